//! The SQLite implementation of [`Sql`] and [`Database`] over rusqlite, for native hosts and tests.
//!
//! Compiled with the `sqlite` feature (and in this crate's tests); the default build stays free of
//! rusqlite so it compiles for wasm32.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::fallible_iterator::FallibleIterator;
use rusqlite::types::{Value as SqliteValue, ValueRef};
use rusqlite::{Batch, Connection, ErrorCode as SqliteErrorCode};

use crate::database::{check_foreign_key_violations, Database};
use crate::error::{Error, Result};
use crate::sql::{Row, Sql, Value};

/// Durability of a commit on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// `synchronous=FULL`: a commit survives power loss once it returns.
    #[default]
    Full,
    /// `synchronous=NORMAL`: a commit survives a process crash but may be lost on power loss;
    /// in WAL mode this skips one fsync per commit.
    Normal,
}

/// An open SQLite database.
pub struct SqliteDb {
    connection: Connection,
}

impl SqliteDb {
    /// Opens (creating if needed) the file at `path` in WAL mode with foreign keys on.
    pub fn open(path: &Path, durability: Durability) -> Result<Self> {
        let connection = Connection::open(path)
            .map_err(|error| Error::internal(format!("cannot open {}: {error}", path.display())))?;
        let synchronous = match durability {
            Durability::Full => "FULL",
            Durability::Normal => "NORMAL",
        };

        let db = SqliteDb { connection };
        db.configure()?;
        db.exec_batch(&format!(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};"
        ))?;
        Ok(db)
    }

    /// Opens a private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Self> {
        let connection = Connection::open_in_memory().map_err(Error::internal)?;
        let db = SqliteDb { connection };
        db.configure()?;
        Ok(db)
    }

    /// Returns the underlying connection, for host-level bookkeeping outside object code.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    fn configure(&self) -> Result<()> {
        // Another process (a backup tool, a second server by mistake) may hold the lock briefly.
        self.connection
            .busy_timeout(Duration::from_secs(5))
            .map_err(Error::internal)?;
        self.exec_batch("PRAGMA foreign_keys=ON;")
    }
}

impl Sql for SqliteDb {
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64> {
        let mut statement = self.connection.prepare_cached(sql).map_err(to_error)?;
        let changed = statement
            .execute(rusqlite::params_from_iter(params.iter().map(to_sqlite)))
            .map_err(to_error)?;
        Ok(changed as u64)
    }

    fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
        let mut statement = self.connection.prepare_cached(sql).map_err(to_error)?;
        let columns: Arc<[String]> = statement.column_names().map(String::from).collect();

        let mut rows = statement
            .query(rusqlite::params_from_iter(params.iter().map(to_sqlite)))
            .map_err(to_error)?;
        let mut result = Vec::new();
        while let Some(row) = rows.next().map_err(to_error)? {
            let mut values = Vec::with_capacity(columns.len());
            for index in 0..columns.len() {
                values.push(from_sqlite(row.get_ref(index).map_err(to_error)?));
            }
            result.push(Row::new(columns.clone(), values));
        }
        Ok(result)
    }

    /// Runs every statement to completion, unlike rusqlite's `execute_batch`, which steps a
    /// row-returning statement only once. A `PRAGMA foreign_key_check` that returns rows fails.
    fn exec_batch(&self, sql: &str) -> Result<()> {
        let mut batch = Batch::new(&self.connection, sql);
        while let Some(mut statement) = batch.next().map_err(to_error)? {
            let is_foreign_key_check = statement
                .expanded_sql()
                .map(|text| {
                    text.trim_start()
                        .to_ascii_lowercase()
                        .starts_with("pragma foreign_key_check")
                })
                .unwrap_or(false);

            let mut rows = statement.raw_query();
            let mut violations = Vec::new();
            while let Some(row) = rows.next().map_err(to_error)? {
                if is_foreign_key_check {
                    let table: String = row.get(0).unwrap_or_default();
                    let parent: String = row.get(2).unwrap_or_default();
                    violations.push((table, parent));
                }
            }
            check_foreign_key_violations(&violations)?;
        }
        Ok(())
    }
}

impl Database for SqliteDb {
    fn begin(&self, write: bool) -> Result<()> {
        let statement = if write {
            "BEGIN IMMEDIATE"
        } else {
            "BEGIN DEFERRED"
        };
        self.connection.execute_batch(statement).map_err(to_error)
    }

    fn commit(&self) -> Result<()> {
        self.connection.execute_batch("COMMIT").map_err(to_error)
    }

    fn rollback(&self) -> Result<()> {
        if self.connection.is_autocommit() {
            return Ok(());
        }
        self.connection.execute_batch("ROLLBACK").map_err(to_error)
    }

    fn set_foreign_keys(&self, enabled: bool) -> Result<()> {
        let value = if enabled { "ON" } else { "OFF" };
        self.connection
            .execute_batch(&format!("PRAGMA foreign_keys={value}"))
            .map_err(to_error)
    }
}

/// Maps constraint violations to `CONFLICT` and everything else to `INTERNAL`, keeping SQLite's
/// message (which may quote SQL) as the cause only.
fn to_error(error: rusqlite::Error) -> Error {
    if error.sqlite_error_code() == Some(SqliteErrorCode::ConstraintViolation) {
        return Error::conflict("the write violates a uniqueness, foreign key or check constraint")
            .with_cause(error);
    }
    Error::internal(error)
}

fn to_sqlite(value: &Value) -> SqliteValue {
    match value {
        Value::Null => SqliteValue::Null,
        Value::Integer(number) => SqliteValue::Integer(*number),
        Value::Real(number) => SqliteValue::Real(*number),
        Value::Text(text) => SqliteValue::Text(text.clone()),
        Value::Blob(bytes) => SqliteValue::Blob(bytes.clone()),
    }
}

fn from_sqlite(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(number) => Value::Integer(number),
        ValueRef::Real(number) => Value::Real(number),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params;

    #[test]
    fn exec_batch_runs_row_returning_statements() {
        let db = SqliteDb::open_in_memory().unwrap();
        db.exec_batch("PRAGMA user_version; CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let row = db
            .query_row("SELECT count(*) AS n FROM t", &[])
            .unwrap()
            .unwrap();
        assert_eq!(row.get::<i64>("n").unwrap(), 1);
    }

    #[test]
    fn foreign_key_check_failure_is_an_error() {
        let db = SqliteDb::open_in_memory().unwrap();
        db.set_foreign_keys(false).unwrap();
        let result = db.exec_batch(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY);
             CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));
             INSERT INTO child VALUES (7);
             PRAGMA foreign_key_check;",
        );
        let error = result.unwrap_err();
        assert!(
            error.cause().unwrap().contains("child -> parent"),
            "{error}"
        );
    }

    #[test]
    fn unique_violation_is_conflict() {
        let db = SqliteDb::open_in_memory().unwrap();
        db.exec_batch("CREATE TABLE t (x UNIQUE)").unwrap();
        db.exec("INSERT INTO t VALUES (?1)", &params![1_i64])
            .unwrap();
        let error = db
            .exec("INSERT INTO t VALUES (?1)", &params![1_i64])
            .unwrap_err();
        assert_eq!(error.status(), 409);
    }

    #[test]
    fn rollback_discards_writes() {
        let db = SqliteDb::open_in_memory().unwrap();
        db.exec_batch("CREATE TABLE t (x)").unwrap();
        db.begin(true).unwrap();
        db.exec("INSERT INTO t VALUES (1)", &[]).unwrap();
        db.rollback().unwrap();
        let row = db
            .query_row("SELECT count(*) AS n FROM t", &[])
            .unwrap()
            .unwrap();
        assert_eq!(row.get::<i64>("n").unwrap(), 0);
    }
}
