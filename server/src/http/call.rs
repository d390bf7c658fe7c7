//! Method calls over plain HTTP: `POST /<class>/<name>/<method>` and the class's REST routes.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use runtime::route::match_route;
use runtime::Error;
use serde_json::{Map, Value};

use super::body::read_json;
use super::response::{error_response, result_response};
use super::{authenticate, path_error, AppState};

/// Handles every verb on `/<class>/<name>/<rest>`.
pub async fn handle(
    State(state): State<AppState>,
    verb: Method,
    uri: Uri,
    path: Result<Path<(String, String, String)>, PathRejection>,
    query: Result<Query<BTreeMap<String, String>>, QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Path((object, name, rest)) = match path {
        Ok(path) => path,
        Err(rejection) => return error_response(&path_error(rejection)),
    };
    let principal = match authenticate(&state, &headers) {
        Ok(principal) => principal,
        Err(error) => return error_response(&error),
    };
    let class = match state.host.resolve(&object, &name) {
        Ok(class) => class,
        Err(error) => return error_response(&error),
    };
    let segments = match route_segments(uri.path()) {
        Ok(segments) => segments,
        Err(error) => return error_response(&error),
    };
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    let limits = state.host.settings().limits;

    // A declared method by name.
    if verb == Method::POST && segments.len() == 1 && class.info.method(segments[0]).is_some() {
        let params = match read_json(body, &limits).await {
            Ok(params) => params,
            Err(error) => return error_response(&error),
        };
        let result = state
            .host
            .call(&object, &name, segments[0], params, principal, Vec::new())
            .await;
        return result_response(result);
    }

    // A declared REST route.
    if let Some(found) = match_route(class.info.routes, verb.as_str(), &segments) {
        let params = if verb == Method::GET || verb == Method::DELETE {
            match query {
                Ok(Query(query)) => Ok(query_params(query)),
                Err(rejection) => Err(Error::validation(format!(
                    "invalid query string: {rejection}"
                ))),
            }
        } else {
            read_json(body, &limits).await
        };
        let params = params
            .and_then(|params| merge_path_params(params, found.params))
            .and_then(|params| coerce(found.route, params));
        let params = match params {
            Ok(params) => params,
            Err(error) => return error_response(&error),
        };
        let result = state
            .host
            .call(
                &object,
                &name,
                found.route.method,
                params,
                principal,
                Vec::new(),
            )
            .await;
        return result_response(result);
    }

    if verb == Method::POST && segments.len() == 1 {
        return error_response(&Error::method_not_found(class.info.class, segments[0]));
    }
    error_response(&Error::not_found(format!(
        "object `{}` has no route {verb} /{rest}",
        class.info.class
    )))
}

/// Splits the raw request path after `/<class>/<name>/` into segments and percent-decodes each one.
///
/// Splitting before decoding keeps an encoded `/` (`%2F`) inside its segment, so a route parameter
/// such as the key in `GET /do/main/kv/{key}` may contain `/`. Axum's `{*rest}` is already decoded
/// and cannot tell `a%2Fb` from `a/b`. Empty segments are skipped, as `a//b` is `a/b`.
fn route_segments(raw_path: &str) -> Result<Vec<String>, Error> {
    raw_path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .skip(2)
        .map(|segment| {
            percent_encoding::percent_decode_str(segment)
                .decode_utf8()
                .map(|decoded| decoded.into_owned())
                .map_err(|_| {
                    Error::validation(format!(
                        "invalid path segment `{segment}`: it is not UTF-8 after percent-decoding"
                    ))
                })
        })
        .collect()
}

fn query_params(query: BTreeMap<String, String>) -> Value {
    Value::Object(
        query
            .into_iter()
            .map(|(key, value)| (key, Value::String(value)))
            .collect(),
    )
}

/// Converts the route's typed parameters from text.
fn coerce(route: &runtime::Route, params: Value) -> Result<Value, Error> {
    let Value::Object(mut object) = params else { return Ok(params) };
    runtime::route::coerce_params(route, &mut object)?;
    Ok(Value::Object(object))
}

/// Adds path parameters to the params object; the same name in both is a validation error.
fn merge_path_params(params: Value, path_params: Map<String, Value>) -> Result<Value, Error> {
    runtime::protocol::params::merge_path_params(params, path_params).map(Value::Object)
}
