//! The `codegen` command line, run as a user runs it: generate, check, plan, new and schema.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn codegen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen")).args(args).output().expect("codegen runs")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// A fresh folder with a copy of the fixture specs.
fn project(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("dotdo-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let specs = root.join("specs");
    std::fs::create_dir_all(&specs).expect("create specs");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/full");
    for file in ["base.yaml", "shop.yaml"] {
        std::fs::copy(fixture.join(file), specs.join(file)).expect("copy fixture");
    }
    let out = root.join("generated");
    (root, specs, out)
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 temp path")
}

#[test]
fn generate_then_check_is_clean() {
    let (_root, specs, out) = project("clean");
    let args = ["--specs", path_arg(&specs), "--out", path_arg(&out)];

    let first = codegen(&args);
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("wrote"), "{}", text(&first));

    let second = codegen(&args);
    assert!(second.status.success(), "{}", text(&second));
    assert!(!text(&second).contains("wrote"), "a second run wrote files:\n{}", text(&second));

    let check = codegen(&[&args[..], &["check"]].concat());
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
}

#[test]
fn check_reports_stale_output_with_diff() {
    let (_root, specs, out) = project("stale");
    let args = ["--specs", path_arg(&specs), "--out", path_arg(&out)];
    assert!(codegen(&args).status.success());

    let shop = specs.join("shop.yaml");
    let spec = std::fs::read_to_string(&shop).expect("read spec");
    std::fs::write(&shop, spec.replace("A line asks for more units", "A line wants more units")).expect("edit spec");

    let check = codegen(&[&args[..], &["check"]].concat());
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(text(&check).contains("+++ b/"), "no unified diff:\n{}", text(&check));
    assert!(text(&check).contains("A line wants more units"), "{}", text(&check));
}

#[test]
fn invalid_spec_exits_2_with_location() {
    let (_root, specs, out) = project("invalid");
    let shop = specs.join("shop.yaml");
    let spec = std::fs::read_to_string(&shop).expect("read spec");
    std::fs::write(&shop, spec.replace("customer_id: text\n", "customer_id: Text\n")).expect("edit spec");

    let run = codegen(&["--specs", path_arg(&specs), "--out", path_arg(&out)]);
    assert_eq!(run.status.code(), Some(2), "{}", text(&run));
    assert!(text(&run).contains("shop.yaml:"), "{}", text(&run));
    assert!(text(&run).contains("methods.place_order.params.customer_id: unknown type `Text`"), "{}", text(&run));
    assert!(!out.join("schema").exists(), "output was written despite the error");
}

#[test]
fn plan_prints_pending_migration() {
    let (_root, specs, out) = project("plan");
    let args = ["--specs", path_arg(&specs), "--out", path_arg(&out)];
    assert!(codegen(&args).status.success());

    let shop = specs.join("shop.yaml");
    let spec = std::fs::read_to_string(&shop).expect("read spec");
    let last_column = "      type: { type: text, default: person, description: A column named after a keyword. }\n";
    assert!(spec.contains(last_column), "the fixture changed; update this test");
    std::fs::write(&shop, spec.replace(last_column, &format!("{last_column}      nickname: text?\n"))).expect("edit spec");

    let plan = codegen(&[&args[..], &["plan", "shop"]].concat());
    assert!(plan.status.success(), "{}", text(&plan));
    assert!(text(&plan).contains("ALTER TABLE \"customers\" ADD COLUMN \"nickname\""), "{}", text(&plan));
    let migrations: Vec<_> = std::fs::read_dir(out.join("migrations/shop")).expect("migrations").collect();
    assert_eq!(migrations.len(), 2, "plan wrote a file: {migrations:?}");
}

#[test]
fn new_scaffold_validates() {
    let (_root, specs, out) = project("new");
    let workspace_do = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/do.yaml");
    std::fs::copy(workspace_do, specs.join("do.yaml")).expect("copy do.yaml");

    let created = codegen(&["--specs", path_arg(&specs), "new", "invoice"]);
    assert!(created.status.success(), "{}", text(&created));
    let spec = std::fs::read_to_string(specs.join("invoice.yaml")).expect("read scaffold");
    assert!(spec.contains("extends: do"), "{spec}");

    let again = codegen(&["--specs", path_arg(&specs), "new", "invoice"]);
    assert_eq!(again.status.code(), Some(2), "new overwrote a spec: {}", text(&again));

    let run = codegen(&["--specs", path_arg(&specs), "--out", path_arg(&out)]);
    assert!(run.status.success(), "the scaffold does not validate:\n{}", text(&run));
}

#[test]
fn new_scaffold_validates_alone() {
    let root = std::env::temp_dir().join(format!("dotdo-cli-alone-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let specs = root.join("specs");

    let created = codegen(&["--specs", path_arg(&specs), "new", "widget"]);
    assert!(created.status.success(), "{}", text(&created));
    let spec = std::fs::read_to_string(specs.join("widget.yaml")).expect("read scaffold");
    assert!(!spec.contains("extends"), "a folder without do.yaml got `extends`:\n{spec}");

    let run = codegen(&["--specs", path_arg(&specs), "--out", path_arg(&root.join("generated"))]);
    assert!(run.status.success(), "the stand-alone scaffold does not validate:\n{}", text(&run));
}

#[test]
fn schema_prints_json_schema() {
    let schema = codegen(&["schema"]);
    assert!(schema.status.success());
    let value: serde_json::Value = serde_json::from_slice(&schema.stdout).expect("schema is JSON");
    assert_eq!(value["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(value["properties"]["tables"].is_object());
}
