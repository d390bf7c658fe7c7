//! The docs emitter: snapshots of the fixture's pages, and every Mermaid block of the fixture's,
//! the real specs' and an awkward spec's docs parsed by the real Mermaid parser (mermaid 11 in
//! tests/node, run by tests/node/check-mermaid.mjs).

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

use codegen::generate::Outputs;
use codegen::Generator;

/// Creates an empty folder; the counter keeps tests that run in parallel threads apart.
fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let number = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("dotdo-docs-{name}-{}-{number}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn render(specs: &Path) -> Outputs {
    let out = temp_dir("unused-out");
    Generator::new(specs, out).render().unwrap_or_else(|error| panic!("{} does not generate: {error}", specs.display()))
}

/// Returns the generated Markdown files under docs/, as (file name, contents), sorted.
fn docs(outputs: &Outputs) -> Vec<(String, String)> {
    outputs
        .iter()
        .filter_map(|(path, contents)| {
            let name = path.strip_prefix("docs").ok()?.to_string_lossy().into_owned();
            Some((name, contents.clone()))
        })
        .collect()
}

/// Writes the docs to a fresh folder and returns the paths of the files.
fn write_docs(name: &str, docs: &[(String, String)]) -> Vec<PathBuf> {
    let dir = temp_dir(name);
    docs.iter()
        .map(|(file, contents)| {
            let path = dir.join(file);
            std::fs::write(&path, contents).expect("write doc");
            path
        })
        .collect()
}

fn check_mermaid(files: &[PathBuf]) -> Output {
    let args: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    support::run_node("check-mermaid.mjs", &args)
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// Asserts that every block parsed and that the checker saw at least `minimum` blocks.
fn assert_mermaid_parses(files: &[PathBuf], minimum: usize) {
    let output = check_mermaid(files);
    let report = text(&output);
    assert!(output.status.success(), "Mermaid rejected a generated diagram:\n{report}");

    let passed: usize = report
        .lines()
        .find_map(|line| line.strip_prefix("mermaid: ")?.split(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no summary line from check-mermaid.mjs:\n{report}"));
    assert!(passed >= minimum, "expected at least {minimum} Mermaid blocks, the checker parsed {passed}:\n{report}");
}

fn fixture() -> PathBuf {
    support::workspace().join("codegen/tests/fixtures/full")
}

#[test]
fn fixture_docs_snapshots() {
    let docs = docs(&render(&fixture()));
    let names: Vec<&str> = docs.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["README.md", "base.md", "shop.md"]);

    for (name, contents) in &docs {
        insta::assert_snapshot!(format!("docs_{name}"), contents);
    }
}

#[test]
fn fixture_docs_deterministic() {
    assert_eq!(docs(&render(&fixture())), docs(&render(&fixture())));
}

#[test]
fn fixture_mermaid_parses() {
    let files = write_docs("fixture", &docs(&render(&fixture())));
    // README graph, one ER diagram per object page, one state diagram in shop.
    assert_mermaid_parses(&files, 4);
}

#[test]
fn specs_mermaid_parses() {
    let specs = support::workspace().join("specs");
    let spec_count = support::yaml_files(&specs).len();
    assert!(spec_count > 0, "{} holds no spec files", specs.display());

    let docs = docs(&render(&specs));
    assert_eq!(docs.len(), spec_count + 1, "expected one page per spec plus README.md");
    let files = write_docs("specs", &docs);
    assert_mermaid_parses(&files, spec_count + 1);
}

#[test]
fn checker_rejects_broken_block() {
    let dir = temp_dir("broken");
    let path = dir.join("broken.md");
    let markdown = "# Broken\n\n```mermaid\ngraph TD\n    A --> B\n```\n\n```mermaid\nerDiagram\n    A ||--o{ B has\n```\n";
    std::fs::write(&path, markdown).expect("write broken.md");

    let output = check_mermaid(std::slice::from_ref(&path));
    let report = text(&output);
    assert_eq!(output.status.code(), Some(1), "the checker accepted a broken block:\n{report}");
    assert!(report.contains("broken.md: mermaid block 2 (line 8)"), "the failure does not name the file and block:\n{report}");
    assert!(report.contains("mermaid: 1 passed, 1 failed"), "wrong summary:\n{report}");
}

#[test]
fn checker_rejects_unclosed_fence() {
    let dir = temp_dir("unclosed");
    let path = dir.join("unclosed.md");
    std::fs::write(&path, "```mermaid\ngraph TD\n    A --> B\n").expect("write unclosed.md");

    let output = check_mermaid(&[path]);
    let report = text(&output);
    assert_eq!(output.status.code(), Some(1), "the checker accepted an unclosed block:\n{report}");
    assert!(report.contains("never closed"), "{report}");
}

/// Names that are Mermaid keywords: tables `end`, `one`, `to` and `class` (erDiagram), a column
/// `pk` and an enum type `Uk` (attribute keys), states `note`, `state`, `class` and `default`
/// (stateDiagram), and objects `end` and `graph` (flowchart).
const AWKWARD_BASE: &str = r#"
object: graph
description: "A base with a description that has | pipes, \"quotes\" and
  a second line."
tables:
  end:
    columns:
      id: { type: text, primary_key: true }
      pk: { type: text, description: "A column named pk | with a pipe." }
"#;

const AWKWARD: &str = r#"
object: end
extends: graph
types:
  Uk:
    values: [a, b]
tables:
  one:
    columns:
      id: { type: text, primary_key: true }
      end_id: { type: text, references: end.id }
      to_id: { type: text?, references: to.id }
      kind: { type: Uk, default: a }
      state: { enum: [note, state, class, default], default: note }
  to:
    columns:
      id: { type: text, primary_key: true }
      one_id: { type: text, unique: true, references: class.id }
      maybe_id: { type: text?, unique: true, references: class.id }
  class:
    columns:
      id: { type: text, primary_key: true }
state_machines:
  lifecycle:
    column: one.state
    initial: note
    transitions:
      note: [state, class]
      state: [default]
      class: []
      default: []
"#;

fn awkward_docs() -> Vec<(String, String)> {
    let specs = temp_dir("awkward-specs");
    std::fs::write(specs.join("graph.yaml"), AWKWARD_BASE).expect("write graph.yaml");
    std::fs::write(specs.join("end.yaml"), AWKWARD).expect("write end.yaml");
    docs(&render(&specs))
}

fn page<'a>(docs: &'a [(String, String)], name: &str) -> &'a str {
    docs.iter().find(|(file, _)| file == name).map(|(_, contents)| contents.as_str()).expect("page generated")
}

#[test]
fn keyword_names_parse() {
    let docs = awkward_docs();
    let files = write_docs("awkward", &docs);
    assert_mermaid_parses(&files, 4);
}

#[test]
fn relationships_follow_key_shape() {
    let docs = awkward_docs();
    let end = page(&docs, "end.md");
    assert!(end.contains(r#""ONE" }o--|| "END" : "end_id""#), "non-null foreign key:\n{end}");
    assert!(end.contains(r#""ONE" }o--o| "TO" : "to_id""#), "nullable foreign key:\n{end}");
    assert!(end.contains(r#""TO" |o--|| "CLASS" : "one_id""#), "unique foreign key:\n{end}");
    assert!(end.contains(r#""TO" |o--o| "CLASS" : "maybe_id""#), "unique nullable foreign key:\n{end}");
}

#[test]
fn keywords_escaped_in_diagrams() {
    let docs = awkward_docs();
    let end = page(&docs, "end.md");
    assert!(end.contains("        text `pk`\n"), "column `pk` not in backticks:\n{end}");
    assert!(end.contains("        `Uk` kind\n"), "type `Uk` not in backticks:\n{end}");
    assert!(end.contains("    state \"note\" as state_note\n"), "state `note` not declared with an id:\n{end}");
    assert!(end.contains("    [*] --> state_note\n"), "initial state not by its id:\n{end}");
    assert!(end.contains("    state_class --> [*]\n"), "terminal state not by its id:\n{end}");

    let readme = page(&docs, "README.md");
    assert!(readme.contains("    End -->|extends| Graph\n"), "extends edge missing:\n{readme}");
}

#[test]
fn table_cells_escaped() {
    let docs = awkward_docs();
    let graph = page(&docs, "graph.md");
    assert!(graph.contains("| A column named pk \\| with a pipe. |"), "pipe in a cell not escaped:\n{graph}");

    let readme = page(&docs, "README.md");
    let row = readme.lines().find(|line| line.starts_with("| [graph]")).expect("README row of graph");
    assert!(row.contains("has \\| pipes, \"quotes\" and a second line."), "description cell not on one escaped line:\n{row}");
}
