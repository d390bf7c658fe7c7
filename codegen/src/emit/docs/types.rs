//! Typed field rows and the views of named types.

use serde::Serialize;

use super::links::Links;
use super::markdown::{self, code};
use crate::model::{Field, NamedType, NamedTypeKind};

/// One row of a field table (record fields, event payloads, method parameters).
#[derive(Debug, Serialize)]
pub struct FieldRow {
    pub name: String,
    pub wire_name: String,
    pub ty: String,
    /// `yes`, or `no` for an optional type, whose value may be `null` or left out.
    pub required: String,
    pub description: String,
}

pub fn field_rows(fields: &[Field], links: &Links) -> Vec<FieldRow> {
    fields
        .iter()
        .map(|field| FieldRow {
            name: code(&field.name),
            wire_name: code(&field.wire_name),
            ty: markdown::cell(&links.type_markdown(&field.ty)),
            required: if field.ty.is_optional() { "no" } else { "yes" }.to_string(),
            description: markdown::cell(&field.description),
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct NamedTypeView {
    pub name: String,
    pub anchor: String,
    pub description: String,
    /// `record` or `enum`.
    pub kind: String,
    pub fields: Vec<FieldRow>,
    /// Code spans of the enum values.
    pub values: Vec<String>,
}

pub fn named_type_view(named: &NamedType, anchor: String, links: &Links) -> NamedTypeView {
    let (kind, fields, values) = match &named.kind {
        NamedTypeKind::Record(fields) => ("record", field_rows(fields, links), Vec::new()),
        NamedTypeKind::Enum(values) => ("enum", Vec::new(), values.iter().map(|value| code(value)).collect()),
    };
    NamedTypeView {
        name: named.name.clone(),
        anchor,
        description: markdown::paragraph(&named.description),
        kind: kind.to_string(),
        fields,
        values,
    }
}
