//! Every spec under fixtures/bad/ is rejected, and its messages are snapshotted.
//!
//! A file is validated on its own; a folder is validated as one spec directory (for cases that
//! need several objects, such as `extends` cycles).

use std::path::{Path, PathBuf};

use codegen::diagnostic::Diagnostics;
use codegen::{load, validate};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// Loads and validates one case; returns the diagnostics it must produce.
fn diagnostics_of(case: &Path) -> Diagnostics {
    let loaded = if case.is_dir() {
        load::load_dir(case)
    } else {
        load::load_file(case).map(|spec| vec![spec])
    };
    let result = loaded.and_then(|specs| validate::validate(&specs).map(|_| ()));
    match result {
        Ok(()) => panic!("{} was accepted, but every spec under fixtures/bad must be rejected", case.display()),
        Err(diagnostics) => diagnostics,
    }
}

#[test]
fn bad_specs_rejected_with_messages() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures/bad exists")
        .map(|entry| entry.expect("readable entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "expected the full set of bad specs, found {}", cases.len());

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for case in cases {
        let diagnostics = diagnostics_of(&case);
        assert!(!diagnostics.is_empty(), "{} produced no diagnostics", case.display());
        for diagnostic in &diagnostics.0 {
            assert!(diagnostic.help.is_some() || diagnostic.message.contains("invalid YAML"), "no help in: {diagnostic}");
        }

        // Paths relative to the crate, so snapshots do not depend on the checkout folder.
        let text = diagnostics.to_string().replace(&format!("{}/", root.display()), "");
        let name = case.file_stem().and_then(|stem| stem.to_str()).expect("utf-8 name").to_string();
        insta::with_settings!({ snapshot_suffix => name, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("bad_spec", text);
        });
    }
}

#[test]
fn positions_point_at_the_key() {
    let diagnostics = diagnostics_of(&fixtures().join("unknown_type.yaml"));
    let diagnostic = &diagnostics.0[0];
    assert_eq!(diagnostic.path, "methods.close_round.params.amount");
    assert_eq!((diagnostic.line, diagnostic.column), (Some(8), Some(7)));
}
