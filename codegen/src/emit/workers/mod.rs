//! Cloudflare Workers configuration: `workers/wrangler.toml` for `wrangler deploy` and
//! `workers/workerd.capnp` for local runs in workerd, from the spec folder's `workers.toml`.
//!
//! Each exported class gets a Durable Object binding named after the class in upper case
//! (`COUNTER`), whose class is the PascalCase name with `Object` appended (`CounterObject`), the
//! name the `worker` crate exports it under, and SQLite storage (`new_sqlite_classes`).

pub mod manifest;

use serde::Serialize;

use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;
use crate::names::pascal_case;
use manifest::Manifest;

#[derive(Serialize)]
struct View<'a> {
    name: &'a str,
    compatibility_date: &'a str,
    classes: Vec<ClassView>,
}

#[derive(Serialize)]
struct ClassView {
    object: String,
    binding: String,
    class_name: String,
}

pub fn emit(project: &Project, context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    let Some(specs_dir) = &context.specs_dir else { return Ok(()) };
    let Some(manifest) = Manifest::read(specs_dir, project).map_err(|diagnostic| GenerateError::Spec((*diagnostic).into()))?
    else {
        return Ok(());
    };

    let view = View {
        name: &manifest.name,
        compatibility_date: &manifest.compatibility_date,
        classes: manifest
            .classes()
            .into_iter()
            .map(|object| ClassView {
                object: object.to_string(),
                binding: object.to_ascii_uppercase(),
                class_name: format!("{}Object", pascal_case(object)),
            })
            .collect(),
    };
    outputs.add("workers/wrangler.toml", context.render("workers/wrangler.toml.j2", &view)?);
    outputs.add("workers/workerd.capnp", context.render("workers/workerd.capnp.j2", &view)?);
    Ok(())
}
