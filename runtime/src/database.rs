//! The transaction boundary a host drives around each call: [`Database`] extends [`Sql`] with
//! begin, commit and rollback.
//!
//! Object code gets only [`Sql`], and only the instance lifecycle in [`crate::instance`] uses this
//! trait, so object code cannot commit half a call.

use crate::error::{Error, Result};
use crate::sql::Sql;

/// One instance's database as the host opens it.
pub trait Database: Sql {
    /// Starts a transaction. `write` takes the write lock up front (SQLite `BEGIN IMMEDIATE`),
    /// so a writing call never fails to upgrade its lock halfway.
    fn begin(&self, write: bool) -> Result<()>;

    /// Commits the open transaction; it is durable when this returns.
    fn commit(&self) -> Result<()>;

    /// Rolls back the open transaction.
    fn rollback(&self) -> Result<()>;

    /// Turns foreign key enforcement on or off; SQLite ignores this inside a transaction.
    fn set_foreign_keys(&self, enabled: bool) -> Result<()>;
}

/// Fails with `INTERNAL_ERROR` when `PRAGMA foreign_key_check` returned rows, naming each
/// violation as `<table> -> <parent table>`. Every [`Database`] runs this after its batch.
pub fn check_foreign_key_violations(violations: &[(String, String)]) -> Result<()> {
    if violations.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = violations
        .iter()
        .map(|(table, parent)| format!("{table} -> {parent}"))
        .collect();
    Err(Error::internal(format!(
        "foreign key check failed: {}",
        listed.join(", ")
    )))
}
