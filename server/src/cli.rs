//! Command-line arguments of the `server` binary.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

/// Serves dotdo Durable Objects over HTTP, JSON-RPC and WebSocket.
#[derive(Debug, Clone, Parser)]
#[command(name = "server", version)]
pub struct Args {
    /// Address to listen on [default: 127.0.0.1:8787, or `listen` from the config file].
    #[arg(long)]
    pub listen: Option<SocketAddr>,

    /// Directory for instance databases [default: ./data, or `data_dir` from the config file].
    #[arg(long)]
    pub data_dir: Option<PathBuf>,

    /// TOML config file with tokens, grants and limits. Without it the server runs in development
    /// mode: loopback only, and anonymous callers have every grant.
    #[arg(long)]
    pub config: Option<PathBuf>,

    /// Seconds an instance may stay idle before its database is closed (fractions allowed)
    /// [default: 300, or `idle_timeout_secs` from the config file].
    #[arg(long, value_name = "SECONDS")]
    pub idle_timeout: Option<f64>,

    /// Threads that run instances; each instance always runs on the same one [default: number of
    /// CPUs].
    #[arg(long)]
    pub shards: Option<usize>,
}
