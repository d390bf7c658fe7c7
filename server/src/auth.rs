//! Authentication: maps a bearer token to a [`runtime::Principal`]. The token table is shared with
//! the Workers host and lives in [`runtime::protocol::auth`].

pub use runtime::protocol::auth::{Auth, TokenEntry};
