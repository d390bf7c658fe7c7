//! Types of the `function` object, generated from its spec by `cargo run -p codegen`.
//!
//! One serverless function, versioned as AWS Lambda does it: `deploy` edits the draft, `publish`
//! freezes the draft as an immutable version numbered 1, 2, 3... (a number is never reused), and
//! aliases point at a version, optionally splitting traffic with a weighted second version.
//! Invocations are recorded with status, duration, cold start and logs; timeouts are enforced,
//! calls are rate limited (token bucket or sliding window) and concurrency can be capped.
//! Durations are milliseconds and timestamps milliseconds since the Unix epoch.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "function";

/// The object's class name.
pub const CLASS: &str = "Function";

/// Wire names of the methods, in spec order.
pub const METHODS: &[&str] = &[
    "describe",
    "health",
    "eventsSince",
    "appendEvent",
    "readStream",
    "streamVersion",
    "kvGet",
    "kvSet",
    "kvDelete",
    "kvList",
    "docPut",
    "docGet",
    "docDelete",
    "docList",
    "getFunction",
    "updateFunction",
    "deploy",
    "getDraft",
    "publish",
    "listVersions",
    "getVersion",
    "createAlias",
    "updateAlias",
    "deleteAlias",
    "getAlias",
    "listAliases",
    "rollback",
    "invoke",
    "invokeAsync",
    "getInvocation",
    "listInvocations",
    "logs",
    "metrics",
    "dailyMetrics",
    "getRateLimit",
    "setRateLimit",
    "prewarm",
    "listWarmInstances",
    "releaseInstance",
    "cleanupWarmInstances",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "function.deployed",
    "version.published",
    "alias.updated",
    "alias.deleted",
    "invocation.completed",
    "invocation.throttled",
];

/// Whether a method only reads or may also write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodMode {
    Read,
    Write,
}

impl MethodMode {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Read, Self::Write];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
        }
    }
}

impl std::fmt::Display for MethodMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    Ok,
    Degraded,
}

impl HealthStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Ok, Self::Degraded];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Degraded => "degraded",
        }
    }
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunctionRuntime {
    Javascript,
    Wasm,
}

impl FunctionRuntime {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Javascript, Self::Wasm];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Javascript => "javascript",
            Self::Wasm => "wasm",
        }
    }
}

impl std::fmt::Display for FunctionRuntime {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// `sync` callers wait for the result; `async` invocations are queued and run from the object's alarm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvocationKind {
    Sync,
    Async,
}

impl InvocationKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Sync, Self::Async];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Sync => "sync",
            Self::Async => "async",
        }
    }
}

impl std::fmt::Display for InvocationKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvocationStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    TimedOut,
}

impl InvocationStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Running,
        Self::Succeeded,
        Self::Failed,
        Self::TimedOut,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::TimedOut => "timed_out",
        }
    }
}

impl std::fmt::Display for InvocationStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
    Error,
}

impl LogLevel {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Debug, Self::Info, Self::Warn, Self::Error];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Debug => "debug",
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Error => "error",
        }
    }
}

impl std::fmt::Display for LogLevel {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// `token_bucket` holds up to `max_requests` tokens and refills `max_requests` per `window_ms`;
/// `sliding_window` weights the previous window's count by its overlap with the last
/// `window_ms`. Neither lets 2 x `max_requests` through across a window boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateLimitAlgorithm {
    TokenBucket,
    SlidingWindow,
}

impl RateLimitAlgorithm {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::TokenBucket, Self::SlidingWindow];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::TokenBucket => "token_bucket",
            Self::SlidingWindow => "sliding_window",
        }
    }
}

impl std::fmt::Display for RateLimitAlgorithm {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// One callable method, as listed by `describe`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodSummary {
    /// The method's wire name (camelCase).
    pub name: String,
    /// The permission key the caller needs, or `public`.
    pub permission: String,
    pub mode: MethodMode,
    /// The extra REST route, such as `GET /founders`, if any.
    pub route: Option<String>,
}

/// What an instance is and what it offers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectDescription {
    /// The object class in PascalCase, such as `Startup`.
    pub class: String,
    /// The instance's stable id.
    pub id: String,
    /// The instance name it was addressed by.
    pub name: String,
    /// The number of migrations applied to the instance's database.
    pub schema_version: i64,
    pub methods: Vec<MethodSummary>,
    /// Names (`noun.verb`) of the events the object emits.
    pub events: Vec<String>,
}

/// The result of a health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    pub status: HealthStatus,
    pub class: String,
    pub id: String,
    /// The instance's clock.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub now: i64,
}

/// One entry of the event log that the runtime writes for every emitted event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventEntry {
    /// Position in the instance's log, starting at 1 and increasing without gaps.
    pub seq: i64,
    /// The event name, `noun.verb`.
    pub name: String,
    /// The event payload with camelCase field names.
    pub payload: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub emitted_at: i64,
}

/// Where an appended event landed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppendResult {
    pub stream: String,
    /// The new event's version, which is also the stream's version now.
    pub version: i64,
}

/// Invocation metrics over a time range. Percentiles use the nearest-rank method over every
/// finished invocation in the range: rank = ceil(p / 100 x N), 1-indexed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionMetrics {
    /// Milliseconds since the Unix epoch, UTC.
    pub since: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub until: i64,
    /// Finished invocations in the range.
    pub invocations: i64,
    pub succeeded: i64,
    pub failed: i64,
    pub timed_out: i64,
    /// Calls rejected by the rate or concurrency limit.
    pub throttled: i64,
    pub cold_starts: i64,
    /// (failed + timed_out) / invocations; 0 when there are none.
    pub error_rate: f64,
    pub average_ms: Option<f64>,
    pub p50_ms: Option<i64>,
    pub p95_ms: Option<i64>,
    pub p99_ms: Option<i64>,
    pub max_ms: Option<i64>,
}

/// A row of the `stream_events` table.
///
/// Event-sourced streams. Each stream numbers its events 1, 2, 3... without gaps; the
/// version of a stream is the version of its last event (0 for a stream with no events).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamEvent {
    pub stream: String,
    pub version: i64,
    /// The domain event type, such as `order_placed`.
    pub event_type: String,
    pub payload: serde_json::Value,
    /// Correlation ids, causation ids and the like.
    pub metadata: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub recorded_at: i64,
}

impl StreamEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "stream_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "stream",
        "version",
        "event_type",
        "payload",
        "metadata",
        "recorded_at",
    ];
}

/// A row of the `kv` table.
///
/// The key-value store. A key whose `expires_at` has passed reads as missing and is purged lazily.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KvEntry {
    pub key: String,
    pub value: serde_json::Value,
    /// When the key expires; null keeps it forever.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl KvEntry {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "kv";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "key",
        "value",
        "expires_at",
        "updated_at",
    ];
}

/// A row of the `docs` table.
///
/// JSON documents grouped in named collections.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsonDoc {
    pub collection: String,
    pub id: String,
    pub data: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl JsonDoc {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "docs";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "collection",
        "id",
        "data",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `function_profile` table.
///
/// The function's settings. A single row (`id` = 1).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionProfile {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub enabled: bool,
    /// The most invocations running at once; 0 disables the limit.
    pub concurrency_limit: i64,
    /// How long an idle instance stays warm; an invocation with no warm instance of its code is a cold start.
    pub keep_warm_ms: i64,
    /// The largest code `deploy` accepts.
    pub max_code_bytes: i64,
    /// The highest version number ever published; the next version is this plus 1, so numbers are never reused.
    pub last_version: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl FunctionProfile {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "function_profile";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "description",
        "enabled",
        "concurrency_limit",
        "keep_warm_ms",
        "max_code_bytes",
        "last_version",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `function_draft` table.
///
/// The unpublished code and configuration (Lambda's `$LATEST`). A single row (`id` = 1).
/// `code_hash` covers the code and every configuration column, so publishing can tell an
/// unchanged draft.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionDraft {
    pub id: i64,
    pub code: String,
    /// The exported function to call.
    pub handler: String,
    pub runtime: FunctionRuntime,
    /// Limit on one invocation; at most 15 minutes.
    pub timeout_ms: i64,
    /// Environment variables, as a JSON object of strings.
    pub environment: serde_json::Value,
    /// Lowercase hex SHA-256 of the code and configuration.
    pub code_hash: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

impl FunctionDraft {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "function_draft";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "code",
        "handler",
        "runtime",
        "timeout_ms",
        "environment",
        "code_hash",
        "updated_at",
        "updated_by",
    ];
}

/// A row of the `function_versions` table.
///
/// Published versions. Rows are never changed or deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionVersion {
    pub version: i64,
    pub code: String,
    pub handler: String,
    pub runtime: FunctionRuntime,
    pub timeout_ms: i64,
    pub environment: serde_json::Value,
    pub code_hash: String,
    pub description: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub published_at: i64,
    pub published_by: Option<String>,
}

impl FunctionVersion {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "function_versions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "version",
        "code",
        "handler",
        "runtime",
        "timeout_ms",
        "environment",
        "code_hash",
        "description",
        "published_at",
        "published_by",
    ];
}

/// A row of the `aliases` table.
///
/// Named pointers to versions. With `additional_version`, that fraction of invocations
/// (`additional_weight`) runs the additional version and the rest run `version`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Alias {
    pub name: String,
    pub version: i64,
    pub additional_version: Option<i64>,
    pub additional_weight: Option<f64>,
    /// The version before the last repoint; `rollback` returns to it.
    pub previous_version: Option<i64>,
    pub description: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Alias {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "aliases";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "name",
        "version",
        "additional_version",
        "additional_weight",
        "previous_version",
        "description",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `invocations` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    pub id: String,
    /// A caller's idempotency key for `invoke_async`.
    pub request_id: Option<String>,
    pub kind: InvocationKind,
    pub status: InvocationStatus,
    /// What the caller asked for: `$LATEST`, a version number or an alias name.
    pub qualifier: String,
    pub alias: Option<String>,
    /// The version that ran; null for the draft.
    pub version: Option<i64>,
    pub input: serde_json::Value,
    pub output: Option<serde_json::Value>,
    pub error: Option<String>,
    pub error_type: Option<String>,
    pub cold_start: bool,
    pub instance_id: Option<String>,
    pub timeout_ms: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub queued_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
    /// From start to completion; for timeouts, the time until the invocation was stopped.
    pub duration_ms: Option<i64>,
    pub log_lines: i64,
}

impl Invocation {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "invocations";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "request_id",
        "kind",
        "status",
        "qualifier",
        "alias",
        "version",
        "input",
        "output",
        "error",
        "error_type",
        "cold_start",
        "instance_id",
        "timeout_ms",
        "queued_at",
        "started_at",
        "completed_at",
        "duration_ms",
        "log_lines",
    ];
}

/// A row of the `invocation_logs` table.
///
/// Log lines written by invocations, in order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogLine {
    pub invocation_id: String,
    pub seq: i64,
    pub level: LogLevel,
    pub message: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub at: i64,
}

impl LogLine {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "invocation_logs";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "invocation_id",
        "seq",
        "level",
        "message",
        "at",
    ];
}

/// A row of the `rate_limit` table.
///
/// The rate limit and its running state. A single row (`id` = 1). Calls over the limit are
/// rejected with RATE_LIMITED (429) and a Retry-After of the seconds until one more call fits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RateLimitConfig {
    pub id: i64,
    pub enabled: bool,
    pub algorithm: RateLimitAlgorithm,
    /// Calls allowed per `window_ms`; the bucket size for token_bucket.
    pub max_requests: i64,
    pub window_ms: i64,
    /// token_bucket state: tokens left at `refilled_at`.
    pub tokens: Option<f64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub refilled_at: Option<i64>,
    /// sliding_window state: start of the current fixed window.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub window_started_at: Option<i64>,
    pub window_count: i64,
    pub previous_window_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl RateLimitConfig {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "rate_limit";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "enabled",
        "algorithm",
        "max_requests",
        "window_ms",
        "tokens",
        "refilled_at",
        "window_started_at",
        "window_count",
        "previous_window_count",
        "updated_at",
    ];
}

/// A row of the `warm_instances` table.
///
/// Loaded instances of a version's code, which make the next invocation warm.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WarmInstance {
    pub id: String,
    /// Null for the draft.
    pub version: Option<i64>,
    pub code_hash: String,
    pub busy: bool,
    pub invocations: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_used_at: i64,
}

impl WarmInstance {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "warm_instances";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "version",
        "code_hash",
        "busy",
        "invocations",
        "started_at",
        "last_used_at",
    ];
}

/// A row of the `daily_metrics` table.
///
/// Invocation counts and durations per UTC day, rolled up from `invocations`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DailyMetric {
    /// YYYY-MM-DD in UTC.
    pub day: String,
    pub invocations: i64,
    pub succeeded: i64,
    pub failed: i64,
    pub timed_out: i64,
    pub throttled: i64,
    pub cold_starts: i64,
    pub total_duration_ms: i64,
    pub p50_ms: Option<i64>,
    pub p95_ms: Option<i64>,
    pub p99_ms: Option<i64>,
    pub max_ms: Option<i64>,
}

impl DailyMetric {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "daily_metrics";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "day",
        "invocations",
        "succeeded",
        "failed",
        "timed_out",
        "throttled",
        "cold_starts",
        "total_duration_ms",
        "p50_ms",
        "p95_ms",
        "p99_ms",
        "max_ms",
    ];
}

/// Parameters of the `describe` method.
///
/// Returns the instance's class, id, name, methods and events. `GET /<object>/<name>` returns the same.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DescribeParams {}

impl DescribeParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "describe";
}

/// Parameters of the `health` method.
///
/// Reports whether the instance is up and its database is migrated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HealthParams {}

impl HealthParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "health";
}

/// Parameters of the `eventsSince` method.
///
/// Returns emitted events from the event log in `seq` order, starting after `after_seq`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EventsSinceParams {
    /// Return events with a larger `seq`; defaults to 0 (from the start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seq: Option<i64>,
    /// At most this many events, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl EventsSinceParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "eventsSince";
}

/// Parameters of the `appendEvent` method.
///
/// Appends an event to a stream. With `expected_version` the append succeeds only when the
/// stream is at that version (0 = the stream must be empty); without it the append always succeeds.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppendEventParams {
    pub stream: String,
    pub event_type: String,
    pub payload: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_version: Option<i64>,
}

impl AppendEventParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "appendEvent";
}

/// Parameters of the `readStream` method.
///
/// Returns a stream's events in version order, starting at `from_version`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadStreamParams {
    pub stream: String,
    /// The first version to return; defaults to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_version: Option<i64>,
    /// At most this many events, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ReadStreamParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "readStream";
}

/// Parameters of the `streamVersion` method.
///
/// Returns the stream's current version, 0 for a stream with no events.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StreamVersionParams {
    pub stream: String,
}

impl StreamVersionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "streamVersion";
}

/// Parameters of the `kvGet` method.
///
/// Returns the value of a key, or null when the key is missing or expired.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvGetParams {
    pub key: String,
}

impl KvGetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvGet";
}

/// Parameters of the `kvSet` method.
///
/// Sets a key. With `ttl_ms` the key expires that many milliseconds from now; without it the key never expires.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvSetParams {
    pub key: String,
    pub value: serde_json::Value,
    /// Time to live in milliseconds, at least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_ms: Option<i64>,
}

impl KvSetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvSet";
}

/// Parameters of the `kvDelete` method.
///
/// Deletes a key; returns whether it existed (an expired key counts as missing).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvDeleteParams {
    pub key: String,
}

impl KvDeleteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvDelete";
}

/// Parameters of the `kvList` method.
///
/// Returns the live keys that start with `prefix`, in key order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvListParams {
    /// Defaults to the empty prefix, which matches every key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Continue after this key, for paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_key: Option<String>,
    /// At most this many entries, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl KvListParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvList";
}

/// Parameters of the `docPut` method.
///
/// Creates or replaces a document; `created_at` is kept on replace.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocPutParams {
    pub collection: String,
    pub id: String,
    pub data: serde_json::Value,
}

impl DocPutParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docPut";
}

/// Parameters of the `docGet` method.
///
/// Returns one document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocGetParams {
    pub collection: String,
    pub id: String,
}

impl DocGetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docGet";
}

/// Parameters of the `docDelete` method.
///
/// Deletes a document; returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocDeleteParams {
    pub collection: String,
    pub id: String,
}

impl DocDeleteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docDelete";
}

/// Parameters of the `docList` method.
///
/// Returns the documents of a collection in id order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocListParams {
    pub collection: String,
    /// Continue after this id, for paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_id: Option<String>,
    /// At most this many documents, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DocListParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docList";
}

/// Parameters of the `getFunction` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetFunctionParams {}

impl GetFunctionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getFunction";
}

/// Parameters of the `updateFunction` method.
///
/// Changes the settings given and leaves the others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateFunctionParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// 0 disables the limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_warm_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_code_bytes: Option<i64>,
}

impl UpdateFunctionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateFunction";
}

/// Parameters of the `deploy` method.
///
/// Replaces the draft's code and the configuration given; published versions are unchanged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeployParams {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<FunctionRuntime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<serde_json::Value>,
}

impl DeployParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deploy";
}

/// Parameters of the `getDraft` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetDraftParams {}

impl GetDraftParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getDraft";
}

/// Parameters of the `publish` method.
///
/// Freezes the draft as the next version. An empty draft or one identical to the latest version is rejected.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublishParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl PublishParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "publish";
}

/// Parameters of the `listVersions` method.
///
/// Lists versions, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListVersionsParams {}

impl ListVersionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listVersions";
}

/// Parameters of the `getVersion` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetVersionParams {
    pub version: i64,
}

impl GetVersionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getVersion";
}

/// Parameters of the `createAlias` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateAliasParams {
    pub name: String,
    pub version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_version: Option<i64>,
    /// Fraction (between 0 and 1, exclusive) of invocations that run `additional_version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl CreateAliasParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createAlias";
}

/// Parameters of the `updateAlias` method.
///
/// Repoints an alias or changes its weighted routing; the version it pointed to before is kept for `rollback`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateAliasParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_weight: Option<f64>,
    /// Remove the additional version, so all invocations run `version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_routing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl UpdateAliasParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateAlias";
}

/// Parameters of the `deleteAlias` method.
///
/// Deletes an alias; returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteAliasParams {
    pub name: String,
}

impl DeleteAliasParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteAlias";
}

/// Parameters of the `getAlias` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAliasParams {
    pub name: String,
}

impl GetAliasParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getAlias";
}

/// Parameters of the `listAliases` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListAliasesParams {}

impl ListAliasesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listAliases";
}

/// Parameters of the `rollback` method.
///
/// Repoints an alias to `to_version`, or to the version it pointed to before the last change,
/// and removes its weighted routing. No code is re-deployed and no version is created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RollbackParams {
    pub alias: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_version: Option<i64>,
}

impl RollbackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "rollback";
}

/// Parameters of the `invoke` method.
///
/// Runs the function and waits for it. A failure or timeout of the function is not an error
/// of this call: the returned invocation has status `failed` or `timed_out`. The invocation is
/// stopped once it runs past its timeout.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvokeParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    /// `$LATEST` (the draft, the default), a version number or an alias name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// A shorter limit than the version's own timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
}

impl InvokeParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "invoke";
}

/// Parameters of the `invokeAsync` method.
///
/// Queues an invocation and returns it with status `pending`; the object's alarm runs it. A
/// repeated `request_id` returns the first invocation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvokeAsyncParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl InvokeAsyncParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "invokeAsync";
}

/// Parameters of the `getInvocation` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetInvocationParams {
    pub invocation_id: String,
}

impl GetInvocationParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getInvocation";
}

/// Parameters of the `listInvocations` method.
///
/// Lists invocations, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListInvocationsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InvocationStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Only invocations queued before this time, for paging.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListInvocationsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listInvocations";
}

/// Parameters of the `logs` method.
///
/// Returns log lines in time order, of one invocation or of all.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// Only lines at this level or more severe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<LogLevel>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl LogsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "logs";
}

/// Parameters of the `metrics` method.
///
/// Returns invocation metrics with nearest-rank percentiles over a time range (the last 24 hours by default).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MetricsParams {
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

impl MetricsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "metrics";
}

/// Parameters of the `dailyMetrics` method.
///
/// Returns the daily roll-ups of the last `days` days (30 by default), newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DailyMetricsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
}

impl DailyMetricsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "dailyMetrics";
}

/// Parameters of the `getRateLimit` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetRateLimitParams {}

impl GetRateLimitParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getRateLimit";
}

/// Parameters of the `setRateLimit` method.
///
/// Changes the rate limit and resets its running state.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetRateLimitParams {
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<RateLimitAlgorithm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_requests: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_ms: Option<i64>,
}

impl SetRateLimitParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setRateLimit";
}

/// Parameters of the `prewarm` method.
///
/// Loads up to `count` (default 1) instances of the qualified code so that the next invocations start warm; returns how many are warm.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrewarmParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

impl PrewarmParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "prewarm";
}

/// Parameters of the `listWarmInstances` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListWarmInstancesParams {}

impl ListWarmInstancesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listWarmInstances";
}

/// Parameters of the `releaseInstance` method.
///
/// Releases one idle warm instance; returns whether it existed. A busy instance is released when its invocation ends.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReleaseInstanceParams {
    pub instance_id: String,
}

impl ReleaseInstanceParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "releaseInstance";
}

/// Parameters of the `cleanupWarmInstances` method.
///
/// Releases idle instances unused for `keep_warm_ms`; returns how many were released.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CleanupWarmInstancesParams {}

impl CleanupWarmInstancesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "cleanupWarmInstances";
}

/// Payload of the `stream.appended` event.
///
/// An event was appended to an event-sourced stream.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamAppended {
    pub stream: String,
    pub version: i64,
    pub event_type: String,
}

impl StreamAppended {
    /// Name of the event.
    pub const NAME: &'static str = "stream.appended";
}

/// Payload of the `function.deployed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionDeployed {
    pub code_hash: String,
}

impl FunctionDeployed {
    /// Name of the event.
    pub const NAME: &'static str = "function.deployed";
}

/// Payload of the `version.published` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionPublished {
    pub version: i64,
    pub code_hash: String,
}

impl VersionPublished {
    /// Name of the event.
    pub const NAME: &'static str = "version.published";
}

/// Payload of the `alias.updated` event.
///
/// An alias was created, repointed, re-weighted or rolled back.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AliasUpdated {
    pub name: String,
    pub version: i64,
    pub additional_version: Option<i64>,
    pub additional_weight: Option<f64>,
}

impl AliasUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "alias.updated";
}

/// Payload of the `alias.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AliasDeleted {
    pub name: String,
}

impl AliasDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "alias.deleted";
}

/// Payload of the `invocation.completed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvocationCompleted {
    pub invocation_id: String,
    pub status: InvocationStatus,
    pub version: Option<i64>,
    pub duration_ms: i64,
    pub cold_start: bool,
}

impl InvocationCompleted {
    /// Name of the event.
    pub const NAME: &'static str = "invocation.completed";
}

/// Payload of the `invocation.throttled` event.
///
/// A call was rejected by the rate limit or the concurrency limit.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvocationThrottled {
    pub reason: String,
}

impl InvocationThrottled {
    /// Name of the event.
    pub const NAME: &'static str = "invocation.throttled";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "function.deployed")]
    FunctionDeployed(FunctionDeployed),
    #[serde(rename = "version.published")]
    VersionPublished(VersionPublished),
    #[serde(rename = "alias.updated")]
    AliasUpdated(AliasUpdated),
    #[serde(rename = "alias.deleted")]
    AliasDeleted(AliasDeleted),
    #[serde(rename = "invocation.completed")]
    InvocationCompleted(InvocationCompleted),
    #[serde(rename = "invocation.throttled")]
    InvocationThrottled(InvocationThrottled),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::FunctionDeployed(_) => "function.deployed",
            Self::VersionPublished(_) => "version.published",
            Self::AliasUpdated(_) => "alias.updated",
            Self::AliasDeleted(_) => "alias.deleted",
            Self::InvocationCompleted(_) => "invocation.completed",
            Self::InvocationThrottled(_) => "invocation.throttled",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<FunctionDeployed> for Event {
    fn from(payload: FunctionDeployed) -> Self {
        Self::FunctionDeployed(payload)
    }
}

impl std::convert::From<VersionPublished> for Event {
    fn from(payload: VersionPublished) -> Self {
        Self::VersionPublished(payload)
    }
}

impl std::convert::From<AliasUpdated> for Event {
    fn from(payload: AliasUpdated) -> Self {
        Self::AliasUpdated(payload)
    }
}

impl std::convert::From<AliasDeleted> for Event {
    fn from(payload: AliasDeleted) -> Self {
        Self::AliasDeleted(payload)
    }
}

impl std::convert::From<InvocationCompleted> for Event {
    fn from(payload: InvocationCompleted) -> Self {
        Self::InvocationCompleted(payload)
    }
}

impl std::convert::From<InvocationThrottled> for Event {
    fn from(payload: InvocationThrottled) -> Self {
        Self::InvocationThrottled(payload)
    }
}
