//! A struct that implements every method of the `do` spec is a `DurableObject`.

use generated::r#do::{
    AppendEventParams, AppendResult, DocDeleteParams, DocGetParams, DocListParams, DocPutParams, EventEntry,
    EventsSinceParams, Health, HealthStatus, JsonDoc, KvDeleteParams, KvEntry, KvGetParams, KvListParams, KvSetParams,
    Methods, ObjectDescription, ReadStreamParams, StreamEvent, StreamVersionParams,
};
use macros::durable_object;
use runtime::{CallContext, DurableObject, Error, Result};

#[durable_object]
pub struct Do;

impl Methods for Do {
    async fn describe(&self, ctx: &CallContext<'_>) -> Result<ObjectDescription> {
        Err(Error::not_found(format!("{} describes itself elsewhere", ctx.class())))
    }

    async fn health(&self, ctx: &CallContext<'_>) -> Result<Health> {
        Ok(Health { status: HealthStatus::Ok, class: ctx.class().into(), id: ctx.id().into(), now: ctx.now_ms() })
    }

    async fn events_since(&self, _ctx: &CallContext<'_>, _params: EventsSinceParams) -> Result<Vec<EventEntry>> {
        Ok(Vec::new())
    }

    async fn append_event(&self, _ctx: &CallContext<'_>, params: AppendEventParams) -> Result<AppendResult> {
        Ok(AppendResult { stream: params.stream, version: 1 })
    }

    async fn read_stream(&self, ctx: &CallContext<'_>, params: ReadStreamParams) -> Result<Vec<StreamEvent>> {
        let page = StreamEvent::table(ctx.sql()).list(100, None)?;
        Ok(page.items.into_iter().filter(|event| event.stream == params.stream).collect())
    }

    async fn stream_version(&self, _ctx: &CallContext<'_>, _params: StreamVersionParams) -> Result<i64> {
        Ok(0)
    }

    async fn kv_get(&self, ctx: &CallContext<'_>, params: KvGetParams) -> Result<Option<serde_json::Value>> {
        Ok(KvEntry::table(ctx.sql()).get(&params.key)?.map(|entry| entry.value))
    }

    async fn kv_set(&self, ctx: &CallContext<'_>, params: KvSetParams) -> Result<()> {
        let entry = KvEntry { key: params.key, value: params.value, expires_at: None, updated_at: ctx.now_ms() };
        KvEntry::table(ctx.sql()).upsert(&entry)
    }

    async fn kv_delete(&self, ctx: &CallContext<'_>, params: KvDeleteParams) -> Result<bool> {
        KvEntry::table(ctx.sql()).delete(&params.key)
    }

    async fn kv_list(&self, ctx: &CallContext<'_>, _params: KvListParams) -> Result<Vec<KvEntry>> {
        Ok(KvEntry::table(ctx.sql()).list(100, None)?.items)
    }

    async fn doc_put(&self, _ctx: &CallContext<'_>, params: DocPutParams) -> Result<JsonDoc> {
        Ok(JsonDoc { collection: params.collection, id: params.id, data: params.data, created_at: 0, updated_at: 0 })
    }

    async fn doc_get(&self, ctx: &CallContext<'_>, params: DocGetParams) -> Result<JsonDoc> {
        let found = JsonDoc::table(ctx.sql()).get(&params.collection, &params.id)?;
        found.ok_or_else(|| Error::not_found(format!("no document `{}`", params.id)))
    }

    async fn doc_delete(&self, ctx: &CallContext<'_>, params: DocDeleteParams) -> Result<bool> {
        JsonDoc::table(ctx.sql()).delete(&params.collection, &params.id)
    }

    async fn doc_list(&self, ctx: &CallContext<'_>, params: DocListParams) -> Result<Vec<JsonDoc>> {
        let page = JsonDoc::table(ctx.sql()).list_by_collection_updated_at(&params.collection, 0, 100, None)?;
        Ok(page.items)
    }
}

fn main() {
    let info = <Do as DurableObject>::info();
    assert_eq!(info.class, "do");
    assert!(info.method("kvSet").is_some_and(|method| method.writes));
    assert_eq!(info.migrations.len(), generated::r#do::MIGRATIONS.len());
}
