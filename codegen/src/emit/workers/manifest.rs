//! `workers.toml` in the spec folder: which classes the Cloudflare Worker exports.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::model::Project;
use crate::names::is_snake_case;

/// The file name, next to the specs.
pub const FILE: &str = "workers.toml";

/// The Worker's settings and class list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The Worker's name on Cloudflare.
    pub name: String,
    /// The Workers compatibility date, `YYYY-MM-DD`.
    pub compatibility_date: String,
    /// Spec objects of this folder that the Worker exports.
    #[serde(default)]
    pub objects: Vec<String>,
    /// Classes declared outside this folder that the Worker also exports.
    #[serde(default)]
    pub external: Vec<String>,
}

impl Manifest {
    /// Reads `workers.toml` from the spec folder; `None` when there is none.
    pub fn read(specs_dir: &Path, project: &Project) -> Result<Option<Manifest>, Box<Diagnostic>> {
        let path = specs_dir.join(FILE);
        let Ok(text) = std::fs::read_to_string(&path) else { return Ok(None) };
        let manifest: Manifest = toml::from_str(&text).map_err(|error| {
            Box::new(
                Diagnostic::new(&path, "", format!("invalid {FILE}: {}", error.message().trim()))
                    .with_help("see the comments of specs/workers.toml for the keys"),
            )
        })?;
        manifest.check(&path, project).map_err(Box::new)?;
        Ok(Some(manifest))
    }

    #[allow(clippy::result_large_err)]
    fn check(&self, path: &Path, project: &Project) -> Result<(), Diagnostic> {
        let date_ok = self.compatibility_date.len() == 10
            && self.compatibility_date.bytes().enumerate().all(|(index, byte)| match index {
                4 | 7 => byte == b'-',
                _ => byte.is_ascii_digit(),
            });
        if !date_ok {
            let message = format!("invalid compatibility_date `{}`", self.compatibility_date);
            return Err(Diagnostic::new(path, "compatibility_date", message).with_help("write a date as YYYY-MM-DD"));
        }
        if self.name.is_empty() || !self.name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-') {
            let message = format!("invalid Worker name `{}`", self.name);
            return Err(Diagnostic::new(path, "name", message).with_help("use letters, digits and `-`"));
        }

        let mut seen: Vec<&str> = Vec::new();
        for (index, object) in self.objects.iter().enumerate() {
            if project.object(object).is_none() {
                let known: Vec<&str> = project.objects.iter().map(|known| known.name.as_str()).collect();
                let message = format!("`{object}` is not an object of this spec folder");
                let help = format!("use one of: {}, or list a class declared elsewhere under `external`", known.join(", "));
                return Err(Diagnostic::new(path, format!("objects[{index}]"), message).with_help(help));
            }
            seen.push(object);
        }
        for (index, class) in self.external.iter().enumerate() {
            if !is_snake_case(class) {
                let message = format!("invalid class name `{class}`");
                return Err(Diagnostic::new(path, format!("external[{index}]"), message).with_help("use snake_case"));
            }
            seen.push(class);
        }
        for (index, class) in seen.iter().enumerate() {
            if seen[..index].contains(class) {
                let message = format!("class `{class}` is listed twice");
                return Err(Diagnostic::new(path, "", message).with_help("list each class once"));
            }
        }
        Ok(())
    }

    /// Returns every exported class name, in the order listed.
    pub fn classes(&self) -> Vec<&str> {
        self.objects.iter().chain(&self.external).map(String::as_str).collect()
    }
}
