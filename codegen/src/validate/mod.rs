//! Validation: loaded spec files -> the [`Project`] model, or every problem found.
//!
//! Each check reports into one [`Diagnostics`] list and carries on, so a user sees all the
//! problems of a run at once. Nothing here panics on spec input.

mod access;
mod columns;
mod cycles;
mod events;
mod merge;
mod methods;
mod named_types;
mod objects;
mod routes;
mod scope;
mod state_machines;
mod tables;
pub mod type_expr;

use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::Project;

/// The Cloudflare Durable Object SQL limit on columns per table.
pub const MAX_COLUMNS: usize = 100;

/// Validates every spec of a directory and builds the model.
pub fn validate(specs: &[LoadedSpec]) -> Result<Project, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let chains = objects::resolve_chains(specs, &mut diagnostics);

    let mut objects = Vec::new();
    for chain in chains {
        let merged = merge::merge(&chain, &mut diagnostics);
        objects.push(objects::lower(&merged, &mut diagnostics));
    }
    objects.sort_by(|a, b| a.name.cmp(&b.name));

    // A base's own mistakes are found once per object that extends it; report each once.
    let mut seen = std::collections::HashSet::new();
    diagnostics.0.retain(|diagnostic| seen.insert(diagnostic.to_string()));
    diagnostics.into_result(Project { objects })
}
