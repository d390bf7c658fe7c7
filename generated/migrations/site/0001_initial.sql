-- Migration 0001_initial of object `site`, planned by codegen from the spec. Do not edit it:
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

CREATE TABLE "site_profile" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  "name" TEXT NOT NULL DEFAULT '',
  "base_url" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "language" TEXT NOT NULL DEFAULT 'en',
  "time_zone" TEXT NOT NULL DEFAULT 'UTC',
  "homepage_page_id" TEXT REFERENCES "pages" ("id") ON DELETE SET NULL,
  "posts_path" TEXT NOT NULL DEFAULT 'blog',
  "posts_per_page" INTEGER NOT NULL DEFAULT 10 CHECK (posts_per_page BETWEEN 1 AND 100),
  "title_template" TEXT NOT NULL DEFAULT '{title} | {site}',
  "meta_description" TEXT NOT NULL DEFAULT '',
  "og_image_url" TEXT,
  "twitter_handle" TEXT,
  "robots_txt" TEXT NOT NULL DEFAULT 'User-agent: *
Allow: /
',
  "sitemap_enabled" INTEGER NOT NULL DEFAULT 1 CHECK ("sitemap_enabled" IN (0, 1)),
  "page_view_retention_days" INTEGER NOT NULL DEFAULT 90 CHECK (page_view_retention_days >= 1),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "pages" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "slug" TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 200 AND slug NOT GLOB '*[^a-z0-9-]*'),
  "title" TEXT NOT NULL CHECK (length(title) >= 1),
  "content" TEXT NOT NULL DEFAULT '',
  "content_format" TEXT NOT NULL DEFAULT 'markdown' CHECK ("content_format" IN ('markdown', 'html')),
  "meta_title" TEXT,
  "meta_description" TEXT,
  "og_image_url" TEXT,
  "published" INTEGER NOT NULL DEFAULT 0 CHECK ("published" IN (0, 1)),
  "sort_order" INTEGER NOT NULL DEFAULT 0,
  "parent_id" TEXT REFERENCES "pages" ("id") ON DELETE SET NULL,
  "published_at" INTEGER,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "posts" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "slug" TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 200 AND slug NOT GLOB '*[^a-z0-9-]*'),
  "title" TEXT NOT NULL CHECK (length(title) >= 1),
  "excerpt" TEXT,
  "content" TEXT NOT NULL DEFAULT '',
  "content_format" TEXT NOT NULL DEFAULT 'markdown' CHECK ("content_format" IN ('markdown', 'html')),
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'scheduled', 'published', 'archived')),
  "author" TEXT,
  "tags" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("tags")),
  "featured" INTEGER NOT NULL DEFAULT 0 CHECK ("featured" IN (0, 1)),
  "feature_image_media_id" TEXT REFERENCES "media" ("id") ON DELETE SET NULL,
  "meta_title" TEXT,
  "meta_description" TEXT,
  "og_image_url" TEXT,
  "canonical_url" TEXT,
  "publish_at" INTEGER,
  "published_at" INTEGER,
  "word_count" INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  "read_time_minutes" INTEGER NOT NULL DEFAULT 0 CHECK (read_time_minutes >= 0),
  "views" INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  CHECK (status <> 'scheduled' OR publish_at IS NOT NULL),
  CHECK (status <> 'published' OR published_at IS NOT NULL)
) STRICT;

CREATE TABLE "media" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "storage_key" TEXT NOT NULL UNIQUE,
  "filename" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "size_bytes" INTEGER NOT NULL CHECK (size_bytes >= 0),
  "sha256" TEXT NOT NULL,
  "width" INTEGER,
  "height" INTEGER,
  "alt_text" TEXT NOT NULL DEFAULT '',
  "caption" TEXT,
  "uploaded_by" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "page_views" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "path" TEXT NOT NULL,
  "page_id" TEXT,
  "post_id" TEXT,
  "referrer" TEXT,
  "referrer_host" TEXT,
  "utm_source" TEXT,
  "utm_medium" TEXT,
  "utm_campaign" TEXT,
  "utm_term" TEXT,
  "utm_content" TEXT,
  "device" TEXT NOT NULL DEFAULT 'other' CHECK ("device" IN ('desktop', 'mobile', 'tablet', 'bot', 'other')),
  "browser" TEXT,
  "os" TEXT,
  "country" TEXT,
  "visitor_id" TEXT NOT NULL,
  "at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE TABLE "daily_page_stats" (
  "day" TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  "path" TEXT NOT NULL,
  "views" INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
  "unique_visitors" INTEGER NOT NULL DEFAULT 0 CHECK (unique_visitors >= 0),
  PRIMARY KEY ("day", "path")
) STRICT;

CREATE TABLE "form_submissions" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "form_name" TEXT NOT NULL CHECK (length(form_name) BETWEEN 1 AND 100),
  "data" TEXT NOT NULL CHECK (json_valid("data")),
  "email" TEXT,
  "name" TEXT,
  "status" TEXT NOT NULL DEFAULT 'new' CHECK ("status" IN ('new', 'read', 'replied', 'archived', 'spam')),
  "page_path" TEXT,
  "visitor_id" TEXT,
  "notes" TEXT,
  "created_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  "replied_at" INTEGER
) STRICT;

CREATE TABLE "menus" (
  "name" TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  "items" TEXT NOT NULL DEFAULT '[]' CHECK (json_valid("items")),
  "updated_at" INTEGER NOT NULL DEFAULT (CAST(unixepoch('subsec') * 1000 AS INTEGER))
) STRICT;

CREATE INDEX "stream_events_recorded_at_idx" ON "stream_events" ("recorded_at");

CREATE INDEX "kv_expires_at_idx" ON "kv" ("expires_at");

CREATE INDEX "docs_collection_updated_at_idx" ON "docs" ("collection", "updated_at");

CREATE INDEX "pages_parent_id_sort_order_idx" ON "pages" ("parent_id", "sort_order");

CREATE INDEX "pages_published_sort_order_idx" ON "pages" ("published", "sort_order");

CREATE INDEX "posts_featured_published_at_idx" ON "posts" ("featured", "published_at");

CREATE INDEX "posts_status_publish_at_idx" ON "posts" ("status", "publish_at");

CREATE INDEX "posts_status_published_at_idx" ON "posts" ("status", "published_at");

CREATE INDEX "media_created_at_idx" ON "media" ("created_at");

CREATE INDEX "page_views_at_idx" ON "page_views" ("at");

CREATE INDEX "page_views_path_at_idx" ON "page_views" ("path", "at");

CREATE INDEX "page_views_visitor_id_at_idx" ON "page_views" ("visitor_id", "at");

CREATE INDEX "form_submissions_form_name_created_at_idx" ON "form_submissions" ("form_name", "created_at");

CREATE INDEX "form_submissions_status_created_at_idx" ON "form_submissions" ("status", "created_at");
