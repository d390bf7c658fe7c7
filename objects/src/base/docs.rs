//! JSON document collections.

use generated::r#do::{DocDeleteParams, DocGetParams, DocListParams, DocPutParams, JsonDoc};
use runtime::{params, CallContext, Error, Result, Row};

use super::limits::{json_text, page_limit, text_length, MAX_COLLECTION_CHARS, MAX_DOC_ID_CHARS};

const COLUMNS: &str = "\"collection\", \"id\", \"data\", \"created_at\", \"updated_at\"";

/// Creates or replaces a document, keeping `created_at` on replace.
pub fn doc_put(ctx: &CallContext<'_>, params: DocPutParams) -> Result<JsonDoc> {
    text_length("collection", &params.collection, MAX_COLLECTION_CHARS)?;
    text_length("id", &params.id, MAX_DOC_ID_CHARS)?;
    let data = json_text("data", &params.data)?;
    let now = ctx.now_ms();
    let sql = format!(
        "INSERT INTO \"docs\" ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?4) \
         ON CONFLICT (\"collection\", \"id\") DO UPDATE SET \"data\" = excluded.\"data\", \
         \"updated_at\" = excluded.\"updated_at\" RETURNING {COLUMNS}"
    );
    let row = ctx
        .sql()
        .query_row(&sql, &params![params.collection.as_str(), params.id.as_str(), data, now])?
        .ok_or_else(|| Error::internal("INSERT ... RETURNING returned no row"))?;
    doc_from_row(&row)
}

/// Returns one document, or `NOT_FOUND`.
pub fn doc_get(ctx: &CallContext<'_>, params: DocGetParams) -> Result<JsonDoc> {
    let sql = format!("SELECT {COLUMNS} FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2");
    match ctx.sql().query_row(&sql, &params![params.collection.as_str(), params.id.as_str()])? {
        Some(row) => doc_from_row(&row),
        None => Err(Error::not_found(format!(
            "no document `{}` in collection `{}`",
            params.id, params.collection
        ))),
    }
}

/// Deletes a document; returns whether it existed.
pub fn doc_delete(ctx: &CallContext<'_>, params: DocDeleteParams) -> Result<bool> {
    let deleted = ctx.sql().exec(
        "DELETE FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2",
        &params![params.collection.as_str(), params.id.as_str()],
    )?;
    Ok(deleted > 0)
}

/// Lists a collection's documents in id order, after `after_id`.
pub fn doc_list(ctx: &CallContext<'_>, params: DocListParams) -> Result<Vec<JsonDoc>> {
    let limit = page_limit(params.limit)?;
    let sql = format!(
        "SELECT {COLUMNS} FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
    );
    let after = params.after_id.unwrap_or_default();
    let rows = ctx.sql().query(&sql, &params![params.collection.as_str(), after.as_str(), limit])?;
    rows.iter().map(doc_from_row).collect()
}

fn doc_from_row(row: &Row) -> Result<JsonDoc> {
    Ok(JsonDoc {
        collection: row.get("collection")?,
        id: row.get("id")?,
        data: row.get("data")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
    })
}
