//! JSON Schema (2020-12, as OpenAPI 3.1 uses it) for model types, and the component schemas of
//! each object's rows, records and enums.

use serde_json::{json, Map, Value};

use crate::model::{Column, ColumnType, Field, NamedTypeKind, Object, Scalar, Type};

/// Returns the component name of an object's type: `Shop.Address`. Spec names contain no dots,
/// so the names of two objects never collide.
pub fn component_name(object: &Object, name: &str) -> String {
    format!("{}.{name}", object.class)
}

pub fn component_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// Returns the schema of a type used by `object`.
pub fn type_schema(object: &Object, ty: &Type) -> Value {
    match ty {
        Type::Scalar(scalar) => scalar_schema(*scalar),
        Type::Named(name) => component_ref(&component_name(object, name)),
        Type::List(inner) => json!({ "type": "array", "items": type_schema(object, inner) }),
        Type::Optional(inner) => nullable(type_schema(object, inner)),
    }
}

pub fn scalar_schema(scalar: Scalar) -> Value {
    match scalar {
        Scalar::Text => json!({ "type": "string" }),
        Scalar::Integer => json!({ "type": "integer", "format": "int64" }),
        Scalar::Real => json!({ "type": "number", "format": "double" }),
        Scalar::Boolean => json!({ "type": "boolean" }),
        Scalar::Timestamp => {
            json!({ "type": "integer", "format": "int64", "description": "Milliseconds since the Unix epoch, UTC." })
        }
        // The empty schema accepts any JSON value.
        Scalar::Json => json!({}),
        Scalar::Blob => json!({ "type": "string", "contentEncoding": "base64" }),
    }
}

/// Adds `null` to a schema: to its `type` when it is a single type without `enum`, and with
/// `anyOf` otherwise. The empty schema already accepts null, so it is returned unchanged.
pub fn nullable(schema: Value) -> Value {
    let Value::Object(mut map) = schema else { return schema };
    if map.is_empty() {
        return Value::Object(map);
    }
    if !map.contains_key("enum") {
        if let Some(Value::String(single)) = map.get("type") {
            let types = json!([single, "null"]);
            map.insert("type".to_string(), types);
            return Value::Object(map);
        }
    }
    json!({ "anyOf": [Value::Object(map), { "type": "null" }] })
}

/// Builds an object schema with one property per field. `required` lists the fields that
/// `is_required` accepts.
pub fn object_schema(object: &Object, fields: &[Field], is_required: impl Fn(&Field) -> bool) -> Map<String, Value> {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for field in fields {
        properties.insert(field.wire_name.clone(), with_description(type_schema(object, &field.ty), &field.description));
        if is_required(field) {
            required.push(Value::String(field.wire_name.clone()));
        }
    }

    let mut schema = Map::new();
    schema.insert("type".to_string(), json!("object"));
    if !required.is_empty() {
        schema.insert("required".to_string(), Value::Array(required));
    }
    schema.insert("properties".to_string(), Value::Object(properties));
    schema
}

/// Sets `description` on a schema when the text is not empty. A `$ref` keeps its siblings in
/// OpenAPI 3.1, so this works on references too.
pub fn with_description(schema: Value, description: &str) -> Value {
    let Value::Object(mut map) = schema else { return schema };
    if !description.is_empty() {
        map.insert("description".to_string(), json!(description));
    }
    Value::Object(map)
}

/// Adds the component schemas of an object: its enums and records, then one row schema per table.
pub fn components(object: &Object, schemas: &mut Map<String, Value>) {
    for named in &object.types {
        let schema = match &named.kind {
            NamedTypeKind::Enum(values) => json!({ "type": "string", "enum": values }),
            NamedTypeKind::Record(fields) => Value::Object(object_schema(object, fields, |_| true)),
        };
        schemas.insert(component_name(object, &named.name), with_description(schema, &named.description));
    }

    for table in &object.tables {
        let mut properties = Map::new();
        for column in &table.columns {
            properties.insert(column.wire_name.clone(), with_description(column_schema(object, column), &column.description));
        }
        let required: Vec<&str> = table.columns.iter().map(|column| column.wire_name.as_str()).collect();
        let mut description = format!("A row of the `{}` table.", table.name);
        if !table.description.is_empty() {
            description = format!("{} {description}", table.description);
        }
        let schema = json!({
            "type": "object",
            "description": description,
            "required": required,
            "properties": properties,
        });
        schemas.insert(component_name(object, &table.row), schema);
    }
}

/// Returns the schema of a column in its row. An enum column without a named type lists its
/// values inline.
fn column_schema(object: &Object, column: &Column) -> Value {
    let ColumnType::Enum { type_name: None, values } = &column.ty else {
        return type_schema(object, &column.value_type());
    };
    let schema = json!({ "type": "string", "enum": values });
    if column.nullable {
        nullable(schema)
    } else {
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nullable_forms() {
        assert_eq!(nullable(json!({ "type": "string" })), json!({ "type": ["string", "null"] }));
        assert_eq!(nullable(json!({})), json!({}));
        let reference = json!({ "$ref": "#/components/schemas/Shop.Address" });
        assert_eq!(nullable(reference.clone()), json!({ "anyOf": [reference, { "type": "null" }] }));
        let enumeration = json!({ "type": "string", "enum": ["a"] });
        assert_eq!(nullable(enumeration.clone()), json!({ "anyOf": [enumeration, { "type": "null" }] }));
    }
}
