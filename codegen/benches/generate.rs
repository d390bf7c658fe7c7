//! How long regenerating every output from the ten specs takes, in memory (no file writes).
//!
//! Run: `cargo bench -p codegen --bench generate`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

fn regenerate_all(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let generator = codegen::Generator::new(root.join("specs"), root.join("generated"));
    // Fail before measuring if the specs do not generate.
    generator.render().expect("the specs generate");

    c.bench_function("load, validate and render all specs", |b| b.iter(|| generator.render().expect("render")));
    c.bench_function("load and validate all specs", |b| b.iter(|| generator.project().expect("validate")));
}

criterion_group!(benches, regenerate_all);
criterion_main!(benches);
