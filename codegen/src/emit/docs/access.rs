//! Views of an object's permissions, roles and error codes.

use serde::Serialize;

use super::markdown::{self, code};
use crate::model::Object;

#[derive(Debug, Serialize)]
pub struct PermissionRow {
    pub key: String,
    pub description: String,
    /// Links to the methods that require this permission.
    pub methods: String,
}

#[derive(Debug, Serialize)]
pub struct RoleRow {
    pub name: String,
    pub grants: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorRow {
    pub code: String,
    pub status: String,
    pub description: String,
    /// `built in` or `declared`.
    pub source: String,
    /// Links to the methods that list this code in `errors`.
    pub methods: String,
}

/// `method_anchor` returns the anchor of a method's section by method name.
pub fn permissions(object: &Object, method_anchor: &dyn Fn(&str) -> String) -> Vec<PermissionRow> {
    object
        .permissions
        .iter()
        .map(|permission| {
            let methods: Vec<String> = object
                .methods
                .iter()
                .filter(|method| method.permission == permission.key)
                .map(|method| format!("[{}](#{})", code(&method.name), method_anchor(&method.name)))
                .collect();
            PermissionRow {
                key: markdown::cell(&code(&permission.key)),
                description: markdown::cell(&permission.description),
                methods: methods.join(", "),
            }
        })
        .collect()
}

pub fn roles(object: &Object) -> Vec<RoleRow> {
    object
        .roles
        .iter()
        .map(|role| {
            let grants: Vec<String> = role.grants.iter().map(|grant| code(grant)).collect();
            RoleRow { name: code(&role.name), grants: markdown::cell(&grants.join(", ")) }
        })
        .collect()
}

pub fn errors(object: &Object, method_anchor: &dyn Fn(&str) -> String) -> Vec<ErrorRow> {
    object
        .errors
        .iter()
        .map(|error| {
            let methods: Vec<String> = object
                .methods
                .iter()
                .filter(|method| method.errors.contains(&error.code))
                .map(|method| format!("[{}](#{})", code(&method.name), method_anchor(&method.name)))
                .collect();
            ErrorRow {
                code: code(&error.code),
                status: error.status.to_string(),
                description: markdown::cell(&error.description),
                source: if error.builtin { "built in" } else { "declared" }.to_string(),
                methods: methods.join(", "),
            }
        })
        .collect()
}
