//! The base object `do` and the example `counter` against a real server. The tests cover the
//! key-value store with paging and expiry, JSON documents, event-sourced streams and the event
//! log, describe and health, and the REST routes declared in the specs. They also cover WebSocket
//! event subscriptions and persistence across a restart of the binary.

mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use reqwest::Method;
use serde_json::{json, Value};
use support::{client, eventually, get, post, request, Binary, InProcess};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Largest JSON text, in bytes, that `kvSet` and `docPut` store (`objects::base::limits`).
const MAX_VALUE_BYTES: usize = 512 * 1024;

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("<no error code>")
}

/// Calls `method` on `/<object>/<name>` with `params` and returns the status and body.
async fn call(
    http: &reqwest::Client,
    server: &InProcess,
    path: &str,
    params: Value,
) -> (u16, Value) {
    post(http, &server.url(path), &params.to_string(), None).await
}

/// Calls a method that must succeed and returns its result.
async fn ok(http: &reqwest::Client, server: &InProcess, path: &str, params: Value) -> Value {
    let (status, body) = call(http, server, path, params.clone()).await;
    assert_eq!(status, 200, "POST {path} {params} failed: {body}");
    body
}

fn keys(entries: &Value) -> Vec<&str> {
    entries
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {entries}"))
        .iter()
        .map(|entry| entry["key"].as_str().unwrap_or("<no key>"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_set_get_delete() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let set = ok(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "color", "value": { "rgb": [1, 2, 3] } }),
    )
    .await;
    assert_eq!(set, Value::Null, "kvSet declares no result");
    let value = ok(&http, &server, "/do/kv/kvGet", json!({ "key": "color" })).await;
    assert_eq!(value, json!({ "rgb": [1, 2, 3] }));

    ok(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "color", "value": "red" }),
    )
    .await;
    let value = ok(&http, &server, "/do/kv/kvGet", json!({ "key": "color" })).await;
    assert_eq!(value, json!("red"), "a second kvSet replaces the value");

    let missing = ok(&http, &server, "/do/kv/kvGet", json!({ "key": "size" })).await;
    assert_eq!(missing, Value::Null);

    let deleted = ok(&http, &server, "/do/kv/kvDelete", json!({ "key": "color" })).await;
    assert_eq!(deleted, json!(true));
    let deleted_again = ok(&http, &server, "/do/kv/kvDelete", json!({ "key": "color" })).await;
    assert_eq!(deleted_again, json!(false));
    let gone = ok(&http, &server, "/do/kv/kvGet", json!({ "key": "color" })).await;
    assert_eq!(gone, Value::Null);

    let other = ok(&http, &server, "/do/other/kvGet", json!({ "key": "color" })).await;
    assert_eq!(other, Value::Null, "instances have separate stores");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_list_prefix_and_paging() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    for key in [
        "user/3", "user/1", "users", "user/2", "team/1", "a_b", "axb",
    ] {
        ok(
            &http,
            &server,
            "/do/kv/kvSet",
            json!({ "key": key, "value": key }),
        )
        .await;
    }

    let all = ok(&http, &server, "/do/kv/kvList", json!({})).await;
    assert_eq!(
        keys(&all),
        ["a_b", "axb", "team/1", "user/1", "user/2", "user/3", "users"]
    );
    let first = &all[0];
    assert_eq!(first["value"], "a_b");
    assert_eq!(first["expiresAt"], Value::Null);
    assert!(
        first["updatedAt"].as_i64().is_some_and(|at| at > 0),
        "{first}"
    );

    let prefixed = ok(
        &http,
        &server,
        "/do/kv/kvList",
        json!({ "prefix": "user/" }),
    )
    .await;
    assert_eq!(keys(&prefixed), ["user/1", "user/2", "user/3"]);

    // `_` and `%` in a prefix are literal characters, not LIKE wildcards.
    let literal = ok(&http, &server, "/do/kv/kvList", json!({ "prefix": "a_" })).await;
    assert_eq!(keys(&literal), ["a_b"]);

    let page1 = ok(
        &http,
        &server,
        "/do/kv/kvList",
        json!({ "prefix": "user", "limit": 2 }),
    )
    .await;
    assert_eq!(keys(&page1), ["user/1", "user/2"]);
    let page2 = ok(
        &http,
        &server,
        "/do/kv/kvList",
        json!({ "prefix": "user", "limit": 2, "afterKey": "user/2" }),
    )
    .await;
    assert_eq!(keys(&page2), ["user/3", "users"]);
    let page3 = ok(
        &http,
        &server,
        "/do/kv/kvList",
        json!({ "prefix": "user", "limit": 2, "afterKey": "users" }),
    )
    .await;
    assert_eq!(keys(&page3), Vec::<&str>::new());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_key_expires() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    ok(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "session", "value": 1, "ttlMs": 300 }),
    )
    .await;
    ok(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "settings", "value": 2 }),
    )
    .await;
    let listed = ok(&http, &server, "/do/kv/kvList", json!({})).await;
    assert_eq!(keys(&listed), ["session", "settings"]);
    let expires_at = listed[0]["expiresAt"].as_i64().expect("expiresAt is set");
    let updated_at = listed[0]["updatedAt"].as_i64().expect("updatedAt is set");
    assert_eq!(
        expires_at - updated_at,
        300,
        "expiresAt is now + ttlMs: {listed}"
    );

    let expired = eventually(Duration::from_secs(10), || async {
        let (_, value) = call(&http, &server, "/do/kv/kvGet", json!({ "key": "session" })).await;
        value.is_null()
    })
    .await;
    assert!(expired, "the key still reads after its ttl");

    let listed = ok(&http, &server, "/do/kv/kvList", json!({})).await;
    assert_eq!(keys(&listed), ["settings"], "kvList omits the expired key");
    let deleted = ok(
        &http,
        &server,
        "/do/kv/kvDelete",
        json!({ "key": "session" }),
    )
    .await;
    assert_eq!(deleted, json!(false), "an expired key counts as missing");

    let (status, body) = call(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "k", "value": 1, "ttlMs": 0 }),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");
    assert_eq!(body["error"]["details"]["field"], "ttlMs");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_value_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    // A JSON string's text is its characters plus two quotes.
    let largest = "x".repeat(MAX_VALUE_BYTES - 2);
    let (status, body) = call(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "big", "value": largest }),
    )
    .await;
    assert_eq!(
        status, 200,
        "a value of exactly the limit is stored: {body}"
    );

    let too_large = "x".repeat(MAX_VALUE_BYTES - 1);
    let (status, body) = call(
        &http,
        &server,
        "/do/kv/kvSet",
        json!({ "key": "big", "value": too_large }),
    )
    .await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(code(&body), "PAYLOAD_TOO_LARGE");
    assert_eq!(body["error"]["details"]["field"], "value");

    let kept = ok(&http, &server, "/do/kv/kvGet", json!({ "key": "big" })).await;
    assert_eq!(
        kept.as_str().map(str::len),
        Some(MAX_VALUE_BYTES - 2),
        "the rejected write changed nothing"
    );

    let (status, body) = call(
        &http,
        &server,
        "/do/docs/docPut",
        json!({ "collection": "c", "id": "1", "data": "x".repeat(MAX_VALUE_BYTES) }),
    )
    .await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(code(&body), "PAYLOAD_TOO_LARGE");
    assert_eq!(body["error"]["details"]["field"], "data");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_limit_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let listings = [
        ("/do/x/kvList", json!({})),
        ("/do/x/docList", json!({ "collection": "c" })),
        ("/do/x/eventsSince", json!({})),
        ("/do/x/readStream", json!({ "stream": "s" })),
        ("/counter/x/history", json!({})),
    ];
    for (path, params) in listings {
        for limit in [0, -1, 1001] {
            let mut params = params.clone();
            params["limit"] = json!(limit);
            let (status, body) = call(&http, &server, path, params).await;
            assert_eq!(status, 400, "{path} with limit {limit}: {body}");
            assert_eq!(code(&body), "VALIDATION_ERROR", "{path} with limit {limit}");
            assert_eq!(
                body["error"]["details"]["field"], "limit",
                "{path} with limit {limit}"
            );
            let message = body["error"]["message"].as_str().unwrap_or_default();
            assert!(
                message.contains("`limit`"),
                "{path}: the message does not name `limit`: {message}"
            );
        }
        let mut params = params.clone();
        params["limit"] = json!(1000);
        let (status, body) = call(&http, &server, path, params).await;
        assert_eq!(status, 200, "{path} with limit 1000: {body}");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_lengths_are_validated() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    // Each text column's CHECK in specs/do.yaml, probed with an empty value and one character
    // over its maximum; both must be a VALIDATION_ERROR naming the parameter, not a 409.
    let cases = [
        ("/do/x/kvSet", json!({ "value": 1 }), "key", 512),
        (
            "/do/x/appendEvent",
            json!({ "eventType": "e", "payload": {} }),
            "stream",
            200,
        ),
        (
            "/do/x/docPut",
            json!({ "id": "1", "data": {} }),
            "collection",
            100,
        ),
        (
            "/do/x/docPut",
            json!({ "collection": "c", "data": {} }),
            "id",
            200,
        ),
    ];
    for (path, params, field, max) in cases {
        for text in [String::new(), "é".repeat(max + 1)] {
            let mut params = params.clone();
            params[field] = json!(text);
            let (status, body) = call(&http, &server, path, params).await;
            assert_eq!(
                status,
                400,
                "{path} with a {}-character `{field}`: {body}",
                text.chars().count()
            );
            assert_eq!(code(&body), "VALIDATION_ERROR", "{path} `{field}`");
            assert_eq!(body["error"]["details"]["field"], field, "{path} `{field}`");
        }
        // The maximum counts characters, as SQLite's length() does, not UTF-8 bytes.
        let mut params = params.clone();
        params[field] = json!("é".repeat(max));
        let (status, body) = call(&http, &server, path, params).await;
        assert_eq!(
            status, 200,
            "{path} with a {max}-character `{field}`: {body}"
        );
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn docs_put_get_list_delete() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let created = ok(
        &http,
        &server,
        "/do/d/docPut",
        json!({ "collection": "users", "id": "u1", "data": { "name": "Ada" } }),
    )
    .await;
    assert_eq!(created["collection"], "users");
    assert_eq!(created["id"], "u1");
    assert_eq!(created["data"], json!({ "name": "Ada" }));
    let created_at = created["createdAt"].as_i64().expect("createdAt");
    assert_eq!(
        created["updatedAt"].as_i64(),
        Some(created_at),
        "a new document has updatedAt = createdAt"
    );

    tokio::time::sleep(Duration::from_millis(20)).await;
    let replaced = ok(
        &http,
        &server,
        "/do/d/docPut",
        json!({ "collection": "users", "id": "u1", "data": { "name": "Ada L." } }),
    )
    .await;
    assert_eq!(replaced["data"], json!({ "name": "Ada L." }));
    assert_eq!(
        replaced["createdAt"].as_i64(),
        Some(created_at),
        "createdAt is kept on replace"
    );
    let updated_at = replaced["updatedAt"].as_i64().expect("updatedAt");
    assert!(
        updated_at > created_at,
        "updatedAt {updated_at} did not move past createdAt {created_at}"
    );

    let fetched = ok(
        &http,
        &server,
        "/do/d/docGet",
        json!({ "collection": "users", "id": "u1" }),
    )
    .await;
    assert_eq!(fetched, replaced);

    for id in ["u3", "u2", "u4"] {
        ok(
            &http,
            &server,
            "/do/d/docPut",
            json!({ "collection": "users", "id": id, "data": { "id": id } }),
        )
        .await;
    }
    ok(
        &http,
        &server,
        "/do/d/docPut",
        json!({ "collection": "teams", "id": "t1", "data": {} }),
    )
    .await;

    let ids = |docs: &Value| -> Vec<String> {
        docs.as_array()
            .unwrap_or_else(|| panic!("not a list: {docs}"))
            .iter()
            .map(|doc| doc["id"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let page1 = ok(
        &http,
        &server,
        "/do/d/docList",
        json!({ "collection": "users", "limit": 3 }),
    )
    .await;
    assert_eq!(ids(&page1), ["u1", "u2", "u3"]);
    let page2 = ok(
        &http,
        &server,
        "/do/d/docList",
        json!({ "collection": "users", "limit": 3, "afterId": "u3" }),
    )
    .await;
    assert_eq!(ids(&page2), ["u4"]);
    let teams = ok(
        &http,
        &server,
        "/do/d/docList",
        json!({ "collection": "teams" }),
    )
    .await;
    assert_eq!(ids(&teams), ["t1"]);

    let deleted = ok(
        &http,
        &server,
        "/do/d/docDelete",
        json!({ "collection": "users", "id": "u2" }),
    )
    .await;
    assert_eq!(deleted, json!(true));
    let deleted_again = ok(
        &http,
        &server,
        "/do/d/docDelete",
        json!({ "collection": "users", "id": "u2" }),
    )
    .await;
    assert_eq!(deleted_again, json!(false));

    let (status, body) = call(
        &http,
        &server,
        "/do/d/docGet",
        json!({ "collection": "users", "id": "u2" }),
    )
    .await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(code(&body), "NOT_FOUND");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("u2") && message.contains("users"),
        "the message names the document: {message}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streams_and_event_log() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    let version = ok(
        &http,
        &server,
        "/do/s/streamVersion",
        json!({ "stream": "order-1" }),
    )
    .await;
    assert_eq!(version, json!(0), "a stream with no events is at version 0");

    let first = ok(&http, &server, "/do/s/appendEvent", json!({ "stream": "order-1", "eventType": "placed", "payload": { "total": 10 }, "expectedVersion": 0 })).await;
    assert_eq!(first, json!({ "stream": "order-1", "version": 1 }));

    let (status, body) = call(
        &http,
        &server,
        "/do/s/appendEvent",
        json!({ "stream": "order-1", "eventType": "placed", "payload": {}, "expectedVersion": 0 }),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(code(&body), "WRONG_EXPECTED_VERSION");
    assert_eq!(body["error"]["details"]["currentVersion"], 1);

    let second = ok(&http, &server, "/do/s/appendEvent", json!({ "stream": "order-1", "eventType": "paid", "payload": { "amount": 10 }, "metadata": { "correlationId": "c-1" }, "expectedVersion": 1 })).await;
    assert_eq!(second["version"], 2);
    let unchecked = ok(
        &http,
        &server,
        "/do/s/appendEvent",
        json!({ "stream": "order-1", "eventType": "shipped", "payload": {} }),
    )
    .await;
    assert_eq!(
        unchecked["version"], 3,
        "an append without expectedVersion always succeeds"
    );
    ok(
        &http,
        &server,
        "/do/s/appendEvent",
        json!({ "stream": "order-2", "eventType": "placed", "payload": {} }),
    )
    .await;

    let events = ok(
        &http,
        &server,
        "/do/s/readStream",
        json!({ "stream": "order-1" }),
    )
    .await;
    let types: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["eventType"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["placed", "paid", "shipped"]);
    assert_eq!(events[0]["payload"], json!({ "total": 10 }));
    assert_eq!(
        events[0]["metadata"],
        json!({}),
        "metadata defaults to an empty object"
    );
    assert_eq!(events[1]["metadata"], json!({ "correlationId": "c-1" }));
    assert!(events[0]["recordedAt"].as_i64().is_some_and(|at| at > 0));

    let tail = ok(
        &http,
        &server,
        "/do/s/readStream",
        json!({ "stream": "order-1", "fromVersion": 2, "limit": 1 }),
    )
    .await;
    assert_eq!(tail.as_array().map(Vec::len), Some(1));
    assert_eq!(tail[0]["version"], 2);

    let version = ok(
        &http,
        &server,
        "/do/s/streamVersion",
        json!({ "stream": "order-1" }),
    )
    .await;
    assert_eq!(version, json!(3));

    // The rejected append emitted nothing: four appends, four `stream.appended` events.
    let log = ok(&http, &server, "/do/s/eventsSince", json!({})).await;
    let log = log.as_array().expect("a list");
    let seqs: Vec<i64> = log
        .iter()
        .map(|event| event["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2, 3, 4]);
    assert!(
        log.iter().all(|event| event["name"] == "stream.appended"),
        "{log:?}"
    );
    assert_eq!(
        log[1]["payload"],
        json!({ "stream": "order-1", "version": 2, "eventType": "paid" })
    );
    assert!(log[0]["emittedAt"].as_i64().is_some_and(|at| at > 0));

    let after = ok(
        &http,
        &server,
        "/do/s/eventsSince",
        json!({ "afterSeq": 2, "limit": 1 }),
    )
    .await;
    assert_eq!(after.as_array().map(Vec::len), Some(1));
    assert_eq!(after[0]["seq"], 3);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn describe_and_health() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    let id = runtime::id::instance_id("do", "main");

    let (status, body) = get(&http, &server.url("/do/main")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["class"], "do");
    assert_eq!(body["id"], id);
    assert_eq!(body["name"], "main");
    assert_eq!(body["events"], json!(["stream.appended"]));

    let described = ok(&http, &server, "/do/main/describe", json!({})).await;
    assert_eq!(described, body, "the describe method and GET /do/main differ");
    assert_eq!(described["class"], "do");
    assert_eq!(described["id"], id);
    assert_eq!(described["name"], "main");
    assert_eq!(described["schemaVersion"], 1);
    assert_eq!(described["events"], json!(["stream.appended"]));
    let methods = described["methods"].as_array().expect("methods");
    let names: Vec<&str> = methods
        .iter()
        .map(|method| method["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "describe",
            "health",
            "eventsSince",
            "appendEvent",
            "readStream",
            "streamVersion",
            "kvGet",
            "kvSet",
            "kvDelete",
            "kvList",
            "docPut",
            "docGet",
            "docDelete",
            "docList"
        ]
    );
    let kv_set = methods
        .iter()
        .find(|method| method["name"] == "kvSet")
        .unwrap();
    assert_eq!(
        kv_set,
        &json!({ "name": "kvSet", "permission": "kv:write", "mode": "write", "route": "PUT /kv/{key}" })
    );
    let describe = methods
        .iter()
        .find(|method| method["name"] == "describe")
        .unwrap();
    assert_eq!(
        describe,
        &json!({ "name": "describe", "permission": "public", "mode": "read", "route": null })
    );

    for (status, health) in [
        get(&http, &server.url("/do/main/health")).await,
        call(&http, &server, "/do/main/health", json!({})).await,
    ] {
        assert_eq!(status, 200, "{health}");
        assert_eq!(health["status"], "ok");
        assert_eq!(health["class"], "do");
        assert_eq!(health["id"], id);
        assert!(
            health["now"]
                .as_i64()
                .is_some_and(|now| now > 1_600_000_000_000),
            "{health}"
        );
    }

    let (status, body) = get(&http, &server.url("/health")).await;
    assert_eq!(status, 200);
    assert_eq!(body["classes"], json!(["counter", "do", "probe"]));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_routes_of_base_object() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();
    let url = |path: &str| server.url(&format!("/do/r{path}"));

    // Key-value store.
    let (status, body) = request(
        &http,
        Method::PUT,
        &url("/kv/color"),
        Some(r#"{"value": "red", "ttlMs": 60000}"#),
    )
    .await;
    assert_eq!((status, body), (200, Value::Null));
    let (status, body) = request(&http, Method::GET, &url("/kv/color"), None).await;
    assert_eq!((status, body), (200, json!("red")));
    request(
        &http,
        Method::PUT,
        &url("/kv/size"),
        Some(r#"{"value": 3}"#),
    )
    .await;
    let (status, body) = request(&http, Method::GET, &url("/kv?prefix=s&limit=5"), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(keys(&body), ["size"]);
    let (status, body) = request(&http, Method::GET, &url("/kv?afterKey=color"), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(keys(&body), ["size"]);
    let (status, body) = request(&http, Method::DELETE, &url("/kv/color"), None).await;
    assert_eq!((status, body), (200, json!(true)));
    let (status, body) = request(&http, Method::GET, &url("/kv/color"), None).await;
    assert_eq!((status, body), (200, Value::Null));

    // A key with `/`, `%` and a space travels percent-encoded as one path segment.
    let (status, body) = request(
        &http,
        Method::PUT,
        &url("/kv/a%2Fb%25c%20d"),
        Some(r#"{"value": 1}"#),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let stored = ok(&http, &server, "/do/r/kvGet", json!({ "key": "a/b%c d" })).await;
    assert_eq!(stored, json!(1), "the key was not decoded to `a/b%c d`");
    let (status, body) = request(&http, Method::GET, &url("/kv/a%2Fb%25c%20d"), None).await;
    assert_eq!((status, body), (200, json!(1)));

    // Documents.
    let (status, body) = request(
        &http,
        Method::PUT,
        &url("/docs/users/u1"),
        Some(r#"{"data": {"name": "Ada"}}"#),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["id"], "u1");
    let (status, body) = request(&http, Method::GET, &url("/docs/users/u1"), None).await;
    assert_eq!(status, 200);
    assert_eq!(body["data"], json!({ "name": "Ada" }));
    request(
        &http,
        Method::PUT,
        &url("/docs/users/u2"),
        Some(r#"{"data": {}}"#),
    )
    .await;
    let (status, body) = request(
        &http,
        Method::GET,
        &url("/docs/users?limit=1&afterId=u1"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body.as_array().map(Vec::len), Some(1));
    assert_eq!(body[0]["id"], "u2");
    let (status, body) = request(&http, Method::DELETE, &url("/docs/users/u1"), None).await;
    assert_eq!((status, body), (200, json!(true)));
    let (status, body) = request(&http, Method::GET, &url("/docs/users/u1"), None).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(code(&body), "NOT_FOUND");

    // Streams and the event log.
    let (status, body) = request(
        &http,
        Method::POST,
        &url("/streams/cart/events"),
        Some(r#"{"eventType": "added", "payload": {"sku": "a"}, "expectedVersion": 0}"#),
    )
    .await;
    assert_eq!(
        (status, body),
        (200, json!({ "stream": "cart", "version": 1 }))
    );
    let (status, body) = request(
        &http,
        Method::POST,
        &url("/streams/cart/events"),
        Some(r#"{"eventType": "added", "payload": {}, "expectedVersion": 0}"#),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(code(&body), "WRONG_EXPECTED_VERSION");
    assert_eq!(body["error"]["details"]["currentVersion"], 1);
    request(
        &http,
        Method::POST,
        &url("/streams/cart/events"),
        Some(r#"{"eventType": "removed", "payload": {}}"#),
    )
    .await;
    request(
        &http,
        Method::POST,
        &url("/streams/cart/events"),
        Some(r#"{"eventType": "added", "payload": {}}"#),
    )
    .await;
    let (status, body) = request(&http, Method::GET, &url("/streams/cart"), None).await;
    assert_eq!((status, body), (200, json!(3)));
    let (status, body) = request(
        &http,
        Method::GET,
        &url("/streams/cart/events?fromVersion=2"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let versions: Vec<i64> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["version"].as_i64().unwrap())
        .collect();
    assert_eq!(
        versions,
        [2, 3],
        "fromVersion arrives as text and is converted to an integer"
    );

    let (status, body) =
        request(&http, Method::GET, &url("/events?afterSeq=0&limit=2"), None).await;
    assert_eq!(status, 200, "{body}");
    let seqs: Vec<i64> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2]);
    assert_eq!(body[0]["name"], "stream.appended");
    let (status, body) = request(&http, Method::GET, &url("/events?afterSeq=2"), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body.as_array().map(Vec::len), Some(1));

    // Typed query parameters that do not parse name the field.
    for query in ["limit=abc", "afterSeq=1.5", "limit="] {
        let (status, body) =
            request(&http, Method::GET, &url(&format!("/events?{query}")), None).await;
        assert_eq!(status, 400, "?{query}: {body}");
        assert_eq!(code(&body), "VALIDATION_ERROR", "?{query}");
        let field = query.split('=').next().unwrap();
        assert_eq!(body["error"]["details"]["field"], field, "?{query}: {body}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(&format!("`{field}`")),
            "?{query}: the message does not name the field: {message}"
        );
    }
    let (status, body) = request(&http, Method::GET, &url("/events?bogus=1"), None).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["details"]["field"], "bogus");

    // A path parameter may not be repeated in the body.
    let (status, body) = request(
        &http,
        Method::PUT,
        &url("/kv/k"),
        Some(r#"{"key": "other", "value": 1}"#),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");

    let (status, body) = request(&http, Method::PATCH, &url("/kv/k"), Some("{}")).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(code(&body), "NOT_FOUND");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counter_methods_and_routes() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    assert_eq!(
        ok(&http, &server, "/counter/c/get", json!({})).await,
        json!(0),
        "a new counter is 0"
    );
    assert_eq!(
        ok(&http, &server, "/counter/c/reset", json!({})).await,
        json!(0)
    );
    let history = ok(&http, &server, "/counter/c/history", json!({})).await;
    assert_eq!(
        history,
        json!([]),
        "resetting a counter at 0 records no change"
    );
    assert_eq!(
        ok(&http, &server, "/counter/c/increment", json!({})).await,
        json!(1),
        "`by` defaults to 1"
    );
    assert_eq!(
        ok(&http, &server, "/counter/c/increment", json!({ "by": 5 })).await,
        json!(6)
    );
    assert_eq!(
        ok(&http, &server, "/counter/c/increment", json!({ "by": -2 })).await,
        json!(4)
    );

    let (status, body) = request(
        &http,
        Method::POST,
        &server.url("/counter/c/increments"),
        Some(r#"{"by": 10}"#),
    )
    .await;
    assert_eq!((status, body), (200, json!(14)));
    let (status, body) = request(&http, Method::GET, &server.url("/counter/c/value"), None).await;
    assert_eq!((status, body), (200, json!(14)));

    let history = ok(&http, &server, "/counter/c/history", json!({})).await;
    let changes: Vec<(i64, i64, i64)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            (
                change["seq"].as_i64().unwrap(),
                change["delta"].as_i64().unwrap(),
                change["value"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(changes, [(1, 1, 1), (2, 5, 6), (3, -2, 4), (4, 10, 14)]);
    assert!(history[0]["changedAt"].as_i64().is_some_and(|at| at > 0));

    let (status, body) = request(
        &http,
        Method::GET,
        &server.url("/counter/c/changes?afterSeq=1&limit=2"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let seqs: Vec<i64> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|change| change["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seqs, [2, 3]);

    assert_eq!(
        ok(&http, &server, "/counter/c/reset", json!({})).await,
        json!(0)
    );
    assert_eq!(
        ok(&http, &server, "/counter/c/get", json!({})).await,
        json!(0)
    );

    let (status, body) = call(
        &http,
        &server,
        "/counter/c/increment",
        json!({ "by": "two" }),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");
    assert_eq!(body["error"]["details"]["field"], "by");

    ok(
        &http,
        &server,
        "/counter/c/increment",
        json!({ "by": i64::MAX }),
    )
    .await;
    let (status, body) = call(&http, &server, "/counter/c/increment", json!({ "by": 1 })).await;
    assert_eq!(status, 400, "an overflow is rejected: {body}");
    assert_eq!(code(&body), "VALIDATION_ERROR");
    assert_eq!(
        ok(&http, &server, "/counter/c/get", json!({})).await,
        json!(i64::MAX),
        "the overflow changed nothing"
    );

    let (status, body) = request(
        &http,
        Method::GET,
        &server.url("/counter/c/changes?limit=abc"),
        None,
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["details"]["field"], "limit");
    server.stop().await;
}

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Receives the next JSON text message, skipping control frames.
async fn receive(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a message within 10 s")
            .expect("socket open")
            .expect("valid frame");
        match message {
            Message::Text(text) => {
                return serde_json::from_str(text.as_str()).expect("JSON message")
            }
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("unexpected frame {other:?}"),
        }
    }
}

/// Subscribes from `from` and returns the socket after the confirmation.
async fn subscribe(server: &InProcess, path: &str, from: i64) -> Socket {
    let (mut socket, _) =
        tokio_tungstenite::connect_async(format!("ws://{}{path}/ws", server.addr))
            .await
            .expect("WebSocket connects");
    let message = json!({ "type": "subscribe", "from": from }).to_string();
    socket
        .send(Message::Text(message.into()))
        .await
        .expect("send subscribe");
    assert_eq!(
        receive(&mut socket).await,
        json!({ "type": "subscribed", "from": from })
    );
    socket
}

/// Receives `count` events as (seq, name, payload).
async fn receive_events(socket: &mut Socket, count: usize) -> Vec<(i64, String, Value)> {
    let mut events = Vec::new();
    while events.len() < count {
        let message = receive(socket).await;
        assert_eq!(message["type"], "event", "{message}");
        events.push((
            message["seq"].as_i64().expect("seq"),
            message["name"].as_str().expect("name").to_string(),
            message["payload"].clone(),
        ));
    }
    events
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counter_events_over_websocket() {
    let dir = tempfile::tempdir().unwrap();
    let server = InProcess::start(&dir.path().join("data"), &[]).await;
    let http = client();

    ok(&http, &server, "/counter/w/increment", json!({ "by": 2 })).await;
    ok(&http, &server, "/counter/w/increment", json!({ "by": 3 })).await;

    let mut socket = subscribe(&server, "/counter/w", 0).await;
    let stored = receive_events(&mut socket, 2).await;
    assert_eq!(
        stored,
        [
            (
                1,
                "counter.changed".to_string(),
                json!({ "value": 2, "delta": 2 })
            ),
            (
                2,
                "counter.changed".to_string(),
                json!({ "value": 5, "delta": 3 })
            ),
        ]
    );

    ok(&http, &server, "/counter/w/increment", json!({ "by": 4 })).await;
    let live = receive_events(&mut socket, 1).await;
    assert_eq!(
        live,
        [(
            3,
            "counter.changed".to_string(),
            json!({ "value": 9, "delta": 4 })
        )]
    );
    socket.close(None).await.expect("close");

    // A client that reconnects resumes after the last seq it received, with no duplicates.
    ok(&http, &server, "/counter/w/reset", json!({})).await;
    let mut resumed = subscribe(&server, "/counter/w", 2).await;
    let events = receive_events(&mut resumed, 2).await;
    let seqs: Vec<i64> = events.iter().map(|(seq, _, _)| *seq).collect();
    assert_eq!(seqs, [3, 4]);
    assert_eq!(events[1].2, json!({ "value": 0, "delta": -9 }));

    // The base object's streams emit `stream.appended` to its subscribers.
    let mut base = subscribe(&server, "/do/w", 0).await;
    ok(
        &http,
        &server,
        "/do/w/appendEvent",
        json!({ "stream": "s", "eventType": "e", "payload": {} }),
    )
    .await;
    let appended = receive_events(&mut base, 1).await;
    assert_eq!(
        appended,
        [(
            1,
            "stream.appended".to_string(),
            json!({ "stream": "s", "version": 1, "eventType": "e" })
        )]
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kv_and_docs_persist_across_restart() {
    let dir = tempfile::tempdir().unwrap();
    let http = client();

    let first = Binary::start(dir.path(), &[]);
    let (status, body) = post(
        &http,
        &first.url("/do/keep/kvSet"),
        r#"{"key": "answer", "value": {"n": 42}}"#,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    post(
        &http,
        &first.url("/do/keep/kvSet"),
        r#"{"key": "brief", "value": 1, "ttlMs": 1}"#,
        None,
    )
    .await;
    let (status, body) = post(
        &http,
        &first.url("/do/keep/docPut"),
        r#"{"collection": "c", "id": "1", "data": [1]}"#,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    post(
        &http,
        &first.url("/counter/keep/increment"),
        r#"{"by": 8}"#,
        None,
    )
    .await;
    assert_eq!(first.terminate(), Some(0), "SIGTERM exits 0");

    let second = Binary::start(dir.path(), &[]);
    let (status, body) = post(
        &http,
        &second.url("/do/keep/kvGet"),
        r#"{"key": "answer"}"#,
        None,
    )
    .await;
    assert_eq!((status, body), (200, json!({ "n": 42 })));
    let (_, body) = post(&http, &second.url("/do/keep/kvList"), "{}", None).await;
    assert_eq!(
        keys(&body),
        ["answer"],
        "the expired key stays expired after the restart"
    );
    let (status, body) = post(
        &http,
        &second.url("/do/keep/docGet"),
        r#"{"collection": "c", "id": "1"}"#,
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"], json!([1]));
    let (status, body) = get(&http, &second.url("/counter/keep/value")).await;
    assert_eq!((status, body), (200, json!(8)));
    assert_eq!(second.terminate(), Some(0));
}
