//! Schedules (alarms) and persistence: a scheduled task fires, scheduling is idempotent by key,
//! and data and schedules survive a restart of the host.

use std::time::Duration;

use conformance::{client, eventually, on_both_targets, post, Kind, Target};

on_both_targets!(
    scheduled_task_fires,
    schedule_is_idempotent_by_key,
    value_persists_across_restart,
    schedule_survives_restart,
);

/// Returns `value` of a `get` call, or -1 when the call fails.
async fn value(http: &reqwest::Client, url: &str) -> i64 {
    let (_, body) = post(http, url, "{}", None).await;
    body["value"].as_i64().unwrap_or(-1)
}

async fn scheduled_task_fires(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let body = r#"{"key": "soon", "delayMs": 200, "by": 3}"#;
    let (status, response) = post(&http, &target.url("/probe/main/scheduleIncrement"), body, None).await;
    assert_eq!(status, 200, "{response}");

    let url = target.url("/probe/main/get");
    let fired = eventually(Duration::from_secs(10), || async { value(&http, &url).await == 3 }).await;
    assert!(fired, "the scheduled increment did not run; log:\n{}", target.log().unwrap_or_default());
    target.stop().await;
}

async fn schedule_is_idempotent_by_key(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    for _ in 0..3 {
        let body = r#"{"key": "once", "delayMs": 200, "by": 1}"#;
        let (status, response) = post(&http, &target.url("/probe/main/scheduleIncrement"), body, None).await;
        assert_eq!(status, 200, "{response}");
    }

    let url = target.url("/probe/main/get");
    let fired = eventually(Duration::from_secs(10), || async { value(&http, &url).await == 1 }).await;
    assert!(fired, "the scheduled increment did not run");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(value(&http, &url).await, 1, "the task ran more than once");
    target.stop().await;
}

async fn value_persists_across_restart(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let (status, body) = post(&http, &target.url("/probe/main/increment"), r#"{"by": 7}"#, None).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(&http, &target.url("/counter/main/increment"), r#"{"by": 2}"#, None).await;
    assert_eq!(status, 200, "{body}");

    let target = target.restart().await;
    assert_eq!(value(&http, &target.url("/probe/main/get")).await, 7);
    let (status, body) = post(&http, &target.url("/counter/main/get"), "{}", None).await;
    assert_eq!((status, body.clone()), (200, serde_json::json!(2)), "{body}");
    target.stop().await;
}

async fn schedule_survives_restart(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    post(&http, &target.url("/probe/main/increment"), r#"{"by": 7}"#, None).await;
    let body = r#"{"key": "later", "delayMs": 1500, "by": 1}"#;
    let (status, response) = post(&http, &target.url("/probe/main/scheduleIncrement"), body, None).await;
    assert_eq!(status, 200, "{response}");

    let target = target.restart().await;
    let url = target.url("/probe/main/get");
    let fired = eventually(Duration::from_secs(15), || async { value(&http, &url).await == 8 }).await;
    assert!(
        fired,
        "the schedule did not survive the restart; log:\n{}",
        target.log().unwrap_or_default()
    );
    target.stop().await;
}
