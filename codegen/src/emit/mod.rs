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

/// Runs every emitter.
pub fn all(project: &Project, context: &EmitContext) -> Result<Outputs, GenerateError> {
    let mut outputs = Outputs::default();
    schema::emit(project, context, &mut outputs)?;
    docs::emit(project, context, &mut outputs)?;
    // Before rust: the Rust modules embed the migration files this adds.
    migrations::emit(project, context, &mut outputs)?;
    rust::emit(project, context, &mut outputs)?;
    typescript::emit(project, context, &mut outputs)?;
    openapi::emit(project, context, &mut outputs)?;
    workers::emit(project, context, &mut outputs)?;
    Ok(outputs)
}
