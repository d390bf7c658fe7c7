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
