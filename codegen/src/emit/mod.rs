//! Emitters: one module per output, each reading the validated model and adding files to [`Outputs`].

pub mod schema;

use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;

/// Runs every emitter.
pub fn all(project: &Project, context: &EmitContext) -> Result<Outputs, GenerateError> {
    let mut outputs = Outputs::default();
    schema::emit(project, context, &mut outputs)?;
    Ok(outputs)
}
