//! Mermaid escaping: entity names, attribute words, state ids and quoted labels.
//!
//! The rules follow the lexers of mermaid 11 (the version tests/node pins), whose keywords are
//! case-insensitive. Every diagram the docs emit is parsed by that version in the tests.

use std::collections::BTreeSet;

/// Words the stateDiagram lexer reads as keywords, so they cannot be bare state ids.
const STATE_KEYWORDS: &[&str] = &[
    "accdescr", "acctitle", "as", "choice", "class", "classdef", "click", "default", "direction", "end", "fork",
    "hide", "join", "note", "state",
];

/// Words the erDiagram lexer reads as attribute keys wherever they stand in an attribute line.
const ER_ATTRIBUTE_KEYS: &[&str] = &["pk", "fk", "uk"];

/// Escapes text for a double-quoted Mermaid label with entity codes: `"` cannot be written
/// inside the quotes, and `#`, `<` and `>` would start an entity code or an HTML tag.
pub fn label(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    for c in flat.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            other => out.push(other),
        }
    }
    out
}

/// Writes a table name as an ER diagram entity in upper snake case. The name is quoted because
/// words such as `END`, `ONE`, `TO` and `CLASS` are erDiagram keywords when bare.
pub fn entity(table: &str) -> String {
    format!("\"{}\"", table.to_uppercase().replace('"', ""))
}

/// Writes a column name or type as one erDiagram attribute word. Bare `pk`, `fk` and `uk` in
/// any case are key markers, so they are written in backticks.
pub fn attribute_word(word: &str) -> String {
    if ER_ATTRIBUTE_KEYS.contains(&word.to_lowercase().as_str()) {
        format!("`{word}`")
    } else {
        word.to_string()
    }
}

/// Returns whether `name` can stand bare as a stateDiagram state id.
pub fn is_plain_state(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_well = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_');
    starts_well
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !STATE_KEYWORDS.contains(&name.to_lowercase().as_str())
}

/// Hands out ids that are unique within one diagram.
#[derive(Debug, Default)]
pub struct Ids {
    taken: BTreeSet<String>,
}

impl Ids {
    /// Reserves `id` as it is; returns false when it was already taken.
    pub fn reserve(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_string())
    }

    /// Returns `stem` or, when it is taken, `stem_2`, `stem_3`... and reserves it.
    pub fn fresh(&mut self, stem: &str) -> String {
        let mut candidate = stem.to_string();
        let mut counter = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{stem}_{counter}");
            counter += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_escapes_quotes_and_codes() {
        assert_eq!(label("say \"hi\"\n<b>#1"), "say #quot;hi#quot; #lt;b#gt;#35;1");
    }

    #[test]
    fn entity_is_quoted_upper_snake() {
        assert_eq!(entity("order_lines"), "\"ORDER_LINES\"");
    }

    #[test]
    fn attribute_keys_in_backticks() {
        assert_eq!(attribute_word("pk"), "`pk`");
        assert_eq!(attribute_word("Uk"), "`Uk`");
        assert_eq!(attribute_word("pk_id"), "pk_id");
    }

    #[test]
    fn state_keywords_not_plain() {
        assert!(is_plain_state("draft"));
        assert!(!is_plain_state("note"));
        assert!(!is_plain_state("State"));
        assert!(!is_plain_state("in progress"));
    }

    #[test]
    fn fresh_ids_unique() {
        let mut ids = Ids::default();
        assert!(ids.reserve("note_state"));
        assert_eq!(ids.fresh("note_state"), "note_state_2");
        assert_eq!(ids.fresh("note_state"), "note_state_3");
    }
}
