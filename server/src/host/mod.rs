//! The native host: routes calls to instance actors running on shard threads.
//!
//! Design: each instance id hashes to one of N shard threads ([`shard`]). On that thread an actor
//! ([`actor`]) owns the instance's open database and serves its requests one at a time, in
//! arrival order. Different instances run concurrently, on different shards in parallel and on
//! one shard interleaved at their `await` points.

mod actor;
mod alarms;
mod caller;
mod clock;
pub mod directory;
mod shard;
mod target;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use runtime::events::Event;
use runtime::id::{instance_id, validate_name};
use runtime::{Error, Principal, Result};
use serde_json::Value;
use tokio::sync::{mpsc, oneshot};

use crate::config::Settings;
use crate::registry::{Class, Registry};
use directory::Directory;
use shard::{ShardCommand, ShardContext};
pub use target::SubscribePage;
use target::{InstanceRequest, Target};

/// A handle on the running host; cheap to clone.
#[derive(Clone)]
pub struct Host {
    inner: Arc<HostInner>,
}

/// The shared state behind [`Host`].
pub struct HostInner {
    registry: Registry,
    settings: Arc<Settings>,
    shards: Vec<mpsc::UnboundedSender<ShardCommand>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
    directory: Arc<Directory>,
    open_instances: Arc<AtomicUsize>,
}

/// Builds the error for requests that arrive while the server stops.
pub(crate) fn unavailable() -> Error {
    Error::custom(
        "UNAVAILABLE",
        503,
        "the server is shutting down; retry against a running server",
    )
}

impl Host {
    /// Creates the data directory and the instance directory, starts the shard threads and arms
    /// the alarms recorded before the last stop.
    pub fn start(registry: Registry, settings: Settings) -> std::result::Result<Host, String> {
        std::fs::create_dir_all(&settings.data_dir).map_err(|error| {
            format!(
                "cannot create data directory {}: {error}",
                settings.data_dir.display()
            )
        })?;
        let directory = Arc::new(Directory::open(&settings.data_dir)?);
        let settings = Arc::new(settings);
        let open_instances = Arc::new(AtomicUsize::new(0));

        let mut receivers = Vec::new();
        let mut shards = Vec::new();
        for _ in 0..settings.shards {
            let (sender, receiver) = mpsc::unbounded_channel();
            shards.push(sender);
            receivers.push(receiver);
        }

        let inner = Arc::new(HostInner {
            registry,
            settings: settings.clone(),
            shards,
            threads: Mutex::new(Vec::new()),
            directory: directory.clone(),
            open_instances: open_instances.clone(),
        });

        let mut threads = Vec::new();
        for (index, receiver) in receivers.into_iter().enumerate() {
            let context = ShardContext {
                instances: Default::default(),
                alarms: Default::default(),
                alarm_changed: Default::default(),
                settings: settings.clone(),
                directory: directory.clone(),
                open_instances: open_instances.clone(),
                host: Arc::downgrade(&inner),
            };
            let thread = shard::spawn(index, receiver, context)
                .map_err(|error| format!("cannot start shard thread {index}: {error}"))?;
            threads.push(thread);
        }
        *inner
            .threads
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = threads;

        let host = Host { inner };
        host.arm_recorded_alarms()?;
        Ok(host)
    }

    pub(crate) fn from_inner(inner: Arc<HostInner>) -> Host {
        Host { inner }
    }

    /// Returns the registered classes.
    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    /// Returns the settings.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// Returns the number of open (activated, not yet closed) instances.
    pub fn open_instances(&self) -> usize {
        self.inner.open_instances.load(Ordering::SeqCst)
    }

    /// Returns the instance directory.
    pub fn directory(&self) -> &Directory {
        &self.inner.directory
    }

    /// Looks up a class and checks an instance name: `NOT_FOUND` for an unknown class,
    /// `VALIDATION_ERROR` for an invalid name.
    pub fn resolve(&self, class: &str, name: &str) -> Result<Class> {
        let found =
            self.inner.registry.get(class).copied().ok_or_else(|| {
                Error::not_found(format!("no object class `{class}` is registered"))
            })?;
        validate_name(name, self.inner.settings.limits.max_name_bytes)?;
        Ok(found)
    }

    /// Calls a method. Unknown methods and missing grants are rejected here, before the instance
    /// is activated, and again by the runtime before the handler runs.
    pub async fn call(
        &self,
        class: &str,
        name: &str,
        method: &str,
        params: Value,
        principal: Principal,
        chain: Vec<String>,
    ) -> Result<Value> {
        let class = self.resolve(class, name)?;
        let info = class.info;
        let declared = info
            .method(method)
            .ok_or_else(|| Error::method_not_found(info.class, method))?;
        principal.authorize(declared.name, declared.permission)?;

        let (reply, result) = oneshot::channel();
        let request = InstanceRequest::Call {
            method: method.to_string(),
            params,
            principal,
            chain,
            reply,
        };
        self.deliver(class, name, request)?;
        result.await.map_err(|_| {
            Error::internal(format!(
                "instance of `{}` stopped before replying to `{method}`",
                info.class
            ))
        })?
    }

    /// Reads committed events after `after_seq`; when the page reaches the end of the log,
    /// `events` receives every later event, live.
    pub async fn subscribe(
        &self,
        class: &str,
        name: &str,
        after_seq: i64,
        events: mpsc::Sender<Event>,
    ) -> Result<SubscribePage> {
        let class = self.resolve(class, name)?;
        let (reply, page) = oneshot::channel();
        let request = InstanceRequest::Subscribe {
            after_seq,
            events,
            reply,
        };
        self.deliver(class, name, request)?;
        page.await.map_err(|_| unavailable())?
    }

    /// Stops every shard after the requests already queued, closing all databases.
    pub async fn shutdown(&self) {
        for shard in &self.inner.shards {
            let _ = shard.send(ShardCommand::Shutdown);
        }

        let threads = std::mem::take(
            &mut *self
                .inner
                .threads
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        );
        let joined = tokio::task::spawn_blocking(move || {
            for thread in threads {
                if thread.join().is_err() {
                    tracing::error!("a shard thread panicked during shutdown");
                }
            }
        })
        .await;
        if let Err(error) = joined {
            tracing::error!(%error, "cannot wait for shard threads");
        }
    }

    fn deliver(&self, class: Class, name: &str, request: InstanceRequest) -> Result<()> {
        let id = instance_id(class.info.class, name);
        let shard = self.shard_of(&id);
        let target = Target {
            class,
            name: name.to_string(),
            id,
        };
        self.inner.shards[shard]
            .send(ShardCommand::Deliver(target, request))
            .map_err(|_| unavailable())
    }

    fn shard_of(&self, id: &str) -> usize {
        // Ids are hex SHA-256 digests, so their first 16 digits are uniformly distributed.
        let prefix = id
            .get(..16)
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
        (prefix % self.inner.shards.len() as u64) as usize
    }

    fn arm_recorded_alarms(&self) -> std::result::Result<(), String> {
        for armed in self.inner.directory.armed()? {
            let Some(class) = self.inner.registry.get(&armed.class).copied() else {
                tracing::warn!(object = %armed.class, id = %armed.id, "instance has an alarm but its class is not registered; skipping it");
                continue;
            };
            let shard = self.shard_of(&armed.id);
            let target = Target {
                class,
                name: armed.name,
                id: armed.id,
            };
            let _ = self.inner.shards[shard].send(ShardCommand::Arm(target, armed.next_alarm));
        }
        Ok(())
    }
}
