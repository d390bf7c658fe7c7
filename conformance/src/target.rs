//! [`Target`]: one running host of either [`Kind`], reached through its base URL, with its data in
//! a temporary directory that lives as long as the target (restarts included).

use std::net::SocketAddr;

use tempfile::TempDir;

use crate::native::NativeServer;
use crate::workerd::Workerd;

/// The host a case runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The `server` crate, in the test process, with SQLite files in a data directory.
    Native,
    /// workerd serving `worker/build`, with Durable Object SQLite storage on disk.
    Workerd,
}

enum Process {
    Native(NativeServer),
    Workerd(Workerd),
}

/// A running host.
pub struct Target {
    kind: Kind,
    config: Option<String>,
    dir: TempDir,
    process: Process,
}

impl Target {
    /// Starts a host in development mode: no config, anonymous callers have every grant, and
    /// only loopback clients are served.
    pub async fn start(kind: Kind) -> Target {
        Target::start_with_config(kind, None).await
    }

    /// Starts a host with `config`, the native server's TOML config, when given: the `--config`
    /// file natively, the `DOTDO_CONFIG` variable in workerd.
    pub async fn start_with_config(kind: Kind, config: Option<&str>) -> Target {
        let dir = tempfile::tempdir().expect("create a temporary directory");
        let process = start_process(kind, &dir, config).await;
        Target {
            kind,
            config: config.map(str::to_string),
            dir,
            process,
        }
    }

    /// Returns the kind of host.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Returns the address the host listens on.
    pub fn addr(&self) -> SocketAddr {
        match &self.process {
            Process::Native(server) => server.addr,
            Process::Workerd(workerd) => workerd.addr,
        }
    }

    /// Returns `http://127.0.0.1:PORT` followed by `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr())
    }

    /// Returns `ws://127.0.0.1:PORT` followed by `path`.
    pub fn ws_url(&self, path: &str) -> String {
        format!("ws://{}{path}", self.addr())
    }

    /// The host's log, where the harness captures one: workerd's stderr. `None` natively, where
    /// the in-process server logs through `tracing` without a subscriber.
    pub fn log(&self) -> Option<String> {
        match &self.process {
            Process::Native(_) => None,
            Process::Workerd(workerd) => Some(workerd.log()),
        }
    }

    /// Stops the host and starts it again on the same data and config. The native server stops
    /// gracefully (server/tests/crash.rs covers SIGKILL there); workerd is killed with SIGKILL, so
    /// everything a call acknowledged must survive a kill.
    pub async fn restart(self) -> Target {
        let Target {
            kind,
            config,
            dir,
            process,
        } = self;
        match process {
            Process::Native(server) => server.stop().await,
            Process::Workerd(workerd) => drop(workerd),
        }
        let process = start_process(kind, &dir, config.as_deref()).await;
        Target {
            kind,
            config,
            dir,
            process,
        }
    }

    /// Stops the host; the native server stops gracefully and must close cleanly.
    pub async fn stop(self) {
        match self.process {
            Process::Native(server) => server.stop().await,
            Process::Workerd(workerd) => drop(workerd),
        }
    }
}

async fn start_process(kind: Kind, dir: &TempDir, config: Option<&str>) -> Process {
    match kind {
        Kind::Native => Process::Native(NativeServer::start(&dir.path().join("data"), config).await),
        Kind::Workerd => {
            let storage = dir.path().join("storage");
            let config = config.map(str::to_string);
            let workerd = tokio::task::spawn_blocking(move || Workerd::start(&storage, config.as_deref()))
                .await
                .expect("start workerd");
            Process::Workerd(workerd)
        }
    }
}
