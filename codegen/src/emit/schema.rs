//! The JSON Schema of the spec format, derived from the `spec` types.

use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;
use crate::spec::SpecFile;

/// Path of the schema under the output folder.
pub const PATH: &str = "schema/spec.schema.json";

/// Returns the JSON Schema of a spec file, pretty-printed with a trailing newline.
pub fn spec_schema() -> String {
    let schema = schemars::schema_for!(SpecFile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

pub fn emit(_project: &Project, _context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    outputs.add(PATH, spec_schema());
    Ok(())
}
