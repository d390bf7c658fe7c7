//! The object model: what a class declares ([`ObjectInfo`]) and what its code implements
//! ([`DurableObject`]).

use serde_json::{json, Value};

use crate::context::CallContext;
use crate::error::Result;
use crate::migration::Migration;
use crate::route::Route;

/// One declared method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodInfo {
    /// Wire name, camelCase, e.g. `closeRound`.
    pub name: &'static str,
    /// Permission the caller needs, or [`crate::principal::PUBLIC`].
    pub permission: &'static str,
    /// Whether the method writes; hosts take the write lock up front for these.
    pub writes: bool,
}

/// Everything a class declares: its name, methods, events, migrations and REST routes.
#[derive(Debug, Clone, Copy)]
pub struct ObjectInfo {
    /// Class name used in URLs and ids, e.g. `counter`.
    pub class: &'static str,
    /// The only methods callable from outside; anything else is `METHOD_NOT_FOUND`.
    pub methods: &'static [MethodInfo],
    /// Event names the class may emit.
    pub events: &'static [&'static str],
    /// Schema migrations in version order.
    pub migrations: &'static [Migration],
    /// REST routes that map HTTP verbs and paths onto methods.
    pub routes: &'static [Route],
}

impl ObjectInfo {
    /// Returns the declared method with this wire name.
    pub fn method(&self, name: &str) -> Option<&'static MethodInfo> {
        self.methods.iter().find(|method| method.name == name)
    }

    /// Returns true when the class declares this event.
    pub fn declares_event(&self, name: &str) -> bool {
        self.events.contains(&name)
    }

    /// Builds the description served by `GET /<class>/<name>`: the same shape as the base
    /// object's `describe` method (`ObjectDescription` in specs/do.yaml).
    pub fn describe(&self, id: &str, name: &str) -> Value {
        let methods: Vec<Value> = self
            .methods
            .iter()
            .map(|method| {
                let route = self
                    .routes
                    .iter()
                    .find(|route| route.method == method.name)
                    .map(|route| format!("{} /{}", route.verb, route.path));
                json!({
                    "name": method.name,
                    "permission": method.permission,
                    "mode": if method.writes { "write" } else { "read" },
                    "route": route,
                })
            })
            .collect();

        json!({
            "class": self.class,
            "id": id,
            "name": name,
            "schemaVersion": self.migrations.last().map_or(0, |migration| migration.version),
            "methods": methods,
            "events": self.events,
        })
    }
}

/// Instance details a host passes to [`DurableObject::create`].
#[derive(Debug, Clone, Copy)]
pub struct ObjectEnv<'a> {
    /// Instance id (SHA-256 hex of class and name).
    pub id: &'a str,
    /// Instance name as the caller gave it.
    pub name: &'a str,
    /// Per-class configuration from the host (`Value::Null` when none).
    pub config: &'a Value,
}

/// A Durable Object class.
///
/// Generated code (or a hand-written equivalent) must provide:
/// - [`info`](DurableObject::info): a `static` [`ObjectInfo`] whose `methods` list every callable
///   method with its wire name, permission and `writes` flag, plus events, migrations and routes;
/// - [`create`](DurableObject::create): builds the object for one instance; state lives in SQL,
///   so this is usually cheap;
/// - [`dispatch`](DurableObject::dispatch): a `match` on the wire method name that parses params
///   with [`crate::dispatch::parse_params`] (errors name the field), calls the typed handler and
///   serializes its result with [`crate::dispatch::to_result`]; any other name returns
///   [`crate::Error::method_not_found`].
///
/// The runtime checks the method's permission against the caller's principal before it calls
/// `dispatch`, from `info().methods`, so a dispatcher cannot skip the check. Each `dispatch` runs
/// inside the call's transaction: returning `Err` rolls back everything it wrote and emitted.
pub trait DurableObject: Sized + 'static {
    /// Returns the class declaration.
    fn info() -> &'static ObjectInfo;

    /// Creates the object for one instance, after its migrations have run.
    fn create(env: &ObjectEnv<'_>) -> Result<Self>;

    /// Runs one declared method. Futures need not be `Send`: on wasm32 nothing is, and the native
    /// host runs each instance on one thread.
    #[allow(async_fn_in_trait)]
    async fn dispatch(&self, ctx: &CallContext<'_>, method: &str, params: Value) -> Result<Value>;
}
