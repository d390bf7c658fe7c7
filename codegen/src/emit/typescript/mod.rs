//! The TypeScript client: `ts/<object>.ts` per object (types and a typed client class),
//! `ts/client.ts` (the shared fetch and WebSocket runtime) and `ts/index.ts`.
//!
//! Modules import each other with `.js` suffixes, as ES modules under `NodeNext` and bundlers
//! expect. This emitter never writes an identifier that is a JavaScript reserved word.

mod declared;
mod module;
pub mod syntax;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::{Object, Project};
use crate::names::camel_case;

/// Module names the runtime and the index take, so no object may use them.
const RUNTIME_MODULES: &[&str] = &["client", "index"];

/// camelCase names `ts/client.ts` exports, which the index re-exports beside the object namespaces.
const RUNTIME_FUNCTIONS: &[&str] = &["isDotdoError"];

#[derive(Serialize)]
struct IndexView {
    objects: Vec<IndexEntry>,
}

#[derive(Serialize)]
struct IndexEntry {
    /// The module file stem: the object name.
    module: String,
    /// The namespace the index exports the module as.
    namespace: String,
    client: String,
}

pub fn emit(project: &Project, context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    let mut diagnostics = Diagnostics::default();
    let mut modules = Vec::new();
    for object in &project.objects {
        if RUNTIME_MODULES.contains(&object.name.as_str()) {
            diagnostics.push(module_name_taken(object));
            continue;
        }
        match module::build(object) {
            Ok(view) => modules.push(view),
            Err(found) => diagnostics.extend(found),
        }
    }
    let index = index_view(&project.objects, &mut diagnostics);
    if !diagnostics.is_empty() {
        return Err(GenerateError::Spec(diagnostics));
    }

    outputs.add("ts/client.ts", context.render("ts/client.ts.j2", ())?);
    for view in &modules {
        outputs.add(format!("ts/{}.ts", view.object), context.render("ts/object.ts.j2", view)?);
    }
    outputs.add("ts/index.ts", context.render("ts/index.ts.j2", index)?);
    Ok(())
}

fn module_name_taken(object: &Object) -> Diagnostic {
    let message = format!("object name `{}` is taken by the TypeScript runtime module `ts/{}.ts`", object.name, object.name);
    Diagnostic::new(&object.file, "object", message).with_help("choose another object name")
}

/// Lists every object for the index; two objects whose names meet in camelCase are reported.
fn index_view(objects: &[Object], diagnostics: &mut Diagnostics) -> IndexView {
    let mut entries: Vec<IndexEntry> = Vec::new();
    for object in objects {
        let namespace = syntax::identifier(&camel_case(&object.name));
        let client = format!("{}Client", object.class);
        if RUNTIME_FUNCTIONS.contains(&namespace.as_str()) {
            let message = format!("object `{}` becomes `{namespace}` in TypeScript, which the runtime exports", object.name);
            diagnostics.push(Diagnostic::new(&object.file, "object", message).with_help("choose another object name"));
            continue;
        }
        if let Some(other) = entries.iter().find(|entry| entry.namespace == namespace || entry.client == client) {
            let message = format!(
                "objects `{}` and `{}` both become `{namespace}` and `{client}` in TypeScript",
                other.module, object.name
            );
            diagnostics.push(Diagnostic::new(&object.file, "object", message).with_help("rename one of the objects"));
            continue;
        }
        entries.push(IndexEntry { module: object.name.clone(), namespace, client });
    }
    IndexView { objects: entries }
}
