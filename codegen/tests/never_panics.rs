//! Property tests: no input, however malformed, makes loading or validation panic.

use std::path::Path;

use codegen::{load, validate};
use proptest::prelude::*;

/// Keys of the spec format, so generated documents reach deep into validation.
const KEYS: &[&str] = &[
    "object", "description", "extends", "permissions", "roles", "errors", "types", "tables", "methods", "events",
    "state_machines", "columns", "type", "enum", "default", "primary_key", "unique", "references", "on_delete",
    "check", "renamed_from", "indexes", "checks", "row", "fields", "values", "params", "returns", "mode",
    "permission", "route", "status", "payload", "initial", "transitions", "column", "nullable", "items",
    "id", "shop", "a.b", "Name", "x:y",
];

/// Scalars that mean something to the validator, plus arbitrary text.
fn scalar() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        prop::sample::select(vec![
            "text", "integer?", "list<text>", "Order", "list<", "now", "public", "read", "write", "cascade",
            "set_null", "GET /x/{id}", "POST /a", "items.id", "do", "shop", "*", "x:*", "NOT_FOUND", "",
        ])
        .prop_map(|text| serde_json::Value::String(text.to_string())),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<bool>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
        "[a-zA-Z_:.{}<>?/ ]{0,12}".prop_map(serde_json::Value::String),
    ]
}

fn document() -> impl Strategy<Value = serde_json::Value> {
    scalar().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|entries| {
                serde_json::Value::Object(entries.into_iter().map(|(key, value)| (key.to_string(), value)).collect())
            }),
        ]
    })
}

/// Loads and validates `text` as `shop.yaml`; only the absence of a panic matters.
fn run(text: &str) {
    if let Ok(spec) = load::parse_spec(Path::new("shop.yaml"), text) {
        let _ = validate::validate(&[spec]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn structured_documents_never_panic(mut value in document()) {
        // Most cases name the object after the file, so validation goes past the first check.
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("object".into(), "shop".into());
        }
        // JSON text is valid YAML 1.2.
        run(&serde_json::to_string_pretty(&value).unwrap_or_default());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        run(&text);
    }

    #[test]
    fn yaml_like_text_never_panics(lines in prop::collection::vec("[ ]{0,6}[a-z_]{1,8}:( [a-z&*|>!{}\\[\\],'\"-]{0,10})?", 0..20)) {
        run(&lines.join("\n"));
    }
}
