//! Native-only instance lifecycle: a schedule that only the recorded alarm can wake after a
//! restart of the binary, idle close and reopen, graceful shutdown on SIGTERM. Persistence and
//! schedules over HTTP are in the conformance suite (conformance/tests/conformance).

mod support;

use std::time::Duration;

use serde_json::Value;
use support::{client, eventually, get, post, Binary, InProcess};

async fn value(http: &reqwest::Client, url: &str) -> i64 {
    let (_, body) = post(http, url, "{}", None).await;
    body["value"].as_i64().unwrap_or(-1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scheduled_task_fires_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let http = client();

    let first = Binary::start(dir.path(), &[]);
    let body = r#"{"key": "later", "delayMs": 1500, "by": 4}"#;
    let (status, _) = post(
        &http,
        &first.url("/probe/sleeper/scheduleIncrement"),
        body,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(first.terminate(), Some(0));

    // Nothing calls the instance after the restart: only the recorded alarm can activate it.
    let second = Binary::start(dir.path(), &[]);
    let data_file = dir.path().join("probe").join(format!(
        "{}.sqlite3",
        runtime::id::instance_id("probe", "sleeper")
    ));
    let fired = eventually(Duration::from_secs(15), || async {
        second.log().contains("instance activated") && history_len(&data_file) == 1
    })
    .await;
    assert!(
        fired,
        "the task did not fire after restart; log:\n{}",
        second.log()
    );
    assert_eq!(value(&http, &second.url("/probe/sleeper/get")).await, 4);
    assert_eq!(second.terminate(), Some(0));
}

/// Reads the history row count straight from the instance database file.
fn history_len(path: &std::path::Path) -> i64 {
    let Ok(connection) = rusqlite::Connection::open(path) else {
        return -1;
    };
    connection
        .query_row("SELECT count(*) FROM history", [], |row| row.get(0))
        .unwrap_or(-1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_instance_closes_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &["--idle-timeout", "0.3"]).await;
    let http = client();

    post(
        &http,
        &server.url("/probe/main/increment"),
        r#"{"by": 2}"#,
        None,
    )
    .await;
    let (_, health) = get(&http, &server.url("/health")).await;
    assert_eq!(health["instances_open"], 1);

    let health_url = server.url("/health");
    let closed = eventually(Duration::from_secs(10), || async {
        let (_, health) = get(&http, &health_url).await;
        health["instances_open"] == 0
    })
    .await;
    assert!(closed, "the idle instance did not close");

    assert_eq!(value(&http, &server.url("/probe/main/get")).await, 2);
    let (_, health) = get(&http, &server.url("/health")).await;
    assert_eq!(health["instances_open"], 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_in_flight_calls() {
    let dir = tempfile::tempdir().unwrap();
    let http = client();
    let server = Binary::start(dir.path(), &[]);

    let url = server.url("/probe/main/rpc");
    let batch: Vec<Value> = (0..300)
        .map(|index| serde_json::json!({ "jsonrpc": "2.0", "id": index, "method": "increment" }))
        .collect();
    let request = {
        let http = http.clone();
        let body = Value::Array(batch).to_string();
        tokio::spawn(async move { post(&http, &url, &body, None).await })
    };
    tokio::time::sleep(Duration::from_millis(20)).await;

    let exit = tokio::task::spawn_blocking(move || server.terminate())
        .await
        .unwrap();
    assert_eq!(exit, Some(0));

    // The request either completed in full or was never accepted.
    if let Ok((status, body)) = tokio::time::timeout(Duration::from_secs(1), request)
        .await
        .map(Result::unwrap)
    {
        assert_eq!(status, 200);
        assert_eq!(body.as_array().map(Vec::len), Some(300));
    }
}
