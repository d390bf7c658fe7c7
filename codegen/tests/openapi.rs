//! The OpenAPI emitter: a snapshot of the fixture's document, and validation of the fixture's
//! and specs/' documents by @seriousme/openapi-schema-validator from tests/node, plus checks
//! of `$ref`s, operationIds and path parameters (codegen/tests/openapi/validate.mjs).

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use codegen::emit::openapi;
use codegen::generate::{GenerateError, Generator, Outputs};
use serde_json::Value;

fn fixture_dir() -> PathBuf {
    support::workspace().join("codegen/tests/fixtures/full")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dotdo-openapi-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Runs only the OpenAPI emitter on a spec folder and returns the document's text.
fn emit(specs: &Path) -> Result<String, GenerateError> {
    let generator = Generator::new(specs, temp_dir("unused-out"));
    let project = generator.project()?;
    let context = generator.context()?;
    let mut outputs = Outputs::default();
    openapi::emit(&project, &context, &mut outputs)?;
    Ok(outputs.get(openapi::PATH).expect("openapi.json is emitted").to_string())
}

fn emit_ok(specs: &Path) -> String {
    emit(specs).unwrap_or_else(|error| panic!("the OpenAPI emitter failed on {}:\n{error}", specs.display()))
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("openapi.json is JSON")
}

/// Writes `text` to a temp file and runs the validator script on it.
fn validate(name: &str, text: &str) -> Output {
    let dir = temp_dir(name);
    let file = dir.join("openapi.json");
    std::fs::write(&file, text).expect("write document");
    let script = support::workspace().join("codegen/tests/openapi/validate.mjs");
    Command::new("node")
        .arg(script)
        .arg(support::node_dir())
        .arg(&file)
        .output()
        .expect("`node` is on the PATH")
}

fn printed(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn assert_valid(name: &str, text: &str) {
    let output = validate(name, text);
    assert!(output.status.success(), "the OpenAPI validator rejected the {name} document:\n{}", printed(&output));
}

/// Returns the operation at `path` and `verb`, and panics with the list of paths when it is missing.
fn operation<'a>(document: &'a Value, path: &str, verb: &str) -> &'a Value {
    let found = &document["paths"][path][verb];
    if found.is_null() {
        let paths: Vec<&String> = document["paths"].as_object().map(|paths| paths.keys().collect()).unwrap_or_default();
        panic!("no {verb} {path}; the paths are {paths:?}");
    }
    found
}

fn write_spec(dir: &Path, object: &str, text: &str) {
    std::fs::write(dir.join(format!("{object}.yaml")), text).expect("write spec");
}

#[test]
fn fixture_document_matches_snapshot() {
    let text = emit_ok(&fixture_dir());
    assert!(text.ends_with("}\n"), "the document does not end with a newline");
    insta::assert_snapshot!("fixture_openapi.json", text);
}

#[test]
fn fixture_document_is_deterministic() {
    assert_eq!(emit_ok(&fixture_dir()), emit_ok(&fixture_dir()));
}

#[test]
fn fixture_document_validates() {
    assert_valid("fixture", &emit_ok(&fixture_dir()));
}

#[test]
fn validator_rejects_broken_document() {
    let mut document = parse(&emit_ok(&fixture_dir()));
    document["paths"]["/shop/{name}/refund"]["post"]["responses"] = Value::String("none".into());
    let output = validate("broken", &document.to_string());
    assert!(!output.status.success(), "the validator accepted an operation without responses");

    let mut document = parse(&emit_ok(&fixture_dir()));
    document["paths"]["/shop/{name}/refund"]["post"]["parameters"] = Value::Array(Vec::new());
    let output = validate("no-path-param", &document.to_string());
    assert!(!output.status.success(), "the validator accepted a path without its parameter");
    assert!(printed(&output).contains("declares no path parameter {name}"), "{}", printed(&output));
}

#[test]
fn method_call_operation() {
    let document = parse(&emit_ok(&fixture_dir()));
    let place = operation(&document, "/shop/{name}/placeOrder", "post");
    assert_eq!(place["operationId"], "shop.placeOrder");
    assert_eq!(place["tags"], serde_json::json!(["shop"]));
    assert_eq!(place["parameters"][0]["$ref"], "#/components/parameters/InstanceName");
    assert_eq!(document["components"]["parameters"]["InstanceName"]["name"], "name");

    let body = &place["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(body["required"], serde_json::json!(["customerId", "lines"]));
    assert_eq!(body["properties"]["lines"]["items"]["$ref"], "#/components/schemas/Shop.OrderLine");
    assert_eq!(body["properties"]["shipTo"]["anyOf"][1]["type"], "null");

    let ok = &place["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(ok["$ref"], "#/components/schemas/Shop.OrderSummary");
    assert_eq!(place["responses"]["409"]["$ref"], "#/components/responses/Shop.OUT_OF_STOCK");
    assert_eq!(place["responses"]["404"]["$ref"], "#/components/responses/NOT_FOUND");
    assert_eq!(place["responses"]["429"]["$ref"], "#/components/responses/RATE_LIMITED");
    assert!(document["components"]["responses"]["RATE_LIMITED"]["headers"]["Retry-After"].is_object());
    assert!(document["components"]["responses"]["Shop.OUT_OF_STOCK"].is_object());

    let cancel = operation(&document, "/shop/{name}/cancelOrder", "post");
    assert_eq!(cancel["responses"]["200"]["content"]["application/json"]["schema"]["type"], "null");

    let describe = operation(&document, "/shop/{name}/describe", "post");
    assert_eq!(describe["security"], serde_json::json!([]), "a public method needs no token");
    assert!(describe["responses"]["401"].is_null(), "a public method lists UNAUTHENTICATED");
}

#[test]
fn route_operations() {
    let document = parse(&emit_ok(&fixture_dir()));

    let get = operation(&document, "/shop/{name}/orders/{order_id}", "get");
    assert_eq!(get["operationId"], "shop.getOrder.route");
    assert_eq!(get["parameters"][0]["$ref"], "#/components/parameters/InstanceName");
    assert_eq!(get["parameters"][1]["name"], "order_id");

    let list = operation(&document, "/shop/{name}/orders", "get");
    let query: Vec<(&Value, &Value)> =
        list["parameters"].as_array().expect("parameters").iter().skip(1).map(|p| (&p["name"], &p["in"])).collect();
    assert_eq!(query, [(&Value::from("status"), &Value::from("query")), (&Value::from("limit"), &Value::from("query"))]);
    assert!(list.get("requestBody").is_none(), "a GET route has a body");

    let delete = operation(&document, "/shop/{name}/orders/{order_id}", "delete");
    assert_eq!(delete["parameters"][2]["name"], "reason");
    assert_eq!(delete["parameters"][2]["required"], false);

    let post = operation(&document, "/shop/{name}/orders", "post");
    let body = &post["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(body["required"], serde_json::json!(["customerId", "lines"]));
}

#[test]
fn builtin_operations_and_components() {
    let document = parse(&emit_ok(&fixture_dir()));
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(operation(&document, "/health", "get")["security"], serde_json::json!([]));
    assert_eq!(operation(&document, "/shop/{name}", "get")["operationId"], "shop.instance.describe");
    assert_eq!(operation(&document, "/shop/{name}/rpc", "post")["operationId"], "shop.instance.rpc");
    assert!(operation(&document, "/shop/{name}/ws", "get")["responses"]["101"].is_object());
    assert_eq!(document["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");

    let schemas = &document["components"]["schemas"];
    assert_eq!(schemas["Shop.Priority"]["enum"], serde_json::json!(["low", "normal", "high"]));
    assert_eq!(schemas["Shop.Order"]["properties"]["status"]["enum"][0], "draft");
    assert_eq!(schemas["Shop.Order"]["properties"]["placedAt"]["type"], serde_json::json!(["integer", "null"]));
    assert_eq!(schemas["Shop.Customer"]["properties"]["avatar"]["contentEncoding"], "base64");
    assert_eq!(schemas["Shop.Address"]["required"], serde_json::json!(["line1", "city", "postcode"]));
    assert!(schemas["Base.Note"].is_object(), "the base object's row is missing");
}

#[test]
fn route_param_called_name_and_equivalent_templates() {
    let specs = temp_dir("name-param-specs");
    let spec = "object: team\n\
                methods:\n\
                \x20 get_member:\n    permission: public\n    mode: read\n    params: { name: text }\n    returns: text?\n    route: GET /members/{name}\n\
                \x20 remove_member:\n    permission: public\n    params: { member: text }\n    route: DELETE /members/{member}\n";
    write_spec(&specs, "team", spec);
    let text = emit_ok(&specs);
    let document = parse(&text);

    let get = operation(&document, "/team/{instance}/members/{name}", "get");
    assert_eq!(get["parameters"][0]["name"], "instance");
    assert_eq!(get["parameters"][1]["name"], "name");
    let delete = operation(&document, "/team/{instance}/members/{name}", "delete");
    assert_eq!(delete["parameters"][1]["name"], "name", "the path's first names are kept");
    assert_valid("name-param", &text);
}

#[test]
fn codes_sharing_a_status_are_grouped() {
    let specs = temp_dir("grouped-specs");
    let spec = "object: seats\n\
                errors:\n  SEAT_LIMIT_REACHED: { status: 409, description: No seat is left. }\n\
                methods:\n  take_seat:\n    permission: public\n    errors: [CONFLICT, SEAT_LIMIT_REACHED]\n";
    write_spec(&specs, "seats", spec);
    let text = emit_ok(&specs);
    let document = parse(&text);

    let response = &operation(&document, "/seats/{name}/takeSeat", "post")["responses"]["409"];
    let restriction = &response["content"]["application/json"]["schema"]["allOf"][1];
    let codes = &restriction["properties"]["error"]["properties"]["code"]["enum"];
    assert_eq!(codes, &serde_json::json!(["CONFLICT", "SEAT_LIMIT_REACHED"]));
    let description = response["description"].as_str().unwrap_or_default();
    assert!(description.contains("`SEAT_LIMIT_REACHED`: No seat is left."), "{description}");
    assert_valid("grouped", &text);
}

#[test]
fn specs_document_validates() {
    let specs = support::workspace().join("specs");
    assert!(!support::yaml_files(&specs).is_empty(), "{} holds no spec files", specs.display());
    assert_valid("specs", &emit_ok(&specs));
}
