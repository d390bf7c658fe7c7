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
