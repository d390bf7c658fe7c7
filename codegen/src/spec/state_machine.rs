//! State machines: the states of a status and the transitions between them.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A state machine. Every state is a key of `transitions`, mapped to the states it may move to.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateMachineSpec {
    #[serde(default)]
    pub description: String,
    /// An enum column (`table.column`) whose values are the states.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The state a new row or run starts in.
    pub initial: String,
    /// state -> states it may move to; terminal states map to `[]`.
    pub transitions: IndexMap<String, Vec<String>>,
}
