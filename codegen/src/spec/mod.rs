//! The spec format as written in YAML: serde types that mirror the files one to one.
//!
//! These types only describe shape. Names, references and types are checked by
//! `validate`, which turns a [`SpecFile`] into the model that emitters read. The JSON
//! Schema of the format (`codegen schema`) is derived from these types.

mod column;
mod file;
mod method;
mod state_machine;
mod table;

pub use column::{ColumnSpec, ColumnSpecFull, DefaultSpec, OnDelete};
pub use file::{ErrorSpec, EventSpec, SpecFile, TypeSpec};
pub use method::{FieldSpec, FieldSpecFull, MethodSpec, Mode};
pub use state_machine::StateMachineSpec;
pub use table::{IndexSpec, TableSpec};
