-- Migration 0001_initial of object `startup`, planned by codegen from the spec. Do not edit it:
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
  "slug" TEXT NOT NULL CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
  "tagline" TEXT,
  "description" TEXT,
  "industry" TEXT,
  "stage" TEXT NOT NULL DEFAULT 'idea' CHECK ("stage" IN ('idea', 'pre_seed', 'seed', 'series_a', 'series_b', 'series_c', 'growth', 'public')),
  "status" TEXT NOT NULL DEFAULT 'building' CHECK ("status" IN ('building', 'launched', 'archived')),
  "website" TEXT,
  "logo_url" TEXT,
  "headquarters" TEXT,
  "currency" TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
  "founded_on" TEXT,
  "cash_cents" INTEGER,
  "launched_at" INTEGER,
  "archived_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "founders" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "email" TEXT,
  "title" TEXT,
  "is_lead" INTEGER NOT NULL DEFAULT 0 CHECK ("is_lead" IN (0, 1)),
  "bio" TEXT,
  "linkedin_url" TEXT,
  "stakeholder_id" TEXT REFERENCES "stakeholders" ("id") ON DELETE SET NULL,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'departed')),
  "joined_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "departed_at" INTEGER,
  "departure_reason" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "stakeholders" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('founder', 'employee', 'advisor', 'investor', 'consultant', 'other')),
  "email" TEXT,
  "investor_id" TEXT REFERENCES "investors" ("id") ON DELETE SET NULL,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "share_classes" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL UNIQUE,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('common', 'preferred')),
  "authorized_shares" INTEGER CHECK (authorized_shares IS NULL OR authorized_shares > 0),
  "original_issue_price" TEXT,
  "liquidation_preference_bps" INTEGER NOT NULL DEFAULT 10000,
  "seniority" INTEGER NOT NULL DEFAULT 1,
  "round_id" TEXT REFERENCES "funding_rounds" ("id") ON DELETE SET NULL,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "option_pools" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "share_class_id" TEXT NOT NULL REFERENCES "share_classes" ("id") ON DELETE RESTRICT,
  "reserved_shares" INTEGER NOT NULL CHECK (reserved_shares >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "equity_grants" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "stakeholder_id" TEXT NOT NULL REFERENCES "stakeholders" ("id") ON DELETE RESTRICT,
  "share_class_id" TEXT NOT NULL REFERENCES "share_classes" ("id") ON DELETE RESTRICT,
  "option_pool_id" TEXT REFERENCES "option_pools" ("id") ON DELETE SET NULL,
  "round_id" TEXT REFERENCES "funding_rounds" ("id") ON DELETE SET NULL,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('stock', 'restricted_stock', 'option', 'rsu', 'warrant')),
  "shares" INTEGER NOT NULL CHECK (shares > 0),
  "exercise_price" TEXT,
  "issued_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "vesting_start" INTEGER,
  "vesting_months" INTEGER NOT NULL DEFAULT 48 CHECK (vesting_months >= 0),
  "cliff_months" INTEGER NOT NULL DEFAULT 12 CHECK (cliff_months >= 0),
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'exercised', 'cancelled')),
  "forfeited_shares" INTEGER NOT NULL DEFAULT 0,
  "cancelled_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (cliff_months <= vesting_months),
  CHECK (forfeited_shares BETWEEN 0 AND shares)
) STRICT;

CREATE TABLE "funding_rounds" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "stage" TEXT NOT NULL CHECK ("stage" IN ('pre_seed', 'seed', 'series_a', 'series_b', 'series_c', 'series_d', 'bridge', 'other')),
  "instrument" TEXT NOT NULL CHECK ("instrument" IN ('priced', 'post_money_safe')),
  "status" TEXT NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'raising', 'closed', 'failed')),
  "target_cents" INTEGER NOT NULL CHECK (target_cents > 0),
  "pre_money_valuation_cents" INTEGER,
  "pre_money_fully_diluted_shares" INTEGER,
  "valuation_cap_cents" INTEGER,
  "discount_bps" INTEGER CHECK (discount_bps IS NULL OR discount_bps BETWEEN 0 AND 9999),
  "lead_investor_id" TEXT REFERENCES "investors" ("id") ON DELETE SET NULL,
  "opened_at" INTEGER,
  "target_close_at" INTEGER,
  "closed_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "investors" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "firm" TEXT,
  "email" TEXT,
  "kind" TEXT NOT NULL DEFAULT 'angel' CHECK ("kind" IN ('angel', 'venture_capital', 'corporate', 'accelerator', 'family_office', 'syndicate', 'other')),
  "stage" TEXT NOT NULL DEFAULT 'prospect' CHECK ("stage" IN ('prospect', 'contacted', 'in_talks', 'committed', 'invested', 'passed')),
  "board_seat" INTEGER NOT NULL DEFAULT 0 CHECK ("board_seat" IN (0, 1)),
  "pro_rata" INTEGER NOT NULL DEFAULT 0 CHECK ("pro_rata" IN (0, 1)),
  "notes" TEXT,
  "last_contacted_at" INTEGER,
  "contact_count" INTEGER NOT NULL DEFAULT 0,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "investments" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "investor_id" TEXT NOT NULL REFERENCES "investors" ("id") ON DELETE RESTRICT,
  "round_id" TEXT NOT NULL REFERENCES "funding_rounds" ("id") ON DELETE RESTRICT,
  "amount_cents" INTEGER NOT NULL CHECK (amount_cents > 0),
  "invested_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "converted" INTEGER NOT NULL DEFAULT 0 CHECK ("converted" IN (0, 1)),
  "grant_id" TEXT REFERENCES "equity_grants" ("id") ON DELETE SET NULL
) STRICT;

CREATE TABLE "documents" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "family_id" TEXT NOT NULL,
  "version" INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  "is_latest" INTEGER NOT NULL DEFAULT 1 CHECK ("is_latest" IN (0, 1)),
  "kind" TEXT NOT NULL CHECK ("kind" IN ('pitch_deck', 'financial_model', 'cap_table', 'term_sheet', 'legal', 'investor_update', 'other')),
  "title" TEXT NOT NULL,
  "url" TEXT NOT NULL,
  "mime_type" TEXT,
  "size_bytes" INTEGER,
  "visibility" TEXT NOT NULL DEFAULT 'private' CHECK ("visibility" IN ('private', 'team', 'investors', 'public')),
  "view_count" INTEGER NOT NULL DEFAULT 0,
  "last_viewed_at" INTEGER,
  "uploaded_by" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "document_views" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "document_id" TEXT NOT NULL REFERENCES "documents" ("id") ON DELETE CASCADE,
  "viewer" TEXT,
  "viewed_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "metrics" (
  "period" TEXT NOT NULL PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12'),
  "mrr_cents" INTEGER,
  "revenue_cents" INTEGER,
  "expenses_cents" INTEGER,
  "cash_cents" INTEGER,
  "customers" INTEGER,
  "users" INTEGER,
  "dau" INTEGER,
  "mau" INTEGER,
  "churn_bps" INTEGER,
  "nrr_bps" INTEGER,
  "ltv_cents" INTEGER,
  "cac_cents" INTEGER,
  "headcount" INTEGER,
  "notes" TEXT,
  "recorded_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "milestones" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT NOT NULL,
  "description" TEXT,
  "category" TEXT,
  "target_date" INTEGER,
  "status" TEXT NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'in_progress', 'completed', 'missed')),
  "completed_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "investor_updates" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "subject" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "period" TEXT,
  "highlights" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("highlights")),
  "asks" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("asks")),
  "metrics_snapshot" TEXT CHECK (json_valid("metrics_snapshot")),
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'sent')),
  "recipients" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("recipients")),
  "sent_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
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

CREATE UNIQUE INDEX "founders_email_idx" ON "founders" ("email");

CREATE INDEX "equity_grants_share_class_id_idx" ON "equity_grants" ("share_class_id");

CREATE INDEX "equity_grants_stakeholder_id_idx" ON "equity_grants" ("stakeholder_id");

CREATE INDEX "funding_rounds_status_idx" ON "funding_rounds" ("status");

CREATE INDEX "investments_investor_id_idx" ON "investments" ("investor_id");

CREATE INDEX "investments_round_id_idx" ON "investments" ("round_id");

CREATE UNIQUE INDEX "documents_family_id_version_idx" ON "documents" ("family_id", "version");

CREATE INDEX "documents_kind_is_latest_idx" ON "documents" ("kind", "is_latest");

CREATE INDEX "document_views_document_id_viewed_at_idx" ON "document_views" ("document_id", "viewed_at");

CREATE INDEX "milestones_status_target_date_idx" ON "milestones" ("status", "target_date");

CREATE INDEX "activity_created_at_idx" ON "activity" ("created_at");

CREATE INDEX "activity_subject_type_subject_id_idx" ON "activity" ("subject_type", "subject_id");
