//! SQLite behaviour the planner relies on, and spec SQL that SQLite rejects at generation time.

use crate::harness::Workspace;
use crate::ORDERS;

#[test]
fn bad_check_reported_with_statement() {
    let spec = ORDERS.replace("      note: text?\n", "      note: { type: text?, check: \"length(note) <\" }\n");
    let workspace = Workspace::new(&spec);
    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("<dir>/specs/shop.yaml: tables.orders: object `shop`: SQLite rejects"), "{message}");
    assert!(message.contains("migrations/shop/0001_initial.sql"), "{message}");
    assert!(message.contains("CHECK (length(note) <)"), "the statement is shown: {message}");
    insta::assert_snapshot!("bad_check", message);
}

#[test]
fn unknown_function_in_check_reported() {
    let spec =
        ORDERS.replace("      note: text?\n", "      note: { type: text?, check: \"no_such_function(note)\" }\n");
    let workspace = Workspace::new(&spec);
    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("no such function: no_such_function"), "{message}");
}

#[test]
fn statement_over_100_kb_reported() {
    let long_check = format!("note <> '{}'", "x".repeat(100_000));
    let spec =
        ORDERS.replace("      note: text?\n", &format!("      note: {{ type: text?, check: \"{long_check}\" }}\n"));
    let workspace = Workspace::new(&spec);
    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("tables.orders: object `shop`: a migration statement for table `orders` is"), "{message}");
    assert!(message.contains("100 KB"), "{message}");
}

#[test]
fn foreign_key_check_does_not_fail_a_batch() {
    // Why migrations leave `PRAGMA foreign_key_check` to the runtime: inside a transaction it
    // returns the violations as rows, and the batch that runs it still succeeds.
    let database = rusqlite::Connection::open_in_memory().expect("open SQLite");
    database
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             CREATE TABLE parent (id TEXT PRIMARY KEY) STRICT;
             CREATE TABLE child (parent_id TEXT REFERENCES parent (id)) STRICT;",
        )
        .expect("create tables");
    let batch =
        database.execute_batch("BEGIN; INSERT INTO child VALUES ('missing'); PRAGMA foreign_key_check; COMMIT;");
    assert!(batch.is_ok(), "{batch:?}");
    let violations: i64 =
        database.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| row.get(0)).expect("check");
    assert_eq!(violations, 1);
}

#[test]
fn sqlite_supports_subsecond_unixepoch() {
    let database = rusqlite::Connection::open_in_memory().expect("open SQLite");
    let now: i64 = database
        .query_row(&format!("SELECT {}", codegen::migrate::sql::NOW_MILLISECONDS), [], |row| row.get(0))
        .expect("the default expression runs");
    assert!(now > 1_700_000_000_000, "{now} is not milliseconds since the epoch");
    let millis: i64 = database
        .query_row(
            "SELECT count(DISTINCT CAST(unixepoch('subsec') * 1000 AS INTEGER) % 1000) FROM (SELECT 1)",
            [],
            |row| row.get(0),
        )
        .expect("subsec");
    assert_eq!(millis, 1);
}
