//! Keyset pagination for the generated table accessors: a [`Page`] of rows and the [`Cursor`]
//! after its last row.
//!
//! A listing is ordered by the table's primary key, and the next page starts after the key of
//! the previous page's last row (`WHERE (pk...) > (?...)`). Unlike `OFFSET`, rows written between
//! two pages neither repeat nor shift the pages that follow.

use base64::Engine;
use serde_json::{json, Map, Value as Json};

use crate::error::{Error, Result};
use crate::sql::Value;

/// One page of rows, in primary-key order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The rows of this page, at most the requested limit.
    pub items: Vec<T>,
    /// The cursor after the last row, from which the next page starts; `None` on the last page.
    pub next: Option<Cursor>,
}

/// The position after one row of a listing: the table's name and the row's primary-key values.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    table: String,
    key: Vec<Value>,
}

impl Cursor {
    /// Creates the cursor after the row of `table` whose primary key is `key`.
    pub fn new(table: &str, key: Vec<Value>) -> Self {
        Cursor {
            table: table.to_string(),
            key,
        }
    }

    /// Returns the name of the table the cursor belongs to.
    pub fn table(&self) -> &str {
        &self.table
    }

    /// Returns the primary-key values of the row the cursor points after.
    pub fn key(&self) -> &[Value] {
        &self.key
    }

    /// Returns the key for a listing of `table`, whose primary key has `columns` columns. A cursor
    /// of another table, or one decoded from a tampered token, is a `VALIDATION_ERROR`.
    pub fn key_for(&self, table: &str, columns: usize) -> Result<&[Value]> {
        if self.table != table || self.key.len() != columns {
            return Err(Error::validation(format!(
                "the cursor belongs to table `{}` with a {}-column key, not to table `{table}`; pass a cursor from a page of `{table}`",
                self.table,
                self.key.len()
            )));
        }
        Ok(&self.key)
    }

    /// Encodes the cursor as an opaque URL-safe token, for callers that page through a method.
    pub fn to_token(&self) -> String {
        let key: Vec<Json> = self.key.iter().map(value_to_json).collect();
        let text = json!({ "t": self.table, "k": key }).to_string();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    }

    /// Decodes a token made by [`Cursor::to_token`]; anything else is a `VALIDATION_ERROR`.
    pub fn from_token(token: &str) -> Result<Cursor> {
        let invalid = || Error::validation(format!("invalid cursor `{token}`: pass the `next` cursor of a previous page unchanged"));

        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(token.as_bytes())
            .map_err(|_| invalid())?;
        let decoded: Json = serde_json::from_slice(&bytes).map_err(|_| invalid())?;

        let table = decoded.get("t").and_then(Json::as_str).ok_or_else(invalid)?;
        let values = decoded.get("k").and_then(Json::as_array).ok_or_else(invalid)?;
        let key = values
            .iter()
            .map(json_to_value)
            .collect::<Option<Vec<Value>>>()
            .ok_or_else(invalid)?;
        Ok(Cursor::new(table, key))
    }
}

/// Checks a page size and returns the number of rows to fetch. One row more than `limit` tells
/// the accessor whether another page follows, without a second query.
pub fn fetch_limit(limit: u32) -> Result<i64> {
    if limit == 0 {
        return Err(Error::validation("invalid page limit 0: pass a limit of at least 1"));
    }
    Ok(i64::from(limit) + 1)
}

/// Builds a page from up to `limit + 1` fetched rows; `key` returns a row's primary-key values.
pub fn page<T>(mut rows: Vec<T>, limit: u32, table: &str, key: impl Fn(&T) -> Vec<Value>) -> Page<T> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let more = rows.len() > limit;
    rows.truncate(limit);

    let next = match more {
        true => rows.last().map(|last| Cursor::new(table, key(last))),
        false => None,
    };
    Page { items: rows, next }
}

/// Integers and text are plain JSON; reals and blobs are tagged so they decode to the same type.
fn value_to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Integer(number) => json!(number),
        Value::Real(number) => json!({ "r": number }),
        Value::Text(text) => json!(text),
        Value::Blob(bytes) => json!({ "b": base64::engine::general_purpose::STANDARD.encode(bytes) }),
    }
}

fn json_to_value(json: &Json) -> Option<Value> {
    match json {
        Json::Null => Some(Value::Null),
        Json::Number(number) => number.as_i64().map(Value::Integer),
        Json::String(text) => Some(Value::Text(text.clone())),
        Json::Object(tagged) => tagged_value(tagged),
        Json::Bool(_) | Json::Array(_) => None,
    }
}

fn tagged_value(tagged: &Map<String, Json>) -> Option<Value> {
    if let Some(number) = tagged.get("r") {
        return number.as_f64().map(Value::Real);
    }
    let text = tagged.get("b")?.as_str()?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(text).ok()?;
    Some(Value::Blob(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_round_trip() {
        let key = vec![
            Value::Text("a/b".into()),
            Value::Integer(-7),
            Value::Real(2.0),
            Value::Blob(vec![0, 255]),
            Value::Null,
        ];
        let cursor = Cursor::new("orders", key);
        let token = cursor.to_token();
        assert!(token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{token}");
        assert_eq!(Cursor::from_token(&token).unwrap(), cursor);
    }

    #[test]
    fn invalid_token_rejected() {
        for token in ["", "!!", "e30", "eyJ0IjoxfQ"] {
            let error = Cursor::from_token(token).unwrap_err();
            assert_eq!(error.code().as_str(), "VALIDATION_ERROR", "{token}");
        }
    }

    #[test]
    fn cursor_of_other_table_rejected() {
        let cursor = Cursor::new("orders", vec![Value::Text("o1".into())]);
        assert!(cursor.key_for("orders", 1).is_ok());
        assert!(cursor.key_for("customers", 1).is_err());
        assert!(cursor.key_for("orders", 2).is_err());
    }

    #[test]
    fn page_has_next_only_when_more() {
        let key = |row: &i64| vec![Value::Integer(*row)];
        let full = page(vec![1, 2, 3], 2, "t", key);
        assert_eq!(full.items, vec![1, 2]);
        assert_eq!(full.next, Some(Cursor::new("t", vec![Value::Integer(2)])));

        let last = page(vec![1, 2], 2, "t", key);
        assert_eq!(last.next, None);
    }

    #[test]
    fn zero_limit_rejected() {
        assert!(fetch_limit(0).is_err());
        assert_eq!(fetch_limit(10).unwrap(), 11);
    }
}
