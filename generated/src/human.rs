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
