//! Cross-object calls between Durable Objects: [`WorkerCaller`] sends the call to the target's
//! Durable Object through its namespace binding, with the original principal and the call chain
//! in the body of an internal request.

use serde_json::{json, Value};
use worker::{Env, Headers, Method, Request, RequestInit};

use crate::caller::{CallRequest, Caller, LocalBoxFuture};
use crate::error::{Error, ErrorCode, Result};

use super::routes::{InternalCall, INTERNAL_CALL_HEADER};

/// Delivers cross-object calls through Durable Object namespace bindings.
pub struct WorkerCaller {
    env: Env,
}

impl WorkerCaller {
    /// Creates a caller over the Worker's bindings.
    pub fn new(env: Env) -> Self {
        WorkerCaller { env }
    }
}

/// Returns the binding name of a class's Durable Object namespace: the class name in upper case
/// with `-` as `_`, e.g. `PROBE` for `probe`.
pub fn binding_name(class: &str) -> String {
    class.to_ascii_uppercase().replace('-', "_")
}

impl Caller for WorkerCaller {
    fn call(&self, request: CallRequest) -> LocalBoxFuture<'_, Result<Value>> {
        Box::pin(async move {
            let namespace = self
                .env
                .durable_object(&binding_name(&request.class))
                .map_err(|_| Error::not_found(format!("no object class `{}` is registered", request.class)))?;
            let stub = namespace
                .id_from_name(&request.name)
                .and_then(|id| id.get_stub())
                .map_err(|error| Error::internal(format!("cannot address {}/{}: {error}", request.class, request.name)))?;

            let body = InternalCall {
                name: request.name.clone(),
                method: request.method.clone(),
                params: request.params,
                principal: request.principal,
                chain: request.chain,
            };
            let text = serde_json::to_string(&body).map_err(Error::internal)?;
            let headers = Headers::new();
            headers.set(INTERNAL_CALL_HEADER, "1").map_err(Error::internal)?;
            headers.set("content-type", "application/json").map_err(Error::internal)?;
            let mut init = RequestInit::new();
            init.with_method(Method::Post)
                .with_headers(headers)
                .with_body(Some(text.into()));
            let url = format!("https://internal.dotdo/{}/call", request.class);
            let outgoing = Request::new_with_init(&url, &init).map_err(Error::internal)?;

            let mut response = stub.fetch_with_request(outgoing).await.map_err(|error| {
                Error::internal(format!("call to {}/{} failed: {error}", request.class, request.name))
            })?;
            let status = response.status_code();
            let body: Value = response.json().await.map_err(|error| {
                Error::internal(format!("invalid reply from {}/{}: {error}", request.class, request.name))
            })?;
            if status == 200 {
                return Ok(body.get("result").cloned().unwrap_or(Value::Null));
            }
            Err(error_from_body(status, &body))
        })
    }
}

/// Rebuilds a runtime error from an error response, so the caller's caller sees the same code.
fn error_from_body(status: u16, body: &Value) -> Error {
    let error = &body["error"];
    let code = error["code"].as_str().unwrap_or("INTERNAL");
    let message = error["message"].as_str().unwrap_or("the other object failed").to_string();
    let code = match code {
        "VALIDATION_ERROR" => ErrorCode::Validation,
        "UNAUTHENTICATED" => ErrorCode::Unauthenticated,
        "FORBIDDEN" => ErrorCode::Forbidden,
        "NOT_FOUND" => ErrorCode::NotFound,
        "METHOD_NOT_FOUND" => ErrorCode::MethodNotFound,
        "CONFLICT" => ErrorCode::Conflict,
        "PAYLOAD_TOO_LARGE" => ErrorCode::PayloadTooLarge,
        "RATE_LIMITED" => ErrorCode::RateLimited {
            retry_after_secs: error["details"]["retry_after"].as_u64().unwrap_or(1),
        },
        "INTERNAL" => return Error::internal(format!("the called object failed: {message}")),
        other => ErrorCode::Custom { code: other.to_string().into(), status },
    };
    let details = error.get("details").cloned().unwrap_or(json!(null));
    Error::new(code, message).with_details(details)
}
