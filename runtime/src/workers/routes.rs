//! Request routing inside the Durable Object, with the native server's paths, verbs and errors:
//!
//! - `GET /<class>/<name>`: describe;
//! - `POST /<class>/<name>/<method>`: a declared method, JSON params in, JSON result out;
//! - `POST /<class>/<name>/rpc`: JSON-RPC 2.0;
//! - `GET /<class>/<name>/ws`: WebSocket (hibernation API);
//! - any verb on `/<class>/<name>/<path>`: the class's declared REST routes.
//!
//! A request with the header [`INTERNAL_CALL_HEADER`] is a cross-object call from another Durable
//! Object; the Worker entry rejects that header on outside requests.

use serde::Deserialize;
use serde_json::{json, Value};
use worker::{Method, Request, Response};

use crate::error::Error;
use crate::id::{instance_id, validate_name};
use crate::object::DurableObject;
use crate::principal::Principal;
use crate::protocol::limits::Limits;
use crate::protocol::params::merge_path_params;
use crate::route::{coerce_params, match_route};

use super::host::ObjectHost;
use super::http::{
    error_response, json_response, path_segments, query_pairs, read_bytes, read_json,
    result_response,
};

/// Header that marks a cross-object call between Durable Objects.
pub const INTERNAL_CALL_HEADER: &str = "x-dotdo-internal-call";

/// The request a path under `/<class>/<name>` makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `GET /<class>/<name>`.
    Describe,
    /// `POST /<class>/<name>/rpc`.
    Rpc,
    /// `GET /<class>/<name>/ws`.
    WebSocket,
    /// Anything else: a method by name or a REST route.
    Call(Vec<String>),
}

/// Classifies the path after `/<class>/<name>`; a known path with the wrong verb is 405, as on
/// the native server.
pub fn classify(method: &Method, rest: &[String]) -> Result<Target, Error> {
    let target = match rest {
        [] => Target::Describe,
        [only] if only == "rpc" => Target::Rpc,
        [only] if only == "ws" => Target::WebSocket,
        _ => return Ok(Target::Call(rest.to_vec())),
    };
    let allowed = match target {
        Target::Describe | Target::WebSocket => Method::Get,
        _ => Method::Post,
    };
    if *method != allowed {
        return Err(Error::custom(
            "METHOD_NOT_ALLOWED",
            405,
            "this HTTP verb is not allowed on this path",
        ));
    }
    Ok(target)
}

/// Returns the host name of the request URL, for the development-mode check.
pub fn request_host(request: &Request) -> String {
    request
        .url()
        .ok()
        .and_then(|url| url.host_str().map(str::to_string))
        .unwrap_or_default()
}

/// Body of an internal cross-object call.
#[derive(Debug, Deserialize, serde::Serialize)]
pub struct InternalCall {
    /// Target instance name.
    pub name: String,
    /// Wire method name.
    pub method: String,
    /// Params object.
    pub params: Value,
    /// Principal of the original caller.
    pub principal: Principal,
    /// Instance ids the call passed through.
    pub chain: Vec<String>,
}

pub(crate) async fn handle<T: DurableObject>(
    host: &ObjectHost<T>,
    mut request: Request,
) -> worker::Result<Response> {
    if request.headers().has(INTERNAL_CALL_HEADER)? {
        return internal_call(host, &mut request).await;
    }
    match route(host, request).await {
        Ok(response) => Ok(response),
        Err(error) => error_response(&error),
    }
}

async fn route<T: DurableObject>(
    host: &ObjectHost<T>,
    mut request: Request,
) -> Result<Response, Error> {
    let segments = path_segments(&request.path())?;
    let [_class, name, rest @ ..] = segments.as_slice() else {
        return Err(Error::not_found(
            "no such route; objects are at /<class>/<name>, and GET /health lists the classes",
        ));
    };
    let settings = host.settings()?;
    let target = classify(&request.method(), rest)?;

    if target == Target::WebSocket {
        return super::socket::upgrade(host, &request, name).await;
    }

    let authorization = request.headers().get("authorization").ok().flatten();
    let principal = settings.authenticate(authorization.as_deref(), &request_host(&request))?;
    validate_name(name, settings.limits.max_name_bytes)?;
    let info = T::info();
    let limits = settings.limits;

    let response = match target {
        Target::Describe => json_response(200, &info.describe(&instance_id(info.class, name), name)),
        Target::Rpc => {
            let bytes = read_bytes(&mut request, limits.max_body_bytes).await?;
            super::rpc::handle(host, name, &principal, &bytes, limits.max_json_depth).await
        }
        Target::WebSocket => unreachable!("handled above"),
        Target::Call(rest) => {
            let (method, params) = resolve_call::<T>(&mut request, &rest, limits).await?;
            let result = host.call(name, &method, params, principal, Vec::new()).await;
            result_response(result)
        }
    };
    response.map_err(|error| Error::internal(format!("cannot build the response: {error}")))
}

/// Finds the method a call path names, by method name or declared REST route, and its params.
async fn resolve_call<T: DurableObject>(
    request: &mut Request,
    rest: &[String],
    limits: Limits,
) -> Result<(String, Value), Error> {
    let info = T::info();
    let verb = request.method();

    if verb == Method::Post && rest.len() == 1 && info.method(&rest[0]).is_some() {
        let params = read_json(request, limits.max_body_bytes, limits.max_json_depth).await?;
        return Ok((rest[0].clone(), params));
    }

    let segments: Vec<&str> = rest.iter().map(String::as_str).collect();
    if let Some(found) = match_route(info.routes, verb.as_ref(), &segments) {
        let params = if verb == Method::Get || verb == Method::Delete {
            Value::Object(
                query_pairs(request)?
                    .into_iter()
                    .map(|(name, value)| (name, Value::String(value)))
                    .collect(),
            )
        } else {
            read_json(request, limits.max_body_bytes, limits.max_json_depth).await?
        };
        let mut params = merge_path_params(params, found.params)?;
        coerce_params(found.route, &mut params)?;
        return Ok((found.route.method.to_string(), Value::Object(params)));
    }

    if verb == Method::Post && rest.len() == 1 {
        return Err(Error::method_not_found(info.class, &rest[0]));
    }
    Err(Error::not_found(format!(
        "object `{}` has no route {verb} /{}",
        info.class,
        rest.join("/")
    )))
}

/// Runs a cross-object call and returns `{"result": ...}` or the error body.
async fn internal_call<T: DurableObject>(
    host: &ObjectHost<T>,
    request: &mut Request,
) -> worker::Result<Response> {
    let call: InternalCall = match request.json().await {
        Ok(call) => call,
        Err(error) => {
            return error_response(&Error::internal(format!(
                "invalid internal call body: {error}"
            )))
        }
    };
    let result = host
        .call(&call.name, &call.method, call.params, call.principal, call.chain)
        .await;
    match result {
        Ok(value) => json_response(200, &json!({ "result": value })),
        Err(error) => error_response(&error),
    }
}
