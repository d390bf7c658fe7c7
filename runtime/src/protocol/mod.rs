//! Protocol logic that every host serves the same way: request limits and JSON bodies, JSON-RPC
//! 2.0, the WebSocket message protocol, REST route params and bearer tokens. The native server
//! and the Workers host both call these, so status codes, error codes and bodies match on both.
//!
//! Everything here is target-independent: no I/O, no async runtime.

pub mod auth;
pub mod body;
pub mod limits;
pub mod params;
pub mod rpc;
pub mod socket;
