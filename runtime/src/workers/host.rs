//! [`ObjectHost`]: one Durable Object that hosts one instance of a class. It activates the
//! instance on first use (in every entry point: fetch, alarm, WebSocket message), runs each call
//! in a storage transaction, delivers committed events to subscribed WebSockets and keeps the
//! Durable Object's single alarm at the earliest scheduled task.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;
use worker::{Env, Request, Response, State, Storage};

use crate::error::{Error, Result};
use crate::events::Event;
use crate::instance::{Call, CallOutcome, Instance};
use crate::object::DurableObject;
use crate::principal::Principal;
use crate::schedule::{self, Task};

use super::caller::WorkerCaller;
use super::settings::{Settings, CONFIG_VAR};
use super::storage::{transaction_async, transaction_sync, DoSql};

/// Key in the Durable Object's key-value storage that keeps the instance name, which alarms
/// and hibernated WebSockets need to activate the instance.
const NAME_KEY: &str = "dotdo:name";

/// Due tasks run per alarm; the alarm re-arms at once for the rest.
const TASKS_PER_ALARM: u32 = 100;

/// Events read from the log per page when catching a subscriber up.
pub(crate) const EVENT_PAGE: u32 = 500;

pub(crate) type ActiveInstance<T> = Rc<Instance<T, Rc<DoSql>>>;

/// The host of one Durable Object of class `T`.
pub struct ObjectHost<T: DurableObject> {
    pub(crate) state: State,
    pub(crate) env: Env,
    pub(crate) storage: Storage,
    pub(crate) db: Rc<DoSql>,
    instance: RefCell<Option<ActiveInstance<T>>>,
    settings: RefCell<Option<Rc<Settings>>>,
}

impl<T: DurableObject> ObjectHost<T> {
    /// Creates the host; nothing is read from storage until the first event.
    pub fn new(state: State, env: Env) -> Self {
        let storage = state.storage();
        let db = Rc::new(DoSql::new(&storage));
        ObjectHost {
            state,
            env,
            storage,
            db,
            instance: RefCell::new(None),
            settings: RefCell::new(None),
        }
    }

    /// Handles a request forwarded by the Worker entry, or a cross-object call.
    pub async fn fetch(&self, request: Request) -> worker::Result<Response> {
        super::routes::handle(self, request).await
    }

    /// Runs the due tasks and re-arms the alarm.
    pub async fn alarm(&self) -> worker::Result<Response> {
        if let Err(error) = self.run_alarm().await {
            log_error(T::info().class, "(alarm)", "", &error);
            // Returning an error makes the platform retry the alarm with backoff.
            return Err(worker::Error::RustError(error.to_string()));
        }
        Response::ok("")
    }

    /// Handles one WebSocket message.
    pub async fn websocket_message(
        &self,
        socket: worker::WebSocket,
        message: worker::WebSocketIncomingMessage,
    ) -> worker::Result<()> {
        super::socket::message(self, socket, message).await
    }

    /// Completes the closing handshake of a socket the client closed or that failed.
    pub fn websocket_close(&self, socket: worker::WebSocket, code: usize) -> worker::Result<()> {
        super::socket::close(socket, code)
    }

    /// Returns the settings from `DOTDO_CONFIG`, parsed once per object.
    pub(crate) fn settings(&self) -> Result<Rc<Settings>> {
        if let Some(settings) = self.settings.borrow().as_ref() {
            return Ok(settings.clone());
        }
        let settings = Rc::new(load_settings(&self.env)?);
        self.settings.replace(Some(settings.clone()));
        Ok(settings)
    }

    /// Activates the instance if needed: migrations in one transaction, then the alarm re-armed
    /// from the persisted schedule. `name` is `None` for alarms and hibernated WebSockets, which
    /// read the name stored at the first activation.
    pub(crate) async fn activate(&self, name: Option<&str>) -> Result<ActiveInstance<T>> {
        if let Some(instance) = self.instance.borrow().as_ref() {
            return Ok(instance.clone());
        }

        let stored: Option<String> = self
            .storage
            .get(NAME_KEY)
            .await
            .map_err(|error| Error::internal(format!("cannot read the instance name: {error}")))?;
        let name = match (name, &stored) {
            (Some(name), _) => name.to_string(),
            (None, Some(stored)) => stored.clone(),
            (None, None) => {
                return Err(Error::internal(
                    "this Durable Object has no stored instance name; it was never called by name",
                ))
            }
        };

        let info = T::info();
        let config = self
            .settings()?
            .objects
            .get(info.class)
            .cloned()
            .unwrap_or(Value::Null);
        let db = self.db.clone();
        let activation_name = name.clone();
        let activated = transaction_sync(
            &self.storage,
            &self.db,
            move || Instance::<T, Rc<DoSql>>::activate(db, &activation_name, &config),
            |activated| activated.is_err(),
        )??;

        // A concurrent activation (two events racing across the awaits above) keeps the first.
        if let Some(instance) = self.instance.borrow().as_ref() {
            return Ok(instance.clone());
        }
        let (instance, report) = activated;
        if !report.applied.is_empty() {
            worker::console_log!(
                "activated {}/{name}: applied migrations {:?} (schema {} -> {})",
                info.class,
                report.applied,
                report.from_version,
                report.to_version
            );
        }
        if stored.as_deref() != Some(name.as_str()) {
            self.storage
                .put(NAME_KEY, &name)
                .await
                .map_err(|error| Error::internal(format!("cannot store the instance name: {error}")))?;
        }

        let instance = Rc::new(instance);
        self.instance.replace(Some(instance.clone()));
        self.rearm_alarm(&instance).await?;
        Ok(instance)
    }

    /// Calls a declared method. Unknown methods and missing grants are rejected before the
    /// instance is activated, as on the native server.
    pub(crate) async fn call(
        &self,
        name: &str,
        method: &str,
        params: Value,
        principal: Principal,
        chain: Vec<String>,
    ) -> Result<Value> {
        let info = T::info();
        let declared = info
            .method(method)
            .ok_or_else(|| Error::method_not_found(info.class, method))?;
        principal.authorize(declared.name, declared.permission)?;

        let instance = self.activate(Some(name)).await?;
        let outcome = self
            .run_in_transaction(&instance, method.to_string(), params, principal, chain)
            .await?;

        self.after_commit(&instance, &outcome.events, outcome.schedule_changed)
            .await;
        if let Err(error) = &outcome.result {
            log_error(info.class, name, method, error);
        }
        outcome.result
    }

    async fn run_in_transaction(
        &self,
        instance: &ActiveInstance<T>,
        method: String,
        params: Value,
        principal: Principal,
        chain: Vec<String>,
    ) -> Result<CallOutcome> {
        let instance = instance.clone();
        let caller = WorkerCaller::new(self.env.clone());
        transaction_async(
            &self.storage,
            &self.db,
            move || async move {
                let call = Call {
                    method: &method,
                    params,
                    principal: &principal,
                    now_ms: now_ms(),
                    caller: &caller,
                    chain: &chain,
                };
                instance.call(call).await
            },
            |outcome: &CallOutcome| outcome.result.is_err(),
        )
        .await
    }

    async fn run_alarm(&self) -> Result<()> {
        let instance = self.activate(None).await?;
        let now = now_ms();
        let tasks = schedule::due(&*self.db, now, TASKS_PER_ALARM)?;

        let mut events = Vec::new();
        for task in tasks {
            let (result, task_events) = self.run_task(&instance, &task, now).await?;
            events.extend(task_events);
            if let Err(error) = result {
                log_error(T::info().class, instance.name(), &task.method, &error);
                let db = self.db.clone();
                let failed_task = task.clone();
                let retry = transaction_sync(
                    &self.storage,
                    &self.db,
                    move || schedule::record_failure(&*db, &failed_task, now),
                    |recorded| recorded.is_err(),
                )??;
                worker::console_log!(
                    "task `{}` of {}/{} failed; retry: {retry:?}",
                    task.key,
                    T::info().class,
                    instance.name()
                );
            }
        }

        self.after_commit(&instance, &events, true).await;
        Ok(())
    }

    /// Runs one due task as a call by the system principal; the task's removal or re-arming
    /// commits in the same transaction as its writes.
    async fn run_task(
        &self,
        instance: &ActiveInstance<T>,
        task: &Task,
        now: i64,
    ) -> Result<(Result<Value>, Vec<Event>)> {
        let instance = instance.clone();
        let db = self.db.clone();
        let task = task.clone();
        let caller = WorkerCaller::new(self.env.clone());

        let outcome = transaction_async(
            &self.storage,
            &self.db,
            move || async move {
                let principal = Principal::system();
                let call = Call {
                    method: &task.method,
                    params: task.params.clone(),
                    principal: &principal,
                    now_ms: now,
                    caller: &caller,
                    chain: &[],
                };
                let outcome = instance.call(call).await;
                match outcome.result {
                    Ok(value) => match schedule::complete(&*db, &task, now) {
                        Ok(()) => (Ok(value), outcome.events),
                        Err(error) => (Err(error), Vec::new()),
                    },
                    Err(error) => (Err(error), Vec::new()),
                }
            },
            |(result, _): &(Result<Value>, Vec<Event>)| result.is_err(),
        )
        .await?;
        Ok(outcome)
    }

    /// Delivers committed events and re-arms the alarm; failures are logged, because the call
    /// has committed and its caller must get its result.
    async fn after_commit(&self, instance: &ActiveInstance<T>, events: &[Event], schedule_changed: bool) {
        if !events.is_empty() {
            super::socket::deliver_events(self, instance);
        }
        if schedule_changed {
            if let Err(error) = self.rearm_alarm(instance).await {
                log_error(T::info().class, instance.name(), "(alarm)", &error);
            }
        }
    }

    /// Sets the Durable Object's alarm to the earliest scheduled task, or deletes it.
    async fn rearm_alarm(&self, instance: &ActiveInstance<T>) -> Result<()> {
        let next = instance.next_alarm()?;
        let armed = match next {
            Some(at_ms) => {
                let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
                self.storage
                    .set_alarm(worker::ScheduledTime::new(at))
                    .await
            }
            None => self.storage.delete_alarm().await,
        };
        armed.map_err(|error| Error::internal(format!("cannot set the alarm: {error}")))
    }
}

/// Returns the current time in milliseconds since the Unix epoch. Inside a Worker the clock
/// advances only across I/O, so it is fixed for the synchronous part of a call.
pub(crate) fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Reads `DOTDO_CONFIG` from the Worker's variables or secrets.
pub(crate) fn load_settings(env: &Env) -> Result<Settings> {
    // Read directly, because `Env::var` panics when the binding is null, which is what workerd's
    // `fromEnvironment` binding holds for an unset variable.
    let value = js_sys::Reflect::get(env.as_ref(), &wasm_bindgen::JsValue::from_str(CONFIG_VAR))
        .map_err(|_| Error::internal(format!("cannot read the binding {CONFIG_VAR}")))?;
    let text = value.as_string();
    Settings::parse(text.as_deref())
        .map_err(|message| Error::internal(format!("invalid configuration: {message}")))
}

/// Logs an internal error with its cause; other errors are the caller's to handle.
pub(crate) fn log_error(class: &str, name: &str, method: &str, error: &Error) {
    if error.is_internal() {
        worker::console_error!("{class}/{name} {method}: {error}");
    }
}
