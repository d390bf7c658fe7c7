//! The event log reader and event-sourced streams with optimistic concurrency.

use generated::r#do::{
    AppendEventParams, AppendResult, EventEntry, EventsSinceParams, ReadStreamParams, StreamAppended, StreamEvent,
    StreamVersionParams,
};
use runtime::{params, CallContext, Error, Result};

use super::limits::{json_text, page_limit, text_length, MAX_STREAM_CHARS};

/// Returns logged events after `after_seq`, oldest first.
pub fn events_since(ctx: &CallContext<'_>, params: EventsSinceParams) -> Result<Vec<EventEntry>> {
    let limit = page_limit(params.limit)?;
    let after = params.after_seq.unwrap_or(0);
    let events = runtime::events::read_after(ctx.sql(), after, limit as u32)?;
    Ok(events
        .into_iter()
        .map(|event| EventEntry { seq: event.seq, name: event.name, payload: event.payload, emitted_at: event.at })
        .collect())
}

/// Appends to a stream, checking `expected_version` in the same transaction as the insert.
pub fn append_event(ctx: &CallContext<'_>, params: AppendEventParams) -> Result<AppendResult> {
    text_length("stream", &params.stream, MAX_STREAM_CHARS)?;
    let current = version_of(ctx, &params.stream)?;
    if let Some(expected) = params.expected_version {
        if expected != current {
            let message = format!(
                "stream `{}` is at version {current}, not the expected version {expected}",
                params.stream
            );
            let details = serde_json::json!({ "stream": params.stream, "currentVersion": current });
            return Err(Error::custom("WRONG_EXPECTED_VERSION", 409, message).with_details(details));
        }
    }

    let version = current + 1;
    let payload = json_text("payload", &params.payload)?;
    let metadata = json_text("metadata", params.metadata.as_ref().unwrap_or(&serde_json::json!({})))?;
    ctx.sql().exec(
        "INSERT INTO \"stream_events\" (\"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\") \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &params![params.stream.as_str(), version, params.event_type.as_str(), payload, metadata, ctx.now_ms()],
    )?;

    let appended = StreamAppended { stream: params.stream.clone(), version, event_type: params.event_type };
    ctx.emit("stream.appended", &appended)?;
    Ok(AppendResult { stream: params.stream, version })
}

/// Returns a stream's events from `from_version` on, in version order.
pub fn read_stream(ctx: &CallContext<'_>, params: ReadStreamParams) -> Result<Vec<StreamEvent>> {
    let limit = page_limit(params.limit)?;
    let from = params.from_version.unwrap_or(1);
    let rows = ctx.sql().query(
        "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" \
         FROM \"stream_events\" WHERE \"stream\" = ?1 AND \"version\" >= ?2 ORDER BY \"version\" LIMIT ?3",
        &params![params.stream.as_str(), from, limit],
    )?;
    rows.iter()
        .map(|row| {
            Ok(StreamEvent {
                stream: row.get("stream")?,
                version: row.get("version")?,
                event_type: row.get("event_type")?,
                payload: row.get("payload")?,
                metadata: row.get("metadata")?,
                recorded_at: row.get("recorded_at")?,
            })
        })
        .collect()
}

/// Returns the stream's version, 0 when it has no events.
pub fn stream_version(ctx: &CallContext<'_>, params: StreamVersionParams) -> Result<i64> {
    version_of(ctx, &params.stream)
}

fn version_of(ctx: &CallContext<'_>, stream: &str) -> Result<i64> {
    let row = ctx.sql().query_row(
        "SELECT coalesce(max(\"version\"), 0) AS version FROM \"stream_events\" WHERE \"stream\" = ?1",
        &params![stream],
    )?;
    match row {
        Some(row) => row.get("version"),
        None => Ok(0),
    }
}
