//! Spec descriptions as the lines of a Rust doc comment.
//!
//! Rustdoc compiles unmarked code blocks as doctests, so a description must never become one:
//! leading indentation is dropped (an indented line would be a code block) and a fence without
//! a language is marked `text`.

/// Splits a description into doc-comment lines, without the `///` prefix.
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_fence = false;

    for raw in text.trim().lines() {
        // A bare carriage return is not allowed inside a doc comment.
        let line = raw.replace('\r', " ");
        let line = line.trim();

        let is_fence = line.starts_with("```");
        if is_fence && !in_fence && line.trim_start_matches('`').is_empty() {
            lines.push("```text".to_string());
        } else {
            lines.push(line.to_string());
        }
        if is_fence {
            in_fence = !in_fence;
        }
    }
    lines
}

/// Joins paragraphs into doc lines, with an empty line between non-empty ones.
pub fn paragraphs(parts: &[&str]) -> Vec<String> {
    let mut lines = Vec::new();
    for part in parts {
        let part_lines = doc_lines(part);
        if part_lines.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(part_lines);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_trimmed() {
        assert_eq!(doc_lines("  First line.\n    indented\r\n"), vec!["First line.", "indented"]);
    }

    #[test]
    fn bare_fence_marked_text() {
        let lines = doc_lines("Example:\n```\nlet x = 1;\n```\n```rust\nok\n```");
        assert_eq!(lines, vec!["Example:", "```text", "let x = 1;", "```", "```rust", "ok", "```"]);
    }

    #[test]
    fn paragraphs_skip_empty() {
        assert_eq!(paragraphs(&["One.", "", "Two."]), vec!["One.", "", "Two."]);
    }
}
