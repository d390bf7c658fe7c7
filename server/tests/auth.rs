//! Authentication and permissions with a config file: allowed, 403 without the grant, 401 without
//! or with an invalid token; and development-mode rules.

mod support;

use std::process::Command;

use support::{client, post, InProcess, AUTH_CONFIG};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permission_table() {
    let dir = tempfile::tempdir().unwrap();
    let server =
        InProcess::start_with_config(&dir.path().join("data"), Some(AUTH_CONFIG), &[]).await;
    let http = client();

    // (case, method, token, expected status, expected error code)
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, u16, Option<&'a str>);
    let cases: [Case; 8] = [
        (
            "writer increments",
            "increment",
            Some("writer-token"),
            200,
            None,
        ),
        (
            "writer resets (probe:* covers probe:admin)",
            "reset",
            Some("writer-token"),
            200,
            None,
        ),
        (
            "reader lacks probe:write",
            "increment",
            Some("reader-token"),
            403,
            Some("FORBIDDEN"),
        ),
        (
            "anonymous needs a token",
            "increment",
            None,
            401,
            Some("UNAUTHENTICATED"),
        ),
        (
            "invalid token",
            "increment",
            Some("wrong-token"),
            401,
            Some("UNAUTHENTICATED"),
        ),
        ("public method, anonymous", "get", None, 200, None),
        (
            "public method, invalid token",
            "get",
            Some("wrong-token"),
            401,
            Some("UNAUTHENTICATED"),
        ),
        (
            "public method, reader",
            "get",
            Some("reader-token"),
            200,
            None,
        ),
    ];
    for (case, method, token, status, code) in cases {
        let url = server.url(&format!("/probe/main/{method}"));
        let (actual_status, body) = post(&http, &url, "{}", token).await;
        assert_eq!(actual_status, status, "{case}: {body}");
        if let Some(code) = code {
            assert_eq!(body["error"]["code"], code, "{case}");
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_call_creates_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let server = InProcess::start_with_config(&data_dir, Some(AUTH_CONFIG), &[]).await;

    let (status, _) = post(
        &client(),
        &server.url("/probe/untouched/increment"),
        "{}",
        None,
    )
    .await;
    assert_eq!(status, 401);
    assert!(!data_dir.join("probe").exists());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rpc_reports_permission_errors_per_call() {
    let dir = tempfile::tempdir().unwrap();
    let server =
        InProcess::start_with_config(&dir.path().join("data"), Some(AUTH_CONFIG), &[]).await;

    let batch = r#"[{"jsonrpc": "2.0", "id": 1, "method": "get"}, {"jsonrpc": "2.0", "id": 2, "method": "increment"}]"#;
    let (status, body) = post(
        &client(),
        &server.url("/probe/main/rpc"),
        batch,
        Some("reader-token"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body[0]["result"]["value"], 0);
    assert_eq!(body[1]["error"]["data"]["code"], "FORBIDDEN");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_grants_from_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = format!("{AUTH_CONFIG}\n[anonymous]\ngrants = [\"probe:write\"]\n");
    let server = InProcess::start_with_config(&dir.path().join("data"), Some(&config), &[]).await;
    let http = client();

    let (status, _) = post(&http, &server.url("/probe/main/increment"), "{}", None).await;
    assert_eq!(status, 200);
    let (status, _) = post(&http, &server.url("/probe/main/reset"), "{}", None).await;
    assert_eq!(status, 401);
    server.stop().await;
}

#[test]
fn development_mode_rejects_public_address() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--listen", "0.0.0.0:0", "--data-dir"])
        .arg(dir.path())
        .output()
        .expect("run the server binary");

    assert_eq!(output.status.code(), Some(2));
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("without --config"), "{log}");
}

#[test]
fn development_mode_warns() {
    let dir = tempfile::tempdir().unwrap();
    let server = support::Binary::start(dir.path(), &[]);
    let log = server.log();
    assert!(log.contains("development mode"), "{log}");
    assert_eq!(server.terminate(), Some(0));
}
