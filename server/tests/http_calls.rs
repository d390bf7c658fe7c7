//! Method calls over HTTP against a real server: results, routes, describe, rollback, errors and
//! bad input, each with its exact status and error code.

mod support;

use serde_json::{json, Value};
use support::{client, files_under, get, post, raw_request, InProcess};

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("<no error code>")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_returns_result_and_persists() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let (status, body) = post(
        &http,
        &server.url("/probe/main/increment"),
        r#"{"by": 5}"#,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({ "value": 5 }));

    let (status, body) = post(&http, &server.url("/probe/main/get"), "", None).await;
    assert_eq!(status, 200);
    assert_eq!(body["value"], 5);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_are_separate() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    post(
        &http,
        &server.url("/probe/a/increment"),
        r#"{"by": 1}"#,
        None,
    )
    .await;
    let (_, body) = post(&http, &server.url("/probe/b/get"), "{}", None).await;
    assert_eq!(body["value"], 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_routes_reach_methods() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let (status, body) = post(
        &http,
        &server.url("/probe/main/increments"),
        r#"{"by": 2}"#,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = get(&http, &server.url("/probe/main/value")).await;
    assert_eq!(status, 200);
    assert_eq!(body["value"], 2);

    let (status, body) = get(&http, &server.url("/probe/main/nothing/here")).await;
    assert_eq!(status, 404);
    assert_eq!(code(&body), "NOT_FOUND");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn describe_lists_methods_and_events() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let (status, body) = get(&client(), &server.url("/probe/main")).await;
    assert_eq!(status, 200);
    assert_eq!(body["class"], "probe");
    assert_eq!(body["id"], runtime::id::instance_id("probe", "main"));
    assert!(body["methods"]
        .as_array()
        .unwrap()
        .iter()
        .any(|method| method["name"] == "increment"));
    assert_eq!(body["events"], json!(["incremented", "reset"]));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_reports_ok() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let (status, body) = get(&client(), &server.url("/health")).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "ok");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_call_rolls_back_writes() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    post(
        &http,
        &server.url("/probe/main/increment"),
        r#"{"by": 1}"#,
        None,
    )
    .await;

    let (status, body) = post(&http, &server.url("/probe/main/fail"), "{}", None).await;
    assert_eq!(status, 409);
    assert_eq!(code(&body), "PROBE_LOCKED");

    let (_, body) = post(&http, &server.url("/probe/main/get"), "{}", None).await;
    assert_eq!(body["value"], 1);
    let (_, history) = post(&http, &server.url("/probe/main/history"), "{}", None).await;
    assert_eq!(history.as_array().unwrap().len(), 1);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn internal_error_hides_sql() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let (status, body) = post(&client(), &server.url("/probe/main/broken"), "{}", None).await;
    assert_eq!(status, 500);
    assert_eq!(code(&body), "INTERNAL");
    let text = body.to_string();
    assert!(!text.contains("no_such_table"), "{text}");
    assert!(!text.contains("SELECT"), "{text}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_object_call_reaches_other_instance() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let url = server.url("/probe/caller/incrementOther");
    let (status, body) = post(&http, &url, r#"{"name": "callee", "by": 3}"#, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["value"], 3);

    let (_, callee) = post(&http, &server.url("/probe/callee/get"), "{}", None).await;
    assert_eq!(callee["value"], 3);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_object_call_to_self_is_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let url = server.url("/probe/loop/incrementOther");
    let (status, body) = post(&client(), &url, r#"{"name": "loop"}"#, None).await;
    assert_eq!(status, 409);
    assert_eq!(code(&body), "CONFLICT");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_statuses_and_codes() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    let deep = "[".repeat(100) + &"]".repeat(100);

    let cases: Vec<(&str, &str, String, u16, &str)> = vec![
        (
            "malformed JSON",
            "/probe/main/increment",
            r#"{"by": "#.into(),
            400,
            "VALIDATION_ERROR",
        ),
        (
            "unknown object",
            "/nothing/main/get",
            "{}".into(),
            404,
            "NOT_FOUND",
        ),
        (
            "unknown method",
            "/probe/main/nothing",
            "{}".into(),
            404,
            "METHOD_NOT_FOUND",
        ),
        (
            "helper method",
            "/probe/main/helper",
            "{}".into(),
            404,
            "METHOD_NOT_FOUND",
        ),
        (
            "deep JSON",
            "/probe/main/increment",
            deep,
            400,
            "VALIDATION_ERROR",
        ),
        (
            "unknown field",
            "/probe/main/increment",
            r#"{"by": 1, "x": 2}"#.into(),
            400,
            "VALIDATION_ERROR",
        ),
        (
            "NUL in name",
            "/probe/a%00b/get",
            "{}".into(),
            400,
            "VALIDATION_ERROR",
        ),
    ];
    for (case, path, body, status, error_code) in cases {
        let (actual_status, response) = post(&http, &server.url(path), &body, None).await;
        assert_eq!(actual_status, status, "{case}: {response}");
        assert_eq!(code(&response), error_code, "{case}");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_param_type_names_field() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let url = server.url("/probe/main/increment");
    let (status, body) = post(&client(), &url, r#"{"by": "three"}"#, None).await;
    assert_eq!(status, 400);
    assert_eq!(code(&body), "VALIDATION_ERROR");
    assert_eq!(body["error"]["details"]["field"], "by");
    assert!(body["error"]["message"].as_str().unwrap().contains("`by`"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_body_is_413() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let body = format!(
        r#"{{"by": 1, "padding": "{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let (status, response) = post(
        &client(),
        &server.url("/probe/main/increment"),
        &body,
        None,
    )
    .await;
    assert_eq!(status, 413);
    assert_eq!(code(&response), "PAYLOAD_TOO_LARGE");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_name_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;

    let name = "n".repeat(4096);
    let (status, body) = post(
        &client(),
        &server.url(&format!("/probe/{name}/get")),
        "{}",
        None,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(code(&body), "VALIDATION_ERROR");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emoji_name_is_an_instance() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    // reqwest percent-encodes the emoji; the server decodes it back.
    let (status, body) = post(&http, &server.url("/probe/😀🚀/increment"), "{}", None).await;
    assert_eq!(status, 200, "{body}");
    let (_, described) = get(&http, &server.url("/probe/😀🚀")).await;
    assert_eq!(described["name"], "😀🚀");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traversal_names_stay_in_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let server = InProcess::start(&data_dir, &[]).await;

    let paths = [
        "/probe/../increment",
        "/probe/%2e%2e/increment",
        "/probe/%2E%2E%2F%2E%2E%2Fescaped/increment",
        "/probe/..%2F..%2Fescaped/increment",
    ];
    for path in paths {
        let (status, body) = raw_request(server.addr, "POST", path, "{}");
        assert_eq!(status, 200, "{path}: {body}");
    }

    // Only the directory and hashed instance files exist, all inside the data directory.
    let outside: Vec<_> = files_under(dir.path())
        .into_iter()
        .filter(|path| {
            !path.starts_with(&data_dir) && path.extension().is_none_or(|ext| ext != "toml")
        })
        .collect();
    assert!(
        outside.is_empty(),
        "files outside the data dir: {outside:?}"
    );
    for file in files_under(&data_dir.join("probe")) {
        let stem = file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .split('.')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(stem.len(), 64, "{file:?}");
        assert!(stem.chars().all(|c| c.is_ascii_hexdigit()), "{file:?}");
    }
    assert!(!dir.path().join("escaped").exists());
    server.stop().await;
}
