//! Methods and the typed fields of parameters, records and event payloads.

use std::borrow::Cow;

use indexmap::IndexMap;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize};

use super::column::{short_or_full_schema, Either, ShortOrFull};

/// A method callable on the object.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    #[serde(default)]
    pub description: String,
    /// Parameters in order: name -> type expression or full field form.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub params: IndexMap<String, FieldSpec>,
    /// The result type; leave it out for methods that return nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<String>,
    /// `read` methods run in a read-only transaction; `write` is the default.
    #[serde(default)]
    pub mode: Mode,
    /// The permission key a caller needs, or `public` for a method anyone may call.
    pub permission: String,
    /// An extra HTTP route, `VERB /path/{param}`, besides `POST /<object>/<name>/<method>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    /// Error codes the method may raise: built-in ones (`NOT_FOUND`, `CONFLICT`, ...) or the object's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// Whether a method changes the object's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Read,
    #[default]
    Write,
}

/// A typed field: a type expression alone (`text`, `list<Founder>`, `integer?`) or the full form.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum FieldSpec {
    Short(String),
    Full(FieldSpecFull),
}

impl FieldSpec {
    /// Returns the full form; the shorthand is a full form with only `type` set.
    pub fn full(&self) -> FieldSpecFull {
        match self {
            FieldSpec::Short(ty) => FieldSpecFull { ty: ty.clone(), description: String::new() },
            FieldSpec::Full(full) => full.clone(),
        }
    }
}

/// The full field form.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldSpecFull {
    /// A type expression: a scalar, a named type, `list<T>`, with a trailing `?` for optional.
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl<'de> Deserialize<'de> for FieldSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShortOrFull::<FieldSpecFull>::new()).map(|either| match either {
            Either::Short(ty) => FieldSpec::Short(ty),
            Either::Full(full) => FieldSpec::Full(full),
        })
    }
}

impl JsonSchema for FieldSpec {
    fn schema_name() -> Cow<'static, str> {
        "FieldSpec".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        short_or_full_schema::<FieldSpecFull>(generator, "A type expression such as `text`, `list<Founder>` or `integer?`")
    }
}
