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

/// Stored as its text value.
impl runtime::ToSql for StepKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StepKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StepKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for StepErrorAction {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StepErrorAction {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StepErrorAction`"))
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

/// Stored as its text value.
impl runtime::ToSql for RunStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for RunStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `RunStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for StepStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StepStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StepStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for WaitKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for WaitKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `WaitKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for WaitStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for WaitStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `WaitStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for TriggerKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TriggerKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TriggerKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for HistoryEventType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for HistoryEventType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `HistoryEventType`"))
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/workflow/0001_initial.sql"),
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
        verb: "PUT",
        path: "workflows/{name}",
        method: "register",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "workflows/{name}",
        method: "getWorkflow",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "version",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "workflows",
        method: "listWorkflows",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "workflows/{name}/enabled",
        method: "setWorkflowEnabled",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "workflows/{workflowName}/triggers",
        method: "addTrigger",
        params: &[
            runtime::RouteParam {
                name: "workflowName",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "triggers/{triggerId}",
        method: "removeTrigger",
        params: &[
            runtime::RouteParam {
                name: "triggerId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "triggers",
        method: "listTriggers",
        params: &[
            runtime::RouteParam {
                name: "workflowName",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "workflows/{workflowName}/runs",
        method: "start",
        params: &[
            runtime::RouteParam {
                name: "workflowName",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "runs/{runId}",
        method: "getRun",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "runs",
        method: "listRuns",
        params: &[
            runtime::RouteParam {
                name: "workflowName",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
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
        verb: "POST",
        path: "runs/{runId}/pause",
        method: "pause",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "runs/{runId}/resume",
        method: "resume",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "runs/{runId}/cancel",
        method: "cancel",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "runs/{runId}/retry",
        method: "retry",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "runs/{runId}/replay",
        method: "replay",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "inbox",
        method: "sendEvent",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "runs/{runId}/history",
        method: "history",
        params: &[
            runtime::RouteParam {
                name: "runId",
                kind: runtime::ParamKind::Text,
            },
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
            name: "register",
            permission: "workflows:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getWorkflow",
            permission: "workflows:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listWorkflows",
            permission: "workflows:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setWorkflowEnabled",
            permission: "workflows:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addTrigger",
            permission: "workflows:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "removeTrigger",
            permission: "workflows:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listTriggers",
            permission: "workflows:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "start",
            permission: "runs:start",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getRun",
            permission: "runs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listRuns",
            permission: "runs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "pause",
            permission: "runs:control",
            writes: true,
        },
        runtime::MethodInfo {
            name: "resume",
            permission: "runs:control",
            writes: true,
        },
        runtime::MethodInfo {
            name: "cancel",
            permission: "runs:control",
            writes: true,
        },
        runtime::MethodInfo {
            name: "retry",
            permission: "runs:control",
            writes: true,
        },
        runtime::MethodInfo {
            name: "replay",
            permission: "runs:start",
            writes: true,
        },
        runtime::MethodInfo {
            name: "sendEvent",
            permission: "signals:send",
            writes: true,
        },
        runtime::MethodInfo {
            name: "history",
            permission: "runs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listWaits",
            permission: "runs:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `workflow` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `workflow` spec",
    note = "implement `Methods` of the `workflow` module for `{Self}`, with one async fn for each of: `register`, `get_workflow`, `list_workflows`, `set_workflow_enabled`, `add_trigger`, `remove_trigger`, `list_triggers`, `start`, `get_run`, `list_runs`, `pause`, `resume`, `cancel`, `retry`, `replay`, `send_event`, `history`, `list_waits`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Registers a new version of a workflow (version 1 for a new name) with its steps, and
    /// replaces the workflow's triggers when `triggers` is given. The steps must form a DAG.
    ///
    /// Permission: `workflows:write`. Route: `PUT /workflows/{name}`. Errors: `VALIDATION_ERROR`, `INVALID_DEFINITION`.
    async fn register(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RegisterParams,
    ) -> runtime::Result<WorkflowVersion>;
    /// Returns a workflow with one version (the latest by default), its steps and triggers.
    ///
    /// Permission: `workflows:read`. Route: `GET /workflows/{name}`. Errors: `NOT_FOUND`.
    async fn get_workflow(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetWorkflowParams,
    ) -> runtime::Result<WorkflowDetail>;
    /// Permission: `workflows:read`. Route: `GET /workflows`.
    async fn list_workflows(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<WorkflowDefinition>>;
    /// Enables or disables a workflow; a disabled workflow starts no runs, and its running runs go on.
    ///
    /// Permission: `workflows:write`. Route: `PUT /workflows/{name}/enabled`. Errors: `NOT_FOUND`.
    async fn set_workflow_enabled(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetWorkflowEnabledParams,
    ) -> runtime::Result<WorkflowDefinition>;
    /// Permission: `workflows:write`. Route: `POST /workflows/{workflow_name}/triggers`. Errors: `NOT_FOUND`, `INVALID_DEFINITION`.
    async fn add_trigger(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddTriggerParams,
    ) -> runtime::Result<Trigger>;
    /// Deletes a trigger; returns whether it existed.
    ///
    /// Permission: `workflows:write`. Route: `DELETE /triggers/{trigger_id}`.
    async fn remove_trigger(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RemoveTriggerParams,
    ) -> runtime::Result<bool>;
    /// Permission: `workflows:read`. Route: `GET /triggers`.
    async fn list_triggers(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListTriggersParams,
    ) -> runtime::Result<Vec<Trigger>>;
    /// Starts a run of a workflow version (the latest by default). A `run_id` makes the call
    /// idempotent: starting the same id again returns the existing run.
    ///
    /// Permission: `runs:start`. Route: `POST /workflows/{workflow_name}/runs`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `WORKFLOW_DISABLED`, `CONFLICT`.
    async fn start(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: StartParams,
    ) -> runtime::Result<Run>;
    /// Permission: `runs:read`. Route: `GET /runs/{run_id}`. Errors: `NOT_FOUND`.
    async fn get_run(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetRunParams,
    ) -> runtime::Result<RunDetail>;
    /// Lists runs, newest first.
    ///
    /// Permission: `runs:read`. Route: `GET /runs`. Errors: `VALIDATION_ERROR`.
    async fn list_runs(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListRunsParams,
    ) -> runtime::Result<Vec<Run>>;
    /// Pauses a running or waiting run; steps in flight finish, and no new step starts until `resume`.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/pause`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn pause(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: PauseParams,
    ) -> runtime::Result<Run>;
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/resume`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn resume(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ResumeParams,
    ) -> runtime::Result<Run>;
    /// Cancels a run that has not finished, and its open waits.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn cancel(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CancelParams,
    ) -> runtime::Result<Run>;
    /// Resumes a failed run from its failed step with that step's attempt counter reset; steps
    /// that completed keep their stored results and are not run again.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/retry`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn retry(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RetryParams,
    ) -> runtime::Result<Run>;
    /// Starts a new run with the same workflow version and input as `run_id`, linked by
    /// `replay_of`. With `from_step`, steps that completed in the original run and do not depend
    /// on `from_step` keep their stored results instead of running again.
    ///
    /// Permission: `runs:start`. Route: `POST /runs/{run_id}/replay`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `WORKFLOW_DISABLED`.
    async fn replay(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ReplayParams,
    ) -> runtime::Result<Run>;
    /// Delivers an event: resolves the waiting waits it matches and starts the workflows whose
    /// enabled event triggers match its name. An `event_id` seen before does nothing again.
    ///
    /// Permission: `signals:send`. Route: `POST /inbox`. Errors: `VALIDATION_ERROR`.
    async fn send_event(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SendEventParams,
    ) -> runtime::Result<EventDelivery>;
    /// Returns a run's history in order.
    ///
    /// Permission: `runs:read`. Route: `GET /runs/{run_id}/history`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn history(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: HistoryParams,
    ) -> runtime::Result<Vec<HistoryEntry>>;
    /// Permission: `runs:read`.
    async fn list_waits(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListWaitsParams,
    ) -> runtime::Result<Vec<Wait>>;
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
        "register" => {
            let params: RegisterParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.register(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getWorkflow" => {
            let params: GetWorkflowParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_workflow(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listWorkflows" => {
            let ListWorkflowsParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_workflows(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "setWorkflowEnabled" => {
            let params: SetWorkflowEnabledParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_workflow_enabled(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addTrigger" => {
            let params: AddTriggerParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_trigger(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "removeTrigger" => {
            let params: RemoveTriggerParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.remove_trigger(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listTriggers" => {
            let params: ListTriggersParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_triggers(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "start" => {
            let params: StartParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.start(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getRun" => {
            let params: GetRunParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_run(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listRuns" => {
            let params: ListRunsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_runs(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "pause" => {
            let params: PauseParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.pause(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "resume" => {
            let params: ResumeParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.resume(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "cancel" => {
            let params: CancelParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.cancel(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "retry" => {
            let params: RetryParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.retry(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "replay" => {
            let params: ReplayParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.replay(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "sendEvent" => {
            let params: SendEventParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.send_event(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "history" => {
            let params: HistoryParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.history(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listWaits" => {
            let params: ListWaitsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_waits(ctx, params).await?;
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
    /// Registers a new version of a workflow (version 1 for a new name) with its steps, and
    /// replaces the workflow's triggers when `triggers` is given. The steps must form a DAG.
    ///
    /// Permission: `workflows:write`. Route: `PUT /workflows/{name}`. Errors: `VALIDATION_ERROR`, `INVALID_DEFINITION`.
    pub async fn register(
        &self,
        params: RegisterParams,
    ) -> runtime::Result<WorkflowVersion> {
        self.stub.call_as::<WorkflowVersion>("register", params).await
    }
    /// Returns a workflow with one version (the latest by default), its steps and triggers.
    ///
    /// Permission: `workflows:read`. Route: `GET /workflows/{name}`. Errors: `NOT_FOUND`.
    pub async fn get_workflow(
        &self,
        params: GetWorkflowParams,
    ) -> runtime::Result<WorkflowDetail> {
        self.stub.call_as::<WorkflowDetail>("getWorkflow", params).await
    }
    /// Permission: `workflows:read`. Route: `GET /workflows`.
    pub async fn list_workflows(&self) -> runtime::Result<Vec<WorkflowDefinition>> {
        self.stub
            .call_as::<Vec<WorkflowDefinition>>("listWorkflows", ListWorkflowsParams {})
            .await
    }
    /// Enables or disables a workflow; a disabled workflow starts no runs, and its running runs go on.
    ///
    /// Permission: `workflows:write`. Route: `PUT /workflows/{name}/enabled`. Errors: `NOT_FOUND`.
    pub async fn set_workflow_enabled(
        &self,
        params: SetWorkflowEnabledParams,
    ) -> runtime::Result<WorkflowDefinition> {
        self.stub.call_as::<WorkflowDefinition>("setWorkflowEnabled", params).await
    }
    /// Permission: `workflows:write`. Route: `POST /workflows/{workflow_name}/triggers`. Errors: `NOT_FOUND`, `INVALID_DEFINITION`.
    pub async fn add_trigger(
        &self,
        params: AddTriggerParams,
    ) -> runtime::Result<Trigger> {
        self.stub.call_as::<Trigger>("addTrigger", params).await
    }
    /// Deletes a trigger; returns whether it existed.
    ///
    /// Permission: `workflows:write`. Route: `DELETE /triggers/{trigger_id}`.
    pub async fn remove_trigger(
        &self,
        params: RemoveTriggerParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("removeTrigger", params).await
    }
    /// Permission: `workflows:read`. Route: `GET /triggers`.
    pub async fn list_triggers(
        &self,
        params: ListTriggersParams,
    ) -> runtime::Result<Vec<Trigger>> {
        self.stub.call_as::<Vec<Trigger>>("listTriggers", params).await
    }
    /// Starts a run of a workflow version (the latest by default). A `run_id` makes the call
    /// idempotent: starting the same id again returns the existing run.
    ///
    /// Permission: `runs:start`. Route: `POST /workflows/{workflow_name}/runs`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `WORKFLOW_DISABLED`, `CONFLICT`.
    pub async fn start(&self, params: StartParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("start", params).await
    }
    /// Permission: `runs:read`. Route: `GET /runs/{run_id}`. Errors: `NOT_FOUND`.
    pub async fn get_run(&self, params: GetRunParams) -> runtime::Result<RunDetail> {
        self.stub.call_as::<RunDetail>("getRun", params).await
    }
    /// Lists runs, newest first.
    ///
    /// Permission: `runs:read`. Route: `GET /runs`. Errors: `VALIDATION_ERROR`.
    pub async fn list_runs(&self, params: ListRunsParams) -> runtime::Result<Vec<Run>> {
        self.stub.call_as::<Vec<Run>>("listRuns", params).await
    }
    /// Pauses a running or waiting run; steps in flight finish, and no new step starts until `resume`.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/pause`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn pause(&self, params: PauseParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("pause", params).await
    }
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/resume`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn resume(&self, params: ResumeParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("resume", params).await
    }
    /// Cancels a run that has not finished, and its open waits.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn cancel(&self, params: CancelParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("cancel", params).await
    }
    /// Resumes a failed run from its failed step with that step's attempt counter reset; steps
    /// that completed keep their stored results and are not run again.
    ///
    /// Permission: `runs:control`. Route: `POST /runs/{run_id}/retry`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn retry(&self, params: RetryParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("retry", params).await
    }
    /// Starts a new run with the same workflow version and input as `run_id`, linked by
    /// `replay_of`. With `from_step`, steps that completed in the original run and do not depend
    /// on `from_step` keep their stored results instead of running again.
    ///
    /// Permission: `runs:start`. Route: `POST /runs/{run_id}/replay`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `WORKFLOW_DISABLED`.
    pub async fn replay(&self, params: ReplayParams) -> runtime::Result<Run> {
        self.stub.call_as::<Run>("replay", params).await
    }
    /// Delivers an event: resolves the waiting waits it matches and starts the workflows whose
    /// enabled event triggers match its name. An `event_id` seen before does nothing again.
    ///
    /// Permission: `signals:send`. Route: `POST /inbox`. Errors: `VALIDATION_ERROR`.
    pub async fn send_event(
        &self,
        params: SendEventParams,
    ) -> runtime::Result<EventDelivery> {
        self.stub.call_as::<EventDelivery>("sendEvent", params).await
    }
    /// Returns a run's history in order.
    ///
    /// Permission: `runs:read`. Route: `GET /runs/{run_id}/history`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn history(
        &self,
        params: HistoryParams,
    ) -> runtime::Result<Vec<HistoryEntry>> {
        self.stub.call_as::<Vec<HistoryEntry>>("history", params).await
    }
    /// Permission: `runs:read`.
    pub async fn list_waits(
        &self,
        params: ListWaitsParams,
    ) -> runtime::Result<Vec<Wait>> {
        self.stub.call_as::<Vec<Wait>>("listWaits", params).await
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

impl WorkflowDefinition {
    /// Reads a row of `workflow_definitions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            name: row.get("name")?,
            description: row.get("description")?,
            latest_version: row.get("latest_version")?,
            enabled: row.get("enabled")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.name)])
    }
    /// Returns the accessor of the `workflow_definitions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> WorkflowDefinitionTable<'_> {
        WorkflowDefinitionTable { sql }
    }
}

/// Typed access to the `workflow_definitions` table, inside the transaction of the current call.
pub struct WorkflowDefinitionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl WorkflowDefinitionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &WorkflowDefinition) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_definitions\" (\"name\", \"description\", \"latest_version\", \"enabled\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.latest_version),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &WorkflowDefinition) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_definitions\" (\"name\", \"description\", \"latest_version\", \"enabled\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"name\") DO UPDATE SET \"description\" = excluded.\"description\", \"latest_version\" = excluded.\"latest_version\", \"enabled\" = excluded.\"enabled\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.latest_version),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, name: &str) -> runtime::Result<Option<WorkflowDefinition>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"name\", \"description\", \"latest_version\", \"enabled\", \"created_at\", \"updated_at\" FROM \"workflow_definitions\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        found.as_ref().map(WorkflowDefinition::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &WorkflowDefinition) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"workflow_definitions\" SET \"description\" = ?1, \"latest_version\" = ?2, \"enabled\" = ?3, \"created_at\" = ?4, \"updated_at\" = ?5 WHERE \"name\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.latest_version),
                    runtime::ToSql::to_sql(&row.enabled),
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
                "DELETE FROM \"workflow_definitions\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `workflow_definitions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WorkflowDefinition>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WorkflowDefinition::TABLE, 1)?);
                "SELECT \"name\", \"description\", \"latest_version\", \"enabled\", \"created_at\", \"updated_at\" FROM \"workflow_definitions\" WHERE \"name\" > ?1 ORDER BY \"name\" LIMIT ?2"
            }
            None => {
                "SELECT \"name\", \"description\", \"latest_version\", \"enabled\", \"created_at\", \"updated_at\" FROM \"workflow_definitions\" ORDER BY \"name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WorkflowDefinition::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WorkflowDefinition::TABLE,
                WorkflowDefinition::primary_key,
            ),
        )
    }
}

impl WorkflowVersion {
    /// Reads a row of `workflow_versions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            workflow_name: row.get("workflow_name")?,
            version: row.get("version")?,
            definition: row.get("definition")?,
            input_schema: row.get("input_schema")?,
            timeout_ms: row.get("timeout_ms")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `workflow_versions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> WorkflowVersionTable<'_> {
        WorkflowVersionTable { sql }
    }
}

/// Typed access to the `workflow_versions` table, inside the transaction of the current call.
pub struct WorkflowVersionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl WorkflowVersionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &WorkflowVersion) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_versions\" (\"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.definition),
                    runtime::ToSql::to_sql(&row.input_schema),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &WorkflowVersion) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_versions\" (\"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"workflow_name\" = excluded.\"workflow_name\", \"version\" = excluded.\"version\", \"definition\" = excluded.\"definition\", \"input_schema\" = excluded.\"input_schema\", \"timeout_ms\" = excluded.\"timeout_ms\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.definition),
                    runtime::ToSql::to_sql(&row.input_schema),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<WorkflowVersion>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\" FROM \"workflow_versions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(WorkflowVersion::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &WorkflowVersion) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"workflow_versions\" SET \"workflow_name\" = ?1, \"version\" = ?2, \"definition\" = ?3, \"input_schema\" = ?4, \"timeout_ms\" = ?5, \"created_at\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.definition),
                    runtime::ToSql::to_sql(&row.input_schema),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"workflow_versions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `workflow_versions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WorkflowVersion>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WorkflowVersion::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\" FROM \"workflow_versions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\" FROM \"workflow_versions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WorkflowVersion::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WorkflowVersion::TABLE,
                WorkflowVersion::primary_key,
            ),
        )
    }
    /// Lists the rows whose `workflow_name` and `version` equal the given values, in primary-key order.
    /// The filter uses the index `workflow_versions_workflow_name_version_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_workflow_name_version(
        &self,
        workflow_name: &str,
        version: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WorkflowVersion>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&workflow_name),
            runtime::ToSql::to_sql(&version),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WorkflowVersion::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\" FROM \"workflow_versions\" WHERE \"workflow_name\" = ?1 AND \"version\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"version\", \"definition\", \"input_schema\", \"timeout_ms\", \"created_at\" FROM \"workflow_versions\" WHERE \"workflow_name\" = ?1 AND \"version\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WorkflowVersion::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WorkflowVersion::TABLE,
                WorkflowVersion::primary_key,
            ),
        )
    }
}

impl WorkflowStep {
    /// Reads a row of `workflow_steps` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            version_id: row.get("version_id")?,
            name: row.get("name")?,
            position: row.get("position")?,
            kind: row.get("kind")?,
            action: row.get("action")?,
            params: row.get("params")?,
            depends_on: row.get("depends_on")?,
            condition: row.get("condition")?,
            timeout_ms: row.get("timeout_ms")?,
            on_error: row.get("on_error")?,
            error_step: row.get("error_step")?,
            retry_initial_interval_ms: row.get("retry_initial_interval_ms")?,
            retry_backoff_coefficient: row.get("retry_backoff_coefficient")?,
            retry_maximum_interval_ms: row.get("retry_maximum_interval_ms")?,
            retry_maximum_attempts: row.get("retry_maximum_attempts")?,
            retry_non_retryable_errors: row.get("retry_non_retryable_errors")?,
            retry_jitter: row.get("retry_jitter")?,
            event_name: row.get("event_name")?,
            match_field: row.get("match_field")?,
            match_value: row.get("match_value")?,
            sleep_ms: row.get("sleep_ms")?,
            task: row.get("task")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.version_id),
            runtime::ToSql::to_sql(&self.name),
        ])
    }
    /// Returns the accessor of the `workflow_steps` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> WorkflowStepTable<'_> {
        WorkflowStepTable { sql }
    }
}

/// Typed access to the `workflow_steps` table, inside the transaction of the current call.
pub struct WorkflowStepTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl WorkflowStepTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &WorkflowStep) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_steps\" (\"version_id\", \"name\", \"position\", \"kind\", \"action\", \"params\", \"depends_on\", \"condition\", \"timeout_ms\", \"on_error\", \"error_step\", \"retry_initial_interval_ms\", \"retry_backoff_coefficient\", \"retry_maximum_interval_ms\", \"retry_maximum_attempts\", \"retry_non_retryable_errors\", \"retry_jitter\", \"event_name\", \"match_field\", \"match_value\", \"sleep_ms\", \"task\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                &[
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.position),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.depends_on),
                    runtime::ToSql::to_sql(&row.condition),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.on_error),
                    runtime::ToSql::to_sql(&row.error_step),
                    runtime::ToSql::to_sql(&row.retry_initial_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_backoff_coefficient),
                    runtime::ToSql::to_sql(&row.retry_maximum_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_maximum_attempts),
                    runtime::ToSql::to_sql(&row.retry_non_retryable_errors),
                    runtime::ToSql::to_sql(&row.retry_jitter),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.sleep_ms),
                    runtime::ToSql::to_sql(&row.task),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &WorkflowStep) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"workflow_steps\" (\"version_id\", \"name\", \"position\", \"kind\", \"action\", \"params\", \"depends_on\", \"condition\", \"timeout_ms\", \"on_error\", \"error_step\", \"retry_initial_interval_ms\", \"retry_backoff_coefficient\", \"retry_maximum_interval_ms\", \"retry_maximum_attempts\", \"retry_non_retryable_errors\", \"retry_jitter\", \"event_name\", \"match_field\", \"match_value\", \"sleep_ms\", \"task\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) ON CONFLICT (\"version_id\", \"name\") DO UPDATE SET \"position\" = excluded.\"position\", \"kind\" = excluded.\"kind\", \"action\" = excluded.\"action\", \"params\" = excluded.\"params\", \"depends_on\" = excluded.\"depends_on\", \"condition\" = excluded.\"condition\", \"timeout_ms\" = excluded.\"timeout_ms\", \"on_error\" = excluded.\"on_error\", \"error_step\" = excluded.\"error_step\", \"retry_initial_interval_ms\" = excluded.\"retry_initial_interval_ms\", \"retry_backoff_coefficient\" = excluded.\"retry_backoff_coefficient\", \"retry_maximum_interval_ms\" = excluded.\"retry_maximum_interval_ms\", \"retry_maximum_attempts\" = excluded.\"retry_maximum_attempts\", \"retry_non_retryable_errors\" = excluded.\"retry_non_retryable_errors\", \"retry_jitter\" = excluded.\"retry_jitter\", \"event_name\" = excluded.\"event_name\", \"match_field\" = excluded.\"match_field\", \"match_value\" = excluded.\"match_value\", \"sleep_ms\" = excluded.\"sleep_ms\", \"task\" = excluded.\"task\"",
                &[
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.position),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.depends_on),
                    runtime::ToSql::to_sql(&row.condition),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.on_error),
                    runtime::ToSql::to_sql(&row.error_step),
                    runtime::ToSql::to_sql(&row.retry_initial_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_backoff_coefficient),
                    runtime::ToSql::to_sql(&row.retry_maximum_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_maximum_attempts),
                    runtime::ToSql::to_sql(&row.retry_non_retryable_errors),
                    runtime::ToSql::to_sql(&row.retry_jitter),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.sleep_ms),
                    runtime::ToSql::to_sql(&row.task),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        version_id: &str,
        name: &str,
    ) -> runtime::Result<Option<WorkflowStep>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"version_id\", \"name\", \"position\", \"kind\", \"action\", \"params\", \"depends_on\", \"condition\", \"timeout_ms\", \"on_error\", \"error_step\", \"retry_initial_interval_ms\", \"retry_backoff_coefficient\", \"retry_maximum_interval_ms\", \"retry_maximum_attempts\", \"retry_non_retryable_errors\", \"retry_jitter\", \"event_name\", \"match_field\", \"match_value\", \"sleep_ms\", \"task\" FROM \"workflow_steps\" WHERE \"version_id\" = ?1 AND \"name\" = ?2",
                &[runtime::ToSql::to_sql(&version_id), runtime::ToSql::to_sql(&name)],
            )?;
        found.as_ref().map(WorkflowStep::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &WorkflowStep) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"workflow_steps\" SET \"position\" = ?1, \"kind\" = ?2, \"action\" = ?3, \"params\" = ?4, \"depends_on\" = ?5, \"condition\" = ?6, \"timeout_ms\" = ?7, \"on_error\" = ?8, \"error_step\" = ?9, \"retry_initial_interval_ms\" = ?10, \"retry_backoff_coefficient\" = ?11, \"retry_maximum_interval_ms\" = ?12, \"retry_maximum_attempts\" = ?13, \"retry_non_retryable_errors\" = ?14, \"retry_jitter\" = ?15, \"event_name\" = ?16, \"match_field\" = ?17, \"match_value\" = ?18, \"sleep_ms\" = ?19, \"task\" = ?20 WHERE \"version_id\" = ?21 AND \"name\" = ?22",
                &[
                    runtime::ToSql::to_sql(&row.position),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.depends_on),
                    runtime::ToSql::to_sql(&row.condition),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.on_error),
                    runtime::ToSql::to_sql(&row.error_step),
                    runtime::ToSql::to_sql(&row.retry_initial_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_backoff_coefficient),
                    runtime::ToSql::to_sql(&row.retry_maximum_interval_ms),
                    runtime::ToSql::to_sql(&row.retry_maximum_attempts),
                    runtime::ToSql::to_sql(&row.retry_non_retryable_errors),
                    runtime::ToSql::to_sql(&row.retry_jitter),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.sleep_ms),
                    runtime::ToSql::to_sql(&row.task),
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.name),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, version_id: &str, name: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"workflow_steps\" WHERE \"version_id\" = ?1 AND \"name\" = ?2",
                &[runtime::ToSql::to_sql(&version_id), runtime::ToSql::to_sql(&name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `workflow_steps` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<WorkflowStep>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(WorkflowStep::TABLE, 2)?);
                "SELECT \"version_id\", \"name\", \"position\", \"kind\", \"action\", \"params\", \"depends_on\", \"condition\", \"timeout_ms\", \"on_error\", \"error_step\", \"retry_initial_interval_ms\", \"retry_backoff_coefficient\", \"retry_maximum_interval_ms\", \"retry_maximum_attempts\", \"retry_non_retryable_errors\", \"retry_jitter\", \"event_name\", \"match_field\", \"match_value\", \"sleep_ms\", \"task\" FROM \"workflow_steps\" WHERE (\"version_id\", \"name\") > (?1, ?2) ORDER BY \"version_id\", \"name\" LIMIT ?3"
            }
            None => {
                "SELECT \"version_id\", \"name\", \"position\", \"kind\", \"action\", \"params\", \"depends_on\", \"condition\", \"timeout_ms\", \"on_error\", \"error_step\", \"retry_initial_interval_ms\", \"retry_backoff_coefficient\", \"retry_maximum_interval_ms\", \"retry_maximum_attempts\", \"retry_non_retryable_errors\", \"retry_jitter\", \"event_name\", \"match_field\", \"match_value\", \"sleep_ms\", \"task\" FROM \"workflow_steps\" ORDER BY \"version_id\", \"name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(WorkflowStep::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                WorkflowStep::TABLE,
                WorkflowStep::primary_key,
            ),
        )
    }
}

impl Trigger {
    /// Reads a row of `triggers` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            workflow_name: row.get("workflow_name")?,
            kind: row.get("kind")?,
            event_pattern: row.get("event_pattern")?,
            cron: row.get("cron")?,
            time_zone: row.get("time_zone")?,
            input: row.get("input")?,
            enabled: row.get("enabled")?,
            next_fire_at: row.get("next_fire_at")?,
            last_fired_at: row.get("last_fired_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `triggers` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TriggerTable<'_> {
        TriggerTable { sql }
    }
}

/// Typed access to the `triggers` table, inside the transaction of the current call.
pub struct TriggerTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TriggerTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Trigger) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"triggers\" (\"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.event_pattern),
                    runtime::ToSql::to_sql(&row.cron),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.next_fire_at),
                    runtime::ToSql::to_sql(&row.last_fired_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Trigger) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"triggers\" (\"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"id\") DO UPDATE SET \"workflow_name\" = excluded.\"workflow_name\", \"kind\" = excluded.\"kind\", \"event_pattern\" = excluded.\"event_pattern\", \"cron\" = excluded.\"cron\", \"time_zone\" = excluded.\"time_zone\", \"input\" = excluded.\"input\", \"enabled\" = excluded.\"enabled\", \"next_fire_at\" = excluded.\"next_fire_at\", \"last_fired_at\" = excluded.\"last_fired_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.event_pattern),
                    runtime::ToSql::to_sql(&row.cron),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.next_fire_at),
                    runtime::ToSql::to_sql(&row.last_fired_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Trigger>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Trigger::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Trigger) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"triggers\" SET \"workflow_name\" = ?1, \"kind\" = ?2, \"event_pattern\" = ?3, \"cron\" = ?4, \"time_zone\" = ?5, \"input\" = ?6, \"enabled\" = ?7, \"next_fire_at\" = ?8, \"last_fired_at\" = ?9, \"created_at\" = ?10 WHERE \"id\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.event_pattern),
                    runtime::ToSql::to_sql(&row.cron),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.next_fire_at),
                    runtime::ToSql::to_sql(&row.last_fired_at),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"triggers\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `triggers` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Trigger>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Trigger::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Trigger::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Trigger::TABLE, Trigger::primary_key))
    }
    /// Lists the rows whose `kind` and `enabled` equal the given values, in primary-key order.
    /// The filter uses the index `triggers_kind_enabled_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_kind_enabled(
        &self,
        kind: TriggerKind,
        enabled: bool,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Trigger>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&kind),
            runtime::ToSql::to_sql(&enabled),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Trigger::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"kind\" = ?1 AND \"enabled\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"kind\" = ?1 AND \"enabled\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Trigger::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Trigger::TABLE, Trigger::primary_key))
    }
    /// Lists the rows whose `next_fire_at` equals the given value, in primary-key order.
    /// The filter uses the index `triggers_next_fire_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_next_fire_at(
        &self,
        next_fire_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Trigger>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&next_fire_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Trigger::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"next_fire_at\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"kind\", \"event_pattern\", \"cron\", \"time_zone\", \"input\", \"enabled\", \"next_fire_at\", \"last_fired_at\", \"created_at\" FROM \"triggers\" WHERE \"next_fire_at\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Trigger::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Trigger::TABLE, Trigger::primary_key))
    }
}

impl Run {
    /// Reads a row of `runs` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            workflow_name: row.get("workflow_name")?,
            version_id: row.get("version_id")?,
            version: row.get("version")?,
            status: row.get("status")?,
            input: row.get("input")?,
            state: row.get("state")?,
            output: row.get("output")?,
            error: row.get("error")?,
            failed_step: row.get("failed_step")?,
            trigger_id: row.get("trigger_id")?,
            event_id: row.get("event_id")?,
            replay_of: row.get("replay_of")?,
            deadline_at: row.get("deadline_at")?,
            created_at: row.get("created_at")?,
            started_at: row.get("started_at")?,
            paused_at: row.get("paused_at")?,
            completed_at: row.get("completed_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `runs` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> RunTable<'_> {
        RunTable { sql }
    }
}

/// Typed access to the `runs` table, inside the transaction of the current call.
pub struct RunTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl RunTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Run) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"runs\" (\"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.state),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.failed_step),
                    runtime::ToSql::to_sql(&row.trigger_id),
                    runtime::ToSql::to_sql(&row.event_id),
                    runtime::ToSql::to_sql(&row.replay_of),
                    runtime::ToSql::to_sql(&row.deadline_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.paused_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Run) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"runs\" (\"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) ON CONFLICT (\"id\") DO UPDATE SET \"workflow_name\" = excluded.\"workflow_name\", \"version_id\" = excluded.\"version_id\", \"version\" = excluded.\"version\", \"status\" = excluded.\"status\", \"input\" = excluded.\"input\", \"state\" = excluded.\"state\", \"output\" = excluded.\"output\", \"error\" = excluded.\"error\", \"failed_step\" = excluded.\"failed_step\", \"trigger_id\" = excluded.\"trigger_id\", \"event_id\" = excluded.\"event_id\", \"replay_of\" = excluded.\"replay_of\", \"deadline_at\" = excluded.\"deadline_at\", \"created_at\" = excluded.\"created_at\", \"started_at\" = excluded.\"started_at\", \"paused_at\" = excluded.\"paused_at\", \"completed_at\" = excluded.\"completed_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.state),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.failed_step),
                    runtime::ToSql::to_sql(&row.trigger_id),
                    runtime::ToSql::to_sql(&row.event_id),
                    runtime::ToSql::to_sql(&row.replay_of),
                    runtime::ToSql::to_sql(&row.deadline_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.paused_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Run>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Run::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Run) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"runs\" SET \"workflow_name\" = ?1, \"version_id\" = ?2, \"version\" = ?3, \"status\" = ?4, \"input\" = ?5, \"state\" = ?6, \"output\" = ?7, \"error\" = ?8, \"failed_step\" = ?9, \"trigger_id\" = ?10, \"event_id\" = ?11, \"replay_of\" = ?12, \"deadline_at\" = ?13, \"created_at\" = ?14, \"started_at\" = ?15, \"paused_at\" = ?16, \"completed_at\" = ?17, \"updated_at\" = ?18 WHERE \"id\" = ?19",
                &[
                    runtime::ToSql::to_sql(&row.workflow_name),
                    runtime::ToSql::to_sql(&row.version_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.state),
                    runtime::ToSql::to_sql(&row.output),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.failed_step),
                    runtime::ToSql::to_sql(&row.trigger_id),
                    runtime::ToSql::to_sql(&row.event_id),
                    runtime::ToSql::to_sql(&row.replay_of),
                    runtime::ToSql::to_sql(&row.deadline_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.paused_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.updated_at),
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
                "DELETE FROM \"runs\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `runs` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Run>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Run::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows.iter().map(Run::from_row).collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Run::TABLE, Run::primary_key))
    }
    /// Lists the rows whose `status` and `updated_at` equal the given values, in primary-key order.
    /// The filter uses the index `runs_status_updated_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_updated_at(
        &self,
        status: RunStatus,
        updated_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Run>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&updated_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Run::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"status\" = ?1 AND \"updated_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"status\" = ?1 AND \"updated_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows.iter().map(Run::from_row).collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Run::TABLE, Run::primary_key))
    }
    /// Lists the rows whose `workflow_name` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `runs_workflow_name_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_workflow_name_created_at(
        &self,
        workflow_name: &str,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Run>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&workflow_name),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Run::TABLE, 1)?);
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"workflow_name\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"workflow_name\", \"version_id\", \"version\", \"status\", \"input\", \"state\", \"output\", \"error\", \"failed_step\", \"trigger_id\", \"event_id\", \"replay_of\", \"deadline_at\", \"created_at\", \"started_at\", \"paused_at\", \"completed_at\", \"updated_at\" FROM \"runs\" WHERE \"workflow_name\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows.iter().map(Run::from_row).collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Run::TABLE, Run::primary_key))
    }
}

impl StepExecution {
    /// Reads a row of `step_executions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            run_id: row.get("run_id")?,
            step_name: row.get("step_name")?,
            status: row.get("status")?,
            attempt: row.get("attempt")?,
            input: row.get("input")?,
            result: row.get("result")?,
            error: row.get("error")?,
            error_type: row.get("error_type")?,
            next_attempt_at: row.get("next_attempt_at")?,
            started_at: row.get("started_at")?,
            completed_at: row.get("completed_at")?,
            duration_ms: row.get("duration_ms")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.run_id),
            runtime::ToSql::to_sql(&self.step_name),
        ])
    }
    /// Returns the accessor of the `step_executions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> StepExecutionTable<'_> {
        StepExecutionTable { sql }
    }
}

/// Typed access to the `step_executions` table, inside the transaction of the current call.
pub struct StepExecutionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl StepExecutionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &StepExecution) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"step_executions\" (\"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.next_attempt_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &StepExecution) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"step_executions\" (\"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"run_id\", \"step_name\") DO UPDATE SET \"status\" = excluded.\"status\", \"attempt\" = excluded.\"attempt\", \"input\" = excluded.\"input\", \"result\" = excluded.\"result\", \"error\" = excluded.\"error\", \"error_type\" = excluded.\"error_type\", \"next_attempt_at\" = excluded.\"next_attempt_at\", \"started_at\" = excluded.\"started_at\", \"completed_at\" = excluded.\"completed_at\", \"duration_ms\" = excluded.\"duration_ms\"",
                &[
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.next_attempt_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        run_id: &str,
        step_name: &str,
    ) -> runtime::Result<Option<StepExecution>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"step_executions\" WHERE \"run_id\" = ?1 AND \"step_name\" = ?2",
                &[runtime::ToSql::to_sql(&run_id), runtime::ToSql::to_sql(&step_name)],
            )?;
        found.as_ref().map(StepExecution::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &StepExecution) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"step_executions\" SET \"status\" = ?1, \"attempt\" = ?2, \"input\" = ?3, \"result\" = ?4, \"error\" = ?5, \"error_type\" = ?6, \"next_attempt_at\" = ?7, \"started_at\" = ?8, \"completed_at\" = ?9, \"duration_ms\" = ?10 WHERE \"run_id\" = ?11 AND \"step_name\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.error_type),
                    runtime::ToSql::to_sql(&row.next_attempt_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, run_id: &str, step_name: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"step_executions\" WHERE \"run_id\" = ?1 AND \"step_name\" = ?2",
                &[runtime::ToSql::to_sql(&run_id), runtime::ToSql::to_sql(&step_name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `step_executions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StepExecution>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StepExecution::TABLE, 2)?);
                "SELECT \"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"step_executions\" WHERE (\"run_id\", \"step_name\") > (?1, ?2) ORDER BY \"run_id\", \"step_name\" LIMIT ?3"
            }
            None => {
                "SELECT \"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"step_executions\" ORDER BY \"run_id\", \"step_name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StepExecution::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StepExecution::TABLE,
                StepExecution::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` and `next_attempt_at` equal the given values, in primary-key order.
    /// The filter uses the index `step_executions_status_next_attempt_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_next_attempt_at(
        &self,
        status: StepStatus,
        next_attempt_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StepExecution>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&next_attempt_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StepExecution::TABLE, 2)?);
                "SELECT \"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"step_executions\" WHERE \"status\" = ?1 AND \"next_attempt_at\" IS ?2 AND (\"run_id\", \"step_name\") > (?3, ?4) ORDER BY \"run_id\", \"step_name\" LIMIT ?5"
            }
            None => {
                "SELECT \"run_id\", \"step_name\", \"status\", \"attempt\", \"input\", \"result\", \"error\", \"error_type\", \"next_attempt_at\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"step_executions\" WHERE \"status\" = ?1 AND \"next_attempt_at\" IS ?2 ORDER BY \"run_id\", \"step_name\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StepExecution::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StepExecution::TABLE,
                StepExecution::primary_key,
            ),
        )
    }
}

impl Wait {
    /// Reads a row of `waits` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            run_id: row.get("run_id")?,
            step_name: row.get("step_name")?,
            kind: row.get("kind")?,
            status: row.get("status")?,
            event_name: row.get("event_name")?,
            match_field: row.get("match_field")?,
            match_value: row.get("match_value")?,
            task_id: row.get("task_id")?,
            resume_at: row.get("resume_at")?,
            timeout_at: row.get("timeout_at")?,
            payload: row.get("payload")?,
            created_at: row.get("created_at")?,
            resolved_at: row.get("resolved_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `waits` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> WaitTable<'_> {
        WaitTable { sql }
    }
}

/// Typed access to the `waits` table, inside the transaction of the current call.
pub struct WaitTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl WaitTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Wait) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"waits\" (\"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.resume_at),
                    runtime::ToSql::to_sql(&row.timeout_at),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Wait) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"waits\" (\"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (\"id\") DO UPDATE SET \"run_id\" = excluded.\"run_id\", \"step_name\" = excluded.\"step_name\", \"kind\" = excluded.\"kind\", \"status\" = excluded.\"status\", \"event_name\" = excluded.\"event_name\", \"match_field\" = excluded.\"match_field\", \"match_value\" = excluded.\"match_value\", \"task_id\" = excluded.\"task_id\", \"resume_at\" = excluded.\"resume_at\", \"timeout_at\" = excluded.\"timeout_at\", \"payload\" = excluded.\"payload\", \"created_at\" = excluded.\"created_at\", \"resolved_at\" = excluded.\"resolved_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.resume_at),
                    runtime::ToSql::to_sql(&row.timeout_at),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Wait>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Wait::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Wait) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"waits\" SET \"run_id\" = ?1, \"step_name\" = ?2, \"kind\" = ?3, \"status\" = ?4, \"event_name\" = ?5, \"match_field\" = ?6, \"match_value\" = ?7, \"task_id\" = ?8, \"resume_at\" = ?9, \"timeout_at\" = ?10, \"payload\" = ?11, \"created_at\" = ?12, \"resolved_at\" = ?13 WHERE \"id\" = ?14",
                &[
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.event_name),
                    runtime::ToSql::to_sql(&row.match_field),
                    runtime::ToSql::to_sql(&row.match_value),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.resume_at),
                    runtime::ToSql::to_sql(&row.timeout_at),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
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
                "DELETE FROM \"waits\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `waits` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Wait>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Wait::TABLE, 1)?);
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Wait::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Wait::TABLE, Wait::primary_key))
    }
    /// Lists the rows whose `status` and `event_name` equal the given values, in primary-key order.
    /// The filter uses the index `waits_status_event_name_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_event_name(
        &self,
        status: WaitStatus,
        event_name: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Wait>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&event_name),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Wait::TABLE, 1)?);
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"status\" = ?1 AND \"event_name\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"status\" = ?1 AND \"event_name\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Wait::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Wait::TABLE, Wait::primary_key))
    }
    /// Lists the rows whose `run_id` equals the given value, in primary-key order.
    /// The filter uses the index `waits_run_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_run_id(
        &self,
        run_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Wait>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&run_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Wait::TABLE, 1)?);
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"run_id\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"run_id\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Wait::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Wait::TABLE, Wait::primary_key))
    }
    /// Lists the rows whose `status` and `timeout_at` equal the given values, in primary-key order.
    /// The filter uses the index `waits_status_timeout_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_timeout_at(
        &self,
        status: WaitStatus,
        timeout_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Wait>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&timeout_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Wait::TABLE, 1)?);
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"status\" = ?1 AND \"timeout_at\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"run_id\", \"step_name\", \"kind\", \"status\", \"event_name\", \"match_field\", \"match_value\", \"task_id\", \"resume_at\", \"timeout_at\", \"payload\", \"created_at\", \"resolved_at\" FROM \"waits\" WHERE \"status\" = ?1 AND \"timeout_at\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Wait::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Wait::TABLE, Wait::primary_key))
    }
}

impl ReceivedEvent {
    /// Reads a row of `received_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            payload: row.get("payload")?,
            resumed_runs: row.get("resumed_runs")?,
            started_runs: row.get("started_runs")?,
            received_at: row.get("received_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `received_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ReceivedEventTable<'_> {
        ReceivedEventTable { sql }
    }
}

/// Typed access to the `received_events` table, inside the transaction of the current call.
pub struct ReceivedEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ReceivedEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &ReceivedEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"received_events\" (\"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.resumed_runs),
                    runtime::ToSql::to_sql(&row.started_runs),
                    runtime::ToSql::to_sql(&row.received_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &ReceivedEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"received_events\" (\"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"payload\" = excluded.\"payload\", \"resumed_runs\" = excluded.\"resumed_runs\", \"started_runs\" = excluded.\"started_runs\", \"received_at\" = excluded.\"received_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.resumed_runs),
                    runtime::ToSql::to_sql(&row.started_runs),
                    runtime::ToSql::to_sql(&row.received_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<ReceivedEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\" FROM \"received_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(ReceivedEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &ReceivedEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"received_events\" SET \"name\" = ?1, \"payload\" = ?2, \"resumed_runs\" = ?3, \"started_runs\" = ?4, \"received_at\" = ?5 WHERE \"id\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.resumed_runs),
                    runtime::ToSql::to_sql(&row.started_runs),
                    runtime::ToSql::to_sql(&row.received_at),
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
                "DELETE FROM \"received_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `received_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ReceivedEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ReceivedEvent::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\" FROM \"received_events\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\" FROM \"received_events\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ReceivedEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ReceivedEvent::TABLE,
                ReceivedEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `received_at` equals the given value, in primary-key order.
    /// The filter uses the index `received_events_received_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_received_at(
        &self,
        received_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ReceivedEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&received_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ReceivedEvent::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\" FROM \"received_events\" WHERE \"received_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"name\", \"payload\", \"resumed_runs\", \"started_runs\", \"received_at\" FROM \"received_events\" WHERE \"received_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ReceivedEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ReceivedEvent::TABLE,
                ReceivedEvent::primary_key,
            ),
        )
    }
}

impl HistoryEntry {
    /// Reads a row of `run_history` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            run_id: row.get("run_id")?,
            seq: row.get("seq")?,
            r#type: row.get("type")?,
            step_name: row.get("step_name")?,
            attempt: row.get("attempt")?,
            data: row.get("data")?,
            at: row.get("at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.run_id),
            runtime::ToSql::to_sql(&self.seq),
        ])
    }
    /// Returns the accessor of the `run_history` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> HistoryEntryTable<'_> {
        HistoryEntryTable { sql }
    }
}

/// Typed access to the `run_history` table, inside the transaction of the current call.
pub struct HistoryEntryTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl HistoryEntryTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &HistoryEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"run_history\" (\"run_id\", \"seq\", \"type\", \"step_name\", \"attempt\", \"data\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &HistoryEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"run_history\" (\"run_id\", \"seq\", \"type\", \"step_name\", \"attempt\", \"data\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"run_id\", \"seq\") DO UPDATE SET \"type\" = excluded.\"type\", \"step_name\" = excluded.\"step_name\", \"attempt\" = excluded.\"attempt\", \"data\" = excluded.\"data\", \"at\" = excluded.\"at\"",
                &[
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, run_id: &str, seq: i64) -> runtime::Result<Option<HistoryEntry>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"run_id\", \"seq\", \"type\", \"step_name\", \"attempt\", \"data\", \"at\" FROM \"run_history\" WHERE \"run_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&run_id), runtime::ToSql::to_sql(&seq)],
            )?;
        found.as_ref().map(HistoryEntry::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &HistoryEntry) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"run_history\" SET \"type\" = ?1, \"step_name\" = ?2, \"attempt\" = ?3, \"data\" = ?4, \"at\" = ?5 WHERE \"run_id\" = ?6 AND \"seq\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.step_name),
                    runtime::ToSql::to_sql(&row.attempt),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.at),
                    runtime::ToSql::to_sql(&row.run_id),
                    runtime::ToSql::to_sql(&row.seq),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, run_id: &str, seq: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"run_history\" WHERE \"run_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&run_id), runtime::ToSql::to_sql(&seq)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `run_history` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<HistoryEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(HistoryEntry::TABLE, 2)?);
                "SELECT \"run_id\", \"seq\", \"type\", \"step_name\", \"attempt\", \"data\", \"at\" FROM \"run_history\" WHERE (\"run_id\", \"seq\") > (?1, ?2) ORDER BY \"run_id\", \"seq\" LIMIT ?3"
            }
            None => {
                "SELECT \"run_id\", \"seq\", \"type\", \"step_name\", \"attempt\", \"data\", \"at\" FROM \"run_history\" ORDER BY \"run_id\", \"seq\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(HistoryEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                HistoryEntry::TABLE,
                HistoryEntry::primary_key,
            ),
        )
    }
}
