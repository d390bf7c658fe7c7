//! SQL text of the DDL statements the planner emits.
//!
//! Every identifier goes through [`sql_ident`] and every string through [`sql_string`]; only
//! CHECK expressions are copied from the spec as written. Statements carry no bound parameters.

use super::schema::{ColumnKind, ColumnSchema, IndexSchema, TableSchema};
use crate::model::DefaultValue;
use crate::names::{sql_ident, sql_string};
use crate::spec::OnDelete;

/// The default of a `timestamp` column declared `default: now`: milliseconds since the Unix
/// epoch. The `subsec` modifier came with SQLite 3.42.0, and SQLite 3.40 returns NULL for it.
// NOTE: the SQLite version of Cloudflare's Durable Object storage was not checked here; the
// bundled SQLite (3.54) runs this in the tests.
pub const NOW_MILLISECONDS: &str = "(CAST(unixepoch('subsec') * 1000 AS INTEGER))";

/// Writes a default value as an SQL expression; fails on a real that SQL cannot write.
pub fn default_expression(value: &DefaultValue) -> Result<String, String> {
    match value {
        DefaultValue::Text(text) => Ok(sql_string(text)),
        DefaultValue::Integer(number) => Ok(number.to_string()),
        DefaultValue::Boolean(flag) => Ok(if *flag { "1" } else { "0" }.to_string()),
        DefaultValue::Now => Ok(NOW_MILLISECONDS.to_string()),
        DefaultValue::Real(number) if number.is_finite() => Ok(format!("{number:?}")),
        DefaultValue::Real(number) => Err(format!("default `{number}` is not a finite number, which SQL cannot store")),
    }
}

/// `CREATE TABLE`, one column or table constraint per line. `name` replaces the table's own
/// name during a rebuild.
pub fn create_table(table: &TableSchema, name: &str) -> String {
    let mut lines: Vec<String> = table.columns.iter().map(column_definition).collect();
    if !table.primary_key.is_empty() {
        let key: Vec<String> = table.primary_key.iter().map(|column| sql_ident(column)).collect();
        lines.push(format!("PRIMARY KEY ({})", key.join(", ")));
    }
    for check in &table.checks {
        lines.push(format!("CHECK ({check})"));
    }
    format!("CREATE TABLE {} (\n  {}\n) STRICT;", sql_ident(name), lines.join(",\n  "))
}

/// Writes a column definition for `CREATE TABLE` and `ALTER TABLE ADD COLUMN`.
pub fn column_definition(column: &ColumnSchema) -> String {
    let name = sql_ident(&column.name);
    let mut parts = vec![name.clone(), column.kind.storage().to_string()];
    if !column.nullable {
        parts.push("NOT NULL".into());
    }
    if column.primary_key {
        parts.push("PRIMARY KEY".into());
    }
    if column.unique {
        parts.push("UNIQUE".into());
    }
    if let Some(default) = &column.default {
        parts.push(format!("DEFAULT {default}"));
    }
    if let Some(reference) = &column.references {
        parts.push(format!("REFERENCES {} ({})", sql_ident(&reference.table), sql_ident(&reference.column)));
        if let Some(action) = on_delete(reference.on_delete) {
            parts.push(format!("ON DELETE {action}"));
        }
    }
    match column.kind {
        ColumnKind::Boolean => parts.push(format!("CHECK ({name} IN (0, 1))")),
        ColumnKind::Json => parts.push(format!("CHECK (json_valid({name}))")),
        ColumnKind::Enum => {
            let values: Vec<String> = column.values.iter().map(|value| sql_string(value)).collect();
            parts.push(format!("CHECK ({name} IN ({}))", values.join(", ")));
        }
        _ => {}
    }
    if let Some(check) = &column.check {
        parts.push(format!("CHECK ({check})"));
    }
    parts.join(" ")
}

/// `NO ACTION` is SQLite's default, so it is left out.
fn on_delete(action: OnDelete) -> Option<&'static str> {
    match action {
        OnDelete::Cascade => Some("CASCADE"),
        OnDelete::Restrict => Some("RESTRICT"),
        OnDelete::SetNull => Some("SET NULL"),
        OnDelete::NoAction => None,
    }
}

pub fn create_index(table: &str, index: &IndexSchema) -> String {
    let columns: Vec<String> = index.columns.iter().map(|column| sql_ident(column)).collect();
    let unique = if index.unique { "UNIQUE " } else { "" };
    format!("CREATE {unique}INDEX {} ON {} ({});", sql_ident(&index.name), sql_ident(table), columns.join(", "))
}

pub fn drop_index(name: &str) -> String {
    format!("DROP INDEX {};", sql_ident(name))
}

pub fn drop_table(name: &str) -> String {
    format!("DROP TABLE {};", sql_ident(name))
}

pub fn rename_table(from: &str, to: &str) -> String {
    format!("ALTER TABLE {} RENAME TO {};", sql_ident(from), sql_ident(to))
}

pub fn rename_column(table: &str, from: &str, to: &str) -> String {
    format!("ALTER TABLE {} RENAME COLUMN {} TO {};", sql_ident(table), sql_ident(from), sql_ident(to))
}

pub fn add_column(table: &str, column: &ColumnSchema) -> String {
    format!("ALTER TABLE {} ADD COLUMN {};", sql_ident(table), column_definition(column))
}

/// Splits SQL text into statements at semicolons outside string literals, quoted identifiers
/// and comments. Each statement keeps its own text, without the semicolon.
pub fn split_statements(text: &str) -> Vec<String> {
    let mut statements = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' | '`' | '[' => {
                let close = if c == '[' { ']' } else { c };
                current.push(c);
                for inner in chars.by_ref() {
                    current.push(inner);
                    if inner == close {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        current.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for inner in chars.by_ref() {
                    if previous == '*' && inner == '/' {
                        break;
                    }
                    previous = inner;
                }
                current.push(' ');
            }
            ';' => {
                let statement = current.trim();
                if !statement.is_empty() {
                    statements.push(statement.to_string());
                }
                current.clear();
            }
            _ => current.push(c),
        }
    }
    let statement = current.trim();
    if !statement.is_empty() {
        statements.push(statement.to_string());
    }
    statements
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_semicolons_in_literals() {
        let text =
            "-- a comment; with a semicolon\nCREATE TABLE \"a;b\" (x TEXT CHECK (x <> ';'));\n/* ; */ DROP TABLE t;";
        let statements = split_statements(text);
        assert_eq!(statements, vec!["CREATE TABLE \"a;b\" (x TEXT CHECK (x <> ';'))", "DROP TABLE t"]);
    }

    #[test]
    fn defaults_as_sql() {
        assert_eq!(default_expression(&DefaultValue::Text("it's".into())).as_deref(), Ok("'it''s'"));
        assert_eq!(default_expression(&DefaultValue::Real(0.0)).as_deref(), Ok("0.0"));
        assert_eq!(default_expression(&DefaultValue::Boolean(true)).as_deref(), Ok("1"));
        assert!(default_expression(&DefaultValue::Real(f64::NAN)).is_err());
    }
}
