//! [`CallContext`]: what a method handler can reach during one call — the instance's SQL, the
//! caller's principal, the clock, the event log, the schedule and other objects.
//!
//! Everything written through it joins the call's transaction: events and schedule changes commit
//! with the call or roll back with it.

use std::cell::{Cell, RefCell};

use crate::caller::{Caller, Stub};
use crate::error::{Error, Result};
use crate::events::{self, Event};
use crate::object::ObjectInfo;
use crate::principal::Principal;
use crate::schedule::{self, Schedule, Task};
use crate::sql::Sql;
use serde::Serialize;

/// The context of one call.
pub struct CallContext<'a> {
    sql: &'a dyn Sql,
    principal: &'a Principal,
    info: &'static ObjectInfo,
    id: &'a str,
    name: &'a str,
    now_ms: i64,
    caller: &'a dyn Caller,
    chain: &'a [String],
    emitted: RefCell<Vec<Event>>,
    schedule_changed: Cell<bool>,
}

/// The parts a host supplies to build a [`CallContext`].
pub struct ContextParts<'a> {
    /// The instance's SQL, inside the call's transaction.
    pub sql: &'a dyn Sql,
    /// Principal of the caller.
    pub principal: &'a Principal,
    /// The class declaration.
    pub info: &'static ObjectInfo,
    /// Instance id.
    pub id: &'a str,
    /// Instance name.
    pub name: &'a str,
    /// Time of the call in milliseconds since the Unix epoch; fixed for the whole call.
    pub now_ms: i64,
    /// Delivers cross-object calls.
    pub caller: &'a dyn Caller,
    /// Ids of the instances this call passed through.
    pub chain: &'a [String],
}

impl<'a> CallContext<'a> {
    /// Creates a context; hosts call this through [`crate::instance::Instance`].
    pub fn new(parts: ContextParts<'a>) -> Self {
        CallContext {
            sql: parts.sql,
            principal: parts.principal,
            info: parts.info,
            id: parts.id,
            name: parts.name,
            now_ms: parts.now_ms,
            caller: parts.caller,
            chain: parts.chain,
            emitted: RefCell::new(Vec::new()),
            schedule_changed: Cell::new(false),
        }
    }

    /// Returns the instance's SQL connection, inside the call's transaction.
    pub fn sql(&self) -> &dyn Sql {
        self.sql
    }

    /// Returns the caller's principal.
    pub fn principal(&self) -> &Principal {
        self.principal
    }

    /// Checks a finer permission inside a handler, with the same 401/403 rules as method checks.
    pub fn authorize(&self, permission: &str) -> Result<()> {
        self.principal.authorize(self.info.class, permission)
    }

    /// Returns the class declaration: methods, events, migrations and routes.
    pub fn info(&self) -> &'static ObjectInfo {
        self.info
    }

    /// Returns the class name.
    pub fn class(&self) -> &'static str {
        self.info.class
    }

    /// Returns the instance id.
    pub fn id(&self) -> &str {
        self.id
    }

    /// Returns the instance name.
    pub fn name(&self) -> &str {
        self.name
    }

    /// Returns the time of the call in milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> i64 {
        self.now_ms
    }

    /// Appends a declared event to the log and returns its sequence number. Subscribers receive it
    /// after the call commits; a rolled-back call emits nothing.
    pub fn emit(&self, name: &str, payload: impl Serialize) -> Result<i64> {
        if !self.info.declares_event(name) {
            return Err(Error::internal(format!(
                "object `{}` emitted event `{name}`, which its spec does not declare",
                self.info.class
            )));
        }

        let payload = serde_json::to_value(payload).map_err(|error| {
            Error::internal(format!("cannot serialize event `{name}`: {error}"))
        })?;
        let event = events::append(self.sql, name, payload, self.now_ms)?;
        let seq = event.seq;
        self.emitted.borrow_mut().push(event);
        Ok(seq)
    }

    /// Schedules `method(params)` once at `at_ms`. An existing task with this key is replaced.
    pub fn schedule_at(
        &self,
        key: &str,
        at_ms: i64,
        method: &str,
        params: impl Serialize,
    ) -> Result<()> {
        self.schedule(key, Schedule::At { at_ms }, method, params)
    }

    /// Schedules `method(params)` once, `delay_ms` from now.
    pub fn schedule_after(
        &self,
        key: &str,
        delay_ms: i64,
        method: &str,
        params: impl Serialize,
    ) -> Result<()> {
        let at_ms = self.now_ms.saturating_add(delay_ms.max(0));
        self.schedule(key, Schedule::At { at_ms }, method, params)
    }

    /// Schedules `method(params)` every `interval_ms`, first one interval from now.
    pub fn schedule_every(
        &self,
        key: &str,
        interval_ms: i64,
        method: &str,
        params: impl Serialize,
    ) -> Result<()> {
        self.schedule(key, Schedule::Every { interval_ms }, method, params)
    }

    /// Schedules `method(params)` at each match of a cron expression, evaluated in UTC.
    pub fn schedule_cron(
        &self,
        key: &str,
        expression: &str,
        method: &str,
        params: impl Serialize,
    ) -> Result<()> {
        let schedule = Schedule::Cron {
            expression: expression.to_string(),
        };
        self.schedule(key, schedule, method, params)
    }

    /// Removes a scheduled task; returns whether it existed.
    pub fn cancel_schedule(&self, key: &str) -> Result<bool> {
        let removed = schedule::cancel(self.sql, key)?;
        self.schedule_changed.set(true);
        Ok(removed)
    }

    /// Returns every scheduled task of this instance.
    pub fn schedules(&self) -> Result<Vec<Task>> {
        schedule::list(self.sql)
    }

    /// Returns a handle for calling another instance.
    pub fn stub(&'a self, class: &str, name: &str) -> Stub<'a> {
        Stub::new(self, class, name)
    }

    fn schedule(
        &self,
        key: &str,
        schedule: Schedule,
        method: &str,
        params: impl Serialize,
    ) -> Result<()> {
        if self.info.method(method).is_none() {
            return Err(Error::internal(format!(
                "cannot schedule `{method}`: object `{}` declares no such method",
                self.info.class
            )));
        }

        let params = serde_json::to_value(params).map_err(|error| {
            Error::internal(format!("cannot serialize params for `{method}`: {error}"))
        })?;
        schedule::upsert(self.sql, key, method, &params, &schedule, self.now_ms)?;
        self.schedule_changed.set(true);
        Ok(())
    }

    pub(crate) fn caller(&self) -> &dyn Caller {
        self.caller
    }

    pub(crate) fn chain(&self) -> &[String] {
        self.chain
    }

    /// Takes the events emitted so far, for delivery after commit.
    pub(crate) fn take_emitted(&self) -> Vec<Event> {
        self.emitted.take()
    }

    pub(crate) fn schedule_changed(&self) -> bool {
        self.schedule_changed.get()
    }
}
