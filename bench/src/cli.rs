//! Command-line arguments of `loadgen`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Drives a dotdo server with calls to one method and reports calls/s and latency percentiles.
#[derive(Debug, Parser)]
#[command(name = "loadgen")]
pub struct Cli {
    /// The scenario to run.
    #[command(subcommand)]
    pub scenario: Scenario,

    /// Base URL of the server; the host must be 127.0.0.0/8, ::1 or localhost.
    #[arg(long, global = true, default_value = "http://127.0.0.1:8787")]
    pub url: String,

    /// Run the host inside this process instead of calling a server over HTTP (needs
    /// --data-dir).
    #[arg(long, global = true)]
    pub in_process: bool,

    /// Data directory of the in-process host; use a new, empty directory.
    #[arg(long, global = true)]
    pub data_dir: Option<PathBuf>,

    /// Commit durability of the in-process host.
    #[arg(long, global = true, value_enum, default_value_t = DurabilityArg::Full)]
    pub durability: DurabilityArg,

    /// Object class to call.
    #[arg(long, global = true, default_value = "probe")]
    pub class: String,

    /// Method to call (wire name).
    #[arg(long, global = true, default_value = "increment")]
    pub method: String,

    /// JSON params sent with every call.
    #[arg(long, global = true, default_value = r#"{"by":1}"#)]
    pub body: String,

    /// Instance names are this prefix (`one`) or the prefix, `-` and an index (`spread`).
    #[arg(long, global = true, default_value = "bench")]
    pub name_prefix: String,

    /// Concurrent connections (HTTP/1.1 keep-alive), each with at most one call in flight.
    #[arg(long, global = true, default_value_t = 32)]
    pub connections: usize,

    /// Seconds of measurement, after the warmup.
    #[arg(long, global = true, default_value_t = 10.0)]
    pub duration: f64,

    /// Seconds of calls before measurement starts; their latencies are not recorded.
    #[arg(long, global = true, default_value_t = 2.0)]
    pub warmup: f64,

    /// Target rate in calls per second (open loop: latency counts from the scheduled send
    /// time). Without it each connection sends its next call as soon as the last one returns.
    #[arg(long, global = true)]
    pub rate: Option<f64>,

    /// Maximum calls in the whole run, warmup included.
    #[arg(long, global = true, default_value_t = 5_000_000)]
    pub max_calls: u64,

    /// Seconds before one call counts as timed out.
    #[arg(long, global = true, default_value_t = 10.0)]
    pub timeout: f64,

    /// Worker threads of the load generator's tokio runtime.
    #[arg(long, global = true, default_value_t = 1)]
    pub threads: usize,

    /// Name of the run in the `RESULT` line.
    #[arg(long, global = true, default_value = "run")]
    pub label: String,
}

/// The scenario to run.
#[derive(Debug, Subcommand)]
pub enum Scenario {
    /// Every call goes to one instance.
    One,
    /// Calls round-robin over N instances.
    Spread {
        /// Number of instances.
        instances: usize,
        /// Call every instance once before the warmup (not measured), so the measured calls
        /// find them open.
        #[arg(long)]
        open_first: bool,
    },
    /// Calls each of N new instances once, waits, and reports resident memory per open instance.
    Activate {
        /// Number of instances to open.
        instances: usize,
        /// Process id of the server (HTTP only; the in-process host measures this process).
        #[arg(long)]
        server_pid: Option<u32>,
        /// Seconds to wait after the last activation before reading memory.
        #[arg(long, default_value_t = 3.0)]
        settle: f64,
    },
}

/// `--durability`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DurabilityArg {
    /// `synchronous=FULL` (the server's default).
    Full,
    /// `synchronous=NORMAL`.
    Normal,
}
