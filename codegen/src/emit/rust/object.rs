//! The view of one object's module, `src/<object>.rs`.

use super::declaration::declaration_view;
use super::docs::paragraphs;
use super::items;
use super::methods::methods_view;
use super::tables::table_views;
use super::naming::event_struct;
use super::view::{string_literal, EventEnumView, EventVariantView, ObjectView};
use crate::diagnostic::Diagnostics;
use crate::generate::Outputs;
use crate::model::{NamedTypeKind, Object};

/// Builds the view of an object's module. `outputs` must already contain the object's migrations.
///
/// NOTE: items inherited from a base object (its types, rows, params and table accessors) are
/// declared again in every module that extends it, where a `pub use` of the base module would do.
/// The copies are identical; together they are most of the base module (generated/src/do.rs).
pub fn object_view(object: &Object, outputs: &Outputs) -> Result<ObjectView, Diagnostics> {
    let summary = format!("Types of the `{}` object, generated from its spec by `cargo run -p codegen`.", object.name);

    let mut enums = Vec::new();
    let mut structs = Vec::new();
    for named in &object.types {
        match &named.kind {
            NamedTypeKind::Enum(values) => enums.push(items::enumeration(named, values)),
            NamedTypeKind::Record(fields) => structs.push(items::record(named, fields)),
        }
    }
    structs.extend(object.tables.iter().map(items::row));
    structs.extend(object.methods.iter().map(items::params));
    structs.extend(object.events.iter().map(items::event_payload));

    let event_enum = (!object.events.is_empty()).then(|| EventEnumView {
        variants: object
            .events
            .iter()
            .map(|event| EventVariantView { ident: event_struct(event), name: string_literal(&event.name) })
            .collect(),
    });

    Ok(ObjectView {
        object: string_literal(&object.name),
        class: string_literal(&object.class),
        docs: paragraphs(&[&summary, &object.description]),
        methods: object.methods.iter().map(|method| string_literal(&method.wire_name)).collect(),
        events: object.events.iter().map(|event| string_literal(&event.name)).collect(),
        enums,
        structs,
        event_enum,
        declaration: declaration_view(object, outputs)?,
        calls: methods_view(object),
        tables: table_views(object)?,
    })
}
