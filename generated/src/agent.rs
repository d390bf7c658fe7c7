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

/// Stored as its text value.
impl runtime::ToSql for AgentStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for AgentStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `AgentStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for MemoryType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MemoryType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MemoryType`"))
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

/// Stored as its text value.
impl runtime::ToSql for MemorySort {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MemorySort {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MemorySort`"))
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

/// Stored as its text value.
impl runtime::ToSql for ConversationStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ConversationStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ConversationStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for MessageRole {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MessageRole {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MessageRole`"))
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

/// Stored as its text value.
impl runtime::ToSql for ExecutionOutcome {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ExecutionOutcome {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ExecutionOutcome`"))
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

/// Stored as its text value.
impl runtime::ToSql for GoalStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for GoalStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `GoalStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for LearningStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for LearningStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `LearningStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for LearningSource {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for LearningSource {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `LearningSource`"))
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

/// Stored as its text value.
impl runtime::ToSql for ReflectionTrigger {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ReflectionTrigger {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ReflectionTrigger`"))
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

/// Stored as its text value.
impl runtime::ToSql for FeedbackTarget {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for FeedbackTarget {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `FeedbackTarget`"))
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/agent/0001_initial.sql"),
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
        verb: "GET",
        path: "state",
        method: "getState",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "memories",
        method: "remember",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "memories/search",
        method: "retrieveMemories",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "memories/{memoryId}",
        method: "updateMemory",
        params: &[
            runtime::RouteParam {
                name: "memoryId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "memories/{memoryId}",
        method: "forget",
        params: &[
            runtime::RouteParam {
                name: "memoryId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "reflections",
        method: "getReflections",
        params: &[
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "conversations",
        method: "startConversation",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "conversations/{conversationId}/messages",
        method: "addMessage",
        params: &[
            runtime::RouteParam {
                name: "conversationId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "conversations/{conversationId}",
        method: "getConversation",
        params: &[
            runtime::RouteParam {
                name: "conversationId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "messageLimit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "conversations/{conversationId}/end",
        method: "endConversation",
        params: &[
            runtime::RouteParam {
                name: "conversationId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "actions/{name}",
        method: "registerAction",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "actions/{name}",
        method: "unregisterAction",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "actions",
        method: "listActions",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "actions/{name}/execute",
        method: "executeAction",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "goals",
        method: "setGoal",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "goals/{goalId}/progress",
        method: "updateGoalProgress",
        params: &[
            runtime::RouteParam {
                name: "goalId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "goals/{goalId}/complete",
        method: "completeGoal",
        params: &[
            runtime::RouteParam {
                name: "goalId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "goals/{goalId}/fail",
        method: "failGoal",
        params: &[
            runtime::RouteParam {
                name: "goalId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "goals/{goalId}/abandon",
        method: "abandonGoal",
        params: &[
            runtime::RouteParam {
                name: "goalId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "feedback",
        method: "recordFeedback",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "stats",
        method: "getStats",
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
            permission: "agent:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateProfile",
            permission: "agent:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getState",
            permission: "agent:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "transition",
            permission: "agent:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "think",
            permission: "agent:think",
            writes: true,
        },
        runtime::MethodInfo {
            name: "remember",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recall",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMemories",
            permission: "memories:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "retrieveMemories",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updateMemory",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "forget",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "forgetMemories",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "reflect",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getReflections",
            permission: "memories:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "learn",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getLearnings",
            permission: "memories:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "applyLearning",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "invalidateLearning",
            permission: "memories:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "startConversation",
            permission: "conversations:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addMessage",
            permission: "conversations:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getConversation",
            permission: "conversations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listConversations",
            permission: "conversations:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "endConversation",
            permission: "conversations:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "registerAction",
            permission: "actions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "unregisterAction",
            permission: "actions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listActions",
            permission: "actions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "executeAction",
            permission: "actions:execute",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getActionExecutions",
            permission: "actions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setGoal",
            permission: "goals:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updateGoalProgress",
            permission: "goals:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getGoals",
            permission: "goals:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "completeGoal",
            permission: "goals:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "failGoal",
            permission: "goals:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "abandonGoal",
            permission: "goals:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recordFeedback",
            permission: "feedback:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getFeedback",
            permission: "feedback:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getStats",
            permission: "agent:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `agent` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `agent` spec",
    note = "implement `Methods` of the `agent` module for `{Self}`, with one async fn for each of: `get_profile`, `update_profile`, `get_state`, `transition`, `think`, `remember`, `recall`, `get_memories`, `retrieve_memories`, `update_memory`, `forget`, `forget_memories`, `reflect`, `get_reflections`, `learn`, `get_learnings`, `apply_learning`, `invalidate_learning`, `start_conversation`, `add_message`, `get_conversation`, `list_conversations`, `end_conversation`, `register_action`, `unregister_action`, `list_actions`, `execute_action`, `get_action_executions`, `set_goal`, `update_goal_progress`, `get_goals`, `complete_goal`, `fail_goal`, `abandon_goal`, `record_feedback`, `get_feedback`, `get_stats`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Returns the agent's profile, limits and default retrieval weights.
    ///
    /// Permission: `agent:read`. Route: `GET /profile`.
    async fn get_profile(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<AgentProfile>;
    /// Changes the fields given and leaves the others; lowering a limit below current use is allowed but blocks new memories.
    ///
    /// Permission: `agent:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    async fn update_profile(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateProfileParams,
    ) -> runtime::Result<AgentProfile>;
    /// Returns the agent's state row.
    ///
    /// Permission: `agent:read`. Route: `GET /state`.
    async fn get_state(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<AgentState>;
    /// Moves the agent's state machine to `to`; the move must be allowed by `agent_status`.
    ///
    /// Permission: `agent:write`. Errors: `INVALID_TRANSITION`.
    async fn transition(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: TransitionParams,
    ) -> runtime::Result<AgentState>;
    /// Retrieves memories relevant to the prompt, asks the language model, stores the answer as a
    /// memory and returns it. The state moves idle -> thinking and back; with `act` set and a plan
    /// returned, it moves on to acting and runs the plan's actions.
    ///
    /// Permission: `agent:think`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`, `MEMORY_LIMIT_REACHED`, `TIMEOUT`.
    async fn think(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ThinkParams,
    ) -> runtime::Result<Thought>;
    /// Stores a memory. Without `importance` the language model rates it (a fixed heuristic
    /// offline). Adds its importance to the reflection counter and reflects once the threshold passes.
    ///
    /// Permission: `memories:write`. Route: `POST /memories`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `MEMORY_LIMIT_REACHED`, `MEMORY_TOO_LARGE`.
    async fn remember(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RememberParams,
    ) -> runtime::Result<Memory>;
    /// Returns one memory and refreshes its access time.
    ///
    /// Permission: `memories:write`. Errors: `NOT_FOUND`.
    async fn recall(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecallParams,
    ) -> runtime::Result<Memory>;
    /// Lists memories by filter without scoring them and without refreshing access times.
    ///
    /// Permission: `memories:read`. Errors: `VALIDATION_ERROR`.
    async fn get_memories(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMemoriesParams,
    ) -> runtime::Result<Vec<Memory>>;
    /// Scores the candidate memories against the query and returns the best `limit`, highest score
    /// first. score = w_recency x recency + w_importance x importance + w_relevance x relevance,
    /// each component min-max normalised over the candidates. Refreshes the access time of every
    /// memory returned.
    ///
    /// Permission: `memories:write`. Route: `POST /memories/search`. Errors: `VALIDATION_ERROR`.
    async fn retrieve_memories(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RetrieveMemoriesParams,
    ) -> runtime::Result<Vec<ScoredMemory>>;
    /// Changes a memory's content, importance or tags; a new content is checked against the limits and re-embedded.
    ///
    /// Permission: `memories:write`. Route: `PATCH /memories/{memory_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `MEMORY_LIMIT_REACHED`, `MEMORY_TOO_LARGE`.
    async fn update_memory(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateMemoryParams,
    ) -> runtime::Result<Memory>;
    /// Deletes a memory; returns whether it existed.
    ///
    /// Permission: `memories:write`. Route: `DELETE /memories/{memory_id}`.
    async fn forget(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ForgetParams,
    ) -> runtime::Result<bool>;
    /// Deletes every memory that matches all the filters given; returns how many were deleted. At least one filter is required.
    ///
    /// Permission: `memories:write`. Errors: `VALIDATION_ERROR`.
    async fn forget_memories(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ForgetMemoriesParams,
    ) -> runtime::Result<i64>;
    /// Writes insights from recent memories as reflection memories and learnings, and resets the
    /// reflection counter. Without `force` it runs only once the counter has reached the threshold
    /// and otherwise returns null. The state moves to learning and back to idle.
    ///
    /// Permission: `memories:write`. Errors: `INVALID_TRANSITION`, `MEMORY_LIMIT_REACHED`.
    async fn reflect(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ReflectParams,
    ) -> runtime::Result<Option<Reflection>>;
    /// Permission: `memories:read`. Route: `GET /reflections`.
    async fn get_reflections(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetReflectionsParams,
    ) -> runtime::Result<Vec<Reflection>>;
    /// Records a learning by hand or from an outside source.
    ///
    /// Permission: `memories:write`. Errors: `VALIDATION_ERROR`.
    async fn learn(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: LearnParams,
    ) -> runtime::Result<Learning>;
    /// Permission: `memories:read`.
    async fn get_learnings(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetLearningsParams,
    ) -> runtime::Result<Vec<Learning>>;
    /// Counts one use of a learning; an invalidated learning cannot be applied.
    ///
    /// Permission: `memories:write`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn apply_learning(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ApplyLearningParams,
    ) -> runtime::Result<Learning>;
    /// Permission: `memories:write`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn invalidate_learning(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: InvalidateLearningParams,
    ) -> runtime::Result<Learning>;
    /// Permission: `conversations:write`. Route: `POST /conversations`.
    async fn start_conversation(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: StartConversationParams,
    ) -> runtime::Result<Conversation>;
    /// Appends a message; an ended conversation takes no more messages.
    ///
    /// Permission: `conversations:write`. Route: `POST /conversations/{conversation_id}/messages`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn add_message(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddMessageParams,
    ) -> runtime::Result<Message>;
    /// Permission: `conversations:read`. Route: `GET /conversations/{conversation_id}`. Errors: `NOT_FOUND`.
    async fn get_conversation(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetConversationParams,
    ) -> runtime::Result<ConversationDetail>;
    /// Permission: `conversations:read`.
    async fn list_conversations(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListConversationsParams,
    ) -> runtime::Result<Vec<Conversation>>;
    /// Permission: `conversations:write`. Route: `POST /conversations/{conversation_id}/end`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn end_conversation(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: EndConversationParams,
    ) -> runtime::Result<Conversation>;
    /// Registers an action, or replaces the registration of the same name.
    ///
    /// Permission: `actions:write`. Route: `PUT /actions/{name}`. Errors: `VALIDATION_ERROR`.
    async fn register_action(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RegisterActionParams,
    ) -> runtime::Result<Action>;
    /// Removes an action; its execution history stays. Returns whether it existed.
    ///
    /// Permission: `actions:write`. Route: `DELETE /actions/{name}`.
    async fn unregister_action(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UnregisterActionParams,
    ) -> runtime::Result<bool>;
    /// Permission: `actions:read`. Route: `GET /actions`.
    async fn list_actions(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Action>>;
    /// Checks the parameters against the action's schema, runs the action within its timeout and
    /// records the execution with its duration and outcome. A failing action is not an error of
    /// this call: the returned execution has outcome `failed` or `timed_out` and the failure is
    /// remembered as a learning. The state moves to acting and back.
    ///
    /// Permission: `actions:execute`. Route: `POST /actions/{name}/execute`. Errors: `ACTION_NOT_FOUND`, `ACTION_DISABLED`, `INVALID_ACTION_PARAMS`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn execute_action(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ExecuteActionParams,
    ) -> runtime::Result<ActionExecution>;
    /// Permission: `actions:read`.
    async fn get_action_executions(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetActionExecutionsParams,
    ) -> runtime::Result<Vec<ActionExecution>>;
    /// Permission: `goals:write`. Route: `POST /goals`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn set_goal(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetGoalParams,
    ) -> runtime::Result<Goal>;
    /// Sets progress directly, or derives it from `current` / `target`. Progress is clamped to
    /// 0..1, and reaching 1 completes the goal. Only active goals change.
    ///
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/progress`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn update_goal_progress(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateGoalProgressParams,
    ) -> runtime::Result<Goal>;
    /// Permission: `goals:read`.
    async fn get_goals(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetGoalsParams,
    ) -> runtime::Result<Vec<Goal>>;
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/complete`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn complete_goal(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CompleteGoalParams,
    ) -> runtime::Result<Goal>;
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/fail`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn fail_goal(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: FailGoalParams,
    ) -> runtime::Result<Goal>;
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/abandon`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn abandon_goal(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AbandonGoalParams,
    ) -> runtime::Result<Goal>;
    /// Records feedback; a rating below 0.5 also records a learning from the comment.
    ///
    /// Permission: `feedback:write`. Route: `POST /feedback`. Errors: `VALIDATION_ERROR`.
    async fn record_feedback(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordFeedbackParams,
    ) -> runtime::Result<Feedback>;
    /// Permission: `feedback:read`.
    async fn get_feedback(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetFeedbackParams,
    ) -> runtime::Result<Vec<Feedback>>;
    /// Permission: `agent:read`. Route: `GET /stats`.
    async fn get_stats(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<AgentStats>;
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
        "getState" => {
            let GetStateParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_state(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "transition" => {
            let params: TransitionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.transition(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "think" => {
            let params: ThinkParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.think(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "remember" => {
            let params: RememberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.remember(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recall" => {
            let params: RecallParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.recall(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMemories" => {
            let params: GetMemoriesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_memories(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "retrieveMemories" => {
            let params: RetrieveMemoriesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.retrieve_memories(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateMemory" => {
            let params: UpdateMemoryParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_memory(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "forget" => {
            let params: ForgetParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.forget(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "forgetMemories" => {
            let params: ForgetMemoriesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.forget_memories(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "reflect" => {
            let params: ReflectParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.reflect(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getReflections" => {
            let params: GetReflectionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_reflections(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "learn" => {
            let params: LearnParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.learn(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getLearnings" => {
            let params: GetLearningsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_learnings(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "applyLearning" => {
            let params: ApplyLearningParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.apply_learning(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "invalidateLearning" => {
            let params: InvalidateLearningParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.invalidate_learning(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "startConversation" => {
            let params: StartConversationParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.start_conversation(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addMessage" => {
            let params: AddMessageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_message(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getConversation" => {
            let params: GetConversationParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_conversation(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listConversations" => {
            let params: ListConversationsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_conversations(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "endConversation" => {
            let params: EndConversationParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.end_conversation(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "registerAction" => {
            let params: RegisterActionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.register_action(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "unregisterAction" => {
            let params: UnregisterActionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.unregister_action(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listActions" => {
            let ListActionsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_actions(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "executeAction" => {
            let params: ExecuteActionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.execute_action(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getActionExecutions" => {
            let params: GetActionExecutionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_action_executions(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setGoal" => {
            let params: SetGoalParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.set_goal(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateGoalProgress" => {
            let params: UpdateGoalProgressParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_goal_progress(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getGoals" => {
            let params: GetGoalsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_goals(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "completeGoal" => {
            let params: CompleteGoalParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.complete_goal(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "failGoal" => {
            let params: FailGoalParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.fail_goal(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "abandonGoal" => {
            let params: AbandonGoalParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.abandon_goal(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recordFeedback" => {
            let params: RecordFeedbackParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.record_feedback(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getFeedback" => {
            let params: GetFeedbackParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_feedback(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getStats" => {
            let GetStatsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_stats(ctx).await?;
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
    /// Returns the agent's profile, limits and default retrieval weights.
    ///
    /// Permission: `agent:read`. Route: `GET /profile`.
    pub async fn get_profile(&self) -> runtime::Result<AgentProfile> {
        self.stub.call_as::<AgentProfile>("getProfile", GetProfileParams {}).await
    }
    /// Changes the fields given and leaves the others; lowering a limit below current use is allowed but blocks new memories.
    ///
    /// Permission: `agent:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    pub async fn update_profile(
        &self,
        params: UpdateProfileParams,
    ) -> runtime::Result<AgentProfile> {
        self.stub.call_as::<AgentProfile>("updateProfile", params).await
    }
    /// Returns the agent's state row.
    ///
    /// Permission: `agent:read`. Route: `GET /state`.
    pub async fn get_state(&self) -> runtime::Result<AgentState> {
        self.stub.call_as::<AgentState>("getState", GetStateParams {}).await
    }
    /// Moves the agent's state machine to `to`; the move must be allowed by `agent_status`.
    ///
    /// Permission: `agent:write`. Errors: `INVALID_TRANSITION`.
    pub async fn transition(
        &self,
        params: TransitionParams,
    ) -> runtime::Result<AgentState> {
        self.stub.call_as::<AgentState>("transition", params).await
    }
    /// Retrieves memories relevant to the prompt, asks the language model, stores the answer as a
    /// memory and returns it. The state moves idle -> thinking and back; with `act` set and a plan
    /// returned, it moves on to acting and runs the plan's actions.
    ///
    /// Permission: `agent:think`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`, `MEMORY_LIMIT_REACHED`, `TIMEOUT`.
    pub async fn think(&self, params: ThinkParams) -> runtime::Result<Thought> {
        self.stub.call_as::<Thought>("think", params).await
    }
    /// Stores a memory. Without `importance` the language model rates it (a fixed heuristic
    /// offline). Adds its importance to the reflection counter and reflects once the threshold passes.
    ///
    /// Permission: `memories:write`. Route: `POST /memories`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `MEMORY_LIMIT_REACHED`, `MEMORY_TOO_LARGE`.
    pub async fn remember(&self, params: RememberParams) -> runtime::Result<Memory> {
        self.stub.call_as::<Memory>("remember", params).await
    }
    /// Returns one memory and refreshes its access time.
    ///
    /// Permission: `memories:write`. Errors: `NOT_FOUND`.
    pub async fn recall(&self, params: RecallParams) -> runtime::Result<Memory> {
        self.stub.call_as::<Memory>("recall", params).await
    }
    /// Lists memories by filter without scoring them and without refreshing access times.
    ///
    /// Permission: `memories:read`. Errors: `VALIDATION_ERROR`.
    pub async fn get_memories(
        &self,
        params: GetMemoriesParams,
    ) -> runtime::Result<Vec<Memory>> {
        self.stub.call_as::<Vec<Memory>>("getMemories", params).await
    }
    /// Scores the candidate memories against the query and returns the best `limit`, highest score
    /// first. score = w_recency x recency + w_importance x importance + w_relevance x relevance,
    /// each component min-max normalised over the candidates. Refreshes the access time of every
    /// memory returned.
    ///
    /// Permission: `memories:write`. Route: `POST /memories/search`. Errors: `VALIDATION_ERROR`.
    pub async fn retrieve_memories(
        &self,
        params: RetrieveMemoriesParams,
    ) -> runtime::Result<Vec<ScoredMemory>> {
        self.stub.call_as::<Vec<ScoredMemory>>("retrieveMemories", params).await
    }
    /// Changes a memory's content, importance or tags; a new content is checked against the limits and re-embedded.
    ///
    /// Permission: `memories:write`. Route: `PATCH /memories/{memory_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `MEMORY_LIMIT_REACHED`, `MEMORY_TOO_LARGE`.
    pub async fn update_memory(
        &self,
        params: UpdateMemoryParams,
    ) -> runtime::Result<Memory> {
        self.stub.call_as::<Memory>("updateMemory", params).await
    }
    /// Deletes a memory; returns whether it existed.
    ///
    /// Permission: `memories:write`. Route: `DELETE /memories/{memory_id}`.
    pub async fn forget(&self, params: ForgetParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("forget", params).await
    }
    /// Deletes every memory that matches all the filters given; returns how many were deleted. At least one filter is required.
    ///
    /// Permission: `memories:write`. Errors: `VALIDATION_ERROR`.
    pub async fn forget_memories(
        &self,
        params: ForgetMemoriesParams,
    ) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("forgetMemories", params).await
    }
    /// Writes insights from recent memories as reflection memories and learnings, and resets the
    /// reflection counter. Without `force` it runs only once the counter has reached the threshold
    /// and otherwise returns null. The state moves to learning and back to idle.
    ///
    /// Permission: `memories:write`. Errors: `INVALID_TRANSITION`, `MEMORY_LIMIT_REACHED`.
    pub async fn reflect(
        &self,
        params: ReflectParams,
    ) -> runtime::Result<Option<Reflection>> {
        self.stub.call_as::<Option<Reflection>>("reflect", params).await
    }
    /// Permission: `memories:read`. Route: `GET /reflections`.
    pub async fn get_reflections(
        &self,
        params: GetReflectionsParams,
    ) -> runtime::Result<Vec<Reflection>> {
        self.stub.call_as::<Vec<Reflection>>("getReflections", params).await
    }
    /// Records a learning by hand or from an outside source.
    ///
    /// Permission: `memories:write`. Errors: `VALIDATION_ERROR`.
    pub async fn learn(&self, params: LearnParams) -> runtime::Result<Learning> {
        self.stub.call_as::<Learning>("learn", params).await
    }
    /// Permission: `memories:read`.
    pub async fn get_learnings(
        &self,
        params: GetLearningsParams,
    ) -> runtime::Result<Vec<Learning>> {
        self.stub.call_as::<Vec<Learning>>("getLearnings", params).await
    }
    /// Counts one use of a learning; an invalidated learning cannot be applied.
    ///
    /// Permission: `memories:write`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn apply_learning(
        &self,
        params: ApplyLearningParams,
    ) -> runtime::Result<Learning> {
        self.stub.call_as::<Learning>("applyLearning", params).await
    }
    /// Permission: `memories:write`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn invalidate_learning(
        &self,
        params: InvalidateLearningParams,
    ) -> runtime::Result<Learning> {
        self.stub.call_as::<Learning>("invalidateLearning", params).await
    }
    /// Permission: `conversations:write`. Route: `POST /conversations`.
    pub async fn start_conversation(
        &self,
        params: StartConversationParams,
    ) -> runtime::Result<Conversation> {
        self.stub.call_as::<Conversation>("startConversation", params).await
    }
    /// Appends a message; an ended conversation takes no more messages.
    ///
    /// Permission: `conversations:write`. Route: `POST /conversations/{conversation_id}/messages`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn add_message(
        &self,
        params: AddMessageParams,
    ) -> runtime::Result<Message> {
        self.stub.call_as::<Message>("addMessage", params).await
    }
    /// Permission: `conversations:read`. Route: `GET /conversations/{conversation_id}`. Errors: `NOT_FOUND`.
    pub async fn get_conversation(
        &self,
        params: GetConversationParams,
    ) -> runtime::Result<ConversationDetail> {
        self.stub.call_as::<ConversationDetail>("getConversation", params).await
    }
    /// Permission: `conversations:read`.
    pub async fn list_conversations(
        &self,
        params: ListConversationsParams,
    ) -> runtime::Result<Vec<Conversation>> {
        self.stub.call_as::<Vec<Conversation>>("listConversations", params).await
    }
    /// Permission: `conversations:write`. Route: `POST /conversations/{conversation_id}/end`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn end_conversation(
        &self,
        params: EndConversationParams,
    ) -> runtime::Result<Conversation> {
        self.stub.call_as::<Conversation>("endConversation", params).await
    }
    /// Registers an action, or replaces the registration of the same name.
    ///
    /// Permission: `actions:write`. Route: `PUT /actions/{name}`. Errors: `VALIDATION_ERROR`.
    pub async fn register_action(
        &self,
        params: RegisterActionParams,
    ) -> runtime::Result<Action> {
        self.stub.call_as::<Action>("registerAction", params).await
    }
    /// Removes an action; its execution history stays. Returns whether it existed.
    ///
    /// Permission: `actions:write`. Route: `DELETE /actions/{name}`.
    pub async fn unregister_action(
        &self,
        params: UnregisterActionParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("unregisterAction", params).await
    }
    /// Permission: `actions:read`. Route: `GET /actions`.
    pub async fn list_actions(&self) -> runtime::Result<Vec<Action>> {
        self.stub.call_as::<Vec<Action>>("listActions", ListActionsParams {}).await
    }
    /// Checks the parameters against the action's schema, runs the action within its timeout and
    /// records the execution with its duration and outcome. A failing action is not an error of
    /// this call: the returned execution has outcome `failed` or `timed_out` and the failure is
    /// remembered as a learning. The state moves to acting and back.
    ///
    /// Permission: `actions:execute`. Route: `POST /actions/{name}/execute`. Errors: `ACTION_NOT_FOUND`, `ACTION_DISABLED`, `INVALID_ACTION_PARAMS`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn execute_action(
        &self,
        params: ExecuteActionParams,
    ) -> runtime::Result<ActionExecution> {
        self.stub.call_as::<ActionExecution>("executeAction", params).await
    }
    /// Permission: `actions:read`.
    pub async fn get_action_executions(
        &self,
        params: GetActionExecutionsParams,
    ) -> runtime::Result<Vec<ActionExecution>> {
        self.stub.call_as::<Vec<ActionExecution>>("getActionExecutions", params).await
    }
    /// Permission: `goals:write`. Route: `POST /goals`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn set_goal(&self, params: SetGoalParams) -> runtime::Result<Goal> {
        self.stub.call_as::<Goal>("setGoal", params).await
    }
    /// Sets progress directly, or derives it from `current` / `target`. Progress is clamped to
    /// 0..1, and reaching 1 completes the goal. Only active goals change.
    ///
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/progress`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn update_goal_progress(
        &self,
        params: UpdateGoalProgressParams,
    ) -> runtime::Result<Goal> {
        self.stub.call_as::<Goal>("updateGoalProgress", params).await
    }
    /// Permission: `goals:read`.
    pub async fn get_goals(&self, params: GetGoalsParams) -> runtime::Result<Vec<Goal>> {
        self.stub.call_as::<Vec<Goal>>("getGoals", params).await
    }
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/complete`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn complete_goal(
        &self,
        params: CompleteGoalParams,
    ) -> runtime::Result<Goal> {
        self.stub.call_as::<Goal>("completeGoal", params).await
    }
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/fail`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn fail_goal(&self, params: FailGoalParams) -> runtime::Result<Goal> {
        self.stub.call_as::<Goal>("failGoal", params).await
    }
    /// Permission: `goals:write`. Route: `POST /goals/{goal_id}/abandon`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn abandon_goal(
        &self,
        params: AbandonGoalParams,
    ) -> runtime::Result<Goal> {
        self.stub.call_as::<Goal>("abandonGoal", params).await
    }
    /// Records feedback; a rating below 0.5 also records a learning from the comment.
    ///
    /// Permission: `feedback:write`. Route: `POST /feedback`. Errors: `VALIDATION_ERROR`.
    pub async fn record_feedback(
        &self,
        params: RecordFeedbackParams,
    ) -> runtime::Result<Feedback> {
        self.stub.call_as::<Feedback>("recordFeedback", params).await
    }
    /// Permission: `feedback:read`.
    pub async fn get_feedback(
        &self,
        params: GetFeedbackParams,
    ) -> runtime::Result<Vec<Feedback>> {
        self.stub.call_as::<Vec<Feedback>>("getFeedback", params).await
    }
    /// Permission: `agent:read`. Route: `GET /stats`.
    pub async fn get_stats(&self) -> runtime::Result<AgentStats> {
        self.stub.call_as::<AgentStats>("getStats", GetStatsParams {}).await
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

impl AgentProfile {
    /// Reads a row of `agent_profile` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            role: row.get("role")?,
            instructions: row.get("instructions")?,
            personality: row.get("personality")?,
            config: row.get("config")?,
            max_memories: row.get("max_memories")?,
            max_memory_bytes: row.get("max_memory_bytes")?,
            max_memory_content_bytes: row.get("max_memory_content_bytes")?,
            reflection_threshold: row.get("reflection_threshold")?,
            recency_decay: row.get("recency_decay")?,
            weight_recency: row.get("weight_recency")?,
            weight_importance: row.get("weight_importance")?,
            weight_relevance: row.get("weight_relevance")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `agent_profile` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> AgentProfileTable<'_> {
        AgentProfileTable { sql }
    }
}

/// Typed access to the `agent_profile` table, inside the transaction of the current call.
pub struct AgentProfileTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl AgentProfileTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &AgentProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"agent_profile\" (\"id\", \"name\", \"role\", \"instructions\", \"personality\", \"config\", \"max_memories\", \"max_memory_bytes\", \"max_memory_content_bytes\", \"reflection_threshold\", \"recency_decay\", \"weight_recency\", \"weight_importance\", \"weight_relevance\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.instructions),
                    runtime::ToSql::to_sql(&row.personality),
                    runtime::ToSql::to_sql(&row.config),
                    runtime::ToSql::to_sql(&row.max_memories),
                    runtime::ToSql::to_sql(&row.max_memory_bytes),
                    runtime::ToSql::to_sql(&row.max_memory_content_bytes),
                    runtime::ToSql::to_sql(&row.reflection_threshold),
                    runtime::ToSql::to_sql(&row.recency_decay),
                    runtime::ToSql::to_sql(&row.weight_recency),
                    runtime::ToSql::to_sql(&row.weight_importance),
                    runtime::ToSql::to_sql(&row.weight_relevance),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &AgentProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"agent_profile\" (\"id\", \"name\", \"role\", \"instructions\", \"personality\", \"config\", \"max_memories\", \"max_memory_bytes\", \"max_memory_content_bytes\", \"reflection_threshold\", \"recency_decay\", \"weight_recency\", \"weight_importance\", \"weight_relevance\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"role\" = excluded.\"role\", \"instructions\" = excluded.\"instructions\", \"personality\" = excluded.\"personality\", \"config\" = excluded.\"config\", \"max_memories\" = excluded.\"max_memories\", \"max_memory_bytes\" = excluded.\"max_memory_bytes\", \"max_memory_content_bytes\" = excluded.\"max_memory_content_bytes\", \"reflection_threshold\" = excluded.\"reflection_threshold\", \"recency_decay\" = excluded.\"recency_decay\", \"weight_recency\" = excluded.\"weight_recency\", \"weight_importance\" = excluded.\"weight_importance\", \"weight_relevance\" = excluded.\"weight_relevance\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.instructions),
                    runtime::ToSql::to_sql(&row.personality),
                    runtime::ToSql::to_sql(&row.config),
                    runtime::ToSql::to_sql(&row.max_memories),
                    runtime::ToSql::to_sql(&row.max_memory_bytes),
                    runtime::ToSql::to_sql(&row.max_memory_content_bytes),
                    runtime::ToSql::to_sql(&row.reflection_threshold),
                    runtime::ToSql::to_sql(&row.recency_decay),
                    runtime::ToSql::to_sql(&row.weight_recency),
                    runtime::ToSql::to_sql(&row.weight_importance),
                    runtime::ToSql::to_sql(&row.weight_relevance),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<AgentProfile>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"role\", \"instructions\", \"personality\", \"config\", \"max_memories\", \"max_memory_bytes\", \"max_memory_content_bytes\", \"reflection_threshold\", \"recency_decay\", \"weight_recency\", \"weight_importance\", \"weight_relevance\", \"created_at\", \"updated_at\" FROM \"agent_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(AgentProfile::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &AgentProfile) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"agent_profile\" SET \"name\" = ?1, \"role\" = ?2, \"instructions\" = ?3, \"personality\" = ?4, \"config\" = ?5, \"max_memories\" = ?6, \"max_memory_bytes\" = ?7, \"max_memory_content_bytes\" = ?8, \"reflection_threshold\" = ?9, \"recency_decay\" = ?10, \"weight_recency\" = ?11, \"weight_importance\" = ?12, \"weight_relevance\" = ?13, \"created_at\" = ?14, \"updated_at\" = ?15 WHERE \"id\" = ?16",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.instructions),
                    runtime::ToSql::to_sql(&row.personality),
                    runtime::ToSql::to_sql(&row.config),
                    runtime::ToSql::to_sql(&row.max_memories),
                    runtime::ToSql::to_sql(&row.max_memory_bytes),
                    runtime::ToSql::to_sql(&row.max_memory_content_bytes),
                    runtime::ToSql::to_sql(&row.reflection_threshold),
                    runtime::ToSql::to_sql(&row.recency_decay),
                    runtime::ToSql::to_sql(&row.weight_recency),
                    runtime::ToSql::to_sql(&row.weight_importance),
                    runtime::ToSql::to_sql(&row.weight_relevance),
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
                "DELETE FROM \"agent_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `agent_profile` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AgentProfile>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AgentProfile::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"role\", \"instructions\", \"personality\", \"config\", \"max_memories\", \"max_memory_bytes\", \"max_memory_content_bytes\", \"reflection_threshold\", \"recency_decay\", \"weight_recency\", \"weight_importance\", \"weight_relevance\", \"created_at\", \"updated_at\" FROM \"agent_profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"role\", \"instructions\", \"personality\", \"config\", \"max_memories\", \"max_memory_bytes\", \"max_memory_content_bytes\", \"reflection_threshold\", \"recency_decay\", \"weight_recency\", \"weight_importance\", \"weight_relevance\", \"created_at\", \"updated_at\" FROM \"agent_profile\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AgentProfile::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AgentProfile::TABLE,
                AgentProfile::primary_key,
            ),
        )
    }
}

impl AgentState {
    /// Reads a row of `agent_state` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            status: row.get("status")?,
            status_changed_at: row.get("status_changed_at")?,
            current_goal_id: row.get("current_goal_id")?,
            current_execution_id: row.get("current_execution_id")?,
            importance_since_reflection: row.get("importance_since_reflection")?,
            last_reflection_at: row.get("last_reflection_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `agent_state` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> AgentStateTable<'_> {
        AgentStateTable { sql }
    }
}

/// Typed access to the `agent_state` table, inside the transaction of the current call.
pub struct AgentStateTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl AgentStateTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &AgentState) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"agent_state\" (\"id\", \"status\", \"status_changed_at\", \"current_goal_id\", \"current_execution_id\", \"importance_since_reflection\", \"last_reflection_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.status_changed_at),
                    runtime::ToSql::to_sql(&row.current_goal_id),
                    runtime::ToSql::to_sql(&row.current_execution_id),
                    runtime::ToSql::to_sql(&row.importance_since_reflection),
                    runtime::ToSql::to_sql(&row.last_reflection_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &AgentState) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"agent_state\" (\"id\", \"status\", \"status_changed_at\", \"current_goal_id\", \"current_execution_id\", \"importance_since_reflection\", \"last_reflection_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"status\" = excluded.\"status\", \"status_changed_at\" = excluded.\"status_changed_at\", \"current_goal_id\" = excluded.\"current_goal_id\", \"current_execution_id\" = excluded.\"current_execution_id\", \"importance_since_reflection\" = excluded.\"importance_since_reflection\", \"last_reflection_at\" = excluded.\"last_reflection_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.status_changed_at),
                    runtime::ToSql::to_sql(&row.current_goal_id),
                    runtime::ToSql::to_sql(&row.current_execution_id),
                    runtime::ToSql::to_sql(&row.importance_since_reflection),
                    runtime::ToSql::to_sql(&row.last_reflection_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<AgentState>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"status\", \"status_changed_at\", \"current_goal_id\", \"current_execution_id\", \"importance_since_reflection\", \"last_reflection_at\", \"updated_at\" FROM \"agent_state\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(AgentState::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &AgentState) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"agent_state\" SET \"status\" = ?1, \"status_changed_at\" = ?2, \"current_goal_id\" = ?3, \"current_execution_id\" = ?4, \"importance_since_reflection\" = ?5, \"last_reflection_at\" = ?6, \"updated_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.status_changed_at),
                    runtime::ToSql::to_sql(&row.current_goal_id),
                    runtime::ToSql::to_sql(&row.current_execution_id),
                    runtime::ToSql::to_sql(&row.importance_since_reflection),
                    runtime::ToSql::to_sql(&row.last_reflection_at),
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
                "DELETE FROM \"agent_state\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `agent_state` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AgentState>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AgentState::TABLE, 1)?);
                "SELECT \"id\", \"status\", \"status_changed_at\", \"current_goal_id\", \"current_execution_id\", \"importance_since_reflection\", \"last_reflection_at\", \"updated_at\" FROM \"agent_state\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"status\", \"status_changed_at\", \"current_goal_id\", \"current_execution_id\", \"importance_since_reflection\", \"last_reflection_at\", \"updated_at\" FROM \"agent_state\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AgentState::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AgentState::TABLE,
                AgentState::primary_key,
            ),
        )
    }
}

impl Memory {
    /// Reads a row of `memories` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            content: row.get("content")?,
            r#type: row.get("type")?,
            tags: row.get("tags")?,
            importance: row.get("importance")?,
            size_bytes: row.get("size_bytes")?,
            source: row.get("source")?,
            conversation_id: row.get("conversation_id")?,
            evidence_ids: row.get("evidence_ids")?,
            embedding: row.get("embedding")?,
            embedding_model: row.get("embedding_model")?,
            access_count: row.get("access_count")?,
            created_at: row.get("created_at")?,
            last_accessed_at: row.get("last_accessed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `memories` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MemoryTable<'_> {
        MemoryTable { sql }
    }
}

/// Typed access to the `memories` table, inside the transaction of the current call.
pub struct MemoryTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MemoryTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Memory) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"memories\" (\"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.importance),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.evidence_ids),
                    runtime::ToSql::to_sql(&row.embedding),
                    runtime::ToSql::to_sql(&row.embedding_model),
                    runtime::ToSql::to_sql(&row.access_count),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.last_accessed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Memory) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"memories\" (\"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (\"id\") DO UPDATE SET \"content\" = excluded.\"content\", \"type\" = excluded.\"type\", \"tags\" = excluded.\"tags\", \"importance\" = excluded.\"importance\", \"size_bytes\" = excluded.\"size_bytes\", \"source\" = excluded.\"source\", \"conversation_id\" = excluded.\"conversation_id\", \"evidence_ids\" = excluded.\"evidence_ids\", \"embedding\" = excluded.\"embedding\", \"embedding_model\" = excluded.\"embedding_model\", \"access_count\" = excluded.\"access_count\", \"created_at\" = excluded.\"created_at\", \"last_accessed_at\" = excluded.\"last_accessed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.importance),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.evidence_ids),
                    runtime::ToSql::to_sql(&row.embedding),
                    runtime::ToSql::to_sql(&row.embedding_model),
                    runtime::ToSql::to_sql(&row.access_count),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.last_accessed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Memory>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Memory::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Memory) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"memories\" SET \"content\" = ?1, \"type\" = ?2, \"tags\" = ?3, \"importance\" = ?4, \"size_bytes\" = ?5, \"source\" = ?6, \"conversation_id\" = ?7, \"evidence_ids\" = ?8, \"embedding\" = ?9, \"embedding_model\" = ?10, \"access_count\" = ?11, \"created_at\" = ?12, \"last_accessed_at\" = ?13 WHERE \"id\" = ?14",
                &[
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.importance),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.evidence_ids),
                    runtime::ToSql::to_sql(&row.embedding),
                    runtime::ToSql::to_sql(&row.embedding_model),
                    runtime::ToSql::to_sql(&row.access_count),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.last_accessed_at),
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
                "DELETE FROM \"memories\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `memories` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Memory>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Memory::TABLE, 1)?);
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Memory::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Memory::TABLE, Memory::primary_key))
    }
    /// Lists the rows whose `type` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `memories_type_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_type_created_at(
        &self,
        r#type: MemoryType,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Memory>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&r#type),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Memory::TABLE, 1)?);
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"type\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"type\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Memory::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Memory::TABLE, Memory::primary_key))
    }
    /// Lists the rows whose `importance` equals the given value, in primary-key order.
    /// The filter uses the index `memories_importance_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_importance(
        &self,
        importance: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Memory>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&importance)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Memory::TABLE, 1)?);
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"importance\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"importance\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Memory::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Memory::TABLE, Memory::primary_key))
    }
    /// Lists the rows whose `last_accessed_at` equals the given value, in primary-key order.
    /// The filter uses the index `memories_last_accessed_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_last_accessed_at(
        &self,
        last_accessed_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Memory>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&last_accessed_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Memory::TABLE, 1)?);
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"last_accessed_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"last_accessed_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Memory::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Memory::TABLE, Memory::primary_key))
    }
    /// Lists the rows whose `created_at` equals the given value, in primary-key order.
    /// The filter uses the index `memories_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created_at(
        &self,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Memory>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Memory::TABLE, 1)?);
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"created_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"content\", \"type\", \"tags\", \"importance\", \"size_bytes\", \"source\", \"conversation_id\", \"evidence_ids\", \"embedding\", \"embedding_model\", \"access_count\", \"created_at\", \"last_accessed_at\" FROM \"memories\" WHERE \"created_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Memory::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Memory::TABLE, Memory::primary_key))
    }
}

impl Reflection {
    /// Reads a row of `reflections` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            trigger: row.get("trigger")?,
            importance_sum: row.get("importance_sum")?,
            memories_considered: row.get("memories_considered")?,
            insights: row.get("insights")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `reflections` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ReflectionTable<'_> {
        ReflectionTable { sql }
    }
}

/// Typed access to the `reflections` table, inside the transaction of the current call.
pub struct ReflectionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ReflectionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Reflection) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"reflections\" (\"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.trigger),
                    runtime::ToSql::to_sql(&row.importance_sum),
                    runtime::ToSql::to_sql(&row.memories_considered),
                    runtime::ToSql::to_sql(&row.insights),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Reflection) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"reflections\" (\"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"id\") DO UPDATE SET \"trigger\" = excluded.\"trigger\", \"importance_sum\" = excluded.\"importance_sum\", \"memories_considered\" = excluded.\"memories_considered\", \"insights\" = excluded.\"insights\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.trigger),
                    runtime::ToSql::to_sql(&row.importance_sum),
                    runtime::ToSql::to_sql(&row.memories_considered),
                    runtime::ToSql::to_sql(&row.insights),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Reflection>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\" FROM \"reflections\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Reflection::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Reflection) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"reflections\" SET \"trigger\" = ?1, \"importance_sum\" = ?2, \"memories_considered\" = ?3, \"insights\" = ?4, \"created_at\" = ?5 WHERE \"id\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.trigger),
                    runtime::ToSql::to_sql(&row.importance_sum),
                    runtime::ToSql::to_sql(&row.memories_considered),
                    runtime::ToSql::to_sql(&row.insights),
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
                "DELETE FROM \"reflections\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `reflections` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Reflection>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Reflection::TABLE, 1)?);
                "SELECT \"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\" FROM \"reflections\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\" FROM \"reflections\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Reflection::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Reflection::TABLE,
                Reflection::primary_key,
            ),
        )
    }
    /// Lists the rows whose `created_at` equals the given value, in primary-key order.
    /// The filter uses the index `reflections_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created_at(
        &self,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Reflection>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Reflection::TABLE, 1)?);
                "SELECT \"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\" FROM \"reflections\" WHERE \"created_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"trigger\", \"importance_sum\", \"memories_considered\", \"insights\", \"created_at\" FROM \"reflections\" WHERE \"created_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Reflection::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Reflection::TABLE,
                Reflection::primary_key,
            ),
        )
    }
}

impl Learning {
    /// Reads a row of `learnings` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            insight: row.get("insight")?,
            category: row.get("category")?,
            source: row.get("source")?,
            reflection_id: row.get("reflection_id")?,
            feedback_id: row.get("feedback_id")?,
            confidence: row.get("confidence")?,
            status: row.get("status")?,
            applied_count: row.get("applied_count")?,
            last_applied_at: row.get("last_applied_at")?,
            invalidated_reason: row.get("invalidated_reason")?,
            invalidated_at: row.get("invalidated_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `learnings` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> LearningTable<'_> {
        LearningTable { sql }
    }
}

/// Typed access to the `learnings` table, inside the transaction of the current call.
pub struct LearningTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl LearningTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Learning) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"learnings\" (\"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.insight),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.reflection_id),
                    runtime::ToSql::to_sql(&row.feedback_id),
                    runtime::ToSql::to_sql(&row.confidence),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.applied_count),
                    runtime::ToSql::to_sql(&row.last_applied_at),
                    runtime::ToSql::to_sql(&row.invalidated_reason),
                    runtime::ToSql::to_sql(&row.invalidated_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Learning) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"learnings\" (\"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"insight\" = excluded.\"insight\", \"category\" = excluded.\"category\", \"source\" = excluded.\"source\", \"reflection_id\" = excluded.\"reflection_id\", \"feedback_id\" = excluded.\"feedback_id\", \"confidence\" = excluded.\"confidence\", \"status\" = excluded.\"status\", \"applied_count\" = excluded.\"applied_count\", \"last_applied_at\" = excluded.\"last_applied_at\", \"invalidated_reason\" = excluded.\"invalidated_reason\", \"invalidated_at\" = excluded.\"invalidated_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.insight),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.reflection_id),
                    runtime::ToSql::to_sql(&row.feedback_id),
                    runtime::ToSql::to_sql(&row.confidence),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.applied_count),
                    runtime::ToSql::to_sql(&row.last_applied_at),
                    runtime::ToSql::to_sql(&row.invalidated_reason),
                    runtime::ToSql::to_sql(&row.invalidated_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Learning>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\" FROM \"learnings\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Learning::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Learning) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"learnings\" SET \"insight\" = ?1, \"category\" = ?2, \"source\" = ?3, \"reflection_id\" = ?4, \"feedback_id\" = ?5, \"confidence\" = ?6, \"status\" = ?7, \"applied_count\" = ?8, \"last_applied_at\" = ?9, \"invalidated_reason\" = ?10, \"invalidated_at\" = ?11, \"created_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.insight),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.source),
                    runtime::ToSql::to_sql(&row.reflection_id),
                    runtime::ToSql::to_sql(&row.feedback_id),
                    runtime::ToSql::to_sql(&row.confidence),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.applied_count),
                    runtime::ToSql::to_sql(&row.last_applied_at),
                    runtime::ToSql::to_sql(&row.invalidated_reason),
                    runtime::ToSql::to_sql(&row.invalidated_at),
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
                "DELETE FROM \"learnings\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `learnings` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Learning>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Learning::TABLE, 1)?);
                "SELECT \"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\" FROM \"learnings\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\" FROM \"learnings\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Learning::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Learning::TABLE, Learning::primary_key))
    }
    /// Lists the rows whose `status` and `category` equal the given values, in primary-key order.
    /// The filter uses the index `learnings_status_category_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_category(
        &self,
        status: LearningStatus,
        category: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Learning>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&category),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Learning::TABLE, 1)?);
                "SELECT \"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\" FROM \"learnings\" WHERE \"status\" = ?1 AND \"category\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"insight\", \"category\", \"source\", \"reflection_id\", \"feedback_id\", \"confidence\", \"status\", \"applied_count\", \"last_applied_at\", \"invalidated_reason\", \"invalidated_at\", \"created_at\" FROM \"learnings\" WHERE \"status\" = ?1 AND \"category\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Learning::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Learning::TABLE, Learning::primary_key))
    }
}

impl Conversation {
    /// Reads a row of `conversations` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            title: row.get("title")?,
            participant: row.get("participant")?,
            status: row.get("status")?,
            summary: row.get("summary")?,
            message_count: row.get("message_count")?,
            started_at: row.get("started_at")?,
            ended_at: row.get("ended_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `conversations` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ConversationTable<'_> {
        ConversationTable { sql }
    }
}

/// Typed access to the `conversations` table, inside the transaction of the current call.
pub struct ConversationTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ConversationTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Conversation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"conversations\" (\"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.participant),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.summary),
                    runtime::ToSql::to_sql(&row.message_count),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.ended_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Conversation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"conversations\" (\"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"title\" = excluded.\"title\", \"participant\" = excluded.\"participant\", \"status\" = excluded.\"status\", \"summary\" = excluded.\"summary\", \"message_count\" = excluded.\"message_count\", \"started_at\" = excluded.\"started_at\", \"ended_at\" = excluded.\"ended_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.participant),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.summary),
                    runtime::ToSql::to_sql(&row.message_count),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.ended_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Conversation>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\" FROM \"conversations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Conversation::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Conversation) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"conversations\" SET \"title\" = ?1, \"participant\" = ?2, \"status\" = ?3, \"summary\" = ?4, \"message_count\" = ?5, \"started_at\" = ?6, \"ended_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.participant),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.summary),
                    runtime::ToSql::to_sql(&row.message_count),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.ended_at),
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
                "DELETE FROM \"conversations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `conversations` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Conversation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Conversation::TABLE, 1)?);
                "SELECT \"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\" FROM \"conversations\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\" FROM \"conversations\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Conversation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Conversation::TABLE,
                Conversation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` and `started_at` equal the given values, in primary-key order.
    /// The filter uses the index `conversations_status_started_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_started_at(
        &self,
        status: ConversationStatus,
        started_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Conversation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&started_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Conversation::TABLE, 1)?);
                "SELECT \"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\" FROM \"conversations\" WHERE \"status\" = ?1 AND \"started_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"title\", \"participant\", \"status\", \"summary\", \"message_count\", \"started_at\", \"ended_at\" FROM \"conversations\" WHERE \"status\" = ?1 AND \"started_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Conversation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Conversation::TABLE,
                Conversation::primary_key,
            ),
        )
    }
}

impl Message {
    /// Reads a row of `messages` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            conversation_id: row.get("conversation_id")?,
            seq: row.get("seq")?,
            role: row.get("role")?,
            content: row.get("content")?,
            metadata: row.get("metadata")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `messages` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MessageTable<'_> {
        MessageTable { sql }
    }
}

/// Typed access to the `messages` table, inside the transaction of the current call.
pub struct MessageTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MessageTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Message) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"messages\" (\"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Message) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"messages\" (\"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"conversation_id\" = excluded.\"conversation_id\", \"seq\" = excluded.\"seq\", \"role\" = excluded.\"role\", \"content\" = excluded.\"content\", \"metadata\" = excluded.\"metadata\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Message>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\" FROM \"messages\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Message::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Message) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"messages\" SET \"conversation_id\" = ?1, \"seq\" = ?2, \"role\" = ?3, \"content\" = ?4, \"metadata\" = ?5, \"created_at\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.conversation_id),
                    runtime::ToSql::to_sql(&row.seq),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.metadata),
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
                "DELETE FROM \"messages\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `messages` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Message>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Message::TABLE, 1)?);
                "SELECT \"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\" FROM \"messages\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\" FROM \"messages\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Message::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Message::TABLE, Message::primary_key))
    }
    /// Lists the rows whose `conversation_id` and `seq` equal the given values, in primary-key order.
    /// The filter uses the index `messages_conversation_id_seq_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_conversation_id_seq(
        &self,
        conversation_id: &str,
        seq: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Message>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&conversation_id),
            runtime::ToSql::to_sql(&seq),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Message::TABLE, 1)?);
                "SELECT \"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\" FROM \"messages\" WHERE \"conversation_id\" = ?1 AND \"seq\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"conversation_id\", \"seq\", \"role\", \"content\", \"metadata\", \"created_at\" FROM \"messages\" WHERE \"conversation_id\" = ?1 AND \"seq\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Message::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Message::TABLE, Message::primary_key))
    }
}

impl Action {
    /// Reads a row of `actions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            name: row.get("name")?,
            description: row.get("description")?,
            parameters: row.get("parameters")?,
            handler: row.get("handler")?,
            enabled: row.get("enabled")?,
            timeout_ms: row.get("timeout_ms")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.name)])
    }
    /// Returns the accessor of the `actions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ActionTable<'_> {
        ActionTable { sql }
    }
}

/// Typed access to the `actions` table, inside the transaction of the current call.
pub struct ActionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ActionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Action) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"actions\" (\"name\", \"description\", \"parameters\", \"handler\", \"enabled\", \"timeout_ms\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.parameters),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Action) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"actions\" (\"name\", \"description\", \"parameters\", \"handler\", \"enabled\", \"timeout_ms\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"name\") DO UPDATE SET \"description\" = excluded.\"description\", \"parameters\" = excluded.\"parameters\", \"handler\" = excluded.\"handler\", \"enabled\" = excluded.\"enabled\", \"timeout_ms\" = excluded.\"timeout_ms\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.parameters),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.timeout_ms),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, name: &str) -> runtime::Result<Option<Action>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"name\", \"description\", \"parameters\", \"handler\", \"enabled\", \"timeout_ms\", \"created_at\", \"updated_at\" FROM \"actions\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        found.as_ref().map(Action::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Action) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"actions\" SET \"description\" = ?1, \"parameters\" = ?2, \"handler\" = ?3, \"enabled\" = ?4, \"timeout_ms\" = ?5, \"created_at\" = ?6, \"updated_at\" = ?7 WHERE \"name\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.parameters),
                    runtime::ToSql::to_sql(&row.handler),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.timeout_ms),
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
                "DELETE FROM \"actions\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `actions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Action>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Action::TABLE, 1)?);
                "SELECT \"name\", \"description\", \"parameters\", \"handler\", \"enabled\", \"timeout_ms\", \"created_at\", \"updated_at\" FROM \"actions\" WHERE \"name\" > ?1 ORDER BY \"name\" LIMIT ?2"
            }
            None => {
                "SELECT \"name\", \"description\", \"parameters\", \"handler\", \"enabled\", \"timeout_ms\", \"created_at\", \"updated_at\" FROM \"actions\" ORDER BY \"name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Action::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Action::TABLE, Action::primary_key))
    }
}

impl ActionExecution {
    /// Reads a row of `action_executions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            action_name: row.get("action_name")?,
            params: row.get("params")?,
            outcome: row.get("outcome")?,
            result: row.get("result")?,
            error: row.get("error")?,
            goal_id: row.get("goal_id")?,
            started_at: row.get("started_at")?,
            completed_at: row.get("completed_at")?,
            duration_ms: row.get("duration_ms")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `action_executions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ActionExecutionTable<'_> {
        ActionExecutionTable { sql }
    }
}

/// Typed access to the `action_executions` table, inside the transaction of the current call.
pub struct ActionExecutionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ActionExecutionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &ActionExecution) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"action_executions\" (\"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action_name),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.goal_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &ActionExecution) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"action_executions\" (\"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"action_name\" = excluded.\"action_name\", \"params\" = excluded.\"params\", \"outcome\" = excluded.\"outcome\", \"result\" = excluded.\"result\", \"error\" = excluded.\"error\", \"goal_id\" = excluded.\"goal_id\", \"started_at\" = excluded.\"started_at\", \"completed_at\" = excluded.\"completed_at\", \"duration_ms\" = excluded.\"duration_ms\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action_name),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.goal_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<ActionExecution>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(ActionExecution::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &ActionExecution) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"action_executions\" SET \"action_name\" = ?1, \"params\" = ?2, \"outcome\" = ?3, \"result\" = ?4, \"error\" = ?5, \"goal_id\" = ?6, \"started_at\" = ?7, \"completed_at\" = ?8, \"duration_ms\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.action_name),
                    runtime::ToSql::to_sql(&row.params),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.result),
                    runtime::ToSql::to_sql(&row.error),
                    runtime::ToSql::to_sql(&row.goal_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.duration_ms),
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
                "DELETE FROM \"action_executions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `action_executions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ActionExecution>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ActionExecution::TABLE, 1)?);
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ActionExecution::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ActionExecution::TABLE,
                ActionExecution::primary_key,
            ),
        )
    }
    /// Lists the rows whose `action_name` and `started_at` equal the given values, in primary-key order.
    /// The filter uses the index `action_executions_action_name_started_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_action_name_started_at(
        &self,
        action_name: &str,
        started_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ActionExecution>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&action_name),
            runtime::ToSql::to_sql(&started_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ActionExecution::TABLE, 1)?);
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"action_name\" = ?1 AND \"started_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"action_name\" = ?1 AND \"started_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ActionExecution::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ActionExecution::TABLE,
                ActionExecution::primary_key,
            ),
        )
    }
    /// Lists the rows whose `outcome` equals the given value, in primary-key order.
    /// The filter uses the index `action_executions_outcome_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_outcome(
        &self,
        outcome: ExecutionOutcome,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ActionExecution>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&outcome)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ActionExecution::TABLE, 1)?);
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"outcome\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"action_name\", \"params\", \"outcome\", \"result\", \"error\", \"goal_id\", \"started_at\", \"completed_at\", \"duration_ms\" FROM \"action_executions\" WHERE \"outcome\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ActionExecution::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ActionExecution::TABLE,
                ActionExecution::primary_key,
            ),
        )
    }
}

impl Goal {
    /// Reads a row of `goals` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            description: row.get("description")?,
            metric: row.get("metric")?,
            target: row.get("target")?,
            current: row.get("current")?,
            progress: row.get("progress")?,
            status: row.get("status")?,
            priority: row.get("priority")?,
            parent_id: row.get("parent_id")?,
            deadline: row.get("deadline")?,
            failure_reason: row.get("failure_reason")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
            completed_at: row.get("completed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `goals` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> GoalTable<'_> {
        GoalTable { sql }
    }
}

/// Typed access to the `goals` table, inside the transaction of the current call.
pub struct GoalTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl GoalTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Goal) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"goals\" (\"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.metric),
                    runtime::ToSql::to_sql(&row.target),
                    runtime::ToSql::to_sql(&row.current),
                    runtime::ToSql::to_sql(&row.progress),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.deadline),
                    runtime::ToSql::to_sql(&row.failure_reason),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Goal) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"goals\" (\"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (\"id\") DO UPDATE SET \"description\" = excluded.\"description\", \"metric\" = excluded.\"metric\", \"target\" = excluded.\"target\", \"current\" = excluded.\"current\", \"progress\" = excluded.\"progress\", \"status\" = excluded.\"status\", \"priority\" = excluded.\"priority\", \"parent_id\" = excluded.\"parent_id\", \"deadline\" = excluded.\"deadline\", \"failure_reason\" = excluded.\"failure_reason\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\", \"completed_at\" = excluded.\"completed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.metric),
                    runtime::ToSql::to_sql(&row.target),
                    runtime::ToSql::to_sql(&row.current),
                    runtime::ToSql::to_sql(&row.progress),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.deadline),
                    runtime::ToSql::to_sql(&row.failure_reason),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.completed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Goal>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\" FROM \"goals\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Goal::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Goal) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"goals\" SET \"description\" = ?1, \"metric\" = ?2, \"target\" = ?3, \"current\" = ?4, \"progress\" = ?5, \"status\" = ?6, \"priority\" = ?7, \"parent_id\" = ?8, \"deadline\" = ?9, \"failure_reason\" = ?10, \"created_at\" = ?11, \"updated_at\" = ?12, \"completed_at\" = ?13 WHERE \"id\" = ?14",
                &[
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.metric),
                    runtime::ToSql::to_sql(&row.target),
                    runtime::ToSql::to_sql(&row.current),
                    runtime::ToSql::to_sql(&row.progress),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.priority),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.deadline),
                    runtime::ToSql::to_sql(&row.failure_reason),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.completed_at),
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
                "DELETE FROM \"goals\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `goals` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Goal>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Goal::TABLE, 1)?);
                "SELECT \"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\" FROM \"goals\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\" FROM \"goals\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Goal::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Goal::TABLE, Goal::primary_key))
    }
    /// Lists the rows whose `status` and `priority` equal the given values, in primary-key order.
    /// The filter uses the index `goals_status_priority_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_priority(
        &self,
        status: GoalStatus,
        priority: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Goal>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&priority),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Goal::TABLE, 1)?);
                "SELECT \"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\" FROM \"goals\" WHERE \"status\" = ?1 AND \"priority\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"description\", \"metric\", \"target\", \"current\", \"progress\", \"status\", \"priority\", \"parent_id\", \"deadline\", \"failure_reason\", \"created_at\", \"updated_at\", \"completed_at\" FROM \"goals\" WHERE \"status\" = ?1 AND \"priority\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Goal::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Goal::TABLE, Goal::primary_key))
    }
}

impl Feedback {
    /// Reads a row of `feedback` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            target_type: row.get("target_type")?,
            target_id: row.get("target_id")?,
            rating: row.get("rating")?,
            comment: row.get("comment")?,
            given_by: row.get("given_by")?,
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
                "INSERT INTO \"feedback\" (\"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.target_type),
                    runtime::ToSql::to_sql(&row.target_id),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.given_by),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Feedback) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"feedback\" (\"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"target_type\" = excluded.\"target_type\", \"target_id\" = excluded.\"target_id\", \"rating\" = excluded.\"rating\", \"comment\" = excluded.\"comment\", \"given_by\" = excluded.\"given_by\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.target_type),
                    runtime::ToSql::to_sql(&row.target_id),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.given_by),
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
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"id\" = ?1",
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
                "UPDATE \"feedback\" SET \"target_type\" = ?1, \"target_id\" = ?2, \"rating\" = ?3, \"comment\" = ?4, \"given_by\" = ?5, \"created_at\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.target_type),
                    runtime::ToSql::to_sql(&row.target_id),
                    runtime::ToSql::to_sql(&row.rating),
                    runtime::ToSql::to_sql(&row.comment),
                    runtime::ToSql::to_sql(&row.given_by),
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
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" ORDER BY \"id\" LIMIT ?1"
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
    /// Lists the rows whose `target_type` and `target_id` equal the given values, in primary-key order.
    /// The filter uses the index `feedback_target_type_target_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_target_type_target_id(
        &self,
        target_type: FeedbackTarget,
        target_id: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Feedback>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&target_type),
            runtime::ToSql::to_sql(&target_id),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Feedback::TABLE, 1)?);
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"target_type\" = ?1 AND \"target_id\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"target_type\" = ?1 AND \"target_id\" IS ?2 ORDER BY \"id\" LIMIT ?3"
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
    /// Lists the rows whose `created_at` equals the given value, in primary-key order.
    /// The filter uses the index `feedback_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created_at(
        &self,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Feedback>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Feedback::TABLE, 1)?);
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"created_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"target_type\", \"target_id\", \"rating\", \"comment\", \"given_by\", \"created_at\" FROM \"feedback\" WHERE \"created_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
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
