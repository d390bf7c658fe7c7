//! Types of the `workflow` object, generated from its spec by `cargo run -p codegen`.
//!
//! Durable workflows: versioned definitions whose steps form a DAG, and their runs. A step runs an
//! action, sleeps, waits for an event or waits for a human task; failed steps retry with
//! exponential backoff as Temporal's retry policy defines it. A completed step's result is stored
//! and never run again on retry, resume or replay. Runs start by hand, on matching events or on a
//! cron schedule. Durations are milliseconds and timestamps milliseconds since the Unix epoch.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "workflow";

/// The object's class name.
pub const CLASS: &str = "Workflow";

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
    "register",
    "getWorkflow",
    "listWorkflows",
    "setWorkflowEnabled",
    "addTrigger",
    "removeTrigger",
    "listTriggers",
    "start",
    "getRun",
    "listRuns",
    "pause",
    "resume",
    "cancel",
    "retry",
    "replay",
    "sendEvent",
    "history",
    "listWaits",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "workflow.registered",
    "run.started",
    "run.paused",
    "run.resumed",
    "run.completed",
    "run.failed",
    "run.cancelled",
    "step.completed",
    "step.failed",
    "step.skipped",
    "wait.expired",
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

/// What a step does: `action` calls `action` (`object.method` of another object, or a function
/// name); `sleep` waits `sleep_ms`; `wait_for_event` waits for an event named `event_name`
/// whose payload field `match_field` equals `match_value`; `human_task` creates a task on a
/// Human object and waits until it is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Action,
    Sleep,
    WaitForEvent,
    HumanTask,
}

impl StepKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Action,
        Self::Sleep,
        Self::WaitForEvent,
        Self::HumanTask,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Action => "action",
            Self::Sleep => "sleep",
            Self::WaitForEvent => "wait_for_event",
            Self::HumanTask => "human_task",
        }
    }
}

impl std::fmt::Display for StepKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// What a step's final failure does to the run: `fail` fails the run, `continue` treats the
/// step as done with no result, `branch` runs `error_step` next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepErrorAction {
    Fail,
    Continue,
    Branch,
}

impl StepErrorAction {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Fail, Self::Continue, Self::Branch];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Fail => "fail",
            Self::Continue => "continue",
            Self::Branch => "branch",
        }
    }
}

impl std::fmt::Display for StepErrorAction {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Pending,
    Running,
    Waiting,
    Paused,
    Completed,
    Failed,
    Cancelled,
}

impl RunStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Running,
        Self::Waiting,
        Self::Paused,
        Self::Completed,
        Self::Failed,
        Self::Cancelled,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Waiting => "waiting",
            Self::Paused => "paused",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for RunStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
    Waiting,
}

impl StepStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Running,
        Self::Completed,
        Self::Failed,
        Self::Skipped,
        Self::Waiting,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Skipped => "skipped",
            Self::Waiting => "waiting",
        }
    }
}

impl std::fmt::Display for StepStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaitKind {
    Event,
    Sleep,
    HumanTask,
}

impl WaitKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Event, Self::Sleep, Self::HumanTask];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Sleep => "sleep",
            Self::HumanTask => "human_task",
        }
    }
}

impl std::fmt::Display for WaitKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// `expired` waits resumed the run with no event and can no longer take one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaitStatus {
    Waiting,
    Resolved,
    Expired,
    Cancelled,
}

impl WaitStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Waiting,
        Self::Resolved,
        Self::Expired,
        Self::Cancelled,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Resolved => "resolved",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for WaitStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TriggerKind {
    Event,
    Cron,
}

impl TriggerKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Event, Self::Cron];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Cron => "cron",
        }
    }
}

impl std::fmt::Display for TriggerKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryEventType {
    RunStarted,
    RunWaiting,
    RunPaused,
    RunResumed,
    RunCompleted,
    RunFailed,
    RunCancelled,
    RunRetried,
    StepStarted,
    StepCompleted,
    StepFailed,
    StepRetryScheduled,
    StepSkipped,
    StepWaiting,
    WaitResolved,
    WaitExpired,
}

impl HistoryEventType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::RunStarted,
        Self::RunWaiting,
        Self::RunPaused,
        Self::RunResumed,
        Self::RunCompleted,
        Self::RunFailed,
        Self::RunCancelled,
        Self::RunRetried,
        Self::StepStarted,
        Self::StepCompleted,
        Self::StepFailed,
        Self::StepRetryScheduled,
        Self::StepSkipped,
        Self::StepWaiting,
        Self::WaitResolved,
        Self::WaitExpired,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::RunStarted => "run_started",
            Self::RunWaiting => "run_waiting",
            Self::RunPaused => "run_paused",
            Self::RunResumed => "run_resumed",
            Self::RunCompleted => "run_completed",
            Self::RunFailed => "run_failed",
            Self::RunCancelled => "run_cancelled",
            Self::RunRetried => "run_retried",
            Self::StepStarted => "step_started",
            Self::StepCompleted => "step_completed",
            Self::StepFailed => "step_failed",
            Self::StepRetryScheduled => "step_retry_scheduled",
            Self::StepSkipped => "step_skipped",
            Self::StepWaiting => "step_waiting",
            Self::WaitResolved => "wait_resolved",
            Self::WaitExpired => "wait_expired",
        }
    }
}

impl std::fmt::Display for HistoryEventType {
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

/// Temporal's retry policy. The delay before attempt k+1 is
/// min(initial_interval_ms x backoff_coefficient^(k-1), maximum_interval_ms), plus jitter.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryPolicy {
    /// The first retry delay; defaults to 1000, at least 1.
    pub initial_interval_ms: Option<i64>,
    /// Growth factor of the delay; defaults to 2.0, at least 1.
    pub backoff_coefficient: Option<f64>,
    /// Cap on the delay; defaults to 100 x initial_interval_ms.
    pub maximum_interval_ms: Option<i64>,
    /// Attempts including the first; 1 means no retry, 0 (the default) unlimited.
    pub maximum_attempts: Option<i64>,
    /// Error types, matched exactly by name, that fail the step at once.
    pub non_retryable_errors: Option<Vec<String>>,
    /// 0 to 1; each delay is lengthened by a random fraction up to this; defaults to 0.
    pub jitter: Option<f64>,
}

/// One step of a definition, as given to `register`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepInput {
    pub name: String,
    pub kind: StepKind,
    /// For `action` steps: `object.method` or a function name.
    pub action: Option<String>,
    /// Parameters; strings of the form `$.path` are replaced by values from the run's state.
    pub params: Option<serde_json::Value>,
    /// Steps that must be completed or skipped first.
    pub depends_on: Option<Vec<String>>,
    /// An expression over the run's state; when false the step is skipped.
    pub condition: Option<String>,
    pub retry: Option<RetryPolicy>,
    /// Limit on one attempt (action steps) or on the wait (waiting steps).
    pub timeout_ms: Option<i64>,
    /// Defaults to `fail`.
    pub on_error: Option<StepErrorAction>,
    /// For `on_error: branch`: the step to run instead.
    pub error_step: Option<String>,
    /// For `wait_for_event` steps.
    pub event_name: Option<String>,
    /// A payload field path the event must match, such as `order_id`.
    pub match_field: Option<String>,
    /// The value `match_field` must equal; `$.path` strings are resolved when the wait starts.
    pub match_value: Option<serde_json::Value>,
    /// For `sleep` steps.
    pub sleep_ms: Option<i64>,
    /// For `human_task` steps: the Human instance (`queue`) and the `create_task` parameters.
    pub task: Option<serde_json::Value>,
}

/// A trigger, as given to `register` or `add_trigger`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TriggerInput {
    pub kind: TriggerKind,
    /// Event names to match; `*` matches one whole segment, as in `order.*`.
    pub event_pattern: Option<String>,
    /// A five-field cron expression (minute hour day-of-month month day-of-week).
    pub cron: Option<String>,
    /// An IANA time zone for `cron`; defaults to UTC.
    pub time_zone: Option<String>,
    /// The run input; for event triggers, `$.payload` paths refer to the event.
    pub input: Option<serde_json::Value>,
}

/// A workflow with one of its versions, that version's steps in order and the workflow's triggers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowDetail {
    pub workflow: WorkflowDefinition,
    pub version: WorkflowVersion,
    pub steps: Vec<WorkflowStep>,
    pub triggers: Vec<Trigger>,
}

/// A run with the state of each step and its open and past waits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunDetail {
    pub run: Run,
    pub steps: Vec<StepExecution>,
    pub waits: Vec<Wait>,
}

/// What an event sent with `send_event` did.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventDelivery {
    pub event_id: String,
    /// True when the event id had been received before; nothing was done again.
    pub duplicate: bool,
    /// Runs whose waits the event resolved.
    pub resumed_runs: Vec<String>,
    /// Runs that event triggers started.
    pub started_runs: Vec<String>,
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

/// A row of the `workflow_definitions` table.
///
/// One row per workflow name; its versions live in `workflow_versions`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowDefinition {
    pub name: String,
    pub description: String,
    /// The highest version registered; `register` adds 1.
    pub latest_version: i64,
    pub enabled: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl WorkflowDefinition {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "workflow_definitions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "name",
        "description",
        "latest_version",
        "enabled",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `workflow_versions` table.
///
/// Each registered version of a workflow; versions are immutable.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowVersion {
    /// `<name>@<version>`.
    pub id: String,
    pub workflow_name: String,
    pub version: i64,
    /// The definition exactly as registered.
    pub definition: serde_json::Value,
    /// A JSON Schema that run inputs must match.
    pub input_schema: Option<serde_json::Value>,
    /// Limit on a whole run; a run past it fails.
    pub timeout_ms: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl WorkflowVersion {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "workflow_versions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "workflow_name",
        "version",
        "definition",
        "input_schema",
        "timeout_ms",
        "created_at",
    ];
}

/// A row of the `workflow_steps` table.
///
/// The steps of each version, with their dependencies, conditions and retry policies.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowStep {
    pub version_id: String,
    pub name: String,
    /// Order in the definition, from 0.
    pub position: i64,
    pub kind: StepKind,
    pub action: Option<String>,
    pub params: serde_json::Value,
    /// A JSON array of step names.
    pub depends_on: serde_json::Value,
    pub condition: Option<String>,
    pub timeout_ms: Option<i64>,
    pub on_error: StepErrorAction,
    pub error_step: Option<String>,
    pub retry_initial_interval_ms: i64,
    pub retry_backoff_coefficient: f64,
    /// Null means 100 x `retry_initial_interval_ms`.
    pub retry_maximum_interval_ms: Option<i64>,
    /// Attempts including the first; 1 means no retry and 0 unlimited.
    pub retry_maximum_attempts: i64,
    /// A JSON array of error type names.
    pub retry_non_retryable_errors: serde_json::Value,
    pub retry_jitter: f64,
    pub event_name: Option<String>,
    pub match_field: Option<String>,
    pub match_value: Option<serde_json::Value>,
    pub sleep_ms: Option<i64>,
    pub task: Option<serde_json::Value>,
}

impl WorkflowStep {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "workflow_steps";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "version_id",
        "name",
        "position",
        "kind",
        "action",
        "params",
        "depends_on",
        "condition",
        "timeout_ms",
        "on_error",
        "error_step",
        "retry_initial_interval_ms",
        "retry_backoff_coefficient",
        "retry_maximum_interval_ms",
        "retry_maximum_attempts",
        "retry_non_retryable_errors",
        "retry_jitter",
        "event_name",
        "match_field",
        "match_value",
        "sleep_ms",
        "task",
    ];
}

/// A row of the `triggers` table.
///
/// Event patterns and cron schedules that start runs of a workflow.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Trigger {
    pub id: String,
    pub workflow_name: String,
    pub kind: TriggerKind,
    pub event_pattern: Option<String>,
    pub cron: Option<String>,
    pub time_zone: String,
    pub input: serde_json::Value,
    pub enabled: bool,
    /// For cron triggers: the next time the schedule fires.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub next_fire_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_fired_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Trigger {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "triggers";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "workflow_name",
        "kind",
        "event_pattern",
        "cron",
        "time_zone",
        "input",
        "enabled",
        "next_fire_at",
        "last_fired_at",
        "created_at",
    ];
}

/// A row of the `runs` table.
///
/// Runs of a workflow version. `state` holds the input and each completed step's result.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// `wf_` followed by a random id, unless the caller chose one.
    pub id: String,
    pub workflow_name: String,
    pub version_id: String,
    pub version: i64,
    pub status: RunStatus,
    pub input: serde_json::Value,
    /// `{input, steps: {<name>: result}}`, which `$.path` expressions read.
    pub state: serde_json::Value,
    pub output: Option<serde_json::Value>,
    pub error: Option<String>,
    /// The step whose failure failed the run; `retry` restarts there.
    pub failed_step: Option<String>,
    pub trigger_id: Option<String>,
    /// The event that started the run, for event triggers.
    pub event_id: Option<String>,
    pub replay_of: Option<String>,
    /// When the run times out, from the version's `timeout_ms`.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub deadline_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub paused_at: Option<i64>,
    /// When the run reached completed, failed or cancelled.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Run {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "runs";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "workflow_name",
        "version_id",
        "version",
        "status",
        "input",
        "state",
        "output",
        "error",
        "failed_step",
        "trigger_id",
        "event_id",
        "replay_of",
        "deadline_at",
        "created_at",
        "started_at",
        "paused_at",
        "completed_at",
        "updated_at",
    ];
}

/// A row of the `step_executions` table.
///
/// The state of each step of a run. One row per step: `attempt` counts the attempts started
/// for this step alone, and a completed step's `result` is reused, never recomputed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepExecution {
    pub run_id: String,
    pub step_name: String,
    pub status: StepStatus,
    /// Attempts started so far; 0 before the first.
    pub attempt: i64,
    /// The parameters after `$.path` resolution.
    pub input: Option<serde_json::Value>,
    pub result: Option<serde_json::Value>,
    pub error: Option<String>,
    /// The error's type name, compared with `non_retryable_errors`.
    pub error_type: Option<String>,
    /// When a scheduled retry runs.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub next_attempt_at: Option<i64>,
    /// When the first attempt started.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
    /// From the first attempt's start to completion.
    pub duration_ms: Option<i64>,
}

impl StepExecution {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "step_executions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "run_id",
        "step_name",
        "status",
        "attempt",
        "input",
        "result",
        "error",
        "error_type",
        "next_attempt_at",
        "started_at",
        "completed_at",
        "duration_ms",
    ];
}

/// A row of the `waits` table.
///
/// Open and past waits of runs. An event resolves a `waiting` event wait whose `event_name`
/// matches and whose `match_field` value in the payload equals `match_value`. A wait past
/// `timeout_at` is marked expired, so a later event cannot take it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wait {
    pub id: String,
    pub run_id: String,
    pub step_name: String,
    pub kind: WaitKind,
    pub status: WaitStatus,
    pub event_name: Option<String>,
    pub match_field: Option<String>,
    pub match_value: Option<serde_json::Value>,
    /// For human tasks: the task on the Human object; its resolution arrives as the event `task.resolved`.
    pub task_id: Option<String>,
    /// For sleeps: when the run resumes.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub resume_at: Option<i64>,
    /// For event and human waits: when the wait expires.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub timeout_at: Option<i64>,
    /// The payload of the event that resolved the wait.
    pub payload: Option<serde_json::Value>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// When the wait was resolved, expired or cancelled.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub resolved_at: Option<i64>,
}

impl Wait {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "waits";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "run_id",
        "step_name",
        "kind",
        "status",
        "event_name",
        "match_field",
        "match_value",
        "task_id",
        "resume_at",
        "timeout_at",
        "payload",
        "created_at",
        "resolved_at",
    ];
}

/// A row of the `received_events` table.
///
/// Events received by `send_event`, by id, so that a repeated delivery is not applied twice.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedEvent {
    pub id: String,
    pub name: String,
    pub payload: serde_json::Value,
    pub resumed_runs: serde_json::Value,
    pub started_runs: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub received_at: i64,
}

impl ReceivedEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "received_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "payload",
        "resumed_runs",
        "started_runs",
        "received_at",
    ];
}

/// A row of the `run_history` table.
///
/// The append-only history of each run, numbered from 1 per run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub run_id: String,
    pub seq: i64,
    #[serde(rename = "type")]
    pub r#type: HistoryEventType,
    pub step_name: Option<String>,
    pub attempt: Option<i64>,
    /// Results, errors, retry delays and event payloads.
    pub data: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub at: i64,
}

impl HistoryEntry {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "run_history";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "run_id",
        "seq",
        "type",
        "step_name",
        "attempt",
        "data",
        "at",
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

/// Parameters of the `register` method.
///
/// Registers a new version of a workflow (version 1 for a new name) with its steps, and
/// replaces the workflow's triggers when `triggers` is given. The steps must form a DAG.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterParams {
    pub name: String,
    pub steps: Vec<StepInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggers: Option<Vec<TriggerInput>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_schema: Option<serde_json::Value>,
}

impl RegisterParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "register";
}

/// Parameters of the `getWorkflow` method.
///
/// Returns a workflow with one version (the latest by default), its steps and triggers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetWorkflowParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

impl GetWorkflowParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getWorkflow";
}

/// Parameters of the `listWorkflows` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListWorkflowsParams {}

impl ListWorkflowsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listWorkflows";
}

/// Parameters of the `setWorkflowEnabled` method.
///
/// Enables or disables a workflow; a disabled workflow starts no runs, and its running runs go on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetWorkflowEnabledParams {
    pub name: String,
    pub enabled: bool,
}

impl SetWorkflowEnabledParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setWorkflowEnabled";
}

/// Parameters of the `addTrigger` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddTriggerParams {
    pub workflow_name: String,
    pub trigger: TriggerInput,
}

impl AddTriggerParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addTrigger";
}

/// Parameters of the `removeTrigger` method.
///
/// Deletes a trigger; returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoveTriggerParams {
    pub trigger_id: String,
}

impl RemoveTriggerParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "removeTrigger";
}

/// Parameters of the `listTriggers` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListTriggersParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
}

impl ListTriggersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listTriggers";
}

/// Parameters of the `start` method.
///
/// Starts a run of a workflow version (the latest by default). A `run_id` makes the call
/// idempotent: starting the same id again returns the existing run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartParams {
    pub workflow_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
}

impl StartParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "start";
}

/// Parameters of the `getRun` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetRunParams {
    pub run_id: String,
}

impl GetRunParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getRun";
}

/// Parameters of the `listRuns` method.
///
/// Lists runs, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListRunsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RunStatus>,
    /// Only runs created before this time, for paging.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListRunsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listRuns";
}

/// Parameters of the `pause` method.
///
/// Pauses a running or waiting run; steps in flight finish, and no new step starts until `resume`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PauseParams {
    pub run_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl PauseParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "pause";
}

/// Parameters of the `resume` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResumeParams {
    pub run_id: String,
}

impl ResumeParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "resume";
}

/// Parameters of the `cancel` method.
///
/// Cancels a run that has not finished, and its open waits.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CancelParams {
    pub run_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl CancelParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "cancel";
}

/// Parameters of the `retry` method.
///
/// Resumes a failed run from its failed step with that step's attempt counter reset; steps
/// that completed keep their stored results and are not run again.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RetryParams {
    pub run_id: String,
}

impl RetryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "retry";
}

/// Parameters of the `replay` method.
///
/// Starts a new run with the same workflow version and input as `run_id`, linked by
/// `replay_of`. With `from_step`, steps that completed in the original run and do not depend
/// on `from_step` keep their stored results instead of running again.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplayParams {
    pub run_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_step: Option<String>,
}

impl ReplayParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "replay";
}

/// Parameters of the `sendEvent` method.
///
/// Delivers an event: resolves the waiting waits it matches and starts the workflows whose
/// enabled event triggers match its name. An `event_id` seen before does nothing again.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SendEventParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Value>,
    /// Defaults to a random id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
}

impl SendEventParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "sendEvent";
}

/// Parameters of the `history` method.
///
/// Returns a run's history in order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HistoryParams {
    pub run_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seq: Option<i64>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl HistoryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "history";
}

/// Parameters of the `listWaits` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListWaitsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WaitStatus>,
}

impl ListWaitsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listWaits";
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

/// Payload of the `workflow.registered` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkflowRegistered {
    pub name: String,
    pub version: i64,
}

impl WorkflowRegistered {
    /// Name of the event.
    pub const NAME: &'static str = "workflow.registered";
}

/// Payload of the `run.started` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunStarted {
    pub run_id: String,
    pub workflow_name: String,
    pub version: i64,
}

impl RunStarted {
    /// Name of the event.
    pub const NAME: &'static str = "run.started";
}

/// Payload of the `run.paused` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunPaused {
    pub run_id: String,
}

impl RunPaused {
    /// Name of the event.
    pub const NAME: &'static str = "run.paused";
}

/// Payload of the `run.resumed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunResumed {
    pub run_id: String,
}

impl RunResumed {
    /// Name of the event.
    pub const NAME: &'static str = "run.resumed";
}

/// Payload of the `run.completed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunCompleted {
    pub run_id: String,
    pub workflow_name: String,
    pub output: Option<serde_json::Value>,
}

impl RunCompleted {
    /// Name of the event.
    pub const NAME: &'static str = "run.completed";
}

/// Payload of the `run.failed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunFailed {
    pub run_id: String,
    pub workflow_name: String,
    pub failed_step: Option<String>,
    pub error: String,
}

impl RunFailed {
    /// Name of the event.
    pub const NAME: &'static str = "run.failed";
}

/// Payload of the `run.cancelled` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunCancelled {
    pub run_id: String,
    pub reason: Option<String>,
}

impl RunCancelled {
    /// Name of the event.
    pub const NAME: &'static str = "run.cancelled";
}

/// Payload of the `step.completed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepCompleted {
    pub run_id: String,
    pub step_name: String,
    pub attempt: i64,
}

impl StepCompleted {
    /// Name of the event.
    pub const NAME: &'static str = "step.completed";
}

/// Payload of the `step.failed` event.
///
/// An attempt failed; `retry_at` is set when another attempt is scheduled.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepFailed {
    pub run_id: String,
    pub step_name: String,
    pub attempt: i64,
    pub error: String,
    pub error_type: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub retry_at: Option<i64>,
}

impl StepFailed {
    /// Name of the event.
    pub const NAME: &'static str = "step.failed";
}

/// Payload of the `step.skipped` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepSkipped {
    pub run_id: String,
    pub step_name: String,
}

impl StepSkipped {
    /// Name of the event.
    pub const NAME: &'static str = "step.skipped";
}

/// Payload of the `wait.expired` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WaitExpired {
    pub run_id: String,
    pub wait_id: String,
    pub step_name: String,
}

impl WaitExpired {
    /// Name of the event.
    pub const NAME: &'static str = "wait.expired";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "workflow.registered")]
    WorkflowRegistered(WorkflowRegistered),
    #[serde(rename = "run.started")]
    RunStarted(RunStarted),
    #[serde(rename = "run.paused")]
    RunPaused(RunPaused),
    #[serde(rename = "run.resumed")]
    RunResumed(RunResumed),
    #[serde(rename = "run.completed")]
    RunCompleted(RunCompleted),
    #[serde(rename = "run.failed")]
    RunFailed(RunFailed),
    #[serde(rename = "run.cancelled")]
    RunCancelled(RunCancelled),
    #[serde(rename = "step.completed")]
    StepCompleted(StepCompleted),
    #[serde(rename = "step.failed")]
    StepFailed(StepFailed),
    #[serde(rename = "step.skipped")]
    StepSkipped(StepSkipped),
    #[serde(rename = "wait.expired")]
    WaitExpired(WaitExpired),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::WorkflowRegistered(_) => "workflow.registered",
            Self::RunStarted(_) => "run.started",
            Self::RunPaused(_) => "run.paused",
            Self::RunResumed(_) => "run.resumed",
            Self::RunCompleted(_) => "run.completed",
            Self::RunFailed(_) => "run.failed",
            Self::RunCancelled(_) => "run.cancelled",
            Self::StepCompleted(_) => "step.completed",
            Self::StepFailed(_) => "step.failed",
            Self::StepSkipped(_) => "step.skipped",
            Self::WaitExpired(_) => "wait.expired",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<WorkflowRegistered> for Event {
    fn from(payload: WorkflowRegistered) -> Self {
        Self::WorkflowRegistered(payload)
    }
}

impl std::convert::From<RunStarted> for Event {
    fn from(payload: RunStarted) -> Self {
        Self::RunStarted(payload)
    }
}

impl std::convert::From<RunPaused> for Event {
    fn from(payload: RunPaused) -> Self {
        Self::RunPaused(payload)
    }
}

impl std::convert::From<RunResumed> for Event {
    fn from(payload: RunResumed) -> Self {
        Self::RunResumed(payload)
    }
}

impl std::convert::From<RunCompleted> for Event {
    fn from(payload: RunCompleted) -> Self {
        Self::RunCompleted(payload)
    }
}

impl std::convert::From<RunFailed> for Event {
    fn from(payload: RunFailed) -> Self {
        Self::RunFailed(payload)
    }
}

impl std::convert::From<RunCancelled> for Event {
    fn from(payload: RunCancelled) -> Self {
        Self::RunCancelled(payload)
    }
}

impl std::convert::From<StepCompleted> for Event {
    fn from(payload: StepCompleted) -> Self {
        Self::StepCompleted(payload)
    }
}

impl std::convert::From<StepFailed> for Event {
    fn from(payload: StepFailed) -> Self {
        Self::StepFailed(payload)
    }
}

impl std::convert::From<StepSkipped> for Event {
    fn from(payload: StepSkipped) -> Self {
        Self::StepSkipped(payload)
    }
}

impl std::convert::From<WaitExpired> for Event {
    fn from(payload: WaitExpired) -> Self {
        Self::WaitExpired(payload)
    }
}
