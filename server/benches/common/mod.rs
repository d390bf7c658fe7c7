//! Shared setup of the server benchmarks: a host on a temporary data directory serving the
//! `probe` test object, with every grant for anonymous callers.

#![allow(dead_code)]

use clap::Parser;
use probe::Probe;
use runtime::Principal;
use server::cli::Args;
use server::config::{AnonymousFile, ConfigFile, DurabilitySetting};
use server::{Host, Registry, Settings};
use tempfile::TempDir;

/// A running host and the directory it owns; the directory is removed on drop.
pub struct BenchHost {
    pub host: Host,
    pub runtime: tokio::runtime::Runtime,
    pub principal: Principal,
    _data_dir: TempDir,
}

impl BenchHost {
    /// Starts a host with the given durability and an idle timeout of one hour, so no instance
    /// closes during a benchmark.
    pub fn start(durability: DurabilitySetting) -> BenchHost {
        let data_dir = tempfile::tempdir().expect("create a temporary data directory");
        let data_dir_text = data_dir.path().to_string_lossy().into_owned();
        let args = Args::parse_from([
            "server",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            data_dir_text.as_str(),
            "--idle-timeout",
            "3600",
        ]);
        let file = ConfigFile {
            durability: Some(durability),
            anonymous: AnonymousFile {
                grants: vec!["*".to_string()],
            },
            ..ConfigFile::default()
        };
        let settings = Settings::merge(&args, Some(file)).expect("valid settings");

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("start a tokio runtime");
        let host = runtime
            .block_on(async { Host::start(Registry::new().register::<Probe>(), settings) })
            .expect("start the host");
        BenchHost {
            host,
            runtime,
            principal: Principal::anonymous(vec!["*".to_string()]),
            _data_dir: data_dir,
        }
    }

    /// Stops the host, closing every database.
    pub fn stop(self) {
        self.runtime.block_on(self.host.shutdown());
    }
}

/// The durabilities measured, with their names in benchmark ids.
pub const DURABILITIES: [(&str, DurabilitySetting); 2] = [
    ("full", DurabilitySetting::Full),
    ("normal", DurabilitySetting::Normal),
];
