//! Markdown escaping for the docs: code spans, table cells and GitHub-style heading anchors.

use std::collections::BTreeMap;

/// Writes `text` as an inline code span whose fence is longer than any backtick run inside it,
/// so a default value or check expression that contains backticks still renders as code.
pub fn code(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let padded = text.starts_with('`') || text.ends_with('`');
    if padded {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// Escapes text for one cell of a Markdown table: pipes are escaped (GitHub's table parser
/// splits on them even inside code spans) and line breaks become `<br>`.
pub fn cell(text: &str) -> String {
    let lines: Vec<&str> = text.trim().lines().map(str::trim).collect();
    lines.join("<br>").replace('|', "\\|")
}

/// Trims a description for use as a paragraph, keeping the author's line breaks.
// NOTE: descriptions are Markdown by design and are not escaped, so a description with an
// unclosed code fence swallows the rest of its page.
pub fn paragraph(text: &str) -> String {
    text.trim().to_string()
}

/// Returns the first sentence of a description on one line, for summary tables.
pub fn summary(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(". ") {
        Some(end) => flat[..=end].to_string(),
        None => flat,
    }
}

/// Assigns heading anchors the way GitHub's github-slugger does for ASCII headings: lowercase,
/// punctuation other than `-` and `_` removed, spaces turned into `-`, and `-1`, `-2`...
/// appended to repeats. Headings must be added in the order they appear on the page.
#[derive(Debug, Default)]
pub struct Anchors {
    seen: BTreeMap<String, usize>,
}

impl Anchors {
    /// Returns the anchor of the next heading with text `heading`.
    pub fn add(&mut self, heading: &str) -> String {
        let base = slug(heading);
        let mut anchor = base.clone();
        while self.seen.contains_key(&anchor) {
            let count = self.seen.entry(base.clone()).or_insert(0);
            *count += 1;
            anchor = format!("{base}-{count}");
        }
        self.seen.insert(anchor.clone(), 0);
        anchor
    }
}

fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_span_fences() {
        assert_eq!(code("text"), "`text`");
        assert_eq!(code("a `b` c"), "``a `b` c``");
        assert_eq!(code("`x`"), "`` `x` ``");
    }

    #[test]
    fn table_cell_escapes() {
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("first\n  second\n"), "first<br>second");
    }

    #[test]
    fn summary_first_sentence() {
        assert_eq!(summary("One thing.\nThen more. And more."), "One thing.");
        assert_eq!(summary("No period"), "No period");
    }

    #[test]
    fn anchors_like_github() {
        let mut anchors = Anchors::default();
        assert_eq!(anchors.add("State machines"), "state-machines");
        assert_eq!(anchors.add("order.placed"), "orderplaced");
        assert_eq!(anchors.add("place_order"), "place_order");
        assert_eq!(anchors.add("Orders"), "orders");
        assert_eq!(anchors.add("orders"), "orders-1");
        assert_eq!(anchors.add("orders"), "orders-2");
    }
}
