//! Merging a spec with the base spec it extends.
//!
//! Each item keeps the file it came from, so that errors point into the file that declared it.

use indexmap::IndexMap;

use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::Origin;
use crate::spec::{ErrorSpec, EventSpec, MethodSpec, StateMachineSpec, TableSpec, TypeSpec};

/// One item of a merged spec and where it was declared.
pub struct Item<'a, T> {
    pub name: &'a str,
    pub spec: &'a T,
    pub source: &'a LoadedSpec,
    pub origin: Origin,
}

impl<T> Item<'_, T> {
    /// Returns the key path of this item inside its file, such as `tables.founders`.
    pub fn path(&self, section: &str) -> String {
        format!("{section}.{}", self.name)
    }
}

/// A spec with the items of its base chain, base items first.
pub struct Merged<'a> {
    pub own: &'a LoadedSpec,
    pub permissions: Vec<Item<'a, String>>,
    pub roles: Vec<Item<'a, Vec<String>>>,
    pub errors: Vec<Item<'a, ErrorSpec>>,
    pub types: Vec<Item<'a, TypeSpec>>,
    pub tables: Vec<Item<'a, TableSpec>>,
    pub methods: Vec<Item<'a, MethodSpec>>,
    pub events: Vec<Item<'a, EventSpec>>,
    pub state_machines: Vec<Item<'a, StateMachineSpec>>,
}

/// Merges `chain` (the object first, then its base, then the base's base) into one list of items.
/// A name declared twice along the chain is an error: an object cannot shadow its base.
pub fn merge<'a>(chain: &[&'a LoadedSpec], diagnostics: &mut Diagnostics) -> Merged<'a> {
    let own = chain[0];
    let mut merged = Merged {
        own,
        permissions: Vec::new(),
        roles: Vec::new(),
        errors: Vec::new(),
        types: Vec::new(),
        tables: Vec::new(),
        methods: Vec::new(),
        events: Vec::new(),
        state_machines: Vec::new(),
    };

    for (depth, source) in chain.iter().enumerate().rev() {
        let origin = if depth == 0 { Origin::Own } else { Origin::Base };
        let spec = &source.spec;
        add(&mut merged.permissions, &spec.permissions, source, origin, "permissions", diagnostics);
        add(&mut merged.roles, &spec.roles, source, origin, "roles", diagnostics);
        add(&mut merged.errors, &spec.errors, source, origin, "errors", diagnostics);
        add(&mut merged.types, &spec.types, source, origin, "types", diagnostics);
        add(&mut merged.tables, &spec.tables, source, origin, "tables", diagnostics);
        add(&mut merged.methods, &spec.methods, source, origin, "methods", diagnostics);
        add(&mut merged.events, &spec.events, source, origin, "events", diagnostics);
        add(&mut merged.state_machines, &spec.state_machines, source, origin, "state_machines", diagnostics);
    }
    merged
}

fn add<'a, T>(
    items: &mut Vec<Item<'a, T>>,
    section: &'a IndexMap<String, T>,
    source: &'a LoadedSpec,
    origin: Origin,
    section_name: &str,
    diagnostics: &mut Diagnostics,
) {
    for (name, spec) in section {
        if let Some(existing) = items.iter().find(|item| item.name == name) {
            let message = format!(
                "`{name}` is already declared in `{section_name}` of the base object `{}`",
                existing.source.spec.object
            );
            let help = "an object cannot redefine what its base declares; choose another name";
            diagnostics.push(source.diagnostic(&format!("{section_name}.{name}"), message).with_help(help));
            continue;
        }
        items.push(Item { name, spec, source, origin });
    }
}
