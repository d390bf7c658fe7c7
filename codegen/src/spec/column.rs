//! Table columns: a type expression alone, or the full form with constraints.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// A column: `text`, `integer?`, `Stage` or a map with `type` and constraints.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum ColumnSpec {
    Short(String),
    Full(ColumnSpecFull),
}

impl ColumnSpec {
    /// Returns the full form; the shorthand is a full form with only `type` set.
    pub fn full(&self) -> ColumnSpecFull {
        match self {
            ColumnSpec::Short(ty) => ColumnSpecFull { ty: Some(ty.clone()), ..ColumnSpecFull::default() },
            ColumnSpec::Full(full) => full.clone(),
        }
    }
}

/// The full column form.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ColumnSpecFull {
    /// `text`, `integer`, `real`, `boolean`, `timestamp`, `json`, `blob`, or a named enum type;
    /// a trailing `?` makes the column nullable. Leave it out when `enum` lists the values.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
    /// Inline enum values; the column stores one of them as text.
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<String>>,
    /// Makes the column nullable (the same as a trailing `?` on the type).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// Default value: a string, number or boolean of the column's type, or `now` for timestamps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<DefaultSpec>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub primary_key: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unique: bool,
    /// A foreign key, written `table.column`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<String>,
    /// What happens to this row when the referenced row is deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_delete: Option<OnDelete>,
    /// A CHECK constraint as an SQL expression over this table's columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<String>,
    /// The column's previous name; the planner renames the column instead of adding one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// A column default as written in YAML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum DefaultSpec {
    Boolean(bool),
    Integer(i64),
    Real(f64),
    Text(String),
}

/// The referential action of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnDelete {
    Cascade,
    Restrict,
    SetNull,
    NoAction,
}

impl<'de> Deserialize<'de> for ColumnSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShortOrFull::<ColumnSpecFull>::new()).map(|either| match either {
            Either::Short(ty) => ColumnSpec::Short(ty),
            Either::Full(full) => ColumnSpec::Full(full),
        })
    }
}

impl JsonSchema for ColumnSpec {
    fn schema_name() -> Cow<'static, str> {
        "ColumnSpec".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        short_or_full_schema::<ColumnSpecFull>(generator, "A type expression such as `text`, `integer?` or `Stage`")
    }
}

/// The result of reading a value that is either a type-expression string or a map.
pub(crate) enum Either<F> {
    Short(String),
    Full(F),
}

/// A visitor that takes a string as the shorthand and a map as the full form, so that errors
/// inside the full form keep their key path (unlike `#[serde(untagged)]`).
pub(crate) struct ShortOrFull<F>(std::marker::PhantomData<F>);

impl<F> ShortOrFull<F> {
    pub(crate) fn new() -> Self {
        ShortOrFull(std::marker::PhantomData)
    }
}

impl<'de, F: Deserialize<'de>> Visitor<'de> for ShortOrFull<F> {
    type Value = Either<F>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a type expression such as `text` or `integer?`, or a map with `type`")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Either::Short(value.to_owned()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        F::deserialize(de::value::MapAccessDeserializer::new(map)).map(Either::Full)
    }
}

/// The schema of a value that is a type-expression string or the full form `F`.
pub(crate) fn short_or_full_schema<F: JsonSchema>(generator: &mut SchemaGenerator, short: &str) -> Schema {
    let full = generator.subschema_for::<F>();
    json_schema!({
        "anyOf": [
            { "type": "string", "description": short },
            full
        ]
    })
}
