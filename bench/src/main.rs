//! `loadgen`: drives a running dotdo server (or an in-process host) with calls to one method and
//! reports calls per second, latency percentiles and errors.
//!
//! Scenarios: `one` sends every call to one instance, `spread N` round-robins over N instances,
//! `activate N` opens N instances and reports the server's resident memory per instance. Every
//! run is bounded by `--max-calls` and by `--warmup` + `--duration`, and stops by itself. HTTP
//! targets must be loopback addresses.

mod cli;
mod endpoint;
mod http_session;
mod in_process;
mod load;
mod memory;
mod report;
mod transport;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Scenario};
use transport::Transport;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cli.threads.max(1))
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the tokio runtime: {error}");
            return ExitCode::FAILURE;
        }
    };

    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let transport = Transport::from_cli(&cli)?;
    let result = match cli.scenario {
        Scenario::One => load::run(&cli, &transport, None).await,
        Scenario::Spread {
            instances,
            open_first,
        } => {
            if open_first {
                load::open_first(&cli, &transport, instances).await?;
            }
            load::run(&cli, &transport, Some(instances)).await
        }
        Scenario::Activate {
            instances,
            server_pid,
            settle,
        } => memory::run(&cli, &transport, instances, server_pid, settle).await,
    };
    transport.shutdown().await;
    result
}
