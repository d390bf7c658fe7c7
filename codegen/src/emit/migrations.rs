//! SQL migrations and schema snapshots: `migrations/<object>/NNNN_<name>.sql` and
//! `migrations/<object>/schema.json`, planned by [`crate::migrate`].
//!
//! Committed migration files are added to the outputs unchanged, so `codegen check` compares
//! them too. This emitter never rewrites one.

use crate::diagnostic::Diagnostics;
use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::migrate;
use crate::model::Project;

/// Plans every object's next migration and reports the problems of all objects together.
pub fn emit(project: &Project, context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    let mut diagnostics = Diagnostics::default();
    for object in &project.objects {
        match migrate::object_migrations(project, object, context) {
            Ok(migrations) => {
                for file in migrations.files() {
                    outputs.add(&file.path, file.text.clone());
                }
            }
            Err(GenerateError::Spec(found)) => diagnostics.extend(found),
            Err(other) => return Err(other),
        }
    }
    diagnostics.into_result(()).map_err(GenerateError::Spec)
}
