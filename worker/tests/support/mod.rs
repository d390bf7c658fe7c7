//! Test support: the Worker bundle built once per test binary by `worker/build.sh`, and workerd
//! (from `worker/node_modules`, installed by `npm ci` in `worker/`) serving it on a free loopback
//! port with Durable Object storage in a directory of the test's choosing.

#![allow(dead_code)]

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

/// A config with a writer token, a reader token and no anonymous grants, as in the native tests.
pub const AUTH_CONFIG: &str = r#"
[[tokens]]
token = "writer-token"
subject = "user:writer"
grants = ["probe:*"]

[[tokens]]
token = "reader-token"
subject = "user:reader"
grants = ["probe:read"]
"#;

fn worker_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `worker/build.sh` once per test binary and panics with its output if it fails.
pub fn build_bundle() {
    static BUILT: OnceLock<Result<(), String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let output = Command::new(worker_dir().join("build.sh"))
            .output()
            .map_err(|error| format!("cannot run worker/build.sh: {error}"))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "worker/build.sh failed:\n{}\n{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    });
    if let Err(message) = built {
        panic!("{message}");
    }
}

/// A workerd process serving the Worker.
pub struct Workerd {
    pub addr: SocketAddr,
    pub storage: PathBuf,
    pub start_time: Duration,
    config: Option<String>,
    child: Child,
    log_path: PathBuf,
}

impl Workerd {
    /// Builds the bundle if needed and starts workerd in development mode (no `DOTDO_CONFIG`).
    pub fn start(storage: &Path) -> Workerd {
        Workerd::start_with_config(storage, None)
    }

    /// Starts workerd with `DOTDO_CONFIG` set to `config` when given, and waits until
    /// `GET /health` answers.
    pub fn start_with_config(storage: &Path, config: Option<&str>) -> Workerd {
        build_bundle();
        let workerd = worker_dir().join("node_modules/.bin/workerd");
        assert!(
            workerd.exists(),
            "{} is missing; run `npm ci` in worker/",
            workerd.display()
        );
        std::fs::create_dir_all(storage).expect("create the storage directory");

        let addr = free_port();
        let log_path = storage.with_extension(format!("{}.log", addr.port()));
        let log = std::fs::File::create(&log_path).expect("create the workerd log");
        let mut command = Command::new(&workerd);
        command
            .current_dir(worker_dir())
            .arg("serve")
            .arg("--verbose")
            .arg("workerd.capnp")
            .arg("--socket-addr")
            .arg(format!("http={addr}"))
            .arg("--directory-path")
            .arg(format!("storage={}", storage.display()))
            .env_remove("DOTDO_CONFIG")
            .stdout(Stdio::null())
            .stderr(log);
        if let Some(config) = config {
            command.env("DOTDO_CONFIG", config);
        }

        let started = Instant::now();
        let child = command.spawn().expect("start workerd");
        let mut workerd = Workerd {
            addr,
            storage: storage.to_path_buf(),
            start_time: Duration::ZERO,
            config: config.map(str::to_string),
            child,
            log_path,
        };
        workerd.wait_ready(started);
        workerd
    }

    fn wait_ready(&mut self, started: Instant) {
        while started.elapsed() < Duration::from_secs(30) {
            if let Some(status) = self.child.try_wait().expect("poll workerd") {
                panic!("workerd exited with {status}; log:\n{}", self.log());
            }
            if std::net::TcpStream::connect(self.addr).is_ok() {
                self.start_time = started.elapsed();
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        panic!("workerd did not listen within 30 s; log:\n{}", self.log());
    }

    /// Returns `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Returns the workerd log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Kills workerd (SIGKILL, by its PID) and starts it again on the same storage.
    pub fn restart(mut self) -> Workerd {
        self.kill_child();
        let config = self.config.take();
        Workerd::start_with_config(&self.storage.clone(), config.as_deref())
    }

    fn kill_child(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Workerd {
    fn drop(&mut self) {
        self.kill_child();
    }
}

fn free_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address")
}

/// Builds a plain HTTP client with no proxy lookups.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build HTTP client")
}

/// POSTs a body and returns the status and JSON body (`null` when empty).
pub async fn post(client: &reqwest::Client, url: &str, body: &str, token: Option<&str>) -> (u16, Value) {
    let mut request = client
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request is sent");
    let status = response.status().as_u16();
    let text = response.text().await.expect("response body");
    let json = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("response is not JSON: {text}"))
    };
    (status, json)
}

/// GETs a URL and returns the status and JSON body.
pub async fn get(client: &reqwest::Client, url: &str) -> (u16, Value) {
    let response = client.get(url).send().await.expect("request is sent");
    let status = response.status().as_u16();
    let json = response.json().await.unwrap_or(Value::Null);
    (status, json)
}

/// Returns `error.code` of an error body.
pub fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("<no error code>")
}

/// Polls `check` every 50 ms until it returns true or `timeout` passes.
pub async fn eventually<F, Fut>(timeout: Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}
