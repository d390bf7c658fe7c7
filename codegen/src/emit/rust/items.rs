//! Views of the items in an object module: records, enums, rows, method parameters and event
//! payloads.

use super::docs::paragraphs;
use super::naming::{event_struct, params_struct, variant_ident, variant_needs_rename};
use super::types::{base64_module, core_scalar, rust_type, serde_camel_case};
use super::view::{string_literal, ConstantView, EnumView, FieldView, StructView, VariantView};
use crate::model::{Column, ColumnType, Event, Field, Method, NamedType, Scalar, Table};
use crate::names::rust_ident;

/// The wire behaviour of a struct's optional fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Optional {
    /// Written as `null`; a missing field reads as `None` (rows, records, event payloads).
    Null,
    /// Left out when `None`; a missing field reads as `None` (method parameters).
    Omitted,
}

pub fn record(named: &NamedType, fields: &[Field]) -> StructView {
    StructView {
        name: named.name.clone(),
        docs: paragraphs(&[&named.description]),
        deny_unknown_fields: false,
        fields: fields.iter().map(|field| field_view(field, Optional::Null, Vec::new())).collect(),
        constants: Vec::new(),
    }
}

pub fn enumeration(named: &NamedType, values: &[String]) -> EnumView {
    let variants = values
        .iter()
        .map(|value| {
            let ident = variant_ident(value);
            let rename = variant_needs_rename(&ident, value);
            VariantView { ident, value: string_literal(value), rename }
        })
        .collect();
    EnumView { name: named.name.clone(), docs: paragraphs(&[&named.description]), variants }
}

pub fn row(table: &Table) -> StructView {
    let summary = format!("A row of the `{}` table.", table.name);
    let columns: Vec<String> = table.columns.iter().map(|column| string_literal(&column.name)).collect();
    let constants = vec![
        ConstantView {
            docs: vec!["Name of the table in SQL.".to_string()],
            name: "TABLE".to_string(),
            ty: "&'static str".to_string(),
            value: string_literal(&table.name),
        },
        ConstantView {
            docs: vec!["Names of the columns in SQL, in declaration order.".to_string()],
            name: "COLUMNS".to_string(),
            ty: "&'static [&'static str]".to_string(),
            value: format!("&[{}]", columns.join(", ")),
        },
    ];
    StructView {
        name: table.row.clone(),
        docs: paragraphs(&[&summary, &table.description]),
        deny_unknown_fields: false,
        fields: table.columns.iter().map(column_view).collect(),
        constants,
    }
}

pub fn params(method: &Method) -> StructView {
    let summary = format!("Parameters of the `{}` method.", method.wire_name);
    let constant = ConstantView {
        docs: vec!["Wire name of the method.".to_string()],
        name: "METHOD".to_string(),
        ty: "&'static str".to_string(),
        value: string_literal(&method.wire_name),
    };
    StructView {
        name: params_struct(method),
        docs: paragraphs(&[&summary, &method.description]),
        deny_unknown_fields: true,
        fields: method.params.iter().map(|field| field_view(field, Optional::Omitted, Vec::new())).collect(),
        constants: vec![constant],
    }
}

pub fn event_payload(event: &Event) -> StructView {
    let summary = format!("Payload of the `{}` event.", event.name);
    let constant = ConstantView {
        docs: vec!["Name of the event.".to_string()],
        name: "NAME".to_string(),
        ty: "&'static str".to_string(),
        value: string_literal(&event.name),
    };
    StructView {
        name: event_struct(event),
        docs: paragraphs(&[&summary, &event.description]),
        deny_unknown_fields: false,
        fields: event.payload.iter().map(|field| field_view(field, Optional::Null, Vec::new())).collect(),
        constants: vec![constant],
    }
}

/// Builds the row field of a column. An inline enum column is a `String`, documented with its values.
fn column_view(column: &Column) -> FieldView {
    let mut notes = Vec::new();
    if let ColumnType::Enum { type_name: None, values } = &column.ty {
        let listed: Vec<String> = values.iter().map(|value| format!("`{value}`")).collect();
        notes.push(format!("One of {}.", listed.join(", ")));
    }
    field_view(&column.field(), Optional::Null, notes)
}

fn field_view(field: &Field, optional: Optional, notes: Vec<String>) -> FieldView {
    let ident = rust_ident(&field.name);
    let mut serde = Vec::new();

    if ident.starts_with("r#") || serde_camel_case(&field.name) != field.wire_name {
        serde.push(format!("rename = {}", string_literal(&field.wire_name)));
    }
    let base64 = base64_module(&field.ty);
    if field.ty.is_optional() {
        match optional {
            Optional::Omitted => {
                serde.push("default".to_string());
                serde.push("skip_serializing_if = \"Option::is_none\"".to_string());
            }
            // serde_derive only reads a missing `Option` field as `None` without a `with` module.
            Optional::Null if base64.is_some() => serde.push("default".to_string()),
            Optional::Null => {}
        }
    }
    if let Some(module) = base64 {
        serde.push(format!("with = {}", string_literal(module)));
    }

    let mut parts = vec![field.description.as_str()];
    parts.extend(notes.iter().map(String::as_str));
    if core_scalar(&field.ty) == Some(Scalar::Timestamp) {
        parts.push("Milliseconds since the Unix epoch, UTC.");
    }

    FieldView { ident, ty: rust_type(&field.ty), docs: paragraphs(&parts), serde }
}
