//! WebSocket sessions on `/<class>/<name>/ws`: calls with ids, event subscriptions with backlog,
//! live events and resume, ping/pong, and errors.

use std::time::Duration;

use conformance::{client, on_both_targets, post, Kind, Target};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

on_both_targets!(
    call_over_websocket,
    malformed_message_gets_error,
    json_ping_and_frame_ping,
    subscription_gets_backlog_then_live_events,
    rolled_back_call_emits_nothing,
    resume_from_seq_has_no_gaps_or_duplicates,
    long_backlog_is_paged_in_order,
    unknown_object_is_404_before_upgrade,
);

async fn connect(target: &Target, name: &str) -> Socket {
    let url = target.ws_url(&format!("/probe/{name}/ws"));
    let (socket, _) = tokio_tungstenite::connect_async(url).await.expect("the WebSocket connects");
    socket
}

async fn send(socket: &mut Socket, message: Value) {
    socket.send(Message::Text(message.to_string().into())).await.expect("send");
}

/// Receives the next JSON text message, skipping control frames.
async fn receive(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a message within 10 s")
            .expect("socket open")
            .expect("valid frame");
        match message {
            Message::Text(text) => return serde_json::from_str(text.as_str()).expect("JSON message"),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("unexpected frame {other:?}"),
        }
    }
}

/// Receives `count` events and returns their sequence numbers.
async fn receive_events(socket: &mut Socket, count: usize) -> Vec<i64> {
    let mut seqs = Vec::new();
    while seqs.len() < count {
        let message = receive(socket).await;
        assert_eq!(message["type"], "event", "{message}");
        seqs.push(message["seq"].as_i64().expect("seq is an integer"));
    }
    seqs
}

async fn call_over_websocket(kind: Kind) {
    let target = Target::start(kind).await;
    let mut socket = connect(&target, "main").await;

    send(&mut socket, json!({ "id": 1, "method": "increment", "params": { "by": 2 } })).await;
    assert_eq!(receive(&mut socket).await, json!({ "id": 1, "result": { "value": 2 } }));

    send(&mut socket, json!({ "id": "b", "method": "nothing" })).await;
    let reply = receive(&mut socket).await;
    assert_eq!(reply["id"], "b");
    assert_eq!(reply["error"]["code"], "METHOD_NOT_FOUND");

    send(&mut socket, json!({ "id": 3, "method": "increment", "params": { "by": "x" } })).await;
    let reply = receive(&mut socket).await;
    assert_eq!(reply["id"], 3);
    assert_eq!(reply["error"]["details"]["field"], "by");

    send(&mut socket, json!({ "id": 4, "method": "fail" })).await;
    let reply = receive(&mut socket).await;
    assert_eq!(reply["error"]["code"], "PROBE_LOCKED", "{reply}");
    target.stop().await;
}

async fn malformed_message_gets_error(kind: Kind) {
    let target = Target::start(kind).await;
    let mut socket = connect(&target, "main").await;

    socket.send(Message::Text("{not json".into())).await.expect("send");
    let reply = receive(&mut socket).await;
    assert_eq!(reply["error"]["code"], "VALIDATION_ERROR", "{reply}");
    target.stop().await;
}

async fn json_ping_and_frame_ping(kind: Kind) {
    let target = Target::start(kind).await;
    let mut socket = connect(&target, "main").await;

    send(&mut socket, json!({ "type": "ping" })).await;
    assert_eq!(receive(&mut socket).await, json!({ "type": "pong" }));

    socket.send(Message::Ping(vec![1, 2, 3].into())).await.expect("send a ping frame");
    let pong = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("a pong within 10 s")
        .expect("socket open")
        .expect("valid frame");
    assert_eq!(pong, Message::Pong(vec![1, 2, 3].into()));
    target.stop().await;
}

async fn subscription_gets_backlog_then_live_events(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();
    for _ in 0..3 {
        post(&http, &target.url("/probe/main/increment"), "{}", None).await;
    }

    let mut socket = connect(&target, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    assert_eq!(receive(&mut socket).await, json!({ "type": "subscribed", "from": 0 }));
    assert_eq!(receive_events(&mut socket, 3).await, vec![1, 2, 3]);

    // An event committed by an HTTP call reaches the subscribed socket.
    post(&http, &target.url("/probe/main/increment"), r#"{"by": 5}"#, None).await;
    let live = receive(&mut socket).await;
    assert_eq!(live["type"], "event");
    assert_eq!(live["seq"], 4);
    assert_eq!(live["name"], "incremented");
    assert_eq!(live["payload"], json!({ "by": 5, "value": 8 }));

    // So does one committed by a call on the socket itself. Neither host orders the event and
    // the call's reply against each other, so both are collected first.
    send(&mut socket, json!({ "id": 7, "method": "increment", "params": { "by": 2 } })).await;
    let first = receive(&mut socket).await;
    let second = receive(&mut socket).await;
    let (event, reply) = if first["type"] == "event" { (first, second) } else { (second, first) };
    assert_eq!((event["type"].clone(), event["seq"].clone()), (json!("event"), json!(5)), "{event}");
    assert_eq!(reply, json!({ "id": 7, "result": { "value": 10 } }));
    target.stop().await;
}

async fn rolled_back_call_emits_nothing(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let mut socket = connect(&target, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut socket).await;

    post(&http, &target.url("/probe/main/fail"), "{}", None).await;
    post(&http, &target.url("/probe/main/increment"), "{}", None).await;
    let event = receive(&mut socket).await;
    assert_eq!(event["seq"], 1, "{event}");
    assert_eq!(event["payload"]["by"], 1, "{event}");
    target.stop().await;
}

async fn resume_from_seq_has_no_gaps_or_duplicates(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let mut first = connect(&target, "main").await;
    send(&mut first, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut first).await;
    for _ in 0..5 {
        post(&http, &target.url("/probe/main/increment"), "{}", None).await;
    }
    assert_eq!(receive_events(&mut first, 5).await, vec![1, 2, 3, 4, 5]);
    first.close(None).await.expect("close the first socket");

    // Events committed while no one listens.
    for _ in 0..4 {
        post(&http, &target.url("/probe/main/increment"), "{}", None).await;
    }

    let mut second = connect(&target, "main").await;
    send(&mut second, json!({ "type": "subscribe", "from": 5 })).await;
    receive(&mut second).await;
    let writer = {
        let http = http.clone();
        let url = target.url("/probe/main/increment");
        tokio::spawn(async move {
            for _ in 0..20 {
                post(&http, &url, "{}", None).await;
            }
        })
    };
    let resumed = receive_events(&mut second, 24).await;
    writer.await.expect("the writer finishes");
    assert_eq!(resumed, (6..=29).collect::<Vec<i64>>());
    target.stop().await;
}

async fn long_backlog_is_paged_in_order(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    // More than one page (500 events) of backlog, written through a JSON-RPC batch.
    let batch: Vec<Value> = (0..600)
        .map(|_| json!({ "jsonrpc": "2.0", "method": "increment" }))
        .collect();
    let (status, _) = post(&http, &target.url("/probe/main/rpc"), &Value::Array(batch).to_string(), None).await;
    assert_eq!(status, 204);

    let mut socket = connect(&target, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut socket).await;
    assert_eq!(receive_events(&mut socket, 600).await, (1..=600).collect::<Vec<i64>>());
    target.stop().await;
}

async fn unknown_object_is_404_before_upgrade(kind: Kind) {
    let target = Target::start(kind).await;

    let error = tokio_tungstenite::connect_async(target.ws_url("/nothing/main/ws"))
        .await
        .expect_err("the upgrade is rejected");
    match error {
        tokio_tungstenite::tungstenite::Error::Http(response) => assert_eq!(response.status(), 404),
        other => panic!("expected an HTTP 404, got {other:?}"),
    }
    target.stop().await;
}
