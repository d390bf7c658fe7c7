//! Crash safety: SIGKILL the server binary during a stream of writes, restart it, and check that
//! every acknowledged write is present and no partial transaction is visible.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::{client, post, Binary};

/// Concurrent writers on one instance.
const WRITERS: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_keeps_acknowledged_writes() {
    let dir = tempfile::tempdir().unwrap();
    let http = client();
    let server = Binary::start(dir.path(), &[]);
    let url = server.url("/probe/crash/increment");

    let acknowledged = Arc::new(Mutex::new(Vec::<i64>::new()));
    let mut writers = Vec::new();
    for _ in 0..WRITERS {
        let http = http.clone();
        let url = url.clone();
        let acknowledged = acknowledged.clone();
        writers.push(tokio::spawn(async move {
            // Bounded: the server is killed long before this many writes.
            for _ in 0..100_000 {
                let response = http.post(&url).body("{}").send().await;
                let Ok(response) = response else { return };
                let Ok(body) = response.json::<serde_json::Value>().await else {
                    return;
                };
                if let Some(value) = body["value"].as_i64() {
                    acknowledged.lock().unwrap().push(value);
                }
            }
        }));
    }

    // Kill once enough writes were acknowledged, with writers still sending.
    let enough = support::eventually(Duration::from_secs(30), || async {
        acknowledged.lock().unwrap().len() >= 200
    })
    .await;
    assert!(enough, "fewer than 200 writes were acknowledged in 30 s");
    tokio::task::spawn_blocking(move || server.kill())
        .await
        .unwrap();
    for writer in writers {
        writer.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();

    // The restart recovers the WAL; a call proves the instance activates again.
    let restarted = Binary::start(dir.path(), &[]);
    let (status, body) = post(&http, &restarted.url("/probe/crash/get"), "{}", None).await;
    assert_eq!(status, 200, "{body}");
    let value = body["value"].as_i64().unwrap();
    assert_eq!(restarted.terminate(), Some(0));

    let max_acknowledged = *acknowledged.iter().max().unwrap();
    assert!(
        value >= max_acknowledged,
        "value {value} lost acknowledged write {max_acknowledged}"
    );

    // Each increment writes the counter, a history row and an event in one transaction: all three
    // must agree, whatever the kill interrupted.
    let path = dir.path().join("probe").join(format!(
        "{}.sqlite3",
        runtime::id::instance_id("probe", "crash")
    ));
    let db = rusqlite::Connection::open(path).unwrap();
    let history: Vec<i64> = db
        .prepare("SELECT value FROM history ORDER BY seq")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let events: i64 = db
        .query_row(
            "SELECT count(*) FROM _dotdo_events WHERE name = 'incremented'",
            [],
            |row| row.get(0),
        )
        .unwrap();

    assert_eq!(
        history,
        (1..=value).collect::<Vec<i64>>(),
        "history is not exactly 1..={value}"
    );
    assert_eq!(events, value, "event count differs from the counter value");
    for acked in &acknowledged {
        assert!(
            history.contains(acked),
            "acknowledged value {acked} is missing"
        );
    }
}
