//! The top level of a spec file: one object.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{FieldSpec, MethodSpec, StateMachineSpec, TableSpec};

/// One object, declared in one YAML file under `specs/`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// The object's name in snake_case; it names the URL segment, the Rust module and the TypeScript module.
    pub object: String,
    /// What the object is for, in a sentence or two.
    #[serde(default)]
    pub description: String,
    /// The base object whose tables, types, methods, events, errors, permissions and roles this object includes (usually `do`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// Allows the migration planner to drop tables and columns and to narrow types for this object.
    /// Remove it again once the destructive migration is generated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_destructive: bool,
    /// Permission keys the object defines (`segment:segment`), each with a description.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub permissions: IndexMap<String, String>,
    /// Default roles: role name -> grants. A grant is a permission key, a key ending in `:*`, or `*`.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub roles: IndexMap<String, Vec<String>>,
    /// Error codes the object's methods may raise, beyond the built-in ones.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub errors: IndexMap<String, ErrorSpec>,
    /// Named record and enum types used by methods, events and columns.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub types: IndexMap<String, TypeSpec>,
    /// SQL tables in the object's own database.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub tables: IndexMap<String, TableSpec>,
    /// Methods callable over HTTP, JSON-RPC and WebSocket.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub methods: IndexMap<String, MethodSpec>,
    /// Events the object emits, named `noun.verb`.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub events: IndexMap<String, EventSpec>,
    /// State machines: allowed states and transitions, optionally bound to an enum column.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub state_machines: IndexMap<String, StateMachineSpec>,
}

/// A custom error code (SCREAMING_SNAKE_CASE) with its HTTP status.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorSpec {
    /// HTTP status sent with the error, 400 to 599.
    pub status: u16,
    /// When the error is raised.
    #[serde(default)]
    pub description: String,
}

/// A named type: a record with fields, or an enum with values. Exactly one of `fields` and `values`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TypeSpec {
    #[serde(default)]
    pub description: String,
    /// Record fields: name -> type expression or full field form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IndexMap<String, FieldSpec>>,
    /// Enum values in snake_case, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

/// An event and its payload.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    #[serde(default)]
    pub description: String,
    /// Payload fields: name -> type expression or full field form.
    #[serde(default)]
    pub payload: IndexMap<String, FieldSpec>,
}
