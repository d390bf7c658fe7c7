//! Types of the `startup` object, generated from its spec by `cargo run -p codegen`.
//!
//! One startup: its profile, founders, cap table, funding rounds, investors, data room,
//! monthly metrics, milestones and investor updates. Money is in integer cents of the profile's
//! currency. Percentages are integer basis points (1% = 100 bp, 100% = 10000 bp). Share prices
//! are exact decimal strings in the currency's major unit (such as "0.4521"), because a price per
//! share is rarely a whole number of cents. Periods are calendar months written `YYYY-MM`.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "startup";

/// The object's class name.
pub const CLASS: &str = "Startup";

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
    "updateStage",
    "launch",
    "archive",
    "addFounder",
    "getFounders",
    "updateFounder",
    "founderDeparture",
    "addStakeholder",
    "listStakeholders",
    "createShareClass",
    "listShareClasses",
    "createOptionPool",
    "issueGrant",
    "listGrants",
    "cancelGrant",
    "vestingSchedule",
    "capTable",
    "createRound",
    "getRounds",
    "updateRound",
    "openRound",
    "roundTerms",
    "closeRound",
    "failRound",
    "getTotalFunding",
    "addInvestor",
    "getInvestors",
    "updateInvestor",
    "recordContact",
    "recordInvestment",
    "getInvestments",
    "addDocument",
    "getDocuments",
    "getPitchDeck",
    "recordDocumentView",
    "recordMetrics",
    "getMetrics",
    "getMetricsHistory",
    "getCurrentMetrics",
    "runway",
    "growth",
    "addMilestone",
    "getMilestones",
    "updateMilestoneStatus",
    "completeMilestone",
    "createUpdate",
    "getUpdates",
    "sendUpdate",
    "generateUpdateDraft",
    "getActivity",
    "getDashboard",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "startup.created",
    "startup.updated",
    "startup.stage_changed",
    "startup.launched",
    "startup.archived",
    "founder.added",
    "founder.updated",
    "founder.departed",
    "grant.issued",
    "grant.cancelled",
    "round.created",
    "round.opened",
    "round.closed",
    "round.failed",
    "investor.added",
    "investor.contacted",
    "investment.recorded",
    "document.added",
    "document.viewed",
    "metrics.recorded",
    "milestone.added",
    "milestone.status_changed",
    "update.sent",
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

/// The company's financing stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartupStage {
    Idea,
    PreSeed,
    Seed,
    SeriesA,
    SeriesB,
    SeriesC,
    Growth,
    Public,
}

impl StartupStage {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Idea,
        Self::PreSeed,
        Self::Seed,
        Self::SeriesA,
        Self::SeriesB,
        Self::SeriesC,
        Self::Growth,
        Self::Public,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Idea => "idea",
            Self::PreSeed => "pre_seed",
            Self::Seed => "seed",
            Self::SeriesA => "series_a",
            Self::SeriesB => "series_b",
            Self::SeriesC => "series_c",
            Self::Growth => "growth",
            Self::Public => "public",
        }
    }
}

impl std::fmt::Display for StartupStage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartupStatus {
    Building,
    Launched,
    Archived,
}

impl StartupStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Building, Self::Launched, Self::Archived];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Building => "building",
            Self::Launched => "launched",
            Self::Archived => "archived",
        }
    }
}

impl std::fmt::Display for StartupStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FounderStatus {
    Active,
    Departed,
}

impl FounderStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Departed];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Departed => "departed",
        }
    }
}

impl std::fmt::Display for FounderStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StakeholderKind {
    Founder,
    Employee,
    Advisor,
    Investor,
    Consultant,
    Other,
}

impl StakeholderKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Founder,
        Self::Employee,
        Self::Advisor,
        Self::Investor,
        Self::Consultant,
        Self::Other,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Founder => "founder",
            Self::Employee => "employee",
            Self::Advisor => "advisor",
            Self::Investor => "investor",
            Self::Consultant => "consultant",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for StakeholderKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareClassKind {
    Common,
    Preferred,
}

impl ShareClassKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Common, Self::Preferred];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Common => "common",
            Self::Preferred => "preferred",
        }
    }
}

impl std::fmt::Display for ShareClassKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// What a grant gives its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantKind {
    Stock,
    RestrictedStock,
    Option,
    Rsu,
    Warrant,
}

impl GrantKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Stock,
        Self::RestrictedStock,
        Self::Option,
        Self::Rsu,
        Self::Warrant,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Stock => "stock",
            Self::RestrictedStock => "restricted_stock",
            Self::Option => "option",
            Self::Rsu => "rsu",
            Self::Warrant => "warrant",
        }
    }
}

impl std::fmt::Display for GrantKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantStatus {
    Active,
    Exercised,
    Cancelled,
}

impl GrantStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Exercised, Self::Cancelled];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Exercised => "exercised",
            Self::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for GrantStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundStage {
    PreSeed,
    Seed,
    SeriesA,
    SeriesB,
    SeriesC,
    SeriesD,
    Bridge,
    Other,
}

impl RoundStage {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::PreSeed,
        Self::Seed,
        Self::SeriesA,
        Self::SeriesB,
        Self::SeriesC,
        Self::SeriesD,
        Self::Bridge,
        Self::Other,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::PreSeed => "pre_seed",
            Self::Seed => "seed",
            Self::SeriesA => "series_a",
            Self::SeriesB => "series_b",
            Self::SeriesC => "series_c",
            Self::SeriesD => "series_d",
            Self::Bridge => "bridge",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for RoundStage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// `priced` sells new shares at a price per share; `post_money_safe` follows the YC post-money
/// SAFE and converts at the next priced round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundInstrument {
    Priced,
    PostMoneySafe,
}

impl RoundInstrument {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Priced, Self::PostMoneySafe];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Priced => "priced",
            Self::PostMoneySafe => "post_money_safe",
        }
    }
}

impl std::fmt::Display for RoundInstrument {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundStatus {
    Planned,
    Raising,
    Closed,
    Failed,
}

impl RoundStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Planned,
        Self::Raising,
        Self::Closed,
        Self::Failed,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Raising => "raising",
            Self::Closed => "closed",
            Self::Failed => "failed",
        }
    }
}

impl std::fmt::Display for RoundStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvestorKind {
    Angel,
    VentureCapital,
    Corporate,
    Accelerator,
    FamilyOffice,
    Syndicate,
    Other,
}

impl InvestorKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Angel,
        Self::VentureCapital,
        Self::Corporate,
        Self::Accelerator,
        Self::FamilyOffice,
        Self::Syndicate,
        Self::Other,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Angel => "angel",
            Self::VentureCapital => "venture_capital",
            Self::Corporate => "corporate",
            Self::Accelerator => "accelerator",
            Self::FamilyOffice => "family_office",
            Self::Syndicate => "syndicate",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for InvestorKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Where the investor is in the fundraising pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvestorStage {
    Prospect,
    Contacted,
    InTalks,
    Committed,
    Invested,
    Passed,
}

impl InvestorStage {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Prospect,
        Self::Contacted,
        Self::InTalks,
        Self::Committed,
        Self::Invested,
        Self::Passed,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Prospect => "prospect",
            Self::Contacted => "contacted",
            Self::InTalks => "in_talks",
            Self::Committed => "committed",
            Self::Invested => "invested",
            Self::Passed => "passed",
        }
    }
}

impl std::fmt::Display for InvestorStage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    PitchDeck,
    FinancialModel,
    CapTable,
    TermSheet,
    Legal,
    InvestorUpdate,
    Other,
}

impl DocumentKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::PitchDeck,
        Self::FinancialModel,
        Self::CapTable,
        Self::TermSheet,
        Self::Legal,
        Self::InvestorUpdate,
        Self::Other,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::PitchDeck => "pitch_deck",
            Self::FinancialModel => "financial_model",
            Self::CapTable => "cap_table",
            Self::TermSheet => "term_sheet",
            Self::Legal => "legal",
            Self::InvestorUpdate => "investor_update",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentVisibility {
    Private,
    Team,
    Investors,
    Public,
}

impl DocumentVisibility {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Private,
        Self::Team,
        Self::Investors,
        Self::Public,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Private => "private",
            Self::Team => "team",
            Self::Investors => "investors",
            Self::Public => "public",
        }
    }
}

impl std::fmt::Display for DocumentVisibility {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    Planned,
    InProgress,
    Completed,
    Missed,
}

impl MilestoneStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Planned,
        Self::InProgress,
        Self::Completed,
        Self::Missed,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Missed => "missed",
        }
    }
}

impl std::fmt::Display for MilestoneStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UpdateStatus {
    Draft,
    Sent,
}

impl UpdateStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Draft, Self::Sent];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Sent => "sent",
        }
    }
}

impl std::fmt::Display for UpdateStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A metric whose growth can be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GrowthMetric {
    Mrr,
    Revenue,
    Customers,
    Users,
    Mau,
    Dau,
}

impl GrowthMetric {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Mrr,
        Self::Revenue,
        Self::Customers,
        Self::Users,
        Self::Mau,
        Self::Dau,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Mrr => "mrr",
            Self::Revenue => "revenue",
            Self::Customers => "customers",
            Self::Users => "users",
            Self::Mau => "mau",
            Self::Dau => "dau",
        }
    }
}

impl std::fmt::Display for GrowthMetric {
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

/// The profile fields set at creation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupInput {
    pub name: String,
    /// URL slug; derived from the name when left out.
    pub slug: Option<String>,
    pub tagline: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub stage: Option<StartupStage>,
    pub website: Option<String>,
    /// ISO 4217 code; defaults to USD.
    pub currency: Option<String>,
    /// Calendar date, `YYYY-MM-DD`.
    pub founded_on: Option<String>,
}

/// Profile fields to change; a field left out keeps its value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfilePatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub tagline: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub headquarters: Option<String>,
    pub founded_on: Option<String>,
    /// Cash on hand, used for runway when a month has no `cash_cents`.
    pub cash_cents: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FounderPatch {
    pub name: Option<String>,
    pub email: Option<String>,
    pub title: Option<String>,
    pub is_lead: Option<bool>,
    pub bio: Option<String>,
    pub linkedin_url: Option<String>,
}

/// The result of recording a founder's departure.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FounderDeparture {
    pub founder: Founder,
    /// Shares vested at the departure date, which the founder keeps.
    pub vested_shares: i64,
    /// Unvested shares returned to the company.
    pub forfeited_shares: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantInput {
    pub stakeholder_id: String,
    pub share_class_id: String,
    pub kind: GrantKind,
    pub shares: i64,
    /// Defaults to now.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub issued_at: Option<i64>,
    /// Options only: decimal price per share.
    pub exercise_price: Option<String>,
    /// Leave out for shares that are fully vested at issue.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub vesting_start: Option<i64>,
    /// Defaults to 48.
    pub vesting_months: Option<i64>,
    /// Defaults to 12.
    pub cliff_months: Option<i64>,
    pub round_id: Option<String>,
}

/// One vesting date and the shares that vest on it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VestingEvent {
    /// Milliseconds since the Unix epoch, UTC.
    pub vests_at: i64,
    pub shares: i64,
    pub cumulative_shares: i64,
}

/// Monthly vesting after a cliff. Shares vested after month m = floor(shares x m / vesting_months),
/// so nothing vests before the cliff, the whole cliff amount vests on the cliff date, and every
/// share has vested after the last month.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VestingSchedule {
    pub grant_id: String,
    pub shares: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub vesting_start: Option<i64>,
    pub vesting_months: i64,
    pub cliff_months: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub cliff_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub fully_vested_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub as_of: i64,
    pub vested_shares: i64,
    pub unvested_shares: i64,
    pub events: Vec<VestingEvent>,
}

/// One stakeholder's holdings in one share class.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapTableEntry {
    pub stakeholder_id: String,
    pub stakeholder_name: String,
    pub share_class_id: String,
    pub share_class_name: String,
    /// Issued stock, vested or not.
    pub outstanding_shares: i64,
    /// Options, RSUs and warrants granted and not cancelled.
    pub option_shares: i64,
    pub vested_shares: i64,
    /// Fully diluted ownership; the entries add up to exactly 10000 (largest remainder).
    pub ownership_bps: i64,
}

/// An unconverted post-money SAFE and the ownership it represents.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SafeHolding {
    pub investment_id: String,
    pub investor_name: String,
    pub amount_cents: i64,
    pub valuation_cap_cents: Option<i64>,
    pub discount_bps: Option<i64>,
    /// amount / post-money valuation cap; null for an uncapped SAFE.
    pub ownership_bps: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CapTable {
    /// Milliseconds since the Unix epoch, UTC.
    pub as_of: i64,
    pub outstanding_shares: i64,
    /// Outstanding shares, granted options and the unallocated option pool.
    pub fully_diluted_shares: i64,
    pub unallocated_pool_shares: i64,
    pub entries: Vec<CapTableEntry>,
    pub safes: Vec<SafeHolding>,
}

/// The numbers a round produces, computed from its terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundTerms {
    pub round_id: String,
    pub instrument: RoundInstrument,
    /// New money: the amount raised so far, or the target before any investment.
    pub amount_cents: i64,
    pub pre_money_valuation_cents: Option<i64>,
    /// Priced: pre-money + new money. SAFE: the valuation cap.
    pub post_money_valuation_cents: Option<i64>,
    /// Priced: pre-money / pre-money fully diluted shares, as a decimal string.
    pub price_per_share: Option<String>,
    /// Priced: new money / price per share, rounded down.
    pub new_shares: Option<i64>,
    /// New money / post-money valuation.
    pub investor_ownership_bps: Option<i64>,
}

/// How one SAFE converts in a priced round.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SafeConversion {
    pub investment_id: String,
    /// min(cap price, round price x (1 - discount)), as a decimal string.
    pub conversion_price: String,
    pub shares: i64,
}

/// The result of closing a round.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundClose {
    pub round: FundingRound,
    pub terms: RoundTerms,
    /// Shares issued to the round's investors, for a priced round.
    pub grants: Vec<EquityGrant>,
    /// SAFEs converted by a priced round.
    pub conversions: Vec<SafeConversion>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FundingTotal {
    pub raised_cents: i64,
    pub closed_rounds: i64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvestorPatch {
    pub name: Option<String>,
    pub firm: Option<String>,
    pub email: Option<String>,
    pub kind: Option<InvestorKind>,
    pub stage: Option<InvestorStage>,
    pub board_seat: Option<bool>,
    pub pro_rata: Option<bool>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundPatch {
    pub name: Option<String>,
    pub stage: Option<RoundStage>,
    pub target_cents: Option<i64>,
    pub pre_money_valuation_cents: Option<i64>,
    pub pre_money_fully_diluted_shares: Option<i64>,
    pub valuation_cap_cents: Option<i64>,
    pub discount_bps: Option<i64>,
    pub lead_investor_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub target_close_at: Option<i64>,
}

/// One month's figures; a field left out keeps its stored value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsInput {
    pub mrr_cents: Option<i64>,
    pub revenue_cents: Option<i64>,
    pub expenses_cents: Option<i64>,
    pub cash_cents: Option<i64>,
    pub customers: Option<i64>,
    pub users: Option<i64>,
    pub dau: Option<i64>,
    pub mau: Option<i64>,
    pub churn_bps: Option<i64>,
    pub nrr_bps: Option<i64>,
    pub ltv_cents: Option<i64>,
    pub cac_cents: Option<i64>,
    pub headcount: Option<i64>,
    pub notes: Option<String>,
}

/// Runway from one month's figures. Net burn = expenses - revenue.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Runway {
    pub period: String,
    pub cash_cents: Option<i64>,
    pub net_burn_cents: Option<i64>,
    /// Cash / net burn; null when the runway is unbounded or unknown.
    pub runway_months: Option<f64>,
    /// True when net burn is zero or negative: the company is not burning cash.
    pub unbounded: bool,
}

/// The latest month's figures with the values derived from them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsSnapshot {
    pub metrics: Metric,
    /// 12 x MRR.
    pub arr_cents: Option<i64>,
    /// Month over month: m_t / m_(t-1) - 1; null without a previous month or when it was 0.
    pub mrr_growth_bps: Option<i64>,
    pub runway: Runway,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrowthPoint {
    pub period: String,
    pub value: Option<i64>,
    /// value / previous month's value - 1.
    pub growth_bps: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Growth {
    pub metric: GrowthMetric,
    pub points: Vec<GrowthPoint>,
    /// Months between the first and the last point with a value.
    pub months: i64,
    /// (end / start)^(1 / months) - 1.
    pub compound_monthly_growth_bps: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FundingSummary {
    pub total_raised_cents: i64,
    pub rounds: Vec<FundingRound>,
    pub current_round: Option<FundingRound>,
    pub investor_count: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub profile: Profile,
    pub team: Vec<Founder>,
    pub funding: FundingSummary,
    pub metrics: Option<MetricsSnapshot>,
    /// Open milestones, the earliest target date first.
    pub milestones: Vec<Milestone>,
    pub pitch_deck: Option<Document>,
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
/// The startup itself, one row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub tagline: Option<String>,
    pub description: Option<String>,
    pub industry: Option<String>,
    pub stage: StartupStage,
    pub status: StartupStatus,
    pub website: Option<String>,
    pub logo_url: Option<String>,
    pub headquarters: Option<String>,
    pub currency: String,
    /// Calendar date, `YYYY-MM-DD`.
    pub founded_on: Option<String>,
    /// Cash on hand when it was last set by hand.
    pub cash_cents: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub launched_at: Option<i64>,
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
        "tagline",
        "description",
        "industry",
        "stage",
        "status",
        "website",
        "logo_url",
        "headquarters",
        "currency",
        "founded_on",
        "cash_cents",
        "launched_at",
        "archived_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `founders` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Founder {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    /// Such as CEO or CTO.
    pub title: Option<String>,
    pub is_lead: bool,
    pub bio: Option<String>,
    pub linkedin_url: Option<String>,
    /// The founder's holder record in the cap table.
    pub stakeholder_id: Option<String>,
    pub status: FounderStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub joined_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub departed_at: Option<i64>,
    pub departure_reason: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Founder {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "founders";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "email",
        "title",
        "is_lead",
        "bio",
        "linkedin_url",
        "stakeholder_id",
        "status",
        "joined_at",
        "departed_at",
        "departure_reason",
        "created_at",
    ];
}

/// A row of the `stakeholders` table.
///
/// Holders in the cap table (Open Cap Table Format stakeholders).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stakeholder {
    pub id: String,
    pub name: String,
    pub kind: StakeholderKind,
    pub email: Option<String>,
    pub investor_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Stakeholder {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "stakeholders";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "email",
        "investor_id",
        "created_at",
    ];
}

/// A row of the `share_classes` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareClass {
    pub id: String,
    /// Such as Common or Series A Preferred.
    pub name: String,
    pub kind: ShareClassKind,
    pub authorized_shares: Option<i64>,
    /// Decimal price per share in the currency's major unit.
    pub original_issue_price: Option<String>,
    /// Multiple of the issue price: 10000 = 1x.
    pub liquidation_preference_bps: i64,
    /// Higher is paid first on liquidation.
    pub seniority: i64,
    pub round_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl ShareClass {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "share_classes";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "kind",
        "authorized_shares",
        "original_issue_price",
        "liquidation_preference_bps",
        "seniority",
        "round_id",
        "created_at",
    ];
}

/// A row of the `option_pools` table.
///
/// Shares reserved for future option grants; their unallocated part counts as fully diluted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionPool {
    pub id: String,
    pub name: String,
    pub share_class_id: String,
    pub reserved_shares: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl OptionPool {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "option_pools";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "share_class_id",
        "reserved_shares",
        "created_at",
    ];
}

/// A row of the `equity_grants` table.
///
/// Stock issuances and option, RSU and warrant grants. A grant without `vesting_start` is
/// fully vested at issue. Vesting is monthly after the cliff.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EquityGrant {
    pub id: String,
    pub stakeholder_id: String,
    pub share_class_id: String,
    pub option_pool_id: Option<String>,
    pub round_id: Option<String>,
    pub kind: GrantKind,
    pub shares: i64,
    /// Options: decimal price per share.
    pub exercise_price: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub issued_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub vesting_start: Option<i64>,
    pub vesting_months: i64,
    pub cliff_months: i64,
    pub status: GrantStatus,
    /// Unvested shares returned on departure or cancellation.
    pub forfeited_shares: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub cancelled_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl EquityGrant {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "equity_grants";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "stakeholder_id",
        "share_class_id",
        "option_pool_id",
        "round_id",
        "kind",
        "shares",
        "exercise_price",
        "issued_at",
        "vesting_start",
        "vesting_months",
        "cliff_months",
        "status",
        "forfeited_shares",
        "cancelled_at",
        "created_at",
    ];
}

/// A row of the `funding_rounds` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FundingRound {
    pub id: String,
    /// Such as Seed or Series A.
    pub name: String,
    pub stage: RoundStage,
    pub instrument: RoundInstrument,
    pub status: RoundStatus,
    pub target_cents: i64,
    /// Priced rounds.
    pub pre_money_valuation_cents: Option<i64>,
    /// Priced rounds: the share count the price is computed from.
    pub pre_money_fully_diluted_shares: Option<i64>,
    /// Post-money SAFEs: the post-money valuation cap.
    pub valuation_cap_cents: Option<i64>,
    /// Post-money SAFEs: the discount on the next round's price.
    pub discount_bps: Option<i64>,
    pub lead_investor_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub opened_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub target_close_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub closed_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl FundingRound {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "funding_rounds";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "stage",
        "instrument",
        "status",
        "target_cents",
        "pre_money_valuation_cents",
        "pre_money_fully_diluted_shares",
        "valuation_cap_cents",
        "discount_bps",
        "lead_investor_id",
        "opened_at",
        "target_close_at",
        "closed_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `investors` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Investor {
    pub id: String,
    pub name: String,
    pub firm: Option<String>,
    pub email: Option<String>,
    pub kind: InvestorKind,
    pub stage: InvestorStage,
    pub board_seat: bool,
    /// Holds pro rata rights in later rounds.
    pub pro_rata: bool,
    pub notes: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_contacted_at: Option<i64>,
    pub contact_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Investor {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "investors";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "firm",
        "email",
        "kind",
        "stage",
        "board_seat",
        "pro_rata",
        "notes",
        "last_contacted_at",
        "contact_count",
        "created_at",
    ];
}

/// A row of the `investments` table.
///
/// Money an investor put into a round.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Investment {
    pub id: String,
    pub investor_id: String,
    pub round_id: String,
    pub amount_cents: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub invested_at: i64,
    /// SAFEs: converted to shares by a priced round.
    pub converted: bool,
    /// The shares issued for this investment.
    pub grant_id: Option<String>,
}

impl Investment {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "investments";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "investor_id",
        "round_id",
        "amount_cents",
        "invested_at",
        "converted",
        "grant_id",
    ];
}

/// A row of the `documents` table.
///
/// The data room. Versions of one document share `family_id` and are numbered from 1; the
/// newest version has `is_latest` set.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub id: String,
    pub family_id: String,
    pub version: i64,
    pub is_latest: bool,
    pub kind: DocumentKind,
    pub title: String,
    pub url: String,
    pub mime_type: Option<String>,
    pub size_bytes: Option<i64>,
    pub visibility: DocumentVisibility,
    pub view_count: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_viewed_at: Option<i64>,
    pub uploaded_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Document {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "documents";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "family_id",
        "version",
        "is_latest",
        "kind",
        "title",
        "url",
        "mime_type",
        "size_bytes",
        "visibility",
        "view_count",
        "last_viewed_at",
        "uploaded_by",
        "created_at",
    ];
}

/// A row of the `document_views` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentView {
    pub id: i64,
    pub document_id: String,
    /// Who viewed it: an email address or principal id.
    pub viewer: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub viewed_at: i64,
}

impl DocumentView {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "document_views";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "document_id",
        "viewer",
        "viewed_at",
    ];
}

/// A row of the `metrics` table.
///
/// Figures for one calendar month. Derived values (ARR, burn, runway, growth) are computed, never stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    /// `YYYY-MM`.
    pub period: String,
    pub mrr_cents: Option<i64>,
    pub revenue_cents: Option<i64>,
    /// Total spend in the month.
    pub expenses_cents: Option<i64>,
    /// Cash at the end of the month.
    pub cash_cents: Option<i64>,
    pub customers: Option<i64>,
    pub users: Option<i64>,
    pub dau: Option<i64>,
    pub mau: Option<i64>,
    pub churn_bps: Option<i64>,
    /// Net revenue retention.
    pub nrr_bps: Option<i64>,
    pub ltv_cents: Option<i64>,
    pub cac_cents: Option<i64>,
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
        "mrr_cents",
        "revenue_cents",
        "expenses_cents",
        "cash_cents",
        "customers",
        "users",
        "dau",
        "mau",
        "churn_bps",
        "nrr_bps",
        "ltv_cents",
        "cac_cents",
        "headcount",
        "notes",
        "recorded_at",
        "updated_at",
    ];
}

/// A row of the `milestones` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    /// Such as product, revenue, team or fundraising.
    pub category: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub target_date: Option<i64>,
    pub status: MilestoneStatus,
    /// Milliseconds since the Unix epoch, UTC.
    pub completed_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Milestone {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "milestones";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "description",
        "category",
        "target_date",
        "status",
        "completed_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `investor_updates` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvestorUpdate {
    pub id: String,
    pub subject: String,
    /// Markdown.
    pub body: String,
    /// The month the update covers, `YYYY-MM`.
    pub period: Option<String>,
    pub highlights: serde_json::Value,
    pub asks: serde_json::Value,
    /// The figures quoted in the update, frozen at sending.
    pub metrics_snapshot: Option<serde_json::Value>,
    pub status: UpdateStatus,
    /// Investor ids the update was sent to.
    pub recipients: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub sent_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl InvestorUpdate {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "investor_updates";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "subject",
        "body",
        "period",
        "highlights",
        "asks",
        "metrics_snapshot",
        "status",
        "recipients",
        "sent_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `activity` table.
///
/// What happened to the startup, newest last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: i64,
    /// `noun.verb`, such as `round.closed`.
    pub action: String,
    /// The principal that made the change.
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
///
/// Creates the startup's profile. Every other method raises NOT_FOUND until this runs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateParams {
    pub input: StartupInput,
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
    pub patch: ProfilePatch,
}

impl UpdateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "update";
}

/// Parameters of the `updateStage` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateStageParams {
    pub stage: StartupStage,
}

impl UpdateStageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateStage";
}

/// Parameters of the `launch` method.
///
/// Marks the startup as launched.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LaunchParams {}

impl LaunchParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "launch";
}

/// Parameters of the `archive` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ArchiveParams {}

impl ArchiveParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "archive";
}

/// Parameters of the `addFounder` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddFounderParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin_url: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_at: Option<i64>,
}

impl AddFounderParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addFounder";
}

/// Parameters of the `getFounders` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetFoundersParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_departed: Option<bool>,
}

impl GetFoundersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getFounders";
}

/// Parameters of the `updateFounder` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateFounderParams {
    pub founder_id: String,
    pub patch: FounderPatch,
}

impl UpdateFounderParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateFounder";
}

/// Parameters of the `founderDeparture` method.
///
/// Records that a founder left. Vesting stops at `departed_at`: the vested shares stay with the
/// founder and the unvested ones are forfeited.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FounderDepartureParams {
    pub founder_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departed_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl FounderDepartureParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "founderDeparture";
}

/// Parameters of the `addStakeholder` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddStakeholderParams {
    pub name: String,
    pub kind: StakeholderKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investor_id: Option<String>,
}

impl AddStakeholderParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addStakeholder";
}

/// Parameters of the `listStakeholders` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListStakeholdersParams {}

impl ListStakeholdersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listStakeholders";
}

/// Parameters of the `createShareClass` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateShareClassParams {
    pub name: String,
    pub kind: ShareClassKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized_shares: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_issue_price: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub liquidation_preference_bps: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<i64>,
}

impl CreateShareClassParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createShareClass";
}

/// Parameters of the `listShareClasses` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListShareClassesParams {}

impl ListShareClassesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listShareClasses";
}

/// Parameters of the `createOptionPool` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateOptionPoolParams {
    pub name: String,
    pub share_class_id: String,
    pub reserved_shares: i64,
}

impl CreateOptionPoolParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createOptionPool";
}

/// Parameters of the `issueGrant` method.
///
/// Issues stock or grants options, RSUs or warrants. Vesting defaults to 48 months with a 12-month cliff when `vesting_start` is given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IssueGrantParams {
    pub grant: GrantInput,
}

impl IssueGrantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "issueGrant";
}

/// Parameters of the `listGrants` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListGrantsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stakeholder_id: Option<String>,
}

impl ListGrantsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listGrants";
}

/// Parameters of the `cancelGrant` method.
///
/// Cancels a grant; its unvested shares are forfeited as of `cancelled_at`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CancelGrantParams {
    pub grant_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<i64>,
}

impl CancelGrantParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "cancelGrant";
}

/// Parameters of the `vestingSchedule` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VestingScheduleParams {
    pub grant_id: String,
    /// Defaults to now.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<i64>,
}

impl VestingScheduleParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "vestingSchedule";
}

/// Parameters of the `capTable` method.
///
/// The fully diluted cap table, with unconverted SAFEs listed apart.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CapTableParams {
    /// Defaults to now.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<i64>,
}

impl CapTableParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "capTable";
}

/// Parameters of the `createRound` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateRoundParams {
    pub name: String,
    pub stage: RoundStage,
    pub instrument: RoundInstrument,
    pub target_cents: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_money_valuation_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_money_fully_diluted_shares: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valuation_cap_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_bps: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_investor_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_close_at: Option<i64>,
}

impl CreateRoundParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createRound";
}

/// Parameters of the `getRounds` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetRoundsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RoundStatus>,
}

impl GetRoundsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getRounds";
}

/// Parameters of the `updateRound` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateRoundParams {
    pub round_id: String,
    pub patch: RoundPatch,
}

impl UpdateRoundParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateRound";
}

/// Parameters of the `openRound` method.
///
/// Starts raising.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpenRoundParams {
    pub round_id: String,
}

impl OpenRoundParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "openRound";
}

/// Parameters of the `roundTerms` method.
///
/// Computes a round's post-money valuation, price per share, new shares and investor ownership from its terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoundTermsParams {
    pub round_id: String,
}

impl RoundTermsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "roundTerms";
}

/// Parameters of the `closeRound` method.
///
/// Closes a raising round. A priced round issues shares to its investors at the round price and
/// converts every unconverted post-money SAFE; a SAFE round only records the SAFEs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CloseRoundParams {
    pub round_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<i64>,
    /// Priced rounds: the class to issue; a new preferred class is created when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_class_id: Option<String>,
}

impl CloseRoundParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "closeRound";
}

/// Parameters of the `failRound` method.
///
/// Records that a round ended without closing.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FailRoundParams {
    pub round_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl FailRoundParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "failRound";
}

/// Parameters of the `getTotalFunding` method.
///
/// The sum of investments in closed rounds.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetTotalFundingParams {}

impl GetTotalFundingParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getTotalFunding";
}

/// Parameters of the `addInvestor` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddInvestorParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<InvestorKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<InvestorStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board_seat: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pro_rata: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl AddInvestorParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addInvestor";
}

/// Parameters of the `getInvestors` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetInvestorsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<InvestorStage>,
    /// Only investors with an investment in this round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_id: Option<String>,
}

impl GetInvestorsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getInvestors";
}

/// Parameters of the `updateInvestor` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateInvestorParams {
    pub investor_id: String,
    pub patch: InvestorPatch,
}

impl UpdateInvestorParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateInvestor";
}

/// Parameters of the `recordContact` method.
///
/// Records a contact with an investor and moves a prospect to contacted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordContactParams {
    pub investor_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacted_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RecordContactParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordContact";
}

/// Parameters of the `recordInvestment` method.
///
/// Records money an investor committed to a raising round and adds it to the round's raised amount.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordInvestmentParams {
    pub investor_id: String,
    pub round_id: String,
    pub amount_cents: i64,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invested_at: Option<i64>,
}

impl RecordInvestmentParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordInvestment";
}

/// Parameters of the `getInvestments` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetInvestmentsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investor_id: Option<String>,
}

impl GetInvestmentsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getInvestments";
}

/// Parameters of the `addDocument` method.
///
/// Adds a document, or a new version of one when `family_id` names an existing document family.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddDocumentParams {
    pub kind: DocumentKind,
    pub title: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<DocumentVisibility>,
}

impl AddDocumentParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addDocument";
}

/// Parameters of the `getDocuments` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetDocumentsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// Include superseded versions; defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_versions: Option<bool>,
}

impl GetDocumentsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getDocuments";
}

/// Parameters of the `getPitchDeck` method.
///
/// The latest version of the pitch deck, or null.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPitchDeckParams {}

impl GetPitchDeckParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPitchDeck";
}

/// Parameters of the `recordDocumentView` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordDocumentViewParams {
    pub document_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub viewer: Option<String>,
}

impl RecordDocumentViewParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordDocumentView";
}

/// Parameters of the `recordMetrics` method.
///
/// Records or amends the figures of one month.
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

/// Parameters of the `getCurrentMetrics` method.
///
/// The latest month with figures, with ARR, growth and runway derived; null before any month is recorded.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCurrentMetricsParams {}

impl GetCurrentMetricsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getCurrentMetrics";
}

/// Parameters of the `runway` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunwayParams {
    /// Defaults to the latest month with figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

impl RunwayParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "runway";
}

/// Parameters of the `growth` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GrowthParams {
    pub metric: GrowthMetric,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_period: Option<String>,
}

impl GrowthParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "growth";
}

/// Parameters of the `addMilestone` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddMilestoneParams {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<i64>,
}

impl AddMilestoneParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "addMilestone";
}

/// Parameters of the `getMilestones` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMilestonesParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MilestoneStatus>,
}

impl GetMilestonesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMilestones";
}

/// Parameters of the `updateMilestoneStatus` method.
///
/// Moves a milestone along its state machine; use `complete_milestone` to complete it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMilestoneStatusParams {
    pub milestone_id: String,
    pub status: MilestoneStatus,
}

impl UpdateMilestoneStatusParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateMilestoneStatus";
}

/// Parameters of the `completeMilestone` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompleteMilestoneParams {
    pub milestone_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
}

impl CompleteMilestoneParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "completeMilestone";
}

/// Parameters of the `createUpdate` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateUpdateParams {
    pub subject: String,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlights: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asks: Option<Vec<String>>,
}

impl CreateUpdateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createUpdate";
}

/// Parameters of the `getUpdates` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetUpdatesParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<UpdateStatus>,
}

impl GetUpdatesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getUpdates";
}

/// Parameters of the `sendUpdate` method.
///
/// Freezes the metrics quoted in a draft and marks it sent to the given investors (all investors with stage `invested` when left out).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SendUpdateParams {
    pub update_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investor_ids: Option<Vec<String>>,
}

impl SendUpdateParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "sendUpdate";
}

/// Parameters of the `generateUpdateDraft` method.
///
/// Drafts an investor update for a month from its metrics, milestones and rounds with the configured language model (the offline model by default).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenerateUpdateDraftParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

impl GenerateUpdateDraftParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "generateUpdateDraft";
}

/// Parameters of the `getActivity` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetActivityParams {
    /// Page backwards from this id.
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

/// Payload of the `startup.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupCreated {
    pub name: String,
    pub slug: String,
}

impl StartupCreated {
    /// Name of the event.
    pub const NAME: &'static str = "startup.created";
}

/// Payload of the `startup.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupUpdated {
    /// Names of the changed fields.
    pub fields: Vec<String>,
}

impl StartupUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "startup.updated";
}

/// Payload of the `startup.stage_changed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupStageChanged {
    pub from: StartupStage,
    pub to: StartupStage,
}

impl StartupStageChanged {
    /// Name of the event.
    pub const NAME: &'static str = "startup.stage_changed";
}

/// Payload of the `startup.launched` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupLaunched {
    /// Milliseconds since the Unix epoch, UTC.
    pub launched_at: i64,
}

impl StartupLaunched {
    /// Name of the event.
    pub const NAME: &'static str = "startup.launched";
}

/// Payload of the `startup.archived` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartupArchived {
    /// Milliseconds since the Unix epoch, UTC.
    pub archived_at: i64,
}

impl StartupArchived {
    /// Name of the event.
    pub const NAME: &'static str = "startup.archived";
}

/// Payload of the `founder.added` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FounderAdded {
    pub founder_id: String,
    pub name: String,
}

impl FounderAdded {
    /// Name of the event.
    pub const NAME: &'static str = "founder.added";
}

/// Payload of the `founder.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FounderUpdated {
    pub founder_id: String,
}

impl FounderUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "founder.updated";
}

/// Payload of the `founder.departed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FounderDeparted {
    pub founder_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub departed_at: i64,
    pub forfeited_shares: i64,
}

impl FounderDeparted {
    /// Name of the event.
    pub const NAME: &'static str = "founder.departed";
}

/// Payload of the `grant.issued` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantIssued {
    pub grant_id: String,
    pub stakeholder_id: String,
    pub kind: GrantKind,
    pub shares: i64,
}

impl GrantIssued {
    /// Name of the event.
    pub const NAME: &'static str = "grant.issued";
}

/// Payload of the `grant.cancelled` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantCancelled {
    pub grant_id: String,
    pub forfeited_shares: i64,
}

impl GrantCancelled {
    /// Name of the event.
    pub const NAME: &'static str = "grant.cancelled";
}

/// Payload of the `round.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundCreated {
    pub round_id: String,
    pub instrument: RoundInstrument,
    pub target_cents: i64,
}

impl RoundCreated {
    /// Name of the event.
    pub const NAME: &'static str = "round.created";
}

/// Payload of the `round.opened` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundOpened {
    pub round_id: String,
}

impl RoundOpened {
    /// Name of the event.
    pub const NAME: &'static str = "round.opened";
}

/// Payload of the `round.closed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundClosed {
    pub round_id: String,
    pub raised_cents: i64,
    pub post_money_valuation_cents: Option<i64>,
}

impl RoundClosed {
    /// Name of the event.
    pub const NAME: &'static str = "round.closed";
}

/// Payload of the `round.failed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoundFailed {
    pub round_id: String,
}

impl RoundFailed {
    /// Name of the event.
    pub const NAME: &'static str = "round.failed";
}

/// Payload of the `investor.added` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvestorAdded {
    pub investor_id: String,
    pub name: String,
}

impl InvestorAdded {
    /// Name of the event.
    pub const NAME: &'static str = "investor.added";
}

/// Payload of the `investor.contacted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvestorContacted {
    pub investor_id: String,
}

impl InvestorContacted {
    /// Name of the event.
    pub const NAME: &'static str = "investor.contacted";
}

/// Payload of the `investment.recorded` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvestmentRecorded {
    pub investment_id: String,
    pub investor_id: String,
    pub round_id: String,
    pub amount_cents: i64,
}

impl InvestmentRecorded {
    /// Name of the event.
    pub const NAME: &'static str = "investment.recorded";
}

/// Payload of the `document.added` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentAdded {
    pub document_id: String,
    pub family_id: String,
    pub version: i64,
}

impl DocumentAdded {
    /// Name of the event.
    pub const NAME: &'static str = "document.added";
}

/// Payload of the `document.viewed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentViewed {
    pub document_id: String,
    pub viewer: Option<String>,
}

impl DocumentViewed {
    /// Name of the event.
    pub const NAME: &'static str = "document.viewed";
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

/// Payload of the `milestone.added` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneAdded {
    pub milestone_id: String,
}

impl MilestoneAdded {
    /// Name of the event.
    pub const NAME: &'static str = "milestone.added";
}

/// Payload of the `milestone.status_changed` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneStatusChanged {
    pub milestone_id: String,
    pub from: MilestoneStatus,
    pub to: MilestoneStatus,
}

impl MilestoneStatusChanged {
    /// Name of the event.
    pub const NAME: &'static str = "milestone.status_changed";
}

/// Payload of the `update.sent` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateSent {
    pub update_id: String,
    pub recipient_count: i64,
}

impl UpdateSent {
    /// Name of the event.
    pub const NAME: &'static str = "update.sent";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "startup.created")]
    StartupCreated(StartupCreated),
    #[serde(rename = "startup.updated")]
    StartupUpdated(StartupUpdated),
    #[serde(rename = "startup.stage_changed")]
    StartupStageChanged(StartupStageChanged),
    #[serde(rename = "startup.launched")]
    StartupLaunched(StartupLaunched),
    #[serde(rename = "startup.archived")]
    StartupArchived(StartupArchived),
    #[serde(rename = "founder.added")]
    FounderAdded(FounderAdded),
    #[serde(rename = "founder.updated")]
    FounderUpdated(FounderUpdated),
    #[serde(rename = "founder.departed")]
    FounderDeparted(FounderDeparted),
    #[serde(rename = "grant.issued")]
    GrantIssued(GrantIssued),
    #[serde(rename = "grant.cancelled")]
    GrantCancelled(GrantCancelled),
    #[serde(rename = "round.created")]
    RoundCreated(RoundCreated),
    #[serde(rename = "round.opened")]
    RoundOpened(RoundOpened),
    #[serde(rename = "round.closed")]
    RoundClosed(RoundClosed),
    #[serde(rename = "round.failed")]
    RoundFailed(RoundFailed),
    #[serde(rename = "investor.added")]
    InvestorAdded(InvestorAdded),
    #[serde(rename = "investor.contacted")]
    InvestorContacted(InvestorContacted),
    #[serde(rename = "investment.recorded")]
    InvestmentRecorded(InvestmentRecorded),
    #[serde(rename = "document.added")]
    DocumentAdded(DocumentAdded),
    #[serde(rename = "document.viewed")]
    DocumentViewed(DocumentViewed),
    #[serde(rename = "metrics.recorded")]
    MetricsRecorded(MetricsRecorded),
    #[serde(rename = "milestone.added")]
    MilestoneAdded(MilestoneAdded),
    #[serde(rename = "milestone.status_changed")]
    MilestoneStatusChanged(MilestoneStatusChanged),
    #[serde(rename = "update.sent")]
    UpdateSent(UpdateSent),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::StartupCreated(_) => "startup.created",
            Self::StartupUpdated(_) => "startup.updated",
            Self::StartupStageChanged(_) => "startup.stage_changed",
            Self::StartupLaunched(_) => "startup.launched",
            Self::StartupArchived(_) => "startup.archived",
            Self::FounderAdded(_) => "founder.added",
            Self::FounderUpdated(_) => "founder.updated",
            Self::FounderDeparted(_) => "founder.departed",
            Self::GrantIssued(_) => "grant.issued",
            Self::GrantCancelled(_) => "grant.cancelled",
            Self::RoundCreated(_) => "round.created",
            Self::RoundOpened(_) => "round.opened",
            Self::RoundClosed(_) => "round.closed",
            Self::RoundFailed(_) => "round.failed",
            Self::InvestorAdded(_) => "investor.added",
            Self::InvestorContacted(_) => "investor.contacted",
            Self::InvestmentRecorded(_) => "investment.recorded",
            Self::DocumentAdded(_) => "document.added",
            Self::DocumentViewed(_) => "document.viewed",
            Self::MetricsRecorded(_) => "metrics.recorded",
            Self::MilestoneAdded(_) => "milestone.added",
            Self::MilestoneStatusChanged(_) => "milestone.status_changed",
            Self::UpdateSent(_) => "update.sent",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<StartupCreated> for Event {
    fn from(payload: StartupCreated) -> Self {
        Self::StartupCreated(payload)
    }
}

impl std::convert::From<StartupUpdated> for Event {
    fn from(payload: StartupUpdated) -> Self {
        Self::StartupUpdated(payload)
    }
}

impl std::convert::From<StartupStageChanged> for Event {
    fn from(payload: StartupStageChanged) -> Self {
        Self::StartupStageChanged(payload)
    }
}

impl std::convert::From<StartupLaunched> for Event {
    fn from(payload: StartupLaunched) -> Self {
        Self::StartupLaunched(payload)
    }
}

impl std::convert::From<StartupArchived> for Event {
    fn from(payload: StartupArchived) -> Self {
        Self::StartupArchived(payload)
    }
}

impl std::convert::From<FounderAdded> for Event {
    fn from(payload: FounderAdded) -> Self {
        Self::FounderAdded(payload)
    }
}

impl std::convert::From<FounderUpdated> for Event {
    fn from(payload: FounderUpdated) -> Self {
        Self::FounderUpdated(payload)
    }
}

impl std::convert::From<FounderDeparted> for Event {
    fn from(payload: FounderDeparted) -> Self {
        Self::FounderDeparted(payload)
    }
}

impl std::convert::From<GrantIssued> for Event {
    fn from(payload: GrantIssued) -> Self {
        Self::GrantIssued(payload)
    }
}

impl std::convert::From<GrantCancelled> for Event {
    fn from(payload: GrantCancelled) -> Self {
        Self::GrantCancelled(payload)
    }
}

impl std::convert::From<RoundCreated> for Event {
    fn from(payload: RoundCreated) -> Self {
        Self::RoundCreated(payload)
    }
}

impl std::convert::From<RoundOpened> for Event {
    fn from(payload: RoundOpened) -> Self {
        Self::RoundOpened(payload)
    }
}

impl std::convert::From<RoundClosed> for Event {
    fn from(payload: RoundClosed) -> Self {
        Self::RoundClosed(payload)
    }
}

impl std::convert::From<RoundFailed> for Event {
    fn from(payload: RoundFailed) -> Self {
        Self::RoundFailed(payload)
    }
}

impl std::convert::From<InvestorAdded> for Event {
    fn from(payload: InvestorAdded) -> Self {
        Self::InvestorAdded(payload)
    }
}

impl std::convert::From<InvestorContacted> for Event {
    fn from(payload: InvestorContacted) -> Self {
        Self::InvestorContacted(payload)
    }
}

impl std::convert::From<InvestmentRecorded> for Event {
    fn from(payload: InvestmentRecorded) -> Self {
        Self::InvestmentRecorded(payload)
    }
}

impl std::convert::From<DocumentAdded> for Event {
    fn from(payload: DocumentAdded) -> Self {
        Self::DocumentAdded(payload)
    }
}

impl std::convert::From<DocumentViewed> for Event {
    fn from(payload: DocumentViewed) -> Self {
        Self::DocumentViewed(payload)
    }
}

impl std::convert::From<MetricsRecorded> for Event {
    fn from(payload: MetricsRecorded) -> Self {
        Self::MetricsRecorded(payload)
    }
}

impl std::convert::From<MilestoneAdded> for Event {
    fn from(payload: MilestoneAdded) -> Self {
        Self::MilestoneAdded(payload)
    }
}

impl std::convert::From<MilestoneStatusChanged> for Event {
    fn from(payload: MilestoneStatusChanged) -> Self {
        Self::MilestoneStatusChanged(payload)
    }
}

impl std::convert::From<UpdateSent> for Event {
    fn from(payload: UpdateSent) -> Self {
        Self::UpdateSent(payload)
    }
}
