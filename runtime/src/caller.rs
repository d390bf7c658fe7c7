//! Cross-object calls: the [`Caller`] trait a host implements and the [`Stub`] object code uses.
//!
//! Generated typed client stubs wrap [`Stub::call`]. A call carries the chain of instance ids it
//! passed through. Each instance runs one call at a time, so a call back into an instance already
//! on the chain would wait on itself; it fails with `CONFLICT` instead of hanging.

use std::future::Future;
use std::pin::Pin;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::context::CallContext;
use crate::error::{Error, Result};
use crate::id::instance_id;
use crate::principal::Principal;

/// A boxed future that need not be `Send` (nothing is on wasm32).
pub type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// A call from one object to another.
#[derive(Debug, Clone)]
pub struct CallRequest {
    /// Target class.
    pub class: String,
    /// Target instance name.
    pub name: String,
    /// Wire method name.
    pub method: String,
    /// Params object.
    pub params: Value,
    /// The principal of the original caller, which the target checks permissions against.
    pub principal: Principal,
    /// Ids of the instances the call passed through, the caller's last.
    pub chain: Vec<String>,
}

/// Delivers cross-object calls; each host implements it over its own transport.
pub trait Caller {
    /// Runs the call on the target instance (activating it if needed) and returns its result.
    fn call(&self, request: CallRequest) -> LocalBoxFuture<'_, Result<Value>>;
}

/// A caller for hosts and tests with no other objects: every call fails with `NOT_FOUND`.
pub struct NoCaller;

impl Caller for NoCaller {
    fn call(&self, request: CallRequest) -> LocalBoxFuture<'_, Result<Value>> {
        Box::pin(async move {
            Err(Error::not_found(format!(
                "cross-object calls are not available here (calling `{}` on {}/{})",
                request.method, request.class, request.name
            )))
        })
    }
}

/// A handle on another instance, from [`CallContext::stub`].
pub struct Stub<'a> {
    ctx: &'a CallContext<'a>,
    class: String,
    name: String,
}

impl<'a> Stub<'a> {
    pub(crate) fn new(ctx: &'a CallContext<'a>, class: &str, name: &str) -> Self {
        Stub {
            ctx,
            class: class.to_string(),
            name: name.to_string(),
        }
    }

    /// Calls a method with JSON-serializable params and returns the raw JSON result.
    pub async fn call(&self, method: &str, params: impl Serialize) -> Result<Value> {
        let target = instance_id(&self.class, &self.name);
        if target == self.ctx.id() || self.ctx.chain().contains(&target) {
            return Err(Error::conflict(format!(
                "call to `{method}` on {}/{} re-enters an instance that is waiting on this call",
                self.class, self.name
            )));
        }

        let params = serde_json::to_value(params).map_err(|error| {
            Error::internal(format!("cannot serialize params for `{method}`: {error}"))
        })?;
        let mut chain = self.ctx.chain().to_vec();
        chain.push(self.ctx.id().to_string());

        let request = CallRequest {
            class: self.class.clone(),
            name: self.name.clone(),
            method: method.to_string(),
            params,
            principal: self.ctx.principal().clone(),
            chain,
        };
        self.ctx.caller().call(request).await
    }

    /// Calls a method and deserializes its result as `R`.
    pub async fn call_as<R: DeserializeOwned>(
        &self,
        method: &str,
        params: impl Serialize,
    ) -> Result<R> {
        let value = self.call(method, params).await?;
        serde_json::from_value(value).map_err(|error| {
            Error::internal(format!(
                "result of `{method}` on {}/{} has an unexpected shape: {error}",
                self.class, self.name
            ))
        })
    }
}
