//! HTTP helpers shared by the Worker entry and the Durable Object host: JSON and error responses,
//! request bodies with the size limit, and path decoding. Messages match the native server's, so
//! one test suite can run against both hosts. The limit errors and the JSON depth check come from
//! [`crate::protocol::body`].

use serde_json::Value;
use worker::{Request, Response};

use crate::error::Error;
use crate::protocol::body::{parse_body, too_large};

/// Builds a response with a JSON body.
pub fn json_response(status: u16, value: &Value) -> worker::Result<Response> {
    Ok(Response::from_json(value)?.with_status(status))
}

/// Builds the error's status and body `{"error": {...}}`, with `Retry-After` for `RATE_LIMITED`.
pub fn error_response(error: &Error) -> worker::Result<Response> {
    let mut response = json_response(error.status(), &error.to_body())?;
    if let Some(seconds) = error.retry_after_secs() {
        response
            .headers_mut()
            .set("retry-after", &seconds.to_string())?;
    }
    Ok(response)
}

/// Builds either a JSON result or an error response.
pub fn result_response(result: Result<Value, Error>) -> worker::Result<Response> {
    match result {
        Ok(value) => json_response(200, &value),
        Err(error) => error_response(&error),
    }
}

/// Builds an empty response with this status.
pub fn empty_response(status: u16) -> worker::Result<Response> {
    Ok(Response::empty()?.with_status(status))
}

/// Reads the whole body, or fails with `PAYLOAD_TOO_LARGE` past `max_bytes`. A declared
/// `Content-Length` over the limit is rejected before reading.
pub async fn read_bytes(request: &mut Request, max_bytes: usize) -> Result<Vec<u8>, Error> {
    let declared = request
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.parse::<usize>().ok());
    if declared.is_some_and(|length| length > max_bytes) {
        return Err(too_large(max_bytes));
    }

    let bytes = request
        .bytes()
        .await
        .map_err(|error| Error::validation(format!("cannot read the request body: {error}")))?;
    if bytes.len() > max_bytes {
        return Err(too_large(max_bytes));
    }
    Ok(bytes)
}

/// Reads a JSON body; an empty body reads as `null`.
pub async fn read_json(
    request: &mut Request,
    max_bytes: usize,
    max_depth: usize,
) -> Result<Value, Error> {
    let bytes = read_bytes(request, max_bytes).await?;
    parse_body(&bytes, max_depth)
}

/// Splits a URL path into percent-decoded segments, dropping empty ones. A segment that is not
/// UTF-8 after decoding is a `VALIDATION_ERROR`.
pub fn path_segments(path: &str) -> Result<Vec<String>, Error> {
    path.split('/')
        .filter(|segment| !segment.is_empty())
        .map(percent_decode)
        .collect()
}

fn percent_decode(segment: &str) -> Result<String, Error> {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%' && index + 2 < bytes.len())
            .then(|| std::str::from_utf8(&bytes[index + 1..index + 3]).ok())
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).map_err(|_| {
        Error::validation(format!(
            "invalid path: segment `{segment}` is not UTF-8 after percent-decoding"
        ))
    })
}

/// Reads the query string into name/value pairs, percent-decoded (`+` is a space).
pub fn query_pairs(request: &Request) -> Result<Vec<(String, String)>, Error> {
    let url = request
        .url()
        .map_err(|error| Error::validation(format!("invalid URL: {error}")))?;
    Ok(url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect())
}
