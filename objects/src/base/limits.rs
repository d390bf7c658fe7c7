//! Page sizes and value limits shared by the base object's methods.

use runtime::{Error, Result};

/// Default number of entries a listing returns.
pub const DEFAULT_LIMIT: i64 = 100;
/// Largest page a listing returns.
pub const MAX_LIMIT: i64 = 1000;
/// Largest JSON value, in bytes of its text, that `kv_set` and `doc_put` store.
pub const MAX_VALUE_BYTES: usize = 512 * 1024;

/// Character limits of the text keys, equal to the CHECK constraints on their columns in
/// specs/do.yaml. Checking them first turns an out-of-range value into a `VALIDATION_ERROR` that
/// names the parameter, where the constraint alone would fail the write as a `CONFLICT`.
pub const MAX_KEY_CHARS: usize = 512;
/// See [`MAX_KEY_CHARS`].
pub const MAX_STREAM_CHARS: usize = 200;
/// See [`MAX_KEY_CHARS`].
pub const MAX_COLLECTION_CHARS: usize = 100;
/// See [`MAX_KEY_CHARS`].
pub const MAX_DOC_ID_CHARS: usize = 200;

/// Checks that the text parameter `field` has 1 to `max` characters, or returns a
/// `VALIDATION_ERROR` naming it. Characters are counted as SQLite's `length()` counts them.
pub fn text_length(field: &str, value: &str, max: usize) -> Result<()> {
    let length = value.chars().count();
    if (1..=max).contains(&length) {
        return Ok(());
    }
    let message = format!("invalid `{field}` of {length} characters: use 1 to {max} characters");
    Err(Error::validation(message).with_details(serde_json::json!({ "field": field })))
}

/// Returns the page size for an optional `limit` parameter, or a `VALIDATION_ERROR` naming it.
pub fn page_limit(limit: Option<i64>) -> Result<i64> {
    match limit {
        None => Ok(DEFAULT_LIMIT),
        Some(limit) if (1..=MAX_LIMIT).contains(&limit) => Ok(limit),
        Some(limit) => Err(Error::validation(format!("invalid `limit` {limit}: use 1 to {MAX_LIMIT}"))
            .with_details(serde_json::json!({ "field": "limit" }))),
    }
}

/// Returns the JSON text of `value`, or `PAYLOAD_TOO_LARGE` when it is over [`MAX_VALUE_BYTES`].
pub fn json_text(field: &str, value: &serde_json::Value) -> Result<String> {
    let text = value.to_string();
    if text.len() > MAX_VALUE_BYTES {
        let message = format!(
            "`{field}` is {} bytes as JSON; the limit is {MAX_VALUE_BYTES} bytes",
            text.len()
        );
        return Err(Error::payload_too_large(message).with_details(serde_json::json!({ "field": field })));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_bounds() {
        assert_eq!(page_limit(None).unwrap(), DEFAULT_LIMIT);
        assert_eq!(page_limit(Some(1)).unwrap(), 1);
        assert_eq!(page_limit(Some(MAX_LIMIT)).unwrap(), MAX_LIMIT);
        assert!(page_limit(Some(0)).is_err());
        assert!(page_limit(Some(MAX_LIMIT + 1)).is_err());
    }

    #[test]
    fn text_length_bounds() {
        assert!(text_length("key", "a", MAX_KEY_CHARS).is_ok());
        assert!(text_length("key", &"é".repeat(MAX_KEY_CHARS), MAX_KEY_CHARS).is_ok());
        let empty = text_length("key", "", MAX_KEY_CHARS).unwrap_err();
        assert_eq!(empty.status(), 400);
        let long = text_length("id", &"a".repeat(MAX_DOC_ID_CHARS + 1), MAX_DOC_ID_CHARS).unwrap_err();
        assert_eq!(long.status(), 400);
    }

    #[test]
    fn oversized_json_rejected() {
        let big = serde_json::Value::String("x".repeat(MAX_VALUE_BYTES));
        let error = json_text("value", &big).unwrap_err();
        assert_eq!(error.status(), 413);
    }
}
