//! Schema migrations: numbered SQL scripts applied in order and recorded in the version table
//! `_dotdo_migrations`.
//!
//! [`apply`] never opens a transaction; the caller wraps it in one so a failed migration leaves the
//! database unchanged. A database whose recorded version is newer than the code, or whose recorded
//! history names a different migration than the code, is rejected before anything is written.

use crate::error::{Error, ErrorCode, Result};
use crate::params;
use crate::sql::Sql;

/// One migration: a version (1, 2, ...), a name, and SQL with one or more `;`-separated statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    /// Version number; versions increase by any step, starting above 0.
    pub version: u32,
    /// Short name, e.g. `create_counter`.
    pub name: &'static str,
    /// The SQL script.
    pub sql: &'static str,
}

/// Summary of one [`apply`] run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    /// Version recorded before (0 for a new database).
    pub from_version: u32,
    /// Version recorded after.
    pub to_version: u32,
    /// Versions applied by this run, in order.
    pub applied: Vec<u32>,
}

const CREATE_VERSION_TABLE: &str = "CREATE TABLE IF NOT EXISTS _dotdo_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)";

/// Applies the pending migrations in version order and records each one.
pub fn apply(sql: &dyn Sql, migrations: &[Migration]) -> Result<MigrationReport> {
    check_order(migrations)?;
    sql.exec_batch(CREATE_VERSION_TABLE)?;

    let recorded = sql.query(
        "SELECT version, name FROM _dotdo_migrations ORDER BY version",
        &[],
    )?;
    let latest_in_code = migrations.last().map_or(0, |migration| migration.version);
    let mut from_version = 0;

    for row in &recorded {
        let version: u32 = row.get("version")?;
        let name: String = row.get("name")?;
        from_version = from_version.max(version);

        if version > latest_in_code {
            return Err(schema_error(format!(
                "the database is at schema version {version} ({name}), newer than this build, whose latest migration is {latest_in_code}; run a build that includes migration {version} or restore a backup"
            )));
        }

        let known = migrations
            .iter()
            .find(|migration| migration.version == version);
        if known.map(|migration| migration.name) != Some(name.as_str()) {
            return Err(schema_error(format!(
                "the database records migration {version} as `{name}`, which this build does not have under that version; the migration history has diverged"
            )));
        }
    }

    let mut applied = Vec::new();
    for migration in migrations
        .iter()
        .filter(|migration| migration.version > from_version)
    {
        sql.exec_batch(migration.sql).map_err(|error| {
            Error::internal(format!(
                "migration {} ({}) failed: {}",
                migration.version,
                migration.name,
                error.cause().unwrap_or(error.message())
            ))
        })?;
        sql.exec(
            "INSERT INTO _dotdo_migrations (version, name) VALUES (?1, ?2)",
            &params![migration.version, migration.name],
        )?;
        applied.push(migration.version);
    }

    Ok(MigrationReport {
        from_version,
        to_version: from_version.max(latest_in_code),
        applied,
    })
}

/// Rejects lists that are not strictly increasing from 1 up, which is a bug in generated code.
fn check_order(migrations: &[Migration]) -> Result<()> {
    let mut previous = 0;
    for migration in migrations {
        if migration.version <= previous {
            return Err(Error::internal(format!(
                "migration list is out of order: version {} ({}) follows version {previous}",
                migration.version, migration.name
            )));
        }
        previous = migration.version;
    }
    Ok(())
}

/// Builds an internal error whose message callers may see, because it contains no SQL.
fn schema_error(message: String) -> Error {
    Error::new(ErrorCode::Internal, message.clone()).with_cause(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sqlite::SqliteDb;

    const V1: Migration = Migration {
        version: 1,
        name: "create_items",
        sql: "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
              CREATE INDEX items_name ON items (name);",
    };
    const V2: Migration = Migration {
        version: 2,
        name: "add_tags",
        sql:
            "CREATE TABLE tags (item_id INTEGER NOT NULL REFERENCES items (id), tag TEXT NOT NULL);
              PRAGMA foreign_key_check;",
    };

    fn recorded_versions(db: &SqliteDb) -> Vec<i64> {
        db.query(
            "SELECT version FROM _dotdo_migrations ORDER BY version",
            &[],
        )
        .unwrap()
        .iter()
        .map(|row| row.get::<i64>("version").unwrap())
        .collect()
    }

    #[test]
    fn apply_runs_every_statement() {
        let db = SqliteDb::open_in_memory().unwrap();
        let report = apply(&db, &[V1, V2]).unwrap();
        assert_eq!(report.applied, vec![1, 2]);

        let index = db
            .query_row(
                "SELECT name FROM sqlite_master WHERE name = 'items_name'",
                &[],
            )
            .unwrap();
        assert!(
            index.is_some(),
            "second statement of migration 1 did not run"
        );
    }

    #[test]
    fn apply_skips_recorded_versions() {
        let db = SqliteDb::open_in_memory().unwrap();
        apply(&db, &[V1]).unwrap();
        let report = apply(&db, &[V1, V2]).unwrap();
        assert_eq!(report.from_version, 1);
        assert_eq!(report.applied, vec![2]);
        assert_eq!(recorded_versions(&db), vec![1, 2]);
    }

    #[test]
    fn newer_database_is_rejected_unchanged() {
        let db = SqliteDb::open_in_memory().unwrap();
        apply(&db, &[V1, V2]).unwrap();

        let error = apply(&db, &[V1]).unwrap_err();
        assert!(error.message().contains("newer than this build"), "{error}");
        assert_eq!(recorded_versions(&db), vec![1, 2]);
    }

    #[test]
    fn diverged_history_is_rejected() {
        let db = SqliteDb::open_in_memory().unwrap();
        apply(&db, &[V1]).unwrap();
        let renamed = Migration {
            name: "something_else",
            ..V1
        };
        let error = apply(&db, &[renamed, V2]).unwrap_err();
        assert!(error.message().contains("diverged"), "{error}");
    }

    #[test]
    fn out_of_order_list_is_rejected() {
        let db = SqliteDb::open_in_memory().unwrap();
        assert!(apply(&db, &[V2, V1]).is_err());
    }

    #[test]
    fn failing_migration_names_itself() {
        let db = SqliteDb::open_in_memory().unwrap();
        let broken = Migration {
            version: 1,
            name: "broken",
            sql: "CREATE TABLE (",
        };
        let error = apply(&db, &[broken]).unwrap_err();
        assert!(
            error.cause().unwrap().contains("migration 1 (broken)"),
            "{error}"
        );
    }
}
