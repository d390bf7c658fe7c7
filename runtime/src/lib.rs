//! The dotdo runtime.
pub mod wire;
