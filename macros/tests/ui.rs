//! Cases of `#[durable_object]`: compile-fail ones, one file per diagnostic with its expected
//! stderr, and passing ones under `ui/pass/`, which are built and run.
//!
//! Regenerate the expected output after an intended change with `TRYBUILD=overwrite cargo test -p macros`.

#[test]
fn diagnostics() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
