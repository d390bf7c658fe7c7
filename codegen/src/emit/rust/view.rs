//! The contexts of the Rust templates. Every name, type and attribute is precomputed here, so
//! the templates only lay text out.

use serde::Serialize;

use super::declaration::DeclarationView;
use super::methods::MethodsView;
use super::tables::TableView;

/// One object's module, `src/<object>.rs`.
#[derive(Debug, Serialize)]
pub struct ObjectView {
    /// The snake_case object name, as a quoted Rust string literal.
    pub object: String,
    /// The PascalCase class name, as a quoted Rust string literal.
    pub class: String,
    pub docs: Vec<String>,
    /// Wire names of the methods as string literals, in spec order.
    pub methods: Vec<String>,
    /// Event names (`noun.verb`) as string literals, in spec order.
    pub events: Vec<String>,
    pub enums: Vec<EnumView>,
    /// Records, then rows, then method parameters, then event payloads.
    pub structs: Vec<StructView>,
    /// The `Event` enum over every payload; `None` when the object declares no event.
    pub event_enum: Option<EventEnumView>,
    /// `MIGRATIONS`, `ROUTES` and `INFO`.
    pub declaration: DeclarationView,
    /// The `Methods` trait, the dispatcher and the client stub.
    pub calls: MethodsView,
    /// The typed table accessors.
    pub tables: Vec<TableView>,
}

#[derive(Debug, Serialize)]
pub struct StructView {
    pub name: String,
    pub docs: Vec<String>,
    /// Set on method parameters, so a misspelled parameter is an error and not ignored.
    pub deny_unknown_fields: bool,
    pub fields: Vec<FieldView>,
    /// Associated constants, in an `impl` block after the struct.
    pub constants: Vec<ConstantView>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    /// Rust identifier, raw (`r#type`) for keywords.
    pub ident: String,
    pub ty: String,
    pub docs: Vec<String>,
    /// Items of the field's `#[serde(...)]` attribute, such as `rename = "type"`. Empty writes no attribute.
    pub serde: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ConstantView {
    pub docs: Vec<String>,
    pub name: String,
    pub ty: String,
    /// A Rust expression, such as a quoted string literal.
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct EnumView {
    pub name: String,
    pub docs: Vec<String>,
    pub variants: Vec<VariantView>,
}

#[derive(Debug, Serialize)]
pub struct VariantView {
    pub ident: String,
    /// The value as written in the spec and on the wire, as a quoted Rust string literal.
    pub value: String,
    /// Set when serde's `snake_case` rule does not turn `ident` back into the value.
    pub rename: bool,
}

#[derive(Debug, Serialize)]
pub struct EventEnumView {
    pub variants: Vec<EventVariantView>,
}

#[derive(Debug, Serialize)]
pub struct EventVariantView {
    /// Variant name, the same as its payload struct.
    pub ident: String,
    /// The event name as a quoted Rust string literal (`"order.placed"`).
    pub name: String,
}

/// The crate root, `src/lib.rs`.
#[derive(Debug, Serialize)]
pub struct LibView {
    /// `pub mod` names, raw for keywords (`r#do`), sorted by object name.
    pub modules: Vec<String>,
    /// Name of the module with the nested base64 helpers.
    pub wire_module: String,
}

/// Writes `text` as a Rust string literal; `Debug` for `str` escapes exactly what a literal needs.
pub fn string_literal(text: &str) -> String {
    format!("{text:?}")
}
