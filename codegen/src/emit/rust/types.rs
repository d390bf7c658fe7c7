//! Rust spellings of spec types, and the serde attributes a field of each type needs.

use crate::model::{Scalar, Type};

/// Serde module for a plain `Vec<u8>` field: base64 text on the wire.
const BASE64: &str = "runtime::wire::base64";

/// Serde module for bytes nested in `Option` or `Vec`, emitted into the generated crate as
/// `src/wire.rs` because `runtime::wire` only handles a plain `Vec<u8>`.
const NESTED_BASE64: &str = "crate::wire::base64";

/// Writes the Rust type of a spec type, as a field of a generated struct.
pub fn rust_type(ty: &Type) -> String {
    match ty {
        Type::Scalar(scalar) => scalar_type(*scalar).to_string(),
        Type::Named(name) => name.clone(),
        Type::List(inner) => format!("Vec<{}>", rust_type(inner)),
        Type::Optional(inner) => format!("Option<{}>", rust_type(inner)),
    }
}

fn scalar_type(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Text => "String",
        Scalar::Integer => "i64",
        Scalar::Real => "f64",
        Scalar::Boolean => "bool",
        Scalar::Timestamp => "i64",
        Scalar::Json => "serde_json::Value",
        Scalar::Blob => "Vec<u8>",
    }
}

/// Returns the serde `with` module for a field of bytes, or `None` when the field's type contains
/// no bytes of its own (a named type carries its own attributes).
pub fn base64_module(ty: &Type) -> Option<&'static str> {
    match ty {
        Type::Scalar(Scalar::Blob) => Some(BASE64),
        Type::List(inner) | Type::Optional(inner) => base64_module(inner).map(|_| NESTED_BASE64),
        Type::Scalar(_) | Type::Named(_) => None,
    }
}

/// Returns the scalar at the core of a type, under any `list<..>` and `?`.
pub fn core_scalar(ty: &Type) -> Option<Scalar> {
    match ty {
        Type::Scalar(scalar) => Some(*scalar),
        Type::List(inner) | Type::Optional(inner) => core_scalar(inner),
        Type::Named(_) => None,
    }
}

/// Applies serde's `rename_all = "camelCase"` rule to a field name, as serde_derive does: drop
/// each `_` and capitalize the character after it. A field whose wire name differs from this
/// needs an explicit `rename`.
pub fn serde_camel_case(field: &str) -> String {
    let mut out = String::new();
    let mut capitalize = false;
    for c in field.chars() {
        if c == '_' {
            capitalize = true;
        } else if capitalize {
            out.push(c.to_ascii_uppercase());
            capitalize = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob() -> Type {
        Type::Scalar(Scalar::Blob)
    }

    #[test]
    fn nested_types() {
        let ty = Type::Optional(Box::new(Type::List(Box::new(Type::Named("Address".into())))));
        assert_eq!(rust_type(&ty), "Option<Vec<Address>>");
        assert_eq!(rust_type(&Type::Scalar(Scalar::Json)), "serde_json::Value");
    }

    #[test]
    fn base64_modules() {
        assert_eq!(base64_module(&blob()), Some(BASE64));
        assert_eq!(base64_module(&Type::Optional(Box::new(blob()))), Some(NESTED_BASE64));
        assert_eq!(base64_module(&Type::List(Box::new(Type::Optional(Box::new(blob()))))), Some(NESTED_BASE64));
        assert_eq!(base64_module(&Type::Scalar(Scalar::Text)), None);
        assert_eq!(base64_module(&Type::List(Box::new(Type::Named("Blobby".into())))), None);
    }

    #[test]
    fn camel_case_like_serde() {
        assert_eq!(serde_camel_case("customer_id"), "customerId");
        assert_eq!(serde_camel_case("mrr_2024"), "mrr2024");
        assert_eq!(serde_camel_case("type"), "type");
    }
}
