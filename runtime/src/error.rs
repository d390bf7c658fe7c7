//! Errors that reach callers: a stable code, an HTTP status and the JSON body
//! `{"error": {"code", "message", "details"}}`.
//!
//! An internal error keeps its cause (SQL text, driver messages) in [`Error::cause`] for the log and
//! never puts it in the body, so callers see neither SQL nor backtraces.

use std::borrow::Cow;
use std::fmt;

use serde_json::{json, Value};

/// Shorthand for results whose error is the runtime [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The stable error codes, each with its HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorCode {
    /// `VALIDATION_ERROR`, 400: the request or its parameters are invalid.
    Validation,
    /// `UNAUTHENTICATED`, 401: no valid credentials for a method that needs a grant.
    Unauthenticated,
    /// `FORBIDDEN`, 403: the principal lacks the grant the method needs.
    Forbidden,
    /// `NOT_FOUND`, 404: the object class or a record does not exist.
    NotFound,
    /// `METHOD_NOT_FOUND`, 404: the class declares no method of that name.
    MethodNotFound,
    /// `CONFLICT`, 409: the request conflicts with the current state.
    Conflict,
    /// `PAYLOAD_TOO_LARGE`, 413: the request body exceeds the configured limit.
    PayloadTooLarge,
    /// `RATE_LIMITED`, 429: retry after the given number of seconds (sent as `Retry-After`).
    RateLimited {
        /// Seconds the caller should wait before retrying.
        retry_after_secs: u64,
    },
    /// `INTERNAL`, 500: a bug or a storage failure; details are only in the log.
    Internal,
    /// A code declared by an object spec, with its own status.
    Custom {
        /// SCREAMING_SNAKE_CASE code, e.g. `ROUND_CLOSED`.
        code: Cow<'static, str>,
        /// HTTP status between 400 and 599.
        status: u16,
    },
}

impl ErrorCode {
    /// Returns the wire code, e.g. `"VALIDATION_ERROR"`.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::Validation => "VALIDATION_ERROR",
            ErrorCode::Unauthenticated => "UNAUTHENTICATED",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::MethodNotFound => "METHOD_NOT_FOUND",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            ErrorCode::RateLimited { .. } => "RATE_LIMITED",
            ErrorCode::Internal => "INTERNAL",
            ErrorCode::Custom { code, .. } => code,
        }
    }

    /// Returns the HTTP status for this code.
    pub fn status(&self) -> u16 {
        match self {
            ErrorCode::Validation => 400,
            ErrorCode::Unauthenticated => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound | ErrorCode::MethodNotFound => 404,
            ErrorCode::Conflict => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::RateLimited { .. } => 429,
            ErrorCode::Internal => 500,
            ErrorCode::Custom { status, .. } => *status,
        }
    }
}

/// An error with a stable code, a message for the caller, optional structured details and, for
/// the log only, an optional cause.
///
/// The fields are boxed so that `Result<T, Error>` stays one pointer wide on the success path.
#[derive(Debug, Clone)]
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Debug, Clone)]
struct Inner {
    code: ErrorCode,
    message: String,
    details: Value,
    cause: Option<String>,
}

/// The message callers see for every internal error; the cause goes to the log.
const INTERNAL_MESSAGE: &str = "internal error; the server log has the cause";

impl Error {
    /// Creates an error with a code and a message that callers will see.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                code,
                message: message.into(),
                details: Value::Null,
                cause: None,
            }),
        }
    }

    /// Creates a `VALIDATION_ERROR`.
    pub fn validation(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Validation, message)
    }

    /// Creates an `UNAUTHENTICATED` error.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Unauthenticated, message)
    }

    /// Creates a `FORBIDDEN` error.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Forbidden, message)
    }

    /// Creates a `NOT_FOUND` error.
    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::NotFound, message)
    }

    /// Creates a `METHOD_NOT_FOUND` error naming the method and the class.
    pub fn method_not_found(class: &str, method: &str) -> Self {
        Error::new(
            ErrorCode::MethodNotFound,
            format!("object `{class}` has no method `{method}`"),
        )
        .with_details(json!({ "method": method }))
    }

    /// Creates a `CONFLICT` error.
    pub fn conflict(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Conflict, message)
    }

    /// Creates a `PAYLOAD_TOO_LARGE` error.
    pub fn payload_too_large(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::PayloadTooLarge, message)
    }

    /// Creates a `RATE_LIMITED` error; hosts send `retry_after_secs` as the `Retry-After` header.
    pub fn rate_limited(retry_after_secs: u64, message: impl Into<String>) -> Self {
        Error::new(ErrorCode::RateLimited { retry_after_secs }, message)
            .with_details(json!({ "retry_after": retry_after_secs }))
    }

    /// Creates an `INTERNAL` error. The cause is logged and never sent to the caller.
    pub fn internal(cause: impl fmt::Display) -> Self {
        Error::new(ErrorCode::Internal, INTERNAL_MESSAGE).with_cause(cause)
    }

    /// Creates an error with a spec-declared code (SCREAMING_SNAKE_CASE) and HTTP status.
    pub fn custom(
        code: impl Into<Cow<'static, str>>,
        status: u16,
        message: impl Into<String>,
    ) -> Self {
        Error::new(
            ErrorCode::Custom {
                code: code.into(),
                status,
            },
            message,
        )
    }

    /// Attaches structured details, sent to the caller as `error.details`.
    pub fn with_details(mut self, details: Value) -> Self {
        self.inner.details = details;
        self
    }

    /// Attaches a cause for the log; it is never sent to the caller.
    pub fn with_cause(mut self, cause: impl fmt::Display) -> Self {
        self.inner.cause = Some(cause.to_string());
        self
    }

    /// Returns the code.
    pub fn code(&self) -> &ErrorCode {
        &self.inner.code
    }

    /// Returns the message callers see.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// Returns the details (`Value::Null` when there are none).
    pub fn details(&self) -> &Value {
        &self.inner.details
    }

    /// Returns the cause kept for the log, if any.
    pub fn cause(&self) -> Option<&str> {
        self.inner.cause.as_deref()
    }

    /// Returns the HTTP status.
    pub fn status(&self) -> u16 {
        self.inner.code.status()
    }

    /// Returns the seconds to send as `Retry-After` for `RATE_LIMITED`.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self.inner.code {
            ErrorCode::RateLimited { retry_after_secs } => Some(retry_after_secs),
            _ => None,
        }
    }

    /// Returns true for `INTERNAL` errors, which hosts log with their cause.
    pub fn is_internal(&self) -> bool {
        self.inner.code == ErrorCode::Internal
    }

    /// Builds the JSON object sent as `error`: `{"code", "message", "details"}`.
    pub fn to_json(&self) -> Value {
        json!({
            "code": self.inner.code.as_str(),
            "message": self.inner.message,
            "details": self.inner.details,
        })
    }

    /// Builds the full response body `{"error": {...}}`.
    pub fn to_body(&self) -> Value {
        json!({ "error": self.to_json() })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.inner.code.as_str(), self.inner.message)?;
        if let Some(cause) = &self.inner.cause {
            write!(f, " (cause: {cause})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_statuses() {
        let cases = [
            (Error::validation("x"), "VALIDATION_ERROR", 400),
            (Error::unauthenticated("x"), "UNAUTHENTICATED", 401),
            (Error::forbidden("x"), "FORBIDDEN", 403),
            (Error::not_found("x"), "NOT_FOUND", 404),
            (Error::method_not_found("c", "m"), "METHOD_NOT_FOUND", 404),
            (Error::conflict("x"), "CONFLICT", 409),
            (Error::payload_too_large("x"), "PAYLOAD_TOO_LARGE", 413),
            (Error::rate_limited(7, "x"), "RATE_LIMITED", 429),
            (Error::internal("x"), "INTERNAL", 500),
            (Error::custom("ROUND_CLOSED", 422, "x"), "ROUND_CLOSED", 422),
        ];
        for (error, code, status) in cases {
            assert_eq!(error.code().as_str(), code);
            assert_eq!(error.status(), status, "{code}");
        }
    }

    #[test]
    fn internal_body_hides_cause() {
        let error = Error::internal("no such table: secret_things (SELECT * FROM secret_things)");
        let body = error.to_body().to_string();
        assert!(!body.contains("secret_things"), "{body}");
        assert_eq!(
            error.cause(),
            Some("no such table: secret_things (SELECT * FROM secret_things)")
        );
    }

    #[test]
    fn rate_limited_carries_retry_after() {
        let error = Error::rate_limited(30, "slow down");
        assert_eq!(error.retry_after_secs(), Some(30));
        assert_eq!(error.to_body()["error"]["details"]["retry_after"], 30);
    }
}
