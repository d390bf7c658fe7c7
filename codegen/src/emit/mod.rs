//! Emitters: one module per output, each reading the validated model and adding files to [`Outputs`].

pub mod rust;
pub mod docs;
pub mod schema;
pub mod typescript;
pub mod openapi;
pub mod migrations;
pub mod workers;

use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;

/// Runs every emitter. The migrations and Rust emitters run on one thread, because the Rust
/// modules embed the migration files, and the others run on a second. Formatting Rust is most of
/// the run time, so a run takes about as long as the Rust side.
pub fn all(project: &Project, context: &EmitContext) -> Result<Outputs, GenerateError> {
    let (rust_side, other_side) = std::thread::scope(|scope| {
        let rust_side = scope.spawn(|| -> Result<Outputs, GenerateError> {
            let mut outputs = Outputs::default();
            migrations::emit(project, context, &mut outputs)?;
            rust::emit(project, context, &mut outputs)?;
            Ok(outputs)
        });

        let mut outputs = Outputs::default();
        let other_side = schema::emit(project, context, &mut outputs)
            .and_then(|()| docs::emit(project, context, &mut outputs))
            .and_then(|()| typescript::emit(project, context, &mut outputs))
            .and_then(|()| openapi::emit(project, context, &mut outputs))
            .and_then(|()| workers::emit(project, context, &mut outputs))
            .map(|()| outputs);

        let rust_side = rust_side.join().unwrap_or_else(|_| {
            Err(GenerateError::RustSyntax { path: "src".into(), message: "the Rust emitter panicked".into() })
        });
        (rust_side, other_side)
    });

    let mut outputs = rust_side?;
    outputs.extend(other_side?);
    Ok(outputs)
}
