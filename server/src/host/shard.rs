//! A shard: one OS thread with a single-threaded tokio runtime and a `LocalSet`, running the
//! actors of the instances whose id hashes to it, plus their alarm queue.
//!
//! Object futures need not be `Send` (they are not on wasm32), so each instance lives on one
//! thread for its whole activation. The routing map and the alarm queue are only touched from
//! this thread, which makes "is the actor idle, then remove it" a step no request can interleave.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Weak};
use std::time::Duration;

use runtime::Error;
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::{mpsc, Notify};
use tokio::task::JoinSet;

use super::actor;
use super::alarms::AlarmQueue;
use super::clock::now_ms;
use super::directory::Directory;
use super::target::{InstanceRequest, Target};
use super::HostInner;
use crate::config::Settings;

/// Requests queued per instance before callers get `RATE_LIMITED`.
const INSTANCE_QUEUE: usize = 1024;

/// `Retry-After` seconds sent when an instance's queue is full.
const QUEUE_FULL_RETRY_SECS: u64 = 1;

/// Delay before retrying an alarm that found the instance's queue full.
const ALARM_RETRY_MS: i64 = 1000;

/// A command sent to a shard thread.
pub enum ShardCommand {
    /// Deliver a request to an instance, activating it if needed.
    Deliver(Target, InstanceRequest),
    /// Set the alarm of a (possibly closed) instance, e.g. from the directory at startup.
    Arm(Target, i64),
    /// Close every instance after its queued requests and end the thread.
    Shutdown,
}

/// State shared by the actors of one shard, used only on the shard's thread.
pub struct ShardContext {
    /// Routing map: instance id to its actor's queue.
    pub instances: RefCell<HashMap<String, mpsc::Sender<InstanceRequest>>>,
    /// Alarms of this shard's instances.
    pub alarms: RefCell<AlarmQueue>,
    /// Woken when an actor changes the alarm queue.
    pub alarm_changed: Notify,
    /// Server settings.
    pub settings: Arc<Settings>,
    /// Instance directory.
    pub directory: Arc<Directory>,
    /// Count of open instances across all shards.
    pub open_instances: Arc<AtomicUsize>,
    /// The host, for cross-object calls; weak so shards do not keep it alive.
    pub host: Weak<HostInner>,
}

/// Starts a shard thread.
pub fn spawn(
    index: usize,
    commands: mpsc::UnboundedReceiver<ShardCommand>,
    context: ShardContext,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name(format!("dotdo-shard-{index}"))
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime,
                Err(error) => {
                    tracing::error!(shard = index, %error, "cannot start the shard runtime");
                    return;
                }
            };
            let local = tokio::task::LocalSet::new();
            local.block_on(&runtime, run(commands, Rc::new(context)));
        })
}

async fn run(mut commands: mpsc::UnboundedReceiver<ShardCommand>, context: Rc<ShardContext>) {
    let mut actors = JoinSet::new();

    loop {
        let wake_in = context
            .alarms
            .borrow()
            .earliest()
            .map(|at_ms| Duration::from_millis(u64::try_from(at_ms - now_ms()).unwrap_or(0)));
        let alarm = async {
            match wake_in {
                Some(delay) => tokio::time::sleep(delay).await,
                None => std::future::pending().await,
            }
        };

        tokio::select! {
            command = commands.recv() => match command {
                Some(ShardCommand::Deliver(target, request)) => deliver(&context, &mut actors, target, request),
                Some(ShardCommand::Arm(target, at_ms)) => context.alarms.borrow_mut().set(&target, Some(at_ms)),
                Some(ShardCommand::Shutdown) | None => break,
            },
            () = alarm => {
                let due = context.alarms.borrow_mut().pop_due(now_ms());
                for target in due {
                    deliver(&context, &mut actors, target, InstanceRequest::Alarm);
                }
            }
            () = context.alarm_changed.notified() => {}
            Some(finished) = actors.join_next() => log_actor_end(finished),
        }
    }

    // Dropping the queues lets each actor finish the requests it has, then close its database.
    context.instances.borrow_mut().clear();
    while let Some(finished) = actors.join_next().await {
        log_actor_end(finished);
    }
}

/// Routes a request to the instance's actor, starting one if the instance is not open.
fn deliver(
    context: &Rc<ShardContext>,
    actors: &mut JoinSet<()>,
    target: Target,
    request: InstanceRequest,
) {
    let existing = context.instances.borrow().get(&target.id).cloned();
    let request = match existing {
        Some(queue) => match queue.try_send(request) {
            Ok(()) => return,
            Err(TrySendError::Full(request)) => {
                reject_full(context, &target, request);
                return;
            }
            // The actor ended (after a panic) without removing itself: start a new one.
            Err(TrySendError::Closed(request)) => request,
        },
        None => request,
    };

    let (queue, receiver) = mpsc::channel(INSTANCE_QUEUE);
    if queue.try_send(request).is_err() {
        tracing::error!(object = target.class_name(), id = %target.id, "new instance queue rejected its first request");
        return;
    }
    context
        .instances
        .borrow_mut()
        .insert(target.id.clone(), queue);
    actors.spawn_local(actor::run(context.clone(), target, receiver));
}

fn reject_full(context: &ShardContext, target: &Target, request: InstanceRequest) {
    tracing::warn!(object = target.class_name(), id = %target.id, "instance queue is full; rejecting a request");
    let error = Error::rate_limited(
        QUEUE_FULL_RETRY_SECS,
        format!(
            "instance {}/{} has {INSTANCE_QUEUE} queued requests; retry later",
            target.class_name(),
            target.name
        ),
    );

    match request {
        InstanceRequest::Call { reply, .. } => {
            let _ = reply.send(Err(error));
        }
        InstanceRequest::Subscribe { reply, .. } => {
            let _ = reply.send(Err(error));
        }
        InstanceRequest::Alarm => {
            context
                .alarms
                .borrow_mut()
                .set(target, Some(now_ms() + ALARM_RETRY_MS));
        }
    }
}

fn log_actor_end(finished: Result<(), tokio::task::JoinError>) {
    if let Err(error) = finished {
        tracing::error!(%error, "instance actor panicked; its open transaction was rolled back");
    }
}
