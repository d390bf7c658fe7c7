//! Parsing and formatting of generated Rust: every file goes through `syn` and `prettyplease`, so
//! templates need not care about layout and a template that writes invalid Rust fails the run.

use std::path::Path;

use crate::generate::GenerateError;

/// Parses `source` as a Rust file and returns it formatted by prettyplease, with an empty line
/// between top-level items.
pub fn format_rust(path: &Path, source: &str) -> Result<String, GenerateError> {
    let file = syn::parse_file(source).map_err(|error| {
        // NOTE: no line and column: proc-macro2's `span-locations` feature would give them, but it
        // makes every parse several times slower, and this error only follows a broken template.
        let message = error.to_string();
        GenerateError::RustSyntax { path: path.to_path_buf(), message }
    })?;

    // prettyplease writes items without empty lines between them, so each item is formatted on
    // its own and the pieces are joined. Splitting the formatted text instead could break a
    // multi-line string literal. A run of `mod name;` declarations stays together.
    let mut header = file;
    let items = std::mem::take(&mut header.items);
    let mut text = String::new();
    if !header.attrs.is_empty() {
        text.push_str(&prettyplease::unparse(&header));
    }
    let mut previous_declaration = false;
    for item in items {
        let declaration = is_mod_declaration(&item);
        // Consecutive `mod` declarations stay together; every other item is set off by a blank line.
        if !(text.is_empty() || declaration && previous_declaration) {
            text.push('\n');
        }
        previous_declaration = declaration;
        let single = syn::File { shebang: None, frontmatter: None, attrs: Vec::new(), items: vec![item] };
        text.push_str(&prettyplease::unparse(&single));
    }
    Ok(text)
}

/// Matches `mod name;` without attributes, the form of a module kept in its own file.
fn is_mod_declaration(item: &syn::Item) -> bool {
    matches!(item, syn::Item::Mod(module) if module.content.is_none() && module.attrs.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_separated_by_empty_line() {
        let source = "//! Module.\npub const A: i64 = 1; pub struct B { pub x: i64 }";
        let formatted = format_rust(Path::new("src/x.rs"), source).expect("valid Rust");
        assert_eq!(formatted, "//! Module.\n\npub const A: i64 = 1;\n\npub struct B {\n    pub x: i64,\n}\n");
    }

    #[test]
    fn module_declarations_kept_together() {
        let source = "//! Crate.\npub mod a; pub mod r#do;\n/// Helpers.\npub mod wire;";
        let formatted = format_rust(Path::new("src/lib.rs"), source).expect("valid Rust");
        assert_eq!(formatted, "//! Crate.\n\npub mod a;\npub mod r#do;\n\n/// Helpers.\npub mod wire;\n");
    }

    #[test]
    fn syntax_error_names_file_and_problem() {
        let error = format_rust(Path::new("src/x.rs"), "pub struct {}").expect_err("invalid Rust");
        let text = error.to_string();
        assert!(text.contains("src/x.rs"), "{text}");
        assert!(text.contains("expected identifier"), "{text}");
    }
}
