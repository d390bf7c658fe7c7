//! The example of defining your own object: `specs/counter.yaml` declares a counter, `cargo run -p
//! codegen -- --specs examples/counter/specs --out examples/counter/generated` generates its code,
//! and this file binds the `Counter` struct to the spec and implements its methods.

use counter_generated::counter::{Change, CounterChanged, HistoryParams, IncrementParams, Methods};
use macros::durable_object;
use runtime::{params, CallContext, Error, Result};

/// The counter. Its state lives in the instance's SQLite tables, so the struct is empty.
#[durable_object(module = counter_generated::counter)]
pub struct Counter;

impl Methods for Counter {
    async fn get(&self, ctx: &CallContext<'_>) -> Result<i64> {
        current_value(ctx)
    }

    async fn increment(&self, ctx: &CallContext<'_>, params: IncrementParams) -> Result<i64> {
        change(ctx, params.by.unwrap_or(1))
    }

    async fn reset(&self, ctx: &CallContext<'_>) -> Result<i64> {
        let value = current_value(ctx)?;
        // A counter already at 0 does not change, so nothing is recorded or emitted.
        if value == 0 {
            return Ok(0);
        }
        change(ctx, -value)
    }

    async fn history(&self, ctx: &CallContext<'_>, params: HistoryParams) -> Result<Vec<Change>> {
        let limit = params.limit.unwrap_or(100);
        if !(1..=1000).contains(&limit) {
            let message = format!("invalid `limit` {limit}: use 1 to 1000");
            return Err(Error::validation(message).with_details(serde_json::json!({ "field": "limit" })));
        }
        let rows = ctx.sql().query(
            "SELECT \"seq\", \"delta\", \"value\", \"changed_at\" FROM \"changes\" \
             WHERE \"seq\" > ?1 ORDER BY \"seq\" LIMIT ?2",
            &params![params.after_seq.unwrap_or(0), limit],
        )?;
        rows.iter()
            .map(|row| {
                Ok(Change {
                    seq: row.get("seq")?,
                    delta: row.get("delta")?,
                    value: row.get("value")?,
                    changed_at: row.get("changed_at")?,
                })
            })
            .collect()
    }
}

/// Returns the value; a new instance has no state row yet and reads as 0.
fn current_value(ctx: &CallContext<'_>) -> Result<i64> {
    let row = ctx.sql().query_row("SELECT \"value\" FROM \"state\" WHERE \"id\" = 1", &[])?;
    row.map_or(Ok(0), |row| row.get("value"))
}

/// Adds `delta`, records the change and emits `counter.changed`, all in the call's transaction.
fn change(ctx: &CallContext<'_>, delta: i64) -> Result<i64> {
    let value = current_value(ctx)?
        .checked_add(delta)
        .ok_or_else(|| Error::validation(format!("adding {delta} overflows the counter")))?;

    ctx.sql().exec(
        "INSERT INTO \"state\" (\"id\", \"value\") VALUES (1, ?1) \
         ON CONFLICT (\"id\") DO UPDATE SET \"value\" = excluded.\"value\"",
        &params![value],
    )?;
    ctx.sql().exec(
        "INSERT INTO \"changes\" (\"delta\", \"value\", \"changed_at\") VALUES (?1, ?2, ?3)",
        &params![delta, value, ctx.now_ms()],
    )?;
    ctx.emit("counter.changed", CounterChanged { value, delta })?;
    Ok(value)
}
