//! The generated TypeScript clients from Node against the real `server` binary: tests/node's `tsc
//! --strict` compiles examples/counter/generated/ts, generated/ts/do.ts and the program
//! tests/ts/client_e2e.ts to ES2022 modules, and Node runs the result against the server. The
//! program makes typed calls, checks `DotdoError` codes, statuses and details, and subscribes to
//! events over WebSocket through the `ws` package.

mod support;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use support::Binary;

/// Compiler settings for the test program and the generated modules, beyond `--strict`.
const TSCONFIG: &str = r#"{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "lib": ["ES2022"],
    "types": ["node"],
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "noImplicitOverride": true,
    "skipLibCheck": true,
    "rootDir": ".",
    "outDir": "out"
  },
  "include": ["*.ts", "counter/*.ts", "do/*.ts"]
}
"#;

/// How long Node may run the program before the test fails.
const NODE_TIMEOUT: Duration = Duration::from_secs(60);

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the server crate is inside the workspace")
        .to_path_buf()
}

fn node_modules() -> PathBuf {
    let node_modules = workspace().join("tests/node/node_modules");
    for needed in [
        ".bin/tsc",
        "ws/package.json",
        "@types/ws/index.d.ts",
        "@types/node/package.json",
    ] {
        let path = node_modules.join(needed);
        assert!(
            path.exists(),
            "{} is missing: run `npm ci` in tests/node",
            path.display()
        );
    }
    node_modules
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().expect("a file has a parent")).expect("create folder");
    std::fs::copy(from, to)
        .unwrap_or_else(|error| panic!("copy {} to {}: {error}", from.display(), to.display()));
}

fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Compiles the program once for every test and returns the path of the emitted `client_e2e.js`.
fn compiled_program() -> &'static Path {
    static COMPILED: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, program) = COMPILED.get_or_init(|| {
        let node_modules = node_modules();
        let dir = tempfile::tempdir().expect("create temp dir");
        let root = dir.path();
        let workspace = workspace();

        let counter_ts = workspace.join("examples/counter/generated/ts");
        for file in ["client.ts", "counter.ts", "index.ts"] {
            copy(&counter_ts.join(file), &root.join("counter").join(file));
        }
        let do_ts = workspace.join("generated/ts");
        for file in ["client.ts", "do.ts"] {
            copy(&do_ts.join(file), &root.join("do").join(file));
        }
        copy(
            &workspace.join("server/tests/ts/client_e2e.ts"),
            &root.join("client_e2e.ts"),
        );
        std::fs::write(root.join("tsconfig.json"), TSCONFIG).expect("write tsconfig");
        std::fs::write(root.join("package.json"), "{ \"type\": \"module\" }\n")
            .expect("write package.json");
        // Both tsc (for the `ws` and Node types) and Node (for `ws`) look for node_modules upwards.
        std::os::unix::fs::symlink(&node_modules, root.join("node_modules"))
            .expect("link node_modules");

        let output = Command::new(node_modules.join(".bin/tsc"))
            .arg("-p")
            .arg(root.join("tsconfig.json"))
            .arg("--strict")
            .current_dir(root)
            .output()
            .expect("run tsc");
        assert!(
            output.status.success(),
            "tsc --strict failed:\n{}",
            printed(&output)
        );

        let program = root.join("out/client_e2e.js");
        assert!(program.is_file(), "tsc did not emit {}", program.display());
        (dir, program)
    });
    program
}

/// Runs the compiled program with `args` and returns its output, failing after [`NODE_TIMEOUT`].
fn run_node(args: &[&str]) -> Output {
    let program = compiled_program();
    let mut child = Command::new("node")
        .arg(program)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`node` is on the PATH");

    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let stdout_reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stdout.read_to_end(&mut text);
        text
    });
    let stderr_reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = stderr.read_to_end(&mut text);
        text
    });

    let deadline = Instant::now() + NODE_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for node") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let stdout = stdout_reader.join().unwrap_or_default();
            panic!(
                "node ran longer than {NODE_TIMEOUT:?}; its output:\n{}",
                String::from_utf8_lossy(&stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout_reader.join().unwrap_or_default(),
        stderr: stderr_reader.join().unwrap_or_default(),
    }
}

fn assert_passed(output: &Output, server: &Binary) {
    assert!(
        output.status.success(),
        "the TypeScript client checks failed ({}):\n{}\nserver log:\n{}",
        output.status,
        printed(output),
        server.log()
    );
    assert!(
        printed(output).contains("typescript client checks passed"),
        "the program exited 0 without finishing:\n{}",
        printed(output)
    );
}

#[test]
fn calls_errors_and_subscription() {
    let dir = tempfile::tempdir().unwrap();
    let server = Binary::start(dir.path(), &[]);
    let output = run_node(&[&server.url(""), "ts-client", "dev"]);
    assert_passed(&output, &server);
    for check in [
        "ok: increment, get and history return typed results",
        "ok: a wrong parameter type is a DotdoError VALIDATION_ERROR naming the field",
        "ok: declared and built-in error codes arrive as DotdoError",
        "ok: $subscribe from 0 replays stored events, then delivers new ones",
        "ok: $subscribe from 2 resumes at seq 3",
    ] {
        assert!(
            printed(&output).contains(check),
            "`{check}` is missing from:\n{}",
            printed(&output)
        );
    }
    assert_eq!(server.terminate(), Some(0));
}

#[test]
fn bearer_token_from_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("server.toml");
    let config_text =
        "[[tokens]]\ntoken = \"ts-token\"\nsubject = \"user:ts\"\ngrants = [\"counter:*\"]\n";
    std::fs::write(&config, config_text).expect("write config");
    let config_arg = config.to_string_lossy().into_owned();
    let server = Binary::start(&dir.path().join("data"), &["--config", &config_arg]);

    let output = run_node(&[&server.url(""), "ts-auth", "auth", "ts-token"]);
    assert_passed(&output, &server);
    for check in [
        "ok: no token and an invalid token are DotdoError UNAUTHENTICATED 401",
        "ok: the token option authorizes calls, as a string or a function",
        "ok: a token without the method's grant is DotdoError FORBIDDEN 403",
    ] {
        assert!(
            printed(&output).contains(check),
            "`{check}` is missing from:\n{}",
            printed(&output)
        );
    }
    assert_eq!(server.terminate(), Some(0));
}

#[test]
fn failed_check_exits_1() {
    // The program must fail when the server is not there, or its checks could never fail.
    let output = run_node(&["http://127.0.0.1:9", "nobody", "dev"]);
    assert_eq!(output.status.code(), Some(1), "{}", printed(&output));
}
