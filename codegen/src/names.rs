//! Identifier rules, case conversion and the reserved words of every output language.

/// `snake_case`: a lowercase ASCII letter, then lowercase letters, digits and single underscores.
pub fn is_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_with_letter = matches!(chars.next(), Some('a'..='z'));
    starts_with_letter
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}

/// `PascalCase`: an uppercase ASCII letter, then ASCII letters and digits.
pub fn is_pascal_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z')) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// `SCREAMING_SNAKE_CASE`, for error codes.
pub fn is_screaming_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A'..='Z'))
        && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}

/// `snake_case` -> `camelCase`.
pub fn camel_case(snake: &str) -> String {
    let pascal = pascal_case(snake);
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// `snake_case` -> `PascalCase`.
pub fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `PascalCase` -> `snake_case`.
pub fn snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (index, c) in pascal.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The default row type of a table: PascalCase with a plural ending removed
/// (`funding_rounds` -> `FundingRound`, `activities` -> `Activity`, `status` stays).
pub fn row_type_name(table: &str) -> String {
    let mut words: Vec<String> = table.split('_').map(str::to_string).collect();
    if let Some(last) = words.last_mut() {
        *last = singular(last);
    }
    pascal_case(&words.join("_"))
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        if !stem.is_empty() {
            return format!("{stem}y");
        }
    }
    for ending in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    let keeps_s = ["ss", "us", "is"].iter().any(|ending| word.ends_with(ending));
    match word.strip_suffix('s') {
        Some(stem) if !keeps_s && !stem.is_empty() => stem.to_string(),
        _ => word.to_string(),
    }
}

/// Rust keywords (2021 edition, strict and reserved).
const RUST_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Rust keywords that cannot be written as raw identifiers (`r#self` is invalid).
const RUST_NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Names that generated Rust code uses itself inside object modules; a spec type of the same
/// name would shadow them.
const RUST_RESERVED_TYPES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err", "Value", "Error", "Methods", "Client",
    "Event", "Events", "Params", "Self",
];

/// TypeScript and JavaScript reserved words and the global names generated modules rely on.
const TS_RESERVED_TYPES: &[&str] = &[
    "Array", "Boolean", "Date", "Error", "Function", "Map", "Number", "Object", "Promise", "Record", "Set", "String",
    "Symbol", "Uint8Array", "Partial", "Readonly", "Required", "Pick", "Omit", "Exclude", "Extract",
];

/// Returns why `name` cannot be a snake_case identifier in every output, or `None` when it can.
/// Rust keywords are escaped as raw identifiers and SQL identifiers are always quoted, so only
/// the words that no output can escape are rejected.
pub fn reserved_snake(name: &str) -> Option<&'static str> {
    if RUST_NOT_RAW.contains(&name) {
        return Some("a Rust keyword that cannot be escaped");
    }
    if name.starts_with("sqlite_") {
        return Some("SQLite reserves names that start with `sqlite_`");
    }
    if name.starts_with("dotdo_") {
        return Some("the runtime reserves names that start with `dotdo_`");
    }
    None
}

/// Returns why `name` cannot name a type, or `None` when it can.
pub fn reserved_pascal(name: &str) -> Option<&'static str> {
    if RUST_RESERVED_TYPES.contains(&name) {
        return Some("a name that generated Rust code uses itself");
    }
    if TS_RESERVED_TYPES.contains(&name) {
        return Some("a built-in TypeScript type");
    }
    None
}

/// Writes `name` as a Rust identifier, escaping keywords as raw identifiers.
pub fn rust_ident(name: &str) -> String {
    if RUST_KEYWORDS.contains(&name) && !RUST_NOT_RAW.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

/// Quotes an SQL identifier; every generated statement quotes every name, so SQL keywords are safe.
pub fn sql_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Quotes an SQL string literal.
pub fn sql_string(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_type_names() {
        let cases = [
            ("funding_rounds", "FundingRound"),
            ("activities", "Activity"),
            ("status", "Status"),
            ("addresses", "Address"),
            ("kv", "Kv"),
            ("batches", "Batch"),
            ("analysis", "Analysis"),
        ];
        for (table, expected) in cases {
            assert_eq!(row_type_name(table), expected, "table {table}");
        }
    }

    #[test]
    fn case_conversion() {
        assert_eq!(camel_case("close_round"), "closeRound");
        assert_eq!(camel_case("get"), "get");
        assert_eq!(pascal_case("api_keys"), "ApiKeys");
        assert_eq!(snake_case("FundingRound"), "funding_round");
    }

    #[test]
    fn identifier_shapes() {
        assert!(is_snake_case("mrr_2024"));
        assert!(!is_snake_case("Mrr"));
        assert!(!is_snake_case("a__b"));
        assert!(!is_snake_case("trailing_"));
        assert!(!is_snake_case("1abc"));
        assert!(is_pascal_case("FundingRound"));
        assert!(!is_pascal_case("funding"));
        assert!(is_screaming_snake_case("SEAT_LIMIT_REACHED"));
    }

    #[test]
    fn rust_keywords_escaped() {
        assert_eq!(rust_ident("type"), "r#type");
        assert_eq!(rust_ident("do"), "r#do");
        assert_eq!(rust_ident("name"), "name");
        assert!(reserved_snake("self").is_some());
    }

    #[test]
    fn sql_quoting() {
        assert_eq!(sql_ident("order"), "\"order\"");
        assert_eq!(sql_string("it's"), "'it''s'");
    }
}
