//! The probe object served by workerd from the wasm bundle, over HTTP, JSON-RPC and WebSocket,
//! with Durable Object SQLite storage in a temporary directory. Needs `npm ci` in worker/.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use support::{client, code, eventually, get, post, Workerd, AUTH_CONFIG};
use tokio_tungstenite::tungstenite::Message;

async fn value(http: &reqwest::Client, url: &str) -> i64 {
    let (status, body) = post(http, url, "{}", None).await;
    assert_eq!(status, 200, "{body}");
    body["value"].as_i64().expect("value is an integer")
}

#[tokio::test]
async fn call_and_rollback() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();
    eprintln!("workerd listened after {:?}", workerd.start_time);

    let (status, body) = post(&http, &workerd.url("/probe/main/increment"), r#"{"by": 2}"#, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({ "value": 2 }));

    // `fail` increments by 1000 and emits an event, then fails: nothing of it may stay.
    let (status, body) = post(&http, &workerd.url("/probe/main/fail"), "{}", None).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(code(&body), "PROBE_LOCKED");
    assert_eq!(value(&http, &workerd.url("/probe/main/get")).await, 2);
    let (_, history) = post(&http, &workerd.url("/probe/main/history"), "{}", None).await;
    assert_eq!(history.as_array().map(Vec::len), Some(1), "{history}");

    let (status, body) = post(&http, &workerd.url("/probe/main/broken"), "{}", None).await;
    assert_eq!(status, 500);
    assert_eq!(code(&body), "INTERNAL");
    assert!(!body.to_string().contains("no_such_table"), "{body}");
    assert!(workerd.log().contains("no_such_table"), "the cause is logged");
}

#[tokio::test]
async fn bad_input_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();
    let deep = "[".repeat(100) + &"]".repeat(100);
    let long_name = format!("/probe/{}/get", "x".repeat(4096));

    let cases: Vec<(&str, String, String, u16, &str)> = vec![
        ("malformed JSON", "/probe/main/increment".into(), r#"{"by": "#.into(), 400, "VALIDATION_ERROR"),
        ("unknown object", "/nothing/main/get".into(), "{}".into(), 404, "NOT_FOUND"),
        ("unknown method", "/probe/main/nothing".into(), "{}".into(), 404, "METHOD_NOT_FOUND"),
        ("helper method", "/probe/main/helper".into(), "{}".into(), 404, "METHOD_NOT_FOUND"),
        ("deep JSON", "/probe/main/increment".into(), deep, 400, "VALIDATION_ERROR"),
        ("unknown field", "/probe/main/increment".into(), r#"{"by": 1, "x": 2}"#.into(), 400, "VALIDATION_ERROR"),
        ("NUL in name", "/probe/a%00b/get".into(), "{}".into(), 400, "VALIDATION_ERROR"),
        ("4 KB name", long_name, "{}".into(), 400, "VALIDATION_ERROR"),
        ("oversized body", "/probe/main/increment".into(), format!(r#"{{"by": 1, "pad": "{}"}}"#, "x".repeat(1024 * 1024)), 413, "PAYLOAD_TOO_LARGE"),
        ("wrong verb", "/probe/main".into(), "{}".into(), 405, "METHOD_NOT_ALLOWED"),
    ];
    for (case, path, body, status, error_code) in cases {
        let (actual_status, response) = post(&http, &workerd.url(&path), &body, None).await;
        assert_eq!(actual_status, status, "{case}: {response}");
        assert_eq!(code(&response), error_code, "{case}");
    }

    let (_, body) = post(&http, &workerd.url("/probe/main/increment"), r#"{"by": "three"}"#, None).await;
    assert_eq!(body["error"]["details"]["field"], "by", "{body}");
}

#[tokio::test]
async fn routes_describe_and_health() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();

    let (status, body) = get(&http, &workerd.url("/health")).await;
    assert_eq!(status, 200);
    assert_eq!(body["classes"], json!(["probe"]));

    let (status, body) = post(&http, &workerd.url("/probe/main/increments"), r#"{"by": 3}"#, None).await;
    assert_eq!((status, body["value"].clone()), (200, json!(3)), "{body}");
    let (status, body) = get(&http, &workerd.url("/probe/main/value")).await;
    assert_eq!((status, body["value"].clone()), (200, json!(3)), "{body}");
    let (status, body) = get(&http, &workerd.url("/probe/main/nothing/here")).await;
    assert_eq!((status, code(&body)), (404, "NOT_FOUND"));

    let (status, body) = get(&http, &workerd.url("/probe/😀🚀")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["name"], "😀🚀");
    assert_eq!(body["id"], runtime::id::instance_id("probe", "😀🚀"));
    assert_eq!(body["class"], "probe");
}

#[tokio::test]
async fn permissions_from_config() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start_with_config(&dir.path().join("storage"), Some(AUTH_CONFIG));
    let http = client();
    let url = workerd.url("/probe/main/increment");

    let cases = [
        ("anonymous write", None, 401, Some("UNAUTHENTICATED")),
        ("unknown token", Some("wrong"), 401, Some("UNAUTHENTICATED")),
        ("reader write", Some("reader-token"), 403, Some("FORBIDDEN")),
        ("writer write", Some("writer-token"), 200, None),
    ];
    for (case, token, status, error_code) in cases {
        let (actual, body) = post(&http, &url, "{}", token).await;
        assert_eq!(actual, status, "{case}: {body}");
        if let Some(error_code) = error_code {
            assert_eq!(code(&body), error_code, "{case}");
        }
    }
    let (status, body) = post(&http, &workerd.url("/probe/main/get"), "{}", None).await;
    assert_eq!((status, body["value"].clone()), (200, json!(1)), "public method, anonymous");
}

#[tokio::test]
async fn development_mode_loopback_only() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let response = client()
        .post(workerd.url("/probe/main/get"))
        .header("host", "dotdo.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let body: Value = response.json().await.unwrap();
    assert!(body["error"]["message"].as_str().unwrap().contains("DOTDO_CONFIG"), "{body}");
}

#[tokio::test]
async fn json_rpc_batch() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let batch = r#"[
        {"jsonrpc": "2.0", "method": "increment", "params": {"by": 5}, "id": 1},
        {"jsonrpc": "2.0", "method": "increment", "params": {"by": 1}},
        {"jsonrpc": "2.0", "method": "nothing", "id": 2},
        {"jsonrpc": "2.0", "method": "increment", "params": {"by": "x"}, "id": 3},
        {"jsonrpc": "2.0", "method": "fail", "id": 4},
        {"jsonrpc": "2.0", "method": "get", "id": 5}
    ]"#;
    let (status, body) = post(&client(), &workerd.url("/probe/main/rpc"), batch, None).await;
    assert_eq!(status, 200);
    let expected = [(1, None), (2, Some(-32601)), (3, Some(-32602)), (4, Some(-32000)), (5, None)];
    let entries = body.as_array().expect("batch reply is an array");
    assert_eq!(entries.len(), expected.len(), "{body}");
    for (entry, (id, error)) in entries.iter().zip(expected) {
        assert_eq!(entry["id"], id, "{entry}");
        assert_eq!(entry["error"]["code"].as_i64(), error, "{entry}");
    }
    assert_eq!(entries[4]["result"]["value"], 6, "the notification ran");

    let (_, body) = post(&client(), &workerd.url("/probe/main/rpc"), "{", None).await;
    assert_eq!(body["error"]["code"], -32700);
}

#[tokio::test]
async fn websocket_call_and_events() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();
    post(&http, &workerd.url("/probe/main/increment"), "{}", None).await;

    let url = format!("ws://{}/probe/main/ws", workerd.addr);
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await.expect("connect");
    let mut received = Vec::new();
    socket.send(Message::text(r#"{"type": "subscribe", "from": 0}"#)).await.unwrap();
    socket
        .send(Message::text(r#"{"id": 7, "method": "increment", "params": {"by": 2}}"#))
        .await
        .unwrap();
    socket.send(Message::text(r#"{"type": "ping"}"#)).await.unwrap();
    while received.len() < 5 {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("message within 10 s")
            .expect("socket open")
            .expect("valid frame");
        received.push(serde_json::from_str::<Value>(message.to_text().unwrap()).unwrap());
    }
    assert_eq!(received[0], json!({ "type": "subscribed", "from": 0 }));
    assert_eq!(received[1]["seq"], 1, "backlog event: {}", received[1]);
    assert_eq!(received[2]["seq"], 2, "live event: {}", received[2]);
    assert_eq!(received[2]["payload"], json!({ "by": 2, "value": 3 }));
    assert_eq!(received[3], json!({ "id": 7, "result": { "value": 3 } }));
    assert_eq!(received[4], json!({ "type": "pong" }));

    // An event committed by an HTTP call reaches the subscribed socket.
    post(&http, &workerd.url("/probe/main/increment"), "{}", None).await;
    let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("event within 10 s")
        .unwrap()
        .unwrap();
    let event: Value = serde_json::from_str(message.to_text().unwrap()).unwrap();
    assert_eq!((event["type"].clone(), event["seq"].clone()), (json!("event"), json!(3)), "{event}");
}

#[tokio::test]
async fn alarm_runs_task() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();
    let (status, body) = post(
        &http,
        &workerd.url("/probe/main/scheduleIncrement"),
        r#"{"key": "soon", "delayMs": 300, "by": 4}"#,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");

    let url = workerd.url("/probe/main/get");
    let fired = eventually(Duration::from_secs(10), || async { value(&http, &url).await == 4 }).await;
    assert!(fired, "the task did not run; log:\n{}", workerd.log());
}

#[tokio::test]
async fn restart_keeps_data_and_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();
    post(&http, &workerd.url("/probe/main/increment"), r#"{"by": 7}"#, None).await;
    post(
        &http,
        &workerd.url("/probe/main/scheduleIncrement"),
        r#"{"key": "later", "delayMs": 1500, "by": 1}"#,
        None,
    )
    .await;

    let workerd = workerd.restart();
    assert_eq!(value(&http, &workerd.url("/probe/main/get")).await, 7);
    let url = workerd.url("/probe/main/get");
    let fired = eventually(Duration::from_secs(15), || async { value(&http, &url).await == 8 }).await;
    assert!(fired, "the schedule did not survive the restart; log:\n{}", workerd.log());
}

#[tokio::test]
async fn cross_object_calls() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));
    let http = client();

    let (status, body) = post(&http, &workerd.url("/probe/caller/incrementOther"), r#"{"name": "callee", "by": 3}"#, None).await;
    assert_eq!((status, body.clone()), (200, json!({ "value": 3 })), "{body}");
    assert_eq!(value(&http, &workerd.url("/probe/callee/get")).await, 3);

    let (status, body) = post(&http, &workerd.url("/probe/loop/incrementOther"), r#"{"name": "loop"}"#, None).await;
    assert_eq!((status, code(&body)), (409, "CONFLICT"), "{body}");
}

/// Platform difference: workerd normalizes a literal `..` path segment before the Worker sees
/// the URL, so `/probe/../increment` is `/increment` (404 here, while the native server calls an
/// instance named `..`). A percent-encoded `%2e%2e` reaches the Worker as the name `..`.
#[tokio::test]
async fn dot_segments_normalized() {
    let dir = tempfile::tempdir().unwrap();
    let workerd = Workerd::start(&dir.path().join("storage"));

    let (status, body) = raw_post(workerd.addr, "/probe/../increment");
    assert_eq!(status, 404, "{body}");
    let (status, body) = raw_post(workerd.addr, "/probe/%2e%2e/increment");
    assert_eq!(status, 200, "{body}");
}

fn raw_post(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{{}}"
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, response)
}
