//! Methods: parameters, results, permissions, routes and declared errors.

use super::access::PUBLIC;
use super::merge::Merged;
use super::named_types::{check_snake_name, lower_fields};
use super::scope::Scope;
use crate::diagnostic::Diagnostics;
use crate::model::{ErrorCode, Method, Permission, Route};
use crate::names::camel_case;

/// HTTP verbs a route may use.
const VERBS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

pub fn lower(
    merged: &Merged,
    scope: &Scope,
    permissions: &[Permission],
    errors: &[ErrorCode],
    diagnostics: &mut Diagnostics,
) -> Vec<Method> {
    let mut methods: Vec<Method> = Vec::new();
    for item in &merged.methods {
        let path = item.path("methods");
        let source = item.source;
        let spec = item.spec;
        if !check_snake_name(item.name, "method", source, &path, diagnostics) {
            continue;
        }
        let wire_name = camel_case(item.name);
        if let Some(other) = methods.iter().find(|method| method.wire_name == wire_name) {
            let message = format!("methods `{}` and `{}` are both `{wire_name}` on the wire", other.name, item.name);
            diagnostics.push(source.diagnostic(&path, message).with_help("rename one of them"));
            continue;
        }
        if matches!(wire_name.as_str(), "rpc" | "ws") {
            let message = format!("method name `{}` is reserved for the `/{wire_name}` endpoint", item.name);
            diagnostics.push(source.diagnostic(&path, message).with_help("choose another name"));
            continue;
        }

        let params = lower_fields(spec.params.iter(), scope, source, &format!("{path}.params"), diagnostics);
        let returns = spec
            .returns
            .as_ref()
            .and_then(|text| scope.resolve(text, source, &format!("{path}.returns"), diagnostics));

        let permission = spec.permission.trim().to_string();
        if permission != PUBLIC && !permissions.iter().any(|known| known.key == permission) {
            let keys: Vec<&str> = permissions.iter().map(|known| known.key.as_str()).collect();
            let message = format!("unknown permission `{permission}`");
            let help = format!("declare it under `permissions`, write `public`, or use one of: {}", keys.join(", "));
            diagnostics.push(source.diagnostic(&format!("{path}.permission"), message).with_help(help));
        }

        for (index, code) in spec.errors.iter().enumerate() {
            if !errors.iter().any(|known| &known.code == code) {
                let codes: Vec<&str> = errors.iter().map(|known| known.code.as_str()).collect();
                let message = format!("unknown error code `{code}`");
                let help = format!("declare it under `errors`, or use one of: {}", codes.join(", "));
                diagnostics.push(source.diagnostic(&format!("{path}.errors[{index}]"), message).with_help(help));
            }
        }

        let route = spec.route.as_ref().and_then(|text| {
            let route_path = format!("{path}.route");
            let is_enum = |name: &str| matches!(scope.types.get(name), Some(super::scope::TypeKind::Enum(_)));
            match parse_route(text, &params, &is_enum) {
                Ok(route) => Some(route),
                Err((message, help)) => {
                    diagnostics.push(source.diagnostic(&route_path, message).with_help(help));
                    None
                }
            }
        });

        methods.push(Method {
            name: item.name.to_string(),
            wire_name,
            description: spec.description.trim().to_string(),
            params,
            returns,
            mode: spec.mode,
            permission,
            route,
            errors: spec.errors.clone(),
            origin: item.origin,
        });
    }
    methods
}

/// Returns whether a value of `ty` is one string, number or boolean, so it fits in a path
/// segment or a query parameter. Enums count: they are strings on the wire.
fn is_plain(ty: &crate::model::Type, is_enum: &dyn Fn(&str) -> bool) -> bool {
    match ty {
        crate::model::Type::Scalar(scalar) => !matches!(scalar, crate::model::Scalar::Json | crate::model::Scalar::Blob),
        crate::model::Type::Named(name) => is_enum(name),
        _ => false,
    }
}

/// Parses `VERB /path/{param}`; path parameters must be required plain method parameters.
fn parse_route(
    text: &str,
    params: &[crate::model::Field],
    is_enum: &dyn Fn(&str) -> bool,
) -> Result<Route, (String, String)> {
    let help = "write `VERB /path`, such as `POST /rounds/{round_id}/close`, with a verb of GET, POST, PUT, PATCH or DELETE";
    let Some((verb, path)) = text.trim().split_once(' ') else {
        return Err((format!("invalid route `{text}`"), help.to_string()));
    };
    let path = path.trim();
    if !VERBS.contains(&verb) {
        return Err((format!("unknown HTTP verb `{verb}` in route `{text}`"), help.to_string()));
    }
    if !path.starts_with('/') || path.contains("//") || path.contains(['?', '#', ' ']) || (path.len() > 1 && path.ends_with('/')) {
        return Err((format!("invalid route path `{path}`"), "start with `/`, no trailing `/`, no query string".to_string()));
    }

    let mut path_params = Vec::new();
    for segment in path.split('/').skip(1) {
        if let Some(name) = segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}')) {
            let Some(param) = params.iter().find(|param| param.name == name) else {
                return Err((
                    format!("route parameter `{{{name}}}` is not a parameter of the method"),
                    format!("add `{name}` to `params`, or fix the route"),
                ));
            };
            if !is_plain(&param.ty, is_enum) {
                return Err((
                    format!("route parameter `{name}` has type `{}`", param.ty.to_spec()),
                    "a path parameter must be a required scalar or enum, other than json and blob".to_string(),
                ));
            }
            if path_params.contains(&name.to_string()) {
                return Err((format!("route parameter `{name}` appears twice"), "use each parameter once".to_string()));
            }
            path_params.push(name.to_string());
        } else if segment.is_empty() && path != "/" || segment.contains(['{', '}']) {
            return Err((format!("invalid route segment `{segment}` in `{path}`"), help.to_string()));
        }
    }

    if matches!(verb, "GET" | "DELETE") {
        let body_params: Vec<&str> = params
            .iter()
            .filter(|param| !path_params.contains(&param.name))
            .filter(|param| !is_plain(param.ty.required(), is_enum))
            .map(|param| param.name.as_str())
            .collect();
        if let Some(first) = body_params.first() {
            return Err((
                format!("parameter `{first}` of a {verb} route is not a scalar or enum, so it cannot travel in the query string"),
                "use POST, or make the parameter a scalar (not json or blob) or an enum".to_string(),
            ));
        }
    }

    Ok(Route { verb: verb.to_string(), path: path.to_string(), path_params })
}
