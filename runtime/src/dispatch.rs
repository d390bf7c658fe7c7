//! Helpers for dispatchers, generated or hand-written: typed params in, JSON result out.
//!
//! A params error becomes `VALIDATION_ERROR` whose message and `details.field` name the offending
//! field by its path (`items[2].amount`), so callers can fix the request without reading code.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use crate::error::{Error, Result};

/// Deserializes the params of `method` as `T`. `null` params read as `{}`, so a method whose params
/// are all optional can be called with no body.
pub fn parse_params<T: DeserializeOwned>(method: &str, params: Value) -> Result<T> {
    let params = match params {
        Value::Null => Value::Object(serde_json::Map::new()),
        Value::Object(object) => Value::Object(object),
        // serde would read a struct from an array by position; params are named, so reject it.
        other => {
            let message = format!(
                "invalid params for `{method}`: expected a JSON object of named params, not {}",
                json_kind(&other)
            );
            return Err(Error::validation(message).with_details(json!({ "method": method, "field": null })));
        }
    };

    serde_path_to_error::deserialize(params).map_err(|error| params_error(method, &error))
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Serializes a handler's result.
pub fn to_result<T: Serialize>(value: T) -> Result<Value> {
    serde_json::to_value(value)
        .map_err(|error| Error::internal(format!("cannot serialize result: {error}")))
}

/// Turns a params deserialization error into a `VALIDATION_ERROR` naming the field.
pub fn params_error(method: &str, error: &serde_path_to_error::Error<serde_json::Error>) -> Error {
    let inner = error.inner().to_string();
    let path = error.path().to_string();
    let field = field_name(&path, &inner);

    let message = match &field {
        Some(field) => format!("invalid params for `{method}`: field `{field}`: {inner}"),
        None => format!("invalid params for `{method}`: {inner}"),
    };
    Error::validation(message).with_details(json!({ "method": method, "field": field }))
}

/// Returns the field path. For a missing field serde reports the parent path, so the field's name
/// is taken from the message (``missing field `by` ``) and appended.
fn field_name(path: &str, message: &str) -> Option<String> {
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());

    match (path, missing) {
        (".", None) => None,
        (".", Some(name)) => Some(name.to_string()),
        (parent, Some(name)) => Some(format!("{parent}.{name}")),
        (path, None) => Some(path.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        amount: i64,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Params {
        by: i64,
        #[serde(default)]
        items: Vec<Item>,
    }

    fn field_of(params: Value) -> Value {
        let error = parse_params::<Params>("increment", params).unwrap_err();
        assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
        error.details()["field"].clone()
    }

    #[test]
    fn wrong_type_names_field() {
        assert_eq!(field_of(json!({ "by": "three" })), "by");
    }

    #[test]
    fn missing_field_names_field() {
        assert_eq!(field_of(json!({})), "by");
    }

    #[test]
    fn nested_field_has_path() {
        let params = json!({ "by": 1, "items": [{ "amount": 1 }, { "amount": "x" }] });
        assert_eq!(field_of(params), "items[1].amount");
    }

    #[test]
    fn nested_missing_field_has_path() {
        let params = json!({ "by": 1, "items": [{}] });
        assert_eq!(field_of(params), "items[0].amount");
    }

    #[test]
    fn positional_params_rejected() {
        for params in [json!([1]), json!("by"), json!(3), json!(true)] {
            let error = parse_params::<Params>("increment", params.clone()).unwrap_err();
            assert_eq!(error.code().as_str(), "VALIDATION_ERROR", "{params}");
            assert!(error.message().contains("expected a JSON object"), "{}", error.message());
        }
    }

    #[test]
    fn null_params_read_as_empty_object() {
        #[derive(Deserialize)]
        struct Empty {}
        assert!(parse_params::<Empty>("get", Value::Null).is_ok());
    }

    #[test]
    fn message_names_method_and_field() {
        let error = parse_params::<Params>("increment", json!({ "by": true })).unwrap_err();
        assert!(
            error.message().contains("`increment`"),
            "{}",
            error.message()
        );
        assert!(
            error.message().contains("field `by`"),
            "{}",
            error.message()
        );
    }
}
