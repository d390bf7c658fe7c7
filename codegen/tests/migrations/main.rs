//! Migration planner tests: one case per kind of change, each checking the SQL (insta) and
//! applying the whole sequence to a real SQLite database, with rows in it.

mod changes;
mod fixture;
mod harness;
mod history;
mod rejected;
mod sqlite_rules;

use harness::{apply, assert_same_schema_as_fresh, Workspace};
use rusqlite::Connection;

/// The spec most cases start from.
const ORDERS: &str = r#"
object: shop
tables:
  orders:
    columns:
      id: { type: text, primary_key: true }
      total: integer
      status: { enum: [open, paid], default: open }
      note: text?
    indexes:
      - columns: [status]
"#;

/// Two rows for `ORDERS`, inserted before the migration under test.
const ORDER_ROWS: &str =
    "INSERT INTO orders (id, total, status, note) VALUES ('a', 10, 'open', 'first'), ('b', 25, 'paid', NULL);";

/// The result of changing a spec that already has a migration.
pub struct Migrated {
    pub workspace: Workspace,
    /// The new migration's file name.
    pub name: String,
    pub sql: String,
    /// A database that held `rows` before the new migration ran, after it ran.
    pub database: Connection,
}

/// Generates `before`, inserts `rows` into a database migrated to it, changes the spec to
/// `after`, generates again and applies the new migration to that database. Checks that the
/// change adds exactly one migration, that a second run changes nothing, and that the whole
/// sequence gives the same schema as a project created from `after` alone.
pub fn migrate(before: &str, rows: &str, after: &str) -> Migrated {
    migrate_with(before, rows, after, |workspace| workspace.generate())
}

/// [`migrate`] with a custom second generator run, such as one with `--allow-destructive`.
pub fn migrate_with(before: &str, rows: &str, after: &str, generate: impl Fn(&Workspace)) -> Migrated {
    let workspace = Workspace::new(before);
    workspace.generate();
    assert_eq!(workspace.migration_names(), ["0001_initial.sql"]);

    let database = workspace.migrated_database();
    database.execute_batch(rows).expect("insert the rows");

    workspace.set_spec(after);
    generate(&workspace);
    let names = workspace.migration_names();
    assert_eq!(names.len(), 2, "expected one new migration, found {names:?}");
    let name = names[1].clone();
    let sql = workspace.migration(&name);
    apply(&database, &sql);

    generate(&workspace);
    assert_eq!(workspace.migration_names(), names, "a second run added a migration");
    let stale = workspace.generator().check().expect("check runs");
    assert!(stale.is_none(), "a second run changes the output:\n{}", stale.unwrap_or_default());

    assert_same_schema_as_fresh(&workspace, after);
    Migrated { workspace, name, sql, database }
}

/// The rows of a query, each row's values joined by `|`, for comparing table contents.
pub fn rows(database: &Connection, sql: &str) -> Vec<String> {
    let mut statement = database.prepare(sql).expect("prepare the query");
    let count = statement.column_count();
    let rows = statement
        .query_map([], |row| {
            let values: Vec<String> = (0..count)
                .map(|index| row.get_ref(index).map(harness::value_text).unwrap_or_else(|error| error.to_string()))
                .collect();
            Ok(values.join("|"))
        })
        .expect("run the query");
    rows.map(|row| row.expect("read a row")).collect()
}
