//! Native-only checks of HTTP calls: instance names never reach the file system as paths. The
//! calls themselves, with their results and errors, are in the conformance suite
//! (conformance/tests/conformance), which runs them against this server and workerd.

mod support;

use support::{files_under, raw_request, InProcess};

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
