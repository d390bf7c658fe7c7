//! The schema snapshot: the tables as an object's migrations leave them, committed as
//! `migrations/<object>/schema.json` beside the migration files.
//!
//! The planner diffs the spec against this snapshot, never against the migration files, so the
//! snapshot contains every property that the generated DDL depends on. It never contains positions,
//! descriptions or row type names, which change no SQL.

use serde::{Deserialize, Serialize};

use super::sql;
use crate::model::{Column, ColumnType, Object, Scalar, Table};
use crate::spec::OnDelete;

/// Every table of one object, sorted by name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schema {
    pub tables: Vec<TableSchema>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSchema {
    pub name: String,
    /// Columns in table order, which is the order of the spec.
    pub columns: Vec<ColumnSchema>,
    /// A composite primary key in key order; a single-column key is marked on its column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub primary_key: Vec<String>,
    /// Indexes sorted by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<IndexSchema>,
    /// Table-level CHECK expressions, in spec order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnSchema {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ColumnKind,
    /// The allowed values of an enum column, in spec order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// The SQL expression of the default, exactly as the DDL writes it (`'draft'`, `0`, `1.5`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Set on the column of a single-column primary key.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub primary_key: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<ReferenceSchema>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
}

/// The spec type of a column; it decides the storage class and the CHECK the DDL adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    Text,
    Integer,
    Real,
    Boolean,
    Timestamp,
    Json,
    Blob,
    Enum,
}

impl ColumnKind {
    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Text => "text",
            ColumnKind::Integer => "integer",
            ColumnKind::Real => "real",
            ColumnKind::Boolean => "boolean",
            ColumnKind::Timestamp => "timestamp",
            ColumnKind::Json => "json",
            ColumnKind::Blob => "blob",
            ColumnKind::Enum => "enum",
        }
    }

    /// Returns the storage type in a STRICT table.
    pub fn storage(self) -> &'static str {
        match self {
            ColumnKind::Text | ColumnKind::Json | ColumnKind::Enum => "TEXT",
            ColumnKind::Integer | ColumnKind::Boolean | ColumnKind::Timestamp => "INTEGER",
            ColumnKind::Real => "REAL",
            ColumnKind::Blob => "BLOB",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceSchema {
    pub table: String,
    pub column: String,
    pub on_delete: OnDelete,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexSchema {
    pub name: String,
    pub columns: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
}

impl Schema {
    /// Builds the schema that an object's spec declares. Fails with the key path and a message when a
    /// default cannot be written as SQL.
    pub fn of_object(object: &Object) -> Result<Schema, (String, String)> {
        let mut tables = Vec::new();
        for table in &object.tables {
            tables.push(TableSchema::of_table(table)?);
        }
        tables.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Schema { tables })
    }

    pub fn table(&self, name: &str) -> Option<&TableSchema> {
        self.tables.iter().find(|table| table.name == name)
    }

    /// Pretty JSON with a trailing newline, as committed.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    pub fn from_json(text: &str) -> Result<Schema, serde_json::Error> {
        serde_json::from_str(text)
    }
}

impl TableSchema {
    fn of_table(table: &Table) -> Result<TableSchema, (String, String)> {
        let single_key = match table.primary_key.as_slice() {
            [only] => Some(only.as_str()),
            _ => None,
        };

        let mut columns = Vec::new();
        for column in &table.columns {
            let path = format!("tables.{}.columns.{}", table.name, column.name);
            let schema = ColumnSchema::of_column(column, single_key == Some(column.name.as_str()))
                .map_err(|message| (format!("{path}.default"), message))?;
            columns.push(schema);
        }

        let mut indexes: Vec<IndexSchema> = table
            .indexes
            .iter()
            .map(|index| IndexSchema { name: index.name.clone(), columns: index.columns.clone(), unique: index.unique })
            .collect();
        indexes.sort_by(|a, b| a.name.cmp(&b.name));

        Ok(TableSchema {
            name: table.name.clone(),
            columns,
            primary_key: if single_key.is_some() { Vec::new() } else { table.primary_key.clone() },
            indexes,
            checks: table.checks.clone(),
        })
    }

    pub fn column(&self, name: &str) -> Option<&ColumnSchema> {
        self.columns.iter().find(|column| column.name == name)
    }
}

impl ColumnSchema {
    fn of_column(column: &Column, primary_key: bool) -> Result<ColumnSchema, String> {
        let (kind, values) = match &column.ty {
            ColumnType::Scalar(scalar) => (kind_of(*scalar), Vec::new()),
            ColumnType::Enum { values, .. } => (ColumnKind::Enum, values.clone()),
        };
        let default = match &column.default {
            Some(value) => Some(sql::default_expression(value)?),
            None => None,
        };
        Ok(ColumnSchema {
            name: column.name.clone(),
            kind,
            values,
            nullable: column.nullable,
            default,
            primary_key,
            unique: column.unique,
            references: column.references.as_ref().map(|key| ReferenceSchema {
                table: key.table.clone(),
                column: key.column.clone(),
                on_delete: key.on_delete,
            }),
            check: column.check.clone(),
        })
    }

    /// Checks whether the default is an expression evaluated per row, which `ALTER TABLE ADD COLUMN` rejects.
    pub fn has_expression_default(&self) -> bool {
        self.default.as_deref().is_some_and(|default| default.starts_with('('))
    }
}

fn kind_of(scalar: Scalar) -> ColumnKind {
    match scalar {
        Scalar::Text => ColumnKind::Text,
        Scalar::Integer => ColumnKind::Integer,
        Scalar::Real => ColumnKind::Real,
        Scalar::Boolean => ColumnKind::Boolean,
        Scalar::Timestamp => ColumnKind::Timestamp,
        Scalar::Json => ColumnKind::Json,
        Scalar::Blob => ColumnKind::Blob,
    }
}
