//! The view of an object's methods as Rust code: the `Methods` trait its struct implements, the
//! dispatcher that turns a wire call into a typed call, and the typed client stub.
//!
//! The trait declares only the object's own methods. An object that extends a base has the base
//! module's trait as a supertrait, and the dispatcher hands the base methods to the base module's
//! dispatcher, so the base behaviour is written once.

use serde::Serialize;

use super::docs::paragraphs;
use super::naming::params_struct;
use super::types::{base64_module, rust_type};
use super::view::string_literal;
use crate::model::{Method, Object, Origin};
use crate::names::rust_ident;

#[derive(Debug, Serialize)]
pub struct MethodsView {
    pub trait_docs: Vec<String>,
    /// `crate::<base>` when the object extends a base.
    pub base_module: Option<String>,
    /// `#[diagnostic::on_unimplemented]` message and note, as string literals.
    pub unimplemented_message: String,
    pub unimplemented_note: String,
    /// The object's own methods: trait methods and dispatcher arms.
    pub own: Vec<MethodView>,
    /// Wire names of the base methods, as string literals, for the dispatcher arm that hands them on.
    pub base: Vec<String>,
    /// Every method, own and base, for the client stub.
    pub client: Vec<MethodView>,
}

#[derive(Debug, Serialize)]
pub struct MethodView {
    pub docs: Vec<String>,
    pub ident: String,
    /// Wire name as a string literal.
    pub wire: String,
    /// The params struct; the method takes no params argument when `takes_params` is false.
    pub params: String,
    pub takes_params: bool,
    /// The Rust type of the result, `()` for a method without `returns`.
    pub returns: String,
    /// Set for a method without `returns`, whose wire result is `null`.
    pub unit: bool,
    /// Set when the result contains bytes of its own, which go through `crate::wire::base64::Base64`.
    pub base64: bool,
}

pub fn methods_view(object: &Object) -> MethodsView {
    let own: Vec<&Method> = object.methods.iter().filter(|method| method.origin == Origin::Own).collect();
    let base_module = object.extends.as_deref().map(|base| format!("crate::{}", rust_ident(base)));

    let own_names: Vec<String> = own.iter().map(|method| format!("`{}`", rust_ident(&method.name))).collect();
    let message = format!("`{{Self}}` does not implement the methods of the `{}` spec", object.name);
    let mut note = match own_names.is_empty() {
        true => format!("implement `Methods` of the `{}` module for `{{Self}}` (the spec declares no methods of its own)", object.name),
        false => format!(
            "implement `Methods` of the `{}` module for `{{Self}}`, with one async fn for each of: {}",
            object.name,
            own_names.join(", ")
        ),
    };
    if let Some(base) = &object.extends {
        note.push_str(&format!("; the methods of the `{base}` spec come from its own `Methods` trait"));
    }

    let summary = format!(
        "The methods of the `{}` object, implemented by the struct marked `#[durable_object]`.",
        object.name
    );
    let dispatch = "The runtime checks a method's permission before it calls the method, and runs the call\nin one transaction, which an `Err` rolls back.";
    let base_note = object
        .extends
        .as_ref()
        .map(|base| format!("The methods inherited from `{base}` are declared by the supertrait, `crate::{}::Methods`.", rust_ident(base)));
    let trait_docs = paragraphs(&[&summary, dispatch, base_note.as_deref().unwrap_or("")]);

    MethodsView {
        trait_docs,
        base_module,
        unimplemented_message: string_literal(&message),
        unimplemented_note: string_literal(&note),
        own: own.iter().map(|method| method_view(method)).collect(),
        base: object
            .methods
            .iter()
            .filter(|method| method.origin == Origin::Base)
            .map(|method| string_literal(&method.wire_name))
            .collect(),
        client: object.methods.iter().map(method_view).collect(),
    }
}

fn method_view(method: &Method) -> MethodView {
    let mut facts = vec![format!("Permission: `{}`.", method.permission)];
    if let Some(route) = &method.route {
        facts.push(format!("Route: `{} {}`.", route.verb, route.path));
    }
    if !method.errors.is_empty() {
        let errors: Vec<String> = method.errors.iter().map(|code| format!("`{code}`")).collect();
        facts.push(format!("Errors: {}.", errors.join(", ")));
    }
    let facts = facts.join(" ");

    MethodView {
        docs: paragraphs(&[&method.description, &facts]),
        ident: rust_ident(&method.name),
        wire: string_literal(&method.wire_name),
        params: params_struct(method),
        takes_params: !method.params.is_empty(),
        returns: method.returns.as_ref().map_or_else(|| "()".to_string(), rust_type),
        unit: method.returns.is_none(),
        base64: method.returns.as_ref().is_some_and(|ty| base64_module(ty).is_some()),
    }
}
