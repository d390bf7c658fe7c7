//! Snapshots of the Rust emitter's output, and its errors for generated names that clash.

use std::path::{Path, PathBuf};

use codegen::generate::{GenerateError, Outputs};
use codegen::Generator;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Renders every output of a spec folder; the output folder only has to exist for migrations.
fn render(specs: &Path) -> Result<Outputs, GenerateError> {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rust-snapshots-out");
    Generator::new(specs, out).render()
}

/// Returns the generated Rust sources with their paths.
fn rust_files(outputs: &Outputs) -> Vec<(String, String)> {
    outputs
        .iter()
        .filter(|(path, _)| path.starts_with("src"))
        .map(|(path, text)| (path.to_string_lossy().replace('\\', "/"), text.clone()))
        .collect()
}

#[test]
fn full_fixture_rust() {
    let outputs = render(&fixture("full")).expect("the full fixture is valid");
    let files = rust_files(&outputs);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["src/base.rs", "src/lib.rs", "src/shop.rs", "src/wire.rs"]);
    for (name, text) in files {
        insta::assert_snapshot!(format!("rust_full@{name}"), text);
    }
}

#[test]
fn edge_fixture_rust() {
    let outputs = render(&fixture("rust_edges")).expect("the edge fixture is valid");
    let files = rust_files(&outputs);
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["src/do.rs", "src/lib.rs", "src/wire.rs"]);
    for (name, text) in files {
        if name != "src/wire.rs" {
            insta::assert_snapshot!(format!("rust_edges@{name}"), text);
        }
    }
}

#[test]
fn rust_output_deterministic() {
    let first = render(&fixture("full")).expect("the full fixture is valid");
    let second = render(&fixture("full")).expect("the full fixture is valid");
    assert_eq!(rust_files(&first), rust_files(&second));
}

/// Writes `files` into a fresh spec folder under the test's temporary folder.
fn spec_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rust-snapshots-specs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the spec folder");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("write a spec");
    }
    dir
}

fn error_text(specs: &Path) -> String {
    match render(specs) {
        Ok(_) => panic!("{} was expected to fail", specs.display()),
        Err(error) => error.to_string().replace(&format!("{}/", specs.display()), ""),
    }
}

#[test]
fn generated_name_clashes_rejected() {
    let spec = "\
object: clash
types:
  OrderPlaced:
    fields:
      id: text
  PingParams:
    values: [a_1, a1]
  NoteTable:
    fields:
      id: text
tables:
  notes:
    columns:
      id: { type: text, primary_key: true }
methods:
  ping:
    permission: public
events:
  order.placed:
    payload:
      id: text
  order_placed.x: {}
  order.placed_x: {}
";
    let dir = spec_dir("clash", &[("clash.yaml", spec)]);
    insta::assert_snapshot!("rust_name_clashes", error_text(&dir));
}

#[test]
fn object_named_wire_rejected() {
    let dir = spec_dir("wire", &[("wire.yaml", "object: wire\n")]);
    let text = error_text(&dir);
    assert!(text.contains("wire.yaml: object: object name `wire` is taken"), "{text}");
    assert!(text.contains("help: rename the object"), "{text}");
}

#[test]
fn too_many_bound_parameters_rejected() {
    // 50 key columns and an index of the other 50: a page after a cursor binds 50 + 50 + 1.
    let columns: Vec<String> = (1..=100).map(|number| format!("      c{number}: integer\n")).collect();
    let key: Vec<String> = (1..=50).map(|number| format!("c{number}")).collect();
    let indexed: Vec<String> = (51..=100).map(|number| format!("c{number}")).collect();
    let spec = format!(
        "object: wide\ntables:\n  wide_rows:\n    columns:\n{}    primary_key: [{}]\n    indexes:\n      - columns: [{}]\n",
        columns.concat(),
        key.join(", "),
        indexed.join(", ")
    );
    let dir = spec_dir("wide", &[("wide.yaml", &spec)]);
    let text = error_text(&dir);
    assert!(text.contains("wide.yaml: tables.wide_rows.indexes: listing `wide_rows` by index"), "{text}");
    assert!(text.contains("would bind 101 parameters, more than the 100 one statement allows"), "{text}");
}
