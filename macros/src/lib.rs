//! The `#[durable_object]` attribute macro. Its expansion arrives with the runtime.
