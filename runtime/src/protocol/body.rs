//! JSON request bodies: the size-limit error and parsing with a nesting-depth limit.
//!
//! The depth is checked on the raw bytes before parsing, so a deeply nested document is rejected
//! without building it. serde_json has its own limit of 128 levels, so a configured depth above
//! 128 behaves as 128.

use serde_json::{json, Value};

use crate::error::Error;

/// Builds the error for a body or message over the size limit.
pub fn too_large(max_bytes: usize) -> Error {
    Error::payload_too_large(format!(
        "the request body exceeds the limit of {max_bytes} bytes"
    ))
    .with_details(json!({ "limit": max_bytes }))
}

/// Parses a request body. A body of only whitespace reads as `null`.
pub fn parse_body(bytes: &[u8], max_depth: usize) -> Result<Value, Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Null);
    }
    parse_json(bytes, max_depth)
}

/// Parses JSON text after checking its nesting depth; both failures are `VALIDATION_ERROR`.
pub fn parse_json(bytes: &[u8], max_depth: usize) -> Result<Value, Error> {
    if nesting_depth_exceeds(bytes, max_depth) {
        return Err(Error::validation(format!(
            "JSON is nested deeper than the limit of {max_depth} levels"
        ))
        .with_details(json!({ "limit": max_depth })));
    }
    serde_json::from_slice(bytes)
        .map_err(|error| Error::validation(format!("malformed JSON: {error}")))
}

/// Returns true when arrays and objects nest deeper than `max_depth`, ignoring brackets inside
/// strings. Malformed input is left for the parser to reject.
fn nesting_depth_exceeds(bytes: &[u8], max_depth: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;

    for &byte in bytes {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max_depth {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_table() {
        let cases = [
            ("{}", 1, false),
            ("[[]]", 1, true),
            ("[[]]", 2, false),
            (r#"{"a": "[[[[[["}"#, 1, false),
            (r#"{"a": "\"[[["}"#, 1, false),
            (r#"[{"a": [1]}]"#, 2, true),
        ];
        for (text, limit, exceeds) in cases {
            assert_eq!(
                nesting_depth_exceeds(text.as_bytes(), limit),
                exceeds,
                "{text} limit {limit}"
            );
        }
    }

    #[test]
    fn deep_json_is_validation_error() {
        let text = "[".repeat(100) + &"]".repeat(100);
        let error = parse_json(text.as_bytes(), 64).unwrap_err();
        assert_eq!(error.status(), 400);
    }

    #[test]
    fn malformed_json_is_validation_error() {
        let error = parse_json(b"{\"by\": ", 64).unwrap_err();
        assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
    }

    #[test]
    fn whitespace_body_is_null() {
        assert_eq!(parse_body(b" \n", 64).unwrap(), Value::Null);
    }
}
