//! Type expressions and named types.

/// A built-in scalar type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scalar {
    Text,
    Integer,
    Real,
    Boolean,
    /// Milliseconds since the Unix epoch, UTC.
    Timestamp,
    /// Any JSON value.
    Json,
    /// Bytes; base64 text on the wire.
    Blob,
}

impl Scalar {
    pub const ALL: [Scalar; 7] =
        [Scalar::Text, Scalar::Integer, Scalar::Real, Scalar::Boolean, Scalar::Timestamp, Scalar::Json, Scalar::Blob];

    pub fn name(self) -> &'static str {
        match self {
            Scalar::Text => "text",
            Scalar::Integer => "integer",
            Scalar::Real => "real",
            Scalar::Boolean => "boolean",
            Scalar::Timestamp => "timestamp",
            Scalar::Json => "json",
            Scalar::Blob => "blob",
        }
    }

    pub fn from_name(name: &str) -> Option<Scalar> {
        Scalar::ALL.into_iter().find(|scalar| scalar.name() == name)
    }
}

/// A resolved type expression.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    Scalar(Scalar),
    /// A record, enum or table row type of the same object, by its PascalCase name.
    Named(String),
    List(Box<Type>),
    Optional(Box<Type>),
}

impl Type {
    pub fn is_optional(&self) -> bool {
        matches!(self, Type::Optional(_))
    }

    /// Returns the type without its outer `?`.
    pub fn required(&self) -> &Type {
        match self {
            Type::Optional(inner) => inner,
            other => other,
        }
    }

    /// Returns the spec syntax of the type, as a user would write it.
    pub fn to_spec(&self) -> String {
        match self {
            Type::Scalar(scalar) => scalar.name().to_string(),
            Type::Named(name) => name.clone(),
            Type::List(inner) => format!("list<{}>", inner.to_spec()),
            Type::Optional(inner) => format!("{}?", inner.to_spec()),
        }
    }
}

/// A typed field of a record, an event payload or a method's parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// snake_case, as in the spec.
    pub name: String,
    /// camelCase, as on the wire.
    pub wire_name: String,
    pub ty: Type,
    pub description: String,
}

/// A named type of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedType {
    /// PascalCase.
    pub name: String,
    pub description: String,
    pub kind: NamedTypeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NamedTypeKind {
    Record(Vec<Field>),
    Enum(Vec<String>),
}
