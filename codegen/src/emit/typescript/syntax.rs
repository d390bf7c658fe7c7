//! TypeScript syntax: type expressions, string literals, doc comments and identifiers.
//!
//! Every function here returns text that is valid TypeScript for any validated model, so the
//! templates only place it.

use crate::model::{Column, ColumnType, Scalar, Type};

/// JavaScript and TypeScript words that cannot name a binding in a strict-mode module
/// (ECMAScript 2022 reserved words, strict-mode reserved words, `await` in modules, and the
/// names strict mode forbids to bind).
const RESERVED_WORDS: &[&str] = &[
    "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
    "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if", "implements",
    "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected", "public",
    "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield",
];

/// Writes `name` as a binding identifier, appending `_` to reserved words (`do` -> `do_`).
pub fn identifier(name: &str) -> String {
    if RESERVED_WORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// Writes the TypeScript type of a model type: `T | null` for optional values and `T[]` for lists.
pub fn type_expr(ty: &Type) -> String {
    match ty {
        Type::Scalar(scalar) => scalar_type(*scalar).to_string(),
        Type::Named(name) => name.clone(),
        Type::List(inner) => match inner.as_ref() {
            Type::Optional(_) => format!("({})[]", type_expr(inner)),
            _ => format!("{}[]", type_expr(inner)),
        },
        // `unknown` already admits null.
        Type::Optional(inner) if **inner == Type::Scalar(Scalar::Json) => "unknown".to_string(),
        Type::Optional(inner) => format!("{} | null", type_expr(inner)),
    }
}

/// Writes the type of a column in its row type. An enum column without a named type becomes
/// a union of its string literals.
pub fn column_type(column: &Column) -> String {
    let ColumnType::Enum { type_name: None, values } = &column.ty else {
        return type_expr(&column.value_type());
    };
    let union = string_union(values);
    if column.nullable {
        format!("{union} | null")
    } else {
        union
    }
}

pub fn scalar_type(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Text | Scalar::Blob => "string",
        Scalar::Integer | Scalar::Real | Scalar::Timestamp => "number",
        Scalar::Boolean => "boolean",
        Scalar::Json => "unknown",
    }
}

/// Writes `"a" | "b"`, or `never` for no values.
pub fn string_union(values: &[String]) -> String {
    if values.is_empty() {
        return "never".to_string();
    }
    values.iter().map(|value| string_literal(value)).collect::<Vec<_>>().join(" | ")
}

/// Writes a double-quoted string literal. JSON string syntax is valid JavaScript since ES2019.
pub fn string_literal(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "\"\"".to_string())
}

/// Writes a `/** ... */` block indented by `indent`, with one line per paragraph line, ending in
/// a newline; returns an empty string for empty text. `*/` inside the text is broken up.
pub fn doc_comment<S: AsRef<str>>(lines: &[S], indent: &str) -> String {
    let text: Vec<String> = lines
        .iter()
        .flat_map(|line| line.as_ref().split('\n').map(str::to_string).collect::<Vec<_>>())
        .map(|line| line.trim_end().replace("*/", "*\\/"))
        .collect();
    let first = text.iter().position(|line| !line.is_empty());
    let last = text.iter().rposition(|line| !line.is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let text = &text[first..=last];

    if let [only] = text {
        return format!("{indent}/** {only} */\n");
    }
    let mut out = format!("{indent}/**\n");
    for line in text {
        if line.is_empty() {
            out.push_str(&format!("{indent} *\n"));
        } else {
            out.push_str(&format!("{indent} * {line}\n"));
        }
    }
    out.push_str(&format!("{indent} */\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_expressions() {
        let text = Type::Scalar(Scalar::Text);
        let cases = [
            (Type::Optional(Box::new(text.clone())), "string | null"),
            (Type::List(Box::new(Type::Optional(Box::new(text.clone())))), "(string | null)[]"),
            (Type::Optional(Box::new(Type::List(Box::new(text.clone())))), "string[] | null"),
            (Type::Optional(Box::new(Type::Scalar(Scalar::Json))), "unknown"),
            (Type::List(Box::new(Type::Named("Founder".into()))), "Founder[]"),
            (Type::Scalar(Scalar::Timestamp), "number"),
            (Type::Scalar(Scalar::Blob), "string"),
        ];
        for (ty, expected) in cases {
            assert_eq!(type_expr(&ty), expected, "{}", ty.to_spec());
        }
    }

    #[test]
    fn reserved_words_escaped() {
        assert_eq!(identifier("do"), "do_");
        assert_eq!(identifier("function"), "function_");
        assert_eq!(identifier("startup"), "startup");
    }

    #[test]
    fn doc_comment_shapes() {
        assert_eq!(doc_comment::<&str>(&[], ""), "");
        assert_eq!(doc_comment(&["One line."], "  "), "  /** One line. */\n");
        assert_eq!(doc_comment(&["a */ b"], ""), "/** a *\\/ b */\n");
        let block = doc_comment(&["First.\n\nSecond."], "");
        assert_eq!(block, "/**\n * First.\n *\n * Second.\n */\n");
    }
}
