//! The JSON Schema of the spec format accepts every real spec and rejects malformed ones,
//! as judged by ajv, a validator independent of the generator.

mod support;

use std::path::PathBuf;

fn write_schema(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("spec.schema.json");
    std::fs::write(&path, codegen::emit::schema::spec_schema()).expect("write schema");
    path
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dotdo-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

#[test]
fn specs_and_fixture_validate_against_schema() {
    let dir = temp_dir("schema-valid");
    let schema = write_schema(&dir);

    let mut files = support::yaml_files(&support::workspace().join("specs"));
    files.extend(support::yaml_files(&support::workspace().join("codegen/tests/fixtures/full")));
    assert!(files.len() >= 2, "no spec files found");

    let mut args = vec![schema.as_path()];
    args.extend(files.iter().map(PathBuf::as_path));
    let output = support::run_node("validate-spec-schema.mjs", &args);
    assert!(
        output.status.success(),
        "ajv rejected a spec:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn schema_rejects_malformed_spec() {
    let dir = temp_dir("schema-invalid");
    let schema = write_schema(&dir);
    let cases = [
        ("unknown_key.yaml", "object: a\ntabels: {}\n"),
        ("bad_mode.yaml", "object: a\nmethods:\n  get:\n    permission: public\n    mode: sometimes\n"),
        ("no_permission.yaml", "object: a\nmethods:\n  get:\n    mode: read\n"),
        ("column_list.yaml", "object: a\ntables:\n  t:\n    columns:\n      id: [text]\n"),
    ];
    for (name, text) in cases {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write case");
        let output = support::run_node("validate-spec-schema.mjs", &[schema.as_path(), path.as_path()]);
        assert!(!output.status.success(), "ajv accepted {name}");
    }
}
