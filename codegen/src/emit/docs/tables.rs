//! The view of one table: its columns as a Markdown table, keys, indexes and checks.

use serde::Serialize;

use super::markdown::{self, code};
use super::links::Links;
use crate::model::{Column, ColumnType, DefaultValue, OnDelete, Scalar, Table, Type};

#[derive(Debug, Serialize)]
pub struct TableView {
    pub name: String,
    pub anchor: String,
    pub description: String,
    /// A Markdown link to the object that declared the table, when it is inherited.
    pub inherited_from: Option<String>,
    pub row_type: String,
    /// Code spans of the primary key columns, or a note that SQLite's rowid is the key.
    pub primary_key: String,
    pub renamed_from: Option<String>,
    pub columns: Vec<ColumnRow>,
    pub indexes: Vec<String>,
    pub checks: Vec<String>,
}

/// One row of the columns table; every cell is escaped Markdown.
#[derive(Debug, Serialize)]
pub struct ColumnRow {
    pub name: String,
    pub ty: String,
    pub null: String,
    pub default: String,
    pub constraints: String,
    pub description: String,
}

pub fn view(table: &Table, anchor: String, inherited_from: Option<String>, links: &Links) -> TableView {
    let primary_key = if table.primary_key.is_empty() {
        "none (SQLite's rowid)".to_string()
    } else {
        table.primary_key.iter().map(|column| code(column)).collect::<Vec<_>>().join(", ")
    };

    let indexes = table
        .indexes
        .iter()
        .map(|index| {
            let columns: Vec<String> = index.columns.iter().map(|column| code(column)).collect();
            let unique = if index.unique { "unique " } else { "" };
            format!("{} ({unique}on {})", code(&index.name), columns.join(", "))
        })
        .collect();

    TableView {
        name: table.name.clone(),
        anchor,
        description: markdown::paragraph(&table.description),
        inherited_from,
        row_type: code(&table.row),
        primary_key,
        renamed_from: table.renamed_from.as_deref().map(code),
        columns: table.columns.iter().map(|column| row(table, column, links)).collect(),
        indexes,
        checks: table.checks.iter().map(|check| code(check)).collect(),
    }
}

fn row(table: &Table, column: &Column, links: &Links) -> ColumnRow {
    let ty = match &column.ty {
        ColumnType::Scalar(scalar) => code(scalar.name()),
        ColumnType::Enum { type_name: Some(name), .. } => links.type_markdown(&Type::Named(name.clone())),
        ColumnType::Enum { type_name: None, values } => {
            let values: Vec<String> = values.iter().map(|value| code(value)).collect();
            format!("enum: {}", values.join(", "))
        }
    };

    ColumnRow {
        name: markdown::cell(&code(&column.name)),
        ty: markdown::cell(&ty),
        null: if column.nullable { "yes" } else { "no" }.to_string(),
        default: markdown::cell(&column.default.as_ref().map(|value| code(&default_text(column, value))).unwrap_or_default()),
        constraints: markdown::cell(&constraints(table, column, links).join("<br>")),
        description: markdown::cell(&column.description),
    }
}

/// Writes a default as a reader would write it in JSON: text quoted, JSON text as it is, and
/// `now` for the current time.
fn default_text(column: &Column, value: &DefaultValue) -> String {
    match value {
        DefaultValue::Text(text) if column.ty == ColumnType::Scalar(Scalar::Text) => {
            serde_json::to_string(text).unwrap_or_else(|_| text.clone())
        }
        DefaultValue::Text(text) => text.clone(),
        DefaultValue::Integer(number) => number.to_string(),
        DefaultValue::Real(number) => format!("{number:?}"),
        DefaultValue::Boolean(flag) => flag.to_string(),
        DefaultValue::Now => "now".to_string(),
    }
}

fn constraints(table: &Table, column: &Column, links: &Links) -> Vec<String> {
    let mut out = Vec::new();
    if column.primary_key || table.primary_key.contains(&column.name) {
        out.push("PK".to_string());
    }
    if column.unique {
        out.push("UNIQUE".to_string());
    }
    if let Some(reference) = &column.references {
        let target = code(&format!("{}.{}", reference.table, reference.column));
        let target = match links.table(&reference.table) {
            Some(anchor) => format!("[{target}](#{anchor})"),
            None => target,
        };
        out.push(format!("FK → {target} on delete {}", on_delete(reference.on_delete)));
    }
    if let Some(check) = &column.check {
        out.push(format!("CHECK {}", code(check)));
    }
    if let Some(previous) = &column.renamed_from {
        out.push(format!("renamed from {}", code(previous)));
    }
    out
}

fn on_delete(action: OnDelete) -> &'static str {
    match action {
        OnDelete::Cascade => "cascade",
        OnDelete::Restrict => "restrict",
        OnDelete::SetNull => "set null",
        OnDelete::NoAction => "no action",
    }
}
