//! The generated classes: the counter example (`counter`) and the base object (`do`), through
//! their REST routes and method calls; and integers beyond JavaScript's safe range.

use conformance::{client, code, get, on_both_targets, post, request, Kind, Target};
use reqwest::Method;
use serde_json::json;

on_both_targets!(counter_calls_and_routes, do_key_value_and_documents, large_integers);

async fn counter_calls_and_routes(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let (status, body) = post(&http, &target.url("/counter/c/increment"), r#"{"by": 4}"#, None).await;
    assert_eq!((status, body.clone()), (200, json!(4)), "{body}");
    let (status, body) = post(&http, &target.url("/counter/c/increments"), "{}", None).await;
    assert_eq!((status, body.clone()), (200, json!(5)), "{body}");
    let (status, body) = get(&http, &target.url("/counter/c/value")).await;
    assert_eq!((status, body.clone()), (200, json!(5)), "{body}");

    let (status, body) = get(&http, &target.url("/counter/c/changes?afterSeq=1&limit=10")).await;
    assert_eq!(status, 200, "{body}");
    let changes = body.as_array().expect("history is an array");
    assert_eq!(changes.len(), 1, "{body}");
    assert_eq!(changes[0]["seq"], 2);
    assert_eq!(changes[0]["delta"], 1);
    assert_eq!(changes[0]["value"], 5);
    assert!(changes[0]["changedAt"].as_i64().is_some_and(|at| at > 0), "{body}");

    let (status, body) = get(&http, &target.url("/counter/c/changes?limit=0")).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");
    let (status, body) = get(&http, &target.url("/counter/c/changes?limit=many")).await;
    assert_eq!(status, 400, "{body}");

    let (status, body) = post(&http, &target.url("/counter/c/reset"), "{}", None).await;
    assert_eq!((status, body.clone()), (200, json!(0)), "{body}");
    target.stop().await;
}

async fn do_key_value_and_documents(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let (status, body) = request(&http, Method::PUT, &target.url("/do/d/kv/color"), Some(r#"{"value": {"name": "blue"}}"#)).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = get(&http, &target.url("/do/d/kv/color")).await;
    assert_eq!((status, body.clone()), (200, json!({ "name": "blue" })), "{body}");
    let (status, body) = post(&http, &target.url("/do/d/kvGet"), r#"{"key": "missing"}"#, None).await;
    assert_eq!((status, body.clone()), (200, json!(null)), "{body}");

    let (status, body) = request(&http, Method::DELETE, &target.url("/do/d/kv/color"), None).await;
    assert_eq!((status, body.clone()), (200, json!(true)), "{body}");
    let (status, body) = request(&http, Method::DELETE, &target.url("/do/d/kv/color"), None).await;
    assert_eq!((status, body.clone()), (200, json!(false)), "{body}");

    let doc = r#"{"data": {"title": "Hello", "tags": ["a", "b"]}}"#;
    let (status, body) = request(&http, Method::PUT, &target.url("/do/d/docs/posts/p1"), Some(doc)).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = get(&http, &target.url("/do/d/docs/posts/p1")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["collection"].clone(), body["id"].clone()), (json!("posts"), json!("p1")), "{body}");
    assert_eq!(body["data"], json!({ "title": "Hello", "tags": ["a", "b"] }), "{body}");
    target.stop().await;
}

/// Integers beyond ±2^53 (JavaScript's safe-integer range). Inside JSON values (`json` columns,
/// stored as text) they round-trip exactly on both hosts. In `integer` columns they differ: the
/// native server binds an i64, while workerd's Durable Object SQL API takes JavaScript numbers,
/// which would store the value as a REAL, so the Workers host rejects it with VALIDATION_ERROR
/// before anything is written.
async fn large_integers(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();
    let large = 9_007_199_254_740_993_i64; // 2^53 + 1, not representable as an f64

    let body = format!(r#"{{"value": {{"n": {large}}}}}"#);
    let (status, response) = request(&http, Method::PUT, &target.url("/do/d/kv/large"), Some(&body)).await;
    assert_eq!(status, 200, "{response}");
    let (status, response) = get(&http, &target.url("/do/d/kv/large")).await;
    assert_eq!(status, 200, "{response}");
    assert_eq!(response["n"].as_i64(), Some(large), "{response}");

    let body = format!(r#"{{"by": {large}}}"#);
    let (status, response) = post(&http, &target.url("/counter/big/increment"), &body, None).await;
    let expected_value = match kind {
        Kind::Native => {
            assert_eq!(status, 200, "{response}");
            assert_eq!(response.as_i64(), Some(large), "{response}");
            large
        }
        Kind::Workerd => {
            assert_eq!(status, 400, "{response}");
            assert_eq!(code(&response), "VALIDATION_ERROR");
            0
        }
    };

    let (status, response) = post(&http, &target.url("/counter/big/get"), "{}", None).await;
    assert_eq!(status, 200, "{response}");
    assert_eq!(response.as_i64(), Some(expected_value), "{response}");
    target.stop().await;
}
