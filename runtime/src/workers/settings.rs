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
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::principal::Principal;

/// The name of the Worker variable or secret that holds the config.
pub const CONFIG_VAR: &str = "DOTDO_CONFIG";

/// Request limits, with the native server's defaults.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Maximum request body and WebSocket message size in bytes (default 1 MiB).
    pub max_body_bytes: usize,
    /// Maximum nesting depth of JSON arrays and objects (default 64).
    pub max_json_depth: usize,
    /// Maximum instance name length in bytes (default 256).
    pub max_name_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: 1024 * 1024,
            max_json_depth: 64,
            max_name_bytes: 256,
        }
    }
}

/// Parsed settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Request limits.
    pub limits: Limits,
    /// Per-class configuration passed to `DurableObject::create`.
    pub objects: HashMap<String, Value>,
    /// True without `DOTDO_CONFIG`.
    pub development: bool,
    tokens: HashMap<[u8; 32], Principal>,
    anonymous: Principal,
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

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsFile {
    max_body_bytes: Option<usize>,
    max_json_depth: Option<usize>,
    max_name_bytes: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnonymousFile {
    #[serde(default)]
    grants: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenEntry {
    token: String,
    subject: String,
    #[serde(default)]
    grants: Vec<String>,
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
                tokens: HashMap::new(),
                anonymous: Principal::anonymous(vec!["*".to_string()]),
            });
        };

        let file: ConfigFile = if text.trim_start().starts_with('{') {
            serde_json::from_str(text)
                .map_err(|error| format!("{CONFIG_VAR} is not a valid JSON config: {error}"))?
        } else {
            toml::from_str(text)
                .map_err(|error| format!("{CONFIG_VAR} is not a valid TOML config: {error}"))?
        };

        let mut tokens = HashMap::new();
        for entry in file.tokens {
            if entry.token.is_empty() {
                return Err(format!("token of subject `{}` is empty", entry.subject));
            }
            let principal = Principal::new(entry.subject.clone(), entry.grants);
            if tokens.insert(digest(&entry.token), principal).is_some() {
                return Err(format!(
                    "the token of subject `{}` is listed twice in [[tokens]]",
                    entry.subject
                ));
            }
        }

        let defaults = Limits::default();
        Ok(Settings {
            limits: Limits {
                max_body_bytes: file.limits.max_body_bytes.unwrap_or(defaults.max_body_bytes),
                max_json_depth: file.limits.max_json_depth.unwrap_or(defaults.max_json_depth),
                max_name_bytes: file.limits.max_name_bytes.unwrap_or(defaults.max_name_bytes),
            },
            objects: file.objects,
            development: false,
            tokens,
            anonymous: Principal::anonymous(file.anonymous.grants),
        })
    }

    /// Resolves an `Authorization` header value (`None` when absent) to a principal, as the native
    /// server does. `host` is the request's host name: development mode serves loopback names only.
    pub fn authenticate(&self, authorization: Option<&str>, host: &str) -> Result<Principal> {
        self.check_development_host(host)?;
        let Some(header) = authorization else {
            return Ok(self.anonymous.clone());
        };
        let token = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .ok_or_else(|| {
                Error::unauthenticated("the Authorization header must be `Bearer <token>`")
            })?;
        self.authenticate_token(token.trim(), host)
    }

    /// Resolves a bare token, e.g. from the `access_token` query parameter.
    pub fn authenticate_token(&self, token: &str, host: &str) -> Result<Principal> {
        self.check_development_host(host)?;
        self.tokens
            .get(&digest(token))
            .cloned()
            .ok_or_else(|| Error::unauthenticated("the bearer token is not valid"))
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

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}
