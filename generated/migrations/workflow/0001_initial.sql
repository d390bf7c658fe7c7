-- Migration 0001_initial of object `workflow`, planned by codegen from the spec. Do not edit it:
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

CREATE TABLE "workflow_definitions" (
  "name" TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  "description" TEXT NOT NULL DEFAULT '',
  "latest_version" INTEGER NOT NULL DEFAULT 0 CHECK (latest_version >= 0),
  "enabled" INTEGER NOT NULL DEFAULT 1 CHECK ("enabled" IN (0, 1)),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "workflow_versions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "workflow_name" TEXT NOT NULL REFERENCES "workflow_definitions" ("name") ON DELETE CASCADE,
  "version" INTEGER NOT NULL CHECK (version >= 1),
  "definition" TEXT NOT NULL CHECK (json_valid("definition")),
  "input_schema" TEXT CHECK (json_valid("input_schema")),
  "timeout_ms" INTEGER CHECK (timeout_ms >= 1),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "workflow_steps" (
  "version_id" TEXT NOT NULL REFERENCES "workflow_versions" ("id") ON DELETE CASCADE,
  "name" TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  "position" INTEGER NOT NULL CHECK (position >= 0),
  "kind" TEXT NOT NULL CHECK ("kind" IN ('action', 'sleep', 'wait_for_event', 'human_task')),
  "action" TEXT,
  "params" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("params")),
  "depends_on" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("depends_on")),
  "condition" TEXT,
  "timeout_ms" INTEGER CHECK (timeout_ms >= 1),
  "on_error" TEXT NOT NULL DEFAULT 'fail' CHECK ("on_error" IN ('fail', 'continue', 'branch')),
  "error_step" TEXT,
  "retry_initial_interval_ms" INTEGER NOT NULL DEFAULT 1000 CHECK (retry_initial_interval_ms >= 1),
  "retry_backoff_coefficient" REAL NOT NULL DEFAULT 2.0 CHECK (retry_backoff_coefficient >= 1),
  "retry_maximum_interval_ms" INTEGER CHECK (retry_maximum_interval_ms >= retry_initial_interval_ms),
  "retry_maximum_attempts" INTEGER NOT NULL DEFAULT 0 CHECK (retry_maximum_attempts >= 0),
  "retry_non_retryable_errors" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("retry_non_retryable_errors")),
  "retry_jitter" REAL NOT NULL DEFAULT 0.0 CHECK (retry_jitter BETWEEN 0 AND 1),
  "event_name" TEXT,
  "match_field" TEXT,
  "match_value" TEXT CHECK (json_valid("match_value")),
  "sleep_ms" INTEGER CHECK (sleep_ms >= 0),
  "task" TEXT CHECK (json_valid("task")),
  PRIMARY KEY ("version_id", "name"),
  CHECK (kind <> 'action' OR action IS NOT NULL),
  CHECK (kind <> 'sleep' OR sleep_ms IS NOT NULL),
  CHECK (kind <> 'wait_for_event' OR event_name IS NOT NULL),
  CHECK (kind <> 'human_task' OR task IS NOT NULL),
  CHECK (on_error <> 'branch' OR error_step IS NOT NULL)
) STRICT;

CREATE TABLE "triggers" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "workflow_name" TEXT NOT NULL REFERENCES "workflow_definitions" ("name") ON DELETE CASCADE,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('event', 'cron')),
  "event_pattern" TEXT,
  "cron" TEXT,
  "time_zone" TEXT NOT NULL DEFAULT 'UTC',
  "input" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("input")),
  "enabled" INTEGER NOT NULL DEFAULT 1 CHECK ("enabled" IN (0, 1)),
  "next_fire_at" INTEGER,
  "last_fired_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK ((kind = 'event' AND event_pattern IS NOT NULL) OR (kind = 'cron' AND cron IS NOT NULL))
) STRICT;

CREATE TABLE "runs" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "workflow_name" TEXT NOT NULL REFERENCES "workflow_definitions" ("name") ON DELETE CASCADE,
  "version_id" TEXT NOT NULL REFERENCES "workflow_versions" ("id") ON DELETE CASCADE,
  "version" INTEGER NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'running', 'waiting', 'paused', 'completed', 'failed', 'cancelled')),
  "input" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("input")),
  "state" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("state")),
  "output" TEXT CHECK (json_valid("output")),
  "error" TEXT,
  "failed_step" TEXT,
  "trigger_id" TEXT REFERENCES "triggers" ("id") ON DELETE SET NULL,
  "event_id" TEXT,
  "replay_of" TEXT REFERENCES "runs" ("id") ON DELETE SET NULL,
  "deadline_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "started_at" INTEGER,
  "paused_at" INTEGER,
  "completed_at" INTEGER,
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "step_executions" (
  "run_id" TEXT NOT NULL REFERENCES "runs" ("id") ON DELETE CASCADE,
  "step_name" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'running', 'completed', 'failed', 'skipped', 'waiting')),
  "attempt" INTEGER NOT NULL DEFAULT 0 CHECK (attempt >= 0),
  "input" TEXT CHECK (json_valid("input")),
  "result" TEXT CHECK (json_valid("result")),
  "error" TEXT,
  "error_type" TEXT,
  "next_attempt_at" INTEGER,
  "started_at" INTEGER,
  "completed_at" INTEGER,
  "duration_ms" INTEGER CHECK (duration_ms >= 0),
  PRIMARY KEY ("run_id", "step_name")
) STRICT;

CREATE TABLE "waits" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "run_id" TEXT NOT NULL REFERENCES "runs" ("id") ON DELETE CASCADE,
  "step_name" TEXT NOT NULL,
  "kind" TEXT NOT NULL CHECK ("kind" IN ('event', 'sleep', 'human_task')),
  "status" TEXT NOT NULL DEFAULT 'waiting' CHECK ("status" IN ('waiting', 'resolved', 'expired', 'cancelled')),
  "event_name" TEXT,
  "match_field" TEXT,
  "match_value" TEXT CHECK (json_valid("match_value")),
  "task_id" TEXT,
  "resume_at" INTEGER,
  "timeout_at" INTEGER,
  "payload" TEXT CHECK (json_valid("payload")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "resolved_at" INTEGER
) STRICT;

CREATE TABLE "received_events" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL,
  "payload" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("payload")),
  "resumed_runs" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("resumed_runs")),
  "started_runs" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("started_runs")),
  "received_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "run_history" (
  "run_id" TEXT NOT NULL REFERENCES "runs" ("id") ON DELETE CASCADE,
  "seq" INTEGER NOT NULL CHECK (seq >= 1),
  "type" TEXT NOT NULL CHECK ("type" IN ('run_started', 'run_waiting', 'run_paused', 'run_resumed', 'run_completed', 'run_failed', 'run_cancelled', 'run_retried', 'step_started', 'step_completed', 'step_failed', 'step_retry_scheduled', 'step_skipped', 'step_waiting', 'wait_resolved', 'wait_expired')),
  "step_name" TEXT,
  "attempt" INTEGER,
  "data" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("data")),
  "at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("run_id", "seq")
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE UNIQUE INDEX "workflow_versions_workflow_name_version_idx" ON "workflow_versions" ("workflow_name", "version");

CREATE INDEX "triggers_kind_enabled_idx" ON "triggers" ("kind", "enabled");

CREATE INDEX "triggers_next_fire_at_idx" ON "triggers" ("next_fire_at");

CREATE INDEX "runs_status_updated_at_idx" ON "runs" ("status", "updated_at");

CREATE INDEX "runs_workflow_name_created_at_idx" ON "runs" ("workflow_name", "created_at");

CREATE INDEX "step_executions_status_next_attempt_at_idx" ON "step_executions" ("status", "next_attempt_at");

CREATE INDEX "waits_run_id_idx" ON "waits" ("run_id");

CREATE INDEX "waits_status_event_name_idx" ON "waits" ("status", "event_name");

CREATE INDEX "waits_status_timeout_at_idx" ON "waits" ("status", "timeout_at");

CREATE INDEX "received_events_received_at_idx" ON "received_events" ("received_at");
