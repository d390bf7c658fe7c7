//! Starting and stopping the server: bind, serve until a shutdown signal, then stop accepting,
//! let in-flight requests finish, close WebSocket sessions and close every instance database.

use std::future::Future;
use std::net::SocketAddr;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::Settings;
use crate::host::Host;
use crate::http::{router, AppState};
use crate::registry::Registry;

/// A bound, not yet serving server.
pub struct Server {
    host: Host,
    listener: TcpListener,
    local_addr: SocketAddr,
}

impl Server {
    /// Starts the host and binds the listening socket.
    pub async fn bind(registry: Registry, settings: Settings) -> Result<Server, String> {
        let listen = settings.listen;
        let data_dir = settings.data_dir.clone();
        let host = Host::start(registry, settings)?;

        let listener = match TcpListener::bind(listen).await {
            Ok(listener) => listener,
            Err(error) => {
                host.shutdown().await;
                return Err(format!("cannot listen on {listen}: {error}"));
            }
        };
        let local_addr = listener
            .local_addr()
            .map_err(|error| format!("cannot read the bound address: {error}"))?;

        tracing::info!(addr = %local_addr, data_dir = %data_dir.display(), "listening");
        Ok(Server {
            host,
            listener,
            local_addr,
        })
    }

    /// Returns the bound address (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Returns the host.
    pub fn host(&self) -> &Host {
        &self.host
    }

    /// Serves until `shutdown` completes, then stops gracefully.
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), String> {
        let (stopping_sender, stopping) = watch::channel(false);
        let app = router(AppState {
            host: self.host.clone(),
            stopping,
        });

        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(async move {
                shutdown.await;
                tracing::info!("shutting down: no new connections; finishing in-flight requests");
                let _ = stopping_sender.send(true);
            })
            .await;

        self.host.shutdown().await;
        tracing::info!("stopped");
        served.map_err(|error| format!("server error: {error}"))
    }
}

/// Installs the Ctrl-C (SIGINT) and SIGTERM handlers and returns a future that completes on
/// either. Call it before binding, so a signal that arrives during startup is not lost; it must
/// run inside a tokio runtime.
#[cfg(unix)]
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    use tokio::signal::unix::{signal, SignalKind};

    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = terminate.recv() => tracing::info!("received SIGTERM"),
            _ = interrupt.recv() => tracing::info!("received Ctrl-C"),
        }
    })
}

/// Returns a future that completes on Ctrl-C.
#[cfg(not(unix))]
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    Ok(async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    })
}
