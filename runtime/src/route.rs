//! REST routes declared by specs and the matcher that maps a request onto a method.
//!
//! A route path is relative to the instance (`/<class>/<name>/`): `items/{id}` matches
//! `GET /counter/main/items/42` and yields the path parameter `id = "42"`. Path parameter values are
//! strings; the host merges them into the method's params object.
//!
//! NOTE: path and query values stay JSON strings, so a route parameter typed as an integer fails
//! params validation unless the dispatcher accepts numbers given as strings.

use serde_json::{Map, Value};

/// One declared route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// HTTP verb in upper case: `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub verb: &'static str,
    /// Path relative to the instance, segments separated by `/`, `{param}` for a parameter.
    pub path: &'static str,
    /// Wire name of the method it calls.
    pub method: &'static str,
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
        },
        Route {
            verb: "GET",
            path: "items/{id}",
            method: "getItem",
        },
        Route {
            verb: "POST",
            path: "items",
            method: "addItem",
        },
        Route {
            verb: "DELETE",
            path: "items/{id}/tags/{tag}",
            method: "removeTag",
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
}
