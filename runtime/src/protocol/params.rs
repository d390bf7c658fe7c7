//! Params of a REST route call: the body or query params merged with the path params.

use serde_json::{Map, Value};

use crate::error::Error;

/// Adds path parameters to the params object; the same name in both is a validation error.
pub fn merge_path_params(
    params: Value,
    path_params: Map<String, Value>,
) -> Result<Map<String, Value>, Error> {
    let mut object = match params {
        Value::Null => Map::new(),
        Value::Object(object) => object,
        _ => {
            return Err(Error::validation(
                "the request body of a REST route must be a JSON object",
            ))
        }
    };

    for (key, value) in path_params {
        if object.contains_key(&key) {
            return Err(Error::validation(format!(
                "parameter `{key}` is given both in the path and in the request"
            )));
        }
        object.insert(key, value);
    }
    Ok(object)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn path_params() -> Map<String, Value> {
        let mut params = Map::new();
        params.insert("id".into(), json!("7"));
        params
    }

    #[test]
    fn null_body_takes_path_params() {
        let merged = merge_path_params(Value::Null, path_params()).unwrap();
        assert_eq!(Value::Object(merged), json!({ "id": "7" }));
    }

    #[test]
    fn same_name_twice_is_rejected() {
        let error = merge_path_params(json!({ "id": "8" }), path_params()).unwrap_err();
        assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
    }

    #[test]
    fn array_body_is_rejected() {
        let error = merge_path_params(json!([1]), path_params()).unwrap_err();
        assert_eq!(error.status(), 400);
    }
}
