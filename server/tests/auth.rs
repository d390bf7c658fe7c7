//! Native-only authentication checks: a rejected call creates no database file, and development
//! mode rejects a public listen address and warns. The permission table, JSON-RPC permission
//! errors and anonymous grants are in the conformance suite (conformance/tests/conformance).

mod support;

use std::process::Command;

use support::{client, post, InProcess, AUTH_CONFIG};

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
