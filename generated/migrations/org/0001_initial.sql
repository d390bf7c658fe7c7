-- Migration 0001_initial of object `org`, planned by codegen from the spec. Do not edit it:
-- the runtime applies it once, in one transaction, with foreign keys off.

CREATE TABLE "stream_events" (
  "stream" TEXT NOT NULL CHECK (length(stream) BETWEEN 1 AND 200),
  "version" INTEGER NOT NULL CHECK (version >= 1),
  "event_type" TEXT NOT NULL,
  "payload" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("payload")),
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata")),
  "recorded_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("stream", "version")
) STRICT;

CREATE TABLE "kv" (
  "key" TEXT NOT NULL PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 512),
  "value" TEXT NOT NULL CHECK (json_valid("value")),
  "expires_at" INTEGER,
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "docs" (
  "collection" TEXT NOT NULL CHECK (length(collection) BETWEEN 1 AND 100),
  "id" TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  "data" TEXT NOT NULL CHECK (json_valid("data")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("collection", "id")
) STRICT;

CREATE TABLE "profile" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "name" TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  "slug" TEXT NOT NULL,
  "logo_url" TEXT,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'deleted')),
  "allow_email_signup" INTEGER NOT NULL DEFAULT 0 CHECK ("allow_email_signup" IN (0, 1)),
  "require_sso" INTEGER NOT NULL DEFAULT 0 CHECK ("require_sso" IN (0, 1)),
  "default_role" TEXT NOT NULL DEFAULT 'member' REFERENCES "roles" ("slug") ON DELETE RESTRICT,
  "allowed_domains" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("allowed_domains")),
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata")),
  "deleted_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "roles" (
  "slug" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "permissions" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("permissions")),
  "is_system" INTEGER NOT NULL DEFAULT 0 CHECK ("is_system" IN (0, 1)),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "members" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "user_id" TEXT UNIQUE,
  "email" TEXT NOT NULL UNIQUE,
  "name" TEXT,
  "role" TEXT NOT NULL REFERENCES "roles" ("slug") ON DELETE RESTRICT,
  "status" TEXT NOT NULL DEFAULT 'invited' CHECK ("status" IN ('active', 'invited', 'suspended', 'deactivated')),
  "invited_by" TEXT,
  "joined_at" INTEGER,
  "suspended_at" INTEGER,
  "deactivated_at" INTEGER,
  "last_active_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "invitations" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "email" TEXT NOT NULL,
  "role" TEXT NOT NULL REFERENCES "roles" ("slug") ON DELETE RESTRICT,
  "member_id" TEXT REFERENCES "members" ("id") ON DELETE SET NULL,
  "token_hash" TEXT NOT NULL UNIQUE,
  "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'accepted', 'expired', 'revoked')),
  "invited_by" TEXT,
  "expires_at" INTEGER NOT NULL,
  "accepted_at" INTEGER,
  "revoked_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (expires_at > created_at)
) STRICT;

CREATE TABLE "sso_connections" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('saml', 'oidc')),
  "name" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'active', 'inactive')),
  "saml_idp_entity_id" TEXT,
  "saml_idp_sso_url" TEXT,
  "saml_idp_certificate" TEXT,
  "oidc_issuer" TEXT,
  "oidc_client_id" TEXT,
  "oidc_client_secret" TEXT,
  "oidc_jwks_uri" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (kind <> 'saml' OR (saml_idp_entity_id IS NOT NULL AND saml_idp_sso_url IS NOT NULL AND saml_idp_certificate IS NOT NULL)),
  CHECK (kind <> 'oidc' OR (oidc_issuer IS NOT NULL AND oidc_client_id IS NOT NULL))
) STRICT;

CREATE TABLE "sso_domains" (
  "domain" TEXT NOT NULL PRIMARY KEY CHECK (domain = lower(domain)),
  "connection_id" TEXT NOT NULL REFERENCES "sso_connections" ("id") ON DELETE CASCADE
) STRICT;

CREATE TABLE "subscription" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "plan" TEXT NOT NULL DEFAULT 'free' CHECK ("plan" IN ('free', 'starter', 'pro', 'enterprise')),
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'trialing', 'past_due', 'canceled')),
  "seats" INTEGER NOT NULL CHECK (seats >= 1),
  "stripe_customer_id" TEXT,
  "stripe_subscription_id" TEXT,
  "current_period_end" INTEGER,
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "audit_events" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "action" TEXT NOT NULL CHECK (action GLOB '?*.?*' AND action NOT GLOB '*.*.*'),
  "occurred_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "actor_type" TEXT NOT NULL CHECK ("actor_type" IN ('user', 'api_key', 'system', 'webhook')),
  "actor_id" TEXT,
  "actor_name" TEXT,
  "targets" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("targets")),
  "context" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("context")),
  "before" TEXT CHECK (json_valid("before")),
  "after" TEXT CHECK (json_valid("after")),
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata"))
) STRICT;

CREATE TABLE "api_keys" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "prefix" TEXT NOT NULL,
  "key_hash" TEXT NOT NULL UNIQUE,
  "permissions" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("permissions")),
  "created_by" TEXT,
  "expires_at" INTEGER,
  "last_used_at" INTEGER,
  "revoked_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "members_role_idx" ON "members" ("role");

CREATE INDEX "members_status_idx" ON "members" ("status");

CREATE INDEX "invitations_email_status_idx" ON "invitations" ("email", "status");

CREATE INDEX "invitations_status_expires_at_idx" ON "invitations" ("status", "expires_at");

CREATE INDEX "sso_domains_connection_id_idx" ON "sso_domains" ("connection_id");

CREATE INDEX "audit_events_action_occurred_at_idx" ON "audit_events" ("action", "occurred_at");

CREATE INDEX "audit_events_actor_type_actor_id_occurred_at_idx" ON "audit_events" ("actor_type", "actor_id", "occurred_at");

CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" ("occurred_at");
