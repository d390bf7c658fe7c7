//! Finding a spec file at compile time, so an unknown spec is an error at the user's tokens.

use std::path::{Path, PathBuf};

/// Where the spec was looked for, for the error message.
pub struct NotFound {
    pub searched: Vec<PathBuf>,
    pub known: Vec<String>,
}

/// Looks for `specs/<name>.yaml` in `start` and each of its parents.
pub fn find(start: &Path, name: &str) -> Result<PathBuf, NotFound> {
    let mut searched = Vec::new();
    let mut known = Vec::new();
    for dir in start.ancestors() {
        let specs = dir.join("specs");
        let candidate = specs.join(format!("{name}.yaml"));
        if candidate.is_file() {
            return Ok(candidate);
        }
        if specs.is_dir() {
            searched.push(specs.clone());
            known.extend(spec_names(&specs));
        }
    }
    known.sort();
    known.dedup();
    Err(NotFound { searched, known })
}

fn spec_names(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let is_yaml = path.extension().is_some_and(|ext| ext == "yaml");
            is_yaml.then(|| path.file_stem()?.to_str().map(str::to_string)).flatten()
        })
        .collect()
}
