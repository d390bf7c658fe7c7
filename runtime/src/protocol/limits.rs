//! Request limits and the `[limits]` table of the config file that sets them.

use serde::Deserialize;

/// Request limits.
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

/// `[limits]` in the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFile {
    /// Maximum request body and WebSocket message size in bytes.
    pub max_body_bytes: Option<usize>,
    /// Maximum nesting depth of JSON arrays and objects.
    pub max_json_depth: Option<usize>,
    /// Maximum instance name length in bytes.
    pub max_name_bytes: Option<usize>,
}

impl LimitsFile {
    /// Fills each limit the file leaves out with its default.
    pub fn resolve(&self) -> Limits {
        let defaults = Limits::default();
        Limits {
            max_body_bytes: self.max_body_bytes.unwrap_or(defaults.max_body_bytes),
            max_json_depth: self.max_json_depth.unwrap_or(defaults.max_json_depth),
            max_name_bytes: self.max_name_bytes.unwrap_or(defaults.max_name_bytes),
        }
    }
}
