//! The dotdo runtime: the object model that object code and generated code build on, identical on
//! every target.
//!
//! The default build is target-independent and compiles for `wasm32-unknown-unknown`: no tokio,
//! rusqlite or other native crate. Native hosting is split in two:
//! - the `sqlite` feature adds [`sqlite::SqliteDb`], the rusqlite implementation of [`Sql`] and
//!   [`Database`];
//! - the `server` crate is the native host (tokio, axum), driving [`instance::Instance`].
//!
//! Code map:
//! - [`object`]: [`ObjectInfo`] (what a class declares) and [`DurableObject`] (what it implements);
//! - [`context`]: [`CallContext`], what a handler can reach during a call;
//! - [`dispatch`]: params parsing and result helpers for dispatchers;
//! - [`instance`]: activation, calls and alarms of one instance, shared by all hosts;
//! - [`sql`], [`database`]: storage as object code and hosts see it;
//! - [`migration`], [`events`], [`schedule`]: the tables the runtime keeps in every instance;
//! - [`principal`], [`error`], [`id`], [`route`], [`caller`]: callers, errors, addressing, REST
//!   routes and cross-object calls;
//! - [`protocol`]: what every host serves alike: body limits, JSON-RPC, WebSocket messages, REST
//!   route params and bearer tokens.

pub mod caller;
pub mod context;
pub mod database;
pub mod dispatch;
pub mod error;
pub mod events;
pub mod id;
pub mod instance;
#[cfg(test)]
mod instance_tests;
pub mod migration;
pub mod object;
pub mod principal;
pub mod protocol;
pub mod route;
pub mod schedule;
pub mod sql;
#[cfg(any(test, feature = "sqlite"))]
pub mod sqlite;
pub mod table;
pub mod wire;
#[cfg(feature = "workers")]
pub mod workers;

pub use caller::{CallRequest, Caller, Stub};
pub use context::CallContext;
pub use database::Database;
pub use error::{Error, ErrorCode, Result};
pub use migration::Migration;
pub use object::{DurableObject, MethodInfo, ObjectEnv, ObjectInfo};
pub use principal::Principal;
pub use route::{ParamKind, Route, RouteParam};
pub use sql::{FromSql, Row, Sql, ToSql, Value};

/// Re-exports for code that `#[durable_object]` expands to, so user crates need no direct
/// dependency on them. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use serde_json;
}
