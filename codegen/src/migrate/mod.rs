//! The migration planner: diffs each object's tables against its committed schema snapshot.

use crate::generate::{GenerateError, Generator};

/// `codegen plan <object>`: the migration the current spec would produce, without writing it.
pub fn plan_command(generator: &Generator, object: &str) -> Result<String, GenerateError> {
    let project = generator.project()?;
    let _ = project.object(object);
    // TODO: the planner lands with the migrations emitter.
    Ok(String::new())
}
