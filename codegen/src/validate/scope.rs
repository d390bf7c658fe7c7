//! The names visible inside one object: named types and row types, and how to resolve a type expression.

use std::collections::BTreeMap;

use super::type_expr::{self, named_refs};
use crate::diagnostic::Diagnostics;
use crate::load::LoadedSpec;
use crate::model::Type;

/// The declaration a PascalCase type name refers to.
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
                let help = self.suggest(name);
                diagnostics.push(source.diagnostic(path, format!("unknown type `{name}`")).with_help(help));
                ok = false;
            }
        }
        ok.then_some(ty)
    }

    /// Returns a fix for an unknown type name: the scalar it miscapitalizes, or the closest declared names.
    fn suggest(&self, name: &str) -> String {
        let lower = name.to_ascii_lowercase();
        if crate::model::Scalar::from_name(&lower).is_some() {
            return format!("scalar types are lowercase: write `{lower}`");
        }
        let mut close: Vec<(usize, &str)> = self
            .types
            .keys()
            .map(|known| (edit_distance(&known.to_ascii_lowercase(), &lower), known.as_str()))
            .filter(|(distance, _)| *distance <= 2.max(name.len() / 3))
            .collect();
        close.sort();
        match close.as_slice() {
            [] => "declare it under `types`, or use a table's row type".to_string(),
            [(_, only)] => format!("did you mean `{only}`? Otherwise declare it under `types`"),
            several => {
                let names: Vec<String> = several.iter().take(3).map(|(_, known)| format!("`{known}`")).collect();
                format!("did you mean one of {}? Otherwise declare it under `types`", names.join(", "))
            }
        }
    }
}

/// Computes the Levenshtein distance between two strings, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != *b_char);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(names: &[&str]) -> Scope {
        let mut scope = Scope::default();
        for name in names {
            scope.types.insert(name.to_string(), TypeKind::Record);
        }
        scope
    }

    #[test]
    fn suggests_lowercase_scalar() {
        assert_eq!(scope(&[]).suggest("Timestamp"), "scalar types are lowercase: write `timestamp`");
    }

    #[test]
    fn suggests_close_names() {
        let help = scope(&["FundingRound", "Founder", "Investor"]).suggest("FundingRond");
        assert_eq!(help, "did you mean `FundingRound`? Otherwise declare it under `types`");
    }

    #[test]
    fn no_suggestion_for_distant_names() {
        let help = scope(&["FundingRound"]).suggest("Money");
        assert_eq!(help, "declare it under `types`, or use a table's row type");
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
