//! The names visible inside one object: named types and row types, and how to resolve a type expression.

use std::collections::BTreeMap;

use super::type_expr::{self, named_refs};
use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::Type;

/// What a PascalCase name refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Record,
    Enum(Vec<String>),
    /// The row type of the named table.
    Row(String),
}

#[derive(Debug, Default)]
pub struct Scope {
    pub types: BTreeMap<String, TypeKind>,
}

impl Scope {
    /// Parses and resolves a type expression; on failure reports at `path` and returns `None`.
    pub fn resolve(
        &self,
        text: &str,
        source: &LoadedSpec,
        path: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Type> {
        let ty = match type_expr::parse(text) {
            Ok(ty) => ty,
            Err(error) => {
                let help = "write a scalar (text, integer, real, boolean, timestamp, json, blob), a type \
                            declared under `types` or a table's row type, optionally as `list<T>` and with a trailing `?`";
                diagnostics.push(source.diagnostic(path, format!("invalid type: {}", error.0)).with_help(help));
                return None;
            }
        };

        let mut ok = true;
        for name in named_refs(&ty) {
            if !self.types.contains_key(name) {
                let known: Vec<&str> = self.types.keys().map(String::as_str).collect();
                let help = if known.is_empty() {
                    "declare it under `types`".to_string()
                } else {
                    format!("declare it under `types`, or use one of: {}", known.join(", "))
                };
                diagnostics.push(source.diagnostic(path, format!("unknown type `{name}`")).with_help(help));
                ok = false;
            }
        }
        ok.then_some(ty)
    }
}
