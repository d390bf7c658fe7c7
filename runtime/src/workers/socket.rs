//! WebSockets on `GET /<class>/<name>/ws` through the hibernation API, with the message protocol
//! of [`crate::protocol::socket`] that the native server also speaks.
//!
//! The socket's principal, instance name and subscription position live in its attachment, which
//! survives hibernation. Events are always read from the log after the position, so a subscriber
//! sees every event once, in order.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use worker::{Request, Response, WebSocket, WebSocketIncomingMessage, WebSocketPair};

use crate::error::Error;
use crate::id::validate_name;
use crate::object::DurableObject;
use crate::principal::Principal;
use crate::protocol::body::too_large;
use crate::protocol::socket::{self as protocol, ClientMessage};

use super::host::{log_error, ActiveInstance, ObjectHost, EVENT_PAGE};
use super::http::query_pairs;
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
        WebSocketIncomingMessage::Binary(_) => Some(protocol::binary_message_error()),
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
        Err(error) => return Some(protocol::error_message(Value::Null, &error)),
    };
    // NOTE: the native server closes the socket on an oversized message; here the socket stays
    // open and gets an error message.
    if text.len() > limits.max_body_bytes {
        let error = too_large(limits.max_body_bytes);
        return Some(protocol::error_message(Value::Null, &error));
    }
    let message = match protocol::parse_message(text, limits.max_json_depth) {
        Ok(message) => message,
        Err(reply) => return Some(reply),
    };

    match message {
        // NOTE: subscribing needs no grant, so anyone who can open the socket reads the events.
        ClientMessage::Subscribe { from } => {
            state.subscribed = true;
            state.last_seq = from;
            let confirmation = protocol::subscribed(from);
            if socket.send_with_str(confirmation.to_string()).is_err() {
                return None;
            }
            match host.activate(Some(&state.name)).await {
                Ok(instance) => catch_up(&instance, socket, state),
                Err(error) => {
                    log_error(T::info().class, &state.name, "(subscribe)", &error);
                    return Some(protocol::subscription_error(&error));
                }
            }
            None
        }
        ClientMessage::Unsubscribe => {
            state.subscribed = false;
            save(socket, state);
            Some(protocol::unsubscribed())
        }
        ClientMessage::Ping => Some(protocol::pong()),
        ClientMessage::Call { id, method, params } => {
            let result = host
                .call(
                    &state.name,
                    &method,
                    params,
                    state.principal.clone(),
                    Vec::new(),
                )
                .await;
            Some(protocol::call_reply(id, result))
        }
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
                let message = protocol::subscription_error(&error);
                let _ = socket.send_with_str(message.to_string());
                break;
            }
        };
        let Some(last) = page.last().map(|event| event.seq) else { break };
        for event in page {
            let message = protocol::event_message(&event);
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

fn internal(error: worker::Error) -> Error {
    Error::internal(error)
}
