//! Columns: types, nullability, defaults, keys, foreign keys and checks.

use indexmap::IndexMap;

use super::merge::Merged;
use super::named_types::{check_enum_values, check_snake_name};
use super::scope::{Scope, TypeKind};
use super::type_expr;
use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::{Column, ColumnType, DefaultValue, ForeignKey, OnDelete, Scalar, Type};
use crate::names::camel_case;
use crate::spec::{ColumnSpec, ColumnSpecFull, DefaultSpec};

pub fn lower(
    specs: &IndexMap<String, ColumnSpec>,
    merged: &Merged,
    scope: &Scope,
    source: &LoadedSpec,
    table_path: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<Column> {
    let mut columns: Vec<Column> = Vec::new();
    for (name, spec) in specs {
        let path = format!("{table_path}.columns.{name}");
        if !check_snake_name(name, "column", source, &path, diagnostics) {
            continue;
        }
        let wire_name = camel_case(name);
        if let Some(other) = columns.iter().find(|column| column.wire_name == wire_name) {
            let message = format!("columns `{}` and `{name}` are both `{wire_name}` on the wire", other.name);
            diagnostics.push(source.diagnostic(&path, message).with_help("rename one of them"));
            continue;
        }
        let full = spec.full();
        let context = ColumnContext { name, source, path: &path, merged, scope };
        if let Some(column) = context.lower(&full, wire_name, diagnostics) {
            columns.push(column);
        }
    }
    columns
}

struct ColumnContext<'a> {
    name: &'a str,
    source: &'a LoadedSpec,
    path: &'a str,
    merged: &'a Merged<'a>,
    scope: &'a Scope,
}

impl ColumnContext<'_> {
    fn report(&self, diagnostics: &mut Diagnostics, key: &str, message: String, help: &str) {
        let path = if key.is_empty() { self.path.to_string() } else { format!("{}.{key}", self.path) };
        diagnostics.push(self.source.diagnostic(&path, message).with_help(help));
    }

    fn lower(&self, full: &ColumnSpecFull, wire_name: String, diagnostics: &mut Diagnostics) -> Option<Column> {
        let (ty, optional) = self.column_type(full, diagnostics)?;
        let nullable = optional || full.nullable;

        if full.primary_key && nullable {
            self.report(diagnostics, "", format!("primary key column `{}` is nullable", self.name), "remove the `?`");
        }

        let default = match &full.default {
            Some(default) => Some(self.default_value(default, &ty, diagnostics)?),
            None => None,
        };

        let references = match &full.references {
            Some(target) => self.foreign_key(target, full.on_delete, nullable, &ty, diagnostics),
            None => {
                if full.on_delete.is_some() {
                    let help = "add `references: table.column`, or remove `on_delete`";
                    self.report(diagnostics, "on_delete", "`on_delete` without `references`".into(), help);
                }
                None
            }
        };

        Some(Column {
            name: self.name.to_string(),
            wire_name,
            ty,
            nullable,
            default,
            primary_key: full.primary_key,
            unique: full.unique,
            references,
            check: full.check.as_ref().map(|check| check.trim().to_string()),
            renamed_from: full.renamed_from.clone(),
            description: full.description.trim().to_string(),
        })
    }

    /// Resolves `type` or `enum` to a column type and whether the type is optional.
    fn column_type(&self, full: &ColumnSpecFull, diagnostics: &mut Diagnostics) -> Option<(ColumnType, bool)> {
        let help = "a column is text, integer, real, boolean, timestamp, json, blob or an enum type, with `?` for nullable";
        match (&full.ty, &full.enum_values) {
            (Some(_), Some(_)) => {
                let message = "a column has either `type` or `enum`, not both".to_string();
                self.report(diagnostics, "enum", message, "remove one of them");
                None
            }
            (None, Some(values)) => {
                check_enum_values(values, self.source, &format!("{}.enum", self.path), diagnostics);
                Some((ColumnType::Enum { type_name: None, values: values.clone() }, false))
            }
            (None, None) => {
                self.report(diagnostics, "", format!("column `{}` has no type", self.name), help);
                None
            }
            (Some(text), None) => {
                // The shorthand has no `type` key; the lookup then falls back to the column's position.
                let path = format!("{}.type", self.path);
                let ty = self.scope.resolve(text, self.source, &path, diagnostics)?;
                let optional = ty.is_optional();
                match ty.required() {
                    Type::Scalar(scalar) => Some((ColumnType::Scalar(*scalar), optional)),
                    Type::Named(name) => match self.scope.types.get(name) {
                        Some(TypeKind::Enum(values)) => {
                            Some((ColumnType::Enum { type_name: Some(name.clone()), values: values.clone() }, optional))
                        }
                        _ => {
                            let message = format!("column type `{name}` is not a scalar or an enum");
                            let help = "store records and lists in a `json` column, or in a table of their own";
                            diagnostics.push(self.source.diagnostic(&path, message).with_help(help));
                            None
                        }
                    },
                    Type::List(_) | Type::Optional(_) => {
                        let message = format!("column type `{text}` is a list");
                        let help = "store lists in a `json` column, or in a table of their own";
                        diagnostics.push(self.source.diagnostic(&path, message).with_help(help));
                        None
                    }
                }
            }
        }
    }

    fn default_value(&self, default: &DefaultSpec, ty: &ColumnType, diagnostics: &mut Diagnostics) -> Option<DefaultValue> {
        let value = match (ty, default) {
            (ColumnType::Scalar(Scalar::Text), DefaultSpec::Text(text)) => Some(DefaultValue::Text(text.clone())),
            (ColumnType::Scalar(Scalar::Integer), DefaultSpec::Integer(number)) => Some(DefaultValue::Integer(*number)),
            (ColumnType::Scalar(Scalar::Real), DefaultSpec::Integer(number)) => Some(DefaultValue::Real(*number as f64)),
            (ColumnType::Scalar(Scalar::Real), DefaultSpec::Real(number)) => Some(DefaultValue::Real(*number)),
            (ColumnType::Scalar(Scalar::Boolean), DefaultSpec::Boolean(flag)) => Some(DefaultValue::Boolean(*flag)),
            (ColumnType::Scalar(Scalar::Timestamp), DefaultSpec::Integer(number)) => Some(DefaultValue::Integer(*number)),
            (ColumnType::Scalar(Scalar::Timestamp), DefaultSpec::Text(text)) if text == "now" => Some(DefaultValue::Now),
            (ColumnType::Scalar(Scalar::Json), DefaultSpec::Text(text)) => {
                if serde_json::from_str::<serde_json::Value>(text).is_err() {
                    let message = format!("default `{text}` of a json column is not valid JSON");
                    self.report(diagnostics, "default", message, "write the JSON text as a string, such as '{}' or '[]'");
                    return None;
                }
                Some(DefaultValue::Text(text.clone()))
            }
            (ColumnType::Enum { values, .. }, DefaultSpec::Text(text)) => {
                if !values.contains(text) {
                    let message = format!("default `{text}` is not one of the enum values");
                    let help = format!("use one of: {}", values.join(", "));
                    self.report(diagnostics, "default", message, &help);
                    return None;
                }
                Some(DefaultValue::Text(text.clone()))
            }
            _ => None,
        };
        if value.is_none() {
            let expected = match ty {
                ColumnType::Scalar(Scalar::Timestamp) => "milliseconds since the Unix epoch, or `now`",
                ColumnType::Scalar(Scalar::Blob) => "nothing: blob columns take no default",
                ColumnType::Scalar(Scalar::Json) => "JSON text in a string",
                ColumnType::Scalar(Scalar::Boolean) => "true or false",
                ColumnType::Scalar(Scalar::Integer) => "a whole number",
                ColumnType::Scalar(Scalar::Real) => "a number",
                _ => "a string",
            };
            let message = format!("default {} does not fit the column type", describe_default(default));
            self.report(diagnostics, "default", message, &format!("write {expected}"));
        }
        value
    }

    fn foreign_key(
        &self,
        target: &str,
        on_delete: Option<OnDelete>,
        nullable: bool,
        ty: &ColumnType,
        diagnostics: &mut Diagnostics,
    ) -> Option<ForeignKey> {
        let Some((table, column)) = target.split_once('.') else {
            let help = "write the referenced column as `table.column`, such as `founders.id`";
            self.report(diagnostics, "references", format!("invalid reference `{target}`"), help);
            return None;
        };
        let Some(target_table) = self.merged.tables.iter().find(|item| item.name == table) else {
            let tables: Vec<&str> = self.merged.tables.iter().map(|item| item.name).collect();
            let help = format!("use one of the tables: {}", tables.join(", "));
            self.report(diagnostics, "references", format!("unknown table `{table}` in reference `{target}`"), &help);
            return None;
        };
        let Some(target_column) = target_table.spec.columns.get(column) else {
            let columns: Vec<&str> = target_table.spec.columns.keys().map(String::as_str).collect();
            let help = format!("use one of the columns of `{table}`: {}", columns.join(", "));
            self.report(diagnostics, "references", format!("unknown column `{column}` in reference `{target}`"), &help);
            return None;
        };

        let target_full = target_column.full();
        let single_key = target_table.spec.primary_key.as_deref() == Some(&[column.to_string()][..]);
        let unique_index = target_table.spec.indexes.iter().any(|index| index.unique && index.columns == [column]);
        if !(target_full.primary_key || target_full.unique || single_key || unique_index) {
            let message = format!("referenced column `{target}` is not a primary key or unique");
            let help = format!("SQLite needs a unique parent key: mark `{target}` with `unique: true`, or reference the primary key");
            self.report(diagnostics, "references", message, &help);
            return None;
        }

        let target_type = target_full.ty.as_deref().and_then(|text| type_expr::parse(text).ok());
        let storage = |ty: &ColumnType| match ty {
            ColumnType::Scalar(Scalar::Real) => "real",
            ColumnType::Scalar(Scalar::Integer | Scalar::Boolean | Scalar::Timestamp) => "integer",
            ColumnType::Scalar(Scalar::Blob) => "blob",
            _ => "text",
        };
        let target_storage = match target_type.as_ref().map(Type::required) {
            Some(Type::Scalar(scalar)) => storage(&ColumnType::Scalar(*scalar)),
            _ => "text",
        };
        if storage(ty) != target_storage {
            let message = format!("column `{}` is stored as {} but `{target}` as {target_storage}", self.name, storage(ty));
            self.report(diagnostics, "references", message, "give both columns the same type");
        }

        let on_delete = on_delete.unwrap_or(OnDelete::NoAction);
        if on_delete == OnDelete::SetNull && !nullable {
            let message = format!("`on_delete: set_null` on column `{}`, which is not nullable", self.name);
            self.report(diagnostics, "on_delete", message, "make the column nullable with `?`, or choose another action");
        }
        Some(ForeignKey { table: table.to_string(), column: column.to_string(), on_delete })
    }
}

fn describe_default(default: &DefaultSpec) -> String {
    match default {
        DefaultSpec::Boolean(flag) => format!("`{flag}`"),
        DefaultSpec::Integer(number) => format!("`{number}`"),
        DefaultSpec::Real(number) => format!("`{number}`"),
        DefaultSpec::Text(text) => format!("`{text}`"),
    }
}
