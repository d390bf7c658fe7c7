//! The instance directory: `_instances.sqlite3` in the data directory, listing each instance's
//! class, name, id and next alarm, so schedules fire after a restart without opening every
//! instance.
//!
//! The directory is bookkeeping: the instance's own `_dotdo_schedule` table is the truth, and
//! every activation re-arms from it. Failures to write here are logged, not returned to callers.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension};

/// One instance with a pending alarm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArmedInstance {
    /// Instance id.
    pub id: String,
    /// Class name.
    pub class: String,
    /// Instance name.
    pub name: String,
    /// Alarm time in milliseconds since the Unix epoch.
    pub next_alarm: i64,
}

/// The open directory database, shared by all shard threads.
pub struct Directory {
    connection: Mutex<Connection>,
}

impl Directory {
    /// Opens or creates `_instances.sqlite3` in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Directory, String> {
        let path = data_dir.join("_instances.sqlite3");
        let connection = Connection::open(&path).map_err(|error| {
            format!("cannot open instance directory {}: {error}", path.display())
        })?;
        connection
            .execute_batch(
                "PRAGMA journal_mode=WAL;
                 CREATE TABLE IF NOT EXISTS instances (
                     id TEXT PRIMARY KEY,
                     class TEXT NOT NULL,
                     name TEXT NOT NULL,
                     next_alarm INTEGER
                 );",
            )
            .map_err(|error| {
                format!(
                    "cannot initialize instance directory {}: {error}",
                    path.display()
                )
            })?;
        Ok(Directory {
            connection: Mutex::new(connection),
        })
    }

    /// Records an instance and its next alarm (called on every activation).
    pub fn record(&self, id: &str, class: &str, name: &str, next_alarm: Option<i64>) {
        let result = self.with_connection(|connection| {
            connection.execute(
                "INSERT INTO instances (id, class, name, next_alarm) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET next_alarm = excluded.next_alarm",
                params![id, class, name, next_alarm],
            )
        });
        if let Err(error) = result {
            tracing::error!(object = class, id, %error, "cannot record instance in the directory");
        }
    }

    /// Updates the next alarm of an instance.
    pub fn set_next_alarm(&self, id: &str, next_alarm: Option<i64>) {
        let result = self.with_connection(|connection| {
            connection.execute(
                "UPDATE instances SET next_alarm = ?1 WHERE id = ?2",
                params![next_alarm, id],
            )
        });
        if let Err(error) = result {
            tracing::error!(id, %error, "cannot update the next alarm in the instance directory");
        }
    }

    /// Returns every instance with a pending alarm.
    pub fn armed(&self) -> Result<Vec<ArmedInstance>, String> {
        self.with_connection(|connection| {
            let mut statement = connection.prepare(
                "SELECT id, class, name, next_alarm FROM instances WHERE next_alarm IS NOT NULL",
            )?;
            let rows = statement.query_map([], |row| {
                Ok(ArmedInstance {
                    id: row.get(0)?,
                    class: row.get(1)?,
                    name: row.get(2)?,
                    next_alarm: row.get(3)?,
                })
            })?;
            rows.collect()
        })
        .map_err(|error| format!("cannot read the instance directory: {error}"))
    }

    /// Returns the recorded next alarm of an instance, for tests and diagnostics.
    pub fn next_alarm(&self, id: &str) -> Option<i64> {
        self.with_connection(|connection| {
            connection
                .query_row(
                    "SELECT next_alarm FROM instances WHERE id = ?1",
                    [id],
                    |row| row.get(0),
                )
                .optional()
        })
        .ok()
        .flatten()
        .flatten()
    }

    fn with_connection<T>(
        &self,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        // A panic while holding the lock leaves the connection usable, so a poisoned lock is fine.
        let connection = self
            .connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&connection)
    }
}
