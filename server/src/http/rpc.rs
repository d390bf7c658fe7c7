//! JSON-RPC 2.0 on `POST /<class>/<name>/rpc`: reads the body and runs the shared protocol of
//! [`runtime::protocol::rpc`] against the host.

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use runtime::protocol::rpc;

use super::body::read_bytes;
use super::response::error_response;
use super::{authenticate, path_error, AppState};

/// Handles one JSON-RPC request body.
pub async fn handle(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let prepared = (|| {
        let Path((object, name)) = path.map_err(path_error)?;
        let principal = authenticate(&state, &headers)?;
        state.host.resolve(&object, &name)?;
        Ok((object, name, principal))
    })();
    let (object, name, principal) = match prepared {
        Ok(prepared) => prepared,
        Err(error) => return error_response(&error),
    };

    let limits = state.host.settings().limits;
    let bytes = match read_bytes(body, limits.max_body_bytes).await {
        Ok(bytes) => bytes,
        Err(error) => return error_response(&error),
    };

    let host = &state.host;
    let (object, name, principal) = (&object, &name, &principal);
    let reply = rpc::handle(&bytes, limits.max_json_depth, |method, params| {
        let principal = principal.clone();
        async move {
            host.call(object, name, &method, params, principal, Vec::new())
                .await
        }
    })
    .await;
    match reply {
        Some(body) => (StatusCode::OK, Json(body)).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    }
}
