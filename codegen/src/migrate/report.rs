//! Diagnostics of the migration planner: rejected changes, SQL that SQLite rejects, statements
//! over Cloudflare's size limit, and migration files that no longer match the snapshot.

use std::path::PathBuf;

use super::plan::{Plan, Refusal};
use super::verify::{Failure, MAX_STATEMENT_BYTES};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::GenerateError;
use crate::model::{Object, Origin, Project};

/// Finds the spec file that declares `table` for `object`: the object's own file, or the file
/// of the base object the table comes from. A table the spec no longer has belongs to the object.
fn table_file(project: &Project, object: &Object, table: &str) -> PathBuf {
    let mut current = object;
    // The validator rejects `extends` cycles; the bound only keeps a bad model from looping.
    for _ in 0..=project.objects.len() {
        let from_base = current.table(table).is_some_and(|found| found.origin == Origin::Base);
        match current.extends.as_deref().and_then(|base| project.object(base)) {
            Some(base) if from_base => current = base,
            _ => break,
        }
    }
    current.file.clone()
}

pub fn refusals(project: &Project, object: &Object, refusals: &[Refusal]) -> GenerateError {
    let mut diagnostics = Diagnostics::default();
    for refusal in refusals {
        let file = table_file(project, object, &refusal.table);
        let mut help = Vec::new();
        if refusal.destructive {
            help.push(format!(
                "if losing this data is intended, run codegen with `--allow-destructive`, or set `allow_destructive: true` in {}",
                object.file.display()
            ));
        }
        help.extend(refusal.help.clone());
        let message = format!("object `{}`: {}", object.name, refusal.message);
        let mut diagnostic = Diagnostic::new(file, &refusal.path, message);
        if !help.is_empty() {
            diagnostic = diagnostic.with_help(help.join("; "));
        }
        diagnostics.push(diagnostic);
    }
    GenerateError::Spec(diagnostics)
}

/// Reports a statement that SQLite rejected. With the plan of a new migration, the diagnostic
/// points at the statement's table. Without one, a committed file failed.
pub fn failure(project: &Project, object: &Object, plan: Option<&Plan>, failure: &Failure) -> GenerateError {
    let table = plan.and_then(|plan| {
        plan.statements
            .iter()
            .find(|statement| statement.sql.trim_end_matches(';') == failure.statement)
            .map(|s| &s.table)
    });
    let (file, path, help) = match (plan, table) {
        (Some(_), Some(table)) => (
            table_file(project, object, table),
            format!("tables.{table}"),
            "check the table's CHECK expressions in the spec: they are copied into the SQL as written",
        ),
        (Some(_), None) => (object.file.clone(), String::new(), "check the CHECK expressions of the spec's tables"),
        (None, _) => (
            object.file.clone(),
            String::new(),
            "a committed migration file or schema.json was changed by hand; restore it from version control",
        ),
    };
    let location = if failure.file.is_empty() { String::new() } else { format!(" in {}", failure.file) };
    let message = format!(
        "object `{}`: SQLite rejects a migration statement{location}: {}\n  statement: {}",
        object.name,
        failure.message,
        failure.statement.replace('\n', "\n    ")
    );
    GenerateError::Spec(Diagnostic::new(file, path, message).with_help(help).into())
}

/// Rejects statements of 100 KB or more, which Cloudflare Durable Object SQLite refuses.
pub fn statement_sizes(project: &Project, object: &Object, plan: &Plan) -> Result<(), GenerateError> {
    let mut diagnostics = Diagnostics::default();
    for statement in &plan.statements {
        let bytes = statement.sql.len();
        if bytes < MAX_STATEMENT_BYTES {
            continue;
        }
        let message = format!(
            "object `{}`: a migration statement for table `{}` is {bytes} bytes; Cloudflare Durable Object SQLite rejects statements of 100 KB or more",
            object.name, statement.table
        );
        let help = "shorten the table's CHECK expressions or enum values, or split the table";
        let file = table_file(project, object, &statement.table);
        diagnostics.push(Diagnostic::new(file, format!("tables.{}", statement.table), message).with_help(help));
    }
    diagnostics.into_result(()).map_err(GenerateError::Spec)
}

/// Reports committed migrations that leave a schema other than the one the spec creates directly.
pub fn drift(object: &Object, migrated: &str, direct: &str) -> GenerateError {
    let mut migrated_lines = migrated.lines();
    let mut direct_lines = direct.lines();
    let (found, expected) = loop {
        match (migrated_lines.next(), direct_lines.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => break (a.unwrap_or("(nothing)").trim(), b.unwrap_or("(nothing)").trim()),
        }
    };
    let message = format!(
        "object `{}`: its migration files leave a schema that differs from the spec: the database has `{found}` where the spec gives `{expected}`",
        object.name
    );
    let help = "a committed migration file or schema.json was changed by hand; restore them from version control";
    GenerateError::Spec(Diagnostic::new(&object.file, "", message).with_help(help).into())
}
