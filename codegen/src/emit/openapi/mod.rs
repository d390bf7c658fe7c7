//! The OpenAPI 3.1 document of every object's HTTP API: `openapi.json`.
//!
//! Each object contributes its method calls, the REST routes its spec declares and the
//! built-in describe, JSON-RPC and WebSocket endpoints. Its rows, records and enums become
//! component schemas named `<Class>.<Type>`. The document is built as JSON in code order, so
//! it is byte-identical between runs.

mod errors;
mod operations;
mod paths;
pub mod schema;

use serde_json::{json, Map, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::{EmitContext, GenerateError, Outputs};
use crate::model::Project;

/// Path of the document under the output folder.
pub const PATH: &str = "openapi.json";

pub fn emit(project: &Project, _context: &EmitContext, outputs: &mut Outputs) -> Result<(), GenerateError> {
    let document = document(project)?;
    let mut text = serde_json::to_string_pretty(&document).map_err(|error| GenerateError::Render {
        name: PATH.to_string(),
        message: error.to_string(),
    })?;
    text.push('\n');
    outputs.add(PATH, text);
    Ok(())
}

/// Builds the document.
pub fn document(project: &Project) -> Result<Value, GenerateError> {
    let mut paths = paths::Paths::default();
    paths.add(&paths::Template::parse("/health"), "get", health());

    let mut diagnostics = Diagnostics::default();
    let mut schemas = Map::new();
    schemas.insert("Error".to_string(), error_schema());
    schemas.insert("JsonRpcRequest".to_string(), json_rpc_request());
    schemas.insert("JsonRpcResponse".to_string(), json_rpc_response());
    let mut tags = Vec::new();
    for object in &project.objects {
        if let Err(operation) = operations::add_object(object, &mut paths) {
            let message = format!("the OpenAPI operation `{operation}` of `{}` is declared twice", object.name);
            let help = "give the method's route a path no other route or method call of the object uses";
            diagnostics.push(Diagnostic::new(&object.file, "methods", message).with_help(help));
        }
        schema::components(object, &mut schemas);
        let mut tag = json!({ "name": object.name });
        if !object.description.is_empty() {
            tag["description"] = json!(object.description);
        }
        tags.push(tag);
    }
    if !diagnostics.is_empty() {
        return Err(GenerateError::Spec(diagnostics));
    }
    tags.push(json!({ "name": "server", "description": "Endpoints of the server itself." }));

    Ok(json!({
        "openapi": "3.1.0",
        "info": {
            "title": "dotdo",
            "version": "1",
            "description": "The HTTP API of every dotdo object. `POST /{object}/{name}/{method}` calls a method with its parameters as a JSON object and returns its result as JSON (`null` when it returns nothing). Errors are `{\"error\": {\"code\", \"message\", \"details\"}}` with the status of the code.",
        },
        "security": [{ "bearer": [] }],
        "tags": tags,
        "paths": paths.into_value(),
        "components": {
            "schemas": schemas,
            "responses": errors::components(project),
            "parameters": { "InstanceName": operations::instance_parameter("name") },
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "description": "A token sent as `Authorization: Bearer <token>`." }
            }
        },
    }))
}

fn health() -> Value {
    json!({
        "operationId": "health",
        "tags": ["server"],
        "summary": "Check that the server is up",
        "security": [],
        "responses": {
            "200": {
                "description": "The server is up.",
                "content": { "application/json": { "schema": { "type": "object" } } }
            }
        }
    })
}

fn error_schema() -> Value {
    json!({
        "type": "object",
        "description": "The body of every error response.",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": { "type": "string", "description": "A stable code, such as `NOT_FOUND`." },
                    "message": { "type": "string", "description": "A sentence for people." },
                    "details": { "description": "Facts about the error, such as the invalid field." }
                }
            }
        }
    })
}

fn json_rpc_request() -> Value {
    json!({
        "type": "object",
        "description": "A JSON-RPC 2.0 request; without `id` it is a notification.",
        "required": ["jsonrpc", "method"],
        "properties": {
            "jsonrpc": { "const": "2.0" },
            "method": { "type": "string", "description": "A method's wire name, such as `closeRound`." },
            "params": { "type": "object", "description": "The method's parameters by wire name." },
            "id": { "type": ["string", "integer", "null"] }
        }
    })
}

fn json_rpc_response() -> Value {
    json!({
        "type": "object",
        "description": "A JSON-RPC 2.0 response: `result`, or `error` with the dotdo code in `error.data.code`.",
        "required": ["jsonrpc", "id"],
        "properties": {
            "jsonrpc": { "const": "2.0" },
            "id": { "type": ["string", "integer", "null"] },
            "result": {},
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": { "type": "integer" },
                    "message": { "type": "string" },
                    "data": {}
                }
            }
        }
    })
}
