//! The key-value store with expiry. An expired key reads as missing and is deleted when it is next
//! written, deleted or listed; no timer is needed.

use generated::r#do::{KvDeleteParams, KvEntry, KvGetParams, KvListParams, KvSetParams};
use runtime::{params, CallContext, Error, Result};

use super::limits::{json_text, page_limit, text_length, MAX_KEY_CHARS};

/// Returns the value of a live key.
pub fn kv_get(ctx: &CallContext<'_>, params: KvGetParams) -> Result<Option<serde_json::Value>> {
    let row = ctx.sql().query_row(
        "SELECT \"value\" FROM \"kv\" WHERE \"key\" = ?1 AND (\"expires_at\" IS NULL OR \"expires_at\" > ?2)",
        &params![params.key.as_str(), ctx.now_ms()],
    )?;
    row.map(|row| row.get("value")).transpose()
}

/// Sets a key, with an optional time to live.
pub fn kv_set(ctx: &CallContext<'_>, params: KvSetParams) -> Result<()> {
    text_length("key", &params.key, MAX_KEY_CHARS)?;
    let expires_at = match params.ttl_ms {
        None => None,
        Some(ttl) if ttl >= 1 => Some(ctx.now_ms().saturating_add(ttl)),
        Some(ttl) => {
            return Err(Error::validation(format!("invalid `ttlMs` {ttl}: use at least 1, or leave it out"))
                .with_details(serde_json::json!({ "field": "ttlMs" })))
        }
    };
    let value = json_text("value", &params.value)?;
    ctx.sql().exec(
        "INSERT INTO \"kv\" (\"key\", \"value\", \"expires_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\", \
         \"expires_at\" = excluded.\"expires_at\", \"updated_at\" = excluded.\"updated_at\"",
        &params![params.key.as_str(), value, expires_at, ctx.now_ms()],
    )?;
    Ok(())
}

/// Deletes a key; an expired key counts as missing.
pub fn kv_delete(ctx: &CallContext<'_>, params: KvDeleteParams) -> Result<bool> {
    let live = kv_get(ctx, KvGetParams { key: params.key.clone() })?.is_some();
    ctx.sql().exec("DELETE FROM \"kv\" WHERE \"key\" = ?1", &params![params.key.as_str()])?;
    Ok(live)
}

/// Lists live keys with a prefix, in key order, purging expired ones first.
pub fn kv_list(ctx: &CallContext<'_>, params: KvListParams) -> Result<Vec<KvEntry>> {
    let limit = page_limit(params.limit)?;
    let now = ctx.now_ms();
    ctx.sql().exec(
        "DELETE FROM \"kv\" WHERE \"expires_at\" IS NOT NULL AND \"expires_at\" <= ?1",
        &params![now],
    )?;

    // `substr` compares the prefix exactly; LIKE would treat `%` and `_` in it as wildcards.
    let prefix = params.prefix.unwrap_or_default();
    let after = params.after_key.unwrap_or_default();
    let rows = ctx.sql().query(
        "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" \
         WHERE substr(\"key\", 1, length(?1)) = ?1 AND \"key\" > ?2 ORDER BY \"key\" LIMIT ?3",
        &params![prefix.as_str(), after.as_str(), limit],
    )?;
    rows.iter()
        .map(|row| {
            Ok(KvEntry {
                key: row.get("key")?,
                value: row.get("value")?,
                expires_at: row.get("expires_at")?,
                updated_at: row.get("updated_at")?,
            })
        })
        .collect()
}
