//! Reference cycles: records that contain themselves, and foreign keys that make rows impossible to insert.

use super::merge::Merged;
use super::type_expr::named_refs;
use crate::diagnostic::Diagnostics;
use crate::model::{NamedType, NamedTypeKind, Table, Type};

/// Reports records that contain themselves without a list in between; such a value would be infinite.
pub fn check_records(merged: &Merged, types: &[NamedType], diagnostics: &mut Diagnostics) {
    for start in types {
        if let Some(cycle) = find_record_cycle(&start.name, &start.name, types, &mut vec![start.name.clone()]) {
            // Report each cycle once, at the type that sorts first.
            if cycle.iter().min() != Some(&start.name) {
                continue;
            }
            if let Some(item) = merged.types.iter().find(|item| item.name == start.name) {
                let message = format!("record types contain each other: {}", cycle.join(" -> "));
                let help = "break the cycle by making one of the fields a `list<...>`";
                diagnostics.push(item.source.diagnostic(&item.path("types"), message).with_help(help));
            }
        }
    }
}

fn find_record_cycle(start: &str, current: &str, types: &[NamedType], trail: &mut Vec<String>) -> Option<Vec<String>> {
    let named = types.iter().find(|named| named.name == current)?;
    let NamedTypeKind::Record(fields) = &named.kind else { return None };
    for field in fields {
        for next in direct_refs(&field.ty) {
            if next == start {
                let mut cycle = trail.clone();
                cycle.push(start.to_string());
                return Some(cycle);
            }
            if trail.iter().any(|seen| seen == next) {
                continue;
            }
            trail.push(next.to_string());
            if let Some(cycle) = find_record_cycle(start, next, types, trail) {
                return Some(cycle);
            }
            trail.pop();
        }
    }
    None
}

/// Named types a value contains inline: a list breaks containment.
fn direct_refs(ty: &Type) -> Vec<&str> {
    match ty {
        Type::List(_) => Vec::new(),
        Type::Optional(inner) => direct_refs(inner),
        other => named_refs(other),
    }
}

/// Reports cycles of NOT NULL foreign keys: no row of any table in such a cycle could ever be inserted.
pub fn check_foreign_keys(merged: &Merged, tables: &[Table], diagnostics: &mut Diagnostics) {
    let required_edges = |table: &Table| -> Vec<String> {
        table
            .columns
            .iter()
            .filter(|column| !column.nullable)
            .filter_map(|column| column.references.as_ref())
            .map(|key| key.table.clone())
            .collect()
    };

    for start in tables {
        let mut trail = vec![start.name.clone()];
        if let Some(cycle) = walk(&start.name, &start.name, tables, &required_edges, &mut trail) {
            if cycle.iter().min() != Some(&start.name) {
                continue;
            }
            if let Some(item) = merged.tables.iter().find(|item| item.name == start.name) {
                let message = format!("required foreign keys form a cycle: {}", cycle.join(" -> "));
                let help = "make one of the referencing columns nullable, so a row can be inserted first";
                diagnostics.push(item.source.diagnostic(&item.path("tables"), message).with_help(help));
            }
        }
    }
}

fn walk(
    start: &str,
    current: &str,
    tables: &[Table],
    edges: &dyn Fn(&Table) -> Vec<String>,
    trail: &mut Vec<String>,
) -> Option<Vec<String>> {
    let table = tables.iter().find(|table| table.name == current)?;
    for next in edges(table) {
        if next == start {
            let mut cycle = trail.clone();
            cycle.push(start.to_string());
            return Some(cycle);
        }
        if trail.contains(&next) {
            continue;
        }
        trail.push(next.clone());
        if let Some(cycle) = walk(start, &next, tables, edges, trail) {
            return Some(cycle);
        }
        trail.pop();
    }
    None
}
