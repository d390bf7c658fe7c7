//! The `paths` object: operations grouped into path items, with equivalent templates merged.
//!
//! OpenAPI treats `/orders/{order_id}` and `/orders/{id}` as the same path and forbids listing
//! both, so the first template written for a shape names the parameters of every later one.

use serde_json::{Map, Value};

/// One path template split into literal segments and parameter names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

impl Template {
    /// Parses `/shop/{name}/orders/{order_id}`.
    pub fn parse(path: &str) -> Template {
        let segments = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(|segment| match segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_string()),
                None => Segment::Literal(segment.to_string()),
            })
            .collect();
        Template { segments }
    }

    /// Returns the parameter names, in path order.
    pub fn params(&self) -> Vec<&str> {
        self.segments
            .iter()
            .filter_map(|segment| match segment {
                Segment::Param(name) => Some(name.as_str()),
                Segment::Literal(_) => None,
            })
            .collect()
    }

    fn shape(&self) -> Vec<Option<&str>> {
        self.segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(text) => Some(text.as_str()),
                Segment::Param(_) => None,
            })
            .collect()
    }

    fn render(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            out.push('/');
            match segment {
                Segment::Literal(text) => out.push_str(text),
                Segment::Param(name) => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
        }
        if out.is_empty() {
            out.push('/');
        }
        out
    }
}

/// Path items in insertion order.
#[derive(Default)]
pub struct Paths {
    items: Vec<(Template, Map<String, Value>)>,
}

impl Paths {
    /// Returns the names the path's parameters take in the document: the template's own names,
    /// or those of an earlier template of the same shape.
    pub fn param_names(&self, template: &Template) -> Vec<String> {
        let names = match self.items.iter().find(|(existing, _)| existing.shape() == template.shape()) {
            Some((existing, _)) => existing.params(),
            None => template.params(),
        };
        names.into_iter().map(str::to_string).collect()
    }

    /// Adds an operation under `verb` (lower case); returns `false` when the path item already
    /// has an operation for that verb, which validated specs never produce.
    pub fn add(&mut self, template: &Template, verb: &str, operation: Value) -> bool {
        let index = match self.items.iter().position(|(existing, _)| existing.shape() == template.shape()) {
            Some(index) => index,
            None => {
                self.items.push((template.clone(), Map::new()));
                self.items.len() - 1
            }
        };
        let item = &mut self.items[index].1;
        if item.contains_key(verb) {
            return false;
        }
        item.insert(verb.to_string(), operation);
        true
    }

    pub fn into_value(self) -> Value {
        let mut paths = Map::new();
        for (template, item) in self.items {
            paths.insert(template.render(), Value::Object(item));
        }
        Value::Object(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn same_shape_merges_under_first_names() {
        let mut paths = Paths::default();
        let first = Template::parse("/shop/{name}/orders/{order_id}");
        let second = Template::parse("/shop/{name}/orders/{id}");
        assert!(paths.add(&first, "get", json!({})));
        assert_eq!(paths.param_names(&second), ["name", "order_id"]);
        assert!(paths.add(&second, "delete", json!({})));
        assert!(!paths.add(&second, "get", json!({})));
        let value = paths.into_value();
        let keys: Vec<&String> = value.as_object().map(|map| map.keys().collect()).unwrap_or_default();
        assert_eq!(keys, ["/shop/{name}/orders/{order_id}"]);
    }
}
