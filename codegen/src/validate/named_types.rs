//! Named record and enum types.

use super::merge::Merged;
use super::scope::{Scope, TypeKind};
use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::{Field, NamedType, NamedTypeKind};
use crate::names::{camel_case, is_pascal_case, is_snake_case, reserved_pascal, reserved_snake};
use crate::spec::FieldSpec;

/// Adds every well-formed type name to the scope, so that types may refer to each other in any order.
pub fn declare(merged: &Merged, scope: &mut Scope, diagnostics: &mut Diagnostics) {
    for item in &merged.types {
        let path = item.path("types");
        if !check_type_name(item.name, item.source, &path, diagnostics) {
            continue;
        }
        let kind = match (&item.spec.fields, &item.spec.values) {
            (Some(_), None) => TypeKind::Record,
            (None, Some(values)) => TypeKind::Enum(values.clone()),
            _ => {
                let message = format!("type `{}` must have exactly one of `fields` and `values`", item.name);
                let help = "use `fields` for a record and `values` for an enum";
                diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
                continue;
            }
        };
        scope.types.insert(item.name.to_string(), kind);
    }
}

/// Checks a PascalCase type name; reports and returns false when it is unusable.
pub fn check_type_name(name: &str, source: &LoadedSpec, path: &str, diagnostics: &mut Diagnostics) -> bool {
    if !is_pascal_case(name) {
        let message = format!("invalid type name `{name}`");
        diagnostics.push(source.diagnostic(path, message).with_help("use PascalCase, such as `FundingRound`"));
        return false;
    }
    if let Some(reason) = reserved_pascal(name) {
        let message = format!("type name `{name}` is reserved: {reason}");
        diagnostics.push(source.diagnostic(path, message).with_help("choose another name"));
        return false;
    }
    true
}

pub fn lower(merged: &Merged, scope: &Scope, diagnostics: &mut Diagnostics) -> Vec<NamedType> {
    let mut out = Vec::new();
    for item in &merged.types {
        let path = item.path("types");
        let kind = match scope.types.get(item.name) {
            Some(TypeKind::Record) => {
                let fields = item.spec.fields.as_ref().map(|fields| fields.iter()).into_iter().flatten();
                NamedTypeKind::Record(lower_fields(fields, scope, item.source, &format!("{path}.fields"), diagnostics))
            }
            Some(TypeKind::Enum(values)) => {
                check_enum_values(values, item.source, &format!("{path}.values"), diagnostics);
                NamedTypeKind::Enum(values.clone())
            }
            _ => continue,
        };
        out.push(NamedType { name: item.name.to_string(), description: item.spec.description.trim().to_string(), kind });
    }
    out
}

/// Checks that enum values are snake_case, unique and not empty.
pub fn check_enum_values(values: &[String], source: &LoadedSpec, path: &str, diagnostics: &mut Diagnostics) {
    if values.is_empty() {
        diagnostics.push(source.diagnostic(path, "an enum needs at least one value").with_help("list the values"));
    }
    for (index, value) in values.iter().enumerate() {
        let value_path = format!("{path}[{index}]");
        if !is_snake_case(value) {
            let message = format!("invalid enum value `{value}`");
            let help = "use snake_case, such as `in_progress`";
            diagnostics.push(source.diagnostic(&value_path, message).with_help(help));
        } else if values[..index].contains(value) {
            let message = format!("enum value `{value}` is listed twice");
            diagnostics.push(source.diagnostic(&value_path, message).with_help("remove the repeated value"));
        }
    }
}

/// Lowers the fields of a record, an event payload or a parameter list.
pub fn lower_fields<'a>(
    fields: impl Iterator<Item = (&'a String, &'a FieldSpec)>,
    scope: &Scope,
    source: &LoadedSpec,
    path: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    for (name, spec) in fields {
        let field_path = format!("{path}.{name}");
        if !check_snake_name(name, "field", source, &field_path, diagnostics) {
            continue;
        }
        let wire_name = camel_case(name);
        if let Some(other) = out.iter().find(|field| field.wire_name == wire_name) {
            let message = format!("fields `{}` and `{name}` are both `{wire_name}` on the wire", other.name);
            diagnostics.push(source.diagnostic(&field_path, message).with_help("rename one of them"));
            continue;
        }
        let full = spec.full();
        let Some(ty) = scope.resolve(&full.ty, source, &field_path, diagnostics) else {
            continue;
        };
        out.push(Field { name: name.clone(), wire_name, ty, description: full.description.trim().to_string() });
    }
    out
}

/// Checks a snake_case name of the given kind ("field", "table", ...); reports and returns false when unusable.
pub fn check_snake_name(name: &str, kind: &str, source: &LoadedSpec, path: &str, diagnostics: &mut Diagnostics) -> bool {
    if !is_snake_case(name) {
        let message = format!("invalid {kind} name `{name}`");
        let help = "use snake_case: a lowercase letter, then lowercase letters, digits and single underscores";
        diagnostics.push(source.diagnostic(path, message).with_help(help));
        return false;
    }
    if let Some(reason) = reserved_snake(name) {
        let message = format!("{kind} name `{name}` is reserved: {reason}");
        diagnostics.push(source.diagnostic(path, message).with_help("choose another name"));
        return false;
    }
    true
}
