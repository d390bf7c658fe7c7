//! An object and its methods, events, permissions and state machines.

use super::{Field, Mode, NamedType, Table, Type};

/// The spec that declared an item of an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// In the object's own spec.
    Own,
    /// In the base spec it extends.
    Base,
}

#[derive(Debug, Clone)]
pub struct Object {
    /// snake_case name; the URL segment.
    pub name: String,
    /// PascalCase name used for Rust and TypeScript types (`Startup`).
    pub class: String,
    pub description: String,
    /// The spec file this object was read from.
    pub file: std::path::PathBuf,
    pub extends: Option<String>,
    pub allow_destructive: bool,
    pub permissions: Vec<Permission>,
    pub roles: Vec<Role>,
    pub errors: Vec<ErrorCode>,
    pub types: Vec<NamedType>,
    pub tables: Vec<Table>,
    pub methods: Vec<Method>,
    pub events: Vec<Event>,
    pub state_machines: Vec<StateMachine>,
}

impl Object {
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|table| table.name == name)
    }

    pub fn named_type(&self, name: &str) -> Option<&NamedType> {
        self.types.iter().find(|named| named.name == name)
    }

    /// Returns the table whose row type is `name`.
    pub fn row_table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|table| table.row == name)
    }

    pub fn error(&self, code: &str) -> Option<&ErrorCode> {
        self.errors.iter().find(|error| error.code == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permission {
    pub key: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub name: String,
    pub grants: Vec<String>,
}

/// An error code with its HTTP status; built-in codes are included in every object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    pub code: String,
    pub status: u16,
    pub description: String,
    pub builtin: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub name: String,
    /// camelCase; the name in URLs and JSON-RPC.
    pub wire_name: String,
    pub description: String,
    pub params: Vec<Field>,
    pub returns: Option<Type>,
    pub mode: Mode,
    /// A permission key, or `public`.
    pub permission: String,
    pub route: Option<Route>,
    pub errors: Vec<String>,
    pub origin: super::Origin,
}

impl Method {
    pub fn is_public(&self) -> bool {
        self.permission == "public"
    }
}

/// A REST-style route: `verb` is upper case, `path` starts with `/` and its `{name}` segments are parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub verb: String,
    pub path: String,
    /// Names of the parameters taken from the path, in order.
    pub path_params: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// `noun.verb`.
    pub name: String,
    pub description: String,
    pub payload: Vec<Field>,
    pub origin: super::Origin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateMachine {
    pub name: String,
    pub description: String,
    /// The enum column (table, column) holding the state.
    pub column: Option<(String, String)>,
    pub initial: String,
    pub states: Vec<String>,
    /// (from, allowed targets) for every state, in declaration order.
    pub transitions: Vec<(String, Vec<String>)>,
}
