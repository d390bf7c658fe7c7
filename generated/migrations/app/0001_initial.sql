-- Migration 0001_initial of object `app`, planned by codegen from the spec. Do not edit it:
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
  "description" TEXT,
  "url" TEXT,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'archived')),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "users" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "is_identified" INTEGER NOT NULL DEFAULT 0 CHECK ("is_identified" IN (0, 1)),
  "email" TEXT UNIQUE,
  "name" TEXT,
  "avatar_url" TEXT,
  "traits" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("traits")),
  "merged_into" TEXT REFERENCES "users" ("id") ON DELETE SET NULL,
  "first_seen_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "last_seen_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (merged_into IS NULL OR merged_into <> id)
) STRICT;

CREATE TABLE "user_aliases" (
  "distinct_id" TEXT NOT NULL PRIMARY KEY CHECK (length(distinct_id) BETWEEN 1 AND 200),
  "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "is_identified" INTEGER NOT NULL DEFAULT 0 CHECK ("is_identified" IN (0, 1)),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "preferences" (
  "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "key" TEXT NOT NULL,
  "value" TEXT NOT NULL CHECK (json_valid("value")),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("user_id", "key")
) STRICT;

CREATE TABLE "sessions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "token_hash" TEXT NOT NULL UNIQUE,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'expired', 'revoked')),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "expires_at" INTEGER NOT NULL,
  "last_active_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "revoked_at" INTEGER,
  "ip_address" TEXT,
  "user_agent" TEXT,
  CHECK (expires_at > created_at)
) STRICT;

CREATE TABLE "config" (
  "key" TEXT NOT NULL PRIMARY KEY,
  "value" TEXT NOT NULL CHECK (json_valid("value")),
  "is_secret" INTEGER NOT NULL DEFAULT 0 CHECK ("is_secret" IN (0, 1)),
  "description" TEXT,
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "feature_flags" (
  "key" TEXT NOT NULL PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
  "description" TEXT,
  "enabled" INTEGER NOT NULL DEFAULT 0 CHECK ("enabled" IN (0, 1)),
  "rollout_percent" INTEGER CHECK (rollout_percent IS NULL OR rollout_percent BETWEEN 0 AND 100),
  "stickiness" TEXT NOT NULL DEFAULT 'default' CHECK ("stickiness" IN ('default', 'user_id', 'session_id', 'tenant_id', 'random')),
  "group_id" TEXT,
  "user_ids" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("user_ids")),
  "tenant_ids" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("tenant_ids")),
  "constraints" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("constraints")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "analytics_events" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "event" TEXT NOT NULL,
  "distinct_id" TEXT NOT NULL,
  "user_id" TEXT REFERENCES "users" ("id") ON DELETE SET NULL,
  "visit_id" TEXT REFERENCES "visits" ("id") ON DELETE SET NULL,
  "properties" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("properties")),
  "url" TEXT,
  "referrer" TEXT,
  "occurred_at" INTEGER NOT NULL,
  "received_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "visits" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "distinct_id" TEXT NOT NULL,
  "user_id" TEXT REFERENCES "users" ("id") ON DELETE SET NULL,
  "started_at" INTEGER NOT NULL,
  "last_event_at" INTEGER NOT NULL,
  "page_views" INTEGER NOT NULL DEFAULT 0,
  "events" INTEGER NOT NULL DEFAULT 0,
  "entry_url" TEXT,
  "exit_url" TEXT,
  "referrer" TEXT,
  "utm_source" TEXT,
  "utm_medium" TEXT,
  "utm_campaign" TEXT,
  CHECK (last_event_at >= started_at)
) STRICT;

CREATE TABLE "tenants" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "slug" TEXT NOT NULL UNIQUE,
  "plan" TEXT,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'suspended', 'deleted')),
  "settings" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("settings")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "tenant_memberships" (
  "tenant_id" TEXT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
  "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
  "role" TEXT NOT NULL DEFAULT 'member',
  "joined_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("tenant_id", "user_id")
) STRICT;

CREATE TABLE "activity" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "action" TEXT NOT NULL,
  "actor" TEXT,
  "subject_type" TEXT,
  "subject_id" TEXT,
  "details" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("details")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "users_last_seen_at_idx" ON "users" ("last_seen_at");

CREATE INDEX "user_aliases_user_id_idx" ON "user_aliases" ("user_id");

CREATE INDEX "sessions_expires_at_idx" ON "sessions" ("expires_at");

CREATE INDEX "sessions_user_id_status_idx" ON "sessions" ("user_id", "status");

CREATE INDEX "analytics_events_distinct_id_occurred_at_idx" ON "analytics_events" ("distinct_id", "occurred_at");

CREATE INDEX "analytics_events_event_occurred_at_idx" ON "analytics_events" ("event", "occurred_at");

CREATE INDEX "analytics_events_occurred_at_idx" ON "analytics_events" ("occurred_at");

CREATE INDEX "visits_distinct_id_last_event_at_idx" ON "visits" ("distinct_id", "last_event_at");

CREATE INDEX "visits_started_at_idx" ON "visits" ("started_at");

CREATE INDEX "tenant_memberships_user_id_idx" ON "tenant_memberships" ("user_id");

CREATE INDEX "activity_created_at_idx" ON "activity" ("created_at");

CREATE INDEX "activity_subject_type_subject_id_idx" ON "activity" ("subject_type", "subject_id");
