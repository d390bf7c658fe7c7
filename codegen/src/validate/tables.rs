//! Tables: row types, primary keys, indexes, table checks and the column limit.

use super::columns;
use super::merge::Merged;
use super::named_types::{check_snake_name, check_type_name};
use super::scope::{Scope, TypeKind};
use super::MAX_COLUMNS;
use crate::diagnostic::Diagnostics;
use crate::model::{Index, Table};
use crate::names::row_type_name;

/// Adds each table's row type to the scope.
pub fn declare_rows(merged: &Merged, scope: &mut Scope, diagnostics: &mut Diagnostics) {
    for item in &merged.tables {
        let path = item.path("tables");
        // An invalid table name is reported by `lower`; its derived row name would only repeat it.
        if item.spec.row.is_none() && !crate::names::is_snake_case(item.name) {
            continue;
        }
        let row = item.spec.row.clone().unwrap_or_else(|| row_type_name(item.name));
        let row_path = if item.spec.row.is_some() { format!("{path}.row") } else { path.clone() };
        if !check_type_name(&row, item.source, &row_path, diagnostics) {
            continue;
        }
        if scope.types.contains_key(&row) {
            let message = format!("the row type `{row}` of table `{}` has the name of another type", item.name);
            let help = "set `row:` on the table to another PascalCase name, or rename the other type";
            diagnostics.push(item.source.diagnostic(&row_path, message).with_help(help));
            continue;
        }
        scope.types.insert(row, TypeKind::Row(item.name.to_string()));
    }
}

pub fn lower(merged: &Merged, scope: &Scope, diagnostics: &mut Diagnostics) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut index_names: Vec<String> = Vec::new();

    for item in &merged.tables {
        let path = item.path("tables");
        if !check_snake_name(item.name, "table", item.source, &path, diagnostics) {
            continue;
        }
        let Some((row, TypeKind::Row(_))) =
            scope.types.iter().find(|(_, kind)| **kind == TypeKind::Row(item.name.to_string()))
        else {
            continue;
        };

        let spec = item.spec;
        if spec.columns.len() > MAX_COLUMNS {
            let message = format!("table `{}` has {} columns; the limit is {MAX_COLUMNS}", item.name, spec.columns.len());
            let help = "Cloudflare Durable Object SQLite allows at most 100 columns per table; split the table";
            diagnostics.push(item.source.diagnostic(&format!("{path}.columns"), message).with_help(help));
        }

        let columns = columns::lower(&spec.columns, merged, scope, item.source, &path, diagnostics);

        let primary_key = primary_key(item, &columns, diagnostics);

        let mut indexes = Vec::new();
        for (position, index) in spec.indexes.iter().enumerate() {
            let index_path = format!("{path}.indexes[{position}]");
            if index.columns.is_empty() {
                let message = "an index needs at least one column";
                diagnostics.push(item.source.diagnostic(&index_path, message).with_help("list the columns"));
                continue;
            }
            for (column_position, column) in index.columns.iter().enumerate() {
                if !columns.iter().any(|known| &known.name == column) {
                    let message = format!("index column `{column}` is not a column of `{}`", item.name);
                    let column_path = format!("{index_path}.columns[{column_position}]");
                    diagnostics.push(item.source.diagnostic(&column_path, message).with_help("check the column name"));
                }
            }
            let name = index.name.clone().unwrap_or_else(|| format!("{}_{}_idx", item.name, index.columns.join("_")));
            if !check_snake_name(&name, "index", item.source, &index_path, diagnostics) {
                continue;
            }
            if index_names.contains(&name) {
                let message = format!("index name `{name}` is used twice");
                let help = "SQLite index names are shared by every table of a database; set `name:` on one of them";
                diagnostics.push(item.source.diagnostic(&index_path, message).with_help(help));
                continue;
            }
            index_names.push(name.clone());
            indexes.push(Index { name, columns: index.columns.clone(), unique: index.unique });
        }

        tables.push(Table {
            name: item.name.to_string(),
            row: row.clone(),
            description: spec.description.trim().to_string(),
            renamed_from: spec.renamed_from.clone(),
            columns,
            primary_key,
            indexes,
            checks: spec.checks.iter().map(|check| check.trim().to_string()).collect(),
            origin: item.origin,
        });
    }
    tables
}

fn primary_key(
    item: &super::merge::Item<crate::spec::TableSpec>,
    columns: &[crate::model::Column],
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let path = item.path("tables");
    let flagged: Vec<String> = columns.iter().filter(|column| column.primary_key).map(|c| c.name.clone()).collect();

    match &item.spec.primary_key {
        Some(listed) if !flagged.is_empty() => {
            let message = "the primary key is given both on a column and in `primary_key`";
            let help = "keep one: `primary_key: true` on a column, or the list on the table";
            diagnostics.push(item.source.diagnostic(&format!("{path}.primary_key"), message).with_help(help));
            listed.clone()
        }
        Some(listed) => {
            for (index, name) in listed.iter().enumerate() {
                match columns.iter().find(|column| &column.name == name) {
                    None => {
                        let message = format!("primary key column `{name}` is not a column of `{}`", item.name);
                        let key_path = format!("{path}.primary_key[{index}]");
                        diagnostics.push(item.source.diagnostic(&key_path, message).with_help("check the column name"));
                    }
                    Some(column) if column.nullable => {
                        let message = format!("primary key column `{name}` is nullable");
                        let key_path = format!("{path}.primary_key[{index}]");
                        diagnostics.push(item.source.diagnostic(&key_path, message).with_help("remove the `?`"));
                    }
                    Some(_) => {}
                }
            }
            listed.clone()
        }
        None if flagged.is_empty() => {
            let message = format!("table `{}` has no primary key", item.name);
            let help = "mark a column with `primary_key: true`, or list the key columns in `primary_key`";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            Vec::new()
        }
        None if flagged.len() > 1 => {
            let message = format!("table `{}` marks {} columns as the primary key", item.name, flagged.len());
            let help = "for a composite key, list the columns in the table's `primary_key` instead";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            flagged
        }
        None => flagged,
    }
}
