//! WebSockets on `GET /<class>/<name>/ws` through the hibernation API, with the native server's
//! JSON protocol:
//! - `{"id", "method", "params"}` calls a method and gets `{"id", "result"}` or `{"id", "error"}`;
//! - `{"type": "subscribe", "from": N}` answers `{"type": "subscribed", "from": N}`, then sends every
//!   committed event with `seq > N` as `{"type": "event", "seq", "name", "payload", "at"}` and
//!   new events as they commit;
//! - `{"type": "unsubscribe"}` answers `{"type": "unsubscribed"}`; `{"type": "ping"}` answers
//!   `{"type": "pong"}`.
//!
//! The socket's principal, instance name and subscription position live in its attachment, which
//! survives hibernation. Events are always read from the log after the position, so a subscriber
//! sees every event once, in order.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use worker::{Request, Response, WebSocket, WebSocketIncomingMessage, WebSocketPair};

use crate::error::Error;
use crate::id::validate_name;
use crate::object::DurableObject;
use crate::principal::Principal;

use super::host::{log_error, ActiveInstance, ObjectHost, EVENT_PAGE};
use super::http::{parse_json, query_pairs, too_large};
use super::routes::request_host;

/// Per-socket state kept in the WebSocket attachment.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SocketState {
    name: String,
    principal: Principal,
    subscribed: bool,
    last_seq: i64,
}

/// Authenticates (bearer header or `access_token` query parameter, since browsers cannot set
/// headers on a WebSocket) and accepts the socket.
pub(crate) async fn upgrade<T: DurableObject>(
    host: &ObjectHost<T>,
    request: &Request,
    name: &str,
) -> Result<Response, Error> {
    let settings = host.settings()?;
    let request_host = request_host(request);
    let token = query_pairs(request)?
        .into_iter()
        .find(|(key, _)| key == "access_token")
        .map(|(_, value)| value);
    let principal = match token {
        Some(token) => settings.authenticate_token(&token, &request_host)?,
        None => {
            let authorization = request.headers().get("authorization").ok().flatten();
            settings.authenticate(authorization.as_deref(), &request_host)?
        }
    };
    validate_name(name, settings.limits.max_name_bytes)?;

    let upgrade = request.headers().get("upgrade").ok().flatten();
    if !upgrade.is_some_and(|value| value.eq_ignore_ascii_case("websocket")) {
        return Err(Error::validation(
            "not a WebSocket upgrade: the request has no `Upgrade: websocket` header",
        ));
    }

    let pair = WebSocketPair::new().map_err(internal)?;
    host.state.accept_web_socket(&pair.server);
    let state = SocketState {
        name: name.to_string(),
        principal,
        subscribed: false,
        last_seq: 0,
    };
    pair.server.serialize_attachment(&state).map_err(internal)?;
    Response::from_websocket(pair.client).map_err(internal)
}

/// Handles one message from a socket.
pub(crate) async fn message<T: DurableObject>(
    host: &ObjectHost<T>,
    socket: WebSocket,
    message: WebSocketIncomingMessage,
) -> worker::Result<()> {
    let Some(mut state) = socket.deserialize_attachment::<SocketState>()? else {
        socket.close(Some(1011), Some("socket has no session state"))?;
        return Ok(());
    };
    let reply = match message {
        WebSocketIncomingMessage::String(text) => handle_text(host, &socket, &mut state, &text).await,
        WebSocketIncomingMessage::Binary(_) => Some(error_message(
            Value::Null,
            &Error::validation("binary messages are not supported; send JSON text"),
        )),
    };
    if let Some(reply) = reply {
        socket.send_with_str(reply.to_string())?;
    }
    Ok(())
}

/// Completes the closing handshake.
pub(crate) fn close(socket: WebSocket, code: usize) -> worker::Result<()> {
    // 1005 and 1006 are reserved and cannot be sent back.
    let code = match code {
        1005 | 1006 => 1000,
        other => other as u16,
    };
    // The socket may already be closed, which is not an error here.
    let _ = socket.close(Some(code), Some("closing"));
    Ok(())
}

async fn handle_text<T: DurableObject>(
    host: &ObjectHost<T>,
    socket: &WebSocket,
    state: &mut SocketState,
    text: &str,
) -> Option<Value> {
    let limits = match host.settings() {
        Ok(settings) => settings.limits,
        Err(error) => return Some(error_message(Value::Null, &error)),
    };
    // NOTE: the native server closes the socket on an oversized message; here the socket stays
    // open and gets an error message.
    if text.len() > limits.max_body_bytes {
        return Some(error_message(Value::Null, &too_large(limits.max_body_bytes)));
    }
    let message = match parse_json(text.as_bytes(), limits.max_json_depth) {
        Ok(message) => message,
        Err(error) => return Some(error_message(Value::Null, &error)),
    };
    let id = message.get("id").cloned().unwrap_or(Value::Null);

    match message.get("type").and_then(Value::as_str) {
        // NOTE: subscribing needs no grant, so anyone who can open the socket reads the events.
        Some("subscribe") => {
            let from = match message.get("from") {
                None | Some(Value::Null) => 0,
                Some(value) => match value.as_i64().filter(|from| *from >= 0) {
                    Some(from) => from,
                    None => {
                        return Some(error_message(
                            id,
                            &Error::validation(
                                "`from` must be a non-negative integer sequence number",
                            ),
                        ))
                    }
                },
            };
            state.subscribed = true;
            state.last_seq = from;
            let confirmation = json!({ "type": "subscribed", "from": from });
            if socket.send_with_str(confirmation.to_string()).is_err() {
                return None;
            }
            match host.activate(Some(&state.name)).await {
                Ok(instance) => catch_up(&instance, socket, state),
                Err(error) => {
                    log_error(T::info().class, &state.name, "(subscribe)", &error);
                    return Some(json!({ "type": "error", "error": error.to_json() }));
                }
            }
            None
        }
        Some("unsubscribe") => {
            state.subscribed = false;
            save(socket, state);
            Some(json!({ "type": "unsubscribed" }))
        }
        Some("ping") => Some(json!({ "type": "pong" })),
        Some(other) => Some(error_message(
            id,
            &Error::validation(format!(
                "unknown message type `{other}`; expected subscribe, unsubscribe or ping"
            )),
        )),
        None => Some(call(host, state, id, message).await),
    }
}

async fn call<T: DurableObject>(
    host: &ObjectHost<T>,
    state: &SocketState,
    id: Value,
    mut message: Value,
) -> Value {
    let Some(method) = message
        .get("method")
        .and_then(Value::as_str)
        .map(str::to_string)
    else {
        return error_message(id, &Error::validation("a call message needs a string `method`"));
    };
    let params = message
        .get_mut("params")
        .map(Value::take)
        .unwrap_or(Value::Null);

    let result = host
        .call(&state.name, &method, params, state.principal.clone(), Vec::new())
        .await;
    match result {
        Ok(result) => json!({ "id": id, "result": result }),
        Err(error) => error_message(id, &error),
    }
}

/// Sends committed events to every subscribed socket of this object.
pub(crate) fn deliver_events<T: DurableObject>(host: &ObjectHost<T>, instance: &ActiveInstance<T>) {
    for socket in host.state.get_websockets() {
        let Ok(Some(mut state)) = socket.deserialize_attachment::<SocketState>() else {
            continue;
        };
        if state.subscribed {
            catch_up(instance, &socket, &mut state);
        }
    }
}

/// Sends the events after the socket's position and saves the new position.
fn catch_up<T: DurableObject>(instance: &ActiveInstance<T>, socket: &WebSocket, state: &mut SocketState) {
    loop {
        let page = match instance.events_after(state.last_seq, EVENT_PAGE) {
            Ok(page) => page,
            Err(error) => {
                log_error(T::info().class, &state.name, "(events)", &error);
                let message = json!({ "type": "error", "error": error.to_json() });
                let _ = socket.send_with_str(message.to_string());
                break;
            }
        };
        let Some(last) = page.last().map(|event| event.seq) else { break };
        for event in page {
            let message = json!({
                "type": "event",
                "seq": event.seq,
                "name": event.name,
                "payload": event.payload,
                "at": event.at,
            });
            if socket.send_with_str(message.to_string()).is_err() {
                return;
            }
        }
        state.last_seq = last;
    }
    save(socket, state);
}

fn save(socket: &WebSocket, state: &SocketState) {
    if let Err(error) = socket.serialize_attachment(state) {
        worker::console_error!("cannot save WebSocket state of {}: {error}", state.name);
    }
}

fn error_message(id: Value, error: &Error) -> Value {
    json!({ "id": id, "error": error.to_json() })
}

fn internal(error: worker::Error) -> Error {
    Error::internal(error)
}
