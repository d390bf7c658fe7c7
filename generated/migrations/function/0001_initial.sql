-- Migration 0001_initial of object `function`, planned by codegen from the spec. Do not edit it:
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

CREATE TABLE "function_profile" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "name" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "enabled" INTEGER NOT NULL DEFAULT 1 CHECK ("enabled" IN (0, 1)),
  "concurrency_limit" INTEGER NOT NULL DEFAULT 0 CHECK (concurrency_limit >= 0),
  "keep_warm_ms" INTEGER NOT NULL DEFAULT 300000 CHECK (keep_warm_ms >= 0),
  "max_code_bytes" INTEGER NOT NULL DEFAULT 1048576 CHECK (max_code_bytes >= 1),
  "last_version" INTEGER NOT NULL DEFAULT 0 CHECK (last_version >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "function_draft" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "code" TEXT NOT NULL DEFAULT '',
  "handler" TEXT NOT NULL DEFAULT 'default',
  "runtime" TEXT NOT NULL DEFAULT 'javascript' CHECK ("runtime" IN ('javascript', 'wasm')),
  "timeout_ms" INTEGER NOT NULL DEFAULT 30000 CHECK (timeout_ms BETWEEN 1 AND 900000),
  "environment" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("environment")),
  "code_hash" TEXT NOT NULL DEFAULT '',
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_by" TEXT
) STRICT;

CREATE TABLE "function_versions" (
  "version" INTEGER NOT NULL PRIMARY KEY CHECK (version >= 1),
  "code" TEXT NOT NULL,
  "handler" TEXT NOT NULL,
  "runtime" TEXT NOT NULL CHECK ("runtime" IN ('javascript', 'wasm')),
  "timeout_ms" INTEGER NOT NULL CHECK (timeout_ms BETWEEN 1 AND 900000),
  "environment" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("environment")),
  "code_hash" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "published_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "published_by" TEXT
) STRICT;

CREATE TABLE "aliases" (
  "name" TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 128),
  "version" INTEGER NOT NULL REFERENCES "function_versions" ("version") ON DELETE RESTRICT,
  "additional_version" INTEGER REFERENCES "function_versions" ("version") ON DELETE RESTRICT,
  "additional_weight" REAL CHECK (additional_weight > 0 AND additional_weight < 1),
  "previous_version" INTEGER,
  "description" TEXT NOT NULL DEFAULT '',
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK ((additional_version IS NULL) = (additional_weight IS NULL)),
  CHECK (additional_version IS NULL OR additional_version <> version)
) STRICT;

CREATE TABLE "invocations" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "request_id" TEXT UNIQUE,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('sync', 'async')),
  "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'running', 'succeeded', 'failed', 'timed_out')),
  "qualifier" TEXT NOT NULL,
  "alias" TEXT,
  "version" INTEGER,
  "input" TEXT NOT NULL DEFAULT 'null' CHECK (json_valid("input")),
  "output" TEXT CHECK (json_valid("output")),
  "error" TEXT,
  "error_type" TEXT,
  "cold_start" INTEGER NOT NULL DEFAULT 0 CHECK ("cold_start" IN (0, 1)),
  "instance_id" TEXT,
  "timeout_ms" INTEGER NOT NULL CHECK (timeout_ms >= 1),
  "queued_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "started_at" INTEGER,
  "completed_at" INTEGER,
  "duration_ms" INTEGER CHECK (duration_ms >= 0),
  "log_lines" INTEGER NOT NULL DEFAULT 0 CHECK (log_lines >= 0)
) STRICT;

CREATE TABLE "invocation_logs" (
  "invocation_id" TEXT NOT NULL REFERENCES "invocations" ("id") ON DELETE CASCADE,
  "seq" INTEGER NOT NULL CHECK (seq >= 1),
  "level" TEXT NOT NULL DEFAULT 'info' CHECK ("level" IN ('debug', 'info', 'warn', 'error')),
  "message" TEXT NOT NULL,
  "at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("invocation_id", "seq")
) STRICT;

CREATE TABLE "rate_limit" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "enabled" INTEGER NOT NULL DEFAULT 0 CHECK ("enabled" IN (0, 1)),
  "algorithm" TEXT NOT NULL DEFAULT 'token_bucket' CHECK ("algorithm" IN ('token_bucket', 'sliding_window')),
  "max_requests" INTEGER NOT NULL DEFAULT 100 CHECK (max_requests >= 1),
  "window_ms" INTEGER NOT NULL DEFAULT 60000 CHECK (window_ms >= 1),
  "tokens" REAL CHECK (tokens >= 0),
  "refilled_at" INTEGER,
  "window_started_at" INTEGER,
  "window_count" INTEGER NOT NULL DEFAULT 0 CHECK (window_count >= 0),
  "previous_window_count" INTEGER NOT NULL DEFAULT 0 CHECK (previous_window_count >= 0),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "warm_instances" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "version" INTEGER,
  "code_hash" TEXT NOT NULL,
  "busy" INTEGER NOT NULL DEFAULT 0 CHECK ("busy" IN (0, 1)),
  "invocations" INTEGER NOT NULL DEFAULT 0 CHECK (invocations >= 0),
  "started_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "last_used_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "daily_metrics" (
  "day" TEXT NOT NULL PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  "invocations" INTEGER NOT NULL DEFAULT 0 CHECK (invocations >= 0),
  "succeeded" INTEGER NOT NULL DEFAULT 0,
  "failed" INTEGER NOT NULL DEFAULT 0,
  "timed_out" INTEGER NOT NULL DEFAULT 0,
  "throttled" INTEGER NOT NULL DEFAULT 0,
  "cold_starts" INTEGER NOT NULL DEFAULT 0,
  "total_duration_ms" INTEGER NOT NULL DEFAULT 0,
  "p50_ms" INTEGER,
  "p95_ms" INTEGER,
  "p99_ms" INTEGER,
  "max_ms" INTEGER
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "invocations_completed_at_idx" ON "invocations" ("completed_at");

CREATE INDEX "invocations_status_queued_at_idx" ON "invocations" ("status", "queued_at");

CREATE INDEX "invocations_version_completed_at_idx" ON "invocations" ("version", "completed_at");

CREATE INDEX "invocation_logs_at_idx" ON "invocation_logs" ("at");

CREATE INDEX "warm_instances_code_hash_busy_idx" ON "warm_instances" ("code_hash", "busy");
