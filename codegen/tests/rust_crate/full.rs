//! Round trips of the types generated for the `full` fixture, through serde_json.

use fixture_full::shop::{
    Customer, Event, Order, OrderLine, OrderPlaced, PlaceOrderParams, Priority, CLASS, EVENTS, METHODS, OBJECT,
};
use serde_json::{json, Value};

fn line() -> OrderLine {
    OrderLine { order_id: "o1".into(), line_no: 1, sku: "sku-1".into(), quantity: 2, unit_cents: 150 }
}

fn keys(value: &Value) -> Vec<&str> {
    value.as_object().expect("a JSON object").keys().map(String::as_str).collect()
}

#[test]
fn params_keys_camel_case() {
    let params = PlaceOrderParams {
        customer_id: "c1".into(),
        lines: vec![line()],
        ship_to: None,
        priority: Some(Priority::High),
    };
    let value = serde_json::to_value(&params).expect("serialize");
    assert_eq!(keys(&value), ["customerId", "lines", "priority"]);
    assert_eq!(keys(&value["lines"][0]), ["orderId", "lineNo", "sku", "quantity", "unitCents"]);
    assert_eq!(value["priority"], "high");

    let back: PlaceOrderParams = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, params);
}

#[test]
fn params_unknown_field_rejected() {
    let body = json!({"customerId": "c1", "lines": [], "bogus": 1});
    let error = serde_json::from_value::<PlaceOrderParams>(body).expect_err("unknown field");
    assert!(error.to_string().contains("unknown field `bogus`"), "{error}");
}

#[test]
fn params_optional_may_be_omitted() {
    let params: PlaceOrderParams =
        serde_json::from_value(json!({"customerId": "c1", "lines": []})).expect("deserialize");
    assert_eq!(params.ship_to, None);
    assert_eq!(params.priority, None);

    let missing = serde_json::from_value::<PlaceOrderParams>(json!({"lines": []}));
    assert!(missing.is_err(), "a required parameter is required");
}

#[test]
fn row_keyword_and_blob_fields() {
    let customer = Customer {
        id: "c1".into(),
        email: "a@example.com".into(),
        name: "Ada".into(),
        vip: true,
        balance: 2.5,
        avatar: Some(vec![1, 2, 3]),
        profile: json!({"tier": 1}),
        r#type: "person".into(),
    };
    let value = serde_json::to_value(&customer).expect("serialize");
    assert_eq!(value["type"], "person");
    assert_eq!(value["avatar"], "AQID");
    assert_eq!(value["profile"], json!({"tier": 1}));
    let back: Customer = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, customer);

    let without_avatar = Customer { avatar: None, ..customer };
    let mut value = serde_json::to_value(&without_avatar).expect("serialize");
    assert_eq!(value["avatar"], Value::Null);
    value.as_object_mut().expect("a JSON object").remove("avatar");
    let back: Customer = serde_json::from_value(value).expect("a missing nullable field reads as None");
    assert_eq!(back, without_avatar);
}

#[test]
fn row_invalid_base64_rejected() {
    let body = json!({"id": "c1", "email": "e", "name": "n", "vip": false, "balance": 0.0,
                      "avatar": "not base64!", "profile": {}, "type": "person"});
    let error = serde_json::from_value::<Customer>(body).expect_err("invalid base64");
    assert!(error.to_string().contains("invalid base64"), "{error}");
}

#[test]
fn enum_values_match_spec() {
    assert_eq!(Priority::ALL, &[Priority::Low, Priority::Normal, Priority::High]);
    for priority in Priority::ALL {
        let value = serde_json::to_value(priority).expect("serialize");
        assert_eq!(value, priority.as_str());
        assert_eq!(priority.to_string(), priority.as_str());
        let back: Priority = serde_json::from_value(value).expect("deserialize");
        assert_eq!(back, *priority);
    }
    assert!(serde_json::from_value::<Priority>(json!("urgent")).is_err());
}

#[test]
fn event_tagged_with_name() {
    let event = Event::from(OrderPlaced { order_id: "o1".into(), total_cents: 300 });
    assert_eq!(event.name(), "order.placed");
    assert_eq!(OrderPlaced::NAME, "order.placed");

    let value = serde_json::to_value(&event).expect("serialize");
    assert_eq!(value, json!({"name": "order.placed", "payload": {"orderId": "o1", "totalCents": 300}}));
    let back: Event = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, event);
}

#[test]
fn object_constants() {
    assert_eq!(OBJECT, "shop");
    assert_eq!(CLASS, "Shop");
    assert_eq!(METHODS, &["describe", "placeOrder", "getOrder", "listOrders", "cancelOrder", "refund"]);
    assert_eq!(EVENTS, &["note.added", "order.placed", "order.cancelled"]);
    assert_eq!(PlaceOrderParams::METHOD, "placeOrder");
    assert_eq!(Order::TABLE, "orders");
    assert_eq!(Order::COLUMNS, &["id", "customer_id", "status", "priority", "placed_at", "note"]);
    assert_eq!(fixture_full::base::OBJECT, "base");
}
