//! Permission keys, default roles and error codes.

use super::merge::Merged;
use crate::diagnostic::Diagnostics;
use crate::model::{ErrorCode, Permission, Role};
use crate::names::{is_screaming_snake_case, is_snake_case};

/// Error codes every object may raise, with their HTTP status. The runtime defines the same set.
pub const BUILTIN_ERRORS: &[(&str, u16, &str)] = &[
    ("VALIDATION_ERROR", 400, "The parameters are invalid; `details.field` names the field."),
    ("UNAUTHENTICATED", 401, "The request has no valid bearer token."),
    ("FORBIDDEN", 403, "The caller lacks the method's permission."),
    ("NOT_FOUND", 404, "The object, instance or record does not exist."),
    ("METHOD_NOT_FOUND", 404, "The object declares no such method."),
    ("CONFLICT", 409, "The request conflicts with the current state."),
    ("PAYLOAD_TOO_LARGE", 413, "The request body is over the size limit."),
    ("RATE_LIMITED", 429, "Too many requests; retry after the `Retry-After` seconds."),
    ("INTERNAL", 500, "An unexpected error; details are in the server log."),
];

/// The permission value for methods that need no grant.
pub const PUBLIC: &str = "public";

pub fn permissions(merged: &Merged, diagnostics: &mut Diagnostics) -> Vec<Permission> {
    let mut out = Vec::new();
    for item in &merged.permissions {
        let path = item.path("permissions");
        if item.name == PUBLIC || !is_permission_key(item.name) {
            let message = format!("invalid permission key `{}`", item.name);
            let help = "write snake_case segments separated by `:`, such as `founders:write`; `public` is reserved";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            continue;
        }
        out.push(Permission { key: item.name.to_string(), description: item.spec.trim().to_string() });
    }
    out
}

fn is_permission_key(key: &str) -> bool {
    key.split(':').all(is_snake_case)
}

/// Returns whether `grant` (a key, `prefix:*` or `*`) matches `key` segment by segment.
pub fn grant_matches(grant: &str, key: &str) -> bool {
    if grant == "*" {
        return true;
    }
    match grant.strip_suffix(":*") {
        Some(prefix) => key.starts_with(prefix) && key[prefix.len()..].starts_with(':'),
        None => grant == key,
    }
}

pub fn roles(merged: &Merged, permissions: &[Permission], diagnostics: &mut Diagnostics) -> Vec<Role> {
    let mut out = Vec::new();
    for item in &merged.roles {
        let path = item.path("roles");
        if !is_snake_case(item.name) {
            let message = format!("invalid role name `{}`", item.name);
            diagnostics.push(item.source.diagnostic(&path, message).with_help("use snake_case, such as `admin`"));
            continue;
        }
        for (index, grant) in item.spec.iter().enumerate() {
            let grant_path = format!("{path}[{index}]");
            let well_formed = grant == "*" || grant.strip_suffix(":*").unwrap_or(grant).split(':').all(is_snake_case);
            if !well_formed {
                let message = format!("invalid grant `{grant}`");
                let help = "write a permission key, a key prefix followed by `:*`, or `*`";
                diagnostics.push(item.source.diagnostic(&grant_path, message).with_help(help));
                continue;
            }
            if !permissions.iter().any(|permission| grant_matches(grant, &permission.key)) {
                let keys: Vec<&str> = permissions.iter().map(|permission| permission.key.as_str()).collect();
                let message = format!("grant `{grant}` matches no declared permission");
                let help = format!("declare it under `permissions`, or use one of: {}", keys.join(", "));
                diagnostics.push(item.source.diagnostic(&grant_path, message).with_help(help));
            }
        }
        out.push(Role { name: item.name.to_string(), grants: item.spec.clone() });
    }
    out
}

pub fn errors(merged: &Merged, diagnostics: &mut Diagnostics) -> Vec<ErrorCode> {
    let mut out: Vec<ErrorCode> = BUILTIN_ERRORS
        .iter()
        .map(|(code, status, description)| ErrorCode {
            code: code.to_string(),
            status: *status,
            description: description.to_string(),
            builtin: true,
        })
        .collect();

    for item in &merged.errors {
        let path = item.path("errors");
        if !is_screaming_snake_case(item.name) {
            let message = format!("invalid error code `{}`", item.name);
            let help = "use SCREAMING_SNAKE_CASE, such as `SEAT_LIMIT_REACHED`";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            continue;
        }
        if out.iter().any(|error| error.code == item.name) {
            let message = format!("error code `{}` is built in", item.name);
            let help = "use the built-in code without declaring it, or choose another name";
            diagnostics.push(item.source.diagnostic(&path, message).with_help(help));
            continue;
        }
        if !(400..=599).contains(&item.spec.status) {
            let message = format!("status {} of `{}` is not an error status", item.spec.status, item.name);
            let help = "use a 4xx status for caller errors or a 5xx status for server errors";
            diagnostics.push(item.source.diagnostic(&format!("{path}.status"), message).with_help(help));
            continue;
        }
        out.push(ErrorCode {
            code: item.name.to_string(),
            status: item.spec.status,
            description: item.spec.description.trim().to_string(),
            builtin: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grant_matches;

    #[test]
    fn grants_match_whole_segments() {
        let cases = [
            ("*", "members:invite", true),
            ("members:*", "members:invite", true),
            ("members:*", "members:invite:bulk", true),
            ("members:*", "membersx:read", false),
            ("members:*", "members", false),
            ("members:read", "members:read", true),
            ("members:read", "members:readx", false),
        ];
        for (grant, key, expected) in cases {
            assert_eq!(grant_matches(grant, key), expected, "{grant} vs {key}");
        }
    }
}
