//! Rust types of the dotdo objects: one module per object, generated from its spec by
//! `cargo run -p codegen`. Do not edit: change the spec and run the generator again.

pub mod counter;

/// Serde helpers for bytes nested in `Option` and `Vec`, which the object modules use.
pub mod wire;
