//! WebSocket sessions: calls with ids, event subscriptions with resume, ping/pong.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use support::{client, post, InProcess};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

async fn connect(server: &InProcess, name: &str) -> Socket {
    let url = format!("ws://{}/probe/{name}/ws", server.addr);
    let (socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("WebSocket connects");
    socket
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .expect("send");
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
            Message::Text(text) => {
                return serde_json::from_str(text.as_str()).expect("JSON message")
            }
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
        seqs.push(message["seq"].as_i64().unwrap());
    }
    seqs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_over_websocket() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let mut socket = connect(&server, "main").await;

    send(
        &mut socket,
        json!({ "id": 1, "method": "increment", "params": { "by": 2 } }),
    )
    .await;
    assert_eq!(
        receive(&mut socket).await,
        json!({ "id": 1, "result": { "value": 2 } })
    );

    send(&mut socket, json!({ "id": "b", "method": "nothing" })).await;
    let reply = receive(&mut socket).await;
    assert_eq!(reply["id"], "b");
    assert_eq!(reply["error"]["code"], "METHOD_NOT_FOUND");

    send(
        &mut socket,
        json!({ "id": 3, "method": "increment", "params": { "by": "x" } }),
    )
    .await;
    let reply = receive(&mut socket).await;
    assert_eq!(reply["error"]["details"]["field"], "by");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_message_gets_error() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let mut socket = connect(&server, "main").await;

    socket
        .send(Message::Text("{not json".into()))
        .await
        .unwrap();
    let reply = receive(&mut socket).await;
    assert_eq!(reply["error"]["code"], "VALIDATION_ERROR");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_ping_and_frame_ping() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let mut socket = connect(&server, "main").await;

    send(&mut socket, json!({ "type": "ping" })).await;
    assert_eq!(receive(&mut socket).await, json!({ "type": "pong" }));

    socket
        .send(Message::Ping(vec![1, 2, 3].into()))
        .await
        .unwrap();
    let pong = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(pong, Message::Pong(vec![1, 2, 3].into()));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscription_gets_backlog_then_live_events() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    for _ in 0..3 {
        post(&http, &server.url("/probe/main/increment"), "{}", None).await;
    }

    let mut socket = connect(&server, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    assert_eq!(
        receive(&mut socket).await,
        json!({ "type": "subscribed", "from": 0 })
    );
    assert_eq!(receive_events(&mut socket, 3).await, vec![1, 2, 3]);

    post(
        &http,
        &server.url("/probe/main/increment"),
        r#"{"by": 5}"#,
        None,
    )
    .await;
    let live = receive(&mut socket).await;
    assert_eq!(live["seq"], 4);
    assert_eq!(live["name"], "incremented");
    assert_eq!(live["payload"], json!({ "by": 5, "value": 8 }));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rolled_back_call_emits_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let mut socket = connect(&server, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut socket).await;

    post(&http, &server.url("/probe/main/fail"), "{}", None).await;
    post(&http, &server.url("/probe/main/increment"), "{}", None).await;
    let event = receive(&mut socket).await;
    assert_eq!(event["seq"], 1);
    assert_eq!(event["payload"]["by"], 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resume_from_seq_has_no_gaps_or_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let mut first = connect(&server, "main").await;
    send(&mut first, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut first).await;
    for _ in 0..5 {
        post(&http, &server.url("/probe/main/increment"), "{}", None).await;
    }
    let seen = receive_events(&mut first, 5).await;
    assert_eq!(seen, vec![1, 2, 3, 4, 5]);
    first.close(None).await.unwrap();

    // Events committed while no one listens.
    for _ in 0..4 {
        post(&http, &server.url("/probe/main/increment"), "{}", None).await;
    }

    let mut second = connect(&server, "main").await;
    send(&mut second, json!({ "type": "subscribe", "from": 5 })).await;
    receive(&mut second).await;
    let writer = {
        let http = http.clone();
        let url = server.url("/probe/main/increment");
        tokio::spawn(async move {
            for _ in 0..20 {
                post(&http, &url, "{}", None).await;
            }
        })
    };
    let resumed = receive_events(&mut second, 24).await;
    writer.await.unwrap();
    assert_eq!(resumed, (6..=29).collect::<Vec<i64>>());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_backlog_is_paged_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    // More than one page (500 events) of backlog, written through JSON-RPC batches.
    let batch: Vec<Value> = (0..600)
        .map(|_| json!({ "jsonrpc": "2.0", "method": "increment" }))
        .collect();
    let (status, _) = post(
        &http,
        &server.url("/probe/main/rpc"),
        &Value::Array(batch).to_string(),
        None,
    )
    .await;
    assert_eq!(status, 204);

    let mut socket = connect(&server, "main").await;
    send(&mut socket, json!({ "type": "subscribe", "from": 0 })).await;
    receive(&mut socket).await;
    assert_eq!(
        receive_events(&mut socket, 600).await,
        (1..=600).collect::<Vec<i64>>()
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_object_is_404_before_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let url = format!("ws://{}/nothing/main/ws", server.addr);
    let error = tokio_tungstenite::connect_async(url).await.unwrap_err();
    match error {
        tokio_tungstenite::tungstenite::Error::Http(response) => assert_eq!(response.status(), 404),
        other => panic!("expected an HTTP 404, got {other:?}"),
    }
    server.stop().await;
}
