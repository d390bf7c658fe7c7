//! Types of the `org` object, generated from its spec by `cargo run -p codegen`.
//!
//! One organization: members and their roles, invitations, SSO connections routed by email
//! domain, the plan and its seats, an append-only audit log and API keys. Permission keys are
//! `noun:verb`; a grant matches whole segments (`members:*` matches `members:invite`) and `*`
//! matches everything. The org always keeps at least one active owner.

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "org";

/// The object's class name.
pub const CLASS: &str = "Org";

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
    "createOrg",
    "getOrg",
    "getSettings",
    "updateOrg",
    "deleteOrg",
    "inviteMember",
    "acceptInvite",
    "listInvitations",
    "revokeInvitation",
    "getMember",
    "listMembers",
    "updateMember",
    "suspendMember",
    "reactivateMember",
    "removeMember",
    "hasPermission",
    "createRole",
    "getRole",
    "listRoles",
    "updateRole",
    "deleteRole",
    "configureSso",
    "getSsoConnection",
    "listSsoConnections",
    "activateSso",
    "deactivateSso",
    "deleteSsoConnection",
    "getSsoByDomain",
    "verifyOidcToken",
    "getSubscription",
    "updateSubscription",
    "canAddSeat",
    "getPlanUsage",
    "getAuditLogs",
    "createAuditEvent",
    "createApiKey",
    "validateApiKey",
    "listApiKeys",
    "revokeApiKey",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "org.created",
    "org.updated",
    "org.deleted",
    "member.invited",
    "invitation.accepted",
    "invitation.revoked",
    "member.updated",
    "member.suspended",
    "member.reactivated",
    "member.removed",
    "role.created",
    "role.updated",
    "role.deleted",
    "sso.configured",
    "sso.activated",
    "sso.deactivated",
    "subscription.updated",
    "api_key.created",
    "api_key.revoked",
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
pub enum OrgStatus {
    Active,
    Deleted,
}

impl OrgStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Active, Self::Deleted];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Deleted => "deleted",
        }
    }
}

impl std::fmt::Display for OrgStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for OrgStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for OrgStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `OrgStatus`"))
    }
}

/// `invited` members have a pending invitation; they become `active` when it is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    Active,
    Invited,
    Suspended,
    Deactivated,
}

impl MemberStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::Invited,
        Self::Suspended,
        Self::Deactivated,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Invited => "invited",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
        }
    }
}

impl std::fmt::Display for MemberStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for MemberStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MemberStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MemberStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Expired,
    Revoked,
}

impl InvitationStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Accepted,
        Self::Expired,
        Self::Revoked,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
        }
    }
}

impl std::fmt::Display for InvitationStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for InvitationStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for InvitationStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `InvitationStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SsoKind {
    Saml,
    Oidc,
}

impl SsoKind {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Saml, Self::Oidc];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Saml => "saml",
            Self::Oidc => "oidc",
        }
    }
}

impl std::fmt::Display for SsoKind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for SsoKind {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SsoKind {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SsoKind`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SsoStatus {
    Draft,
    Active,
    Inactive,
}

impl SsoStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Draft, Self::Active, Self::Inactive];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Active => "active",
            Self::Inactive => "inactive",
        }
    }
}

impl std::fmt::Display for SsoStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for SsoStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SsoStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SsoStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Plan {
    Free,
    Starter,
    Pro,
    Enterprise,
}

impl Plan {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Free,
        Self::Starter,
        Self::Pro,
        Self::Enterprise,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Free => "free",
            Self::Starter => "starter",
            Self::Pro => "pro",
            Self::Enterprise => "enterprise",
        }
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for Plan {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for Plan {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `Plan`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Active,
    Trialing,
    PastDue,
    Canceled,
}

impl PlanStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Active,
        Self::Trialing,
        Self::PastDue,
        Self::Canceled,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Trialing => "trialing",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
        }
    }
}

impl std::fmt::Display for PlanStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for PlanStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for PlanStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `PlanStatus`"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorType {
    User,
    ApiKey,
    System,
    Webhook,
}

impl ActorType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::User,
        Self::ApiKey,
        Self::System,
        Self::Webhook,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::User => "user",
            Self::ApiKey => "api_key",
            Self::System => "system",
            Self::Webhook => "webhook",
        }
    }
}

impl std::fmt::Display for ActorType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Stored as its text value.
impl runtime::ToSql for ActorType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ActorType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ActorType`"))
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
pub struct OrgInput {
    pub name: String,
    /// Derived from the name when left out.
    pub slug: Option<String>,
    /// The principal id of the first owner.
    pub owner_user_id: String,
    pub owner_email: String,
    pub owner_name: Option<String>,
    pub plan: Option<Plan>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgSettings {
    /// Anyone with an allowed email domain may join without an invitation.
    pub allow_email_signup: bool,
    /// Members must sign in through an active SSO connection.
    pub require_sso: bool,
    /// The role slug given to members who join without a role.
    pub default_role: String,
    /// Email domains, lowercase, such as `example.com`.
    pub allowed_domains: Vec<String>,
}

/// Fields to change; a field left out keeps its value.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgPatch {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub logo_url: Option<String>,
    pub allow_email_signup: Option<bool>,
    pub require_sso: Option<bool>,
    pub default_role: Option<String>,
    pub allowed_domains: Option<Vec<String>>,
    pub metadata: Option<serde_json::Value>,
}

/// An invitation and its token, which is returned only here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewInvitation {
    pub invitation: Invitation,
    pub token: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberPatch {
    pub name: Option<String>,
    /// A role slug.
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleInput {
    /// snake_case, unique.
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    /// Grants: permission keys, `prefix:*` or `*`.
    pub permissions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RolePatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub permissions: Option<Vec<String>>,
}

/// An SSO connection. SAML needs the `saml_*` fields and OIDC the `oidc_*` fields.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoInput {
    pub kind: SsoKind,
    pub name: String,
    pub domains: Vec<String>,
    pub saml_idp_entity_id: Option<String>,
    pub saml_idp_sso_url: Option<String>,
    /// PEM.
    pub saml_idp_certificate: Option<String>,
    pub oidc_issuer: Option<String>,
    pub oidc_client_id: Option<String>,
    pub oidc_client_secret: Option<String>,
    /// Defaults to the issuer's discovery document.
    pub oidc_jwks_uri: Option<String>,
}

/// An SSO connection as read back; the OIDC client secret never leaves the object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoConnectionView {
    pub id: String,
    pub kind: SsoKind,
    pub name: String,
    pub status: SsoStatus,
    pub domains: Vec<String>,
    pub saml_idp_entity_id: Option<String>,
    pub saml_idp_sso_url: Option<String>,
    pub oidc_issuer: Option<String>,
    pub oidc_client_id: Option<String>,
    pub oidc_jwks_uri: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

/// Where to send a user who signs in with an email address.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoRoute {
    pub connection_id: String,
    pub kind: SsoKind,
    pub name: String,
}

/// The verified claims of an OIDC ID token.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OidcClaims {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub name: Option<String>,
    pub issuer: String,
    pub audience: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: i64,
    /// The member with this email address, if any.
    pub member: Option<Member>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanUsage {
    pub plan: Plan,
    pub seats: i64,
    pub active_members: i64,
    pub pending_invitations: i64,
    /// Active members plus pending invitations.
    pub used_seats: i64,
    pub available_seats: i64,
    pub sso_connections: i64,
    pub api_keys: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditTarget {
    #[serde(rename = "type")]
    pub r#type: String,
    pub id: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditContext {
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventInput {
    /// `noun.verb`, such as `document.shared`.
    pub action: String,
    pub actor_type: ActorType,
    pub actor_id: Option<String>,
    pub actor_name: Option<String>,
    pub targets: Option<Vec<AuditTarget>>,
    pub context: Option<AuditContext>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub metadata: Option<serde_json::Value>,
    /// Defaults to now.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub occurred_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditQuery {
    /// An action or a pattern matched by whole segments: `member.*` or `*.deleted`.
    pub action: Option<String>,
    pub actor_type: Option<ActorType>,
    pub actor_id: Option<String>,
    pub target_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub from: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub to: Option<i64>,
    /// Page backwards from this id.
    pub before_id: Option<i64>,
    /// 1 to 1000; defaults to 100.
    pub limit: Option<i64>,
}

/// An API key as read back; the secret and its hash never leave the object.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyView {
    pub id: String,
    pub name: String,
    pub prefix: String,
    pub permissions: Vec<String>,
    pub created_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_used_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub revoked_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

/// A new API key and its secret, which is returned only here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewApiKey {
    pub api_key: ApiKeyView,
    pub secret: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyValidation {
    pub valid: bool,
    /// Why the key is invalid: `unknown`, `expired` or `revoked`.
    pub reason: Option<String>,
    pub api_key: Option<ApiKeyView>,
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
/// The organization itself and its settings, one row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: i64,
    pub name: String,
    pub slug: String,
    pub logo_url: Option<String>,
    pub status: OrgStatus,
    pub allow_email_signup: bool,
    pub require_sso: bool,
    pub default_role: String,
    /// Lowercase email domains.
    pub allowed_domains: serde_json::Value,
    pub metadata: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub deleted_at: Option<i64>,
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
        "logo_url",
        "status",
        "allow_email_signup",
        "require_sso",
        "default_role",
        "allowed_domains",
        "metadata",
        "deleted_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `roles` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    /// Grants: permission keys, `prefix:*` or `*`.
    pub permissions: serde_json::Value,
    /// `owner`, `admin` and `member`, created with the organization.
    pub is_system: bool,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Role {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "roles";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "slug",
        "name",
        "description",
        "permissions",
        "is_system",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `members` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: String,
    /// The principal id; null until an invitation is accepted.
    pub user_id: Option<String>,
    /// Lowercase.
    pub email: String,
    pub name: Option<String>,
    pub role: String,
    pub status: MemberStatus,
    pub invited_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub joined_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub suspended_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub deactivated_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_active_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Member {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "members";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "user_id",
        "email",
        "name",
        "role",
        "status",
        "invited_by",
        "joined_at",
        "suspended_at",
        "deactivated_at",
        "last_active_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `invitations` table.
///
/// Invitations to join. Each has an invited member row until it is accepted; revoking or
/// expiring it deletes that row. Expiry is checked on every read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub email: String,
    pub role: String,
    pub member_id: Option<String>,
    /// SHA-256 of the token, hex.
    pub token_hash: String,
    pub status: InvitationStatus,
    pub invited_by: Option<String>,
    /// 1 to 30 days after creation; 7 by default.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub accepted_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub revoked_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl Invitation {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "invitations";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "email",
        "role",
        "member_id",
        "token_hash",
        "status",
        "invited_by",
        "expires_at",
        "accepted_at",
        "revoked_at",
        "created_at",
    ];
}

/// A row of the `sso_connections` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoConnection {
    pub id: String,
    pub kind: SsoKind,
    pub name: String,
    pub status: SsoStatus,
    pub saml_idp_entity_id: Option<String>,
    pub saml_idp_sso_url: Option<String>,
    pub saml_idp_certificate: Option<String>,
    pub oidc_issuer: Option<String>,
    pub oidc_client_id: Option<String>,
    /// Never returned by any method.
    pub oidc_client_secret: Option<String>,
    pub oidc_jwks_uri: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl SsoConnection {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "sso_connections";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "name",
        "status",
        "saml_idp_entity_id",
        "saml_idp_sso_url",
        "saml_idp_certificate",
        "oidc_issuer",
        "oidc_client_id",
        "oidc_client_secret",
        "oidc_jwks_uri",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `sso_domains` table.
///
/// The email domains each SSO connection serves; a domain routes to one connection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoDomain {
    pub domain: String,
    pub connection_id: String,
}

impl SsoDomain {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "sso_domains";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &["domain", "connection_id"];
}

/// A row of the `subscription` table.
///
/// The organization's plan, one row.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: i64,
    pub plan: Plan,
    pub status: PlanStatus,
    /// Active members plus pending invitations may not exceed it.
    pub seats: i64,
    pub stripe_customer_id: Option<String>,
    pub stripe_subscription_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub current_period_end: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Subscription {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "subscription";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "plan",
        "status",
        "seats",
        "stripe_customer_id",
        "stripe_subscription_id",
        "current_period_end",
        "updated_at",
    ];
}

/// A row of the `audit_events` table.
///
/// The append-only audit log; rows are never changed or deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub id: i64,
    /// `noun.verb`.
    pub action: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub occurred_at: i64,
    pub actor_type: ActorType,
    pub actor_id: Option<String>,
    pub actor_name: Option<String>,
    /// A list of AuditTarget.
    pub targets: serde_json::Value,
    /// An AuditContext.
    pub context: serde_json::Value,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub metadata: serde_json::Value,
}

impl AuditEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "audit_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "action",
        "occurred_at",
        "actor_type",
        "actor_id",
        "actor_name",
        "targets",
        "context",
        "before",
        "after",
        "metadata",
    ];
}

/// A row of the `api_keys` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// The first characters of the key, kept for display.
    pub prefix: String,
    /// SHA-256 of the key, hex.
    pub key_hash: String,
    /// Grants, as for roles.
    pub permissions: serde_json::Value,
    pub created_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub last_used_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub revoked_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
}

impl ApiKey {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "api_keys";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "prefix",
        "key_hash",
        "permissions",
        "created_by",
        "expires_at",
        "last_used_at",
        "revoked_at",
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

/// Parameters of the `createOrg` method.
///
/// Creates the organization with the roles owner, admin and member, and makes the given user its owner.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateOrgParams {
    pub input: OrgInput,
}

impl CreateOrgParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createOrg";
}

/// Parameters of the `getOrg` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetOrgParams {}

impl GetOrgParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getOrg";
}

/// Parameters of the `getSettings` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSettingsParams {}

impl GetSettingsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSettings";
}

/// Parameters of the `updateOrg` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateOrgParams {
    pub patch: OrgPatch,
}

impl UpdateOrgParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateOrg";
}

/// Parameters of the `deleteOrg` method.
///
/// Marks the organization deleted, revokes every API key and pending invitation, and deactivates every member.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteOrgParams {}

impl DeleteOrgParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteOrg";
}

/// Parameters of the `inviteMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InviteMemberParams {
    pub email: String,
    /// A role slug; defaults to the organization's default role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// 1 to 30; defaults to 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<i64>,
}

impl InviteMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "inviteMember";
}

/// Parameters of the `acceptInvite` method.
///
/// Accepts an invitation by its token for the calling principal, which becomes an active member.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcceptInviteParams {
    pub token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl AcceptInviteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "acceptInvite";
}

/// Parameters of the `listInvitations` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListInvitationsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InvitationStatus>,
}

impl ListInvitationsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listInvitations";
}

/// Parameters of the `revokeInvitation` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevokeInvitationParams {
    pub invitation_id: String,
}

impl RevokeInvitationParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "revokeInvitation";
}

/// Parameters of the `getMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMemberParams {
    pub member_id: String,
}

impl GetMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMember";
}

/// Parameters of the `listMembers` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMembersParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MemberStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl ListMembersParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listMembers";
}

/// Parameters of the `updateMember` method.
///
/// Changes a member's name or role; demoting the last active owner raises LAST_OWNER.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMemberParams {
    pub member_id: String,
    pub patch: MemberPatch,
}

impl UpdateMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateMember";
}

/// Parameters of the `suspendMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SuspendMemberParams {
    pub member_id: String,
}

impl SuspendMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "suspendMember";
}

/// Parameters of the `reactivateMember` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReactivateMemberParams {
    pub member_id: String,
}

impl ReactivateMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "reactivateMember";
}

/// Parameters of the `removeMember` method.
///
/// Deactivates a member; the row stays for the audit trail.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoveMemberParams {
    pub member_id: String,
}

impl RemoveMemberParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "removeMember";
}

/// Parameters of the `hasPermission` method.
///
/// Whether the member's role grants the permission key, matching whole segments.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HasPermissionParams {
    pub user_id: String,
    pub permission: String,
}

impl HasPermissionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "hasPermission";
}

/// Parameters of the `createRole` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateRoleParams {
    pub role: RoleInput,
}

impl CreateRoleParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createRole";
}

/// Parameters of the `getRole` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetRoleParams {
    pub slug: String,
}

impl GetRoleParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getRole";
}

/// Parameters of the `listRoles` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListRolesParams {}

impl ListRolesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listRoles";
}

/// Parameters of the `updateRole` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateRoleParams {
    pub slug: String,
    pub patch: RolePatch,
}

impl UpdateRoleParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateRole";
}

/// Parameters of the `deleteRole` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteRoleParams {
    pub slug: String,
}

impl DeleteRoleParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteRole";
}

/// Parameters of the `configureSso` method.
///
/// Adds an SSO connection in `draft`; it routes no domain until activated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConfigureSsoParams {
    pub connection: SsoInput,
}

impl ConfigureSsoParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "configureSso";
}

/// Parameters of the `getSsoConnection` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSsoConnectionParams {
    pub connection_id: String,
}

impl GetSsoConnectionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSsoConnection";
}

/// Parameters of the `listSsoConnections` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSsoConnectionsParams {}

impl ListSsoConnectionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listSsoConnections";
}

/// Parameters of the `activateSso` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivateSsoParams {
    pub connection_id: String,
}

impl ActivateSsoParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "activateSso";
}

/// Parameters of the `deactivateSso` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeactivateSsoParams {
    pub connection_id: String,
}

impl DeactivateSsoParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deactivateSso";
}

/// Parameters of the `deleteSsoConnection` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteSsoConnectionParams {
    pub connection_id: String,
}

impl DeleteSsoConnectionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteSsoConnection";
}

/// Parameters of the `getSsoByDomain` method.
///
/// The active connection that serves an email address's domain, or null. Sign-in pages call it before the user is known.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSsoByDomainParams {
    /// An email address or a bare domain.
    pub email: String,
}

impl GetSsoByDomainParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSsoByDomain";
}

/// Parameters of the `verifyOidcToken` method.
///
/// Verifies an ID token from an OIDC connection against the provider's keys, issuer, audience (the client id) and expiry.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyOidcTokenParams {
    pub connection_id: String,
    pub id_token: String,
}

impl VerifyOidcTokenParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "verifyOidcToken";
}

/// Parameters of the `getSubscription` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSubscriptionParams {}

impl GetSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSubscription";
}

/// Parameters of the `updateSubscription` method.
///
/// Changes the plan or seats; seats cannot drop below the seats in use.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSubscriptionParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlanStatus>,
}

impl UpdateSubscriptionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateSubscription";
}

/// Parameters of the `canAddSeat` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CanAddSeatParams {}

impl CanAddSeatParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "canAddSeat";
}

/// Parameters of the `getPlanUsage` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPlanUsageParams {}

impl GetPlanUsageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPlanUsage";
}

/// Parameters of the `getAuditLogs` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetAuditLogsParams {
    pub query: AuditQuery,
}

impl GetAuditLogsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getAuditLogs";
}

/// Parameters of the `createAuditEvent` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateAuditEventParams {
    pub event: AuditEventInput,
}

impl CreateAuditEventParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createAuditEvent";
}

/// Parameters of the `createApiKey` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateApiKeyParams {
    pub name: String,
    /// Grants; each must be held by the caller.
    pub permissions: Vec<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
}

impl CreateApiKeyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createApiKey";
}

/// Parameters of the `validateApiKey` method.
///
/// Checks a key secret; records its use when valid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidateApiKeyParams {
    pub secret: String,
}

impl ValidateApiKeyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "validateApiKey";
}

/// Parameters of the `listApiKeys` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListApiKeysParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_revoked: Option<bool>,
}

impl ListApiKeysParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listApiKeys";
}

/// Parameters of the `revokeApiKey` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RevokeApiKeyParams {
    pub api_key_id: String,
}

impl RevokeApiKeyParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "revokeApiKey";
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

/// Payload of the `org.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgCreated {
    pub name: String,
    pub owner_user_id: String,
}

impl OrgCreated {
    /// Name of the event.
    pub const NAME: &'static str = "org.created";
}

/// Payload of the `org.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgUpdated {
    pub fields: Vec<String>,
}

impl OrgUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "org.updated";
}

/// Payload of the `org.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrgDeleted {
    /// Milliseconds since the Unix epoch, UTC.
    pub deleted_at: i64,
}

impl OrgDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "org.deleted";
}

/// Payload of the `member.invited` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberInvited {
    pub invitation_id: String,
    pub email: String,
    pub role: String,
}

impl MemberInvited {
    /// Name of the event.
    pub const NAME: &'static str = "member.invited";
}

/// Payload of the `invitation.accepted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvitationAccepted {
    pub invitation_id: String,
    pub member_id: String,
}

impl InvitationAccepted {
    /// Name of the event.
    pub const NAME: &'static str = "invitation.accepted";
}

/// Payload of the `invitation.revoked` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvitationRevoked {
    pub invitation_id: String,
}

impl InvitationRevoked {
    /// Name of the event.
    pub const NAME: &'static str = "invitation.revoked";
}

/// Payload of the `member.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberUpdated {
    pub member_id: String,
    pub role: String,
}

impl MemberUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "member.updated";
}

/// Payload of the `member.suspended` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberSuspended {
    pub member_id: String,
}

impl MemberSuspended {
    /// Name of the event.
    pub const NAME: &'static str = "member.suspended";
}

/// Payload of the `member.reactivated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberReactivated {
    pub member_id: String,
}

impl MemberReactivated {
    /// Name of the event.
    pub const NAME: &'static str = "member.reactivated";
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

/// Payload of the `role.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleCreated {
    pub slug: String,
}

impl RoleCreated {
    /// Name of the event.
    pub const NAME: &'static str = "role.created";
}

/// Payload of the `role.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleUpdated {
    pub slug: String,
}

impl RoleUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "role.updated";
}

/// Payload of the `role.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleDeleted {
    pub slug: String,
}

impl RoleDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "role.deleted";
}

/// Payload of the `sso.configured` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoConfigured {
    pub connection_id: String,
    pub kind: SsoKind,
}

impl SsoConfigured {
    /// Name of the event.
    pub const NAME: &'static str = "sso.configured";
}

/// Payload of the `sso.activated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoActivated {
    pub connection_id: String,
}

impl SsoActivated {
    /// Name of the event.
    pub const NAME: &'static str = "sso.activated";
}

/// Payload of the `sso.deactivated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SsoDeactivated {
    pub connection_id: String,
}

impl SsoDeactivated {
    /// Name of the event.
    pub const NAME: &'static str = "sso.deactivated";
}

/// Payload of the `subscription.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionUpdated {
    pub plan: Plan,
    pub seats: i64,
}

impl SubscriptionUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "subscription.updated";
}

/// Payload of the `api_key.created` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyCreated {
    pub api_key_id: String,
    pub prefix: String,
}

impl ApiKeyCreated {
    /// Name of the event.
    pub const NAME: &'static str = "api_key.created";
}

/// Payload of the `api_key.revoked` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyRevoked {
    pub api_key_id: String,
}

impl ApiKeyRevoked {
    /// Name of the event.
    pub const NAME: &'static str = "api_key.revoked";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "org.created")]
    OrgCreated(OrgCreated),
    #[serde(rename = "org.updated")]
    OrgUpdated(OrgUpdated),
    #[serde(rename = "org.deleted")]
    OrgDeleted(OrgDeleted),
    #[serde(rename = "member.invited")]
    MemberInvited(MemberInvited),
    #[serde(rename = "invitation.accepted")]
    InvitationAccepted(InvitationAccepted),
    #[serde(rename = "invitation.revoked")]
    InvitationRevoked(InvitationRevoked),
    #[serde(rename = "member.updated")]
    MemberUpdated(MemberUpdated),
    #[serde(rename = "member.suspended")]
    MemberSuspended(MemberSuspended),
    #[serde(rename = "member.reactivated")]
    MemberReactivated(MemberReactivated),
    #[serde(rename = "member.removed")]
    MemberRemoved(MemberRemoved),
    #[serde(rename = "role.created")]
    RoleCreated(RoleCreated),
    #[serde(rename = "role.updated")]
    RoleUpdated(RoleUpdated),
    #[serde(rename = "role.deleted")]
    RoleDeleted(RoleDeleted),
    #[serde(rename = "sso.configured")]
    SsoConfigured(SsoConfigured),
    #[serde(rename = "sso.activated")]
    SsoActivated(SsoActivated),
    #[serde(rename = "sso.deactivated")]
    SsoDeactivated(SsoDeactivated),
    #[serde(rename = "subscription.updated")]
    SubscriptionUpdated(SubscriptionUpdated),
    #[serde(rename = "api_key.created")]
    ApiKeyCreated(ApiKeyCreated),
    #[serde(rename = "api_key.revoked")]
    ApiKeyRevoked(ApiKeyRevoked),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::OrgCreated(_) => "org.created",
            Self::OrgUpdated(_) => "org.updated",
            Self::OrgDeleted(_) => "org.deleted",
            Self::MemberInvited(_) => "member.invited",
            Self::InvitationAccepted(_) => "invitation.accepted",
            Self::InvitationRevoked(_) => "invitation.revoked",
            Self::MemberUpdated(_) => "member.updated",
            Self::MemberSuspended(_) => "member.suspended",
            Self::MemberReactivated(_) => "member.reactivated",
            Self::MemberRemoved(_) => "member.removed",
            Self::RoleCreated(_) => "role.created",
            Self::RoleUpdated(_) => "role.updated",
            Self::RoleDeleted(_) => "role.deleted",
            Self::SsoConfigured(_) => "sso.configured",
            Self::SsoActivated(_) => "sso.activated",
            Self::SsoDeactivated(_) => "sso.deactivated",
            Self::SubscriptionUpdated(_) => "subscription.updated",
            Self::ApiKeyCreated(_) => "api_key.created",
            Self::ApiKeyRevoked(_) => "api_key.revoked",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<OrgCreated> for Event {
    fn from(payload: OrgCreated) -> Self {
        Self::OrgCreated(payload)
    }
}

impl std::convert::From<OrgUpdated> for Event {
    fn from(payload: OrgUpdated) -> Self {
        Self::OrgUpdated(payload)
    }
}

impl std::convert::From<OrgDeleted> for Event {
    fn from(payload: OrgDeleted) -> Self {
        Self::OrgDeleted(payload)
    }
}

impl std::convert::From<MemberInvited> for Event {
    fn from(payload: MemberInvited) -> Self {
        Self::MemberInvited(payload)
    }
}

impl std::convert::From<InvitationAccepted> for Event {
    fn from(payload: InvitationAccepted) -> Self {
        Self::InvitationAccepted(payload)
    }
}

impl std::convert::From<InvitationRevoked> for Event {
    fn from(payload: InvitationRevoked) -> Self {
        Self::InvitationRevoked(payload)
    }
}

impl std::convert::From<MemberUpdated> for Event {
    fn from(payload: MemberUpdated) -> Self {
        Self::MemberUpdated(payload)
    }
}

impl std::convert::From<MemberSuspended> for Event {
    fn from(payload: MemberSuspended) -> Self {
        Self::MemberSuspended(payload)
    }
}

impl std::convert::From<MemberReactivated> for Event {
    fn from(payload: MemberReactivated) -> Self {
        Self::MemberReactivated(payload)
    }
}

impl std::convert::From<MemberRemoved> for Event {
    fn from(payload: MemberRemoved) -> Self {
        Self::MemberRemoved(payload)
    }
}

impl std::convert::From<RoleCreated> for Event {
    fn from(payload: RoleCreated) -> Self {
        Self::RoleCreated(payload)
    }
}

impl std::convert::From<RoleUpdated> for Event {
    fn from(payload: RoleUpdated) -> Self {
        Self::RoleUpdated(payload)
    }
}

impl std::convert::From<RoleDeleted> for Event {
    fn from(payload: RoleDeleted) -> Self {
        Self::RoleDeleted(payload)
    }
}

impl std::convert::From<SsoConfigured> for Event {
    fn from(payload: SsoConfigured) -> Self {
        Self::SsoConfigured(payload)
    }
}

impl std::convert::From<SsoActivated> for Event {
    fn from(payload: SsoActivated) -> Self {
        Self::SsoActivated(payload)
    }
}

impl std::convert::From<SsoDeactivated> for Event {
    fn from(payload: SsoDeactivated) -> Self {
        Self::SsoDeactivated(payload)
    }
}

impl std::convert::From<SubscriptionUpdated> for Event {
    fn from(payload: SubscriptionUpdated) -> Self {
        Self::SubscriptionUpdated(payload)
    }
}

impl std::convert::From<ApiKeyCreated> for Event {
    fn from(payload: ApiKeyCreated) -> Self {
        Self::ApiKeyCreated(payload)
    }
}

impl std::convert::From<ApiKeyRevoked> for Event {
    fn from(payload: ApiKeyRevoked) -> Self {
        Self::ApiKeyRevoked(payload)
    }
}

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/org/0001_initial.sql"),
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
        method: "createOrg",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "profile",
        method: "getOrg",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "settings",
        method: "getSettings",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "profile",
        method: "updateOrg",
        params: &[],
    },
    runtime::Route {
        verb: "DELETE",
        path: "profile",
        method: "deleteOrg",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "invitations",
        method: "inviteMember",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "invitations/accept",
        method: "acceptInvite",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "invitations",
        method: "listInvitations",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "invitations/{invitationId}/revoke",
        method: "revokeInvitation",
        params: &[
            runtime::RouteParam {
                name: "invitationId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "members/{memberId}",
        method: "getMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "members",
        method: "listMembers",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "role",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "members/{memberId}",
        method: "updateMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "members/{memberId}/suspend",
        method: "suspendMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "members/{memberId}/reactivate",
        method: "reactivateMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "members/{memberId}",
        method: "removeMember",
        params: &[
            runtime::RouteParam {
                name: "memberId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "members/by-user/{userId}/permissions/{permission}",
        method: "hasPermission",
        params: &[
            runtime::RouteParam {
                name: "userId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "permission",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "roles",
        method: "createRole",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "roles/{slug}",
        method: "getRole",
        params: &[
            runtime::RouteParam {
                name: "slug",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "roles",
        method: "listRoles",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "roles/{slug}",
        method: "updateRole",
        params: &[
            runtime::RouteParam {
                name: "slug",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "roles/{slug}",
        method: "deleteRole",
        params: &[
            runtime::RouteParam {
                name: "slug",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "sso",
        method: "configureSso",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "sso/{connectionId}",
        method: "getSsoConnection",
        params: &[
            runtime::RouteParam {
                name: "connectionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "sso",
        method: "listSsoConnections",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "sso/{connectionId}/activate",
        method: "activateSso",
        params: &[
            runtime::RouteParam {
                name: "connectionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "sso/{connectionId}/deactivate",
        method: "deactivateSso",
        params: &[
            runtime::RouteParam {
                name: "connectionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "sso/{connectionId}",
        method: "deleteSsoConnection",
        params: &[
            runtime::RouteParam {
                name: "connectionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "sso/route",
        method: "getSsoByDomain",
        params: &[
            runtime::RouteParam {
                name: "email",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "sso/{connectionId}/verify",
        method: "verifyOidcToken",
        params: &[
            runtime::RouteParam {
                name: "connectionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "subscription",
        method: "getSubscription",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "subscription",
        method: "updateSubscription",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "subscription/can-add-seat",
        method: "canAddSeat",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "subscription/usage",
        method: "getPlanUsage",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "audit-logs/search",
        method: "getAuditLogs",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "audit-logs",
        method: "createAuditEvent",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "api-keys",
        method: "createApiKey",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "api-keys/validate",
        method: "validateApiKey",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "api-keys",
        method: "listApiKeys",
        params: &[
            runtime::RouteParam {
                name: "includeRevoked",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "api-keys/{apiKeyId}/revoke",
        method: "revokeApiKey",
        params: &[
            runtime::RouteParam {
                name: "apiKeyId",
                kind: runtime::ParamKind::Text,
            },
        ],
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
            name: "createOrg",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getOrg",
            permission: "org:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getSettings",
            permission: "org:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateOrg",
            permission: "org:admin",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteOrg",
            permission: "org:delete",
            writes: true,
        },
        runtime::MethodInfo {
            name: "inviteMember",
            permission: "members:invite",
            writes: true,
        },
        runtime::MethodInfo {
            name: "acceptInvite",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listInvitations",
            permission: "members:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "revokeInvitation",
            permission: "members:invite",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMember",
            permission: "members:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listMembers",
            permission: "members:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateMember",
            permission: "members:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "suspendMember",
            permission: "members:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "reactivateMember",
            permission: "members:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "removeMember",
            permission: "members:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "hasPermission",
            permission: "members:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createRole",
            permission: "roles:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getRole",
            permission: "roles:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listRoles",
            permission: "roles:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateRole",
            permission: "roles:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteRole",
            permission: "roles:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "configureSso",
            permission: "sso:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getSsoConnection",
            permission: "sso:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listSsoConnections",
            permission: "sso:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "activateSso",
            permission: "sso:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deactivateSso",
            permission: "sso:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteSsoConnection",
            permission: "sso:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getSsoByDomain",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "verifyOidcToken",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getSubscription",
            permission: "billing:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateSubscription",
            permission: "billing:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "canAddSeat",
            permission: "members:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getPlanUsage",
            permission: "billing:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getAuditLogs",
            permission: "audit:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "createAuditEvent",
            permission: "audit:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createApiKey",
            permission: "api_keys:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "validateApiKey",
            permission: "api_keys:validate",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listApiKeys",
            permission: "api_keys:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "revokeApiKey",
            permission: "api_keys:write",
            writes: true,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `org` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `org` spec",
    note = "implement `Methods` of the `org` module for `{Self}`, with one async fn for each of: `create_org`, `get_org`, `get_settings`, `update_org`, `delete_org`, `invite_member`, `accept_invite`, `list_invitations`, `revoke_invitation`, `get_member`, `list_members`, `update_member`, `suspend_member`, `reactivate_member`, `remove_member`, `has_permission`, `create_role`, `get_role`, `list_roles`, `update_role`, `delete_role`, `configure_sso`, `get_sso_connection`, `list_sso_connections`, `activate_sso`, `deactivate_sso`, `delete_sso_connection`, `get_sso_by_domain`, `verify_oidc_token`, `get_subscription`, `update_subscription`, `can_add_seat`, `get_plan_usage`, `get_audit_logs`, `create_audit_event`, `create_api_key`, `validate_api_key`, `list_api_keys`, `revoke_api_key`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Creates the organization with the roles owner, admin and member, and makes the given user its owner.
    ///
    /// Permission: `public`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`, `UNAUTHENTICATED`.
    async fn create_org(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateOrgParams,
    ) -> runtime::Result<Profile>;
    /// Permission: `org:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    async fn get_org(&self, ctx: &runtime::CallContext<'_>) -> runtime::Result<Profile>;
    /// Permission: `org:read`. Route: `GET /settings`. Errors: `NOT_FOUND`.
    async fn get_settings(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<OrgSettings>;
    /// Permission: `org:admin`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    async fn update_org(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateOrgParams,
    ) -> runtime::Result<Profile>;
    /// Marks the organization deleted, revokes every API key and pending invitation, and deactivates every member.
    ///
    /// Permission: `org:delete`. Route: `DELETE /profile`. Errors: `NOT_FOUND`.
    async fn delete_org(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Profile>;
    /// Permission: `members:invite`. Route: `POST /invitations`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `SEAT_LIMIT_REACHED`, `ALREADY_MEMBER`, `DOMAIN_NOT_ALLOWED`.
    async fn invite_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: InviteMemberParams,
    ) -> runtime::Result<NewInvitation>;
    /// Accepts an invitation by its token for the calling principal, which becomes an active member.
    ///
    /// Permission: `public`. Route: `POST /invitations/accept`. Errors: `UNAUTHENTICATED`, `NOT_FOUND`, `INVITATION_EXPIRED`, `INVITATION_NOT_PENDING`, `ALREADY_MEMBER`.
    async fn accept_invite(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AcceptInviteParams,
    ) -> runtime::Result<Member>;
    /// Permission: `members:read`. Route: `GET /invitations`.
    async fn list_invitations(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListInvitationsParams,
    ) -> runtime::Result<Vec<Invitation>>;
    /// Permission: `members:invite`. Route: `POST /invitations/{invitation_id}/revoke`. Errors: `NOT_FOUND`, `INVITATION_NOT_PENDING`.
    async fn revoke_invitation(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RevokeInvitationParams,
    ) -> runtime::Result<Invitation>;
    /// Permission: `members:read`. Route: `GET /members/{member_id}`. Errors: `NOT_FOUND`.
    async fn get_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMemberParams,
    ) -> runtime::Result<Member>;
    /// Permission: `members:read`. Route: `GET /members`.
    async fn list_members(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListMembersParams,
    ) -> runtime::Result<Vec<Member>>;
    /// Changes a member's name or role; demoting the last active owner raises LAST_OWNER.
    ///
    /// Permission: `members:write`. Route: `PATCH /members/{member_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `LAST_OWNER`.
    async fn update_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateMemberParams,
    ) -> runtime::Result<Member>;
    /// Permission: `members:write`. Route: `POST /members/{member_id}/suspend`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `LAST_OWNER`.
    async fn suspend_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SuspendMemberParams,
    ) -> runtime::Result<Member>;
    /// Permission: `members:write`. Route: `POST /members/{member_id}/reactivate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `SEAT_LIMIT_REACHED`.
    async fn reactivate_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ReactivateMemberParams,
    ) -> runtime::Result<Member>;
    /// Deactivates a member; the row stays for the audit trail.
    ///
    /// Permission: `members:write`. Route: `DELETE /members/{member_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `LAST_OWNER`.
    async fn remove_member(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RemoveMemberParams,
    ) -> runtime::Result<Member>;
    /// Whether the member's role grants the permission key, matching whole segments.
    ///
    /// Permission: `members:read`. Route: `GET /members/by-user/{user_id}/permissions/{permission}`.
    async fn has_permission(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: HasPermissionParams,
    ) -> runtime::Result<bool>;
    /// Permission: `roles:write`. Route: `POST /roles`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    async fn create_role(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateRoleParams,
    ) -> runtime::Result<Role>;
    /// Permission: `roles:read`. Route: `GET /roles/{slug}`. Errors: `NOT_FOUND`.
    async fn get_role(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetRoleParams,
    ) -> runtime::Result<Role>;
    /// Permission: `roles:read`. Route: `GET /roles`.
    async fn list_roles(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Role>>;
    /// Permission: `roles:write`. Route: `PATCH /roles/{slug}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `SYSTEM_ROLE`.
    async fn update_role(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateRoleParams,
    ) -> runtime::Result<Role>;
    /// Permission: `roles:write`. Route: `DELETE /roles/{slug}`. Errors: `NOT_FOUND`, `SYSTEM_ROLE`, `ROLE_IN_USE`.
    async fn delete_role(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteRoleParams,
    ) -> runtime::Result<()>;
    /// Adds an SSO connection in `draft`; it routes no domain until activated.
    ///
    /// Permission: `sso:write`. Route: `POST /sso`. Errors: `VALIDATION_ERROR`, `SSO_DOMAIN_TAKEN`.
    async fn configure_sso(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ConfigureSsoParams,
    ) -> runtime::Result<SsoConnectionView>;
    /// Permission: `sso:read`. Route: `GET /sso/{connection_id}`. Errors: `NOT_FOUND`.
    async fn get_sso_connection(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSsoConnectionParams,
    ) -> runtime::Result<SsoConnectionView>;
    /// Permission: `sso:read`. Route: `GET /sso`.
    async fn list_sso_connections(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<SsoConnectionView>>;
    /// Permission: `sso:write`. Route: `POST /sso/{connection_id}/activate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn activate_sso(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ActivateSsoParams,
    ) -> runtime::Result<SsoConnectionView>;
    /// Permission: `sso:write`. Route: `POST /sso/{connection_id}/deactivate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn deactivate_sso(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeactivateSsoParams,
    ) -> runtime::Result<SsoConnectionView>;
    /// Permission: `sso:write`. Route: `DELETE /sso/{connection_id}`. Errors: `NOT_FOUND`.
    async fn delete_sso_connection(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteSsoConnectionParams,
    ) -> runtime::Result<()>;
    /// The active connection that serves an email address's domain, or null. Sign-in pages call it before the user is known.
    ///
    /// Permission: `public`. Route: `GET /sso/route`. Errors: `VALIDATION_ERROR`.
    async fn get_sso_by_domain(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSsoByDomainParams,
    ) -> runtime::Result<Option<SsoRoute>>;
    /// Verifies an ID token from an OIDC connection against the provider's keys, issuer, audience (the client id) and expiry.
    ///
    /// Permission: `public`. Route: `POST /sso/{connection_id}/verify`. Errors: `NOT_FOUND`, `INVALID_TOKEN`, `SERVICE_UNAVAILABLE`.
    async fn verify_oidc_token(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: VerifyOidcTokenParams,
    ) -> runtime::Result<OidcClaims>;
    /// Permission: `billing:read`. Route: `GET /subscription`.
    async fn get_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Subscription>;
    /// Changes the plan or seats; seats cannot drop below the seats in use.
    ///
    /// Permission: `billing:write`. Route: `PATCH /subscription`. Errors: `VALIDATION_ERROR`, `SEAT_LIMIT_REACHED`.
    async fn update_subscription(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateSubscriptionParams,
    ) -> runtime::Result<Subscription>;
    /// Permission: `members:read`. Route: `GET /subscription/can-add-seat`.
    async fn can_add_seat(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<bool>;
    /// Permission: `billing:read`. Route: `GET /subscription/usage`.
    async fn get_plan_usage(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<PlanUsage>;
    /// Permission: `audit:read`. Route: `POST /audit-logs/search`. Errors: `VALIDATION_ERROR`.
    async fn get_audit_logs(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetAuditLogsParams,
    ) -> runtime::Result<Vec<AuditEvent>>;
    /// Permission: `audit:write`. Route: `POST /audit-logs`. Errors: `VALIDATION_ERROR`.
    async fn create_audit_event(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateAuditEventParams,
    ) -> runtime::Result<AuditEvent>;
    /// Permission: `api_keys:write`. Route: `POST /api-keys`. Errors: `VALIDATION_ERROR`, `FORBIDDEN`.
    async fn create_api_key(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreateApiKeyParams,
    ) -> runtime::Result<NewApiKey>;
    /// Checks a key secret; records its use when valid.
    ///
    /// Permission: `api_keys:validate`. Route: `POST /api-keys/validate`.
    async fn validate_api_key(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ValidateApiKeyParams,
    ) -> runtime::Result<ApiKeyValidation>;
    /// Permission: `api_keys:read`. Route: `GET /api-keys`.
    async fn list_api_keys(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListApiKeysParams,
    ) -> runtime::Result<Vec<ApiKeyView>>;
    /// Permission: `api_keys:write`. Route: `POST /api-keys/{api_key_id}/revoke`. Errors: `NOT_FOUND`, `CONFLICT`.
    async fn revoke_api_key(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RevokeApiKeyParams,
    ) -> runtime::Result<ApiKeyView>;
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
        "createOrg" => {
            let params: CreateOrgParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_org(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getOrg" => {
            let GetOrgParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_org(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "getSettings" => {
            let GetSettingsParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_settings(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateOrg" => {
            let params: UpdateOrgParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_org(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteOrg" => {
            let DeleteOrgParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.delete_org(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "inviteMember" => {
            let params: InviteMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.invite_member(ctx, params).await?;
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
        "listInvitations" => {
            let params: ListInvitationsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_invitations(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "revokeInvitation" => {
            let params: RevokeInvitationParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.revoke_invitation(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMember" => {
            let params: GetMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listMembers" => {
            let params: ListMembersParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_members(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateMember" => {
            let params: UpdateMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "suspendMember" => {
            let params: SuspendMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.suspend_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "reactivateMember" => {
            let params: ReactivateMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.reactivate_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "removeMember" => {
            let params: RemoveMemberParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.remove_member(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "hasPermission" => {
            let params: HasPermissionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.has_permission(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createRole" => {
            let params: CreateRoleParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_role(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getRole" => {
            let params: GetRoleParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_role(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listRoles" => {
            let ListRolesParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_roles(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateRole" => {
            let params: UpdateRoleParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_role(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteRole" => {
            let params: DeleteRoleParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            object.delete_role(ctx, params).await?;
            Ok(serde_json::Value::Null)
        }
        "configureSso" => {
            let params: ConfigureSsoParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.configure_sso(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSsoConnection" => {
            let params: GetSsoConnectionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_sso_connection(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listSsoConnections" => {
            let ListSsoConnectionsParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_sso_connections(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "activateSso" => {
            let params: ActivateSsoParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.activate_sso(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deactivateSso" => {
            let params: DeactivateSsoParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.deactivate_sso(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteSsoConnection" => {
            let params: DeleteSsoConnectionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            object.delete_sso_connection(ctx, params).await?;
            Ok(serde_json::Value::Null)
        }
        "getSsoByDomain" => {
            let params: GetSsoByDomainParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_sso_by_domain(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "verifyOidcToken" => {
            let params: VerifyOidcTokenParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.verify_oidc_token(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSubscription" => {
            let GetSubscriptionParams {} = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_subscription(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateSubscription" => {
            let params: UpdateSubscriptionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_subscription(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "canAddSeat" => {
            let CanAddSeatParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.can_add_seat(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "getPlanUsage" => {
            let GetPlanUsageParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_plan_usage(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "getAuditLogs" => {
            let params: GetAuditLogsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_audit_logs(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createAuditEvent" => {
            let params: CreateAuditEventParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_audit_event(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createApiKey" => {
            let params: CreateApiKeyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_api_key(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "validateApiKey" => {
            let params: ValidateApiKeyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.validate_api_key(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listApiKeys" => {
            let params: ListApiKeysParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_api_keys(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "revokeApiKey" => {
            let params: RevokeApiKeyParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.revoke_api_key(ctx, params).await?;
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
    /// Creates the organization with the roles owner, admin and member, and makes the given user its owner.
    ///
    /// Permission: `public`. Route: `POST /profile`. Errors: `CONFLICT`, `VALIDATION_ERROR`, `UNAUTHENTICATED`.
    pub async fn create_org(&self, params: CreateOrgParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("createOrg", params).await
    }
    /// Permission: `org:read`. Route: `GET /profile`. Errors: `NOT_FOUND`.
    pub async fn get_org(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("getOrg", GetOrgParams {}).await
    }
    /// Permission: `org:read`. Route: `GET /settings`. Errors: `NOT_FOUND`.
    pub async fn get_settings(&self) -> runtime::Result<OrgSettings> {
        self.stub.call_as::<OrgSettings>("getSettings", GetSettingsParams {}).await
    }
    /// Permission: `org:admin`. Route: `PATCH /profile`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`.
    pub async fn update_org(&self, params: UpdateOrgParams) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("updateOrg", params).await
    }
    /// Marks the organization deleted, revokes every API key and pending invitation, and deactivates every member.
    ///
    /// Permission: `org:delete`. Route: `DELETE /profile`. Errors: `NOT_FOUND`.
    pub async fn delete_org(&self) -> runtime::Result<Profile> {
        self.stub.call_as::<Profile>("deleteOrg", DeleteOrgParams {}).await
    }
    /// Permission: `members:invite`. Route: `POST /invitations`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `SEAT_LIMIT_REACHED`, `ALREADY_MEMBER`, `DOMAIN_NOT_ALLOWED`.
    pub async fn invite_member(
        &self,
        params: InviteMemberParams,
    ) -> runtime::Result<NewInvitation> {
        self.stub.call_as::<NewInvitation>("inviteMember", params).await
    }
    /// Accepts an invitation by its token for the calling principal, which becomes an active member.
    ///
    /// Permission: `public`. Route: `POST /invitations/accept`. Errors: `UNAUTHENTICATED`, `NOT_FOUND`, `INVITATION_EXPIRED`, `INVITATION_NOT_PENDING`, `ALREADY_MEMBER`.
    pub async fn accept_invite(
        &self,
        params: AcceptInviteParams,
    ) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("acceptInvite", params).await
    }
    /// Permission: `members:read`. Route: `GET /invitations`.
    pub async fn list_invitations(
        &self,
        params: ListInvitationsParams,
    ) -> runtime::Result<Vec<Invitation>> {
        self.stub.call_as::<Vec<Invitation>>("listInvitations", params).await
    }
    /// Permission: `members:invite`. Route: `POST /invitations/{invitation_id}/revoke`. Errors: `NOT_FOUND`, `INVITATION_NOT_PENDING`.
    pub async fn revoke_invitation(
        &self,
        params: RevokeInvitationParams,
    ) -> runtime::Result<Invitation> {
        self.stub.call_as::<Invitation>("revokeInvitation", params).await
    }
    /// Permission: `members:read`. Route: `GET /members/{member_id}`. Errors: `NOT_FOUND`.
    pub async fn get_member(&self, params: GetMemberParams) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("getMember", params).await
    }
    /// Permission: `members:read`. Route: `GET /members`.
    pub async fn list_members(
        &self,
        params: ListMembersParams,
    ) -> runtime::Result<Vec<Member>> {
        self.stub.call_as::<Vec<Member>>("listMembers", params).await
    }
    /// Changes a member's name or role; demoting the last active owner raises LAST_OWNER.
    ///
    /// Permission: `members:write`. Route: `PATCH /members/{member_id}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `LAST_OWNER`.
    pub async fn update_member(
        &self,
        params: UpdateMemberParams,
    ) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("updateMember", params).await
    }
    /// Permission: `members:write`. Route: `POST /members/{member_id}/suspend`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `LAST_OWNER`.
    pub async fn suspend_member(
        &self,
        params: SuspendMemberParams,
    ) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("suspendMember", params).await
    }
    /// Permission: `members:write`. Route: `POST /members/{member_id}/reactivate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `SEAT_LIMIT_REACHED`.
    pub async fn reactivate_member(
        &self,
        params: ReactivateMemberParams,
    ) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("reactivateMember", params).await
    }
    /// Deactivates a member; the row stays for the audit trail.
    ///
    /// Permission: `members:write`. Route: `DELETE /members/{member_id}`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`, `LAST_OWNER`.
    pub async fn remove_member(
        &self,
        params: RemoveMemberParams,
    ) -> runtime::Result<Member> {
        self.stub.call_as::<Member>("removeMember", params).await
    }
    /// Whether the member's role grants the permission key, matching whole segments.
    ///
    /// Permission: `members:read`. Route: `GET /members/by-user/{user_id}/permissions/{permission}`.
    pub async fn has_permission(
        &self,
        params: HasPermissionParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("hasPermission", params).await
    }
    /// Permission: `roles:write`. Route: `POST /roles`. Errors: `CONFLICT`, `VALIDATION_ERROR`.
    pub async fn create_role(&self, params: CreateRoleParams) -> runtime::Result<Role> {
        self.stub.call_as::<Role>("createRole", params).await
    }
    /// Permission: `roles:read`. Route: `GET /roles/{slug}`. Errors: `NOT_FOUND`.
    pub async fn get_role(&self, params: GetRoleParams) -> runtime::Result<Role> {
        self.stub.call_as::<Role>("getRole", params).await
    }
    /// Permission: `roles:read`. Route: `GET /roles`.
    pub async fn list_roles(&self) -> runtime::Result<Vec<Role>> {
        self.stub.call_as::<Vec<Role>>("listRoles", ListRolesParams {}).await
    }
    /// Permission: `roles:write`. Route: `PATCH /roles/{slug}`. Errors: `NOT_FOUND`, `VALIDATION_ERROR`, `SYSTEM_ROLE`.
    pub async fn update_role(&self, params: UpdateRoleParams) -> runtime::Result<Role> {
        self.stub.call_as::<Role>("updateRole", params).await
    }
    /// Permission: `roles:write`. Route: `DELETE /roles/{slug}`. Errors: `NOT_FOUND`, `SYSTEM_ROLE`, `ROLE_IN_USE`.
    pub async fn delete_role(&self, params: DeleteRoleParams) -> runtime::Result<()> {
        self.stub.call_as::<()>("deleteRole", params).await
    }
    /// Adds an SSO connection in `draft`; it routes no domain until activated.
    ///
    /// Permission: `sso:write`. Route: `POST /sso`. Errors: `VALIDATION_ERROR`, `SSO_DOMAIN_TAKEN`.
    pub async fn configure_sso(
        &self,
        params: ConfigureSsoParams,
    ) -> runtime::Result<SsoConnectionView> {
        self.stub.call_as::<SsoConnectionView>("configureSso", params).await
    }
    /// Permission: `sso:read`. Route: `GET /sso/{connection_id}`. Errors: `NOT_FOUND`.
    pub async fn get_sso_connection(
        &self,
        params: GetSsoConnectionParams,
    ) -> runtime::Result<SsoConnectionView> {
        self.stub.call_as::<SsoConnectionView>("getSsoConnection", params).await
    }
    /// Permission: `sso:read`. Route: `GET /sso`.
    pub async fn list_sso_connections(&self) -> runtime::Result<Vec<SsoConnectionView>> {
        self.stub
            .call_as::<
                Vec<SsoConnectionView>,
            >("listSsoConnections", ListSsoConnectionsParams {})
            .await
    }
    /// Permission: `sso:write`. Route: `POST /sso/{connection_id}/activate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn activate_sso(
        &self,
        params: ActivateSsoParams,
    ) -> runtime::Result<SsoConnectionView> {
        self.stub.call_as::<SsoConnectionView>("activateSso", params).await
    }
    /// Permission: `sso:write`. Route: `POST /sso/{connection_id}/deactivate`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn deactivate_sso(
        &self,
        params: DeactivateSsoParams,
    ) -> runtime::Result<SsoConnectionView> {
        self.stub.call_as::<SsoConnectionView>("deactivateSso", params).await
    }
    /// Permission: `sso:write`. Route: `DELETE /sso/{connection_id}`. Errors: `NOT_FOUND`.
    pub async fn delete_sso_connection(
        &self,
        params: DeleteSsoConnectionParams,
    ) -> runtime::Result<()> {
        self.stub.call_as::<()>("deleteSsoConnection", params).await
    }
    /// The active connection that serves an email address's domain, or null. Sign-in pages call it before the user is known.
    ///
    /// Permission: `public`. Route: `GET /sso/route`. Errors: `VALIDATION_ERROR`.
    pub async fn get_sso_by_domain(
        &self,
        params: GetSsoByDomainParams,
    ) -> runtime::Result<Option<SsoRoute>> {
        self.stub.call_as::<Option<SsoRoute>>("getSsoByDomain", params).await
    }
    /// Verifies an ID token from an OIDC connection against the provider's keys, issuer, audience (the client id) and expiry.
    ///
    /// Permission: `public`. Route: `POST /sso/{connection_id}/verify`. Errors: `NOT_FOUND`, `INVALID_TOKEN`, `SERVICE_UNAVAILABLE`.
    pub async fn verify_oidc_token(
        &self,
        params: VerifyOidcTokenParams,
    ) -> runtime::Result<OidcClaims> {
        self.stub.call_as::<OidcClaims>("verifyOidcToken", params).await
    }
    /// Permission: `billing:read`. Route: `GET /subscription`.
    pub async fn get_subscription(&self) -> runtime::Result<Subscription> {
        self.stub
            .call_as::<Subscription>("getSubscription", GetSubscriptionParams {})
            .await
    }
    /// Changes the plan or seats; seats cannot drop below the seats in use.
    ///
    /// Permission: `billing:write`. Route: `PATCH /subscription`. Errors: `VALIDATION_ERROR`, `SEAT_LIMIT_REACHED`.
    pub async fn update_subscription(
        &self,
        params: UpdateSubscriptionParams,
    ) -> runtime::Result<Subscription> {
        self.stub.call_as::<Subscription>("updateSubscription", params).await
    }
    /// Permission: `members:read`. Route: `GET /subscription/can-add-seat`.
    pub async fn can_add_seat(&self) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("canAddSeat", CanAddSeatParams {}).await
    }
    /// Permission: `billing:read`. Route: `GET /subscription/usage`.
    pub async fn get_plan_usage(&self) -> runtime::Result<PlanUsage> {
        self.stub.call_as::<PlanUsage>("getPlanUsage", GetPlanUsageParams {}).await
    }
    /// Permission: `audit:read`. Route: `POST /audit-logs/search`. Errors: `VALIDATION_ERROR`.
    pub async fn get_audit_logs(
        &self,
        params: GetAuditLogsParams,
    ) -> runtime::Result<Vec<AuditEvent>> {
        self.stub.call_as::<Vec<AuditEvent>>("getAuditLogs", params).await
    }
    /// Permission: `audit:write`. Route: `POST /audit-logs`. Errors: `VALIDATION_ERROR`.
    pub async fn create_audit_event(
        &self,
        params: CreateAuditEventParams,
    ) -> runtime::Result<AuditEvent> {
        self.stub.call_as::<AuditEvent>("createAuditEvent", params).await
    }
    /// Permission: `api_keys:write`. Route: `POST /api-keys`. Errors: `VALIDATION_ERROR`, `FORBIDDEN`.
    pub async fn create_api_key(
        &self,
        params: CreateApiKeyParams,
    ) -> runtime::Result<NewApiKey> {
        self.stub.call_as::<NewApiKey>("createApiKey", params).await
    }
    /// Checks a key secret; records its use when valid.
    ///
    /// Permission: `api_keys:validate`. Route: `POST /api-keys/validate`.
    pub async fn validate_api_key(
        &self,
        params: ValidateApiKeyParams,
    ) -> runtime::Result<ApiKeyValidation> {
        self.stub.call_as::<ApiKeyValidation>("validateApiKey", params).await
    }
    /// Permission: `api_keys:read`. Route: `GET /api-keys`.
    pub async fn list_api_keys(
        &self,
        params: ListApiKeysParams,
    ) -> runtime::Result<Vec<ApiKeyView>> {
        self.stub.call_as::<Vec<ApiKeyView>>("listApiKeys", params).await
    }
    /// Permission: `api_keys:write`. Route: `POST /api-keys/{api_key_id}/revoke`. Errors: `NOT_FOUND`, `CONFLICT`.
    pub async fn revoke_api_key(
        &self,
        params: RevokeApiKeyParams,
    ) -> runtime::Result<ApiKeyView> {
        self.stub.call_as::<ApiKeyView>("revokeApiKey", params).await
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
            logo_url: row.get("logo_url")?,
            status: row.get("status")?,
            allow_email_signup: row.get("allow_email_signup")?,
            require_sso: row.get("require_sso")?,
            default_role: row.get("default_role")?,
            allowed_domains: row.get("allowed_domains")?,
            metadata: row.get("metadata")?,
            deleted_at: row.get("deleted_at")?,
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"logo_url\", \"status\", \"allow_email_signup\", \"require_sso\", \"default_role\", \"allowed_domains\", \"metadata\", \"deleted_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.allow_email_signup),
                    runtime::ToSql::to_sql(&row.require_sso),
                    runtime::ToSql::to_sql(&row.default_role),
                    runtime::ToSql::to_sql(&row.allowed_domains),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.deleted_at),
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
                "INSERT INTO \"profile\" (\"id\", \"name\", \"slug\", \"logo_url\", \"status\", \"allow_email_signup\", \"require_sso\", \"default_role\", \"allowed_domains\", \"metadata\", \"deleted_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"slug\" = excluded.\"slug\", \"logo_url\" = excluded.\"logo_url\", \"status\" = excluded.\"status\", \"allow_email_signup\" = excluded.\"allow_email_signup\", \"require_sso\" = excluded.\"require_sso\", \"default_role\" = excluded.\"default_role\", \"allowed_domains\" = excluded.\"allowed_domains\", \"metadata\" = excluded.\"metadata\", \"deleted_at\" = excluded.\"deleted_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.allow_email_signup),
                    runtime::ToSql::to_sql(&row.require_sso),
                    runtime::ToSql::to_sql(&row.default_role),
                    runtime::ToSql::to_sql(&row.allowed_domains),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.deleted_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"logo_url\", \"status\", \"allow_email_signup\", \"require_sso\", \"default_role\", \"allowed_domains\", \"metadata\", \"deleted_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" = ?1",
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
                "UPDATE \"profile\" SET \"name\" = ?1, \"slug\" = ?2, \"logo_url\" = ?3, \"status\" = ?4, \"allow_email_signup\" = ?5, \"require_sso\" = ?6, \"default_role\" = ?7, \"allowed_domains\" = ?8, \"metadata\" = ?9, \"deleted_at\" = ?10, \"created_at\" = ?11, \"updated_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.logo_url),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.allow_email_signup),
                    runtime::ToSql::to_sql(&row.require_sso),
                    runtime::ToSql::to_sql(&row.default_role),
                    runtime::ToSql::to_sql(&row.allowed_domains),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.deleted_at),
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
                "SELECT \"id\", \"name\", \"slug\", \"logo_url\", \"status\", \"allow_email_signup\", \"require_sso\", \"default_role\", \"allowed_domains\", \"metadata\", \"deleted_at\", \"created_at\", \"updated_at\" FROM \"profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"slug\", \"logo_url\", \"status\", \"allow_email_signup\", \"require_sso\", \"default_role\", \"allowed_domains\", \"metadata\", \"deleted_at\", \"created_at\", \"updated_at\" FROM \"profile\" ORDER BY \"id\" LIMIT ?1"
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

impl Role {
    /// Reads a row of `roles` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            slug: row.get("slug")?,
            name: row.get("name")?,
            description: row.get("description")?,
            permissions: row.get("permissions")?,
            is_system: row.get("is_system")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.slug)])
    }
    /// Returns the accessor of the `roles` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> RoleTable<'_> {
        RoleTable { sql }
    }
}

/// Typed access to the `roles` table, inside the transaction of the current call.
pub struct RoleTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl RoleTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Role) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"roles\" (\"slug\", \"name\", \"description\", \"permissions\", \"is_system\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                &[
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.is_system),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Role) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"roles\" (\"slug\", \"name\", \"description\", \"permissions\", \"is_system\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (\"slug\") DO UPDATE SET \"name\" = excluded.\"name\", \"description\" = excluded.\"description\", \"permissions\" = excluded.\"permissions\", \"is_system\" = excluded.\"is_system\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.is_system),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, slug: &str) -> runtime::Result<Option<Role>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"slug\", \"name\", \"description\", \"permissions\", \"is_system\", \"created_at\", \"updated_at\" FROM \"roles\" WHERE \"slug\" = ?1",
                &[runtime::ToSql::to_sql(&slug)],
            )?;
        found.as_ref().map(Role::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Role) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"roles\" SET \"name\" = ?1, \"description\" = ?2, \"permissions\" = ?3, \"is_system\" = ?4, \"created_at\" = ?5, \"updated_at\" = ?6 WHERE \"slug\" = ?7",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.is_system),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.slug),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, slug: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"roles\" WHERE \"slug\" = ?1",
                &[runtime::ToSql::to_sql(&slug)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `roles` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Role>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Role::TABLE, 1)?);
                "SELECT \"slug\", \"name\", \"description\", \"permissions\", \"is_system\", \"created_at\", \"updated_at\" FROM \"roles\" WHERE \"slug\" > ?1 ORDER BY \"slug\" LIMIT ?2"
            }
            None => {
                "SELECT \"slug\", \"name\", \"description\", \"permissions\", \"is_system\", \"created_at\", \"updated_at\" FROM \"roles\" ORDER BY \"slug\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Role::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Role::TABLE, Role::primary_key))
    }
}

impl Member {
    /// Reads a row of `members` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            user_id: row.get("user_id")?,
            email: row.get("email")?,
            name: row.get("name")?,
            role: row.get("role")?,
            status: row.get("status")?,
            invited_by: row.get("invited_by")?,
            joined_at: row.get("joined_at")?,
            suspended_at: row.get("suspended_at")?,
            deactivated_at: row.get("deactivated_at")?,
            last_active_at: row.get("last_active_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `members` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MemberTable<'_> {
        MemberTable { sql }
    }
}

/// Typed access to the `members` table, inside the transaction of the current call.
pub struct MemberTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MemberTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Member) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"members\" (\"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.suspended_at),
                    runtime::ToSql::to_sql(&row.deactivated_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Member) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"members\" (\"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"user_id\" = excluded.\"user_id\", \"email\" = excluded.\"email\", \"name\" = excluded.\"name\", \"role\" = excluded.\"role\", \"status\" = excluded.\"status\", \"invited_by\" = excluded.\"invited_by\", \"joined_at\" = excluded.\"joined_at\", \"suspended_at\" = excluded.\"suspended_at\", \"deactivated_at\" = excluded.\"deactivated_at\", \"last_active_at\" = excluded.\"last_active_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.suspended_at),
                    runtime::ToSql::to_sql(&row.deactivated_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Member>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Member::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Member) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"members\" SET \"user_id\" = ?1, \"email\" = ?2, \"name\" = ?3, \"role\" = ?4, \"status\" = ?5, \"invited_by\" = ?6, \"joined_at\" = ?7, \"suspended_at\" = ?8, \"deactivated_at\" = ?9, \"last_active_at\" = ?10, \"created_at\" = ?11, \"updated_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.user_id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.joined_at),
                    runtime::ToSql::to_sql(&row.suspended_at),
                    runtime::ToSql::to_sql(&row.deactivated_at),
                    runtime::ToSql::to_sql(&row.last_active_at),
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
                "DELETE FROM \"members\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `members` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Member>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Member::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Member::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Member::TABLE, Member::primary_key))
    }
    /// Lists the rows whose `status` equals the given value, in primary-key order.
    /// The filter uses the index `members_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status(
        &self,
        status: MemberStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Member>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&status)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Member::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"status\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"status\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Member::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Member::TABLE, Member::primary_key))
    }
    /// Lists the rows whose `role` equals the given value, in primary-key order.
    /// The filter uses the index `members_role_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_role(
        &self,
        role: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Member>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&role)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Member::TABLE, 1)?);
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"role\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"user_id\", \"email\", \"name\", \"role\", \"status\", \"invited_by\", \"joined_at\", \"suspended_at\", \"deactivated_at\", \"last_active_at\", \"created_at\", \"updated_at\" FROM \"members\" WHERE \"role\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Member::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Member::TABLE, Member::primary_key))
    }
}

impl Invitation {
    /// Reads a row of `invitations` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            email: row.get("email")?,
            role: row.get("role")?,
            member_id: row.get("member_id")?,
            token_hash: row.get("token_hash")?,
            status: row.get("status")?,
            invited_by: row.get("invited_by")?,
            expires_at: row.get("expires_at")?,
            accepted_at: row.get("accepted_at")?,
            revoked_at: row.get("revoked_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `invitations` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> InvitationTable<'_> {
        InvitationTable { sql }
    }
}

/// Typed access to the `invitations` table, inside the transaction of the current call.
pub struct InvitationTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl InvitationTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Invitation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invitations\" (\"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.member_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.accepted_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Invitation) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"invitations\" (\"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"id\") DO UPDATE SET \"email\" = excluded.\"email\", \"role\" = excluded.\"role\", \"member_id\" = excluded.\"member_id\", \"token_hash\" = excluded.\"token_hash\", \"status\" = excluded.\"status\", \"invited_by\" = excluded.\"invited_by\", \"expires_at\" = excluded.\"expires_at\", \"accepted_at\" = excluded.\"accepted_at\", \"revoked_at\" = excluded.\"revoked_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.member_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.accepted_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Invitation>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Invitation::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Invitation) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"invitations\" SET \"email\" = ?1, \"role\" = ?2, \"member_id\" = ?3, \"token_hash\" = ?4, \"status\" = ?5, \"invited_by\" = ?6, \"expires_at\" = ?7, \"accepted_at\" = ?8, \"revoked_at\" = ?9, \"created_at\" = ?10 WHERE \"id\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.role),
                    runtime::ToSql::to_sql(&row.member_id),
                    runtime::ToSql::to_sql(&row.token_hash),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.invited_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.accepted_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
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
                "DELETE FROM \"invitations\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `invitations` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invitation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invitation::TABLE, 1)?);
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invitation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invitation::TABLE,
                Invitation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `email` and `status` equal the given values, in primary-key order.
    /// The filter uses the index `invitations_email_status_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_email_status(
        &self,
        email: &str,
        status: InvitationStatus,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invitation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&email),
            runtime::ToSql::to_sql(&status),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invitation::TABLE, 1)?);
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"email\" = ?1 AND \"status\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"email\" = ?1 AND \"status\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invitation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invitation::TABLE,
                Invitation::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` and `expires_at` equal the given values, in primary-key order.
    /// The filter uses the index `invitations_status_expires_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_expires_at(
        &self,
        status: InvitationStatus,
        expires_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Invitation>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&expires_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Invitation::TABLE, 1)?);
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"status\" = ?1 AND \"expires_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"email\", \"role\", \"member_id\", \"token_hash\", \"status\", \"invited_by\", \"expires_at\", \"accepted_at\", \"revoked_at\", \"created_at\" FROM \"invitations\" WHERE \"status\" = ?1 AND \"expires_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Invitation::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                Invitation::TABLE,
                Invitation::primary_key,
            ),
        )
    }
}

impl SsoConnection {
    /// Reads a row of `sso_connections` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            kind: row.get("kind")?,
            name: row.get("name")?,
            status: row.get("status")?,
            saml_idp_entity_id: row.get("saml_idp_entity_id")?,
            saml_idp_sso_url: row.get("saml_idp_sso_url")?,
            saml_idp_certificate: row.get("saml_idp_certificate")?,
            oidc_issuer: row.get("oidc_issuer")?,
            oidc_client_id: row.get("oidc_client_id")?,
            oidc_client_secret: row.get("oidc_client_secret")?,
            oidc_jwks_uri: row.get("oidc_jwks_uri")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `sso_connections` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SsoConnectionTable<'_> {
        SsoConnectionTable { sql }
    }
}

/// Typed access to the `sso_connections` table, inside the transaction of the current call.
pub struct SsoConnectionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SsoConnectionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &SsoConnection) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sso_connections\" (\"id\", \"kind\", \"name\", \"status\", \"saml_idp_entity_id\", \"saml_idp_sso_url\", \"saml_idp_certificate\", \"oidc_issuer\", \"oidc_client_id\", \"oidc_client_secret\", \"oidc_jwks_uri\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.saml_idp_entity_id),
                    runtime::ToSql::to_sql(&row.saml_idp_sso_url),
                    runtime::ToSql::to_sql(&row.saml_idp_certificate),
                    runtime::ToSql::to_sql(&row.oidc_issuer),
                    runtime::ToSql::to_sql(&row.oidc_client_id),
                    runtime::ToSql::to_sql(&row.oidc_client_secret),
                    runtime::ToSql::to_sql(&row.oidc_jwks_uri),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &SsoConnection) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sso_connections\" (\"id\", \"kind\", \"name\", \"status\", \"saml_idp_entity_id\", \"saml_idp_sso_url\", \"saml_idp_certificate\", \"oidc_issuer\", \"oidc_client_id\", \"oidc_client_secret\", \"oidc_jwks_uri\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"kind\" = excluded.\"kind\", \"name\" = excluded.\"name\", \"status\" = excluded.\"status\", \"saml_idp_entity_id\" = excluded.\"saml_idp_entity_id\", \"saml_idp_sso_url\" = excluded.\"saml_idp_sso_url\", \"saml_idp_certificate\" = excluded.\"saml_idp_certificate\", \"oidc_issuer\" = excluded.\"oidc_issuer\", \"oidc_client_id\" = excluded.\"oidc_client_id\", \"oidc_client_secret\" = excluded.\"oidc_client_secret\", \"oidc_jwks_uri\" = excluded.\"oidc_jwks_uri\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.saml_idp_entity_id),
                    runtime::ToSql::to_sql(&row.saml_idp_sso_url),
                    runtime::ToSql::to_sql(&row.saml_idp_certificate),
                    runtime::ToSql::to_sql(&row.oidc_issuer),
                    runtime::ToSql::to_sql(&row.oidc_client_id),
                    runtime::ToSql::to_sql(&row.oidc_client_secret),
                    runtime::ToSql::to_sql(&row.oidc_jwks_uri),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<SsoConnection>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"kind\", \"name\", \"status\", \"saml_idp_entity_id\", \"saml_idp_sso_url\", \"saml_idp_certificate\", \"oidc_issuer\", \"oidc_client_id\", \"oidc_client_secret\", \"oidc_jwks_uri\", \"created_at\", \"updated_at\" FROM \"sso_connections\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(SsoConnection::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &SsoConnection) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"sso_connections\" SET \"kind\" = ?1, \"name\" = ?2, \"status\" = ?3, \"saml_idp_entity_id\" = ?4, \"saml_idp_sso_url\" = ?5, \"saml_idp_certificate\" = ?6, \"oidc_issuer\" = ?7, \"oidc_client_id\" = ?8, \"oidc_client_secret\" = ?9, \"oidc_jwks_uri\" = ?10, \"created_at\" = ?11, \"updated_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.kind),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.saml_idp_entity_id),
                    runtime::ToSql::to_sql(&row.saml_idp_sso_url),
                    runtime::ToSql::to_sql(&row.saml_idp_certificate),
                    runtime::ToSql::to_sql(&row.oidc_issuer),
                    runtime::ToSql::to_sql(&row.oidc_client_id),
                    runtime::ToSql::to_sql(&row.oidc_client_secret),
                    runtime::ToSql::to_sql(&row.oidc_jwks_uri),
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
                "DELETE FROM \"sso_connections\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `sso_connections` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SsoConnection>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SsoConnection::TABLE, 1)?);
                "SELECT \"id\", \"kind\", \"name\", \"status\", \"saml_idp_entity_id\", \"saml_idp_sso_url\", \"saml_idp_certificate\", \"oidc_issuer\", \"oidc_client_id\", \"oidc_client_secret\", \"oidc_jwks_uri\", \"created_at\", \"updated_at\" FROM \"sso_connections\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"kind\", \"name\", \"status\", \"saml_idp_entity_id\", \"saml_idp_sso_url\", \"saml_idp_certificate\", \"oidc_issuer\", \"oidc_client_id\", \"oidc_client_secret\", \"oidc_jwks_uri\", \"created_at\", \"updated_at\" FROM \"sso_connections\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SsoConnection::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                SsoConnection::TABLE,
                SsoConnection::primary_key,
            ),
        )
    }
}

impl SsoDomain {
    /// Reads a row of `sso_domains` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            domain: row.get("domain")?,
            connection_id: row.get("connection_id")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.domain)])
    }
    /// Returns the accessor of the `sso_domains` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SsoDomainTable<'_> {
        SsoDomainTable { sql }
    }
}

/// Typed access to the `sso_domains` table, inside the transaction of the current call.
pub struct SsoDomainTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SsoDomainTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &SsoDomain) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sso_domains\" (\"domain\", \"connection_id\") VALUES (?1, ?2)",
                &[
                    runtime::ToSql::to_sql(&row.domain),
                    runtime::ToSql::to_sql(&row.connection_id),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &SsoDomain) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"sso_domains\" (\"domain\", \"connection_id\") VALUES (?1, ?2) ON CONFLICT (\"domain\") DO UPDATE SET \"connection_id\" = excluded.\"connection_id\"",
                &[
                    runtime::ToSql::to_sql(&row.domain),
                    runtime::ToSql::to_sql(&row.connection_id),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, domain: &str) -> runtime::Result<Option<SsoDomain>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"domain\", \"connection_id\" FROM \"sso_domains\" WHERE \"domain\" = ?1",
                &[runtime::ToSql::to_sql(&domain)],
            )?;
        found.as_ref().map(SsoDomain::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &SsoDomain) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"sso_domains\" SET \"connection_id\" = ?1 WHERE \"domain\" = ?2",
                &[
                    runtime::ToSql::to_sql(&row.connection_id),
                    runtime::ToSql::to_sql(&row.domain),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, domain: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"sso_domains\" WHERE \"domain\" = ?1",
                &[runtime::ToSql::to_sql(&domain)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `sso_domains` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SsoDomain>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SsoDomain::TABLE, 1)?);
                "SELECT \"domain\", \"connection_id\" FROM \"sso_domains\" WHERE \"domain\" > ?1 ORDER BY \"domain\" LIMIT ?2"
            }
            None => {
                "SELECT \"domain\", \"connection_id\" FROM \"sso_domains\" ORDER BY \"domain\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SsoDomain::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, SsoDomain::TABLE, SsoDomain::primary_key))
    }
    /// Lists the rows whose `connection_id` equals the given value, in primary-key order.
    /// The filter uses the index `sso_domains_connection_id_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_connection_id(
        &self,
        connection_id: &str,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SsoDomain>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&connection_id)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SsoDomain::TABLE, 1)?);
                "SELECT \"domain\", \"connection_id\" FROM \"sso_domains\" WHERE \"connection_id\" = ?1 AND \"domain\" > ?2 ORDER BY \"domain\" LIMIT ?3"
            }
            None => {
                "SELECT \"domain\", \"connection_id\" FROM \"sso_domains\" WHERE \"connection_id\" = ?1 ORDER BY \"domain\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SsoDomain::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, SsoDomain::TABLE, SsoDomain::primary_key))
    }
}

impl Subscription {
    /// Reads a row of `subscription` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            plan: row.get("plan")?,
            status: row.get("status")?,
            seats: row.get("seats")?,
            stripe_customer_id: row.get("stripe_customer_id")?,
            stripe_subscription_id: row.get("stripe_subscription_id")?,
            current_period_end: row.get("current_period_end")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `subscription` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SubscriptionTable<'_> {
        SubscriptionTable { sql }
    }
}

/// Typed access to the `subscription` table, inside the transaction of the current call.
pub struct SubscriptionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SubscriptionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Subscription) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"subscription\" (\"id\", \"plan\", \"status\", \"seats\", \"stripe_customer_id\", \"stripe_subscription_id\", \"current_period_end\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.seats),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.current_period_end),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Subscription) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"subscription\" (\"id\", \"plan\", \"status\", \"seats\", \"stripe_customer_id\", \"stripe_subscription_id\", \"current_period_end\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (\"id\") DO UPDATE SET \"plan\" = excluded.\"plan\", \"status\" = excluded.\"status\", \"seats\" = excluded.\"seats\", \"stripe_customer_id\" = excluded.\"stripe_customer_id\", \"stripe_subscription_id\" = excluded.\"stripe_subscription_id\", \"current_period_end\" = excluded.\"current_period_end\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.seats),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.current_period_end),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<Subscription>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"plan\", \"status\", \"seats\", \"stripe_customer_id\", \"stripe_subscription_id\", \"current_period_end\", \"updated_at\" FROM \"subscription\" WHERE \"id\" = ?1",
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
                "UPDATE \"subscription\" SET \"plan\" = ?1, \"status\" = ?2, \"seats\" = ?3, \"stripe_customer_id\" = ?4, \"stripe_subscription_id\" = ?5, \"current_period_end\" = ?6, \"updated_at\" = ?7 WHERE \"id\" = ?8",
                &[
                    runtime::ToSql::to_sql(&row.plan),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.seats),
                    runtime::ToSql::to_sql(&row.stripe_customer_id),
                    runtime::ToSql::to_sql(&row.stripe_subscription_id),
                    runtime::ToSql::to_sql(&row.current_period_end),
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
                "DELETE FROM \"subscription\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `subscription` in primary-key order.
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
                "SELECT \"id\", \"plan\", \"status\", \"seats\", \"stripe_customer_id\", \"stripe_subscription_id\", \"current_period_end\", \"updated_at\" FROM \"subscription\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"plan\", \"status\", \"seats\", \"stripe_customer_id\", \"stripe_subscription_id\", \"current_period_end\", \"updated_at\" FROM \"subscription\" ORDER BY \"id\" LIMIT ?1"
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

impl AuditEvent {
    /// Reads a row of `audit_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            action: row.get("action")?,
            occurred_at: row.get("occurred_at")?,
            actor_type: row.get("actor_type")?,
            actor_id: row.get("actor_id")?,
            actor_name: row.get("actor_name")?,
            targets: row.get("targets")?,
            context: row.get("context")?,
            before: row.get("before")?,
            after: row.get("after")?,
            metadata: row.get("metadata")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `audit_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> AuditEventTable<'_> {
        AuditEventTable { sql }
    }
}

/// Typed access to the `audit_events` table, inside the transaction of the current call.
pub struct AuditEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl AuditEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &AuditEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"audit_events\" (\"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.actor_type),
                    runtime::ToSql::to_sql(&row.actor_id),
                    runtime::ToSql::to_sql(&row.actor_name),
                    runtime::ToSql::to_sql(&row.targets),
                    runtime::ToSql::to_sql(&row.context),
                    runtime::ToSql::to_sql(&row.before),
                    runtime::ToSql::to_sql(&row.after),
                    runtime::ToSql::to_sql(&row.metadata),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &AuditEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"audit_events\" (\"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (\"id\") DO UPDATE SET \"action\" = excluded.\"action\", \"occurred_at\" = excluded.\"occurred_at\", \"actor_type\" = excluded.\"actor_type\", \"actor_id\" = excluded.\"actor_id\", \"actor_name\" = excluded.\"actor_name\", \"targets\" = excluded.\"targets\", \"context\" = excluded.\"context\", \"before\" = excluded.\"before\", \"after\" = excluded.\"after\", \"metadata\" = excluded.\"metadata\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.actor_type),
                    runtime::ToSql::to_sql(&row.actor_id),
                    runtime::ToSql::to_sql(&row.actor_name),
                    runtime::ToSql::to_sql(&row.targets),
                    runtime::ToSql::to_sql(&row.context),
                    runtime::ToSql::to_sql(&row.before),
                    runtime::ToSql::to_sql(&row.after),
                    runtime::ToSql::to_sql(&row.metadata),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<AuditEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(AuditEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &AuditEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"audit_events\" SET \"action\" = ?1, \"occurred_at\" = ?2, \"actor_type\" = ?3, \"actor_id\" = ?4, \"actor_name\" = ?5, \"targets\" = ?6, \"context\" = ?7, \"before\" = ?8, \"after\" = ?9, \"metadata\" = ?10 WHERE \"id\" = ?11",
                &[
                    runtime::ToSql::to_sql(&row.action),
                    runtime::ToSql::to_sql(&row.occurred_at),
                    runtime::ToSql::to_sql(&row.actor_type),
                    runtime::ToSql::to_sql(&row.actor_id),
                    runtime::ToSql::to_sql(&row.actor_name),
                    runtime::ToSql::to_sql(&row.targets),
                    runtime::ToSql::to_sql(&row.context),
                    runtime::ToSql::to_sql(&row.before),
                    runtime::ToSql::to_sql(&row.after),
                    runtime::ToSql::to_sql(&row.metadata),
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
                "DELETE FROM \"audit_events\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `audit_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AuditEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AuditEvent::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AuditEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AuditEvent::TABLE,
                AuditEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `occurred_at` equals the given value, in primary-key order.
    /// The filter uses the index `audit_events_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_occurred_at(
        &self,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AuditEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&occurred_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AuditEvent::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"occurred_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"occurred_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AuditEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AuditEvent::TABLE,
                AuditEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `action` and `occurred_at` equal the given values, in primary-key order.
    /// The filter uses the index `audit_events_action_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_action_occurred_at(
        &self,
        action: &str,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AuditEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&action),
            runtime::ToSql::to_sql(&occurred_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AuditEvent::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"action\" = ?1 AND \"occurred_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"action\" = ?1 AND \"occurred_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AuditEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AuditEvent::TABLE,
                AuditEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `actor_type` and `actor_id` and `occurred_at` equal the given values, in primary-key order.
    /// The filter uses the index `audit_events_actor_type_actor_id_occurred_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_actor_type_actor_id_occurred_at(
        &self,
        actor_type: ActorType,
        actor_id: Option<&str>,
        occurred_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<AuditEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&actor_type),
            runtime::ToSql::to_sql(&actor_id),
            runtime::ToSql::to_sql(&occurred_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(AuditEvent::TABLE, 1)?);
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"actor_type\" = ?1 AND \"actor_id\" IS ?2 AND \"occurred_at\" = ?3 AND \"id\" > ?4 ORDER BY \"id\" LIMIT ?5"
            }
            None => {
                "SELECT \"id\", \"action\", \"occurred_at\", \"actor_type\", \"actor_id\", \"actor_name\", \"targets\", \"context\", \"before\", \"after\", \"metadata\" FROM \"audit_events\" WHERE \"actor_type\" = ?1 AND \"actor_id\" IS ?2 AND \"occurred_at\" = ?3 ORDER BY \"id\" LIMIT ?4"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(AuditEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                AuditEvent::TABLE,
                AuditEvent::primary_key,
            ),
        )
    }
}

impl ApiKey {
    /// Reads a row of `api_keys` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            prefix: row.get("prefix")?,
            key_hash: row.get("key_hash")?,
            permissions: row.get("permissions")?,
            created_by: row.get("created_by")?,
            expires_at: row.get("expires_at")?,
            last_used_at: row.get("last_used_at")?,
            revoked_at: row.get("revoked_at")?,
            created_at: row.get("created_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `api_keys` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> ApiKeyTable<'_> {
        ApiKeyTable { sql }
    }
}

/// Typed access to the `api_keys` table, inside the transaction of the current call.
pub struct ApiKeyTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl ApiKeyTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &ApiKey) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"api_keys\" (\"id\", \"name\", \"prefix\", \"key_hash\", \"permissions\", \"created_by\", \"expires_at\", \"last_used_at\", \"revoked_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.prefix),
                    runtime::ToSql::to_sql(&row.key_hash),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.created_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &ApiKey) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"api_keys\" (\"id\", \"name\", \"prefix\", \"key_hash\", \"permissions\", \"created_by\", \"expires_at\", \"last_used_at\", \"revoked_at\", \"created_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"prefix\" = excluded.\"prefix\", \"key_hash\" = excluded.\"key_hash\", \"permissions\" = excluded.\"permissions\", \"created_by\" = excluded.\"created_by\", \"expires_at\" = excluded.\"expires_at\", \"last_used_at\" = excluded.\"last_used_at\", \"revoked_at\" = excluded.\"revoked_at\", \"created_at\" = excluded.\"created_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.prefix),
                    runtime::ToSql::to_sql(&row.key_hash),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.created_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
                    runtime::ToSql::to_sql(&row.created_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<ApiKey>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"prefix\", \"key_hash\", \"permissions\", \"created_by\", \"expires_at\", \"last_used_at\", \"revoked_at\", \"created_at\" FROM \"api_keys\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(ApiKey::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &ApiKey) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"api_keys\" SET \"name\" = ?1, \"prefix\" = ?2, \"key_hash\" = ?3, \"permissions\" = ?4, \"created_by\" = ?5, \"expires_at\" = ?6, \"last_used_at\" = ?7, \"revoked_at\" = ?8, \"created_at\" = ?9 WHERE \"id\" = ?10",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.prefix),
                    runtime::ToSql::to_sql(&row.key_hash),
                    runtime::ToSql::to_sql(&row.permissions),
                    runtime::ToSql::to_sql(&row.created_by),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.last_used_at),
                    runtime::ToSql::to_sql(&row.revoked_at),
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
                "DELETE FROM \"api_keys\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `api_keys` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<ApiKey>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(ApiKey::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"prefix\", \"key_hash\", \"permissions\", \"created_by\", \"expires_at\", \"last_used_at\", \"revoked_at\", \"created_at\" FROM \"api_keys\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"prefix\", \"key_hash\", \"permissions\", \"created_by\", \"expires_at\", \"last_used_at\", \"revoked_at\", \"created_at\" FROM \"api_keys\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(ApiKey::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, ApiKey::TABLE, ApiKey::primary_key))
    }
}
