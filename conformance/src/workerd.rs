//! The workerd target: the Worker bundle, built once per test binary by `worker/build.sh`, served
//! by workerd (from `worker/node_modules`, installed by `npm ci` in `worker/`) with
//! `generated/workers/workerd.capnp`, on a free loopback port, with Durable Object storage in a
//! directory of the test's choosing.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Returns the repository root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the conformance crate is inside the repository")
        .to_path_buf()
}

/// Runs `worker/build.sh` once per test binary and panics with its output if it fails.
pub fn build_bundle() {
    static BUILT: OnceLock<Result<(), String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let script = root().join("worker/build.sh");
        let output = Command::new(&script)
            .output()
            .map_err(|error| format!("cannot run {}: {error}", script.display()))?;
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
    /// Time from spawning workerd until its port accepted a connection.
    pub start_time: Duration,
    config: Option<String>,
    child: Child,
    log_path: PathBuf,
}

impl Workerd {
    /// Builds the bundle if needed, starts workerd with `DOTDO_CONFIG` set to `config` when given
    /// (development mode without it), and waits until its port accepts connections.
    pub fn start(storage: &Path, config: Option<&str>) -> Workerd {
        build_bundle();
        let workerd = root().join("worker/node_modules/.bin/workerd");
        assert!(
            workerd.exists(),
            "{} is missing; run `npm ci` in worker/ (scripts/test.sh does)",
            workerd.display()
        );
        std::fs::create_dir_all(storage).expect("create the storage directory");

        let addr = free_port();
        let log_path = storage.with_extension(format!("{}.log", addr.port()));
        let log = std::fs::File::create(&log_path).expect("create the workerd log");
        let mut command = Command::new(&workerd);
        command
            .current_dir(root())
            .arg("serve")
            .arg("--verbose")
            .arg("generated/workers/workerd.capnp")
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

    /// Returns the workerd log (its stderr) so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// Kills workerd (SIGKILL, by its PID) and starts it again on the same storage and config.
    pub fn restart(mut self) -> Workerd {
        self.kill_child();
        let config = self.config.take();
        Workerd::start(&self.storage.clone(), config.as_deref())
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

/// Returns a loopback address whose port was free a moment ago. workerd takes the port as an
/// argument, so the listener is closed before workerd binds it.
fn free_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address")
}
