//! JSON-RPC 2.0 on `/<class>/<name>/rpc`: single requests, batches, notifications and error codes.

use conformance::{client, on_both_targets, post, Kind, Target};
use serde_json::{json, Value};

on_both_targets!(
    single_request_returns_result,
    batch_runs_in_order_with_errors,
    parse_error_is_32700,
    empty_batch_is_invalid_request,
    notifications_only_return_no_content,
);

async fn single_request_returns_result(kind: Kind) {
    let target = Target::start(kind).await;

    let request = r#"{"jsonrpc": "2.0", "id": 7, "method": "increment", "params": {"by": 4}}"#;
    let (status, body) = post(&client(), &target.url("/probe/main/rpc"), request, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({ "jsonrpc": "2.0", "result": { "value": 4 }, "id": 7 }));
    target.stop().await;
}

async fn batch_runs_in_order_with_errors(kind: Kind) {
    let target = Target::start(kind).await;

    let batch = r#"[
        {"jsonrpc": "2.0", "id": 1, "method": "increment", "params": {"by": 1}},
        {"jsonrpc": "2.0", "method": "increment", "params": {"by": 10}},
        {"jsonrpc": "2.0", "id": "two", "method": "get"},
        {"jsonrpc": "2.0", "id": 3, "method": "nothing"},
        {"jsonrpc": "2.0", "id": 4, "method": "increment", "params": {"by": "x"}},
        {"jsonrpc": "2.0", "id": 5, "method": "broken"},
        {"jsonrpc": "2.0", "id": 6, "method": "fail"},
        {"jsonrpc": "1.0", "id": 8, "method": "get"},
        {"jsonrpc": "2.0", "id": 9, "method": "increment", "params": [1]},
        42
    ]"#;
    let (status, body) = post(&client(), &target.url("/probe/main/rpc"), batch, None).await;
    assert_eq!(status, 200, "{body}");
    let responses = body.as_array().expect("batch response is an array");

    // The notification (no id) ran but has no entry.
    assert_eq!(responses.len(), 9, "{body}");
    assert_eq!(responses[0]["result"]["value"], 1);
    assert_eq!(responses[1]["id"], "two");
    assert_eq!(responses[1]["result"]["value"], 11);

    let expected_errors = [
        (3, -32601, "METHOD_NOT_FOUND"),
        (4, -32602, "VALIDATION_ERROR"),
        (5, -32603, "INTERNAL"),
        (6, -32000, "PROBE_LOCKED"),
        (8, -32600, "VALIDATION_ERROR"),
        (9, -32602, "VALIDATION_ERROR"),
    ];
    for (index, (id, code, data_code)) in expected_errors.into_iter().enumerate() {
        let response = &responses[index + 2];
        assert_eq!(response["id"], id, "{response}");
        assert_eq!(response["error"]["code"], code, "{response}");
        assert_eq!(response["error"]["data"]["code"], data_code, "{response}");
    }
    assert_eq!(responses[8]["error"]["code"], -32600);
    assert_eq!(responses[8]["id"], Value::Null);
    target.stop().await;
}

async fn parse_error_is_32700(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = post(&client(), &target.url("/probe/main/rpc"), "{\"jsonrpc\": ", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["error"]["code"], -32700);
    assert_eq!(body["id"], Value::Null);
    target.stop().await;
}

async fn empty_batch_is_invalid_request(kind: Kind) {
    let target = Target::start(kind).await;

    let (status, body) = post(&client(), &target.url("/probe/main/rpc"), "[]", None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["error"]["code"], -32600);
    target.stop().await;
}

async fn notifications_only_return_no_content(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();

    let batch = r#"[{"jsonrpc": "2.0", "method": "increment"}, {"jsonrpc": "2.0", "method": "increment"}]"#;
    let (status, body) = post(&http, &target.url("/probe/main/rpc"), batch, None).await;
    assert_eq!(status, 204, "{body}");

    let (_, body) = post(&http, &target.url("/probe/main/get"), "{}", None).await;
    assert_eq!(body["value"], 2);
    target.stop().await;
}
