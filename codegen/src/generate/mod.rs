//! The generator: loads and validates specs, runs every emitter, and writes or checks the outputs.
//!
//! This is the library entry point; `cargo run -p codegen` and a user's `build.rs` both use it.

mod outputs;
pub mod templates;

use std::path::{Path, PathBuf};

pub use outputs::{FileStatus, Outputs};

use crate::diagnostic::Diagnostics;
use crate::model::Project;
use crate::{emit, load, validate};

/// Folders under the output folder whose files are all generated, so files no longer produced
/// there are removed. Migrations are history and never removed.
pub const OWNED_FOLDERS: &[&str] = &["src", "ts", "docs", "schema", "workers"];

/// Everything that can stop a generator run.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("{0}")]
    Spec(Diagnostics),
    #[error("template `{name}` is invalid: {message}")]
    Template { name: String, message: String },
    #[error("rendering template `{name}` failed: {message}")]
    Render { name: String, message: String },
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    #[error("generated Rust for `{path}` does not parse: {message}\n  help: a template produced invalid Rust; check any template you override under --templates")]
    RustSyntax { path: PathBuf, message: String },
}

impl GenerateError {
    pub fn io(path: &Path, error: std::io::Error) -> Self {
        GenerateError::Io { path: path.to_path_buf(), message: error.to_string() }
    }

    pub fn render(name: &str, error: minijinja::Error) -> Self {
        let mut message = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            message.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        GenerateError::Render { name: name.to_string(), message }
    }
}

impl From<Diagnostics> for GenerateError {
    fn from(diagnostics: Diagnostics) -> Self {
        GenerateError::Spec(diagnostics)
    }
}

/// The inputs every emitter receives besides the model.
pub struct EmitContext {
    pub templates: minijinja::Environment<'static>,
    /// The output folder, read for the committed migration snapshots.
    pub out_dir: PathBuf,
    /// The spec folder, read for `workers.toml`; `None` for in-memory projects.
    pub specs_dir: Option<PathBuf>,
    /// Allows destructive migrations for every object (`--allow-destructive`).
    pub allow_destructive: bool,
}

impl EmitContext {
    /// Renders a template with a serializable context.
    pub fn render<S: serde::Serialize>(&self, name: &str, context: S) -> Result<String, GenerateError> {
        let template = self.templates.get_template(name).map_err(|error| GenerateError::render(name, error))?;
        template.render(minijinja::value::Serde(context)).map_err(|error| GenerateError::render(name, error))
    }
}

/// Settings of a generator run, in the style of a builder.
///
/// ```no_run
/// // build.rs
/// codegen::Generator::new("specs", "generated").write().expect("specs are valid");
/// ```
#[derive(Debug, Clone)]
pub struct Generator {
    specs_dir: PathBuf,
    out_dir: PathBuf,
    templates_dir: Option<PathBuf>,
    allow_destructive: bool,
}

impl Generator {
    pub fn new(specs_dir: impl Into<PathBuf>, out_dir: impl Into<PathBuf>) -> Self {
        Generator { specs_dir: specs_dir.into(), out_dir: out_dir.into(), templates_dir: None, allow_destructive: false }
    }

    /// Overrides built-in templates with the files of `dir`.
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Self {
        self.templates_dir = Some(dir.into());
        self
    }

    /// Lets the migration planner drop tables and columns and narrow types.
    pub fn allow_destructive(mut self, allow: bool) -> Self {
        self.allow_destructive = allow;
        self
    }

    pub fn out_dir(&self) -> &Path {
        &self.out_dir
    }

    /// Loads and validates the specs.
    pub fn project(&self) -> Result<Project, GenerateError> {
        let specs = load::load_dir(&self.specs_dir)?;
        Ok(validate::validate(&specs)?)
    }

    pub fn context(&self) -> Result<EmitContext, GenerateError> {
        Ok(EmitContext {
            templates: templates::environment(self.templates_dir.as_deref())?,
            out_dir: self.out_dir.clone(),
            specs_dir: Some(self.specs_dir.clone()),
            allow_destructive: self.allow_destructive,
        })
    }

    /// Runs every emitter in memory.
    pub fn render(&self) -> Result<Outputs, GenerateError> {
        let project = self.project()?;
        let context = self.context()?;
        emit::all(&project, &context)
    }

    /// Renders and writes every output that changed; returns each file with its status.
    pub fn write(&self) -> Result<Vec<(PathBuf, FileStatus)>, GenerateError> {
        self.render()?.write(&self.out_dir, OWNED_FOLDERS)
    }

    /// Renders and compares with the output folder; returns a unified diff when it is stale.
    pub fn check(&self) -> Result<Option<String>, GenerateError> {
        Ok(self.render()?.diff(&self.out_dir, OWNED_FOLDERS))
    }
}
