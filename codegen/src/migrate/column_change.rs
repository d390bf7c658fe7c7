//! The change of one column between the snapshot and the spec: none, a change that the table
//! rebuild copies losslessly, or a narrowing that may lose data and needs `allow_destructive`.

use super::schema::{ColumnKind, ColumnSchema};
use crate::names::sql_ident;

/// The difference between the snapshot's column and the spec's column of the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnChange {
    Unchanged,
    /// The table must be rebuilt, and every row keeps its value.
    Rebuild,
    /// The table must be rebuilt, and the rebuild may lose or reject data. Each entry describes one loss.
    Narrowing(Vec<String>),
}

/// Type changes whose every old value is a valid new value.
fn widens(from: ColumnKind, to: ColumnKind) -> bool {
    use ColumnKind::*;
    matches!(
        (from, to),
        (Integer, Real | Text | Timestamp)
            | (Real, Text)
            | (Boolean, Integer | Real | Text)
            | (Timestamp, Integer | Real | Text)
            | (Enum, Text)
    )
}

pub fn compare(table: &str, old: &ColumnSchema, new: &ColumnSchema) -> ColumnChange {
    if old == new {
        return ColumnChange::Unchanged;
    }
    let name = format!("{table}.{}", new.name);
    let mut losses = Vec::new();

    if old.kind == ColumnKind::Enum && new.kind == ColumnKind::Enum {
        let removed: Vec<String> =
            old.values.iter().filter(|value| !new.values.contains(value)).map(|value| format!("`{value}`")).collect();
        if !removed.is_empty() {
            losses.push(format!(
                "removing enum value {} from column `{name}`: a row that holds one fails the migration",
                removed.join(", ")
            ));
        }
    } else if old.kind != new.kind && !widens(old.kind, new.kind) {
        losses.push(format!(
            "changing column `{name}` from {} to {} narrows its type: values are converted with CAST, and a row whose value does not fit fails the migration",
            old.kind.name(),
            new.kind.name()
        ));
    }

    if old.nullable && !new.nullable {
        let loss = match &new.default {
            Some(default) => {
                format!("making column `{name}` NOT NULL replaces its NULL values with the default {default}")
            }
            None => format!("making column `{name}` NOT NULL: a row where it is NULL fails the migration"),
        };
        losses.push(loss);
    }

    if losses.is_empty() {
        ColumnChange::Rebuild
    } else {
        ColumnChange::Narrowing(losses)
    }
}

/// Writes the expression that copies the old column's value into the new column during a rebuild.
pub fn copy_expression(old: &ColumnSchema, new: &ColumnSchema) -> String {
    let mut expression = sql_ident(&old.name);
    if old.kind.storage() != new.kind.storage() {
        expression = format!("CAST({expression} AS {})", new.kind.storage());
    }
    if old.nullable && !new.nullable {
        if let Some(default) = &new.default {
            expression = format!("COALESCE({expression}, {default})");
        }
    }
    expression
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(kind: ColumnKind) -> ColumnSchema {
        ColumnSchema {
            name: "amount".into(),
            kind,
            values: Vec::new(),
            nullable: false,
            default: None,
            primary_key: false,
            unique: false,
            references: None,
            check: None,
        }
    }

    #[test]
    fn type_changes() {
        use ColumnKind::*;
        let cases = [
            (Integer, Real, true),
            (Integer, Text, true),
            (Boolean, Integer, true),
            (Timestamp, Integer, true),
            (Enum, Text, true),
            (Real, Integer, false),
            (Text, Integer, false),
            (Json, Text, false),
            (Text, Json, false),
            (Text, Blob, false),
        ];
        for (from, to, lossless) in cases {
            let change = compare("t", &column(from), &column(to));
            assert_eq!(change == ColumnChange::Rebuild, lossless, "{from:?} -> {to:?}: {change:?}");
        }
    }

    #[test]
    fn enum_values() {
        let mut old = column(ColumnKind::Enum);
        old.values = vec!["a".into(), "b".into()];
        let mut added = old.clone();
        added.values.push("c".into());
        let mut removed = old.clone();
        removed.values.pop();
        assert_eq!(compare("t", &old, &added), ColumnChange::Rebuild);
        assert!(matches!(compare("t", &old, &removed), ColumnChange::Narrowing(_)));
    }

    #[test]
    fn copy_casts_and_fills_nulls() {
        let mut old = column(ColumnKind::Integer);
        old.nullable = true;
        let mut new = column(ColumnKind::Real);
        new.default = Some("0.0".into());
        assert_eq!(copy_expression(&old, &new), "COALESCE(CAST(\"amount\" AS REAL), 0.0)");
    }
}
