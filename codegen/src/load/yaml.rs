//! YAML text -> JSON value plus the position of every key path.
//!
//! Spec files are read with yaml-rust2's event parser, so that every node keeps its line and
//! column, duplicate keys are caught (YAML forbids them, many parsers keep the last one), and
//! plain scalars resolve by the YAML 1.2 core schema (`no` stays a string).

use std::collections::HashMap;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The position of each key path in a file, keyed like `serde_path_to_error` prints paths
/// (`methods.close_round.params[0]`).
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    positions: HashMap<String, Position>,
}

impl SpanIndex {
    /// Returns the position of `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut current = path;
        loop {
            if let Some(position) = self.positions.get(current) {
                return Some(*position);
            }
            let cut = current.rfind(['.', '['])?;
            current = &current[..cut];
        }
    }
}

/// A problem in the YAML syntax itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub path: String,
    pub position: Position,
    pub message: String,
    pub help: Option<String>,
}

/// Parses one YAML document into a JSON value and the positions of its key paths.
pub fn parse(text: &str) -> Result<(Value, SpanIndex), YamlError> {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    if let Err(error) = parser.load(&mut builder, false) {
        let marker = error.marker();
        return Err(YamlError {
            path: String::new(),
            position: position(marker),
            message: format!("invalid YAML: {}", error.info()),
            help: Some("check the indentation and quoting around this position".into()),
        });
    }
    if let Some(error) = builder.error {
        return Err(error);
    }
    let value = builder.root.unwrap_or(Value::Null);
    Ok((value, builder.spans))
}

fn position(marker: &Marker) -> Position {
    // yaml-rust2 counts lines from 1 and columns from 0.
    Position { line: marker.line(), column: marker.col() + 1 }
}

/// An open collection while the event stream is read.
enum Frame {
    Sequence { path: String, items: Vec<Value> },
    Mapping { path: String, entries: Map<String, Value>, pending_key: Option<String> },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Value>,
    spans: SpanIndex,
    error: Option<YamlError>,
}

impl Builder {
    /// Returns the key path of the node that the next event starts.
    fn next_path(&self) -> Option<String> {
        match self.stack.last() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, items }) => Some(format!("{path}[{}]", items.len())),
            Some(Frame::Mapping { path, pending_key: Some(key), .. }) => Some(join(path, key)),
            Some(Frame::Mapping { pending_key: None, .. }) => None,
        }
    }

    fn fail(&mut self, path: String, marker: Marker, message: String, help: Option<String>) {
        if self.error.is_none() {
            self.error = Some(YamlError { path, position: position(&marker), message, help });
        }
    }

    /// Attaches a finished node to its parent, or makes it the root.
    fn finish(&mut self, value: Value) {
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Sequence { items, .. }) => items.push(value),
            Some(Frame::Mapping { entries, pending_key, .. }) => {
                if let Some(key) = pending_key.take() {
                    entries.insert(key, value);
                }
            }
        }
    }

    fn scalar(&mut self, text: String, style: TScalarStyle, marker: Marker) {
        // A scalar in key position opens an entry.
        if let Some(Frame::Mapping { path, entries, pending_key }) = self.stack.last_mut() {
            if pending_key.is_none() {
                let key_path = join(path, &text);
                if entries.contains_key(&text) {
                    let message = format!("duplicate key `{text}`");
                    let help = Some("each key may appear once in a map; merge the two entries".to_string());
                    self.fail(key_path, marker, message, help);
                    return;
                }
                *pending_key = Some(text);
                self.spans.positions.insert(key_path, position(&marker));
                return;
            }
        }
        if let Some(path) = self.next_path() {
            self.spans.positions.entry(path).or_insert_with(|| position(&marker));
        }
        self.finish(resolve_scalar(text, style));
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, marker: Marker) {
        if self.error.is_some() {
            return;
        }
        match event {
            Event::Scalar(text, style, anchor, _tag) => {
                if anchor > 0 {
                    self.unsupported_anchor(marker);
                    return;
                }
                self.scalar(text, style, marker);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) if anchor > 0 => self.unsupported_anchor(marker),
            Event::Alias(_) => self.unsupported_anchor(marker),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let Some(path) = self.next_path() else {
                    let message = "a map or list cannot be used as a key".to_string();
                    self.fail(String::new(), marker, message, Some("use a plain name as the key".into()));
                    return;
                };
                self.spans.positions.entry(path.clone()).or_insert_with(|| position(&marker));
                let frame = match event {
                    Event::SequenceStart(..) => Frame::Sequence { path, items: Vec::new() },
                    _ => Frame::Mapping { path, entries: Map::new(), pending_key: None },
                };
                self.stack.push(frame);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let value = match self.stack.pop() {
                    Some(Frame::Sequence { items, .. }) => Value::Array(items),
                    Some(Frame::Mapping { entries, .. }) => Value::Object(entries),
                    None => return,
                };
                self.finish(value);
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd => {}
        }
    }
}

impl Builder {
    fn unsupported_anchor(&mut self, marker: Marker) {
        let path = self.next_path().unwrap_or_default();
        let message = "YAML anchors and aliases are not supported in specs".to_string();
        let help = Some("write the value out, or move shared tables and methods into the base spec".to_string());
        self.fail(path, marker, message, help);
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Resolves a scalar by the YAML 1.2 core schema: quoted and block scalars are strings.
fn resolve_scalar(text: String, style: TScalarStyle) -> Value {
    if style != TScalarStyle::Plain {
        return Value::String(text);
    }
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(number) = parse_integer(&text) {
        return Value::Number(number.into());
    }
    if looks_like_float(&text) {
        if let Some(number) = text.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(number);
        }
    }
    Value::String(text)
}

fn parse_integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn looks_like_float(text: &str) -> bool {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let mut chars = body.chars();
    let starts_numeric = matches!(chars.next(), Some(c) if c.is_ascii_digit() || c == '.');
    starts_numeric && body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_nested_keys() {
        let (value, spans) = parse("object: x\nmethods:\n  add:\n    params:\n      - a\n").unwrap();
        assert_eq!(value["methods"]["add"]["params"][0], "a");
        assert_eq!(spans.find("methods.add"), Some(Position { line: 3, column: 3 }));
        assert_eq!(spans.find("methods.add.params[0]"), Some(Position { line: 5, column: 9 }));
        assert_eq!(spans.find("methods.add.unknown"), Some(Position { line: 3, column: 3 }));
    }

    #[test]
    fn duplicate_key_rejected() {
        let error = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(error.message, "duplicate key `a`");
        assert_eq!(error.position, Position { line: 3, column: 1 });
    }

    #[test]
    fn core_schema_scalars() {
        let (value, _) = parse("a: no\nb: 'true'\nc: true\nd: 12\ne: 1.5\nf: ~\ng: 1.2.3\n").unwrap();
        assert_eq!(value["a"], "no");
        assert_eq!(value["b"], "true");
        assert_eq!(value["c"], true);
        assert_eq!(value["d"], 12);
        assert_eq!(value["e"], 1.5);
        assert_eq!(value["f"], Value::Null);
        assert_eq!(value["g"], "1.2.3");
    }

    #[test]
    fn alias_rejected() {
        let error = parse("a: &x 1\nb: *x\n").unwrap_err();
        assert!(error.message.contains("anchors"), "{}", error.message);
    }

    #[test]
    fn syntax_error_has_position() {
        let error = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(error.message.starts_with("invalid YAML"), "{}", error.message);
        assert!(error.position.line >= 1);
    }
}
