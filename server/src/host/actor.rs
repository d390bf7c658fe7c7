//! The actor of one open instance: activates it, then serves its requests one at a time in
//! arrival order until it is idle for the configured time or the shard shuts down.
//!
//! Every entry point (HTTP, JSON-RPC, WebSocket, alarm) reaches an instance through here, so all
//! of them share one activation path.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use runtime::events::Event;
use runtime::instance::Call;
use runtime::sqlite::SqliteDb;
use runtime::{Error, Result};
use tokio::sync::mpsc;

use super::caller::NativeCaller;
use super::clock::now_ms;
use super::shard::ShardContext;
use super::target::{InstanceRequest, SubscribePage, Target};
use crate::registry::ActiveInstance;

/// Events per page for a catching-up subscriber.
const EVENT_PAGE: u32 = 500;

/// Runs the actor until the instance closes.
pub async fn run(
    shard: Rc<ShardContext>,
    target: Target,
    mut requests: mpsc::Receiver<InstanceRequest>,
) {
    let instance = match activate(&shard, &target) {
        Ok(instance) => instance,
        Err(error) => {
            tracing::error!(object = target.class_name(), id = %target.id, cause = error.cause().unwrap_or(error.message()), "activation failed");
            fail_queued(&shard, &target, &mut requests, &error);
            return;
        }
    };
    let _open = OpenGuard::new(shard.open_instances.clone());
    rearm(&shard, &target, instance.as_ref());

    let caller = NativeCaller::new(shard.host.clone());
    let mut subscribers: Vec<mpsc::Sender<Event>> = Vec::new();
    let idle_timeout = shard.settings.idle_timeout;

    // A request taken from the queue while gathering a group of calls, handled next.
    let mut pending: Option<InstanceRequest> = None;
    let reason = loop {
        let next = match pending.take() {
            Some(request) => Ok(Some(request)),
            None => tokio::time::timeout(idle_timeout, requests.recv()).await,
        };
        let request = match next {
            Ok(Some(request)) => request,
            Ok(None) => break "shutdown",
            Err(_elapsed) => {
                subscribers.retain(|subscriber| !subscriber.is_closed());
                // No await between this check and the removal, so no request can slip in.
                if subscribers.is_empty() && requests.is_empty() {
                    shard.instances.borrow_mut().remove(&target.id);
                    break "idle";
                }
                continue;
            }
        };

        match request {
            InstanceRequest::Call {
                method,
                params,
                principal,
                chain,
                reply,
            } => {
                // Calls already queued behind this one share its commit (group commit), so one
                // sync of the WAL serves them all. Each call still succeeds or fails on its own.
                let mut group = vec![QueuedCall { method, params, principal, chain, reply }];
                while group.len() < MAX_GROUP {
                    match requests.try_recv() {
                        Ok(InstanceRequest::Call { method, params, principal, chain, reply }) => {
                            group.push(QueuedCall { method, params, principal, chain, reply });
                        }
                        Ok(other) => {
                            pending = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                run_group(&shard, &target, instance.as_ref(), &caller, &mut subscribers, group).await;
            }
            InstanceRequest::Subscribe {
                after_seq,
                events,
                reply,
            } => {
                let page = subscribe(instance.as_ref(), after_seq);
                if let Ok(SubscribePage { live: true, .. }) = &page {
                    subscribers.push(events);
                }
                let _ = reply.send(page);
            }
            InstanceRequest::Alarm => {
                run_alarm(
                    &shard,
                    &target,
                    instance.as_ref(),
                    &caller,
                    &mut subscribers,
                )
                .await;
            }
        }
    };

    drop(instance);
    tracing::info!(object = target.class_name(), id = %target.id, reason, "instance closed");
}

/// The maximum number of calls one commit covers. It bounds how long the first call of a group
/// waits for its reply.
const MAX_GROUP: usize = 64;

/// A call taken from the queue, with the channel for its result.
struct QueuedCall {
    method: String,
    params: serde_json::Value,
    principal: runtime::Principal,
    chain: Vec<String>,
    reply: tokio::sync::oneshot::Sender<Result<serde_json::Value>>,
}

/// Runs a group of calls with one commit, then publishes their events and replies to each.
async fn run_group(
    shard: &ShardContext,
    target: &Target,
    instance: &dyn ActiveInstance,
    caller: &NativeCaller,
    subscribers: &mut Vec<mpsc::Sender<Event>>,
    group: Vec<QueuedCall>,
) {
    let now = now_ms();
    let (queued, params): (Vec<_>, Vec<_>) = group
        .into_iter()
        .map(|call| ((call.method, call.principal, call.chain, call.reply), call.params))
        .unzip();
    let calls = queued
        .iter()
        .zip(params)
        .map(|((method, principal, chain, _), params)| Call {
            method,
            params,
            principal,
            now_ms: now,
            caller,
            chain,
        })
        .collect();
    let outcomes = instance.call_group(calls).await;

    let mut schedule_changed = false;
    for outcome in &outcomes {
        publish(subscribers, &outcome.events);
        schedule_changed |= outcome.schedule_changed;
    }
    if schedule_changed {
        rearm(shard, target, instance);
    }
    for ((method, _, _, reply), outcome) in queued.into_iter().zip(outcomes) {
        if let Err(error) = &outcome.result {
            log_call_error(target, &method, error);
        }
        let _ = reply.send(outcome.result);
    }
}

fn activate(shard: &ShardContext, target: &Target) -> Result<Box<dyn ActiveInstance>> {
    let class = target.class_name();
    let directory = shard.settings.data_dir.join(class);
    std::fs::create_dir_all(&directory).map_err(|error| {
        Error::internal(format!("cannot create {}: {error}", directory.display()))
    })?;

    let path = directory.join(format!("{}.sqlite3", target.id));
    let db = SqliteDb::open(&path, shard.settings.durability)?;
    let config = shard
        .settings
        .objects
        .get(class)
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    let (instance, report) = target.class.activate(db, &target.name, &config)?;

    if !report.applied.is_empty() {
        tracing::info!(object = class, id = %target.id, from = report.from_version, to = report.to_version, applied = ?report.applied, "migrations applied");
    }
    tracing::info!(object = class, id = %target.id, "instance activated");
    Ok(instance)
}

/// Replies to every queued request with the activation error and leaves the routing map, so the
/// next request tries to activate again.
fn fail_queued(
    shard: &ShardContext,
    target: &Target,
    requests: &mut mpsc::Receiver<InstanceRequest>,
    error: &Error,
) {
    shard.instances.borrow_mut().remove(&target.id);
    requests.close();
    while let Ok(request) = requests.try_recv() {
        match request {
            InstanceRequest::Call { reply, .. } => {
                let _ = reply.send(Err(error.clone()));
            }
            InstanceRequest::Subscribe { reply, .. } => {
                let _ = reply.send(Err(error.clone()));
            }
            InstanceRequest::Alarm => {}
        }
    }
}

fn subscribe(instance: &dyn ActiveInstance, after_seq: i64) -> Result<SubscribePage> {
    let events = instance.events_after(after_seq, EVENT_PAGE)?;
    let live = events.len() < EVENT_PAGE as usize;
    Ok(SubscribePage { events, live })
}

/// Sends committed events to live subscribers. A subscriber whose buffer is full is dropped; it
/// resubscribes from the last sequence number it received, so it misses nothing.
fn publish(subscribers: &mut Vec<mpsc::Sender<Event>>, events: &[Event]) {
    if events.is_empty() {
        return;
    }
    subscribers.retain(|subscriber| {
        events
            .iter()
            .all(|event| subscriber.try_send(event.clone()).is_ok())
    });
}

async fn run_alarm(
    shard: &ShardContext,
    target: &Target,
    instance: &dyn ActiveInstance,
    caller: &NativeCaller,
    subscribers: &mut Vec<mpsc::Sender<Event>>,
) {
    match instance.run_due_tasks(now_ms(), caller).await {
        Ok(outcome) => {
            publish(subscribers, &outcome.events);
            for run in &outcome.runs {
                match &run.result {
                    Ok(_) => {
                        tracing::debug!(object = target.class_name(), id = %target.id, method = %run.task.method, key = %run.task.key, "scheduled task ran")
                    }
                    Err(error) => tracing::warn!(
                        object = target.class_name(),
                        id = %target.id,
                        method = %run.task.method,
                        key = %run.task.key,
                        code = error.code().as_str(),
                        cause = error.cause().unwrap_or(error.message()),
                        retry = ?run.retry,
                        "scheduled task failed"
                    ),
                }
            }
        }
        Err(error) => {
            tracing::error!(object = target.class_name(), id = %target.id, cause = error.cause().unwrap_or(error.message()), "cannot run due tasks");
        }
    }
    rearm(shard, target, instance);
}

/// Copies the instance's next alarm into the shard's queue and the directory.
///
/// NOTE: the directory is written after the call commits. A crash in between leaves its alarm
/// stale, so a task scheduled by that call fires only when the instance is next activated.
fn rearm(shard: &ShardContext, target: &Target, instance: &dyn ActiveInstance) {
    let next_alarm = match instance.next_alarm() {
        Ok(next_alarm) => next_alarm,
        Err(error) => {
            tracing::error!(object = target.class_name(), id = %target.id, cause = error.cause().unwrap_or(error.message()), "cannot read the next alarm");
            return;
        }
    };

    shard.alarms.borrow_mut().set(target, next_alarm);
    shard.alarm_changed.notify_one();
    shard
        .directory
        .record(&target.id, target.class_name(), &target.name, next_alarm);
}

fn log_call_error(target: &Target, method: &str, error: &Error) {
    if error.is_internal() {
        tracing::error!(
            object = target.class_name(),
            id = %target.id,
            method,
            cause = error.cause().unwrap_or(error.message()),
            "call failed"
        );
    } else {
        tracing::debug!(object = target.class_name(), id = %target.id, method, code = error.code().as_str(), "call rejected");
    }
}

/// Counts an instance as open while it lives, including when its actor panics.
struct OpenGuard(Arc<AtomicUsize>);

impl OpenGuard {
    fn new(counter: Arc<AtomicUsize>) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        OpenGuard(counter)
    }
}

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
