//! The view of one object's module (`ts/<object>.ts`): every name and type string precomputed
//! for `templates/ts/object.ts.j2`.

use serde::Serialize;

use super::declared::Declared;
use super::syntax::{column_type, doc_comment, string_literal, string_union, type_expr};
use crate::diagnostic::Diagnostics;
use crate::model::{Field, Method, Mode, NamedTypeKind, Object};
use crate::names::pascal_case;

#[derive(Debug, Serialize)]
pub struct ObjectModule {
    /// The spec file name, for the header.
    pub source: String,
    pub object: String,
    pub enums: Vec<EnumView>,
    pub records: Vec<InterfaceView>,
    pub rows: Vec<InterfaceView>,
    pub methods: Vec<MethodView>,
    pub events: Vec<EventView>,
    pub events_map: String,
    pub event_name: String,
    pub event_union: String,
    pub error_code: String,
    pub error_status: String,
    pub errors: Vec<ErrorView>,
    pub client: ClientView,
}

#[derive(Debug, Serialize)]
pub struct EnumView {
    pub doc: String,
    pub name: String,
    pub union: String,
    pub values_const: String,
    pub values_doc: String,
    pub values: String,
}

#[derive(Debug, Serialize)]
pub struct InterfaceView {
    pub doc: String,
    pub name: String,
    pub fields: Vec<FieldView>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    pub doc: String,
    /// The property as written: `name: T` or `name?: T`.
    pub declaration: String,
}

#[derive(Debug, Serialize)]
pub struct MethodView {
    pub doc: String,
    pub name: String,
    pub wire_name: String,
    pub params: InterfaceView,
    pub result_doc: String,
    pub result: String,
    pub result_type: String,
    /// The parameter list of the client method: empty, `params: T` or `params: T = {}`.
    pub signature: String,
    /// The body argument: `params` or `{}`.
    pub argument: String,
}

#[derive(Debug, Serialize)]
pub struct EventView {
    pub name: String,
    pub payload: InterfaceView,
}

#[derive(Debug, Serialize)]
pub struct ErrorView {
    pub doc: String,
    pub code: String,
    pub literal: String,
    pub status: u16,
}

#[derive(Debug, Serialize)]
pub struct ClientView {
    pub doc: String,
    pub name: String,
    pub object_literal: String,
}

/// Builds the module view, or reports the names that would be declared twice in it.
pub fn build(object: &Object) -> Result<ObjectModule, Diagnostics> {
    let mut declared = Declared::new(object);
    let class = &object.class;

    let mut enums = Vec::new();
    let mut records = Vec::new();
    for named in &object.types {
        let path = format!("types.{}", named.name);
        let doc = doc_comment(&[named.description.as_str()], "");
        match &named.kind {
            NamedTypeKind::Enum(values) => {
                let values_const = format!("{}Values", named.name);
                declared.add(&named.name, &path);
                declared.add(&values_const, &path);
                let literals: Vec<String> = values.iter().map(|value| string_literal(value)).collect();
                enums.push(EnumView {
                    doc,
                    name: named.name.clone(),
                    union: string_union(values),
                    values_doc: doc_comment(&[format!("Every value of `{}`, in spec order.", named.name)], ""),
                    values_const,
                    values: literals.join(", "),
                });
            }
            NamedTypeKind::Record(fields) => {
                declared.add(&named.name, &path);
                records.push(interface(doc, &named.name, fields, FieldKind::Record));
            }
        }
    }

    let mut rows = Vec::new();
    for table in &object.tables {
        declared.add(&table.row, &format!("tables.{}", table.name));
        let mut lines = vec![table.description.clone()];
        if !table.description.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("A row of the `{}` table.", table.name));
        let fields = table
            .columns
            .iter()
            .map(|column| FieldView {
                doc: doc_comment(&[column.description.as_str()], "  "),
                declaration: format!("{}: {}", column.wire_name, column_type(column)),
            })
            .collect();
        rows.push(InterfaceView { doc: doc_comment(&lines, ""), name: table.row.clone(), fields });
    }

    let mut methods = Vec::new();
    for method in &object.methods {
        methods.push(method_view(method, &mut declared));
    }

    let mut events = Vec::new();
    for event in &object.events {
        let payload = format!("{}Payload", pascal_case(&event.name.replace('.', "_")));
        declared.add(&payload, &format!("events.{}", event.name));
        let mut lines = vec![event.description.clone()];
        if !event.description.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("The payload of the `{}` event.", event.name));
        events.push(EventView {
            name: string_literal(&event.name),
            payload: interface(doc_comment(&lines, ""), &payload, &event.payload, FieldKind::Record),
        });
    }

    let errors = object
        .errors
        .iter()
        .map(|error| ErrorView {
            doc: doc_comment(&[format!("HTTP {}. {}", error.status, error.description)], "  "),
            code: error.code.clone(),
            literal: string_literal(&error.code),
            status: error.status,
        })
        .collect();

    let generated = ["Events", "EventName", "Event", "ErrorCode", "ErrorStatus", "Client"];
    for suffix in generated {
        declared.add(&format!("{class}{suffix}"), "object");
    }
    declared.finish()?;

    let mut client_doc = vec![format!("A client of one `{}` instance.", object.name)];
    if !object.description.is_empty() {
        client_doc.push(String::new());
        client_doc.push(object.description.clone());
    }
    client_doc.push(String::new());
    client_doc.push("```ts".to_string());
    client_doc.push(format!("const client = new {class}Client({{ baseUrl: \"http://127.0.0.1:8787\", token }}, \"acme\");"));
    client_doc.push("```".to_string());

    Ok(ObjectModule {
        source: object.file.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        object: object.name.clone(),
        enums,
        records,
        rows,
        methods,
        events,
        events_map: format!("{class}Events"),
        event_name: format!("{class}EventName"),
        event_union: format!("{class}Event"),
        error_code: format!("{class}ErrorCode"),
        error_status: format!("{class}ErrorStatus"),
        errors,
        client: ClientView {
            doc: doc_comment(&client_doc, ""),
            name: format!("{class}Client"),
            object_literal: string_literal(&object.name),
        },
    })
}

/// Whether a field belongs to values the server sends (every key present, `null` when empty)
/// or to method parameters (optional ones may be left out).
#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldKind {
    Record,
    Param,
}

fn interface(doc: String, name: &str, fields: &[Field], kind: FieldKind) -> InterfaceView {
    let fields = fields
        .iter()
        .map(|field| {
            let optional = kind == FieldKind::Param && field.ty.is_optional();
            let marker = if optional { "?" } else { "" };
            FieldView {
                doc: doc_comment(&[field.description.as_str()], "  "),
                declaration: format!("{}{marker}: {}", field.wire_name, type_expr(&field.ty)),
            }
        })
        .collect();
    InterfaceView { doc, name: name.to_string(), fields }
}

fn method_view(method: &Method, declared: &mut Declared) -> MethodView {
    let pascal = pascal_case(&method.name);
    let path = format!("methods.{}", method.name);
    let params_name = format!("{pascal}Params");
    let result_name = format!("{pascal}Result");
    declared.add(&params_name, &path);
    declared.add(&result_name, &path);

    let params_doc = doc_comment(&[format!("The parameters of `{}`.", method.wire_name)], "");
    let params = interface(params_doc, &params_name, &method.params, FieldKind::Param);
    let (signature, argument) = if method.params.is_empty() {
        (String::new(), "{}".to_string())
    } else if method.params.iter().all(|param| param.ty.is_optional()) {
        (format!("params: {params_name} = {{}}"), "params".to_string())
    } else {
        (format!("params: {params_name}"), "params".to_string())
    };

    let result_type = match &method.returns {
        Some(ty) => type_expr(ty),
        None => "null".to_string(),
    };

    MethodView {
        doc: doc_comment(&method_doc(method), "  "),
        name: method.wire_name.clone(),
        wire_name: string_literal(&method.wire_name),
        params,
        result_doc: doc_comment(&[format!("The result of `{}`.", method.wire_name)], ""),
        result: result_name,
        result_type,
        signature,
        argument,
    }
}

/// The description of a client method, then what the caller needs besides the types.
fn method_doc(method: &Method) -> Vec<String> {
    let mut lines = Vec::new();
    if !method.description.is_empty() {
        lines.push(method.description.clone());
        lines.push(String::new());
    }

    let mut facts = Vec::new();
    facts.push(match method.mode {
        Mode::Read => "Reads only.".to_string(),
        Mode::Write => "Writes.".to_string(),
    });
    if method.is_public() {
        facts.push("Needs no permission.".to_string());
    } else {
        facts.push(format!("Needs the permission `{}`.", method.permission));
    }
    if let Some(route) = &method.route {
        facts.push(format!("Also served at `{} {}`.", route.verb, route.path));
    }
    lines.push(facts.join(" "));

    if !method.errors.is_empty() {
        let codes: Vec<String> = method.errors.iter().map(|code| format!("`{code}`")).collect();
        lines.push(format!("@throws {{runtime.DotdoError}} with code {}, or a built-in code.", codes.join(", ")));
    }
    lines
}
