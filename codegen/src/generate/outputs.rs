//! The set of generated files, and writing or comparing it against the output folder.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use similar::TextDiff;

use crate::generate::GenerateError;

/// Generated files by path relative to the output folder. Sorted, so runs are deterministic.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outputs {
    files: BTreeMap<PathBuf, String>,
}

/// The result of writing one output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    Written,
    Unchanged,
    Removed,
}

impl Outputs {
    /// Adds a file; adding the same path twice is a bug in an emitter.
    pub fn add(&mut self, path: impl Into<PathBuf>, contents: impl Into<String>) {
        let path = path.into();
        let previous = self.files.insert(path.clone(), contents.into());
        debug_assert!(previous.is_none(), "two emitters wrote {}", path.display());
    }

    /// Adds every file of `other`.
    pub fn extend(&mut self, other: Outputs) {
        for (path, contents) in other.files {
            self.add(path, contents);
        }
    }

    pub fn get(&self, path: impl AsRef<Path>) -> Option<&str> {
        self.files.get(path.as_ref()).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PathBuf, &String)> {
        self.files.iter()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Writes every file whose contents differ, and removes files under `owned` folders that
    /// are no longer generated. Returns each path with what happened to it.
    pub fn write(&self, out_dir: &Path, owned: &[&str]) -> Result<Vec<(PathBuf, FileStatus)>, GenerateError> {
        let mut report = Vec::new();
        for (relative, contents) in &self.files {
            let path = out_dir.join(relative);
            let current = std::fs::read_to_string(&path).ok();
            if current.as_deref() == Some(contents.as_str()) {
                report.push((relative.clone(), FileStatus::Unchanged));
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|error| GenerateError::io(parent, error))?;
            }
            std::fs::write(&path, contents).map_err(|error| GenerateError::io(&path, error))?;
            report.push((relative.clone(), FileStatus::Written));
        }
        for relative in self.stale(out_dir, owned) {
            let path = out_dir.join(&relative);
            std::fs::remove_file(&path).map_err(|error| GenerateError::io(&path, error))?;
            report.push((relative, FileStatus::Removed));
        }
        Ok(report)
    }

    /// Returns a unified diff of every difference between these outputs and `out_dir`, or
    /// `None` when the folder is current.
    pub fn diff(&self, out_dir: &Path, owned: &[&str]) -> Option<String> {
        let mut text = String::new();
        for (relative, contents) in &self.files {
            let current = std::fs::read_to_string(out_dir.join(relative)).unwrap_or_default();
            if current != *contents {
                let name = relative.display().to_string();
                let diff = TextDiff::from_lines(&current, contents);
                let _ = write!(text, "{}", diff.unified_diff().header(&format!("a/{name}"), &format!("b/{name}")));
            }
        }
        for relative in self.stale(out_dir, owned) {
            let _ = writeln!(text, "--- a/{}\n+++ /dev/null\n(file is no longer generated)", relative.display());
        }
        (!text.is_empty()).then_some(text)
    }

    /// Files under the `owned` folders of `out_dir` that these outputs do not contain.
    fn stale(&self, out_dir: &Path, owned: &[&str]) -> Vec<PathBuf> {
        let mut stale = Vec::new();
        for folder in owned {
            let mut found = Vec::new();
            list_files(&out_dir.join(folder), &mut found);
            for path in found {
                let relative = path.strip_prefix(out_dir).unwrap_or(&path).to_path_buf();
                if !self.files.contains_key(&relative) {
                    stale.push(relative);
                }
            }
        }
        stale.sort();
        stale
    }
}

fn list_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            list_files(&path, out);
        } else {
            out.push(path);
        }
    }
}
