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

/// Stored as its text value.
impl runtime::ToSql for BusinessStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for BusinessStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `BusinessStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for TeamRole {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TeamRole {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TeamRole`"))
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

/// Stored as its text value.
impl runtime::ToSql for TeamMemberStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for TeamMemberStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `TeamMemberStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for SubscriptionStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SubscriptionStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SubscriptionStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for BillingInterval {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for BillingInterval {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `BillingInterval`"))
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

/// Stored as its text value.
impl runtime::ToSql for DiscountDuration {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DiscountDuration {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DiscountDuration`"))
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

/// Stored as its text value.
impl runtime::ToSql for MrrMovementKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MrrMovementKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MrrMovementKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for WebhookOutcome {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for WebhookOutcome {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `WebhookOutcome`"))
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/business/0001_initial.sql"),
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
        path: "team",
        method: "addTeamMember",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "team",
        method: "getTeam",
        params: &[
            runtime::RouteParam {
                name: "includeRemoved",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "team/{memberId}",
        method: "updateTeamMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "team/{memberId}",
        method: "removeTeamMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "team/accept",
        method: "acceptInvite",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "metrics/{period}",
        method: "recordMetrics",
        params: &[
            runtime::RouteParam {
                name: "period",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "metrics/{period}",
        method: "getMetrics",
        params: &[
            runtime::RouteParam {
                name: "period",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "metrics",
        method: "getMetricsHistory",
        params: &[
            runtime::RouteParam {
                name: "fromPeriod",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "toPeriod",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "revenue",
        method: "getCurrentRevenue",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "subscriptions",
        method: "setSubscription",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "subscriptions/{subscriptionId}",
        method: "getSubscription",
        params: &[
            runtime::RouteParam {
                name: "subscriptionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "subscriptions",
        method: "listSubscriptions",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "stripeCustomerId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "subscriptions/active",
        method: "hasActiveSubscription",
        params: &[
            runtime::RouteParam {
                name: "stripeCustomerId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "subscriptions/{subscriptionId}/cancel",
        method: "cancelSubscription",
        params: &[
            runtime::RouteParam {
                name: "subscriptionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "mrr/movements",
        method: "mrrBreakdown",
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
        verb: "GET",
        path: "mrr/movements/entries",
        method: "listMrrMovements",
        params: &[
            runtime::RouteParam {
                name: "subscriptionId",
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
        verb: "POST",
        path: "stripe/webhook",
        method: "handleStripeWebhook",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "settings/{key}",
        method: "setSetting",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "settings/{key}",
        method: "getSetting",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "settings",
        method: "getSettings",
        params: &[
            runtime::RouteParam {
                name: "category",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "settings/{key}",
        method: "deleteSetting",
        params: &[
            runtime::RouteParam {
                name: "key",
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
            permission: "business:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "get",
            permission: "business:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "update",
            permission: "business:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "archive",
            permission: "business:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "restore",
            permission: "business:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addTeamMember",
            permission: "team:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getTeam",
            permission: "team:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateTeamMember",
            permission: "team:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "removeTeamMember",
            permission: "team:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "acceptInvite",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recordMetrics",
            permission: "metrics:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMetrics",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getMetricsHistory",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getCurrentRevenue",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setSubscription",
            permission: "subscriptions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getSubscription",
            permission: "subscriptions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listSubscriptions",
            permission: "subscriptions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "hasActiveSubscription",
            permission: "subscriptions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "cancelSubscription",
            permission: "subscriptions:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "mrrBreakdown",
            permission: "subscriptions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listMrrMovements",
            permission: "subscriptions:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "handleStripeWebhook",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "setSetting",
            permission: "settings:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getSetting",
            permission: "settings:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getSettings",
            permission: "settings:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "deleteSetting",
            permission: "settings:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getActivity",
            permission: "activity:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getDashboard",
            permission: "business:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `business` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `business` spec",
    note = "implement `Methods` of the `business` module for `{Self}`, with one async fn for each of: `create`, `get`, `update`, `archive`, `restore`, `add_team_member`, `get_team`, `update_team_member`, `remove_team_member`, `accept_invite`, `record_metrics`, `get_metrics`, `get_metrics_history`, `get_current_revenue`, `set_subscription`, `get_subscription`, `list_subscriptions`, `has_active_subscription`, `cancel_subscription`, `mrr_breakdown`, `list_mrr_movements`, `handle_stripe_webhook`, `set_setting`, `get_setting`, `get_settings`, `delete_setting`, `get_activity`, `get_dashboard`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Permission: `business:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `business:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    async fn get(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `business:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `business:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn archive(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `business:write`. Route: `POST /profile/restore`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn restore(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Invites a team member; the returned token is shown once and stored hashed.
    ///
    /// Permission: `team:write`. Route: `POST /team`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn add_team_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddTeamMemberParams,
    ) -> runtime::Result<NewInvitation>;
    /// Permission: `team:read`. Route: `GET /team`.
    async fn get_team(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetTeamParams,
    ) -> runtime::Result<Vec<TeamMember>>;
    /// Permission: `team:write`. Route: `PATCH /team/{member_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    async fn update_team_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateTeamMemberParams,
    ) -> runtime::Result<TeamMember>;
    /// Removes a member; the last active owner cannot be removed.
    ///
    /// Permission: `team:write`. Route: `DELETE /team/{member_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `CONFLICT`.
    async fn remove_team_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RemoveTeamMemberParams,
    ) -> runtime::Result<TeamMember>;
    /// Accepts an invitation by its token for the calling principal.
    ///
    /// Permission: `public`. Route: `POST /team/accept`. Errors: `UNAUTHENTICATED`, `INVITE_INVALID`.
    async fn accept_invite(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AcceptInviteParams,
    ) -> runtime::Result<TeamMember>;
    /// Permission: `metrics:write`. Route: `PUT /metrics/{period}`. Errors: `VALIDATION_ERROR`.
    async fn record_metrics(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordMetricsParams,
    ) -> runtime::Result<Metric>;
    /// Permission: `metrics:read`. Route: `GET /metrics/{period}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn get_metrics(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMetricsParams,
    ) -> runtime::Result<Metric>;
    /// Permission: `metrics:read`. Route: `GET /metrics`. Errors: `VALIDATION_ERROR`.
    async fn get_metrics_history(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMetricsHistoryParams,
    ) -> runtime::Result<Vec<Metric>>;
    /// MRR and ARR computed from the subscriptions now.
    ///
    /// Permission: `metrics:read`. Route: `GET /revenue`.
    async fn get_current_revenue(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<MrrSummary>;
    /// Creates or replaces a subscription and records the MRR movement its change causes.
    ///
    /// Permission: `subscriptions:write`. Route: `PUT /subscriptions`. Errors: `VALIDATION_ERROR`, `INVALID_TRANSITION`.
    async fn set_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetSubscriptionParams,
    ) -> runtime::Result<Subscription>;
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions/{subscription_id}`. Errors: `NOT_FOUND`.
    async fn get_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSubscriptionParams,
    ) -> runtime::Result<Subscription>;
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions`.
    async fn list_subscriptions(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListSubscriptionsParams,
    ) -> runtime::Result<Vec<Subscription>>;
    /// Whether any subscription (of the customer, when given) is `active` or `trialing`.
    ///
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions/active`.
    async fn has_active_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: HasActiveSubscriptionParams,
    ) -> runtime::Result<bool>;
    /// Cancels now, or at the end of the current period when `at_period_end` is true.
    ///
    /// Permission: `subscriptions:write`. Route: `POST /subscriptions/{subscription_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn cancel_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CancelSubscriptionParams,
    ) -> runtime::Result<Subscription>;
    /// Permission: `subscriptions:read`. Route: `GET /mrr/movements`. Errors: `VALIDATION_ERROR`.
    async fn mrr_breakdown(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: MrrBreakdownParams,
    ) -> runtime::Result<MrrBreakdown>;
    /// Permission: `subscriptions:read`. Route: `GET /mrr/movements/entries`.
    async fn list_mrr_movements(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListMrrMovementsParams,
    ) -> runtime::Result<Vec<MrrMovement>>;
    /// Verifies and applies a Stripe webhook event (`customer.subscription.*`). An event id seen
    /// before is not applied again, and an event older than the last one applied to its
    /// subscription is recorded as stale and not applied.
    ///
    /// Permission: `public`. Route: `POST /stripe/webhook`. Errors: `INVALID_SIGNATURE`, `WEBHOOK_SECRET_MISSING`, `VALIDATION_ERROR`.
    async fn handle_stripe_webhook(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: HandleStripeWebhookParams,
    ) -> runtime::Result<WebhookResult>;
    /// Permission: `settings:write`. Route: `PUT /settings/{key}`. Errors: `VALIDATION_ERROR`.
    async fn set_setting(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetSettingParams,
    ) -> runtime::Result<SettingView>;
    /// Permission: `settings:read`. Route: `GET /settings/{key}`. Errors: `NOT_FOUND`.
    async fn get_setting(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSettingParams,
    ) -> runtime::Result<SettingView>;
    /// Permission: `settings:read`. Route: `GET /settings`.
    async fn get_settings(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSettingsParams,
    ) -> runtime::Result<Vec<SettingView>>;
    /// Permission: `settings:write`. Route: `DELETE /settings/{key}`.
    async fn delete_setting(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteSettingParams,
    ) -> runtime::Result<bool>;
    /// Permission: `activity:read`. Route: `GET /activity`.
    async fn get_activity(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>>;
    /// Profile, team size, revenue, the latest metrics and recent activity; secrets never appear.
    ///
    /// Permission: `business:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
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
        "addTeamMember" => {
            let params: AddTeamMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_team_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getTeam" => {
            let params: GetTeamParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_team(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateTeamMember" => {
            let params: UpdateTeamMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_team_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "removeTeamMember" => {
            let params: RemoveTeamMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.remove_team_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "acceptInvite" => {
            let params: AcceptInviteParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.accept_invite(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recordMetrics" => {
            let params: RecordMetricsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.record_metrics(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMetrics" => {
            let params: GetMetricsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_metrics(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMetricsHistory" => {
            let params: GetMetricsHistoryParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_metrics_history(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getCurrentRevenue" => {
            let GetCurrentRevenueParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_current_revenue(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "setSubscription" => {
            let params: SetSubscriptionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_subscription(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSubscription" => {
            let params: GetSubscriptionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_subscription(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listSubscriptions" => {
            let params: ListSubscriptionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_subscriptions(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "hasActiveSubscription" => {
            let params: HasActiveSubscriptionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.has_active_subscription(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "cancelSubscription" => {
            let params: CancelSubscriptionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.cancel_subscription(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "mrrBreakdown" => {
            let params: MrrBreakdownParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.mrr_breakdown(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listMrrMovements" => {
            let params: ListMrrMovementsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_mrr_movements(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "handleStripeWebhook" => {
            let params: HandleStripeWebhookParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.handle_stripe_webhook(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setSetting" => {
            let params: SetSettingParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_setting(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSetting" => {
            let params: GetSettingParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_setting(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSettings" => {
            let params: GetSettingsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_settings(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteSetting" => {
            let params: DeleteSettingParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_setting(ctx, params).await?;
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
    /// Permission: `business:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create(&self, params: CreateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("create", params).await
    }
    /// Permission: `business:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    pub async fn get(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("get", GetParams {}).await
    }
    /// Permission: `business:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update(&self, params: UpdateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("update", params).await
    }
    /// Permission: `business:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn archive(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("archive", ArchiveParams {}).await
    }
    /// Permission: `business:write`. Route: `POST /profile/restore`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn restore(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("restore", RestoreParams {}).await
    }
    /// Invites a team member; the returned token is shown once and stored hashed.
    ///
    /// Permission: `team:write`. Route: `POST /team`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn add_team_member(
        &self,
        params: AddTeamMemberParams,
    ) -> runtime::Result<NewInvitation> {
        self.stub.call_as::<NewInvitation>("addTeamMember", params).await
    }
    /// Permission: `team:read`. Route: `GET /team`.
    pub async fn get_team(
        &self,
        params: GetTeamParams,
    ) -> runtime::Result<Vec<TeamMember>> {
        self.stub.call_as::<Vec<TeamMember>>("getTeam", params).await
    }
    /// Permission: `team:write`. Route: `PATCH /team/{member_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    pub async fn update_team_member(
        &self,
        params: UpdateTeamMemberParams,
    ) -> runtime::Result<TeamMember> {
        self.stub.call_as::<TeamMember>("updateTeamMember", params).await
    }
    /// Removes a member; the last active owner cannot be removed.
    ///
    /// Permission: `team:write`. Route: `DELETE /team/{member_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `CONFLICT`.
    pub async fn remove_team_member(
        &self,
        params: RemoveTeamMemberParams,
    ) -> runtime::Result<TeamMember> {
        self.stub.call_as::<TeamMember>("removeTeamMember", params).await
    }
    /// Accepts an invitation by its token for the calling principal.
    ///
    /// Permission: `public`. Route: `POST /team/accept`. Errors: `UNAUTHENTICATED`, `INVITE_INVALID`.
    pub async fn accept_invite(
        &self,
        params: AcceptInviteParams,
    ) -> runtime::Result<TeamMember> {
        self.stub.call_as::<TeamMember>("acceptInvite", params).await
    }
    /// Permission: `metrics:write`. Route: `PUT /metrics/{period}`. Errors: `VALIDATION_ERROR`.
    pub async fn record_metrics(
        &self,
        params: RecordMetricsParams,
    ) -> runtime::Result<Metric> {
        self.stub.call_as::<Metric>("recordMetrics", params).await
    }
    /// Permission: `metrics:read`. Route: `GET /metrics/{period}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn get_metrics(
        &self,
        params: GetMetricsParams,
    ) -> runtime::Result<Metric> {
        self.stub.call_as::<Metric>("getMetrics", params).await
    }
    /// Permission: `metrics:read`. Route: `GET /metrics`. Errors: `VALIDATION_ERROR`.
    pub async fn get_metrics_history(
        &self,
        params: GetMetricsHistoryParams,
    ) -> runtime::Result<Vec<Metric>> {
        self.stub.call_as::<Vec<Metric>>("getMetricsHistory", params).await
    }
    /// MRR and ARR computed from the subscriptions now.
    ///
    /// Permission: `metrics:read`. Route: `GET /revenue`.
    pub async fn get_current_revenue(&self) -> runtime::Result<MrrSummary> {
        self.stub
            .call_as::<MrrSummary>("getCurrentRevenue", GetCurrentRevenueParams {})
            .await
    }
    /// Creates or replaces a subscription and records the MRR movement its change causes.
    ///
    /// Permission: `subscriptions:write`. Route: `PUT /subscriptions`. Errors: `VALIDATION_ERROR`, `INVALID_TRANSITION`.
    pub async fn set_subscription(
        &self,
        params: SetSubscriptionParams,
    ) -> runtime::Result<Subscription> {
        self.stub.call_as::<Subscription>("setSubscription", params).await
    }
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions/{subscription_id}`. Errors: `NOT_FOUND`.
    pub async fn get_subscription(
        &self,
        params: GetSubscriptionParams,
    ) -> runtime::Result<Subscription> {
        self.stub.call_as::<Subscription>("getSubscription", params).await
    }
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions`.
    pub async fn list_subscriptions(
        &self,
        params: ListSubscriptionsParams,
    ) -> runtime::Result<Vec<Subscription>> {
        self.stub.call_as::<Vec<Subscription>>("listSubscriptions", params).await
    }
    /// Whether any subscription (of the customer, when given) is `active` or `trialing`.
    ///
    /// Permission: `subscriptions:read`. Route: `GET /subscriptions/active`.
    pub async fn has_active_subscription(
        &self,
        params: HasActiveSubscriptionParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("hasActiveSubscription", params).await
    }
    /// Cancels now, or at the end of the current period when `at_period_end` is true.
    ///
    /// Permission: `subscriptions:write`. Route: `POST /subscriptions/{subscription_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn cancel_subscription(
        &self,
        params: CancelSubscriptionParams,
    ) -> runtime::Result<Subscription> {
        self.stub.call_as::<Subscription>("cancelSubscription", params).await
    }
    /// Permission: `subscriptions:read`. Route: `GET /mrr/movements`. Errors: `VALIDATION_ERROR`.
    pub async fn mrr_breakdown(
        &self,
        params: MrrBreakdownParams,
    ) -> runtime::Result<MrrBreakdown> {
        self.stub.call_as::<MrrBreakdown>("mrrBreakdown", params).await
    }
    /// Permission: `subscriptions:read`. Route: `GET /mrr/movements/entries`.
    pub async fn list_mrr_movements(
        &self,
        params: ListMrrMovementsParams,
    ) -> runtime::Result<Vec<MrrMovement>> {
        self.stub.call_as::<Vec<MrrMovement>>("listMrrMovements", params).await
    }
    /// Verifies and applies a Stripe webhook event (`customer.subscription.*`). An event id seen
    /// before is not applied again, and an event older than the last one applied to its
    /// subscription is recorded as stale and not applied.
    ///
    /// Permission: `public`. Route: `POST /stripe/webhook`. Errors: `INVALID_SIGNATURE`, `WEBHOOK_SECRET_MISSING`, `VALIDATION_ERROR`.
    pub async fn handle_stripe_webhook(
        &self,
        params: HandleStripeWebhookParams,
    ) -> runtime::Result<WebhookResult> {
        self.stub.call_as::<WebhookResult>("handleStripeWebhook", params).await
    }
    /// Permission: `settings:write`. Route: `PUT /settings/{key}`. Errors: `VALIDATION_ERROR`.
    pub async fn set_setting(
        &self,
        params: SetSettingParams,
    ) -> runtime::Result<SettingView> {
        self.stub.call_as::<SettingView>("setSetting", params).await
    }
    /// Permission: `settings:read`. Route: `GET /settings/{key}`. Errors: `NOT_FOUND`.
    pub async fn get_setting(
        &self,
        params: GetSettingParams,
    ) -> runtime::Result<SettingView> {
        self.stub.call_as::<SettingView>("getSetting", params).await
    }
    /// Permission: `settings:read`. Route: `GET /settings`.
    pub async fn get_settings(
        &self,
        params: GetSettingsParams,
    ) -> runtime::Result<Vec<SettingView>> {
        self.stub.call_as::<Vec<SettingView>>("getSettings", params).await
    }
    /// Permission: `settings:write`. Route: `DELETE /settings/{key}`.
    pub async fn delete_setting(
        &self,
        params: DeleteSettingParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteSetting", params).await
    }
    /// Permission: `activity:read`. Route: `GET /activity`.
    pub async fn get_activity(
        &self,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>> {
        self.stub.call_as::<Vec<Activity>>("getActivity", params).await
    }
    /// Profile, team size, revenue, the latest metrics and recent activity; secrets never appear.
    ///
    /// Permission: `business:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
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
            legal_name: row.get("legal_name")?,
            description: row.get("description")?,
            industry: row.get("industry")?,
            website: row.get("website")?,
            logo_url: row.get("logo_url")?,
            email: row.get("email")?,
            phone: row.get("phone")?,
            address: row.get("address")?,
            currency: row.get("currency")?,
            timezone: row.get("timezone")?,
            fiscal_year_start_month: row.get("fiscal_year_start_month")?,
            status: row.get("status")?,
            archived_at: row.get("archived_at")?,
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"legal_name\", \"description\", \"industry\", \"website\", \"logo_url\", \"email\", \"phone\", \"address\", \"currency\", \"timezone\", \"fiscal_year_start_month\", \"status\", \"archived_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.legal_name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.phone),
                    runtime::ToSql::to_sql(&row.address),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.timezone),
                    runtime::ToSql::to_sql(&row.fiscal_year_start_month),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.archived_at),
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"legal_name\", \"description\", \"industry\", \"website\", \"logo_url\", \"email\", \"phone\", \"address\", \"currency\", \"timezone\", \"fiscal_year_start_month\", \"status\", \"archived_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"slug\" = excluded.\"slug\", \"legal_name\" = excluded.\"legal_name\", \"description\" = excluded.\"description\", \"industry\" = excluded.\"industry\", \"website\" = excluded.\"website\", \"logo_url\" = excluded.\"logo_url\", \"email\" = excluded.\"email\", \"phone\" = excluded.\"phone\", \"address\" = excluded.\"address\", \"currency\" = excluded.\"currency\", \"timezone\" = excluded.\"timezone\", \"fiscal_year_start_month\" = excluded.\"fiscal_year_start_month\", \"status\" = excluded.\"status\", \"archived_at\" = excluded.\"archived_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.legal_name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.phone),
                    runtime::ToSql::to_sql(&row.address),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.timezone),
                    runtime::ToSql::to_sql(&row.fiscal_year_start_month),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.archived_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"legal_name\", \"description\", \"industry\", \"website\", \"logo_url\", \"email\", \"phone\", \"address\", \"currency\", \"timezone\", \"fiscal_year_start_month\", \"status\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" = ?1",
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
                "UPDATE \"profile\" SET \"name\" = ?1, \"slug\" = ?2, \"legal_name\" = ?3, \"description\" = ?4, \"industry\" = ?5, \"website\" = ?6, \"logo_url\" = ?7, \"email\" = ?8, \"phone\" = ?9, \"address\" = ?10, \"currency\" = ?11, \"timezone\" = ?12, \"fiscal_year_start_month\" = ?13, \"status\" = ?14, \"archived_at\" = ?15, \"created_at\" = ?16, \"updated_at\" = ?17 WHERE \"id\" = ?18",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.legal_name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.phone),
                    runtime::ToSql::to_sql(&row.address),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.timezone),
                    runtime::ToSql::to_sql(&row.fiscal_year_start_month),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.archived_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"legal_name\", \"description\", \"industry\", \"website\", \"logo_url\", \"email\", \"phone\", \"address\", \"currency\", \"timezone\", \"fiscal_year_start_month\", \"status\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"slug\", \"legal_name\", \"description\", \"industry\", \"website\", \"logo_url\", \"email\", \"phone\", \"address\", \"currency\", \"timezone\", \"fiscal_year_start_month\", \"status\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" ORDER BY \"id\" LIMIT ?1"
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

impl TeamMember {
    /// Reads a row of `team_members` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            email: row.get("email")?,
            name: row.get("name")?,
            user_id: row.get("user_id")?,
            role: row.get("role")?,
            title: row.get("title")?,
            department: row.get("department")?,
            status: row.get("status")?,
            invite_token_hash: row.get("invite_token_hash")?,
            invited_by: row.get("invited_by")?,
            invited_at: row.get("invited_at")?,
            joined_at: row.get("joined_at")?,
            removed_at: row.get("removed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `team_members` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> TeamMemberTable<'_> {
        TeamMemberTable { sql }
    }
}

/// Typed access to the `team_members` table, inside the transaction of the current call.
pub struct TeamMemberTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl TeamMemberTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &TeamMember) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"team_members\" (\"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.department),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invite_token_hash),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.invited_at),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.removed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &TeamMember) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"team_members\" (\"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"email\" = excluded.\"email\", \"name\" = excluded.\"name\", \"user_id\" = excluded.\"user_id\", \"role\" = excluded.\"role\", \"title\" = excluded.\"title\", \"department\" = excluded.\"department\", \"status\" = excluded.\"status\", \"invite_token_hash\" = excluded.\"invite_token_hash\", \"invited_by\" = excluded.\"invited_by\", \"invited_at\" = excluded.\"invited_at\", \"joined_at\" = excluded.\"joined_at\", \"removed_at\" = excluded.\"removed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.department),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invite_token_hash),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.invited_at),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.removed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<TeamMember>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\" FROM \"team_members\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(TeamMember::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &TeamMember) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"team_members\" SET \"email\" = ?1, \"name\" = ?2, \"user_id\" = ?3, \"role\" = ?4, \"title\" = ?5, \"department\" = ?6, \"status\" = ?7, \"invite_token_hash\" = ?8, \"invited_by\" = ?9, \"invited_at\" = ?10, \"joined_at\" = ?11, \"removed_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.department),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invite_token_hash),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.invited_at),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.removed_at),
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
                "DELETE FROM \"team_members\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `team_members` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<TeamMember>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(TeamMember::TABLE, 1)?);
                "SELECT \"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\" FROM \"team_members\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\" FROM \"team_members\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(TeamMember::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                TeamMember::TABLE,
                TeamMember::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` equals the given value, in primary-key order.
    /// The filter uses the index `team_members_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status(
        &self,
        status: TeamMemberStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<TeamMember>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&status)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(TeamMember::TABLE, 1)?);
                "SELECT \"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\" FROM \"team_members\" WHERE \"status\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"email\", \"name\", \"user_id\", \"role\", \"title\", \"department\", \"status\", \"invite_token_hash\", \"invited_by\", \"invited_at\", \"joined_at\", \"removed_at\" FROM \"team_members\" WHERE \"status\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(TeamMember::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                TeamMember::TABLE,
                TeamMember::primary_key,
            ),
        )
    }
}

impl Metric {
    /// Reads a row of `metrics` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            period: row.get("period")?,
            revenue_cents: row.get("revenue_cents")?,
            expenses_cents: row.get("expenses_cents")?,
            mrr_cents: row.get("mrr_cents")?,
            cash_cents: row.get("cash_cents")?,
            customers: row.get("customers")?,
            new_customers: row.get("new_customers")?,
            churned_customers: row.get("churned_customers")?,
            headcount: row.get("headcount")?,
            notes: row.get("notes")?,
            recorded_at: row.get("recorded_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.period)])
    }
    /// Returns the accessor of the `metrics` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MetricTable<'_> {
        MetricTable { sql }
    }
}

/// Typed access to the `metrics` table, inside the transaction of the current call.
pub struct MetricTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MetricTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Metric) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"metrics\" (\"period\", \"revenue_cents\", \"expenses_cents\", \"mrr_cents\", \"cash_cents\", \"customers\", \"new_customers\", \"churned_customers\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.new_customers),
                    runtime::ToSql::to_sql(&row.churned_customers),
                    runtime::ToSql::to_sql(&row.headcount),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.recorded_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Metric) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"metrics\" (\"period\", \"revenue_cents\", \"expenses_cents\", \"mrr_cents\", \"cash_cents\", \"customers\", \"new_customers\", \"churned_customers\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"period\") DO UPDATE SET \"revenue_cents\" = excluded.\"revenue_cents\", \"expenses_cents\" = excluded.\"expenses_cents\", \"mrr_cents\" = excluded.\"mrr_cents\", \"cash_cents\" = excluded.\"cash_cents\", \"customers\" = excluded.\"customers\", \"new_customers\" = excluded.\"new_customers\", \"churned_customers\" = excluded.\"churned_customers\", \"headcount\" = excluded.\"headcount\", \"notes\" = excluded.\"notes\", \"recorded_at\" = excluded.\"recorded_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.new_customers),
                    runtime::ToSql::to_sql(&row.churned_customers),
                    runtime::ToSql::to_sql(&row.headcount),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.recorded_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, period: &str) -> runtime::Result<Option<Metric>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"period\", \"revenue_cents\", \"expenses_cents\", \"mrr_cents\", \"cash_cents\", \"customers\", \"new_customers\", \"churned_customers\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" WHERE \"period\" = ?1",
                &[runtime::ToSql::to_sql(&period)],
            )?;
        found.as_ref().map(Metric::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Metric) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"metrics\" SET \"revenue_cents\" = ?1, \"expenses_cents\" = ?2, \"mrr_cents\" = ?3, \"cash_cents\" = ?4, \"customers\" = ?5, \"new_customers\" = ?6, \"churned_customers\" = ?7, \"headcount\" = ?8, \"notes\" = ?9, \"recorded_at\" = ?10, \"updated_at\" = ?11 WHERE \"period\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.new_customers),
                    runtime::ToSql::to_sql(&row.churned_customers),
                    runtime::ToSql::to_sql(&row.headcount),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.recorded_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.period),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, period: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"metrics\" WHERE \"period\" = ?1",
                &[runtime::ToSql::to_sql(&period)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `metrics` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Metric>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Metric::TABLE, 1)?);
                "SELECT \"period\", \"revenue_cents\", \"expenses_cents\", \"mrr_cents\", \"cash_cents\", \"customers\", \"new_customers\", \"churned_customers\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" WHERE \"period\" > ?1 ORDER BY \"period\" LIMIT ?2"
            }
            None => {
                "SELECT \"period\", \"revenue_cents\", \"expenses_cents\", \"mrr_cents\", \"cash_cents\", \"customers\", \"new_customers\", \"churned_customers\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" ORDER BY \"period\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Metric::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Metric::TABLE, Metric::primary_key))
    }
}

impl Subscription {
    /// Reads a row of `subscriptions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            stripe_subscription_id: row.get("stripe_subscription_id")?,
            stripe_customer_id: row.get("stripe_customer_id")?,
            customer_email: row.get("customer_email")?,
            customer_name: row.get("customer_name")?,
            plan: row.get("plan")?,
            stripe_price_id: row.get("stripe_price_id")?,
            status: row.get("status")?,
            amount_cents: row.get("amount_cents")?,
            currency: row.get("currency")?,
            interval: row.get("interval")?,
            interval_count: row.get("interval_count")?,
            quantity: row.get("quantity")?,
            discount_percent_off_bps: row.get("discount_percent_off_bps")?,
            discount_amount_off_cents: row.get("discount_amount_off_cents")?,
            discount_duration: row.get("discount_duration")?,
            discount_ends_at: row.get("discount_ends_at")?,
            mrr_cents: row.get("mrr_cents")?,
            current_period_start: row.get("current_period_start")?,
            current_period_end: row.get("current_period_end")?,
            cancel_at_period_end: row.get("cancel_at_period_end")?,
            canceled_at: row.get("canceled_at")?,
            ended_at: row.get("ended_at")?,
            trial_start: row.get("trial_start")?,
            trial_end: row.get("trial_end")?,
            metadata: row.get("metadata")?,
            last_stripe_event_at: row.get("last_stripe_event_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `subscriptions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SubscriptionTable<'_> {
        SubscriptionTable { sql }
    }
}

/// Typed access to the `subscriptions` table, inside the transaction of the current call.
pub struct SubscriptionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SubscriptionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Subscription) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"subscriptions\" (\"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.customer_email),
                    runtime::ToSql::to_sql(&row.customer_name),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.stripe_price_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.interval),
                    runtime::ToSql::to_sql(&row.interval_count),
                    runtime::ToSql::to_sql(&row.quantity),
                    runtime::ToSql::to_sql(&row.discount_percent_off_bps),
                    runtime::ToSql::to_sql(&row.discount_amount_off_cents),
                    runtime::ToSql::to_sql(&row.discount_duration),
                    runtime::ToSql::to_sql(&row.discount_ends_at),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.current_period_start),
                    runtime::ToSql::to_sql(&row.current_period_end),
                    runtime::ToSql::to_sql(&row.cancel_at_period_end),
                    runtime::ToSql::to_sql(&row.canceled_at),
                    runtime::ToSql::to_sql(&row.ended_at),
                    runtime::ToSql::to_sql(&row.trial_start),
                    runtime::ToSql::to_sql(&row.trial_end),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.last_stripe_event_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Subscription) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"subscriptions\" (\"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29) ON CONFLICT (\"id\") DO UPDATE SET \"stripe_subscription_id\" = excluded.\"stripe_subscription_id\", \"stripe_customer_id\" = excluded.\"stripe_customer_id\", \"customer_email\" = excluded.\"customer_email\", \"customer_name\" = excluded.\"customer_name\", \"plan\" = excluded.\"plan\", \"stripe_price_id\" = excluded.\"stripe_price_id\", \"status\" = excluded.\"status\", \"amount_cents\" = excluded.\"amount_cents\", \"currency\" = excluded.\"currency\", \"interval\" = excluded.\"interval\", \"interval_count\" = excluded.\"interval_count\", \"quantity\" = excluded.\"quantity\", \"discount_percent_off_bps\" = excluded.\"discount_percent_off_bps\", \"discount_amount_off_cents\" = excluded.\"discount_amount_off_cents\", \"discount_duration\" = excluded.\"discount_duration\", \"discount_ends_at\" = excluded.\"discount_ends_at\", \"mrr_cents\" = excluded.\"mrr_cents\", \"current_period_start\" = excluded.\"current_period_start\", \"current_period_end\" = excluded.\"current_period_end\", \"cancel_at_period_end\" = excluded.\"cancel_at_period_end\", \"canceled_at\" = excluded.\"canceled_at\", \"ended_at\" = excluded.\"ended_at\", \"trial_start\" = excluded.\"trial_start\", \"trial_end\" = excluded.\"trial_end\", \"metadata\" = excluded.\"metadata\", \"last_stripe_event_at\" = excluded.\"last_stripe_event_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.customer_email),
                    runtime::ToSql::to_sql(&row.customer_name),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.stripe_price_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.interval),
                    runtime::ToSql::to_sql(&row.interval_count),
                    runtime::ToSql::to_sql(&row.quantity),
                    runtime::ToSql::to_sql(&row.discount_percent_off_bps),
                    runtime::ToSql::to_sql(&row.discount_amount_off_cents),
                    runtime::ToSql::to_sql(&row.discount_duration),
                    runtime::ToSql::to_sql(&row.discount_ends_at),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.current_period_start),
                    runtime::ToSql::to_sql(&row.current_period_end),
                    runtime::ToSql::to_sql(&row.cancel_at_period_end),
                    runtime::ToSql::to_sql(&row.canceled_at),
                    runtime::ToSql::to_sql(&row.ended_at),
                    runtime::ToSql::to_sql(&row.trial_start),
                    runtime::ToSql::to_sql(&row.trial_end),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.last_stripe_event_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Subscription>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Subscription::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Subscription) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"subscriptions\" SET \"stripe_subscription_id\" = ?1, \"stripe_customer_id\" = ?2, \"customer_email\" = ?3, \"customer_name\" = ?4, \"plan\" = ?5, \"stripe_price_id\" = ?6, \"status\" = ?7, \"amount_cents\" = ?8, \"currency\" = ?9, \"interval\" = ?10, \"interval_count\" = ?11, \"quantity\" = ?12, \"discount_percent_off_bps\" = ?13, \"discount_amount_off_cents\" = ?14, \"discount_duration\" = ?15, \"discount_ends_at\" = ?16, \"mrr_cents\" = ?17, \"current_period_start\" = ?18, \"current_period_end\" = ?19, \"cancel_at_period_end\" = ?20, \"canceled_at\" = ?21, \"ended_at\" = ?22, \"trial_start\" = ?23, \"trial_end\" = ?24, \"metadata\" = ?25, \"last_stripe_event_at\" = ?26, \"created_at\" = ?27, \"updated_at\" = ?28 WHERE \"id\" = ?29",
                &[
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.customer_email),
                    runtime::ToSql::to_sql(&row.customer_name),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.stripe_price_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.interval),
                    runtime::ToSql::to_sql(&row.interval_count),
                    runtime::ToSql::to_sql(&row.quantity),
                    runtime::ToSql::to_sql(&row.discount_percent_off_bps),
                    runtime::ToSql::to_sql(&row.discount_amount_off_cents),
                    runtime::ToSql::to_sql(&row.discount_duration),
                    runtime::ToSql::to_sql(&row.discount_ends_at),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.current_period_start),
                    runtime::ToSql::to_sql(&row.current_period_end),
                    runtime::ToSql::to_sql(&row.cancel_at_period_end),
                    runtime::ToSql::to_sql(&row.canceled_at),
                    runtime::ToSql::to_sql(&row.ended_at),
                    runtime::ToSql::to_sql(&row.trial_start),
                    runtime::ToSql::to_sql(&row.trial_end),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.last_stripe_event_at),
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
                "DELETE FROM \"subscriptions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `subscriptions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Subscription>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Subscription::TABLE, 1)?);
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Subscription::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Subscription::TABLE,
                Subscription::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` equals the given value, in primary-key order.
    /// The filter uses the index `subscriptions_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status(
        &self,
        status: SubscriptionStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Subscription>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&status)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Subscription::TABLE, 1)?);
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"status\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"status\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Subscription::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Subscription::TABLE,
                Subscription::primary_key,
            ),
        )
    }
    /// Lists the rows whose `stripe_customer_id` equals the given value, in primary-key order.
    /// The filter uses the index `subscriptions_stripe_customer_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_stripe_customer_id(
        &self,
        stripe_customer_id: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Subscription>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&stripe_customer_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Subscription::TABLE, 1)?);
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"stripe_customer_id\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"stripe_subscription_id\", \"stripe_customer_id\", \"customer_email\", \"customer_name\", \"plan\", \"stripe_price_id\", \"status\", \"amount_cents\", \"currency\", \"interval\", \"interval_count\", \"quantity\", \"discount_percent_off_bps\", \"discount_amount_off_cents\", \"discount_duration\", \"discount_ends_at\", \"mrr_cents\", \"current_period_start\", \"current_period_end\", \"cancel_at_period_end\", \"canceled_at\", \"ended_at\", \"trial_start\", \"trial_end\", \"metadata\", \"last_stripe_event_at\", \"created_at\", \"updated_at\" FROM \"subscriptions\" WHERE \"stripe_customer_id\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Subscription::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Subscription::TABLE,
                Subscription::primary_key,
            ),
        )
    }
}

impl MrrMovement {
    /// Reads a row of `mrr_movements` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            subscription_id: row.get("subscription_id")?,
            kind: row.get("kind")?,
            delta_cents: row.get("delta_cents")?,
            mrr_before_cents: row.get("mrr_before_cents")?,
            mrr_after_cents: row.get("mrr_after_cents")?,
            occurred_at: row.get("occurred_at")?,
            stripe_event_id: row.get("stripe_event_id")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `mrr_movements` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MrrMovementTable<'_> {
        MrrMovementTable { sql }
    }
}

/// Typed access to the `mrr_movements` table, inside the transaction of the current call.
pub struct MrrMovementTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MrrMovementTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &MrrMovement) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"mrr_movements\" (\"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.subscription_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.delta_cents),
                    runtime::ToSql::to_sql(&row.mrr_before_cents),
                    runtime::ToSql::to_sql(&row.mrr_after_cents),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.stripe_event_id),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &MrrMovement) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"mrr_movements\" (\"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"subscription_id\" = excluded.\"subscription_id\", \"kind\" = excluded.\"kind\", \"delta_cents\" = excluded.\"delta_cents\", \"mrr_before_cents\" = excluded.\"mrr_before_cents\", \"mrr_after_cents\" = excluded.\"mrr_after_cents\", \"occurred_at\" = excluded.\"occurred_at\", \"stripe_event_id\" = excluded.\"stripe_event_id\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.subscription_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.delta_cents),
                    runtime::ToSql::to_sql(&row.mrr_before_cents),
                    runtime::ToSql::to_sql(&row.mrr_after_cents),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.stripe_event_id),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<MrrMovement>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(MrrMovement::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &MrrMovement) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"mrr_movements\" SET \"subscription_id\" = ?1, \"kind\" = ?2, \"delta_cents\" = ?3, \"mrr_before_cents\" = ?4, \"mrr_after_cents\" = ?5, \"occurred_at\" = ?6, \"stripe_event_id\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.subscription_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.delta_cents),
                    runtime::ToSql::to_sql(&row.mrr_before_cents),
                    runtime::ToSql::to_sql(&row.mrr_after_cents),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.stripe_event_id),
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
                "DELETE FROM \"mrr_movements\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `mrr_movements` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<MrrMovement>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(MrrMovement::TABLE, 1)?);
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(MrrMovement::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                MrrMovement::TABLE,
                MrrMovement::primary_key,
            ),
        )
    }
    /// Lists the rows whose `occurred_at` equals the given value, in primary-key order.
    /// The filter uses the index `mrr_movements_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_occurred_at(
        &self,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<MrrMovement>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&occurred_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(MrrMovement::TABLE, 1)?);
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"occurred_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"occurred_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(MrrMovement::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                MrrMovement::TABLE,
                MrrMovement::primary_key,
            ),
        )
    }
    /// Lists the rows whose `subscription_id` and `occurred_at` equal the given values, in primary-key order.
    /// The filter uses the index `mrr_movements_subscription_id_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_subscription_id_occurred_at(
        &self,
        subscription_id: &str,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<MrrMovement>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&subscription_id),
            runtime::ToSql::to_sql(&occurred_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(MrrMovement::TABLE, 1)?);
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"subscription_id\" = ?1 AND \"occurred_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"subscription_id\", \"kind\", \"delta_cents\", \"mrr_before_cents\", \"mrr_after_cents\", \"occurred_at\", \"stripe_event_id\" FROM \"mrr_movements\" WHERE \"subscription_id\" = ?1 AND \"occurred_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(MrrMovement::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                MrrMovement::TABLE,
                MrrMovement::primary_key,
            ),
        )
    }
}

impl StripeEvent {
    /// Reads a row of `stripe_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            r#type: row.get("type")?,
            created: row.get("created")?,
            livemode: row.get("livemode")?,
            outcome: row.get("outcome")?,
            processed_at: row.get("processed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `stripe_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> StripeEventTable<'_> {
        StripeEventTable { sql }
    }
}

/// Typed access to the `stripe_events` table, inside the transaction of the current call.
pub struct StripeEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl StripeEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &StripeEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stripe_events\" (\"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.created),
                    runtime::ToSql::to_sql(&row.livemode),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.processed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &StripeEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stripe_events\" (\"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"id\") DO UPDATE SET \"type\" = excluded.\"type\", \"created\" = excluded.\"created\", \"livemode\" = excluded.\"livemode\", \"outcome\" = excluded.\"outcome\", \"processed_at\" = excluded.\"processed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.created),
                    runtime::ToSql::to_sql(&row.livemode),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.processed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<StripeEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\" FROM \"stripe_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(StripeEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &StripeEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"stripe_events\" SET \"type\" = ?1, \"created\" = ?2, \"livemode\" = ?3, \"outcome\" = ?4, \"processed_at\" = ?5 WHERE \"id\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.r#type),
                    runtime::ToSql::to_sql(&row.created),
                    runtime::ToSql::to_sql(&row.livemode),
                    runtime::ToSql::to_sql(&row.outcome),
                    runtime::ToSql::to_sql(&row.processed_at),
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
                "DELETE FROM \"stripe_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `stripe_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StripeEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StripeEvent::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\" FROM \"stripe_events\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\" FROM \"stripe_events\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StripeEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StripeEvent::TABLE,
                StripeEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `created` equals the given value, in primary-key order.
    /// The filter uses the index `stripe_events_created_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created(
        &self,
        created: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StripeEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StripeEvent::TABLE, 1)?);
                "SELECT \"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\" FROM \"stripe_events\" WHERE \"created\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"type\", \"created\", \"livemode\", \"outcome\", \"processed_at\" FROM \"stripe_events\" WHERE \"created\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StripeEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StripeEvent::TABLE,
                StripeEvent::primary_key,
            ),
        )
    }
}

impl Setting {
    /// Reads a row of `settings` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            key: row.get("key")?,
            value: row.get("value")?,
            category: row.get("category")?,
            is_secret: row.get("is_secret")?,
            description: row.get("description")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.key)])
    }
    /// Returns the accessor of the `settings` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SettingTable<'_> {
        SettingTable { sql }
    }
}

/// Typed access to the `settings` table, inside the transaction of the current call.
pub struct SettingTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SettingTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Setting) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"settings\" (\"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.is_secret),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Setting) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"settings\" (\"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\", \"category\" = excluded.\"category\", \"is_secret\" = excluded.\"is_secret\", \"description\" = excluded.\"description\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.is_secret),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, key: &str) -> runtime::Result<Option<Setting>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\" FROM \"settings\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(Setting::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Setting) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"settings\" SET \"value\" = ?1, \"category\" = ?2, \"is_secret\" = ?3, \"description\" = ?4, \"updated_at\" = ?5 WHERE \"key\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.category),
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
                "DELETE FROM \"settings\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `settings` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Setting>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Setting::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\" FROM \"settings\" WHERE \"key\" > ?1 ORDER BY \"key\" LIMIT ?2"
            }
            None => {
                "SELECT \"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\" FROM \"settings\" ORDER BY \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Setting::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Setting::TABLE, Setting::primary_key))
    }
    /// Lists the rows whose `category` equals the given value, in primary-key order.
    /// The filter uses the index `settings_category_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_category(
        &self,
        category: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Setting>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&category)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Setting::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\" FROM \"settings\" WHERE \"category\" = ?1 AND \"key\" > ?2 ORDER BY \"key\" LIMIT ?3"
            }
            None => {
                "SELECT \"key\", \"value\", \"category\", \"is_secret\", \"description\", \"updated_at\" FROM \"settings\" WHERE \"category\" = ?1 ORDER BY \"key\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Setting::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Setting::TABLE, Setting::primary_key))
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
