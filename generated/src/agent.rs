//! Types of the `agent` object, generated from its spec by `cargo run -p codegen`.
//!
//! One AI agent. It keeps memories and retrieves them by a weighted score of recency, importance
//! and relevance to a query, writes reflections once enough important memories have accumulated,
//! tracks goals, runs registered actions and records their outcome, and holds conversations. Its
//! loop Idle -> Thinking -> Acting -> Learning -> Idle is an explicit state machine persisted in a
//! single-row table. Durations are milliseconds and timestamps milliseconds since the Unix epoch.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "agent";

/// The object's class name.
pub const CLASS: &str = "Agent";

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
    "getState",
    "transition",
    "think",
    "remember",
    "recall",
    "getMemories",
    "retrieveMemories",
    "updateMemory",
    "forget",
    "forgetMemories",
    "reflect",
    "getReflections",
    "learn",
    "getLearnings",
    "applyLearning",
    "invalidateLearning",
    "startConversation",
    "addMessage",
    "getConversation",
    "listConversations",
    "endConversation",
    "registerAction",
    "unregisterAction",
    "listActions",
    "executeAction",
    "getActionExecutions",
    "setGoal",
    "updateGoalProgress",
    "getGoals",
    "completeGoal",
    "failGoal",
    "abandonGoal",
    "recordFeedback",
    "getFeedback",
    "getStats",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "agent.state_changed",
    "memory.stored",
    "memory.forgotten",
    "reflection.completed",
    "learning.recorded",
    "action.executed",
    "goal.completed",
    "goal.failed",
    "conversation.started",
    "conversation.ended",
    "feedback.recorded",
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

/// The step of the agent's loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgentStatus {
    Idle,
    Thinking,
    Acting,
    Learning,
}

impl AgentStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Idle,
        Self::Thinking,
        Self::Acting,
        Self::Learning,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Thinking => "thinking",
            Self::Acting => "acting",
            Self::Learning => "learning",
        }
    }
}

impl std::fmt::Display for AgentStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// What a memory records: something observed, an insight written by reflection, a plan, a
/// fact, a conversation excerpt or feedback received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemoryType {
    Observation,
    Reflection,
    Plan,
    Fact,
    Conversation,
    Feedback,
}

impl MemoryType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Observation,
        Self::Reflection,
        Self::Plan,
        Self::Fact,
        Self::Conversation,
        Self::Feedback,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Observation => "observation",
            Self::Reflection => "reflection",
            Self::Plan => "plan",
            Self::Fact => "fact",
            Self::Conversation => "conversation",
            Self::Feedback => "feedback",
        }
    }
}

impl std::fmt::Display for MemoryType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The order of `get_memories`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemorySort {
    Newest,
    Oldest,
    Importance,
    LastAccessed,
}

impl MemorySort {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Newest,
        Self::Oldest,
        Self::Importance,
        Self::LastAccessed,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
            Self::Importance => "importance",
            Self::LastAccessed => "last_accessed",
        }
    }
}

impl std::fmt::Display for MemorySort {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    Active,
    Ended,
}

impl ConversationStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Ended];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Ended => "ended",
        }
    }
}

impl std::fmt::Display for ConversationStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageRole {
    System,
    User,
    Assistant,
    Tool,
}

impl MessageRole {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::System,
        Self::User,
        Self::Assistant,
        Self::Tool,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Tool => "tool",
        }
    }
}

impl std::fmt::Display for MessageRole {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The state of one action execution; `timed_out` means the action ran past its `timeout_ms` and was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExecutionOutcome {
    Running,
    Succeeded,
    Failed,
    TimedOut,
}

impl ExecutionOutcome {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Running,
        Self::Succeeded,
        Self::Failed,
        Self::TimedOut,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::TimedOut => "timed_out",
        }
    }
}

impl std::fmt::Display for ExecutionOutcome {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    Completed,
    Failed,
    Abandoned,
}

impl GoalStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::Completed,
        Self::Failed,
        Self::Abandoned,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Abandoned => "abandoned",
        }
    }
}

impl std::fmt::Display for GoalStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningStatus {
    Active,
    Invalidated,
}

impl LearningStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Invalidated];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Invalidated => "invalidated",
        }
    }
}

impl std::fmt::Display for LearningStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Where a learning came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningSource {
    Reflection,
    Feedback,
    Action,
    Manual,
}

impl LearningSource {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Reflection,
        Self::Feedback,
        Self::Action,
        Self::Manual,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Reflection => "reflection",
            Self::Feedback => "feedback",
            Self::Action => "action",
            Self::Manual => "manual",
        }
    }
}

impl std::fmt::Display for LearningSource {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Why a reflection ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReflectionTrigger {
    Threshold,
    Manual,
}

impl ReflectionTrigger {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Threshold, Self::Manual];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Threshold => "threshold",
            Self::Manual => "manual",
        }
    }
}

impl std::fmt::Display for ReflectionTrigger {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// What a piece of feedback is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackTarget {
    ActionExecution,
    Message,
    Memory,
    Goal,
    Conversation,
    General,
}

impl FeedbackTarget {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::ActionExecution,
        Self::Message,
        Self::Memory,
        Self::Goal,
        Self::Conversation,
        Self::General,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::ActionExecution => "action_execution",
            Self::Message => "message",
            Self::Memory => "memory",
            Self::Goal => "goal",
            Self::Conversation => "conversation",
            Self::General => "general",
        }
    }
}

impl std::fmt::Display for FeedbackTarget {
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

/// Weights of the three retrieval components. Each component is min-max normalised over the
/// candidate memories (all equal -> 0.5) before weighting. Each weight is 0 or more.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetrievalWeights {
    pub recency: f64,
    pub importance: f64,
    pub relevance: f64,
}

/// A memory with the components of its retrieval score, each normalised to 0..1.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScoredMemory {
    pub memory: Memory,
    /// Normalised exponential decay of the time since the memory was last accessed.
    pub recency: f64,
    /// Normalised importance (1..10 before normalising).
    pub importance: f64,
    /// Normalised similarity to the query: cosine of embeddings, or a lexical score offline.
    pub relevance: f64,
    /// The weighted sum of the three components.
    pub score: f64,
}

/// A conversation with its messages in order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationDetail {
    pub conversation: Conversation,
    pub messages: Vec<Message>,
}

/// The result of `think`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Thought {
    /// The model's answer.
    pub content: String,
    /// Planned actions as `[{action, params}]`, when the model proposes any.
    pub plan: Option<serde_json::Value>,
    /// The memories retrieved as context.
    pub memory_ids: Vec<String>,
    /// The memory that records this thought.
    pub memory_id: String,
}

/// Counts and averages over the agent's whole history.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentStats {
    pub status: AgentStatus,
    pub memories: i64,
    /// Sum of the memories' content sizes in bytes (UTF-8).
    pub memory_bytes: i64,
    pub reflections: i64,
    pub learnings_active: i64,
    pub conversations: i64,
    pub messages: i64,
    pub actions_registered: i64,
    pub executions: i64,
    pub executions_succeeded: i64,
    pub executions_failed: i64,
    pub executions_timed_out: i64,
    /// Mean duration of finished executions; null when there are none.
    pub average_execution_ms: Option<f64>,
    pub goals_active: i64,
    pub goals_completed: i64,
    pub goals_failed: i64,
    pub feedback_count: i64,
    /// Mean feedback rating (0..1); null when there is no feedback.
    pub average_rating: Option<f64>,
    pub importance_since_reflection: i64,
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

/// A row of the `agent_profile` table.
///
/// The agent's identity, personality and limits. A single row (`id` = 1), created with defaults
/// when the instance is first activated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentProfile {
    pub id: i64,
    pub name: String,
    /// A one-line statement of what the agent does.
    pub role: String,
    /// The system prompt.
    pub instructions: String,
    /// Traits, tone and style, as a JSON object.
    pub personality: serde_json::Value,
    /// Free-form settings for the agent's behaviour, such as the model name.
    pub config: serde_json::Value,
    /// The most memories the agent keeps.
    pub max_memories: i64,
    /// The most bytes of memory content (UTF-8) the agent keeps in total; 10 MiB by default.
    pub max_memory_bytes: i64,
    /// The most bytes (UTF-8) one memory's content may have.
    pub max_memory_content_bytes: i64,
    /// Summed importance of new memories that triggers a reflection (150 in Generative Agents).
    pub reflection_threshold: i64,
    /// Recency factor per hour since last access; recency = decay ^ hours (0.995 in Generative Agents).
    pub recency_decay: f64,
    pub weight_recency: f64,
    pub weight_importance: f64,
    pub weight_relevance: f64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl AgentProfile {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "agent_profile";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "role",
        "instructions",
        "personality",
        "config",
        "max_memories",
        "max_memory_bytes",
        "max_memory_content_bytes",
        "reflection_threshold",
        "recency_decay",
        "weight_recency",
        "weight_importance",
        "weight_relevance",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `agent_state` table.
///
/// Where the agent is in its loop. A single row (`id` = 1); `status` follows the `agent_status`
/// state machine, and the reflection counter lives here so that it survives restarts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentState {
    pub id: i64,
    pub status: AgentStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub status_changed_at: i64,
    pub current_goal_id: Option<String>,
    pub current_execution_id: Option<String>,
    /// Summed importance of memories stored since the last reflection; reset to 0 by each reflection.
    pub importance_since_reflection: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_reflection_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl AgentState {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "agent_state";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "status",
        "status_changed_at",
        "current_goal_id",
        "current_execution_id",
        "importance_since_reflection",
        "last_reflection_at",
        "updated_at",
    ];
}

/// A row of the `memories` table.
///
/// The memory stream. Every write path checks `max_memories`, `max_memory_bytes` and
/// `max_memory_content_bytes` of the profile.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Memory {
    pub id: String,
    pub content: String,
    #[serde(rename = "type")]
    pub r#type: MemoryType,
    /// A JSON array of tag strings.
    pub tags: serde_json::Value,
    /// Poignancy from 1 (mundane) to 10 (crucial).
    pub importance: i64,
    /// The content's size in bytes (UTF-8), summed for `max_memory_bytes`.
    pub size_bytes: i64,
    /// Where the memory came from, such as a conversation or action id.
    pub source: Option<String>,
    pub conversation_id: Option<String>,
    /// For reflections: ids of the memories the insight was drawn from.
    pub evidence_ids: serde_json::Value,
    /// The content's embedding as little-endian f32 values.
    #[serde(default, with = "crate::wire::base64")]
    pub embedding: Option<Vec<u8>>,
    /// The model that computed `embedding`; embeddings of other models are not compared.
    pub embedding_model: Option<String>,
    pub access_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Refreshed whenever retrieval or `recall` returns the memory.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub last_accessed_at: i64,
}

impl Memory {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "memories";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "content",
        "type",
        "tags",
        "importance",
        "size_bytes",
        "source",
        "conversation_id",
        "evidence_ids",
        "embedding",
        "embedding_model",
        "access_count",
        "created_at",
        "last_accessed_at",
    ];
}

/// A row of the `reflections` table.
///
/// Each run of reflection: what triggered it and how much importance had accumulated. The
/// insights it wrote are memories of type `reflection`, and learnings with `reflection_id` set.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reflection {
    pub id: String,
    pub trigger: ReflectionTrigger,
    /// The counter's value when the reflection started.
    pub importance_sum: i64,
    pub memories_considered: i64,
    /// The number of reflection memories written.
    pub insights: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Reflection {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "reflections";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "trigger",
        "importance_sum",
        "memories_considered",
        "insights",
        "created_at",
    ];
}

/// A row of the `learnings` table.
///
/// Lessons the agent has drawn, from reflection, feedback, failed actions or by hand.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Learning {
    pub id: String,
    pub insight: String,
    /// A free-form grouping, such as the action or topic concerned.
    pub category: Option<String>,
    pub source: LearningSource,
    pub reflection_id: Option<String>,
    pub feedback_id: Option<String>,
    pub confidence: f64,
    pub status: LearningStatus,
    pub applied_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_applied_at: Option<i64>,
    pub invalidated_reason: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub invalidated_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Learning {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "learnings";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "insight",
        "category",
        "source",
        "reflection_id",
        "feedback_id",
        "confidence",
        "status",
        "applied_count",
        "last_applied_at",
        "invalidated_reason",
        "invalidated_at",
        "created_at",
    ];
}

/// A row of the `conversations` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conversation {
    pub id: String,
    pub title: Option<String>,
    /// Who the agent talks with, such as a user id.
    pub participant: Option<String>,
    pub status: ConversationStatus,
    /// Written when the conversation ends.
    pub summary: Option<String>,
    pub message_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub ended_at: Option<i64>,
}

impl Conversation {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "conversations";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "participant",
        "status",
        "summary",
        "message_count",
        "started_at",
        "ended_at",
    ];
}

/// A row of the `messages` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub id: String,
    pub conversation_id: String,
    /// Position within the conversation, from 1.
    pub seq: i64,
    pub role: MessageRole,
    pub content: String,
    /// Tool calls, citations and the like.
    pub metadata: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Message {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "messages";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "conversation_id",
        "seq",
        "role",
        "content",
        "metadata",
        "created_at",
    ];
}

/// A row of the `actions` table.
///
/// Actions the agent can execute, each with a JSON Schema for its parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub name: String,
    pub description: String,
    /// A JSON Schema (draft 2020-12) the parameters must match.
    pub parameters: serde_json::Value,
    /// What runs the action: a built-in handler name or `object.method` of another object.
    pub handler: String,
    pub enabled: bool,
    pub timeout_ms: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Action {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "actions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "name",
        "description",
        "parameters",
        "handler",
        "enabled",
        "timeout_ms",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `action_executions` table.
///
/// Every execution of an action. `action_name` is not a foreign key, so the history survives
/// unregistering the action.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionExecution {
    pub id: String,
    pub action_name: String,
    pub params: serde_json::Value,
    pub outcome: ExecutionOutcome,
    pub result: Option<serde_json::Value>,
    /// The error message when the execution failed or timed out.
    pub error: Option<String>,
    pub goal_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
    pub duration_ms: Option<i64>,
}

impl ActionExecution {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "action_executions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "action_name",
        "params",
        "outcome",
        "result",
        "error",
        "goal_id",
        "started_at",
        "completed_at",
        "duration_ms",
    ];
}

/// A row of the `goals` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: String,
    pub description: String,
    /// What is measured, such as `signups`.
    pub metric: Option<String>,
    /// The metric value at which the goal is met.
    pub target: Option<f64>,
    /// The metric's latest value.
    pub current: Option<f64>,
    /// Fraction done; writes are clamped to 0..1 and reaching 1 completes the goal.
    pub progress: f64,
    pub status: GoalStatus,
    pub priority: i64,
    pub parent_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub deadline: Option<i64>,
    pub failure_reason: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
    /// When the goal left `active`.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
}

impl Goal {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "goals";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "description",
        "metric",
        "target",
        "current",
        "progress",
        "status",
        "priority",
        "parent_id",
        "deadline",
        "failure_reason",
        "created_at",
        "updated_at",
        "completed_at",
    ];
}

/// A row of the `feedback` table.
///
/// Ratings of the agent's work. A rating below 0.5 creates a learning.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub id: String,
    pub target_type: FeedbackTarget,
    pub target_id: Option<String>,
    /// 0 is worst, 1 is best.
    pub rating: f64,
    pub comment: Option<String>,
    /// The principal that gave the feedback.
    pub given_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Feedback {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "feedback";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "target_type",
        "target_id",
        "rating",
        "comment",
        "given_by",
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
///
/// Returns the agent's profile, limits and default retrieval weights.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetProfileParams {}

impl GetProfileParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getProfile";
}

/// Parameters of the `updateProfile` method.
///
/// Changes the fields given and leaves the others; lowering a limit below current use is allowed but blocks new memories.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateProfileParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personality: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_memories: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_memory_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_memory_content_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection_threshold: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recency_decay: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights: Option<RetrievalWeights>,
}

impl UpdateProfileParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateProfile";
}

/// Parameters of the `getState` method.
///
/// Returns the agent's state row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetStateParams {}

impl GetStateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getState";
}

/// Parameters of the `transition` method.
///
/// Moves the agent's state machine to `to`; the move must be allowed by `agent_status`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TransitionParams {
    pub to: AgentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl TransitionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "transition";
}

/// Parameters of the `think` method.
///
/// Retrieves memories relevant to the prompt, asks the language model, stores the answer as a
/// memory and returns it. The state moves idle -> thinking and back; with `act` set and a plan
/// returned, it moves on to acting and runs the plan's actions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ThinkParams {
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// Run the planned actions; defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<bool>,
}

impl ThinkParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "think";
}

/// Parameters of the `remember` method.
///
/// Stores a memory. Without `importance` the language model rates it (a fixed heuristic
/// offline). Adds its importance to the reflection counter and reflects once the threshold passes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RememberParams {
    pub content: String,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MemoryType>,
    /// 1 to 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
}

impl RememberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "remember";
}

/// Parameters of the `recall` method.
///
/// Returns one memory and refreshes its access time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecallParams {
    pub memory_id: String,
}

impl RecallParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recall";
}

/// Parameters of the `getMemories` method.
///
/// Lists memories by filter without scoring them and without refreshing access times.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMemoriesParams {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MemoryType>,
    /// Only memories that carry every one of these tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_importance: Option<i64>,
    /// Only memories created at or after this time.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// Defaults to newest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<MemorySort>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetMemoriesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMemories";
}

/// Parameters of the `retrieveMemories` method.
///
/// Scores the candidate memories against the query and returns the best `limit`, highest score
/// first. score = w_recency x recency + w_importance x importance + w_relevance x relevance,
/// each component min-max normalised over the candidates. Refreshes the access time of every
/// memory returned.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RetrieveMemoriesParams {
    pub query: String,
    /// Defaults to the profile's weights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weights: Option<RetrievalWeights>,
    /// 1 to 100; defaults to 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Only candidates of this type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MemoryType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_importance: Option<i64>,
}

impl RetrieveMemoriesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "retrieveMemories";
}

/// Parameters of the `updateMemory` method.
///
/// Changes a memory's content, importance or tags; a new content is checked against the limits and re-embedded.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMemoryParams {
    pub memory_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

impl UpdateMemoryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateMemory";
}

/// Parameters of the `forget` method.
///
/// Deletes a memory; returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForgetParams {
    pub memory_id: String,
}

impl ForgetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "forget";
}

/// Parameters of the `forgetMemories` method.
///
/// Deletes every memory that matches all the filters given; returns how many were deleted. At least one filter is required.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForgetMemoriesParams {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MemoryType>,
    /// Created before this time.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    /// Importance at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_importance: Option<i64>,
}

impl ForgetMemoriesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "forgetMemories";
}

/// Parameters of the `reflect` method.
///
/// Writes insights from recent memories as reflection memories and learnings, and resets the
/// reflection counter. Without `force` it runs only once the counter has reached the threshold
/// and otherwise returns null. The state moves to learning and back to idle.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReflectParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl ReflectParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "reflect";
}

/// Parameters of the `getReflections` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetReflectionsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetReflectionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getReflections";
}

/// Parameters of the `learn` method.
///
/// Records a learning by hand or from an outside source.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LearnParams {
    pub insight: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LearningSource>,
    /// 0 to 1; defaults to 0.5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

impl LearnParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "learn";
}

/// Parameters of the `getLearnings` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetLearningsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LearningStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetLearningsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getLearnings";
}

/// Parameters of the `applyLearning` method.
///
/// Counts one use of a learning; an invalidated learning cannot be applied.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApplyLearningParams {
    pub learning_id: String,
}

impl ApplyLearningParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "applyLearning";
}

/// Parameters of the `invalidateLearning` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvalidateLearningParams {
    pub learning_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl InvalidateLearningParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "invalidateLearning";
}

/// Parameters of the `startConversation` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartConversationParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
}

impl StartConversationParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "startConversation";
}

/// Parameters of the `addMessage` method.
///
/// Appends a message; an ended conversation takes no more messages.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddMessageParams {
    pub conversation_id: String,
    pub role: MessageRole,
    pub content: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
}

impl AddMessageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addMessage";
}

/// Parameters of the `getConversation` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetConversationParams {
    pub conversation_id: String,
    /// Return only the latest this many messages; defaults to all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_limit: Option<i64>,
}

impl GetConversationParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getConversation";
}

/// Parameters of the `listConversations` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListConversationsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ConversationStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListConversationsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listConversations";
}

/// Parameters of the `endConversation` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EndConversationParams {
    pub conversation_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

impl EndConversationParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "endConversation";
}

/// Parameters of the `registerAction` method.
///
/// Registers an action, or replaces the registration of the same name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterActionParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A JSON Schema for the parameters; defaults to any object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    pub handler: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl RegisterActionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "registerAction";
}

/// Parameters of the `unregisterAction` method.
///
/// Removes an action; its execution history stays. Returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnregisterActionParams {
    pub name: String,
}

impl UnregisterActionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "unregisterAction";
}

/// Parameters of the `listActions` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListActionsParams {}

impl ListActionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listActions";
}

/// Parameters of the `executeAction` method.
///
/// Checks the parameters against the action's schema, runs the action within its timeout and
/// records the execution with its duration and outcome. A failing action is not an error of
/// this call: the returned execution has outcome `failed` or `timed_out` and the failure is
/// remembered as a learning. The state moves to acting and back.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExecuteActionParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_id: Option<String>,
}

impl ExecuteActionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "executeAction";
}

/// Parameters of the `getActionExecutions` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetActionExecutionsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<ExecutionOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetActionExecutionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getActionExecutions";
}

/// Parameters of the `setGoal` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetGoalParams {
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
}

impl SetGoalParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setGoal";
}

/// Parameters of the `updateGoalProgress` method.
///
/// Sets progress directly, or derives it from `current` / `target`. Progress is clamped to
/// 0..1, and reaching 1 completes the goal. Only active goals change.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateGoalProgressParams {
    pub goal_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
}

impl UpdateGoalProgressParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateGoalProgress";
}

/// Parameters of the `getGoals` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetGoalsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GoalStatus>,
}

impl GetGoalsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getGoals";
}

/// Parameters of the `completeGoal` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompleteGoalParams {
    pub goal_id: String,
}

impl CompleteGoalParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "completeGoal";
}

/// Parameters of the `failGoal` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FailGoalParams {
    pub goal_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl FailGoalParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "failGoal";
}

/// Parameters of the `abandonGoal` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AbandonGoalParams {
    pub goal_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl AbandonGoalParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "abandonGoal";
}

/// Parameters of the `recordFeedback` method.
///
/// Records feedback; a rating below 0.5 also records a learning from the comment.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordFeedbackParams {
    pub rating: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<FeedbackTarget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl RecordFeedbackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordFeedback";
}

/// Parameters of the `getFeedback` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetFeedbackParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<FeedbackTarget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetFeedbackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getFeedback";
}

/// Parameters of the `getStats` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetStatsParams {}

impl GetStatsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getStats";
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

/// Payload of the `agent.state_changed` event.
///
/// The agent's state machine moved.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentStateChanged {
    pub from: AgentStatus,
    pub to: AgentStatus,
    pub reason: Option<String>,
}

impl AgentStateChanged {
    /// Name of the event.
    pub const NAME: &'static str = "agent.state_changed";
}

/// Payload of the `memory.stored` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemoryStored {
    pub memory_id: String,
    #[serde(rename = "type")]
    pub r#type: MemoryType,
    pub importance: i64,
}

impl MemoryStored {
    /// Name of the event.
    pub const NAME: &'static str = "memory.stored";
}

/// Payload of the `memory.forgotten` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemoryForgotten {
    pub memory_ids: Vec<String>,
}

impl MemoryForgotten {
    /// Name of the event.
    pub const NAME: &'static str = "memory.forgotten";
}

/// Payload of the `reflection.completed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionCompleted {
    pub reflection_id: String,
    pub importance_sum: i64,
    pub insights: i64,
}

impl ReflectionCompleted {
    /// Name of the event.
    pub const NAME: &'static str = "reflection.completed";
}

/// Payload of the `learning.recorded` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LearningRecorded {
    pub learning_id: String,
    pub source: LearningSource,
}

impl LearningRecorded {
    /// Name of the event.
    pub const NAME: &'static str = "learning.recorded";
}

/// Payload of the `action.executed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionExecuted {
    pub execution_id: String,
    pub action_name: String,
    pub outcome: ExecutionOutcome,
    pub duration_ms: i64,
}

impl ActionExecuted {
    /// Name of the event.
    pub const NAME: &'static str = "action.executed";
}

/// Payload of the `goal.completed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalCompleted {
    pub goal_id: String,
}

impl GoalCompleted {
    /// Name of the event.
    pub const NAME: &'static str = "goal.completed";
}

/// Payload of the `goal.failed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalFailed {
    pub goal_id: String,
    pub reason: Option<String>,
}

impl GoalFailed {
    /// Name of the event.
    pub const NAME: &'static str = "goal.failed";
}

/// Payload of the `conversation.started` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationStarted {
    pub conversation_id: String,
}

impl ConversationStarted {
    /// Name of the event.
    pub const NAME: &'static str = "conversation.started";
}

/// Payload of the `conversation.ended` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationEnded {
    pub conversation_id: String,
}

impl ConversationEnded {
    /// Name of the event.
    pub const NAME: &'static str = "conversation.ended";
}

/// Payload of the `feedback.recorded` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackRecorded {
    pub feedback_id: String,
    pub rating: f64,
}

impl FeedbackRecorded {
    /// Name of the event.
    pub const NAME: &'static str = "feedback.recorded";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "agent.state_changed")]
    AgentStateChanged(AgentStateChanged),
    #[serde(rename = "memory.stored")]
    MemoryStored(MemoryStored),
    #[serde(rename = "memory.forgotten")]
    MemoryForgotten(MemoryForgotten),
    #[serde(rename = "reflection.completed")]
    ReflectionCompleted(ReflectionCompleted),
    #[serde(rename = "learning.recorded")]
    LearningRecorded(LearningRecorded),
    #[serde(rename = "action.executed")]
    ActionExecuted(ActionExecuted),
    #[serde(rename = "goal.completed")]
    GoalCompleted(GoalCompleted),
    #[serde(rename = "goal.failed")]
    GoalFailed(GoalFailed),
    #[serde(rename = "conversation.started")]
    ConversationStarted(ConversationStarted),
    #[serde(rename = "conversation.ended")]
    ConversationEnded(ConversationEnded),
    #[serde(rename = "feedback.recorded")]
    FeedbackRecorded(FeedbackRecorded),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::AgentStateChanged(_) => "agent.state_changed",
            Self::MemoryStored(_) => "memory.stored",
            Self::MemoryForgotten(_) => "memory.forgotten",
            Self::ReflectionCompleted(_) => "reflection.completed",
            Self::LearningRecorded(_) => "learning.recorded",
            Self::ActionExecuted(_) => "action.executed",
            Self::GoalCompleted(_) => "goal.completed",
            Self::GoalFailed(_) => "goal.failed",
            Self::ConversationStarted(_) => "conversation.started",
            Self::ConversationEnded(_) => "conversation.ended",
            Self::FeedbackRecorded(_) => "feedback.recorded",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<AgentStateChanged> for Event {
    fn from(payload: AgentStateChanged) -> Self {
        Self::AgentStateChanged(payload)
    }
}

impl std::convert::From<MemoryStored> for Event {
    fn from(payload: MemoryStored) -> Self {
        Self::MemoryStored(payload)
    }
}

impl std::convert::From<MemoryForgotten> for Event {
    fn from(payload: MemoryForgotten) -> Self {
        Self::MemoryForgotten(payload)
    }
}

impl std::convert::From<ReflectionCompleted> for Event {
    fn from(payload: ReflectionCompleted) -> Self {
        Self::ReflectionCompleted(payload)
    }
}

impl std::convert::From<LearningRecorded> for Event {
    fn from(payload: LearningRecorded) -> Self {
        Self::LearningRecorded(payload)
    }
}

impl std::convert::From<ActionExecuted> for Event {
    fn from(payload: ActionExecuted) -> Self {
        Self::ActionExecuted(payload)
    }
}

impl std::convert::From<GoalCompleted> for Event {
    fn from(payload: GoalCompleted) -> Self {
        Self::GoalCompleted(payload)
    }
}

impl std::convert::From<GoalFailed> for Event {
    fn from(payload: GoalFailed) -> Self {
        Self::GoalFailed(payload)
    }
}

impl std::convert::From<ConversationStarted> for Event {
    fn from(payload: ConversationStarted) -> Self {
        Self::ConversationStarted(payload)
    }
}

impl std::convert::From<ConversationEnded> for Event {
    fn from(payload: ConversationEnded) -> Self {
        Self::ConversationEnded(payload)
    }
}

impl std::convert::From<FeedbackRecorded> for Event {
    fn from(payload: FeedbackRecorded) -> Self {
        Self::FeedbackRecorded(payload)
    }
}
