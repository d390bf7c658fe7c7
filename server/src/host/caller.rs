//! The native [`Caller`]: cross-object calls go through the host like any other call, so the
//! target is activated, queued and checked the same way.

use std::sync::Weak;

use runtime::caller::{CallRequest, Caller, LocalBoxFuture};
use runtime::Result;
use serde_json::Value;

use super::{unavailable, Host, HostInner};

/// Delivers calls made by object code to other instances.
pub struct NativeCaller {
    host: Weak<HostInner>,
}

impl NativeCaller {
    /// Creates a caller for the host; weak so an actor does not keep a stopped host alive.
    pub fn new(host: Weak<HostInner>) -> Self {
        NativeCaller { host }
    }
}

impl Caller for NativeCaller {
    fn call(&self, request: CallRequest) -> LocalBoxFuture<'_, Result<Value>> {
        Box::pin(async move {
            let host = Host::from_inner(self.host.upgrade().ok_or_else(unavailable)?);
            host.call(
                &request.class,
                &request.name,
                &request.method,
                request.params,
                request.principal,
                request.chain,
            )
            .await
        })
    }
}
