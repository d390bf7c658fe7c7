//! The hand-written behaviour of dotdo's objects. Everything here is host-independent: it reaches
//! storage, the clock and other objects only through `runtime::CallContext`, so it builds for the
//! native server and for Cloudflare Workers (wasm32) alike.
//!
//! - [`base`]: the base object `do`, reused by every object through [`impl_base_methods!`].
//! - [`Do`]: the base object as a class of its own.

pub mod base;

use macros::durable_object;

/// The base object `do` as a class: the key-value store, documents and streams on their own.
#[durable_object(spec = "do")]
pub struct Do;

impl_base_methods!(Do);
