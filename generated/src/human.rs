//! Types of the `human` object, generated from its spec by `cargo run -p codegen`.
//!
//! One human's or one team's task queue for human-in-the-loop work: approvals, reviews, decisions,
//! inputs, escalations and validations. Tasks are ordered by severity (low < normal < high <
//! urgent < critical), move through an escalation chain when nobody acts in time, and are tracked
//! against SLA targets on calendar time or business hours. An expired approval counts as not
//! approved. Feedback on decisions is stored for improving agents. Durations are milliseconds and
//! timestamps milliseconds since the Unix epoch.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "human";

/// The object's class name.
pub const CLASS: &str = "Human";

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
    "getProfile",
    "updateProfile",
    "createTask",
    "getTask",
    "listTasks",
    "getQueue",
    "assign",
    "unassign",
    "start",
    "respond",
    "approve",
    "reject",
    "defer",
    "escalate",
    "addComment",
    "getStats",
    "slaAtRisk",
    "expiringSoon",
    "createEscalationChain",
    "listEscalationChains",
    "deleteEscalationChain",
    "setSlaPolicy",
    "listSlaPolicies",
    "deleteSlaPolicy",
    "submitFeedback",
    "listFeedback",
    "markFeedbackProcessed",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "task.created",
    "task.assigned",
    "task.started",
    "task.resolved",
    "task.deferred",
    "task.escalated",
    "sla.warning",
    "sla.breached",
    "feedback.submitted",
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
pub enum TaskType {
    Approval,
    Review,
    Decision,
    Input,
    Escalation,
    Validation,
}

impl TaskType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Approval,
        Self::Review,
        Self::Decision,
        Self::Input,
        Self::Escalation,
        Self::Validation,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Approval => "approval",
            Self::Review => "review",
            Self::Decision => "decision",
            Self::Input => "input",
            Self::Escalation => "escalation",
            Self::Validation => "validation",
        }
    }
}

impl std::fmt::Display for TaskType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for TaskType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TaskType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TaskType`"))
    }
}

/// Severity, lowest first. Tasks store it with `priority_rank` (1..5) so that they sort by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskPriority {
    Low,
    Normal,
    High,
    Urgent,
    Critical,
}

impl TaskPriority {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Low,
        Self::Normal,
        Self::High,
        Self::Urgent,
        Self::Critical,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
            Self::Critical => "critical",
        }
    }
}

impl std::fmt::Display for TaskPriority {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for TaskPriority {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TaskPriority {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TaskPriority`"))
    }
}

/// `deferred` tasks are postponed, not done: they come back at `deferred_until` and still count as open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Pending,
    Assigned,
    InProgress,
    Completed,
    Rejected,
    Expired,
    Escalated,
    Deferred,
}

impl TaskStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Assigned,
        Self::InProgress,
        Self::Completed,
        Self::Rejected,
        Self::Expired,
        Self::Escalated,
        Self::Deferred,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Assigned => "assigned",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
            Self::Escalated => "escalated",
            Self::Deferred => "deferred",
        }
    }
}

impl std::fmt::Display for TaskStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for TaskStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TaskStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TaskStatus`"))
    }
}

/// How a task was resolved. `expired` means nobody acted before the task expired; for an
/// approval it counts as not approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    Approved,
    Rejected,
    Responded,
    Expired,
}

impl DecisionOutcome {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Approved,
        Self::Rejected,
        Self::Responded,
        Self::Expired,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Responded => "responded",
            Self::Expired => "expired",
        }
    }
}

impl std::fmt::Display for DecisionOutcome {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for DecisionOutcome {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DecisionOutcome {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DecisionOutcome`"))
    }
}

/// `system` decisions come from an SLA breach action or from expiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeciderType {
    Human,
    System,
}

impl DeciderType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Human, Self::System];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Human => "human",
            Self::System => "system",
        }
    }
}

impl std::fmt::Display for DeciderType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for DeciderType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DeciderType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DeciderType`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreachAction {
    Escalate,
    AutoApprove,
    AutoReject,
    Notify,
}

impl BreachAction {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Escalate,
        Self::AutoApprove,
        Self::AutoReject,
        Self::Notify,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Escalate => "escalate",
            Self::AutoApprove => "auto_approve",
            Self::AutoReject => "auto_reject",
            Self::Notify => "notify",
        }
    }
}

impl std::fmt::Display for BreachAction {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for BreachAction {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for BreachAction {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `BreachAction`"))
    }
}

/// `calendar` counts every millisecond; `business_hours` counts only working hours of working days that are not holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlaClock {
    Calendar,
    BusinessHours,
}

impl SlaClock {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Calendar, Self::BusinessHours];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Calendar => "calendar",
            Self::BusinessHours => "business_hours",
        }
    }
}

impl std::fmt::Display for SlaClock {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for SlaClock {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SlaClock {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SlaClock`"))
    }
}

/// `response` is met by the first assignment or start; `resolution` by completion or rejection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlaTargetKind {
    Response,
    Resolution,
}

impl SlaTargetKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Response, Self::Resolution];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Response => "response",
            Self::Resolution => "resolution",
        }
    }
}

impl std::fmt::Display for SlaTargetKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for SlaTargetKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SlaTargetKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SlaTargetKind`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EscalationReason {
    Timeout,
    Manual,
    SlaBreach,
}

impl EscalationReason {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Timeout, Self::Manual, Self::SlaBreach];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::Manual => "manual",
            Self::SlaBreach => "sla_breach",
        }
    }
}

impl std::fmt::Display for EscalationReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for EscalationReason {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for EscalationReason {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `EscalationReason`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueKind {
    Person,
    Team,
}

impl QueueKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Person, Self::Team];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Team => "team",
        }
    }
}

impl std::fmt::Display for QueueKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for QueueKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for QueueKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `QueueKind`"))
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EscalationLevelInput {
    /// Principals who may act at this level.
    pub assignees: Vec<String>,
    /// How long this level has before the task moves on; at least 1.
    pub timeout_ms: i64,
    /// Channels to notify, such as `email` or `webhook`.
    pub notify_via: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaTargetInput {
    pub priority: TaskPriority,
    pub response_target_ms: Option<i64>,
    pub resolution_target_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EscalationChainDetail {
    pub chain: EscalationChain,
    pub levels: Vec<EscalationLevel>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaPolicyDetail {
    pub policy: SlaPolicy,
    pub targets: Vec<SlaTarget>,
}

/// A task with its decision, comments, escalations and status history.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDetail {
    pub task: Task,
    pub decision: Option<Decision>,
    pub comments: Vec<Comment>,
    pub escalations: Vec<Escalation>,
    pub transitions: Vec<TaskTransition>,
}

/// Counts by status and SLA compliance, over tasks created since `since` (all tasks when null).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskStats {
    /// Milliseconds since the Unix epoch, UTC.
    pub since: Option<i64>,
    pub total: i64,
    pub pending: i64,
    pub assigned: i64,
    pub in_progress: i64,
    pub completed: i64,
    pub rejected: i64,
    pub expired: i64,
    pub escalated: i64,
    pub deferred: i64,
    /// Approval tasks resolved as approved.
    pub approved: i64,
    /// Mean time from creation to first response.
    pub average_response_ms: Option<f64>,
    /// Mean time from creation to resolution.
    pub average_resolution_ms: Option<f64>,
    /// Resolved tasks that had a resolution target.
    pub sla_tracked: i64,
    pub sla_met: i64,
    pub sla_breached: i64,
    /// sla_met / sla_tracked; null when nothing was tracked.
    pub sla_compliance: Option<f64>,
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

/// A row of the `queue_profile` table.
///
/// Who works this queue and its defaults. A single row (`id` = 1).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueProfile {
    pub id: i64,
    pub name: String,
    pub kind: QueueKind,
    /// Principals who work this queue.
    pub members: serde_json::Value,
    pub email: Option<String>,
    /// An IANA time zone for displaying due times.
    pub time_zone: String,
    pub default_priority: TaskPriority,
    pub default_sla_policy_id: Option<String>,
    pub default_escalation_chain_id: Option<String>,
    /// Tasks created without an expiry expire this long after creation; null means never.
    pub default_expiry_ms: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl QueueProfile {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "queue_profile";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "members",
        "email",
        "time_zone",
        "default_priority",
        "default_sla_policy_id",
        "default_escalation_chain_id",
        "default_expiry_ms",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `tasks` table.
///
/// The tasks. `priority_rank` mirrors `priority` (low = 1 ... critical = 5), so ordering by it
/// is ordering by severity. SLA due times are computed on creation from the SLA policy's clock.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub id: String,
    #[serde(rename = "type")]
    pub r#type: TaskType,
    pub title: String,
    pub description: String,
    pub status: TaskStatus,
    pub priority: TaskPriority,
    /// 1 (low) to 5 (critical), kept equal to `priority` by a check.
    pub priority_rank: i64,
    pub assignee: Option<String>,
    /// Principals who may take the task; the current escalation level's assignees.
    pub candidates: serde_json::Value,
    /// Who asked: a principal, an agent or a workflow run.
    pub requester: Option<String>,
    /// Where to send the resolution, such as `{object: workflow, name, run_id, step}`.
    pub callback: Option<serde_json::Value>,
    /// What the human reviews or decides on.
    pub input: serde_json::Value,
    /// For decisions: the allowed choices.
    pub options: Option<serde_json::Value>,
    pub response: Option<serde_json::Value>,
    pub outcome: Option<DecisionOutcome>,
    pub tags: serde_json::Value,
    pub metadata: serde_json::Value,
    /// A repeated `create_task` with the same key returns the first task.
    pub idempotency_key: Option<String>,
    pub escalation_chain_id: Option<String>,
    /// 0 before the first escalation; then the chain level, from 1.
    pub escalation_level: i64,
    /// When the current escalation level times out.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub level_deadline_at: Option<i64>,
    pub sla_policy_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub response_due_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub resolution_due_at: Option<i64>,
    /// When the SLA warning fires: the earlier due time minus the policy's `warning_before_ms`.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub sla_warning_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub sla_warned_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub response_breached_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub resolution_breached_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub deferred_until: Option<i64>,
    pub defer_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub first_response_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub assigned_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: Option<i64>,
    /// When the task reached completed, rejected or expired.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub resolved_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Task {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "tasks";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "type",
        "title",
        "description",
        "status",
        "priority",
        "priority_rank",
        "assignee",
        "candidates",
        "requester",
        "callback",
        "input",
        "options",
        "response",
        "outcome",
        "tags",
        "metadata",
        "idempotency_key",
        "escalation_chain_id",
        "escalation_level",
        "level_deadline_at",
        "sla_policy_id",
        "response_due_at",
        "resolution_due_at",
        "sla_warning_at",
        "sla_warned_at",
        "response_breached_at",
        "resolution_breached_at",
        "expires_at",
        "deferred_until",
        "defer_count",
        "first_response_at",
        "assigned_at",
        "started_at",
        "resolved_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `decisions` table.
///
/// The resolution of each resolved task, one per task. A rejection's comment goes back to the requester as feedback.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub id: String,
    pub task_id: String,
    pub outcome: DecisionOutcome,
    pub response: Option<serde_json::Value>,
    pub comment: Option<String>,
    /// The principal, or `system` for SLA actions and expiry.
    pub decided_by: String,
    pub decider_type: DeciderType,
    /// Why a system decision was made, such as `sla_breach` or `expired`.
    pub reason: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Decision {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "decisions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "task_id",
        "outcome",
        "response",
        "comment",
        "decided_by",
        "decider_type",
        "reason",
        "created_at",
    ];
}

/// A row of the `comments` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: String,
    pub task_id: String,
    pub author: String,
    pub body: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Comment {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "comments";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "task_id",
        "author",
        "body",
        "created_at",
    ];
}

/// A row of the `task_transitions` table.
///
/// Every status change of every task, numbered from 1 per task.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskTransition {
    pub task_id: String,
    pub seq: i64,
    pub from_status: Option<TaskStatus>,
    pub to_status: TaskStatus,
    /// The principal, or null for changes made by the object's alarm.
    pub actor: Option<String>,
    pub reason: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub at: i64,
}

impl TaskTransition {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "task_transitions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "task_id",
        "seq",
        "from_status",
        "to_status",
        "actor",
        "reason",
        "at",
    ];
}

/// A row of the `escalation_chains` table.
///
/// Ordered levels that a task moves through when nobody acts in time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EscalationChain {
    pub id: String,
    pub name: String,
    /// After the last level, start again at level 1 instead of expiring the task.
    pub repeat: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl EscalationChain {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "escalation_chains";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "repeat",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `escalation_levels` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EscalationLevel {
    pub chain_id: String,
    pub level: i64,
    /// A JSON array of principals.
    pub assignees: serde_json::Value,
    pub timeout_ms: i64,
    pub notify_via: serde_json::Value,
}

impl EscalationLevel {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "escalation_levels";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "chain_id",
        "level",
        "assignees",
        "timeout_ms",
        "notify_via",
    ];
}

/// A row of the `escalations` table.
///
/// Each escalation of a task.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Escalation {
    pub id: String,
    pub task_id: String,
    pub from_level: i64,
    pub to_level: i64,
    pub to_assignees: serde_json::Value,
    pub reason: EscalationReason,
    /// The principal for manual escalations.
    pub escalated_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Escalation {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "escalations";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "task_id",
        "from_level",
        "to_level",
        "to_assignees",
        "reason",
        "escalated_by",
        "created_at",
    ];
}

/// A row of the `sla_policies` table.
///
/// Response and resolution targets per priority (in `sla_targets`), the clock they run on and
/// what happens on a breach. Business hours run from `business_hours_start_minute` to
/// `business_hours_end_minute` (minutes after local midnight) on `working_days`, except `holidays`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaPolicy {
    pub id: String,
    pub name: String,
    pub clock: SlaClock,
    /// An IANA time zone for business hours and holidays.
    pub time_zone: String,
    /// ISO 8601 weekday numbers, 1 = Monday ... 7 = Sunday.
    pub working_days: serde_json::Value,
    pub business_hours_start_minute: i64,
    pub business_hours_end_minute: i64,
    /// Local dates `YYYY-MM-DD` that are not working days.
    pub holidays: serde_json::Value,
    /// How long before a breach the warning fires; 0 sends none.
    pub warning_before_ms: i64,
    pub breach_action: BreachAction,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl SlaPolicy {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "sla_policies";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "clock",
        "time_zone",
        "working_days",
        "business_hours_start_minute",
        "business_hours_end_minute",
        "holidays",
        "warning_before_ms",
        "breach_action",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `sla_targets` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaTarget {
    pub policy_id: String,
    pub priority: TaskPriority,
    pub response_target_ms: Option<i64>,
    pub resolution_target_ms: Option<i64>,
}

impl SlaTarget {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "sla_targets";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "policy_id",
        "priority",
        "response_target_ms",
        "resolution_target_ms",
    ];
}

/// A row of the `feedback` table.
///
/// Feedback on decisions and on the work humans reviewed, kept to improve agents.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub id: String,
    pub task_id: Option<String>,
    /// Whose work the feedback is about, such as an agent instance name.
    pub subject: Option<String>,
    pub rating: Option<i64>,
    pub comment: Option<String>,
    /// What the right output would have been.
    pub correction: Option<serde_json::Value>,
    pub submitted_by: String,
    pub processed: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub processed_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Feedback {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "feedback";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "task_id",
        "subject",
        "rating",
        "comment",
        "correction",
        "submitted_by",
        "processed",
        "processed_at",
        "created_at",
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

/// Parameters of the `getProfile` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetProfileParams {}

impl GetProfileParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getProfile";
}

/// Parameters of the `updateProfile` method.
///
/// Changes the fields given and leaves the others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateProfileParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<QueueKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_priority: Option<TaskPriority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_sla_policy_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_escalation_chain_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_expiry_ms: Option<i64>,
}

impl UpdateProfileParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateProfile";
}

/// Parameters of the `createTask` method.
///
/// Creates a task, computes its SLA due times and schedules its expiry, escalation and SLA
/// checks. With an `assignee` it starts as assigned.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateTaskParams {
    #[serde(rename = "type")]
    pub r#type: TaskType,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<TaskPriority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_chain_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

impl CreateTaskParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createTask";
}

/// Parameters of the `getTask` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTaskParams {
    pub task_id: String,
}

impl GetTaskParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getTask";
}

/// Parameters of the `listTasks` method.
///
/// Lists tasks, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListTasksParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskStatus>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Only tasks created before this time, for paging.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListTasksParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listTasks";
}

/// Parameters of the `getQueue` method.
///
/// Returns the open tasks (pending, assigned, in_progress, escalated, and deferred ones whose
/// time has come) by severity, highest first, then earliest resolution due time, then oldest.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetQueueParams {
    /// Only tasks assigned to, or offered to, this principal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetQueueParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getQueue";
}

/// Parameters of the `assign` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssignParams {
    pub task_id: String,
    pub assignee: String,
}

impl AssignParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "assign";
}

/// Parameters of the `unassign` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnassignParams {
    pub task_id: String,
}

impl UnassignParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "unassign";
}

/// Parameters of the `start` method.
///
/// Marks the task in progress; an unassigned task is assigned to the caller.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartParams {
    pub task_id: String,
}

impl StartParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "start";
}

/// Parameters of the `respond` method.
///
/// Completes a decision, input, escalation, review or validation task with the response (a
/// decision's response must be one of its options). Approval tasks take `approve` or `reject`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RespondParams {
    pub task_id: String,
    pub response: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl RespondParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "respond";
}

/// Parameters of the `approve` method.
///
/// Resolves an approval, review or validation task as approved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApproveParams {
    pub task_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl ApproveParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "approve";
}

/// Parameters of the `reject` method.
///
/// Resolves an approval, review or validation task as rejected; the comment is returned to the requester as feedback.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RejectParams {
    pub task_id: String,
    pub comment: String,
}

impl RejectParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "reject";
}

/// Parameters of the `defer` method.
///
/// Postpones the task until `until` (or indefinitely); it stays open and its SLA clock keeps running.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeferParams {
    pub task_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl DeferParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "defer";
}

/// Parameters of the `escalate` method.
///
/// Moves the task to the next level of its escalation chain, or to `assignees` when given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EscalateParams {
    pub task_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<String>>,
}

impl EscalateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "escalate";
}

/// Parameters of the `addComment` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddCommentParams {
    pub task_id: String,
    pub body: String,
}

impl AddCommentParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addComment";
}

/// Parameters of the `getStats` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetStatsParams {
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
}

impl GetStatsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getStats";
}

/// Parameters of the `slaAtRisk` method.
///
/// Returns open tasks whose response or resolution is due within `within_ms` (default one hour) or already breached, soonest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SlaAtRiskParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_ms: Option<i64>,
}

impl SlaAtRiskParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "slaAtRisk";
}

/// Parameters of the `expiringSoon` method.
///
/// Returns open tasks that expire within `within_ms` (default one hour), soonest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExpiringSoonParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within_ms: Option<i64>,
}

impl ExpiringSoonParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "expiringSoon";
}

/// Parameters of the `createEscalationChain` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateEscalationChainParams {
    pub name: String,
    pub levels: Vec<EscalationLevelInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<bool>,
}

impl CreateEscalationChainParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createEscalationChain";
}

/// Parameters of the `listEscalationChains` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListEscalationChainsParams {}

impl ListEscalationChainsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listEscalationChains";
}

/// Parameters of the `deleteEscalationChain` method.
///
/// Deletes a chain; tasks on it keep their current assignees and stop escalating. Returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteEscalationChainParams {
    pub chain_id: String,
}

impl DeleteEscalationChainParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteEscalationChain";
}

/// Parameters of the `setSlaPolicy` method.
///
/// Creates or replaces the policy of this name with its targets; open tasks keep their due times.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetSlaPolicyParams {
    pub name: String,
    pub targets: Vec<SlaTargetInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<SlaClock>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_days: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_hours_start_minute: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_hours_end_minute: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holidays: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning_before_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breach_action: Option<BreachAction>,
}

impl SetSlaPolicyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setSlaPolicy";
}

/// Parameters of the `listSlaPolicies` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSlaPoliciesParams {}

impl ListSlaPoliciesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listSlaPolicies";
}

/// Parameters of the `deleteSlaPolicy` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteSlaPolicyParams {
    pub policy_id: String,
}

impl DeleteSlaPolicyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteSlaPolicy";
}

/// Parameters of the `submitFeedback` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubmitFeedbackParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<serde_json::Value>,
}

impl SubmitFeedbackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "submitFeedback";
}

/// Parameters of the `listFeedback` method.
///
/// Lists feedback, oldest first; `processed` false lists what agents have not learned from yet.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListFeedbackParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processed: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListFeedbackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listFeedback";
}

/// Parameters of the `markFeedbackProcessed` method.
///
/// Marks feedback processed; returns how many rows changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MarkFeedbackProcessedParams {
    pub feedback_ids: Vec<String>,
}

impl MarkFeedbackProcessedParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "markFeedbackProcessed";
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

/// Payload of the `task.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskCreated {
    pub task_id: String,
    #[serde(rename = "type")]
    pub r#type: TaskType,
    pub priority: TaskPriority,
    pub assignee: Option<String>,
}

impl TaskCreated {
    /// Name of the event.
    pub const NAME: &'static str = "task.created";
}

/// Payload of the `task.assigned` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskAssigned {
    pub task_id: String,
    pub assignee: Option<String>,
}

impl TaskAssigned {
    /// Name of the event.
    pub const NAME: &'static str = "task.assigned";
}

/// Payload of the `task.started` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskStarted {
    pub task_id: String,
    pub assignee: String,
}

impl TaskStarted {
    /// Name of the event.
    pub const NAME: &'static str = "task.started";
}

/// Payload of the `task.resolved` event.
///
/// A task reached completed, rejected or expired. `approved` is true only for an approval resolved as approved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskResolved {
    pub task_id: String,
    #[serde(rename = "type")]
    pub r#type: TaskType,
    pub outcome: DecisionOutcome,
    pub approved: bool,
    pub response: Option<serde_json::Value>,
    pub comment: Option<String>,
    pub requester: Option<String>,
    pub callback: Option<serde_json::Value>,
}

impl TaskResolved {
    /// Name of the event.
    pub const NAME: &'static str = "task.resolved";
}

/// Payload of the `task.deferred` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDeferred {
    pub task_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub until: Option<i64>,
}

impl TaskDeferred {
    /// Name of the event.
    pub const NAME: &'static str = "task.deferred";
}

/// Payload of the `task.escalated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskEscalated {
    pub task_id: String,
    pub level: i64,
    pub assignees: Vec<String>,
    pub reason: EscalationReason,
}

impl TaskEscalated {
    /// Name of the event.
    pub const NAME: &'static str = "task.escalated";
}

/// Payload of the `sla.warning` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaWarning {
    pub task_id: String,
    pub target: SlaTargetKind,
    /// Milliseconds since the Unix epoch, UTC.
    pub due_at: i64,
}

impl SlaWarning {
    /// Name of the event.
    pub const NAME: &'static str = "sla.warning";
}

/// Payload of the `sla.breached` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlaBreached {
    pub task_id: String,
    pub target: SlaTargetKind,
    pub action: BreachAction,
}

impl SlaBreached {
    /// Name of the event.
    pub const NAME: &'static str = "sla.breached";
}

/// Payload of the `feedback.submitted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackSubmitted {
    pub feedback_id: String,
    pub task_id: Option<String>,
}

impl FeedbackSubmitted {
    /// Name of the event.
    pub const NAME: &'static str = "feedback.submitted";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "task.created")]
    TaskCreated(TaskCreated),
    #[serde(rename = "task.assigned")]
    TaskAssigned(TaskAssigned),
    #[serde(rename = "task.started")]
    TaskStarted(TaskStarted),
    #[serde(rename = "task.resolved")]
    TaskResolved(TaskResolved),
    #[serde(rename = "task.deferred")]
    TaskDeferred(TaskDeferred),
    #[serde(rename = "task.escalated")]
    TaskEscalated(TaskEscalated),
    #[serde(rename = "sla.warning")]
    SlaWarning(SlaWarning),
    #[serde(rename = "sla.breached")]
    SlaBreached(SlaBreached),
    #[serde(rename = "feedback.submitted")]
    FeedbackSubmitted(FeedbackSubmitted),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::TaskCreated(_) => "task.created",
            Self::TaskAssigned(_) => "task.assigned",
            Self::TaskStarted(_) => "task.started",
            Self::TaskResolved(_) => "task.resolved",
            Self::TaskDeferred(_) => "task.deferred",
            Self::TaskEscalated(_) => "task.escalated",
            Self::SlaWarning(_) => "sla.warning",
            Self::SlaBreached(_) => "sla.breached",
            Self::FeedbackSubmitted(_) => "feedback.submitted",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<TaskCreated> for Event {
    fn from(payload: TaskCreated) -> Self {
        Self::TaskCreated(payload)
    }
}

impl std::convert::From<TaskAssigned> for Event {
    fn from(payload: TaskAssigned) -> Self {
        Self::TaskAssigned(payload)
    }
}

impl std::convert::From<TaskStarted> for Event {
    fn from(payload: TaskStarted) -> Self {
        Self::TaskStarted(payload)
    }
}

impl std::convert::From<TaskResolved> for Event {
    fn from(payload: TaskResolved) -> Self {
        Self::TaskResolved(payload)
    }
}

impl std::convert::From<TaskDeferred> for Event {
    fn from(payload: TaskDeferred) -> Self {
        Self::TaskDeferred(payload)
    }
}

impl std::convert::From<TaskEscalated> for Event {
    fn from(payload: TaskEscalated) -> Self {
        Self::TaskEscalated(payload)
    }
}

impl std::convert::From<SlaWarning> for Event {
    fn from(payload: SlaWarning) -> Self {
        Self::SlaWarning(payload)
    }
}

impl std::convert::From<SlaBreached> for Event {
    fn from(payload: SlaBreached) -> Self {
        Self::SlaBreached(payload)
    }
}

impl std::convert::From<FeedbackSubmitted> for Event {
    fn from(payload: FeedbackSubmitted) -> Self {
        Self::FeedbackSubmitted(payload)
    }
}

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/human/0001_initial.sql"),
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
        method: "getProfile",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "profile",
        method: "updateProfile",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks",
        method: "createTask",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "tasks/{taskId}",
        method: "getTask",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "tasks",
        method: "listTasks",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "type",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "assignee",
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
        verb: "GET",
        path: "queue",
        method: "getQueue",
        params: &[
            runtime::RouteParam {
                name: "assignee",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/assign",
        method: "assign",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/unassign",
        method: "unassign",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/start",
        method: "start",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/respond",
        method: "respond",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/approve",
        method: "approve",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/reject",
        method: "reject",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/defer",
        method: "defer",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/escalate",
        method: "escalate",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tasks/{taskId}/comments",
        method: "addComment",
        params: &[
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "stats",
        method: "getStats",
        params: &[
            runtime::RouteParam {
                name: "since",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "sla/at-risk",
        method: "slaAtRisk",
        params: &[
            runtime::RouteParam {
                name: "withinMs",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "expiring",
        method: "expiringSoon",
        params: &[
            runtime::RouteParam {
                name: "withinMs",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "escalation-chains",
        method: "createEscalationChain",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "escalation-chains",
        method: "listEscalationChains",
        params: &[],
    },
    runtime::Route {
        verb: "DELETE",
        path: "escalation-chains/{chainId}",
        method: "deleteEscalationChain",
        params: &[
            runtime::RouteParam {
                name: "chainId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "sla-policies/{name}",
        method: "setSlaPolicy",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "sla-policies",
        method: "listSlaPolicies",
        params: &[],
    },
    runtime::Route {
        verb: "DELETE",
        path: "sla-policies/{policyId}",
        method: "deleteSlaPolicy",
        params: &[
            runtime::RouteParam {
                name: "policyId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "feedback",
        method: "submitFeedback",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "feedback",
        method: "listFeedback",
        params: &[
            runtime::RouteParam {
                name: "processed",
                kind: runtime::ParamKind::Boolean,
            },
            runtime::RouteParam {
                name: "taskId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "subject",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "feedback/processed",
        method: "markFeedbackProcessed",
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
            name: "getProfile",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateProfile",
            permission: "queue:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createTask",
            permission: "tasks:create",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getTask",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listTasks",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getQueue",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "assign",
            permission: "tasks:assign",
            writes: true,
        },
        runtime::MethodInfo {
            name: "unassign",
            permission: "tasks:assign",
            writes: true,
        },
        runtime::MethodInfo {
            name: "start",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "respond",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "approve",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "reject",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "defer",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "escalate",
            permission: "tasks:escalate",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addComment",
            permission: "tasks:work",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getStats",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "slaAtRisk",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "expiringSoon",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createEscalationChain",
            permission: "queue:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listEscalationChains",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "deleteEscalationChain",
            permission: "queue:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "setSlaPolicy",
            permission: "queue:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listSlaPolicies",
            permission: "tasks:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "deleteSlaPolicy",
            permission: "queue:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "submitFeedback",
            permission: "feedback:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listFeedback",
            permission: "feedback:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "markFeedbackProcessed",
            permission: "feedback:write",
            writes: true,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `human` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `human` spec",
    note = "implement `Methods` of the `human` module for `{Self}`, with one async fn for each of: `get_profile`, `update_profile`, `create_task`, `get_task`, `list_tasks`, `get_queue`, `assign`, `unassign`, `start`, `respond`, `approve`, `reject`, `defer`, `escalate`, `add_comment`, `get_stats`, `sla_at_risk`, `expiring_soon`, `create_escalation_chain`, `list_escalation_chains`, `delete_escalation_chain`, `set_sla_policy`, `list_sla_policies`, `delete_sla_policy`, `submit_feedback`, `list_feedback`, `mark_feedback_processed`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Permission: `tasks:read`. Route: `GET /profile`.
    async fn get_profile(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<QueueProfile>;
    /// Changes the fields given and leaves the others.
    ///
    /// Permission: `queue:admin`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn update_profile(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateProfileParams,
    ) -> runtime::Result<QueueProfile>;
    /// Creates a task, computes its SLA due times and schedules its expiry, escalation and SLA
    /// checks. With an `assignee` it starts as assigned.
    ///
    /// Permission: `tasks:create`. Route: `POST /tasks`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn create_task(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateTaskParams,
    ) -> runtime::Result<Task>;
    /// Permission: `tasks:read`. Route: `GET /tasks/{task_id}`. Errors: `NOT_FOUND`.
    async fn get_task(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetTaskParams,
    ) -> runtime::Result<TaskDetail>;
    /// Lists tasks, newest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /tasks`. Errors: `VALIDATION_ERROR`.
    async fn list_tasks(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListTasksParams,
    ) -> runtime::Result<Vec<Task>>;
    /// Returns the open tasks (pending, assigned, in_progress, escalated, and deferred ones whose
    /// time has come) by severity, highest first, then earliest resolution due time, then oldest.
    ///
    /// Permission: `tasks:read`. Route: `GET /queue`. Errors: `VALIDATION_ERROR`.
    async fn get_queue(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetQueueParams,
    ) -> runtime::Result<Vec<Task>>;
    /// Permission: `tasks:assign`. Route: `POST /tasks/{task_id}/assign`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn assign(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AssignParams,
    ) -> runtime::Result<Task>;
    /// Permission: `tasks:assign`. Route: `POST /tasks/{task_id}/unassign`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn unassign(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UnassignParams,
    ) -> runtime::Result<Task>;
    /// Marks the task in progress; an unassigned task is assigned to the caller.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/start`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn start(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: StartParams,
    ) -> runtime::Result<Task>;
    /// Completes a decision, input, escalation, review or validation task with the response (a
    /// decision's response must be one of its options). Approval tasks take `approve` or `reject`.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/respond`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn respond(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RespondParams,
    ) -> runtime::Result<Task>;
    /// Resolves an approval, review or validation task as approved.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/approve`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn approve(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ApproveParams,
    ) -> runtime::Result<Task>;
    /// Resolves an approval, review or validation task as rejected; the comment is returned to the requester as feedback.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/reject`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn reject(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RejectParams,
    ) -> runtime::Result<Task>;
    /// Postpones the task until `until` (or indefinitely); it stays open and its SLA clock keeps running.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/defer`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn defer(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeferParams,
    ) -> runtime::Result<Task>;
    /// Moves the task to the next level of its escalation chain, or to `assignees` when given.
    ///
    /// Permission: `tasks:escalate`. Route: `POST /tasks/{task_id}/escalate`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn escalate(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: EscalateParams,
    ) -> runtime::Result<Task>;
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/comments`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn add_comment(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddCommentParams,
    ) -> runtime::Result<Comment>;
    /// Permission: `tasks:read`. Route: `GET /stats`.
    async fn get_stats(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetStatsParams,
    ) -> runtime::Result<TaskStats>;
    /// Returns open tasks whose response or resolution is due within `within_ms` (default one hour) or already breached, soonest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /sla/at-risk`.
    async fn sla_at_risk(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SlaAtRiskParams,
    ) -> runtime::Result<Vec<Task>>;
    /// Returns open tasks that expire within `within_ms` (default one hour), soonest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /expiring`.
    async fn expiring_soon(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ExpiringSoonParams,
    ) -> runtime::Result<Vec<Task>>;
    /// Permission: `queue:admin`. Route: `POST /escalation-chains`. Errors: `VALIDATION_ERROR`, `CONFLICT`.
    async fn create_escalation_chain(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateEscalationChainParams,
    ) -> runtime::Result<EscalationChainDetail>;
    /// Permission: `tasks:read`. Route: `GET /escalation-chains`.
    async fn list_escalation_chains(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<EscalationChainDetail>>;
    /// Deletes a chain; tasks on it keep their current assignees and stop escalating. Returns whether it existed.
    ///
    /// Permission: `queue:admin`. Route: `DELETE /escalation-chains/{chain_id}`.
    async fn delete_escalation_chain(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteEscalationChainParams,
    ) -> runtime::Result<bool>;
    /// Creates or replaces the policy of this name with its targets; open tasks keep their due times.
    ///
    /// Permission: `queue:admin`. Route: `PUT /sla-policies/{name}`. Errors: `VALIDATION_ERROR`.
    async fn set_sla_policy(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetSlaPolicyParams,
    ) -> runtime::Result<SlaPolicyDetail>;
    /// Permission: `tasks:read`. Route: `GET /sla-policies`.
    async fn list_sla_policies(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<SlaPolicyDetail>>;
    /// Permission: `queue:admin`. Route: `DELETE /sla-policies/{policy_id}`.
    async fn delete_sla_policy(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteSlaPolicyParams,
    ) -> runtime::Result<bool>;
    /// Permission: `feedback:write`. Route: `POST /feedback`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn submit_feedback(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SubmitFeedbackParams,
    ) -> runtime::Result<Feedback>;
    /// Lists feedback, oldest first; `processed` false lists what agents have not learned from yet.
    ///
    /// Permission: `feedback:read`. Route: `GET /feedback`.
    async fn list_feedback(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListFeedbackParams,
    ) -> runtime::Result<Vec<Feedback>>;
    /// Marks feedback processed; returns how many rows changed.
    ///
    /// Permission: `feedback:write`. Route: `POST /feedback/processed`.
    async fn mark_feedback_processed(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: MarkFeedbackProcessedParams,
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
        "getProfile" => {
            let GetProfileParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_profile(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateProfile" => {
            let params: UpdateProfileParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_profile(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createTask" => {
            let params: CreateTaskParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_task(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getTask" => {
            let params: GetTaskParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_task(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listTasks" => {
            let params: ListTasksParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_tasks(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getQueue" => {
            let params: GetQueueParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_queue(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "assign" => {
            let params: AssignParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.assign(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "unassign" => {
            let params: UnassignParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.unassign(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "start" => {
            let params: StartParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.start(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "respond" => {
            let params: RespondParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.respond(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "approve" => {
            let params: ApproveParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.approve(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "reject" => {
            let params: RejectParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.reject(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "defer" => {
            let params: DeferParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.defer(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "escalate" => {
            let params: EscalateParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.escalate(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addComment" => {
            let params: AddCommentParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_comment(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getStats" => {
            let params: GetStatsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_stats(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "slaAtRisk" => {
            let params: SlaAtRiskParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.sla_at_risk(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "expiringSoon" => {
            let params: ExpiringSoonParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.expiring_soon(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createEscalationChain" => {
            let params: CreateEscalationChainParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_escalation_chain(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listEscalationChains" => {
            let ListEscalationChainsParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_escalation_chains(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteEscalationChain" => {
            let params: DeleteEscalationChainParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_escalation_chain(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setSlaPolicy" => {
            let params: SetSlaPolicyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_sla_policy(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listSlaPolicies" => {
            let ListSlaPoliciesParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_sla_policies(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteSlaPolicy" => {
            let params: DeleteSlaPolicyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_sla_policy(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "submitFeedback" => {
            let params: SubmitFeedbackParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.submit_feedback(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listFeedback" => {
            let params: ListFeedbackParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_feedback(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "markFeedbackProcessed" => {
            let params: MarkFeedbackProcessedParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.mark_feedback_processed(ctx, params).await?;
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
    /// Permission: `tasks:read`. Route: `GET /profile`.
    pub async fn get_profile(&self) -> runtime::Result<QueueProfile> {
        self.stub.call_as::<QueueProfile>("getProfile", GetProfileParams {}).await
    }
    /// Changes the fields given and leaves the others.
    ///
    /// Permission: `queue:admin`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn update_profile(
        &self,
        params: UpdateProfileParams,
    ) -> runtime::Result<QueueProfile> {
        self.stub.call_as::<QueueProfile>("updateProfile", params).await
    }
    /// Creates a task, computes its SLA due times and schedules its expiry, escalation and SLA
    /// checks. With an `assignee` it starts as assigned.
    ///
    /// Permission: `tasks:create`. Route: `POST /tasks`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn create_task(&self, params: CreateTaskParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("createTask", params).await
    }
    /// Permission: `tasks:read`. Route: `GET /tasks/{task_id}`. Errors: `NOT_FOUND`.
    pub async fn get_task(&self, params: GetTaskParams) -> runtime::Result<TaskDetail> {
        self.stub.call_as::<TaskDetail>("getTask", params).await
    }
    /// Lists tasks, newest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /tasks`. Errors: `VALIDATION_ERROR`.
    pub async fn list_tasks(
        &self,
        params: ListTasksParams,
    ) -> runtime::Result<Vec<Task>> {
        self.stub.call_as::<Vec<Task>>("listTasks", params).await
    }
    /// Returns the open tasks (pending, assigned, in_progress, escalated, and deferred ones whose
    /// time has come) by severity, highest first, then earliest resolution due time, then oldest.
    ///
    /// Permission: `tasks:read`. Route: `GET /queue`. Errors: `VALIDATION_ERROR`.
    pub async fn get_queue(&self, params: GetQueueParams) -> runtime::Result<Vec<Task>> {
        self.stub.call_as::<Vec<Task>>("getQueue", params).await
    }
    /// Permission: `tasks:assign`. Route: `POST /tasks/{task_id}/assign`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn assign(&self, params: AssignParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("assign", params).await
    }
    /// Permission: `tasks:assign`. Route: `POST /tasks/{task_id}/unassign`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn unassign(&self, params: UnassignParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("unassign", params).await
    }
    /// Marks the task in progress; an unassigned task is assigned to the caller.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/start`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn start(&self, params: StartParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("start", params).await
    }
    /// Completes a decision, input, escalation, review or validation task with the response (a
    /// decision's response must be one of its options). Approval tasks take `approve` or `reject`.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/respond`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn respond(&self, params: RespondParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("respond", params).await
    }
    /// Resolves an approval, review or validation task as approved.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/approve`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn approve(&self, params: ApproveParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("approve", params).await
    }
    /// Resolves an approval, review or validation task as rejected; the comment is returned to the requester as feedback.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/reject`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn reject(&self, params: RejectParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("reject", params).await
    }
    /// Postpones the task until `until` (or indefinitely); it stays open and its SLA clock keeps running.
    ///
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/defer`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn defer(&self, params: DeferParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("defer", params).await
    }
    /// Moves the task to the next level of its escalation chain, or to `assignees` when given.
    ///
    /// Permission: `tasks:escalate`. Route: `POST /tasks/{task_id}/escalate`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn escalate(&self, params: EscalateParams) -> runtime::Result<Task> {
        self.stub.call_as::<Task>("escalate", params).await
    }
    /// Permission: `tasks:work`. Route: `POST /tasks/{task_id}/comments`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn add_comment(
        &self,
        params: AddCommentParams,
    ) -> runtime::Result<Comment> {
        self.stub.call_as::<Comment>("addComment", params).await
    }
    /// Permission: `tasks:read`. Route: `GET /stats`.
    pub async fn get_stats(&self, params: GetStatsParams) -> runtime::Result<TaskStats> {
        self.stub.call_as::<TaskStats>("getStats", params).await
    }
    /// Returns open tasks whose response or resolution is due within `within_ms` (default one hour) or already breached, soonest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /sla/at-risk`.
    pub async fn sla_at_risk(
        &self,
        params: SlaAtRiskParams,
    ) -> runtime::Result<Vec<Task>> {
        self.stub.call_as::<Vec<Task>>("slaAtRisk", params).await
    }
    /// Returns open tasks that expire within `within_ms` (default one hour), soonest first.
    ///
    /// Permission: `tasks:read`. Route: `GET /expiring`.
    pub async fn expiring_soon(
        &self,
        params: ExpiringSoonParams,
    ) -> runtime::Result<Vec<Task>> {
        self.stub.call_as::<Vec<Task>>("expiringSoon", params).await
    }
    /// Permission: `queue:admin`. Route: `POST /escalation-chains`. Errors: `VALIDATION_ERROR`, `CONFLICT`.
    pub async fn create_escalation_chain(
        &self,
        params: CreateEscalationChainParams,
    ) -> runtime::Result<EscalationChainDetail> {
        self.stub.call_as::<EscalationChainDetail>("createEscalationChain", params).await
    }
    /// Permission: `tasks:read`. Route: `GET /escalation-chains`.
    pub async fn list_escalation_chains(
        &self,
    ) -> runtime::Result<Vec<EscalationChainDetail>> {
        self.stub
            .call_as::<
                Vec<EscalationChainDetail>,
            >("listEscalationChains", ListEscalationChainsParams {})
            .await
    }
    /// Deletes a chain; tasks on it keep their current assignees and stop escalating. Returns whether it existed.
    ///
    /// Permission: `queue:admin`. Route: `DELETE /escalation-chains/{chain_id}`.
    pub async fn delete_escalation_chain(
        &self,
        params: DeleteEscalationChainParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteEscalationChain", params).await
    }
    /// Creates or replaces the policy of this name with its targets; open tasks keep their due times.
    ///
    /// Permission: `queue:admin`. Route: `PUT /sla-policies/{name}`. Errors: `VALIDATION_ERROR`.
    pub async fn set_sla_policy(
        &self,
        params: SetSlaPolicyParams,
    ) -> runtime::Result<SlaPolicyDetail> {
        self.stub.call_as::<SlaPolicyDetail>("setSlaPolicy", params).await
    }
    /// Permission: `tasks:read`. Route: `GET /sla-policies`.
    pub async fn list_sla_policies(&self) -> runtime::Result<Vec<SlaPolicyDetail>> {
        self.stub
            .call_as::<Vec<SlaPolicyDetail>>("listSlaPolicies", ListSlaPoliciesParams {})
            .await
    }
    /// Permission: `queue:admin`. Route: `DELETE /sla-policies/{policy_id}`.
    pub async fn delete_sla_policy(
        &self,
        params: DeleteSlaPolicyParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteSlaPolicy", params).await
    }
    /// Permission: `feedback:write`. Route: `POST /feedback`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn submit_feedback(
        &self,
        params: SubmitFeedbackParams,
    ) -> runtime::Result<Feedback> {
        self.stub.call_as::<Feedback>("submitFeedback", params).await
    }
    /// Lists feedback, oldest first; `processed` false lists what agents have not learned from yet.
    ///
    /// Permission: `feedback:read`. Route: `GET /feedback`.
    pub async fn list_feedback(
        &self,
        params: ListFeedbackParams,
    ) -> runtime::Result<Vec<Feedback>> {
        self.stub.call_as::<Vec<Feedback>>("listFeedback", params).await
    }
    /// Marks feedback processed; returns how many rows changed.
    ///
    /// Permission: `feedback:write`. Route: `POST /feedback/processed`.
    pub async fn mark_feedback_processed(
        &self,
        params: MarkFeedbackProcessedParams,
    ) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("markFeedbackProcessed", params).await
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

impl QueueProfile {
    /// Reads a row of `queue_profile` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            kind: row.get("kind")?,
            members: row.get("members")?,
            email: row.get("email")?,
            time_zone: row.get("time_zone")?,
            default_priority: row.get("default_priority")?,
            default_sla_policy_id: row.get("default_sla_policy_id")?,
            default_escalation_chain_id: row.get("default_escalation_chain_id")?,
            default_expiry_ms: row.get("default_expiry_ms")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `queue_profile` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> QueueProfileTable<'_> {
        QueueProfileTable { sql }
    }
}

/// Typed access to the `queue_profile` table, inside the transaction of the current call.
pub struct QueueProfileTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl QueueProfileTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &QueueProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"queue_profile\" (\"id\", \"name\", \"kind\", \"members\", \"email\", \"time_zone\", \"default_priority\", \"default_sla_policy_id\", \"default_escalation_chain_id\", \"default_expiry_ms\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.members),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.default_priority),
                    runtime::ToSql::to_sql(&row.default_sla_policy_id),
                    runtime::ToSql::to_sql(&row.default_escalation_chain_id),
                    runtime::ToSql::to_sql(&row.default_expiry_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &QueueProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"queue_profile\" (\"id\", \"name\", \"kind\", \"members\", \"email\", \"time_zone\", \"default_priority\", \"default_sla_policy_id\", \"default_escalation_chain_id\", \"default_expiry_ms\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"kind\" = excluded.\"kind\", \"members\" = excluded.\"members\", \"email\" = excluded.\"email\", \"time_zone\" = excluded.\"time_zone\", \"default_priority\" = excluded.\"default_priority\", \"default_sla_policy_id\" = excluded.\"default_sla_policy_id\", \"default_escalation_chain_id\" = excluded.\"default_escalation_chain_id\", \"default_expiry_ms\" = excluded.\"default_expiry_ms\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.members),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.default_priority),
                    runtime::ToSql::to_sql(&row.default_sla_policy_id),
                    runtime::ToSql::to_sql(&row.default_escalation_chain_id),
                    runtime::ToSql::to_sql(&row.default_expiry_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<QueueProfile>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"kind\", \"members\", \"email\", \"time_zone\", \"default_priority\", \"default_sla_policy_id\", \"default_escalation_chain_id\", \"default_expiry_ms\", \"created_at\", \"updated_at\" FROM \"queue_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(QueueProfile::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &QueueProfile) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"queue_profile\" SET \"name\" = ?1, \"kind\" = ?2, \"members\" = ?3, \"email\" = ?4, \"time_zone\" = ?5, \"default_priority\" = ?6, \"default_sla_policy_id\" = ?7, \"default_escalation_chain_id\" = ?8, \"default_expiry_ms\" = ?9, \"created_at\" = ?10, \"updated_at\" = ?11 WHERE \"id\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.members),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.default_priority),
                    runtime::ToSql::to_sql(&row.default_sla_policy_id),
                    runtime::ToSql::to_sql(&row.default_escalation_chain_id),
                    runtime::ToSql::to_sql(&row.default_expiry_ms),
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
                "DELETE FROM \"queue_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `queue_profile` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<QueueProfile>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(QueueProfile::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"kind\", \"members\", \"email\", \"time_zone\", \"default_priority\", \"default_sla_policy_id\", \"default_escalation_chain_id\", \"default_expiry_ms\", \"created_at\", \"updated_at\" FROM \"queue_profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"kind\", \"members\", \"email\", \"time_zone\", \"default_priority\", \"default_sla_policy_id\", \"default_escalation_chain_id\", \"default_expiry_ms\", \"created_at\", \"updated_at\" FROM \"queue_profile\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(QueueProfile::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                QueueProfile::TABLE,
                QueueProfile::primary_key,
            ),
        )
    }
}

impl Task {
    /// Reads a row of `tasks` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            r#type: row.get("type")?,
            title: row.get("title")?,
            description: row.get("description")?,
            status: row.get("status")?,
            priority: row.get("priority")?,
            priority_rank: row.get("priority_rank")?,
            assignee: row.get("assignee")?,
            candidates: row.get("candidates")?,
            requester: row.get("requester")?,
            callback: row.get("callback")?,
            input: row.get("input")?,
            options: row.get("options")?,
            response: row.get("response")?,
            outcome: row.get("outcome")?,
            tags: row.get("tags")?,
            metadata: row.get("metadata")?,
            idempotency_key: row.get("idempotency_key")?,
            escalation_chain_id: row.get("escalation_chain_id")?,
            escalation_level: row.get("escalation_level")?,
            level_deadline_at: row.get("level_deadline_at")?,
            sla_policy_id: row.get("sla_policy_id")?,
            response_due_at: row.get("response_due_at")?,
            resolution_due_at: row.get("resolution_due_at")?,
            sla_warning_at: row.get("sla_warning_at")?,
            sla_warned_at: row.get("sla_warned_at")?,
            response_breached_at: row.get("response_breached_at")?,
            resolution_breached_at: row.get("resolution_breached_at")?,
            expires_at: row.get("expires_at")?,
            deferred_until: row.get("deferred_until")?,
            defer_count: row.get("defer_count")?,
            first_response_at: row.get("first_response_at")?,
            assigned_at: row.get("assigned_at")?,
            started_at: row.get("started_at")?,
            resolved_at: row.get("resolved_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `tasks` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TaskTable<'_> {
        TaskTable { sql }
    }
}

/// Typed access to the `tasks` table, inside the transaction of the current call.
pub struct TaskTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TaskTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Task) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tasks\" (\"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.priority_rank),
                    runtime::ToSql::to_sql(&row.assignee),
                    runtime::ToSql::to_sql(&row.candidates),
                    runtime::ToSql::to_sql(&row.requester),
                    runtime::ToSql::to_sql(&row.callback),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.options),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.idempotency_key),
                    runtime::ToSql::to_sql(&row.escalation_chain_id),
                    runtime::ToSql::to_sql(&row.escalation_level),
                    runtime::ToSql::to_sql(&row.level_deadline_at),
                    runtime::ToSql::to_sql(&row.sla_policy_id),
                    runtime::ToSql::to_sql(&row.response_due_at),
                    runtime::ToSql::to_sql(&row.resolution_due_at),
                    runtime::ToSql::to_sql(&row.sla_warning_at),
                    runtime::ToSql::to_sql(&row.sla_warned_at),
                    runtime::ToSql::to_sql(&row.response_breached_at),
                    runtime::ToSql::to_sql(&row.resolution_breached_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.deferred_until),
                    runtime::ToSql::to_sql(&row.defer_count),
                    runtime::ToSql::to_sql(&row.first_response_at),
                    runtime::ToSql::to_sql(&row.assigned_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Task) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tasks\" (\"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37) ON CONFLICT (\"id\") DO UPDATE SET \"type\" = excluded.\"type\", \"title\" = excluded.\"title\", \"description\" = excluded.\"description\", \"status\" = excluded.\"status\", \"priority\" = excluded.\"priority\", \"priority_rank\" = excluded.\"priority_rank\", \"assignee\" = excluded.\"assignee\", \"candidates\" = excluded.\"candidates\", \"requester\" = excluded.\"requester\", \"callback\" = excluded.\"callback\", \"input\" = excluded.\"input\", \"options\" = excluded.\"options\", \"response\" = excluded.\"response\", \"outcome\" = excluded.\"outcome\", \"tags\" = excluded.\"tags\", \"metadata\" = excluded.\"metadata\", \"idempotency_key\" = excluded.\"idempotency_key\", \"escalation_chain_id\" = excluded.\"escalation_chain_id\", \"escalation_level\" = excluded.\"escalation_level\", \"level_deadline_at\" = excluded.\"level_deadline_at\", \"sla_policy_id\" = excluded.\"sla_policy_id\", \"response_due_at\" = excluded.\"response_due_at\", \"resolution_due_at\" = excluded.\"resolution_due_at\", \"sla_warning_at\" = excluded.\"sla_warning_at\", \"sla_warned_at\" = excluded.\"sla_warned_at\", \"response_breached_at\" = excluded.\"response_breached_at\", \"resolution_breached_at\" = excluded.\"resolution_breached_at\", \"expires_at\" = excluded.\"expires_at\", \"deferred_until\" = excluded.\"deferred_until\", \"defer_count\" = excluded.\"defer_count\", \"first_response_at\" = excluded.\"first_response_at\", \"assigned_at\" = excluded.\"assigned_at\", \"started_at\" = excluded.\"started_at\", \"resolved_at\" = excluded.\"resolved_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.priority_rank),
                    runtime::ToSql::to_sql(&row.assignee),
                    runtime::ToSql::to_sql(&row.candidates),
                    runtime::ToSql::to_sql(&row.requester),
                    runtime::ToSql::to_sql(&row.callback),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.options),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.idempotency_key),
                    runtime::ToSql::to_sql(&row.escalation_chain_id),
                    runtime::ToSql::to_sql(&row.escalation_level),
                    runtime::ToSql::to_sql(&row.level_deadline_at),
                    runtime::ToSql::to_sql(&row.sla_policy_id),
                    runtime::ToSql::to_sql(&row.response_due_at),
                    runtime::ToSql::to_sql(&row.resolution_due_at),
                    runtime::ToSql::to_sql(&row.sla_warning_at),
                    runtime::ToSql::to_sql(&row.sla_warned_at),
                    runtime::ToSql::to_sql(&row.response_breached_at),
                    runtime::ToSql::to_sql(&row.resolution_breached_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.deferred_until),
                    runtime::ToSql::to_sql(&row.defer_count),
                    runtime::ToSql::to_sql(&row.first_response_at),
                    runtime::ToSql::to_sql(&row.assigned_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Task>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Task::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Task) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"tasks\" SET \"type\" = ?1, \"title\" = ?2, \"description\" = ?3, \"status\" = ?4, \"priority\" = ?5, \"priority_rank\" = ?6, \"assignee\" = ?7, \"candidates\" = ?8, \"requester\" = ?9, \"callback\" = ?10, \"input\" = ?11, \"options\" = ?12, \"response\" = ?13, \"outcome\" = ?14, \"tags\" = ?15, \"metadata\" = ?16, \"idempotency_key\" = ?17, \"escalation_chain_id\" = ?18, \"escalation_level\" = ?19, \"level_deadline_at\" = ?20, \"sla_policy_id\" = ?21, \"response_due_at\" = ?22, \"resolution_due_at\" = ?23, \"sla_warning_at\" = ?24, \"sla_warned_at\" = ?25, \"response_breached_at\" = ?26, \"resolution_breached_at\" = ?27, \"expires_at\" = ?28, \"deferred_until\" = ?29, \"defer_count\" = ?30, \"first_response_at\" = ?31, \"assigned_at\" = ?32, \"started_at\" = ?33, \"resolved_at\" = ?34, \"created_at\" = ?35, \"updated_at\" = ?36 WHERE \"id\" = ?37",
                &[
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.priority_rank),
                    runtime::ToSql::to_sql(&row.assignee),
                    runtime::ToSql::to_sql(&row.candidates),
                    runtime::ToSql::to_sql(&row.requester),
                    runtime::ToSql::to_sql(&row.callback),
                    runtime::ToSql::to_sql(&row.input),
                    runtime::ToSql::to_sql(&row.options),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.idempotency_key),
                    runtime::ToSql::to_sql(&row.escalation_chain_id),
                    runtime::ToSql::to_sql(&row.escalation_level),
                    runtime::ToSql::to_sql(&row.level_deadline_at),
                    runtime::ToSql::to_sql(&row.sla_policy_id),
                    runtime::ToSql::to_sql(&row.response_due_at),
                    runtime::ToSql::to_sql(&row.resolution_due_at),
                    runtime::ToSql::to_sql(&row.sla_warning_at),
                    runtime::ToSql::to_sql(&row.sla_warned_at),
                    runtime::ToSql::to_sql(&row.response_breached_at),
                    runtime::ToSql::to_sql(&row.resolution_breached_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.deferred_until),
                    runtime::ToSql::to_sql(&row.defer_count),
                    runtime::ToSql::to_sql(&row.first_response_at),
                    runtime::ToSql::to_sql(&row.assigned_at),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.resolved_at),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"tasks\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `tasks` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
    /// Lists the rows whose `status` and `priority_rank` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `tasks_status_priority_rank_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_priority_rank_created_at(
        &self,
        status: TaskStatus,
        priority_rank: i64,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&priority_rank),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"status\" = ?1 AND \"priority_rank\" = ?2 AND \"created_at\" = ?3 AND \"id\" > ?4 ORDER BY \"id\" LIMIT ?5"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"status\" = ?1 AND \"priority_rank\" = ?2 AND \"created_at\" = ?3 ORDER BY \"id\" LIMIT ?4"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
    /// Lists the rows whose `assignee` and `status` equal the given values, in primary-key order.
    /// The filter uses the index `tasks_assignee_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_assignee_status(
        &self,
        assignee: Option<&str>,
        status: TaskStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&assignee),
            runtime::ToSql::to_sql(&status),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"assignee\" IS ?1 AND \"status\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"assignee\" IS ?1 AND \"status\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
    /// Lists the rows whose `resolution_due_at` equals the given value, in primary-key order.
    /// The filter uses the index `tasks_resolution_due_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_resolution_due_at(
        &self,
        resolution_due_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&resolution_due_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"resolution_due_at\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"resolution_due_at\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
    /// Lists the rows whose `expires_at` equals the given value, in primary-key order.
    /// The filter uses the index `tasks_expires_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_expires_at(
        &self,
        expires_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&expires_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"expires_at\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"expires_at\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
    /// Lists the rows whose `level_deadline_at` equals the given value, in primary-key order.
    /// The filter uses the index `tasks_level_deadline_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_level_deadline_at(
        &self,
        level_deadline_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Task>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&level_deadline_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Task::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"level_deadline_at\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"type\", \"title\", \"description\", \"status\", \"priority\", \"priority_rank\", \"assignee\", \"candidates\", \"requester\", \"callback\", \"input\", \"options\", \"response\", \"outcome\", \"tags\", \"metadata\", \"idempotency_key\", \"escalation_chain_id\", \"escalation_level\", \"level_deadline_at\", \"sla_policy_id\", \"response_due_at\", \"resolution_due_at\", \"sla_warning_at\", \"sla_warned_at\", \"response_breached_at\", \"resolution_breached_at\", \"expires_at\", \"deferred_until\", \"defer_count\", \"first_response_at\", \"assigned_at\", \"started_at\", \"resolved_at\", \"created_at\", \"updated_at\" FROM \"tasks\" WHERE \"level_deadline_at\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Task::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Task::TABLE, Task::primary_key))
    }
}

impl Decision {
    /// Reads a row of `decisions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            task_id: row.get("task_id")?,
            outcome: row.get("outcome")?,
            response: row.get("response")?,
            comment: row.get("comment")?,
            decided_by: row.get("decided_by")?,
            decider_type: row.get("decider_type")?,
            reason: row.get("reason")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `decisions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> DecisionTable<'_> {
        DecisionTable { sql }
    }
}

/// Typed access to the `decisions` table, inside the transaction of the current call.
pub struct DecisionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl DecisionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Decision) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"decisions\" (\"id\", \"task_id\", \"outcome\", \"response\", \"comment\", \"decided_by\", \"decider_type\", \"reason\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.decided_by),
                    runtime::ToSql::to_sql(&row.decider_type),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Decision) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"decisions\" (\"id\", \"task_id\", \"outcome\", \"response\", \"comment\", \"decided_by\", \"decider_type\", \"reason\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (\"id\") DO UPDATE SET \"task_id\" = excluded.\"task_id\", \"outcome\" = excluded.\"outcome\", \"response\" = excluded.\"response\", \"comment\" = excluded.\"comment\", \"decided_by\" = excluded.\"decided_by\", \"decider_type\" = excluded.\"decider_type\", \"reason\" = excluded.\"reason\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.decided_by),
                    runtime::ToSql::to_sql(&row.decider_type),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Decision>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"task_id\", \"outcome\", \"response\", \"comment\", \"decided_by\", \"decider_type\", \"reason\", \"created_at\" FROM \"decisions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Decision::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Decision) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"decisions\" SET \"task_id\" = ?1, \"outcome\" = ?2, \"response\" = ?3, \"comment\" = ?4, \"decided_by\" = ?5, \"decider_type\" = ?6, \"reason\" = ?7, \"created_at\" = ?8 WHERE \"id\" = ?9",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.response),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.decided_by),
                    runtime::ToSql::to_sql(&row.decider_type),
                    runtime::ToSql::to_sql(&row.reason),
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
                "DELETE FROM \"decisions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `decisions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Decision>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Decision::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"outcome\", \"response\", \"comment\", \"decided_by\", \"decider_type\", \"reason\", \"created_at\" FROM \"decisions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"outcome\", \"response\", \"comment\", \"decided_by\", \"decider_type\", \"reason\", \"created_at\" FROM \"decisions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Decision::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Decision::TABLE, Decision::primary_key))
    }
}

impl Comment {
    /// Reads a row of `comments` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            task_id: row.get("task_id")?,
            author: row.get("author")?,
            body: row.get("body")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `comments` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> CommentTable<'_> {
        CommentTable { sql }
    }
}

/// Typed access to the `comments` table, inside the transaction of the current call.
pub struct CommentTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl CommentTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Comment) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"comments\" (\"id\", \"task_id\", \"author\", \"body\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.body),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Comment) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"comments\" (\"id\", \"task_id\", \"author\", \"body\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"id\") DO UPDATE SET \"task_id\" = excluded.\"task_id\", \"author\" = excluded.\"author\", \"body\" = excluded.\"body\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.body),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Comment>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"task_id\", \"author\", \"body\", \"created_at\" FROM \"comments\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Comment::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Comment) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"comments\" SET \"task_id\" = ?1, \"author\" = ?2, \"body\" = ?3, \"created_at\" = ?4 WHERE \"id\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.body),
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
                "DELETE FROM \"comments\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `comments` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Comment>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Comment::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"author\", \"body\", \"created_at\" FROM \"comments\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"author\", \"body\", \"created_at\" FROM \"comments\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Comment::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Comment::TABLE, Comment::primary_key))
    }
    /// Lists the rows whose `task_id` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `comments_task_id_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_task_id_created_at(
        &self,
        task_id: &str,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Comment>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&task_id),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Comment::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"author\", \"body\", \"created_at\" FROM \"comments\" WHERE \"task_id\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"author\", \"body\", \"created_at\" FROM \"comments\" WHERE \"task_id\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Comment::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Comment::TABLE, Comment::primary_key))
    }
}

impl TaskTransition {
    /// Reads a row of `task_transitions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            task_id: row.get("task_id")?,
            seq: row.get("seq")?,
            from_status: row.get("from_status")?,
            to_status: row.get("to_status")?,
            actor: row.get("actor")?,
            reason: row.get("reason")?,
            at: row.get("at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.task_id),
            runtime::ToSql::to_sql(&self.seq),
        ])
    }
    /// Returns the accessor of the `task_transitions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TaskTransitionTable<'_> {
        TaskTransitionTable { sql }
    }
}

/// Typed access to the `task_transitions` table, inside the transaction of the current call.
pub struct TaskTransitionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TaskTransitionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &TaskTransition) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"task_transitions\" (\"task_id\", \"seq\", \"from_status\", \"to_status\", \"actor\", \"reason\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.from_status),
                    runtime::ToSql::to_sql(&row.to_status),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &TaskTransition) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"task_transitions\" (\"task_id\", \"seq\", \"from_status\", \"to_status\", \"actor\", \"reason\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"task_id\", \"seq\") DO UPDATE SET \"from_status\" = excluded.\"from_status\", \"to_status\" = excluded.\"to_status\", \"actor\" = excluded.\"actor\", \"reason\" = excluded.\"reason\", \"at\" = excluded.\"at\"",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.from_status),
                    runtime::ToSql::to_sql(&row.to_status),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        task_id: &str,
        seq: i64,
    ) -> runtime::Result<Option<TaskTransition>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"task_id\", \"seq\", \"from_status\", \"to_status\", \"actor\", \"reason\", \"at\" FROM \"task_transitions\" WHERE \"task_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&task_id), runtime::ToSql::to_sql(&seq)],
            )?;
        found.as_ref().map(TaskTransition::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &TaskTransition) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"task_transitions\" SET \"from_status\" = ?1, \"to_status\" = ?2, \"actor\" = ?3, \"reason\" = ?4, \"at\" = ?5 WHERE \"task_id\" = ?6 AND \"seq\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.from_status),
                    runtime::ToSql::to_sql(&row.to_status),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.at),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.seq),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, task_id: &str, seq: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"task_transitions\" WHERE \"task_id\" = ?1 AND \"seq\" = ?2",
                &[runtime::ToSql::to_sql(&task_id), runtime::ToSql::to_sql(&seq)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `task_transitions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<TaskTransition>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(TaskTransition::TABLE, 2)?);
                "SELECT \"task_id\", \"seq\", \"from_status\", \"to_status\", \"actor\", \"reason\", \"at\" FROM \"task_transitions\" WHERE (\"task_id\", \"seq\") > (?1, ?2) ORDER BY \"task_id\", \"seq\" LIMIT ?3"
            }
            None => {
                "SELECT \"task_id\", \"seq\", \"from_status\", \"to_status\", \"actor\", \"reason\", \"at\" FROM \"task_transitions\" ORDER BY \"task_id\", \"seq\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(TaskTransition::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                TaskTransition::TABLE,
                TaskTransition::primary_key,
            ),
        )
    }
}

impl EscalationChain {
    /// Reads a row of `escalation_chains` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            repeat: row.get("repeat")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `escalation_chains` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> EscalationChainTable<'_> {
        EscalationChainTable { sql }
    }
}

/// Typed access to the `escalation_chains` table, inside the transaction of the current call.
pub struct EscalationChainTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl EscalationChainTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &EscalationChain) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalation_chains\" (\"id\", \"name\", \"repeat\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.repeat),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &EscalationChain) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalation_chains\" (\"id\", \"name\", \"repeat\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"repeat\" = excluded.\"repeat\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.repeat),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<EscalationChain>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"repeat\", \"created_at\", \"updated_at\" FROM \"escalation_chains\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(EscalationChain::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &EscalationChain) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"escalation_chains\" SET \"name\" = ?1, \"repeat\" = ?2, \"created_at\" = ?3, \"updated_at\" = ?4 WHERE \"id\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.repeat),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"escalation_chains\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `escalation_chains` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<EscalationChain>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(EscalationChain::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"repeat\", \"created_at\", \"updated_at\" FROM \"escalation_chains\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"repeat\", \"created_at\", \"updated_at\" FROM \"escalation_chains\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(EscalationChain::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                EscalationChain::TABLE,
                EscalationChain::primary_key,
            ),
        )
    }
}

impl EscalationLevel {
    /// Reads a row of `escalation_levels` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            chain_id: row.get("chain_id")?,
            level: row.get("level")?,
            assignees: row.get("assignees")?,
            timeout_ms: row.get("timeout_ms")?,
            notify_via: row.get("notify_via")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.chain_id),
            runtime::ToSql::to_sql(&self.level),
        ])
    }
    /// Returns the accessor of the `escalation_levels` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> EscalationLevelTable<'_> {
        EscalationLevelTable { sql }
    }
}

/// Typed access to the `escalation_levels` table, inside the transaction of the current call.
pub struct EscalationLevelTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl EscalationLevelTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &EscalationLevel) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalation_levels\" (\"chain_id\", \"level\", \"assignees\", \"timeout_ms\", \"notify_via\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.chain_id),
                    runtime::ToSql::to_sql(&row.level),
                    runtime::ToSql::to_sql(&row.assignees),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.notify_via),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &EscalationLevel) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalation_levels\" (\"chain_id\", \"level\", \"assignees\", \"timeout_ms\", \"notify_via\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"chain_id\", \"level\") DO UPDATE SET \"assignees\" = excluded.\"assignees\", \"timeout_ms\" = excluded.\"timeout_ms\", \"notify_via\" = excluded.\"notify_via\"",
                &[
                    runtime::ToSql::to_sql(&row.chain_id),
                    runtime::ToSql::to_sql(&row.level),
                    runtime::ToSql::to_sql(&row.assignees),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.notify_via),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        chain_id: &str,
        level: i64,
    ) -> runtime::Result<Option<EscalationLevel>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"chain_id\", \"level\", \"assignees\", \"timeout_ms\", \"notify_via\" FROM \"escalation_levels\" WHERE \"chain_id\" = ?1 AND \"level\" = ?2",
                &[runtime::ToSql::to_sql(&chain_id), runtime::ToSql::to_sql(&level)],
            )?;
        found.as_ref().map(EscalationLevel::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &EscalationLevel) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"escalation_levels\" SET \"assignees\" = ?1, \"timeout_ms\" = ?2, \"notify_via\" = ?3 WHERE \"chain_id\" = ?4 AND \"level\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.assignees),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.notify_via),
                    runtime::ToSql::to_sql(&row.chain_id),
                    runtime::ToSql::to_sql(&row.level),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, chain_id: &str, level: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"escalation_levels\" WHERE \"chain_id\" = ?1 AND \"level\" = ?2",
                &[runtime::ToSql::to_sql(&chain_id), runtime::ToSql::to_sql(&level)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `escalation_levels` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<EscalationLevel>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(EscalationLevel::TABLE, 2)?);
                "SELECT \"chain_id\", \"level\", \"assignees\", \"timeout_ms\", \"notify_via\" FROM \"escalation_levels\" WHERE (\"chain_id\", \"level\") > (?1, ?2) ORDER BY \"chain_id\", \"level\" LIMIT ?3"
            }
            None => {
                "SELECT \"chain_id\", \"level\", \"assignees\", \"timeout_ms\", \"notify_via\" FROM \"escalation_levels\" ORDER BY \"chain_id\", \"level\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(EscalationLevel::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                EscalationLevel::TABLE,
                EscalationLevel::primary_key,
            ),
        )
    }
}

impl Escalation {
    /// Reads a row of `escalations` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            task_id: row.get("task_id")?,
            from_level: row.get("from_level")?,
            to_level: row.get("to_level")?,
            to_assignees: row.get("to_assignees")?,
            reason: row.get("reason")?,
            escalated_by: row.get("escalated_by")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `escalations` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> EscalationTable<'_> {
        EscalationTable { sql }
    }
}

/// Typed access to the `escalations` table, inside the transaction of the current call.
pub struct EscalationTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl EscalationTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Escalation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalations\" (\"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.from_level),
                    runtime::ToSql::to_sql(&row.to_level),
                    runtime::ToSql::to_sql(&row.to_assignees),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.escalated_by),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Escalation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"escalations\" (\"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"task_id\" = excluded.\"task_id\", \"from_level\" = excluded.\"from_level\", \"to_level\" = excluded.\"to_level\", \"to_assignees\" = excluded.\"to_assignees\", \"reason\" = excluded.\"reason\", \"escalated_by\" = excluded.\"escalated_by\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.from_level),
                    runtime::ToSql::to_sql(&row.to_level),
                    runtime::ToSql::to_sql(&row.to_assignees),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.escalated_by),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Escalation>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\" FROM \"escalations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Escalation::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Escalation) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"escalations\" SET \"task_id\" = ?1, \"from_level\" = ?2, \"to_level\" = ?3, \"to_assignees\" = ?4, \"reason\" = ?5, \"escalated_by\" = ?6, \"created_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.from_level),
                    runtime::ToSql::to_sql(&row.to_level),
                    runtime::ToSql::to_sql(&row.to_assignees),
                    runtime::ToSql::to_sql(&row.reason),
                    runtime::ToSql::to_sql(&row.escalated_by),
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
                "DELETE FROM \"escalations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `escalations` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Escalation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Escalation::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\" FROM \"escalations\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\" FROM \"escalations\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Escalation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Escalation::TABLE,
                Escalation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `task_id` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `escalations_task_id_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_task_id_created_at(
        &self,
        task_id: &str,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Escalation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&task_id),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Escalation::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\" FROM \"escalations\" WHERE \"task_id\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"from_level\", \"to_level\", \"to_assignees\", \"reason\", \"escalated_by\", \"created_at\" FROM \"escalations\" WHERE \"task_id\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Escalation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Escalation::TABLE,
                Escalation::primary_key,
            ),
        )
    }
}

impl SlaPolicy {
    /// Reads a row of `sla_policies` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            clock: row.get("clock")?,
            time_zone: row.get("time_zone")?,
            working_days: row.get("working_days")?,
            business_hours_start_minute: row.get("business_hours_start_minute")?,
            business_hours_end_minute: row.get("business_hours_end_minute")?,
            holidays: row.get("holidays")?,
            warning_before_ms: row.get("warning_before_ms")?,
            breach_action: row.get("breach_action")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `sla_policies` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SlaPolicyTable<'_> {
        SlaPolicyTable { sql }
    }
}

/// Typed access to the `sla_policies` table, inside the transaction of the current call.
pub struct SlaPolicyTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SlaPolicyTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &SlaPolicy) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sla_policies\" (\"id\", \"name\", \"clock\", \"time_zone\", \"working_days\", \"business_hours_start_minute\", \"business_hours_end_minute\", \"holidays\", \"warning_before_ms\", \"breach_action\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.clock),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.working_days),
                    runtime::ToSql::to_sql(&row.business_hours_start_minute),
                    runtime::ToSql::to_sql(&row.business_hours_end_minute),
                    runtime::ToSql::to_sql(&row.holidays),
                    runtime::ToSql::to_sql(&row.warning_before_ms),
                    runtime::ToSql::to_sql(&row.breach_action),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &SlaPolicy) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sla_policies\" (\"id\", \"name\", \"clock\", \"time_zone\", \"working_days\", \"business_hours_start_minute\", \"business_hours_end_minute\", \"holidays\", \"warning_before_ms\", \"breach_action\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"clock\" = excluded.\"clock\", \"time_zone\" = excluded.\"time_zone\", \"working_days\" = excluded.\"working_days\", \"business_hours_start_minute\" = excluded.\"business_hours_start_minute\", \"business_hours_end_minute\" = excluded.\"business_hours_end_minute\", \"holidays\" = excluded.\"holidays\", \"warning_before_ms\" = excluded.\"warning_before_ms\", \"breach_action\" = excluded.\"breach_action\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.clock),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.working_days),
                    runtime::ToSql::to_sql(&row.business_hours_start_minute),
                    runtime::ToSql::to_sql(&row.business_hours_end_minute),
                    runtime::ToSql::to_sql(&row.holidays),
                    runtime::ToSql::to_sql(&row.warning_before_ms),
                    runtime::ToSql::to_sql(&row.breach_action),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<SlaPolicy>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"clock\", \"time_zone\", \"working_days\", \"business_hours_start_minute\", \"business_hours_end_minute\", \"holidays\", \"warning_before_ms\", \"breach_action\", \"created_at\", \"updated_at\" FROM \"sla_policies\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(SlaPolicy::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &SlaPolicy) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"sla_policies\" SET \"name\" = ?1, \"clock\" = ?2, \"time_zone\" = ?3, \"working_days\" = ?4, \"business_hours_start_minute\" = ?5, \"business_hours_end_minute\" = ?6, \"holidays\" = ?7, \"warning_before_ms\" = ?8, \"breach_action\" = ?9, \"created_at\" = ?10, \"updated_at\" = ?11 WHERE \"id\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.clock),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.working_days),
                    runtime::ToSql::to_sql(&row.business_hours_start_minute),
                    runtime::ToSql::to_sql(&row.business_hours_end_minute),
                    runtime::ToSql::to_sql(&row.holidays),
                    runtime::ToSql::to_sql(&row.warning_before_ms),
                    runtime::ToSql::to_sql(&row.breach_action),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"sla_policies\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `sla_policies` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SlaPolicy>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SlaPolicy::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"clock\", \"time_zone\", \"working_days\", \"business_hours_start_minute\", \"business_hours_end_minute\", \"holidays\", \"warning_before_ms\", \"breach_action\", \"created_at\", \"updated_at\" FROM \"sla_policies\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"clock\", \"time_zone\", \"working_days\", \"business_hours_start_minute\", \"business_hours_end_minute\", \"holidays\", \"warning_before_ms\", \"breach_action\", \"created_at\", \"updated_at\" FROM \"sla_policies\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SlaPolicy::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, SlaPolicy::TABLE, SlaPolicy::primary_key))
    }
}

impl SlaTarget {
    /// Reads a row of `sla_targets` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            policy_id: row.get("policy_id")?,
            priority: row.get("priority")?,
            response_target_ms: row.get("response_target_ms")?,
            resolution_target_ms: row.get("resolution_target_ms")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.policy_id),
            runtime::ToSql::to_sql(&self.priority),
        ])
    }
    /// Returns the accessor of the `sla_targets` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SlaTargetTable<'_> {
        SlaTargetTable { sql }
    }
}

/// Typed access to the `sla_targets` table, inside the transaction of the current call.
pub struct SlaTargetTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SlaTargetTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &SlaTarget) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sla_targets\" (\"policy_id\", \"priority\", \"response_target_ms\", \"resolution_target_ms\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.policy_id),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.response_target_ms),
                    runtime::ToSql::to_sql(&row.resolution_target_ms),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &SlaTarget) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sla_targets\" (\"policy_id\", \"priority\", \"response_target_ms\", \"resolution_target_ms\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"policy_id\", \"priority\") DO UPDATE SET \"response_target_ms\" = excluded.\"response_target_ms\", \"resolution_target_ms\" = excluded.\"resolution_target_ms\"",
                &[
                    runtime::ToSql::to_sql(&row.policy_id),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.response_target_ms),
                    runtime::ToSql::to_sql(&row.resolution_target_ms),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        policy_id: &str,
        priority: TaskPriority,
    ) -> runtime::Result<Option<SlaTarget>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"policy_id\", \"priority\", \"response_target_ms\", \"resolution_target_ms\" FROM \"sla_targets\" WHERE \"policy_id\" = ?1 AND \"priority\" = ?2",
                &[runtime::ToSql::to_sql(&policy_id), runtime::ToSql::to_sql(&priority)],
            )?;
        found.as_ref().map(SlaTarget::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &SlaTarget) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"sla_targets\" SET \"response_target_ms\" = ?1, \"resolution_target_ms\" = ?2 WHERE \"policy_id\" = ?3 AND \"priority\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.response_target_ms),
                    runtime::ToSql::to_sql(&row.resolution_target_ms),
                    runtime::ToSql::to_sql(&row.policy_id),
                    runtime::ToSql::to_sql(&row.priority),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(
        &self,
        policy_id: &str,
        priority: TaskPriority,
    ) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"sla_targets\" WHERE \"policy_id\" = ?1 AND \"priority\" = ?2",
                &[runtime::ToSql::to_sql(&policy_id), runtime::ToSql::to_sql(&priority)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `sla_targets` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SlaTarget>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SlaTarget::TABLE, 2)?);
                "SELECT \"policy_id\", \"priority\", \"response_target_ms\", \"resolution_target_ms\" FROM \"sla_targets\" WHERE (\"policy_id\", \"priority\") > (?1, ?2) ORDER BY \"policy_id\", \"priority\" LIMIT ?3"
            }
            None => {
                "SELECT \"policy_id\", \"priority\", \"response_target_ms\", \"resolution_target_ms\" FROM \"sla_targets\" ORDER BY \"policy_id\", \"priority\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SlaTarget::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, SlaTarget::TABLE, SlaTarget::primary_key))
    }
}

impl Feedback {
    /// Reads a row of `feedback` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            task_id: row.get("task_id")?,
            subject: row.get("subject")?,
            rating: row.get("rating")?,
            comment: row.get("comment")?,
            correction: row.get("correction")?,
            submitted_by: row.get("submitted_by")?,
            processed: row.get("processed")?,
            processed_at: row.get("processed_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `feedback` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FeedbackTable<'_> {
        FeedbackTable { sql }
    }
}

/// Typed access to the `feedback` table, inside the transaction of the current call.
pub struct FeedbackTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FeedbackTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Feedback) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"feedback\" (\"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.correction),
                    runtime::ToSql::to_sql(&row.submitted_by),
                    runtime::ToSql::to_sql(&row.processed),
                    runtime::ToSql::to_sql(&row.processed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Feedback) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"feedback\" (\"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"task_id\" = excluded.\"task_id\", \"subject\" = excluded.\"subject\", \"rating\" = excluded.\"rating\", \"comment\" = excluded.\"comment\", \"correction\" = excluded.\"correction\", \"submitted_by\" = excluded.\"submitted_by\", \"processed\" = excluded.\"processed\", \"processed_at\" = excluded.\"processed_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.correction),
                    runtime::ToSql::to_sql(&row.submitted_by),
                    runtime::ToSql::to_sql(&row.processed),
                    runtime::ToSql::to_sql(&row.processed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Feedback>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Feedback::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Feedback) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"feedback\" SET \"task_id\" = ?1, \"subject\" = ?2, \"rating\" = ?3, \"comment\" = ?4, \"correction\" = ?5, \"submitted_by\" = ?6, \"processed\" = ?7, \"processed_at\" = ?8, \"created_at\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.task_id),
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.correction),
                    runtime::ToSql::to_sql(&row.submitted_by),
                    runtime::ToSql::to_sql(&row.processed),
                    runtime::ToSql::to_sql(&row.processed_at),
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
                "DELETE FROM \"feedback\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `feedback` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Feedback>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Feedback::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Feedback::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Feedback::TABLE, Feedback::primary_key))
    }
    /// Lists the rows whose `processed` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `feedback_processed_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_processed_created_at(
        &self,
        processed: bool,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Feedback>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&processed),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Feedback::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"processed\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"processed\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Feedback::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Feedback::TABLE, Feedback::primary_key))
    }
    /// Lists the rows whose `task_id` equals the given value, in primary-key order.
    /// The filter uses the index `feedback_task_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_task_id(
        &self,
        task_id: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Feedback>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&task_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Feedback::TABLE, 1)?);
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"task_id\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"task_id\", \"subject\", \"rating\", \"comment\", \"correction\", \"submitted_by\", \"processed\", \"processed_at\", \"created_at\" FROM \"feedback\" WHERE \"task_id\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Feedback::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Feedback::TABLE, Feedback::primary_key))
    }
}
