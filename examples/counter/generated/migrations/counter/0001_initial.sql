-- Migration 0001_initial of object `counter`, planned by codegen from the spec. Do not edit it:
-- the runtime applies it once, in one transaction, with foreign keys off.

CREATE TABLE "state" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "value" INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE "changes" (
  "seq" INTEGER NOT NULL PRIMARY KEY,
  "delta" INTEGER NOT NULL,
  "value" INTEGER NOT NULL,
  "changed_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;
