//! The Cloudflare Workers build of dotdo: a Worker entry that routes `/<class>/<name>/...` to one
//! Durable Object per instance, and one exported Durable Object class per object class.
//!
//! Built for wasm32-unknown-unknown by `worker/build.sh`; natively this crate is empty.
//!
//! The Durable Object classes come from `#[durable_object]`, which on wasm32 exports each struct
//! as `<PascalCase class>Object` (`DoObject`, `CounterObject`); `probe` has no macro, so it is
//! exported below. Adding a class takes two steps that must agree:
//! - its entry in [`CLASSES`], and a dependency on its crate;
//! - the class in `specs/workers.toml`, from which `cargo run -p codegen` writes its binding (the
//!   class in upper case, `PROBE`) and `class_name` into generated/workers/wrangler.toml and
//!   workerd.capnp. `build.sh` reads the class names from that wrangler.toml.

#[cfg(target_arch = "wasm32")]
mod wasm {
    use runtime::workers::WorkerClass;
    use runtime::DurableObject;
    use worker::{event, Context, Env, Request, Response};

    runtime::export_durable_object!(probe::Probe => ProbeObject);

    /// The classes this Worker serves.
    pub static CLASSES: &[WorkerClass] = &[
        WorkerClass {
            info: <objects::Do as DurableObject>::info,
        },
        WorkerClass {
            info: <counter_example::Counter as DurableObject>::info,
        },
        WorkerClass {
            info: <probe::Probe as DurableObject>::info,
        },
    ];

    #[event(fetch)]
    async fn fetch(request: Request, env: Env, _context: Context) -> worker::Result<Response> {
        runtime::workers::entry::handle(request, &env, CLASSES).await
    }
}

#[cfg(target_arch = "wasm32")]
pub use wasm::CLASSES;
