//! Templates: the built-in set compiled into the binary, overridden file by file from `--templates DIR`.

use std::path::Path;

use minijinja::Environment;

use crate::generate::GenerateError;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/templates.rs"));
}

/// Builds the template environment. A file in `overrides` replaces the built-in template with the
/// same relative path (`ts/client.ts.j2`); other files there are added as new templates.
pub fn environment(overrides: Option<&Path>) -> Result<Environment<'static>, GenerateError> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|error| GenerateError::Template { name: "(syntax)".into(), message: error.to_string() })?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);

    let mut sources: Vec<(String, String)> =
        builtin::BUILTIN.iter().map(|(name, text)| (name.to_string(), text.to_string())).collect();

    if let Some(dir) = overrides {
        let mut user = Vec::new();
        collect(dir, dir, &mut user)?;
        for (name, text) in user {
            match sources.iter_mut().find(|(existing, _)| *existing == name) {
                Some(entry) => entry.1 = text,
                None => sources.push((name, text)),
            }
        }
    }

    for (name, text) in sources {
        env.add_template_owned(name.clone(), text)
            .map_err(|error| GenerateError::Template { name, message: error.to_string() })?;
    }
    Ok(env)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> Result<(), GenerateError> {
    let entries = std::fs::read_dir(dir).map_err(|error| GenerateError::io(dir, error))?;
    for entry in entries {
        let path = entry.map_err(|error| GenerateError::io(dir, error))?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
            continue;
        }
        let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(&path).map_err(|error| GenerateError::io(&path, error))?;
        out.push((name, text));
    }
    Ok(())
}
