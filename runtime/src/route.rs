//! REST routes declared by specs and the matcher that maps a request onto a method.
//!
//! A route path is relative to the instance (`/<class>/<name>/`): `items/{id}` matches
//! `GET /counter/main/items/42` and yields the path parameter `id = "42"`. Path parameter values are
//! strings; the host merges them into the method's params object.
//!
//! Path and query values arrive as text; [`coerce_params`] turns those of integer, real and boolean
//! parameters into JSON numbers and booleans, as declared in [`Route::params`], before dispatch.

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// One declared route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// HTTP verb in upper case: `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub verb: &'static str,
    /// Path relative to the instance, segments separated by `/`, `{param}` for a parameter.
    pub path: &'static str,
    /// Wire name of the method it calls.
    pub method: &'static str,
    /// Parameters that may arrive as text in the path or the query string, with their types.
    pub params: &'static [RouteParam],
}

/// A parameter that can travel in a path segment or a query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteParam {
    /// Wire name, camelCase.
    pub name: &'static str,
    pub kind: ParamKind,
}

/// The JSON type a text value is converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Kept as a string (text and enum parameters).
    Text,
    /// A whole number (integer and timestamp parameters).
    Integer,
    Real,
    /// `true` or `false`.
    Boolean,
}

/// Converts text values of the route's typed parameters to JSON numbers and booleans; a value that
/// does not parse is a `VALIDATION_ERROR` naming the parameter.
pub fn coerce_params(route: &Route, params: &mut Map<String, Value>) -> Result<()> {
    for param in route.params {
        let Some(Value::String(text)) = params.get(param.name) else { continue };
        let converted = match param.kind {
            ParamKind::Text => continue,
            ParamKind::Integer => text.parse::<i64>().ok().map(Value::from),
            ParamKind::Real => text.parse::<f64>().ok().filter(|number| number.is_finite()).map(Value::from),
            ParamKind::Boolean => match text.as_str() {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
        };
        let Some(converted) = converted else {
            let expected = match param.kind {
                ParamKind::Integer => "a whole number",
                ParamKind::Real => "a number",
                _ => "`true` or `false`",
            };
            let message = format!("invalid value `{text}` for parameter `{}`: expected {expected}", param.name);
            return Err(Error::validation(message).with_details(serde_json::json!({ "field": param.name })));
        };
        params.insert(param.name.to_string(), converted);
    }
    Ok(())
}

/// A matched route with its path parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteMatch {
    /// The route that matched.
    pub route: &'static Route,
    /// Path parameters by name, as JSON strings.
    pub params: Map<String, Value>,
}

/// Finds the first route matching the verb and the already percent-decoded path segments.
///
/// Literal segments win over parameters only by declaration order, so specs should list the more
/// specific route first.
pub fn match_route(routes: &'static [Route], verb: &str, segments: &[&str]) -> Option<RouteMatch> {
    routes.iter().find_map(|route| {
        if !route.verb.eq_ignore_ascii_case(verb) {
            return None;
        }
        let params = match_path(route.path, segments)?;
        Some(RouteMatch { route, params })
    })
}

fn match_path(pattern: &str, segments: &[&str]) -> Option<Map<String, Value>> {
    let pattern_segments: Vec<&str> = pattern.split('/').filter(|part| !part.is_empty()).collect();
    if pattern_segments.len() != segments.len() {
        return None;
    }

    let mut params = Map::new();
    for (pattern_segment, segment) in pattern_segments.iter().zip(segments) {
        match pattern_segment
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        {
            Some(name) => {
                params.insert(name.to_string(), Value::String((*segment).to_string()));
            }
            None if pattern_segment == segment => {}
            None => return None,
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    static ROUTES: &[Route] = &[
        Route {
            verb: "GET",
            path: "items/latest",
            method: "latestItem",
            params: &[],
        },
        Route {
            verb: "GET",
            path: "items/{id}",
            method: "getItem",
            params: &[RouteParam { name: "id", kind: ParamKind::Integer }],
        },
        Route {
            verb: "POST",
            path: "items",
            method: "addItem",
            params: &[],
        },
        Route {
            verb: "DELETE",
            path: "items/{id}/tags/{tag}",
            method: "removeTag",
            params: &[
                RouteParam { name: "id", kind: ParamKind::Integer },
                RouteParam { name: "tag", kind: ParamKind::Text },
            ],
        },
    ];

    fn matched(verb: &str, segments: &[&str]) -> Option<(&'static str, Map<String, Value>)> {
        match_route(ROUTES, verb, segments).map(|found| (found.route.method, found.params))
    }

    #[test]
    fn route_matching_table() {
        let cases: [(&str, &[&str], Option<&str>); 7] = [
            ("GET", &["items", "latest"], Some("latestItem")),
            ("GET", &["items", "42"], Some("getItem")),
            ("get", &["items", "42"], Some("getItem")),
            ("POST", &["items"], Some("addItem")),
            ("POST", &["items", "42"], None),
            ("DELETE", &["items", "1", "tags", "red"], Some("removeTag")),
            ("GET", &["other"], None),
        ];
        for (verb, segments, expected) in cases {
            let method = matched(verb, segments).map(|(method, _)| method);
            assert_eq!(method, expected, "{verb} {segments:?}");
        }
    }

    #[test]
    fn route_params_are_strings() {
        let (_, params) = matched("DELETE", &["items", "1", "tags", "red"]).unwrap();
        assert_eq!(params["id"], "1");
        assert_eq!(params["tag"], "red");
    }

    #[test]
    fn typed_params_coerced() {
        let found = match_route(ROUTES, "DELETE", &["items", "7", "tags", "12"]).unwrap();
        let mut params = found.params.clone();
        coerce_params(found.route, &mut params).unwrap();
        assert_eq!(params["id"], 7);
        assert_eq!(params["tag"], "12");
    }

    #[test]
    fn bad_typed_param_names_field() {
        let found = match_route(ROUTES, "GET", &["items", "seven"]).unwrap();
        let mut params = found.params.clone();
        let error = coerce_params(found.route, &mut params).unwrap_err();
        assert_eq!(error.code().as_str(), "VALIDATION_ERROR");
        assert_eq!(error.details()["field"], "id");
    }
}
