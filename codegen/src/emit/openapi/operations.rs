//! The operations of one object: a call per method, the spec's REST routes, and the built-in
//! describe, JSON-RPC and WebSocket endpoints.

use serde_json::{json, Map, Value};

use super::errors;
use super::paths::{Paths, Template};
use super::schema::{object_schema, scalar_schema, type_schema};
use crate::model::{Field, Method, Mode, Object, Route, Scalar};

/// Built-in codes every method call may return, besides those the method declares. Calls to
/// public methods never return the two auth codes.
const CALL_ERRORS: &[&str] =
    &["VALIDATION_ERROR", "UNAUTHENTICATED", "FORBIDDEN", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "INTERNAL"];

/// Codes every request to an instance may return.
const INSTANCE_ERRORS: &[&str] = &["UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED", "INTERNAL"];

/// Adds every operation of `object` to `paths`. Returns the `verb path` of an operation that
/// collides with an earlier one, which validated specs never produce.
pub fn add_object(object: &Object, paths: &mut Paths) -> Result<(), String> {
    let base = format!("/{}/{{name}}", object.name);
    add(paths, &base, "get", describe(object))?;
    add(paths, &format!("{base}/rpc"), "post", rpc(object))?;
    add(paths, &format!("{base}/ws"), "get", subscribe(object))?;

    for method in &object.methods {
        let path = format!("{base}/{}", method.wire_name);
        add(paths, &path, "post", call(object, method))?;
    }

    for method in &object.methods {
        let Some(route) = &method.route else { continue };
        // The instance parameter takes another name when the route has its own `{name}`.
        let instance = if route.path_params.iter().any(|param| param == "name") { "instance" } else { "name" };
        let suffix = if route.path == "/" { "" } else { route.path.as_str() };
        let path = format!("/{}/{{{instance}}}{suffix}", object.name);
        let template = Template::parse(&path);
        let names = paths.param_names(&template);
        let verb = route.verb.to_lowercase();
        let operation = route_operation(object, method, route, &names);
        if !paths.add(&template, &verb, operation) {
            return Err(format!("{} {path}", route.verb));
        }
    }
    Ok(())
}

fn add(paths: &mut Paths, path: &str, verb: &str, operation: Value) -> Result<(), String> {
    if paths.add(&Template::parse(path), verb, operation) {
        Ok(())
    } else {
        Err(format!("{} {path}", verb.to_uppercase()))
    }
}

/// `POST /<object>/{name}/<method>` with the parameters as the JSON body.
fn call(object: &Object, method: &Method) -> Value {
    let body = object_schema(object, &method.params, |field| !field.ty.is_optional());
    let required = method.params.iter().any(|field| !field.ty.is_optional());

    let mut operation = method_header(object, method, &method.wire_name);
    operation.insert("parameters".to_string(), json!([instance_param("name")]));
    operation.insert(
        "requestBody".to_string(),
        json!({ "required": required, "content": { "application/json": { "schema": body } } }),
    );
    operation.insert("responses".to_string(), method_responses(object, method));
    Value::Object(operation)
}

/// The spec route of a method: path parameters from the path, the rest in the query string
/// for GET and DELETE and in the JSON body otherwise.
fn route_operation(object: &Object, method: &Method, route: &Route, names: &[String]) -> Value {
    let mut operation = method_header(object, method, &format!("{}.route", method.wire_name));
    let same_call = format!("The REST route of `POST /{}/{{name}}/{}`.", object.name, method.wire_name);
    let description = operation.get("description").and_then(Value::as_str).unwrap_or_default();
    operation.insert("description".to_string(), json!(format!("{description}\n\n{same_call}")));

    // `names[0]` is the instance; the route's own parameters follow in path order.
    let mut parameters = vec![instance_param(names.first().map(String::as_str).unwrap_or("name"))];
    for (index, param_name) in route.path_params.iter().enumerate() {
        let Some(field) = method.params.iter().find(|field| &field.name == param_name) else { continue };
        let doc_name = names.get(index + 1).map(String::as_str).unwrap_or(param_name);
        let mut description = field.description.clone();
        if doc_name != param_name {
            description = format!("The `{}` parameter. {description}", field.wire_name).trim_end().to_string();
        }
        parameters.push(parameter(doc_name, "path", true, type_schema(object, &field.ty), &description));
    }

    let rest: Vec<Field> =
        method.params.iter().filter(|field| !route.path_params.contains(&field.name)).cloned().collect();
    let in_query = matches!(route.verb.as_str(), "GET" | "DELETE");
    if in_query {
        for field in &rest {
            let required = !field.ty.is_optional();
            let schema = type_schema(object, field.ty.required());
            parameters.push(parameter(&field.wire_name, "query", required, schema, &field.description));
        }
    }
    operation.insert("parameters".to_string(), Value::Array(parameters));

    if !in_query && !rest.is_empty() {
        let body = object_schema(object, &rest, |field| !field.ty.is_optional());
        let required = rest.iter().any(|field| !field.ty.is_optional());
        operation.insert(
            "requestBody".to_string(),
            json!({ "required": required, "content": { "application/json": { "schema": body } } }),
        );
    }
    operation.insert("responses".to_string(), method_responses(object, method));
    Value::Object(operation)
}

/// operationId, tags, summary, description, security and the dotdo extensions of a method.
fn method_header(object: &Object, method: &Method, id: &str) -> Map<String, Value> {
    let mut operation = Map::new();
    operation.insert("operationId".to_string(), json!(format!("{}.{id}", object.name)));
    operation.insert("tags".to_string(), json!([object.name]));
    let summary = method.description.lines().next().unwrap_or_default().trim();
    operation.insert("summary".to_string(), json!(if summary.is_empty() { method.wire_name.as_str() } else { summary }));

    let mut description = String::new();
    if !method.description.is_empty() {
        description.push_str(&method.description);
        description.push_str("\n\n");
    }
    if method.is_public() {
        description.push_str("Needs no permission.");
    } else {
        description.push_str(&format!("Needs the permission `{}`.", method.permission));
    }
    operation.insert("description".to_string(), json!(description));

    if method.is_public() {
        operation.insert("security".to_string(), json!([]));
    }
    operation.insert("x-dotdo-permission".to_string(), json!(method.permission));
    let mode = match method.mode {
        Mode::Read => "read",
        Mode::Write => "write",
    };
    operation.insert("x-dotdo-mode".to_string(), json!(mode));
    operation
}

fn method_responses(object: &Object, method: &Method) -> Value {
    let result = match &method.returns {
        Some(ty) => type_schema(object, ty),
        None => json!({ "type": "null" }),
    };
    let mut responses = Map::new();
    responses.insert(
        "200".to_string(),
        json!({ "description": "The result.", "content": { "application/json": { "schema": result } } }),
    );

    let mut codes: Vec<&str> = CALL_ERRORS
        .iter()
        .copied()
        .filter(|code| !(method.is_public() && matches!(*code, "UNAUTHENTICATED" | "FORBIDDEN")))
        .collect();
    codes.extend(method.errors.iter().map(String::as_str));
    errors::add_responses(object, &codes, &mut responses);
    Value::Object(responses)
}

fn describe(object: &Object) -> Value {
    let mut responses = Map::new();
    responses.insert(
        "200".to_string(),
        json!({
            "description": "The instance: its object, name, methods and state.",
            "content": { "application/json": { "schema": { "type": "object" } } }
        }),
    );
    errors::add_responses(object, INSTANCE_ERRORS, &mut responses);
    json!({
        "operationId": format!("{}.instance.describe", object.name),
        "tags": [object.name],
        "summary": format!("Describe a {} instance", object.name),
        "parameters": [instance_param("name")],
        "responses": responses,
    })
}

fn rpc(object: &Object) -> Value {
    let request = json!({ "$ref": "#/components/schemas/JsonRpcRequest" });
    let response = json!({ "$ref": "#/components/schemas/JsonRpcResponse" });
    json!({
        "operationId": format!("{}.instance.rpc", object.name),
        "tags": [object.name],
        "summary": "Call methods with JSON-RPC 2.0",
        "description": "`method` is a method's wire name and `params` its parameters object. A batch is an array of requests; notifications get no response.",
        "parameters": [instance_param("name")],
        "requestBody": {
            "required": true,
            "content": { "application/json": { "schema": { "oneOf": [request, { "type": "array", "items": request }] } } }
        },
        "responses": {
            "200": {
                "description": "The response, or the array of responses of a batch.",
                "content": { "application/json": { "schema": { "oneOf": [response, { "type": "array", "items": response }] } } }
            },
            "204": { "description": "Every request was a notification." }
        },
    })
}

fn subscribe(object: &Object) -> Value {
    let mut responses = Map::new();
    responses.insert(
        "101".to_string(),
        json!({
            "description": "Switching to the WebSocket protocol. The client sends `{\"type\":\"subscribe\",\"from\":<seq>}` and receives `{\"type\":\"event\",\"seq\",\"name\",\"payload\"}` messages."
        }),
    );
    errors::add_responses(object, INSTANCE_ERRORS, &mut responses);
    json!({
        "operationId": format!("{}.instance.subscribe", object.name),
        "tags": [object.name],
        "summary": "Open a WebSocket for calls and event subscriptions",
        "parameters": [instance_param("name")],
        "responses": responses,
    })
}

/// Returns the path parameter naming the instance: a reference to `components/parameters/InstanceName`,
/// or the same parameter under another name when a route takes `{name}` itself.
fn instance_param(name: &str) -> Value {
    if name == "name" {
        return json!({ "$ref": "#/components/parameters/InstanceName" });
    }
    instance_parameter(name)
}

pub fn instance_parameter(name: &str) -> Value {
    parameter(name, "path", true, scalar_schema(Scalar::Text), "The instance name.")
}

fn parameter(name: &str, location: &str, required: bool, schema: Value, description: &str) -> Value {
    let mut parameter = json!({ "name": name, "in": location, "required": required, "schema": schema });
    if !description.is_empty() {
        parameter["description"] = json!(description);
    }
    parameter
}
