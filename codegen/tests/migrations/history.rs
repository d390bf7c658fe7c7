//! Committed migrations: kept byte for byte, checked against the snapshot, and never rewritten.

use crate::harness::Workspace;
use crate::ORDERS;

#[test]
fn committed_migration_kept_unchanged() {
    let workspace = Workspace::new(ORDERS);
    workspace.generate();
    let path = workspace.out().join("migrations/shop/0001_initial.sql");
    let edited = format!("-- Reviewed.\n{}", workspace.migration("0001_initial.sql"));
    std::fs::write(&path, &edited).expect("edit the migration");

    workspace.generate();
    assert_eq!(workspace.migration("0001_initial.sql"), edited);
    assert!(workspace.generator().check().expect("check runs").is_none());
}

#[test]
fn edited_migration_schema_reported() {
    let workspace = Workspace::new(ORDERS);
    workspace.generate();
    let path = workspace.out().join("migrations/shop/0001_initial.sql");
    let edited = workspace.migration("0001_initial.sql").replace(",\n  \"note\" TEXT\n", "\n");
    std::fs::write(&path, edited).expect("edit the migration");

    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("its migration files leave a schema that differs from the spec"), "{message}");
}

#[test]
fn missing_snapshot_reported() {
    let workspace = Workspace::new(ORDERS);
    workspace.generate();
    std::fs::remove_file(workspace.out().join("migrations/shop/schema.json")).expect("remove schema.json");

    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("schema.json is missing, but migrations/shop contains 1 migration files"), "{message}");
}

#[test]
fn numbering_gap_reported() {
    let workspace = Workspace::new(ORDERS);
    workspace.generate();
    let folder = workspace.out().join("migrations/shop");
    std::fs::rename(folder.join("0001_initial.sql"), folder.join("0002_initial.sql")).expect("rename");

    let message = workspace.generate_error(workspace.generator());
    assert!(message.contains("has number 2, but the next number"), "{message}");
}

#[test]
fn plan_prints_without_writing() {
    let workspace = Workspace::new(ORDERS);
    workspace.generate();
    let generator = workspace.generator();
    assert_eq!(codegen::migrate::plan_command(&generator, "shop").expect("plan"), "-- shop: schema is up to date\n");

    workspace.set_spec(&ORDERS.replace("      note: text?\n", "      note: text?\n      tag: text?\n"));
    let planned = codegen::migrate::plan_command(&generator, "shop").expect("plan");
    assert!(planned.starts_with("-- migrations/shop/0002_add_orders_tag.sql\n"), "{planned}");
    assert!(planned.contains("ALTER TABLE \"orders\" ADD COLUMN \"tag\" TEXT;"), "{planned}");
    assert_eq!(workspace.migration_names(), ["0001_initial.sql"], "plan wrote a file");

    let unknown = codegen::migrate::plan_command(&generator, "shops").expect_err("unknown object");
    assert!(unknown.to_string().contains("no object named `shops`"), "{unknown}");
}
