//! The behaviour of the base object `do`, which every object extends: describe and health, the
//! event log, event-sourced streams, a key-value store with expiry and JSON document collections.
//!
//! Each method is a free function of the call context, so any object reuses it through
//! [`impl_base_methods!`](crate::impl_base_methods).

mod describe;
mod docs;
mod kv;
pub mod limits;
mod streams;

pub use describe::{describe, health};
pub use docs::{doc_delete, doc_get, doc_list, doc_put};
pub use kv::{kv_delete, kv_get, kv_list, kv_set};
pub use streams::{append_event, events_since, read_stream, stream_version};

/// Implements `generated::r#do::Methods` for a type with the base behaviour of this module.
///
/// Rust's orphan rule forbids a blanket `impl<T> generated::r#do::Methods for T` in this crate, so
/// each object states it once: `objects::impl_base_methods!(Startup);`.
#[macro_export]
macro_rules! impl_base_methods {
    ($object:ty) => {
        impl ::generated::r#do::Methods for $object {
            async fn describe(
                &self,
                ctx: &::runtime::CallContext<'_>,
            ) -> ::runtime::Result<::generated::r#do::ObjectDescription> {
                $crate::base::describe(ctx)
            }

            async fn health(&self, ctx: &::runtime::CallContext<'_>) -> ::runtime::Result<::generated::r#do::Health> {
                $crate::base::health(ctx)
            }

            async fn events_since(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::EventsSinceParams,
            ) -> ::runtime::Result<::std::vec::Vec<::generated::r#do::EventEntry>> {
                $crate::base::events_since(ctx, params)
            }

            async fn append_event(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::AppendEventParams,
            ) -> ::runtime::Result<::generated::r#do::AppendResult> {
                $crate::base::append_event(ctx, params)
            }

            async fn read_stream(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::ReadStreamParams,
            ) -> ::runtime::Result<::std::vec::Vec<::generated::r#do::StreamEvent>> {
                $crate::base::read_stream(ctx, params)
            }

            async fn stream_version(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::StreamVersionParams,
            ) -> ::runtime::Result<i64> {
                $crate::base::stream_version(ctx, params)
            }

            async fn kv_get(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::KvGetParams,
            ) -> ::runtime::Result<::std::option::Option<::serde_json::Value>> {
                $crate::base::kv_get(ctx, params)
            }

            async fn kv_set(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::KvSetParams,
            ) -> ::runtime::Result<()> {
                $crate::base::kv_set(ctx, params)
            }

            async fn kv_delete(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::KvDeleteParams,
            ) -> ::runtime::Result<bool> {
                $crate::base::kv_delete(ctx, params)
            }

            async fn kv_list(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::KvListParams,
            ) -> ::runtime::Result<::std::vec::Vec<::generated::r#do::KvEntry>> {
                $crate::base::kv_list(ctx, params)
            }

            async fn doc_put(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::DocPutParams,
            ) -> ::runtime::Result<::generated::r#do::JsonDoc> {
                $crate::base::doc_put(ctx, params)
            }

            async fn doc_get(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::DocGetParams,
            ) -> ::runtime::Result<::generated::r#do::JsonDoc> {
                $crate::base::doc_get(ctx, params)
            }

            async fn doc_delete(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::DocDeleteParams,
            ) -> ::runtime::Result<bool> {
                $crate::base::doc_delete(ctx, params)
            }

            async fn doc_list(
                &self,
                ctx: &::runtime::CallContext<'_>,
                params: ::generated::r#do::DocListParams,
            ) -> ::runtime::Result<::std::vec::Vec<::generated::r#do::JsonDoc>> {
                $crate::base::doc_list(ctx, params)
            }
        }
    };
}
