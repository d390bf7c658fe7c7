//! The Rust emitter: the sources of the `generated` crate, one module per object with its types,
//! its declaration for the runtime (`INFO`, `MIGRATIONS`, `ROUTES`), the `Methods` trait, the
//! dispatcher, typed table accessors and the client stub.
//!
//! Each file is rendered from a template under `templates/rust/`, then parsed with `syn` and
//! formatted with `prettyplease`. `MIGRATIONS` embeds the migration files with `include_str!`,
//! so the migrations emitter must run first.

mod declaration;
mod docs;
mod format;
mod items;
mod methods;
mod naming;
mod object;
mod tables;
mod types;
mod view;

use std::path::PathBuf;

use crate::diagnostic::Diagnostics;
use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;
use crate::names::rust_ident;

use view::LibView;

pub fn emit(project: &Project, context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    check_names(project)?;

    let modules = project.objects.iter().map(|object| rust_ident(&object.name)).collect();
    let lib = LibView { modules, wire_module: naming::WIRE_MODULE.to_string() };
    add_rust(outputs, "src/lib.rs".into(), &context.render("rust/lib.rs.j2", &lib)?)?;

    let wire_path = PathBuf::from(format!("src/{}.rs", naming::WIRE_MODULE));
    add_rust(outputs, wire_path, &context.render("rust/wire.rs.j2", ())?)?;

    let mut sources = Vec::new();
    for object in &project.objects {
        let view = object::object_view(object, outputs)?;
        let source = context.render("rust/object.rs.j2", &view)?;
        sources.push((PathBuf::from(format!("src/{}.rs", object.name)), source));
    }
    for (path, formatted) in format_all(sources)? {
        outputs.add(path, formatted);
    }
    Ok(())
}

/// Formats the object modules on every available core: parsing and pretty-printing the Rust is
/// most of the generator's run time.
fn format_all(sources: Vec<(PathBuf, String)>) -> Result<Vec<(PathBuf, String)>, GenerateError> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(sources.len()).max(1);
    let chunk_size = sources.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = sources
            .chunks(chunk_size)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(path, source)| Ok((path.clone(), format::format_rust(path, source)?)))
                        .collect::<Result<Vec<_>, GenerateError>>()
                })
            })
            .collect();
        let mut formatted = Vec::new();
        for worker in workers {
            let chunk = worker.join().map_err(|_| GenerateError::RustSyntax {
                path: PathBuf::from("src"),
                message: "the formatter thread panicked".to_string(),
            })??;
            formatted.extend(chunk);
        }
        Ok(formatted)
    })
}

/// Reports every generated name that clashes, for all objects at once.
fn check_names(project: &Project) -> Result<(), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    if let Err(found) = naming::check_modules(project) {
        diagnostics.extend(found);
    }
    for object in &project.objects {
        if let Err(found) = naming::check_object(project, object) {
            diagnostics.extend(found);
        }
    }
    diagnostics.into_result(())
}

fn add_rust(outputs: &mut Outputs, path: PathBuf, source: &str) -> Result<(), GenerateError> {
    let formatted = format::format_rust(&path, source)?;
    outputs.add(path, formatted);
    Ok(())
}
