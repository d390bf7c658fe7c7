//! Test support: a real server on 127.0.0.1 with an ephemeral port and a temporary data
//! directory, either in this process ([`InProcess`]) or as the `server` binary ([`Binary`]). Both
//! host the same classes: the base object `do`, the example `counter` and the test object `probe`.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use serde_json::Value;
use server::cli::Args;
use probe::Probe;
use server::{Registry, Server, Settings};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A config file with a writer token, a reader token and no anonymous grants.
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

/// A server running inside the test process.
pub struct InProcess {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), String>>>,
}

impl InProcess {
    /// Starts a development-mode server (anonymous callers have every grant).
    pub async fn start(data_dir: &Path, extra_args: &[&str]) -> InProcess {
        InProcess::start_with_config(data_dir, None, extra_args).await
    }

    /// Starts a server, with the given config file text when `config` is set.
    pub async fn start_with_config(
        data_dir: &Path,
        config: Option<&str>,
        extra_args: &[&str],
    ) -> InProcess {
        let data_dir_text = data_dir.to_string_lossy().into_owned();
        let mut argv = vec![
            "server",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            data_dir_text.as_str(),
        ];
        argv.extend_from_slice(extra_args);
        let config_path = data_dir.with_extension("toml");
        let config_path_text = config_path.to_string_lossy().into_owned();
        if let Some(config) = config {
            std::fs::write(&config_path, config).expect("write config file");
            argv.extend_from_slice(&["--config", config_path_text.as_str()]);
        }

        let settings = Settings::from_args(&Args::parse_from(argv)).expect("valid settings");
        let registry = Registry::new()
            .register::<objects::Do>()
            .register::<counter_example::Counter>()
            .register::<Probe>();
        let server = Server::bind(registry, settings)
            .await
            .expect("server binds");
        let addr = server.local_addr();

        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(server.run(async move {
            let _ = stopped.await;
        }));
        InProcess {
            addr,
            data_dir: data_dir.to_path_buf(),
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Returns `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops the server gracefully and waits until every database is closed.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await
                .expect("server task")
                .expect("server stops cleanly");
        }
    }
}

/// The `server` binary running as a child process.
pub struct Binary {
    pub addr: SocketAddr,
    child: Child,
    log: Arc<Mutex<String>>,
}

impl Binary {
    /// Starts the binary on an ephemeral port and waits until it listens.
    pub fn start(data_dir: &Path, extra_args: &[&str]) -> Binary {
        let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
            .args(["--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data_dir)
            .args(extra_args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the server binary");

        let stderr = child.stderr.take().expect("stderr is piped");
        let log = Arc::new(Mutex::new(String::new()));
        let (addr_sender, addr_receiver) = std::sync::mpsc::channel();
        let log_writer = log.clone();
        std::thread::spawn(move || {
            let mut addr_sender = Some(addr_sender);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(addr) = line.split("listening addr=").nth(1) {
                    let addr = addr
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    if let Some(sender) = addr_sender.take() {
                        let _ = sender.send(addr);
                    }
                }
                log_writer.lock().unwrap().push_str(&(line + "\n"));
            }
        });

        let addr = addr_receiver
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| {
                panic!(
                    "server did not report its address; log:\n{}",
                    log.lock().unwrap()
                )
            });
        Binary {
            addr: addr.parse().expect("listening address parses"),
            child,
            log,
        }
    }

    /// Returns `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Returns the log written so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Sends SIGTERM and returns the exit code.
    pub fn terminate(mut self) -> Option<i32> {
        let pid = libc::pid_t::try_from(self.child.id()).expect("pid fits");
        // SAFETY: `kill` only sends a signal to our own child process.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        self.wait_exit()
    }

    /// Sends SIGKILL and waits for the process to end.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL the server");
        let _ = self.child.wait();
    }

    fn wait_exit(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for server") {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "server did not exit within 30 s after SIGTERM; log:\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds a plain HTTP client with no proxy lookups.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("build HTTP client")
}

/// POSTs a JSON body (or raw text) and returns the status and JSON body.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    token: Option<&str>,
) -> (u16, Value) {
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

/// Sends `verb` to a URL with an optional JSON body and returns the status and JSON body (`null`
/// for an empty body).
pub async fn request(
    client: &reqwest::Client,
    verb: reqwest::Method,
    url: &str,
    body: Option<&str>,
) -> (u16, Value) {
    let mut request = client.request(verb, url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
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

/// Sends a raw HTTP/1.1 request with the path exactly as given (no client-side normalization of
/// `..`), and returns the status and body.
pub fn raw_request(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("set timeout");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("write request");

    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read response");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split("\r\n\r\n")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    (status, body)
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

/// Returns every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}
