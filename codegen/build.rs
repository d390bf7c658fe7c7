//! Embeds every file under the workspace's templates/ folder into the codegen binary, so the
//! generator runs from any directory and a user's `--templates DIR` only needs the files it overrides.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();

    let mut code = String::from("/// Built-in templates: (path relative to templates/, contents).\npub const BUILTIN: &[(&str, &str)] = &[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(&root).expect("file under templates/");
        let name = relative.to_string_lossy().replace('\\', "/");
        let absolute = file.canonicalize().expect("template path");
        writeln!(code, "    ({name:?}, include_str!({:?})),", absolute.display().to_string()).expect("write to string");
    }
    code.push_str("];\n");

    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR set by cargo")).join("templates.rs");
    std::fs::write(out, code).expect("write templates.rs");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
