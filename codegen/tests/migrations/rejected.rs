//! Changes the planner rejects: destructive ones unless allowed, and a new NOT NULL column
//! without a default always. A rejected run writes no migration.

use crate::harness::Workspace;
use crate::ORDERS;

/// Generates `before`, changes the spec to `after` and returns the diagnostics of the run.
fn rejection(before: &str, after: &str) -> (Workspace, String) {
    let workspace = Workspace::new(before);
    workspace.generate();
    workspace.set_spec(after);
    let message = workspace.generate_error(workspace.generator());
    assert_eq!(workspace.migration_names(), ["0001_initial.sql"], "a rejected run wrote a migration");
    (workspace, message)
}

#[test]
fn dropped_column_rejected() {
    let (_, message) = rejection(ORDERS, &ORDERS.replace("      note: text?\n", ""));
    assert!(message.contains("<dir>/specs/shop.yaml: tables.orders.columns.note:"), "{message}");
    assert!(message.contains("deletes its values"), "{message}");
    assert!(message.contains("--allow-destructive"), "{message}");
    assert!(message.contains("allow_destructive: true"), "{message}");
    insta::assert_snapshot!("dropped_column_rejected", message);
}

#[test]
fn dropped_table_rejected() {
    let before = format!("{ORDERS}  drafts:\n    columns:\n      id: {{ type: text, primary_key: true }}\n");
    let (_, message) = rejection(&before, ORDERS);
    assert!(message.contains("tables.drafts:"), "{message}");
    insta::assert_snapshot!("dropped_table_rejected", message);
}

#[test]
fn narrowed_type_rejected() {
    let before = ORDERS.replace("      total: integer\n", "      total: real\n");
    let (_, message) = rejection(&before, ORDERS);
    assert!(message.contains("tables.orders.columns.total:"), "{message}");
    insta::assert_snapshot!("narrowed_type_rejected", message);
}

#[test]
fn json_to_text_rejected() {
    let before = ORDERS.replace("      note: text?\n", "      note: json?\n");
    let (_, message) = rejection(&before, ORDERS);
    assert!(message.contains("from json to text narrows its type"), "{message}");
}

#[test]
fn required_nullable_column_rejected() {
    let (_, message) = rejection(ORDERS, &ORDERS.replace("      note: text?\n", "      note: text\n"));
    assert!(message.contains("making column `orders.note` NOT NULL"), "{message}");
}

#[test]
fn removed_enum_value_rejected() {
    let (_, message) = rejection(ORDERS, &ORDERS.replace("enum: [open, paid]", "enum: [open]"));
    assert!(message.contains("tables.orders.columns.status:"), "{message}");
    insta::assert_snapshot!("removed_enum_value_rejected", message);
}

#[test]
fn required_column_without_default_rejected() {
    let after = ORDERS.replace("      note: text?\n", "      note: text?\n      owner: text\n");
    let (workspace, message) = rejection(ORDERS, &after);
    insta::assert_snapshot!("required_column_rejected", message);

    let flagged = workspace.generate_error(workspace.generator().allow_destructive(true));
    assert!(flagged.contains("tables.orders.columns.owner:"), "--allow-destructive does not allow it: {flagged}");
}

#[test]
fn dropped_base_column_names_base_file() {
    let base = "object: base\ntables:\n  notes:\n    columns:\n      id: { type: text, primary_key: true }\n      body: text?\n";
    let shop = "object: shop\nextends: base\n";
    let workspace = Workspace::new(shop);
    std::fs::write(workspace.path().join("specs/base.yaml"), base).expect("write base.yaml");
    workspace.generate();
    std::fs::write(workspace.path().join("specs/base.yaml"), base.replace("      body: text?\n", ""))
        .expect("change base.yaml");

    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("<dir>/specs/base.yaml: tables.notes.columns.body: object `shop`"), "{message}");
    assert!(message.contains("`allow_destructive: true` in <dir>/specs/shop.yaml"), "{message}");
}
