//! Changes the planner makes: each case checks the new migration's SQL and that the rows
//! stored before it are still there after it.

use crate::{migrate, migrate_with, rows, ORDERS, ORDER_ROWS};

#[test]
fn new_table_is_created() {
    let after = format!(
        "{ORDERS}  customers:
    columns:
      id: {{ type: text, primary_key: true }}
      email: {{ type: text, unique: true }}
"
    );
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_customers.sql");
    insta::assert_snapshot!("new_table", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id FROM orders ORDER BY id"), ["a", "b"]);
    assert_eq!(rows(&migrated.database, "SELECT count(*) FROM customers"), ["0"]);
}

#[test]
fn new_nullable_column_is_added() {
    let after = ORDERS.replace("      note: text?\n", "      note: text?\n      shipped_at: timestamp?\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_orders_shipped_at.sql");
    insta::assert_snapshot!("new_nullable_column", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id, shipped_at FROM orders ORDER BY id"), ["a|NULL", "b|NULL"]);
}

#[test]
fn new_defaulted_column_is_added() {
    let after =
        ORDERS.replace("      note: text?\n", "      note: text?\n      currency: { type: text, default: EUR }\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_orders_currency.sql");
    insta::assert_snapshot!("new_defaulted_column", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id, currency FROM orders ORDER BY id"), ["a|EUR", "b|EUR"]);
}

#[test]
fn new_column_with_now_default_rebuilds() {
    let after = ORDERS
        .replace("      note: text?\n", "      note: text?\n      created_at: { type: timestamp, default: now }\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_orders_created_at.sql");
    insta::assert_snapshot!("new_column_with_now_default", migrated.sql);
    let stamped = rows(&migrated.database, "SELECT count(*) FROM orders WHERE created_at > 1700000000000");
    assert_eq!(stamped, ["2"], "existing rows get the migration time in milliseconds");
}

#[test]
fn new_column_between_others_rebuilds() {
    let after = ORDERS
        .replace("      total: integer\n", "      total: integer\n      discount: { type: integer, default: 0 }\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_orders_discount.sql");
    insta::assert_snapshot!("new_column_between_others", migrated.sql);
    let columns = rows(&migrated.database, "SELECT name FROM pragma_table_info('orders') ORDER BY cid");
    assert_eq!(columns, ["id", "total", "discount", "status", "note"]);
    assert_eq!(
        rows(&migrated.database, "SELECT id, total, discount, note FROM orders ORDER BY id"),
        ["a|10|0|first", "b|25|0|NULL"]
    );
}

#[test]
fn renamed_table_is_renamed() {
    let before = format!(
        "{ORDERS}  lines:
    columns:
      id: {{ type: integer, primary_key: true }}
      order_id: {{ type: text, references: orders.id, on_delete: cascade }}
"
    );
    let after = before
        .replace("  orders:\n", "  purchases:\n    renamed_from: orders\n")
        .replace("references: orders.id", "references: purchases.id")
        .replace("      - columns: [status]\n", "      - columns: [status]\n        name: orders_status_idx\n");
    let rows_sql = format!("{ORDER_ROWS} INSERT INTO lines (id, order_id) VALUES (1, 'a');");
    let migrated = migrate(&before, &rows_sql, &after);
    assert_eq!(migrated.name, "0002_rename_orders_to_purchases.sql");
    insta::assert_snapshot!("renamed_table", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id, total FROM purchases ORDER BY id"), ["a|10", "b|25"]);
    let key = rows(&migrated.database, "SELECT \"table\", \"to\" FROM pragma_foreign_key_list('lines')");
    assert_eq!(key, ["purchases|id"], "SQLite moves the foreign key to the new name");
}

#[test]
fn renamed_column_is_renamed() {
    let after = ORDERS.replace("      note: text?\n", "      memo: { type: text?, renamed_from: note }\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_rename_orders_note_to_memo.sql");
    insta::assert_snapshot!("renamed_column", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id, memo FROM orders ORDER BY id"), ["a|first", "b|NULL"]);
}

#[test]
fn widened_type_rebuilds() {
    let after = ORDERS.replace("      total: integer\n", "      total: real\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_change_orders_total.sql");
    insta::assert_snapshot!("widened_type", migrated.sql);
    assert_eq!(
        rows(&migrated.database, "SELECT id, total, typeof(total) FROM orders ORDER BY id"),
        ["a|10.0|real", "b|25.0|real"]
    );
}

#[test]
fn relaxed_nullability_rebuilds() {
    let after = ORDERS.replace("      total: integer\n", "      total: integer?\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_change_orders_total.sql");
    migrated.database.execute_batch("INSERT INTO orders (id, total) VALUES ('c', NULL);").expect("NULL is allowed now");
    assert_eq!(rows(&migrated.database, "SELECT id, total FROM orders ORDER BY id"), ["a|10", "b|25", "c|NULL"]);
}

#[test]
fn new_index_is_created() {
    let after =
        ORDERS.replace("      - columns: [status]\n", "      - columns: [status]\n      - columns: [total, id]\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_add_orders_total_id_idx.sql");
    insta::assert_snapshot!("new_index", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT count(*) FROM orders"), ["2"]);
}

#[test]
fn removed_index_is_dropped_without_permission() {
    let after = ORDERS.replace("    indexes:\n      - columns: [status]\n", "");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_drop_orders_status_idx.sql");
    insta::assert_snapshot!("removed_index", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT count(*) FROM orders"), ["2"]);
}

#[test]
fn new_unique_constraint_rebuilds() {
    let after = ORDERS.replace("      total: integer\n", "      total: { type: integer, unique: true }\n");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_change_orders_total.sql");
    insta::assert_snapshot!("new_unique", migrated.sql);
    assert_eq!(
        rows(&migrated.database, "SELECT id, total, status, note FROM orders ORDER BY id"),
        ["a|10|open|first", "b|25|paid|NULL"]
    );
    let duplicate = migrated.database.execute_batch("INSERT INTO orders (id, total) VALUES ('c', 10);");
    assert!(duplicate.is_err(), "the rebuilt table enforces UNIQUE");
}

#[test]
fn added_enum_value_rebuilds() {
    let after = ORDERS.replace("enum: [open, paid]", "enum: [open, paid, refunded]");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_change_orders_status.sql");
    insta::assert_snapshot!("added_enum_value", migrated.sql);
    migrated
        .database
        .execute_batch("UPDATE orders SET status = 'refunded' WHERE id = 'b';")
        .expect("the new value is allowed");
    assert_eq!(rows(&migrated.database, "SELECT id, status FROM orders ORDER BY id"), ["a|open", "b|refunded"]);
}

#[test]
fn new_table_and_column_name_the_tables() {
    let after = format!(
        "{}  tags:
    columns:
      name: {{ type: text, primary_key: true }}
",
        ORDERS.replace("      note: text?\n", "      note: text?\n      tag: text?\n")
    );
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_update_orders_tags.sql");
}

#[test]
fn dropped_column_allowed_in_spec() {
    let after =
        ORDERS.replace("object: shop\n", "object: shop\nallow_destructive: true\n").replace("      note: text?\n", "");
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    assert_eq!(migrated.name, "0002_drop_orders_note.sql");
    insta::assert_snapshot!("dropped_column_allowed", migrated.sql);
    assert_eq!(
        rows(&migrated.database, "SELECT id, total, status FROM orders ORDER BY id"),
        ["a|10|open", "b|25|paid"]
    );
}

#[test]
fn dropped_table_allowed_by_flag() {
    let before = format!(
        "{ORDERS}  drafts:
    columns:
      id: {{ type: text, primary_key: true }}
"
    );
    let rows_sql = format!("{ORDER_ROWS} INSERT INTO drafts (id) VALUES ('x');");
    let migrated = migrate_with(&before, &rows_sql, ORDERS, |workspace| {
        workspace.generator().allow_destructive(true).write().expect("generate with --allow-destructive");
    });
    assert_eq!(migrated.name, "0002_drop_drafts.sql");
    insta::assert_snapshot!("dropped_table_allowed", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT count(*) FROM sqlite_schema WHERE name = 'drafts'"), ["0"]);
    assert_eq!(rows(&migrated.database, "SELECT count(*) FROM orders"), ["2"]);
}

#[test]
fn narrowed_type_allowed_casts() {
    let after = ORDERS
        .replace("object: shop\n", "object: shop\nallow_destructive: true\n")
        .replace("      total: integer\n", "      total: boolean\n");
    let migrated = migrate(ORDERS, "INSERT INTO orders (id, total) VALUES ('a', 1), ('b', 0);", &after);
    assert_eq!(migrated.name, "0002_change_orders_total.sql");
    assert_eq!(rows(&migrated.database, "SELECT id, total FROM orders ORDER BY id"), ["a|1", "b|0"]);
}

#[test]
fn stricter_nullability_allowed_fills_default() {
    let before = ORDERS.replace("      note: text?\n", "      note: text?\n      channel: text?\n");
    let after = ORDERS
        .replace("object: shop\n", "object: shop\nallow_destructive: true\n")
        .replace("      note: text?\n", "      note: text?\n      channel: { type: text, default: web }\n");
    let rows_sql = "INSERT INTO orders (id, total, channel) VALUES ('a', 1, 'shop'), ('b', 2, NULL);";
    let migrated = migrate(&before, rows_sql, &after);
    insta::assert_snapshot!("stricter_nullability_allowed", migrated.sql);
    assert_eq!(rows(&migrated.database, "SELECT id, channel FROM orders ORDER BY id"), ["a|shop", "b|web"]);
}

#[test]
fn rebuilt_parent_keeps_child_keys() {
    let before = format!(
        "{ORDERS}  lines:
    columns:
      id: {{ type: integer, primary_key: true }}
      order_id: {{ type: text, references: orders.id, on_delete: cascade }}
"
    );
    let after = before.replace("      total: integer\n", "      total: real\n");
    let rows_sql = format!("{ORDER_ROWS} INSERT INTO lines (id, order_id) VALUES (1, 'a'), (2, 'b');");
    let migrated = migrate(&before, &rows_sql, &after);
    assert_eq!(migrated.name, "0002_change_orders_total.sql");

    let key = rows(&migrated.database, "SELECT \"table\", \"to\", on_delete FROM pragma_foreign_key_list('lines')");
    assert_eq!(key, ["orders|id|CASCADE"], "the child's key names the rebuilt table");
    migrated
        .database
        .execute_batch("PRAGMA foreign_keys = ON; DELETE FROM orders WHERE id = 'a';")
        .expect("delete an order");
    assert_eq!(
        rows(&migrated.database, "SELECT id FROM lines"),
        ["2"],
        "the cascade reaches the rebuilt table's children"
    );
}

#[test]
fn changed_index_is_recreated() {
    let after = ORDERS.replace(
        "      - columns: [status]\n",
        "      - columns: [status, total]\n        name: orders_status_idx\n      - columns: [note]\n",
    );
    let migrated = migrate(ORDERS, ORDER_ROWS, &after);
    insta::assert_snapshot!("changed_index", migrated.sql);
    let columns = rows(&migrated.database, "SELECT name FROM pragma_index_info('orders_status_idx') ORDER BY seqno");
    assert_eq!(columns, ["status", "total"]);
}
