//! Round trips of the types generated for the `rust_edges` fixture: keyword names, bytes in every
//! nesting, and enum values that need an explicit rename.

use fixture_edges::r#do::{Attachment, Event, File, FileUploaded, Mode, UploadParams, OBJECT};
use serde_json::{json, Value};

#[test]
fn keyword_object_module() {
    assert_eq!(OBJECT, "do");
}

#[test]
fn enum_renamed_values() {
    let cases = [(Mode::SelfValue, "self"), (Mode::Mrr2024, "mrr_2024"), (Mode::InProgress, "in_progress")];
    for (mode, text) in cases {
        assert_eq!(mode.as_str(), text);
        assert_eq!(serde_json::to_value(mode).expect("serialize"), text);
        assert_eq!(serde_json::from_value::<Mode>(json!(text)).expect("deserialize"), mode);
    }
    assert_eq!(Mode::ALL.len(), 3);
}

#[test]
fn nested_blobs_base64() {
    let attachment = Attachment {
        data: vec![1, 2, 3],
        thumbnails: vec![vec![1], vec![2]],
        preview: None,
        chunks: vec![Some(vec![255]), None],
        versions: Some(vec![vec![0]]),
        r#match: "all".into(),
    };
    let value = serde_json::to_value(&attachment).expect("serialize");
    assert_eq!(
        value,
        json!({
            "data": "AQID",
            "thumbnails": ["AQ==", "Ag=="],
            "preview": null,
            "chunks": ["/w==", null],
            "versions": ["AA=="],
            "match": "all",
        })
    );
    let back: Attachment = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, attachment);
}

#[test]
fn nested_blob_optional_missing() {
    let value = json!({"data": "", "thumbnails": [], "chunks": [], "match": "m"});
    let attachment: Attachment = serde_json::from_value(value).expect("missing nullable fields read as None");
    assert_eq!(attachment.preview, None);
    assert_eq!(attachment.versions, None);
}

#[test]
fn params_keyword_and_blob_list() {
    let params = UploadParams { r#type: "image".into(), data: vec![7], extra: None, mode: Some(Mode::SelfValue) };
    let value = serde_json::to_value(&params).expect("serialize");
    assert_eq!(value, json!({"type": "image", "data": "Bw==", "mode": "self"}));

    let with_extra = UploadParams { extra: Some(vec![vec![1], vec![]]), ..params };
    let value = serde_json::to_value(&with_extra).expect("serialize");
    assert_eq!(value["extra"], json!(["AQ==", ""]));
    let back: UploadParams = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, with_extra);

    let unknown = json!({"type": "image", "data": "", "kind": "x"});
    assert!(serde_json::from_value::<UploadParams>(unknown).is_err());
}

#[test]
fn row_keyword_columns() {
    let file = File {
        id: "f1".into(),
        r#fn: vec![9],
        r#loop: None,
        mode: Mode::InProgress,
        uploaded_at: 1_700_000_000_000,
        meta: Some(json!({"a": 1})),
    };
    let value = serde_json::to_value(&file).expect("serialize");
    let keys: Vec<&str> = value.as_object().expect("a JSON object").keys().map(String::as_str).collect();
    assert_eq!(keys, ["id", "fn", "loop", "mode", "uploadedAt", "meta"]);
    assert_eq!(value["loop"], Value::Null);
    let back: File = serde_json::from_value(value).expect("deserialize");
    assert_eq!(back, file);
}

#[test]
fn event_empty_payload() {
    let event = Event::from(FileUploaded {});
    let value = serde_json::to_value(&event).expect("serialize");
    assert_eq!(value, json!({"name": "file.uploaded", "payload": {}}));
    assert_eq!(serde_json::from_value::<Event>(value).expect("deserialize"), event);
}

#[test]
fn table_accessor_keyword_columns() {
    let db = runtime::sqlite::SqliteDb::open_in_memory().expect("open an in-memory database");
    runtime::migration::apply(&db, fixture_edges::r#do::MIGRATIONS).expect("apply the embedded migrations");

    let table = File::table(&db);
    let mut file = File {
        id: "f1".into(),
        r#fn: vec![0, 255],
        r#loop: Some(vec![7]),
        mode: Mode::Mrr2024,
        uploaded_at: 1_700_000_000_000,
        meta: None,
    };
    table.insert(&file).expect("insert");
    assert_eq!(table.get("f1").expect("get"), Some(file.clone()));

    let stored = runtime::Sql::query_row(&db, "SELECT \"mode\" FROM \"files\"", &[]).expect("query").expect("a row");
    assert_eq!(stored.get::<String>("mode").expect("text"), "mrr_2024", "an enum is stored as its spec value");

    file.mode = Mode::SelfValue;
    file.r#loop = None;
    assert!(table.update(&file).expect("update"));
    assert_eq!(table.get("f1").expect("get"), Some(file));

    // The table's CHECK keeps unknown values out, so the row is built by hand.
    let mut row = stored_row(&db);
    let position = row.columns().iter().position(|column| column == "mode").expect("a mode column");
    let mut values = row.values().to_vec();
    values[position] = runtime::Value::Text("bogus".into());
    row = runtime::Row::new(row.columns().to_vec().into(), values);
    let error = File::from_row(&row).expect_err("an unknown enum value");
    assert!(error.cause().expect("a cause for the log").contains("`bogus` is not a value of `Mode`"), "{error}");
}

fn stored_row(db: &runtime::sqlite::SqliteDb) -> runtime::Row {
    let sql = "SELECT * FROM \"files\"";
    runtime::Sql::query_row(db, sql, &[]).expect("query").expect("a row")
}
