//! `codegen new <name>`: a starting spec for a new object.

use std::path::{Path, PathBuf};

use crate::generate::{templates, GenerateError};
use crate::names::{is_snake_case, pascal_case, reserved_snake};

/// Writes `<specs_dir>/<name>.yaml` from the `spec/new.yaml.j2` template; never overwrites a file.
/// The new spec extends the base object `do` when the folder has `do.yaml`, and is a
/// stand-alone object otherwise, so it validates either way.
pub fn new_spec(specs_dir: &Path, name: &str) -> Result<PathBuf, GenerateError> {
    let invalid = |message: String| GenerateError::Io { path: specs_dir.join(format!("{name}.yaml")), message };
    if !is_snake_case(name) {
        return Err(invalid(format!(
            "invalid object name `{name}`: use snake_case, such as `invoice` or `support_desk`"
        )));
    }
    if let Some(reason) = reserved_snake(name) {
        return Err(invalid(format!("object name `{name}` is reserved: {reason}")));
    }

    let path = specs_dir.join(format!("{name}.yaml"));
    if path.exists() {
        return Err(invalid("the file already exists; edit it, or choose another name".to_string()));
    }

    let env = templates::environment(None)?;
    let template = env.get_template("spec/new.yaml.j2").map_err(|error| GenerateError::render("spec/new.yaml.j2", error))?;
    let text = template
        .render(minijinja::context! {
            object => name,
            class => pascal_case(name),
            extends_do => specs_dir.join("do.yaml").is_file(),
        })
        .map_err(|error| GenerateError::render("spec/new.yaml.j2", error))?;

    std::fs::create_dir_all(specs_dir).map_err(|error| GenerateError::io(specs_dir, error))?;
    std::fs::write(&path, text).map_err(|error| GenerateError::io(&path, error))?;
    Ok(path)
}
