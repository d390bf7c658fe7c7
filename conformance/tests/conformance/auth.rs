//! Authentication and permissions from the config (the `--config` file natively, the
//! `DOTDO_CONFIG` variable in workerd): allowed, 403 without the grant, 401 without or with an
//! invalid token; and development mode.

use conformance::{client, on_both_targets, post, Kind, Target, AUTH_CONFIG};
use serde_json::Value;

on_both_targets!(
    permission_table,
    rpc_reports_permission_errors_per_call,
    anonymous_grants_from_config,
    development_mode_host_names,
);

async fn permission_table(kind: Kind) {
    let target = Target::start_with_config(kind, Some(AUTH_CONFIG)).await;
    let http = client();

    // (case, method, token, expected status, expected error code)
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, u16, Option<&'a str>);
    let cases: [Case; 8] = [
        ("writer increments", "increment", Some("writer-token"), 200, None),
        ("writer resets (probe:* covers probe:admin)", "reset", Some("writer-token"), 200, None),
        ("reader lacks probe:write", "increment", Some("reader-token"), 403, Some("FORBIDDEN")),
        ("anonymous needs a token", "increment", None, 401, Some("UNAUTHENTICATED")),
        ("invalid token", "increment", Some("wrong-token"), 401, Some("UNAUTHENTICATED")),
        ("public method, anonymous", "get", None, 200, None),
        ("public method, invalid token", "get", Some("wrong-token"), 401, Some("UNAUTHENTICATED")),
        ("public method, reader", "get", Some("reader-token"), 200, None),
    ];
    for (case, method, token, status, code) in cases {
        let url = target.url(&format!("/probe/main/{method}"));
        let (actual_status, body) = post(&http, &url, "{}", token).await;
        assert_eq!(actual_status, status, "{case}: {body}");
        if let Some(code) = code {
            assert_eq!(body["error"]["code"], code, "{case}: {body}");
        }
    }

    // The denied calls changed nothing: the writer's increment was reset.
    let (_, body) = post(&http, &target.url("/probe/main/get"), "{}", None).await;
    assert_eq!(body["value"], 0, "{body}");
    target.stop().await;
}

async fn rpc_reports_permission_errors_per_call(kind: Kind) {
    let target = Target::start_with_config(kind, Some(AUTH_CONFIG)).await;

    let batch = r#"[{"jsonrpc": "2.0", "id": 1, "method": "get"}, {"jsonrpc": "2.0", "id": 2, "method": "increment"}]"#;
    let (status, body) = post(&client(), &target.url("/probe/main/rpc"), batch, Some("reader-token")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body[0]["result"]["value"], 0, "{body}");
    assert_eq!(body[1]["error"]["data"]["code"], "FORBIDDEN", "{body}");
    target.stop().await;
}

async fn anonymous_grants_from_config(kind: Kind) {
    let config = format!("{AUTH_CONFIG}\n[anonymous]\ngrants = [\"probe:write\"]\n");
    let target = Target::start_with_config(kind, Some(&config)).await;
    let http = client();

    let (status, body) = post(&http, &target.url("/probe/main/increment"), "{}", None).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(&http, &target.url("/probe/main/reset"), "{}", None).await;
    assert_eq!(status, 401, "{body}");
    target.stop().await;
}

/// Development mode (no config: anonymous callers have every grant) must stay on this machine.
/// The native server enforces that when it binds: it refuses a non-loopback listen address
/// (server/tests/auth.rs), so any Host header is served. A Worker cannot choose its address, so
/// in workerd it rejects requests whose Host header is not a loopback name, with 401 naming
/// `DOTDO_CONFIG`.
async fn development_mode_host_names(kind: Kind) {
    let target = Target::start(kind).await;

    let response = client()
        .post(target.url("/probe/main/get"))
        .header("host", "dotdo.example.com")
        .send()
        .await
        .expect("request is sent");
    let status = response.status().as_u16();
    let body: Value = response.json().await.expect("JSON body");
    match kind {
        Kind::Native => assert_eq!(status, 200, "{body}"),
        Kind::Workerd => {
            assert_eq!(status, 401, "{body}");
            assert_eq!(body["error"]["code"], "UNAUTHENTICATED", "{body}");
            let message = body["error"]["message"].as_str().unwrap_or_default();
            assert!(message.contains("DOTDO_CONFIG"), "{body}");
        }
    }

    // A loopback Host header is served by both.
    let (status, body) = post(&client(), &target.url("/probe/main/get"), "{}", None).await;
    assert_eq!(status, 200, "{body}");
    target.stop().await;
}
