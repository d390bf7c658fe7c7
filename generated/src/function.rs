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

/// Stored as its text value.
impl runtime::ToSql for MethodMode {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MethodMode {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MethodMode`"))
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

/// Stored as its text value.
impl runtime::ToSql for HealthStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for HealthStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `HealthStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for FunctionRuntime {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for FunctionRuntime {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `FunctionRuntime`"))
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

/// Stored as its text value.
impl runtime::ToSql for InvocationKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for InvocationKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `InvocationKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for InvocationStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for InvocationStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `InvocationStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for LogLevel {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for LogLevel {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `LogLevel`"))
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

/// Stored as its text value.
impl runtime::ToSql for RateLimitAlgorithm {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for RateLimitAlgorithm {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `RateLimitAlgorithm`"))
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
    /// The object class as it appears in URLs, such as `startup`.
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/function/0001_initial.sql"),
    },
];

/// The REST routes, relative to `/<object>/<name>/`.
pub static ROUTES: &[runtime::Route] = &[
    runtime::Route {
        verb: "GET",
        path: "health",
        method: "health",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "events",
        method: "eventsSince",
        params: &[
            runtime::RouteParam {
                name: "afterSeq",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "streams/{stream}/events",
        method: "appendEvent",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "streams/{stream}/events",
        method: "readStream",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "fromVersion",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "streams/{stream}",
        method: "streamVersion",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "kv/{key}",
        method: "kvGet",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "kv/{key}",
        method: "kvSet",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "kv/{key}",
        method: "kvDelete",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "kv",
        method: "kvList",
        params: &[
            runtime::RouteParam {
                name: "prefix",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "afterKey",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "docs/{collection}/{id}",
        method: "docPut",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "docs/{collection}/{id}",
        method: "docGet",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "docs/{collection}/{id}",
        method: "docDelete",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "docs/{collection}",
        method: "docList",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "afterId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "profile",
        method: "getFunction",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "profile",
        method: "updateFunction",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "draft",
        method: "deploy",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "draft",
        method: "getDraft",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "versions",
        method: "publish",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "versions",
        method: "listVersions",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "versions/{version}",
        method: "getVersion",
        params: &[
            runtime::RouteParam {
                name: "version",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "aliases",
        method: "createAlias",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "aliases/{name}",
        method: "updateAlias",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "aliases/{name}",
        method: "deleteAlias",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "aliases/{name}",
        method: "getAlias",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "aliases",
        method: "listAliases",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "aliases/{alias}/rollback",
        method: "rollback",
        params: &[
            runtime::RouteParam {
                name: "alias",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "invocations",
        method: "invoke",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "invocations/async",
        method: "invokeAsync",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "invocations/{invocationId}",
        method: "getInvocation",
        params: &[
            runtime::RouteParam {
                name: "invocationId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "invocations",
        method: "listInvocations",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "version",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "before",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "logs",
        method: "logs",
        params: &[
            runtime::RouteParam {
                name: "invocationId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "level",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "since",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "metrics",
        method: "metrics",
        params: &[
            runtime::RouteParam {
                name: "since",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "until",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "version",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "metrics/daily",
        method: "dailyMetrics",
        params: &[
            runtime::RouteParam {
                name: "days",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "rate-limit",
        method: "getRateLimit",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "rate-limit",
        method: "setRateLimit",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "instances/prewarm",
        method: "prewarm",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "instances",
        method: "listWarmInstances",
        params: &[],
    },
    runtime::Route {
        verb: "DELETE",
        path: "instances/{instanceId}",
        method: "releaseInstance",
        params: &[
            runtime::RouteParam {
                name: "instanceId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "instances/cleanup",
        method: "cleanupWarmInstances",
        params: &[],
    },
];

/// What the object declares to the runtime: every callable method with its permission, the
/// events, the migrations and the routes.
pub static INFO: runtime::ObjectInfo = runtime::ObjectInfo {
    class: OBJECT,
    methods: &[
        runtime::MethodInfo {
            name: "describe",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "health",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "eventsSince",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "appendEvent",
            permission: "events:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "readStream",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "streamVersion",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "kvGet",
            permission: "kv:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "kvSet",
            permission: "kv:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "kvDelete",
            permission: "kv:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "kvList",
            permission: "kv:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "docPut",
            permission: "docs:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "docGet",
            permission: "docs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "docDelete",
            permission: "docs:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "docList",
            permission: "docs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getFunction",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateFunction",
            permission: "function:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deploy",
            permission: "function:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getDraft",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "publish",
            permission: "function:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listVersions",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getVersion",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createAlias",
            permission: "function:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updateAlias",
            permission: "function:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteAlias",
            permission: "function:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getAlias",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listAliases",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "rollback",
            permission: "function:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "invoke",
            permission: "function:invoke",
            writes: true,
        },
        runtime::MethodInfo {
            name: "invokeAsync",
            permission: "function:invoke",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getInvocation",
            permission: "invocations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listInvocations",
            permission: "invocations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "logs",
            permission: "invocations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "metrics",
            permission: "invocations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "dailyMetrics",
            permission: "invocations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getRateLimit",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setRateLimit",
            permission: "limits:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "prewarm",
            permission: "function:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listWarmInstances",
            permission: "function:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "releaseInstance",
            permission: "function:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "cleanupWarmInstances",
            permission: "function:write",
            writes: true,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `function` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `function` spec",
    note = "implement `Methods` of the `function` module for `{Self}`, with one async fn for each of: `get_function`, `update_function`, `deploy`, `get_draft`, `publish`, `list_versions`, `get_version`, `create_alias`, `update_alias`, `delete_alias`, `get_alias`, `list_aliases`, `rollback`, `invoke`, `invoke_async`, `get_invocation`, `list_invocations`, `logs`, `metrics`, `daily_metrics`, `get_rate_limit`, `set_rate_limit`, `prewarm`, `list_warm_instances`, `release_instance`, `cleanup_warm_instances`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Permission: `function:read`. Route: `GET /profile`.
    async fn get_function(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<FunctionProfile>;
    /// Changes the settings given and leaves the others.
    ///
    /// Permission: `function:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    async fn update_function(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateFunctionParams,
    ) -> runtime::Result<FunctionProfile>;
    /// Replaces the draft's code and the configuration given; published versions are unchanged.
    ///
    /// Permission: `function:write`. Route: `PUT /draft`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    async fn deploy(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeployParams,
    ) -> runtime::Result<FunctionDraft>;
    /// Permission: `function:read`. Route: `GET /draft`.
    async fn get_draft(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<FunctionDraft>;
    /// Freezes the draft as the next version. An empty draft or one identical to the latest version is rejected.
    ///
    /// Permission: `function:publish`. Route: `POST /versions`. Errors: `NOTHING_TO_PUBLISH`, `NOTHING_DEPLOYED`.
    async fn publish(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: PublishParams,
    ) -> runtime::Result<FunctionVersion>;
    /// Lists versions, newest first.
    ///
    /// Permission: `function:read`. Route: `GET /versions`.
    async fn list_versions(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<FunctionVersion>>;
    /// Permission: `function:read`. Route: `GET /versions/{version}`. Errors: `NOT_FOUND`.
    async fn get_version(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetVersionParams,
    ) -> runtime::Result<FunctionVersion>;
    /// Permission: `function:publish`. Route: `POST /aliases`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `CONFLICT`.
    async fn create_alias(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateAliasParams,
    ) -> runtime::Result<Alias>;
    /// Repoints an alias or changes its weighted routing; the version it pointed to before is kept for `rollback`.
    ///
    /// Permission: `function:publish`. Route: `PATCH /aliases/{name}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn update_alias(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateAliasParams,
    ) -> runtime::Result<Alias>;
    /// Deletes an alias; returns whether it existed.
    ///
    /// Permission: `function:publish`. Route: `DELETE /aliases/{name}`.
    async fn delete_alias(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteAliasParams,
    ) -> runtime::Result<bool>;
    /// Permission: `function:read`. Route: `GET /aliases/{name}`. Errors: `NOT_FOUND`.
    async fn get_alias(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetAliasParams,
    ) -> runtime::Result<Alias>;
    /// Permission: `function:read`. Route: `GET /aliases`.
    async fn list_aliases(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Alias>>;
    /// Repoints an alias to `to_version`, or to the version it pointed to before the last change,
    /// and removes its weighted routing. No code is re-deployed and no version is created.
    ///
    /// Permission: `function:publish`. Route: `POST /aliases/{alias}/rollback`. Errors: `NOT_FOUND`, `CONFLICT`.
    async fn rollback(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RollbackParams,
    ) -> runtime::Result<Alias>;
    /// Runs the function and waits for it. A failure or timeout of the function is not an error
    /// of this call: the returned invocation has status `failed` or `timed_out`. The invocation is
    /// stopped once it runs past its timeout.
    ///
    /// Permission: `function:invoke`. Route: `POST /invocations`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`, `FUNCTION_DISABLED`, `RATE_LIMITED`, `CONCURRENCY_LIMIT_REACHED`.
    async fn invoke(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: InvokeParams,
    ) -> runtime::Result<Invocation>;
    /// Queues an invocation and returns it with status `pending`; the object's alarm runs it. A
    /// repeated `request_id` returns the first invocation.
    ///
    /// Permission: `function:invoke`. Route: `POST /invocations/async`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`, `FUNCTION_DISABLED`, `RATE_LIMITED`.
    async fn invoke_async(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: InvokeAsyncParams,
    ) -> runtime::Result<Invocation>;
    /// Permission: `invocations:read`. Route: `GET /invocations/{invocation_id}`. Errors: `NOT_FOUND`.
    async fn get_invocation(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetInvocationParams,
    ) -> runtime::Result<Invocation>;
    /// Lists invocations, newest first.
    ///
    /// Permission: `invocations:read`. Route: `GET /invocations`. Errors: `VALIDATION_ERROR`.
    async fn list_invocations(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListInvocationsParams,
    ) -> runtime::Result<Vec<Invocation>>;
    /// Returns log lines in time order, of one invocation or of all.
    ///
    /// Permission: `invocations:read`. Route: `GET /logs`. Errors: `VALIDATION_ERROR`.
    async fn logs(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: LogsParams,
    ) -> runtime::Result<Vec<LogLine>>;
    /// Returns invocation metrics with nearest-rank percentiles over a time range (the last 24 hours by default).
    ///
    /// Permission: `invocations:read`. Route: `GET /metrics`. Errors: `VALIDATION_ERROR`.
    async fn metrics(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: MetricsParams,
    ) -> runtime::Result<FunctionMetrics>;
    /// Returns the daily roll-ups of the last `days` days (30 by default), newest first.
    ///
    /// Permission: `invocations:read`. Route: `GET /metrics/daily`.
    async fn daily_metrics(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DailyMetricsParams,
    ) -> runtime::Result<Vec<DailyMetric>>;
    /// Permission: `function:read`. Route: `GET /rate-limit`.
    async fn get_rate_limit(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<RateLimitConfig>;
    /// Changes the rate limit and resets its running state.
    ///
    /// Permission: `limits:write`. Route: `PUT /rate-limit`. Errors: `VALIDATION_ERROR`.
    async fn set_rate_limit(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetRateLimitParams,
    ) -> runtime::Result<RateLimitConfig>;
    /// Loads up to `count` (default 1) instances of the qualified code so that the next invocations start warm; returns how many are warm.
    ///
    /// Permission: `function:write`. Route: `POST /instances/prewarm`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`.
    async fn prewarm(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: PrewarmParams,
    ) -> runtime::Result<i64>;
    /// Permission: `function:read`. Route: `GET /instances`.
    async fn list_warm_instances(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<WarmInstance>>;
    /// Releases one idle warm instance; returns whether it existed. A busy instance is released when its invocation ends.
    ///
    /// Permission: `function:write`. Route: `DELETE /instances/{instance_id}`.
    async fn release_instance(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ReleaseInstanceParams,
    ) -> runtime::Result<bool>;
    /// Releases idle instances unused for `keep_warm_ms`; returns how many were released.
    ///
    /// Permission: `function:write`. Route: `POST /instances/cleanup`.
    async fn cleanup_warm_instances(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<i64>;
}

/// Runs one call on `object`: parses `params` into the method's params struct (an error names the
/// field), calls the method and serializes its result. An undeclared name is `METHOD_NOT_FOUND`.
pub async fn dispatch<T: Methods>(
    object: &T,
    ctx: &runtime::CallContext<'_>,
    method: &str,
    params: serde_json::Value,
) -> runtime::Result<serde_json::Value> {
    match method {
        "getFunction" => {
            let GetFunctionParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_function(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateFunction" => {
            let params: UpdateFunctionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_function(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deploy" => {
            let params: DeployParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.deploy(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getDraft" => {
            let GetDraftParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_draft(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "publish" => {
            let params: PublishParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.publish(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listVersions" => {
            let ListVersionsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_versions(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "getVersion" => {
            let params: GetVersionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_version(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createAlias" => {
            let params: CreateAliasParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_alias(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateAlias" => {
            let params: UpdateAliasParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_alias(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteAlias" => {
            let params: DeleteAliasParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_alias(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getAlias" => {
            let params: GetAliasParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_alias(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listAliases" => {
            let ListAliasesParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_aliases(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "rollback" => {
            let params: RollbackParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.rollback(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "invoke" => {
            let params: InvokeParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.invoke(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "invokeAsync" => {
            let params: InvokeAsyncParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.invoke_async(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getInvocation" => {
            let params: GetInvocationParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_invocation(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listInvocations" => {
            let params: ListInvocationsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_invocations(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "logs" => {
            let params: LogsParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.logs(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "metrics" => {
            let params: MetricsParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.metrics(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "dailyMetrics" => {
            let params: DailyMetricsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.daily_metrics(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getRateLimit" => {
            let GetRateLimitParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_rate_limit(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "setRateLimit" => {
            let params: SetRateLimitParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_rate_limit(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "prewarm" => {
            let params: PrewarmParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.prewarm(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listWarmInstances" => {
            let ListWarmInstancesParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_warm_instances(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "releaseInstance" => {
            let params: ReleaseInstanceParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.release_instance(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "cleanupWarmInstances" => {
            let CleanupWarmInstancesParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.cleanup_warm_instances(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "describe" | "health" | "eventsSince" | "appendEvent" | "readStream"
        | "streamVersion" | "kvGet" | "kvSet" | "kvDelete" | "kvList" | "docPut"
        | "docGet" | "docDelete" | "docList" => {
            crate::r#do::dispatch(object, ctx, method, params).await
        }
        _ => Err(runtime::Error::method_not_found(OBJECT, method)),
    }
}

/// A typed client of another instance of this object, for calls from a method handler. The
/// callee checks its permissions against the original caller's principal.
pub struct Client<'a> {
    /// The untyped stub the calls go through.
    pub stub: runtime::Stub<'a>,
}

/// Returns a client of the instance `name` of this object.
pub fn client<'a>(ctx: &'a runtime::CallContext<'_>, name: &str) -> Client<'a> {
    Client {
        stub: ctx.stub(OBJECT, name),
    }
}

impl Client<'_> {
    /// Returns the instance's class, id, name, methods and events. `GET /<object>/<name>` returns the same.
    ///
    /// Permission: `public`.
    pub async fn describe(&self) -> runtime::Result<ObjectDescription> {
        self.stub.call_as::<ObjectDescription>("describe", DescribeParams {}).await
    }
    /// Reports whether the instance is up and its database is migrated.
    ///
    /// Permission: `public`. Route: `GET /health`.
    pub async fn health(&self) -> runtime::Result<Health> {
        self.stub.call_as::<Health>("health", HealthParams {}).await
    }
    /// Returns emitted events from the event log in `seq` order, starting after `after_seq`.
    ///
    /// Permission: `events:read`. Route: `GET /events`. Errors: `VALIDATION_ERROR`.
    pub async fn events_since(
        &self,
        params: EventsSinceParams,
    ) -> runtime::Result<Vec<EventEntry>> {
        self.stub.call_as::<Vec<EventEntry>>("eventsSince", params).await
    }
    /// Appends an event to a stream. With `expected_version` the append succeeds only when the
    /// stream is at that version (0 = the stream must be empty); without it the append always succeeds.
    ///
    /// Permission: `events:write`. Route: `POST /streams/{stream}/events`. Errors: `VALIDATION_ERROR`, `WRONG_EXPECTED_VERSION`.
    pub async fn append_event(
        &self,
        params: AppendEventParams,
    ) -> runtime::Result<AppendResult> {
        self.stub.call_as::<AppendResult>("appendEvent", params).await
    }
    /// Returns a stream's events in version order, starting at `from_version`.
    ///
    /// Permission: `events:read`. Route: `GET /streams/{stream}/events`. Errors: `VALIDATION_ERROR`.
    pub async fn read_stream(
        &self,
        params: ReadStreamParams,
    ) -> runtime::Result<Vec<StreamEvent>> {
        self.stub.call_as::<Vec<StreamEvent>>("readStream", params).await
    }
    /// Returns the stream's current version, 0 for a stream with no events.
    ///
    /// Permission: `events:read`. Route: `GET /streams/{stream}`.
    pub async fn stream_version(
        &self,
        params: StreamVersionParams,
    ) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("streamVersion", params).await
    }
    /// Returns the value of a key, or null when the key is missing or expired.
    ///
    /// Permission: `kv:read`. Route: `GET /kv/{key}`.
    pub async fn kv_get(
        &self,
        params: KvGetParams,
    ) -> runtime::Result<Option<serde_json::Value>> {
        self.stub.call_as::<Option<serde_json::Value>>("kvGet", params).await
    }
    /// Sets a key. With `ttl_ms` the key expires that many milliseconds from now; without it the key never expires.
    ///
    /// Permission: `kv:write`. Route: `PUT /kv/{key}`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn kv_set(&self, params: KvSetParams) -> runtime::Result<()> {
        self.stub.call_as::<()>("kvSet", params).await
    }
    /// Deletes a key; returns whether it existed (an expired key counts as missing).
    ///
    /// Permission: `kv:write`. Route: `DELETE /kv/{key}`.
    pub async fn kv_delete(&self, params: KvDeleteParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("kvDelete", params).await
    }
    /// Returns the live keys that start with `prefix`, in key order.
    ///
    /// Permission: `kv:read`. Route: `GET /kv`. Errors: `VALIDATION_ERROR`.
    pub async fn kv_list(&self, params: KvListParams) -> runtime::Result<Vec<KvEntry>> {
        self.stub.call_as::<Vec<KvEntry>>("kvList", params).await
    }
    /// Creates or replaces a document; `created_at` is kept on replace.
    ///
    /// Permission: `docs:write`. Route: `PUT /docs/{collection}/{id}`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn doc_put(&self, params: DocPutParams) -> runtime::Result<JsonDoc> {
        self.stub.call_as::<JsonDoc>("docPut", params).await
    }
    /// Returns one document.
    ///
    /// Permission: `docs:read`. Route: `GET /docs/{collection}/{id}`. Errors: `NOT_FOUND`.
    pub async fn doc_get(&self, params: DocGetParams) -> runtime::Result<JsonDoc> {
        self.stub.call_as::<JsonDoc>("docGet", params).await
    }
    /// Deletes a document; returns whether it existed.
    ///
    /// Permission: `docs:write`. Route: `DELETE /docs/{collection}/{id}`.
    pub async fn doc_delete(&self, params: DocDeleteParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("docDelete", params).await
    }
    /// Returns the documents of a collection in id order.
    ///
    /// Permission: `docs:read`. Route: `GET /docs/{collection}`. Errors: `VALIDATION_ERROR`.
    pub async fn doc_list(
        &self,
        params: DocListParams,
    ) -> runtime::Result<Vec<JsonDoc>> {
        self.stub.call_as::<Vec<JsonDoc>>("docList", params).await
    }
    /// Permission: `function:read`. Route: `GET /profile`.
    pub async fn get_function(&self) -> runtime::Result<FunctionProfile> {
        self.stub.call_as::<FunctionProfile>("getFunction", GetFunctionParams {}).await
    }
    /// Changes the settings given and leaves the others.
    ///
    /// Permission: `function:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    pub async fn update_function(
        &self,
        params: UpdateFunctionParams,
    ) -> runtime::Result<FunctionProfile> {
        self.stub.call_as::<FunctionProfile>("updateFunction", params).await
    }
    /// Replaces the draft's code and the configuration given; published versions are unchanged.
    ///
    /// Permission: `function:write`. Route: `PUT /draft`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn deploy(&self, params: DeployParams) -> runtime::Result<FunctionDraft> {
        self.stub.call_as::<FunctionDraft>("deploy", params).await
    }
    /// Permission: `function:read`. Route: `GET /draft`.
    pub async fn get_draft(&self) -> runtime::Result<FunctionDraft> {
        self.stub.call_as::<FunctionDraft>("getDraft", GetDraftParams {}).await
    }
    /// Freezes the draft as the next version. An empty draft or one identical to the latest version is rejected.
    ///
    /// Permission: `function:publish`. Route: `POST /versions`. Errors: `NOTHING_TO_PUBLISH`, `NOTHING_DEPLOYED`.
    pub async fn publish(
        &self,
        params: PublishParams,
    ) -> runtime::Result<FunctionVersion> {
        self.stub.call_as::<FunctionVersion>("publish", params).await
    }
    /// Lists versions, newest first.
    ///
    /// Permission: `function:read`. Route: `GET /versions`.
    pub async fn list_versions(&self) -> runtime::Result<Vec<FunctionVersion>> {
        self.stub
            .call_as::<Vec<FunctionVersion>>("listVersions", ListVersionsParams {})
            .await
    }
    /// Permission: `function:read`. Route: `GET /versions/{version}`. Errors: `NOT_FOUND`.
    pub async fn get_version(
        &self,
        params: GetVersionParams,
    ) -> runtime::Result<FunctionVersion> {
        self.stub.call_as::<FunctionVersion>("getVersion", params).await
    }
    /// Permission: `function:publish`. Route: `POST /aliases`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `CONFLICT`.
    pub async fn create_alias(
        &self,
        params: CreateAliasParams,
    ) -> runtime::Result<Alias> {
        self.stub.call_as::<Alias>("createAlias", params).await
    }
    /// Repoints an alias or changes its weighted routing; the version it pointed to before is kept for `rollback`.
    ///
    /// Permission: `function:publish`. Route: `PATCH /aliases/{name}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn update_alias(
        &self,
        params: UpdateAliasParams,
    ) -> runtime::Result<Alias> {
        self.stub.call_as::<Alias>("updateAlias", params).await
    }
    /// Deletes an alias; returns whether it existed.
    ///
    /// Permission: `function:publish`. Route: `DELETE /aliases/{name}`.
    pub async fn delete_alias(
        &self,
        params: DeleteAliasParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteAlias", params).await
    }
    /// Permission: `function:read`. Route: `GET /aliases/{name}`. Errors: `NOT_FOUND`.
    pub async fn get_alias(&self, params: GetAliasParams) -> runtime::Result<Alias> {
        self.stub.call_as::<Alias>("getAlias", params).await
    }
    /// Permission: `function:read`. Route: `GET /aliases`.
    pub async fn list_aliases(&self) -> runtime::Result<Vec<Alias>> {
        self.stub.call_as::<Vec<Alias>>("listAliases", ListAliasesParams {}).await
    }
    /// Repoints an alias to `to_version`, or to the version it pointed to before the last change,
    /// and removes its weighted routing. No code is re-deployed and no version is created.
    ///
    /// Permission: `function:publish`. Route: `POST /aliases/{alias}/rollback`. Errors: `NOT_FOUND`, `CONFLICT`.
    pub async fn rollback(&self, params: RollbackParams) -> runtime::Result<Alias> {
        self.stub.call_as::<Alias>("rollback", params).await
    }
    /// Runs the function and waits for it. A failure or timeout of the function is not an error
    /// of this call: the returned invocation has status `failed` or `timed_out`. The invocation is
    /// stopped once it runs past its timeout.
    ///
    /// Permission: `function:invoke`. Route: `POST /invocations`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`, `FUNCTION_DISABLED`, `RATE_LIMITED`, `CONCURRENCY_LIMIT_REACHED`.
    pub async fn invoke(&self, params: InvokeParams) -> runtime::Result<Invocation> {
        self.stub.call_as::<Invocation>("invoke", params).await
    }
    /// Queues an invocation and returns it with status `pending`; the object's alarm runs it. A
    /// repeated `request_id` returns the first invocation.
    ///
    /// Permission: `function:invoke`. Route: `POST /invocations/async`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`, `FUNCTION_DISABLED`, `RATE_LIMITED`.
    pub async fn invoke_async(
        &self,
        params: InvokeAsyncParams,
    ) -> runtime::Result<Invocation> {
        self.stub.call_as::<Invocation>("invokeAsync", params).await
    }
    /// Permission: `invocations:read`. Route: `GET /invocations/{invocation_id}`. Errors: `NOT_FOUND`.
    pub async fn get_invocation(
        &self,
        params: GetInvocationParams,
    ) -> runtime::Result<Invocation> {
        self.stub.call_as::<Invocation>("getInvocation", params).await
    }
    /// Lists invocations, newest first.
    ///
    /// Permission: `invocations:read`. Route: `GET /invocations`. Errors: `VALIDATION_ERROR`.
    pub async fn list_invocations(
        &self,
        params: ListInvocationsParams,
    ) -> runtime::Result<Vec<Invocation>> {
        self.stub.call_as::<Vec<Invocation>>("listInvocations", params).await
    }
    /// Returns log lines in time order, of one invocation or of all.
    ///
    /// Permission: `invocations:read`. Route: `GET /logs`. Errors: `VALIDATION_ERROR`.
    pub async fn logs(&self, params: LogsParams) -> runtime::Result<Vec<LogLine>> {
        self.stub.call_as::<Vec<LogLine>>("logs", params).await
    }
    /// Returns invocation metrics with nearest-rank percentiles over a time range (the last 24 hours by default).
    ///
    /// Permission: `invocations:read`. Route: `GET /metrics`. Errors: `VALIDATION_ERROR`.
    pub async fn metrics(
        &self,
        params: MetricsParams,
    ) -> runtime::Result<FunctionMetrics> {
        self.stub.call_as::<FunctionMetrics>("metrics", params).await
    }
    /// Returns the daily roll-ups of the last `days` days (30 by default), newest first.
    ///
    /// Permission: `invocations:read`. Route: `GET /metrics/daily`.
    pub async fn daily_metrics(
        &self,
        params: DailyMetricsParams,
    ) -> runtime::Result<Vec<DailyMetric>> {
        self.stub.call_as::<Vec<DailyMetric>>("dailyMetrics", params).await
    }
    /// Permission: `function:read`. Route: `GET /rate-limit`.
    pub async fn get_rate_limit(&self) -> runtime::Result<RateLimitConfig> {
        self.stub.call_as::<RateLimitConfig>("getRateLimit", GetRateLimitParams {}).await
    }
    /// Changes the rate limit and resets its running state.
    ///
    /// Permission: `limits:write`. Route: `PUT /rate-limit`. Errors: `VALIDATION_ERROR`.
    pub async fn set_rate_limit(
        &self,
        params: SetRateLimitParams,
    ) -> runtime::Result<RateLimitConfig> {
        self.stub.call_as::<RateLimitConfig>("setRateLimit", params).await
    }
    /// Loads up to `count` (default 1) instances of the qualified code so that the next invocations start warm; returns how many are warm.
    ///
    /// Permission: `function:write`. Route: `POST /instances/prewarm`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `NOTHING_DEPLOYED`.
    pub async fn prewarm(&self, params: PrewarmParams) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("prewarm", params).await
    }
    /// Permission: `function:read`. Route: `GET /instances`.
    pub async fn list_warm_instances(&self) -> runtime::Result<Vec<WarmInstance>> {
        self.stub
            .call_as::<
                Vec<WarmInstance>,
            >("listWarmInstances", ListWarmInstancesParams {})
            .await
    }
    /// Releases one idle warm instance; returns whether it existed. A busy instance is released when its invocation ends.
    ///
    /// Permission: `function:write`. Route: `DELETE /instances/{instance_id}`.
    pub async fn release_instance(
        &self,
        params: ReleaseInstanceParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("releaseInstance", params).await
    }
    /// Releases idle instances unused for `keep_warm_ms`; returns how many were released.
    ///
    /// Permission: `function:write`. Route: `POST /instances/cleanup`.
    pub async fn cleanup_warm_instances(&self) -> runtime::Result<i64> {
        self.stub
            .call_as::<i64>("cleanupWarmInstances", CleanupWarmInstancesParams {})
            .await
    }
}

impl StreamEvent {
    /// Reads a row of `stream_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            stream: row.get("stream")?,
            version: row.get("version")?,
            event_type: row.get("event_type")?,
            payload: row.get("payload")?,
            metadata: row.get("metadata")?,
            recorded_at: row.get("recorded_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.stream),
            runtime::ToSql::to_sql(&self.version),
        ])
    }
    /// Returns the accessor of the `stream_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> StreamEventTable<'_> {
        StreamEventTable { sql }
    }
}

/// Typed access to the `stream_events` table, inside the transaction of the current call.
pub struct StreamEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl StreamEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &StreamEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stream_events\" (\"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &StreamEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stream_events\" (\"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"stream\", \"version\") DO UPDATE SET \"event_type\" = excluded.\"event_type\", \"payload\" = excluded.\"payload\", \"metadata\" = excluded.\"metadata\", \"recorded_at\" = excluded.\"recorded_at\"",
                &[
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        stream: &str,
        version: i64,
    ) -> runtime::Result<Option<StreamEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"stream\" = ?1 AND \"version\" = ?2",
                &[runtime::ToSql::to_sql(&stream), runtime::ToSql::to_sql(&version)],
            )?;
        found.as_ref().map(StreamEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &StreamEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"stream_events\" SET \"event_type\" = ?1, \"payload\" = ?2, \"metadata\" = ?3, \"recorded_at\" = ?4 WHERE \"stream\" = ?5 AND \"version\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, stream: &str, version: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"stream_events\" WHERE \"stream\" = ?1 AND \"version\" = ?2",
                &[runtime::ToSql::to_sql(&stream), runtime::ToSql::to_sql(&version)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `stream_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StreamEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StreamEvent::TABLE, 2)?);
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE (\"stream\", \"version\") > (?1, ?2) ORDER BY \"stream\", \"version\" LIMIT ?3"
            }
            None => {
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" ORDER BY \"stream\", \"version\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StreamEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StreamEvent::TABLE,
                StreamEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `recorded_at` equals the given value, in primary-key order.
    /// The filter uses the index `stream_events_recorded_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_recorded_at(
        &self,
        recorded_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StreamEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&recorded_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StreamEvent::TABLE, 2)?);
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"recorded_at\" = ?1 AND (\"stream\", \"version\") > (?2, ?3) ORDER BY \"stream\", \"version\" LIMIT ?4"
            }
            None => {
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"recorded_at\" = ?1 ORDER BY \"stream\", \"version\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StreamEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StreamEvent::TABLE,
                StreamEvent::primary_key,
            ),
        )
    }
}

impl KvEntry {
    /// Reads a row of `kv` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            key: row.get("key")?,
            value: row.get("value")?,
            expires_at: row.get("expires_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.key)])
    }
    /// Returns the accessor of the `kv` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> KvEntryTable<'_> {
        KvEntryTable { sql }
    }
}

/// Typed access to the `kv` table, inside the transaction of the current call.
pub struct KvEntryTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl KvEntryTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &KvEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"kv\" (\"key\", \"value\", \"expires_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &KvEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"kv\" (\"key\", \"value\", \"expires_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\", \"expires_at\" = excluded.\"expires_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, key: &str) -> runtime::Result<Option<KvEntry>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(KvEntry::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &KvEntry) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"kv\" SET \"value\" = ?1, \"expires_at\" = ?2, \"updated_at\" = ?3 WHERE \"key\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.key),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, key: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"kv\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `kv` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<KvEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(KvEntry::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"key\" > ?1 ORDER BY \"key\" LIMIT ?2"
            }
            None => {
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" ORDER BY \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(KvEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, KvEntry::TABLE, KvEntry::primary_key))
    }
    /// Lists the rows whose `expires_at` equals the given value, in primary-key order.
    /// The filter uses the index `kv_expires_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_expires_at(
        &self,
        expires_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<KvEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&expires_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(KvEntry::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"expires_at\" IS ?1 AND \"key\" > ?2 ORDER BY \"key\" LIMIT ?3"
            }
            None => {
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"expires_at\" IS ?1 ORDER BY \"key\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(KvEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, KvEntry::TABLE, KvEntry::primary_key))
    }
}

impl JsonDoc {
    /// Reads a row of `docs` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            collection: row.get("collection")?,
            id: row.get("id")?,
            data: row.get("data")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.collection),
            runtime::ToSql::to_sql(&self.id),
        ])
    }
    /// Returns the accessor of the `docs` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> JsonDocTable<'_> {
        JsonDocTable { sql }
    }
}

/// Typed access to the `docs` table, inside the transaction of the current call.
pub struct JsonDocTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl JsonDocTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &JsonDoc) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"docs\" (\"collection\", \"id\", \"data\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &JsonDoc) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"docs\" (\"collection\", \"id\", \"data\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"collection\", \"id\") DO UPDATE SET \"data\" = excluded.\"data\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, collection: &str, id: &str) -> runtime::Result<Option<JsonDoc>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2",
                &[runtime::ToSql::to_sql(&collection), runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(JsonDoc::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &JsonDoc) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"docs\" SET \"data\" = ?1, \"created_at\" = ?2, \"updated_at\" = ?3 WHERE \"collection\" = ?4 AND \"id\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, collection: &str, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2",
                &[runtime::ToSql::to_sql(&collection), runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `docs` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<JsonDoc>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(JsonDoc::TABLE, 2)?);
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE (\"collection\", \"id\") > (?1, ?2) ORDER BY \"collection\", \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" ORDER BY \"collection\", \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(JsonDoc::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, JsonDoc::TABLE, JsonDoc::primary_key))
    }
    /// Lists the rows whose `collection` and `updated_at` equal the given values, in primary-key order.
    /// The filter uses the index `docs_collection_updated_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_collection_updated_at(
        &self,
        collection: &str,
        updated_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<JsonDoc>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&collection),
            runtime::ToSql::to_sql(&updated_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(JsonDoc::TABLE, 2)?);
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"updated_at\" = ?2 AND (\"collection\", \"id\") > (?3, ?4) ORDER BY \"collection\", \"id\" LIMIT ?5"
            }
            None => {
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"updated_at\" = ?2 ORDER BY \"collection\", \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(JsonDoc::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, JsonDoc::TABLE, JsonDoc::primary_key))
    }
}

impl FunctionProfile {
    /// Reads a row of `function_profile` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            description: row.get("description")?,
            enabled: row.get("enabled")?,
            concurrency_limit: row.get("concurrency_limit")?,
            keep_warm_ms: row.get("keep_warm_ms")?,
            max_code_bytes: row.get("max_code_bytes")?,
            last_version: row.get("last_version")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `function_profile` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FunctionProfileTable<'_> {
        FunctionProfileTable { sql }
    }
}

/// Typed access to the `function_profile` table, inside the transaction of the current call.
pub struct FunctionProfileTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FunctionProfileTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FunctionProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_profile\" (\"id\", \"name\", \"description\", \"enabled\", \"concurrency_limit\", \"keep_warm_ms\", \"max_code_bytes\", \"last_version\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.concurrency_limit),
                    runtime::ToSql::to_sql(&row.keep_warm_ms),
                    runtime::ToSql::to_sql(&row.max_code_bytes),
                    runtime::ToSql::to_sql(&row.last_version),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FunctionProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_profile\" (\"id\", \"name\", \"description\", \"enabled\", \"concurrency_limit\", \"keep_warm_ms\", \"max_code_bytes\", \"last_version\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"description\" = excluded.\"description\", \"enabled\" = excluded.\"enabled\", \"concurrency_limit\" = excluded.\"concurrency_limit\", \"keep_warm_ms\" = excluded.\"keep_warm_ms\", \"max_code_bytes\" = excluded.\"max_code_bytes\", \"last_version\" = excluded.\"last_version\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.concurrency_limit),
                    runtime::ToSql::to_sql(&row.keep_warm_ms),
                    runtime::ToSql::to_sql(&row.max_code_bytes),
                    runtime::ToSql::to_sql(&row.last_version),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<FunctionProfile>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"description\", \"enabled\", \"concurrency_limit\", \"keep_warm_ms\", \"max_code_bytes\", \"last_version\", \"created_at\", \"updated_at\" FROM \"function_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(FunctionProfile::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FunctionProfile) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"function_profile\" SET \"name\" = ?1, \"description\" = ?2, \"enabled\" = ?3, \"concurrency_limit\" = ?4, \"keep_warm_ms\" = ?5, \"max_code_bytes\" = ?6, \"last_version\" = ?7, \"created_at\" = ?8, \"updated_at\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.concurrency_limit),
                    runtime::ToSql::to_sql(&row.keep_warm_ms),
                    runtime::ToSql::to_sql(&row.max_code_bytes),
                    runtime::ToSql::to_sql(&row.last_version),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"function_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `function_profile` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FunctionProfile>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FunctionProfile::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"description\", \"enabled\", \"concurrency_limit\", \"keep_warm_ms\", \"max_code_bytes\", \"last_version\", \"created_at\", \"updated_at\" FROM \"function_profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"description\", \"enabled\", \"concurrency_limit\", \"keep_warm_ms\", \"max_code_bytes\", \"last_version\", \"created_at\", \"updated_at\" FROM \"function_profile\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FunctionProfile::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FunctionProfile::TABLE,
                FunctionProfile::primary_key,
            ),
        )
    }
}

impl FunctionDraft {
    /// Reads a row of `function_draft` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            code: row.get("code")?,
            handler: row.get("handler")?,
            runtime: row.get("runtime")?,
            timeout_ms: row.get("timeout_ms")?,
            environment: row.get("environment")?,
            code_hash: row.get("code_hash")?,
            updated_at: row.get("updated_at")?,
            updated_by: row.get("updated_by")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `function_draft` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FunctionDraftTable<'_> {
        FunctionDraftTable { sql }
    }
}

/// Typed access to the `function_draft` table, inside the transaction of the current call.
pub struct FunctionDraftTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FunctionDraftTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FunctionDraft) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_draft\" (\"id\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"updated_at\", \"updated_by\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.updated_by),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FunctionDraft) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_draft\" (\"id\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"updated_at\", \"updated_by\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (\"id\") DO UPDATE SET \"code\" = excluded.\"code\", \"handler\" = excluded.\"handler\", \"runtime\" = excluded.\"runtime\", \"timeout_ms\" = excluded.\"timeout_ms\", \"environment\" = excluded.\"environment\", \"code_hash\" = excluded.\"code_hash\", \"updated_at\" = excluded.\"updated_at\", \"updated_by\" = excluded.\"updated_by\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.updated_by),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<FunctionDraft>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"updated_at\", \"updated_by\" FROM \"function_draft\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(FunctionDraft::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FunctionDraft) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"function_draft\" SET \"code\" = ?1, \"handler\" = ?2, \"runtime\" = ?3, \"timeout_ms\" = ?4, \"environment\" = ?5, \"code_hash\" = ?6, \"updated_at\" = ?7, \"updated_by\" = ?8 WHERE \"id\" = ?9",
                &[
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.updated_by),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"function_draft\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `function_draft` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FunctionDraft>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FunctionDraft::TABLE, 1)?);
                "SELECT \"id\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"updated_at\", \"updated_by\" FROM \"function_draft\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"updated_at\", \"updated_by\" FROM \"function_draft\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FunctionDraft::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FunctionDraft::TABLE,
                FunctionDraft::primary_key,
            ),
        )
    }
}

impl FunctionVersion {
    /// Reads a row of `function_versions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            version: row.get("version")?,
            code: row.get("code")?,
            handler: row.get("handler")?,
            runtime: row.get("runtime")?,
            timeout_ms: row.get("timeout_ms")?,
            environment: row.get("environment")?,
            code_hash: row.get("code_hash")?,
            description: row.get("description")?,
            published_at: row.get("published_at")?,
            published_by: row.get("published_by")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.version)])
    }
    /// Returns the accessor of the `function_versions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FunctionVersionTable<'_> {
        FunctionVersionTable { sql }
    }
}

/// Typed access to the `function_versions` table, inside the transaction of the current call.
pub struct FunctionVersionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FunctionVersionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FunctionVersion) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_versions\" (\"version\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"description\", \"published_at\", \"published_by\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.published_by),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FunctionVersion) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"function_versions\" (\"version\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"description\", \"published_at\", \"published_by\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"version\") DO UPDATE SET \"code\" = excluded.\"code\", \"handler\" = excluded.\"handler\", \"runtime\" = excluded.\"runtime\", \"timeout_ms\" = excluded.\"timeout_ms\", \"environment\" = excluded.\"environment\", \"code_hash\" = excluded.\"code_hash\", \"description\" = excluded.\"description\", \"published_at\" = excluded.\"published_at\", \"published_by\" = excluded.\"published_by\"",
                &[
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.published_by),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, version: i64) -> runtime::Result<Option<FunctionVersion>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"version\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"description\", \"published_at\", \"published_by\" FROM \"function_versions\" WHERE \"version\" = ?1",
                &[runtime::ToSql::to_sql(&version)],
            )?;
        found.as_ref().map(FunctionVersion::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FunctionVersion) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"function_versions\" SET \"code\" = ?1, \"handler\" = ?2, \"runtime\" = ?3, \"timeout_ms\" = ?4, \"environment\" = ?5, \"code_hash\" = ?6, \"description\" = ?7, \"published_at\" = ?8, \"published_by\" = ?9 WHERE \"version\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.code),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.runtime),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.environment),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.published_by),
                    runtime::ToSql::to_sql(&row.version),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, version: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"function_versions\" WHERE \"version\" = ?1",
                &[runtime::ToSql::to_sql(&version)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `function_versions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FunctionVersion>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FunctionVersion::TABLE, 1)?);
                "SELECT \"version\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"description\", \"published_at\", \"published_by\" FROM \"function_versions\" WHERE \"version\" > ?1 ORDER BY \"version\" LIMIT ?2"
            }
            None => {
                "SELECT \"version\", \"code\", \"handler\", \"runtime\", \"timeout_ms\", \"environment\", \"code_hash\", \"description\", \"published_at\", \"published_by\" FROM \"function_versions\" ORDER BY \"version\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FunctionVersion::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FunctionVersion::TABLE,
                FunctionVersion::primary_key,
            ),
        )
    }
}

impl Alias {
    /// Reads a row of `aliases` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            name: row.get("name")?,
            version: row.get("version")?,
            additional_version: row.get("additional_version")?,
            additional_weight: row.get("additional_weight")?,
            previous_version: row.get("previous_version")?,
            description: row.get("description")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.name)])
    }
    /// Returns the accessor of the `aliases` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> AliasTable<'_> {
        AliasTable { sql }
    }
}

/// Typed access to the `aliases` table, inside the transaction of the current call.
pub struct AliasTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl AliasTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Alias) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"aliases\" (\"name\", \"version\", \"additional_version\", \"additional_weight\", \"previous_version\", \"description\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.additional_version),
                    runtime::ToSql::to_sql(&row.additional_weight),
                    runtime::ToSql::to_sql(&row.previous_version),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Alias) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"aliases\" (\"name\", \"version\", \"additional_version\", \"additional_weight\", \"previous_version\", \"description\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"name\") DO UPDATE SET \"version\" = excluded.\"version\", \"additional_version\" = excluded.\"additional_version\", \"additional_weight\" = excluded.\"additional_weight\", \"previous_version\" = excluded.\"previous_version\", \"description\" = excluded.\"description\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.additional_version),
                    runtime::ToSql::to_sql(&row.additional_weight),
                    runtime::ToSql::to_sql(&row.previous_version),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, name: &str) -> runtime::Result<Option<Alias>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"name\", \"version\", \"additional_version\", \"additional_weight\", \"previous_version\", \"description\", \"created_at\", \"updated_at\" FROM \"aliases\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        found.as_ref().map(Alias::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Alias) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"aliases\" SET \"version\" = ?1, \"additional_version\" = ?2, \"additional_weight\" = ?3, \"previous_version\" = ?4, \"description\" = ?5, \"created_at\" = ?6, \"updated_at\" = ?7 WHERE \"name\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.additional_version),
                    runtime::ToSql::to_sql(&row.additional_weight),
                    runtime::ToSql::to_sql(&row.previous_version),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.name),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, name: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"aliases\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `aliases` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Alias>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Alias::TABLE, 1)?);
                "SELECT \"name\", \"version\", \"additional_version\", \"additional_weight\", \"previous_version\", \"description\", \"created_at\", \"updated_at\" FROM \"aliases\" WHERE \"name\" > ?1 ORDER BY \"name\" LIMIT ?2"
            }
            None => {
                "SELECT \"name\", \"version\", \"additional_version\", \"additional_weight\", \"previous_version\", \"description\", \"created_at\", \"updated_at\" FROM \"aliases\" ORDER BY \"name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Alias::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Alias::TABLE, Alias::primary_key))
    }
}

impl Invocation {
    /// Reads a row of `invocations` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            request_id: row.get("request_id")?,
            kind: row.get("kind")?,
            status: row.get("status")?,
            qualifier: row.get("qualifier")?,
            alias: row.get("alias")?,
            version: row.get("version")?,
            input: row.get("input")?,
            output: row.get("output")?,
            error: row.get("error")?,
            error_type: row.get("error_type")?,
            cold_start: row.get("cold_start")?,
            instance_id: row.get("instance_id")?,
            timeout_ms: row.get("timeout_ms")?,
            queued_at: row.get("queued_at")?,
            started_at: row.get("started_at")?,
            completed_at: row.get("completed_at")?,
            duration_ms: row.get("duration_ms")?,
            log_lines: row.get("log_lines")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `invocations` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> InvocationTable<'_> {
        InvocationTable { sql }
    }
}

/// Typed access to the `invocations` table, inside the transaction of the current call.
pub struct InvocationTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl InvocationTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Invocation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invocations\" (\"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.request_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.qualifier),
                    runtime::ToSql::to_sql(&row.alias),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.cold_start),
                    runtime::ToSql::to_sql(&row.instance_id),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.queued_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                    runtime::ToSql::to_sql(&row.log_lines),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Invocation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invocations\" (\"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) ON CONFLICT (\"id\") DO UPDATE SET \"request_id\" = excluded.\"request_id\", \"kind\" = excluded.\"kind\", \"status\" = excluded.\"status\", \"qualifier\" = excluded.\"qualifier\", \"alias\" = excluded.\"alias\", \"version\" = excluded.\"version\", \"input\" = excluded.\"input\", \"output\" = excluded.\"output\", \"error\" = excluded.\"error\", \"error_type\" = excluded.\"error_type\", \"cold_start\" = excluded.\"cold_start\", \"instance_id\" = excluded.\"instance_id\", \"timeout_ms\" = excluded.\"timeout_ms\", \"queued_at\" = excluded.\"queued_at\", \"started_at\" = excluded.\"started_at\", \"completed_at\" = excluded.\"completed_at\", \"duration_ms\" = excluded.\"duration_ms\", \"log_lines\" = excluded.\"log_lines\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.request_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.qualifier),
                    runtime::ToSql::to_sql(&row.alias),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.cold_start),
                    runtime::ToSql::to_sql(&row.instance_id),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.queued_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                    runtime::ToSql::to_sql(&row.log_lines),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Invocation>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Invocation::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Invocation) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"invocations\" SET \"request_id\" = ?1, \"kind\" = ?2, \"status\" = ?3, \"qualifier\" = ?4, \"alias\" = ?5, \"version\" = ?6, \"input\" = ?7, \"output\" = ?8, \"error\" = ?9, \"error_type\" = ?10, \"cold_start\" = ?11, \"instance_id\" = ?12, \"timeout_ms\" = ?13, \"queued_at\" = ?14, \"started_at\" = ?15, \"completed_at\" = ?16, \"duration_ms\" = ?17, \"log_lines\" = ?18 WHERE \"id\" = ?19",
                &[
                    runtime::ToSql::to_sql(&row.request_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.qualifier),
                    runtime::ToSql::to_sql(&row.alias),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.cold_start),
                    runtime::ToSql::to_sql(&row.instance_id),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.queued_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                    runtime::ToSql::to_sql(&row.log_lines),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"invocations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `invocations` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invocation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invocation::TABLE, 1)?);
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invocation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invocation::TABLE,
                Invocation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` and `queued_at` equal the given values, in primary-key order.
    /// The filter uses the index `invocations_status_queued_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_queued_at(
        &self,
        status: InvocationStatus,
        queued_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invocation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&queued_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invocation::TABLE, 1)?);
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"status\" = ?1 AND \"queued_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"status\" = ?1 AND \"queued_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invocation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invocation::TABLE,
                Invocation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `completed_at` equals the given value, in primary-key order.
    /// The filter uses the index `invocations_completed_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_completed_at(
        &self,
        completed_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invocation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&completed_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invocation::TABLE, 1)?);
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"completed_at\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"completed_at\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invocation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invocation::TABLE,
                Invocation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `version` and `completed_at` equal the given values, in primary-key order.
    /// The filter uses the index `invocations_version_completed_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_version_completed_at(
        &self,
        version: Option<i64>,
        completed_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invocation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&version),
            runtime::ToSql::to_sql(&completed_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invocation::TABLE, 1)?);
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"version\" IS ?1 AND \"completed_at\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"request_id\", \"kind\", \"status\", \"qualifier\", \"alias\", \"version\", \"input\", \"output\", \"error\", \"error_type\", \"cold_start\", \"instance_id\", \"timeout_ms\", \"queued_at\", \"started_at\", \"completed_at\", \"duration_ms\", \"log_lines\" FROM \"invocations\" WHERE \"version\" IS ?1 AND \"completed_at\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invocation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invocation::TABLE,
                Invocation::primary_key,
            ),
        )
    }
}

impl LogLine {
    /// Reads a row of `invocation_logs` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            invocation_id: row.get("invocation_id")?,
            seq: row.get("seq")?,
            level: row.get("level")?,
            message: row.get("message")?,
            at: row.get("at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.invocation_id),
            runtime::ToSql::to_sql(&self.seq),
        ])
    }
    /// Returns the accessor of the `invocation_logs` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> LogLineTable<'_> {
        LogLineTable { sql }
    }
}

/// Typed access to the `invocation_logs` table, inside the transaction of the current call.
pub struct LogLineTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl LogLineTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &LogLine) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invocation_logs\" (\"invocation_id\", \"seq\", \"level\", \"message\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.invocation_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.level),
                    runtime::ToSql::to_sql(&row.message),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &LogLine) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invocation_logs\" (\"invocation_id\", \"seq\", \"level\", \"message\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"invocation_id\", \"seq\") DO UPDATE SET \"level\" = excluded.\"level\", \"message\" = excluded.\"message\", \"at\" = excluded.\"at\"",
                &[
                    runtime::ToSql::to_sql(&row.invocation_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.level),
                    runtime::ToSql::to_sql(&row.message),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        invocation_id: &str,
        seq: i64,
    ) -> runtime::Result<Option<LogLine>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"invocation_id\", \"seq\", \"level\", \"message\", \"at\" FROM \"invocation_logs\" WHERE \"invocation_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&invocation_id), runtime::ToSql::to_sql(&seq)],
            )?;
        found.as_ref().map(LogLine::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &LogLine) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"invocation_logs\" SET \"level\" = ?1, \"message\" = ?2, \"at\" = ?3 WHERE \"invocation_id\" = ?4 AND \"seq\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.level),
                    runtime::ToSql::to_sql(&row.message),
                    runtime::ToSql::to_sql(&row.at),
                    runtime::ToSql::to_sql(&row.invocation_id),
                    runtime::ToSql::to_sql(&row.seq),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, invocation_id: &str, seq: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"invocation_logs\" WHERE \"invocation_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&invocation_id), runtime::ToSql::to_sql(&seq)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `invocation_logs` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<LogLine>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(LogLine::TABLE, 2)?);
                "SELECT \"invocation_id\", \"seq\", \"level\", \"message\", \"at\" FROM \"invocation_logs\" WHERE (\"invocation_id\", \"seq\") > (?1, ?2) ORDER BY \"invocation_id\", \"seq\" LIMIT ?3"
            }
            None => {
                "SELECT \"invocation_id\", \"seq\", \"level\", \"message\", \"at\" FROM \"invocation_logs\" ORDER BY \"invocation_id\", \"seq\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(LogLine::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, LogLine::TABLE, LogLine::primary_key))
    }
    /// Lists the rows whose `at` equals the given value, in primary-key order.
    /// The filter uses the index `invocation_logs_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_at(
        &self,
        at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<LogLine>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(LogLine::TABLE, 2)?);
                "SELECT \"invocation_id\", \"seq\", \"level\", \"message\", \"at\" FROM \"invocation_logs\" WHERE \"at\" = ?1 AND (\"invocation_id\", \"seq\") > (?2, ?3) ORDER BY \"invocation_id\", \"seq\" LIMIT ?4"
            }
            None => {
                "SELECT \"invocation_id\", \"seq\", \"level\", \"message\", \"at\" FROM \"invocation_logs\" WHERE \"at\" = ?1 ORDER BY \"invocation_id\", \"seq\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(LogLine::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, LogLine::TABLE, LogLine::primary_key))
    }
}

impl RateLimitConfig {
    /// Reads a row of `rate_limit` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            enabled: row.get("enabled")?,
            algorithm: row.get("algorithm")?,
            max_requests: row.get("max_requests")?,
            window_ms: row.get("window_ms")?,
            tokens: row.get("tokens")?,
            refilled_at: row.get("refilled_at")?,
            window_started_at: row.get("window_started_at")?,
            window_count: row.get("window_count")?,
            previous_window_count: row.get("previous_window_count")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `rate_limit` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> RateLimitConfigTable<'_> {
        RateLimitConfigTable { sql }
    }
}

/// Typed access to the `rate_limit` table, inside the transaction of the current call.
pub struct RateLimitConfigTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl RateLimitConfigTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &RateLimitConfig) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"rate_limit\" (\"id\", \"enabled\", \"algorithm\", \"max_requests\", \"window_ms\", \"tokens\", \"refilled_at\", \"window_started_at\", \"window_count\", \"previous_window_count\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.algorithm),
                    runtime::ToSql::to_sql(&row.max_requests),
                    runtime::ToSql::to_sql(&row.window_ms),
                    runtime::ToSql::to_sql(&row.tokens),
                    runtime::ToSql::to_sql(&row.refilled_at),
                    runtime::ToSql::to_sql(&row.window_started_at),
                    runtime::ToSql::to_sql(&row.window_count),
                    runtime::ToSql::to_sql(&row.previous_window_count),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &RateLimitConfig) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"rate_limit\" (\"id\", \"enabled\", \"algorithm\", \"max_requests\", \"window_ms\", \"tokens\", \"refilled_at\", \"window_started_at\", \"window_count\", \"previous_window_count\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"id\") DO UPDATE SET \"enabled\" = excluded.\"enabled\", \"algorithm\" = excluded.\"algorithm\", \"max_requests\" = excluded.\"max_requests\", \"window_ms\" = excluded.\"window_ms\", \"tokens\" = excluded.\"tokens\", \"refilled_at\" = excluded.\"refilled_at\", \"window_started_at\" = excluded.\"window_started_at\", \"window_count\" = excluded.\"window_count\", \"previous_window_count\" = excluded.\"previous_window_count\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.algorithm),
                    runtime::ToSql::to_sql(&row.max_requests),
                    runtime::ToSql::to_sql(&row.window_ms),
                    runtime::ToSql::to_sql(&row.tokens),
                    runtime::ToSql::to_sql(&row.refilled_at),
                    runtime::ToSql::to_sql(&row.window_started_at),
                    runtime::ToSql::to_sql(&row.window_count),
                    runtime::ToSql::to_sql(&row.previous_window_count),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<RateLimitConfig>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"enabled\", \"algorithm\", \"max_requests\", \"window_ms\", \"tokens\", \"refilled_at\", \"window_started_at\", \"window_count\", \"previous_window_count\", \"updated_at\" FROM \"rate_limit\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(RateLimitConfig::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &RateLimitConfig) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"rate_limit\" SET \"enabled\" = ?1, \"algorithm\" = ?2, \"max_requests\" = ?3, \"window_ms\" = ?4, \"tokens\" = ?5, \"refilled_at\" = ?6, \"window_started_at\" = ?7, \"window_count\" = ?8, \"previous_window_count\" = ?9, \"updated_at\" = ?10 WHERE \"id\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.algorithm),
                    runtime::ToSql::to_sql(&row.max_requests),
                    runtime::ToSql::to_sql(&row.window_ms),
                    runtime::ToSql::to_sql(&row.tokens),
                    runtime::ToSql::to_sql(&row.refilled_at),
                    runtime::ToSql::to_sql(&row.window_started_at),
                    runtime::ToSql::to_sql(&row.window_count),
                    runtime::ToSql::to_sql(&row.previous_window_count),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"rate_limit\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `rate_limit` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<RateLimitConfig>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(RateLimitConfig::TABLE, 1)?);
                "SELECT \"id\", \"enabled\", \"algorithm\", \"max_requests\", \"window_ms\", \"tokens\", \"refilled_at\", \"window_started_at\", \"window_count\", \"previous_window_count\", \"updated_at\" FROM \"rate_limit\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"enabled\", \"algorithm\", \"max_requests\", \"window_ms\", \"tokens\", \"refilled_at\", \"window_started_at\", \"window_count\", \"previous_window_count\", \"updated_at\" FROM \"rate_limit\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(RateLimitConfig::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                RateLimitConfig::TABLE,
                RateLimitConfig::primary_key,
            ),
        )
    }
}

impl WarmInstance {
    /// Reads a row of `warm_instances` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            version: row.get("version")?,
            code_hash: row.get("code_hash")?,
            busy: row.get("busy")?,
            invocations: row.get("invocations")?,
            started_at: row.get("started_at")?,
            last_used_at: row.get("last_used_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `warm_instances` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> WarmInstanceTable<'_> {
        WarmInstanceTable { sql }
    }
}

/// Typed access to the `warm_instances` table, inside the transaction of the current call.
pub struct WarmInstanceTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl WarmInstanceTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &WarmInstance) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"warm_instances\" (\"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.busy),
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &WarmInstance) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"warm_instances\" (\"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"version\" = excluded.\"version\", \"code_hash\" = excluded.\"code_hash\", \"busy\" = excluded.\"busy\", \"invocations\" = excluded.\"invocations\", \"started_at\" = excluded.\"started_at\", \"last_used_at\" = excluded.\"last_used_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.busy),
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<WarmInstance>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\" FROM \"warm_instances\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(WarmInstance::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &WarmInstance) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"warm_instances\" SET \"version\" = ?1, \"code_hash\" = ?2, \"busy\" = ?3, \"invocations\" = ?4, \"started_at\" = ?5, \"last_used_at\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.code_hash),
                    runtime::ToSql::to_sql(&row.busy),
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"warm_instances\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `warm_instances` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WarmInstance>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WarmInstance::TABLE, 1)?);
                "SELECT \"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\" FROM \"warm_instances\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\" FROM \"warm_instances\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WarmInstance::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WarmInstance::TABLE,
                WarmInstance::primary_key,
            ),
        )
    }
    /// Lists the rows whose `code_hash` and `busy` equal the given values, in primary-key order.
    /// The filter uses the index `warm_instances_code_hash_busy_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_code_hash_busy(
        &self,
        code_hash: &str,
        busy: bool,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WarmInstance>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&code_hash),
            runtime::ToSql::to_sql(&busy),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WarmInstance::TABLE, 1)?);
                "SELECT \"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\" FROM \"warm_instances\" WHERE \"code_hash\" = ?1 AND \"busy\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"version\", \"code_hash\", \"busy\", \"invocations\", \"started_at\", \"last_used_at\" FROM \"warm_instances\" WHERE \"code_hash\" = ?1 AND \"busy\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WarmInstance::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WarmInstance::TABLE,
                WarmInstance::primary_key,
            ),
        )
    }
}

impl DailyMetric {
    /// Reads a row of `daily_metrics` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            day: row.get("day")?,
            invocations: row.get("invocations")?,
            succeeded: row.get("succeeded")?,
            failed: row.get("failed")?,
            timed_out: row.get("timed_out")?,
            throttled: row.get("throttled")?,
            cold_starts: row.get("cold_starts")?,
            total_duration_ms: row.get("total_duration_ms")?,
            p50_ms: row.get("p50_ms")?,
            p95_ms: row.get("p95_ms")?,
            p99_ms: row.get("p99_ms")?,
            max_ms: row.get("max_ms")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.day)])
    }
    /// Returns the accessor of the `daily_metrics` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> DailyMetricTable<'_> {
        DailyMetricTable { sql }
    }
}

/// Typed access to the `daily_metrics` table, inside the transaction of the current call.
pub struct DailyMetricTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl DailyMetricTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &DailyMetric) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"daily_metrics\" (\"day\", \"invocations\", \"succeeded\", \"failed\", \"timed_out\", \"throttled\", \"cold_starts\", \"total_duration_ms\", \"p50_ms\", \"p95_ms\", \"p99_ms\", \"max_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.day),
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.succeeded),
                    runtime::ToSql::to_sql(&row.failed),
                    runtime::ToSql::to_sql(&row.timed_out),
                    runtime::ToSql::to_sql(&row.throttled),
                    runtime::ToSql::to_sql(&row.cold_starts),
                    runtime::ToSql::to_sql(&row.total_duration_ms),
                    runtime::ToSql::to_sql(&row.p50_ms),
                    runtime::ToSql::to_sql(&row.p95_ms),
                    runtime::ToSql::to_sql(&row.p99_ms),
                    runtime::ToSql::to_sql(&row.max_ms),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &DailyMetric) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"daily_metrics\" (\"day\", \"invocations\", \"succeeded\", \"failed\", \"timed_out\", \"throttled\", \"cold_starts\", \"total_duration_ms\", \"p50_ms\", \"p95_ms\", \"p99_ms\", \"max_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"day\") DO UPDATE SET \"invocations\" = excluded.\"invocations\", \"succeeded\" = excluded.\"succeeded\", \"failed\" = excluded.\"failed\", \"timed_out\" = excluded.\"timed_out\", \"throttled\" = excluded.\"throttled\", \"cold_starts\" = excluded.\"cold_starts\", \"total_duration_ms\" = excluded.\"total_duration_ms\", \"p50_ms\" = excluded.\"p50_ms\", \"p95_ms\" = excluded.\"p95_ms\", \"p99_ms\" = excluded.\"p99_ms\", \"max_ms\" = excluded.\"max_ms\"",
                &[
                    runtime::ToSql::to_sql(&row.day),
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.succeeded),
                    runtime::ToSql::to_sql(&row.failed),
                    runtime::ToSql::to_sql(&row.timed_out),
                    runtime::ToSql::to_sql(&row.throttled),
                    runtime::ToSql::to_sql(&row.cold_starts),
                    runtime::ToSql::to_sql(&row.total_duration_ms),
                    runtime::ToSql::to_sql(&row.p50_ms),
                    runtime::ToSql::to_sql(&row.p95_ms),
                    runtime::ToSql::to_sql(&row.p99_ms),
                    runtime::ToSql::to_sql(&row.max_ms),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, day: &str) -> runtime::Result<Option<DailyMetric>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"day\", \"invocations\", \"succeeded\", \"failed\", \"timed_out\", \"throttled\", \"cold_starts\", \"total_duration_ms\", \"p50_ms\", \"p95_ms\", \"p99_ms\", \"max_ms\" FROM \"daily_metrics\" WHERE \"day\" = ?1",
                &[runtime::ToSql::to_sql(&day)],
            )?;
        found.as_ref().map(DailyMetric::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &DailyMetric) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"daily_metrics\" SET \"invocations\" = ?1, \"succeeded\" = ?2, \"failed\" = ?3, \"timed_out\" = ?4, \"throttled\" = ?5, \"cold_starts\" = ?6, \"total_duration_ms\" = ?7, \"p50_ms\" = ?8, \"p95_ms\" = ?9, \"p99_ms\" = ?10, \"max_ms\" = ?11 WHERE \"day\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.invocations),
                    runtime::ToSql::to_sql(&row.succeeded),
                    runtime::ToSql::to_sql(&row.failed),
                    runtime::ToSql::to_sql(&row.timed_out),
                    runtime::ToSql::to_sql(&row.throttled),
                    runtime::ToSql::to_sql(&row.cold_starts),
                    runtime::ToSql::to_sql(&row.total_duration_ms),
                    runtime::ToSql::to_sql(&row.p50_ms),
                    runtime::ToSql::to_sql(&row.p95_ms),
                    runtime::ToSql::to_sql(&row.p99_ms),
                    runtime::ToSql::to_sql(&row.max_ms),
                    runtime::ToSql::to_sql(&row.day),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, day: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"daily_metrics\" WHERE \"day\" = ?1",
                &[runtime::ToSql::to_sql(&day)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `daily_metrics` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<DailyMetric>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(DailyMetric::TABLE, 1)?);
                "SELECT \"day\", \"invocations\", \"succeeded\", \"failed\", \"timed_out\", \"throttled\", \"cold_starts\", \"total_duration_ms\", \"p50_ms\", \"p95_ms\", \"p99_ms\", \"max_ms\" FROM \"daily_metrics\" WHERE \"day\" > ?1 ORDER BY \"day\" LIMIT ?2"
            }
            None => {
                "SELECT \"day\", \"invocations\", \"succeeded\", \"failed\", \"timed_out\", \"throttled\", \"cold_starts\", \"total_duration_ms\", \"p50_ms\", \"p95_ms\", \"p99_ms\", \"max_ms\" FROM \"daily_metrics\" ORDER BY \"day\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(DailyMetric::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                DailyMetric::TABLE,
                DailyMetric::primary_key,
            ),
        )
    }
}
