//! The planner: diffs the spec's schema against the snapshot and lists the statements of the
//! next migration, or the destructive changes it must reject.
//!
//! Statements run in this order, so that no step depends on a later one: table renames, column
//! renames, index drops, table drops, new tables, table rebuilds, added columns, new indexes.
//! Renames come only from `renamed_from`; a table or column that is missing from the spec is
//! dropped, never guessed to be renamed.

use super::column_change::{self, ColumnChange};
use super::schema::{ColumnSchema, Schema, TableSchema};
use super::sql;
use crate::model::Object;
use crate::names::sql_ident;

/// The next migration of an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The file name without number and extension: `initial`, `add_orders_note`, `rebuild_orders`.
    pub name: String,
    pub statements: Vec<Statement>,
}

/// One DDL statement, ending in `;`, and the table it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub sql: String,
    pub table: String,
}

/// A change the planner does not make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The spec table the key path belongs to.
    pub table: String,
    /// The key path, such as `tables.orders.columns.note`.
    pub path: String,
    pub message: String,
    /// Set when `allow_destructive` permits the change; unset when no setting does.
    pub destructive: bool,
    pub help: Option<String>,
}

/// Plans the migration from `snapshot` to the schema of `object`. Returns `Ok(None)` when the
/// schema is up to date.
pub fn plan(object: &Object, snapshot: &Schema, allow_destructive: bool) -> Result<Option<Plan>, Vec<Refusal>> {
    let target = Schema::of_object(object).map_err(|(path, message)| {
        let table = path.split('.').nth(1).unwrap_or_default().to_string();
        vec![Refusal { table, path, message, destructive: false, help: Some("write a finite number".into()) }]
    })?;
    if *snapshot == target {
        return Ok(None);
    }

    let mut planner = Planner {
        object,
        target: &target,
        current: snapshot.clone(),
        allow_destructive,
        steps: Steps::default(),
        refusals: Vec::new(),
    };
    planner.rename_tables();
    planner.rename_columns();
    planner.diff_tables();
    planner.drop_tables();

    if !planner.refusals.is_empty() {
        return Err(planner.refusals);
    }
    let name = if snapshot.tables.is_empty() { "initial".to_string() } else { planner.steps.name() };
    Ok(Some(Plan { name, statements: planner.steps.statements() }))
}

#[derive(Default)]
struct Steps {
    renames: Vec<Statement>,
    drop_indexes: Vec<Statement>,
    drop_tables: Vec<Statement>,
    create_tables: Vec<Statement>,
    rebuilds: Vec<Statement>,
    add_columns: Vec<Statement>,
    create_indexes: Vec<Statement>,
    /// Each change as (name part, table), for naming the migration.
    changes: Vec<(String, String)>,
}

impl Steps {
    fn statements(self) -> Vec<Statement> {
        [
            self.renames,
            self.drop_indexes,
            self.drop_tables,
            self.create_tables,
            self.rebuilds,
            self.add_columns,
            self.create_indexes,
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Names the migration after its only change, or after the tables that several changes touch.
    fn name(&self) -> String {
        if let [(only, _)] = self.changes.as_slice() {
            return only.clone();
        }
        let mut tables: Vec<&str> = Vec::new();
        for (_, table) in &self.changes {
            if !tables.contains(&table.as_str()) {
                tables.push(table);
            }
        }
        let name = format!("update_{}", tables.join("_"));
        if tables.len() <= 3 && name.len() <= 60 {
            name
        } else {
            "update_schema".to_string()
        }
    }
}

struct Planner<'a> {
    object: &'a Object,
    target: &'a Schema,
    /// The snapshot with this migration's renames applied, as the database is after them.
    current: Schema,
    allow_destructive: bool,
    steps: Steps,
    refusals: Vec<Refusal>,
}

impl Planner<'_> {
    /// Plans `ALTER TABLE ... RENAME TO` for each spec table whose `renamed_from` names a snapshot
    /// table that the spec no longer has.
    fn rename_tables(&mut self) {
        for table in &self.object.tables {
            let Some(old) = table.renamed_from.as_deref() else { continue };
            let renamable = self.current.table(&table.name).is_none()
                && self.current.table(old).is_some()
                && self.object.table(old).is_none();
            if !renamable {
                continue;
            }
            self.steps.renames.push(Statement { sql: sql::rename_table(old, &table.name), table: table.name.clone() });
            self.steps.changes.push((format!("rename_{old}_to_{}", table.name), table.name.clone()));
            rename_table(&mut self.current, old, &table.name);
        }
    }

    /// Plans `ALTER TABLE ... RENAME COLUMN` for each spec column whose `renamed_from` names a column
    /// of the snapshot table that the spec no longer has.
    fn rename_columns(&mut self) {
        for table in &self.object.tables {
            for column in &table.columns {
                let Some(old) = column.renamed_from.as_deref() else { continue };
                let Some(current) = self.current.table(&table.name) else { continue };
                let renamable = current.column(&column.name).is_none()
                    && current.column(old).is_some()
                    && table.column(old).is_none();
                if !renamable {
                    continue;
                }
                let statement = sql::rename_column(&table.name, old, &column.name);
                self.steps.renames.push(Statement { sql: statement, table: table.name.clone() });
                let change = format!("rename_{}_{old}_to_{}", table.name, column.name);
                self.steps.changes.push((change, table.name.clone()));
                rename_column(&mut self.current, &table.name, old, &column.name);
            }
        }
    }

    /// Creates new tables and changes existing ones, in spec order.
    fn diff_tables(&mut self) {
        for spec_table in &self.object.tables {
            let Some(new) = self.target.table(&spec_table.name) else { continue };
            match self.current.table(&new.name).cloned() {
                None => self.create_table(new),
                Some(old) => self.change_table(&old, new),
            }
        }
    }

    fn create_table(&mut self, new: &TableSchema) {
        let table = new.name.clone();
        self.steps.create_tables.push(Statement { sql: sql::create_table(new, &new.name), table: table.clone() });
        for index in &new.indexes {
            self.steps
                .create_indexes
                .push(Statement { sql: sql::create_index(&new.name, index), table: table.clone() });
        }
        self.steps.changes.push((format!("add_{table}"), table));
    }

    fn change_table(&mut self, old: &TableSchema, new: &TableSchema) {
        if old == new {
            return;
        }
        let table = new.name.as_str();
        // Each reason the table must be rebuilt, as a name part for the migration.
        let mut rebuild_reasons: Vec<String> = Vec::new();

        for column in &old.columns {
            if new.column(&column.name).is_none() {
                let message = format!("dropping column `{table}.{}` deletes its values", column.name);
                let rename =
                    format!("to rename the column instead, set `renamed_from: {}` on its new name", column.name);
                self.destructive(table, &format!("tables.{table}.columns.{}", column.name), message, Some(rename));
                rebuild_reasons.push(format!("drop_{table}_{}", column.name));
            }
        }

        for column in &new.columns {
            let Some(previous) = old.column(&column.name) else { continue };
            match column_change::compare(table, previous, column) {
                ColumnChange::Unchanged => {}
                ColumnChange::Rebuild => rebuild_reasons.push(format!("change_{table}_{}", column.name)),
                ColumnChange::Narrowing(losses) => {
                    for loss in losses {
                        self.destructive(table, &format!("tables.{table}.columns.{}", column.name), loss, None);
                    }
                    rebuild_reasons.push(format!("change_{table}_{}", column.name));
                }
            }
        }

        let kept_old: Vec<&str> =
            old.columns.iter().filter(|c| new.column(&c.name).is_some()).map(|c| c.name.as_str()).collect();
        let kept_new: Vec<&str> =
            new.columns.iter().filter(|c| old.column(&c.name).is_some()).map(|c| c.name.as_str()).collect();
        if kept_old != kept_new {
            rebuild_reasons.push(format!("reorder_{table}"));
        }
        if old.primary_key != new.primary_key {
            rebuild_reasons.push(format!("change_{table}_primary_key"));
        }
        if old.checks != new.checks {
            rebuild_reasons.push(format!("change_{table}_checks"));
        }

        // New columns keep the spec's column order only when they come after every kept column.
        let last_kept = new.columns.iter().rposition(|c| old.column(&c.name).is_some());
        let mut added = Vec::new();
        for (position, column) in new.columns.iter().enumerate() {
            if old.column(&column.name).is_some() {
                continue;
            }
            if !column.nullable && column.default.is_none() {
                self.reject_required_column(table, column);
            }
            let trailing = last_kept.is_none_or(|last| position > last);
            if trailing && can_add_column(column) {
                added.push(column);
            } else {
                rebuild_reasons.push(format!("add_{table}_{}", column.name));
            }
        }

        if rebuild_reasons.is_empty() {
            for column in added {
                self.steps
                    .add_columns
                    .push(Statement { sql: sql::add_column(table, column), table: table.to_string() });
                self.steps.changes.push((format!("add_{table}_{}", column.name), table.to_string()));
            }
            self.change_indexes(old, new);
            return;
        }

        self.rebuild(old, new);
        let change = match rebuild_reasons.as_slice() {
            [only] => only.clone(),
            _ => format!("rebuild_{table}"),
        };
        self.steps.changes.push((change, table.to_string()));
    }

    /// Drops indexes that are gone or changed, and creates new or changed ones.
    fn change_indexes(&mut self, old: &TableSchema, new: &TableSchema) {
        let table = new.name.clone();
        for index in &old.indexes {
            if new.indexes.contains(index) {
                continue;
            }
            self.steps.drop_indexes.push(Statement { sql: sql::drop_index(&index.name), table: table.clone() });
            if !new.indexes.iter().any(|other| other.name == index.name) {
                self.steps.changes.push((format!("drop_{}", index.name), table.clone()));
            }
        }
        for index in &new.indexes {
            if old.indexes.contains(index) {
                continue;
            }
            self.steps.create_indexes.push(Statement { sql: sql::create_index(&table, index), table: table.clone() });
            self.steps.changes.push((format!("add_{}", index.name), table.clone()));
        }
    }

    /// Plans SQLite's table rebuild: create the new table under a temporary name, copy the kept
    /// columns, drop the old table and rename the new one. Indexes are dropped first and
    /// created again at the end of the migration, so index names can move between tables.
    fn rebuild(&mut self, old: &TableSchema, new: &TableSchema) {
        let table = new.name.clone();
        let temporary = format!("_new_{table}");

        for index in &old.indexes {
            self.steps.drop_indexes.push(Statement { sql: sql::drop_index(&index.name), table: table.clone() });
        }

        let mut targets = Vec::new();
        let mut sources = Vec::new();
        for column in &new.columns {
            if let Some(previous) = old.column(&column.name) {
                targets.push(sql_ident(&column.name));
                sources.push(column_change::copy_expression(previous, column));
            }
        }
        let mut statements = vec![sql::create_table(new, &temporary)];
        if !targets.is_empty() {
            statements.push(format!(
                "INSERT INTO {} ({})\nSELECT {}\nFROM {};",
                sql_ident(&temporary),
                targets.join(", "),
                sources.join(", "),
                sql_ident(&table)
            ));
        }
        statements.push(sql::drop_table(&table));
        statements.push(sql::rename_table(&temporary, &table));
        for statement in statements {
            self.steps.rebuilds.push(Statement { sql: statement, table: table.clone() });
        }

        for index in &new.indexes {
            self.steps.create_indexes.push(Statement { sql: sql::create_index(&table, index), table: table.clone() });
        }
    }

    /// Plans `DROP TABLE` for each snapshot table that the spec no longer has.
    fn drop_tables(&mut self) {
        let dropped: Vec<String> = self
            .current
            .tables
            .iter()
            .filter(|table| self.target.table(&table.name).is_none())
            .map(|table| table.name.clone())
            .collect();
        for table in dropped {
            let message = format!("dropping table `{table}` deletes its rows");
            let rename = format!("to rename the table instead, set `renamed_from: {table}` on its new name");
            self.destructive(&table, &format!("tables.{table}"), message, Some(rename));
            self.steps.drop_tables.push(Statement { sql: sql::drop_table(&table), table: table.clone() });
            self.steps.changes.push((format!("drop_{table}"), table));
        }
    }

    /// Records a change that loses or rejects data; it is planned only when allowed.
    fn destructive(&mut self, table: &str, path: &str, message: String, help: Option<String>) {
        if self.allow_destructive {
            return;
        }
        self.refusals.push(Refusal {
            table: table.to_string(),
            path: path.to_string(),
            message,
            destructive: true,
            help,
        });
    }

    fn reject_required_column(&mut self, table: &str, column: &ColumnSchema) {
        let message = format!(
            "new column `{table}.{}` is NOT NULL without a default, so the rows already in `{table}` would have no value for it",
            column.name
        );
        let help = "give the column a `default:`, or make it nullable with `?` and fill it before making it NOT NULL";
        self.refusals.push(Refusal {
            table: table.to_string(),
            path: format!("tables.{table}.columns.{}", column.name),
            message,
            destructive: false,
            help: Some(help.to_string()),
        });
    }
}

/// Checks whether `ALTER TABLE ADD COLUMN` can add the column. SQLite rejects PRIMARY KEY, UNIQUE,
/// NOT NULL without a default, an expression default, and a foreign key with a non-NULL default.
fn can_add_column(column: &ColumnSchema) -> bool {
    let has_value_for_old_rows = column.nullable || column.default.is_some();
    let foreign_key_allowed = column.references.is_none() || column.default.is_none();
    !column.primary_key
        && !column.unique
        && !column.has_expression_default()
        && has_value_for_old_rows
        && foreign_key_allowed
}

/// Applies `ALTER TABLE old RENAME TO new` to the schema, including the foreign keys of other
/// tables, which SQLite rewrites too (the rename tests check this on the bundled SQLite).
fn rename_table(schema: &mut Schema, old: &str, new: &str) {
    for table in &mut schema.tables {
        if table.name == old {
            table.name = new.to_string();
        }
        for column in &mut table.columns {
            if let Some(reference) = &mut column.references {
                if reference.table == old {
                    reference.table = new.to_string();
                }
            }
        }
    }
    schema.tables.sort_by(|a, b| a.name.cmp(&b.name));
}

/// Applies `ALTER TABLE table RENAME COLUMN old TO new`: SQLite renames the column in the
/// table's key and indexes and in the foreign keys that reference it. CHECK expressions are
/// rewritten by SQLite but kept as written here, so a changed CHECK text causes a rebuild.
fn rename_column(schema: &mut Schema, table_name: &str, old: &str, new: &str) {
    let rename = |name: &mut String| {
        if name == old {
            *name = new.to_string();
        }
    };
    for table in &mut schema.tables {
        if table.name == table_name {
            table.columns.iter_mut().for_each(|column| rename(&mut column.name));
            table.primary_key.iter_mut().for_each(rename);
            for index in &mut table.indexes {
                index.columns.iter_mut().for_each(rename);
            }
        }
        for column in &mut table.columns {
            if let Some(reference) = column.references.as_mut().filter(|reference| reference.table == table_name) {
                rename(&mut reference.column);
            }
        }
    }
}
