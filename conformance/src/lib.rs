//! The conformance harness: every case in `tests/conformance/` runs once against each [`Kind`] of
//! target, the native server and workerd serving the Worker bundle, with the same assertions.
//!
//! A case is an `async fn(Kind)` that starts a [`Target`], talks to it over HTTP and WebSocket
//! through its base URL, and stops it. [`on_both_targets!`] turns a list of cases into
//! `native::<case>` and `workerd::<case>` tests.

pub mod http;
pub mod native;
pub mod target;
pub mod workerd;

pub use http::{client, code, eventually, get, post, raw_request, request};
pub use target::{Kind, Target};

/// A config with a writer token, a reader token and no anonymous grants.
pub const AUTH_CONFIG: &str = r#"
[[tokens]]
token = "writer-token"
subject = "user:writer"
grants = ["probe:*"]

[[tokens]]
token = "reader-token"
subject = "user:reader"
grants = ["probe:read"]
"#;

/// Generates one test per target for each listed case, `native::<case>` and `workerd::<case>`.
/// Each case is an `async fn(Kind)` in the invoking module.
#[macro_export]
macro_rules! on_both_targets {
    ($($case:ident),* $(,)?) => {
        mod native {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case($crate::Kind::Native).await
                }
            )*
        }

        mod workerd {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    super::$case($crate::Kind::Workerd).await
                }
            )*
        }
    };
}
