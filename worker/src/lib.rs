//! The Cloudflare Workers build of dotdo: a Worker entry that routes `/<class>/<name>/...` to one
//! Durable Object per instance, and one exported Durable Object class per object class.
//!
//! Built for wasm32-unknown-unknown by `worker/build.sh`; natively this crate is empty.
//!
//! Adding a class takes three lines that must agree:
//! - `runtime::export_durable_object!(crate_name::Type => TypeObject);` below;
//! - its entry in [`CLASSES`];
//! - a Durable Object binding named after the class in upper case (`PROBE` for `probe`) with
//!   `class_name = "TypeObject"` in wrangler.toml and workerd.capnp.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use runtime::workers::WorkerClass;
    use runtime::DurableObject;
    use worker::{event, Context, Env, Request, Response};

    runtime::export_durable_object!(probe::Probe => ProbeObject);

    /// The classes this Worker serves.
    pub static CLASSES: &[WorkerClass] = &[WorkerClass {
        info: <probe::Probe as DurableObject>::info,
    }];

    #[event(fetch)]
    async fn fetch(request: Request, env: Env, _context: Context) -> worker::Result<Response> {
        runtime::workers::entry::handle(request, &env, CLASSES).await
    }
}

#[cfg(target_arch = "wasm32")]
pub use wasm::CLASSES;
