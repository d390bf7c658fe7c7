//! The validated model: what every emitter reads.
//!
//! A [`Project`] is only built by `validate`, so emitters may rely on its invariants: every
//! type reference resolves, names are valid identifiers and unique in their scope, the base
//! object's items are merged into each object that extends it, and every route, permission
//! and state is declared.

mod object;
mod table;
mod types;

pub use object::{ErrorCode, Event, Method, Object, Origin, Permission, Role, Route, StateMachine};
pub use table::{Column, ColumnType, DefaultValue, ForeignKey, Index, Table};
pub use types::{Field, NamedType, NamedTypeKind, Scalar, Type};

pub use crate::spec::{Mode, OnDelete};

/// Every object of a spec directory, sorted by name.
#[derive(Debug, Clone)]
pub struct Project {
    pub objects: Vec<Object>,
}

impl Project {
    pub fn object(&self, name: &str) -> Option<&Object> {
        self.objects.iter().find(|object| object.name == name)
    }
}
