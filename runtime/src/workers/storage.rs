//! [`DoSql`]: [`Sql`] and [`Database`] over the Durable Object SQL API (`ctx.storage.sql`), and the
//! two transaction wrappers the host runs every call, alarm task and activation in.
//!
//! The Durable Object SQL API rejects `BEGIN`, `COMMIT` and `SAVEPOINT`. Transactions exist only
//! as callbacks: `storage.transactionSync(fn)` for synchronous work and `storage.transaction(fn)`
//! for work that awaits. Both roll back everything written inside them when the callback fails or
//! calls `txn.rollback()`. So the host opens the transaction around the whole runtime operation,
//! and [`Database::begin`] and [`Database::commit`] only check that one is open, while
//! [`Database::rollback`] records the request that the host then carries out.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use worker::{SqlStorage, SqlStorageValue, Storage};

use crate::database::{check_foreign_key_violations, Database};
use crate::error::{Error, Result};
use crate::sql::{Row, Sql, Value};

#[wasm_bindgen]
extern "C" {
    /// `DurableObjectStorage`, for the one method workers-rs 0.8 does not bind.
    #[wasm_bindgen(js_name = DurableObjectStorage)]
    type StorageWithSync;

    #[wasm_bindgen(method, catch, js_name = transactionSync)]
    fn transaction_sync(
        this: &StorageWithSync,
        callback: &js_sys::Function,
    ) -> std::result::Result<JsValue, JsValue>;
}

/// One instance's SQL database in Durable Object storage.
pub struct DoSql {
    sql: SqlStorage,
    in_transaction: Cell<bool>,
    rollback_requested: Cell<bool>,
    defer_foreign_keys: Cell<bool>,
}

impl DoSql {
    /// Wraps the storage of one Durable Object.
    pub fn new(storage: &Storage) -> Self {
        DoSql {
            sql: storage.sql(),
            in_transaction: Cell::new(false),
            rollback_requested: Cell::new(false),
            defer_foreign_keys: Cell::new(false),
        }
    }

    fn run(&self, sql: &str, params: &[Value]) -> Result<worker::SqlCursor> {
        let bindings = params.iter().map(to_storage_value).collect::<Result<Vec<SqlStorageValue>>>()?;
        self.sql.exec(sql, bindings).map_err(to_error)
    }

    fn open(&self) {
        self.in_transaction.set(true);
        self.rollback_requested.set(false);
    }

    /// Closes the transaction and returns whether the runtime asked to roll it back.
    fn close(&self) -> bool {
        self.in_transaction.set(false);
        self.rollback_requested.replace(false)
    }
}

impl Sql for DoSql {
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64> {
        // The cursor runs the statement as it is read, so it is drained even for writes.
        let cursor = self.run(sql, params)?;
        for row in cursor.raw() {
            row.map_err(to_error)?;
        }
        // `rowsWritten` also counts index rows, so SQLite's own count is read instead.
        let changed = self.query_row("SELECT changes() AS changed", &[])?;
        match changed {
            Some(row) => Ok(row.get::<i64>("changed")?.max(0) as u64),
            None => Ok(0),
        }
    }

    fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let cursor = self.run(sql, params)?;
        let columns: Arc<[String]> = cursor.column_names().into();
        let mut rows = Vec::new();
        for raw in cursor.raw() {
            let values = raw.map_err(to_error)?.into_iter().map(from_storage_value).collect();
            rows.push(Row::new(columns.clone(), values));
        }
        Ok(rows)
    }

    /// Runs all statements in one `exec` call, which the SQL API allows without parameters. Only
    /// the last statement's rows are returned, so a `PRAGMA foreign_key_check` is checked only when
    /// it is the last statement.
    fn exec_batch(&self, sql: &str) -> Result<()> {
        let cursor = self.run(sql, &[])?;
        let checks_foreign_keys = sql
            .trim()
            .trim_end_matches(';')
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("pragma foreign_key_check");

        let mut violations = Vec::new();
        for row in cursor.raw() {
            let row = row.map_err(to_error)?;
            if checks_foreign_keys {
                let table = text_at(&row, 0);
                let parent = text_at(&row, 2);
                violations.push((table, parent));
            }
        }
        check_foreign_key_violations(&violations)
    }
}

impl Database for DoSql {
    /// Checks that the host opened a transaction. Foreign keys cannot be turned off in Durable
    /// Object storage, so a migration that asked for that gets `PRAGMA defer_foreign_keys`, which
    /// moves the check to the commit.
    fn begin(&self, _write: bool) -> Result<()> {
        if !self.in_transaction.get() {
            return Err(Error::internal(
                "no storage transaction is open; the workers host must run this inside transaction_sync or transaction_async",
            ));
        }
        self.rollback_requested.set(false);
        if self.defer_foreign_keys.get() {
            self.exec_batch("PRAGMA defer_foreign_keys = ON")?;
        }
        Ok(())
    }

    /// The transaction commits when the host's callback returns.
    fn commit(&self) -> Result<()> {
        Ok(())
    }

    fn rollback(&self) -> Result<()> {
        self.rollback_requested.set(true);
        Ok(())
    }

    fn set_foreign_keys(&self, enabled: bool) -> Result<()> {
        self.defer_foreign_keys.set(!enabled);
        Ok(())
    }
}

/// The host shares one [`DoSql`] between the instance and its transaction wrappers.
impl Sql for Rc<DoSql> {
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64> {
        (**self).exec(sql, params)
    }

    fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        (**self).query(sql, params)
    }

    fn exec_batch(&self, sql: &str) -> Result<()> {
        (**self).exec_batch(sql)
    }
}

impl Database for Rc<DoSql> {
    fn begin(&self, write: bool) -> Result<()> {
        (**self).begin(write)
    }

    fn commit(&self) -> Result<()> {
        (**self).commit()
    }

    fn rollback(&self) -> Result<()> {
        (**self).rollback()
    }

    fn set_foreign_keys(&self, enabled: bool) -> Result<()> {
        (**self).set_foreign_keys(enabled)
    }
}

/// Runs `work` inside `storage.transactionSync`. The transaction rolls back when `work` fails or
/// calls [`Database::rollback`]; the result of `work` is returned either way.
pub fn transaction_sync<R: 'static>(
    storage: &Storage,
    db: &Rc<DoSql>,
    work: impl FnOnce() -> R + 'static,
    failed: impl Fn(&R) -> bool + 'static,
) -> Result<R> {
    // The result and whether it was rolled back on purpose, so that a failed commit is not
    // mistaken for a deliberate rollback.
    let result: Rc<RefCell<Option<(R, bool)>>> = Rc::new(RefCell::new(None));
    let slot = result.clone();
    let database = db.clone();

    let callback = Closure::once(move || -> std::result::Result<JsValue, JsValue> {
        database.open();
        let value = work();
        let rollback = database.close() || failed(&value);
        slot.replace(Some((value, rollback)));
        if rollback {
            // Throwing is how a `transactionSync` callback rolls back.
            return Err(JsValue::from_str("dotdo: rolled back"));
        }
        Ok(JsValue::UNDEFINED)
    });
    let storage: &StorageWithSync = storage.as_raw().unchecked_ref();
    let outcome = storage.transaction_sync(callback.as_ref().unchecked_ref());

    let value = result.borrow_mut().take();
    match (value, outcome) {
        (Some((value, _)), Ok(_)) | (Some((value, true)), Err(_)) => Ok(value),
        (_, Err(error)) => Err(Error::internal(format!(
            "transactionSync failed: {}",
            js_error_text(&error)
        ))),
        (None, Ok(_)) => Err(Error::internal("transactionSync did not run its callback")),
    }
}

/// Runs `work` inside `storage.transaction`, which blocks other events of the object until it
/// ends, so the transaction may stay open across awaits. It rolls back when the runtime calls
/// [`Database::rollback`] or `failed` returns true for the result.
pub async fn transaction_async<R, F>(
    storage: &Storage,
    db: &Rc<DoSql>,
    work: impl FnOnce() -> F + 'static,
    failed: impl Fn(&R) -> bool + 'static,
) -> Result<R>
where
    R: 'static,
    F: Future<Output = R> + 'static,
{
    // The result and whether it was rolled back on purpose, so that a failed commit is not
    // mistaken for a deliberate rollback.
    let result: Rc<RefCell<Option<(R, bool)>>> = Rc::new(RefCell::new(None));
    let slot = result.clone();
    let database = db.clone();

    let outcome = storage
        .transaction(move |txn| async move {
            database.open();
            let value = work().await;
            let rollback = database.close() || failed(&value);
            slot.replace(Some((value, rollback)));
            if rollback {
                txn.rollback()?;
            }
            Ok(())
        })
        .await;

    let value = result.borrow_mut().take();
    match (value, outcome) {
        (Some((value, _)), Ok(())) => Ok(value),
        (_, Err(error)) => Err(Error::internal(format!("storage transaction failed: {error}"))),
        (None, Ok(())) => Err(Error::internal("storage.transaction did not run its callback")),
    }
}

/// Maps a SQL API error: constraint violations become `CONFLICT`, the rest `INTERNAL`, with the
/// message (which may quote SQL) kept as the cause only.
fn to_error(error: worker::Error) -> Error {
    let text = error.to_string();
    if text.contains("constraint failed") {
        return Error::conflict("the write violates a uniqueness, foreign key or check constraint")
            .with_cause(text);
    }
    Error::internal(text)
}

/// The largest integer a JavaScript number represents exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// Converts a bound value. Integers travel as JavaScript numbers, which are exact only within
/// ±(2^53 - 1), and SQLite would store a larger one as a REAL that no longer reads back as an
/// integer, so such a value is rejected before anything is written.
fn to_storage_value(value: &Value) -> Result<SqlStorageValue> {
    Ok(match value {
        Value::Null => SqlStorageValue::Null,
        Value::Integer(number) if number.unsigned_abs() > MAX_SAFE_INTEGER as u64 => {
            let message = format!(
                "integer {number} is outside ±{MAX_SAFE_INTEGER}, the range the Cloudflare Durable Object SQL API stores exactly; \
                 store it as text or in a json value"
            );
            return Err(Error::validation(message));
        }
        Value::Integer(number) => SqlStorageValue::Integer(*number),
        Value::Real(number) => SqlStorageValue::Float(*number),
        Value::Text(text) => SqlStorageValue::String(text.clone()),
        Value::Blob(bytes) => SqlStorageValue::Blob(bytes.clone()),
    })
}

/// The SQL API returns numbers without their SQLite type: a whole-valued REAL reads as an integer.
fn from_storage_value(value: SqlStorageValue) -> Value {
    match value {
        SqlStorageValue::Null => Value::Null,
        SqlStorageValue::Boolean(flag) => Value::Integer(i64::from(flag)),
        SqlStorageValue::Integer(number) => Value::Integer(number),
        SqlStorageValue::Float(number) => Value::Real(number),
        SqlStorageValue::String(text) => Value::Text(text),
        SqlStorageValue::Blob(bytes) => Value::Blob(bytes),
    }
}

fn text_at(row: &[SqlStorageValue], index: usize) -> String {
    match row.get(index) {
        Some(SqlStorageValue::String(text)) => text.clone(),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

/// Returns the message of a thrown JavaScript value.
pub(crate) fn js_error_text(error: &JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
