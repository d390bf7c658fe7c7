-- Migration 0001_initial of object `human`, planned by codegen from the spec. Do not edit it:
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

CREATE TABLE "queue_profile" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "name" TEXT NOT NULL DEFAULT '',
  "kind" TEXT NOT NULL DEFAULT 'person' CHECK ("kind" IN ('person', 'team')),
  "members" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("members")),
  "email" TEXT,
  "time_zone" TEXT NOT NULL DEFAULT 'UTC',
  "default_priority" TEXT NOT NULL DEFAULT 'normal' CHECK ("default_priority" IN ('low', 'normal', 'high', 'urgent', 'critical')),
  "default_sla_policy_id" TEXT REFERENCES "sla_policies" ("id") ON DELETE SET NULL,
  "default_escalation_chain_id" TEXT REFERENCES "escalation_chains" ("id") ON DELETE SET NULL,
  "default_expiry_ms" INTEGER CHECK (default_expiry_ms >= 1),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "tasks" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "type" TEXT NOT NULL CHECK ("type" IN ('approval', 'review', 'decision', 'input', 'escalation', 'validation')),
  "title" TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  "description" TEXT NOT NULL DEFAULT '',
  "status" TEXT NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'assigned', 'in_progress', 'completed', 'rejected', 'expired', 'escalated', 'deferred')),
  "priority" TEXT NOT NULL DEFAULT 'normal' CHECK ("priority" IN ('low', 'normal', 'high', 'urgent', 'critical')),
  "priority_rank" INTEGER NOT NULL DEFAULT 2,
  "assignee" TEXT,
  "candidates" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("candidates")),
  "requester" TEXT,
  "callback" TEXT CHECK (json_valid("callback")),
  "input" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("input")),
  "options" TEXT CHECK (json_valid("options")),
  "response" TEXT CHECK (json_valid("response")),
  "outcome" TEXT CHECK ("outcome" IN ('approved', 'rejected', 'responded', 'expired')),
  "tags" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("tags")),
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata")),
  "idempotency_key" TEXT UNIQUE,
  "escalation_chain_id" TEXT REFERENCES "escalation_chains" ("id") ON DELETE SET NULL,
  "escalation_level" INTEGER NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
  "level_deadline_at" INTEGER,
  "sla_policy_id" TEXT REFERENCES "sla_policies" ("id") ON DELETE SET NULL,
  "response_due_at" INTEGER,
  "resolution_due_at" INTEGER,
  "sla_warning_at" INTEGER,
  "sla_warned_at" INTEGER,
  "response_breached_at" INTEGER,
  "resolution_breached_at" INTEGER,
  "expires_at" INTEGER,
  "deferred_until" INTEGER,
  "defer_count" INTEGER NOT NULL DEFAULT 0 CHECK (defer_count >= 0),
  "first_response_at" INTEGER,
  "assigned_at" INTEGER,
  "started_at" INTEGER,
  "resolved_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (priority_rank = CASE priority WHEN 'low' THEN 1 WHEN 'normal' THEN 2 WHEN 'high' THEN 3 WHEN 'urgent' THEN 4 WHEN 'critical' THEN 5 END),
  CHECK ((status IN ('completed', 'rejected', 'expired')) = (outcome IS NOT NULL))
) STRICT;

CREATE TABLE "decisions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "task_id" TEXT NOT NULL UNIQUE REFERENCES "tasks" ("id") ON DELETE CASCADE,
  "outcome" TEXT NOT NULL CHECK ("outcome" IN ('approved', 'rejected', 'responded', 'expired')),
  "response" TEXT CHECK (json_valid("response")),
  "comment" TEXT,
  "decided_by" TEXT NOT NULL,
  "decider_type" TEXT NOT NULL DEFAULT 'human' CHECK ("decider_type" IN ('human', 'system')),
  "reason" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "comments" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "task_id" TEXT NOT NULL REFERENCES "tasks" ("id") ON DELETE CASCADE,
  "author" TEXT NOT NULL,
  "body" TEXT NOT NULL CHECK (length(body) >= 1),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "task_transitions" (
  "task_id" TEXT NOT NULL REFERENCES "tasks" ("id") ON DELETE CASCADE,
  "seq" INTEGER NOT NULL CHECK (seq >= 1),
  "from_status" TEXT CHECK ("from_status" IN ('pending', 'assigned', 'in_progress', 'completed', 'rejected', 'expired', 'escalated', 'deferred')),
  "to_status" TEXT NOT NULL CHECK ("to_status" IN ('pending', 'assigned', 'in_progress', 'completed', 'rejected', 'expired', 'escalated', 'deferred')),
  "actor" TEXT,
  "reason" TEXT,
  "at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  PRIMARY KEY ("task_id", "seq")
) STRICT;

CREATE TABLE "escalation_chains" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL UNIQUE,
  "repeat" INTEGER NOT NULL DEFAULT 0 CHECK ("repeat" IN (0, 1)),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "escalation_levels" (
  "chain_id" TEXT NOT NULL REFERENCES "escalation_chains" ("id") ON DELETE CASCADE,
  "level" INTEGER NOT NULL CHECK (level >= 1),
  "assignees" TEXT NOT NULL CHECK (json_valid("assignees")),
  "timeout_ms" INTEGER NOT NULL CHECK (timeout_ms >= 1),
  "notify_via" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("notify_via")),
  PRIMARY KEY ("chain_id", "level")
) STRICT;

CREATE TABLE "escalations" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "task_id" TEXT NOT NULL REFERENCES "tasks" ("id") ON DELETE CASCADE,
  "from_level" INTEGER NOT NULL,
  "to_level" INTEGER NOT NULL,
  "to_assignees" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("to_assignees")),
  "reason" TEXT NOT NULL CHECK ("reason" IN ('timeout', 'manual', 'sla_breach')),
  "escalated_by" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "sla_policies" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "name" TEXT NOT NULL UNIQUE,
  "clock" TEXT NOT NULL DEFAULT 'calendar' CHECK ("clock" IN ('calendar', 'business_hours')),
  "time_zone" TEXT NOT NULL DEFAULT 'UTC',
  "working_days" TEXT NOT NULL DEFAULT '[1,2,3,4,5]' CHECK (json_valid("working_days")),
  "business_hours_start_minute" INTEGER NOT NULL DEFAULT 540 CHECK (business_hours_start_minute BETWEEN 0 AND 1439),
  "business_hours_end_minute" INTEGER NOT NULL DEFAULT 1020 CHECK (business_hours_end_minute BETWEEN 1 AND 1440),
  "holidays" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("holidays")),
  "warning_before_ms" INTEGER NOT NULL DEFAULT 0 CHECK (warning_before_ms >= 0),
  "breach_action" TEXT NOT NULL DEFAULT 'notify' CHECK ("breach_action" IN ('escalate', 'auto_approve', 'auto_reject', 'notify')),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (business_hours_end_minute > business_hours_start_minute)
) STRICT;

CREATE TABLE "sla_targets" (
  "policy_id" TEXT NOT NULL REFERENCES "sla_policies" ("id") ON DELETE CASCADE,
  "priority" TEXT NOT NULL CHECK ("priority" IN ('low', 'normal', 'high', 'urgent', 'critical')),
  "response_target_ms" INTEGER CHECK (response_target_ms >= 1),
  "resolution_target_ms" INTEGER CHECK (resolution_target_ms >= 1),
  PRIMARY KEY ("policy_id", "priority")
) STRICT;

CREATE TABLE "feedback" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "task_id" TEXT REFERENCES "tasks" ("id") ON DELETE SET NULL,
  "subject" TEXT,
  "rating" INTEGER CHECK (rating BETWEEN 1 AND 5),
  "comment" TEXT,
  "correction" TEXT CHECK (json_valid("correction")),
  "submitted_by" TEXT NOT NULL,
  "processed" INTEGER NOT NULL DEFAULT 0 CHECK ("processed" IN (0, 1)),
  "processed_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "tasks_assignee_status_idx" ON "tasks" ("assignee", "status");

CREATE INDEX "tasks_expires_at_idx" ON "tasks" ("expires_at");

CREATE INDEX "tasks_level_deadline_at_idx" ON "tasks" ("level_deadline_at");

CREATE INDEX "tasks_resolution_due_at_idx" ON "tasks" ("resolution_due_at");

CREATE INDEX "tasks_status_priority_rank_created_at_idx" ON "tasks" ("status", "priority_rank", "created_at");

CREATE INDEX "comments_task_id_created_at_idx" ON "comments" ("task_id", "created_at");

CREATE INDEX "escalations_task_id_created_at_idx" ON "escalations" ("task_id", "created_at");

CREATE INDEX "feedback_processed_created_at_idx" ON "feedback" ("processed", "created_at");

CREATE INDEX "feedback_task_id_idx" ON "feedback" ("task_id");
