//! `cargo run -p server -- [--listen ADDR] [--data-dir DIR] [--config FILE]`

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use server::cli::Args;
use probe::Probe;
use server::serve::shutdown_signal;
use server::{Registry, Server, Settings};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();

    let settings = match Settings::from_args(&args) {
        Ok(settings) => settings,
        Err(message) => {
            tracing::error!("{message}");
            return ExitCode::from(2);
        }
    };
    if settings.development {
        tracing::warn!(
            "development mode: no --config was given, so anonymous callers have every grant (`*`) and only loopback addresses are allowed"
        );
    }

    let registry = Registry::new()
        .register::<objects::Do>()
        .register::<counter_example::Counter>()
        .register::<Probe>();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!(%error, "cannot start the tokio runtime");
            return ExitCode::FAILURE;
        }
    };

    let served = runtime.block_on(async {
        let signal = shutdown_signal()
            .map_err(|error| format!("cannot install signal handlers: {error}"))?;
        let server = Server::bind(registry, settings).await?;
        server.run(signal).await
    });
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            ExitCode::FAILURE
        }
    }
}
