//! Tests of the instance lifecycle with a small hand-written object on an in-memory database.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use serde_json::{json, Value};

use crate::caller::NoCaller;
use crate::dispatch::{parse_params, to_result};
use crate::instance::{Call, Instance};
use crate::principal::PUBLIC;
use crate::sqlite::SqliteDb;
use crate::{
    params, CallContext, DurableObject, Error, MethodInfo, Migration, ObjectEnv, ObjectInfo,
    Principal, Result,
};

/// Runs a future that never waits on I/O, as every future here is.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

struct Notes {
    handler_runs: Cell<u32>,
}

static INFO: ObjectInfo = ObjectInfo {
    class: "notes",
    methods: &[
        MethodInfo {
            name: "add",
            permission: "notes:write",
            writes: true,
        },
        MethodInfo {
            name: "count",
            permission: PUBLIC,
            writes: false,
        },
        MethodInfo {
            name: "remind",
            permission: "notes:write",
            writes: true,
        },
    ],
    events: &["added"],
    migrations: &[Migration {
        version: 1,
        name: "create_notes",
        sql: "CREATE TABLE notes (text TEXT NOT NULL);",
    }],
    routes: &[],
};

#[derive(serde::Deserialize)]
struct AddParams {
    text: String,
}

impl DurableObject for Notes {
    fn info() -> &'static ObjectInfo {
        &INFO
    }

    fn create(_env: &ObjectEnv<'_>) -> Result<Self> {
        Ok(Notes {
            handler_runs: Cell::new(0),
        })
    }

    async fn dispatch(&self, ctx: &CallContext<'_>, method: &str, params: Value) -> Result<Value> {
        self.handler_runs.set(self.handler_runs.get() + 1);
        match method {
            "add" => {
                let params: AddParams = parse_params(method, params)?;
                if params.text.is_empty() {
                    ctx.sql()
                        .exec("INSERT INTO notes (text) VALUES ('partial')", &[])?;
                    return Err(Error::validation("text is empty"));
                }
                ctx.sql().exec(
                    "INSERT INTO notes (text) VALUES (?1)",
                    &params![params.text],
                )?;
                ctx.emit("added", json!({ "text": params.text }))?;
                to_result(json!({ "ok": true }))
            }
            "count" => {
                let row = ctx
                    .sql()
                    .query_row("SELECT count(*) AS n FROM notes", &[])?;
                let count: i64 = row.map(|row| row.get("n")).transpose()?.unwrap_or(0);
                to_result(count)
            }
            "remind" => {
                ctx.schedule_at("reminder", 1_000, "add", json!({ "text": "scheduled" }))?;
                to_result(json!({}))
            }
            _ => Err(Error::method_not_found(ctx.class(), method)),
        }
    }
}

fn activate() -> Instance<Notes, SqliteDb> {
    let db = SqliteDb::open_in_memory().unwrap();
    Instance::activate(db, "main", &Value::Null).unwrap().0
}

fn call(
    instance: &Instance<Notes, SqliteDb>,
    principal: &Principal,
    method: &str,
    params: Value,
) -> crate::instance::CallOutcome {
    block_on(instance.call(Call {
        method,
        params,
        principal,
        now_ms: 0,
        caller: &NoCaller,
        chain: &[],
    }))
}

fn writer() -> Principal {
    Principal::new("user:1", vec!["notes:*".into()])
}

#[test]
fn call_commits_and_returns_events() {
    let instance = activate();
    let outcome = call(&instance, &writer(), "add", json!({ "text": "hi" }));
    assert!(outcome.result.is_ok());
    assert_eq!(outcome.events.len(), 1);
    assert_eq!(
        call(&instance, &writer(), "count", Value::Null)
            .result
            .unwrap(),
        1
    );
}

#[test]
fn permission_is_checked_before_handler() {
    let instance = activate();
    let reader = Principal::new("user:2", vec!["notes:read".into()]);
    let outcome = call(&instance, &reader, "add", json!({ "text": "hi" }));
    assert_eq!(outcome.result.unwrap_err().status(), 403);
    assert_eq!(instance.object().handler_runs.get(), 0);
}

#[test]
fn undeclared_method_never_reaches_handler() {
    let instance = activate();
    let outcome = call(&instance, &writer(), "dispatch", Value::Null);
    assert_eq!(
        outcome.result.unwrap_err().code().as_str(),
        "METHOD_NOT_FOUND"
    );
    assert_eq!(instance.object().handler_runs.get(), 0);
}

#[test]
fn error_rolls_back_and_drops_events() {
    let instance = activate();
    let outcome = call(&instance, &writer(), "add", json!({ "text": "" }));
    assert!(outcome.result.is_err());
    assert!(outcome.events.is_empty());
    assert_eq!(
        call(&instance, &writer(), "count", Value::Null)
            .result
            .unwrap(),
        0
    );
}

#[test]
fn activation_is_idempotent() {
    let instance = activate();
    let db = instance.close();
    let (_, report) = Instance::<Notes, SqliteDb>::activate(db, "main", &Value::Null).unwrap();
    assert!(report.applied.is_empty());
}

#[test]
fn due_task_runs_through_call_path() {
    let instance = activate();
    let outcome = call(&instance, &writer(), "remind", Value::Null);
    assert!(outcome.schedule_changed);
    assert_eq!(instance.next_alarm().unwrap(), Some(1_000));

    let alarm = block_on(instance.run_due_tasks(1_000, &NoCaller)).unwrap();
    assert_eq!(alarm.runs.len(), 1);
    assert!(alarm.runs[0].result.is_ok());
    assert_eq!(alarm.events.len(), 1);
    assert_eq!(instance.next_alarm().unwrap(), None);
    assert_eq!(
        call(&instance, &writer(), "count", Value::Null)
            .result
            .unwrap(),
        1
    );
}

fn group_call<'a>(principal: &'a Principal, method: &'a str, params: Value) -> Call<'a> {
    Call {
        method,
        params,
        principal,
        now_ms: 0,
        caller: &NoCaller,
        chain: &[],
    }
}

#[test]
fn group_rolls_back_only_failing_call() {
    let instance = activate();
    let writer = writer();
    let reader = Principal::new("user:2", vec!["notes:read".into()]);
    let calls = vec![
        group_call(&writer, "add", json!({ "text": "first" })),
        // Writes a `partial` row, then fails: only its own savepoint is undone.
        group_call(&writer, "add", json!({ "text": "" })),
        group_call(&reader, "add", json!({ "text": "forbidden" })),
        group_call(&writer, "add", json!({ "text": "third" })),
        group_call(&writer, "count", Value::Null),
    ];

    let outcomes = block_on(instance.call_group(calls));

    assert_eq!(outcomes.len(), 5);
    assert!(outcomes[0].result.is_ok());
    assert_eq!(outcomes[1].result.as_ref().unwrap_err().code().as_str(), "VALIDATION_ERROR");
    assert_eq!(outcomes[2].result.as_ref().unwrap_err().status(), 403);
    assert!(outcomes[3].result.is_ok());
    // The count inside the group reads the writes of the calls before it.
    assert_eq!(outcomes[4].result.as_ref().unwrap(), &json!(2));
    assert!(outcomes[1].events.is_empty());

    let seqs: Vec<i64> = outcomes.iter().flat_map(|outcome| outcome.events.iter().map(|event| event.seq)).collect();
    assert_eq!(seqs, vec![1, 2], "events of the failed call leave no gap in the log");

    let rows = crate::sql::Sql::query(instance.database(), "SELECT text FROM notes ORDER BY rowid", &[]).unwrap();
    let texts: Vec<String> = rows.iter().map(|row| row.get("text").unwrap()).collect();
    assert_eq!(texts, vec!["first", "third"]);
}
