//! JSON-RPC 2.0 on `POST /<class>/<name>/rpc`: runs the shared protocol of
//! [`crate::protocol::rpc`] against the Durable Object host.

use worker::Response;

use crate::object::DurableObject;
use crate::principal::Principal;
use crate::protocol::rpc;

use super::host::ObjectHost;
use super::http::{empty_response, json_response};

/// Handles one JSON-RPC request body.
pub(crate) async fn handle<T: DurableObject>(
    host: &ObjectHost<T>,
    name: &str,
    principal: &Principal,
    bytes: &[u8],
    max_depth: usize,
) -> worker::Result<Response> {
    let reply = rpc::handle(bytes, max_depth, |method, params| {
        let principal = principal.clone();
        async move {
            host.call(name, &method, params, principal, Vec::new())
                .await
        }
    })
    .await;
    match reply {
        Some(body) => json_response(200, &body),
        None => empty_response(204),
    }
}
