//! The native target: the `server` crate's HTTP server, started inside the test process on
//! 127.0.0.1 with an ephemeral port, with the same classes as the `server` binary (`do`,
//! `counter` and `probe`).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use clap::Parser;
use server::cli::Args;
use server::{Registry, Server, Settings};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A server running inside the test process.
pub struct NativeServer {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), String>>>,
}

impl NativeServer {
    /// Starts a server on `data_dir`; with `config`, writes it next to the data directory and
    /// passes it as `--config`, otherwise the server runs in development mode.
    pub async fn start(data_dir: &Path, config: Option<&str>) -> NativeServer {
        let mut argv: Vec<String> = ["server", "--listen", "127.0.0.1:0", "--data-dir"]
            .map(String::from)
            .to_vec();
        argv.push(data_dir.to_string_lossy().into_owned());
        if let Some(config) = config {
            let config_path: PathBuf = data_dir.with_extension("toml");
            std::fs::write(&config_path, config).expect("write the config file");
            argv.push("--config".to_string());
            argv.push(config_path.to_string_lossy().into_owned());
        }

        let settings = Settings::from_args(&Args::parse_from(argv)).expect("valid settings");
        let registry = Registry::new()
            .register::<objects::Do>()
            .register::<counter_example::Counter>()
            .register::<probe::Probe>();
        let server = Server::bind(registry, settings).await.expect("the server binds");
        let addr = server.local_addr();

        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(server.run(async move {
            let _ = stopped.await;
        }));
        NativeServer {
            addr,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Stops the server gracefully and waits until every database is closed.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("the server stops cleanly");
        }
    }
}
