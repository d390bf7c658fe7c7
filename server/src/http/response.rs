//! Turning results and errors into HTTP responses.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use runtime::Error;
use serde_json::Value;

/// Builds a 200 response with a JSON body.
pub fn json_ok(value: Value) -> Response {
    (StatusCode::OK, Json(value)).into_response()
}

/// Builds the error's status and body `{"error": {...}}`, with `Retry-After` for `RATE_LIMITED`.
pub fn error_response(error: &Error) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, Json(error.to_body())).into_response();

    if let Some(seconds) = error.retry_after_secs() {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// Builds either a JSON result or an error response.
pub fn result_response(result: Result<Value, Error>) -> Response {
    match result {
        Ok(value) => json_ok(value),
        Err(error) => error_response(&error),
    }
}
