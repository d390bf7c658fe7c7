//! Types of the `counter` object, generated from its spec by `cargo run -p codegen`.
//!
//! A named counter that remembers every change. The example of defining an object.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "counter";

/// The object's class name.
pub const CLASS: &str = "Counter";

/// Wire names of the methods, in spec order.
pub const METHODS: &[&str] = &["get", "increment", "reset", "history"];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &["counter.changed"];

/// A row of the `state` table.
///
/// The current value, in a single row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CounterState {
    pub id: i64,
    pub value: i64,
}

impl CounterState {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "state";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &["id", "value"];
}

/// A row of the `changes` table.
///
/// Every change, oldest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub seq: i64,
    pub delta: i64,
    pub value: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub changed_at: i64,
}

impl Change {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "changes";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "seq",
        "delta",
        "value",
        "changed_at",
    ];
}

/// Parameters of the `get` method.
///
/// Returns the current value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetParams {}

impl GetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "get";
}

/// Parameters of the `increment` method.
///
/// Adds `by` (default 1) to the counter and returns the new value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IncrementParams {
    /// The amount to add; negative amounts subtract.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<i64>,
}

impl IncrementParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "increment";
}

/// Parameters of the `reset` method.
///
/// Sets the counter back to 0.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResetParams {}

impl ResetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "reset";
}

/// Parameters of the `history` method.
///
/// Returns the changes after `after_seq`, oldest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HistoryParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seq: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl HistoryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "history";
}

/// Payload of the `counter.changed` event.
///
/// The value changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CounterChanged {
    pub value: i64,
    pub delta: i64,
}

impl CounterChanged {
    /// Name of the event.
    pub const NAME: &'static str = "counter.changed";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "counter.changed")]
    CounterChanged(CounterChanged),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::CounterChanged(_) => "counter.changed",
        }
    }
}

impl std::convert::From<CounterChanged> for Event {
    fn from(payload: CounterChanged) -> Self {
        Self::CounterChanged(payload)
    }
}

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/counter/0001_initial.sql"),
    },
];

/// The REST routes, relative to `/<object>/<name>/`.
pub static ROUTES: &[runtime::Route] = &[
    runtime::Route {
        verb: "GET",
        path: "value",
        method: "get",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "increments",
        method: "increment",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "changes",
        method: "history",
        params: &[
            runtime::RouteParam {
                name: "afterSeq",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
];

/// What the object declares to the runtime: every callable method with its permission, the
/// events, the migrations and the routes.
pub static INFO: runtime::ObjectInfo = runtime::ObjectInfo {
    class: OBJECT,
    methods: &[
        runtime::MethodInfo {
            name: "get",
            permission: "counter:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "increment",
            permission: "counter:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "reset",
            permission: "counter:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "history",
            permission: "counter:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `counter` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `counter` spec",
    note = "implement `Methods` of the `counter` module for `{Self}`, with one async fn for each of: `get`, `increment`, `reset`, `history`"
)]
pub trait Methods {
    /// Returns the current value.
    ///
    /// Permission: `counter:read`. Route: `GET /value`.
    async fn get(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<i64>;
    /// Adds `by` (default 1) to the counter and returns the new value.
    ///
    /// Permission: `counter:write`. Route: `POST /increments`.
    async fn increment(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: IncrementParams,
    ) -> runtime::Result<i64>;
    /// Sets the counter back to 0.
    ///
    /// Permission: `counter:write`.
    async fn reset(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<i64>;
    /// Returns the changes after `after_seq`, oldest first.
    ///
    /// Permission: `counter:read`. Route: `GET /changes`.
    async fn history(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: HistoryParams,
    ) -> runtime::Result<Vec<Change>>;
}

/// Runs one call on `object`: parses `params` into the method's params struct (an error names the
/// field), calls the method and serializes its result. An undeclared name is `METHOD_NOT_FOUND`.
pub async fn dispatch<T: Methods>(
    object: &T,
    ctx: &runtime::CallContext<'_>,
    method: &str,
    params: serde_json::Value,
) -> runtime::Result<serde_json::Value> {
    match method {
        "get" => {
            let GetParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "increment" => {
            let params: IncrementParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.increment(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "reset" => {
            let ResetParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.reset(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "history" => {
            let params: HistoryParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.history(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        _ => Err(runtime::Error::method_not_found(OBJECT, method)),
    }
}

/// A typed client of another instance of this object, for calls from a method handler. The
/// callee checks its permissions against the original caller's principal.
pub struct Client<'a> {
    /// The untyped stub the calls go through.
    pub stub: runtime::Stub<'a>,
}

/// Returns a client of the instance `name` of this object.
pub fn client<'a>(ctx: &'a runtime::CallContext<'_>, name: &str) -> Client<'a> {
    Client {
        stub: ctx.stub(OBJECT, name),
    }
}

impl Client<'_> {
    /// Returns the current value.
    ///
    /// Permission: `counter:read`. Route: `GET /value`.
    pub async fn get(&self) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("get", GetParams {}).await
    }
    /// Adds `by` (default 1) to the counter and returns the new value.
    ///
    /// Permission: `counter:write`. Route: `POST /increments`.
    pub async fn increment(&self, params: IncrementParams) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("increment", params).await
    }
    /// Sets the counter back to 0.
    ///
    /// Permission: `counter:write`.
    pub async fn reset(&self) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("reset", ResetParams {}).await
    }
    /// Returns the changes after `after_seq`, oldest first.
    ///
    /// Permission: `counter:read`. Route: `GET /changes`.
    pub async fn history(&self, params: HistoryParams) -> runtime::Result<Vec<Change>> {
        self.stub.call_as::<Vec<Change>>("history", params).await
    }
}

impl CounterState {
    /// Reads a row of `state` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            value: row.get("value")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `state` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> CounterStateTable<'_> {
        CounterStateTable { sql }
    }
}

/// Typed access to the `state` table, inside the transaction of the current call.
pub struct CounterStateTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl CounterStateTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &CounterState) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"state\" (\"id\", \"value\") VALUES (?1, ?2)",
                &[runtime::ToSql::to_sql(&row.id), runtime::ToSql::to_sql(&row.value)],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &CounterState) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"state\" (\"id\", \"value\") VALUES (?1, ?2) ON CONFLICT (\"id\") DO UPDATE SET \"value\" = excluded.\"value\"",
                &[runtime::ToSql::to_sql(&row.id), runtime::ToSql::to_sql(&row.value)],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<CounterState>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"value\" FROM \"state\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(CounterState::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &CounterState) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"state\" SET \"value\" = ?1 WHERE \"id\" = ?2",
                &[runtime::ToSql::to_sql(&row.value), runtime::ToSql::to_sql(&row.id)],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"state\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `state` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<CounterState>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(CounterState::TABLE, 1)?);
                "SELECT \"id\", \"value\" FROM \"state\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => "SELECT \"id\", \"value\" FROM \"state\" ORDER BY \"id\" LIMIT ?1",
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(CounterState::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                CounterState::TABLE,
                CounterState::primary_key,
            ),
        )
    }
}

impl Change {
    /// Reads a row of `changes` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            seq: row.get("seq")?,
            delta: row.get("delta")?,
            value: row.get("value")?,
            changed_at: row.get("changed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.seq)])
    }
    /// Returns the accessor of the `changes` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ChangeTable<'_> {
        ChangeTable { sql }
    }
}

/// Typed access to the `changes` table, inside the transaction of the current call.
pub struct ChangeTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ChangeTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Change) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"changes\" (\"seq\", \"delta\", \"value\", \"changed_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.delta),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.changed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Change) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"changes\" (\"seq\", \"delta\", \"value\", \"changed_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"seq\") DO UPDATE SET \"delta\" = excluded.\"delta\", \"value\" = excluded.\"value\", \"changed_at\" = excluded.\"changed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.delta),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.changed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, seq: i64) -> runtime::Result<Option<Change>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"seq\", \"delta\", \"value\", \"changed_at\" FROM \"changes\" WHERE \"seq\" = ?1",
                &[runtime::ToSql::to_sql(&seq)],
            )?;
        found.as_ref().map(Change::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Change) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"changes\" SET \"delta\" = ?1, \"value\" = ?2, \"changed_at\" = ?3 WHERE \"seq\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.delta),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.changed_at),
                    runtime::ToSql::to_sql(&row.seq),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, seq: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"changes\" WHERE \"seq\" = ?1",
                &[runtime::ToSql::to_sql(&seq)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `changes` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Change>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Change::TABLE, 1)?);
                "SELECT \"seq\", \"delta\", \"value\", \"changed_at\" FROM \"changes\" WHERE \"seq\" > ?1 ORDER BY \"seq\" LIMIT ?2"
            }
            None => {
                "SELECT \"seq\", \"delta\", \"value\", \"changed_at\" FROM \"changes\" ORDER BY \"seq\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Change::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Change::TABLE, Change::primary_key))
    }
}
