//! The view of an object's declaration for the runtime: `MIGRATIONS` (the migration files the
//! migrations emitter wrote), `ROUTES` and `INFO`.

use std::path::Path;

use serde::Serialize;

use super::view::string_literal;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::generate::Outputs;
use crate::model::{Method, Mode, NamedTypeKind, Object, Scalar, Type};

#[derive(Debug, Serialize)]
pub struct DeclarationView {
    pub migrations: Vec<MigrationView>,
    pub routes: Vec<RouteView>,
    pub methods: Vec<MethodInfoView>,
}

#[derive(Debug, Serialize)]
pub struct MigrationView {
    pub version: u32,
    /// The part of the file name after `NNNN_`, as a string literal.
    pub name: String,
    /// The file's path relative to `src/<object>.rs`, as a string literal for `include_str!`.
    pub include: String,
}

#[derive(Debug, Serialize)]
pub struct RouteView {
    pub verb: String,
    /// Relative to the instance, without the leading `/`, with wire names in `{...}`.
    pub path: String,
    pub method: String,
    pub params: Vec<RouteParamView>,
}

#[derive(Debug, Serialize)]
pub struct RouteParamView {
    pub name: String,
    /// A variant of `runtime::ParamKind`.
    pub kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct MethodInfoView {
    pub name: String,
    pub permission: String,
    /// `true` or `false`, as Rust.
    pub writes: &'static str,
}

pub fn declaration_view(object: &Object, outputs: &Outputs) -> Result<DeclarationView, Diagnostics> {
    Ok(DeclarationView {
        migrations: migrations(object, outputs)?,
        routes: object.methods.iter().filter_map(|method| route(object, method)).collect(),
        methods: object
            .methods
            .iter()
            .map(|method| MethodInfoView {
                name: string_literal(&method.wire_name),
                permission: string_literal(&method.permission),
                writes: if method.mode == Mode::Write { "true" } else { "false" },
            })
            .collect(),
    })
}

/// Lists the object's migration files among the outputs, which the migrations emitter has
/// already added (`migrations/<object>/NNNN_<name>.sql`), in version order.
fn migrations(object: &Object, outputs: &Outputs) -> Result<Vec<MigrationView>, Diagnostics> {
    let folder = Path::new("migrations").join(&object.name);
    let mut found = Vec::new();

    for (path, _) in outputs.iter() {
        if path.parent() != Some(folder.as_path()) || path.extension().is_none_or(|ext| ext != "sql") {
            continue;
        }
        let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
        let parsed = stem.split_once('_').and_then(|(number, name)| Some((number.parse::<u32>().ok()?, name)));
        let Some((version, name)) = parsed else {
            let message = format!("migration file `{}` is not named `NNNN_<name>.sql`", path.display());
            let help = "rename the file to its number and name, such as `0002_add_orders_note.sql`";
            return Err(Diagnostic::new(&object.file, "tables", message).with_help(help).into());
        };
        let file_name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        found.push(MigrationView {
            version,
            name: string_literal(name),
            include: string_literal(&format!("../migrations/{}/{file_name}", object.name)),
        });
    }

    found.sort_by_key(|migration| migration.version);
    Ok(found)
}

fn route(object: &Object, method: &Method) -> Option<RouteView> {
    let route = method.route.as_ref()?;
    let wire_name = |name: &str| {
        let field = method.params.iter().find(|field| field.name == name);
        field.map_or_else(|| name.to_string(), |field| field.wire_name.clone())
    };

    let segments: Vec<String> = route
        .path
        .trim_start_matches('/')
        .split('/')
        .map(|segment| match segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}')) {
            Some(name) => format!("{{{}}}", wire_name(name)),
            None => segment.to_string(),
        })
        .collect();

    // Path parameters always arrive as text. The other parameters arrive as text only in the query
    // string of GET and DELETE, because the other verbs carry them in a JSON body, with JSON types.
    let query = matches!(route.verb.as_str(), "GET" | "DELETE");
    let params = method
        .params
        .iter()
        .filter(|field| query || route.path_params.contains(&field.name))
        .filter_map(|field| {
            let kind = param_kind(object, &field.ty)?;
            Some(RouteParamView { name: string_literal(&field.wire_name), kind })
        })
        .collect();

    Some(RouteView {
        verb: string_literal(&route.verb),
        path: string_literal(&segments.join("/")),
        method: string_literal(&method.wire_name),
        params,
    })
}

/// Returns the kind of a parameter that can travel as text, or `None` for lists, records, json and blobs.
fn param_kind(object: &Object, ty: &Type) -> Option<&'static str> {
    match ty.required() {
        Type::Scalar(Scalar::Text) => Some("Text"),
        Type::Scalar(Scalar::Integer | Scalar::Timestamp) => Some("Integer"),
        Type::Scalar(Scalar::Real) => Some("Real"),
        Type::Scalar(Scalar::Boolean) => Some("Boolean"),
        Type::Scalar(Scalar::Json | Scalar::Blob) | Type::List(_) | Type::Optional(_) => None,
        Type::Named(name) => match object.named_type(name).map(|named| &named.kind) {
            Some(NamedTypeKind::Enum(_)) => Some("Text"),
            _ => None,
        },
    }
}
