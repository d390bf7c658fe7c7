//! Tables and indexes.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ColumnSpec;

/// A SQL table. Its key in `tables` is the table name (snake_case).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    #[serde(default)]
    pub description: String,
    /// Name of the row type in Rust and TypeScript (PascalCase). Defaults to the table name
    /// in PascalCase with a plural `s` removed (`funding_rounds` -> `FundingRound`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
    /// The table's previous name; the planner renames the table instead of creating a new one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    /// Columns in order: name -> type expression (`text`, `integer?`, `Stage`) or full column form.
    pub columns: IndexMap<String, ColumnSpec>,
    /// A composite primary key; use `primary_key: true` on a column for a single-column key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_key: Option<Vec<String>>,
    /// Indexes on one or more columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indexes: Vec<IndexSpec>,
    /// Table-level CHECK constraints, as SQL expressions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<String>,
}

/// An index. Its name defaults to `<table>_<columns joined by _>_idx`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndexSpec {
    pub columns: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
