//! Tables, columns and indexes.

use super::{Field, OnDelete, Origin, Scalar, Type};

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    /// PascalCase name of the row type.
    pub row: String,
    pub description: String,
    pub renamed_from: Option<String>,
    pub columns: Vec<Column>,
    /// Primary key columns, in key order; empty means SQLite's rowid only.
    pub primary_key: Vec<String>,
    pub indexes: Vec<Index>,
    pub checks: Vec<String>,
    pub origin: Origin,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|column| column.name == name)
    }

    /// Returns the fields of the row type, in column order.
    pub fn row_fields(&self) -> Vec<Field> {
        self.columns.iter().map(Column::field).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub wire_name: String,
    pub ty: ColumnType,
    pub nullable: bool,
    pub default: Option<DefaultValue>,
    /// Set on the column of a single-column primary key.
    pub primary_key: bool,
    pub unique: bool,
    pub references: Option<ForeignKey>,
    pub check: Option<String>,
    pub renamed_from: Option<String>,
    pub description: String,
}

impl Column {
    /// Returns the type of this column in a row struct.
    pub fn value_type(&self) -> Type {
        let base = match &self.ty {
            ColumnType::Scalar(scalar) => Type::Scalar(*scalar),
            ColumnType::Enum { type_name: Some(name), .. } => Type::Named(name.clone()),
            ColumnType::Enum { type_name: None, .. } => Type::Scalar(Scalar::Text),
        };
        if self.nullable {
            Type::Optional(Box::new(base))
        } else {
            base
        }
    }

    pub fn field(&self) -> Field {
        Field {
            name: self.name.clone(),
            wire_name: self.wire_name.clone(),
            ty: self.value_type(),
            description: self.description.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ColumnType {
    Scalar(Scalar),
    /// Text restricted to `values`; `type_name` is set when the enum is a named type.
    Enum { type_name: Option<String>, values: Vec<String> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Text(String),
    Integer(i64),
    Real(f64),
    Boolean(bool),
    /// The current time in milliseconds, for timestamp columns.
    Now,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub table: String,
    pub column: String,
    pub on_delete: OnDelete,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    pub name: String,
    pub columns: Vec<String>,
    pub unique: bool,
}
