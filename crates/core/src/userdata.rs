//! The reader's own data (stars, notes, assigned themes): its versioned JSON
//! document, merging, export.
//!
//! One [`UserData`] document per app lives in localStorage under
//! [`STORAGE_KEY`]. It is keyed by session id, so it survives reordered and
//! edited notes; data of a session that disappeared from the notes is kept
//! (see [`UserData::orphans`]), never deleted.
//!
//! Architecture invariant: nothing here discards words. [`decode`] rejects
//! what it cannot read faithfully (the app keeps that text aside);
//! [`merge`] keeps both texts of a note edited in two places; fields this
//! version does not know are kept in `extra` and written back.
//!
//! Core has no clock: every setter takes `now`, milliseconds since the Unix
//! epoch, from the caller.
//!
//! # Merging
//!
//! [`merge`] is used for import (an exported JSON file merges into the
//! current data) and for the two-tab rule: before every save the app
//! re-reads storage and merges its copy in, and on the `storage` event it
//! merges the other tab's save into its copy, so a save never overwrites a
//! newer change from the other tab. Per session and field:
//!
//! - Star and themes: the newer timestamp wins (an unstar is a change like
//!   any other). On equal timestamps, starred wins and theme lists unite.
//! - Note: what decides is content, never clocks (two devices' clocks
//!   disagree, and a hand-made file may carry any timestamp). Every note
//!   records in `note_seen` the hashes of the texts it was written knowing:
//!   the version an edit replaced ([`UserData::set_note`],
//!   [`UserData::set_note_from`]) and, after a merge, both merged texts.
//!   If one side's note was written knowing the other side's exact text,
//!   it replaces it, even when it deletes words: the reader saw that text
//!   and changed it. Otherwise the two were written apart: if one text
//!   contains the other, the container is kept; else both are kept, the
//!   newer first, then a line `---`, a line `(kept from another copy,
//!   <date of the older>)`, and the paragraphs of the older text that the
//!   newer does not already hold. So no text is lost that was not knowingly
//!   replaced, merging again with either side changes nothing (merge is
//!   idempotent), and the outcome does not depend on argument order
//!   (commutative). `note_seen` keeps the [`SEEN_MAX`] most recent hashes;
//!   a copy older than those is treated as written apart (both kept: text
//!   may repeat, none is lost). `note_base` (the `note_at` of the replaced
//!   version) is still written for older builds, and never decides.
//! - Title and conference snapshots: from the side changed last.
//! - Reader themes: the union; a slug named differently on both sides keeps
//!   the earlier created name.
//! - Fields unknown to this version: the union.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{Library, ThemeSource};
use crate::query::UserFacts;
use crate::text::{self, Unicode};

/// The localStorage key of the document.
pub const STORAGE_KEY: &str = "confnotes.v1";

/// The document's `app` field: tells our document from other JSON.
pub const APP: &str = "confnotes";

/// The format version this build writes and reads. Older versions are
/// migrated on [`decode`]; newer ones are refused, never overwritten.
pub const VERSION: u32 = 1;

/// The reader's data document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserData {
    /// Always [`APP`].
    pub app: String,
    /// Format version, [`VERSION`].
    pub version: u32,
    /// Per session id, what the reader did with it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sessions: BTreeMap<String, SessionData>,
    /// Themes the reader created, by slug.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub themes: BTreeMap<String, ReaderTheme>,
    /// Fields this version does not know (written by a newer build of the
    /// same format), kept and written back.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for UserData {
    fn default() -> Self {
        UserData {
            app: APP.to_string(),
            version: VERSION,
            sessions: BTreeMap::new(),
            themes: BTreeMap::new(),
            extra: BTreeMap::new(),
        }
    }
}

/// What the reader did with one session. Timestamps are ms since the epoch,
/// 0 for never.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionData {
    /// Starred by the reader.
    #[serde(skip_serializing_if = "is_false")]
    pub starred: bool,
    /// When `starred` last changed.
    #[serde(skip_serializing_if = "is_zero")]
    pub starred_at: u64,
    /// The reader's note, Markdown.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When `note` was last written.
    #[serde(skip_serializing_if = "is_zero")]
    pub note_at: u64,
    /// The `note_at` of the note this one replaced. Informational (older
    /// builds read it); merging decides by `note_seen`.
    #[serde(skip_serializing_if = "is_zero")]
    pub note_base: u64,
    /// The texts this note was written knowing, as [`note_hash`] to the
    /// `note_at` of that text: the version an edit replaced, and both
    /// texts of a merge (see the module documentation, "Merging").
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub note_seen: BTreeMap<String, u64>,
    /// Theme slugs the reader assigned, in the order assigned.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// When `themes` last changed.
    #[serde(skip_serializing_if = "is_zero")]
    pub themes_at: u64,
    /// The session's title when last seen in the notes, to list it if it
    /// disappears from them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The session's conference title when last seen.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub conference: String,
    /// Fields this version does not know, kept and written back.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// A theme the reader created.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReaderTheme {
    /// The name as the reader typed it.
    pub name: String,
    /// When it was created, ms since the epoch.
    pub created: u64,
    /// Fields this version does not know, kept and written back.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Why a stored or imported document cannot be used. The app keeps the text
/// aside under its own key and shows the message; it never overwrites it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, or another kind of file); with the
    /// parser's message.
    NotJson(String),
    /// Valid JSON, but not a confnotes document.
    Foreign,
    /// A confnotes document of a newer format than this version reads.
    NewerVersion(u32),
    /// A confnotes document with damaged or unexpected content; with
    /// details.
    Invalid(String),
}

/// Says what is wrong with the data itself, whatever it came from: the
/// caller names it first ("The notes saved in this browser could not be
/// read.", "backup.json was not imported, and nothing changed.").
impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "It is not valid JSON ({e})."),
            DecodeError::Foreign => write!(
                f,
                "It is valid JSON, but not confnotes data (not a confnotes export)."
            ),
            DecodeError::NewerVersion(v) => write!(
                f,
                "It was saved by a newer version of confnotes (format {v}; this version \
                 reads up to format {VERSION}). Reload the page to update the app."
            ),
            DecodeError::Invalid(e) => {
                write!(f, "It is confnotes data, but part of it is damaged ({e}).")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// The localStorage key under which the app keeps a stored document that
/// [`decode`] refused, so it is never overwritten:
/// `confnotes.v1.unreadable.<now>`.
pub fn aside_key(now: u64) -> String {
    format!("{STORAGE_KEY}.unreadable.{now}")
}

/// Reads a document from storage or an export file. Older formats are
/// migrated; anything not faithfully readable is an error, so the caller can
/// keep the text aside instead of overwriting it.
pub fn decode(json: &str) -> Result<UserData, DecodeError> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let Some(obj) = value.as_object() else {
        return Err(DecodeError::Foreign);
    };
    if obj.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(DecodeError::Foreign);
    }
    let version = match obj.get("version") {
        Some(v) => v.as_u64().ok_or_else(|| {
            DecodeError::Invalid(format!("the format version {v} is not a whole number"))
        })?,
        None => return Err(DecodeError::Invalid("it has no format version".to_string())),
    };
    if version > u64::from(VERSION) {
        return Err(DecodeError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    let value = migrate(version, value)?;
    serde_json::from_value(value).map_err(|e| DecodeError::Invalid(e.to_string()))
}

/// Brings a document of format `version` to the current format, one step at
/// a time. Format 1 is the first, so there is nothing to do yet.
fn migrate(version: u64, value: Value) -> Result<Value, DecodeError> {
    match version {
        1 => Ok(value),
        v => Err(DecodeError::Invalid(format!(
            "there is no format version {v}"
        ))),
    }
}

/// The document as compact JSON, for storage.
pub fn encode(data: &UserData) -> String {
    // Serialising cannot fail: every map has string keys and `Value` holds
    // no non-finite numbers. Panicking is still better than writing an
    // empty string over the reader's data.
    serde_json::to_string(data).expect("user data always serialises")
}

/// The document as indented JSON, for an export file a person may read.
pub fn encode_pretty(data: &UserData) -> String {
    serde_json::to_string_pretty(data).expect("user data always serialises")
}

impl SessionData {
    /// True when the entry is entirely default: nothing set, and no
    /// timestamp. Such an entry may be dropped. An entry that was emptied
    /// (unstarred, note deleted) keeps its timestamps and must be kept: they
    /// record the removal, so that merging an older copy (another tab, an
    /// import) does not bring the star or note back.
    pub fn is_empty_entry(&self) -> bool {
        *self == SessionData::default()
    }

    /// True when the reader sees something: a star, a non-blank note or a
    /// theme.
    pub fn has_content(&self) -> bool {
        self.starred || !self.note.trim().is_empty() || !self.themes.is_empty()
    }

    /// The latest of the entry's timestamps.
    fn latest(&self) -> u64 {
        self.starred_at.max(self.note_at).max(self.themes_at)
    }
}

impl UserData {
    /// Stars or unstars session `id`. Setting the current value changes
    /// nothing.
    pub fn set_star(&mut self, id: &str, starred: bool, now: u64) {
        if self.sessions.get(id).is_some_and(|e| e.starred) == starred {
            return;
        }
        let e = self.sessions.entry(id.to_string()).or_default();
        e.starred = starred;
        e.starred_at = next_time(e.starred_at, now);
    }

    /// Sets the reader's note on session `id` (empty to delete it). The new
    /// note counts as an edit of the one it replaces. Setting the current
    /// text changes nothing.
    pub fn set_note(&mut self, id: &str, note: &str, now: u64) {
        if self.sessions.get(id).map_or("", |e| e.note.as_str()) == note {
            return;
        }
        let e = self.sessions.entry(id.to_string()).or_default();
        if !e.note.is_empty() {
            e.note_seen.insert(note_hash(&e.note), e.note_at);
        }
        e.note_base = e.note_at;
        e.note = note.to_string();
        e.note_at = next_time(e.note_at, now);
        trim_seen(&mut e.note_seen);
    }

    /// Sets the note on session `id` as an edit of `base`, the text an
    /// editor showed when the reader started typing. If this copy has
    /// meanwhile taken in another text (another tab's), the edit does not
    /// count as replacing that one, so [`merge`] keeps both texts instead
    /// of dropping the other tab's words.
    pub fn set_note_from(&mut self, id: &str, note: &str, base: &str, now: u64) {
        let current = self.sessions.get(id).map_or("", |e| e.note.as_str());
        if current == note {
            return;
        }
        if current == base {
            return self.set_note(id, note, now);
        }
        let e = self.sessions.entry(id.to_string()).or_default();
        // Only what the editor showed is replaced knowingly; the text taken
        // in meanwhile (and what it was written from) is not.
        let base_at = e.note_seen.get(&note_hash(base)).copied().unwrap_or(0);
        e.note_seen = BTreeMap::new();
        if !base.is_empty() {
            e.note_seen.insert(note_hash(base), base_at);
        }
        e.note_base = base_at;
        e.note = note.to_string();
        e.note_at = next_time(e.note_at, now);
    }

    /// Sets the theme slugs the reader assigned to session `id`, in order
    /// (repeats dropped). Setting the current list changes nothing.
    pub fn set_themes(&mut self, id: &str, themes: Vec<String>, now: u64) {
        let mut unique: Vec<String> = Vec::with_capacity(themes.len());
        for t in themes {
            if !unique.contains(&t) {
                unique.push(t);
            }
        }
        if self.sessions.get(id).map_or(&[][..], |e| &e.themes[..]) == &unique[..] {
            return;
        }
        let e = self.sessions.entry(id.to_string()).or_default();
        e.themes = unique;
        e.themes_at = next_time(e.themes_at, now);
    }

    /// Creates a reader theme named `name` (trimmed) and returns its slug
    /// (`text::slugify` of the name, as the notes' themes are slugged, so a
    /// reader theme `Security` is the notes' theme `security`). When the
    /// slug exists, it is returned and its name kept.
    pub fn add_theme(&mut self, name: &str, unicode: &dyn Unicode, now: u64) -> String {
        let name = name.trim();
        let slug = text::slugify(unicode, name);
        self.themes
            .entry(slug.clone())
            .or_insert_with(|| ReaderTheme {
                name: name.to_string(),
                created: now,
                extra: BTreeMap::new(),
            });
        slug
    }

    /// Records the current title and conference title of every session that
    /// has data and is in `lib`, so the data can still be named if the
    /// session disappears from the notes. The app does not call it: it
    /// records the snapshot of each session as the reader changes it (the
    /// star, note or themes of that one session; `snapshot` in
    /// `src/mine.rs`), which keeps the same fields current.
    pub fn refresh_snapshots(&mut self, lib: &Library) {
        for s in &lib.sessions {
            if let Some(e) = self.sessions.get_mut(&s.id) {
                if e.title != s.title {
                    e.title = s.title.clone();
                }
                if let Some(c) = lib.conferences.get(s.conference)
                    && e.conference != c.title
                {
                    e.conference = c.title.clone();
                }
            }
        }
    }

    /// Ids of sessions with data (anything but an empty entry) that `lib`
    /// does not have, in id order.
    pub fn orphans(&self, lib: &Library) -> Vec<&str> {
        let ids: std::collections::HashSet<&str> =
            lib.sessions.iter().map(|s| s.id.as_str()).collect();
        self.sessions
            .iter()
            .filter(|(id, e)| !ids.contains(id.as_str()) && e.has_content())
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// What `query::evaluate` needs to know about the reader's data.
    pub fn facts(&self) -> UserFacts {
        let mut f = UserFacts::default();
        for (id, e) in &self.sessions {
            if e.starred {
                f.starred.insert(id.clone());
            }
            if !e.note.trim().is_empty() {
                f.noted.insert(id.clone());
            }
            if !e.themes.is_empty() {
                f.themes.insert(id.clone(), e.themes.clone());
            }
        }
        for (slug, t) in &self.themes {
            f.theme_names.insert(slug.clone(), t.name.clone());
        }
        f
    }
}

/// A timestamp for a change made at `now` to a field last changed at
/// `prev`: `now`, or just after `prev` if the clock says otherwise, so a
/// change always counts as newer than what it replaces.
fn next_time(prev: u64, now: u64) -> u64 {
    now.max(prev.saturating_add(1))
}

/// Merges two copies of the reader's data; see the module documentation for
/// the rules. Commutative (up to nothing: the result is the same either
/// way), idempotent, and it never drops a note text that the other side did
/// not knowingly replace.
pub fn merge(ours: &UserData, theirs: &UserData) -> UserData {
    let mut sessions = BTreeMap::new();
    for (id, a) in &ours.sessions {
        let e = match theirs.sessions.get(id) {
            Some(b) => merge_session(a, b),
            None => a.clone(),
        };
        sessions.insert(id.clone(), e);
    }
    for (id, b) in &theirs.sessions {
        if !ours.sessions.contains_key(id) {
            sessions.insert(id.clone(), b.clone());
        }
    }
    let mut themes = ours.themes.clone();
    for (slug, b) in &theirs.themes {
        match themes.get_mut(slug) {
            Some(a) => {
                if (b.created, &b.name) < (a.created, &a.name) {
                    *a = b.clone();
                }
            }
            None => {
                themes.insert(slug.clone(), b.clone());
            }
        }
    }
    UserData {
        app: APP.to_string(),
        version: VERSION,
        sessions,
        themes,
        extra: merge_extra(&ours.extra, &theirs.extra),
    }
}

/// What an import did to one session's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ImportOutcome {
    /// This copy had nothing on the session: the file's data was added.
    Added,
    /// The file's data was newer, or its note an edit of this copy's: it
    /// replaced this copy's.
    Updated,
    /// The notes were written apart: both texts are kept in the note.
    KeptBoth,
    /// This copy already had everything the file says (or a later edit
    /// of it): nothing changed.
    AlreadyHad,
}

impl ImportOutcome {
    /// How the reader is told: `added`, `updated`, `both notes kept`,
    /// `already here`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportOutcome::Added => "added",
            ImportOutcome::Updated => "updated",
            ImportOutcome::KeptBoth => "both notes kept",
            ImportOutcome::AlreadyHad => "already here",
        }
    }
}

/// An import: `theirs` (an export file) merged into `ours`, with what
/// happened to each session the file has data on (in id order).
pub fn import(ours: &UserData, theirs: &UserData) -> (UserData, Vec<(String, ImportOutcome)>) {
    let merged = merge(ours, theirs);
    let mut report = Vec::new();
    for (id, t) in &theirs.sessions {
        if t.is_empty_entry() {
            continue;
        }
        let (Some(m), before) = (merged.sessions.get(id), ours.sessions.get(id)) else {
            continue;
        };
        let outcome = match before {
            Some(o) if (o.starred, &o.note, &o.themes) == (m.starred, &m.note, &m.themes) => {
                ImportOutcome::AlreadyHad
            }
            Some(o) if o.has_content() => {
                if m.note != o.note && m.note != t.note {
                    ImportOutcome::KeptBoth
                } else {
                    ImportOutcome::Updated
                }
            }
            _ if !t.has_content() => ImportOutcome::AlreadyHad,
            _ => ImportOutcome::Added,
        };
        report.push((id.clone(), outcome));
    }
    (merged, report)
}

/// An import's report in words: `2 sessions added, 1 updated, 1 with both
/// notes kept, 3 already here`, or a sentence when the file had nothing.
pub fn import_summary(report: &[(String, ImportOutcome)]) -> String {
    if report.is_empty() {
        return "the file has no stars, notes or themes, so nothing changed".to_string();
    }
    let count = |o: ImportOutcome| report.iter().filter(|(_, x)| *x == o).count();
    let parts: Vec<String> = [
        (ImportOutcome::Added, "added"),
        (ImportOutcome::Updated, "updated"),
        (ImportOutcome::KeptBoth, "with both notes kept"),
        (ImportOutcome::AlreadyHad, "already here"),
    ]
    .into_iter()
    .filter_map(|(o, words)| {
        let n = count(o);
        (n > 0).then(|| format!("{n} {words}"))
    })
    .collect();
    let mut text = parts.join(", ");
    // The first count names what it counts: `1 session added`.
    if let Some(sp) = text.find(' ') {
        let n: usize = text[..sp].parse().unwrap_or(0);
        text.insert_str(sp, if n == 1 { " session" } else { " sessions" });
    }
    text
}

/// The title a reader knows session `id` by: from the notes, else from
/// the snapshot in the data, else the id itself.
pub fn session_title(lib: &Library, data: &UserData, id: &str) -> String {
    if let Some(s) = lib.sessions.iter().find(|s| s.id == id) {
        return s.title.clone();
    }
    match data.sessions.get(id) {
        Some(e) if !e.title.is_empty() => e.title.clone(),
        _ => id.to_string(),
    }
}

/// The name of theme `slug`: as the notes spell it, else as the reader
/// named it, else the slug itself. (The notes win, as in the Themes filter:
/// a reader theme that the notes also have is the notes' theme.)
pub fn theme_name(lib: &Library, data: &UserData, slug: &str) -> String {
    if let Some(t) = lib.themes.iter().find(|t| t.id == slug) {
        return t.name.clone();
    }
    data.themes
        .get(slug)
        .map_or_else(|| slug.to_string(), |t| t.name.clone())
}

/// The names a reader can pick when adding a theme: the notes' themes and
/// their own, in alphabetical order (case aside), each name once.
pub fn theme_choices(lib: &Library, data: &UserData) -> Vec<String> {
    let mut names: Vec<String> = lib.themes.iter().map(|t| t.name.clone()).collect();
    names.extend(data.themes.values().map(|t| t.name.clone()));
    let keys: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let order = crate::order::sorted_indices(names.len(), &|a, b| keys[a].cmp(&keys[b]));
    crate::order::apply(&mut names, &order);
    names.dedup();
    names
}

/// A theme on a session, as the session view and the session cards show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeChip {
    /// The theme's slug, for `theme=` links.
    pub id: String,
    /// Its name ([`theme_name`]).
    pub name: String,
    /// Where it comes from: the strongest provenance when several give it.
    pub source: ThemeSource,
}

/// Every theme on session `session` (an index into `lib.sessions`; none
/// when out of range), from the notes and the reader's `data`, each once.
///
/// Precedence: the notes' explicit themes, then the themes the notes
/// matched, then the reader's; each group in its own order (the notes',
/// the order the reader assigned them). A theme given twice (the reader
/// assigned a theme the notes already give) shows once, with the strongest
/// provenance: Explicit, then Matched, then Reader.
pub fn session_themes(lib: &Library, session: usize, data: &UserData) -> Vec<ThemeChip> {
    let Some(s) = lib.sessions.get(session) else {
        return Vec::new();
    };
    let mut out: Vec<ThemeChip> = Vec::new();
    for source in [ThemeSource::Explicit, ThemeSource::Matched] {
        for t in s.themes.iter().filter(|t| t.source == source) {
            if let Some(th) = lib.themes.get(t.theme)
                && !out.iter().any(|c| c.id == th.id)
            {
                out.push(ThemeChip {
                    id: th.id.clone(),
                    name: th.name.clone(),
                    source,
                });
            }
        }
    }
    for slug in data.sessions.get(&s.id).into_iter().flat_map(|e| &e.themes) {
        if !out.iter().any(|c| c.id == *slug) {
            out.push(ThemeChip {
                id: slug.clone(),
                name: theme_name(lib, data, slug),
                source: ThemeSource::Reader,
            });
        }
    }
    out
}

/// The slug of the theme the reader means by `name` when they add a theme
/// to a session by typing its name: the notes' theme whose slug is
/// `text::slugify(name)` or whose name is `name` (trimmed, ASCII case
/// aside), else the reader's theme of that slug, created in `data` at `now`
/// when new ([`UserData::add_theme`]). None, and nothing created, when the
/// name has no letter or digit (blank, or `!!!`): it would make no slug.
pub fn theme_for_name(
    data: &mut UserData,
    lib: &Library,
    name: &str,
    unicode: &dyn Unicode,
    now: u64,
) -> Option<String> {
    let name = name.trim();
    if !name.chars().any(char::is_alphanumeric) {
        return None;
    }
    let slug = text::slugify(unicode, name);
    let known = lib
        .themes
        .iter()
        .find(|t| t.id == slug || t.name.eq_ignore_ascii_case(name));
    Some(match known {
        Some(t) => t.id.clone(),
        None => data.add_theme(name, unicode, now),
    })
}

/// Merges one session's data from two copies.
fn merge_session(a: &SessionData, b: &SessionData) -> SessionData {
    let (starred, starred_at) = match a.starred_at.cmp(&b.starred_at) {
        std::cmp::Ordering::Greater => (a.starred, a.starred_at),
        std::cmp::Ordering::Less => (b.starred, b.starred_at),
        std::cmp::Ordering::Equal => (a.starred || b.starred, a.starred_at),
    };
    let (themes, themes_at) = match a.themes_at.cmp(&b.themes_at) {
        std::cmp::Ordering::Greater => (a.themes.clone(), a.themes_at),
        std::cmp::Ordering::Less => (b.themes.clone(), b.themes_at),
        std::cmp::Ordering::Equal if a.themes == b.themes => (a.themes.clone(), a.themes_at),
        std::cmp::Ordering::Equal => {
            let mut t: Vec<String> = a.themes.iter().chain(&b.themes).cloned().collect();
            crate::order::sort_by(&mut t, &Ord::cmp);
            t.dedup();
            (t, a.themes_at)
        }
    };
    let MergedNote {
        note,
        at: note_at,
        base: note_base,
        seen: note_seen,
    } = merge_note(a, b);
    // Snapshots come together from the side changed last.
    let pick_a = match (a.title.is_empty(), b.title.is_empty()) {
        (false, true) => true,
        (true, false) => false,
        _ => (a.latest(), &a.title, &a.conference) >= (b.latest(), &b.title, &b.conference),
    };
    let (title, conference) = if pick_a {
        (a.title.clone(), a.conference.clone())
    } else {
        (b.title.clone(), b.conference.clone())
    };
    SessionData {
        starred,
        starred_at,
        note,
        note_at,
        note_base,
        note_seen,
        themes,
        themes_at,
        title,
        conference,
        extra: merge_extra(&a.extra, &b.extra),
    }
}

/// The most recent texts a note remembers having replaced or merged.
pub const SEEN_MAX: usize = 64;

/// A note text's identity for `note_seen`: FNV-1a (64 bits) of its UTF-8
/// bytes, as 16 hex digits. Stable across builds and platforms.
pub fn note_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Keeps the [`SEEN_MAX`] most recent entries (by time, then hash, so the
/// result does not depend on the order entries were added).
fn trim_seen(seen: &mut BTreeMap<String, u64>) {
    if seen.len() <= SEEN_MAX {
        return;
    }
    let mut all: Vec<(u64, String)> = std::mem::take(seen)
        .into_iter()
        .map(|(h, at)| (at, h))
        .collect();
    crate::order::sort_by(&mut all, &|a, b| b.cmp(a));
    all.truncate(SEEN_MAX);
    *seen = all.into_iter().map(|(at, h)| (h, at)).collect();
}

/// Whether `x`'s note was written knowing `y`'s exact text.
fn knows(x: &SessionData, y: &SessionData) -> bool {
    y.note.is_empty() || x.note_seen.contains_key(&note_hash(&y.note))
}

/// The union of two `note_seen` maps (the later time of a hash), trimmed.
fn union_seen(a: &SessionData, b: &SessionData) -> BTreeMap<String, u64> {
    let mut seen = a.note_seen.clone();
    for (h, &at) in &b.note_seen {
        let e = seen.entry(h.clone()).or_insert(at);
        *e = (*e).max(at);
    }
    seen
}

/// A merged note.
struct MergedNote {
    note: String,
    at: u64,
    base: u64,
    seen: BTreeMap<String, u64>,
}

/// Merges two notes (see the module documentation, "Merging").
fn merge_note(a: &SessionData, b: &SessionData) -> MergedNote {
    let mut seen = union_seen(a, b);
    if a.note == b.note {
        trim_seen(&mut seen);
        return MergedNote {
            note: a.note.clone(),
            at: a.note_at.max(b.note_at),
            base: a.note_base.max(b.note_base),
            seen,
        };
    }
    let (a_knows_b, b_knows_a) = (knows(a, b), knows(b, a));
    let newer_is_a = (a.note_at, &a.note) > (b.note_at, &b.note);
    let winner = match (a_knows_b, b_knows_a) {
        (true, false) => Some(a),
        (false, true) => Some(b),
        // Each was written knowing the other (an edit undone): the later.
        (true, true) => Some(if newer_is_a { a } else { b }),
        (false, false) if holds(&a.note, &b.note) => Some(a),
        (false, false) if holds(&b.note, &a.note) => Some(b),
        (false, false) => None,
    };
    if let Some(w) = winner {
        let l = if std::ptr::eq(w, a) { b } else { a };
        if !l.note.is_empty() {
            let e = seen.entry(note_hash(&l.note)).or_insert(l.note_at);
            *e = (*e).max(l.note_at);
        }
        trim_seen(&mut seen);
        return MergedNote {
            note: w.note.clone(),
            at: w.note_at.max(l.note_at),
            base: w.note_base.max(l.note_base),
            seen,
        };
    }
    // Written apart: keep every word.
    let (newer, older) = if newer_is_a { (a, b) } else { (b, a) };
    for x in [a, b] {
        let e = seen.entry(note_hash(&x.note)).or_insert(x.note_at);
        *e = (*e).max(x.note_at);
    }
    trim_seen(&mut seen);
    let at = a.note_at.max(b.note_at);
    MergedNote {
        note: keep_both(&newer.note, &older.note, older.note_at),
        at,
        base: at.max(a.note_base).max(b.note_base),
        seen,
    }
}

/// The first line of the block that introduces a kept older text.
const KEPT_PREFIX: &str = "(kept from another copy, ";

/// `newer`, then the paragraphs of `older` that `newer` does not hold,
/// under a `---` line and a `(kept from another copy, <date>)` line. The
/// separators of earlier merges are not repeated.
fn keep_both(newer: &str, older: &str, older_at: u64) -> String {
    let mut extra: Vec<&str> = Vec::new();
    for block in paragraphs(older) {
        let separator = block.lines().all(|l| {
            let l = l.trim();
            l == "---" || (l.starts_with(KEPT_PREFIX) && l.ends_with(')'))
        });
        if !separator && !holds(newer, block) && !extra.contains(&block) {
            extra.push(block);
        }
    }
    if extra.is_empty() {
        return newer.to_string();
    }
    format!(
        "{newer}\n\n---\n{KEPT_PREFIX}{})\n\n{}",
        iso_minute(older_at),
        extra.join("\n\n")
    )
}

/// Whether `hay` holds the text `needle` as whole words: `look` does not
/// hold `ok`, `w10` does not hold `w1`.
fn holds(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        let starts_word = word(needle.chars().next());
        let ends_word = word(needle.chars().next_back());
        !((starts_word && word(before)) || (ends_word && word(after)))
    })
}

/// The paragraphs of a text (runs of lines between blank lines), trimmed.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(&text[s..end]);
            }
        } else {
            start.get_or_insert(pos);
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(&text[s..end]);
    }
    blocks.into_iter().map(str::trim)
}

/// Merges unknown fields: the union; where both have a key with different
/// values, the greater JSON text, so the result does not depend on order.
fn merge_extra(
    a: &BTreeMap<String, Value>,
    b: &BTreeMap<String, Value>,
) -> BTreeMap<String, Value> {
    let mut out = a.clone();
    for (k, vb) in b {
        match out.get_mut(k) {
            Some(va) => {
                if va != vb {
                    let (ta, tb) = (va.to_string(), vb.to_string());
                    if tb > ta {
                        *va = vb.clone();
                    }
                }
            }
            None => {
                out.insert(k.clone(), vb.clone());
            }
        }
    }
    out
}

/// `ms` since the epoch as `YYYY-MM-DD HH:MM UTC`.
pub fn iso_minute(ms: u64) -> String {
    let secs = ms / 1000;
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// The proleptic Gregorian date of `days` after 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A Markdown trip report of the sessions the reader starred, annotated or
/// gave themes to: grouped by conference (library order), each with its
/// speakers and orgs, links, the reader's themes and note. Sessions no
/// longer in the notes come last, named from their snapshots.
pub fn trip_report(lib: &Library, data: &UserData) -> String {
    let theme_name = |slug: &str| theme_name(lib, data, slug);
    let mut out = String::from("# Trip report\n");
    let mut any = false;
    for conf in &lib.conferences {
        let mut header = false;
        for s in conf.sessions.iter().filter_map(|&i| lib.sessions.get(i)) {
            let Some(e) = data.sessions.get(&s.id).filter(|e| e.has_content()) else {
                continue;
            };
            if !header {
                out.push_str(&format!("\n## {}\n", conf.title));
                header = true;
            }
            any = true;
            let star = if e.starred { "★ " } else { "" };
            out.push_str(&format!("\n### {star}{}\n", s.title));
            let people = lib.speakers_line(s);
            if !people.is_empty() {
                out.push_str(&format!("\n{people}\n"));
            }
            if !s.links.is_empty() {
                let links: Vec<String> = s
                    .links
                    .iter()
                    .map(|l| format!("[{}]({})", l.label, l.url))
                    .collect();
                out.push_str(&format!("\n{}\n", links.join(" · ")));
            }
            push_reader_part(&mut out, e, &theme_name);
        }
    }
    let orphans = data.orphans(lib);
    if !orphans.is_empty() {
        out.push_str("\n## No longer in the notes\n");
        for id in orphans {
            let Some(e) = data.sessions.get(id) else {
                continue;
            };
            any = true;
            let star = if e.starred { "★ " } else { "" };
            let title = if e.title.is_empty() {
                id
            } else {
                e.title.as_str()
            };
            out.push_str(&format!("\n### {star}{title}\n"));
            if !e.conference.is_empty() {
                out.push_str(&format!("\n{}\n", e.conference));
            }
            push_reader_part(&mut out, e, &theme_name);
        }
    }
    if !any {
        out.push_str("\nNo starred or annotated sessions yet.\n");
    }
    out
}

/// Appends the reader's themes and note of one session.
fn push_reader_part(out: &mut String, e: &SessionData, theme_name: &dyn Fn(&str) -> String) {
    if !e.themes.is_empty() {
        let names: Vec<String> = e.themes.iter().map(|t| theme_name(t)).collect();
        out.push_str(&format!("\nMy themes: {}\n", names.join(", ")));
    }
    let note = e.note.trim();
    if !note.is_empty() {
        out.push_str(&format!("\n{}\n", demote_headings(note, 3)));
    }
}

/// `markdown` with its headings moved `by` levels down (at most to `######`),
/// so a reader's `# Verdict` sits below the session's `###` in the trip
/// report instead of breaking its outline. ATX (`# x`) and setext (`x` over
/// `===`) headings both; code blocks are left alone.
pub fn demote_headings(markdown: &str, by: usize) -> String {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut fence: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            out.push_str(line);
        } else if indent < 4 && (t.starts_with("```") || t.starts_with("~~~")) {
            fence = Some(&t[..3]);
            out.push_str(line);
        } else if indent < 4 && t.starts_with('#') {
            let level = t.bytes().take_while(|b| *b == b'#').count();
            let rest = &t[level..];
            if level <= 6 && (rest.is_empty() || rest.starts_with([' ', '\t'])) {
                let new = (level + by).min(6);
                out.push_str(&"#".repeat(new));
                out.push_str(rest);
            } else {
                out.push_str(line);
            }
        } else if indent < 4
            && !t.is_empty()
            && let Some(next) = lines.get(i + 1)
            && let Some(level) = setext_level(next)
            && !t.starts_with(['-', '*', '+', '>'])
        {
            let new = (level + by).min(6);
            out.push_str(&"#".repeat(new));
            out.push(' ');
            out.push_str(t.trim_end());
            i += 1;
        } else {
            out.push_str(line);
        }
        out.push('\n');
        i += 1;
    }
    out.truncate(out.trim_end().len());
    out
}

/// The level a setext underline gives the line above it: `===` 1, `---` 2.
fn setext_level(line: &str) -> Option<usize> {
    let t = line.trim();
    if t.len() >= 2 && t.bytes().all(|b| b == b'=') {
        Some(1)
    } else if t.len() >= 3 && t.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}
