//! Helpers shared by the integration tests that run Node tools from tests/node.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Returns the workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen has a parent folder").to_path_buf()
}

/// Returns the tests/node folder, and panics with the fix when its packages are not installed.
pub fn node_dir() -> PathBuf {
    let dir = workspace().join("tests/node");
    assert!(
        dir.join("node_modules").is_dir(),
        "the Node tools are not installed: run `npm ci` in {}",
        dir.display()
    );
    dir
}

/// Runs `node SCRIPT ARGS...` in tests/node and returns its output.
pub fn run_node(script: &str, args: &[&Path]) -> Output {
    let dir = node_dir();
    Command::new("node")
        .arg(dir.join(script))
        .args(args)
        .current_dir(&dir)
        .output()
        .expect("`node` is on the PATH")
}

/// Returns the `*.yaml` files of a folder, sorted.
pub fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "yaml"));
    files.sort();
    files
}
