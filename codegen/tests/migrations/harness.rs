//! A spec folder and an output folder in a temporary directory, and a real SQLite database to
//! apply the generated migrations to.

use std::path::{Path, PathBuf};

use codegen::generate::{GenerateError, Generator};
use rusqlite::Connection;

/// One object spec (`shop`) with its output folder.
pub struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new(spec: &str) -> Workspace {
        let dir = tempfile::tempdir().expect("create a temporary directory");
        std::fs::create_dir_all(dir.path().join("specs")).expect("create specs/");
        let workspace = Workspace { dir };
        workspace.set_spec(spec);
        workspace
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    pub fn set_spec(&self, spec: &str) {
        std::fs::write(self.dir.path().join("specs/shop.yaml"), spec).expect("write the spec");
    }

    pub fn generator(&self) -> Generator {
        Generator::new(self.dir.path().join("specs"), self.out())
    }

    /// Runs the generator and writes its outputs, panicking with the diagnostics on failure.
    pub fn generate(&self) {
        if let Err(error) = self.generator().write() {
            panic!("generation failed:\n{error}");
        }
    }

    /// Runs the generator expecting spec diagnostics; returns them with the temporary
    /// directory written as `<dir>`.
    pub fn generate_error(&self, generator: Generator) -> String {
        match generator.write() {
            Ok(_) => panic!("generation succeeded, but diagnostics were expected"),
            Err(GenerateError::Spec(diagnostics)) => {
                diagnostics.to_string().replace(&self.dir.path().display().to_string(), "<dir>")
            }
            Err(other) => panic!("expected spec diagnostics, got: {other}"),
        }
    }

    /// The migration file names of `shop`, in order.
    pub fn migration_names(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.out().join("migrations/shop")) else { return Vec::new() };
        let mut names: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".sql"))
            .collect();
        names.sort();
        names
    }

    pub fn migration(&self, name: &str) -> String {
        std::fs::read_to_string(self.out().join("migrations/shop").join(name)).expect("read the migration")
    }

    pub fn snapshot(&self) -> String {
        std::fs::read_to_string(self.out().join("migrations/shop/schema.json")).expect("read schema.json")
    }

    /// Every migration of `shop` applied to a fresh in-memory database.
    pub fn migrated_database(&self) -> Connection {
        let connection = Connection::open_in_memory().expect("open SQLite");
        for name in self.migration_names() {
            apply(&connection, &self.migration(&name));
        }
        connection
    }
}

/// Applies one migration file as the runtime does: foreign keys off, one transaction, and
/// `PRAGMA foreign_key_check` before the commit.
pub fn apply(connection: &Connection, migration: &str) {
    connection.execute_batch("PRAGMA foreign_keys = OFF; BEGIN;").expect("begin");
    if let Err(error) = connection.execute_batch(migration) {
        panic!("migration failed: {error}\n{migration}");
    }
    let violations: i64 = connection
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| row.get(0))
        .expect("foreign key check");
    assert_eq!(violations, 0, "foreign key violations after:\n{migration}");
    connection.execute_batch("COMMIT; PRAGMA foreign_keys = ON;").expect("commit");
}

/// The schema of every table as SQLite reports it: columns, keys, defaults, foreign keys,
/// indexes, STRICT, and the CHECK constraints found in the table's SQL.
pub fn schema_of(connection: &Connection) -> String {
    let query = |sql: &str, parameter: &str| -> Vec<String> {
        let mut statement = connection.prepare(sql).expect("prepare");
        let rows = statement
            .query_map([parameter], |row| {
                let count = row.as_ref().column_count();
                let values: Vec<String> = (0..count)
                    .map(|index| row.get_ref(index).map(value_text).unwrap_or_else(|error| error.to_string()))
                    .collect();
                Ok(values.join(" "))
            })
            .expect("query");
        rows.map(|row| row.expect("row")).collect()
    };

    let mut text = String::new();
    let tables: Vec<(String, i64)> = {
        let mut statement = connection
            .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .expect("prepare");
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).expect("query");
        rows.map(|row| row.expect("row")).collect()
    };
    for (table, strict) in tables {
        text.push_str(&format!("table {table} strict={strict}\n"));
        for column in
            query("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid", &table)
        {
            text.push_str(&format!("  column {column}\n"));
        }
        for key in
            query("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?1) ORDER BY id", &table)
        {
            text.push_str(&format!("  foreign key {key}\n"));
        }
        let mut indexes = query(
            "SELECT CASE WHEN l.origin = 'c' THEN l.name ELSE l.origin END, l.\"unique\", i.seqno, i.name \
             FROM pragma_index_list(?1) AS l, pragma_index_info(l.name) AS i",
            &table,
        );
        indexes.sort();
        for index in indexes {
            text.push_str(&format!("  index {index}\n"));
        }
        let sql: String = connection
            .query_row("SELECT sql FROM sqlite_schema WHERE name = ?1", [&table], |row| row.get(0))
            .expect("table sql");
        text.push_str(&format!("  checks {}\n", sql.matches("CHECK (").count()));
    }
    text
}

/// Asserts that the migrations of `workspace`, applied in order, give the schema that a new
/// project with only the final spec creates in its initial migration.
pub fn assert_same_schema_as_fresh(workspace: &Workspace, final_spec: &str) {
    let fresh = Workspace::new(final_spec);
    fresh.generate();
    assert_eq!(fresh.migration_names(), ["0001_initial.sql"]);
    assert_eq!(
        schema_of(&workspace.migrated_database()),
        schema_of(&fresh.migrated_database()),
        "the migration sequence and the initial migration of the final spec give different schemas"
    );
    assert_eq!(workspace.snapshot(), fresh.snapshot(), "schema.json differs from a fresh project's");
}

/// A value as text: NULL, a number, the text itself, or the size of a blob.
pub fn value_text(value: rusqlite::types::ValueRef) -> String {
    match value {
        rusqlite::types::ValueRef::Null => "NULL".to_string(),
        rusqlite::types::ValueRef::Integer(value) => value.to_string(),
        rusqlite::types::ValueRef::Real(value) => format!("{value:?}"),
        rusqlite::types::ValueRef::Text(value) => String::from_utf8_lossy(value).into_owned(),
        rusqlite::types::ValueRef::Blob(value) => format!("blob of {} bytes", value.len()),
    }
}
