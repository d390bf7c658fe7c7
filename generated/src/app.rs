//! Types of the `app` object, generated from its spec by `cargo run -p codegen`.
//!
//! One application: its users (anonymous and identified), preferences, sessions, config,
//! feature flags evaluated as Unleash does, product analytics with visits, tenants and activity.
//! Percentages are whole or fractional percent (0 to 100), as Unleash writes rollouts.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "app";

/// The object's class name.
pub const CLASS: &str = "App";

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
    "create",
    "get",
    "update",
    "archive",
    "restore",
    "identify",
    "getUser",
    "getUserByDistinctId",
    "listUsers",
    "updateUser",
    "deleteUser",
    "getPreferences",
    "setPreference",
    "deletePreference",
    "createSession",
    "validateSession",
    "listSessions",
    "revokeSession",
    "revokeUserSessions",
    "getConfig",
    "listConfig",
    "setConfig",
    "deleteConfig",
    "createFlag",
    "getFlag",
    "listFlags",
    "updateFlag",
    "deleteFlag",
    "isFeatureEnabled",
    "evaluateFlags",
    "track",
    "trackPageView",
    "getEvents",
    "getVisits",
    "getAnalyticsSummary",
    "createTenant",
    "getTenant",
    "listTenants",
    "updateTenant",
    "deleteTenant",
    "addTenantMember",
    "removeTenantMember",
    "getTenantMembers",
    "getUserTenants",
    "getActivity",
    "getDashboard",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "app.created",
    "app.updated",
    "app.archived",
    "app.restored",
    "user.identified",
    "user.merged",
    "user.updated",
    "user.deleted",
    "session.created",
    "session.revoked",
    "config.changed",
    "flag.created",
    "flag.updated",
    "flag.deleted",
    "tenant.created",
    "tenant.updated",
    "tenant.member_added",
    "tenant.member_removed",
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
pub enum AppStatus {
    Active,
    Archived,
}

impl AppStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Archived];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Archived => "archived",
        }
    }
}

impl std::fmt::Display for AppStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for AppStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for AppStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `AppStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Active,
    Expired,
    Revoked,
}

impl SessionStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Expired, Self::Revoked];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
        }
    }
}

impl std::fmt::Display for SessionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for SessionStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SessionStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SessionStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TenantStatus {
    Active,
    Suspended,
    Deleted,
}

impl TenantStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Suspended, Self::Deleted];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Deleted => "deleted",
        }
    }
}

impl std::fmt::Display for TenantStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for TenantStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TenantStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TenantStatus`"))
    }
}

/// The context field the rollout bucket hashes. `default` uses the user id, then the session
/// id, then a random value, as Unleash does; a missing or empty value never maps to a fixed bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stickiness {
    Default,
    UserId,
    SessionId,
    TenantId,
    Random,
}

impl Stickiness {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Default,
        Self::UserId,
        Self::SessionId,
        Self::TenantId,
        Self::Random,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::UserId => "user_id",
            Self::SessionId => "session_id",
            Self::TenantId => "tenant_id",
            Self::Random => "random",
        }
    }
}

impl std::fmt::Display for Stickiness {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for Stickiness {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for Stickiness {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `Stickiness`"))
    }
}

/// Unleash's constraint operators, in snake_case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintOperator {
    In,
    NotIn,
    StrContains,
    StrStartsWith,
    StrEndsWith,
    NumEq,
    NumGt,
    NumGte,
    NumLt,
    NumLte,
    DateAfter,
    DateBefore,
    SemverEq,
    SemverGt,
    SemverLt,
}

impl ConstraintOperator {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::In,
        Self::NotIn,
        Self::StrContains,
        Self::StrStartsWith,
        Self::StrEndsWith,
        Self::NumEq,
        Self::NumGt,
        Self::NumGte,
        Self::NumLt,
        Self::NumLte,
        Self::DateAfter,
        Self::DateBefore,
        Self::SemverEq,
        Self::SemverGt,
        Self::SemverLt,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::In => "in",
            Self::NotIn => "not_in",
            Self::StrContains => "str_contains",
            Self::StrStartsWith => "str_starts_with",
            Self::StrEndsWith => "str_ends_with",
            Self::NumEq => "num_eq",
            Self::NumGt => "num_gt",
            Self::NumGte => "num_gte",
            Self::NumLt => "num_lt",
            Self::NumLte => "num_lte",
            Self::DateAfter => "date_after",
            Self::DateBefore => "date_before",
            Self::SemverEq => "semver_eq",
            Self::SemverGt => "semver_gt",
            Self::SemverLt => "semver_lt",
        }
    }
}

impl std::fmt::Display for ConstraintOperator {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for ConstraintOperator {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ConstraintOperator {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ConstraintOperator`"))
    }
}

/// Why a flag evaluated as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    NotFound,
    Disabled,
    UserListed,
    TenantListed,
    ConstraintsFailed,
    InRollout,
    OutOfRollout,
    NoTargeting,
}

impl FlagReason {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::NotFound,
        Self::Disabled,
        Self::UserListed,
        Self::TenantListed,
        Self::ConstraintsFailed,
        Self::InRollout,
        Self::OutOfRollout,
        Self::NoTargeting,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Disabled => "disabled",
            Self::UserListed => "user_listed",
            Self::TenantListed => "tenant_listed",
            Self::ConstraintsFailed => "constraints_failed",
            Self::InRollout => "in_rollout",
            Self::OutOfRollout => "out_of_rollout",
            Self::NoTargeting => "no_targeting",
        }
    }
}

impl std::fmt::Display for FlagReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for FlagReason {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for FlagReason {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `FlagReason`"))
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
pub struct AppInput {
    pub name: String,
    pub slug: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppPatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserPatch {
    pub email: Option<String>,
    pub name: Option<String>,
    pub avatar_url: Option<String>,
    /// Merged into the stored traits, key by key.
    pub traits: Option<serde_json::Value>,
}

/// The result of `identify`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Identified {
    pub user: User,
    /// The anonymous user merged into `user`, if any.
    pub merged_user_id: Option<String>,
}

/// A new session and its token, which is returned only here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewSession {
    pub session: SessionView,
    pub token: String,
}

/// A session as read back; the token hash never leaves the object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub id: String,
    pub user_id: String,
    pub status: SessionStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_active_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub revoked_at: Option<i64>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
}

/// A config entry as read back; `value` is null for a secret unless the caller may read secrets.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigView {
    pub key: String,
    pub value: Option<serde_json::Value>,
    pub is_secret: bool,
    pub description: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

/// An Unleash constraint on one context field.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagConstraint {
    /// `user_id`, `session_id`, `tenant_id`, `remote_address`, `current_time` or a key of `properties`.
    pub context_name: String,
    pub operator: ConstraintOperator,
    /// For `in` and `not_in` and the string operators.
    pub values: Option<Vec<String>>,
    /// For the number, date and semver operators.
    pub value: Option<String>,
    pub inverted: Option<bool>,
    pub case_insensitive: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagInput {
    /// snake_case or kebab-case, unique.
    pub key: String,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    /// 0 to 100; leave out for no gradual rollout.
    pub rollout_percent: Option<i64>,
    pub stickiness: Option<Stickiness>,
    /// Defaults to the flag key.
    pub group_id: Option<String>,
    pub user_ids: Option<Vec<String>>,
    pub tenant_ids: Option<Vec<String>>,
    pub constraints: Option<Vec<FlagConstraint>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagPatch {
    pub description: Option<String>,
    pub enabled: Option<bool>,
    pub rollout_percent: Option<i64>,
    /// Remove the gradual rollout.
    pub clear_rollout: Option<bool>,
    pub stickiness: Option<Stickiness>,
    pub group_id: Option<String>,
    pub user_ids: Option<Vec<String>>,
    pub tenant_ids: Option<Vec<String>>,
    pub constraints: Option<Vec<FlagConstraint>>,
}

/// Who a flag is evaluated for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagContext {
    pub user_id: Option<String>,
    pub session_id: Option<String>,
    pub tenant_id: Option<String>,
    pub remote_address: Option<String>,
    /// More context fields for constraints, as an object of strings.
    pub properties: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagEvaluation {
    pub key: String,
    pub enabled: bool,
    pub reason: FlagReason,
}

/// One analytics event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrackInput {
    /// Such as `$pageview` or `signup_completed`.
    pub event: String,
    pub distinct_id: String,
    pub properties: Option<serde_json::Value>,
    pub url: Option<String>,
    pub referrer: Option<String>,
    /// Defaults to now.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub occurred_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tracked {
    pub event_id: i64,
    pub visit_id: String,
    pub new_visit: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventQuery {
    pub event: Option<String>,
    pub distinct_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub from: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: Option<i64>,
    pub before_id: Option<i64>,
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventCount {
    pub event: String,
    pub count: i64,
    pub unique_users: i64,
}

/// Analytics of a time range.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyticsSummary {
    /// Milliseconds since the Unix epoch, UTC.
    pub from: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: i64,
    pub events: i64,
    pub unique_users: i64,
    pub visits: i64,
    pub page_views: i64,
    /// Visits with one page view / visits x 100; null without visits.
    pub bounce_rate_percent: Option<f64>,
    pub average_visit_duration_ms: Option<i64>,
    pub top_events: Vec<EventCount>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantInput {
    pub name: String,
    pub slug: Option<String>,
    pub plan: Option<String>,
    pub settings: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantPatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub plan: Option<String>,
    pub settings: Option<serde_json::Value>,
    pub status: Option<TenantStatus>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub profile: Profile,
    pub users: i64,
    pub identified_users: i64,
    pub active_sessions: i64,
    pub tenants: i64,
    pub flags: Vec<FeatureFlag>,
    /// Secret values are always null here.
    pub config: Vec<ConfigView>,
    /// The last 30 days.
    pub analytics: AnalyticsSummary,
    pub recent_activity: Vec<Activity>,
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

/// A row of the `profile` table.
///
/// The app itself, one row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub description: Option<String>,
    pub url: Option<String>,
    pub status: AppStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Profile {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "profile";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "slug",
        "description",
        "url",
        "status",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `users` table.
///
/// People, identified or anonymous. A person may have several distinct ids (see `user_aliases`);
/// an anonymous user merged into another keeps its row with `merged_into` set.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub is_identified: bool,
    pub email: Option<String>,
    pub name: Option<String>,
    pub avatar_url: Option<String>,
    pub traits: serde_json::Value,
    pub merged_into: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub first_seen_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_seen_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl User {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "users";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "is_identified",
        "email",
        "name",
        "avatar_url",
        "traits",
        "merged_into",
        "first_seen_at",
        "last_seen_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `user_aliases` table.
///
/// Every distinct id a user has been seen with, anonymous or identified.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserAliase {
    pub distinct_id: String,
    pub user_id: String,
    pub is_identified: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl UserAliase {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "user_aliases";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "distinct_id",
        "user_id",
        "is_identified",
        "created_at",
    ];
}

/// A row of the `preferences` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Preference {
    pub user_id: String,
    pub key: String,
    pub value: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Preference {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "preferences";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "user_id",
        "key",
        "value",
        "updated_at",
    ];
}

/// A row of the `sessions` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: String,
    pub user_id: String,
    /// SHA-256 of the token, hex.
    pub token_hash: String,
    /// Moves to `expired` when read after `expires_at`.
    pub status: SessionStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_active_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub revoked_at: Option<i64>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
}

impl Session {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "sessions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "user_id",
        "token_hash",
        "status",
        "created_at",
        "expires_at",
        "last_active_at",
        "revoked_at",
        "ip_address",
        "user_agent",
    ];
}

/// A row of the `config` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigEntry {
    pub key: String,
    pub value: serde_json::Value,
    /// Masked in reads without `config:read_secrets`, and always in the dashboard.
    pub is_secret: bool,
    pub description: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl ConfigEntry {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "config";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "key",
        "value",
        "is_secret",
        "description",
        "updated_at",
    ];
}

/// A row of the `feature_flags` table.
///
/// Flags evaluated as Unleash does. A flag is on when it is enabled and either has no
/// targeting at all, or the user or tenant is listed, or its constraints hold and the rollout
/// bucket murmur3_32("<group_id>:<stickiness value>", seed 0) % 100 + 1 is at most
/// `rollout_percent` (with `rollout_percent` > 0; no rollout set means everyone who passes the constraints).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeatureFlag {
    pub key: String,
    pub description: Option<String>,
    pub enabled: bool,
    pub rollout_percent: Option<i64>,
    pub stickiness: Stickiness,
    /// Defaults to the flag key, so raising the rollout keeps everyone already in.
    pub group_id: Option<String>,
    pub user_ids: serde_json::Value,
    pub tenant_ids: serde_json::Value,
    /// A list of FlagConstraint.
    pub constraints: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl FeatureFlag {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "feature_flags";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "key",
        "description",
        "enabled",
        "rollout_percent",
        "stickiness",
        "group_id",
        "user_ids",
        "tenant_ids",
        "constraints",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `analytics_events` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyticsEvent {
    pub id: i64,
    pub event: String,
    pub distinct_id: String,
    pub user_id: Option<String>,
    pub visit_id: Option<String>,
    pub properties: serde_json::Value,
    pub url: Option<String>,
    pub referrer: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub occurred_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub received_at: i64,
}

impl AnalyticsEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "analytics_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "event",
        "distinct_id",
        "user_id",
        "visit_id",
        "properties",
        "url",
        "referrer",
        "occurred_at",
        "received_at",
    ];
}

/// A row of the `visits` table.
///
/// A visit (session in web analytics) ends after 30 minutes without events; a visit with one page view is a bounce.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Visit {
    pub id: String,
    pub distinct_id: String,
    pub user_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub started_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_event_at: i64,
    pub page_views: i64,
    pub events: i64,
    pub entry_url: Option<String>,
    pub exit_url: Option<String>,
    pub referrer: Option<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

impl Visit {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "visits";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "distinct_id",
        "user_id",
        "started_at",
        "last_event_at",
        "page_views",
        "events",
        "entry_url",
        "exit_url",
        "referrer",
        "utm_source",
        "utm_medium",
        "utm_campaign",
    ];
}

/// A row of the `tenants` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tenant {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub plan: Option<String>,
    pub status: TenantStatus,
    pub settings: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Tenant {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "tenants";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "slug",
        "plan",
        "status",
        "settings",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `tenant_memberships` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantMembership {
    pub tenant_id: String,
    pub user_id: String,
    pub role: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub joined_at: i64,
}

impl TenantMembership {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "tenant_memberships";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "tenant_id",
        "user_id",
        "role",
        "joined_at",
    ];
}

/// A row of the `activity` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    /// `noun.verb`, such as `flag.updated`.
    pub action: String,
    pub actor: Option<String>,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    pub details: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Activity {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "activity";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "action",
        "actor",
        "subject_type",
        "subject_id",
        "details",
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

/// Parameters of the `create` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateParams {
    pub input: AppInput,
}

impl CreateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "create";
}

/// Parameters of the `get` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetParams {}

impl GetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "get";
}

/// Parameters of the `update` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateParams {
    pub patch: AppPatch,
}

impl UpdateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "update";
}

/// Parameters of the `archive` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ArchiveParams {}

impl ArchiveParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "archive";
}

/// Parameters of the `restore` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestoreParams {}

impl RestoreParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "restore";
}

/// Parameters of the `identify` method.
///
/// Identifies a person as `distinct_id`. With `anonymous_id`, the anonymous user behind it is
/// merged into the identified one (its aliases, events and preferences move over). Two
/// identified users are never merged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdentifyParams {
    pub distinct_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traits: Option<serde_json::Value>,
}

impl IdentifyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "identify";
}

/// Parameters of the `getUser` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUserParams {
    pub user_id: String,
}

impl GetUserParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getUser";
}

/// Parameters of the `getUserByDistinctId` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUserByDistinctIdParams {
    pub distinct_id: String,
}

impl GetUserByDistinctIdParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getUserByDistinctId";
}

/// Parameters of the `listUsers` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListUsersParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListUsersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listUsers";
}

/// Parameters of the `updateUser` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateUserParams {
    pub user_id: String,
    pub patch: UserPatch,
}

impl UpdateUserParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateUser";
}

/// Parameters of the `deleteUser` method.
///
/// Deletes a user with their aliases, preferences, sessions and memberships; their analytics events are kept without the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteUserParams {
    pub user_id: String,
}

impl DeleteUserParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteUser";
}

/// Parameters of the `getPreferences` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPreferencesParams {
    pub user_id: String,
}

impl GetPreferencesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPreferences";
}

/// Parameters of the `setPreference` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetPreferenceParams {
    pub user_id: String,
    pub key: String,
    pub value: serde_json::Value,
}

impl SetPreferenceParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setPreference";
}

/// Parameters of the `deletePreference` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeletePreferenceParams {
    pub user_id: String,
    pub key: String,
}

impl DeletePreferenceParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deletePreference";
}

/// Parameters of the `createSession` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateSessionParams {
    pub user_id: String,
    /// Lifetime in milliseconds; defaults to 30 days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

impl CreateSessionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createSession";
}

/// Parameters of the `validateSession` method.
///
/// Checks a session token and refreshes its `last_active_at`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidateSessionParams {
    pub token: String,
}

impl ValidateSessionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "validateSession";
}

/// Parameters of the `listSessions` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSessionsParams {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_inactive: Option<bool>,
}

impl ListSessionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listSessions";
}

/// Parameters of the `revokeSession` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevokeSessionParams {
    pub session_id: String,
}

impl RevokeSessionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "revokeSession";
}

/// Parameters of the `revokeUserSessions` method.
///
/// Revokes every active session of a user; returns how many.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevokeUserSessionsParams {
    pub user_id: String,
}

impl RevokeUserSessionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "revokeUserSessions";
}

/// Parameters of the `getConfig` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetConfigParams {
    pub key: String,
}

impl GetConfigParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getConfig";
}

/// Parameters of the `listConfig` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListConfigParams {}

impl ListConfigParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listConfig";
}

/// Parameters of the `setConfig` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetConfigParams {
    pub key: String,
    pub value: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_secret: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl SetConfigParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setConfig";
}

/// Parameters of the `deleteConfig` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteConfigParams {
    pub key: String,
}

impl DeleteConfigParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteConfig";
}

/// Parameters of the `createFlag` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateFlagParams {
    pub flag: FlagInput,
}

impl CreateFlagParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createFlag";
}

/// Parameters of the `getFlag` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetFlagParams {
    pub key: String,
}

impl GetFlagParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getFlag";
}

/// Parameters of the `listFlags` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListFlagsParams {}

impl ListFlagsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listFlags";
}

/// Parameters of the `updateFlag` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateFlagParams {
    pub key: String,
    pub patch: FlagPatch,
}

impl UpdateFlagParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateFlag";
}

/// Parameters of the `deleteFlag` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteFlagParams {
    pub key: String,
}

impl DeleteFlagParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteFlag";
}

/// Parameters of the `isFeatureEnabled` method.
///
/// Evaluates one flag; an unknown flag is off.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IsFeatureEnabledParams {
    pub key: String,
    pub context: FlagContext,
}

impl IsFeatureEnabledParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "isFeatureEnabled";
}

/// Parameters of the `evaluateFlags` method.
///
/// Evaluates every flag for one context.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvaluateFlagsParams {
    pub context: FlagContext,
}

impl EvaluateFlagsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "evaluateFlags";
}

/// Parameters of the `track` method.
///
/// Records an analytics event and assigns it to a visit, starting a new visit after 30 minutes without events.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TrackParams {
    pub event: TrackInput,
}

impl TrackParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "track";
}

/// Parameters of the `trackPageView` method.
///
/// Records a `$pageview` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TrackPageViewParams {
    pub distinct_id: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<serde_json::Value>,
}

impl TrackPageViewParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "trackPageView";
}

/// Parameters of the `getEvents` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetEventsParams {
    pub query: EventQuery,
}

impl GetEventsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getEvents";
}

/// Parameters of the `getVisits` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetVisitsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distinct_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetVisitsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getVisits";
}

/// Parameters of the `getAnalyticsSummary` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAnalyticsSummaryParams {
    /// Milliseconds since the Unix epoch, UTC.
    pub from: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: i64,
}

impl GetAnalyticsSummaryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getAnalyticsSummary";
}

/// Parameters of the `createTenant` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateTenantParams {
    pub tenant: TenantInput,
}

impl CreateTenantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createTenant";
}

/// Parameters of the `getTenant` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTenantParams {
    pub tenant_id: String,
}

impl GetTenantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getTenant";
}

/// Parameters of the `listTenants` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListTenantsParams {}

impl ListTenantsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listTenants";
}

/// Parameters of the `updateTenant` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateTenantParams {
    pub tenant_id: String,
    pub patch: TenantPatch,
}

impl UpdateTenantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateTenant";
}

/// Parameters of the `deleteTenant` method.
///
/// Marks a tenant deleted and removes its memberships.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteTenantParams {
    pub tenant_id: String,
}

impl DeleteTenantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteTenant";
}

/// Parameters of the `addTenantMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddTenantMemberParams {
    pub tenant_id: String,
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl AddTenantMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addTenantMember";
}

/// Parameters of the `removeTenantMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoveTenantMemberParams {
    pub tenant_id: String,
    pub user_id: String,
}

impl RemoveTenantMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "removeTenantMember";
}

/// Parameters of the `getTenantMembers` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTenantMembersParams {
    pub tenant_id: String,
}

impl GetTenantMembersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getTenantMembers";
}

/// Parameters of the `getUserTenants` method.
///
/// The tenants the user is a member of, and no others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUserTenantsParams {
    pub user_id: String,
}

impl GetUserTenantsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getUserTenants";
}

/// Parameters of the `getActivity` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetActivityParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl GetActivityParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getActivity";
}

/// Parameters of the `getDashboard` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetDashboardParams {}

impl GetDashboardParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getDashboard";
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

/// Payload of the `app.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppCreated {
    pub name: String,
}

impl AppCreated {
    /// Name of the event.
    pub const NAME: &'static str = "app.created";
}

/// Payload of the `app.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppUpdated {
    pub fields: Vec<String>,
}

impl AppUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "app.updated";
}

/// Payload of the `app.archived` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppArchived {
    /// Milliseconds since the Unix epoch, UTC.
    pub archived_at: i64,
}

impl AppArchived {
    /// Name of the event.
    pub const NAME: &'static str = "app.archived";
}

/// Payload of the `app.restored` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppRestored {
    /// Milliseconds since the Unix epoch, UTC.
    pub restored_at: i64,
}

impl AppRestored {
    /// Name of the event.
    pub const NAME: &'static str = "app.restored";
}

/// Payload of the `user.identified` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserIdentified {
    pub user_id: String,
    pub distinct_id: String,
}

impl UserIdentified {
    /// Name of the event.
    pub const NAME: &'static str = "user.identified";
}

/// Payload of the `user.merged` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserMerged {
    pub user_id: String,
    pub merged_user_id: String,
}

impl UserMerged {
    /// Name of the event.
    pub const NAME: &'static str = "user.merged";
}

/// Payload of the `user.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserUpdated {
    pub user_id: String,
}

impl UserUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "user.updated";
}

/// Payload of the `user.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserDeleted {
    pub user_id: String,
}

impl UserDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "user.deleted";
}

/// Payload of the `session.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionCreated {
    pub session_id: String,
    pub user_id: String,
}

impl SessionCreated {
    /// Name of the event.
    pub const NAME: &'static str = "session.created";
}

/// Payload of the `session.revoked` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRevoked {
    pub session_id: String,
    pub user_id: String,
}

impl SessionRevoked {
    /// Name of the event.
    pub const NAME: &'static str = "session.revoked";
}

/// Payload of the `config.changed` event.
///
/// A config entry was set or deleted; the value is never in the payload.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigChanged {
    pub key: String,
    pub deleted: bool,
}

impl ConfigChanged {
    /// Name of the event.
    pub const NAME: &'static str = "config.changed";
}

/// Payload of the `flag.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagCreated {
    pub key: String,
}

impl FlagCreated {
    /// Name of the event.
    pub const NAME: &'static str = "flag.created";
}

/// Payload of the `flag.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagUpdated {
    pub key: String,
    pub enabled: bool,
    pub rollout_percent: Option<i64>,
}

impl FlagUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "flag.updated";
}

/// Payload of the `flag.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlagDeleted {
    pub key: String,
}

impl FlagDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "flag.deleted";
}

/// Payload of the `tenant.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantCreated {
    pub tenant_id: String,
}

impl TenantCreated {
    /// Name of the event.
    pub const NAME: &'static str = "tenant.created";
}

/// Payload of the `tenant.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantUpdated {
    pub tenant_id: String,
    pub status: TenantStatus,
}

impl TenantUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "tenant.updated";
}

/// Payload of the `tenant.member_added` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantMemberAdded {
    pub tenant_id: String,
    pub user_id: String,
}

impl TenantMemberAdded {
    /// Name of the event.
    pub const NAME: &'static str = "tenant.member_added";
}

/// Payload of the `tenant.member_removed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantMemberRemoved {
    pub tenant_id: String,
    pub user_id: String,
}

impl TenantMemberRemoved {
    /// Name of the event.
    pub const NAME: &'static str = "tenant.member_removed";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "app.created")]
    AppCreated(AppCreated),
    #[serde(rename = "app.updated")]
    AppUpdated(AppUpdated),
    #[serde(rename = "app.archived")]
    AppArchived(AppArchived),
    #[serde(rename = "app.restored")]
    AppRestored(AppRestored),
    #[serde(rename = "user.identified")]
    UserIdentified(UserIdentified),
    #[serde(rename = "user.merged")]
    UserMerged(UserMerged),
    #[serde(rename = "user.updated")]
    UserUpdated(UserUpdated),
    #[serde(rename = "user.deleted")]
    UserDeleted(UserDeleted),
    #[serde(rename = "session.created")]
    SessionCreated(SessionCreated),
    #[serde(rename = "session.revoked")]
    SessionRevoked(SessionRevoked),
    #[serde(rename = "config.changed")]
    ConfigChanged(ConfigChanged),
    #[serde(rename = "flag.created")]
    FlagCreated(FlagCreated),
    #[serde(rename = "flag.updated")]
    FlagUpdated(FlagUpdated),
    #[serde(rename = "flag.deleted")]
    FlagDeleted(FlagDeleted),
    #[serde(rename = "tenant.created")]
    TenantCreated(TenantCreated),
    #[serde(rename = "tenant.updated")]
    TenantUpdated(TenantUpdated),
    #[serde(rename = "tenant.member_added")]
    TenantMemberAdded(TenantMemberAdded),
    #[serde(rename = "tenant.member_removed")]
    TenantMemberRemoved(TenantMemberRemoved),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::AppCreated(_) => "app.created",
            Self::AppUpdated(_) => "app.updated",
            Self::AppArchived(_) => "app.archived",
            Self::AppRestored(_) => "app.restored",
            Self::UserIdentified(_) => "user.identified",
            Self::UserMerged(_) => "user.merged",
            Self::UserUpdated(_) => "user.updated",
            Self::UserDeleted(_) => "user.deleted",
            Self::SessionCreated(_) => "session.created",
            Self::SessionRevoked(_) => "session.revoked",
            Self::ConfigChanged(_) => "config.changed",
            Self::FlagCreated(_) => "flag.created",
            Self::FlagUpdated(_) => "flag.updated",
            Self::FlagDeleted(_) => "flag.deleted",
            Self::TenantCreated(_) => "tenant.created",
            Self::TenantUpdated(_) => "tenant.updated",
            Self::TenantMemberAdded(_) => "tenant.member_added",
            Self::TenantMemberRemoved(_) => "tenant.member_removed",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<AppCreated> for Event {
    fn from(payload: AppCreated) -> Self {
        Self::AppCreated(payload)
    }
}

impl std::convert::From<AppUpdated> for Event {
    fn from(payload: AppUpdated) -> Self {
        Self::AppUpdated(payload)
    }
}

impl std::convert::From<AppArchived> for Event {
    fn from(payload: AppArchived) -> Self {
        Self::AppArchived(payload)
    }
}

impl std::convert::From<AppRestored> for Event {
    fn from(payload: AppRestored) -> Self {
        Self::AppRestored(payload)
    }
}

impl std::convert::From<UserIdentified> for Event {
    fn from(payload: UserIdentified) -> Self {
        Self::UserIdentified(payload)
    }
}

impl std::convert::From<UserMerged> for Event {
    fn from(payload: UserMerged) -> Self {
        Self::UserMerged(payload)
    }
}

impl std::convert::From<UserUpdated> for Event {
    fn from(payload: UserUpdated) -> Self {
        Self::UserUpdated(payload)
    }
}

impl std::convert::From<UserDeleted> for Event {
    fn from(payload: UserDeleted) -> Self {
        Self::UserDeleted(payload)
    }
}

impl std::convert::From<SessionCreated> for Event {
    fn from(payload: SessionCreated) -> Self {
        Self::SessionCreated(payload)
    }
}

impl std::convert::From<SessionRevoked> for Event {
    fn from(payload: SessionRevoked) -> Self {
        Self::SessionRevoked(payload)
    }
}

impl std::convert::From<ConfigChanged> for Event {
    fn from(payload: ConfigChanged) -> Self {
        Self::ConfigChanged(payload)
    }
}

impl std::convert::From<FlagCreated> for Event {
    fn from(payload: FlagCreated) -> Self {
        Self::FlagCreated(payload)
    }
}

impl std::convert::From<FlagUpdated> for Event {
    fn from(payload: FlagUpdated) -> Self {
        Self::FlagUpdated(payload)
    }
}

impl std::convert::From<FlagDeleted> for Event {
    fn from(payload: FlagDeleted) -> Self {
        Self::FlagDeleted(payload)
    }
}

impl std::convert::From<TenantCreated> for Event {
    fn from(payload: TenantCreated) -> Self {
        Self::TenantCreated(payload)
    }
}

impl std::convert::From<TenantUpdated> for Event {
    fn from(payload: TenantUpdated) -> Self {
        Self::TenantUpdated(payload)
    }
}

impl std::convert::From<TenantMemberAdded> for Event {
    fn from(payload: TenantMemberAdded) -> Self {
        Self::TenantMemberAdded(payload)
    }
}

impl std::convert::From<TenantMemberRemoved> for Event {
    fn from(payload: TenantMemberRemoved) -> Self {
        Self::TenantMemberRemoved(payload)
    }
}

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/app/0001_initial.sql"),
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
        verb: "POST",
        path: "profile",
        method: "create",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "profile",
        method: "get",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "profile",
        method: "update",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "profile/archive",
        method: "archive",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "profile/restore",
        method: "restore",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "users/identify",
        method: "identify",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "users/{userId}",
        method: "getUser",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "users/by-distinct-id/{distinctId}",
        method: "getUserByDistinctId",
        params: &[
            runtime::RouteParam {
                name: "distinctId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "users",
        method: "listUsers",
        params: &[
            runtime::RouteParam {
                name: "identified",
                kind: runtime::ParamKind::Boolean,
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
        verb: "PATCH",
        path: "users/{userId}",
        method: "updateUser",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "users/{userId}",
        method: "deleteUser",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "users/{userId}/preferences",
        method: "getPreferences",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "users/{userId}/preferences/{key}",
        method: "setPreference",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "users/{userId}/preferences/{key}",
        method: "deletePreference",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "sessions",
        method: "createSession",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "sessions/validate",
        method: "validateSession",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "users/{userId}/sessions",
        method: "listSessions",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "includeInactive",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "sessions/{sessionId}/revoke",
        method: "revokeSession",
        params: &[
            runtime::RouteParam {
                name: "sessionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "users/{userId}/sessions/revoke",
        method: "revokeUserSessions",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "config/{key}",
        method: "getConfig",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "config",
        method: "listConfig",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "config/{key}",
        method: "setConfig",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "config/{key}",
        method: "deleteConfig",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "flags",
        method: "createFlag",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "flags/{key}",
        method: "getFlag",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "flags",
        method: "listFlags",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "flags/{key}",
        method: "updateFlag",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "flags/{key}",
        method: "deleteFlag",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "flags/{key}/evaluate",
        method: "isFeatureEnabled",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "flags/evaluate",
        method: "evaluateFlags",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "analytics/events",
        method: "track",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "analytics/page-views",
        method: "trackPageView",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "analytics/events/search",
        method: "getEvents",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "analytics/visits",
        method: "getVisits",
        params: &[
            runtime::RouteParam {
                name: "distinctId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "from",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "to",
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
        path: "analytics/summary",
        method: "getAnalyticsSummary",
        params: &[
            runtime::RouteParam {
                name: "from",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "to",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "tenants",
        method: "createTenant",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "tenants/{tenantId}",
        method: "getTenant",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "tenants",
        method: "listTenants",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "tenants/{tenantId}",
        method: "updateTenant",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "tenants/{tenantId}",
        method: "deleteTenant",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "tenants/{tenantId}/members/{userId}",
        method: "addTenantMember",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "tenants/{tenantId}/members/{userId}",
        method: "removeTenantMember",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "tenants/{tenantId}/members",
        method: "getTenantMembers",
        params: &[
            runtime::RouteParam {
                name: "tenantId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "users/{userId}/tenants",
        method: "getUserTenants",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "activity",
        method: "getActivity",
        params: &[
            runtime::RouteParam {
                name: "beforeId",
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
        path: "dashboard",
        method: "getDashboard",
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
            name: "create",
            permission: "app:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "get",
            permission: "app:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "update",
            permission: "app:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "archive",
            permission: "app:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "restore",
            permission: "app:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "identify",
            permission: "users:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getUser",
            permission: "users:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getUserByDistinctId",
            permission: "users:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listUsers",
            permission: "users:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateUser",
            permission: "users:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteUser",
            permission: "users:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getPreferences",
            permission: "preferences:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setPreference",
            permission: "preferences:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deletePreference",
            permission: "preferences:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createSession",
            permission: "sessions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "validateSession",
            permission: "sessions:validate",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listSessions",
            permission: "sessions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "revokeSession",
            permission: "sessions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "revokeUserSessions",
            permission: "sessions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getConfig",
            permission: "config:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listConfig",
            permission: "config:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setConfig",
            permission: "config:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteConfig",
            permission: "config:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createFlag",
            permission: "flags:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getFlag",
            permission: "flags:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listFlags",
            permission: "flags:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateFlag",
            permission: "flags:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteFlag",
            permission: "flags:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "isFeatureEnabled",
            permission: "flags:evaluate",
            writes: false,
        },
        runtime::MethodInfo {
            name: "evaluateFlags",
            permission: "flags:evaluate",
            writes: false,
        },
        runtime::MethodInfo {
            name: "track",
            permission: "analytics:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "trackPageView",
            permission: "analytics:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getEvents",
            permission: "analytics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getVisits",
            permission: "analytics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getAnalyticsSummary",
            permission: "analytics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createTenant",
            permission: "tenants:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getTenant",
            permission: "tenants:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listTenants",
            permission: "tenants:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateTenant",
            permission: "tenants:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteTenant",
            permission: "tenants:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addTenantMember",
            permission: "tenants:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "removeTenantMember",
            permission: "tenants:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getTenantMembers",
            permission: "tenants:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getUserTenants",
            permission: "tenants:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getActivity",
            permission: "activity:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getDashboard",
            permission: "app:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `app` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `app` spec",
    note = "implement `Methods` of the `app` module for `{Self}`, with one async fn for each of: `create`, `get`, `update`, `archive`, `restore`, `identify`, `get_user`, `get_user_by_distinct_id`, `list_users`, `update_user`, `delete_user`, `get_preferences`, `set_preference`, `delete_preference`, `create_session`, `validate_session`, `list_sessions`, `revoke_session`, `revoke_user_sessions`, `get_config`, `list_config`, `set_config`, `delete_config`, `create_flag`, `get_flag`, `list_flags`, `update_flag`, `delete_flag`, `is_feature_enabled`, `evaluate_flags`, `track`, `track_page_view`, `get_events`, `get_visits`, `get_analytics_summary`, `create_tenant`, `get_tenant`, `list_tenants`, `update_tenant`, `delete_tenant`, `add_tenant_member`, `remove_tenant_member`, `get_tenant_members`, `get_user_tenants`, `get_activity`, `get_dashboard`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Permission: `app:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `app:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    async fn get(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `app:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `app:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn archive(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `app:write`. Route: `POST /profile/restore`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn restore(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Identifies a person as `distinct_id`. With `anonymous_id`, the anonymous user behind it is
    /// merged into the identified one (its aliases, events and preferences move over). Two
    /// identified users are never merged.
    ///
    /// Permission: `users:write`. Route: `POST /users/identify`. Errors: `INVALID_DISTINCT_ID`, `CANNOT_MERGE_IDENTIFIED`, `CONFLICT`.
    async fn identify(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: IdentifyParams,
    ) -> runtime::Result<Identified>;
    /// Permission: `users:read`. Route: `GET /users/{user_id}`. Errors: `NOT_FOUND`.
    async fn get_user(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetUserParams,
    ) -> runtime::Result<User>;
    /// Permission: `users:read`. Route: `GET /users/by-distinct-id/{distinct_id}`. Errors: `NOT_FOUND`.
    async fn get_user_by_distinct_id(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetUserByDistinctIdParams,
    ) -> runtime::Result<User>;
    /// Permission: `users:read`. Route: `GET /users`.
    async fn list_users(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListUsersParams,
    ) -> runtime::Result<Vec<User>>;
    /// Permission: `users:write`. Route: `PATCH /users/{user_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    async fn update_user(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateUserParams,
    ) -> runtime::Result<User>;
    /// Deletes a user with their aliases, preferences, sessions and memberships; their analytics events are kept without the user.
    ///
    /// Permission: `users:write`. Route: `DELETE /users/{user_id}`.
    async fn delete_user(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteUserParams,
    ) -> runtime::Result<bool>;
    /// Permission: `preferences:read`. Route: `GET /users/{user_id}/preferences`.
    async fn get_preferences(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetPreferencesParams,
    ) -> runtime::Result<Vec<Preference>>;
    /// Permission: `preferences:write`. Route: `PUT /users/{user_id}/preferences/{key}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn set_preference(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetPreferenceParams,
    ) -> runtime::Result<Preference>;
    /// Permission: `preferences:write`. Route: `DELETE /users/{user_id}/preferences/{key}`.
    async fn delete_preference(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeletePreferenceParams,
    ) -> runtime::Result<bool>;
    /// Permission: `sessions:write`. Route: `POST /sessions`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn create_session(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateSessionParams,
    ) -> runtime::Result<NewSession>;
    /// Checks a session token and refreshes its `last_active_at`.
    ///
    /// Permission: `sessions:validate`. Route: `POST /sessions/validate`. Errors: `SESSION_INVALID`.
    async fn validate_session(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ValidateSessionParams,
    ) -> runtime::Result<SessionView>;
    /// Permission: `sessions:read`. Route: `GET /users/{user_id}/sessions`.
    async fn list_sessions(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListSessionsParams,
    ) -> runtime::Result<Vec<SessionView>>;
    /// Permission: `sessions:write`. Route: `POST /sessions/{session_id}/revoke`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn revoke_session(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RevokeSessionParams,
    ) -> runtime::Result<SessionView>;
    /// Revokes every active session of a user; returns how many.
    ///
    /// Permission: `sessions:write`. Route: `POST /users/{user_id}/sessions/revoke`.
    async fn revoke_user_sessions(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RevokeUserSessionsParams,
    ) -> runtime::Result<i64>;
    /// Permission: `config:read`. Route: `GET /config/{key}`. Errors: `NOT_FOUND`.
    async fn get_config(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetConfigParams,
    ) -> runtime::Result<ConfigView>;
    /// Permission: `config:read`. Route: `GET /config`.
    async fn list_config(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<ConfigView>>;
    /// Permission: `config:write`. Route: `PUT /config/{key}`. Errors: `VALIDATION_ERROR`.
    async fn set_config(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetConfigParams,
    ) -> runtime::Result<ConfigView>;
    /// Permission: `config:write`. Route: `DELETE /config/{key}`.
    async fn delete_config(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteConfigParams,
    ) -> runtime::Result<bool>;
    /// Permission: `flags:write`. Route: `POST /flags`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create_flag(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateFlagParams,
    ) -> runtime::Result<FeatureFlag>;
    /// Permission: `flags:read`. Route: `GET /flags/{key}`. Errors: `NOT_FOUND`.
    async fn get_flag(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetFlagParams,
    ) -> runtime::Result<FeatureFlag>;
    /// Permission: `flags:read`. Route: `GET /flags`.
    async fn list_flags(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<FeatureFlag>>;
    /// Permission: `flags:write`. Route: `PATCH /flags/{key}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update_flag(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateFlagParams,
    ) -> runtime::Result<FeatureFlag>;
    /// Permission: `flags:write`. Route: `DELETE /flags/{key}`.
    async fn delete_flag(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteFlagParams,
    ) -> runtime::Result<bool>;
    /// Evaluates one flag; an unknown flag is off.
    ///
    /// Permission: `flags:evaluate`. Route: `POST /flags/{key}/evaluate`.
    async fn is_feature_enabled(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: IsFeatureEnabledParams,
    ) -> runtime::Result<FlagEvaluation>;
    /// Evaluates every flag for one context.
    ///
    /// Permission: `flags:evaluate`. Route: `POST /flags/evaluate`.
    async fn evaluate_flags(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: EvaluateFlagsParams,
    ) -> runtime::Result<Vec<FlagEvaluation>>;
    /// Records an analytics event and assigns it to a visit, starting a new visit after 30 minutes without events.
    ///
    /// Permission: `analytics:write`. Route: `POST /analytics/events`. Errors: `VALIDATION_ERROR`, `INVALID_DISTINCT_ID`.
    async fn track(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: TrackParams,
    ) -> runtime::Result<Tracked>;
    /// Records a `$pageview` event.
    ///
    /// Permission: `analytics:write`. Route: `POST /analytics/page-views`. Errors: `VALIDATION_ERROR`, `INVALID_DISTINCT_ID`.
    async fn track_page_view(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: TrackPageViewParams,
    ) -> runtime::Result<Tracked>;
    /// Permission: `analytics:read`. Route: `POST /analytics/events/search`. Errors: `VALIDATION_ERROR`.
    async fn get_events(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetEventsParams,
    ) -> runtime::Result<Vec<AnalyticsEvent>>;
    /// Permission: `analytics:read`. Route: `GET /analytics/visits`.
    async fn get_visits(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetVisitsParams,
    ) -> runtime::Result<Vec<Visit>>;
    /// Permission: `analytics:read`. Route: `GET /analytics/summary`. Errors: `VALIDATION_ERROR`.
    async fn get_analytics_summary(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetAnalyticsSummaryParams,
    ) -> runtime::Result<AnalyticsSummary>;
    /// Permission: `tenants:write`. Route: `POST /tenants`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create_tenant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateTenantParams,
    ) -> runtime::Result<Tenant>;
    /// Permission: `tenants:read`. Route: `GET /tenants/{tenant_id}`. Errors: `NOT_FOUND`.
    async fn get_tenant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetTenantParams,
    ) -> runtime::Result<Tenant>;
    /// Permission: `tenants:read`. Route: `GET /tenants`.
    async fn list_tenants(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Tenant>>;
    /// Permission: `tenants:write`. Route: `PATCH /tenants/{tenant_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`, `INVALID_TRANSITION`.
    async fn update_tenant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateTenantParams,
    ) -> runtime::Result<Tenant>;
    /// Marks a tenant deleted and removes its memberships.
    ///
    /// Permission: `tenants:write`. Route: `DELETE /tenants/{tenant_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn delete_tenant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteTenantParams,
    ) -> runtime::Result<Tenant>;
    /// Permission: `tenants:write`. Route: `PUT /tenants/{tenant_id}/members/{user_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn add_tenant_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddTenantMemberParams,
    ) -> runtime::Result<TenantMembership>;
    /// Permission: `tenants:write`. Route: `DELETE /tenants/{tenant_id}/members/{user_id}`.
    async fn remove_tenant_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RemoveTenantMemberParams,
    ) -> runtime::Result<bool>;
    /// Permission: `tenants:read`. Route: `GET /tenants/{tenant_id}/members`. Errors: `NOT_FOUND`.
    async fn get_tenant_members(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetTenantMembersParams,
    ) -> runtime::Result<Vec<TenantMembership>>;
    /// The tenants the user is a member of, and no others.
    ///
    /// Permission: `tenants:read`. Route: `GET /users/{user_id}/tenants`.
    async fn get_user_tenants(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetUserTenantsParams,
    ) -> runtime::Result<Vec<Tenant>>;
    /// Permission: `activity:read`. Route: `GET /activity`.
    async fn get_activity(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>>;
    /// Permission: `app:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
    async fn get_dashboard(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Dashboard>;
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
        "create" => {
            let params: CreateParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.create(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "get" => {
            let GetParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "update" => {
            let params: UpdateParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.update(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "archive" => {
            let ArchiveParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.archive(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "restore" => {
            let RestoreParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.restore(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "identify" => {
            let params: IdentifyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.identify(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getUser" => {
            let params: GetUserParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_user(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getUserByDistinctId" => {
            let params: GetUserByDistinctIdParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_user_by_distinct_id(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listUsers" => {
            let params: ListUsersParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_users(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateUser" => {
            let params: UpdateUserParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_user(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteUser" => {
            let params: DeleteUserParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_user(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPreferences" => {
            let params: GetPreferencesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_preferences(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setPreference" => {
            let params: SetPreferenceParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_preference(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deletePreference" => {
            let params: DeletePreferenceParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_preference(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createSession" => {
            let params: CreateSessionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_session(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "validateSession" => {
            let params: ValidateSessionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.validate_session(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listSessions" => {
            let params: ListSessionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_sessions(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "revokeSession" => {
            let params: RevokeSessionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.revoke_session(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "revokeUserSessions" => {
            let params: RevokeUserSessionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.revoke_user_sessions(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getConfig" => {
            let params: GetConfigParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_config(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listConfig" => {
            let ListConfigParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_config(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "setConfig" => {
            let params: SetConfigParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_config(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteConfig" => {
            let params: DeleteConfigParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_config(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createFlag" => {
            let params: CreateFlagParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_flag(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getFlag" => {
            let params: GetFlagParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_flag(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listFlags" => {
            let ListFlagsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_flags(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateFlag" => {
            let params: UpdateFlagParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_flag(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteFlag" => {
            let params: DeleteFlagParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_flag(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "isFeatureEnabled" => {
            let params: IsFeatureEnabledParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.is_feature_enabled(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "evaluateFlags" => {
            let params: EvaluateFlagsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.evaluate_flags(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "track" => {
            let params: TrackParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.track(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "trackPageView" => {
            let params: TrackPageViewParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.track_page_view(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getEvents" => {
            let params: GetEventsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_events(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getVisits" => {
            let params: GetVisitsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_visits(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getAnalyticsSummary" => {
            let params: GetAnalyticsSummaryParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_analytics_summary(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createTenant" => {
            let params: CreateTenantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_tenant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getTenant" => {
            let params: GetTenantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_tenant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listTenants" => {
            let ListTenantsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_tenants(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateTenant" => {
            let params: UpdateTenantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_tenant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteTenant" => {
            let params: DeleteTenantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_tenant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addTenantMember" => {
            let params: AddTenantMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_tenant_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "removeTenantMember" => {
            let params: RemoveTenantMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.remove_tenant_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getTenantMembers" => {
            let params: GetTenantMembersParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_tenant_members(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getUserTenants" => {
            let params: GetUserTenantsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_user_tenants(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getActivity" => {
            let params: GetActivityParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_activity(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getDashboard" => {
            let GetDashboardParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_dashboard(ctx).await?;
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
    /// Permission: `app:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create(&self, params: CreateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("create", params).await
    }
    /// Permission: `app:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    pub async fn get(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("get", GetParams {}).await
    }
    /// Permission: `app:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update(&self, params: UpdateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("update", params).await
    }
    /// Permission: `app:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn archive(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("archive", ArchiveParams {}).await
    }
    /// Permission: `app:write`. Route: `POST /profile/restore`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn restore(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("restore", RestoreParams {}).await
    }
    /// Identifies a person as `distinct_id`. With `anonymous_id`, the anonymous user behind it is
    /// merged into the identified one (its aliases, events and preferences move over). Two
    /// identified users are never merged.
    ///
    /// Permission: `users:write`. Route: `POST /users/identify`. Errors: `INVALID_DISTINCT_ID`, `CANNOT_MERGE_IDENTIFIED`, `CONFLICT`.
    pub async fn identify(&self, params: IdentifyParams) -> runtime::Result<Identified> {
        self.stub.call_as::<Identified>("identify", params).await
    }
    /// Permission: `users:read`. Route: `GET /users/{user_id}`. Errors: `NOT_FOUND`.
    pub async fn get_user(&self, params: GetUserParams) -> runtime::Result<User> {
        self.stub.call_as::<User>("getUser", params).await
    }
    /// Permission: `users:read`. Route: `GET /users/by-distinct-id/{distinct_id}`. Errors: `NOT_FOUND`.
    pub async fn get_user_by_distinct_id(
        &self,
        params: GetUserByDistinctIdParams,
    ) -> runtime::Result<User> {
        self.stub.call_as::<User>("getUserByDistinctId", params).await
    }
    /// Permission: `users:read`. Route: `GET /users`.
    pub async fn list_users(
        &self,
        params: ListUsersParams,
    ) -> runtime::Result<Vec<User>> {
        self.stub.call_as::<Vec<User>>("listUsers", params).await
    }
    /// Permission: `users:write`. Route: `PATCH /users/{user_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    pub async fn update_user(&self, params: UpdateUserParams) -> runtime::Result<User> {
        self.stub.call_as::<User>("updateUser", params).await
    }
    /// Deletes a user with their aliases, preferences, sessions and memberships; their analytics events are kept without the user.
    ///
    /// Permission: `users:write`. Route: `DELETE /users/{user_id}`.
    pub async fn delete_user(&self, params: DeleteUserParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteUser", params).await
    }
    /// Permission: `preferences:read`. Route: `GET /users/{user_id}/preferences`.
    pub async fn get_preferences(
        &self,
        params: GetPreferencesParams,
    ) -> runtime::Result<Vec<Preference>> {
        self.stub.call_as::<Vec<Preference>>("getPreferences", params).await
    }
    /// Permission: `preferences:write`. Route: `PUT /users/{user_id}/preferences/{key}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn set_preference(
        &self,
        params: SetPreferenceParams,
    ) -> runtime::Result<Preference> {
        self.stub.call_as::<Preference>("setPreference", params).await
    }
    /// Permission: `preferences:write`. Route: `DELETE /users/{user_id}/preferences/{key}`.
    pub async fn delete_preference(
        &self,
        params: DeletePreferenceParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deletePreference", params).await
    }
    /// Permission: `sessions:write`. Route: `POST /sessions`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn create_session(
        &self,
        params: CreateSessionParams,
    ) -> runtime::Result<NewSession> {
        self.stub.call_as::<NewSession>("createSession", params).await
    }
    /// Checks a session token and refreshes its `last_active_at`.
    ///
    /// Permission: `sessions:validate`. Route: `POST /sessions/validate`. Errors: `SESSION_INVALID`.
    pub async fn validate_session(
        &self,
        params: ValidateSessionParams,
    ) -> runtime::Result<SessionView> {
        self.stub.call_as::<SessionView>("validateSession", params).await
    }
    /// Permission: `sessions:read`. Route: `GET /users/{user_id}/sessions`.
    pub async fn list_sessions(
        &self,
        params: ListSessionsParams,
    ) -> runtime::Result<Vec<SessionView>> {
        self.stub.call_as::<Vec<SessionView>>("listSessions", params).await
    }
    /// Permission: `sessions:write`. Route: `POST /sessions/{session_id}/revoke`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn revoke_session(
        &self,
        params: RevokeSessionParams,
    ) -> runtime::Result<SessionView> {
        self.stub.call_as::<SessionView>("revokeSession", params).await
    }
    /// Revokes every active session of a user; returns how many.
    ///
    /// Permission: `sessions:write`. Route: `POST /users/{user_id}/sessions/revoke`.
    pub async fn revoke_user_sessions(
        &self,
        params: RevokeUserSessionsParams,
    ) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("revokeUserSessions", params).await
    }
    /// Permission: `config:read`. Route: `GET /config/{key}`. Errors: `NOT_FOUND`.
    pub async fn get_config(
        &self,
        params: GetConfigParams,
    ) -> runtime::Result<ConfigView> {
        self.stub.call_as::<ConfigView>("getConfig", params).await
    }
    /// Permission: `config:read`. Route: `GET /config`.
    pub async fn list_config(&self) -> runtime::Result<Vec<ConfigView>> {
        self.stub.call_as::<Vec<ConfigView>>("listConfig", ListConfigParams {}).await
    }
    /// Permission: `config:write`. Route: `PUT /config/{key}`. Errors: `VALIDATION_ERROR`.
    pub async fn set_config(
        &self,
        params: SetConfigParams,
    ) -> runtime::Result<ConfigView> {
        self.stub.call_as::<ConfigView>("setConfig", params).await
    }
    /// Permission: `config:write`. Route: `DELETE /config/{key}`.
    pub async fn delete_config(
        &self,
        params: DeleteConfigParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteConfig", params).await
    }
    /// Permission: `flags:write`. Route: `POST /flags`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create_flag(
        &self,
        params: CreateFlagParams,
    ) -> runtime::Result<FeatureFlag> {
        self.stub.call_as::<FeatureFlag>("createFlag", params).await
    }
    /// Permission: `flags:read`. Route: `GET /flags/{key}`. Errors: `NOT_FOUND`.
    pub async fn get_flag(&self, params: GetFlagParams) -> runtime::Result<FeatureFlag> {
        self.stub.call_as::<FeatureFlag>("getFlag", params).await
    }
    /// Permission: `flags:read`. Route: `GET /flags`.
    pub async fn list_flags(&self) -> runtime::Result<Vec<FeatureFlag>> {
        self.stub.call_as::<Vec<FeatureFlag>>("listFlags", ListFlagsParams {}).await
    }
    /// Permission: `flags:write`. Route: `PATCH /flags/{key}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update_flag(
        &self,
        params: UpdateFlagParams,
    ) -> runtime::Result<FeatureFlag> {
        self.stub.call_as::<FeatureFlag>("updateFlag", params).await
    }
    /// Permission: `flags:write`. Route: `DELETE /flags/{key}`.
    pub async fn delete_flag(&self, params: DeleteFlagParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteFlag", params).await
    }
    /// Evaluates one flag; an unknown flag is off.
    ///
    /// Permission: `flags:evaluate`. Route: `POST /flags/{key}/evaluate`.
    pub async fn is_feature_enabled(
        &self,
        params: IsFeatureEnabledParams,
    ) -> runtime::Result<FlagEvaluation> {
        self.stub.call_as::<FlagEvaluation>("isFeatureEnabled", params).await
    }
    /// Evaluates every flag for one context.
    ///
    /// Permission: `flags:evaluate`. Route: `POST /flags/evaluate`.
    pub async fn evaluate_flags(
        &self,
        params: EvaluateFlagsParams,
    ) -> runtime::Result<Vec<FlagEvaluation>> {
        self.stub.call_as::<Vec<FlagEvaluation>>("evaluateFlags", params).await
    }
    /// Records an analytics event and assigns it to a visit, starting a new visit after 30 minutes without events.
    ///
    /// Permission: `analytics:write`. Route: `POST /analytics/events`. Errors: `VALIDATION_ERROR`, `INVALID_DISTINCT_ID`.
    pub async fn track(&self, params: TrackParams) -> runtime::Result<Tracked> {
        self.stub.call_as::<Tracked>("track", params).await
    }
    /// Records a `$pageview` event.
    ///
    /// Permission: `analytics:write`. Route: `POST /analytics/page-views`. Errors: `VALIDATION_ERROR`, `INVALID_DISTINCT_ID`.
    pub async fn track_page_view(
        &self,
        params: TrackPageViewParams,
    ) -> runtime::Result<Tracked> {
        self.stub.call_as::<Tracked>("trackPageView", params).await
    }
    /// Permission: `analytics:read`. Route: `POST /analytics/events/search`. Errors: `VALIDATION_ERROR`.
    pub async fn get_events(
        &self,
        params: GetEventsParams,
    ) -> runtime::Result<Vec<AnalyticsEvent>> {
        self.stub.call_as::<Vec<AnalyticsEvent>>("getEvents", params).await
    }
    /// Permission: `analytics:read`. Route: `GET /analytics/visits`.
    pub async fn get_visits(
        &self,
        params: GetVisitsParams,
    ) -> runtime::Result<Vec<Visit>> {
        self.stub.call_as::<Vec<Visit>>("getVisits", params).await
    }
    /// Permission: `analytics:read`. Route: `GET /analytics/summary`. Errors: `VALIDATION_ERROR`.
    pub async fn get_analytics_summary(
        &self,
        params: GetAnalyticsSummaryParams,
    ) -> runtime::Result<AnalyticsSummary> {
        self.stub.call_as::<AnalyticsSummary>("getAnalyticsSummary", params).await
    }
    /// Permission: `tenants:write`. Route: `POST /tenants`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create_tenant(
        &self,
        params: CreateTenantParams,
    ) -> runtime::Result<Tenant> {
        self.stub.call_as::<Tenant>("createTenant", params).await
    }
    /// Permission: `tenants:read`. Route: `GET /tenants/{tenant_id}`. Errors: `NOT_FOUND`.
    pub async fn get_tenant(&self, params: GetTenantParams) -> runtime::Result<Tenant> {
        self.stub.call_as::<Tenant>("getTenant", params).await
    }
    /// Permission: `tenants:read`. Route: `GET /tenants`.
    pub async fn list_tenants(&self) -> runtime::Result<Vec<Tenant>> {
        self.stub.call_as::<Vec<Tenant>>("listTenants", ListTenantsParams {}).await
    }
    /// Permission: `tenants:write`. Route: `PATCH /tenants/{tenant_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`, `INVALID_TRANSITION`.
    pub async fn update_tenant(
        &self,
        params: UpdateTenantParams,
    ) -> runtime::Result<Tenant> {
        self.stub.call_as::<Tenant>("updateTenant", params).await
    }
    /// Marks a tenant deleted and removes its memberships.
    ///
    /// Permission: `tenants:write`. Route: `DELETE /tenants/{tenant_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn delete_tenant(
        &self,
        params: DeleteTenantParams,
    ) -> runtime::Result<Tenant> {
        self.stub.call_as::<Tenant>("deleteTenant", params).await
    }
    /// Permission: `tenants:write`. Route: `PUT /tenants/{tenant_id}/members/{user_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn add_tenant_member(
        &self,
        params: AddTenantMemberParams,
    ) -> runtime::Result<TenantMembership> {
        self.stub.call_as::<TenantMembership>("addTenantMember", params).await
    }
    /// Permission: `tenants:write`. Route: `DELETE /tenants/{tenant_id}/members/{user_id}`.
    pub async fn remove_tenant_member(
        &self,
        params: RemoveTenantMemberParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("removeTenantMember", params).await
    }
    /// Permission: `tenants:read`. Route: `GET /tenants/{tenant_id}/members`. Errors: `NOT_FOUND`.
    pub async fn get_tenant_members(
        &self,
        params: GetTenantMembersParams,
    ) -> runtime::Result<Vec<TenantMembership>> {
        self.stub.call_as::<Vec<TenantMembership>>("getTenantMembers", params).await
    }
    /// The tenants the user is a member of, and no others.
    ///
    /// Permission: `tenants:read`. Route: `GET /users/{user_id}/tenants`.
    pub async fn get_user_tenants(
        &self,
        params: GetUserTenantsParams,
    ) -> runtime::Result<Vec<Tenant>> {
        self.stub.call_as::<Vec<Tenant>>("getUserTenants", params).await
    }
    /// Permission: `activity:read`. Route: `GET /activity`.
    pub async fn get_activity(
        &self,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>> {
        self.stub.call_as::<Vec<Activity>>("getActivity", params).await
    }
    /// Permission: `app:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
    pub async fn get_dashboard(&self) -> runtime::Result<Dashboard> {
        self.stub.call_as::<Dashboard>("getDashboard", GetDashboardParams {}).await
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

impl Profile {
    /// Reads a row of `profile` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            slug: row.get("slug")?,
            description: row.get("description")?,
            url: row.get("url")?,
            status: row.get("status")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `profile` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ProfileTable<'_> {
        ProfileTable { sql }
    }
}

/// Typed access to the `profile` table, inside the transaction of the current call.
pub struct ProfileTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ProfileTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Profile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"description\", \"url\", \"status\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Profile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"description\", \"url\", \"status\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"slug\" = excluded.\"slug\", \"description\" = excluded.\"description\", \"url\" = excluded.\"url\", \"status\" = excluded.\"status\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<Profile>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"slug\", \"description\", \"url\", \"status\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Profile::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Profile) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"profile\" SET \"name\" = ?1, \"slug\" = ?2, \"description\" = ?3, \"url\" = ?4, \"status\" = ?5, \"created_at\" = ?6, \"updated_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.status),
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
                "DELETE FROM \"profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `profile` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Profile>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Profile::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"slug\", \"description\", \"url\", \"status\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"slug\", \"description\", \"url\", \"status\", \"created_at\", \"updated_at\" FROM \"profile\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Profile::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Profile::TABLE, Profile::primary_key))
    }
}

impl User {
    /// Reads a row of `users` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            is_identified: row.get("is_identified")?,
            email: row.get("email")?,
            name: row.get("name")?,
            avatar_url: row.get("avatar_url")?,
            traits: row.get("traits")?,
            merged_into: row.get("merged_into")?,
            first_seen_at: row.get("first_seen_at")?,
            last_seen_at: row.get("last_seen_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `users` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> UserTable<'_> {
        UserTable { sql }
    }
}

/// Typed access to the `users` table, inside the transaction of the current call.
pub struct UserTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl UserTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &User) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"users\" (\"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.avatar_url),
                    runtime::ToSql::to_sql(&row.traits),
                    runtime::ToSql::to_sql(&row.merged_into),
                    runtime::ToSql::to_sql(&row.first_seen_at),
                    runtime::ToSql::to_sql(&row.last_seen_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &User) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"users\" (\"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"id\") DO UPDATE SET \"is_identified\" = excluded.\"is_identified\", \"email\" = excluded.\"email\", \"name\" = excluded.\"name\", \"avatar_url\" = excluded.\"avatar_url\", \"traits\" = excluded.\"traits\", \"merged_into\" = excluded.\"merged_into\", \"first_seen_at\" = excluded.\"first_seen_at\", \"last_seen_at\" = excluded.\"last_seen_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.avatar_url),
                    runtime::ToSql::to_sql(&row.traits),
                    runtime::ToSql::to_sql(&row.merged_into),
                    runtime::ToSql::to_sql(&row.first_seen_at),
                    runtime::ToSql::to_sql(&row.last_seen_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<User>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\" FROM \"users\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(User::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &User) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"users\" SET \"is_identified\" = ?1, \"email\" = ?2, \"name\" = ?3, \"avatar_url\" = ?4, \"traits\" = ?5, \"merged_into\" = ?6, \"first_seen_at\" = ?7, \"last_seen_at\" = ?8, \"created_at\" = ?9, \"updated_at\" = ?10 WHERE \"id\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.avatar_url),
                    runtime::ToSql::to_sql(&row.traits),
                    runtime::ToSql::to_sql(&row.merged_into),
                    runtime::ToSql::to_sql(&row.first_seen_at),
                    runtime::ToSql::to_sql(&row.last_seen_at),
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
                "DELETE FROM \"users\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `users` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<User>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(User::TABLE, 1)?);
                "SELECT \"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\" FROM \"users\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\" FROM \"users\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(User::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, User::TABLE, User::primary_key))
    }
    /// Lists the rows whose `last_seen_at` equals the given value, in primary-key order.
    /// The filter uses the index `users_last_seen_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_last_seen_at(
        &self,
        last_seen_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<User>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&last_seen_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(User::TABLE, 1)?);
                "SELECT \"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\" FROM \"users\" WHERE \"last_seen_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"is_identified\", \"email\", \"name\", \"avatar_url\", \"traits\", \"merged_into\", \"first_seen_at\", \"last_seen_at\", \"created_at\", \"updated_at\" FROM \"users\" WHERE \"last_seen_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(User::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, User::TABLE, User::primary_key))
    }
}

impl UserAliase {
    /// Reads a row of `user_aliases` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            distinct_id: row.get("distinct_id")?,
            user_id: row.get("user_id")?,
            is_identified: row.get("is_identified")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.distinct_id)])
    }
    /// Returns the accessor of the `user_aliases` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> UserAliaseTable<'_> {
        UserAliaseTable { sql }
    }
}

/// Typed access to the `user_aliases` table, inside the transaction of the current call.
pub struct UserAliaseTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl UserAliaseTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &UserAliase) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"user_aliases\" (\"distinct_id\", \"user_id\", \"is_identified\", \"created_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &UserAliase) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"user_aliases\" (\"distinct_id\", \"user_id\", \"is_identified\", \"created_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"distinct_id\") DO UPDATE SET \"user_id\" = excluded.\"user_id\", \"is_identified\" = excluded.\"is_identified\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, distinct_id: &str) -> runtime::Result<Option<UserAliase>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"distinct_id\", \"user_id\", \"is_identified\", \"created_at\" FROM \"user_aliases\" WHERE \"distinct_id\" = ?1",
                &[runtime::ToSql::to_sql(&distinct_id)],
            )?;
        found.as_ref().map(UserAliase::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &UserAliase) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"user_aliases\" SET \"user_id\" = ?1, \"is_identified\" = ?2, \"created_at\" = ?3 WHERE \"distinct_id\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.is_identified),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.distinct_id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, distinct_id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"user_aliases\" WHERE \"distinct_id\" = ?1",
                &[runtime::ToSql::to_sql(&distinct_id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `user_aliases` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<UserAliase>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(UserAliase::TABLE, 1)?);
                "SELECT \"distinct_id\", \"user_id\", \"is_identified\", \"created_at\" FROM \"user_aliases\" WHERE \"distinct_id\" > ?1 ORDER BY \"distinct_id\" LIMIT ?2"
            }
            None => {
                "SELECT \"distinct_id\", \"user_id\", \"is_identified\", \"created_at\" FROM \"user_aliases\" ORDER BY \"distinct_id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(UserAliase::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                UserAliase::TABLE,
                UserAliase::primary_key,
            ),
        )
    }
    /// Lists the rows whose `user_id` equals the given value, in primary-key order.
    /// The filter uses the index `user_aliases_user_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_user_id(
        &self,
        user_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<UserAliase>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&user_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(UserAliase::TABLE, 1)?);
                "SELECT \"distinct_id\", \"user_id\", \"is_identified\", \"created_at\" FROM \"user_aliases\" WHERE \"user_id\" = ?1 AND \"distinct_id\" > ?2 ORDER BY \"distinct_id\" LIMIT ?3"
            }
            None => {
                "SELECT \"distinct_id\", \"user_id\", \"is_identified\", \"created_at\" FROM \"user_aliases\" WHERE \"user_id\" = ?1 ORDER BY \"distinct_id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(UserAliase::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                UserAliase::TABLE,
                UserAliase::primary_key,
            ),
        )
    }
}

impl Preference {
    /// Reads a row of `preferences` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            user_id: row.get("user_id")?,
            key: row.get("key")?,
            value: row.get("value")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.user_id),
            runtime::ToSql::to_sql(&self.key),
        ])
    }
    /// Returns the accessor of the `preferences` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> PreferenceTable<'_> {
        PreferenceTable { sql }
    }
}

/// Typed access to the `preferences` table, inside the transaction of the current call.
pub struct PreferenceTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl PreferenceTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Preference) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"preferences\" (\"user_id\", \"key\", \"value\", \"updated_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Preference) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"preferences\" (\"user_id\", \"key\", \"value\", \"updated_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"user_id\", \"key\") DO UPDATE SET \"value\" = excluded.\"value\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, user_id: &str, key: &str) -> runtime::Result<Option<Preference>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"user_id\", \"key\", \"value\", \"updated_at\" FROM \"preferences\" WHERE \"user_id\" = ?1 AND \"key\" = ?2",
                &[runtime::ToSql::to_sql(&user_id), runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(Preference::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Preference) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"preferences\" SET \"value\" = ?1, \"updated_at\" = ?2 WHERE \"user_id\" = ?3 AND \"key\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.key),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, user_id: &str, key: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"preferences\" WHERE \"user_id\" = ?1 AND \"key\" = ?2",
                &[runtime::ToSql::to_sql(&user_id), runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `preferences` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Preference>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Preference::TABLE, 2)?);
                "SELECT \"user_id\", \"key\", \"value\", \"updated_at\" FROM \"preferences\" WHERE (\"user_id\", \"key\") > (?1, ?2) ORDER BY \"user_id\", \"key\" LIMIT ?3"
            }
            None => {
                "SELECT \"user_id\", \"key\", \"value\", \"updated_at\" FROM \"preferences\" ORDER BY \"user_id\", \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Preference::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Preference::TABLE,
                Preference::primary_key,
            ),
        )
    }
}

impl Session {
    /// Reads a row of `sessions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            user_id: row.get("user_id")?,
            token_hash: row.get("token_hash")?,
            status: row.get("status")?,
            created_at: row.get("created_at")?,
            expires_at: row.get("expires_at")?,
            last_active_at: row.get("last_active_at")?,
            revoked_at: row.get("revoked_at")?,
            ip_address: row.get("ip_address")?,
            user_agent: row.get("user_agent")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `sessions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SessionTable<'_> {
        SessionTable { sql }
    }
}

/// Typed access to the `sessions` table, inside the transaction of the current call.
pub struct SessionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SessionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Session) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sessions\" (\"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.ip_address),
                    runtime::ToSql::to_sql(&row.user_agent),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Session) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sessions\" (\"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"user_id\" = excluded.\"user_id\", \"token_hash\" = excluded.\"token_hash\", \"status\" = excluded.\"status\", \"created_at\" = excluded.\"created_at\", \"expires_at\" = excluded.\"expires_at\", \"last_active_at\" = excluded.\"last_active_at\", \"revoked_at\" = excluded.\"revoked_at\", \"ip_address\" = excluded.\"ip_address\", \"user_agent\" = excluded.\"user_agent\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.ip_address),
                    runtime::ToSql::to_sql(&row.user_agent),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Session>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Session::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Session) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"sessions\" SET \"user_id\" = ?1, \"token_hash\" = ?2, \"status\" = ?3, \"created_at\" = ?4, \"expires_at\" = ?5, \"last_active_at\" = ?6, \"revoked_at\" = ?7, \"ip_address\" = ?8, \"user_agent\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.ip_address),
                    runtime::ToSql::to_sql(&row.user_agent),
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
                "DELETE FROM \"sessions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `sessions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Session>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Session::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Session::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Session::TABLE, Session::primary_key))
    }
    /// Lists the rows whose `user_id` and `status` equal the given values, in primary-key order.
    /// The filter uses the index `sessions_user_id_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_user_id_status(
        &self,
        user_id: &str,
        status: SessionStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Session>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&user_id),
            runtime::ToSql::to_sql(&status),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Session::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"user_id\" = ?1 AND \"status\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"user_id\" = ?1 AND \"status\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Session::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Session::TABLE, Session::primary_key))
    }
    /// Lists the rows whose `expires_at` equals the given value, in primary-key order.
    /// The filter uses the index `sessions_expires_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_expires_at(
        &self,
        expires_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Session>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&expires_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Session::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"expires_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"token_hash\", \"status\", \"created_at\", \"expires_at\", \"last_active_at\", \"revoked_at\", \"ip_address\", \"user_agent\" FROM \"sessions\" WHERE \"expires_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Session::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Session::TABLE, Session::primary_key))
    }
}

impl ConfigEntry {
    /// Reads a row of `config` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            key: row.get("key")?,
            value: row.get("value")?,
            is_secret: row.get("is_secret")?,
            description: row.get("description")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.key)])
    }
    /// Returns the accessor of the `config` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ConfigEntryTable<'_> {
        ConfigEntryTable { sql }
    }
}

/// Typed access to the `config` table, inside the transaction of the current call.
pub struct ConfigEntryTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ConfigEntryTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &ConfigEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"config\" (\"key\", \"value\", \"is_secret\", \"description\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.is_secret),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &ConfigEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"config\" (\"key\", \"value\", \"is_secret\", \"description\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\", \"is_secret\" = excluded.\"is_secret\", \"description\" = excluded.\"description\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.is_secret),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, key: &str) -> runtime::Result<Option<ConfigEntry>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"key\", \"value\", \"is_secret\", \"description\", \"updated_at\" FROM \"config\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(ConfigEntry::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &ConfigEntry) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"config\" SET \"value\" = ?1, \"is_secret\" = ?2, \"description\" = ?3, \"updated_at\" = ?4 WHERE \"key\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.is_secret),
                    runtime::ToSql::to_sql(&row.description),
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
                "DELETE FROM \"config\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `config` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ConfigEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ConfigEntry::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"is_secret\", \"description\", \"updated_at\" FROM \"config\" WHERE \"key\" > ?1 ORDER BY \"key\" LIMIT ?2"
            }
            None => {
                "SELECT \"key\", \"value\", \"is_secret\", \"description\", \"updated_at\" FROM \"config\" ORDER BY \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ConfigEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ConfigEntry::TABLE,
                ConfigEntry::primary_key,
            ),
        )
    }
}

impl FeatureFlag {
    /// Reads a row of `feature_flags` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            key: row.get("key")?,
            description: row.get("description")?,
            enabled: row.get("enabled")?,
            rollout_percent: row.get("rollout_percent")?,
            stickiness: row.get("stickiness")?,
            group_id: row.get("group_id")?,
            user_ids: row.get("user_ids")?,
            tenant_ids: row.get("tenant_ids")?,
            constraints: row.get("constraints")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.key)])
    }
    /// Returns the accessor of the `feature_flags` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FeatureFlagTable<'_> {
        FeatureFlagTable { sql }
    }
}

/// Typed access to the `feature_flags` table, inside the transaction of the current call.
pub struct FeatureFlagTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FeatureFlagTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FeatureFlag) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"feature_flags\" (\"key\", \"description\", \"enabled\", \"rollout_percent\", \"stickiness\", \"group_id\", \"user_ids\", \"tenant_ids\", \"constraints\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.rollout_percent),
                    runtime::ToSql::to_sql(&row.stickiness),
                    runtime::ToSql::to_sql(&row.group_id),
                    runtime::ToSql::to_sql(&row.user_ids),
                    runtime::ToSql::to_sql(&row.tenant_ids),
                    runtime::ToSql::to_sql(&row.constraints),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FeatureFlag) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"feature_flags\" (\"key\", \"description\", \"enabled\", \"rollout_percent\", \"stickiness\", \"group_id\", \"user_ids\", \"tenant_ids\", \"constraints\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"key\") DO UPDATE SET \"description\" = excluded.\"description\", \"enabled\" = excluded.\"enabled\", \"rollout_percent\" = excluded.\"rollout_percent\", \"stickiness\" = excluded.\"stickiness\", \"group_id\" = excluded.\"group_id\", \"user_ids\" = excluded.\"user_ids\", \"tenant_ids\" = excluded.\"tenant_ids\", \"constraints\" = excluded.\"constraints\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.rollout_percent),
                    runtime::ToSql::to_sql(&row.stickiness),
                    runtime::ToSql::to_sql(&row.group_id),
                    runtime::ToSql::to_sql(&row.user_ids),
                    runtime::ToSql::to_sql(&row.tenant_ids),
                    runtime::ToSql::to_sql(&row.constraints),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, key: &str) -> runtime::Result<Option<FeatureFlag>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"key\", \"description\", \"enabled\", \"rollout_percent\", \"stickiness\", \"group_id\", \"user_ids\", \"tenant_ids\", \"constraints\", \"created_at\", \"updated_at\" FROM \"feature_flags\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(FeatureFlag::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FeatureFlag) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"feature_flags\" SET \"description\" = ?1, \"enabled\" = ?2, \"rollout_percent\" = ?3, \"stickiness\" = ?4, \"group_id\" = ?5, \"user_ids\" = ?6, \"tenant_ids\" = ?7, \"constraints\" = ?8, \"created_at\" = ?9, \"updated_at\" = ?10 WHERE \"key\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.enabled),
                    runtime::ToSql::to_sql(&row.rollout_percent),
                    runtime::ToSql::to_sql(&row.stickiness),
                    runtime::ToSql::to_sql(&row.group_id),
                    runtime::ToSql::to_sql(&row.user_ids),
                    runtime::ToSql::to_sql(&row.tenant_ids),
                    runtime::ToSql::to_sql(&row.constraints),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"feature_flags\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `feature_flags` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FeatureFlag>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FeatureFlag::TABLE, 1)?);
                "SELECT \"key\", \"description\", \"enabled\", \"rollout_percent\", \"stickiness\", \"group_id\", \"user_ids\", \"tenant_ids\", \"constraints\", \"created_at\", \"updated_at\" FROM \"feature_flags\" WHERE \"key\" > ?1 ORDER BY \"key\" LIMIT ?2"
            }
            None => {
                "SELECT \"key\", \"description\", \"enabled\", \"rollout_percent\", \"stickiness\", \"group_id\", \"user_ids\", \"tenant_ids\", \"constraints\", \"created_at\", \"updated_at\" FROM \"feature_flags\" ORDER BY \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FeatureFlag::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FeatureFlag::TABLE,
                FeatureFlag::primary_key,
            ),
        )
    }
}

impl AnalyticsEvent {
    /// Reads a row of `analytics_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            event: row.get("event")?,
            distinct_id: row.get("distinct_id")?,
            user_id: row.get("user_id")?,
            visit_id: row.get("visit_id")?,
            properties: row.get("properties")?,
            url: row.get("url")?,
            referrer: row.get("referrer")?,
            occurred_at: row.get("occurred_at")?,
            received_at: row.get("received_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `analytics_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> AnalyticsEventTable<'_> {
        AnalyticsEventTable { sql }
    }
}

/// Typed access to the `analytics_events` table, inside the transaction of the current call.
pub struct AnalyticsEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl AnalyticsEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &AnalyticsEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"analytics_events\" (\"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.event),
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.visit_id),
                    runtime::ToSql::to_sql(&row.properties),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.received_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &AnalyticsEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"analytics_events\" (\"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"event\" = excluded.\"event\", \"distinct_id\" = excluded.\"distinct_id\", \"user_id\" = excluded.\"user_id\", \"visit_id\" = excluded.\"visit_id\", \"properties\" = excluded.\"properties\", \"url\" = excluded.\"url\", \"referrer\" = excluded.\"referrer\", \"occurred_at\" = excluded.\"occurred_at\", \"received_at\" = excluded.\"received_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.event),
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.visit_id),
                    runtime::ToSql::to_sql(&row.properties),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.received_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<AnalyticsEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(AnalyticsEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &AnalyticsEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"analytics_events\" SET \"event\" = ?1, \"distinct_id\" = ?2, \"user_id\" = ?3, \"visit_id\" = ?4, \"properties\" = ?5, \"url\" = ?6, \"referrer\" = ?7, \"occurred_at\" = ?8, \"received_at\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.event),
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.visit_id),
                    runtime::ToSql::to_sql(&row.properties),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.received_at),
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
                "DELETE FROM \"analytics_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `analytics_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AnalyticsEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AnalyticsEvent::TABLE, 1)?);
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AnalyticsEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AnalyticsEvent::TABLE,
                AnalyticsEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `occurred_at` equals the given value, in primary-key order.
    /// The filter uses the index `analytics_events_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_occurred_at(
        &self,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AnalyticsEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&occurred_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AnalyticsEvent::TABLE, 1)?);
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"occurred_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"occurred_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AnalyticsEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AnalyticsEvent::TABLE,
                AnalyticsEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `event` and `occurred_at` equal the given values, in primary-key order.
    /// The filter uses the index `analytics_events_event_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_event_occurred_at(
        &self,
        event: &str,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AnalyticsEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&event),
            runtime::ToSql::to_sql(&occurred_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AnalyticsEvent::TABLE, 1)?);
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"event\" = ?1 AND \"occurred_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"event\" = ?1 AND \"occurred_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AnalyticsEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AnalyticsEvent::TABLE,
                AnalyticsEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `distinct_id` and `occurred_at` equal the given values, in primary-key order.
    /// The filter uses the index `analytics_events_distinct_id_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_distinct_id_occurred_at(
        &self,
        distinct_id: &str,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AnalyticsEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&distinct_id),
            runtime::ToSql::to_sql(&occurred_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AnalyticsEvent::TABLE, 1)?);
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"distinct_id\" = ?1 AND \"occurred_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"event\", \"distinct_id\", \"user_id\", \"visit_id\", \"properties\", \"url\", \"referrer\", \"occurred_at\", \"received_at\" FROM \"analytics_events\" WHERE \"distinct_id\" = ?1 AND \"occurred_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AnalyticsEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AnalyticsEvent::TABLE,
                AnalyticsEvent::primary_key,
            ),
        )
    }
}

impl Visit {
    /// Reads a row of `visits` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            distinct_id: row.get("distinct_id")?,
            user_id: row.get("user_id")?,
            started_at: row.get("started_at")?,
            last_event_at: row.get("last_event_at")?,
            page_views: row.get("page_views")?,
            events: row.get("events")?,
            entry_url: row.get("entry_url")?,
            exit_url: row.get("exit_url")?,
            referrer: row.get("referrer")?,
            utm_source: row.get("utm_source")?,
            utm_medium: row.get("utm_medium")?,
            utm_campaign: row.get("utm_campaign")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `visits` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> VisitTable<'_> {
        VisitTable { sql }
    }
}

/// Typed access to the `visits` table, inside the transaction of the current call.
pub struct VisitTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl VisitTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Visit) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"visits\" (\"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_event_at),
                    runtime::ToSql::to_sql(&row.page_views),
                    runtime::ToSql::to_sql(&row.events),
                    runtime::ToSql::to_sql(&row.entry_url),
                    runtime::ToSql::to_sql(&row.exit_url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Visit) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"visits\" (\"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"distinct_id\" = excluded.\"distinct_id\", \"user_id\" = excluded.\"user_id\", \"started_at\" = excluded.\"started_at\", \"last_event_at\" = excluded.\"last_event_at\", \"page_views\" = excluded.\"page_views\", \"events\" = excluded.\"events\", \"entry_url\" = excluded.\"entry_url\", \"exit_url\" = excluded.\"exit_url\", \"referrer\" = excluded.\"referrer\", \"utm_source\" = excluded.\"utm_source\", \"utm_medium\" = excluded.\"utm_medium\", \"utm_campaign\" = excluded.\"utm_campaign\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_event_at),
                    runtime::ToSql::to_sql(&row.page_views),
                    runtime::ToSql::to_sql(&row.events),
                    runtime::ToSql::to_sql(&row.entry_url),
                    runtime::ToSql::to_sql(&row.exit_url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Visit>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Visit::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Visit) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"visits\" SET \"distinct_id\" = ?1, \"user_id\" = ?2, \"started_at\" = ?3, \"last_event_at\" = ?4, \"page_views\" = ?5, \"events\" = ?6, \"entry_url\" = ?7, \"exit_url\" = ?8, \"referrer\" = ?9, \"utm_source\" = ?10, \"utm_medium\" = ?11, \"utm_campaign\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.distinct_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.started_at),
                    runtime::ToSql::to_sql(&row.last_event_at),
                    runtime::ToSql::to_sql(&row.page_views),
                    runtime::ToSql::to_sql(&row.events),
                    runtime::ToSql::to_sql(&row.entry_url),
                    runtime::ToSql::to_sql(&row.exit_url),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
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
                "DELETE FROM \"visits\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `visits` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Visit>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Visit::TABLE, 1)?);
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Visit::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Visit::TABLE, Visit::primary_key))
    }
    /// Lists the rows whose `distinct_id` and `last_event_at` equal the given values, in primary-key order.
    /// The filter uses the index `visits_distinct_id_last_event_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_distinct_id_last_event_at(
        &self,
        distinct_id: &str,
        last_event_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Visit>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&distinct_id),
            runtime::ToSql::to_sql(&last_event_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Visit::TABLE, 1)?);
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"distinct_id\" = ?1 AND \"last_event_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"distinct_id\" = ?1 AND \"last_event_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Visit::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Visit::TABLE, Visit::primary_key))
    }
    /// Lists the rows whose `started_at` equals the given value, in primary-key order.
    /// The filter uses the index `visits_started_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_started_at(
        &self,
        started_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Visit>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&started_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Visit::TABLE, 1)?);
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"started_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"distinct_id\", \"user_id\", \"started_at\", \"last_event_at\", \"page_views\", \"events\", \"entry_url\", \"exit_url\", \"referrer\", \"utm_source\", \"utm_medium\", \"utm_campaign\" FROM \"visits\" WHERE \"started_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Visit::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Visit::TABLE, Visit::primary_key))
    }
}

impl Tenant {
    /// Reads a row of `tenants` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            slug: row.get("slug")?,
            plan: row.get("plan")?,
            status: row.get("status")?,
            settings: row.get("settings")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `tenants` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TenantTable<'_> {
        TenantTable { sql }
    }
}

/// Typed access to the `tenants` table, inside the transaction of the current call.
pub struct TenantTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TenantTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Tenant) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tenants\" (\"id\", \"name\", \"slug\", \"plan\", \"status\", \"settings\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.settings),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Tenant) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tenants\" (\"id\", \"name\", \"slug\", \"plan\", \"status\", \"settings\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"slug\" = excluded.\"slug\", \"plan\" = excluded.\"plan\", \"status\" = excluded.\"status\", \"settings\" = excluded.\"settings\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.settings),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Tenant>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"slug\", \"plan\", \"status\", \"settings\", \"created_at\", \"updated_at\" FROM \"tenants\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Tenant::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Tenant) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"tenants\" SET \"name\" = ?1, \"slug\" = ?2, \"plan\" = ?3, \"status\" = ?4, \"settings\" = ?5, \"created_at\" = ?6, \"updated_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.settings),
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
                "DELETE FROM \"tenants\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `tenants` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Tenant>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Tenant::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"slug\", \"plan\", \"status\", \"settings\", \"created_at\", \"updated_at\" FROM \"tenants\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"slug\", \"plan\", \"status\", \"settings\", \"created_at\", \"updated_at\" FROM \"tenants\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Tenant::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Tenant::TABLE, Tenant::primary_key))
    }
}

impl TenantMembership {
    /// Reads a row of `tenant_memberships` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            tenant_id: row.get("tenant_id")?,
            user_id: row.get("user_id")?,
            role: row.get("role")?,
            joined_at: row.get("joined_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.tenant_id),
            runtime::ToSql::to_sql(&self.user_id),
        ])
    }
    /// Returns the accessor of the `tenant_memberships` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TenantMembershipTable<'_> {
        TenantMembershipTable { sql }
    }
}

/// Typed access to the `tenant_memberships` table, inside the transaction of the current call.
pub struct TenantMembershipTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TenantMembershipTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &TenantMembership) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tenant_memberships\" (\"tenant_id\", \"user_id\", \"role\", \"joined_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.tenant_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.joined_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &TenantMembership) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"tenant_memberships\" (\"tenant_id\", \"user_id\", \"role\", \"joined_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"tenant_id\", \"user_id\") DO UPDATE SET \"role\" = excluded.\"role\", \"joined_at\" = excluded.\"joined_at\"",
                &[
                    runtime::ToSql::to_sql(&row.tenant_id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.joined_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        tenant_id: &str,
        user_id: &str,
    ) -> runtime::Result<Option<TenantMembership>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"tenant_id\", \"user_id\", \"role\", \"joined_at\" FROM \"tenant_memberships\" WHERE \"tenant_id\" = ?1 AND \"user_id\" = ?2",
                &[runtime::ToSql::to_sql(&tenant_id), runtime::ToSql::to_sql(&user_id)],
            )?;
        found.as_ref().map(TenantMembership::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &TenantMembership) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"tenant_memberships\" SET \"role\" = ?1, \"joined_at\" = ?2 WHERE \"tenant_id\" = ?3 AND \"user_id\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.tenant_id),
                    runtime::ToSql::to_sql(&row.user_id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, tenant_id: &str, user_id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"tenant_memberships\" WHERE \"tenant_id\" = ?1 AND \"user_id\" = ?2",
                &[runtime::ToSql::to_sql(&tenant_id), runtime::ToSql::to_sql(&user_id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `tenant_memberships` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<TenantMembership>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(TenantMembership::TABLE, 2)?);
                "SELECT \"tenant_id\", \"user_id\", \"role\", \"joined_at\" FROM \"tenant_memberships\" WHERE (\"tenant_id\", \"user_id\") > (?1, ?2) ORDER BY \"tenant_id\", \"user_id\" LIMIT ?3"
            }
            None => {
                "SELECT \"tenant_id\", \"user_id\", \"role\", \"joined_at\" FROM \"tenant_memberships\" ORDER BY \"tenant_id\", \"user_id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(TenantMembership::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                TenantMembership::TABLE,
                TenantMembership::primary_key,
            ),
        )
    }
    /// Lists the rows whose `user_id` equals the given value, in primary-key order.
    /// The filter uses the index `tenant_memberships_user_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_user_id(
        &self,
        user_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<TenantMembership>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&user_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(TenantMembership::TABLE, 2)?);
                "SELECT \"tenant_id\", \"user_id\", \"role\", \"joined_at\" FROM \"tenant_memberships\" WHERE \"user_id\" = ?1 AND (\"tenant_id\", \"user_id\") > (?2, ?3) ORDER BY \"tenant_id\", \"user_id\" LIMIT ?4"
            }
            None => {
                "SELECT \"tenant_id\", \"user_id\", \"role\", \"joined_at\" FROM \"tenant_memberships\" WHERE \"user_id\" = ?1 ORDER BY \"tenant_id\", \"user_id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(TenantMembership::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                TenantMembership::TABLE,
                TenantMembership::primary_key,
            ),
        )
    }
}

impl Activity {
    /// Reads a row of `activity` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            action: row.get("action")?,
            actor: row.get("actor")?,
            subject_type: row.get("subject_type")?,
            subject_id: row.get("subject_id")?,
            details: row.get("details")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `activity` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ActivityTable<'_> {
        ActivityTable { sql }
    }
}

/// Typed access to the `activity` table, inside the transaction of the current call.
pub struct ActivityTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ActivityTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Activity) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"activity\" (\"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.subject_type),
                    runtime::ToSql::to_sql(&row.subject_id),
                    runtime::ToSql::to_sql(&row.details),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Activity) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"activity\" (\"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"action\" = excluded.\"action\", \"actor\" = excluded.\"actor\", \"subject_type\" = excluded.\"subject_type\", \"subject_id\" = excluded.\"subject_id\", \"details\" = excluded.\"details\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.subject_type),
                    runtime::ToSql::to_sql(&row.subject_id),
                    runtime::ToSql::to_sql(&row.details),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<Activity>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Activity::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Activity) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"activity\" SET \"action\" = ?1, \"actor\" = ?2, \"subject_type\" = ?3, \"subject_id\" = ?4, \"details\" = ?5, \"created_at\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.actor),
                    runtime::ToSql::to_sql(&row.subject_type),
                    runtime::ToSql::to_sql(&row.subject_id),
                    runtime::ToSql::to_sql(&row.details),
                    runtime::ToSql::to_sql(&row.created_at),
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
                "DELETE FROM \"activity\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `activity` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Activity>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Activity::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Activity::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Activity::TABLE, Activity::primary_key))
    }
    /// Lists the rows whose `created_at` equals the given value, in primary-key order.
    /// The filter uses the index `activity_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created_at(
        &self,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Activity>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Activity::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"created_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"created_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Activity::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Activity::TABLE, Activity::primary_key))
    }
    /// Lists the rows whose `subject_type` and `subject_id` equal the given values, in primary-key order.
    /// The filter uses the index `activity_subject_type_subject_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_subject_type_subject_id(
        &self,
        subject_type: Option<&str>,
        subject_id: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Activity>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&subject_type),
            runtime::ToSql::to_sql(&subject_id),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Activity::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"subject_type\" IS ?1 AND \"subject_id\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"action\", \"actor\", \"subject_type\", \"subject_id\", \"details\", \"created_at\" FROM \"activity\" WHERE \"subject_type\" IS ?1 AND \"subject_id\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Activity::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Activity::TABLE, Activity::primary_key))
    }
}
