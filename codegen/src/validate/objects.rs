//! Object-level checks (names, files, `extends` chains) and lowering a merged spec into an [`Object`].

use std::collections::BTreeMap;

use super::merge::Merged;
use super::scope::Scope;
use super::{access, cycles, events, methods, named_types, routes, state_machines, tables};
use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::Object;
use crate::names::{is_snake_case, pascal_case, reserved_snake};

/// Checks object names and returns, for each valid spec, its chain: the spec, its base, the base's base...
pub fn resolve_chains<'a>(specs: &'a [LoadedSpec], diagnostics: &mut Diagnostics) -> Vec<Vec<&'a LoadedSpec>> {
    let mut by_name: BTreeMap<&str, &LoadedSpec> = BTreeMap::new();
    for spec in specs {
        let name = spec.spec.object.as_str();
        if !check_object_name(spec, diagnostics) {
            continue;
        }
        if let Some(first) = by_name.get(name) {
            let message = format!("object `{name}` is also declared in {}", first.file.display());
            diagnostics.push(spec.diagnostic("object", message).with_help("give each object its own name"));
            continue;
        }
        by_name.insert(name, spec);
    }

    let mut chains = Vec::new();
    for spec in by_name.values() {
        let mut chain = vec![*spec];
        let mut current = *spec;
        while let Some(base) = current.spec.extends.as_deref() {
            let Some(base_spec) = by_name.get(base) else {
                let known: Vec<&str> = by_name.keys().copied().filter(|name| *name != current.spec.object).collect();
                let message = format!("`extends` names `{base}`, which is not an object in this directory");
                let help = if known.is_empty() {
                    format!("add `{base}.yaml` to the spec folder, or remove `extends`")
                } else {
                    format!("use one of: {}", known.join(", "))
                };
                diagnostics.push(current.diagnostic("extends", message).with_help(help));
                break;
            };
            if chain.iter().any(|seen| seen.spec.object == base) {
                let cycle: Vec<&str> = chain.iter().map(|item| item.spec.object.as_str()).chain([base]).collect();
                let message = format!("`extends` forms a cycle: {}", cycle.join(" -> "));
                diagnostics.push(current.diagnostic("extends", message).with_help("remove one of the `extends` keys"));
                break;
            }
            chain.push(base_spec);
            current = base_spec;
        }
        chains.push(chain);
    }
    chains
}

fn check_object_name(spec: &LoadedSpec, diagnostics: &mut Diagnostics) -> bool {
    let name = spec.spec.object.as_str();
    if !is_snake_case(name) {
        let message = format!("invalid object name `{name}`");
        let help = "use snake_case: a lowercase letter, then lowercase letters, digits and single underscores";
        diagnostics.push(spec.diagnostic("object", message).with_help(help));
        return false;
    }
    if let Some(reason) = reserved_snake(name) {
        let message = format!("object name `{name}` is reserved: {reason}");
        diagnostics.push(spec.diagnostic("object", message).with_help("choose another name"));
        return false;
    }
    if matches!(name, "client" | "index") {
        let message = format!("object name `{name}` is reserved: the TypeScript output has a module of that name");
        diagnostics.push(spec.diagnostic("object", message).with_help("choose another name"));
        return false;
    }
    let stem = spec.file.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
    if stem != name {
        let message = format!("object `{name}` is declared in a file named `{stem}`");
        let help = format!("rename the file to `{name}.yaml`, or the object to `{stem}`");
        diagnostics.push(spec.diagnostic("object", message).with_help(help));
        return false;
    }
    true
}

/// Lowers a merged spec; problems are reported and the offending items left out.
pub fn lower(merged: &Merged, diagnostics: &mut Diagnostics) -> Object {
    let own = &merged.own.spec;
    let mut scope = Scope::default();

    let permissions = access::permissions(merged, diagnostics);
    let roles = access::roles(merged, &permissions, diagnostics);
    let errors = access::errors(merged, diagnostics);
    named_types::declare(merged, &mut scope, diagnostics);
    tables::declare_rows(merged, &mut scope, diagnostics);
    let types = named_types::lower(merged, &scope, diagnostics);
    let tables = tables::lower(merged, &scope, diagnostics);
    let methods = methods::lower(merged, &scope, &permissions, &errors, diagnostics);
    let events = events::lower(merged, &scope, diagnostics);
    let state_machines = state_machines::lower(merged, &tables, diagnostics);

    routes::check(merged, &methods, diagnostics);
    cycles::check_records(merged, &types, diagnostics);
    cycles::check_foreign_keys(merged, &tables, diagnostics);

    Object {
        name: own.object.clone(),
        class: pascal_case(&own.object),
        description: own.description.trim().to_string(),
        file: merged.own.file.clone(),
        extends: own.extends.clone(),
        allow_destructive: own.allow_destructive,
        permissions,
        roles,
        errors,
        types,
        tables,
        methods,
        events,
        state_machines,
    }
}
