//! Types of the `site` object, generated from its spec by `cargo run -p codegen`.
//!
//! One website: pages, blog posts that go live at their scheduled time, a media library whose
//! files live in object storage, menus, form submissions and page-view analytics. It serves pages
//! and posts as HTML with SEO metadata, a sitemap per the sitemaps.org protocol and robots.txt.
//! Timestamps are milliseconds since the Unix epoch (UTC).

/// The object's name: the first URL segment, `/<object>/<name>/...`.
pub const OBJECT: &str = "site";

/// The object's class name.
pub const CLASS: &str = "Site";

/// Wire names of the methods, in spec order.
pub const METHODS: &[&str] = &[
    "describe",
    "health",
    "eventsSince",
    "appendEvent",
    "readStream",
    "streamVersion",
    "kvGet",
    "kvSet",
    "kvDelete",
    "kvList",
    "docPut",
    "docGet",
    "docDelete",
    "docList",
    "getSite",
    "updateSite",
    "updateSeo",
    "setHomepage",
    "createPage",
    "updatePage",
    "deletePage",
    "getPage",
    "getPageBySlug",
    "listPages",
    "reorderPages",
    "createPost",
    "updatePost",
    "publishPost",
    "schedulePost",
    "unpublishPost",
    "archivePost",
    "deletePost",
    "getPost",
    "getPostBySlug",
    "listPosts",
    "listPublishedPosts",
    "uploadMedia",
    "getMedia",
    "getMediaContent",
    "listMedia",
    "updateMedia",
    "deleteMedia",
    "recordPageView",
    "analytics",
    "realtimeVisitors",
    "submitForm",
    "listSubmissions",
    "getSubmission",
    "setSubmissionStatus",
    "deleteSubmission",
    "setMenu",
    "getMenu",
    "listMenus",
    "deleteMenu",
    "sitemap",
    "robotsTxt",
    "renderPage",
];

/// Names of the events, in spec order.
pub const EVENTS: &[&str] = &[
    "stream.appended",
    "page.published",
    "post.published",
    "post.scheduled",
    "post.unpublished",
    "post.archived",
    "media.uploaded",
    "media.deleted",
    "form.submitted",
    "menu.updated",
];

/// Whether a method only reads or may also write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodMode {
    Read,
    Write,
}

impl MethodMode {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Read, Self::Write];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
        }
    }
}

impl std::fmt::Display for MethodMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthStatus {
    Ok,
    Degraded,
}

impl HealthStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Ok, Self::Degraded];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Degraded => "degraded",
        }
    }
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostStatus {
    Draft,
    Scheduled,
    Published,
    Archived,
}

impl PostStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Draft,
        Self::Scheduled,
        Self::Published,
        Self::Archived,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Scheduled => "scheduled",
            Self::Published => "published",
            Self::Archived => "archived",
        }
    }
}

impl std::fmt::Display for PostStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionStatus {
    New,
    Read,
    Replied,
    Archived,
    Spam,
}

impl SubmissionStatus {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::New,
        Self::Read,
        Self::Replied,
        Self::Archived,
        Self::Spam,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::New => "new",
            Self::Read => "read",
            Self::Replied => "replied",
            Self::Archived => "archived",
            Self::Spam => "spam",
        }
    }
}

impl std::fmt::Display for SubmissionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentFormat {
    Markdown,
    Html,
}

impl ContentFormat {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[Self::Markdown, Self::Html];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Markdown => "markdown",
            Self::Html => "html",
        }
    }
}

impl std::fmt::Display for ContentFormat {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Derived from the user agent; `bot` views are stored but left out of analytics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceType {
    Desktop,
    Mobile,
    Tablet,
    Bot,
    Other,
}

impl DeviceType {
    /// Every value, in spec order.
    pub const ALL: &'static [Self] = &[
        Self::Desktop,
        Self::Mobile,
        Self::Tablet,
        Self::Bot,
        Self::Other,
    ];
    /// Returns the value as written in the spec and on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Desktop => "desktop",
            Self::Mobile => "mobile",
            Self::Tablet => "tablet",
            Self::Bot => "bot",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for DeviceType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// One callable method, as listed by `describe`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MethodSummary {
    /// The method's wire name (camelCase).
    pub name: String,
    /// The permission key the caller needs, or `public`.
    pub permission: String,
    pub mode: MethodMode,
    /// The extra REST route, such as `GET /founders`, if any.
    pub route: Option<String>,
}

/// What an instance is and what it offers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectDescription {
    /// The object class in PascalCase, such as `Startup`.
    pub class: String,
    /// The instance's stable id.
    pub id: String,
    /// The instance name it was addressed by.
    pub name: String,
    /// The number of migrations applied to the instance's database.
    pub schema_version: i64,
    pub methods: Vec<MethodSummary>,
    /// Names (`noun.verb`) of the events the object emits.
    pub events: Vec<String>,
}

/// The result of a health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    pub status: HealthStatus,
    pub class: String,
    pub id: String,
    /// The instance's clock.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub now: i64,
}

/// One entry of the event log that the runtime writes for every emitted event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventEntry {
    /// Position in the instance's log, starting at 1 and increasing without gaps.
    pub seq: i64,
    /// The event name, `noun.verb`.
    pub name: String,
    /// The event payload with camelCase field names.
    pub payload: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub emitted_at: i64,
}

/// Where an appended event landed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppendResult {
    pub stream: String,
    /// The new event's version, which is also the stream's version now.
    pub version: i64,
}

/// One entry of a menu, with nested entries.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuItem {
    pub label: String,
    /// An absolute URL or a path on the site.
    pub url: String,
    pub new_tab: Option<bool>,
    pub children: Option<Vec<MenuItem>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PathCount {
    pub path: String,
    pub views: i64,
    pub unique_visitors: i64,
}

/// A count of page views grouped by one value, such as a referrer host or a device type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyCount {
    pub key: String,
    pub views: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DailyViews {
    /// YYYY-MM-DD in the site's time zone.
    pub day: String,
    pub views: i64,
    pub unique_visitors: i64,
}

/// Page views in a time range, without bots. A visit ends after 30 minutes without a view;
/// a bounce is a visit with one page view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteAnalytics {
    /// Milliseconds since the Unix epoch, UTC.
    pub since: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub until: i64,
    pub views: i64,
    pub unique_visitors: i64,
    pub visits: i64,
    /// Bounced visits / visits; null when there are no visits.
    pub bounce_rate: Option<f64>,
    pub top_pages: Vec<PathCount>,
    /// By referrer host; direct visits are left out.
    pub top_referrers: Vec<KeyCount>,
    pub devices: Vec<KeyCount>,
    pub utm_sources: Vec<KeyCount>,
    pub utm_campaigns: Vec<KeyCount>,
    pub by_day: Vec<DailyViews>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RealtimeVisitors {
    pub window_ms: i64,
    /// Distinct visitors with a view in the window.
    pub visitors: i64,
    pub views: i64,
    pub pages: Vec<PathCount>,
}

/// A row of the `stream_events` table.
///
/// Event-sourced streams. Each stream numbers its events 1, 2, 3... without gaps; the
/// version of a stream is the version of its last event (0 for a stream with no events).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamEvent {
    pub stream: String,
    pub version: i64,
    /// The domain event type, such as `order_placed`.
    pub event_type: String,
    pub payload: serde_json::Value,
    /// Correlation ids, causation ids and the like.
    pub metadata: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub recorded_at: i64,
}

impl StreamEvent {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "stream_events";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "stream",
        "version",
        "event_type",
        "payload",
        "metadata",
        "recorded_at",
    ];
}

/// A row of the `kv` table.
///
/// The key-value store. A key whose `expires_at` has passed reads as missing and is purged lazily.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KvEntry {
    pub key: String,
    pub value: serde_json::Value,
    /// When the key expires; null keeps it forever.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub expires_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl KvEntry {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "kv";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "key",
        "value",
        "expires_at",
        "updated_at",
    ];
}

/// A row of the `docs` table.
///
/// JSON documents grouped in named collections.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsonDoc {
    pub collection: String,
    pub id: String,
    pub data: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl JsonDoc {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "docs";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "collection",
        "id",
        "data",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `site_profile` table.
///
/// The site's identity and SEO settings. A single row (`id` = 1).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteProfile {
    pub id: i64,
    pub name: String,
    /// The canonical origin, such as `https://example.com`; sitemap and Open Graph URLs are absolute under it.
    pub base_url: String,
    pub description: String,
    /// A BCP 47 language tag.
    pub language: String,
    /// An IANA time zone for displaying dates and grouping analytics by day.
    pub time_zone: String,
    /// The page served at `/`; null serves the post list.
    pub homepage_page_id: Option<String>,
    /// The path segment under which posts are served, as in `/blog/<slug>`.
    pub posts_path: String,
    pub posts_per_page: i64,
    /// The HTML title; `{title}` is the page's title and `{site}` the site's name.
    pub title_template: String,
    /// The default meta description.
    pub meta_description: String,
    /// The default Open Graph image.
    pub og_image_url: Option<String>,
    pub twitter_handle: Option<String>,
    /// Served at /robots.txt; a `Sitemap:` line is added when the sitemap is enabled.
    pub robots_txt: String,
    pub sitemap_enabled: bool,
    /// Raw page views older than this are deleted after the daily roll-up.
    pub page_view_retention_days: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl SiteProfile {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "site_profile";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "base_url",
        "description",
        "language",
        "time_zone",
        "homepage_page_id",
        "posts_path",
        "posts_per_page",
        "title_template",
        "meta_description",
        "og_image_url",
        "twitter_handle",
        "robots_txt",
        "sitemap_enabled",
        "page_view_retention_days",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `pages` table.
///
/// Standalone pages. A slug is unique; a clashing slug gets `-2`, `-3`... appended.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub content: String,
    pub content_format: ContentFormat,
    pub meta_title: Option<String>,
    pub meta_description: Option<String>,
    pub og_image_url: Option<String>,
    pub published: bool,
    /// Position among siblings, ascending.
    pub sort_order: i64,
    pub parent_id: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub published_at: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Page {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "pages";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "slug",
        "title",
        "content",
        "content_format",
        "meta_title",
        "meta_description",
        "og_image_url",
        "published",
        "sort_order",
        "parent_id",
        "published_at",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `posts` table.
///
/// Blog posts. A scheduled post goes live at `publish_at` (UTC) through the object's schedule.
/// `read_time_minutes` = ceil(word_count / 200). A clashing slug gets `-2`, `-3`... appended.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub excerpt: Option<String>,
    pub content: String,
    pub content_format: ContentFormat,
    pub status: PostStatus,
    pub author: Option<String>,
    pub tags: serde_json::Value,
    pub featured: bool,
    pub feature_image_media_id: Option<String>,
    pub meta_title: Option<String>,
    pub meta_description: Option<String>,
    pub og_image_url: Option<String>,
    pub canonical_url: Option<String>,
    /// For scheduled posts: when the post goes live.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub publish_at: Option<i64>,
    /// When the post last went live.
    ///
    /// Milliseconds since the Unix epoch, UTC.
    pub published_at: Option<i64>,
    pub word_count: i64,
    pub read_time_minutes: i64,
    pub views: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Post {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "posts";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "slug",
        "title",
        "excerpt",
        "content",
        "content_format",
        "status",
        "author",
        "tags",
        "featured",
        "feature_image_media_id",
        "meta_title",
        "meta_description",
        "og_image_url",
        "canonical_url",
        "publish_at",
        "published_at",
        "word_count",
        "read_time_minutes",
        "views",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `media` table.
///
/// Metadata of media files; the bytes live in object storage under `storage_key` (local disk natively, R2 on Workers).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Media {
    pub id: String,
    pub storage_key: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub alt_text: String,
    pub caption: Option<String>,
    pub uploaded_by: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Media {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "media";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "storage_key",
        "filename",
        "content_type",
        "size_bytes",
        "sha256",
        "width",
        "height",
        "alt_text",
        "caption",
        "uploaded_by",
        "created_at",
        "updated_at",
    ];
}

/// A row of the `page_views` table.
///
/// Raw page views. `visitor_id` is an opaque id from the client or a salted daily hash, never
/// an IP address. `page_id` and `post_id` are not foreign keys, so views outlive what they viewed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageView {
    pub id: String,
    pub path: String,
    pub page_id: Option<String>,
    pub post_id: Option<String>,
    pub referrer: Option<String>,
    pub referrer_host: Option<String>,
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
    pub utm_term: Option<String>,
    pub utm_content: Option<String>,
    pub device: DeviceType,
    pub browser: Option<String>,
    pub os: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<String>,
    pub visitor_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub at: i64,
}

impl PageView {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "page_views";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "path",
        "page_id",
        "post_id",
        "referrer",
        "referrer_host",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "device",
        "browser",
        "os",
        "country",
        "visitor_id",
        "at",
    ];
}

/// A row of the `daily_page_stats` table.
///
/// Page views per local day and path, rolled up from `page_views` so that analytics outlive the raw views.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DailyPageStats {
    pub day: String,
    pub path: String,
    pub views: i64,
    pub unique_visitors: i64,
}

impl DailyPageStats {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "daily_page_stats";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "day",
        "path",
        "views",
        "unique_visitors",
    ];
}

/// A row of the `form_submissions` table.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FormSubmission {
    pub id: String,
    pub form_name: String,
    pub data: serde_json::Value,
    pub email: Option<String>,
    pub name: Option<String>,
    pub status: SubmissionStatus,
    /// The page the form was on.
    pub page_path: Option<String>,
    pub visitor_id: Option<String>,
    /// Internal notes of whoever handles the submission.
    pub notes: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub replied_at: Option<i64>,
}

impl FormSubmission {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "form_submissions";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &[
        "id",
        "form_name",
        "data",
        "email",
        "name",
        "status",
        "page_path",
        "visitor_id",
        "notes",
        "created_at",
        "updated_at",
        "replied_at",
    ];
}

/// A row of the `menus` table.
///
/// Navigation menus by location name, such as `header` or `footer`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Menu {
    pub name: String,
    /// A JSON array of MenuItem trees.
    pub items: serde_json::Value,
    /// Milliseconds since the Unix epoch, UTC.
    pub updated_at: i64,
}

impl Menu {
    /// Name of the table in SQL.
    pub const TABLE: &'static str = "menus";
    /// Names of the columns in SQL, in declaration order.
    pub const COLUMNS: &'static [&'static str] = &["name", "items", "updated_at"];
}

/// Parameters of the `describe` method.
///
/// Returns the instance's class, id, name, methods and events. `GET /<object>/<name>` returns the same.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DescribeParams {}

impl DescribeParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "describe";
}

/// Parameters of the `health` method.
///
/// Reports whether the instance is up and its database is migrated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HealthParams {}

impl HealthParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "health";
}

/// Parameters of the `eventsSince` method.
///
/// Returns emitted events from the event log in `seq` order, starting after `after_seq`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EventsSinceParams {
    /// Return events with a larger `seq`; defaults to 0 (from the start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seq: Option<i64>,
    /// At most this many events, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl EventsSinceParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "eventsSince";
}

/// Parameters of the `appendEvent` method.
///
/// Appends an event to a stream. With `expected_version` the append succeeds only when the
/// stream is at that version (0 = the stream must be empty); without it the append always succeeds.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AppendEventParams {
    pub stream: String,
    pub event_type: String,
    pub payload: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_version: Option<i64>,
}

impl AppendEventParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "appendEvent";
}

/// Parameters of the `readStream` method.
///
/// Returns a stream's events in version order, starting at `from_version`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadStreamParams {
    pub stream: String,
    /// The first version to return; defaults to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_version: Option<i64>,
    /// At most this many events, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ReadStreamParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "readStream";
}

/// Parameters of the `streamVersion` method.
///
/// Returns the stream's current version, 0 for a stream with no events.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StreamVersionParams {
    pub stream: String,
}

impl StreamVersionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "streamVersion";
}

/// Parameters of the `kvGet` method.
///
/// Returns the value of a key, or null when the key is missing or expired.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvGetParams {
    pub key: String,
}

impl KvGetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvGet";
}

/// Parameters of the `kvSet` method.
///
/// Sets a key. With `ttl_ms` the key expires that many milliseconds from now; without it the key never expires.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvSetParams {
    pub key: String,
    pub value: serde_json::Value,
    /// Time to live in milliseconds, at least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_ms: Option<i64>,
}

impl KvSetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvSet";
}

/// Parameters of the `kvDelete` method.
///
/// Deletes a key; returns whether it existed (an expired key counts as missing).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvDeleteParams {
    pub key: String,
}

impl KvDeleteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvDelete";
}

/// Parameters of the `kvList` method.
///
/// Returns the live keys that start with `prefix`, in key order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvListParams {
    /// Defaults to the empty prefix, which matches every key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Continue after this key, for paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_key: Option<String>,
    /// At most this many entries, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl KvListParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "kvList";
}

/// Parameters of the `docPut` method.
///
/// Creates or replaces a document; `created_at` is kept on replace.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocPutParams {
    pub collection: String,
    pub id: String,
    pub data: serde_json::Value,
}

impl DocPutParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docPut";
}

/// Parameters of the `docGet` method.
///
/// Returns one document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocGetParams {
    pub collection: String,
    pub id: String,
}

impl DocGetParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docGet";
}

/// Parameters of the `docDelete` method.
///
/// Deletes a document; returns whether it existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocDeleteParams {
    pub collection: String,
    pub id: String,
}

impl DocDeleteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docDelete";
}

/// Parameters of the `docList` method.
///
/// Returns the documents of a collection in id order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocListParams {
    pub collection: String,
    /// Continue after this id, for paging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_id: Option<String>,
    /// At most this many documents, 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DocListParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "docList";
}

/// Parameters of the `getSite` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSiteParams {}

impl GetSiteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSite";
}

/// Parameters of the `updateSite` method.
///
/// Changes the fields given and leaves the others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSiteParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_per_page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_view_retention_days: Option<i64>,
}

impl UpdateSiteParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateSite";
}

/// Parameters of the `updateSeo` method.
///
/// Changes the SEO settings given and leaves the others.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateSeoParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub twitter_handle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub robots_txt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sitemap_enabled: Option<bool>,
}

impl UpdateSeoParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateSeo";
}

/// Parameters of the `setHomepage` method.
///
/// Makes a published page the homepage, or with no `page_id` serves the post list at `/`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetHomepageParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_id: Option<String>,
}

impl SetHomepageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setHomepage";
}

/// Parameters of the `createPage` method.
///
/// Creates a page. Without `slug` the slug is made from the title; a clashing slug gets a numeric suffix.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreatePageParams {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_format: Option<ContentFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
}

impl CreatePageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createPage";
}

/// Parameters of the `updatePage` method.
///
/// Changes the fields given; unpublishing the homepage is rejected.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdatePageParams {
    pub page_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_format: Option<ContentFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
}

impl UpdatePageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updatePage";
}

/// Parameters of the `deletePage` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeletePageParams {
    pub page_id: String,
}

impl DeletePageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deletePage";
}

/// Parameters of the `getPage` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPageParams {
    pub page_id: String,
}

impl GetPageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPage";
}

/// Parameters of the `getPageBySlug` method.
///
/// Returns a published page by slug.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPageBySlugParams {
    pub slug: String,
}

impl GetPageBySlugParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPageBySlug";
}

/// Parameters of the `listPages` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListPagesParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
}

impl ListPagesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listPages";
}

/// Parameters of the `reorderPages` method.
///
/// Sets `sort_order` to each page's position in `page_ids`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReorderPagesParams {
    pub page_ids: Vec<String>,
}

impl ReorderPagesParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "reorderPages";
}

/// Parameters of the `createPost` method.
///
/// Creates a draft post and computes its word count and read time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreatePostParams {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_format: Option<ContentFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_image_media_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
}

impl CreatePostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "createPost";
}

/// Parameters of the `updatePost` method.
///
/// Changes the fields given and recomputes the word count and read time.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdatePostParams {
    pub post_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_format: Option<ContentFormat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_image_media_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
}

impl UpdatePostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updatePost";
}

/// Parameters of the `publishPost` method.
///
/// Publishes a post now.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PublishPostParams {
    pub post_id: String,
}

impl PublishPostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "publishPost";
}

/// Parameters of the `schedulePost` method.
///
/// Schedules a post to go live at `publish_at`, which must be in the future; the object's schedule publishes it then.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SchedulePostParams {
    pub post_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub publish_at: i64,
}

impl SchedulePostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "schedulePost";
}

/// Parameters of the `unpublishPost` method.
///
/// Moves a published or scheduled post back to draft and cancels its schedule.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnpublishPostParams {
    pub post_id: String,
}

impl UnpublishPostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "unpublishPost";
}

/// Parameters of the `archivePost` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ArchivePostParams {
    pub post_id: String,
}

impl ArchivePostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "archivePost";
}

/// Parameters of the `deletePost` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeletePostParams {
    pub post_id: String,
}

impl DeletePostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deletePost";
}

/// Parameters of the `getPost` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPostParams {
    pub post_id: String,
}

impl GetPostParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPost";
}

/// Parameters of the `getPostBySlug` method.
///
/// Returns a published post by slug.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetPostBySlugParams {
    pub slug: String,
}

impl GetPostBySlugParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getPostBySlug";
}

/// Parameters of the `listPosts` method.
///
/// Lists posts in any status, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListPostsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PostStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    /// 1 to 1000; defaults to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

impl ListPostsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listPosts";
}

/// Parameters of the `listPublishedPosts` method.
///
/// Lists published posts, newest first, `posts_per_page` per page.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListPublishedPostsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<bool>,
    /// From 1; defaults to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
}

impl ListPublishedPostsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listPublishedPosts";
}

/// Parameters of the `uploadMedia` method.
///
/// Stores the bytes in object storage and records their metadata; width and height are read from images.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UploadMediaParams {
    pub filename: String,
    pub content_type: String,
    #[serde(with = "runtime::wire::base64")]
    pub data: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}

impl UploadMediaParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "uploadMedia";
}

/// Parameters of the `getMedia` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMediaParams {
    pub media_id: String,
}

impl GetMediaParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMedia";
}

/// Parameters of the `getMediaContent` method.
///
/// Returns the bytes of a media file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMediaContentParams {
    pub media_id: String,
}

impl GetMediaContentParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMediaContent";
}

/// Parameters of the `listMedia` method.
///
/// Lists media, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMediaParams {
    /// Such as `image/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type_prefix: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListMediaParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listMedia";
}

/// Parameters of the `updateMedia` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMediaParams {
    pub media_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}

impl UpdateMediaParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "updateMedia";
}

/// Parameters of the `deleteMedia` method.
///
/// Deletes the metadata and the stored bytes; returns whether the media existed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteMediaParams {
    pub media_id: String,
}

impl DeleteMediaParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteMedia";
}

/// Parameters of the `recordPageView` method.
///
/// Records a view. UTM fields missing from the parameters are read from `path`'s query
/// string; the device, browser and OS come from `user_agent`, which is not stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordPageViewParams {
    pub path: String,
    pub visitor_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_medium: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_campaign: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_term: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utm_content: Option<String>,
}

impl RecordPageViewParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "recordPageView";
}

/// Parameters of the `analytics` method.
///
/// Returns page-view analytics over a time range (the last 30 days by default).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnalyticsParams {
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    /// Entries in each top list, 1 to 100; defaults to 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top: Option<i64>,
}

impl AnalyticsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "analytics";
}

/// Parameters of the `realtimeVisitors` method.
///
/// Returns the visitors with a view in the last `window_ms` (default 5 minutes).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RealtimeVisitorsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_ms: Option<i64>,
}

impl RealtimeVisitorsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "realtimeVisitors";
}

/// Parameters of the `submitForm` method.
///
/// Records a form submission from a visitor and returns its id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubmitFormParams {
    pub form_name: String,
    pub data: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitor_id: Option<String>,
}

impl SubmitFormParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "submitForm";
}

/// Parameters of the `listSubmissions` method.
///
/// Lists submissions, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListSubmissionsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SubmissionStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_name: Option<String>,
    /// Milliseconds since the Unix epoch, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl ListSubmissionsParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listSubmissions";
}

/// Parameters of the `getSubmission` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetSubmissionParams {
    pub submission_id: String,
}

impl GetSubmissionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getSubmission";
}

/// Parameters of the `setSubmissionStatus` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetSubmissionStatusParams {
    pub submission_id: String,
    pub status: SubmissionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl SetSubmissionStatusParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setSubmissionStatus";
}

/// Parameters of the `deleteSubmission` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteSubmissionParams {
    pub submission_id: String,
}

impl DeleteSubmissionParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteSubmission";
}

/// Parameters of the `setMenu` method.
///
/// Creates or replaces a menu.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SetMenuParams {
    pub name: String,
    pub items: Vec<MenuItem>,
}

impl SetMenuParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "setMenu";
}

/// Parameters of the `getMenu` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetMenuParams {
    pub name: String,
}

impl GetMenuParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "getMenu";
}

/// Parameters of the `listMenus` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListMenusParams {}

impl ListMenusParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "listMenus";
}

/// Parameters of the `deleteMenu` method.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteMenuParams {
    pub name: String,
}

impl DeleteMenuParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "deleteMenu";
}

/// Parameters of the `sitemap` method.
///
/// Returns sitemap XML per sitemaps.org, with absolute URLs under `base_url`, XML-escaped, W3C
/// datetime `lastmod` and priorities from 0.0 to 1.0, listing only published pages and posts.
/// When the URLs do not fit one file (50,000 URLs or 52,428,800 bytes), the call without
/// `part` returns a sitemap index and `part` (from 1) returns each sitemap.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SitemapParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<i64>,
}

impl SitemapParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "sitemap";
}

/// Parameters of the `robotsTxt` method.
///
/// Returns robots.txt from the SEO settings, with a `Sitemap:` line when the sitemap is enabled.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RobotsTxtParams {}

impl RobotsTxtParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "robotsTxt";
}

/// Parameters of the `renderPage` method.
///
/// Returns the HTML document for a site path (`/`, a page slug, or a post under `posts_path`)
/// with the title from `title_template`, the meta description, a canonical link and Open
/// Graph tags. Only published content renders.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RenderPageParams {
    pub path: String,
}

impl RenderPageParams {
    /// Wire name of the method.
    pub const METHOD: &'static str = "renderPage";
}

/// Payload of the `stream.appended` event.
///
/// An event was appended to an event-sourced stream.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamAppended {
    pub stream: String,
    pub version: i64,
    pub event_type: String,
}

impl StreamAppended {
    /// Name of the event.
    pub const NAME: &'static str = "stream.appended";
}

/// Payload of the `page.published` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PagePublished {
    pub page_id: String,
    pub slug: String,
}

impl PagePublished {
    /// Name of the event.
    pub const NAME: &'static str = "page.published";
}

/// Payload of the `post.published` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostPublished {
    pub post_id: String,
    pub slug: String,
    /// True when the schedule published it.
    pub scheduled: bool,
}

impl PostPublished {
    /// Name of the event.
    pub const NAME: &'static str = "post.published";
}

/// Payload of the `post.scheduled` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostScheduled {
    pub post_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub publish_at: i64,
}

impl PostScheduled {
    /// Name of the event.
    pub const NAME: &'static str = "post.scheduled";
}

/// Payload of the `post.unpublished` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostUnpublished {
    pub post_id: String,
}

impl PostUnpublished {
    /// Name of the event.
    pub const NAME: &'static str = "post.unpublished";
}

/// Payload of the `post.archived` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostArchived {
    pub post_id: String,
}

impl PostArchived {
    /// Name of the event.
    pub const NAME: &'static str = "post.archived";
}

/// Payload of the `media.uploaded` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MediaUploaded {
    pub media_id: String,
    pub content_type: String,
    pub size_bytes: i64,
}

impl MediaUploaded {
    /// Name of the event.
    pub const NAME: &'static str = "media.uploaded";
}

/// Payload of the `media.deleted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MediaDeleted {
    pub media_id: String,
}

impl MediaDeleted {
    /// Name of the event.
    pub const NAME: &'static str = "media.deleted";
}

/// Payload of the `form.submitted` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FormSubmitted {
    pub submission_id: String,
    pub form_name: String,
}

impl FormSubmitted {
    /// Name of the event.
    pub const NAME: &'static str = "form.submitted";
}

/// Payload of the `menu.updated` event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MenuUpdated {
    pub name: String,
}

impl MenuUpdated {
    /// Name of the event.
    pub const NAME: &'static str = "menu.updated";
}

/// An event of this object, as the runtime logs and delivers it:
/// `{"name": "<noun.verb>", "payload": {...}}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "name", content = "payload")]
pub enum Event {
    #[serde(rename = "stream.appended")]
    StreamAppended(StreamAppended),
    #[serde(rename = "page.published")]
    PagePublished(PagePublished),
    #[serde(rename = "post.published")]
    PostPublished(PostPublished),
    #[serde(rename = "post.scheduled")]
    PostScheduled(PostScheduled),
    #[serde(rename = "post.unpublished")]
    PostUnpublished(PostUnpublished),
    #[serde(rename = "post.archived")]
    PostArchived(PostArchived),
    #[serde(rename = "media.uploaded")]
    MediaUploaded(MediaUploaded),
    #[serde(rename = "media.deleted")]
    MediaDeleted(MediaDeleted),
    #[serde(rename = "form.submitted")]
    FormSubmitted(FormSubmitted),
    #[serde(rename = "menu.updated")]
    MenuUpdated(MenuUpdated),
}

impl Event {
    /// Returns the event's name (`noun.verb`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::StreamAppended(_) => "stream.appended",
            Self::PagePublished(_) => "page.published",
            Self::PostPublished(_) => "post.published",
            Self::PostScheduled(_) => "post.scheduled",
            Self::PostUnpublished(_) => "post.unpublished",
            Self::PostArchived(_) => "post.archived",
            Self::MediaUploaded(_) => "media.uploaded",
            Self::MediaDeleted(_) => "media.deleted",
            Self::FormSubmitted(_) => "form.submitted",
            Self::MenuUpdated(_) => "menu.updated",
        }
    }
}

impl std::convert::From<StreamAppended> for Event {
    fn from(payload: StreamAppended) -> Self {
        Self::StreamAppended(payload)
    }
}

impl std::convert::From<PagePublished> for Event {
    fn from(payload: PagePublished) -> Self {
        Self::PagePublished(payload)
    }
}

impl std::convert::From<PostPublished> for Event {
    fn from(payload: PostPublished) -> Self {
        Self::PostPublished(payload)
    }
}

impl std::convert::From<PostScheduled> for Event {
    fn from(payload: PostScheduled) -> Self {
        Self::PostScheduled(payload)
    }
}

impl std::convert::From<PostUnpublished> for Event {
    fn from(payload: PostUnpublished) -> Self {
        Self::PostUnpublished(payload)
    }
}

impl std::convert::From<PostArchived> for Event {
    fn from(payload: PostArchived) -> Self {
        Self::PostArchived(payload)
    }
}

impl std::convert::From<MediaUploaded> for Event {
    fn from(payload: MediaUploaded) -> Self {
        Self::MediaUploaded(payload)
    }
}

impl std::convert::From<MediaDeleted> for Event {
    fn from(payload: MediaDeleted) -> Self {
        Self::MediaDeleted(payload)
    }
}

impl std::convert::From<FormSubmitted> for Event {
    fn from(payload: FormSubmitted) -> Self {
        Self::FormSubmitted(payload)
    }
}

impl std::convert::From<MenuUpdated> for Event {
    fn from(payload: MenuUpdated) -> Self {
        Self::MenuUpdated(payload)
    }
}
