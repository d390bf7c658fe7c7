//! Type expressions: `text`, `Founder`, `list<Founder>`, `integer?`, `list<text?>?`.

use crate::model::{Scalar, Type};

/// A syntax error in a type expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeSyntaxError(pub String);

/// Parses a type expression without resolving names.
pub fn parse(text: &str) -> Result<Type, TypeSyntaxError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(TypeSyntaxError("empty type".into()));
    }

    if let Some(inner) = trimmed.strip_suffix('?') {
        let inner = parse(inner)?;
        if inner.is_optional() {
            return Err(TypeSyntaxError(format!("`{trimmed}` is optional twice; write a single `?`")));
        }
        return Ok(Type::Optional(Box::new(inner)));
    }

    if let Some(rest) = trimmed.strip_prefix("list<") {
        let Some(inner) = rest.strip_suffix('>') else {
            return Err(TypeSyntaxError(format!("`{trimmed}` has no closing `>`")));
        };
        return Ok(Type::List(Box::new(parse(inner)?)));
    }

    if let Some(scalar) = Scalar::from_name(trimmed) {
        return Ok(Type::Scalar(scalar));
    }

    if trimmed.chars().all(|c| c.is_ascii_alphanumeric()) && trimmed.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Ok(Type::Named(trimmed.to_string()));
    }

    Err(TypeSyntaxError(format!("`{trimmed}` is not a type")))
}

/// Returns every named type the expression refers to.
pub fn named_refs(ty: &Type) -> Vec<&str> {
    match ty {
        Type::Scalar(_) => Vec::new(),
        Type::Named(name) => vec![name.as_str()],
        Type::List(inner) | Type::Optional(inner) => named_refs(inner),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_expressions() {
        let ty = parse("list<Founder?>?").unwrap();
        let expected = Type::Optional(Box::new(Type::List(Box::new(Type::Optional(Box::new(Type::Named(
            "Founder".into(),
        )))))));
        assert_eq!(ty, expected);
        assert_eq!(ty.to_spec(), "list<Founder?>?");
    }

    #[test]
    fn rejects_bad_syntax() {
        let cases = ["", "list<text", "text??", "founder", "list<>", "map<text>"];
        for case in cases {
            assert!(parse(case).is_err(), "`{case}` should be rejected");
        }
    }
}
