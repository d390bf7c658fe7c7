//! Links inside one object page: type expressions as Markdown whose named types point at their
//! sections, and the anchors of tables.

use std::collections::BTreeMap;

use super::markdown::code;
use crate::model::Type;

/// Anchors of the sections a page links to from inside its tables.
#[derive(Debug, Default)]
pub struct Links {
    /// Named types and table row types, by PascalCase type name.
    types: BTreeMap<String, String>,
    /// Tables, by table name.
    tables: BTreeMap<String, String>,
}

impl Links {
    pub fn add_type(&mut self, type_name: &str, anchor: &str) {
        self.types.entry(type_name.to_string()).or_insert_with(|| anchor.to_string());
    }

    pub fn add_table(&mut self, table: &str, row_type: &str, anchor: &str) {
        self.tables.insert(table.to_string(), anchor.to_string());
        self.add_type(row_type, anchor);
    }

    pub fn table(&self, table: &str) -> Option<&str> {
        self.tables.get(table).map(String::as_str)
    }

    /// Writes `ty` in spec syntax as code, with each named type linked to its section:
    /// `` `list<`[`OrderLine`](#order_lines)`>` ``.
    pub fn type_markdown(&self, ty: &Type) -> String {
        let mut parts = Vec::new();
        self.collect(ty, &mut parts);
        let mut merged: Vec<Part> = Vec::new();
        for part in parts {
            match (merged.last_mut(), part) {
                (Some(Part::Code(previous)), Part::Code(text)) => previous.push_str(&text),
                (_, part) => merged.push(part),
            }
        }
        merged
            .into_iter()
            .map(|part| match part {
                Part::Code(text) => code(&text),
                Part::Link(name, anchor) => format!("[{}](#{anchor})", code(&name)),
            })
            .collect()
    }

    fn collect(&self, ty: &Type, parts: &mut Vec<Part>) {
        match ty {
            Type::Scalar(scalar) => parts.push(Part::Code(scalar.name().to_string())),
            Type::Named(name) => match self.types.get(name) {
                Some(anchor) => parts.push(Part::Link(name.clone(), anchor.clone())),
                None => parts.push(Part::Code(name.clone())),
            },
            Type::List(inner) => {
                parts.push(Part::Code("list<".to_string()));
                self.collect(inner, parts);
                parts.push(Part::Code(">".to_string()));
            }
            Type::Optional(inner) => {
                self.collect(inner, parts);
                parts.push(Part::Code("?".to_string()));
            }
        }
    }
}

enum Part {
    Code(String),
    Link(String, String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scalar;

    #[test]
    fn types_link_named_parts() {
        let mut links = Links::default();
        links.add_table("order_lines", "OrderLine", "order_lines");
        let list = Type::Optional(Box::new(Type::List(Box::new(Type::Named("OrderLine".into())))));
        assert_eq!(links.type_markdown(&list), "`list<`[`OrderLine`](#order_lines)`>?`");
        let text = Type::Optional(Box::new(Type::Scalar(Scalar::Text)));
        assert_eq!(links.type_markdown(&text), "`text?`");
    }
}
