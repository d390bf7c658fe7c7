//! Names of the Rust items the generator adds to a spec's own, and the check that they clash
//! with nothing in the same module.
//!
//! The validator checks the spec's names against each other. The names derived here
//! (`PlaceOrderParams`, `OrderPlaced`, `OrderTable`, enum variants) exist only in the Rust output, so this
//! emitter checks them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Event, Method, NamedTypeKind, Object, Origin, Project, Table};
use crate::names::{pascal_case, snake_case};

/// The crate-root module with the nested base64 helpers (`src/wire.rs`).
pub const WIRE_MODULE: &str = "wire";

/// `place_order` -> `PlaceOrderParams`.
pub fn params_struct(method: &Method) -> String {
    format!("{}Params", pascal_case(&method.name))
}

/// `OrderLine` -> `OrderLineTable`, the typed accessor of the row's table.
pub fn table_accessor(table: &Table) -> String {
    format!("{}Table", table.row)
}

/// `order.placed` -> `OrderPlaced`.
pub fn event_struct(event: &Event) -> String {
    pascal_case(&event.name.replace('.', "_"))
}

/// `normal` -> `Normal`; `self` -> `SelfValue`, because `Self` is a keyword with no raw form.
pub fn variant_ident(value: &str) -> String {
    let ident = pascal_case(value);
    if ident == "Self" {
        "SelfValue".to_string()
    } else {
        ident
    }
}

/// Set when serde's `rename_all = "snake_case"` would not turn `ident` back into `value`
/// (`mrr_2024` -> `Mrr2024` -> `mrr2024`).
pub fn variant_needs_rename(ident: &str, value: &str) -> bool {
    snake_case(ident) != value
}

/// Reports every object whose module name is taken by a generated module.
pub fn check_modules(project: &Project) -> Result<(), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    for object in &project.objects {
        if object.name == WIRE_MODULE {
            let message = format!("object name `{WIRE_MODULE}` is taken by the generated module of base64 helpers");
            diagnostics.push(Diagnostic::new(&object.file, "object", message).with_help("rename the object"));
        }
    }
    diagnostics.into_result(())
}

/// Reports every Rust type or enum variant name of an object's module that two items share.
pub fn check_object(project: &Project, object: &Object) -> Result<(), Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let base = object.extends.as_deref().and_then(|name| project.object(name));
    let file_of = |origin: Origin| match (origin, base) {
        (Origin::Base, Some(base)) => base.file.clone(),
        _ => object.file.clone(),
    };

    let mut types = TypeNames::default();
    for named in &object.types {
        let in_base = base.is_some_and(|base| base.named_type(&named.name).is_some());
        let origin = if in_base { Origin::Base } else { Origin::Own };
        let item = Item {
            file: file_of(origin),
            path: format!("types.{}", named.name),
            description: format!("type `{}`", named.name),
        };
        types.claim(&named.name, item, &mut diagnostics);
    }
    for table in &object.tables {
        let item = Item {
            file: file_of(table.origin),
            path: format!("tables.{}", table.name),
            description: format!("the row type of table `{}`", table.name),
        };
        types.claim(&table.row, item, &mut diagnostics);
        let item = Item {
            file: file_of(table.origin),
            path: format!("tables.{}", table.name),
            description: format!("the accessor of table `{}`", table.name),
        };
        types.claim(&table_accessor(table), item, &mut diagnostics);
    }
    for method in &object.methods {
        let item = Item {
            file: file_of(method.origin),
            path: format!("methods.{}", method.name),
            description: format!("the parameters of method `{}`", method.name),
        };
        types.claim(&params_struct(method), item, &mut diagnostics);
    }
    for event in &object.events {
        let item = Item {
            file: file_of(event.origin),
            path: format!("events.{}", event.name),
            description: format!("the payload of event `{}`", event.name),
        };
        types.claim(&event_struct(event), item, &mut diagnostics);
    }

    for named in &object.types {
        let NamedTypeKind::Enum(values) = &named.kind else { continue };
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for value in values {
            let ident = variant_ident(value);
            if let Some(first) = seen.insert(ident.clone(), value) {
                let message = format!("values `{first}` and `{value}` are both the Rust variant `{ident}`");
                let path = format!("types.{}.values", named.name);
                diagnostics.push(Diagnostic::new(&object.file, path, message).with_help("rename one of the values"));
            }
        }
    }

    diagnostics.into_result(())
}

/// An item of the spec that a Rust type name is generated for.
struct Item {
    file: PathBuf,
    path: String,
    description: String,
}

/// The type names of one module, each with the first item that took it.
#[derive(Default)]
struct TypeNames {
    owners: BTreeMap<String, Item>,
}

impl TypeNames {
    fn claim(&mut self, name: &str, item: Item, diagnostics: &mut Diagnostics) {
        match self.owners.get(name) {
            Some(first) => {
                let message = format!(
                    "{} would be the Rust type `{name}`, which is already {} ({})",
                    item.description, first.description, first.path
                );
                diagnostics.push(Diagnostic::new(&item.file, &item.path, message).with_help("rename one of them"));
            }
            None => {
                self.owners.insert(name.to_string(), item);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_idents() {
        assert_eq!(variant_ident("in_progress"), "InProgress");
        assert_eq!(variant_ident("self"), "SelfValue");
        assert!(!variant_needs_rename("InProgress", "in_progress"));
        assert!(variant_needs_rename("Mrr2024", "mrr_2024"));
        assert!(variant_needs_rename("SelfValue", "self"));
    }
}
