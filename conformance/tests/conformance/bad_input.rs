//! Bad input: each case's exact status and error code, the same on both hosts.

use conformance::{client, code, on_both_targets, post, Kind, Target};

on_both_targets!(bad_input_statuses_and_codes, wrong_param_type_names_field);

async fn bad_input_statuses_and_codes(kind: Kind) {
    let target = Target::start(kind).await;
    let http = client();
    let deep = "[".repeat(100) + &"]".repeat(100);
    let long_name = format!("/probe/{}/get", "n".repeat(4096));
    let oversized = format!(r#"{{"by": 1, "padding": "{}"}}"#, "x".repeat(2 * 1024 * 1024));

    // (case, path, body, status, error code)
    let cases: Vec<(&str, String, String, u16, &str)> = vec![
        ("malformed JSON", "/probe/main/increment".into(), r#"{"by": "#.into(), 400, "VALIDATION_ERROR"),
        ("unknown object", "/nothing/main/get".into(), "{}".into(), 404, "NOT_FOUND"),
        ("unknown method", "/probe/main/nothing".into(), "{}".into(), 404, "METHOD_NOT_FOUND"),
        ("undeclared helper method", "/probe/main/helper".into(), "{}".into(), 404, "METHOD_NOT_FOUND"),
        ("deep JSON", "/probe/main/increment".into(), deep, 400, "VALIDATION_ERROR"),
        ("unknown field", "/probe/main/increment".into(), r#"{"by": 1, "x": 2}"#.into(), 400, "VALIDATION_ERROR"),
        ("params a number", "/probe/main/increment".into(), "7".into(), 400, "VALIDATION_ERROR"),
        ("positional params", "/probe/main/increment".into(), "[1]".into(), 400, "VALIDATION_ERROR"),
        ("positional params, generated dispatcher", "/counter/main/increment".into(), "[1]".into(), 400, "VALIDATION_ERROR"),
        ("NUL in name", "/probe/a%00b/get".into(), "{}".into(), 400, "VALIDATION_ERROR"),
        ("4 KB name", long_name, "{}".into(), 400, "VALIDATION_ERROR"),
        ("oversized body", "/probe/main/increment".into(), oversized, 413, "PAYLOAD_TOO_LARGE"),
        ("POST to describe", "/probe/main".into(), "{}".into(), 405, "METHOD_NOT_ALLOWED"),
        ("no instance name", "/probe".into(), "{}".into(), 404, "NOT_FOUND"),
    ];
    for (case, path, body, status, error_code) in cases {
        let (actual_status, response) = post(&http, &target.url(&path), &body, None).await;
        assert_eq!(actual_status, status, "{case}: {response}");
        assert_eq!(code(&response), error_code, "{case}: {response}");
    }

    // Nothing of the rejected calls reached the instance.
    let (_, body) = post(&http, &target.url("/probe/main/get"), "{}", None).await;
    assert_eq!(body["value"], 0, "{body}");
    target.stop().await;
}

async fn wrong_param_type_names_field(kind: Kind) {
    let target = Target::start(kind).await;

    let url = target.url("/probe/main/increment");
    let (status, body) = post(&client(), &url, r#"{"by": "three"}"#, None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");
    assert_eq!(body["error"]["details"]["field"], "by");
    assert!(body["error"]["message"].as_str().unwrap_or_default().contains("`by`"), "{body}");
    target.stop().await;
}
