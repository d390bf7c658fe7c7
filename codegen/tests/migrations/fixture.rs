//! The full fixture's initial migrations, and determinism of the whole migration output.

use std::path::Path;

use codegen::generate::Generator;

use crate::harness::{apply, schema_of};

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/full")
}

#[test]
fn full_fixture_initial_migrations() {
    let out = tempfile::tempdir().expect("create a temporary directory");
    let outputs = Generator::new(fixture(), out.path()).render().expect("the fixture generates");

    let migrations: Vec<(String, String)> = outputs
        .iter()
        .map(|(path, text)| (path.display().to_string(), text.clone()))
        .filter(|(path, _)| path.starts_with("migrations/"))
        .collect();
    let paths: Vec<&str> = migrations.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "migrations/base/0001_initial.sql",
            "migrations/base/schema.json",
            "migrations/shop/0001_initial.sql",
            "migrations/shop/schema.json",
        ]
    );
    for (path, text) in &migrations {
        insta::assert_snapshot!(format!("full_{}", path.replace('/', "_")), text);
    }

    let database = rusqlite::Connection::open_in_memory().expect("open SQLite");
    apply(&database, outputs.get("migrations/shop/0001_initial.sql").expect("shop migration"));
    insta::assert_snapshot!("full_shop_sqlite_schema", schema_of(&database));
}

#[test]
fn full_fixture_rows_follow_constraints() {
    let out = tempfile::tempdir().expect("create a temporary directory");
    let outputs = Generator::new(fixture(), out.path()).render().expect("the fixture generates");
    let database = rusqlite::Connection::open_in_memory().expect("open SQLite");
    apply(&database, outputs.get("migrations/shop/0001_initial.sql").expect("shop migration"));
    database.execute_batch("PRAGMA foreign_keys = ON;").expect("foreign keys on");

    database
        .execute_batch(
            "INSERT INTO customers (id, email, name) VALUES ('c1', 'a@example.com', 'Ada');
             INSERT INTO orders (id, customer_id) VALUES ('o1', 'c1');
             INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_cents) VALUES ('o1', 1, 'sku', 2, 150);",
        )
        .expect("valid rows insert");

    let rejected = [
        ("an unknown enum value", "UPDATE orders SET status = 'lost' WHERE id = 'o1'"),
        ("a boolean other than 0 or 1", "UPDATE customers SET vip = 2"),
        ("invalid JSON", "UPDATE customers SET profile = '{'"),
        ("text in an INTEGER column of a STRICT table", "UPDATE order_lines SET quantity = 'two'"),
        ("a column CHECK", "UPDATE order_lines SET quantity = 0"),
        ("a table CHECK", "UPDATE orders SET placed_at = -1"),
        ("a missing parent row", "INSERT INTO orders (id, customer_id) VALUES ('o2', 'nobody')"),
        (
            "a NULL in a NOT NULL primary key",
            "INSERT INTO customers (id, email, name) VALUES (NULL, 'b@example.com', 'B')",
        ),
    ];
    for (what, sql) in rejected {
        assert!(database.execute_batch(sql).is_err(), "SQLite accepted {what}: {sql}");
    }

    let created_at: i64 = {
        database.execute_batch("INSERT INTO notes (id, body) VALUES ('n1', 'hello');").expect("insert a note");
        database.query_row("SELECT created_at FROM notes", [], |row| row.get(0)).expect("read created_at")
    };
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock after 1970").as_millis()
        as i64;
    assert!(
        (now - created_at).abs() < 60_000,
        "`default: now` gives milliseconds since the epoch: {created_at} vs {now}"
    );

    database.execute_batch("DELETE FROM customers WHERE id = 'c1';").expect("delete the customer");
    let left: i64 = database.query_row("SELECT count(*) FROM order_lines", [], |row| row.get(0)).expect("count");
    assert_eq!(left, 0, "ON DELETE CASCADE removes orders and their lines");
}

#[test]
fn two_runs_are_byte_identical() {
    let out = tempfile::tempdir().expect("create a temporary directory");
    let first = Generator::new(fixture(), out.path()).render().expect("first run");
    let second = Generator::new(fixture(), out.path()).render().expect("second run");
    assert_eq!(first, second);

    Generator::new(fixture(), out.path()).write().expect("write");
    let third = Generator::new(fixture(), out.path()).render().expect("run over the written output");
    assert_eq!(first, third, "reading the committed migrations back changes nothing");
}
