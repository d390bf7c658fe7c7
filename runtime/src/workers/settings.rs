//! Settings of the workers host, read from the Worker variable or secret `DOTDO_CONFIG`, which holds
//! the native server's config file as TOML, or the same structure as JSON.
//!
//! Only `[[tokens]]`, `[anonymous]`, `[limits]` and `[objects.<class>]` apply here; `listen`,
//! `data_dir`, `idle_timeout_secs` and `durability` are accepted and ignored, so one file serves
//! both hosts. Without `DOTDO_CONFIG` the host is in development mode: requests to a loopback
//! host name get the anonymous principal with every grant, and all others are rejected.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::principal::Principal;
use crate::protocol::auth::{AnonymousFile, Auth, TokenEntry};
pub use crate::protocol::limits::Limits;
use crate::protocol::limits::LimitsFile;

/// The name of the Worker variable or secret that contains the config.
pub const CONFIG_VAR: &str = "DOTDO_CONFIG";

/// Parsed settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Request limits.
    pub limits: Limits,
    /// Per-class configuration passed to `DurableObject::create`.
    pub objects: HashMap<String, Value>,
    /// True without `DOTDO_CONFIG`.
    pub development: bool,
    auth: Auth,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    limits: LimitsFile,
    #[serde(default)]
    anonymous: AnonymousFile,
    #[serde(default)]
    tokens: Vec<TokenEntry>,
    #[serde(default)]
    objects: HashMap<String, Value>,
    // Native-only keys, accepted so that one config file serves both hosts.
    #[allow(dead_code)]
    listen: Option<Value>,
    #[allow(dead_code)]
    data_dir: Option<Value>,
    #[allow(dead_code)]
    idle_timeout_secs: Option<Value>,
    #[allow(dead_code)]
    durability: Option<Value>,
}

impl Settings {
    /// Parses the config text (`None` when the variable is unset). Text starting with `{` is read
    /// as JSON, anything else as TOML.
    pub fn parse(text: Option<&str>) -> std::result::Result<Settings, String> {
        let Some(text) = text else {
            return Ok(Settings {
                limits: Limits::default(),
                objects: HashMap::new(),
                development: true,
                auth: Auth::development(),
            });
        };

        let file: ConfigFile = if text.trim_start().starts_with('{') {
            serde_json::from_str(text)
                .map_err(|error| format!("{CONFIG_VAR} is not a valid JSON config: {error}"))?
        } else {
            toml::from_str(text)
                .map_err(|error| format!("{CONFIG_VAR} is not a valid TOML config: {error}"))?
        };

        Ok(Settings {
            limits: file.limits.resolve(),
            objects: file.objects,
            development: false,
            auth: Auth::new(file.tokens, file.anonymous.grants)?,
        })
    }

    /// Resolves an `Authorization` header value (`None` when absent) to a principal, as the native
    /// server does. `host` is the request's host name: development mode serves loopback names only.
    pub fn authenticate(&self, authorization: Option<&str>, host: &str) -> Result<Principal> {
        self.check_development_host(host)?;
        self.auth.authenticate(authorization)
    }

    /// Resolves a bare token, e.g. from the `access_token` query parameter.
    pub fn authenticate_token(&self, token: &str, host: &str) -> Result<Principal> {
        self.check_development_host(host)?;
        self.auth.authenticate_token(token)
    }

    fn check_development_host(&self, host: &str) -> Result<()> {
        let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "::1")
            || host.starts_with("127.");
        if self.development && !loopback {
            return Err(Error::unauthenticated(format!(
                "{CONFIG_VAR} is not set, so this Worker runs in development mode, which serves only loopback hosts; set {CONFIG_VAR} with [[tokens]] before deploying"
            )));
        }
        Ok(())
    }
}
