//! JSON-RPC 2.0 on `POST /<class>/<name>/rpc`, single requests and batches.
//!
//! Error codes: -32700 parse error, -32600 invalid request, -32601 method not found, -32602
//! invalid params (any `VALIDATION_ERROR` of a call), -32603 internal error, and -32000 for every
//! other error of a call (unauthenticated, forbidden, conflict, spec-declared codes). `error.data`
//! always carries our `{"code", "message", "details"}`. Batch entries run in order, each in its own
//! transaction; notifications (no `id`) get no response entry.

use std::future::Future;

use serde_json::{json, Value};

use crate::error::{Error, ErrorCode};

use super::body::parse_json;

const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const INTERNAL_ERROR: i64 = -32603;
const SERVER_ERROR: i64 = -32000;

/// Handles one JSON-RPC request body, running each call through `call(method, params)` in order.
///
/// Returns the response body, sent with status 200, or `None` when every request was a
/// notification, and the host then replies 204 with no body.
pub async fn handle<F, Fut>(bytes: &[u8], max_depth: usize, mut call: F) -> Option<Value>
where
    F: FnMut(String, Value) -> Fut,
    Fut: Future<Output = Result<Value, Error>>,
{
    let document = match parse_json(bytes, max_depth) {
        Ok(document) => document,
        Err(error) => return Some(rpc_error(Value::Null, PARSE_ERROR, "parse error", &error)),
    };

    match document {
        Value::Array(entries) if entries.is_empty() => {
            Some(invalid_request(Value::Null, "empty batch"))
        }
        Value::Array(entries) => {
            let mut responses = Vec::new();
            for entry in entries {
                if let Some(response) = run(entry, &mut call).await {
                    responses.push(response);
                }
            }
            (!responses.is_empty()).then_some(Value::Array(responses))
        }
        single => run(single, &mut call).await,
    }
}

/// Runs one request object; returns `None` for a notification.
async fn run<F, Fut>(entry: Value, call: &mut F) -> Option<Value>
where
    F: FnMut(String, Value) -> Fut,
    Fut: Future<Output = Result<Value, Error>>,
{
    let Value::Object(mut request) = entry else {
        return Some(invalid_request(
            Value::Null,
            "a request must be a JSON object",
        ));
    };

    let id = request.remove("id");
    let response_id = id.clone().unwrap_or(Value::Null);
    if !matches!(
        response_id,
        Value::Null | Value::String(_) | Value::Number(_)
    ) {
        return Some(invalid_request(
            Value::Null,
            "`id` must be a string, a number or null",
        ));
    }
    if request.get("jsonrpc") != Some(&Value::String("2.0".into())) {
        return Some(invalid_request(response_id, "`jsonrpc` must be \"2.0\""));
    }
    let Some(Value::String(method)) = request.remove("method") else {
        return Some(invalid_request(response_id, "`method` must be a string"));
    };
    let params = match request.remove("params") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::Object(params)) => Value::Object(params),
        Some(_) => {
            let error = Error::validation(
                "params must be a JSON object; positional params are not supported",
            );
            return Some(rpc_error(
                response_id,
                INVALID_PARAMS,
                "invalid params",
                &error,
            ));
        }
    };

    let result = call(method, params).await;

    // A request without `id` is a notification: it runs, but gets no response.
    id.as_ref()?;
    Some(match result {
        Ok(value) => json!({ "jsonrpc": "2.0", "result": value, "id": response_id }),
        Err(error) => {
            let (code, message) = rpc_code(&error);
            rpc_error(response_id, code, message, &error)
        }
    })
}

fn rpc_code(error: &Error) -> (i64, &'static str) {
    match error.code() {
        ErrorCode::MethodNotFound => (METHOD_NOT_FOUND, "method not found"),
        ErrorCode::Validation => (INVALID_PARAMS, "invalid params"),
        ErrorCode::Internal => (INTERNAL_ERROR, "internal error"),
        _ => (SERVER_ERROR, "server error"),
    }
}

fn invalid_request(id: Value, message: &str) -> Value {
    rpc_error(
        id,
        INVALID_REQUEST,
        "invalid request",
        &Error::validation(message),
    )
}

fn rpc_error(id: Value, code: i64, message: &str, error: &Error) -> Value {
    json!({
        "jsonrpc": "2.0",
        "error": { "code": code, "message": message, "data": error.to_json() },
        "id": id,
    })
}
