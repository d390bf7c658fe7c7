//! Compiles the Rust emitter's output for the fixtures as real crates, and runs round-trip
//! tests inside them, in one `cargo test` run.
//!
//! The crates live under `<target>/codegen-tests/rust-crates`, in a workspace of their own that
//! uses this workspace's lockfile and target folder, so the dependencies built for the workspace
//! are reused.

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::Generator;

/// (crate name, fixture folder, test files under tests/rust_crate/).
const CRATES: &[(&str, &str, &[&str])] =
    &[("fixture_full", "full", &["full.rs", "full_object.rs"]), ("fixture_edges", "rust_edges", &["edges.rs"])];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen has a parent folder").to_path_buf()
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => workspace().join("target"),
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a file has a parent folder")).expect("create folder");
    std::fs::write(path, text).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
}

/// Writes one fixture crate: the generated sources and the migrations they embed, the fixture's
/// specs (which `#[durable_object]` looks up), a manifest and the tests.
fn write_crate(root: &Path, name: &str, fixture: &str, test_files: &[&str]) {
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);

    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(fixture);
    let outputs = Generator::new(&specs, root.join("unused-out")).render().expect("the fixture is valid");
    for (path, text) in outputs.iter().filter(|(path, _)| path.starts_with("src") || path.starts_with("migrations")) {
        // Warnings in generated code fail the build, so they cannot go unnoticed.
        let text = if path.ends_with("lib.rs") { format!("#![deny(warnings)]\n{text}") } else { text.clone() };
        write(&dir.join(path), &text);
    }
    for entry in std::fs::read_dir(&specs).expect("read the fixture folder") {
        let path = entry.expect("a fixture file").path();
        let text = std::fs::read_to_string(&path).expect("read a fixture spec");
        write(&dir.join("specs").join(path.file_name().expect("a file name")), &text);
    }

    let runtime = workspace().join("runtime");
    let macros = workspace().join("macros");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nruntime = {{ path = {runtime:?} }}\nserde = {{ version = \"1\", features = [\"derive\"] }}\n\
         serde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\n\n\
         [dev-dependencies]\nmacros = {{ path = {macros:?} }}\nruntime = {{ path = {runtime:?}, features = [\"sqlite\"] }}\n"
    );
    write(&dir.join("Cargo.toml"), &manifest);

    for test_file in test_files {
        let test = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rust_crate").join(test_file);
        let text = std::fs::read_to_string(&test).unwrap_or_else(|error| panic!("read {}: {error}", test.display()));
        write(&dir.join("tests").join(test_file), &text);
    }
}

/// Sums the `N passed` counts of every `test result:` line.
fn passed(output: &str) -> usize {
    output
        .lines()
        .filter_map(|line| line.strip_prefix("test result: ok. "))
        .filter_map(|rest| rest.split(' ').next()?.parse::<usize>().ok())
        .sum()
}

#[test]
fn fixture_crates_compile_and_round_trip() {
    let root = target_dir().join("codegen-tests/rust-crates");
    let members: Vec<String> = CRATES.iter().map(|(name, _, _)| format!("{name:?}")).collect();
    write(&root.join("Cargo.toml"), &format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")));
    std::fs::copy(workspace().join("Cargo.lock"), root.join("Cargo.lock")).expect("copy the workspace lockfile");

    let mut expected = 0;
    for (name, fixture, test_files) in CRATES {
        write_crate(&root, name, fixture, test_files);
        for test_file in *test_files {
            let test = std::fs::read_to_string(root.join(name).join("tests").join(test_file)).expect("read the test");
            expected += test.matches("#[test]").count();
        }
    }

    let output = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir())
        .output()
        .expect("run cargo");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo test on the generated crates failed\n{stdout}\n{stderr}");
    assert_eq!(passed(&stdout), expected, "every round-trip test runs and passes\n{stdout}");
}
