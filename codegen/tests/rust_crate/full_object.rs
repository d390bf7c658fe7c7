//! The `full` fixture run as an object: a struct bound with `#[durable_object]` implements the
//! generated `Methods` traits with the generated table accessors, and calls go through the
//! runtime's `Instance` on a SQLite file, the generated dispatcher and back.

use std::future::Future;
use std::path::PathBuf;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use fixture_full::shop::{
    CancelOrderParams, Customer, GetOrderParams, ListOrdersParams, Order, OrderLine, OrderPlaced, OrderSummary,
    PlaceOrderParams, Priority, RefundParams,
};
use fixture_full::{base, shop};
use macros::durable_object;
use runtime::caller::{CallRequest, Caller, LocalBoxFuture, NoCaller};
use runtime::context::ContextParts;
use runtime::instance::{Call, CallOutcome, Instance};
use runtime::sqlite::{Durability, SqliteDb};
use runtime::table::Cursor;
use runtime::{CallContext, Error, Principal, Result};
use serde_json::{json, Value};

/// Time of every call: a fixed clock keeps the rows comparable.
const NOW_MS: i64 = 1_700_000_000_000;

/// The shop of the fixture. Its state lives in SQL, so the struct is empty.
#[durable_object(spec = "shop", module = fixture_full::shop)]
pub struct Shop;

impl base::Methods for Shop {
    async fn describe(&self, ctx: &CallContext<'_>) -> Result<Value> {
        Ok(json!({ "class": ctx.class(), "name": ctx.name() }))
    }
}

impl shop::Methods for Shop {
    async fn place_order(&self, ctx: &CallContext<'_>, params: PlaceOrderParams) -> Result<OrderSummary> {
        let customers = Customer::table(ctx.sql());
        let Some(mut customer) = customers.get(&params.customer_id)? else {
            return Err(Error::not_found(format!("no customer `{}`", params.customer_id)));
        };

        let orders = Order::table(ctx.sql());
        let placed = count_orders(ctx, &params.customer_id)?;
        let order = Order {
            id: format!("{}-{}", params.customer_id, placed + 1),
            customer_id: params.customer_id.clone(),
            status: "placed".into(),
            priority: params.priority.unwrap_or(Priority::Normal),
            placed_at: Some(ctx.now_ms()),
            note: None,
        };
        orders.insert(&order)?;

        let mut total_cents = 0;
        let mut stored = Vec::new();
        for (number, line) in params.lines.into_iter().enumerate() {
            let line = OrderLine { order_id: order.id.clone(), line_no: number as i64 + 1, ..line };
            total_cents += line.quantity * line.unit_cents;
            OrderLine::table(ctx.sql()).insert(&line)?;
            stored.push(line);
        }

        customer.balance -= total_cents as f64 / 100.0;
        customer.vip = total_cents >= 10_000;
        if !customers.update(&customer)? {
            return Err(Error::internal("the customer row vanished during the call"));
        }

        ctx.emit(OrderPlaced::NAME, OrderPlaced { order_id: order.id.clone(), total_cents })?;
        let tags = vec![format!("placed:{}", placed + 1)];
        Ok(OrderSummary { order, lines: stored, total_cents, ship_to: params.ship_to, tags })
    }

    async fn get_order(&self, ctx: &CallContext<'_>, params: GetOrderParams) -> Result<OrderSummary> {
        let Some(order) = Order::table(ctx.sql()).get(&params.order_id)? else {
            return Err(Error::not_found(format!("no order `{}`", params.order_id)));
        };
        let lines = lines_of(ctx, &order.id)?;
        let total_cents = lines.iter().map(|line| line.quantity * line.unit_cents).sum();
        Ok(OrderSummary { order, lines, total_cents, ship_to: None, tags: Vec::new() })
    }

    async fn list_orders(&self, ctx: &CallContext<'_>, params: ListOrdersParams) -> Result<Vec<Order>> {
        let orders = Order::table(ctx.sql());
        let mut found = Vec::new();
        let mut after: Option<Cursor> = None;
        loop {
            let page = orders.list(2, after.as_ref())?;
            let matching = page.items.into_iter().filter(|order| params.status.as_ref().is_none_or(|status| &order.status == status));
            found.extend(matching);
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        if let Some(limit) = params.limit {
            found.truncate(usize::try_from(limit).unwrap_or(0));
        }
        Ok(found)
    }

    async fn cancel_order(&self, ctx: &CallContext<'_>, params: CancelOrderParams) -> Result<()> {
        let orders = Order::table(ctx.sql());
        let Some(mut order) = orders.get(&params.order_id)? else {
            return Err(Error::not_found(format!("no order `{}`", params.order_id)));
        };
        if order.status == "cancelled" {
            return Err(Error::conflict(format!("order `{}` is already cancelled", order.id)));
        }

        for line in lines_of(ctx, &order.id)? {
            OrderLine::table(ctx.sql()).delete(&line.order_id, line.line_no)?;
        }
        order.status = "cancelled".into();
        order.note = params.reason.clone();
        orders.update(&order)?;
        ctx.emit("order.cancelled", json!({ "orderId": order.id, "reason": params.reason }))?;
        Ok(())
    }

    async fn refund(&self, _ctx: &CallContext<'_>, params: RefundParams) -> Result<bool> {
        Ok(params.amount_cents > 0)
    }
}

/// Counts the customer's placed orders through the index listing, one row a page.
fn count_orders(ctx: &CallContext<'_>, customer_id: &str) -> Result<usize> {
    let orders = Order::table(ctx.sql());
    let mut count = 0;
    let mut after: Option<Cursor> = None;
    loop {
        let page = orders.list_by_customer_id_status(customer_id, "placed", 1, after.as_ref())?;
        count += page.items.len();
        match page.next {
            Some(next) => after = Some(next),
            None => return Ok(count),
        }
    }
}

/// Reads an order's lines by paging through the whole table, two rows a page, so the cursor of
/// the composite key (`order_id`, `line_no`) is exercised.
fn lines_of(ctx: &CallContext<'_>, order_id: &str) -> Result<Vec<OrderLine>> {
    let table = OrderLine::table(ctx.sql());
    let mut lines = Vec::new();
    let mut after: Option<Cursor> = None;
    loop {
        let page = table.list(2, after.as_ref())?;
        lines.extend(page.items.into_iter().filter(|line| line.order_id == order_id));
        match page.next {
            Some(next) => after = Some(next),
            None => return Ok(lines),
        }
    }
}

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

/// A fresh SQLite file for one test, removed when dropped.
struct TempDb {
    path: PathBuf,
}

impl TempDb {
    fn new(test: &str) -> Self {
        let path = std::env::temp_dir().join(format!("fixture-full-{}-{test}.sqlite", std::process::id()));
        let db = TempDb { path };
        db.remove();
        db
    }

    fn open(&self) -> SqliteDb {
        SqliteDb::open(&self.path, Durability::Normal).expect("open the SQLite file")
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.path.display()));
        }
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        self.remove();
    }
}

fn activate(db: SqliteDb) -> Instance<Shop, SqliteDb> {
    Instance::activate(db, "main", &Value::Null).expect("activate").0
}

fn call(instance: &Instance<Shop, SqliteDb>, principal: &Principal, method: &str, params: Value) -> CallOutcome {
    block_on(instance.call(Call { method, params, principal, now_ms: NOW_MS, caller: &NoCaller, chain: &[] }))
}

fn clerk() -> Principal {
    Principal::new("user:clerk", vec!["orders:*".into()])
}

fn customer(id: &str) -> Customer {
    Customer {
        id: id.into(),
        email: format!("{id}@example.com"),
        name: "Ada".into(),
        vip: false,
        balance: 500.0,
        avatar: Some(vec![1, 2]),
        profile: json!({ "tier": 1 }),
        r#type: "person".into(),
    }
}

fn place(instance: &Instance<Shop, SqliteDb>, customer_id: &str, lines: usize) -> OrderSummary {
    let lines: Vec<Value> = (0..lines)
        .map(|index| json!({ "orderId": "", "lineNo": 0, "sku": format!("sku-{index}"), "quantity": 2, "unitCents": 2_500 }))
        .collect();
    let params = json!({ "customerId": customer_id, "lines": lines, "priority": "high" });
    let outcome = call(instance, &clerk(), "placeOrder", params);
    serde_json::from_value(outcome.result.expect("placeOrder succeeds")).expect("an OrderSummary")
}

#[test]
fn activation_applies_embedded_migrations() {
    let file = TempDb::new("activation");
    let (instance, report) = Instance::<Shop, SqliteDb>::activate(file.open(), "main", &Value::Null).expect("activate");
    assert_eq!(report.applied, vec![1]);
    assert_eq!(shop::MIGRATIONS[0].name, "initial");
    assert!(shop::MIGRATIONS[0].sql.contains("CREATE TABLE \"orders\""));

    drop(instance);
    let (_, report) = Instance::<Shop, SqliteDb>::activate(file.open(), "main", &Value::Null).expect("reactivate");
    assert!(report.applied.is_empty(), "a second activation applies nothing");
}

#[test]
fn write_method_uses_table_accessors() {
    let file = TempDb::new("write");
    let instance = activate(file.open());
    Customer::table(instance.database()).insert(&customer("c1")).expect("insert a customer");

    let mut summaries = Vec::new();
    for _ in 0..3 {
        summaries.push(place(&instance, "c1", 3));
    }
    let last = summaries.last().expect("three orders");
    assert_eq!(last.order.id, "c1-3", "list_by_customer_id_status counted two earlier orders over two pages");
    assert_eq!(last.tags, vec!["placed:3".to_string()]);
    assert_eq!(last.total_cents, 15_000);
    assert_eq!(last.order.priority, Priority::High);
    assert_eq!(last.lines.iter().map(|line| line.line_no).collect::<Vec<_>>(), vec![1, 2, 3]);

    let stored = Customer::table(instance.database()).get("c1").expect("get").expect("the customer exists");
    assert!(stored.vip, "update wrote the vip flag");
    assert_eq!(stored.balance, 500.0 - 3.0 * 150.0, "update wrote the balance");
    assert_eq!(stored.avatar, Some(vec![1, 2]), "blob column kept");
    assert_eq!(stored.profile, json!({ "tier": 1 }), "json column kept");

    let outcome = call(&instance, &clerk(), "getOrder", json!({ "orderId": "c1-2" }));
    let summary: OrderSummary = serde_json::from_value(outcome.result.expect("getOrder")).expect("an OrderSummary");
    assert_eq!(summary.lines.len(), 3, "the composite-key cursor crossed page boundaries");
    assert_eq!(summary.lines, summaries[1].lines);

    let outcome = call(&instance, &clerk(), "listOrders", json!({ "status": "placed" }));
    let orders: Vec<Order> = serde_json::from_value(outcome.result.expect("listOrders")).expect("orders");
    let ids: Vec<&str> = orders.iter().map(|order| order.id.as_str()).collect();
    assert_eq!(ids, ["c1-1", "c1-2", "c1-3"]);
}

#[test]
fn cancel_deletes_lines_and_updates_order() {
    let file = TempDb::new("cancel");
    let instance = activate(file.open());
    Customer::table(instance.database()).insert(&customer("c1")).expect("insert a customer");
    place(&instance, "c1", 2);

    let outcome = call(&instance, &clerk(), "cancelOrder", json!({ "orderId": "c1-1", "reason": "changed mind" }));
    assert_eq!(outcome.result.expect("cancelOrder"), Value::Null, "a method without `returns` returns null");
    assert_eq!(outcome.events.len(), 1);
    assert_eq!(outcome.events[0].name, "order.cancelled");

    let order = Order::table(instance.database()).get("c1-1").expect("get").expect("the order exists");
    assert_eq!(order.status, "cancelled");
    assert_eq!(order.note.as_deref(), Some("changed mind"));
    let lines = OrderLine::table(instance.database()).list(10, None).expect("list");
    assert!(lines.items.is_empty(), "delete removed every line");
    assert_eq!(lines.next, None);

    let again = call(&instance, &clerk(), "cancelOrder", json!({ "orderId": "c1-1" }));
    assert_eq!(again.result.expect_err("already cancelled").code().as_str(), "CONFLICT");
}

#[test]
fn failed_call_rolls_back_accessor_writes() {
    let file = TempDb::new("rollback");
    let instance = activate(file.open());
    Customer::table(instance.database()).insert(&customer("c1")).expect("insert a customer");

    // Line 2 breaks the `quantity > 0` check after the order and line 1 were inserted.
    let lines = json!([
        { "orderId": "", "lineNo": 0, "sku": "a", "quantity": 1, "unitCents": 100 },
        { "orderId": "", "lineNo": 0, "sku": "b", "quantity": 0, "unitCents": 100 },
    ]);
    let outcome = call(&instance, &clerk(), "placeOrder", json!({ "customerId": "c1", "lines": lines }));
    assert_eq!(outcome.result.expect_err("check violated").code().as_str(), "CONFLICT");
    assert!(outcome.events.is_empty());

    let orders = Order::table(instance.database()).list(10, None).expect("list");
    assert!(orders.items.is_empty(), "the order insert was rolled back");
}

#[test]
fn permission_denied_before_handler() {
    let file = TempDb::new("permission");
    let instance = activate(file.open());

    let params = json!({ "orderId": "o1", "amountCents": 100 });
    let auditor = Principal::new("user:auditor", vec!["orders:read".into()]);
    let forbidden = call(&instance, &auditor, "refund", params.clone());
    assert_eq!(forbidden.result.expect_err("auditor lacks orders:refund").code().as_str(), "FORBIDDEN");

    let anonymous = call(&instance, &Principal::anonymous(Vec::new()), "refund", params.clone());
    assert_eq!(anonymous.result.expect_err("no credentials").code().as_str(), "UNAUTHENTICATED");

    let refunds = call(&instance, &clerk(), "refund", params).result.expect("orders:* matches orders:refund");
    assert_eq!(refunds, json!(true));
}

#[test]
fn params_error_names_field() {
    let file = TempDb::new("params");
    let instance = activate(file.open());

    let wrong_type = call(&instance, &clerk(), "placeOrder", json!({ "customerId": 5, "lines": [] }));
    let error = wrong_type.result.expect_err("customerId is not text");
    assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
    assert_eq!(error.details()["field"], "customerId");

    let nested = json!({ "customerId": "c1", "lines": [{ "orderId": "", "lineNo": "one", "sku": "a", "quantity": 1, "unitCents": 1 }] });
    let error = call(&instance, &clerk(), "placeOrder", nested).result.expect_err("lineNo is not an integer");
    assert_eq!(error.details()["field"], "lines[0].lineNo");

    let missing = call(&instance, &clerk(), "getOrder", json!({}));
    assert_eq!(missing.result.expect_err("orderId missing").details()["field"], "orderId");

    let unknown = call(&instance, &clerk(), "describe", json!({ "verbose": true }));
    let error = unknown.result.expect_err("describe takes no params");
    assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
    assert!(error.message().contains("verbose"), "{}", error.message());
}

#[test]
fn base_method_dispatched_to_base_module() {
    let file = TempDb::new("base");
    let instance = activate(file.open());

    let outcome = call(&instance, &Principal::anonymous(Vec::new()), "describe", Value::Null);
    assert_eq!(outcome.result.expect("describe is public"), json!({ "class": "shop", "name": "main" }));
}

#[test]
fn unknown_method_not_found() {
    let file = TempDb::new("unknown");
    let instance = activate(file.open());

    let outcome = call(&instance, &clerk(), "dropTables", Value::Null);
    assert_eq!(outcome.result.expect_err("undeclared").code().as_str(), "METHOD_NOT_FOUND");

    // The generated dispatcher rejects an undeclared name on its own, too.
    let principal = clerk();
    let ctx = CallContext::new(ContextParts {
        sql: instance.database(),
        principal: &principal,
        info: &shop::INFO,
        id: instance.id(),
        name: instance.name(),
        now_ms: NOW_MS,
        caller: &NoCaller,
        chain: &[],
    });
    let error = block_on(shop::dispatch(&Shop, &ctx, "dropTables", Value::Null)).expect_err("undeclared");
    assert_eq!(error.code().as_str(), "METHOD_NOT_FOUND");
    assert_eq!(error.details()["method"], "dropTables");
}

#[test]
fn info_declares_methods_and_routes() {
    let info = &shop::INFO;
    assert_eq!(info.class, "shop");
    let names: Vec<&str> = info.methods.iter().map(|method| method.name).collect();
    assert_eq!(names, ["describe", "placeOrder", "getOrder", "listOrders", "cancelOrder", "refund"]);
    let refund = info.method("refund").expect("refund is declared");
    assert_eq!((refund.permission, refund.writes), ("orders:refund", true));
    assert!(!info.method("getOrder").expect("getOrder is declared").writes);
    assert_eq!(info.events, ["note.added", "order.placed", "order.cancelled"]);

    let found = runtime::route::match_route(info.routes, "GET", &["orders", "c1-1"]).expect("GET /orders/{orderId}");
    assert_eq!(found.route.method, "getOrder");
    assert_eq!(found.params["orderId"], "c1-1");

    let list = runtime::route::match_route(info.routes, "GET", &["orders"]).expect("GET /orders");
    let mut query = serde_json::Map::new();
    query.insert("limit".into(), json!("5"));
    runtime::route::coerce_params(list.route, &mut query).expect("limit is an integer");
    assert_eq!(query["limit"], 5);
}

#[test]
fn index_listing_matches_null() {
    let file = TempDb::new("null");
    let instance = activate(file.open());
    let db = instance.database();
    Customer::table(db).insert(&customer("c1")).expect("insert a customer");

    let orders = Order::table(db);
    for (id, placed_at) in [("a", None), ("b", Some(NOW_MS)), ("c", None)] {
        let order = Order {
            id: id.into(),
            customer_id: "c1".into(),
            status: "draft".into(),
            priority: Priority::Low,
            placed_at,
            note: None,
        };
        orders.insert(&order).expect("insert an order");
    }

    let unplaced = orders.list_by_placed_at(None, 1, None).expect("first page");
    assert_eq!(unplaced.items[0].id, "a");
    let cursor = unplaced.next.expect("a second page");
    let token = cursor.to_token();
    let cursor = Cursor::from_token(&token).expect("the token decodes");
    let rest = orders.list_by_placed_at(None, 1, Some(&cursor)).expect("second page");
    assert_eq!(rest.items.iter().map(|order| order.id.as_str()).collect::<Vec<_>>(), ["c"]);
    assert_eq!(rest.next, None);

    let placed = orders.list_by_placed_at(Some(NOW_MS), 10, None).expect("placed orders");
    assert_eq!(placed.items.len(), 1);
    assert_eq!(placed.items[0].priority, Priority::Low, "the enum column reads back");

    let wrong_table = OrderLine::table(db).list(1, Some(&cursor));
    assert_eq!(wrong_table.expect_err("a cursor of orders").code().as_str(), "VALIDATION_ERROR");
    assert_eq!(orders.list(0, None).expect_err("limit 0").code().as_str(), "VALIDATION_ERROR");

    let mut changed = orders.get("b").expect("get").expect("b exists");
    changed.note = Some("rush".into());
    orders.upsert(&changed).expect("upsert an existing row");
    assert_eq!(orders.get("b").expect("get").expect("b exists").note.as_deref(), Some("rush"));
    assert!(orders.delete("b").expect("delete"));
    assert!(!orders.delete("b").expect("delete again"), "a second delete finds nothing");
    assert!(!orders.update(&changed).expect("update a deleted row"), "update of a missing row returns false");
}

/// Delivers cross-object calls to one other instance, as a host would.
struct Forward<'a> {
    target: &'a Instance<Shop, SqliteDb>,
}

impl Caller for Forward<'_> {
    fn call(&self, request: CallRequest) -> LocalBoxFuture<'_, Result<Value>> {
        Box::pin(async move {
            let call = Call {
                method: &request.method,
                params: request.params.clone(),
                principal: &request.principal,
                now_ms: NOW_MS,
                caller: &NoCaller,
                chain: &request.chain,
            };
            self.target.call(call).await.result
        })
    }
}

#[test]
fn client_stub_calls_other_instance() {
    let (first_file, other_file) = (TempDb::new("client-first"), TempDb::new("client-other"));
    let first = activate(first_file.open());
    let other = Instance::<Shop, SqliteDb>::activate(other_file.open(), "other", &Value::Null).expect("activate").0;
    Customer::table(other.database()).insert(&customer("c9")).expect("insert a customer");
    place(&other, "c9", 1);

    let principal = clerk();
    let forward = Forward { target: &other };
    let ctx = CallContext::new(ContextParts {
        sql: first.database(),
        principal: &principal,
        info: &shop::INFO,
        id: first.id(),
        name: first.name(),
        now_ms: NOW_MS,
        caller: &forward,
        chain: &[],
    });
    let client = shop::client(&ctx, "other");

    let summary = block_on(client.get_order(GetOrderParams { order_id: "c9-1".into() })).expect("getOrder on other");
    assert_eq!(summary.order.customer_id, "c9");
    assert_eq!(summary.total_cents, 5_000);

    let described = block_on(client.describe()).expect("describe on other");
    assert_eq!(described["name"], "other");

    let cancelled = block_on(client.cancel_order(CancelOrderParams { order_id: "c9-1".into(), reason: None }));
    let () = cancelled.expect("cancelOrder succeeds on the other instance");

    let missing = block_on(client.get_order(GetOrderParams { order_id: "nope".into() }));
    assert_eq!(missing.expect_err("no such order").code().as_str(), "NOT_FOUND");
}
