//! The committed migrations of an object: its migration files and schema snapshot, read from
//! the output folder. Migration files are history and are never rewritten.

use std::path::{Path, PathBuf};

use super::schema::Schema;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::GenerateError;

/// The snapshot's file name inside `migrations/<object>/`.
pub const SNAPSHOT: &str = "schema.json";

/// One migration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationFile {
    /// The path relative to the output folder, with `/` separators: `migrations/shop/0001_initial.sql`.
    pub path: String,
    pub text: String,
}

/// The committed state of one object's migrations.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Migration files in number order; numbered 1, 2, 3... without gaps.
    pub files: Vec<MigrationFile>,
    pub snapshot: Option<Schema>,
}

/// Returns the folder of an object's migrations, relative to the output folder.
pub fn folder(object: &str) -> String {
    format!("migrations/{object}")
}

/// Reads `<out_dir>/migrations/<object>/`; a missing folder is an empty history.
pub fn read(out_dir: &Path, object: &str) -> Result<History, GenerateError> {
    let relative = folder(object);
    let dir = out_dir.join(&relative);
    if !dir.exists() {
        return Ok(History::default());
    }

    let mut numbered: Vec<(u32, String)> = Vec::new();
    let mut diagnostics = Diagnostics::default();
    let entries = std::fs::read_dir(&dir).map_err(|error| GenerateError::io(&dir, error))?;
    for entry in entries {
        let path = entry.map_err(|error| GenerateError::io(&dir, error))?.path();
        let Some(name) = path.file_name().and_then(|name| name.to_str()).map(str::to_string) else { continue };
        if !name.ends_with(".sql") {
            continue;
        }
        match migration_number(&name) {
            Some(number) => numbered.push((number, name)),
            None => {
                let message = format!("`{name}` is not named like a migration file (`NNNN_name.sql`)");
                let help = format!("rename it, or move it out of {relative}");
                diagnostics.push(Diagnostic::new(&path, "", message).with_help(help));
            }
        }
    }
    numbered.sort();

    for (position, (number, name)) in numbered.iter().enumerate() {
        let expected = position as u32 + 1;
        if *number != expected {
            let message =
                format!("migration `{name}` has number {number}, but the next number in {relative} is {expected}");
            let help = "migrations are numbered 1, 2, 3... without gaps; restore the missing file from version control";
            diagnostics.push(Diagnostic::new(dir.join(name), "", message).with_help(help));
            break;
        }
    }

    let snapshot_path = dir.join(SNAPSHOT);
    let snapshot = read_snapshot(&snapshot_path, &mut diagnostics)?;
    match (snapshot_path.exists(), numbered.is_empty()) {
        (false, false) => {
            let message = format!("{SNAPSHOT} is missing, but {relative} contains {} migration files", numbered.len());
            let help = format!("restore {SNAPSHOT} from version control; the planner diffs the spec against it");
            diagnostics.push(Diagnostic::new(&snapshot_path, "", message).with_help(help));
        }
        (true, true) => {
            let message = format!("{SNAPSHOT} has no migration files beside it");
            let help = format!("restore the migration files from version control, or delete {SNAPSHOT} to start again from 0001_initial");
            diagnostics.push(Diagnostic::new(&snapshot_path, "", message).with_help(help));
        }
        _ => {}
    }
    if !diagnostics.is_empty() {
        return Err(GenerateError::Spec(diagnostics));
    }

    let mut files = Vec::new();
    for (_, name) in numbered {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path).map_err(|error| GenerateError::io(&path, error))?;
        files.push(MigrationFile { path: format!("{relative}/{name}"), text });
    }
    Ok(History { files, snapshot })
}

fn read_snapshot(path: &PathBuf, diagnostics: &mut Diagnostics) -> Result<Option<Schema>, GenerateError> {
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path).map_err(|error| GenerateError::io(path, error))?;
    match Schema::from_json(&text) {
        Ok(schema) => Ok(Some(schema)),
        Err(error) => {
            let message = format!("the schema snapshot is invalid: {error}");
            let help = "restore it from version control; the generator writes it and it is not meant to be edited";
            let mut diagnostic = Diagnostic::new(path, "", message).with_help(help);
            if error.line() > 0 {
                diagnostic = diagnostic.at(error.line(), error.column());
            }
            diagnostics.push(diagnostic);
            Ok(None)
        }
    }
}

/// Parses the number of a file named `NNNN_name.sql`: four or more digits, `_`, then a snake_case name.
fn migration_number(file_name: &str) -> Option<u32> {
    let stem = file_name.strip_suffix(".sql")?;
    let (digits, name) = stem.split_once('_')?;
    let named = !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if digits.len() < 4 || !digits.chars().all(|c| c.is_ascii_digit()) || !named {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::migration_number;

    #[test]
    fn migration_file_names() {
        assert_eq!(migration_number("0001_initial.sql"), Some(1));
        assert_eq!(migration_number("0012_add_orders_note.sql"), Some(12));
        assert_eq!(migration_number("12_add.sql"), None);
        assert_eq!(migration_number("0001-initial.sql"), None);
        assert_eq!(migration_number("0001_.sql"), None);
    }
}
