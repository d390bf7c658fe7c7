-- Migration 0001_initial of object `agent`, planned by codegen from the spec. Do not edit it:
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

CREATE TABLE "agent_profile" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "name" TEXT NOT NULL DEFAULT '',
  "role" TEXT NOT NULL DEFAULT '',
  "instructions" TEXT NOT NULL DEFAULT '',
  "personality" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("personality")),
  "config" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("config")),
  "max_memories" INTEGER NOT NULL DEFAULT 10000 CHECK (max_memories >= 1),
  "max_memory_bytes" INTEGER NOT NULL DEFAULT 10485760 CHECK (max_memory_bytes >= 1),
  "max_memory_content_bytes" INTEGER NOT NULL DEFAULT 16384 CHECK (max_memory_content_bytes >= 1),
  "reflection_threshold" INTEGER NOT NULL DEFAULT 150 CHECK (reflection_threshold >= 1),
  "recency_decay" REAL NOT NULL DEFAULT 0.995 CHECK (recency_decay > 0 AND recency_decay <= 1),
  "weight_recency" REAL NOT NULL DEFAULT 1.0 CHECK (weight_recency >= 0),
  "weight_importance" REAL NOT NULL DEFAULT 1.0 CHECK (weight_importance >= 0),
  "weight_relevance" REAL NOT NULL DEFAULT 1.0 CHECK (weight_relevance >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "agent_state" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "status" TEXT NOT NULL DEFAULT 'idle' CHECK ("status" IN ('idle', 'thinking', 'acting', 'learning')),
  "status_changed_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "current_goal_id" TEXT REFERENCES "goals" ("id") ON DELETE SET NULL,
  "current_execution_id" TEXT REFERENCES "action_executions" ("id") ON DELETE SET NULL,
  "importance_since_reflection" INTEGER NOT NULL DEFAULT 0 CHECK (importance_since_reflection >= 0),
  "last_reflection_at" INTEGER,
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "memories" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "content" TEXT NOT NULL CHECK (length(content) >= 1),
  "type" TEXT NOT NULL DEFAULT 'observation' CHECK ("type" IN ('observation', 'reflection', 'plan', 'fact', 'conversation', 'feedback')),
  "tags" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("tags")),
  "importance" INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 10),
  "size_bytes" INTEGER NOT NULL CHECK (size_bytes >= 0),
  "source" TEXT,
  "conversation_id" TEXT REFERENCES "conversations" ("id") ON DELETE SET NULL,
  "evidence_ids" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("evidence_ids")),
  "embedding" BLOB,
  "embedding_model" TEXT,
  "access_count" INTEGER NOT NULL DEFAULT 0 CHECK (access_count >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "last_accessed_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "reflections" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "trigger" TEXT NOT NULL CHECK ("trigger" IN ('threshold', 'manual')),
  "importance_sum" INTEGER NOT NULL CHECK (importance_sum >= 0),
  "memories_considered" INTEGER NOT NULL DEFAULT 0 CHECK (memories_considered >= 0),
  "insights" INTEGER NOT NULL DEFAULT 0 CHECK (insights >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "learnings" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "insight" TEXT NOT NULL CHECK (length(insight) >= 1),
  "category" TEXT,
  "source" TEXT NOT NULL CHECK ("source" IN ('reflection', 'feedback', 'action', 'manual')),
  "reflection_id" TEXT REFERENCES "reflections" ("id") ON DELETE SET NULL,
  "feedback_id" TEXT REFERENCES "feedback" ("id") ON DELETE SET NULL,
  "confidence" REAL NOT NULL DEFAULT 0.5 CHECK (confidence BETWEEN 0 AND 1),
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'invalidated')),
  "applied_count" INTEGER NOT NULL DEFAULT 0 CHECK (applied_count >= 0),
  "last_applied_at" INTEGER,
  "invalidated_reason" TEXT,
  "invalidated_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "conversations" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "title" TEXT,
  "participant" TEXT,
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'ended')),
  "summary" TEXT,
  "message_count" INTEGER NOT NULL DEFAULT 0 CHECK (message_count >= 0),
  "started_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "ended_at" INTEGER
) STRICT;

CREATE TABLE "messages" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "conversation_id" TEXT NOT NULL REFERENCES "conversations" ("id") ON DELETE CASCADE,
  "seq" INTEGER NOT NULL CHECK (seq >= 1),
  "role" TEXT NOT NULL CHECK ("role" IN ('system', 'user', 'assistant', 'tool')),
  "content" TEXT NOT NULL,
  "metadata" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("metadata")),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "actions" (
  "name" TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  "description" TEXT NOT NULL DEFAULT '',
  "parameters" TEXT NOT NULL DEFAULT '{"type":"object"}' CHECK (json_valid("parameters")),
  "handler" TEXT NOT NULL,
  "enabled" INTEGER NOT NULL DEFAULT 1 CHECK ("enabled" IN (0, 1)),
  "timeout_ms" INTEGER NOT NULL DEFAULT 30000 CHECK (timeout_ms >= 1),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "action_executions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "action_name" TEXT NOT NULL,
  "params" TEXT NOT NULL DEFAULT '{}' CHECK (json_valid("params")),
  "outcome" TEXT NOT NULL DEFAULT 'running' CHECK ("outcome" IN ('running', 'succeeded', 'failed', 'timed_out')),
  "result" TEXT CHECK (json_valid("result")),
  "error" TEXT,
  "goal_id" TEXT REFERENCES "goals" ("id") ON DELETE SET NULL,
  "started_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "completed_at" INTEGER,
  "duration_ms" INTEGER CHECK (duration_ms >= 0)
) STRICT;

CREATE TABLE "goals" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "description" TEXT NOT NULL CHECK (length(description) >= 1),
  "metric" TEXT,
  "target" REAL,
  "current" REAL,
  "progress" REAL NOT NULL DEFAULT 0.0 CHECK (progress BETWEEN 0 AND 1),
  "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'completed', 'failed', 'abandoned')),
  "priority" INTEGER NOT NULL DEFAULT 0,
  "parent_id" TEXT REFERENCES "goals" ("id") ON DELETE SET NULL,
  "deadline" INTEGER,
  "failure_reason" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "completed_at" INTEGER
) STRICT;

CREATE TABLE "feedback" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "target_type" TEXT NOT NULL DEFAULT 'general' CHECK ("target_type" IN ('action_execution', 'message', 'memory', 'goal', 'conversation', 'general')),
  "target_id" TEXT,
  "rating" REAL NOT NULL CHECK (rating BETWEEN 0 AND 1),
  "comment" TEXT,
  "given_by" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "memories_created_at_idx" ON "memories" ("created_at");

CREATE INDEX "memories_importance_idx" ON "memories" ("importance");

CREATE INDEX "memories_last_accessed_at_idx" ON "memories" ("last_accessed_at");

CREATE INDEX "memories_type_created_at_idx" ON "memories" ("type", "created_at");

CREATE INDEX "reflections_created_at_idx" ON "reflections" ("created_at");

CREATE INDEX "learnings_status_category_idx" ON "learnings" ("status", "category");

CREATE INDEX "conversations_status_started_at_idx" ON "conversations" ("status", "started_at");

CREATE UNIQUE INDEX "messages_conversation_id_seq_idx" ON "messages" ("conversation_id", "seq");

CREATE INDEX "action_executions_action_name_started_at_idx" ON "action_executions" ("action_name", "started_at");

CREATE INDEX "action_executions_outcome_idx" ON "action_executions" ("outcome");

CREATE INDEX "goals_status_priority_idx" ON "goals" ("status", "priority");

CREATE INDEX "feedback_created_at_idx" ON "feedback" ("created_at");

CREATE INDEX "feedback_target_type_target_id_idx" ON "feedback" ("target_type", "target_id");
