//! Method calls over HTTP: results, separate instances, REST routes, describe, health, rollback,
//! internal errors, cross-object calls and instance names.

use conformance::{client, code, get, on_both_targets, post, raw_request, Kind, Target};
use serde_json::json;

on_both_targets!(
    call_returns_result_and_persists,
    instances_are_separate,
    rest_routes_reach_methods,
    describe_lists_methods_and_events,
    health_reports_ok,
    failed_call_rolls_back_writes,
    internal_error_hides_sql,
    cross_object_call_reaches_other_instance,
    cross_object_call_to_self_is_conflict,
    emoji_name_is_an_instance,
    dot_segment_names,
);

async fn call_returns_result_and_persists(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let (status, body) = post(&http, &target.url("/probe/main/increment"), r#"{"by": 5}"#, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({ "value": 5 }));

    // An empty body is the same as `{}`.
    let (status, body) = post(&http, &target.url("/probe/main/get"), "", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["value"], 5);
    target.stop().await;
}

async fn instances_are_separate(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    post(&http, &target.url("/probe/a/increment"), r#"{"by": 1}"#, None).await;
    let (_, body) = post(&http, &target.url("/probe/b/get"), "{}", None).await;
    assert_eq!(body["value"], 0);
    let (_, body) = post(&http, &target.url("/probe/a/get"), "{}", None).await;
    assert_eq!(body["value"], 1);
    target.stop().await;
}

async fn rest_routes_reach_methods(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let (status, body) = post(&http, &target.url("/probe/main/increments"), r#"{"by": 2}"#, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["value"], 2);
    let (status, body) = get(&http, &target.url("/probe/main/value")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["value"], 2);

    let (status, body) = get(&http, &target.url("/probe/main/nothing/here")).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(code(&body), "NOT_FOUND");
    target.stop().await;
}

async fn describe_lists_methods_and_events(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = get(&client(), &target.url("/probe/main")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["class"], "probe");
    assert_eq!(body["name"], "main");
    assert_eq!(body["id"], runtime::id::instance_id("probe", "main"));
    let methods = body["methods"].as_array().expect("methods is an array");
    assert!(methods.iter().any(|method| method["name"] == "increment"), "{body}");
    assert!(!methods.iter().any(|method| method["name"] == "helper"), "{body}");
    assert_eq!(body["events"], json!(["incremented", "reset"]));
    target.stop().await;
}

async fn health_reports_ok(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = get(&client(), &target.url("/health")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "ok");
    target.stop().await;
}

async fn failed_call_rolls_back_writes(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();
    post(&http, &target.url("/probe/main/increment"), r#"{"by": 1}"#, None).await;

    // `fail` increments by 1000 and emits an event, then fails: nothing of it may stay.
    let (status, body) = post(&http, &target.url("/probe/main/fail"), "{}", None).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(code(&body), "PROBE_LOCKED");

    let (_, body) = post(&http, &target.url("/probe/main/get"), "{}", None).await;
    assert_eq!(body["value"], 1);
    let (_, history) = post(&http, &target.url("/probe/main/history"), "{}", None).await;
    assert_eq!(history.as_array().map(Vec::len), Some(1), "{history}");
    target.stop().await;
}

async fn internal_error_hides_sql(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = post(&client(), &target.url("/probe/main/broken"), "{}", None).await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(code(&body), "INTERNAL");
    let text = body.to_string();
    assert!(!text.contains("no_such_table"), "{text}");
    assert!(!text.contains("SELECT"), "{text}");
    if let Some(log) = target.log() {
        assert!(log.contains("no_such_table"), "the cause is logged; log:\n{log}");
    }
    target.stop().await;
}

async fn cross_object_call_reaches_other_instance(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let url = target.url("/probe/caller/incrementOther");
    let (status, body) = post(&http, &url, r#"{"name": "callee", "by": 3}"#, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({ "value": 3 }));

    let (_, callee) = post(&http, &target.url("/probe/callee/get"), "{}", None).await;
    assert_eq!(callee["value"], 3);
    target.stop().await;
}

async fn cross_object_call_to_self_is_conflict(kind: Kind) {
    let target = Target::start(kind).await;

    let url = target.url("/probe/loop/incrementOther");
    let (status, body) = post(&client(), &url, r#"{"name": "loop"}"#, None).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(code(&body), "CONFLICT");
    target.stop().await;
}

async fn emoji_name_is_an_instance(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    // reqwest percent-encodes the emoji; both hosts decode it back.
    let (status, body) = post(&http, &target.url("/probe/😀🚀/increment"), "{}", None).await;
    assert_eq!(status, 200, "{body}");
    let (status, described) = get(&http, &target.url("/probe/😀🚀")).await;
    assert_eq!(status, 200, "{described}");
    assert_eq!(described["name"], "😀🚀");
    assert_eq!(described["id"], runtime::id::instance_id("probe", "😀🚀"));
    target.stop().await;
}

/// A percent-encoded `%2e%2e` is the instance name `..` on both hosts. A literal `..` segment
/// differs: the native server takes the path as sent and calls the instance `..`, while workerd
/// normalizes the URL (as the WHATWG URL parser does) before the Worker sees it, so
/// `/probe/../increment` arrives as `/increment`, which is no route.
async fn dot_segment_names(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = raw_request(target.addr(), "POST", "/probe/%2e%2e/increment", "{}");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""value":1"#), "{body}");

    let (status, body) = raw_request(target.addr(), "POST", "/probe/../increment", "{}");
    match kind {
        Kind::Native => {
            assert_eq!(status, 200, "{body}");
            assert!(body.contains(r#""value":2"#), "the same instance `..`: {body}");
        }
        Kind::Workerd => {
            assert_eq!(status, 404, "{body}");
            assert!(body.contains("NOT_FOUND"), "{body}");
        }
    }
    target.stop().await;
}
