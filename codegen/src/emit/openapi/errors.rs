//! Error responses: one reusable response per error code under `components/responses`, and the
//! responses of an operation grouped by status.

use serde_json::{json, Map, Value};

use crate::model::{ErrorCode, Object, Project};

/// Returns the response component name of a code: the code itself when it is built in (the same in
/// every object), `<Class>.<CODE>` when an object's spec declares it.
fn component_name(object: &Object, error: &ErrorCode) -> String {
    if error.builtin {
        error.code.clone()
    } else {
        format!("{}.{}", object.class, error.code)
    }
}

/// Builds a response component for every error code of every object.
pub fn components(project: &Project) -> Map<String, Value> {
    let mut responses = Map::new();
    for object in &project.objects {
        for error in &object.errors {
            let name = component_name(object, error);
            if !responses.contains_key(&name) {
                responses.insert(name, response(&[error]));
            }
        }
    }
    responses
}

/// Adds one response per status to `responses` for the `codes` of `object`: a reference to
/// the code's component when the status has one code, and a response restricting
/// `error.code` to the listed codes when several codes share the status.
pub fn add_responses(object: &Object, codes: &[&str], responses: &mut Map<String, Value>) {
    let mut errors: Vec<&ErrorCode> = object.errors.iter().filter(|error| codes.contains(&error.code.as_str())).collect();
    errors.sort_by_key(|error| error.status);

    let mut statuses: Vec<u16> = errors.iter().map(|error| error.status).collect();
    statuses.dedup();
    for status in statuses {
        let of_status: Vec<&ErrorCode> = errors.iter().copied().filter(|error| error.status == status).collect();
        let value = match of_status.as_slice() {
            [only] => json!({ "$ref": format!("#/components/responses/{}", component_name(object, only)) }),
            several => response(several),
        };
        responses.insert(status.to_string(), value);
    }
}

/// Builds a response whose body is the error schema with `error.code` restricted to `errors`, which
/// share one status.
fn response(errors: &[&ErrorCode]) -> Value {
    let lines: Vec<String> = errors.iter().map(|error| format!("`{}`: {}", error.code, error.description)).collect();
    let codes: Vec<&str> = errors.iter().map(|error| error.code.as_str()).collect();
    let schema = json!({
        "allOf": [
            { "$ref": "#/components/schemas/Error" },
            { "properties": { "error": { "properties": { "code": { "enum": codes } } } } }
        ]
    });
    let mut response = json!({
        "description": lines.join("\n\n"),
        "content": { "application/json": { "schema": schema } }
    });
    if errors.iter().any(|error| error.status == 429) {
        response["headers"] = json!({
            "Retry-After": { "description": "Seconds to wait before retrying.", "schema": { "type": "integer" } }
        });
    }
    response
}
