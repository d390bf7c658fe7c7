//! The `#[durable_object]` attribute: binds a struct to its object spec.
//!
//! ```ignore
//! use macros::durable_object;
//!
//! /// The counter of the example, bound to `examples/counter/specs/counter.yaml` by its name,
//! /// with its generated code in the `counter-generated` crate.
//! #[durable_object(module = counter_generated::counter)]
//! pub struct Counter;
//!
//! impl counter_generated::counter::Methods for Counter {
//!     // one async fn per method of the spec
//! }
//! ```
//!
//! The attribute implements `runtime::DurableObject` for the struct: `info()` returns the
//! generated `INFO` (methods, events, routes and the embedded migrations) and `dispatch()` calls
//! the generated dispatcher, which checks nothing itself: the runtime checks the caller's grants
//! before dispatching. Arguments:
//! - `spec = "name"`: the spec, found as `specs/<name>.yaml` in the crate's folder or one of its
//!   parents; defaults to the struct name in snake_case (`SupportDesk` -> `support_desk`);
//! - `module = path`: where the generated code for the spec lives; defaults to `::generated::<spec>`.
//!
//! A unit struct is created as `Self`; any other struct with `Default::default()`. On wasm32 the
//! attribute also exports the struct as the Cloudflare Durable Object class `<Spec>Object`
//! (`CounterObject`). The example is `ignore`d because a doctest cannot depend on generated code.

mod args;
mod expand;
mod spec_lookup;

use proc_macro::TokenStream;

/// Binds a struct to its object spec and implements `runtime::DurableObject` for it.
#[proc_macro_attribute]
pub fn durable_object(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::durable_object(attr.into(), item.into()).into()
}
