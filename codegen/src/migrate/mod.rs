//! The migration planner: diffs each object's tables against its committed schema snapshot and
//! writes the next SQL migration.
//!
//! An object's migrations live in `migrations/<object>/`: `0001_initial.sql`, then one file per
//! change of the spec (`0002_add_orders_note.sql`), and `schema.json`, the snapshot of the
//! tables as the migrations leave them. Committed migration files are history: they are read
//! back and emitted unchanged, and a new file is added only when the spec differs from the
//! snapshot. The runtime applies each file once, in one transaction, with foreign keys off,
//! and runs `PRAGMA foreign_key_check` before it commits.
//!
//! Decisions:
//! - Tables are `STRICT`. SQLite then rejects a value of the wrong type instead of storing it,
//!   and both targets support it (SQLite 3.37 and later; Cloudflare Durable Object storage).
//!   Columns are `TEXT`, `INTEGER`, `REAL` or `BLOB`; booleans get `CHECK (c IN (0, 1))`, json
//!   columns `CHECK (json_valid(c))` and enums `CHECK (c IN (...))`.
//! - The database keeps the spec's column order. A new column that comes after every existing
//!   column is added with `ALTER TABLE ADD COLUMN` when SQLite allows it. A column inserted
//!   between others rebuilds the table, like any other change SQLite cannot make in place:
//!   create `_new_<table>`, copy the rows, drop the old table, rename, create the indexes again.
//! - A new NOT NULL column without a default is rejected whatever `allow_destructive` says,
//!   because the rows already stored have no value for it.
//! - A migration does not end with `PRAGMA foreign_key_check`: inside a transaction that PRAGMA
//!   returns the violations as rows and does not fail, so only the runtime can act on it.
//! - Migrations use no bound parameters, so Cloudflare's limit of 100 per statement never
//!   applies; its limit of 100 KB per statement is checked here.
//!
//! The planner never prompts: a destructive change is rejected with a diagnostic that says what
//! would be lost and how to allow it (`--allow-destructive` or `allow_destructive: true`).

pub mod column_change;
pub mod history;
pub mod plan;
mod report;
pub mod schema;
pub mod sql;
pub mod verify;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::{EmitContext, GenerateError, Generator};
use crate::model::{Object, Project};
use history::{History, MigrationFile};
use plan::Plan;
use schema::Schema;

/// The migration files and snapshot of one object, as they should be on disk.
#[derive(Debug, Clone)]
pub struct ObjectMigrations {
    /// The committed migration files, unchanged.
    pub history: Vec<MigrationFile>,
    /// The migration the current spec adds, if it differs from the snapshot.
    pub pending: Option<MigrationFile>,
    /// `migrations/<object>/schema.json` after the pending migration; `None` for an object that
    /// has neither tables nor migrations.
    pub snapshot: Option<MigrationFile>,
}

impl ObjectMigrations {
    /// Returns every file in path order: history, pending migration, snapshot.
    pub fn files(&self) -> impl Iterator<Item = &MigrationFile> {
        self.history.iter().chain(self.pending.iter()).chain(self.snapshot.iter())
    }
}

/// Plans the next migration of `object` against the snapshot under `context.out_dir`, and
/// checks the whole sequence on an in-memory SQLite database.
pub fn object_migrations(
    project: &Project,
    object: &Object,
    context: &EmitContext,
) -> Result<ObjectMigrations, GenerateError> {
    let history = history::read(&context.out_dir, &object.name)?;
    let snapshot = history.snapshot.clone().unwrap_or_default();
    let allow_destructive = context.allow_destructive || object.allow_destructive;

    let plan = plan::plan(object, &snapshot, allow_destructive)
        .map_err(|refusals| report::refusals(project, object, &refusals))?;

    let pending = plan.as_ref().map(|plan| {
        let number = history.files.len() + 1;
        let path = format!("{}/{number:04}_{}.sql", history::folder(&object.name), plan.name);
        MigrationFile { text: render(object, &path, plan), path }
    });
    if let Some(plan) = &plan {
        report::statement_sizes(project, object, plan)?;
    }
    check_sequence(project, object, &history, plan.as_ref(), pending.as_ref())?;

    let has_tables = !object.tables.is_empty() || !history.files.is_empty();
    let snapshot = match has_tables {
        true => {
            let target = Schema::of_object(object)
                .map_err(|(path, message)| GenerateError::Spec(Diagnostic::new(&object.file, path, message).into()))?;
            let path = format!("{}/{}", history::folder(&object.name), history::SNAPSHOT);
            Some(MigrationFile { path, text: target.to_json() })
        }
        false => None,
    };
    Ok(ObjectMigrations { history: history.files, pending, snapshot })
}

/// Applies the committed migrations and the pending one to an empty database, and compares the
/// result with a database created directly from the spec.
fn check_sequence(
    project: &Project,
    object: &Object,
    history: &History,
    plan: Option<&Plan>,
    pending: Option<&MigrationFile>,
) -> Result<(), GenerateError> {
    let migrated = verify::open().map_err(|failure| report::failure(project, object, None, &failure))?;
    for file in &history.files {
        verify::apply(&migrated, &file.path, &file.text)
            .map_err(|failure| report::failure(project, object, None, &failure))?;
    }
    if let Some(file) = pending {
        verify::apply(&migrated, &file.path, &file.text)
            .map_err(|failure| report::failure(project, object, plan, &failure))?;
    }
    if history.files.is_empty() {
        return Ok(());
    }

    // The spec's schema built in one step, to compare with the result of the whole sequence.
    let initial = plan::plan(object, &Schema::default(), false)
        .map_err(|refusals| report::refusals(project, object, &refusals))?;
    let direct = verify::open().map_err(|failure| report::failure(project, object, None, &failure))?;
    if let Some(initial) = &initial {
        let label = "(the spec's schema created directly)";
        let text = render(object, label, initial);
        verify::apply(&direct, label, &text)
            .map_err(|failure| report::failure(project, object, Some(initial), &failure))?;
    }

    let describe = |connection: &rusqlite::Connection| {
        verify::describe(connection).map_err(|error| {
            let failure = verify::Failure {
                file: String::new(),
                statement: "PRAGMA table_info".into(),
                message: error.to_string(),
            };
            report::failure(project, object, None, &failure)
        })
    };
    let (migrated, direct) = (describe(&migrated)?, describe(&direct)?);
    if migrated != direct {
        return Err(report::drift(object, &migrated, &direct));
    }
    Ok(())
}

/// Writes the text of a migration file: a header, then the statements separated by blank lines.
fn render(object: &Object, path: &str, plan: &Plan) -> String {
    let name = path.rsplit('/').next().unwrap_or(path).trim_end_matches(".sql");
    let mut text = format!(
        "-- Migration {name} of object `{}`, planned by codegen from the spec. Do not edit it:\n-- the runtime applies it once, in one transaction, with foreign keys off.\n",
        object.name
    );
    for statement in &plan.statements {
        text.push('\n');
        text.push_str(&statement.sql);
        text.push('\n');
    }
    text
}

/// Returns the SQL the current spec would add, or a comment that the schema is up to date, for
/// `codegen plan <object>`. Writes nothing.
pub fn plan_command(generator: &Generator, object: &str) -> Result<String, GenerateError> {
    let project = generator.project()?;
    let context = generator.context()?;
    let Some(found) = project.object(object) else {
        let names: Vec<&str> = project.objects.iter().map(|object| object.name.as_str()).collect();
        let file =
            project.objects.first().and_then(|first| first.file.parent()).map(|dir| dir.join(format!("{object}.yaml")));
        let diagnostic = Diagnostic::new(file.unwrap_or_default(), "", format!("no object named `{object}`"))
            .with_help(format!("use one of: {}", names.join(", ")));
        return Err(GenerateError::Spec(Diagnostics::from(diagnostic)));
    };

    let migrations = object_migrations(&project, found, &context)?;
    Ok(match migrations.pending {
        Some(file) => format!("-- {}\n{}", file.path, file.text),
        None => format!("-- {object}: schema is up to date\n"),
    })
}
