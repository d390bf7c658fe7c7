//! `probe`: a hand-written test object that the host test suites (native server and workerd)
//! exercise. It keeps a counter with a history, and has methods that fail after writing, run
//! invalid SQL, schedule tasks and call other instances. Its declaration and dispatcher are written
//! the way the code generator emits them, so they double as the reference for generated code.
//!
//! It depends only on `runtime`, serde and serde_json, so it builds for wasm32-unknown-unknown.

use runtime::dispatch::{parse_params, to_result};
use runtime::principal::PUBLIC;
use runtime::{
    params, CallContext, DurableObject, Error, MethodInfo, Migration, ObjectEnv, ObjectInfo,
    ParamKind, Result, Route, RouteParam,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The probe object. Its state lives in SQL, so the struct is empty.
pub struct Probe;

static METHODS: &[MethodInfo] = &[
    MethodInfo {
        name: "get",
        permission: PUBLIC,
        writes: false,
    },
    MethodInfo {
        name: "increment",
        permission: "probe:write",
        writes: true,
    },
    MethodInfo {
        name: "fail",
        permission: "probe:write",
        writes: true,
    },
    MethodInfo {
        name: "broken",
        permission: PUBLIC,
        writes: true,
    },
    MethodInfo {
        name: "scheduleIncrement",
        permission: "probe:write",
        writes: true,
    },
    MethodInfo {
        name: "incrementOther",
        permission: "probe:write",
        writes: true,
    },
    MethodInfo {
        name: "history",
        permission: PUBLIC,
        writes: false,
    },
    MethodInfo {
        name: "reset",
        permission: "probe:admin",
        writes: true,
    },
];

static MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "create_counter",
        sql: "CREATE TABLE counter (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
              INSERT INTO counter (id, value) VALUES (1, 0);",
    },
    Migration {
        version: 2,
        name: "create_history",
        sql: "CREATE TABLE history (
                  seq INTEGER PRIMARY KEY AUTOINCREMENT,
                  delta INTEGER NOT NULL,
                  value INTEGER NOT NULL,
                  at INTEGER NOT NULL
              );
              CREATE INDEX history_value ON history (value);
              PRAGMA foreign_key_check;",
    },
];

static ROUTES: &[Route] = &[
    Route {
        verb: "GET",
        path: "value",
        method: "get",
        params: &[],
    },
    Route {
        verb: "POST",
        path: "increments",
        method: "increment",
        params: &[RouteParam { name: "by", kind: ParamKind::Integer }],
    },
];

static INFO: ObjectInfo = ObjectInfo {
    class: "probe",
    methods: METHODS,
    events: &["incremented", "reset"],
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// Params of `increment`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IncrementParams {
    /// Amount to add (default 1).
    #[serde(default = "one")]
    pub by: i64,
}

/// Params of `scheduleIncrement`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ScheduleIncrementParams {
    /// Task key; scheduling the same key again replaces the task.
    pub key: String,
    /// Delay before the increment, in milliseconds.
    pub delay_ms: i64,
    /// Amount to add (default 1).
    #[serde(default = "one")]
    pub by: i64,
}

/// Params of `incrementOther`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IncrementOtherParams {
    /// Name of the other probe instance.
    pub name: String,
    /// Amount to add (default 1).
    #[serde(default = "one")]
    pub by: i64,
}

/// Params of `history`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HistoryParams {
    /// Return entries with `seq` above this (default 0).
    #[serde(default)]
    pub after: i64,
    /// Maximum entries (default 1000).
    #[serde(default = "default_limit")]
    pub limit: u32,
}

fn one() -> i64 {
    1
}

fn default_limit() -> u32 {
    1000
}

/// The counter's value.
#[derive(Debug, Serialize)]
pub struct CounterValue {
    /// Current value.
    pub value: i64,
}

/// One increment as recorded in `history`.
#[derive(Debug, Serialize)]
pub struct HistoryEntry {
    /// Position in the history.
    pub seq: i64,
    /// Amount added.
    pub delta: i64,
    /// Value after the increment.
    pub value: i64,
    /// Time of the call, in milliseconds since the Unix epoch.
    pub at: i64,
}

impl Probe {
    async fn get(&self, ctx: &CallContext<'_>) -> Result<CounterValue> {
        Ok(CounterValue {
            value: current(ctx)?,
        })
    }

    async fn increment(
        &self,
        ctx: &CallContext<'_>,
        params: IncrementParams,
    ) -> Result<CounterValue> {
        let value = current(ctx)?.checked_add(params.by).ok_or_else(|| {
            Error::validation(format!("adding {} overflows the counter", params.by))
        })?;

        ctx.sql().exec(
            "UPDATE counter SET value = ?1 WHERE id = 1",
            &params![value],
        )?;
        ctx.sql().exec(
            "INSERT INTO history (delta, value, at) VALUES (?1, ?2, ?3)",
            &params![params.by, value, ctx.now_ms()],
        )?;
        ctx.emit("incremented", json!({ "by": params.by, "value": value }))?;
        Ok(CounterValue { value })
    }

    /// Writes, emits and then fails, so callers can check that nothing of it is kept.
    async fn fail(&self, ctx: &CallContext<'_>) -> Result<CounterValue> {
        self.increment(ctx, IncrementParams { by: 1000 }).await?;
        Err(Error::custom(
            "PROBE_LOCKED",
            409,
            "the counter is locked; this method always fails",
        ))
    }

    /// Runs invalid SQL, so callers can check that an internal error hides the SQL.
    async fn broken(&self, ctx: &CallContext<'_>) -> Result<CounterValue> {
        ctx.sql()
            .query("SELECT secret_column FROM no_such_table", &[])?;
        Ok(CounterValue { value: 0 })
    }

    async fn schedule_increment(
        &self,
        ctx: &CallContext<'_>,
        params: ScheduleIncrementParams,
    ) -> Result<Value> {
        ctx.schedule_after(
            &params.key,
            params.delay_ms,
            "increment",
            json!({ "by": params.by }),
        )?;
        Ok(json!({ "scheduled": params.key }))
    }

    async fn increment_other(
        &self,
        ctx: &CallContext<'_>,
        params: IncrementOtherParams,
    ) -> Result<Value> {
        ctx.stub("probe", &params.name)
            .call("increment", json!({ "by": params.by }))
            .await
    }

    async fn history(
        &self,
        ctx: &CallContext<'_>,
        params: HistoryParams,
    ) -> Result<Vec<HistoryEntry>> {
        let rows = ctx.sql().query(
            "SELECT seq, delta, value, at FROM history WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            &params![params.after, params.limit],
        )?;
        rows.iter()
            .map(|row| {
                Ok(HistoryEntry {
                    seq: row.get("seq")?,
                    delta: row.get("delta")?,
                    value: row.get("value")?,
                    at: row.get("at")?,
                })
            })
            .collect()
    }

    async fn reset(&self, ctx: &CallContext<'_>) -> Result<CounterValue> {
        ctx.sql()
            .exec("UPDATE counter SET value = 0 WHERE id = 1", &[])?;
        ctx.emit("reset", json!({}))?;
        Ok(CounterValue { value: 0 })
    }

    /// A helper that is not a declared method: no request can reach it.
    pub fn helper(&self) -> &'static str {
        "not callable"
    }
}

fn current(ctx: &CallContext<'_>) -> Result<i64> {
    let row = ctx
        .sql()
        .query_row("SELECT value FROM counter WHERE id = 1", &[])?
        .ok_or_else(|| Error::internal("counter row is missing"))?;
    row.get("value")
}

impl DurableObject for Probe {
    fn info() -> &'static ObjectInfo {
        &INFO
    }

    fn create(_env: &ObjectEnv<'_>) -> Result<Self> {
        Ok(Probe)
    }

    async fn dispatch(&self, ctx: &CallContext<'_>, method: &str, params: Value) -> Result<Value> {
        match method {
            "get" => to_result(self.get(ctx).await?),
            "increment" => {
                let params = parse_params(method, params)?;
                to_result(self.increment(ctx, params).await?)
            }
            "fail" => to_result(self.fail(ctx).await?),
            "broken" => to_result(self.broken(ctx).await?),
            "scheduleIncrement" => {
                let params = parse_params(method, params)?;
                to_result(self.schedule_increment(ctx, params).await?)
            }
            "incrementOther" => {
                let params = parse_params(method, params)?;
                to_result(self.increment_other(ctx, params).await?)
            }
            "history" => {
                let params = parse_params(method, params)?;
                to_result(self.history(ctx, params).await?)
            }
            "reset" => to_result(self.reset(ctx).await?),
            _ => Err(Error::method_not_found(ctx.class(), method)),
        }
    }
}
