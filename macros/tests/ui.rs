//! Compile-fail cases of `#[durable_object]`: one file per diagnostic, with its expected stderr.
//!
//! Regenerate the expected output after an intended change with `TRYBUILD=overwrite cargo test -p macros`.

#[test]
fn diagnostics() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
