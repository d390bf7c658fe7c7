//! The Mermaid `erDiagram` of an object's tables: entities with typed, keyed attributes and one
//! relationship per foreign key.

use serde::Serialize;

use super::mermaid;
use crate::model::{Column, ColumnType, Table};

#[derive(Debug, Serialize)]
pub struct ErDiagram {
    pub entities: Vec<Entity>,
    pub relationships: Vec<Relationship>,
}

#[derive(Debug, Serialize)]
pub struct Entity {
    /// The quoted entity name, such as `"ORDER_LINES"`.
    pub name: String,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Serialize)]
pub struct Attribute {
    /// One word: the scalar name, the enum type's name, or `enum` for an inline enum.
    pub ty: String,
    pub name: String,
    /// `PK`, `FK`, `UK` joined by `, `; empty when the column has no key.
    pub keys: String,
}

/// `child cardinality parent : "label"`, read as "many (or one) child rows per parent row".
#[derive(Debug, Serialize)]
pub struct Relationship {
    pub child: String,
    pub cardinality: String,
    pub parent: String,
    /// The quoted foreign key column name.
    pub label: String,
}

pub fn diagram(tables: &[Table]) -> ErDiagram {
    let entities = tables.iter().map(entity).collect();
    let mut relationships = Vec::new();
    for table in tables {
        for column in &table.columns {
            if let Some(reference) = &column.references {
                relationships.push(Relationship {
                    child: mermaid::entity(&table.name),
                    cardinality: cardinality(is_unique(table, column), column.nullable).to_string(),
                    parent: mermaid::entity(&reference.table),
                    label: format!("\"{}\"", mermaid::label(&column.name)),
                });
            }
        }
    }
    ErDiagram { entities, relationships }
}

fn entity(table: &Table) -> Entity {
    let attributes = table
        .columns
        .iter()
        .map(|column| Attribute {
            ty: mermaid::attribute_word(&attribute_type(column)),
            name: mermaid::attribute_word(&column.name),
            keys: keys(table, column).join(", "),
        })
        .collect();
    Entity { name: mermaid::entity(&table.name), attributes }
}

fn attribute_type(column: &Column) -> String {
    match &column.ty {
        ColumnType::Scalar(scalar) => scalar.name().to_string(),
        ColumnType::Enum { type_name: Some(name), .. } => name.clone(),
        ColumnType::Enum { type_name: None, .. } => "enum".to_string(),
    }
}

fn keys(table: &Table, column: &Column) -> Vec<&'static str> {
    let mut keys = Vec::new();
    if column.primary_key || table.primary_key.contains(&column.name) {
        keys.push("PK");
    }
    if column.references.is_some() {
        keys.push("FK");
    }
    if column.unique || has_unique_index(table, column) {
        keys.push("UK");
    }
    keys
}

/// Returns whether at most one row can hold each value of `column`: a unique column, the whole
/// primary key, or the only column of a unique index.
pub fn is_unique(table: &Table, column: &Column) -> bool {
    let whole_primary_key = column.primary_key || table.primary_key == [column.name.clone()];
    column.unique || whole_primary_key || has_unique_index(table, column)
}

fn has_unique_index(table: &Table, column: &Column) -> bool {
    table.indexes.iter().any(|index| index.unique && index.columns == [column.name.clone()])
}

/// Returns the crow's-foot of a foreign key, child side first. A unique key allows one child row
/// per parent (`|o`), any other key many (`}o`). A nullable key may point at no parent (`o|`).
fn cardinality(unique: bool, nullable: bool) -> &'static str {
    match (unique, nullable) {
        (false, false) => "}o--||",
        (false, true) => "}o--o|",
        (true, false) => "|o--||",
        (true, true) => "|o--o|",
    }
}

#[cfg(test)]
mod tests {
    use super::cardinality;

    #[test]
    fn cardinality_by_key_shape() {
        assert_eq!(cardinality(false, false), "}o--||");
        assert_eq!(cardinality(false, true), "}o--o|");
        assert_eq!(cardinality(true, false), "|o--||");
        assert_eq!(cardinality(true, true), "|o--o|");
    }
}
