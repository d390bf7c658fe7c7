//! Route conflicts: two methods on one route, or a route that shadows a built-in endpoint.

use super::merge::Merged;
use crate::diagnostic::Diagnostics;
use crate::model::Method;

/// Reports routes that match the same requests as another route or a built-in endpoint.
pub fn check(merged: &Merged, methods: &[Method], diagnostics: &mut Diagnostics) {
    let mut seen: Vec<(String, &Method)> = Vec::new();
    for method in methods {
        let Some(route) = &method.route else { continue };
        let Some(item) = merged.methods.iter().find(|item| item.name == method.name) else { continue };
        let path = format!("methods.{}.route", method.name);

        let segments: Vec<&str> = route.path.split('/').skip(1).filter(|segment| !segment.is_empty()).collect();
        let method_names: Vec<&str> = methods.iter().map(|other| other.wire_name.as_str()).collect();
        let shadows_builtin = match route.verb.as_str() {
            "POST" => match segments.as_slice() {
                [only] => only.starts_with('{') || *only == "rpc" || method_names.contains(only),
                _ => false,
            },
            "GET" => segments.is_empty() || segments == ["ws"],
            _ => false,
        };
        if shadows_builtin {
            let message = format!("route `{} {}` is taken by a built-in endpoint", route.verb, route.path);
            let help = "`POST /<object>/<name>/<method>` calls methods, and `GET /<object>/<name>`, `/ws` and `/rpc` \
                        are built in; use a path that is not a method name, such as `POST /rounds/{round_id}/close`";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            continue;
        }

        // Two routes conflict when they have the same verb and the same literal segments,
        // with any parameter matching any parameter.
        let shape: Vec<&str> = segments.iter().map(|segment| if segment.starts_with('{') { "{}" } else { segment }).collect();
        let key = format!("{} /{}", route.verb, shape.join("/"));
        if let Some((_, other)) = seen.iter().find(|(other_key, _)| *other_key == key) {
            let message = format!("route `{} {}` conflicts with the route of method `{}`", route.verb, route.path, other.name);
            diagnostics.push(item.source.diagnostic(&path, message).with_help("change one of the two routes"));
            continue;
        }
        seen.push((key, method));
    }
}
