//! `describe` and `health`: what an instance is and whether it is up.

use generated::r#do::{Health, HealthStatus, MethodMode, MethodSummary, ObjectDescription};
use runtime::{CallContext, Result};

/// Describes the instance from its class declaration.
pub fn describe(ctx: &CallContext<'_>) -> Result<ObjectDescription> {
    let info = ctx.info();
    let methods = info
        .methods
        .iter()
        .map(|method| {
            let route = info
                .routes
                .iter()
                .find(|route| route.method == method.name)
                .map(|route| format!("{} /{}", route.verb, route.path));
            MethodSummary {
                name: method.name.to_string(),
                permission: method.permission.to_string(),
                mode: if method.writes { MethodMode::Write } else { MethodMode::Read },
                route,
            }
        })
        .collect();

    Ok(ObjectDescription {
        class: info.class.to_string(),
        id: ctx.id().to_string(),
        name: ctx.name().to_string(),
        schema_version: info.migrations.last().map_or(0, |migration| i64::from(migration.version)),
        methods,
        events: info.events.iter().map(|event| event.to_string()).collect(),
    })
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
