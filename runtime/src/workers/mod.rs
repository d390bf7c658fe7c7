//! The Cloudflare Workers host (feature `workers`, wasm32 only): every class runs as a Durable
//! Object class with SQLite storage, one Durable Object per instance, speaking the native
//! server's HTTP, JSON-RPC and WebSocket protocol.
//!
//! - [`entry`]: the Worker's `fetch`, which routes `/<class>/<name>/...` to the Durable Object;
//! - [`host::ObjectHost`]: the Durable Object side (activation, calls, alarms);
//! - [`storage`]: [`crate::Sql`] and [`crate::Database`] on the Durable Object SQL API, and the
//!   storage transactions every call runs in;
//! - [`routes`], [`rpc`], [`socket`], [`http`]: the protocol; [`caller`]: cross-object calls;
//! - [`settings`]: tokens, limits and per-class config from the `DOTDO_CONFIG` variable.
//!
//! [`export_durable_object!`](crate::export_durable_object) exports one class; the crate that
//! invokes it needs `worker` 0.8 and `wasm-bindgen` 0.2 as direct dependencies, because workers-rs'
//! `#[durable_object]` expands to `::worker` and `wasm_bindgen` paths.

pub mod caller;
pub mod entry;
pub mod host;
pub mod http;
pub mod routes;
pub mod rpc;
pub mod settings;
pub mod socket;
pub mod storage;

pub use entry::WorkerClass;
pub use host::ObjectHost;

/// Exports `$object` (a [`crate::DurableObject`]) as the Durable Object class `$export`, the
/// `class_name` in wrangler.toml and the workerd config. Its namespace binding must be named
/// after [`caller::binding_name`] of the class (`PROBE` for `probe`).
///
/// ```ignore
/// runtime::export_durable_object!(probe::Probe => ProbeObject);
/// ```
#[macro_export]
macro_rules! export_durable_object {
    ($object:ty => $export:ident) => {
        #[::worker::durable_object]
        pub struct $export {
            host: $crate::workers::ObjectHost<$object>,
        }

        impl ::worker::DurableObject for $export {
            fn new(state: ::worker::State, env: ::worker::Env) -> Self {
                $export {
                    host: $crate::workers::ObjectHost::new(state, env),
                }
            }

            async fn fetch(&self, request: ::worker::Request) -> ::worker::Result<::worker::Response> {
                self.host.fetch(request).await
            }

            async fn alarm(&self) -> ::worker::Result<::worker::Response> {
                self.host.alarm().await
            }

            async fn websocket_message(
                &self,
                socket: ::worker::WebSocket,
                message: ::worker::WebSocketIncomingMessage,
            ) -> ::worker::Result<()> {
                self.host.websocket_message(socket, message).await
            }

            async fn websocket_close(
                &self,
                socket: ::worker::WebSocket,
                code: usize,
                _reason: String,
                _was_clean: bool,
            ) -> ::worker::Result<()> {
                self.host.websocket_close(socket, code)
            }

            async fn websocket_error(
                &self,
                socket: ::worker::WebSocket,
                _error: ::worker::Error,
            ) -> ::worker::Result<()> {
                self.host.websocket_close(socket, 1011)
            }
        }
    };
}
