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

/// Stored as its text value.
impl runtime::ToSql for StartupStage {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StartupStage {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StartupStage`"))
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

/// Stored as its text value.
impl runtime::ToSql for StartupStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StartupStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StartupStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for FounderStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for FounderStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `FounderStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for StakeholderKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for StakeholderKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `StakeholderKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for ShareClassKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ShareClassKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ShareClassKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for GrantKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for GrantKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `GrantKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for GrantStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for GrantStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `GrantStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for RoundStage {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for RoundStage {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `RoundStage`"))
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

/// Stored as its text value.
impl runtime::ToSql for RoundInstrument {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for RoundInstrument {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `RoundInstrument`"))
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

/// Stored as its text value.
impl runtime::ToSql for RoundStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for RoundStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `RoundStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for InvestorKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for InvestorKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `InvestorKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for InvestorStage {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for InvestorStage {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `InvestorStage`"))
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

/// Stored as its text value.
impl runtime::ToSql for DocumentKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DocumentKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DocumentKind`"))
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

/// Stored as its text value.
impl runtime::ToSql for DocumentVisibility {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DocumentVisibility {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DocumentVisibility`"))
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

/// Stored as its text value.
impl runtime::ToSql for MilestoneStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MilestoneStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MilestoneStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for UpdateStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for UpdateStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `UpdateStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for GrowthMetric {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for GrowthMetric {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `GrowthMetric`"))
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/startup/0001_initial.sql"),
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
        verb: "PUT",
        path: "profile/stage",
        method: "updateStage",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "profile/launch",
        method: "launch",
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
        path: "founders",
        method: "addFounder",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "founders",
        method: "getFounders",
        params: &[
            runtime::RouteParam {
                name: "includeDeparted",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "founders/{founderId}",
        method: "updateFounder",
        params: &[
            runtime::RouteParam {
                name: "founderId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "founders/{founderId}/departure",
        method: "founderDeparture",
        params: &[
            runtime::RouteParam {
                name: "founderId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "stakeholders",
        method: "addStakeholder",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "stakeholders",
        method: "listStakeholders",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "share-classes",
        method: "createShareClass",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "share-classes",
        method: "listShareClasses",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "option-pools",
        method: "createOptionPool",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "grants",
        method: "issueGrant",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "grants",
        method: "listGrants",
        params: &[
            runtime::RouteParam {
                name: "stakeholderId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "grants/{grantId}/cancel",
        method: "cancelGrant",
        params: &[
            runtime::RouteParam {
                name: "grantId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "grants/{grantId}/vesting",
        method: "vestingSchedule",
        params: &[
            runtime::RouteParam {
                name: "grantId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "asOf",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "cap-table",
        method: "capTable",
        params: &[
            runtime::RouteParam {
                name: "asOf",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "rounds",
        method: "createRound",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "rounds",
        method: "getRounds",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "rounds/{roundId}",
        method: "updateRound",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "rounds/{roundId}/open",
        method: "openRound",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "rounds/{roundId}/terms",
        method: "roundTerms",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "rounds/{roundId}/close",
        method: "closeRound",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "rounds/{roundId}/fail",
        method: "failRound",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "rounds/total",
        method: "getTotalFunding",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "investors",
        method: "addInvestor",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "investors",
        method: "getInvestors",
        params: &[
            runtime::RouteParam {
                name: "stage",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "investors/{investorId}",
        method: "updateInvestor",
        params: &[
            runtime::RouteParam {
                name: "investorId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "investors/{investorId}/contacts",
        method: "recordContact",
        params: &[
            runtime::RouteParam {
                name: "investorId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "rounds/{roundId}/investments",
        method: "recordInvestment",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "investments",
        method: "getInvestments",
        params: &[
            runtime::RouteParam {
                name: "roundId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "investorId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "documents",
        method: "addDocument",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "documents",
        method: "getDocuments",
        params: &[
            runtime::RouteParam {
                name: "kind",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "allVersions",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "documents/pitch-deck",
        method: "getPitchDeck",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "documents/{documentId}/views",
        method: "recordDocumentView",
        params: &[
            runtime::RouteParam {
                name: "documentId",
                kind: runtime::ParamKind::Text,
            },
        ],
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
        path: "metrics/current",
        method: "getCurrentMetrics",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "runway",
        method: "runway",
        params: &[
            runtime::RouteParam {
                name: "period",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "growth",
        method: "growth",
        params: &[
            runtime::RouteParam {
                name: "metric",
                kind: runtime::ParamKind::Text,
            },
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
        verb: "POST",
        path: "milestones",
        method: "addMilestone",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "milestones",
        method: "getMilestones",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "milestones/{milestoneId}/status",
        method: "updateMilestoneStatus",
        params: &[
            runtime::RouteParam {
                name: "milestoneId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "milestones/{milestoneId}/complete",
        method: "completeMilestone",
        params: &[
            runtime::RouteParam {
                name: "milestoneId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "updates",
        method: "createUpdate",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "updates",
        method: "getUpdates",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "updates/{updateId}/send",
        method: "sendUpdate",
        params: &[
            runtime::RouteParam {
                name: "updateId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "updates/draft",
        method: "generateUpdateDraft",
        params: &[],
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
            permission: "startup:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "get",
            permission: "startup:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "update",
            permission: "startup:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updateStage",
            permission: "startup:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "launch",
            permission: "startup:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "archive",
            permission: "startup:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addFounder",
            permission: "founders:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getFounders",
            permission: "founders:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateFounder",
            permission: "founders:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "founderDeparture",
            permission: "founders:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "addStakeholder",
            permission: "cap_table:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listStakeholders",
            permission: "cap_table:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createShareClass",
            permission: "cap_table:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listShareClasses",
            permission: "cap_table:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createOptionPool",
            permission: "cap_table:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "issueGrant",
            permission: "cap_table:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listGrants",
            permission: "cap_table:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "cancelGrant",
            permission: "cap_table:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "vestingSchedule",
            permission: "cap_table:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "capTable",
            permission: "cap_table:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createRound",
            permission: "rounds:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getRounds",
            permission: "rounds:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateRound",
            permission: "rounds:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "openRound",
            permission: "rounds:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "roundTerms",
            permission: "rounds:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "closeRound",
            permission: "rounds:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "failRound",
            permission: "rounds:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getTotalFunding",
            permission: "rounds:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "addInvestor",
            permission: "investors:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getInvestors",
            permission: "investors:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateInvestor",
            permission: "investors:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recordContact",
            permission: "investors:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recordInvestment",
            permission: "investors:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getInvestments",
            permission: "investors:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "addDocument",
            permission: "documents:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getDocuments",
            permission: "documents:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getPitchDeck",
            permission: "documents:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "recordDocumentView",
            permission: "documents:read",
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
            name: "getCurrentMetrics",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "runway",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "growth",
            permission: "metrics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "addMilestone",
            permission: "milestones:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMilestones",
            permission: "milestones:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateMilestoneStatus",
            permission: "milestones:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "completeMilestone",
            permission: "milestones:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createUpdate",
            permission: "updates:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getUpdates",
            permission: "updates:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "sendUpdate",
            permission: "updates:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "generateUpdateDraft",
            permission: "updates:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getActivity",
            permission: "activity:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getDashboard",
            permission: "startup:read",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `startup` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `startup` spec",
    note = "implement `Methods` of the `startup` module for `{Self}`, with one async fn for each of: `create`, `get`, `update`, `update_stage`, `launch`, `archive`, `add_founder`, `get_founders`, `update_founder`, `founder_departure`, `add_stakeholder`, `list_stakeholders`, `create_share_class`, `list_share_classes`, `create_option_pool`, `issue_grant`, `list_grants`, `cancel_grant`, `vesting_schedule`, `cap_table`, `create_round`, `get_rounds`, `update_round`, `open_round`, `round_terms`, `close_round`, `fail_round`, `get_total_funding`, `add_investor`, `get_investors`, `update_investor`, `record_contact`, `record_investment`, `get_investments`, `add_document`, `get_documents`, `get_pitch_deck`, `record_document_view`, `record_metrics`, `get_metrics`, `get_metrics_history`, `get_current_metrics`, `runway`, `growth`, `add_milestone`, `get_milestones`, `update_milestone_status`, `complete_milestone`, `create_update`, `get_updates`, `send_update`, `generate_update_draft`, `get_activity`, `get_dashboard`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Creates the startup's profile. Every other method raises NOT_FOUND until this runs.
    ///
    /// Permission: `startup:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `startup:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    async fn get(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `startup:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `startup:write`. Route: `PUT /profile/stage`. Errors: `NOT_FOUND`.
    async fn update_stage(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateStageParams,
    ) -> runtime::Result<Profile>;
    /// Marks the startup as launched.
    ///
    /// Permission: `startup:write`. Route: `POST /profile/launch`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn launch(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `startup:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn archive(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `founders:write`. Route: `POST /founders`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn add_founder(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddFounderParams,
    ) -> runtime::Result<Founder>;
    /// Permission: `founders:read`. Route: `GET /founders`.
    async fn get_founders(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetFoundersParams,
    ) -> runtime::Result<Vec<Founder>>;
    /// Permission: `founders:write`. Route: `PATCH /founders/{founder_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update_founder(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateFounderParams,
    ) -> runtime::Result<Founder>;
    /// Records that a founder left. Vesting stops at `departed_at`: the vested shares stay with the
    /// founder and the unvested ones are forfeited.
    ///
    /// Permission: `founders:write`. Route: `POST /founders/{founder_id}/departure`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn founder_departure(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: FounderDepartureParams,
    ) -> runtime::Result<FounderDeparture>;
    /// Permission: `cap_table:write`. Route: `POST /stakeholders`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn add_stakeholder(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddStakeholderParams,
    ) -> runtime::Result<Stakeholder>;
    /// Permission: `cap_table:read`. Route: `GET /stakeholders`.
    async fn list_stakeholders(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Stakeholder>>;
    /// Permission: `cap_table:write`. Route: `POST /share-classes`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create_share_class(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateShareClassParams,
    ) -> runtime::Result<ShareClass>;
    /// Permission: `cap_table:read`. Route: `GET /share-classes`.
    async fn list_share_classes(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<ShareClass>>;
    /// Permission: `cap_table:write`. Route: `POST /option-pools`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `AUTHORIZED_SHARES_EXCEEDED`.
    async fn create_option_pool(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateOptionPoolParams,
    ) -> runtime::Result<OptionPool>;
    /// Issues stock or grants options, RSUs or warrants. Vesting defaults to 48 months with a 12-month cliff when `vesting_start` is given.
    ///
    /// Permission: `cap_table:write`. Route: `POST /grants`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `AUTHORIZED_SHARES_EXCEEDED`.
    async fn issue_grant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: IssueGrantParams,
    ) -> runtime::Result<EquityGrant>;
    /// Permission: `cap_table:read`. Route: `GET /grants`.
    async fn list_grants(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListGrantsParams,
    ) -> runtime::Result<Vec<EquityGrant>>;
    /// Cancels a grant; its unvested shares are forfeited as of `cancelled_at`.
    ///
    /// Permission: `cap_table:write`. Route: `POST /grants/{grant_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn cancel_grant(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CancelGrantParams,
    ) -> runtime::Result<EquityGrant>;
    /// Permission: `cap_table:read`. Route: `GET /grants/{grant_id}/vesting`. Errors: `NOT_FOUND`.
    async fn vesting_schedule(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: VestingScheduleParams,
    ) -> runtime::Result<VestingSchedule>;
    /// The fully diluted cap table, with unconverted SAFEs listed apart.
    ///
    /// Permission: `cap_table:read`. Route: `GET /cap-table`.
    async fn cap_table(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CapTableParams,
    ) -> runtime::Result<CapTable>;
    /// Permission: `rounds:write`. Route: `POST /rounds`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn create_round(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateRoundParams,
    ) -> runtime::Result<FundingRound>;
    /// Permission: `rounds:read`. Route: `GET /rounds`.
    async fn get_rounds(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetRoundsParams,
    ) -> runtime::Result<Vec<FundingRound>>;
    /// Permission: `rounds:write`. Route: `PATCH /rounds/{round_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    async fn update_round(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateRoundParams,
    ) -> runtime::Result<FundingRound>;
    /// Starts raising.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/open`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn open_round(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: OpenRoundParams,
    ) -> runtime::Result<FundingRound>;
    /// Computes a round's post-money valuation, price per share, new shares and investor ownership from its terms.
    ///
    /// Permission: `rounds:read`. Route: `GET /rounds/{round_id}/terms`. Errors: `NOT_FOUND`, `ROUND_TERMS_INCOMPLETE`.
    async fn round_terms(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RoundTermsParams,
    ) -> runtime::Result<RoundTerms>;
    /// Closes a raising round. A priced round issues shares to its investors at the round price and
    /// converts every unconverted post-money SAFE; a SAFE round only records the SAFEs.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/close`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `ROUND_TERMS_INCOMPLETE`, `AUTHORIZED_SHARES_EXCEEDED`.
    async fn close_round(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CloseRoundParams,
    ) -> runtime::Result<RoundClose>;
    /// Records that a round ended without closing.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/fail`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn fail_round(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: FailRoundParams,
    ) -> runtime::Result<FundingRound>;
    /// The sum of investments in closed rounds.
    ///
    /// Permission: `rounds:read`. Route: `GET /rounds/total`.
    async fn get_total_funding(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<FundingTotal>;
    /// Permission: `investors:write`. Route: `POST /investors`. Errors: `VALIDATION_ERROR`.
    async fn add_investor(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddInvestorParams,
    ) -> runtime::Result<Investor>;
    /// Permission: `investors:read`. Route: `GET /investors`.
    async fn get_investors(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetInvestorsParams,
    ) -> runtime::Result<Vec<Investor>>;
    /// Permission: `investors:write`. Route: `PATCH /investors/{investor_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update_investor(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateInvestorParams,
    ) -> runtime::Result<Investor>;
    /// Records a contact with an investor and moves a prospect to contacted.
    ///
    /// Permission: `investors:write`. Route: `POST /investors/{investor_id}/contacts`. Errors: `NOT_FOUND`.
    async fn record_contact(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordContactParams,
    ) -> runtime::Result<Investor>;
    /// Records money an investor committed to a raising round and adds it to the round's raised amount.
    ///
    /// Permission: `investors:write`. Route: `POST /rounds/{round_id}/investments`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `INVALID_TRANSITION`.
    async fn record_investment(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordInvestmentParams,
    ) -> runtime::Result<Investment>;
    /// Permission: `investors:read`. Route: `GET /investments`.
    async fn get_investments(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetInvestmentsParams,
    ) -> runtime::Result<Vec<Investment>>;
    /// Adds a document, or a new version of one when `family_id` names an existing document family.
    ///
    /// Permission: `documents:write`. Route: `POST /documents`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn add_document(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddDocumentParams,
    ) -> runtime::Result<Document>;
    /// Permission: `documents:read`. Route: `GET /documents`.
    async fn get_documents(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetDocumentsParams,
    ) -> runtime::Result<Vec<Document>>;
    /// The latest version of the pitch deck, or null.
    ///
    /// Permission: `documents:read`. Route: `GET /documents/pitch-deck`.
    async fn get_pitch_deck(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Option<Document>>;
    /// Permission: `documents:read`. Route: `POST /documents/{document_id}/views`. Errors: `NOT_FOUND`.
    async fn record_document_view(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordDocumentViewParams,
    ) -> runtime::Result<Document>;
    /// Records or amends the figures of one month.
    ///
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
    /// The latest month with figures, with ARR, growth and runway derived; null before any month is recorded.
    ///
    /// Permission: `metrics:read`. Route: `GET /metrics/current`.
    async fn get_current_metrics(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Option<MetricsSnapshot>>;
    /// Permission: `metrics:read`. Route: `GET /runway`. Errors: `NOT_FOUND`.
    async fn runway(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RunwayParams,
    ) -> runtime::Result<Runway>;
    /// Permission: `metrics:read`. Route: `GET /growth`. Errors: `VALIDATION_ERROR`.
    async fn growth(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GrowthParams,
    ) -> runtime::Result<Growth>;
    /// Permission: `milestones:write`. Route: `POST /milestones`. Errors: `VALIDATION_ERROR`.
    async fn add_milestone(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AddMilestoneParams,
    ) -> runtime::Result<Milestone>;
    /// Permission: `milestones:read`. Route: `GET /milestones`.
    async fn get_milestones(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMilestonesParams,
    ) -> runtime::Result<Vec<Milestone>>;
    /// Moves a milestone along its state machine; use `complete_milestone` to complete it.
    ///
    /// Permission: `milestones:write`. Route: `PUT /milestones/{milestone_id}/status`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn update_milestone_status(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateMilestoneStatusParams,
    ) -> runtime::Result<Milestone>;
    /// Permission: `milestones:write`. Route: `POST /milestones/{milestone_id}/complete`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn complete_milestone(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CompleteMilestoneParams,
    ) -> runtime::Result<Milestone>;
    /// Permission: `updates:write`. Route: `POST /updates`. Errors: `VALIDATION_ERROR`.
    async fn create_update(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateUpdateParams,
    ) -> runtime::Result<InvestorUpdate>;
    /// Permission: `updates:read`. Route: `GET /updates`.
    async fn get_updates(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetUpdatesParams,
    ) -> runtime::Result<Vec<InvestorUpdate>>;
    /// Freezes the metrics quoted in a draft and marks it sent to the given investors (all investors with stage `invested` when left out).
    ///
    /// Permission: `updates:write`. Route: `POST /updates/{update_id}/send`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn send_update(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SendUpdateParams,
    ) -> runtime::Result<InvestorUpdate>;
    /// Drafts an investor update for a month from its metrics, milestones and rounds with the configured language model (the offline model by default).
    ///
    /// Permission: `updates:write`. Route: `POST /updates/draft`. Errors: `NOT_FOUND`, `SERVICE_UNAVAILABLE`.
    async fn generate_update_draft(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GenerateUpdateDraftParams,
    ) -> runtime::Result<InvestorUpdate>;
    /// Permission: `activity:read`. Route: `GET /activity`.
    async fn get_activity(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>>;
    /// Permission: `startup:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
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
        "updateStage" => {
            let params: UpdateStageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_stage(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "launch" => {
            let LaunchParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.launch(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "archive" => {
            let ArchiveParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.archive(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "addFounder" => {
            let params: AddFounderParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_founder(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getFounders" => {
            let params: GetFoundersParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_founders(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateFounder" => {
            let params: UpdateFounderParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_founder(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "founderDeparture" => {
            let params: FounderDepartureParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.founder_departure(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addStakeholder" => {
            let params: AddStakeholderParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_stakeholder(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listStakeholders" => {
            let ListStakeholdersParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_stakeholders(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "createShareClass" => {
            let params: CreateShareClassParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_share_class(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listShareClasses" => {
            let ListShareClassesParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_share_classes(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "createOptionPool" => {
            let params: CreateOptionPoolParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_option_pool(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "issueGrant" => {
            let params: IssueGrantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.issue_grant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listGrants" => {
            let params: ListGrantsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_grants(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "cancelGrant" => {
            let params: CancelGrantParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.cancel_grant(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "vestingSchedule" => {
            let params: VestingScheduleParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.vesting_schedule(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "capTable" => {
            let params: CapTableParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.cap_table(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createRound" => {
            let params: CreateRoundParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_round(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getRounds" => {
            let params: GetRoundsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_rounds(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateRound" => {
            let params: UpdateRoundParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_round(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "openRound" => {
            let params: OpenRoundParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.open_round(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "roundTerms" => {
            let params: RoundTermsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.round_terms(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "closeRound" => {
            let params: CloseRoundParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.close_round(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "failRound" => {
            let params: FailRoundParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.fail_round(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getTotalFunding" => {
            let GetTotalFundingParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_total_funding(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "addInvestor" => {
            let params: AddInvestorParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_investor(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getInvestors" => {
            let params: GetInvestorsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_investors(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateInvestor" => {
            let params: UpdateInvestorParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_investor(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recordContact" => {
            let params: RecordContactParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.record_contact(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recordInvestment" => {
            let params: RecordInvestmentParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.record_investment(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getInvestments" => {
            let params: GetInvestmentsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_investments(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addDocument" => {
            let params: AddDocumentParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_document(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getDocuments" => {
            let params: GetDocumentsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_documents(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPitchDeck" => {
            let GetPitchDeckParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_pitch_deck(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "recordDocumentView" => {
            let params: RecordDocumentViewParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.record_document_view(ctx, params).await?;
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
        "getCurrentMetrics" => {
            let GetCurrentMetricsParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_current_metrics(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "runway" => {
            let params: RunwayParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.runway(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "growth" => {
            let params: GrowthParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.growth(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "addMilestone" => {
            let params: AddMilestoneParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.add_milestone(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMilestones" => {
            let params: GetMilestonesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_milestones(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateMilestoneStatus" => {
            let params: UpdateMilestoneStatusParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_milestone_status(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "completeMilestone" => {
            let params: CompleteMilestoneParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.complete_milestone(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createUpdate" => {
            let params: CreateUpdateParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_update(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getUpdates" => {
            let params: GetUpdatesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_updates(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "sendUpdate" => {
            let params: SendUpdateParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.send_update(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "generateUpdateDraft" => {
            let params: GenerateUpdateDraftParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.generate_update_draft(ctx, params).await?;
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
    /// Creates the startup's profile. Every other method raises NOT_FOUND until this runs.
    ///
    /// Permission: `startup:write`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create(&self, params: CreateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("create", params).await
    }
    /// Permission: `startup:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    pub async fn get(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("get", GetParams {}).await
    }
    /// Permission: `startup:write`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update(&self, params: UpdateParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("update", params).await
    }
    /// Permission: `startup:write`. Route: `PUT /profile/stage`. Errors: `NOT_FOUND`.
    pub async fn update_stage(
        &self,
        params: UpdateStageParams,
    ) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("updateStage", params).await
    }
    /// Marks the startup as launched.
    ///
    /// Permission: `startup:write`. Route: `POST /profile/launch`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn launch(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("launch", LaunchParams {}).await
    }
    /// Permission: `startup:write`. Route: `POST /profile/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn archive(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("archive", ArchiveParams {}).await
    }
    /// Permission: `founders:write`. Route: `POST /founders`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn add_founder(
        &self,
        params: AddFounderParams,
    ) -> runtime::Result<Founder> {
        self.stub.call_as::<Founder>("addFounder", params).await
    }
    /// Permission: `founders:read`. Route: `GET /founders`.
    pub async fn get_founders(
        &self,
        params: GetFoundersParams,
    ) -> runtime::Result<Vec<Founder>> {
        self.stub.call_as::<Vec<Founder>>("getFounders", params).await
    }
    /// Permission: `founders:write`. Route: `PATCH /founders/{founder_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update_founder(
        &self,
        params: UpdateFounderParams,
    ) -> runtime::Result<Founder> {
        self.stub.call_as::<Founder>("updateFounder", params).await
    }
    /// Records that a founder left. Vesting stops at `departed_at`: the vested shares stay with the
    /// founder and the unvested ones are forfeited.
    ///
    /// Permission: `founders:write`. Route: `POST /founders/{founder_id}/departure`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn founder_departure(
        &self,
        params: FounderDepartureParams,
    ) -> runtime::Result<FounderDeparture> {
        self.stub.call_as::<FounderDeparture>("founderDeparture", params).await
    }
    /// Permission: `cap_table:write`. Route: `POST /stakeholders`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn add_stakeholder(
        &self,
        params: AddStakeholderParams,
    ) -> runtime::Result<Stakeholder> {
        self.stub.call_as::<Stakeholder>("addStakeholder", params).await
    }
    /// Permission: `cap_table:read`. Route: `GET /stakeholders`.
    pub async fn list_stakeholders(&self) -> runtime::Result<Vec<Stakeholder>> {
        self.stub
            .call_as::<Vec<Stakeholder>>("listStakeholders", ListStakeholdersParams {})
            .await
    }
    /// Permission: `cap_table:write`. Route: `POST /share-classes`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create_share_class(
        &self,
        params: CreateShareClassParams,
    ) -> runtime::Result<ShareClass> {
        self.stub.call_as::<ShareClass>("createShareClass", params).await
    }
    /// Permission: `cap_table:read`. Route: `GET /share-classes`.
    pub async fn list_share_classes(&self) -> runtime::Result<Vec<ShareClass>> {
        self.stub
            .call_as::<Vec<ShareClass>>("listShareClasses", ListShareClassesParams {})
            .await
    }
    /// Permission: `cap_table:write`. Route: `POST /option-pools`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `AUTHORIZED_SHARES_EXCEEDED`.
    pub async fn create_option_pool(
        &self,
        params: CreateOptionPoolParams,
    ) -> runtime::Result<OptionPool> {
        self.stub.call_as::<OptionPool>("createOptionPool", params).await
    }
    /// Issues stock or grants options, RSUs or warrants. Vesting defaults to 48 months with a 12-month cliff when `vesting_start` is given.
    ///
    /// Permission: `cap_table:write`. Route: `POST /grants`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `AUTHORIZED_SHARES_EXCEEDED`.
    pub async fn issue_grant(
        &self,
        params: IssueGrantParams,
    ) -> runtime::Result<EquityGrant> {
        self.stub.call_as::<EquityGrant>("issueGrant", params).await
    }
    /// Permission: `cap_table:read`. Route: `GET /grants`.
    pub async fn list_grants(
        &self,
        params: ListGrantsParams,
    ) -> runtime::Result<Vec<EquityGrant>> {
        self.stub.call_as::<Vec<EquityGrant>>("listGrants", params).await
    }
    /// Cancels a grant; its unvested shares are forfeited as of `cancelled_at`.
    ///
    /// Permission: `cap_table:write`. Route: `POST /grants/{grant_id}/cancel`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn cancel_grant(
        &self,
        params: CancelGrantParams,
    ) -> runtime::Result<EquityGrant> {
        self.stub.call_as::<EquityGrant>("cancelGrant", params).await
    }
    /// Permission: `cap_table:read`. Route: `GET /grants/{grant_id}/vesting`. Errors: `NOT_FOUND`.
    pub async fn vesting_schedule(
        &self,
        params: VestingScheduleParams,
    ) -> runtime::Result<VestingSchedule> {
        self.stub.call_as::<VestingSchedule>("vestingSchedule", params).await
    }
    /// The fully diluted cap table, with unconverted SAFEs listed apart.
    ///
    /// Permission: `cap_table:read`. Route: `GET /cap-table`.
    pub async fn cap_table(&self, params: CapTableParams) -> runtime::Result<CapTable> {
        self.stub.call_as::<CapTable>("capTable", params).await
    }
    /// Permission: `rounds:write`. Route: `POST /rounds`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn create_round(
        &self,
        params: CreateRoundParams,
    ) -> runtime::Result<FundingRound> {
        self.stub.call_as::<FundingRound>("createRound", params).await
    }
    /// Permission: `rounds:read`. Route: `GET /rounds`.
    pub async fn get_rounds(
        &self,
        params: GetRoundsParams,
    ) -> runtime::Result<Vec<FundingRound>> {
        self.stub.call_as::<Vec<FundingRound>>("getRounds", params).await
    }
    /// Permission: `rounds:write`. Route: `PATCH /rounds/{round_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `CONFLICT`.
    pub async fn update_round(
        &self,
        params: UpdateRoundParams,
    ) -> runtime::Result<FundingRound> {
        self.stub.call_as::<FundingRound>("updateRound", params).await
    }
    /// Starts raising.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/open`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn open_round(
        &self,
        params: OpenRoundParams,
    ) -> runtime::Result<FundingRound> {
        self.stub.call_as::<FundingRound>("openRound", params).await
    }
    /// Computes a round's post-money valuation, price per share, new shares and investor ownership from its terms.
    ///
    /// Permission: `rounds:read`. Route: `GET /rounds/{round_id}/terms`. Errors: `NOT_FOUND`, `ROUND_TERMS_INCOMPLETE`.
    pub async fn round_terms(
        &self,
        params: RoundTermsParams,
    ) -> runtime::Result<RoundTerms> {
        self.stub.call_as::<RoundTerms>("roundTerms", params).await
    }
    /// Closes a raising round. A priced round issues shares to its investors at the round price and
    /// converts every unconverted post-money SAFE; a SAFE round only records the SAFEs.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/close`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `ROUND_TERMS_INCOMPLETE`, `AUTHORIZED_SHARES_EXCEEDED`.
    pub async fn close_round(
        &self,
        params: CloseRoundParams,
    ) -> runtime::Result<RoundClose> {
        self.stub.call_as::<RoundClose>("closeRound", params).await
    }
    /// Records that a round ended without closing.
    ///
    /// Permission: `rounds:write`. Route: `POST /rounds/{round_id}/fail`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn fail_round(
        &self,
        params: FailRoundParams,
    ) -> runtime::Result<FundingRound> {
        self.stub.call_as::<FundingRound>("failRound", params).await
    }
    /// The sum of investments in closed rounds.
    ///
    /// Permission: `rounds:read`. Route: `GET /rounds/total`.
    pub async fn get_total_funding(&self) -> runtime::Result<FundingTotal> {
        self.stub
            .call_as::<FundingTotal>("getTotalFunding", GetTotalFundingParams {})
            .await
    }
    /// Permission: `investors:write`. Route: `POST /investors`. Errors: `VALIDATION_ERROR`.
    pub async fn add_investor(
        &self,
        params: AddInvestorParams,
    ) -> runtime::Result<Investor> {
        self.stub.call_as::<Investor>("addInvestor", params).await
    }
    /// Permission: `investors:read`. Route: `GET /investors`.
    pub async fn get_investors(
        &self,
        params: GetInvestorsParams,
    ) -> runtime::Result<Vec<Investor>> {
        self.stub.call_as::<Vec<Investor>>("getInvestors", params).await
    }
    /// Permission: `investors:write`. Route: `PATCH /investors/{investor_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update_investor(
        &self,
        params: UpdateInvestorParams,
    ) -> runtime::Result<Investor> {
        self.stub.call_as::<Investor>("updateInvestor", params).await
    }
    /// Records a contact with an investor and moves a prospect to contacted.
    ///
    /// Permission: `investors:write`. Route: `POST /investors/{investor_id}/contacts`. Errors: `NOT_FOUND`.
    pub async fn record_contact(
        &self,
        params: RecordContactParams,
    ) -> runtime::Result<Investor> {
        self.stub.call_as::<Investor>("recordContact", params).await
    }
    /// Records money an investor committed to a raising round and adds it to the round's raised amount.
    ///
    /// Permission: `investors:write`. Route: `POST /rounds/{round_id}/investments`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `INVALID_TRANSITION`.
    pub async fn record_investment(
        &self,
        params: RecordInvestmentParams,
    ) -> runtime::Result<Investment> {
        self.stub.call_as::<Investment>("recordInvestment", params).await
    }
    /// Permission: `investors:read`. Route: `GET /investments`.
    pub async fn get_investments(
        &self,
        params: GetInvestmentsParams,
    ) -> runtime::Result<Vec<Investment>> {
        self.stub.call_as::<Vec<Investment>>("getInvestments", params).await
    }
    /// Adds a document, or a new version of one when `family_id` names an existing document family.
    ///
    /// Permission: `documents:write`. Route: `POST /documents`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn add_document(
        &self,
        params: AddDocumentParams,
    ) -> runtime::Result<Document> {
        self.stub.call_as::<Document>("addDocument", params).await
    }
    /// Permission: `documents:read`. Route: `GET /documents`.
    pub async fn get_documents(
        &self,
        params: GetDocumentsParams,
    ) -> runtime::Result<Vec<Document>> {
        self.stub.call_as::<Vec<Document>>("getDocuments", params).await
    }
    /// The latest version of the pitch deck, or null.
    ///
    /// Permission: `documents:read`. Route: `GET /documents/pitch-deck`.
    pub async fn get_pitch_deck(&self) -> runtime::Result<Option<Document>> {
        self.stub
            .call_as::<Option<Document>>("getPitchDeck", GetPitchDeckParams {})
            .await
    }
    /// Permission: `documents:read`. Route: `POST /documents/{document_id}/views`. Errors: `NOT_FOUND`.
    pub async fn record_document_view(
        &self,
        params: RecordDocumentViewParams,
    ) -> runtime::Result<Document> {
        self.stub.call_as::<Document>("recordDocumentView", params).await
    }
    /// Records or amends the figures of one month.
    ///
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
    /// The latest month with figures, with ARR, growth and runway derived; null before any month is recorded.
    ///
    /// Permission: `metrics:read`. Route: `GET /metrics/current`.
    pub async fn get_current_metrics(&self) -> runtime::Result<Option<MetricsSnapshot>> {
        self.stub
            .call_as::<
                Option<MetricsSnapshot>,
            >("getCurrentMetrics", GetCurrentMetricsParams {})
            .await
    }
    /// Permission: `metrics:read`. Route: `GET /runway`. Errors: `NOT_FOUND`.
    pub async fn runway(&self, params: RunwayParams) -> runtime::Result<Runway> {
        self.stub.call_as::<Runway>("runway", params).await
    }
    /// Permission: `metrics:read`. Route: `GET /growth`. Errors: `VALIDATION_ERROR`.
    pub async fn growth(&self, params: GrowthParams) -> runtime::Result<Growth> {
        self.stub.call_as::<Growth>("growth", params).await
    }
    /// Permission: `milestones:write`. Route: `POST /milestones`. Errors: `VALIDATION_ERROR`.
    pub async fn add_milestone(
        &self,
        params: AddMilestoneParams,
    ) -> runtime::Result<Milestone> {
        self.stub.call_as::<Milestone>("addMilestone", params).await
    }
    /// Permission: `milestones:read`. Route: `GET /milestones`.
    pub async fn get_milestones(
        &self,
        params: GetMilestonesParams,
    ) -> runtime::Result<Vec<Milestone>> {
        self.stub.call_as::<Vec<Milestone>>("getMilestones", params).await
    }
    /// Moves a milestone along its state machine; use `complete_milestone` to complete it.
    ///
    /// Permission: `milestones:write`. Route: `PUT /milestones/{milestone_id}/status`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn update_milestone_status(
        &self,
        params: UpdateMilestoneStatusParams,
    ) -> runtime::Result<Milestone> {
        self.stub.call_as::<Milestone>("updateMilestoneStatus", params).await
    }
    /// Permission: `milestones:write`. Route: `POST /milestones/{milestone_id}/complete`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn complete_milestone(
        &self,
        params: CompleteMilestoneParams,
    ) -> runtime::Result<Milestone> {
        self.stub.call_as::<Milestone>("completeMilestone", params).await
    }
    /// Permission: `updates:write`. Route: `POST /updates`. Errors: `VALIDATION_ERROR`.
    pub async fn create_update(
        &self,
        params: CreateUpdateParams,
    ) -> runtime::Result<InvestorUpdate> {
        self.stub.call_as::<InvestorUpdate>("createUpdate", params).await
    }
    /// Permission: `updates:read`. Route: `GET /updates`.
    pub async fn get_updates(
        &self,
        params: GetUpdatesParams,
    ) -> runtime::Result<Vec<InvestorUpdate>> {
        self.stub.call_as::<Vec<InvestorUpdate>>("getUpdates", params).await
    }
    /// Freezes the metrics quoted in a draft and marks it sent to the given investors (all investors with stage `invested` when left out).
    ///
    /// Permission: `updates:write`. Route: `POST /updates/{update_id}/send`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn send_update(
        &self,
        params: SendUpdateParams,
    ) -> runtime::Result<InvestorUpdate> {
        self.stub.call_as::<InvestorUpdate>("sendUpdate", params).await
    }
    /// Drafts an investor update for a month from its metrics, milestones and rounds with the configured language model (the offline model by default).
    ///
    /// Permission: `updates:write`. Route: `POST /updates/draft`. Errors: `NOT_FOUND`, `SERVICE_UNAVAILABLE`.
    pub async fn generate_update_draft(
        &self,
        params: GenerateUpdateDraftParams,
    ) -> runtime::Result<InvestorUpdate> {
        self.stub.call_as::<InvestorUpdate>("generateUpdateDraft", params).await
    }
    /// Permission: `activity:read`. Route: `GET /activity`.
    pub async fn get_activity(
        &self,
        params: GetActivityParams,
    ) -> runtime::Result<Vec<Activity>> {
        self.stub.call_as::<Vec<Activity>>("getActivity", params).await
    }
    /// Permission: `startup:read`. Route: `GET /dashboard`. Errors: `NOT_FOUND`.
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
            tagline: row.get("tagline")?,
            description: row.get("description")?,
            industry: row.get("industry")?,
            stage: row.get("stage")?,
            status: row.get("status")?,
            website: row.get("website")?,
            logo_url: row.get("logo_url")?,
            headquarters: row.get("headquarters")?,
            currency: row.get("currency")?,
            founded_on: row.get("founded_on")?,
            cash_cents: row.get("cash_cents")?,
            launched_at: row.get("launched_at")?,
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"tagline\", \"description\", \"industry\", \"stage\", \"status\", \"website\", \"logo_url\", \"headquarters\", \"currency\", \"founded_on\", \"cash_cents\", \"launched_at\", \"archived_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.tagline),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.headquarters),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.founded_on),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.launched_at),
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"tagline\", \"description\", \"industry\", \"stage\", \"status\", \"website\", \"logo_url\", \"headquarters\", \"currency\", \"founded_on\", \"cash_cents\", \"launched_at\", \"archived_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"slug\" = excluded.\"slug\", \"tagline\" = excluded.\"tagline\", \"description\" = excluded.\"description\", \"industry\" = excluded.\"industry\", \"stage\" = excluded.\"stage\", \"status\" = excluded.\"status\", \"website\" = excluded.\"website\", \"logo_url\" = excluded.\"logo_url\", \"headquarters\" = excluded.\"headquarters\", \"currency\" = excluded.\"currency\", \"founded_on\" = excluded.\"founded_on\", \"cash_cents\" = excluded.\"cash_cents\", \"launched_at\" = excluded.\"launched_at\", \"archived_at\" = excluded.\"archived_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.tagline),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.headquarters),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.founded_on),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.launched_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"tagline\", \"description\", \"industry\", \"stage\", \"status\", \"website\", \"logo_url\", \"headquarters\", \"currency\", \"founded_on\", \"cash_cents\", \"launched_at\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" = ?1",
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
                "UPDATE \"profile\" SET \"name\" = ?1, \"slug\" = ?2, \"tagline\" = ?3, \"description\" = ?4, \"industry\" = ?5, \"stage\" = ?6, \"status\" = ?7, \"website\" = ?8, \"logo_url\" = ?9, \"headquarters\" = ?10, \"currency\" = ?11, \"founded_on\" = ?12, \"cash_cents\" = ?13, \"launched_at\" = ?14, \"archived_at\" = ?15, \"created_at\" = ?16, \"updated_at\" = ?17 WHERE \"id\" = ?18",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.tagline),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.industry),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.website),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.headquarters),
                    runtime::ToSql::to_sql(&row.currency),
                    runtime::ToSql::to_sql(&row.founded_on),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.launched_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"tagline\", \"description\", \"industry\", \"stage\", \"status\", \"website\", \"logo_url\", \"headquarters\", \"currency\", \"founded_on\", \"cash_cents\", \"launched_at\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"slug\", \"tagline\", \"description\", \"industry\", \"stage\", \"status\", \"website\", \"logo_url\", \"headquarters\", \"currency\", \"founded_on\", \"cash_cents\", \"launched_at\", \"archived_at\", \"created_at\", \"updated_at\" FROM \"profile\" ORDER BY \"id\" LIMIT ?1"
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

impl Founder {
    /// Reads a row of `founders` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            email: row.get("email")?,
            title: row.get("title")?,
            is_lead: row.get("is_lead")?,
            bio: row.get("bio")?,
            linkedin_url: row.get("linkedin_url")?,
            stakeholder_id: row.get("stakeholder_id")?,
            status: row.get("status")?,
            joined_at: row.get("joined_at")?,
            departed_at: row.get("departed_at")?,
            departure_reason: row.get("departure_reason")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `founders` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FounderTable<'_> {
        FounderTable { sql }
    }
}

/// Typed access to the `founders` table, inside the transaction of the current call.
pub struct FounderTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FounderTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Founder) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"founders\" (\"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.is_lead),
                    runtime::ToSql::to_sql(&row.bio),
                    runtime::ToSql::to_sql(&row.linkedin_url),
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.departed_at),
                    runtime::ToSql::to_sql(&row.departure_reason),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Founder) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"founders\" (\"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"email\" = excluded.\"email\", \"title\" = excluded.\"title\", \"is_lead\" = excluded.\"is_lead\", \"bio\" = excluded.\"bio\", \"linkedin_url\" = excluded.\"linkedin_url\", \"stakeholder_id\" = excluded.\"stakeholder_id\", \"status\" = excluded.\"status\", \"joined_at\" = excluded.\"joined_at\", \"departed_at\" = excluded.\"departed_at\", \"departure_reason\" = excluded.\"departure_reason\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.is_lead),
                    runtime::ToSql::to_sql(&row.bio),
                    runtime::ToSql::to_sql(&row.linkedin_url),
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.departed_at),
                    runtime::ToSql::to_sql(&row.departure_reason),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Founder>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\" FROM \"founders\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Founder::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Founder) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"founders\" SET \"name\" = ?1, \"email\" = ?2, \"title\" = ?3, \"is_lead\" = ?4, \"bio\" = ?5, \"linkedin_url\" = ?6, \"stakeholder_id\" = ?7, \"status\" = ?8, \"joined_at\" = ?9, \"departed_at\" = ?10, \"departure_reason\" = ?11, \"created_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.is_lead),
                    runtime::ToSql::to_sql(&row.bio),
                    runtime::ToSql::to_sql(&row.linkedin_url),
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.departed_at),
                    runtime::ToSql::to_sql(&row.departure_reason),
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
                "DELETE FROM \"founders\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `founders` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Founder>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Founder::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\" FROM \"founders\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\" FROM \"founders\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Founder::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Founder::TABLE, Founder::primary_key))
    }
    /// Lists the rows whose `email` equals the given value, in primary-key order.
    /// The filter uses the index `founders_email_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_email(
        &self,
        email: Option<&str>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Founder>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&email)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Founder::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\" FROM \"founders\" WHERE \"email\" IS ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"name\", \"email\", \"title\", \"is_lead\", \"bio\", \"linkedin_url\", \"stakeholder_id\", \"status\", \"joined_at\", \"departed_at\", \"departure_reason\", \"created_at\" FROM \"founders\" WHERE \"email\" IS ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Founder::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Founder::TABLE, Founder::primary_key))
    }
}

impl Stakeholder {
    /// Reads a row of `stakeholders` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            kind: row.get("kind")?,
            email: row.get("email")?,
            investor_id: row.get("investor_id")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `stakeholders` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> StakeholderTable<'_> {
        StakeholderTable { sql }
    }
}

/// Typed access to the `stakeholders` table, inside the transaction of the current call.
pub struct StakeholderTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl StakeholderTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Stakeholder) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stakeholders\" (\"id\", \"name\", \"kind\", \"email\", \"investor_id\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.investor_id),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Stakeholder) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stakeholders\" (\"id\", \"name\", \"kind\", \"email\", \"investor_id\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"kind\" = excluded.\"kind\", \"email\" = excluded.\"email\", \"investor_id\" = excluded.\"investor_id\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.investor_id),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Stakeholder>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"kind\", \"email\", \"investor_id\", \"created_at\" FROM \"stakeholders\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Stakeholder::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Stakeholder) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"stakeholders\" SET \"name\" = ?1, \"kind\" = ?2, \"email\" = ?3, \"investor_id\" = ?4, \"created_at\" = ?5 WHERE \"id\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.investor_id),
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
                "DELETE FROM \"stakeholders\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `stakeholders` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Stakeholder>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Stakeholder::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"kind\", \"email\", \"investor_id\", \"created_at\" FROM \"stakeholders\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"kind\", \"email\", \"investor_id\", \"created_at\" FROM \"stakeholders\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Stakeholder::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Stakeholder::TABLE,
                Stakeholder::primary_key,
            ),
        )
    }
}

impl ShareClass {
    /// Reads a row of `share_classes` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            kind: row.get("kind")?,
            authorized_shares: row.get("authorized_shares")?,
            original_issue_price: row.get("original_issue_price")?,
            liquidation_preference_bps: row.get("liquidation_preference_bps")?,
            seniority: row.get("seniority")?,
            round_id: row.get("round_id")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `share_classes` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ShareClassTable<'_> {
        ShareClassTable { sql }
    }
}

/// Typed access to the `share_classes` table, inside the transaction of the current call.
pub struct ShareClassTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ShareClassTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &ShareClass) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"share_classes\" (\"id\", \"name\", \"kind\", \"authorized_shares\", \"original_issue_price\", \"liquidation_preference_bps\", \"seniority\", \"round_id\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.authorized_shares),
                    runtime::ToSql::to_sql(&row.original_issue_price),
                    runtime::ToSql::to_sql(&row.liquidation_preference_bps),
                    runtime::ToSql::to_sql(&row.seniority),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &ShareClass) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"share_classes\" (\"id\", \"name\", \"kind\", \"authorized_shares\", \"original_issue_price\", \"liquidation_preference_bps\", \"seniority\", \"round_id\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"kind\" = excluded.\"kind\", \"authorized_shares\" = excluded.\"authorized_shares\", \"original_issue_price\" = excluded.\"original_issue_price\", \"liquidation_preference_bps\" = excluded.\"liquidation_preference_bps\", \"seniority\" = excluded.\"seniority\", \"round_id\" = excluded.\"round_id\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.authorized_shares),
                    runtime::ToSql::to_sql(&row.original_issue_price),
                    runtime::ToSql::to_sql(&row.liquidation_preference_bps),
                    runtime::ToSql::to_sql(&row.seniority),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<ShareClass>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"kind\", \"authorized_shares\", \"original_issue_price\", \"liquidation_preference_bps\", \"seniority\", \"round_id\", \"created_at\" FROM \"share_classes\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(ShareClass::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &ShareClass) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"share_classes\" SET \"name\" = ?1, \"kind\" = ?2, \"authorized_shares\" = ?3, \"original_issue_price\" = ?4, \"liquidation_preference_bps\" = ?5, \"seniority\" = ?6, \"round_id\" = ?7, \"created_at\" = ?8 WHERE \"id\" = ?9",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.authorized_shares),
                    runtime::ToSql::to_sql(&row.original_issue_price),
                    runtime::ToSql::to_sql(&row.liquidation_preference_bps),
                    runtime::ToSql::to_sql(&row.seniority),
                    runtime::ToSql::to_sql(&row.round_id),
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
                "DELETE FROM \"share_classes\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `share_classes` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ShareClass>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ShareClass::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"kind\", \"authorized_shares\", \"original_issue_price\", \"liquidation_preference_bps\", \"seniority\", \"round_id\", \"created_at\" FROM \"share_classes\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"kind\", \"authorized_shares\", \"original_issue_price\", \"liquidation_preference_bps\", \"seniority\", \"round_id\", \"created_at\" FROM \"share_classes\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ShareClass::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                ShareClass::TABLE,
                ShareClass::primary_key,
            ),
        )
    }
}

impl OptionPool {
    /// Reads a row of `option_pools` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            share_class_id: row.get("share_class_id")?,
            reserved_shares: row.get("reserved_shares")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `option_pools` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> OptionPoolTable<'_> {
        OptionPoolTable { sql }
    }
}

/// Typed access to the `option_pools` table, inside the transaction of the current call.
pub struct OptionPoolTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl OptionPoolTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &OptionPool) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"option_pools\" (\"id\", \"name\", \"share_class_id\", \"reserved_shares\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.reserved_shares),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &OptionPool) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"option_pools\" (\"id\", \"name\", \"share_class_id\", \"reserved_shares\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"share_class_id\" = excluded.\"share_class_id\", \"reserved_shares\" = excluded.\"reserved_shares\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.reserved_shares),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<OptionPool>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"share_class_id\", \"reserved_shares\", \"created_at\" FROM \"option_pools\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(OptionPool::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &OptionPool) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"option_pools\" SET \"name\" = ?1, \"share_class_id\" = ?2, \"reserved_shares\" = ?3, \"created_at\" = ?4 WHERE \"id\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.reserved_shares),
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
                "DELETE FROM \"option_pools\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `option_pools` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<OptionPool>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(OptionPool::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"share_class_id\", \"reserved_shares\", \"created_at\" FROM \"option_pools\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"share_class_id\", \"reserved_shares\", \"created_at\" FROM \"option_pools\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(OptionPool::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                OptionPool::TABLE,
                OptionPool::primary_key,
            ),
        )
    }
}

impl EquityGrant {
    /// Reads a row of `equity_grants` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            stakeholder_id: row.get("stakeholder_id")?,
            share_class_id: row.get("share_class_id")?,
            option_pool_id: row.get("option_pool_id")?,
            round_id: row.get("round_id")?,
            kind: row.get("kind")?,
            shares: row.get("shares")?,
            exercise_price: row.get("exercise_price")?,
            issued_at: row.get("issued_at")?,
            vesting_start: row.get("vesting_start")?,
            vesting_months: row.get("vesting_months")?,
            cliff_months: row.get("cliff_months")?,
            status: row.get("status")?,
            forfeited_shares: row.get("forfeited_shares")?,
            cancelled_at: row.get("cancelled_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `equity_grants` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> EquityGrantTable<'_> {
        EquityGrantTable { sql }
    }
}

/// Typed access to the `equity_grants` table, inside the transaction of the current call.
pub struct EquityGrantTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl EquityGrantTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &EquityGrant) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"equity_grants\" (\"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.option_pool_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.shares),
                    runtime::ToSql::to_sql(&row.exercise_price),
                    runtime::ToSql::to_sql(&row.issued_at),
                    runtime::ToSql::to_sql(&row.vesting_start),
                    runtime::ToSql::to_sql(&row.vesting_months),
                    runtime::ToSql::to_sql(&row.cliff_months),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.forfeited_shares),
                    runtime::ToSql::to_sql(&row.cancelled_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &EquityGrant) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"equity_grants\" (\"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (\"id\") DO UPDATE SET \"stakeholder_id\" = excluded.\"stakeholder_id\", \"share_class_id\" = excluded.\"share_class_id\", \"option_pool_id\" = excluded.\"option_pool_id\", \"round_id\" = excluded.\"round_id\", \"kind\" = excluded.\"kind\", \"shares\" = excluded.\"shares\", \"exercise_price\" = excluded.\"exercise_price\", \"issued_at\" = excluded.\"issued_at\", \"vesting_start\" = excluded.\"vesting_start\", \"vesting_months\" = excluded.\"vesting_months\", \"cliff_months\" = excluded.\"cliff_months\", \"status\" = excluded.\"status\", \"forfeited_shares\" = excluded.\"forfeited_shares\", \"cancelled_at\" = excluded.\"cancelled_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.option_pool_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.shares),
                    runtime::ToSql::to_sql(&row.exercise_price),
                    runtime::ToSql::to_sql(&row.issued_at),
                    runtime::ToSql::to_sql(&row.vesting_start),
                    runtime::ToSql::to_sql(&row.vesting_months),
                    runtime::ToSql::to_sql(&row.cliff_months),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.forfeited_shares),
                    runtime::ToSql::to_sql(&row.cancelled_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<EquityGrant>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(EquityGrant::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &EquityGrant) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"equity_grants\" SET \"stakeholder_id\" = ?1, \"share_class_id\" = ?2, \"option_pool_id\" = ?3, \"round_id\" = ?4, \"kind\" = ?5, \"shares\" = ?6, \"exercise_price\" = ?7, \"issued_at\" = ?8, \"vesting_start\" = ?9, \"vesting_months\" = ?10, \"cliff_months\" = ?11, \"status\" = ?12, \"forfeited_shares\" = ?13, \"cancelled_at\" = ?14, \"created_at\" = ?15 WHERE \"id\" = ?16",
                &[
                    runtime::ToSql::to_sql(&row.stakeholder_id),
                    runtime::ToSql::to_sql(&row.share_class_id),
                    runtime::ToSql::to_sql(&row.option_pool_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.shares),
                    runtime::ToSql::to_sql(&row.exercise_price),
                    runtime::ToSql::to_sql(&row.issued_at),
                    runtime::ToSql::to_sql(&row.vesting_start),
                    runtime::ToSql::to_sql(&row.vesting_months),
                    runtime::ToSql::to_sql(&row.cliff_months),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.forfeited_shares),
                    runtime::ToSql::to_sql(&row.cancelled_at),
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
                "DELETE FROM \"equity_grants\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `equity_grants` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<EquityGrant>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(EquityGrant::TABLE, 1)?);
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(EquityGrant::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                EquityGrant::TABLE,
                EquityGrant::primary_key,
            ),
        )
    }
    /// Lists the rows whose `stakeholder_id` equals the given value, in primary-key order.
    /// The filter uses the index `equity_grants_stakeholder_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_stakeholder_id(
        &self,
        stakeholder_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<EquityGrant>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&stakeholder_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(EquityGrant::TABLE, 1)?);
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"stakeholder_id\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"stakeholder_id\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(EquityGrant::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                EquityGrant::TABLE,
                EquityGrant::primary_key,
            ),
        )
    }
    /// Lists the rows whose `share_class_id` equals the given value, in primary-key order.
    /// The filter uses the index `equity_grants_share_class_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_share_class_id(
        &self,
        share_class_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<EquityGrant>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&share_class_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(EquityGrant::TABLE, 1)?);
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"share_class_id\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"stakeholder_id\", \"share_class_id\", \"option_pool_id\", \"round_id\", \"kind\", \"shares\", \"exercise_price\", \"issued_at\", \"vesting_start\", \"vesting_months\", \"cliff_months\", \"status\", \"forfeited_shares\", \"cancelled_at\", \"created_at\" FROM \"equity_grants\" WHERE \"share_class_id\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(EquityGrant::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                EquityGrant::TABLE,
                EquityGrant::primary_key,
            ),
        )
    }
}

impl FundingRound {
    /// Reads a row of `funding_rounds` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            stage: row.get("stage")?,
            instrument: row.get("instrument")?,
            status: row.get("status")?,
            target_cents: row.get("target_cents")?,
            pre_money_valuation_cents: row.get("pre_money_valuation_cents")?,
            pre_money_fully_diluted_shares: row.get("pre_money_fully_diluted_shares")?,
            valuation_cap_cents: row.get("valuation_cap_cents")?,
            discount_bps: row.get("discount_bps")?,
            lead_investor_id: row.get("lead_investor_id")?,
            opened_at: row.get("opened_at")?,
            target_close_at: row.get("target_close_at")?,
            closed_at: row.get("closed_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `funding_rounds` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FundingRoundTable<'_> {
        FundingRoundTable { sql }
    }
}

/// Typed access to the `funding_rounds` table, inside the transaction of the current call.
pub struct FundingRoundTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FundingRoundTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FundingRound) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"funding_rounds\" (\"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.instrument),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.target_cents),
                    runtime::ToSql::to_sql(&row.pre_money_valuation_cents),
                    runtime::ToSql::to_sql(&row.pre_money_fully_diluted_shares),
                    runtime::ToSql::to_sql(&row.valuation_cap_cents),
                    runtime::ToSql::to_sql(&row.discount_bps),
                    runtime::ToSql::to_sql(&row.lead_investor_id),
                    runtime::ToSql::to_sql(&row.opened_at),
                    runtime::ToSql::to_sql(&row.target_close_at),
                    runtime::ToSql::to_sql(&row.closed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FundingRound) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"funding_rounds\" (\"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"stage\" = excluded.\"stage\", \"instrument\" = excluded.\"instrument\", \"status\" = excluded.\"status\", \"target_cents\" = excluded.\"target_cents\", \"pre_money_valuation_cents\" = excluded.\"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\" = excluded.\"pre_money_fully_diluted_shares\", \"valuation_cap_cents\" = excluded.\"valuation_cap_cents\", \"discount_bps\" = excluded.\"discount_bps\", \"lead_investor_id\" = excluded.\"lead_investor_id\", \"opened_at\" = excluded.\"opened_at\", \"target_close_at\" = excluded.\"target_close_at\", \"closed_at\" = excluded.\"closed_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.instrument),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.target_cents),
                    runtime::ToSql::to_sql(&row.pre_money_valuation_cents),
                    runtime::ToSql::to_sql(&row.pre_money_fully_diluted_shares),
                    runtime::ToSql::to_sql(&row.valuation_cap_cents),
                    runtime::ToSql::to_sql(&row.discount_bps),
                    runtime::ToSql::to_sql(&row.lead_investor_id),
                    runtime::ToSql::to_sql(&row.opened_at),
                    runtime::ToSql::to_sql(&row.target_close_at),
                    runtime::ToSql::to_sql(&row.closed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<FundingRound>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"funding_rounds\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(FundingRound::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FundingRound) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"funding_rounds\" SET \"name\" = ?1, \"stage\" = ?2, \"instrument\" = ?3, \"status\" = ?4, \"target_cents\" = ?5, \"pre_money_valuation_cents\" = ?6, \"pre_money_fully_diluted_shares\" = ?7, \"valuation_cap_cents\" = ?8, \"discount_bps\" = ?9, \"lead_investor_id\" = ?10, \"opened_at\" = ?11, \"target_close_at\" = ?12, \"closed_at\" = ?13, \"created_at\" = ?14, \"updated_at\" = ?15 WHERE \"id\" = ?16",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.instrument),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.target_cents),
                    runtime::ToSql::to_sql(&row.pre_money_valuation_cents),
                    runtime::ToSql::to_sql(&row.pre_money_fully_diluted_shares),
                    runtime::ToSql::to_sql(&row.valuation_cap_cents),
                    runtime::ToSql::to_sql(&row.discount_bps),
                    runtime::ToSql::to_sql(&row.lead_investor_id),
                    runtime::ToSql::to_sql(&row.opened_at),
                    runtime::ToSql::to_sql(&row.target_close_at),
                    runtime::ToSql::to_sql(&row.closed_at),
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
                "DELETE FROM \"funding_rounds\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `funding_rounds` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FundingRound>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FundingRound::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"funding_rounds\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"funding_rounds\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FundingRound::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FundingRound::TABLE,
                FundingRound::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` equals the given value, in primary-key order.
    /// The filter uses the index `funding_rounds_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status(
        &self,
        status: RoundStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FundingRound>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&status)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FundingRound::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"funding_rounds\" WHERE \"status\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"name\", \"stage\", \"instrument\", \"status\", \"target_cents\", \"pre_money_valuation_cents\", \"pre_money_fully_diluted_shares\", \"valuation_cap_cents\", \"discount_bps\", \"lead_investor_id\", \"opened_at\", \"target_close_at\", \"closed_at\", \"created_at\", \"updated_at\" FROM \"funding_rounds\" WHERE \"status\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FundingRound::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FundingRound::TABLE,
                FundingRound::primary_key,
            ),
        )
    }
}

impl Investor {
    /// Reads a row of `investors` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            firm: row.get("firm")?,
            email: row.get("email")?,
            kind: row.get("kind")?,
            stage: row.get("stage")?,
            board_seat: row.get("board_seat")?,
            pro_rata: row.get("pro_rata")?,
            notes: row.get("notes")?,
            last_contacted_at: row.get("last_contacted_at")?,
            contact_count: row.get("contact_count")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `investors` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> InvestorTable<'_> {
        InvestorTable { sql }
    }
}

/// Typed access to the `investors` table, inside the transaction of the current call.
pub struct InvestorTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl InvestorTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Investor) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investors\" (\"id\", \"name\", \"firm\", \"email\", \"kind\", \"stage\", \"board_seat\", \"pro_rata\", \"notes\", \"last_contacted_at\", \"contact_count\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.firm),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.board_seat),
                    runtime::ToSql::to_sql(&row.pro_rata),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.last_contacted_at),
                    runtime::ToSql::to_sql(&row.contact_count),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Investor) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investors\" (\"id\", \"name\", \"firm\", \"email\", \"kind\", \"stage\", \"board_seat\", \"pro_rata\", \"notes\", \"last_contacted_at\", \"contact_count\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"firm\" = excluded.\"firm\", \"email\" = excluded.\"email\", \"kind\" = excluded.\"kind\", \"stage\" = excluded.\"stage\", \"board_seat\" = excluded.\"board_seat\", \"pro_rata\" = excluded.\"pro_rata\", \"notes\" = excluded.\"notes\", \"last_contacted_at\" = excluded.\"last_contacted_at\", \"contact_count\" = excluded.\"contact_count\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.firm),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.board_seat),
                    runtime::ToSql::to_sql(&row.pro_rata),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.last_contacted_at),
                    runtime::ToSql::to_sql(&row.contact_count),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Investor>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"firm\", \"email\", \"kind\", \"stage\", \"board_seat\", \"pro_rata\", \"notes\", \"last_contacted_at\", \"contact_count\", \"created_at\" FROM \"investors\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Investor::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Investor) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"investors\" SET \"name\" = ?1, \"firm\" = ?2, \"email\" = ?3, \"kind\" = ?4, \"stage\" = ?5, \"board_seat\" = ?6, \"pro_rata\" = ?7, \"notes\" = ?8, \"last_contacted_at\" = ?9, \"contact_count\" = ?10, \"created_at\" = ?11 WHERE \"id\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.firm),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.stage),
                    runtime::ToSql::to_sql(&row.board_seat),
                    runtime::ToSql::to_sql(&row.pro_rata),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.last_contacted_at),
                    runtime::ToSql::to_sql(&row.contact_count),
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
                "DELETE FROM \"investors\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `investors` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Investor>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Investor::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"firm\", \"email\", \"kind\", \"stage\", \"board_seat\", \"pro_rata\", \"notes\", \"last_contacted_at\", \"contact_count\", \"created_at\" FROM \"investors\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"firm\", \"email\", \"kind\", \"stage\", \"board_seat\", \"pro_rata\", \"notes\", \"last_contacted_at\", \"contact_count\", \"created_at\" FROM \"investors\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Investor::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Investor::TABLE, Investor::primary_key))
    }
}

impl Investment {
    /// Reads a row of `investments` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            investor_id: row.get("investor_id")?,
            round_id: row.get("round_id")?,
            amount_cents: row.get("amount_cents")?,
            invested_at: row.get("invested_at")?,
            converted: row.get("converted")?,
            grant_id: row.get("grant_id")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `investments` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> InvestmentTable<'_> {
        InvestmentTable { sql }
    }
}

/// Typed access to the `investments` table, inside the transaction of the current call.
pub struct InvestmentTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl InvestmentTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Investment) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investments\" (\"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.investor_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.invested_at),
                    runtime::ToSql::to_sql(&row.converted),
                    runtime::ToSql::to_sql(&row.grant_id),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Investment) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investments\" (\"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"id\") DO UPDATE SET \"investor_id\" = excluded.\"investor_id\", \"round_id\" = excluded.\"round_id\", \"amount_cents\" = excluded.\"amount_cents\", \"invested_at\" = excluded.\"invested_at\", \"converted\" = excluded.\"converted\", \"grant_id\" = excluded.\"grant_id\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.investor_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.invested_at),
                    runtime::ToSql::to_sql(&row.converted),
                    runtime::ToSql::to_sql(&row.grant_id),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Investment>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Investment::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Investment) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"investments\" SET \"investor_id\" = ?1, \"round_id\" = ?2, \"amount_cents\" = ?3, \"invested_at\" = ?4, \"converted\" = ?5, \"grant_id\" = ?6 WHERE \"id\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.investor_id),
                    runtime::ToSql::to_sql(&row.round_id),
                    runtime::ToSql::to_sql(&row.amount_cents),
                    runtime::ToSql::to_sql(&row.invested_at),
                    runtime::ToSql::to_sql(&row.converted),
                    runtime::ToSql::to_sql(&row.grant_id),
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
                "DELETE FROM \"investments\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `investments` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Investment>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Investment::TABLE, 1)?);
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Investment::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Investment::TABLE,
                Investment::primary_key,
            ),
        )
    }
    /// Lists the rows whose `round_id` equals the given value, in primary-key order.
    /// The filter uses the index `investments_round_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_round_id(
        &self,
        round_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Investment>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&round_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Investment::TABLE, 1)?);
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"round_id\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"round_id\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Investment::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Investment::TABLE,
                Investment::primary_key,
            ),
        )
    }
    /// Lists the rows whose `investor_id` equals the given value, in primary-key order.
    /// The filter uses the index `investments_investor_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_investor_id(
        &self,
        investor_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Investment>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&investor_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Investment::TABLE, 1)?);
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"investor_id\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"investor_id\", \"round_id\", \"amount_cents\", \"invested_at\", \"converted\", \"grant_id\" FROM \"investments\" WHERE \"investor_id\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Investment::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Investment::TABLE,
                Investment::primary_key,
            ),
        )
    }
}

impl Document {
    /// Reads a row of `documents` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            family_id: row.get("family_id")?,
            version: row.get("version")?,
            is_latest: row.get("is_latest")?,
            kind: row.get("kind")?,
            title: row.get("title")?,
            url: row.get("url")?,
            mime_type: row.get("mime_type")?,
            size_bytes: row.get("size_bytes")?,
            visibility: row.get("visibility")?,
            view_count: row.get("view_count")?,
            last_viewed_at: row.get("last_viewed_at")?,
            uploaded_by: row.get("uploaded_by")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `documents` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> DocumentTable<'_> {
        DocumentTable { sql }
    }
}

/// Typed access to the `documents` table, inside the transaction of the current call.
pub struct DocumentTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl DocumentTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Document) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"documents\" (\"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.family_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.is_latest),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.mime_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.visibility),
                    runtime::ToSql::to_sql(&row.view_count),
                    runtime::ToSql::to_sql(&row.last_viewed_at),
                    runtime::ToSql::to_sql(&row.uploaded_by),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Document) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"documents\" (\"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (\"id\") DO UPDATE SET \"family_id\" = excluded.\"family_id\", \"version\" = excluded.\"version\", \"is_latest\" = excluded.\"is_latest\", \"kind\" = excluded.\"kind\", \"title\" = excluded.\"title\", \"url\" = excluded.\"url\", \"mime_type\" = excluded.\"mime_type\", \"size_bytes\" = excluded.\"size_bytes\", \"visibility\" = excluded.\"visibility\", \"view_count\" = excluded.\"view_count\", \"last_viewed_at\" = excluded.\"last_viewed_at\", \"uploaded_by\" = excluded.\"uploaded_by\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.family_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.is_latest),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.mime_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.visibility),
                    runtime::ToSql::to_sql(&row.view_count),
                    runtime::ToSql::to_sql(&row.last_viewed_at),
                    runtime::ToSql::to_sql(&row.uploaded_by),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Document>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Document::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Document) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"documents\" SET \"family_id\" = ?1, \"version\" = ?2, \"is_latest\" = ?3, \"kind\" = ?4, \"title\" = ?5, \"url\" = ?6, \"mime_type\" = ?7, \"size_bytes\" = ?8, \"visibility\" = ?9, \"view_count\" = ?10, \"last_viewed_at\" = ?11, \"uploaded_by\" = ?12, \"created_at\" = ?13 WHERE \"id\" = ?14",
                &[
                    runtime::ToSql::to_sql(&row.family_id),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.is_latest),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.url),
                    runtime::ToSql::to_sql(&row.mime_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.visibility),
                    runtime::ToSql::to_sql(&row.view_count),
                    runtime::ToSql::to_sql(&row.last_viewed_at),
                    runtime::ToSql::to_sql(&row.uploaded_by),
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
                "DELETE FROM \"documents\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `documents` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Document>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Document::TABLE, 1)?);
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Document::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Document::TABLE, Document::primary_key))
    }
    /// Lists the rows whose `family_id` and `version` equal the given values, in primary-key order.
    /// The filter uses the index `documents_family_id_version_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_family_id_version(
        &self,
        family_id: &str,
        version: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Document>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&family_id),
            runtime::ToSql::to_sql(&version),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Document::TABLE, 1)?);
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"family_id\" = ?1 AND \"version\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"family_id\" = ?1 AND \"version\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Document::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Document::TABLE, Document::primary_key))
    }
    /// Lists the rows whose `kind` and `is_latest` equal the given values, in primary-key order.
    /// The filter uses the index `documents_kind_is_latest_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_kind_is_latest(
        &self,
        kind: DocumentKind,
        is_latest: bool,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Document>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&kind),
            runtime::ToSql::to_sql(&is_latest),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Document::TABLE, 1)?);
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"kind\" = ?1 AND \"is_latest\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"family_id\", \"version\", \"is_latest\", \"kind\", \"title\", \"url\", \"mime_type\", \"size_bytes\", \"visibility\", \"view_count\", \"last_viewed_at\", \"uploaded_by\", \"created_at\" FROM \"documents\" WHERE \"kind\" = ?1 AND \"is_latest\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Document::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Document::TABLE, Document::primary_key))
    }
}

impl DocumentView {
    /// Reads a row of `document_views` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            document_id: row.get("document_id")?,
            viewer: row.get("viewer")?,
            viewed_at: row.get("viewed_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `document_views` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> DocumentViewTable<'_> {
        DocumentViewTable { sql }
    }
}

/// Typed access to the `document_views` table, inside the transaction of the current call.
pub struct DocumentViewTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl DocumentViewTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &DocumentView) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"document_views\" (\"id\", \"document_id\", \"viewer\", \"viewed_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.document_id),
                    runtime::ToSql::to_sql(&row.viewer),
                    runtime::ToSql::to_sql(&row.viewed_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &DocumentView) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"document_views\" (\"id\", \"document_id\", \"viewer\", \"viewed_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"id\") DO UPDATE SET \"document_id\" = excluded.\"document_id\", \"viewer\" = excluded.\"viewer\", \"viewed_at\" = excluded.\"viewed_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.document_id),
                    runtime::ToSql::to_sql(&row.viewer),
                    runtime::ToSql::to_sql(&row.viewed_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<DocumentView>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"document_id\", \"viewer\", \"viewed_at\" FROM \"document_views\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(DocumentView::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &DocumentView) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"document_views\" SET \"document_id\" = ?1, \"viewer\" = ?2, \"viewed_at\" = ?3 WHERE \"id\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.document_id),
                    runtime::ToSql::to_sql(&row.viewer),
                    runtime::ToSql::to_sql(&row.viewed_at),
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
                "DELETE FROM \"document_views\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `document_views` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<DocumentView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(DocumentView::TABLE, 1)?);
                "SELECT \"id\", \"document_id\", \"viewer\", \"viewed_at\" FROM \"document_views\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"document_id\", \"viewer\", \"viewed_at\" FROM \"document_views\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(DocumentView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                DocumentView::TABLE,
                DocumentView::primary_key,
            ),
        )
    }
    /// Lists the rows whose `document_id` and `viewed_at` equal the given values, in primary-key order.
    /// The filter uses the index `document_views_document_id_viewed_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_document_id_viewed_at(
        &self,
        document_id: &str,
        viewed_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<DocumentView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&document_id),
            runtime::ToSql::to_sql(&viewed_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(DocumentView::TABLE, 1)?);
                "SELECT \"id\", \"document_id\", \"viewer\", \"viewed_at\" FROM \"document_views\" WHERE \"document_id\" = ?1 AND \"viewed_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"document_id\", \"viewer\", \"viewed_at\" FROM \"document_views\" WHERE \"document_id\" = ?1 AND \"viewed_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(DocumentView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                DocumentView::TABLE,
                DocumentView::primary_key,
            ),
        )
    }
}

impl Metric {
    /// Reads a row of `metrics` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            period: row.get("period")?,
            mrr_cents: row.get("mrr_cents")?,
            revenue_cents: row.get("revenue_cents")?,
            expenses_cents: row.get("expenses_cents")?,
            cash_cents: row.get("cash_cents")?,
            customers: row.get("customers")?,
            users: row.get("users")?,
            dau: row.get("dau")?,
            mau: row.get("mau")?,
            churn_bps: row.get("churn_bps")?,
            nrr_bps: row.get("nrr_bps")?,
            ltv_cents: row.get("ltv_cents")?,
            cac_cents: row.get("cac_cents")?,
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
                "INSERT INTO \"metrics\" (\"period\", \"mrr_cents\", \"revenue_cents\", \"expenses_cents\", \"cash_cents\", \"customers\", \"users\", \"dau\", \"mau\", \"churn_bps\", \"nrr_bps\", \"ltv_cents\", \"cac_cents\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                &[
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.users),
                    runtime::ToSql::to_sql(&row.dau),
                    runtime::ToSql::to_sql(&row.mau),
                    runtime::ToSql::to_sql(&row.churn_bps),
                    runtime::ToSql::to_sql(&row.nrr_bps),
                    runtime::ToSql::to_sql(&row.ltv_cents),
                    runtime::ToSql::to_sql(&row.cac_cents),
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
                "INSERT INTO \"metrics\" (\"period\", \"mrr_cents\", \"revenue_cents\", \"expenses_cents\", \"cash_cents\", \"customers\", \"users\", \"dau\", \"mau\", \"churn_bps\", \"nrr_bps\", \"ltv_cents\", \"cac_cents\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) ON CONFLICT (\"period\") DO UPDATE SET \"mrr_cents\" = excluded.\"mrr_cents\", \"revenue_cents\" = excluded.\"revenue_cents\", \"expenses_cents\" = excluded.\"expenses_cents\", \"cash_cents\" = excluded.\"cash_cents\", \"customers\" = excluded.\"customers\", \"users\" = excluded.\"users\", \"dau\" = excluded.\"dau\", \"mau\" = excluded.\"mau\", \"churn_bps\" = excluded.\"churn_bps\", \"nrr_bps\" = excluded.\"nrr_bps\", \"ltv_cents\" = excluded.\"ltv_cents\", \"cac_cents\" = excluded.\"cac_cents\", \"headcount\" = excluded.\"headcount\", \"notes\" = excluded.\"notes\", \"recorded_at\" = excluded.\"recorded_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.users),
                    runtime::ToSql::to_sql(&row.dau),
                    runtime::ToSql::to_sql(&row.mau),
                    runtime::ToSql::to_sql(&row.churn_bps),
                    runtime::ToSql::to_sql(&row.nrr_bps),
                    runtime::ToSql::to_sql(&row.ltv_cents),
                    runtime::ToSql::to_sql(&row.cac_cents),
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
                "SELECT \"period\", \"mrr_cents\", \"revenue_cents\", \"expenses_cents\", \"cash_cents\", \"customers\", \"users\", \"dau\", \"mau\", \"churn_bps\", \"nrr_bps\", \"ltv_cents\", \"cac_cents\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" WHERE \"period\" = ?1",
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
                "UPDATE \"metrics\" SET \"mrr_cents\" = ?1, \"revenue_cents\" = ?2, \"expenses_cents\" = ?3, \"cash_cents\" = ?4, \"customers\" = ?5, \"users\" = ?6, \"dau\" = ?7, \"mau\" = ?8, \"churn_bps\" = ?9, \"nrr_bps\" = ?10, \"ltv_cents\" = ?11, \"cac_cents\" = ?12, \"headcount\" = ?13, \"notes\" = ?14, \"recorded_at\" = ?15, \"updated_at\" = ?16 WHERE \"period\" = ?17",
                &[
                    runtime::ToSql::to_sql(&row.mrr_cents),
                    runtime::ToSql::to_sql(&row.revenue_cents),
                    runtime::ToSql::to_sql(&row.expenses_cents),
                    runtime::ToSql::to_sql(&row.cash_cents),
                    runtime::ToSql::to_sql(&row.customers),
                    runtime::ToSql::to_sql(&row.users),
                    runtime::ToSql::to_sql(&row.dau),
                    runtime::ToSql::to_sql(&row.mau),
                    runtime::ToSql::to_sql(&row.churn_bps),
                    runtime::ToSql::to_sql(&row.nrr_bps),
                    runtime::ToSql::to_sql(&row.ltv_cents),
                    runtime::ToSql::to_sql(&row.cac_cents),
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
                "SELECT \"period\", \"mrr_cents\", \"revenue_cents\", \"expenses_cents\", \"cash_cents\", \"customers\", \"users\", \"dau\", \"mau\", \"churn_bps\", \"nrr_bps\", \"ltv_cents\", \"cac_cents\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" WHERE \"period\" > ?1 ORDER BY \"period\" LIMIT ?2"
            }
            None => {
                "SELECT \"period\", \"mrr_cents\", \"revenue_cents\", \"expenses_cents\", \"cash_cents\", \"customers\", \"users\", \"dau\", \"mau\", \"churn_bps\", \"nrr_bps\", \"ltv_cents\", \"cac_cents\", \"headcount\", \"notes\", \"recorded_at\", \"updated_at\" FROM \"metrics\" ORDER BY \"period\" LIMIT ?1"
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

impl Milestone {
    /// Reads a row of `milestones` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            title: row.get("title")?,
            description: row.get("description")?,
            category: row.get("category")?,
            target_date: row.get("target_date")?,
            status: row.get("status")?,
            completed_at: row.get("completed_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `milestones` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MilestoneTable<'_> {
        MilestoneTable { sql }
    }
}

/// Typed access to the `milestones` table, inside the transaction of the current call.
pub struct MilestoneTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MilestoneTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Milestone) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"milestones\" (\"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.target_date),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Milestone) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"milestones\" (\"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (\"id\") DO UPDATE SET \"title\" = excluded.\"title\", \"description\" = excluded.\"description\", \"category\" = excluded.\"category\", \"target_date\" = excluded.\"target_date\", \"status\" = excluded.\"status\", \"completed_at\" = excluded.\"completed_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.target_date),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.completed_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Milestone>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"milestones\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Milestone::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Milestone) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"milestones\" SET \"title\" = ?1, \"description\" = ?2, \"category\" = ?3, \"target_date\" = ?4, \"status\" = ?5, \"completed_at\" = ?6, \"created_at\" = ?7, \"updated_at\" = ?8 WHERE \"id\" = ?9",
                &[
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.category),
                    runtime::ToSql::to_sql(&row.target_date),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.completed_at),
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
                "DELETE FROM \"milestones\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `milestones` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Milestone>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Milestone::TABLE, 1)?);
                "SELECT \"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"milestones\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"milestones\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Milestone::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Milestone::TABLE, Milestone::primary_key))
    }
    /// Lists the rows whose `status` and `target_date` equal the given values, in primary-key order.
    /// The filter uses the index `milestones_status_target_date_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_target_date(
        &self,
        status: MilestoneStatus,
        target_date: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Milestone>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&target_date),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Milestone::TABLE, 1)?);
                "SELECT \"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"milestones\" WHERE \"status\" = ?1 AND \"target_date\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"title\", \"description\", \"category\", \"target_date\", \"status\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"milestones\" WHERE \"status\" = ?1 AND \"target_date\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Milestone::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Milestone::TABLE, Milestone::primary_key))
    }
}

impl InvestorUpdate {
    /// Reads a row of `investor_updates` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            subject: row.get("subject")?,
            body: row.get("body")?,
            period: row.get("period")?,
            highlights: row.get("highlights")?,
            asks: row.get("asks")?,
            metrics_snapshot: row.get("metrics_snapshot")?,
            status: row.get("status")?,
            recipients: row.get("recipients")?,
            sent_at: row.get("sent_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `investor_updates` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> InvestorUpdateTable<'_> {
        InvestorUpdateTable { sql }
    }
}

/// Typed access to the `investor_updates` table, inside the transaction of the current call.
pub struct InvestorUpdateTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl InvestorUpdateTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &InvestorUpdate) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investor_updates\" (\"id\", \"subject\", \"body\", \"period\", \"highlights\", \"asks\", \"metrics_snapshot\", \"status\", \"recipients\", \"sent_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.body),
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.highlights),
                    runtime::ToSql::to_sql(&row.asks),
                    runtime::ToSql::to_sql(&row.metrics_snapshot),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.recipients),
                    runtime::ToSql::to_sql(&row.sent_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &InvestorUpdate) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"investor_updates\" (\"id\", \"subject\", \"body\", \"period\", \"highlights\", \"asks\", \"metrics_snapshot\", \"status\", \"recipients\", \"sent_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"id\") DO UPDATE SET \"subject\" = excluded.\"subject\", \"body\" = excluded.\"body\", \"period\" = excluded.\"period\", \"highlights\" = excluded.\"highlights\", \"asks\" = excluded.\"asks\", \"metrics_snapshot\" = excluded.\"metrics_snapshot\", \"status\" = excluded.\"status\", \"recipients\" = excluded.\"recipients\", \"sent_at\" = excluded.\"sent_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.body),
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.highlights),
                    runtime::ToSql::to_sql(&row.asks),
                    runtime::ToSql::to_sql(&row.metrics_snapshot),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.recipients),
                    runtime::ToSql::to_sql(&row.sent_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<InvestorUpdate>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"subject\", \"body\", \"period\", \"highlights\", \"asks\", \"metrics_snapshot\", \"status\", \"recipients\", \"sent_at\", \"created_at\", \"updated_at\" FROM \"investor_updates\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(InvestorUpdate::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &InvestorUpdate) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"investor_updates\" SET \"subject\" = ?1, \"body\" = ?2, \"period\" = ?3, \"highlights\" = ?4, \"asks\" = ?5, \"metrics_snapshot\" = ?6, \"status\" = ?7, \"recipients\" = ?8, \"sent_at\" = ?9, \"created_at\" = ?10, \"updated_at\" = ?11 WHERE \"id\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.subject),
                    runtime::ToSql::to_sql(&row.body),
                    runtime::ToSql::to_sql(&row.period),
                    runtime::ToSql::to_sql(&row.highlights),
                    runtime::ToSql::to_sql(&row.asks),
                    runtime::ToSql::to_sql(&row.metrics_snapshot),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.recipients),
                    runtime::ToSql::to_sql(&row.sent_at),
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
                "DELETE FROM \"investor_updates\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `investor_updates` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<InvestorUpdate>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(InvestorUpdate::TABLE, 1)?);
                "SELECT \"id\", \"subject\", \"body\", \"period\", \"highlights\", \"asks\", \"metrics_snapshot\", \"status\", \"recipients\", \"sent_at\", \"created_at\", \"updated_at\" FROM \"investor_updates\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"subject\", \"body\", \"period\", \"highlights\", \"asks\", \"metrics_snapshot\", \"status\", \"recipients\", \"sent_at\", \"created_at\", \"updated_at\" FROM \"investor_updates\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(InvestorUpdate::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                InvestorUpdate::TABLE,
                InvestorUpdate::primary_key,
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
