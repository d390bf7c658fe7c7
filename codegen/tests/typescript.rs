//! The TypeScript emitter: snapshots of the fixture's modules, the real TypeScript compiler
//! (tests/node's `tsc --strict --noEmit`) on the fixture and on specs/, and the compiled
//! runtime run in Node against a fake fetch and WebSocket.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use codegen::emit::typescript;
use codegen::generate::{GenerateError, Generator, Outputs};

/// The compiler settings the generated modules must pass, beyond `--strict`.
const TSCONFIG: &str = r#"{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "lib": ["ES2022", "DOM"],
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "noImplicitOverride": true,
    "noUnusedLocals": true,
    "noFallthroughCasesInSwitch": true,
    "skipLibCheck": true,
    "types": [],
    "rootDir": "."
  },
  "include": ["ts/**/*.ts", "*.ts"]
}
"#;

fn fixture_dir() -> PathBuf {
    support::workspace().join("codegen/tests/fixtures/full")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dotdo-typescript-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Runs only the TypeScript emitter on a spec folder.
fn emit(specs: &Path) -> Result<Outputs, GenerateError> {
    let generator = Generator::new(specs, temp_dir("unused-out"));
    let project = generator.project()?;
    let context = generator.context()?;
    let mut outputs = Outputs::default();
    typescript::emit(&project, &context, &mut outputs)?;
    Ok(outputs)
}

fn emit_ok(specs: &Path) -> Outputs {
    emit(specs).unwrap_or_else(|error| panic!("the TypeScript emitter failed on {}:\n{error}", specs.display()))
}

/// Writes the generated `ts/` files, a tsconfig and the given extra files into `dir`.
fn write_project(dir: &Path, outputs: &Outputs, extra: &[(&str, &str)]) {
    for (path, contents) in outputs.iter() {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().expect("a file has a parent")).expect("create folder");
        std::fs::write(&target, contents).expect("write generated file");
    }
    std::fs::write(dir.join("tsconfig.json"), TSCONFIG).expect("write tsconfig");
    for (name, contents) in extra {
        std::fs::write(dir.join(name), contents).expect("write extra file");
    }
}

/// Runs tests/node's `tsc` on the project in `dir` with `args`.
fn tsc(dir: &Path, args: &[&str]) -> Output {
    let tsc = support::node_dir().join("node_modules/.bin/tsc");
    assert!(tsc.is_file(), "{} is missing: run `npm ci` in tests/node", tsc.display());
    Command::new(&tsc)
        .arg("-p")
        .arg(dir.join("tsconfig.json"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run tsc")
}

fn printed(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn assert_compiles(dir: &Path) {
    let output = tsc(dir, &["--strict", "--noEmit"]);
    assert!(output.status.success(), "tsc --strict --noEmit failed in {}:\n{}", dir.display(), printed(&output));
}

#[test]
fn fixture_modules_match_snapshots() {
    let outputs = emit_ok(&fixture_dir());
    let names: Vec<String> = outputs.iter().map(|(path, _)| path.display().to_string()).collect();
    assert_eq!(names, ["ts/base.ts", "ts/client.ts", "ts/index.ts", "ts/shop.ts"]);
    for (path, contents) in outputs.iter() {
        let name = path.file_name().expect("file name").to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("fixture_{name}"), contents);
    }
}

#[test]
fn fixture_output_is_deterministic() {
    let first = emit_ok(&fixture_dir());
    let second = emit_ok(&fixture_dir());
    assert_eq!(first, second);
}

#[test]
fn fixture_compiles_with_tsc() {
    let dir = temp_dir("fixture");
    let usage = include_str!("typescript/usage.ts");
    write_project(&dir, &emit_ok(&fixture_dir()), &[("usage.ts", usage)]);
    assert_compiles(&dir);
}

#[test]
fn wrong_param_type_fails_tsc() {
    let dir = temp_dir("wrong-param");
    let wrong = include_str!("typescript/wrong_param.ts");
    write_project(&dir, &emit_ok(&fixture_dir()), &[("wrong_param.ts", wrong)]);
    let output = tsc(&dir, &["--strict", "--noEmit"]);
    let text = printed(&output);
    assert!(!output.status.success(), "tsc accepted a string for an integer parameter:\n{text}");
    assert!(text.contains("wrong_param.ts(6,"), "the error is not on the wrong call:\n{text}");
    assert!(text.contains("TS2322"), "the error is not a type mismatch:\n{text}");
}

#[test]
fn runtime_calls_and_subscribes_in_node() {
    let dir = temp_dir("runtime");
    let script = include_str!("typescript/runtime.mjs");
    write_project(&dir, &emit_ok(&fixture_dir()), &[("package.json", "{ \"type\": \"module\" }\n")]);
    std::fs::write(dir.join("runtime.mjs"), script).expect("write runtime script");

    let compiled = tsc(&dir, &["--outDir", "out"]);
    assert!(compiled.status.success(), "tsc failed to emit JavaScript:\n{}", printed(&compiled));

    let output = Command::new("node").arg("runtime.mjs").current_dir(&dir).output().expect("`node` is on the PATH");
    assert!(output.status.success(), "the runtime checks failed:\n{}", printed(&output));
    assert!(printed(&output).contains("runtime checks passed"));
}

#[test]
fn reserved_object_names_compile() {
    let specs = temp_dir("reserved-specs");
    let methods = "methods:\n  get:\n    mode: read\n    permission: public\n    params:\n      delete: boolean?\n    returns: text\n";
    std::fs::write(specs.join("do.yaml"), format!("object: do\ndescription: The base.\n{methods}")).expect("write spec");
    std::fs::write(specs.join("function.yaml"), "object: function\nextends: do\n").expect("write spec");

    let outputs = emit_ok(&specs);
    let index = outputs.get("ts/index.ts").expect("index.ts");
    assert!(index.contains("export * as do_ from \"./do.js\";"), "{index}");
    assert!(index.contains("export * as function_ from \"./function.js\";"), "{index}");
    assert!(index.contains("export { FunctionClient } from \"./function.js\";"), "{index}");
    assert!(outputs.get("ts/do.ts").is_some_and(|module| module.contains("export class DoClient")));

    let dir = temp_dir("reserved");
    let usage = "import { do_, DoClient } from \"./ts/index.js\";\n\
                 export async function get(client: DoClient): Promise<string> {\n\
                 \x20 const params: do_.GetParams = { delete: true };\n\
                 \x20 return await client.get(params);\n\
                 }\n";
    write_project(&dir, &outputs, &[("usage.ts", usage)]);
    assert_compiles(&dir);
}

#[test]
fn generated_name_clash_is_reported() {
    let specs = temp_dir("clash-specs");
    let spec = "object: shop\ntypes:\n  PlaceOrderParams:\n    values: [a, b]\nmethods:\n  place_order:\n    permission: public\n";
    std::fs::write(specs.join("shop.yaml"), spec).expect("write spec");
    let error = emit(&specs).expect_err("a type named like a generated one was accepted").to_string();
    assert!(error.contains("would declare `PlaceOrderParams` twice"), "{error}");
    assert!(error.contains("methods.place_order"), "{error}");
}

#[test]
fn runtime_module_name_is_rejected() {
    let specs = temp_dir("client-specs");
    std::fs::write(specs.join("client.yaml"), "object: client\n").expect("write spec");
    let error = emit(&specs).expect_err("an object named `client` was accepted").to_string();
    assert!(error.contains("object name `client` is reserved: the TypeScript output has a module of that name"), "{error}");
}

#[test]
fn specs_compile_with_tsc() {
    let specs = support::workspace().join("specs");
    assert!(!support::yaml_files(&specs).is_empty(), "{} holds no spec files", specs.display());
    let dir = temp_dir("specs");
    write_project(&dir, &emit_ok(&specs), &[]);
    assert_compiles(&dir);
}
