//! The classes a server hosts: [`Registry::register`] adds a [`DurableObject`] type, erased
//! behind [`ActiveInstance`] so the host can keep instances of every class side by side.
//!
//! Registration is explicit (`Registry::new().register::<Counter>()`); the `#[durable_object]`
//! macro or generated code can emit a `register_all(registry)` function that does the same. A
//! linker-collected list (the `inventory` or `linkme` crates) was not used: it does not work on
//! wasm32 and silently drops a class whose crate nothing else references.

use std::collections::BTreeMap;

use runtime::caller::{Caller, LocalBoxFuture};
use runtime::events::Event;
use runtime::instance::{AlarmOutcome, Call, CallOutcome, Instance};
use runtime::migration::MigrationReport;
use runtime::sqlite::SqliteDb;
use runtime::{DurableObject, ObjectInfo, Result};
use serde_json::Value;

/// An activated instance of any class, as the host drives it.
pub trait ActiveInstance {
    /// Runs one call.
    fn call<'a>(&'a self, call: Call<'a>) -> LocalBoxFuture<'a, CallOutcome>;

    /// Runs queued calls in order with one commit; see [`Instance::call_group`].
    fn call_group<'a>(&'a self, calls: Vec<Call<'a>>) -> LocalBoxFuture<'a, Vec<CallOutcome>>;

    /// Runs the tasks due at `now_ms`.
    fn run_due_tasks<'a>(
        &'a self,
        now_ms: i64,
        caller: &'a dyn Caller,
    ) -> LocalBoxFuture<'a, Result<AlarmOutcome>>;

    /// Returns the time the alarm must next fire.
    fn next_alarm(&self) -> Result<Option<i64>>;

    /// Reads committed events after `after_seq`.
    fn events_after(&self, after_seq: i64, limit: u32) -> Result<Vec<Event>>;
}

impl<T: DurableObject> ActiveInstance for Instance<T, SqliteDb> {
    fn call<'a>(&'a self, call: Call<'a>) -> LocalBoxFuture<'a, CallOutcome> {
        Box::pin(Instance::call(self, call))
    }

    fn call_group<'a>(&'a self, calls: Vec<Call<'a>>) -> LocalBoxFuture<'a, Vec<CallOutcome>> {
        Box::pin(Instance::call_group(self, calls))
    }

    fn run_due_tasks<'a>(
        &'a self,
        now_ms: i64,
        caller: &'a dyn Caller,
    ) -> LocalBoxFuture<'a, Result<AlarmOutcome>> {
        Box::pin(Instance::run_due_tasks(self, now_ms, caller))
    }

    fn next_alarm(&self) -> Result<Option<i64>> {
        Instance::next_alarm(self)
    }

    fn events_after(&self, after_seq: i64, limit: u32) -> Result<Vec<Event>> {
        Instance::events_after(self, after_seq, limit)
    }
}

/// An activated instance with the migrations its activation applied.
pub type Activated = (Box<dyn ActiveInstance>, MigrationReport);

/// One registered class.
#[derive(Clone, Copy)]
pub struct Class {
    /// The class declaration.
    pub info: &'static ObjectInfo,
    activate: fn(SqliteDb, &str, &Value) -> Result<Activated>,
}

impl Class {
    /// Activates an instance of this class on its open database.
    pub fn activate(&self, db: SqliteDb, name: &str, config: &Value) -> Result<Activated> {
        (self.activate)(db, name, config)
    }
}

fn activate_as<T: DurableObject>(db: SqliteDb, name: &str, config: &Value) -> Result<Activated> {
    let (instance, report) = Instance::<T, SqliteDb>::activate(db, name, config)?;
    Ok((Box::new(instance), report))
}

/// The hosted classes, by class name.
#[derive(Clone, Default)]
pub struct Registry {
    classes: BTreeMap<&'static str, Class>,
}

impl Registry {
    /// Creates an empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Adds a class.
    ///
    /// # Panics
    ///
    /// When the class name is already registered, or is not lowercase ASCII letters, digits, `_`
    /// and `-` starting with a letter. Both are bugs in the program that builds the registry.
    pub fn register<T: DurableObject>(mut self) -> Self {
        let info = T::info();
        if let Err(message) = check_class_name(info.class) {
            panic!("cannot register class `{}`: {message}", info.class);
        }
        let class = Class {
            info,
            activate: activate_as::<T>,
        };
        if self.classes.insert(info.class, class).is_some() {
            panic!("class `{}` is registered twice", info.class);
        }
        self
    }

    /// Returns the class with this name.
    pub fn get(&self, class: &str) -> Option<&Class> {
        self.classes.get(class)
    }

    /// Returns every class, by name.
    pub fn classes(&self) -> impl Iterator<Item = &Class> {
        self.classes.values()
    }
}

/// Class names appear in URLs and as directory names under the data directory.
fn check_class_name(class: &str) -> std::result::Result<(), String> {
    let mut chars = class.chars();
    let starts_with_letter = chars.next().is_some_and(|first| first.is_ascii_lowercase());
    let rest_valid =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if starts_with_letter && rest_valid {
        Ok(())
    } else {
        Err("class names must match [a-z][a-z0-9_-]*".to_string())
    }
}
