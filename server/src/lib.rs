//! The native dotdo host: serves registered Durable Object classes over HTTP, JSON-RPC and
//! WebSocket, one SQLite database per instance.
//!
//! Code map:
//! - [`cli`], [`config`], [`auth`]: arguments, the TOML config file and bearer tokens;
//! - [`registry`]: the hosted classes;
//! - [`host`]: instance actors on shard threads, alarms and the instance directory;
//! - [`http`]: the axum routes, JSON-RPC and WebSocket;
//! - [`serve`]: startup and graceful shutdown;
//!
//! The object-facing runtime (`runtime` crate) stays free of tokio and rusqlite so object code
//! compiles for wasm32; everything native lives here, plus `runtime`'s `sqlite` feature.

pub mod auth;
pub mod cli;
pub mod config;
pub mod host;
pub mod http;
pub mod registry;
pub mod serve;

pub use config::Settings;
pub use host::Host;
pub use registry::Registry;
pub use serve::Server;
