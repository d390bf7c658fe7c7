//! The WebSocket message protocol on `GET /<class>/<name>/ws`, JSON text frames both ways:
//! - `{"id", "method", "params"}` calls a method and gets `{"id", "result"}` or `{"id", "error"}`;
//! - `{"type": "subscribe", "from": N}` is confirmed with `{"type": "subscribed", "from": N}`,
//!   then every committed event with `seq > N` (0 for the whole log) follows as
//!   `{"type": "event", "seq", "name", "payload", "at"}`, then new events as they commit;
//! - `{"type": "unsubscribe"}` gets `{"type": "unsubscribed"}`, and `{"type": "ping"}` gets
//!   `{"type": "pong"}`.
//!
//! This module parses client messages and builds server messages. Each host keeps its own
//! sockets and subscriptions.

use serde_json::{json, Value};

use crate::error::Error;
use crate::events::Event;

use super::body::parse_json;

/// A parsed client message.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientMessage {
    /// `{"type": "subscribe", "from": N}`, where a missing or null `from` is 0.
    Subscribe {
        /// Sequence number of the last event the client has.
        from: i64,
    },
    /// `{"type": "unsubscribe"}`.
    Unsubscribe,
    /// `{"type": "ping"}`.
    Ping,
    /// A message without `type`: a method call.
    Call {
        /// The client's `id`, echoed in the reply (`null` when absent).
        id: Value,
        /// Wire method name.
        method: String,
        /// The `params` value (`null` when absent).
        params: Value,
    },
}

/// Parses one text message. For an invalid message it returns the error message to send back.
pub fn parse_message(text: &str, max_depth: usize) -> Result<ClientMessage, Value> {
    let mut message = match parse_json(text.as_bytes(), max_depth) {
        Ok(message) => message,
        Err(error) => return Err(error_message(Value::Null, &error)),
    };
    let id = message.get("id").cloned().unwrap_or(Value::Null);

    match message.get("type").and_then(Value::as_str) {
        Some("subscribe") => {
            let from = match message.get("from") {
                None | Some(Value::Null) => 0,
                Some(value) => value.as_i64().filter(|from| *from >= 0).ok_or_else(|| {
                    error_message(
                        id.clone(),
                        &Error::validation("`from` must be a non-negative integer sequence number"),
                    )
                })?,
            };
            Ok(ClientMessage::Subscribe { from })
        }
        Some("unsubscribe") => Ok(ClientMessage::Unsubscribe),
        Some("ping") => Ok(ClientMessage::Ping),
        Some(other) => Err(error_message(
            id,
            &Error::validation(format!(
                "unknown message type `{other}`; expected subscribe, unsubscribe or ping"
            )),
        )),
        None => {
            let Some(method) = message
                .get("method")
                .and_then(Value::as_str)
                .map(str::to_string)
            else {
                return Err(error_message(
                    id,
                    &Error::validation("a call message needs a string `method`"),
                ));
            };
            let params = message
                .get_mut("params")
                .map(Value::take)
                .unwrap_or(Value::Null);
            Ok(ClientMessage::Call { id, method, params })
        }
    }
}

/// Builds the reply to a call: `{"id", "result"}` or `{"id", "error"}`.
pub fn call_reply(id: Value, result: Result<Value, Error>) -> Value {
    match result {
        Ok(result) => json!({ "id": id, "result": result }),
        Err(error) => error_message(id, &error),
    }
}

/// Builds `{"id", "error"}` for a message that failed.
pub fn error_message(id: Value, error: &Error) -> Value {
    json!({ "id": id, "error": error.to_json() })
}

/// Builds the error for a binary frame.
pub fn binary_message_error() -> Value {
    error_message(
        Value::Null,
        &Error::validation("binary messages are not supported; send JSON text"),
    )
}

/// Builds the confirmation of a subscription, sent before the first event.
pub fn subscribed(from: i64) -> Value {
    json!({ "type": "subscribed", "from": from })
}

/// Builds the confirmation of `{"type": "unsubscribe"}`.
pub fn unsubscribed() -> Value {
    json!({ "type": "unsubscribed" })
}

/// Builds the reply to `{"type": "ping"}`.
pub fn pong() -> Value {
    json!({ "type": "pong" })
}

/// Builds the message that carries one committed event.
pub fn event_message(event: &Event) -> Value {
    json!({
        "type": "event",
        "seq": event.seq,
        "name": event.name,
        "payload": event.payload,
        "at": event.at,
    })
}

/// Builds the message for a subscription that stopped on an error.
pub fn subscription_error(error: &Error) -> Value {
    json!({ "type": "error", "error": error.to_json() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_without_params_has_null_params() {
        let message = parse_message(r#"{"id": 1, "method": "get"}"#, 64).unwrap();
        let expected = ClientMessage::Call {
            id: json!(1),
            method: "get".into(),
            params: Value::Null,
        };
        assert_eq!(message, expected);
    }

    #[test]
    fn subscribe_without_from_starts_at_zero() {
        let message = parse_message(r#"{"type": "subscribe"}"#, 64).unwrap();
        assert_eq!(message, ClientMessage::Subscribe { from: 0 });
    }

    #[test]
    fn negative_from_is_rejected_with_id() {
        let reply =
            parse_message(r#"{"id": "a", "type": "subscribe", "from": -1}"#, 64).unwrap_err();
        assert_eq!(reply["id"], "a");
        assert_eq!(reply["error"]["code"], "VALIDATION_ERROR");
    }

    #[test]
    fn unknown_type_is_rejected() {
        let reply = parse_message(r#"{"type": "shout"}"#, 64).unwrap_err();
        assert_eq!(reply["error"]["code"], "VALIDATION_ERROR");
    }

    #[test]
    fn call_without_method_is_rejected() {
        let reply = parse_message(r#"{"id": 2}"#, 64).unwrap_err();
        assert_eq!(reply["id"], 2);
        assert_eq!(reply["error"]["code"], "VALIDATION_ERROR");
    }

    #[test]
    fn malformed_text_is_rejected_with_null_id() {
        let reply = parse_message("{", 64).unwrap_err();
        assert_eq!(reply["id"], Value::Null);
    }
}
