//! The Worker entry: `GET /health`, and every `/<class>/<name>/...` request forwarded to the
//! Durable Object named `<name>` in the class's namespace (`id_from_name`). Authentication, the
//! class, the instance name and the verb are checked here first, so these errors come in the
//! native server's order without waking a Durable Object.

use serde_json::json;
use worker::{Env, Method, Request, Response};

use crate::error::Error;
use crate::id::validate_name;
use crate::object::ObjectInfo;

use super::caller::binding_name;
use super::host::load_settings;
use super::http::{error_response, json_response, path_segments};
use super::routes::{classify, request_host, Target, INTERNAL_CALL_HEADER};

/// One class served by the Worker.
#[derive(Clone, Copy)]
pub struct WorkerClass {
    /// The class declaration.
    pub info: fn() -> &'static ObjectInfo,
}

/// Handles one request to the Worker.
pub async fn handle(request: Request, env: &Env, classes: &[WorkerClass]) -> worker::Result<Response> {
    match route(request, env, classes).await {
        Ok(response) => Ok(response),
        Err(error) => {
            if error.is_internal() {
                worker::console_error!("worker entry: {error}");
            }
            error_response(&error)
        }
    }
}

async fn route(request: Request, env: &Env, classes: &[WorkerClass]) -> Result<Response, Error> {
    if request.headers().has(INTERNAL_CALL_HEADER).unwrap_or(false) {
        return Err(Error::validation(format!(
            "the header `{INTERNAL_CALL_HEADER}` is reserved for calls between objects"
        )));
    }
    let segments = path_segments(&request.path())?;
    let method = request.method();

    if segments.len() == 1 && segments[0] == "health" {
        if method != Method::Get {
            return Err(method_not_allowed());
        }
        let names: Vec<&str> = classes.iter().map(|class| (class.info)().class).collect();
        return json_response(200, &json!({ "status": "ok", "classes": names })).map_err(Error::internal);
    }
    let [object, name, rest @ ..] = segments.as_slice() else {
        return Err(Error::not_found(
            "no such route; objects are at /<class>/<name>, and GET /health lists the classes",
        ));
    };

    let settings = load_settings(env)?;
    let target = classify(&method, rest)?;
    if target != Target::WebSocket {
        let authorization = request.headers().get("authorization").ok().flatten();
        settings.authenticate(authorization.as_deref(), &request_host(&request))?;
    }
    let class = classes
        .iter()
        .map(|class| (class.info)())
        .find(|info| info.class == object)
        .ok_or_else(|| Error::not_found(format!("no object class `{object}` is registered")))?;
    validate_name(name, settings.limits.max_name_bytes)?;

    let namespace = env.durable_object(&binding_name(class.class)).map_err(|error| {
        Error::internal(format!(
            "the Worker has no Durable Object binding `{}` for class `{}`: {error}",
            binding_name(class.class),
            class.class
        ))
    })?;
    let stub = namespace
        .id_from_name(name)
        .and_then(|id| id.get_stub())
        .map_err(Error::internal)?;
    stub.fetch_with_request(request).await.map_err(Error::internal)
}

fn method_not_allowed() -> Error {
    Error::custom(
        "METHOD_NOT_ALLOWED",
        405,
        "this HTTP verb is not allowed on this path",
    )
}
