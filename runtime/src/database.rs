//! The transaction boundary a host drives around each call: [`Database`] extends [`Sql`] with
//! begin, commit and rollback.
//!
//! Object code gets only [`Sql`], and only the instance lifecycle in [`crate::instance`] uses this
//! trait, so object code cannot commit half a call.

use crate::error::Result;
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
