//! `describe` and `health`: what an instance is and whether it is up.

use generated::r#do::{Health, HealthStatus, ObjectDescription};
use runtime::{CallContext, Error, Result};

/// Describes the instance from its class declaration, exactly as `GET /<object>/<name>` does.
pub fn describe(ctx: &CallContext<'_>) -> Result<ObjectDescription> {
    let description = ctx.info().describe(ctx.id(), ctx.name());
    serde_json::from_value(description)
        .map_err(|error| Error::internal(format!("the runtime's description does not fit ObjectDescription: {error}")))
}

/// Reports the instance as up; a call only reaches here after activation migrated the database.
pub fn health(ctx: &CallContext<'_>) -> Result<Health> {
    // A trivial query proves the database responds inside the call's transaction.
    ctx.sql().query_row("SELECT 1 AS ok", &[])?;
    Ok(Health {
        status: HealthStatus::Ok,
        class: ctx.class().to_string(),
        id: ctx.id().to_string(),
        now: ctx.now_ms(),
    })
}
