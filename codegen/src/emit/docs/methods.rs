//! The view of one method: signature, HTTP calls, permission, errors and parameters.

use serde::Serialize;

use super::links::Links;
use super::markdown::{self, code};
use super::types::{field_rows, FieldRow};
use crate::model::{Method, Mode, Object, Route};

/// Signatures longer than this many characters are written one parameter per line.
const SIGNATURE_WIDTH: usize = 80;

#[derive(Debug, Serialize)]
pub struct MethodView {
    pub name: String,
    pub anchor: String,
    pub description: String,
    /// First sentence of the description, escaped for the summary table.
    pub summary: String,
    pub inherited_from: Option<String>,
    /// The signature in spec syntax, for a fenced `text` block.
    pub signature: String,
    pub params: Vec<FieldRow>,
    pub returns: String,
    /// `read` or `write`.
    pub mode: String,
    pub permission: String,
    /// `` `POST /shop/{name}/placeOrder` ``.
    pub call: String,
    pub route: Option<RouteView>,
    pub errors: Vec<ErrorRef>,
}

#[derive(Debug, Serialize)]
pub struct RouteView {
    pub call: String,
    /// A sentence naming the source of each parameter (path, query string or body); empty for a
    /// method without parameters.
    pub note: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorRef {
    pub code: String,
    pub status: String,
    pub description: String,
}

pub fn view(object: &Object, method: &Method, anchor: String, inherited_from: Option<String>, links: &Links) -> MethodView {
    let base = format!("/{}/{{name}}", object.name);
    let permission = if method.is_public() {
        "public (no grant needed)".to_string()
    } else {
        format!("[{}](#permissions)", code(&method.permission))
    };

    let errors = method
        .errors
        .iter()
        .map(|error_code| {
            let error = object.error(error_code);
            ErrorRef {
                code: code(error_code),
                status: error.map(|error| error.status.to_string()).unwrap_or_default(),
                description: markdown::cell(error.map(|error| error.description.as_str()).unwrap_or_default()),
            }
        })
        .collect();

    MethodView {
        name: method.name.clone(),
        anchor,
        description: markdown::paragraph(&method.description),
        summary: markdown::cell(&markdown::summary(&method.description)),
        inherited_from,
        signature: signature(method),
        params: field_rows(&method.params, links),
        returns: match &method.returns {
            Some(ty) => links.type_markdown(ty),
            None => format!("{} (no `returns` declared)", code("null")),
        },
        mode: match method.mode {
            Mode::Read => "read",
            Mode::Write => "write",
        }
        .to_string(),
        permission,
        call: code(&format!("POST {base}/{}", method.wire_name)),
        route: method.route.as_ref().map(|route| route_view(&base, method, route)),
        errors,
    }
}

/// `name(param: type, ...) -> returns` in spec syntax, wrapped one parameter per line when long.
fn signature(method: &Method) -> String {
    let params: Vec<String> = method.params.iter().map(|param| format!("{}: {}", param.name, param.ty.to_spec())).collect();
    let returns = method.returns.as_ref().map(|ty| format!(" -> {}", ty.to_spec())).unwrap_or_default();

    let one_line = format!("{}({}){returns}", method.name, params.join(", "));
    if one_line.len() <= SIGNATURE_WIDTH || params.is_empty() {
        return one_line;
    }
    let lines: Vec<String> = params.iter().map(|param| format!("    {param},")).collect();
    format!("{}(\n{}\n){returns}", method.name, lines.join("\n"))
}

fn route_view(base: &str, method: &Method, route: &Route) -> RouteView {
    // A route of `/` is the instance URL itself, without a trailing slash.
    let path = if route.path == "/" { "" } else { route.path.as_str() };

    let path_params: Vec<String> = route.path_params.iter().map(|name| code(name)).collect();
    let other_params: Vec<String> = method
        .params
        .iter()
        .filter(|param| !route.path_params.contains(&param.name))
        .map(|param| code(&param.wire_name))
        .collect();
    let other_params_in = if matches!(route.verb.as_str(), "GET" | "DELETE") { "query string" } else { "JSON body" };

    let mut sources = Vec::new();
    if !path_params.is_empty() {
        sources.push(format!("{} from the path", path_params.join(", ")));
    }
    if !other_params.is_empty() {
        sources.push(format!("{} from the {other_params_in}", other_params.join(", ")));
    }
    let note = if sources.is_empty() { String::new() } else { format!("The route takes {}.", sources.join(" and ")) };

    RouteView { call: code(&format!("{} {base}{path}", route.verb)), note }
}
