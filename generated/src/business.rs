//! Types of the `business` object, generated from its spec by `cargo run -p codegen`.
//!
//! One operating business: its profile, team, monthly metrics, customer subscriptions mirrored
//! from Stripe with the MRR they produce, settings and activity. Money is in integer cents.
//! Percentages are integer basis points (1% = 100 bp, 100% = 10000 bp). Periods are calendar
//! months written `YYYY-MM`.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "business";

/// The object's class name.
pub const CLASS: &str = "Business";

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
    "addTeamMember",
    "getTeam",
    "updateTeamMember",
    "removeTeamMember",
    "acceptInvite",
    "recordMetrics",
    "getMetrics",
    "getMetricsHistory",
    "getCurrentRevenue",
    "setSubscription",
    "getSubscription",
    "listSubscriptions",
    "hasActiveSubscription",
    "cancelSubscription",
    "mrrBreakdown",
    "listMrrMovements",
    "handleStripeWebhook",
    "setSetting",
    "getSetting",
    "getSettings",
    "deleteSetting",
    "getActivity",
    "getDashboard",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "business.created",
    "business.updated",
    "business.archived",
    "business.restored",
    "member.invited",
    "member.joined",
    "member.updated",
    "member.removed",
    "metrics.recorded",
    "subscription.changed",
    "subscription.canceled",
    "mrr.moved",
    "setting.changed",
    "setting.deleted",
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
pub enum BusinessStatus {
    Active,
    Archived,
}

impl BusinessStatus {
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

impl std::fmt::Display for BusinessStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The role a team member holds; each value is one of the object's roles, or `owner`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamRole {
    Owner,
    Admin,
    Member,
    Billing,
    Viewer,
}

impl TeamRole {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Owner,
        Self::Admin,
        Self::Member,
        Self::Billing,
        Self::Viewer,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Owner => "owner",
            Self::Admin => "admin",
            Self::Member => "member",
            Self::Billing => "billing",
            Self::Viewer => "viewer",
        }
    }
}

impl std::fmt::Display for TeamRole {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamMemberStatus {
    Invited,
    Active,
    Removed,
}

impl TeamMemberStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Invited, Self::Active, Self::Removed];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Invited => "invited",
            Self::Active => "active",
            Self::Removed => "removed",
        }
    }
}

impl std::fmt::Display for TeamMemberStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stripe's subscription statuses, with Stripe's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    Incomplete,
    IncompleteExpired,
    Trialing,
    Active,
    PastDue,
    Canceled,
    Unpaid,
    Paused,
}

impl SubscriptionStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Incomplete,
        Self::IncompleteExpired,
        Self::Trialing,
        Self::Active,
        Self::PastDue,
        Self::Canceled,
        Self::Unpaid,
        Self::Paused,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Incomplete => "incomplete",
            Self::IncompleteExpired => "incomplete_expired",
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
            Self::Unpaid => "unpaid",
            Self::Paused => "paused",
        }
    }
}

impl std::fmt::Display for SubscriptionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingInterval {
    Day,
    Week,
    Month,
    Year,
}

impl BillingInterval {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Day, Self::Week, Self::Month, Self::Year];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }
}

impl std::fmt::Display for BillingInterval {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stripe coupon durations: `once` applies to one invoice and so does not lower MRR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountDuration {
    Once,
    Repeating,
    Forever,
}

impl DiscountDuration {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Once, Self::Repeating, Self::Forever];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Once => "once",
            Self::Repeating => "repeating",
            Self::Forever => "forever",
        }
    }
}

impl std::fmt::Display for DiscountDuration {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MrrMovementKind {
    New,
    Expansion,
    Contraction,
    Churn,
    Reactivation,
}

impl MrrMovementKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::New,
        Self::Expansion,
        Self::Contraction,
        Self::Churn,
        Self::Reactivation,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Expansion => "expansion",
            Self::Contraction => "contraction",
            Self::Churn => "churn",
            Self::Reactivation => "reactivation",
        }
    }
}

impl std::fmt::Display for MrrMovementKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// `applied` changed state; `duplicate` repeats an event id already processed; `stale` is older
/// than the last event applied to the same subscription; `ignored` is a type the object does not handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WebhookOutcome {
    Applied,
    Duplicate,
    Stale,
    Ignored,
}

impl WebhookOutcome {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Applied,
        Self::Duplicate,
        Self::Stale,
        Self::Ignored,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Duplicate => "duplicate",
            Self::Stale => "stale",
            Self::Ignored => "ignored",
        }
    }
}

impl std::fmt::Display for WebhookOutcome {
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
pub struct BusinessInput {
    pub name: String,
    /// Derived from the name when left out.
    pub slug: Option<String>,
    pub legal_name: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// ISO 4217 code; defaults to USD.
    pub currency: Option<String>,
    /// IANA time zone; defaults to UTC.
    pub timezone: Option<String>,
}

/// Fields to change; a field left out keeps its value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessPatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub legal_name: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<serde_json::Value>,
    pub timezone: Option<String>,
    pub fiscal_year_start_month: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamMemberPatch {
    pub name: Option<String>,
    pub role: Option<TeamRole>,
    pub title: Option<String>,
    pub department: Option<String>,
}

/// A new team member and the invitation token, which is returned only here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewInvitation {
    pub member: TeamMember,
    pub token: String,
}

/// One month's figures; a field left out keeps its stored value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsInput {
    pub revenue_cents: Option<i64>,
    pub expenses_cents: Option<i64>,
    /// MRR as reported elsewhere; the subscriptions' MRR is computed apart.
    pub mrr_cents: Option<i64>,
    pub cash_cents: Option<i64>,
    pub customers: Option<i64>,
    pub new_customers: Option<i64>,
    pub churned_customers: Option<i64>,
    pub headcount: Option<i64>,
    pub notes: Option<String>,
}

/// A subscription as Stripe describes it. `amount_cents` is the price per unit for one
/// `interval_count` x `interval`, before discounts and without tax.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionInput {
    /// Our id; generated when left out, or found by `stripe_subscription_id`.
    pub id: Option<String>,
    pub stripe_subscription_id: Option<String>,
    pub stripe_customer_id: Option<String>,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub plan: String,
    pub stripe_price_id: Option<String>,
    pub status: SubscriptionStatus,
    pub amount_cents: i64,
    pub currency: Option<String>,
    pub interval: BillingInterval,
    pub interval_count: Option<i64>,
    pub quantity: Option<i64>,
    pub discount_percent_off_bps: Option<i64>,
    pub discount_amount_off_cents: Option<i64>,
    pub discount_duration: Option<DiscountDuration>,
    /// Milliseconds since the Unix epoch, UTC.
    pub discount_ends_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub current_period_start: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub current_period_end: Option<i64>,
    pub cancel_at_period_end: Option<bool>,
    /// Milliseconds since the Unix epoch, UTC.
    pub trial_start: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub trial_end: Option<i64>,
    pub metadata: Option<serde_json::Value>,
}

/// MRR over all subscriptions: each recurring amount normalised to a month (a yearly price / 12,
/// an n-month price / n) x quantity, minus recurring discounts; trials, 100%-off subscriptions,
/// one-off charges and tax count as 0.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MrrSummary {
    /// Milliseconds since the Unix epoch, UTC.
    pub as_of: i64,
    pub mrr_cents: i64,
    /// 12 x MRR.
    pub arr_cents: i64,
    pub paying_subscriptions: i64,
    pub trialing_subscriptions: i64,
    pub currency: String,
}

/// The MRR movements of a time range, by kind; `net_cents` is their sum, which equals the change in MRR.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MrrBreakdown {
    /// Milliseconds since the Unix epoch, UTC.
    pub from: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: i64,
    pub start_mrr_cents: i64,
    pub new_cents: i64,
    pub expansion_cents: i64,
    /// Zero or negative.
    pub contraction_cents: i64,
    /// Zero or negative.
    pub churn_cents: i64,
    pub reactivation_cents: i64,
    pub net_cents: i64,
    pub end_mrr_cents: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookResult {
    pub event_id: String,
    pub event_type: String,
    pub outcome: WebhookOutcome,
}

/// A setting as read back; `value` is null for a secret unless the caller may read secrets.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingView {
    pub key: String,
    pub value: Option<serde_json::Value>,
    pub category: String,
    pub is_secret: bool,
    pub description: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub profile: Profile,
    pub team_size: i64,
    pub revenue: MrrSummary,
    pub metrics: Option<Metric>,
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
/// The business itself, one row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub legal_name: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<serde_json::Value>,
    pub currency: String,
    pub timezone: String,
    pub fiscal_year_start_month: i64,
    pub status: BusinessStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub archived_at: Option<i64>,
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
        "legal_name",
        "description",
        "industry",
        "website",
        "logo_url",
        "email",
        "phone",
        "address",
        "currency",
        "timezone",
        "fiscal_year_start_month",
        "status",
        "archived_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `team_members` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    pub id: String,
    pub email: String,
    pub name: Option<String>,
    /// The principal id, set when the invitation is accepted.
    pub user_id: Option<String>,
    pub role: TeamRole,
    pub title: Option<String>,
    pub department: Option<String>,
    pub status: TeamMemberStatus,
    /// SHA-256 of the invitation token, hex; cleared on acceptance.
    pub invite_token_hash: Option<String>,
    pub invited_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub invited_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub joined_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub removed_at: Option<i64>,
}

impl TeamMember {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "team_members";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "email",
        "name",
        "user_id",
        "role",
        "title",
        "department",
        "status",
        "invite_token_hash",
        "invited_by",
        "invited_at",
        "joined_at",
        "removed_at",
    ];
}

/// A row of the `metrics` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    /// `YYYY-MM`.
    pub period: String,
    pub revenue_cents: Option<i64>,
    pub expenses_cents: Option<i64>,
    pub mrr_cents: Option<i64>,
    pub cash_cents: Option<i64>,
    pub customers: Option<i64>,
    pub new_customers: Option<i64>,
    pub churned_customers: Option<i64>,
    pub headcount: Option<i64>,
    pub notes: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub recorded_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Metric {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "metrics";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "period",
        "revenue_cents",
        "expenses_cents",
        "mrr_cents",
        "cash_cents",
        "customers",
        "new_customers",
        "churned_customers",
        "headcount",
        "notes",
        "recorded_at",
        "updated_at",
    ];
}

/// A row of the `subscriptions` table.
///
/// Customer subscriptions, mirrored from Stripe or set by hand.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: String,
    pub stripe_subscription_id: Option<String>,
    pub stripe_customer_id: Option<String>,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub plan: String,
    pub stripe_price_id: Option<String>,
    pub status: SubscriptionStatus,
    /// Price per unit and billing period, before discounts, without tax.
    pub amount_cents: i64,
    pub currency: String,
    pub interval: BillingInterval,
    pub interval_count: i64,
    pub quantity: i64,
    pub discount_percent_off_bps: Option<i64>,
    pub discount_amount_off_cents: Option<i64>,
    pub discount_duration: Option<DiscountDuration>,
    /// Milliseconds since the Unix epoch, UTC.
    pub discount_ends_at: Option<i64>,
    /// This subscription's MRR, recomputed on every change; the movements are diffs of it.
    pub mrr_cents: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub current_period_start: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub current_period_end: Option<i64>,
    pub cancel_at_period_end: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub canceled_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub ended_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub trial_start: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub trial_end: Option<i64>,
    pub metadata: serde_json::Value,
    /// `created` of the last Stripe event applied; older events are ignored.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub last_stripe_event_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Subscription {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "subscriptions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "stripe_subscription_id",
        "stripe_customer_id",
        "customer_email",
        "customer_name",
        "plan",
        "stripe_price_id",
        "status",
        "amount_cents",
        "currency",
        "interval",
        "interval_count",
        "quantity",
        "discount_percent_off_bps",
        "discount_amount_off_cents",
        "discount_duration",
        "discount_ends_at",
        "mrr_cents",
        "current_period_start",
        "current_period_end",
        "cancel_at_period_end",
        "canceled_at",
        "ended_at",
        "trial_start",
        "trial_end",
        "metadata",
        "last_stripe_event_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `mrr_movements` table.
///
/// Every change of a subscription's MRR, classified; summing `delta_cents` reproduces MRR at any time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MrrMovement {
    pub id: i64,
    pub subscription_id: String,
    pub kind: MrrMovementKind,
    /// Positive for new, expansion and reactivation; negative for contraction and churn.
    pub delta_cents: i64,
    pub mrr_before_cents: i64,
    pub mrr_after_cents: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub occurred_at: i64,
    pub stripe_event_id: Option<String>,
}

impl MrrMovement {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "mrr_movements";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "subscription_id",
        "kind",
        "delta_cents",
        "mrr_before_cents",
        "mrr_after_cents",
        "occurred_at",
        "stripe_event_id",
    ];
}

/// A row of the `stripe_events` table.
///
/// Stripe webhook events already processed, so that a redelivered event is applied once.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StripeEvent {
    /// Stripe's event id, `evt_...`.
    pub id: String,
    /// Such as `customer.subscription.updated`.
    #[serde(rename = "type")]
    pub r#type: String,
    /// Stripe's `created`, converted from seconds to milliseconds.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub created: i64,
    pub livemode: bool,
    pub outcome: WebhookOutcome,
    /// Milliseconds since the Unix epoch, UTC.
    pub processed_at: i64,
}

impl StripeEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "stripe_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "type",
        "created",
        "livemode",
        "outcome",
        "processed_at",
    ];
}

/// A row of the `settings` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Setting {
    /// Dotted, such as `stripe.webhook_secret`.
    pub key: String,
    pub value: serde_json::Value,
    pub category: String,
    /// Masked in reads without `settings:read_secrets`, and in the dashboard.
    pub is_secret: bool,
    pub description: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Setting {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "settings";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "key",
        "value",
        "category",
        "is_secret",
        "description",
        "updated_at",
    ];
}

/// A row of the `activity` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    /// `noun.verb`, such as `subscription.canceled`.
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
    pub input: BusinessInput,
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
    pub patch: BusinessPatch,
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

/// Parameters of the `addTeamMember` method.
///
/// Invites a team member; the returned token is shown once and stored hashed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddTeamMemberParams {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<TeamRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
}

impl AddTeamMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addTeamMember";
}

/// Parameters of the `getTeam` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTeamParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_removed: Option<bool>,
}

impl GetTeamParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getTeam";
}

/// Parameters of the `updateTeamMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateTeamMemberParams {
    pub member_id: String,
    pub patch: TeamMemberPatch,
}

impl UpdateTeamMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateTeamMember";
}

/// Parameters of the `removeTeamMember` method.
///
/// Removes a member; the last active owner cannot be removed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoveTeamMemberParams {
    pub member_id: String,
}

impl RemoveTeamMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "removeTeamMember";
}

/// Parameters of the `acceptInvite` method.
///
/// Accepts an invitation by its token for the calling principal.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcceptInviteParams {
    pub token: String,
}

impl AcceptInviteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "acceptInvite";
}

/// Parameters of the `recordMetrics` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordMetricsParams {
    /// `YYYY-MM`.
    pub period: String,
    pub metrics: MetricsInput,
}

impl RecordMetricsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordMetrics";
}

/// Parameters of the `getMetrics` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMetricsParams {
    pub period: String,
}

impl GetMetricsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMetrics";
}

/// Parameters of the `getMetricsHistory` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMetricsHistoryParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_period: Option<String>,
}

impl GetMetricsHistoryParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMetricsHistory";
}

/// Parameters of the `getCurrentRevenue` method.
///
/// MRR and ARR computed from the subscriptions now.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCurrentRevenueParams {}

impl GetCurrentRevenueParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getCurrentRevenue";
}

/// Parameters of the `setSubscription` method.
///
/// Creates or replaces a subscription and records the MRR movement its change causes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetSubscriptionParams {
    pub subscription: SubscriptionInput,
}

impl SetSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setSubscription";
}

/// Parameters of the `getSubscription` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSubscriptionParams {
    pub subscription_id: String,
}

impl GetSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSubscription";
}

/// Parameters of the `listSubscriptions` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSubscriptionsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SubscriptionStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stripe_customer_id: Option<String>,
}

impl ListSubscriptionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listSubscriptions";
}

/// Parameters of the `hasActiveSubscription` method.
///
/// Whether any subscription (of the customer, when given) is `active` or `trialing`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HasActiveSubscriptionParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stripe_customer_id: Option<String>,
}

impl HasActiveSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "hasActiveSubscription";
}

/// Parameters of the `cancelSubscription` method.
///
/// Cancels now, or at the end of the current period when `at_period_end` is true.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CancelSubscriptionParams {
    pub subscription_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_period_end: Option<bool>,
}

impl CancelSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "cancelSubscription";
}

/// Parameters of the `mrrBreakdown` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MrrBreakdownParams {
    /// Milliseconds since the Unix epoch, UTC.
    pub from: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: i64,
}

impl MrrBreakdownParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "mrrBreakdown";
}

/// Parameters of the `listMrrMovements` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMrrMovementsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListMrrMovementsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listMrrMovements";
}

/// Parameters of the `handleStripeWebhook` method.
///
/// Verifies and applies a Stripe webhook event (`customer.subscription.*`). An event id seen
/// before is not applied again, and an event older than the last one applied to its
/// subscription is recorded as stale and not applied.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HandleStripeWebhookParams {
    /// The raw request body, byte for byte.
    pub payload: String,
    /// The `Stripe-Signature` header.
    pub signature: String,
}

impl HandleStripeWebhookParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "handleStripeWebhook";
}

/// Parameters of the `setSetting` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetSettingParams {
    pub key: String,
    pub value: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_secret: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl SetSettingParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setSetting";
}

/// Parameters of the `getSetting` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSettingParams {
    pub key: String,
}

impl GetSettingParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSetting";
}

/// Parameters of the `getSettings` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSettingsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

impl GetSettingsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSettings";
}

/// Parameters of the `deleteSetting` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteSettingParams {
    pub key: String,
}

impl DeleteSettingParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteSetting";
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
///
/// Profile, team size, revenue, the latest metrics and recent activity; secrets never appear.
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

/// Payload of the `business.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessCreated {
    pub name: String,
}

impl BusinessCreated {
    /// Name of the event.
    pub const NAME: &'static str = "business.created";
}

/// Payload of the `business.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessUpdated {
    pub fields: Vec<String>,
}

impl BusinessUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "business.updated";
}

/// Payload of the `business.archived` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessArchived {
    /// Milliseconds since the Unix epoch, UTC.
    pub archived_at: i64,
}

impl BusinessArchived {
    /// Name of the event.
    pub const NAME: &'static str = "business.archived";
}

/// Payload of the `business.restored` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BusinessRestored {
    /// Milliseconds since the Unix epoch, UTC.
    pub restored_at: i64,
}

impl BusinessRestored {
    /// Name of the event.
    pub const NAME: &'static str = "business.restored";
}

/// Payload of the `member.invited` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberInvited {
    pub member_id: String,
    pub email: String,
    pub role: TeamRole,
}

impl MemberInvited {
    /// Name of the event.
    pub const NAME: &'static str = "member.invited";
}

/// Payload of the `member.joined` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberJoined {
    pub member_id: String,
    pub user_id: String,
}

impl MemberJoined {
    /// Name of the event.
    pub const NAME: &'static str = "member.joined";
}

/// Payload of the `member.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberUpdated {
    pub member_id: String,
}

impl MemberUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "member.updated";
}

/// Payload of the `member.removed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRemoved {
    pub member_id: String,
}

impl MemberRemoved {
    /// Name of the event.
    pub const NAME: &'static str = "member.removed";
}

/// Payload of the `metrics.recorded` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsRecorded {
    pub period: String,
}

impl MetricsRecorded {
    /// Name of the event.
    pub const NAME: &'static str = "metrics.recorded";
}

/// Payload of the `subscription.changed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionChanged {
    pub subscription_id: String,
    pub status: SubscriptionStatus,
    pub mrr_cents: i64,
}

impl SubscriptionChanged {
    /// Name of the event.
    pub const NAME: &'static str = "subscription.changed";
}

/// Payload of the `subscription.canceled` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionCanceled {
    pub subscription_id: String,
    pub at_period_end: bool,
}

impl SubscriptionCanceled {
    /// Name of the event.
    pub const NAME: &'static str = "subscription.canceled";
}

/// Payload of the `mrr.moved` event.
///
/// A subscription's MRR changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MrrMoved {
    pub subscription_id: String,
    pub kind: MrrMovementKind,
    pub delta_cents: i64,
}

impl MrrMoved {
    /// Name of the event.
    pub const NAME: &'static str = "mrr.moved";
}

/// Payload of the `setting.changed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingChanged {
    pub key: String,
    pub is_secret: bool,
}

impl SettingChanged {
    /// Name of the event.
    pub const NAME: &'static str = "setting.changed";
}

/// Payload of the `setting.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettingDeleted {
    pub key: String,
}

impl SettingDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "setting.deleted";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "business.created")]
    BusinessCreated(BusinessCreated),
    #[serde(rename = "business.updated")]
    BusinessUpdated(BusinessUpdated),
    #[serde(rename = "business.archived")]
    BusinessArchived(BusinessArchived),
    #[serde(rename = "business.restored")]
    BusinessRestored(BusinessRestored),
    #[serde(rename = "member.invited")]
    MemberInvited(MemberInvited),
    #[serde(rename = "member.joined")]
    MemberJoined(MemberJoined),
    #[serde(rename = "member.updated")]
    MemberUpdated(MemberUpdated),
    #[serde(rename = "member.removed")]
    MemberRemoved(MemberRemoved),
    #[serde(rename = "metrics.recorded")]
    MetricsRecorded(MetricsRecorded),
    #[serde(rename = "subscription.changed")]
    SubscriptionChanged(SubscriptionChanged),
    #[serde(rename = "subscription.canceled")]
    SubscriptionCanceled(SubscriptionCanceled),
    #[serde(rename = "mrr.moved")]
    MrrMoved(MrrMoved),
    #[serde(rename = "setting.changed")]
    SettingChanged(SettingChanged),
    #[serde(rename = "setting.deleted")]
    SettingDeleted(SettingDeleted),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::BusinessCreated(_) => "business.created",
            Self::BusinessUpdated(_) => "business.updated",
            Self::BusinessArchived(_) => "business.archived",
            Self::BusinessRestored(_) => "business.restored",
            Self::MemberInvited(_) => "member.invited",
            Self::MemberJoined(_) => "member.joined",
            Self::MemberUpdated(_) => "member.updated",
            Self::MemberRemoved(_) => "member.removed",
            Self::MetricsRecorded(_) => "metrics.recorded",
            Self::SubscriptionChanged(_) => "subscription.changed",
            Self::SubscriptionCanceled(_) => "subscription.canceled",
            Self::MrrMoved(_) => "mrr.moved",
            Self::SettingChanged(_) => "setting.changed",
            Self::SettingDeleted(_) => "setting.deleted",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<BusinessCreated> for Event {
    fn from(payload: BusinessCreated) -> Self {
        Self::BusinessCreated(payload)
    }
}

impl std::convert::From<BusinessUpdated> for Event {
    fn from(payload: BusinessUpdated) -> Self {
        Self::BusinessUpdated(payload)
    }
}

impl std::convert::From<BusinessArchived> for Event {
    fn from(payload: BusinessArchived) -> Self {
        Self::BusinessArchived(payload)
    }
}

impl std::convert::From<BusinessRestored> for Event {
    fn from(payload: BusinessRestored) -> Self {
        Self::BusinessRestored(payload)
    }
}

impl std::convert::From<MemberInvited> for Event {
    fn from(payload: MemberInvited) -> Self {
        Self::MemberInvited(payload)
    }
}

impl std::convert::From<MemberJoined> for Event {
    fn from(payload: MemberJoined) -> Self {
        Self::MemberJoined(payload)
    }
}

impl std::convert::From<MemberUpdated> for Event {
    fn from(payload: MemberUpdated) -> Self {
        Self::MemberUpdated(payload)
    }
}

impl std::convert::From<MemberRemoved> for Event {
    fn from(payload: MemberRemoved) -> Self {
        Self::MemberRemoved(payload)
    }
}

impl std::convert::From<MetricsRecorded> for Event {
    fn from(payload: MetricsRecorded) -> Self {
        Self::MetricsRecorded(payload)
    }
}

impl std::convert::From<SubscriptionChanged> for Event {
    fn from(payload: SubscriptionChanged) -> Self {
        Self::SubscriptionChanged(payload)
    }
}

impl std::convert::From<SubscriptionCanceled> for Event {
    fn from(payload: SubscriptionCanceled) -> Self {
        Self::SubscriptionCanceled(payload)
    }
}

impl std::convert::From<MrrMoved> for Event {
    fn from(payload: MrrMoved) -> Self {
        Self::MrrMoved(payload)
    }
}

impl std::convert::From<SettingChanged> for Event {
    fn from(payload: SettingChanged) -> Self {
        Self::SettingChanged(payload)
    }
}

impl std::convert::From<SettingDeleted> for Event {
    fn from(payload: SettingDeleted) -> Self {
        Self::SettingDeleted(payload)
    }
}
