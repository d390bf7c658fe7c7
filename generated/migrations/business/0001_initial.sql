-- Migration 0001_initial of object `business`, planned by codegen from the spec. Do not edit it:
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
  "legal_name" TEXT,
  "description" TEXT,
  "industry" TEXT,
  "website" TEXT,
  "logo_url" TEXT,
  "email" TEXT,
  "phone" TEXT,
  "address" TEXT CHECK (json_valid("address")),
  "currency" TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
  "timezone" TEXT NOT NULL DEFAULT 'UTC',
  "fiscal_year_start_month" INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'archived')),
  "archived_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "team_members" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "email" TEXT NOT NULL UNIQUE,
  "name" TEXT,
  "user_id" TEXT UNIQUE,
  "role" TEXT NOT NULL DEFAULT 'member' CHECK ("role" IN ('owner', 'admin', 'member', 'billing', 'viewer')),
  "title" TEXT,
  "department" TEXT,
  "status" TEXT NOT NULL DEFAULT 'invited' CHECK ("status" IN ('invited', 'active', 'removed')),
  "invite_token_hash" TEXT UNIQUE,
  "invited_by" TEXT,
  "invited_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "joined_at" INTEGER,
  "removed_at" INTEGER
) STRICT;

CREATE TABLE "metrics" (
  "period" TEXT NOT NULL PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12'),
  "revenue_cents" INTEGER,
  "expenses_cents" INTEGER,
  "mrr_cents" INTEGER,
  "cash_cents" INTEGER,
  "customers" INTEGER,
  "new_customers" INTEGER,
  "churned_customers" INTEGER,
  "headcount" INTEGER,
  "notes" TEXT,
  "recorded_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "subscriptions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "stripe_subscription_id" TEXT UNIQUE,
  "stripe_customer_id" TEXT,
  "customer_email" TEXT,
  "customer_name" TEXT,
  "plan" TEXT NOT NULL,
  "stripe_price_id" TEXT,
  "status" TEXT NOT NULL DEFAULT 'incomplete' CHECK ("status" IN ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')),
  "amount_cents" INTEGER NOT NULL CHECK (amount_cents >= 0),
  "currency" TEXT NOT NULL DEFAULT 'usd',
  "interval" TEXT NOT NULL DEFAULT 'month' CHECK ("interval" IN ('day', 'week', 'month', 'year')),
  "interval_count" INTEGER NOT NULL DEFAULT 1 CHECK (interval_count >= 1),
  "quantity" INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
  "discount_percent_off_bps" INTEGER CHECK (discount_percent_off_bps IS NULL OR discount_percent_off_bps BETWEEN 1 AND 10000),
  "discount_amount_off_cents" INTEGER CHECK (discount_amount_off_cents IS NULL OR discount_amount_off_cents > 0),
  "discount_duration" TEXT CHECK ("discount_duration" IN ('once', 'repeating', 'forever')),
  "discount_ends_at" INTEGER,
  "mrr_cents" INTEGER NOT NULL DEFAULT 0,
  "current_period_start" INTEGER,
  "current_period_end" INTEGER,
  "cancel_at_period_end" INTEGER NOT NULL DEFAULT 0 CHECK ("cancel_at_period_end" IN (0, 1)),
  "canceled_at" INTEGER,
  "ended_at" INTEGER,
  "trial_start" INTEGER,
  "trial_end" INTEGER,
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata")),
  "last_stripe_event_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (discount_percent_off_bps IS NULL OR discount_amount_off_cents IS NULL)
) STRICT;

CREATE TABLE "mrr_movements" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "subscription_id" TEXT NOT NULL REFERENCES "subscriptions" ("id") ON DELETE CASCADE,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
  "delta_cents" INTEGER NOT NULL,
  "mrr_before_cents" INTEGER NOT NULL,
  "mrr_after_cents" INTEGER NOT NULL,
  "occurred_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "stripe_event_id" TEXT,
  CHECK (delta_cents = mrr_after_cents - mrr_before_cents)
) STRICT;

CREATE TABLE "stripe_events" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "type" TEXT NOT NULL,
  "created" INTEGER NOT NULL,
  "livemode" INTEGER NOT NULL DEFAULT 0 CHECK ("livemode" IN (0, 1)),
  "outcome" TEXT NOT NULL CHECK ("outcome" IN ('applied', 'duplicate', 'stale', 'ignored')),
  "processed_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "settings" (
  "key" TEXT NOT NULL PRIMARY KEY,
  "value" TEXT NOT NULL CHECK (json_valid("value")),
  "category" TEXT NOT NULL DEFAULT 'general',
  "is_secret" INTEGER NOT NULL DEFAULT 0 CHECK ("is_secret" IN (0, 1)),
  "description" TEXT,
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

CREATE INDEX "team_members_status_idx" ON "team_members" ("status");

CREATE INDEX "subscriptions_status_idx" ON "subscriptions" ("status");

CREATE INDEX "subscriptions_stripe_customer_id_idx" ON "subscriptions" ("stripe_customer_id");

CREATE INDEX "mrr_movements_occurred_at_idx" ON "mrr_movements" ("occurred_at");

CREATE INDEX "mrr_movements_subscription_id_occurred_at_idx" ON "mrr_movements" ("subscription_id", "occurred_at");

CREATE INDEX "stripe_events_created_idx" ON "stripe_events" ("created");

CREATE INDEX "settings_category_idx" ON "settings" ("category");

CREATE INDEX "activity_created_at_idx" ON "activity" ("created_at");

CREATE INDEX "activity_subject_type_subject_id_idx" ON "activity" ("subject_type", "subject_id");
