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

/// Stored as its text value.
impl runtime::ToSql for MethodMode {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for MethodMode {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `MethodMode`"))
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

/// Stored as its text value.
impl runtime::ToSql for HealthStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for HealthStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `HealthStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for PostStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for PostStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `PostStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for SubmissionStatus {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for SubmissionStatus {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `SubmissionStatus`"))
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

/// Stored as its text value.
impl runtime::ToSql for ContentFormat {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for ContentFormat {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `ContentFormat`"))
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

/// Stored as its text value.
impl runtime::ToSql for DeviceType {
    fn to_sql(&self) -> runtime::Value {
        runtime::Value::Text(self.as_str().to_string())
    }
}

impl runtime::FromSql for DeviceType {
    fn from_sql(
        value: &runtime::Value,
    ) -> std::result::Result<Self, std::string::String> {
        let text = <std::string::String as runtime::FromSql>::from_sql(value)?;
        Self::ALL
            .iter()
            .copied()
            .find(|candidate| candidate.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a value of `DeviceType`"))
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
    /// The object class as it appears in URLs, such as `startup`.
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

/// The schema migrations, in version order; the runtime applies the pending ones on activation.
pub static MIGRATIONS: &[runtime::Migration] = &[
    runtime::Migration {
        version: 1,
        name: "initial",
        sql: include_str!("../migrations/site/0001_initial.sql"),
    },
];

/// The REST routes, relative to `/<object>/<name>/`.
pub static ROUTES: &[runtime::Route] = &[
    runtime::Route {
        verb: "GET",
        path: "health",
        method: "health",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "events",
        method: "eventsSince",
        params: &[
            runtime::RouteParam {
                name: "afterSeq",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "streams/{stream}/events",
        method: "appendEvent",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "streams/{stream}/events",
        method: "readStream",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "fromVersion",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "streams/{stream}",
        method: "streamVersion",
        params: &[
            runtime::RouteParam {
                name: "stream",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "kv/{key}",
        method: "kvGet",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "kv/{key}",
        method: "kvSet",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "kv/{key}",
        method: "kvDelete",
        params: &[
            runtime::RouteParam {
                name: "key",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "kv",
        method: "kvList",
        params: &[
            runtime::RouteParam {
                name: "prefix",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "afterKey",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "docs/{collection}/{id}",
        method: "docPut",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "docs/{collection}/{id}",
        method: "docGet",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "docs/{collection}/{id}",
        method: "docDelete",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "id",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "docs/{collection}",
        method: "docList",
        params: &[
            runtime::RouteParam {
                name: "collection",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "afterId",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "profile",
        method: "getSite",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "profile",
        method: "updateSite",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "seo",
        method: "updateSeo",
        params: &[],
    },
    runtime::Route {
        verb: "PUT",
        path: "homepage",
        method: "setHomepage",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "pages",
        method: "createPage",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "pages/{pageId}",
        method: "updatePage",
        params: &[
            runtime::RouteParam {
                name: "pageId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "pages/{pageId}",
        method: "deletePage",
        params: &[
            runtime::RouteParam {
                name: "pageId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "pages/{pageId}",
        method: "getPage",
        params: &[
            runtime::RouteParam {
                name: "pageId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "pages/by-slug/{slug}",
        method: "getPageBySlug",
        params: &[
            runtime::RouteParam {
                name: "slug",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "pages",
        method: "listPages",
        params: &[
            runtime::RouteParam {
                name: "published",
                kind: runtime::ParamKind::Boolean,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "pages/reorder",
        method: "reorderPages",
        params: &[],
    },
    runtime::Route {
        verb: "POST",
        path: "posts",
        method: "createPost",
        params: &[],
    },
    runtime::Route {
        verb: "PATCH",
        path: "posts/{postId}",
        method: "updatePost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "posts/{postId}/publish",
        method: "publishPost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "posts/{postId}/schedule",
        method: "schedulePost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "posts/{postId}/unpublish",
        method: "unpublishPost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "posts/{postId}/archive",
        method: "archivePost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "posts/{postId}",
        method: "deletePost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "posts/{postId}",
        method: "getPost",
        params: &[
            runtime::RouteParam {
                name: "postId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "posts/by-slug/{slug}",
        method: "getPostBySlug",
        params: &[
            runtime::RouteParam {
                name: "slug",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "posts",
        method: "listPublishedPosts",
        params: &[
            runtime::RouteParam {
                name: "tag",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "featured",
                kind: runtime::ParamKind::Boolean,
            },
            runtime::RouteParam {
                name: "page",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "media",
        method: "uploadMedia",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "media/{mediaId}",
        method: "getMedia",
        params: &[
            runtime::RouteParam {
                name: "mediaId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "media/{mediaId}/content",
        method: "getMediaContent",
        params: &[
            runtime::RouteParam {
                name: "mediaId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "media",
        method: "listMedia",
        params: &[
            runtime::RouteParam {
                name: "contentTypePrefix",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "before",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "PATCH",
        path: "media/{mediaId}",
        method: "updateMedia",
        params: &[
            runtime::RouteParam {
                name: "mediaId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "media/{mediaId}",
        method: "deleteMedia",
        params: &[
            runtime::RouteParam {
                name: "mediaId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "views",
        method: "recordPageView",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "analytics",
        method: "analytics",
        params: &[
            runtime::RouteParam {
                name: "since",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "until",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "top",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "analytics/realtime",
        method: "realtimeVisitors",
        params: &[
            runtime::RouteParam {
                name: "windowMs",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "forms/{formName}/submissions",
        method: "submitForm",
        params: &[
            runtime::RouteParam {
                name: "formName",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "submissions",
        method: "listSubmissions",
        params: &[
            runtime::RouteParam {
                name: "status",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "formName",
                kind: runtime::ParamKind::Text,
            },
            runtime::RouteParam {
                name: "before",
                kind: runtime::ParamKind::Integer,
            },
            runtime::RouteParam {
                name: "limit",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "submissions/{submissionId}",
        method: "getSubmission",
        params: &[
            runtime::RouteParam {
                name: "submissionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "POST",
        path: "submissions/{submissionId}/status",
        method: "setSubmissionStatus",
        params: &[
            runtime::RouteParam {
                name: "submissionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "DELETE",
        path: "submissions/{submissionId}",
        method: "deleteSubmission",
        params: &[
            runtime::RouteParam {
                name: "submissionId",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "PUT",
        path: "menus/{name}",
        method: "setMenu",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "menus/{name}",
        method: "getMenu",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "menus",
        method: "listMenus",
        params: &[],
    },
    runtime::Route {
        verb: "DELETE",
        path: "menus/{name}",
        method: "deleteMenu",
        params: &[
            runtime::RouteParam {
                name: "name",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "sitemap.xml",
        method: "sitemap",
        params: &[
            runtime::RouteParam {
                name: "part",
                kind: runtime::ParamKind::Integer,
            },
        ],
    },
    runtime::Route {
        verb: "GET",
        path: "robots.txt",
        method: "robotsTxt",
        params: &[],
    },
    runtime::Route {
        verb: "GET",
        path: "render",
        method: "renderPage",
        params: &[
            runtime::RouteParam {
                name: "path",
                kind: runtime::ParamKind::Text,
            },
        ],
    },
];

/// What the object declares to the runtime: every callable method with its permission, the
/// events, the migrations and the routes.
pub static INFO: runtime::ObjectInfo = runtime::ObjectInfo {
    class: OBJECT,
    methods: &[
        runtime::MethodInfo {
            name: "describe",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "health",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "eventsSince",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "appendEvent",
            permission: "events:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "readStream",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "streamVersion",
            permission: "events:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "kvGet",
            permission: "kv:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "kvSet",
            permission: "kv:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "kvDelete",
            permission: "kv:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "kvList",
            permission: "kv:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "docPut",
            permission: "docs:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "docGet",
            permission: "docs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "docDelete",
            permission: "docs:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "docList",
            permission: "docs:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getSite",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateSite",
            permission: "settings:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updateSeo",
            permission: "settings:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "setHomepage",
            permission: "settings:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createPage",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updatePage",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deletePage",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getPage",
            permission: "content:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getPageBySlug",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listPages",
            permission: "content:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "reorderPages",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "createPost",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "updatePost",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "publishPost",
            permission: "content:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "schedulePost",
            permission: "content:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "unpublishPost",
            permission: "content:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "archivePost",
            permission: "content:publish",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deletePost",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getPost",
            permission: "content:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getPostBySlug",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listPosts",
            permission: "content:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listPublishedPosts",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "uploadMedia",
            permission: "media:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMedia",
            permission: "media:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getMediaContent",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listMedia",
            permission: "media:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "updateMedia",
            permission: "media:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteMedia",
            permission: "media:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "recordPageView",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "analytics",
            permission: "analytics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "realtimeVisitors",
            permission: "analytics:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "submitForm",
            permission: "public",
            writes: true,
        },
        runtime::MethodInfo {
            name: "listSubmissions",
            permission: "forms:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "getSubmission",
            permission: "forms:read",
            writes: false,
        },
        runtime::MethodInfo {
            name: "setSubmissionStatus",
            permission: "forms:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "deleteSubmission",
            permission: "forms:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "setMenu",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "getMenu",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "listMenus",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "deleteMenu",
            permission: "content:write",
            writes: true,
        },
        runtime::MethodInfo {
            name: "sitemap",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "robotsTxt",
            permission: "public",
            writes: false,
        },
        runtime::MethodInfo {
            name: "renderPage",
            permission: "public",
            writes: false,
        },
    ],
    events: EVENTS,
    migrations: MIGRATIONS,
    routes: ROUTES,
};

/// The methods of the `site` object, implemented by the struct marked `#[durable_object]`.
///
/// The runtime checks a method's permission before it calls the method, and runs the call
/// in one transaction, which an `Err` rolls back.
///
/// The methods inherited from `do` are declared by the supertrait, `crate::r#do::Methods`.
#[allow(async_fn_in_trait)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement the methods of the `site` spec",
    note = "implement `Methods` of the `site` module for `{Self}`, with one async fn for each of: `get_site`, `update_site`, `update_seo`, `set_homepage`, `create_page`, `update_page`, `delete_page`, `get_page`, `get_page_by_slug`, `list_pages`, `reorder_pages`, `create_post`, `update_post`, `publish_post`, `schedule_post`, `unpublish_post`, `archive_post`, `delete_post`, `get_post`, `get_post_by_slug`, `list_posts`, `list_published_posts`, `upload_media`, `get_media`, `get_media_content`, `list_media`, `update_media`, `delete_media`, `record_page_view`, `analytics`, `realtime_visitors`, `submit_form`, `list_submissions`, `get_submission`, `set_submission_status`, `delete_submission`, `set_menu`, `get_menu`, `list_menus`, `delete_menu`, `sitemap`, `robots_txt`, `render_page`; the methods of the `do` spec come from its own `Methods` trait"
)]
pub trait Methods: crate::r#do::Methods {
    /// Permission: `public`. Route: `GET /profile`.
    async fn get_site(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<SiteProfile>;
    /// Changes the fields given and leaves the others.
    ///
    /// Permission: `settings:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    async fn update_site(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateSiteParams,
    ) -> runtime::Result<SiteProfile>;
    /// Changes the SEO settings given and leaves the others.
    ///
    /// Permission: `settings:write`. Route: `PATCH /seo`. Errors: `VALIDATION_ERROR`.
    async fn update_seo(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateSeoParams,
    ) -> runtime::Result<SiteProfile>;
    /// Makes a published page the homepage, or with no `page_id` serves the post list at `/`.
    ///
    /// Permission: `settings:write`. Route: `PUT /homepage`. Errors: `NOT_FOUND`, `CONFLICT`.
    async fn set_homepage(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetHomepageParams,
    ) -> runtime::Result<SiteProfile>;
    /// Creates a page. Without `slug` the slug is made from the title; a clashing slug gets a numeric suffix.
    ///
    /// Permission: `content:write`. Route: `POST /pages`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn create_page(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreatePageParams,
    ) -> runtime::Result<Page>;
    /// Changes the fields given; unpublishing the homepage is rejected.
    ///
    /// Permission: `content:write`. Route: `PATCH /pages/{page_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `CONFLICT`.
    async fn update_page(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdatePageParams,
    ) -> runtime::Result<Page>;
    /// Permission: `content:write`. Route: `DELETE /pages/{page_id}`.
    async fn delete_page(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeletePageParams,
    ) -> runtime::Result<bool>;
    /// Permission: `content:read`. Route: `GET /pages/{page_id}`. Errors: `NOT_FOUND`.
    async fn get_page(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetPageParams,
    ) -> runtime::Result<Page>;
    /// Returns a published page by slug.
    ///
    /// Permission: `public`. Route: `GET /pages/by-slug/{slug}`. Errors: `NOT_FOUND`.
    async fn get_page_by_slug(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetPageBySlugParams,
    ) -> runtime::Result<Page>;
    /// Permission: `content:read`. Route: `GET /pages`.
    async fn list_pages(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListPagesParams,
    ) -> runtime::Result<Vec<Page>>;
    /// Sets `sort_order` to each page's position in `page_ids`.
    ///
    /// Permission: `content:write`. Route: `POST /pages/reorder`. Errors: `NOT_FOUND`.
    async fn reorder_pages(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ReorderPagesParams,
    ) -> runtime::Result<Vec<Page>>;
    /// Creates a draft post and computes its word count and read time.
    ///
    /// Permission: `content:write`. Route: `POST /posts`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn create_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: CreatePostParams,
    ) -> runtime::Result<Post>;
    /// Changes the fields given and recomputes the word count and read time.
    ///
    /// Permission: `content:write`. Route: `PATCH /posts/{post_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn update_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdatePostParams,
    ) -> runtime::Result<Post>;
    /// Publishes a post now.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/publish`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn publish_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: PublishPostParams,
    ) -> runtime::Result<Post>;
    /// Schedules a post to go live at `publish_at`, which must be in the future; the object's schedule publishes it then.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/schedule`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn schedule_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SchedulePostParams,
    ) -> runtime::Result<Post>;
    /// Moves a published or scheduled post back to draft and cancels its schedule.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/unpublish`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn unpublish_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UnpublishPostParams,
    ) -> runtime::Result<Post>;
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn archive_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ArchivePostParams,
    ) -> runtime::Result<Post>;
    /// Permission: `content:write`. Route: `DELETE /posts/{post_id}`.
    async fn delete_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeletePostParams,
    ) -> runtime::Result<bool>;
    /// Permission: `content:read`. Route: `GET /posts/{post_id}`. Errors: `NOT_FOUND`.
    async fn get_post(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetPostParams,
    ) -> runtime::Result<Post>;
    /// Returns a published post by slug.
    ///
    /// Permission: `public`. Route: `GET /posts/by-slug/{slug}`. Errors: `NOT_FOUND`.
    async fn get_post_by_slug(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetPostBySlugParams,
    ) -> runtime::Result<Post>;
    /// Lists posts in any status, newest first.
    ///
    /// Permission: `content:read`. Errors: `VALIDATION_ERROR`.
    async fn list_posts(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListPostsParams,
    ) -> runtime::Result<Vec<Post>>;
    /// Lists published posts, newest first, `posts_per_page` per page.
    ///
    /// Permission: `public`. Route: `GET /posts`. Errors: `VALIDATION_ERROR`.
    async fn list_published_posts(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListPublishedPostsParams,
    ) -> runtime::Result<Vec<Post>>;
    /// Stores the bytes in object storage and records their metadata; width and height are read from images.
    ///
    /// Permission: `media:write`. Route: `POST /media`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    async fn upload_media(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UploadMediaParams,
    ) -> runtime::Result<Media>;
    /// Permission: `media:read`. Route: `GET /media/{media_id}`. Errors: `NOT_FOUND`.
    async fn get_media(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMediaParams,
    ) -> runtime::Result<Media>;
    /// Returns the bytes of a media file.
    ///
    /// Permission: `public`. Route: `GET /media/{media_id}/content`. Errors: `NOT_FOUND`.
    async fn get_media_content(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMediaContentParams,
    ) -> runtime::Result<Vec<u8>>;
    /// Lists media, newest first.
    ///
    /// Permission: `media:read`. Route: `GET /media`.
    async fn list_media(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListMediaParams,
    ) -> runtime::Result<Vec<Media>>;
    /// Permission: `media:write`. Route: `PATCH /media/{media_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    async fn update_media(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: UpdateMediaParams,
    ) -> runtime::Result<Media>;
    /// Deletes the metadata and the stored bytes; returns whether the media existed.
    ///
    /// Permission: `media:write`. Route: `DELETE /media/{media_id}`.
    async fn delete_media(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteMediaParams,
    ) -> runtime::Result<bool>;
    /// Records a view. UTM fields missing from the parameters are read from `path`'s query
    /// string; the device, browser and OS come from `user_agent`, which is not stored.
    ///
    /// Permission: `public`. Route: `POST /views`. Errors: `VALIDATION_ERROR`, `RATE_LIMITED`.
    async fn record_page_view(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RecordPageViewParams,
    ) -> runtime::Result<()>;
    /// Returns page-view analytics over a time range (the last 30 days by default).
    ///
    /// Permission: `analytics:read`. Route: `GET /analytics`. Errors: `VALIDATION_ERROR`.
    async fn analytics(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: AnalyticsParams,
    ) -> runtime::Result<SiteAnalytics>;
    /// Returns the visitors with a view in the last `window_ms` (default 5 minutes).
    ///
    /// Permission: `analytics:read`. Route: `GET /analytics/realtime`.
    async fn realtime_visitors(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RealtimeVisitorsParams,
    ) -> runtime::Result<RealtimeVisitors>;
    /// Records a form submission from a visitor and returns its id.
    ///
    /// Permission: `public`. Route: `POST /forms/{form_name}/submissions`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`, `RATE_LIMITED`.
    async fn submit_form(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SubmitFormParams,
    ) -> runtime::Result<String>;
    /// Lists submissions, newest first.
    ///
    /// Permission: `forms:read`. Route: `GET /submissions`.
    async fn list_submissions(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: ListSubmissionsParams,
    ) -> runtime::Result<Vec<FormSubmission>>;
    /// Permission: `forms:read`. Route: `GET /submissions/{submission_id}`. Errors: `NOT_FOUND`.
    async fn get_submission(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetSubmissionParams,
    ) -> runtime::Result<FormSubmission>;
    /// Permission: `forms:write`. Route: `POST /submissions/{submission_id}/status`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    async fn set_submission_status(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetSubmissionStatusParams,
    ) -> runtime::Result<FormSubmission>;
    /// Permission: `forms:write`. Route: `DELETE /submissions/{submission_id}`.
    async fn delete_submission(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteSubmissionParams,
    ) -> runtime::Result<bool>;
    /// Creates or replaces a menu.
    ///
    /// Permission: `content:write`. Route: `PUT /menus/{name}`. Errors: `VALIDATION_ERROR`.
    async fn set_menu(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SetMenuParams,
    ) -> runtime::Result<Menu>;
    /// Permission: `public`. Route: `GET /menus/{name}`. Errors: `NOT_FOUND`.
    async fn get_menu(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: GetMenuParams,
    ) -> runtime::Result<Menu>;
    /// Permission: `public`. Route: `GET /menus`.
    async fn list_menus(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<Vec<Menu>>;
    /// Permission: `content:write`. Route: `DELETE /menus/{name}`.
    async fn delete_menu(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: DeleteMenuParams,
    ) -> runtime::Result<bool>;
    /// Returns sitemap XML per sitemaps.org, with absolute URLs under `base_url`, XML-escaped, W3C
    /// datetime `lastmod` and priorities from 0.0 to 1.0, listing only published pages and posts.
    /// When the URLs do not fit one file (50,000 URLs or 52,428,800 bytes), the call without
    /// `part` returns a sitemap index and `part` (from 1) returns each sitemap.
    ///
    /// Permission: `public`. Route: `GET /sitemap.xml`. Errors: `NOT_FOUND`.
    async fn sitemap(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: SitemapParams,
    ) -> runtime::Result<String>;
    /// Returns robots.txt from the SEO settings, with a `Sitemap:` line when the sitemap is enabled.
    ///
    /// Permission: `public`. Route: `GET /robots.txt`.
    async fn robots_txt(
        &self,
        ctx: &runtime::CallContext<'_>,
    ) -> runtime::Result<String>;
    /// Returns the HTML document for a site path (`/`, a page slug, or a post under `posts_path`)
    /// with the title from `title_template`, the meta description, a canonical link and Open
    /// Graph tags. Only published content renders.
    ///
    /// Permission: `public`. Route: `GET /render`. Errors: `NOT_FOUND`.
    async fn render_page(
        &self,
        ctx: &runtime::CallContext<'_>,
        params: RenderPageParams,
    ) -> runtime::Result<String>;
}

/// Runs one call on `object`: parses `params` into the method's params struct (an error names the
/// field), calls the method and serializes its result. An undeclared name is `METHOD_NOT_FOUND`.
pub async fn dispatch<T: Methods>(
    object: &T,
    ctx: &runtime::CallContext<'_>,
    method: &str,
    params: serde_json::Value,
) -> runtime::Result<serde_json::Value> {
    match method {
        "getSite" => {
            let GetSiteParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_site(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "updateSite" => {
            let params: UpdateSiteParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_site(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateSeo" => {
            let params: UpdateSeoParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_seo(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setHomepage" => {
            let params: SetHomepageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_homepage(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createPage" => {
            let params: CreatePageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_page(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updatePage" => {
            let params: UpdatePageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_page(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deletePage" => {
            let params: DeletePageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_page(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPage" => {
            let params: GetPageParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_page(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPageBySlug" => {
            let params: GetPageBySlugParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_page_by_slug(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listPages" => {
            let params: ListPagesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_pages(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "reorderPages" => {
            let params: ReorderPagesParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.reorder_pages(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "createPost" => {
            let params: CreatePostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.create_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updatePost" => {
            let params: UpdatePostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "publishPost" => {
            let params: PublishPostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.publish_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "schedulePost" => {
            let params: SchedulePostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.schedule_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "unpublishPost" => {
            let params: UnpublishPostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.unpublish_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "archivePost" => {
            let params: ArchivePostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.archive_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deletePost" => {
            let params: DeletePostParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPost" => {
            let params: GetPostParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_post(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getPostBySlug" => {
            let params: GetPostBySlugParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_post_by_slug(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listPosts" => {
            let params: ListPostsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_posts(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listPublishedPosts" => {
            let params: ListPublishedPostsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_published_posts(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "uploadMedia" => {
            let params: UploadMediaParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.upload_media(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMedia" => {
            let params: GetMediaParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_media(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMediaContent" => {
            let params: GetMediaContentParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_media_content(ctx, params).await?;
            runtime::dispatch::to_result(crate::wire::base64::Base64(result))
        }
        "listMedia" => {
            let params: ListMediaParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_media(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "updateMedia" => {
            let params: UpdateMediaParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.update_media(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteMedia" => {
            let params: DeleteMediaParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_media(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "recordPageView" => {
            let params: RecordPageViewParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            object.record_page_view(ctx, params).await?;
            Ok(serde_json::Value::Null)
        }
        "analytics" => {
            let params: AnalyticsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.analytics(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "realtimeVisitors" => {
            let params: RealtimeVisitorsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.realtime_visitors(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "submitForm" => {
            let params: SubmitFormParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.submit_form(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listSubmissions" => {
            let params: ListSubmissionsParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.list_submissions(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getSubmission" => {
            let params: GetSubmissionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.get_submission(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setSubmissionStatus" => {
            let params: SetSubmissionStatusParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.set_submission_status(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteSubmission" => {
            let params: DeleteSubmissionParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_submission(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "setMenu" => {
            let params: SetMenuParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.set_menu(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "getMenu" => {
            let params: GetMenuParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.get_menu(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "listMenus" => {
            let ListMenusParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.list_menus(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "deleteMenu" => {
            let params: DeleteMenuParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.delete_menu(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "sitemap" => {
            let params: SitemapParams = runtime::dispatch::parse_params(method, params)?;
            let result = object.sitemap(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "robotsTxt" => {
            let RobotsTxtParams {} = runtime::dispatch::parse_params(method, params)?;
            let result = object.robots_txt(ctx).await?;
            runtime::dispatch::to_result(result)
        }
        "renderPage" => {
            let params: RenderPageParams = runtime::dispatch::parse_params(
                method,
                params,
            )?;
            let result = object.render_page(ctx, params).await?;
            runtime::dispatch::to_result(result)
        }
        "describe" | "health" | "eventsSince" | "appendEvent" | "readStream"
        | "streamVersion" | "kvGet" | "kvSet" | "kvDelete" | "kvList" | "docPut"
        | "docGet" | "docDelete" | "docList" => {
            crate::r#do::dispatch(object, ctx, method, params).await
        }
        _ => Err(runtime::Error::method_not_found(OBJECT, method)),
    }
}

/// A typed client of another instance of this object, for calls from a method handler. The
/// callee checks its permissions against the original caller's principal.
pub struct Client<'a> {
    /// The untyped stub the calls go through.
    pub stub: runtime::Stub<'a>,
}

/// Returns a client of the instance `name` of this object.
pub fn client<'a>(ctx: &'a runtime::CallContext<'_>, name: &str) -> Client<'a> {
    Client {
        stub: ctx.stub(OBJECT, name),
    }
}

impl Client<'_> {
    /// Returns the instance's class, id, name, methods and events. `GET /<object>/<name>` returns the same.
    ///
    /// Permission: `public`.
    pub async fn describe(&self) -> runtime::Result<ObjectDescription> {
        self.stub.call_as::<ObjectDescription>("describe", DescribeParams {}).await
    }
    /// Reports whether the instance is up and its database is migrated.
    ///
    /// Permission: `public`. Route: `GET /health`.
    pub async fn health(&self) -> runtime::Result<Health> {
        self.stub.call_as::<Health>("health", HealthParams {}).await
    }
    /// Returns emitted events from the event log in `seq` order, starting after `after_seq`.
    ///
    /// Permission: `events:read`. Route: `GET /events`. Errors: `VALIDATION_ERROR`.
    pub async fn events_since(
        &self,
        params: EventsSinceParams,
    ) -> runtime::Result<Vec<EventEntry>> {
        self.stub.call_as::<Vec<EventEntry>>("eventsSince", params).await
    }
    /// Appends an event to a stream. With `expected_version` the append succeeds only when the
    /// stream is at that version (0 = the stream must be empty); without it the append always succeeds.
    ///
    /// Permission: `events:write`. Route: `POST /streams/{stream}/events`. Errors: `VALIDATION_ERROR`, `WRONG_EXPECTED_VERSION`.
    pub async fn append_event(
        &self,
        params: AppendEventParams,
    ) -> runtime::Result<AppendResult> {
        self.stub.call_as::<AppendResult>("appendEvent", params).await
    }
    /// Returns a stream's events in version order, starting at `from_version`.
    ///
    /// Permission: `events:read`. Route: `GET /streams/{stream}/events`. Errors: `VALIDATION_ERROR`.
    pub async fn read_stream(
        &self,
        params: ReadStreamParams,
    ) -> runtime::Result<Vec<StreamEvent>> {
        self.stub.call_as::<Vec<StreamEvent>>("readStream", params).await
    }
    /// Returns the stream's current version, 0 for a stream with no events.
    ///
    /// Permission: `events:read`. Route: `GET /streams/{stream}`.
    pub async fn stream_version(
        &self,
        params: StreamVersionParams,
    ) -> runtime::Result<i64> {
        self.stub.call_as::<i64>("streamVersion", params).await
    }
    /// Returns the value of a key, or null when the key is missing or expired.
    ///
    /// Permission: `kv:read`. Route: `GET /kv/{key}`.
    pub async fn kv_get(
        &self,
        params: KvGetParams,
    ) -> runtime::Result<Option<serde_json::Value>> {
        self.stub.call_as::<Option<serde_json::Value>>("kvGet", params).await
    }
    /// Sets a key. With `ttl_ms` the key expires that many milliseconds from now; without it the key never expires.
    ///
    /// Permission: `kv:write`. Route: `PUT /kv/{key}`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn kv_set(&self, params: KvSetParams) -> runtime::Result<()> {
        self.stub.call_as::<()>("kvSet", params).await
    }
    /// Deletes a key; returns whether it existed (an expired key counts as missing).
    ///
    /// Permission: `kv:write`. Route: `DELETE /kv/{key}`.
    pub async fn kv_delete(&self, params: KvDeleteParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("kvDelete", params).await
    }
    /// Returns the live keys that start with `prefix`, in key order.
    ///
    /// Permission: `kv:read`. Route: `GET /kv`. Errors: `VALIDATION_ERROR`.
    pub async fn kv_list(&self, params: KvListParams) -> runtime::Result<Vec<KvEntry>> {
        self.stub.call_as::<Vec<KvEntry>>("kvList", params).await
    }
    /// Creates or replaces a document; `created_at` is kept on replace.
    ///
    /// Permission: `docs:write`. Route: `PUT /docs/{collection}/{id}`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn doc_put(&self, params: DocPutParams) -> runtime::Result<JsonDoc> {
        self.stub.call_as::<JsonDoc>("docPut", params).await
    }
    /// Returns one document.
    ///
    /// Permission: `docs:read`. Route: `GET /docs/{collection}/{id}`. Errors: `NOT_FOUND`.
    pub async fn doc_get(&self, params: DocGetParams) -> runtime::Result<JsonDoc> {
        self.stub.call_as::<JsonDoc>("docGet", params).await
    }
    /// Deletes a document; returns whether it existed.
    ///
    /// Permission: `docs:write`. Route: `DELETE /docs/{collection}/{id}`.
    pub async fn doc_delete(&self, params: DocDeleteParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("docDelete", params).await
    }
    /// Returns the documents of a collection in id order.
    ///
    /// Permission: `docs:read`. Route: `GET /docs/{collection}`. Errors: `VALIDATION_ERROR`.
    pub async fn doc_list(
        &self,
        params: DocListParams,
    ) -> runtime::Result<Vec<JsonDoc>> {
        self.stub.call_as::<Vec<JsonDoc>>("docList", params).await
    }
    /// Permission: `public`. Route: `GET /profile`.
    pub async fn get_site(&self) -> runtime::Result<SiteProfile> {
        self.stub.call_as::<SiteProfile>("getSite", GetSiteParams {}).await
    }
    /// Changes the fields given and leaves the others.
    ///
    /// Permission: `settings:write`. Route: `PATCH /profile`. Errors: `VALIDATION_ERROR`.
    pub async fn update_site(
        &self,
        params: UpdateSiteParams,
    ) -> runtime::Result<SiteProfile> {
        self.stub.call_as::<SiteProfile>("updateSite", params).await
    }
    /// Changes the SEO settings given and leaves the others.
    ///
    /// Permission: `settings:write`. Route: `PATCH /seo`. Errors: `VALIDATION_ERROR`.
    pub async fn update_seo(
        &self,
        params: UpdateSeoParams,
    ) -> runtime::Result<SiteProfile> {
        self.stub.call_as::<SiteProfile>("updateSeo", params).await
    }
    /// Makes a published page the homepage, or with no `page_id` serves the post list at `/`.
    ///
    /// Permission: `settings:write`. Route: `PUT /homepage`. Errors: `NOT_FOUND`, `CONFLICT`.
    pub async fn set_homepage(
        &self,
        params: SetHomepageParams,
    ) -> runtime::Result<SiteProfile> {
        self.stub.call_as::<SiteProfile>("setHomepage", params).await
    }
    /// Creates a page. Without `slug` the slug is made from the title; a clashing slug gets a numeric suffix.
    ///
    /// Permission: `content:write`. Route: `POST /pages`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn create_page(&self, params: CreatePageParams) -> runtime::Result<Page> {
        self.stub.call_as::<Page>("createPage", params).await
    }
    /// Changes the fields given; unpublishing the homepage is rejected.
    ///
    /// Permission: `content:write`. Route: `PATCH /pages/{page_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `CONFLICT`.
    pub async fn update_page(&self, params: UpdatePageParams) -> runtime::Result<Page> {
        self.stub.call_as::<Page>("updatePage", params).await
    }
    /// Permission: `content:write`. Route: `DELETE /pages/{page_id}`.
    pub async fn delete_page(&self, params: DeletePageParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deletePage", params).await
    }
    /// Permission: `content:read`. Route: `GET /pages/{page_id}`. Errors: `NOT_FOUND`.
    pub async fn get_page(&self, params: GetPageParams) -> runtime::Result<Page> {
        self.stub.call_as::<Page>("getPage", params).await
    }
    /// Returns a published page by slug.
    ///
    /// Permission: `public`. Route: `GET /pages/by-slug/{slug}`. Errors: `NOT_FOUND`.
    pub async fn get_page_by_slug(
        &self,
        params: GetPageBySlugParams,
    ) -> runtime::Result<Page> {
        self.stub.call_as::<Page>("getPageBySlug", params).await
    }
    /// Permission: `content:read`. Route: `GET /pages`.
    pub async fn list_pages(
        &self,
        params: ListPagesParams,
    ) -> runtime::Result<Vec<Page>> {
        self.stub.call_as::<Vec<Page>>("listPages", params).await
    }
    /// Sets `sort_order` to each page's position in `page_ids`.
    ///
    /// Permission: `content:write`. Route: `POST /pages/reorder`. Errors: `NOT_FOUND`.
    pub async fn reorder_pages(
        &self,
        params: ReorderPagesParams,
    ) -> runtime::Result<Vec<Page>> {
        self.stub.call_as::<Vec<Page>>("reorderPages", params).await
    }
    /// Creates a draft post and computes its word count and read time.
    ///
    /// Permission: `content:write`. Route: `POST /posts`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn create_post(&self, params: CreatePostParams) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("createPost", params).await
    }
    /// Changes the fields given and recomputes the word count and read time.
    ///
    /// Permission: `content:write`. Route: `PATCH /posts/{post_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn update_post(&self, params: UpdatePostParams) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("updatePost", params).await
    }
    /// Publishes a post now.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/publish`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn publish_post(
        &self,
        params: PublishPostParams,
    ) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("publishPost", params).await
    }
    /// Schedules a post to go live at `publish_at`, which must be in the future; the object's schedule publishes it then.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/schedule`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn schedule_post(
        &self,
        params: SchedulePostParams,
    ) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("schedulePost", params).await
    }
    /// Moves a published or scheduled post back to draft and cancels its schedule.
    ///
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/unpublish`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn unpublish_post(
        &self,
        params: UnpublishPostParams,
    ) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("unpublishPost", params).await
    }
    /// Permission: `content:publish`. Route: `POST /posts/{post_id}/archive`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn archive_post(
        &self,
        params: ArchivePostParams,
    ) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("archivePost", params).await
    }
    /// Permission: `content:write`. Route: `DELETE /posts/{post_id}`.
    pub async fn delete_post(&self, params: DeletePostParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deletePost", params).await
    }
    /// Permission: `content:read`. Route: `GET /posts/{post_id}`. Errors: `NOT_FOUND`.
    pub async fn get_post(&self, params: GetPostParams) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("getPost", params).await
    }
    /// Returns a published post by slug.
    ///
    /// Permission: `public`. Route: `GET /posts/by-slug/{slug}`. Errors: `NOT_FOUND`.
    pub async fn get_post_by_slug(
        &self,
        params: GetPostBySlugParams,
    ) -> runtime::Result<Post> {
        self.stub.call_as::<Post>("getPostBySlug", params).await
    }
    /// Lists posts in any status, newest first.
    ///
    /// Permission: `content:read`. Errors: `VALIDATION_ERROR`.
    pub async fn list_posts(
        &self,
        params: ListPostsParams,
    ) -> runtime::Result<Vec<Post>> {
        self.stub.call_as::<Vec<Post>>("listPosts", params).await
    }
    /// Lists published posts, newest first, `posts_per_page` per page.
    ///
    /// Permission: `public`. Route: `GET /posts`. Errors: `VALIDATION_ERROR`.
    pub async fn list_published_posts(
        &self,
        params: ListPublishedPostsParams,
    ) -> runtime::Result<Vec<Post>> {
        self.stub.call_as::<Vec<Post>>("listPublishedPosts", params).await
    }
    /// Stores the bytes in object storage and records their metadata; width and height are read from images.
    ///
    /// Permission: `media:write`. Route: `POST /media`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`.
    pub async fn upload_media(
        &self,
        params: UploadMediaParams,
    ) -> runtime::Result<Media> {
        self.stub.call_as::<Media>("uploadMedia", params).await
    }
    /// Permission: `media:read`. Route: `GET /media/{media_id}`. Errors: `NOT_FOUND`.
    pub async fn get_media(&self, params: GetMediaParams) -> runtime::Result<Media> {
        self.stub.call_as::<Media>("getMedia", params).await
    }
    /// Returns the bytes of a media file.
    ///
    /// Permission: `public`. Route: `GET /media/{media_id}/content`. Errors: `NOT_FOUND`.
    pub async fn get_media_content(
        &self,
        params: GetMediaContentParams,
    ) -> runtime::Result<Vec<u8>> {
        let result = self
            .stub
            .call_as::<crate::wire::base64::Base64<Vec<u8>>>("getMediaContent", params)
            .await?;
        Ok(result.0)
    }
    /// Lists media, newest first.
    ///
    /// Permission: `media:read`. Route: `GET /media`.
    pub async fn list_media(
        &self,
        params: ListMediaParams,
    ) -> runtime::Result<Vec<Media>> {
        self.stub.call_as::<Vec<Media>>("listMedia", params).await
    }
    /// Permission: `media:write`. Route: `PATCH /media/{media_id}`. Errors: `VALIDATION_ERROR`, `NOT_FOUND`.
    pub async fn update_media(
        &self,
        params: UpdateMediaParams,
    ) -> runtime::Result<Media> {
        self.stub.call_as::<Media>("updateMedia", params).await
    }
    /// Deletes the metadata and the stored bytes; returns whether the media existed.
    ///
    /// Permission: `media:write`. Route: `DELETE /media/{media_id}`.
    pub async fn delete_media(
        &self,
        params: DeleteMediaParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteMedia", params).await
    }
    /// Records a view. UTM fields missing from the parameters are read from `path`'s query
    /// string; the device, browser and OS come from `user_agent`, which is not stored.
    ///
    /// Permission: `public`. Route: `POST /views`. Errors: `VALIDATION_ERROR`, `RATE_LIMITED`.
    pub async fn record_page_view(
        &self,
        params: RecordPageViewParams,
    ) -> runtime::Result<()> {
        self.stub.call_as::<()>("recordPageView", params).await
    }
    /// Returns page-view analytics over a time range (the last 30 days by default).
    ///
    /// Permission: `analytics:read`. Route: `GET /analytics`. Errors: `VALIDATION_ERROR`.
    pub async fn analytics(
        &self,
        params: AnalyticsParams,
    ) -> runtime::Result<SiteAnalytics> {
        self.stub.call_as::<SiteAnalytics>("analytics", params).await
    }
    /// Returns the visitors with a view in the last `window_ms` (default 5 minutes).
    ///
    /// Permission: `analytics:read`. Route: `GET /analytics/realtime`.
    pub async fn realtime_visitors(
        &self,
        params: RealtimeVisitorsParams,
    ) -> runtime::Result<RealtimeVisitors> {
        self.stub.call_as::<RealtimeVisitors>("realtimeVisitors", params).await
    }
    /// Records a form submission from a visitor and returns its id.
    ///
    /// Permission: `public`. Route: `POST /forms/{form_name}/submissions`. Errors: `VALIDATION_ERROR`, `PAYLOAD_TOO_LARGE`, `RATE_LIMITED`.
    pub async fn submit_form(
        &self,
        params: SubmitFormParams,
    ) -> runtime::Result<String> {
        self.stub.call_as::<String>("submitForm", params).await
    }
    /// Lists submissions, newest first.
    ///
    /// Permission: `forms:read`. Route: `GET /submissions`.
    pub async fn list_submissions(
        &self,
        params: ListSubmissionsParams,
    ) -> runtime::Result<Vec<FormSubmission>> {
        self.stub.call_as::<Vec<FormSubmission>>("listSubmissions", params).await
    }
    /// Permission: `forms:read`. Route: `GET /submissions/{submission_id}`. Errors: `NOT_FOUND`.
    pub async fn get_submission(
        &self,
        params: GetSubmissionParams,
    ) -> runtime::Result<FormSubmission> {
        self.stub.call_as::<FormSubmission>("getSubmission", params).await
    }
    /// Permission: `forms:write`. Route: `POST /submissions/{submission_id}/status`. Errors: `NOT_FOUND`, `INVALID_TRANSITION`.
    pub async fn set_submission_status(
        &self,
        params: SetSubmissionStatusParams,
    ) -> runtime::Result<FormSubmission> {
        self.stub.call_as::<FormSubmission>("setSubmissionStatus", params).await
    }
    /// Permission: `forms:write`. Route: `DELETE /submissions/{submission_id}`.
    pub async fn delete_submission(
        &self,
        params: DeleteSubmissionParams,
    ) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteSubmission", params).await
    }
    /// Creates or replaces a menu.
    ///
    /// Permission: `content:write`. Route: `PUT /menus/{name}`. Errors: `VALIDATION_ERROR`.
    pub async fn set_menu(&self, params: SetMenuParams) -> runtime::Result<Menu> {
        self.stub.call_as::<Menu>("setMenu", params).await
    }
    /// Permission: `public`. Route: `GET /menus/{name}`. Errors: `NOT_FOUND`.
    pub async fn get_menu(&self, params: GetMenuParams) -> runtime::Result<Menu> {
        self.stub.call_as::<Menu>("getMenu", params).await
    }
    /// Permission: `public`. Route: `GET /menus`.
    pub async fn list_menus(&self) -> runtime::Result<Vec<Menu>> {
        self.stub.call_as::<Vec<Menu>>("listMenus", ListMenusParams {}).await
    }
    /// Permission: `content:write`. Route: `DELETE /menus/{name}`.
    pub async fn delete_menu(&self, params: DeleteMenuParams) -> runtime::Result<bool> {
        self.stub.call_as::<bool>("deleteMenu", params).await
    }
    /// Returns sitemap XML per sitemaps.org, with absolute URLs under `base_url`, XML-escaped, W3C
    /// datetime `lastmod` and priorities from 0.0 to 1.0, listing only published pages and posts.
    /// When the URLs do not fit one file (50,000 URLs or 52,428,800 bytes), the call without
    /// `part` returns a sitemap index and `part` (from 1) returns each sitemap.
    ///
    /// Permission: `public`. Route: `GET /sitemap.xml`. Errors: `NOT_FOUND`.
    pub async fn sitemap(&self, params: SitemapParams) -> runtime::Result<String> {
        self.stub.call_as::<String>("sitemap", params).await
    }
    /// Returns robots.txt from the SEO settings, with a `Sitemap:` line when the sitemap is enabled.
    ///
    /// Permission: `public`. Route: `GET /robots.txt`.
    pub async fn robots_txt(&self) -> runtime::Result<String> {
        self.stub.call_as::<String>("robotsTxt", RobotsTxtParams {}).await
    }
    /// Returns the HTML document for a site path (`/`, a page slug, or a post under `posts_path`)
    /// with the title from `title_template`, the meta description, a canonical link and Open
    /// Graph tags. Only published content renders.
    ///
    /// Permission: `public`. Route: `GET /render`. Errors: `NOT_FOUND`.
    pub async fn render_page(
        &self,
        params: RenderPageParams,
    ) -> runtime::Result<String> {
        self.stub.call_as::<String>("renderPage", params).await
    }
}

impl StreamEvent {
    /// Reads a row of `stream_events` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            stream: row.get("stream")?,
            version: row.get("version")?,
            event_type: row.get("event_type")?,
            payload: row.get("payload")?,
            metadata: row.get("metadata")?,
            recorded_at: row.get("recorded_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.stream),
            runtime::ToSql::to_sql(&self.version),
        ])
    }
    /// Returns the accessor of the `stream_events` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> StreamEventTable<'_> {
        StreamEventTable { sql }
    }
}

/// Typed access to the `stream_events` table, inside the transaction of the current call.
pub struct StreamEventTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl StreamEventTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &StreamEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stream_events\" (\"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                &[
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &StreamEvent) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"stream_events\" (\"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (\"stream\", \"version\") DO UPDATE SET \"event_type\" = excluded.\"event_type\", \"payload\" = excluded.\"payload\", \"metadata\" = excluded.\"metadata\", \"recorded_at\" = excluded.\"recorded_at\"",
                &[
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(
        &self,
        stream: &str,
        version: i64,
    ) -> runtime::Result<Option<StreamEvent>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"stream\" = ?1 AND \"version\" = ?2",
                &[runtime::ToSql::to_sql(&stream), runtime::ToSql::to_sql(&version)],
            )?;
        found.as_ref().map(StreamEvent::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &StreamEvent) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"stream_events\" SET \"event_type\" = ?1, \"payload\" = ?2, \"metadata\" = ?3, \"recorded_at\" = ?4 WHERE \"stream\" = ?5 AND \"version\" = ?6",
                &[
                    runtime::ToSql::to_sql(&row.event_type),
                    runtime::ToSql::to_sql(&row.payload),
                    runtime::ToSql::to_sql(&row.metadata),
                    runtime::ToSql::to_sql(&row.recorded_at),
                    runtime::ToSql::to_sql(&row.stream),
                    runtime::ToSql::to_sql(&row.version),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, stream: &str, version: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"stream_events\" WHERE \"stream\" = ?1 AND \"version\" = ?2",
                &[runtime::ToSql::to_sql(&stream), runtime::ToSql::to_sql(&version)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `stream_events` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StreamEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StreamEvent::TABLE, 2)?);
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE (\"stream\", \"version\") > (?1, ?2) ORDER BY \"stream\", \"version\" LIMIT ?3"
            }
            None => {
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" ORDER BY \"stream\", \"version\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StreamEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StreamEvent::TABLE,
                StreamEvent::primary_key,
            ),
        )
    }
    /// Lists the rows whose `recorded_at` equals the given value, in primary-key order.
    /// The filter uses the index `stream_events_recorded_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_recorded_at(
        &self,
        recorded_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<StreamEvent>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&recorded_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(StreamEvent::TABLE, 2)?);
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"recorded_at\" = ?1 AND (\"stream\", \"version\") > (?2, ?3) ORDER BY \"stream\", \"version\" LIMIT ?4"
            }
            None => {
                "SELECT \"stream\", \"version\", \"event_type\", \"payload\", \"metadata\", \"recorded_at\" FROM \"stream_events\" WHERE \"recorded_at\" = ?1 ORDER BY \"stream\", \"version\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(StreamEvent::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                StreamEvent::TABLE,
                StreamEvent::primary_key,
            ),
        )
    }
}

impl KvEntry {
    /// Reads a row of `kv` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            key: row.get("key")?,
            value: row.get("value")?,
            expires_at: row.get("expires_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.key)])
    }
    /// Returns the accessor of the `kv` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> KvEntryTable<'_> {
        KvEntryTable { sql }
    }
}

/// Typed access to the `kv` table, inside the transaction of the current call.
pub struct KvEntryTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl KvEntryTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &KvEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"kv\" (\"key\", \"value\", \"expires_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &KvEntry) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"kv\" (\"key\", \"value\", \"expires_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"key\") DO UPDATE SET \"value\" = excluded.\"value\", \"expires_at\" = excluded.\"expires_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.key),
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, key: &str) -> runtime::Result<Option<KvEntry>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        found.as_ref().map(KvEntry::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &KvEntry) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"kv\" SET \"value\" = ?1, \"expires_at\" = ?2, \"updated_at\" = ?3 WHERE \"key\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.value),
                    runtime::ToSql::to_sql(&row.expires_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.key),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, key: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"kv\" WHERE \"key\" = ?1",
                &[runtime::ToSql::to_sql(&key)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `kv` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<KvEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(KvEntry::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"key\" > ?1 ORDER BY \"key\" LIMIT ?2"
            }
            None => {
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" ORDER BY \"key\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(KvEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, KvEntry::TABLE, KvEntry::primary_key))
    }
    /// Lists the rows whose `expires_at` equals the given value, in primary-key order.
    /// The filter uses the index `kv_expires_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_expires_at(
        &self,
        expires_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<KvEntry>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&expires_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(KvEntry::TABLE, 1)?);
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"expires_at\" IS ?1 AND \"key\" > ?2 ORDER BY \"key\" LIMIT ?3"
            }
            None => {
                "SELECT \"key\", \"value\", \"expires_at\", \"updated_at\" FROM \"kv\" WHERE \"expires_at\" IS ?1 ORDER BY \"key\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(KvEntry::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, KvEntry::TABLE, KvEntry::primary_key))
    }
}

impl JsonDoc {
    /// Reads a row of `docs` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            collection: row.get("collection")?,
            id: row.get("id")?,
            data: row.get("data")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.collection),
            runtime::ToSql::to_sql(&self.id),
        ])
    }
    /// Returns the accessor of the `docs` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> JsonDocTable<'_> {
        JsonDocTable { sql }
    }
}

/// Typed access to the `docs` table, inside the transaction of the current call.
pub struct JsonDocTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl JsonDocTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &JsonDoc) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"docs\" (\"collection\", \"id\", \"data\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5)",
                &[
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &JsonDoc) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"docs\" (\"collection\", \"id\", \"data\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (\"collection\", \"id\") DO UPDATE SET \"data\" = excluded.\"data\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, collection: &str, id: &str) -> runtime::Result<Option<JsonDoc>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2",
                &[runtime::ToSql::to_sql(&collection), runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(JsonDoc::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &JsonDoc) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"docs\" SET \"data\" = ?1, \"created_at\" = ?2, \"updated_at\" = ?3 WHERE \"collection\" = ?4 AND \"id\" = ?5",
                &[
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.collection),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, collection: &str, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"docs\" WHERE \"collection\" = ?1 AND \"id\" = ?2",
                &[runtime::ToSql::to_sql(&collection), runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `docs` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<JsonDoc>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(JsonDoc::TABLE, 2)?);
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE (\"collection\", \"id\") > (?1, ?2) ORDER BY \"collection\", \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" ORDER BY \"collection\", \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(JsonDoc::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, JsonDoc::TABLE, JsonDoc::primary_key))
    }
    /// Lists the rows whose `collection` and `updated_at` equal the given values, in primary-key order.
    /// The filter uses the index `docs_collection_updated_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_collection_updated_at(
        &self,
        collection: &str,
        updated_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<JsonDoc>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&collection),
            runtime::ToSql::to_sql(&updated_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(JsonDoc::TABLE, 2)?);
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"updated_at\" = ?2 AND (\"collection\", \"id\") > (?3, ?4) ORDER BY \"collection\", \"id\" LIMIT ?5"
            }
            None => {
                "SELECT \"collection\", \"id\", \"data\", \"created_at\", \"updated_at\" FROM \"docs\" WHERE \"collection\" = ?1 AND \"updated_at\" = ?2 ORDER BY \"collection\", \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(JsonDoc::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, JsonDoc::TABLE, JsonDoc::primary_key))
    }
}

impl SiteProfile {
    /// Reads a row of `site_profile` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            name: row.get("name")?,
            base_url: row.get("base_url")?,
            description: row.get("description")?,
            language: row.get("language")?,
            time_zone: row.get("time_zone")?,
            homepage_page_id: row.get("homepage_page_id")?,
            posts_path: row.get("posts_path")?,
            posts_per_page: row.get("posts_per_page")?,
            title_template: row.get("title_template")?,
            meta_description: row.get("meta_description")?,
            og_image_url: row.get("og_image_url")?,
            twitter_handle: row.get("twitter_handle")?,
            robots_txt: row.get("robots_txt")?,
            sitemap_enabled: row.get("sitemap_enabled")?,
            page_view_retention_days: row.get("page_view_retention_days")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `site_profile` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> SiteProfileTable<'_> {
        SiteProfileTable { sql }
    }
}

/// Typed access to the `site_profile` table, inside the transaction of the current call.
pub struct SiteProfileTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl SiteProfileTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &SiteProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"site_profile\" (\"id\", \"name\", \"base_url\", \"description\", \"language\", \"time_zone\", \"homepage_page_id\", \"posts_path\", \"posts_per_page\", \"title_template\", \"meta_description\", \"og_image_url\", \"twitter_handle\", \"robots_txt\", \"sitemap_enabled\", \"page_view_retention_days\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.base_url),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.language),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.homepage_page_id),
                    runtime::ToSql::to_sql(&row.posts_path),
                    runtime::ToSql::to_sql(&row.posts_per_page),
                    runtime::ToSql::to_sql(&row.title_template),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.twitter_handle),
                    runtime::ToSql::to_sql(&row.robots_txt),
                    runtime::ToSql::to_sql(&row.sitemap_enabled),
                    runtime::ToSql::to_sql(&row.page_view_retention_days),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &SiteProfile) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"site_profile\" (\"id\", \"name\", \"base_url\", \"description\", \"language\", \"time_zone\", \"homepage_page_id\", \"posts_path\", \"posts_per_page\", \"title_template\", \"meta_description\", \"og_image_url\", \"twitter_handle\", \"robots_txt\", \"sitemap_enabled\", \"page_view_retention_days\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"base_url\" = excluded.\"base_url\", \"description\" = excluded.\"description\", \"language\" = excluded.\"language\", \"time_zone\" = excluded.\"time_zone\", \"homepage_page_id\" = excluded.\"homepage_page_id\", \"posts_path\" = excluded.\"posts_path\", \"posts_per_page\" = excluded.\"posts_per_page\", \"title_template\" = excluded.\"title_template\", \"meta_description\" = excluded.\"meta_description\", \"og_image_url\" = excluded.\"og_image_url\", \"twitter_handle\" = excluded.\"twitter_handle\", \"robots_txt\" = excluded.\"robots_txt\", \"sitemap_enabled\" = excluded.\"sitemap_enabled\", \"page_view_retention_days\" = excluded.\"page_view_retention_days\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.base_url),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.language),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.homepage_page_id),
                    runtime::ToSql::to_sql(&row.posts_path),
                    runtime::ToSql::to_sql(&row.posts_per_page),
                    runtime::ToSql::to_sql(&row.title_template),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.twitter_handle),
                    runtime::ToSql::to_sql(&row.robots_txt),
                    runtime::ToSql::to_sql(&row.sitemap_enabled),
                    runtime::ToSql::to_sql(&row.page_view_retention_days),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: i64) -> runtime::Result<Option<SiteProfile>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"name\", \"base_url\", \"description\", \"language\", \"time_zone\", \"homepage_page_id\", \"posts_path\", \"posts_per_page\", \"title_template\", \"meta_description\", \"og_image_url\", \"twitter_handle\", \"robots_txt\", \"sitemap_enabled\", \"page_view_retention_days\", \"created_at\", \"updated_at\" FROM \"site_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(SiteProfile::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &SiteProfile) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"site_profile\" SET \"name\" = ?1, \"base_url\" = ?2, \"description\" = ?3, \"language\" = ?4, \"time_zone\" = ?5, \"homepage_page_id\" = ?6, \"posts_path\" = ?7, \"posts_per_page\" = ?8, \"title_template\" = ?9, \"meta_description\" = ?10, \"og_image_url\" = ?11, \"twitter_handle\" = ?12, \"robots_txt\" = ?13, \"sitemap_enabled\" = ?14, \"page_view_retention_days\" = ?15, \"created_at\" = ?16, \"updated_at\" = ?17 WHERE \"id\" = ?18",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.base_url),
                    runtime::ToSql::to_sql(&row.description),
                    runtime::ToSql::to_sql(&row.language),
                    runtime::ToSql::to_sql(&row.time_zone),
                    runtime::ToSql::to_sql(&row.homepage_page_id),
                    runtime::ToSql::to_sql(&row.posts_path),
                    runtime::ToSql::to_sql(&row.posts_per_page),
                    runtime::ToSql::to_sql(&row.title_template),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.twitter_handle),
                    runtime::ToSql::to_sql(&row.robots_txt),
                    runtime::ToSql::to_sql(&row.sitemap_enabled),
                    runtime::ToSql::to_sql(&row.page_view_retention_days),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: i64) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"site_profile\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `site_profile` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<SiteProfile>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(SiteProfile::TABLE, 1)?);
                "SELECT \"id\", \"name\", \"base_url\", \"description\", \"language\", \"time_zone\", \"homepage_page_id\", \"posts_path\", \"posts_per_page\", \"title_template\", \"meta_description\", \"og_image_url\", \"twitter_handle\", \"robots_txt\", \"sitemap_enabled\", \"page_view_retention_days\", \"created_at\", \"updated_at\" FROM \"site_profile\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"name\", \"base_url\", \"description\", \"language\", \"time_zone\", \"homepage_page_id\", \"posts_path\", \"posts_per_page\", \"title_template\", \"meta_description\", \"og_image_url\", \"twitter_handle\", \"robots_txt\", \"sitemap_enabled\", \"page_view_retention_days\", \"created_at\", \"updated_at\" FROM \"site_profile\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(SiteProfile::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                SiteProfile::TABLE,
                SiteProfile::primary_key,
            ),
        )
    }
}

impl Page {
    /// Reads a row of `pages` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            slug: row.get("slug")?,
            title: row.get("title")?,
            content: row.get("content")?,
            content_format: row.get("content_format")?,
            meta_title: row.get("meta_title")?,
            meta_description: row.get("meta_description")?,
            og_image_url: row.get("og_image_url")?,
            published: row.get("published")?,
            sort_order: row.get("sort_order")?,
            parent_id: row.get("parent_id")?,
            published_at: row.get("published_at")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `pages` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> PageTable<'_> {
        PageTable { sql }
    }
}

/// Typed access to the `pages` table, inside the transaction of the current call.
pub struct PageTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl PageTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Page) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"pages\" (\"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.published),
                    runtime::ToSql::to_sql(&row.sort_order),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Page) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"pages\" (\"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (\"id\") DO UPDATE SET \"slug\" = excluded.\"slug\", \"title\" = excluded.\"title\", \"content\" = excluded.\"content\", \"content_format\" = excluded.\"content_format\", \"meta_title\" = excluded.\"meta_title\", \"meta_description\" = excluded.\"meta_description\", \"og_image_url\" = excluded.\"og_image_url\", \"published\" = excluded.\"published\", \"sort_order\" = excluded.\"sort_order\", \"parent_id\" = excluded.\"parent_id\", \"published_at\" = excluded.\"published_at\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.published),
                    runtime::ToSql::to_sql(&row.sort_order),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Page>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Page::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Page) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"pages\" SET \"slug\" = ?1, \"title\" = ?2, \"content\" = ?3, \"content_format\" = ?4, \"meta_title\" = ?5, \"meta_description\" = ?6, \"og_image_url\" = ?7, \"published\" = ?8, \"sort_order\" = ?9, \"parent_id\" = ?10, \"published_at\" = ?11, \"created_at\" = ?12, \"updated_at\" = ?13 WHERE \"id\" = ?14",
                &[
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.published),
                    runtime::ToSql::to_sql(&row.sort_order),
                    runtime::ToSql::to_sql(&row.parent_id),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"pages\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `pages` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Page>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Page::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Page::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Page::TABLE, Page::primary_key))
    }
    /// Lists the rows whose `published` and `sort_order` equal the given values, in primary-key order.
    /// The filter uses the index `pages_published_sort_order_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_published_sort_order(
        &self,
        published: bool,
        sort_order: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Page>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&published),
            runtime::ToSql::to_sql(&sort_order),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Page::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"published\" = ?1 AND \"sort_order\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"published\" = ?1 AND \"sort_order\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Page::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Page::TABLE, Page::primary_key))
    }
    /// Lists the rows whose `parent_id` and `sort_order` equal the given values, in primary-key order.
    /// The filter uses the index `pages_parent_id_sort_order_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_parent_id_sort_order(
        &self,
        parent_id: Option<&str>,
        sort_order: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Page>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&parent_id),
            runtime::ToSql::to_sql(&sort_order),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Page::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"parent_id\" IS ?1 AND \"sort_order\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"content\", \"content_format\", \"meta_title\", \"meta_description\", \"og_image_url\", \"published\", \"sort_order\", \"parent_id\", \"published_at\", \"created_at\", \"updated_at\" FROM \"pages\" WHERE \"parent_id\" IS ?1 AND \"sort_order\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Page::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Page::TABLE, Page::primary_key))
    }
}

impl Post {
    /// Reads a row of `posts` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            slug: row.get("slug")?,
            title: row.get("title")?,
            excerpt: row.get("excerpt")?,
            content: row.get("content")?,
            content_format: row.get("content_format")?,
            status: row.get("status")?,
            author: row.get("author")?,
            tags: row.get("tags")?,
            featured: row.get("featured")?,
            feature_image_media_id: row.get("feature_image_media_id")?,
            meta_title: row.get("meta_title")?,
            meta_description: row.get("meta_description")?,
            og_image_url: row.get("og_image_url")?,
            canonical_url: row.get("canonical_url")?,
            publish_at: row.get("publish_at")?,
            published_at: row.get("published_at")?,
            word_count: row.get("word_count")?,
            read_time_minutes: row.get("read_time_minutes")?,
            views: row.get("views")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `posts` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> PostTable<'_> {
        PostTable { sql }
    }
}

/// Typed access to the `posts` table, inside the transaction of the current call.
pub struct PostTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl PostTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Post) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"posts\" (\"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.excerpt),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.featured),
                    runtime::ToSql::to_sql(&row.feature_image_media_id),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.canonical_url),
                    runtime::ToSql::to_sql(&row.publish_at),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.word_count),
                    runtime::ToSql::to_sql(&row.read_time_minutes),
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Post) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"posts\" (\"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) ON CONFLICT (\"id\") DO UPDATE SET \"slug\" = excluded.\"slug\", \"title\" = excluded.\"title\", \"excerpt\" = excluded.\"excerpt\", \"content\" = excluded.\"content\", \"content_format\" = excluded.\"content_format\", \"status\" = excluded.\"status\", \"author\" = excluded.\"author\", \"tags\" = excluded.\"tags\", \"featured\" = excluded.\"featured\", \"feature_image_media_id\" = excluded.\"feature_image_media_id\", \"meta_title\" = excluded.\"meta_title\", \"meta_description\" = excluded.\"meta_description\", \"og_image_url\" = excluded.\"og_image_url\", \"canonical_url\" = excluded.\"canonical_url\", \"publish_at\" = excluded.\"publish_at\", \"published_at\" = excluded.\"published_at\", \"word_count\" = excluded.\"word_count\", \"read_time_minutes\" = excluded.\"read_time_minutes\", \"views\" = excluded.\"views\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.excerpt),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.featured),
                    runtime::ToSql::to_sql(&row.feature_image_media_id),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.canonical_url),
                    runtime::ToSql::to_sql(&row.publish_at),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.word_count),
                    runtime::ToSql::to_sql(&row.read_time_minutes),
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Post>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Post::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Post) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"posts\" SET \"slug\" = ?1, \"title\" = ?2, \"excerpt\" = ?3, \"content\" = ?4, \"content_format\" = ?5, \"status\" = ?6, \"author\" = ?7, \"tags\" = ?8, \"featured\" = ?9, \"feature_image_media_id\" = ?10, \"meta_title\" = ?11, \"meta_description\" = ?12, \"og_image_url\" = ?13, \"canonical_url\" = ?14, \"publish_at\" = ?15, \"published_at\" = ?16, \"word_count\" = ?17, \"read_time_minutes\" = ?18, \"views\" = ?19, \"created_at\" = ?20, \"updated_at\" = ?21 WHERE \"id\" = ?22",
                &[
                    runtime::ToSql::to_sql(&row.slug),
                    runtime::ToSql::to_sql(&row.title),
                    runtime::ToSql::to_sql(&row.excerpt),
                    runtime::ToSql::to_sql(&row.content),
                    runtime::ToSql::to_sql(&row.content_format),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.author),
                    runtime::ToSql::to_sql(&row.tags),
                    runtime::ToSql::to_sql(&row.featured),
                    runtime::ToSql::to_sql(&row.feature_image_media_id),
                    runtime::ToSql::to_sql(&row.meta_title),
                    runtime::ToSql::to_sql(&row.meta_description),
                    runtime::ToSql::to_sql(&row.og_image_url),
                    runtime::ToSql::to_sql(&row.canonical_url),
                    runtime::ToSql::to_sql(&row.publish_at),
                    runtime::ToSql::to_sql(&row.published_at),
                    runtime::ToSql::to_sql(&row.word_count),
                    runtime::ToSql::to_sql(&row.read_time_minutes),
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"posts\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `posts` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Post>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Post::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Post::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Post::TABLE, Post::primary_key))
    }
    /// Lists the rows whose `status` and `published_at` equal the given values, in primary-key order.
    /// The filter uses the index `posts_status_published_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_published_at(
        &self,
        status: PostStatus,
        published_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Post>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&published_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Post::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"status\" = ?1 AND \"published_at\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"status\" = ?1 AND \"published_at\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Post::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Post::TABLE, Post::primary_key))
    }
    /// Lists the rows whose `status` and `publish_at` equal the given values, in primary-key order.
    /// The filter uses the index `posts_status_publish_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_publish_at(
        &self,
        status: PostStatus,
        publish_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Post>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&publish_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Post::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"status\" = ?1 AND \"publish_at\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"status\" = ?1 AND \"publish_at\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Post::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Post::TABLE, Post::primary_key))
    }
    /// Lists the rows whose `featured` and `published_at` equal the given values, in primary-key order.
    /// The filter uses the index `posts_featured_published_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_featured_published_at(
        &self,
        featured: bool,
        published_at: Option<i64>,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Post>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&featured),
            runtime::ToSql::to_sql(&published_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Post::TABLE, 1)?);
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"featured\" = ?1 AND \"published_at\" IS ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"slug\", \"title\", \"excerpt\", \"content\", \"content_format\", \"status\", \"author\", \"tags\", \"featured\", \"feature_image_media_id\", \"meta_title\", \"meta_description\", \"og_image_url\", \"canonical_url\", \"publish_at\", \"published_at\", \"word_count\", \"read_time_minutes\", \"views\", \"created_at\", \"updated_at\" FROM \"posts\" WHERE \"featured\" = ?1 AND \"published_at\" IS ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Post::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Post::TABLE, Post::primary_key))
    }
}

impl Media {
    /// Reads a row of `media` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            storage_key: row.get("storage_key")?,
            filename: row.get("filename")?,
            content_type: row.get("content_type")?,
            size_bytes: row.get("size_bytes")?,
            sha256: row.get("sha256")?,
            width: row.get("width")?,
            height: row.get("height")?,
            alt_text: row.get("alt_text")?,
            caption: row.get("caption")?,
            uploaded_by: row.get("uploaded_by")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `media` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MediaTable<'_> {
        MediaTable { sql }
    }
}

/// Typed access to the `media` table, inside the transaction of the current call.
pub struct MediaTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MediaTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Media) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"media\" (\"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.storage_key),
                    runtime::ToSql::to_sql(&row.filename),
                    runtime::ToSql::to_sql(&row.content_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.sha256),
                    runtime::ToSql::to_sql(&row.width),
                    runtime::ToSql::to_sql(&row.height),
                    runtime::ToSql::to_sql(&row.alt_text),
                    runtime::ToSql::to_sql(&row.caption),
                    runtime::ToSql::to_sql(&row.uploaded_by),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Media) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"media\" (\"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (\"id\") DO UPDATE SET \"storage_key\" = excluded.\"storage_key\", \"filename\" = excluded.\"filename\", \"content_type\" = excluded.\"content_type\", \"size_bytes\" = excluded.\"size_bytes\", \"sha256\" = excluded.\"sha256\", \"width\" = excluded.\"width\", \"height\" = excluded.\"height\", \"alt_text\" = excluded.\"alt_text\", \"caption\" = excluded.\"caption\", \"uploaded_by\" = excluded.\"uploaded_by\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.storage_key),
                    runtime::ToSql::to_sql(&row.filename),
                    runtime::ToSql::to_sql(&row.content_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.sha256),
                    runtime::ToSql::to_sql(&row.width),
                    runtime::ToSql::to_sql(&row.height),
                    runtime::ToSql::to_sql(&row.alt_text),
                    runtime::ToSql::to_sql(&row.caption),
                    runtime::ToSql::to_sql(&row.uploaded_by),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<Media>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\" FROM \"media\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(Media::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Media) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"media\" SET \"storage_key\" = ?1, \"filename\" = ?2, \"content_type\" = ?3, \"size_bytes\" = ?4, \"sha256\" = ?5, \"width\" = ?6, \"height\" = ?7, \"alt_text\" = ?8, \"caption\" = ?9, \"uploaded_by\" = ?10, \"created_at\" = ?11, \"updated_at\" = ?12 WHERE \"id\" = ?13",
                &[
                    runtime::ToSql::to_sql(&row.storage_key),
                    runtime::ToSql::to_sql(&row.filename),
                    runtime::ToSql::to_sql(&row.content_type),
                    runtime::ToSql::to_sql(&row.size_bytes),
                    runtime::ToSql::to_sql(&row.sha256),
                    runtime::ToSql::to_sql(&row.width),
                    runtime::ToSql::to_sql(&row.height),
                    runtime::ToSql::to_sql(&row.alt_text),
                    runtime::ToSql::to_sql(&row.caption),
                    runtime::ToSql::to_sql(&row.uploaded_by),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"media\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `media` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Media>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Media::TABLE, 1)?);
                "SELECT \"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\" FROM \"media\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\" FROM \"media\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Media::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Media::TABLE, Media::primary_key))
    }
    /// Lists the rows whose `created_at` equals the given value, in primary-key order.
    /// The filter uses the index `media_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_created_at(
        &self,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Media>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&created_at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Media::TABLE, 1)?);
                "SELECT \"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\" FROM \"media\" WHERE \"created_at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"storage_key\", \"filename\", \"content_type\", \"size_bytes\", \"sha256\", \"width\", \"height\", \"alt_text\", \"caption\", \"uploaded_by\", \"created_at\", \"updated_at\" FROM \"media\" WHERE \"created_at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Media::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Media::TABLE, Media::primary_key))
    }
}

impl PageView {
    /// Reads a row of `page_views` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            path: row.get("path")?,
            page_id: row.get("page_id")?,
            post_id: row.get("post_id")?,
            referrer: row.get("referrer")?,
            referrer_host: row.get("referrer_host")?,
            utm_source: row.get("utm_source")?,
            utm_medium: row.get("utm_medium")?,
            utm_campaign: row.get("utm_campaign")?,
            utm_term: row.get("utm_term")?,
            utm_content: row.get("utm_content")?,
            device: row.get("device")?,
            browser: row.get("browser")?,
            os: row.get("os")?,
            country: row.get("country")?,
            visitor_id: row.get("visitor_id")?,
            at: row.get("at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `page_views` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> PageViewTable<'_> {
        PageViewTable { sql }
    }
}

/// Typed access to the `page_views` table, inside the transaction of the current call.
pub struct PageViewTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl PageViewTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &PageView) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"page_views\" (\"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.path),
                    runtime::ToSql::to_sql(&row.page_id),
                    runtime::ToSql::to_sql(&row.post_id),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.referrer_host),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
                    runtime::ToSql::to_sql(&row.utm_term),
                    runtime::ToSql::to_sql(&row.utm_content),
                    runtime::ToSql::to_sql(&row.device),
                    runtime::ToSql::to_sql(&row.browser),
                    runtime::ToSql::to_sql(&row.os),
                    runtime::ToSql::to_sql(&row.country),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &PageView) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"page_views\" (\"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) ON CONFLICT (\"id\") DO UPDATE SET \"path\" = excluded.\"path\", \"page_id\" = excluded.\"page_id\", \"post_id\" = excluded.\"post_id\", \"referrer\" = excluded.\"referrer\", \"referrer_host\" = excluded.\"referrer_host\", \"utm_source\" = excluded.\"utm_source\", \"utm_medium\" = excluded.\"utm_medium\", \"utm_campaign\" = excluded.\"utm_campaign\", \"utm_term\" = excluded.\"utm_term\", \"utm_content\" = excluded.\"utm_content\", \"device\" = excluded.\"device\", \"browser\" = excluded.\"browser\", \"os\" = excluded.\"os\", \"country\" = excluded.\"country\", \"visitor_id\" = excluded.\"visitor_id\", \"at\" = excluded.\"at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.path),
                    runtime::ToSql::to_sql(&row.page_id),
                    runtime::ToSql::to_sql(&row.post_id),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.referrer_host),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
                    runtime::ToSql::to_sql(&row.utm_term),
                    runtime::ToSql::to_sql(&row.utm_content),
                    runtime::ToSql::to_sql(&row.device),
                    runtime::ToSql::to_sql(&row.browser),
                    runtime::ToSql::to_sql(&row.os),
                    runtime::ToSql::to_sql(&row.country),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<PageView>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(PageView::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &PageView) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"page_views\" SET \"path\" = ?1, \"page_id\" = ?2, \"post_id\" = ?3, \"referrer\" = ?4, \"referrer_host\" = ?5, \"utm_source\" = ?6, \"utm_medium\" = ?7, \"utm_campaign\" = ?8, \"utm_term\" = ?9, \"utm_content\" = ?10, \"device\" = ?11, \"browser\" = ?12, \"os\" = ?13, \"country\" = ?14, \"visitor_id\" = ?15, \"at\" = ?16 WHERE \"id\" = ?17",
                &[
                    runtime::ToSql::to_sql(&row.path),
                    runtime::ToSql::to_sql(&row.page_id),
                    runtime::ToSql::to_sql(&row.post_id),
                    runtime::ToSql::to_sql(&row.referrer),
                    runtime::ToSql::to_sql(&row.referrer_host),
                    runtime::ToSql::to_sql(&row.utm_source),
                    runtime::ToSql::to_sql(&row.utm_medium),
                    runtime::ToSql::to_sql(&row.utm_campaign),
                    runtime::ToSql::to_sql(&row.utm_term),
                    runtime::ToSql::to_sql(&row.utm_content),
                    runtime::ToSql::to_sql(&row.device),
                    runtime::ToSql::to_sql(&row.browser),
                    runtime::ToSql::to_sql(&row.os),
                    runtime::ToSql::to_sql(&row.country),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"page_views\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `page_views` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<PageView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(PageView::TABLE, 1)?);
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(PageView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, PageView::TABLE, PageView::primary_key))
    }
    /// Lists the rows whose `at` equals the given value, in primary-key order.
    /// The filter uses the index `page_views_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_at(
        &self,
        at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<PageView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([runtime::ToSql::to_sql(&at)]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(PageView::TABLE, 1)?);
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"at\" = ?1 AND \"id\" > ?2 ORDER BY \"id\" LIMIT ?3"
            }
            None => {
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"at\" = ?1 ORDER BY \"id\" LIMIT ?2"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(PageView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, PageView::TABLE, PageView::primary_key))
    }
    /// Lists the rows whose `path` and `at` equal the given values, in primary-key order.
    /// The filter uses the index `page_views_path_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_path_at(
        &self,
        path: &str,
        at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<PageView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&path),
            runtime::ToSql::to_sql(&at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(PageView::TABLE, 1)?);
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"path\" = ?1 AND \"at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"path\" = ?1 AND \"at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(PageView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, PageView::TABLE, PageView::primary_key))
    }
    /// Lists the rows whose `visitor_id` and `at` equal the given values, in primary-key order.
    /// The filter uses the index `page_views_visitor_id_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_visitor_id_at(
        &self,
        visitor_id: &str,
        at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<PageView>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&visitor_id),
            runtime::ToSql::to_sql(&at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(PageView::TABLE, 1)?);
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"visitor_id\" = ?1 AND \"at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"path\", \"page_id\", \"post_id\", \"referrer\", \"referrer_host\", \"utm_source\", \"utm_medium\", \"utm_campaign\", \"utm_term\", \"utm_content\", \"device\", \"browser\", \"os\", \"country\", \"visitor_id\", \"at\" FROM \"page_views\" WHERE \"visitor_id\" = ?1 AND \"at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(PageView::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, PageView::TABLE, PageView::primary_key))
    }
}

impl DailyPageStats {
    /// Reads a row of `daily_page_stats` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            day: row.get("day")?,
            path: row.get("path")?,
            views: row.get("views")?,
            unique_visitors: row.get("unique_visitors")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([
            runtime::ToSql::to_sql(&self.day),
            runtime::ToSql::to_sql(&self.path),
        ])
    }
    /// Returns the accessor of the `daily_page_stats` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> DailyPageStatsTable<'_> {
        DailyPageStatsTable { sql }
    }
}

/// Typed access to the `daily_page_stats` table, inside the transaction of the current call.
pub struct DailyPageStatsTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl DailyPageStatsTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &DailyPageStats) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"daily_page_stats\" (\"day\", \"path\", \"views\", \"unique_visitors\") VALUES (?1, ?2, ?3, ?4)",
                &[
                    runtime::ToSql::to_sql(&row.day),
                    runtime::ToSql::to_sql(&row.path),
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.unique_visitors),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &DailyPageStats) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"daily_page_stats\" (\"day\", \"path\", \"views\", \"unique_visitors\") VALUES (?1, ?2, ?3, ?4) ON CONFLICT (\"day\", \"path\") DO UPDATE SET \"views\" = excluded.\"views\", \"unique_visitors\" = excluded.\"unique_visitors\"",
                &[
                    runtime::ToSql::to_sql(&row.day),
                    runtime::ToSql::to_sql(&row.path),
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.unique_visitors),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, day: &str, path: &str) -> runtime::Result<Option<DailyPageStats>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"day\", \"path\", \"views\", \"unique_visitors\" FROM \"daily_page_stats\" WHERE \"day\" = ?1 AND \"path\" = ?2",
                &[runtime::ToSql::to_sql(&day), runtime::ToSql::to_sql(&path)],
            )?;
        found.as_ref().map(DailyPageStats::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &DailyPageStats) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"daily_page_stats\" SET \"views\" = ?1, \"unique_visitors\" = ?2 WHERE \"day\" = ?3 AND \"path\" = ?4",
                &[
                    runtime::ToSql::to_sql(&row.views),
                    runtime::ToSql::to_sql(&row.unique_visitors),
                    runtime::ToSql::to_sql(&row.day),
                    runtime::ToSql::to_sql(&row.path),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, day: &str, path: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"daily_page_stats\" WHERE \"day\" = ?1 AND \"path\" = ?2",
                &[runtime::ToSql::to_sql(&day), runtime::ToSql::to_sql(&path)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `daily_page_stats` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<DailyPageStats>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(DailyPageStats::TABLE, 2)?);
                "SELECT \"day\", \"path\", \"views\", \"unique_visitors\" FROM \"daily_page_stats\" WHERE (\"day\", \"path\") > (?1, ?2) ORDER BY \"day\", \"path\" LIMIT ?3"
            }
            None => {
                "SELECT \"day\", \"path\", \"views\", \"unique_visitors\" FROM \"daily_page_stats\" ORDER BY \"day\", \"path\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(DailyPageStats::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                DailyPageStats::TABLE,
                DailyPageStats::primary_key,
            ),
        )
    }
}

impl FormSubmission {
    /// Reads a row of `form_submissions` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            id: row.get("id")?,
            form_name: row.get("form_name")?,
            data: row.get("data")?,
            email: row.get("email")?,
            name: row.get("name")?,
            status: row.get("status")?,
            page_path: row.get("page_path")?,
            visitor_id: row.get("visitor_id")?,
            notes: row.get("notes")?,
            created_at: row.get("created_at")?,
            updated_at: row.get("updated_at")?,
            replied_at: row.get("replied_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.id)])
    }
    /// Returns the accessor of the `form_submissions` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> FormSubmissionTable<'_> {
        FormSubmissionTable { sql }
    }
}

/// Typed access to the `form_submissions` table, inside the transaction of the current call.
pub struct FormSubmissionTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl FormSubmissionTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &FormSubmission) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"form_submissions\" (\"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.form_name),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.page_path),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.replied_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &FormSubmission) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"form_submissions\" (\"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (\"id\") DO UPDATE SET \"form_name\" = excluded.\"form_name\", \"data\" = excluded.\"data\", \"email\" = excluded.\"email\", \"name\" = excluded.\"name\", \"status\" = excluded.\"status\", \"page_path\" = excluded.\"page_path\", \"visitor_id\" = excluded.\"visitor_id\", \"notes\" = excluded.\"notes\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\", \"replied_at\" = excluded.\"replied_at\"",
                &[
                    runtime::ToSql::to_sql(&row.id),
                    runtime::ToSql::to_sql(&row.form_name),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.page_path),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.replied_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, id: &str) -> runtime::Result<Option<FormSubmission>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        found.as_ref().map(FormSubmission::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &FormSubmission) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"form_submissions\" SET \"form_name\" = ?1, \"data\" = ?2, \"email\" = ?3, \"name\" = ?4, \"status\" = ?5, \"page_path\" = ?6, \"visitor_id\" = ?7, \"notes\" = ?8, \"created_at\" = ?9, \"updated_at\" = ?10, \"replied_at\" = ?11 WHERE \"id\" = ?12",
                &[
                    runtime::ToSql::to_sql(&row.form_name),
                    runtime::ToSql::to_sql(&row.data),
                    runtime::ToSql::to_sql(&row.email),
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.status),
                    runtime::ToSql::to_sql(&row.page_path),
                    runtime::ToSql::to_sql(&row.visitor_id),
                    runtime::ToSql::to_sql(&row.notes),
                    runtime::ToSql::to_sql(&row.created_at),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.replied_at),
                    runtime::ToSql::to_sql(&row.id),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, id: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"form_submissions\" WHERE \"id\" = ?1",
                &[runtime::ToSql::to_sql(&id)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `form_submissions` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FormSubmission>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FormSubmission::TABLE, 1)?);
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2"
            }
            None => {
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" ORDER BY \"id\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FormSubmission::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FormSubmission::TABLE,
                FormSubmission::primary_key,
            ),
        )
    }
    /// Lists the rows whose `status` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `form_submissions_status_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_status_created_at(
        &self,
        status: SubmissionStatus,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FormSubmission>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&status),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FormSubmission::TABLE, 1)?);
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"status\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"status\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FormSubmission::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FormSubmission::TABLE,
                FormSubmission::primary_key,
            ),
        )
    }
    /// Lists the rows whose `form_name` and `created_at` equal the given values, in primary-key order.
    /// The filter uses the index `form_submissions_form_name_created_at_idx`.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list_by_form_name_created_at(
        &self,
        form_name: &str,
        created_at: i64,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<FormSubmission>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::from([
            runtime::ToSql::to_sql(&form_name),
            runtime::ToSql::to_sql(&created_at),
        ]);
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(FormSubmission::TABLE, 1)?);
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"form_name\" = ?1 AND \"created_at\" = ?2 AND \"id\" > ?3 ORDER BY \"id\" LIMIT ?4"
            }
            None => {
                "SELECT \"id\", \"form_name\", \"data\", \"email\", \"name\", \"status\", \"page_path\", \"visitor_id\", \"notes\", \"created_at\", \"updated_at\", \"replied_at\" FROM \"form_submissions\" WHERE \"form_name\" = ?1 AND \"created_at\" = ?2 ORDER BY \"id\" LIMIT ?3"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(FormSubmission::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(
            runtime::table::page(
                items,
                limit,
                FormSubmission::TABLE,
                FormSubmission::primary_key,
            ),
        )
    }
}

impl Menu {
    /// Reads a row of `menus` from a query result, by column name.
    pub fn from_row(row: &runtime::Row) -> runtime::Result<Self> {
        Ok(Self {
            name: row.get("name")?,
            items: row.get("items")?,
            updated_at: row.get("updated_at")?,
        })
    }
    /// Returns the row's primary-key values, in key order.
    pub fn primary_key(&self) -> Vec<runtime::Value> {
        Vec::from([runtime::ToSql::to_sql(&self.name)])
    }
    /// Returns the accessor of the `menus` table on `sql`, which is `ctx.sql()` in a method.
    pub fn table(sql: &dyn runtime::Sql) -> MenuTable<'_> {
        MenuTable { sql }
    }
}

/// Typed access to the `menus` table, inside the transaction of the current call.
pub struct MenuTable<'a> {
    sql: &'a dyn runtime::Sql,
}

impl MenuTable<'_> {
    /// Inserts a row. A row with the same primary key, or any other violated constraint, is a
    /// `CONFLICT` error.
    pub fn insert(&self, row: &Menu) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"menus\" (\"name\", \"items\", \"updated_at\") VALUES (?1, ?2, ?3)",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.items),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Inserts a row, or overwrites the other columns of the row with the same primary key.
    pub fn upsert(&self, row: &Menu) -> runtime::Result<()> {
        self.sql
            .exec(
                "INSERT INTO \"menus\" (\"name\", \"items\", \"updated_at\") VALUES (?1, ?2, ?3) ON CONFLICT (\"name\") DO UPDATE SET \"items\" = excluded.\"items\", \"updated_at\" = excluded.\"updated_at\"",
                &[
                    runtime::ToSql::to_sql(&row.name),
                    runtime::ToSql::to_sql(&row.items),
                    runtime::ToSql::to_sql(&row.updated_at),
                ],
            )?;
        Ok(())
    }
    /// Returns the row with this primary key, if there is one.
    pub fn get(&self, name: &str) -> runtime::Result<Option<Menu>> {
        let found = self
            .sql
            .query_row(
                "SELECT \"name\", \"items\", \"updated_at\" FROM \"menus\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        found.as_ref().map(Menu::from_row).transpose()
    }
    /// Overwrites the other columns of the row with this row's primary key; returns false when
    /// there is no such row.
    pub fn update(&self, row: &Menu) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "UPDATE \"menus\" SET \"items\" = ?1, \"updated_at\" = ?2 WHERE \"name\" = ?3",
                &[
                    runtime::ToSql::to_sql(&row.items),
                    runtime::ToSql::to_sql(&row.updated_at),
                    runtime::ToSql::to_sql(&row.name),
                ],
            )?;
        Ok(changed > 0)
    }
    /// Deletes the row with this primary key; returns false when there was none.
    pub fn delete(&self, name: &str) -> runtime::Result<bool> {
        let changed = self
            .sql
            .exec(
                "DELETE FROM \"menus\" WHERE \"name\" = ?1",
                &[runtime::ToSql::to_sql(&name)],
            )?;
        Ok(changed > 0)
    }
    /// Lists the rows of `menus` in primary-key order.
    ///
    /// Returns at most `limit` rows; `limit` must be at least 1. Pass the page's `next` cursor
    /// as `after` to read the following page.
    pub fn list(
        &self,
        limit: u32,
        after: Option<&runtime::table::Cursor>,
    ) -> runtime::Result<runtime::table::Page<Menu>> {
        let fetch = runtime::table::fetch_limit(limit)?;
        let mut params = Vec::new();
        let sql = match after {
            Some(cursor) => {
                params.extend_from_slice(cursor.key_for(Menu::TABLE, 1)?);
                "SELECT \"name\", \"items\", \"updated_at\" FROM \"menus\" WHERE \"name\" > ?1 ORDER BY \"name\" LIMIT ?2"
            }
            None => {
                "SELECT \"name\", \"items\", \"updated_at\" FROM \"menus\" ORDER BY \"name\" LIMIT ?1"
            }
        };
        params.push(runtime::Value::Integer(fetch));
        let rows = self.sql.query(sql, &params)?;
        let items = rows
            .iter()
            .map(Menu::from_row)
            .collect::<runtime::Result<Vec<_>>>()?;
        Ok(runtime::table::page(items, limit, Menu::TABLE, Menu::primary_key))
    }
}
