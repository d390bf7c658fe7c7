//! The in-process target: the server's [`Host`] started in this process, called through the same
//! `Host::call` path the HTTP layer uses, without HTTP, JSON encoding of the body or sockets.

use std::path::Path;

use clap::Parser;
use probe::Probe;
use runtime::Principal;
use server::cli::Args;
use server::config::{AnonymousFile, ConfigFile, DurabilitySetting};
use server::{Host, Registry, Settings};

use crate::cli::DurabilityArg;

/// Idle timeout of the in-process host: long enough that no instance closes during a run.
const IDLE_TIMEOUT_SECS: &str = "3600";

/// Starts a host on `data_dir` serving the `probe` test object, with every grant for anonymous
/// callers (as the server's development mode gives them).
pub fn start(data_dir: &Path, durability: DurabilityArg) -> Result<Host, String> {
    let data_dir_text = data_dir.to_string_lossy().into_owned();
    let args = Args::parse_from([
        "server",
        "--listen",
        "127.0.0.1:0",
        "--data-dir",
        data_dir_text.as_str(),
        "--idle-timeout",
        IDLE_TIMEOUT_SECS,
    ]);
    let file = ConfigFile {
        durability: Some(match durability {
            DurabilityArg::Full => DurabilitySetting::Full,
            DurabilityArg::Normal => DurabilitySetting::Normal,
        }),
        anonymous: AnonymousFile {
            grants: vec!["*".to_string()],
        },
        ..ConfigFile::default()
    };
    let settings = Settings::merge(&args, Some(file))?;
    Host::start(Registry::new().register::<Probe>(), settings)
}

/// Returns the principal of in-process calls: anonymous with every grant.
pub fn principal() -> Principal {
    Principal::anonymous(vec!["*".to_string()])
}
