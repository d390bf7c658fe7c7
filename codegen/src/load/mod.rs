//! Loading: spec files on disk -> [`SpecFile`]s with the positions of their keys.
//!
//! Loading checks only the shape of each file (YAML syntax, known keys, value types); names
//! and references are checked by `validate`.

pub mod yaml;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::spec::SpecFile;
pub use yaml::{Position, SpanIndex};

/// One spec file, parsed.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    pub file: PathBuf,
    pub spec: SpecFile,
    pub spans: SpanIndex,
}

impl LoadedSpec {
    /// Builds a diagnostic at `path` in this file, with the key's position when known.
    pub fn diagnostic(&self, path: &str, message: impl Into<String>) -> Diagnostic {
        let diagnostic = Diagnostic::new(&self.file, path, message);
        match self.spans.find(path) {
            Some(position) => diagnostic.at(position.line, position.column),
            None => diagnostic,
        }
    }
}

/// Reads every `*.yaml` and `*.yml` file directly under `dir`, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<LoadedSpec>, Diagnostics> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Diagnostic::new(dir, "", format!("cannot read the spec directory: {error}"))
            .with_help("pass the folder that holds the object specs with `--specs DIR`")
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| matches!(path.extension().and_then(|ext| ext.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();

    let mut specs = Vec::new();
    let mut diagnostics = Diagnostics::default();
    for path in paths {
        match load_file(&path) {
            Ok(spec) => specs.push(spec),
            Err(errors) => diagnostics.extend(errors),
        }
    }
    if specs.is_empty() && diagnostics.is_empty() {
        let diagnostic = Diagnostic::new(dir, "", "no spec files found")
            .with_help("add one `<object>.yaml` per object, or create one with `codegen new <name>`");
        diagnostics.push(diagnostic);
    }
    diagnostics.into_result(specs)
}

/// Reads and parses one spec file.
pub fn load_file(path: &Path) -> Result<LoadedSpec, Diagnostics> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| Diagnostic::new(path, "", format!("cannot read the spec file: {error}")))?;
    parse_spec(path, &text)
}

/// Parses spec text; `path` is only used in messages.
pub fn parse_spec(path: &Path, text: &str) -> Result<LoadedSpec, Diagnostics> {
    let (value, spans) = yaml::parse(text).map_err(|error| {
        let mut diagnostic =
            Diagnostic::new(path, error.path, error.message).at(error.position.line, error.position.column);
        diagnostic.help = error.help;
        Diagnostics::from(diagnostic)
    })?;

    if !value.is_object() {
        let diagnostic = Diagnostic::new(path, "", "a spec file must be a YAML map with at least `object:`")
            .with_help("start the file with `object: <name>`")
            .at(1, 1);
        return Err(diagnostic.into());
    }

    let spec: SpecFile = serde_path_to_error::deserialize(value).map_err(|error| {
        let key_path = error.path().to_string();
        let key_path = if key_path == "." { String::new() } else { key_path };
        let message = error.inner().to_string();
        // serde_path_to_error already ends the path with the unknown field, except at the top level.
        let key_path = match unknown_field_name(&message) {
            Some(field) if key_path.is_empty() => field.to_string(),
            _ => key_path,
        };
        let (message, help) = explain_shape_error(&message);
        let mut diagnostic = Diagnostic::new(path, key_path.clone(), message);
        if let Some(position) = spans.find(&key_path).filter(|_| !key_path.is_empty()) {
            diagnostic = diagnostic.at(position.line, position.column);
        }
        diagnostic.help = help;
        Diagnostics::from(diagnostic)
    })?;

    Ok(LoadedSpec { file: path.to_path_buf(), spec, spans })
}

/// Returns the field named by serde's "unknown field `x`, expected ..." message.
fn unknown_field_name(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

/// Adds a fix to serde's message about the shape of a value.
fn explain_shape_error(message: &str) -> (String, Option<String>) {
    let help = if message.starts_with("unknown field") {
        "check the spelling; docs/spec-language.md lists every key"
    } else if message.starts_with("missing field") {
        "add the field"
    } else if message.starts_with("unknown variant") {
        "use one of the expected values"
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        "change the value to the expected type"
    } else {
        "docs/spec-language.md shows the form of each key"
    };
    (message.to_string(), Some(help.to_string()))
}
