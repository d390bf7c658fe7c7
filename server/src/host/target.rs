//! [`Target`]: one instance as the host addresses it, and the requests its actor serves.

use runtime::events::Event;
use runtime::{Principal, Result};
use serde_json::Value;
use tokio::sync::{mpsc, oneshot};

use crate::registry::Class;

/// One instance: its class, name and id.
#[derive(Clone)]
pub struct Target {
    /// The registered class.
    pub class: Class,
    /// Instance name as the caller gave it.
    pub name: String,
    /// Instance id, which names its database file.
    pub id: String,
}

impl Target {
    /// Returns the class name.
    pub fn class_name(&self) -> &'static str {
        self.class.info.class
    }
}

/// A page of events for a subscriber that is catching up.
#[derive(Debug)]
pub struct SubscribePage {
    /// Committed events after the requested sequence number, in order.
    pub events: Vec<Event>,
    /// True when the page reached the end of the log, so the subscriber now receives new events
    /// live. False when more pages must be requested first.
    pub live: bool,
}

/// A request served by an instance's actor, one at a time in arrival order.
pub enum InstanceRequest {
    /// A method call.
    Call {
        /// Wire method name.
        method: String,
        /// Params.
        params: Value,
        /// Caller.
        principal: Principal,
        /// Ids of instances the call passed through.
        chain: Vec<String>,
        /// Channel for the result, sent after commit.
        reply: oneshot::Sender<Result<Value>>,
    },
    /// Read events after `after_seq`; on the last page, register `events` for live delivery.
    Subscribe {
        /// Last sequence number the subscriber has.
        after_seq: i64,
        /// Channel for live events.
        events: mpsc::Sender<Event>,
        /// Channel for the page.
        reply: oneshot::Sender<Result<SubscribePage>>,
    },
    /// Run due tasks.
    Alarm,
}
