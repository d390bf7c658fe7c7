//! WebSocket sessions on `GET /<class>/<name>/ws`.
//!
//! The message protocol is [`runtime::protocol::socket`]. Calls on one socket run in the order
//! sent, and a subscription sends the log, then new events live, without gaps or duplicates. A
//! client that reconnects subscribes from the last `seq` it received.
//!
//! axum replies to WebSocket ping frames with pong frames. Browsers cannot set headers on a
//! WebSocket, so the token may also come as the `access_token` query parameter (RFC 6750 §2.3).

use std::collections::HashMap;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use runtime::events::Event;
use runtime::protocol::socket::{self, ClientMessage};
use runtime::{Error, Principal};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::response::error_response;
use super::{authenticate, path_error, AppState};

/// Outgoing messages buffered per socket before senders wait.
const OUTGOING_BUFFER: usize = 256;

/// Live events buffered per subscriber before the instance drops it (it then resubscribes).
const SUBSCRIBER_BUFFER: usize = 256;

/// WebSocket close code 1001, "going away", sent when the server stops.
const CLOSE_GOING_AWAY: u16 = 1001;

/// Authenticates and checks the address before upgrading, so errors are plain HTTP responses.
pub async fn upgrade(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let prepared = (|| {
        let Path((object, name)) = path.map_err(path_error)?;
        let principal = match query
            .ok()
            .and_then(|Query(query)| query.get("access_token").cloned())
        {
            Some(token) => state.host.settings().auth.authenticate_token(&token)?,
            None => authenticate(&state, &headers)?,
        };
        state.host.resolve(&object, &name)?;
        let upgrade = upgrade.map_err(|rejection| {
            Error::validation(format!("not a WebSocket upgrade: {rejection}"))
        })?;
        Ok((object, name, principal, upgrade))
    })();

    match prepared {
        Ok((object, name, principal, upgrade)) => {
            let max_message = state.host.settings().limits.max_body_bytes;
            upgrade
                .max_message_size(max_message)
                .on_upgrade(move |socket| session(socket, state, object, name, principal))
        }
        Err(error) => error_response(&error),
    }
}

async fn session(
    socket: WebSocket,
    state: AppState,
    object: String,
    name: String,
    principal: Principal,
) {
    let (mut sink, mut stream) = socket.split();
    let (outgoing, mut outgoing_queue) = mpsc::channel::<Message>(OUTGOING_BUFFER);
    let writer = tokio::spawn(async move {
        while let Some(message) = outgoing_queue.recv().await {
            if sink.send(message).await.is_err() {
                break;
            }
        }
        let _ = sink.close().await;
    });

    let session = Session {
        state: state.clone(),
        object,
        name,
        principal,
        outgoing: outgoing.clone(),
    };
    let mut subscription: Option<JoinHandle<()>> = None;
    let mut stopping = state.stopping.clone();

    loop {
        let message = tokio::select! {
            message = stream.next() => message,
            _ = async { stopping.wait_for(|stopping| *stopping).await.is_ok() } => {
                let frame = CloseFrame { code: CLOSE_GOING_AWAY, reason: "server is shutting down".into() };
                let _ = outgoing.send(Message::Close(Some(frame))).await;
                break;
            }
        };

        let reply = match message {
            None | Some(Err(_)) | Some(Ok(Message::Close(_))) => break,
            Some(Ok(Message::Text(text))) => {
                session.handle_text(text.as_str(), &mut subscription).await
            }
            Some(Ok(Message::Binary(_))) => Some(socket::binary_message_error()),
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => None,
        };
        if let Some(reply) = reply {
            if outgoing
                .send(Message::Text(reply.to_string().into()))
                .await
                .is_err()
            {
                break;
            }
        }
    }

    if let Some(task) = subscription {
        task.abort();
    }
    drop(session);
    drop(outgoing);
    let _ = writer.await;
}

struct Session {
    state: AppState,
    object: String,
    name: String,
    principal: Principal,
    outgoing: mpsc::Sender<Message>,
}

impl Session {
    /// Handles one text message and returns the reply, if any.
    async fn handle_text(
        &self,
        text: &str,
        subscription: &mut Option<JoinHandle<()>>,
    ) -> Option<Value> {
        let max_depth = self.state.host.settings().limits.max_json_depth;
        let message = match socket::parse_message(text, max_depth) {
            Ok(message) => message,
            Err(reply) => return Some(reply),
        };

        match message {
            // NOTE: subscribing needs no grant, so anyone who can open the socket reads the events.
            ClientMessage::Subscribe { from } => {
                if let Some(task) = subscription.take() {
                    task.abort();
                }
                // The confirmation goes out before the first event.
                let confirmation = socket::subscribed(from);
                if self
                    .outgoing
                    .send(Message::Text(confirmation.to_string().into()))
                    .await
                    .is_err()
                {
                    return None;
                }
                *subscription = Some(tokio::spawn(forward_events(
                    self.state.clone(),
                    self.object.clone(),
                    self.name.clone(),
                    from,
                    self.outgoing.clone(),
                )));
                None
            }
            ClientMessage::Unsubscribe => {
                if let Some(task) = subscription.take() {
                    task.abort();
                }
                Some(socket::unsubscribed())
            }
            ClientMessage::Ping => Some(socket::pong()),
            ClientMessage::Call { id, method, params } => {
                let result = self
                    .state
                    .host
                    .call(
                        &self.object,
                        &self.name,
                        &method,
                        params,
                        self.principal.clone(),
                        Vec::new(),
                    )
                    .await;
                Some(socket::call_reply(id, result))
            }
        }
    }
}

/// Sends the log after `after_seq` page by page, then live events. When the instance drops this
/// subscriber (it fell behind), it resubscribes from the last event it sent.
async fn forward_events(
    state: AppState,
    object: String,
    name: String,
    mut last_seq: i64,
    outgoing: mpsc::Sender<Message>,
) {
    loop {
        let (live_sender, mut live) = mpsc::channel::<Event>(SUBSCRIBER_BUFFER);

        loop {
            let page = match state
                .host
                .subscribe(&object, &name, last_seq, live_sender.clone())
                .await
            {
                Ok(page) => page,
                Err(error) => {
                    let message = socket::subscription_error(&error);
                    let _ = outgoing
                        .send(Message::Text(message.to_string().into()))
                        .await;
                    return;
                }
            };
            for event in page.events {
                if !send_event(&outgoing, &event, &mut last_seq).await {
                    return;
                }
            }
            if page.live {
                break;
            }
        }
        drop(live_sender);

        while let Some(event) = live.recv().await {
            if !send_event(&outgoing, &event, &mut last_seq).await {
                return;
            }
        }
    }
}

/// Sends an event unless it was already sent; returns false when the socket is gone.
async fn send_event(outgoing: &mpsc::Sender<Message>, event: &Event, last_seq: &mut i64) -> bool {
    if event.seq <= *last_seq {
        return true;
    }
    *last_seq = event.seq;
    let message = socket::event_message(event);
    outgoing
        .send(Message::Text(message.to_string().into()))
        .await
        .is_ok()
}
