//! The view of the typed table accessors: per table, reading a row by column name, and an
//! accessor struct with insert, get, update, upsert, delete, and keyset-paginated listings in
//! primary-key order, over the whole table and per index.
//!
//! Every SQL identifier is quoted and every value is a bound parameter; no value is ever written
//! into SQL text. Cloudflare allows at most 100 bound parameters per statement, so a table whose
//! statements would need more is rejected.

use std::collections::BTreeMap;

use serde::Serialize;

use super::naming::table_accessor;
use super::view::string_literal;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Column, ColumnType, Object, Scalar, Table};
use crate::names::{rust_ident, sql_ident};

/// Bound parameters allowed in one statement (Cloudflare Durable Object SQL).
const MAX_BOUND_PARAMETERS: usize = 100;

#[derive(Debug, Serialize)]
pub struct TableView {
    /// The row struct.
    pub row: String,
    /// The accessor struct, `<Row>Table`.
    pub accessor: String,
    /// The table name as it appears in docs.
    pub table: String,
    /// Fields of the row struct with their column names, for reading a row by name.
    pub columns: Vec<ColumnView>,
    /// The primary key as parameters of `get` and `delete`.
    pub key: Vec<ParamView>,
    /// Row fields of the primary key, for the cursor after a row.
    pub key_fields: Vec<String>,
    pub insert_sql: String,
    /// Row fields bound by insert and upsert, in column order.
    pub insert_fields: Vec<String>,
    pub upsert_sql: String,
    pub get_sql: String,
    pub delete_sql: String,
    /// `None` when every column is in the primary key, so there is nothing to update.
    pub update: Option<UpdateView>,
    /// The listing of the whole table, then one per index.
    pub listings: Vec<ListingView>,
}

#[derive(Debug, Serialize)]
pub struct ColumnView {
    pub field: String,
    /// The column name as a string literal.
    pub name: String,
}

/// A value passed to an accessor method.
#[derive(Debug, Serialize)]
pub struct ParamView {
    pub ident: String,
    pub ty: String,
}

#[derive(Debug, Serialize)]
pub struct UpdateView {
    pub sql: String,
    /// Row fields in parameter order: the other columns, then the primary key.
    pub fields: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ListingView {
    pub name: String,
    pub docs: Vec<String>,
    /// Equality filters, in index column order; empty for the listing of the whole table.
    pub filters: Vec<ParamView>,
    /// The query of the first page.
    pub first_sql: String,
    /// The query of a page after a cursor.
    pub after_sql: String,
}

pub fn table_views(object: &Object) -> Result<Vec<TableView>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let mut views = Vec::new();
    for table in &object.tables {
        match table_view(object, table) {
            Ok(view) => views.push(view),
            Err(found) => diagnostics.extend(found),
        }
    }
    diagnostics.into_result(views)
}

fn table_view(object: &Object, table: &Table) -> Result<TableView, Diagnostics> {
    let name = sql_ident(&table.name);
    let all: Vec<&Column> = table.columns.iter().collect();
    let key: Vec<&Column> = table.primary_key.iter().filter_map(|column| table.column(column)).collect();
    let rest: Vec<&Column> = all.iter().copied().filter(|column| !table.primary_key.contains(&column.name)).collect();

    let select = format!("SELECT {} FROM {name}", column_list(&all));
    let key_filter = conditions(&key, 1);
    let order = format!("ORDER BY {}", column_list(&key));

    let insert_sql = format!("INSERT INTO {name} ({}) VALUES ({})", column_list(&all), placeholders(1, all.len()));
    let conflict = match rest.is_empty() {
        true => "DO NOTHING".to_string(),
        false => {
            let set: Vec<String> =
                rest.iter().map(|column| format!("{0} = excluded.{0}", sql_ident(&column.name))).collect();
            format!("DO UPDATE SET {}", set.join(", "))
        }
    };
    let upsert_sql = format!("{insert_sql} ON CONFLICT ({}) {conflict}", column_list(&key));

    let update = (!rest.is_empty()).then(|| {
        let set: Vec<String> =
            rest.iter().enumerate().map(|(index, column)| format!("{} = ?{}", sql_ident(&column.name), index + 1)).collect();
        UpdateView {
            sql: string_literal(&format!("UPDATE {name} SET {} WHERE {}", set.join(", "), conditions(&key, rest.len() + 1))),
            fields: rest.iter().chain(key.iter()).map(|column| rust_ident(&column.name)).collect(),
        }
    });

    let mut listings = vec![listing(
        "list".to_string(),
        vec![format!("Lists the rows of `{}` in primary-key order.", table.name)],
        &[],
        &select,
        &key,
        &order,
    )];
    for (method, index) in listing_names(table) {
        let columns: Vec<&Column> = index.columns.iter().filter_map(|column| table.column(column)).collect();
        let described: Vec<String> = index.columns.iter().map(|column| format!("`{column}`")).collect();
        let docs = match described.as_slice() {
            [single] => format!("Lists the rows whose {single} equals the given value, in primary-key order."),
            _ => format!("Lists the rows whose {} equal the given values, in primary-key order.", described.join(" and ")),
        };
        let docs = vec![docs, format!("The filter uses the index `{}`.", index.name)];
        let bound = columns.len() + key.len() + 1;
        if bound > MAX_BOUND_PARAMETERS {
            let message = format!(
                "listing `{}` by index `{}` would bind {bound} parameters, more than the {MAX_BOUND_PARAMETERS} one statement allows",
                table.name, index.name
            );
            let help = "index fewer columns, or shorten the primary key";
            let path = format!("tables.{}.indexes", table.name);
            return Err(Diagnostic::new(&object.file, path, message).with_help(help).into());
        }
        listings.push(listing(method, docs, &columns, &select, &key, &order));
    }

    Ok(TableView {
        row: table.row.clone(),
        accessor: table_accessor(table),
        table: table.name.clone(),
        columns: all
            .iter()
            .map(|column| ColumnView { field: rust_ident(&column.name), name: string_literal(&column.name) })
            .collect(),
        key: key.iter().map(|column| param(column)).collect(),
        key_fields: key.iter().map(|column| rust_ident(&column.name)).collect(),
        insert_sql: string_literal(&insert_sql),
        insert_fields: all.iter().map(|column| rust_ident(&column.name)).collect(),
        upsert_sql: string_literal(&upsert_sql),
        get_sql: string_literal(&format!("{select} WHERE {key_filter}")),
        delete_sql: string_literal(&format!("DELETE FROM {name} WHERE {key_filter}")),
        update,
        listings,
    })
}

/// Names each index's listing after its columns (`list_by_customer_id_status`), or after the
/// index when two indexes share the columns.
fn listing_names(table: &Table) -> Vec<(String, &crate::model::Index)> {
    let by_columns = |index: &crate::model::Index| format!("list_by_{}", index.columns.join("_"));
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for index in &table.indexes {
        *counts.entry(by_columns(index)).or_default() += 1;
    }
    table
        .indexes
        .iter()
        .map(|index| {
            let name = by_columns(index);
            match counts.get(&name) {
                Some(1) => (name, index),
                _ => (format!("list_by_{}", index.name), index),
            }
        })
        .collect()
}

fn listing(
    name: String,
    mut docs: Vec<String>,
    filters: &[&Column],
    select: &str,
    key: &[&Column],
    order: &str,
) -> ListingView {
    let filter = conditions(filters, 1);
    let cursor_at = filters.len() + 1;
    let cursor = match key {
        [single] => format!("{} > ?{cursor_at}", sql_ident(&single.name)),
        _ => format!("({}) > ({})", column_list(key), placeholders(cursor_at, key.len())),
    };
    let (first_where, after_where) = match filters.is_empty() {
        true => (String::new(), format!(" WHERE {cursor}")),
        false => (format!(" WHERE {filter}"), format!(" WHERE {filter} AND {cursor}")),
    };
    let first_sql = format!("{select}{first_where} {order} LIMIT ?{}", filters.len() + 1);
    let after_sql = format!("{select}{after_where} {order} LIMIT ?{}", cursor_at + key.len());

    docs.push(String::new());
    docs.push("Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor".to_string());
    docs.push("as `after` to read the following page.".to_string());
    ListingView {
        name,
        docs,
        filters: filters.iter().map(|column| param(column)).collect(),
        first_sql: string_literal(&first_sql),
        after_sql: string_literal(&after_sql),
    }
}

/// `"a" = ?1 AND "b" IS ?2`: nullable columns compare with `IS`, so a `None` matches NULL.
fn conditions(columns: &[&Column], first: usize) -> String {
    let parts: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let operator = if column.nullable { "IS" } else { "=" };
            format!("{} {operator} ?{}", sql_ident(&column.name), first + index)
        })
        .collect();
    parts.join(" AND ")
}

fn column_list(columns: &[&Column]) -> String {
    let names: Vec<String> = columns.iter().map(|column| sql_ident(&column.name)).collect();
    names.join(", ")
}

fn placeholders(first: usize, count: usize) -> String {
    let marks: Vec<String> = (first..first + count).map(|number| format!("?{number}")).collect();
    marks.join(", ")
}

/// Builds the accessor parameter of a column, borrowed where the row type owns its value. A column
/// named like a fixed parameter of the listings (`limit`, `after`) gets a trailing `_`, which no
/// spec name can have.
fn param(column: &Column) -> ParamView {
    let base = match &column.ty {
        ColumnType::Scalar(Scalar::Text) | ColumnType::Enum { type_name: None, .. } => "&str".to_string(),
        ColumnType::Scalar(Scalar::Blob) => "&[u8]".to_string(),
        ColumnType::Scalar(Scalar::Json) => "&serde_json::Value".to_string(),
        ColumnType::Scalar(Scalar::Integer | Scalar::Timestamp) => "i64".to_string(),
        ColumnType::Scalar(Scalar::Real) => "f64".to_string(),
        ColumnType::Scalar(Scalar::Boolean) => "bool".to_string(),
        ColumnType::Enum { type_name: Some(name), .. } => name.clone(),
    };
    let ty = if column.nullable { format!("Option<{base}>") } else { base };
    let ident = match column.name.as_str() {
        "limit" | "after" => format!("{}_", column.name),
        other => rust_ident(other),
    };
    ParamView { ident, ty }
}
