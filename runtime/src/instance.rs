//! The lifecycle of one instance, shared by every host: activation (runtime tables and pending
//! migrations in one transaction), calls (permission check, one transaction per call, events
//! handed back only after commit) and alarms (due tasks run through the same call path).
//!
//! Hosts own the concurrency: they must run at most one call or alarm of an instance at a time,
//! in arrival order, and deliver [`CallOutcome::events`] to subscribers after this returns.

use serde_json::Value;

use crate::caller::Caller;
use crate::context::{CallContext, ContextParts};
use crate::database::Database;
use crate::error::{Error, Result};
use crate::events::{self, Event};
use crate::id::instance_id;
use crate::migration::{self, MigrationReport};
use crate::object::{DurableObject, MethodInfo, ObjectEnv};
use crate::principal::Principal;
use crate::schedule::{self, Retry, Task};

/// Tasks run per alarm; the rest stay due, so the alarm re-arms at once for them.
const TASKS_PER_ALARM: u32 = 100;

/// An activated instance: the object and its open database.
pub struct Instance<T: DurableObject, D: Database> {
    object: T,
    db: D,
    id: String,
    name: String,
}

/// One call into an instance.
pub struct Call<'a> {
    /// Wire method name.
    pub method: &'a str,
    /// Params (an object, or `null` for none).
    pub params: Value,
    /// Principal of the caller.
    pub principal: &'a Principal,
    /// Time of the call in milliseconds since the Unix epoch.
    pub now_ms: i64,
    /// Delivers cross-object calls made by the handler.
    pub caller: &'a dyn Caller,
    /// Ids of the instances this call passed through (empty for calls from outside).
    pub chain: &'a [String],
}

/// The result of a call and what the host must do after it.
#[derive(Debug, Clone)]
pub struct CallOutcome {
    /// The method's result or error; on error nothing was committed.
    pub result: Result<Value>,
    /// Events committed by the call, to deliver to subscribers.
    pub events: Vec<Event>,
    /// Whether the schedule changed, so the host must re-read [`Instance::next_alarm`].
    pub schedule_changed: bool,
}

/// One task run by an alarm.
#[derive(Debug)]
pub struct TaskRun {
    /// The task as it was due.
    pub task: Task,
    /// The method's result; on error the task is retried later.
    pub result: Result<Value>,
    /// For a failed run: when it runs again, or that it was dropped.
    pub retry: Option<Retry>,
}

/// Result of one alarm.
#[derive(Debug, Default)]
pub struct AlarmOutcome {
    /// Each due task that ran, in order.
    pub runs: Vec<TaskRun>,
    /// Events committed by the tasks, to deliver to subscribers.
    pub events: Vec<Event>,
}

impl<T: DurableObject, D: Database> Instance<T, D> {
    /// Activates an instance on its open database: creates the runtime tables, applies pending
    /// migrations in one transaction with foreign keys off (as SQLite's table-rebuild procedure
    /// requires) and a `PRAGMA foreign_key_check` before commit, then creates the object.
    pub fn activate(db: D, name: &str, config: &Value) -> Result<(Self, MigrationReport)> {
        let info = T::info();
        let id = instance_id(info.class, name);

        db.set_foreign_keys(false)?;
        let migrated = migrate(&db, info.migrations);
        let restored = db.set_foreign_keys(true);
        let report = migrated?;
        restored?;

        let env = ObjectEnv {
            id: &id,
            name,
            config,
        };
        let object = T::create(&env)?;

        let instance = Instance {
            object,
            db,
            id,
            name: name.to_string(),
        };
        Ok((instance, report))
    }

    /// Returns the instance id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Returns the instance name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Returns the object.
    pub fn object(&self) -> &T {
        &self.object
    }

    /// Returns the database, for host bookkeeping outside calls.
    pub fn database(&self) -> &D {
        &self.db
    }

    /// Closes the instance and returns its database.
    pub fn close(self) -> D {
        self.db
    }

    /// Runs one call: rejects undeclared methods and missing grants before the handler runs, then
    /// runs the handler in one transaction that commits before this returns.
    pub async fn call(&self, call: Call<'_>) -> CallOutcome {
        match authorized_method::<T>(&call) {
            Ok(method) => self.run_method(method, call, |_| Ok(())).await,
            Err(error) => CallOutcome::failed(error),
        }
    }

    /// Runs queued calls as one group commit: one transaction with a savepoint per call.
    /// A failing call rolls back only its own writes and events. A single commit, one sync of the
    /// SQLite WAL, makes every call durable before any reply leaves. Calls run in order, and each
    /// reads the writes of the calls before it. A failed commit fails every call of the group.
    pub async fn call_group(&self, calls: Vec<Call<'_>>) -> Vec<CallOutcome> {
        if calls.len() <= 1 {
            let mut outcomes = Vec::new();
            for call in calls {
                outcomes.push(self.call(call).await);
            }
            return outcomes;
        }

        let count = calls.len();
        if let Err(error) = self.db.begin(true) {
            return vec![CallOutcome::failed(error); count];
        }

        let mut outcomes = Vec::with_capacity(count);
        for call in calls {
            outcomes.push(self.call_in_savepoint(call).await);
        }

        if let Err(error) = self.db.commit() {
            let _ = self.db.rollback();
            return vec![CallOutcome::failed(error); count];
        }
        outcomes
    }

    /// Runs one call of a group inside `SAVEPOINT dotdo_call`, within the group's transaction.
    async fn call_in_savepoint(&self, call: Call<'_>) -> CallOutcome {
        let method = match authorized_method::<T>(&call) {
            Ok(method) => method,
            Err(error) => return CallOutcome::failed(error),
        };
        if let Err(error) = self.db.exec_batch("SAVEPOINT dotdo_call") {
            return CallOutcome::failed(error);
        }

        let ctx = self.context(&call);
        let dispatched = self.object.dispatch(&ctx, method.name, call.params).await;
        let released = dispatched.and_then(|value| {
            self.db.exec_batch("RELEASE dotdo_call")?;
            Ok(value)
        });

        match released {
            Ok(value) => CallOutcome {
                result: Ok(value),
                events: ctx.take_emitted(),
                schedule_changed: ctx.schedule_changed(),
            },
            Err(error) => {
                // Undoes this call's writes, including its events, and keeps the group's transaction.
                let _ = self.db.exec_batch("ROLLBACK TO dotdo_call; RELEASE dotdo_call");
                CallOutcome::failed(error)
            }
        }
    }

    /// Runs the tasks due at `now_ms`, each as a call by [`Principal::system`] in its own
    /// transaction that also removes or re-arms the task. A failed task is rolled back and retried
    /// with backoff.
    pub async fn run_due_tasks(&self, now_ms: i64, caller: &dyn Caller) -> Result<AlarmOutcome> {
        let info = T::info();
        let principal = Principal::system();
        let mut outcome = AlarmOutcome::default();

        for task in schedule::due(&self.db, now_ms, TASKS_PER_ALARM)? {
            let call = Call {
                method: &task.method,
                params: task.params.clone(),
                principal: &principal,
                now_ms,
                caller,
                chain: &[],
            };

            let result = match info.method(&task.method) {
                Some(method) => {
                    let completed = self
                        .run_method(method, call, |db| schedule::complete(db, &task, now_ms))
                        .await;
                    outcome.events.extend(completed.events);
                    completed.result
                }
                None => Err(Error::method_not_found(info.class, &task.method)),
            };

            let retry = match &result {
                Ok(_) => None,
                Err(_) => Some(self.record_task_failure(&task, now_ms)?),
            };
            outcome.runs.push(TaskRun {
                task,
                result,
                retry,
            });
        }

        Ok(outcome)
    }

    /// Returns when the instance's alarm must next fire: the earliest due task.
    pub fn next_alarm(&self) -> Result<Option<i64>> {
        schedule::next_alarm(&self.db)
    }

    /// Reads up to `limit` committed events after `after_seq`.
    pub fn events_after(&self, after_seq: i64, limit: u32) -> Result<Vec<Event>> {
        events::read_after(&self.db, after_seq, limit)
    }

    /// Builds the context a handler receives for `call`.
    fn context<'c>(&'c self, call: &Call<'c>) -> CallContext<'c> {
        CallContext::new(ContextParts {
            sql: &self.db,
            principal: call.principal,
            info: T::info(),
            id: &self.id,
            name: &self.name,
            now_ms: call.now_ms,
            caller: call.caller,
            chain: call.chain,
        })
    }

    async fn run_method(
        &self,
        method: &MethodInfo,
        call: Call<'_>,
        before_commit: impl FnOnce(&D) -> Result<()>,
    ) -> CallOutcome {
        if let Err(error) = self.db.begin(method.writes) {
            return CallOutcome::failed(error);
        }

        let ctx = self.context(&call);

        let dispatched = self.object.dispatch(&ctx, method.name, call.params).await;
        let committed = dispatched.and_then(|value| {
            before_commit(&self.db)?;
            self.db.commit()?;
            Ok(value)
        });

        match committed {
            Ok(value) => CallOutcome {
                result: Ok(value),
                events: ctx.take_emitted(),
                schedule_changed: ctx.schedule_changed(),
            },
            Err(error) => {
                // A failed rollback leaves nothing to report beyond the original error, and
                // SQLite discards the open transaction when the connection closes.
                let _ = self.db.rollback();
                CallOutcome::failed(error)
            }
        }
    }

    fn record_task_failure(&self, task: &Task, now_ms: i64) -> Result<Retry> {
        self.db.begin(true)?;
        let recorded = schedule::record_failure(&self.db, task, now_ms).and_then(|retry| {
            self.db.commit()?;
            Ok(retry)
        });
        if recorded.is_err() {
            let _ = self.db.rollback();
        }
        recorded
    }
}

/// Returns the declared method of `call`, or the error for an undeclared method or a missing grant;
/// either check comes before any handler runs.
fn authorized_method<T: DurableObject>(call: &Call<'_>) -> Result<&'static MethodInfo> {
    let info = T::info();
    let method = info
        .method(call.method)
        .ok_or_else(|| Error::method_not_found(info.class, call.method))?;
    call.principal.authorize(method.name, method.permission)?;
    Ok(method)
}

impl CallOutcome {
    fn failed(error: Error) -> Self {
        CallOutcome {
            result: Err(error),
            events: Vec::new(),
            schedule_changed: false,
        }
    }
}

fn migrate<D: Database>(db: &D, migrations: &[migration::Migration]) -> Result<MigrationReport> {
    db.begin(true)?;

    let applied = (|| {
        db.exec_batch(events::CREATE_TABLE)?;
        db.exec_batch(schedule::CREATE_TABLE)?;
        let report = migration::apply(db, migrations)?;
        db.exec_batch("PRAGMA foreign_key_check;")?;
        db.commit()?;
        Ok(report)
    })();

    if applied.is_err() {
        let _ = db.rollback();
    }
    applied
}
