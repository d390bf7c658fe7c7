//! Markdown docs with Mermaid diagrams: `docs/<object>.md` for every object and `docs/README.md`,
//! the map of all objects.
//!
//! The view structs carry every string already escaped for where it lands: Markdown table cells,
//! code spans, Mermaid ids and labels. The templates under `templates/docs/` only lay them out.

mod access;
mod er;
mod links;
mod markdown;
mod mermaid;
mod methods;
mod page;
mod readme;
mod states;
mod tables;
mod types;

use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;

/// Template of an object's page.
pub const OBJECT_TEMPLATE: &str = "docs/object.md.j2";
/// Template of the map of all objects.
pub const README_TEMPLATE: &str = "docs/README.md.j2";

pub fn emit(project: &Project, context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    for object in &project.objects {
        let view = page::view(project, object);
        outputs.add(format!("docs/{}.md", object.name), context.render(OBJECT_TEMPLATE, view)?);
    }
    outputs.add("docs/README.md", context.render(README_TEMPLATE, readme::view(project))?);
    Ok(())
}
