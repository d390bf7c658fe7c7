//! Request bodies: read with a size limit, then parse with the shared depth check of
//! [`runtime::protocol::body`].

use axum::body::Body;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use runtime::Error;
use serde_json::Value;

pub use runtime::protocol::body::parse_json;
use runtime::protocol::body::too_large;

use crate::config::Limits;

/// Reads a JSON body; an empty body reads as `null`.
pub async fn read_json(body: Body, limits: &Limits) -> Result<Value, Error> {
    let bytes = read_bytes(body, limits.max_body_bytes).await?;
    runtime::protocol::body::parse_body(&bytes, limits.max_json_depth)
}

/// Reads the whole body, or fails with `PAYLOAD_TOO_LARGE` past `max_bytes`.
pub async fn read_bytes(body: Body, max_bytes: usize) -> Result<Vec<u8>, Error> {
    match Limited::new(body, max_bytes).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => {
            Err(too_large(max_bytes))
        }
        Err(error) => Err(Error::validation(format!(
            "cannot read the request body: {error}"
        ))),
    }
}
