//! The storage interface that object code uses, identical on every target: the [`Sql`] trait,
//! SQLite values ([`Value`]), result rows ([`Row`]) and the [`ToSql`]/[`FromSql`] conversions.
//!
//! It is synchronous because both rusqlite and the Durable Object SQL API are. Object code never
//! opens or commits transactions: the host wraps every call in one.

use std::sync::Arc;

use crate::error::{Error, Result};

/// A SQLite value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// SQL `NULL`.
    Null,
    /// A 64-bit signed integer.
    Integer(i64),
    /// A 64-bit float.
    Real(f64),
    /// UTF-8 text.
    Text(String),
    /// Bytes.
    Blob(Vec<u8>),
}

impl Value {
    /// Returns the SQLite type name, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Integer(_) => "integer",
            Value::Real(_) => "real",
            Value::Text(_) => "text",
            Value::Blob(_) => "blob",
        }
    }
}

/// A SQL connection as object code uses it. Implemented by each host (rusqlite natively, the
/// Durable Object SQL API on Cloudflare).
pub trait Sql {
    /// Executes one statement with positional parameters (`?1`, `?2` or `?`) and returns the
    /// number of rows it changed.
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64>;

    /// Runs one query with positional parameters and returns all its rows.
    fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>>;

    /// Executes every `;`-separated statement in `sql`, without parameters (used for migrations).
    fn exec_batch(&self, sql: &str) -> Result<()>;

    /// Runs a query and returns its first row, if any.
    fn query_row(&self, sql: &str, params: &[Value]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
}

/// Builds a `[Value; N]` array of query parameters from values that implement [`ToSql`].
///
/// ```
/// use runtime::{params, sql::Value};
/// let params = params![1_i64, "name", None::<String>];
/// assert_eq!(params[2], Value::Null);
/// ```
#[macro_export]
macro_rules! params {
    () => { [] as [$crate::sql::Value; 0] };
    ($($param:expr),+ $(,)?) => { [$($crate::sql::ToSql::to_sql(&$param)),+] };
}

/// One result row: values addressed by column name or index.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    columns: Arc<[String]>,
    values: Vec<Value>,
}

impl Row {
    /// Creates a row; `columns` is shared by every row of one result.
    pub fn new(columns: Arc<[String]>, values: Vec<Value>) -> Self {
        Row { columns, values }
    }

    /// Returns the column names.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// Returns the values in column order.
    pub fn values(&self) -> &[Value] {
        &self.values
    }

    /// Returns the raw value of a column, or `None` when the row has no such column.
    pub fn value(&self, column: &str) -> Option<&Value> {
        let index = self.columns.iter().position(|name| name == column)?;
        self.values.get(index)
    }

    /// Reads a column by name as `T`.
    ///
    /// A missing column or a value of the wrong type is an `INTERNAL` error, because it means the
    /// query and the code disagree.
    pub fn get<T: FromSql>(&self, column: &str) -> Result<T> {
        let value = self.value(column).ok_or_else(|| {
            Error::internal(format!(
                "query result has no column `{column}`; columns are {:?}",
                self.columns
            ))
        })?;

        T::from_sql(value)
            .map_err(|message| Error::internal(format!("column `{column}`: {message}")))
    }

    /// Reads a column by zero-based index as `T`.
    pub fn get_index<T: FromSql>(&self, index: usize) -> Result<T> {
        let value = self.values.get(index).ok_or_else(|| {
            Error::internal(format!(
                "query result has no column {index}; it has {} columns",
                self.values.len()
            ))
        })?;

        T::from_sql(value).map_err(|message| Error::internal(format!("column {index}: {message}")))
    }
}

/// Converts a Rust value into a SQL parameter.
pub trait ToSql {
    /// Returns the SQL value.
    fn to_sql(&self) -> Value;
}

/// Converts a SQL value into a Rust value; the error is a message naming what was found.
pub trait FromSql: Sized {
    /// Converts `value`, or describes why it cannot.
    fn from_sql(value: &Value) -> std::result::Result<Self, String>;
}

fn mismatch(expected: &str, found: &Value) -> String {
    format!("expected {expected}, found {}", found.type_name())
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_sql(&self) -> Value {
        (**self).to_sql()
    }
}

impl ToSql for Value {
    fn to_sql(&self) -> Value {
        self.clone()
    }
}

impl ToSql for i64 {
    fn to_sql(&self) -> Value {
        Value::Integer(*self)
    }
}

impl ToSql for i32 {
    fn to_sql(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl ToSql for u32 {
    fn to_sql(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl ToSql for f64 {
    fn to_sql(&self) -> Value {
        Value::Real(*self)
    }
}

impl ToSql for bool {
    fn to_sql(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl ToSql for str {
    fn to_sql(&self) -> Value {
        Value::Text(self.to_string())
    }
}

impl ToSql for String {
    fn to_sql(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl ToSql for [u8] {
    fn to_sql(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl ToSql for Vec<u8> {
    fn to_sql(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_sql(&self) -> Value {
        match self {
            Some(value) => value.to_sql(),
            None => Value::Null,
        }
    }
}

/// JSON is stored as its text.
impl ToSql for serde_json::Value {
    fn to_sql(&self) -> Value {
        Value::Text(self.to_string())
    }
}

impl FromSql for Value {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        Ok(value.clone())
    }
}

impl FromSql for i64 {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Integer(number) => Ok(*number),
            other => Err(mismatch("integer", other)),
        }
    }
}

impl FromSql for i32 {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        let number = i64::from_sql(value)?;
        i32::try_from(number).map_err(|_| format!("integer {number} does not fit in i32"))
    }
}

impl FromSql for u32 {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        let number = i64::from_sql(value)?;
        u32::try_from(number).map_err(|_| format!("integer {number} does not fit in u32"))
    }
}

/// Integers are widened, because SQLite stores a whole-valued REAL column value as an integer.
impl FromSql for f64 {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Real(number) => Ok(*number),
            Value::Integer(number) => Ok(*number as f64),
            other => Err(mismatch("real", other)),
        }
    }
}

/// Booleans are stored as the integers 0 and 1.
impl FromSql for bool {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Integer(0) => Ok(false),
            Value::Integer(1) => Ok(true),
            Value::Integer(number) => Err(format!("expected boolean 0 or 1, found {number}")),
            other => Err(mismatch("boolean integer", other)),
        }
    }
}

impl FromSql for String {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Text(text) => Ok(text.clone()),
            other => Err(mismatch("text", other)),
        }
    }
}

impl FromSql for Vec<u8> {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Blob(bytes) => Ok(bytes.clone()),
            other => Err(mismatch("blob", other)),
        }
    }
}

impl<T: FromSql> FromSql for Option<T> {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_sql(other).map(Some),
        }
    }
}

/// JSON is read from its text; SQL `NULL` reads as JSON `null`.
impl FromSql for serde_json::Value {
    fn from_sql(value: &Value) -> std::result::Result<Self, String> {
        match value {
            Value::Null => Ok(serde_json::Value::Null),
            Value::Text(text) => {
                serde_json::from_str(text).map_err(|error| format!("invalid JSON text: {error}"))
            }
            other => Err(mismatch("JSON text", other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(values: Vec<Value>) -> Row {
        let columns: Arc<[String]> = vec!["a".to_string(), "b".to_string()].into();
        Row::new(columns, values)
    }

    #[test]
    fn row_reads_typed_columns() {
        let row = row(vec![Value::Integer(1), Value::Text("{\"k\":2}".into())]);
        assert_eq!(row.get::<i64>("a").unwrap(), 1);
        assert!(row.get::<bool>("a").unwrap());
        assert_eq!(row.get::<serde_json::Value>("b").unwrap()["k"], 2);
        assert_eq!(row.get_index::<String>(1).unwrap(), "{\"k\":2}");
    }

    #[test]
    fn row_missing_column_is_internal() {
        let row = row(vec![Value::Null, Value::Null]);
        let error = row.get::<i64>("nope").unwrap_err();
        assert!(error.is_internal());
    }

    #[test]
    fn row_type_mismatch_names_column() {
        let row = row(vec![Value::Text("x".into()), Value::Null]);
        let error = row.get::<i64>("a").unwrap_err();
        assert!(error.cause().unwrap().contains("column `a`"));
    }

    #[test]
    fn option_reads_null() {
        let row = row(vec![Value::Null, Value::Integer(3)]);
        assert_eq!(row.get::<Option<i64>>("a").unwrap(), None);
        assert_eq!(row.get::<Option<i64>>("b").unwrap(), Some(3));
    }

    #[test]
    fn params_macro_converts() {
        let values = params![1_i64, "x", true, None::<i64>, vec![1_u8]];
        assert_eq!(
            values.to_vec(),
            vec![
                Value::Integer(1),
                Value::Text("x".into()),
                Value::Integer(1),
                Value::Null,
                Value::Blob(vec![1]),
            ]
        );
    }
}
