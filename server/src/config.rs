//! Server settings: the TOML config file, merged with command-line arguments into [`Settings`].
//!
//! Precedence: a command-line flag, then the config file, then the default. Without a config
//! file the server is in development mode: it must listen on a loopback address and the anonymous
//! principal gets the grant `*`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use runtime::sqlite::Durability;
use serde::Deserialize;

pub use runtime::protocol::auth::AnonymousFile;
pub use runtime::protocol::limits::{Limits, LimitsFile};

use crate::auth::{Auth, TokenEntry};
use crate::cli::Args;

const DEFAULT_LISTEN: &str = "127.0.0.1:8787";
const DEFAULT_IDLE_TIMEOUT_SECS: f64 = 300.0;

/// The config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Address to listen on.
    pub listen: Option<SocketAddr>,
    /// Directory for instance databases.
    pub data_dir: Option<PathBuf>,
    /// Seconds before an idle instance is closed.
    pub idle_timeout_secs: Option<f64>,
    /// `full` (default) or `normal`; see [`Durability`].
    pub durability: Option<DurabilitySetting>,
    /// Request limits.
    #[serde(default)]
    pub limits: LimitsFile,
    /// Grants of callers without a token.
    #[serde(default)]
    pub anonymous: AnonymousFile,
    /// Bearer tokens.
    #[serde(default)]
    pub tokens: Vec<TokenEntry>,
    /// Per-class configuration passed to `DurableObject::create`, keyed by class name.
    #[serde(default)]
    pub objects: HashMap<String, toml::Value>,
}

/// `durability` in the config file.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DurabilitySetting {
    /// `synchronous=FULL`.
    Full,
    /// `synchronous=NORMAL`.
    Normal,
}

/// The settings the server runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Directory for instance databases.
    pub data_dir: PathBuf,
    /// How long an instance may be idle before it is closed.
    pub idle_timeout: Duration,
    /// Commit durability of instance databases.
    pub durability: Durability,
    /// Request limits.
    pub limits: Limits,
    /// Tokens and anonymous grants.
    pub auth: Auth,
    /// Per-class configuration, as JSON.
    pub objects: HashMap<String, serde_json::Value>,
    /// Threads that run instances.
    pub shards: usize,
    /// True without a config file.
    pub development: bool,
}

impl Settings {
    /// Builds settings from the arguments, reading the config file they name.
    pub fn from_args(args: &Args) -> Result<Settings, String> {
        let file = match &args.config {
            Some(path) => Some(read_config(path)?),
            None => None,
        };
        Settings::merge(args, file)
    }

    /// Merges arguments over a parsed config file (`None` for development mode) and checks the
    /// result.
    pub fn merge(args: &Args, file: Option<ConfigFile>) -> Result<Settings, String> {
        let development = file.is_none();
        let file = file.unwrap_or_default();

        let listen = match args.listen.or(file.listen) {
            Some(listen) => listen,
            None => DEFAULT_LISTEN
                .parse()
                .map_err(|error| format!("invalid default address: {error}"))?,
        };
        if development && !listen.ip().is_loopback() {
            return Err(format!(
                "refusing to listen on {listen} without --config: development mode gives anonymous callers every grant, so it only listens on loopback addresses; pass --config with tokens, or listen on 127.0.0.1"
            ));
        }

        let idle_secs = args
            .idle_timeout
            .or(file.idle_timeout_secs)
            .unwrap_or(DEFAULT_IDLE_TIMEOUT_SECS);
        if !idle_secs.is_finite() || idle_secs <= 0.0 {
            return Err(format!(
                "idle timeout must be a positive number of seconds, got {idle_secs}"
            ));
        }

        let limits = file.limits.resolve();

        let auth = if development {
            Auth::development()
        } else {
            Auth::new(file.tokens, file.anonymous.grants)?
        };

        let mut objects = HashMap::new();
        for (class, value) in file.objects {
            let json = serde_json::to_value(value).map_err(|error| {
                format!("[objects.{class}] cannot be converted to JSON: {error}")
            })?;
            objects.insert(class, json);
        }

        let durability = match file.durability {
            Some(DurabilitySetting::Normal) => Durability::Normal,
            Some(DurabilitySetting::Full) | None => Durability::Full,
        };
        let shards = args
            .shards
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |count| count.get()))
            .max(1);

        Ok(Settings {
            listen,
            data_dir: args
                .data_dir
                .clone()
                .or(file.data_dir)
                .unwrap_or_else(|| PathBuf::from("./data")),
            idle_timeout: Duration::from_secs_f64(idle_secs),
            durability,
            limits,
            auth,
            objects,
            shards,
            development,
        })
    }
}

fn read_config(path: &Path) -> Result<ConfigFile, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read config file {}: {error}", path.display()))?;
    toml::from_str(&text)
        .map_err(|error| format!("invalid config file {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(extra: &[&str]) -> Args {
        let mut all = vec!["server"];
        all.extend_from_slice(extra);
        Args::parse_from(all)
    }

    #[test]
    fn development_rejects_public_address() {
        let error = Settings::merge(&args(&["--listen", "0.0.0.0:8787"]), None).unwrap_err();
        assert!(error.contains("without --config"), "{error}");
    }

    #[test]
    fn development_allows_loopback() {
        let settings = Settings::merge(&args(&["--listen", "127.0.0.1:0"]), None).unwrap();
        assert!(settings.development);
    }

    #[test]
    fn config_allows_public_address() {
        let file: ConfigFile = toml::from_str("listen = \"0.0.0.0:8787\"").unwrap();
        let settings = Settings::merge(&args(&[]), Some(file)).unwrap();
        assert!(!settings.development);
    }

    #[test]
    fn flag_overrides_file() {
        let file: ConfigFile = toml::from_str("idle_timeout_secs = 10").unwrap();
        let settings = Settings::merge(&args(&["--idle-timeout", "0.5"]), Some(file)).unwrap();
        assert_eq!(settings.idle_timeout, Duration::from_millis(500));
    }

    #[test]
    fn unknown_config_key_is_rejected() {
        assert!(toml::from_str::<ConfigFile>("listn = \"x\"").is_err());
    }

    #[test]
    fn full_config_parses() {
        let text = r#"
            listen = "127.0.0.1:9000"
            durability = "normal"
            [limits]
            max_body_bytes = 1000
            [anonymous]
            grants = ["counter:read"]
            [[tokens]]
            token = "secret"
            subject = "user:1"
            grants = ["counter:*"]
            [objects.counter]
            start = 5
        "#;
        let file: ConfigFile = toml::from_str(text).unwrap();
        let settings = Settings::merge(&args(&[]), Some(file)).unwrap();
        assert_eq!(settings.limits.max_body_bytes, 1000);
        assert_eq!(settings.objects["counter"]["start"], 5);
    }
}
