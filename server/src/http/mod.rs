//! The HTTP interface, built with axum:
//!
//! - `GET /health`: liveness and the number of open instances;
//! - `GET /<class>/<name>`: describes the instance (class, id, methods, events, routes);
//! - `POST /<class>/<name>/<method>`: calls a method, JSON params in, JSON result out;
//! - `POST /<class>/<name>/rpc`: JSON-RPC 2.0, single or batch ([`rpc`]);
//! - `GET /<class>/<name>/ws`: WebSocket calls and event subscriptions ([`ws`]);
//! - any other verb and path under `/<class>/<name>/`: the class's declared REST routes.
//!
//! `rpc` and `ws` are therefore reserved and cannot be method names.

mod body;
mod call;
mod response;
mod rpc;
mod ws;

use axum::extract::rejection::PathRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::routing::{any, get, post};
use axum::Router;
use runtime::id::instance_id;
use runtime::{Error, Principal};
use serde_json::json;
use tokio::sync::watch;

use crate::host::Host;
pub use body::parse_json;
use response::{error_response, json_ok};

/// State shared by every handler.
#[derive(Clone)]
pub struct AppState {
    /// The host that runs instances.
    pub host: Host,
    /// Turns true when the server starts shutting down; WebSocket sessions close on it.
    pub stopping: watch::Receiver<bool>,
}

/// Builds the router.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/{object}/{name}", get(describe))
        .route("/{object}/{name}/rpc", post(rpc::handle))
        .route("/{object}/{name}/ws", get(ws::upgrade))
        .route("/{object}/{name}/{*rest}", any(call::handle))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        // Bodies are read with our own limit, which replies in the JSON error format.
        .layer(DefaultBodyLimit::disable())
        .with_state(state)
}

async fn health(State(state): State<AppState>) -> Response {
    let classes: Vec<&str> = state
        .host
        .registry()
        .classes()
        .map(|class| class.info.class)
        .collect();
    json_ok(json!({
        "status": "ok",
        "instances_open": state.host.open_instances(),
        "classes": classes,
    }))
}

async fn describe(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
) -> Response {
    let described = (|| {
        let Path((object, name)) = path.map_err(path_error)?;
        authenticate(&state, &headers)?;
        let class = state.host.resolve(&object, &name)?;
        Ok(class
            .info
            .describe(&instance_id(class.info.class, &name), &name))
    })();

    match described {
        Ok(description) => json_ok(description),
        Err(error) => error_response(&error),
    }
}

async fn not_found() -> Response {
    error_response(&Error::not_found(
        "no such route; objects are at /<class>/<name>, and GET /health lists the classes",
    ))
}

async fn method_not_allowed() -> Response {
    let error = Error::custom(
        "METHOD_NOT_ALLOWED",
        405,
        "this HTTP verb is not allowed on this path",
    );
    error_response(&error)
}

/// Resolves the `Authorization` header to a principal.
pub(crate) fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Principal, Error> {
    let header =
        match headers.get(header::AUTHORIZATION) {
            Some(value) => Some(value.to_str().map_err(|_| {
                Error::unauthenticated("the Authorization header is not valid ASCII")
            })?),
            None => None,
        };
    state.host.settings().auth.authenticate(header)
}

/// Maps a path that failed to decode (e.g. invalid UTF-8 after percent-decoding) to a validation
/// error.
pub(crate) fn path_error(rejection: PathRejection) -> Error {
    Error::validation(format!("invalid path: {rejection}"))
}
