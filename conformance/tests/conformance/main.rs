//! The conformance suite: every case runs against the native server (`native::...`) and against
//! workerd with the Worker bundle (`workerd::...`), with the same assertions. Where the two hosts
//! genuinely differ, the case asserts each host's behaviour and its comment says why; README.md
//! lists these differences under Limitations.
//!
//! The workerd cases build the bundle with worker/build.sh (once per run) and need
//! `npm ci` in worker/; scripts/test.sh does both.

mod auth;
mod bad_input;
mod calls;
mod classes;
mod json_rpc;
mod schedules;
mod websocket;
