//! Markdown notes -> [`Library`].
//!
//! The formats understood are described in DESIGN.md ("Notes formats"):
//! conference files (`# Conference`, `## Key Themes`, `### Title -
//! Speakers`), one-session files with YAML front matter, and inline markers
//! (`Speaker:`, `Tags:`, `#hashtags`, `[[wiki links]]`). How headings are
//! told apart is in `parse/headings.rs`; how speaker lists are split, in
//! `parse/speakers.rs`; the front matter subset, in [`crate::frontmatter`].
//!
//! The work has two steps, so the app can spread it over frames:
//! [`LibraryBuilder::add`] does everything that concerns one file (one
//! pulldown-cmark pass, see `parse/scan.rs`, then slicing the text by byte
//! ranges), and [`LibraryBuilder::finish`] links files together: merging
//! conferences, speakers, orgs and themes, assigning ids, matching Key
//! Themes in sessions' text, and the diagnostics that need every file.
//! [`LibraryBuilder::finish_in_steps`] does the same linking in bounded
//! steps ([`Finishing::step`], [`STEP_SESSIONS`] sessions at most), so no
//! single task of the app has to link a large corpus at once.
//!
//! Architecture Invariant: no input makes the parser panic, loop or take
//! more than linear time. Nothing recurses on the input's nesting; nothing
//! indexes text by a position it did not find itself; lookups that could
//! be quadratic (speakers, themes) go through hash maps.
//!
//! Ids: a session's id is `conference-id/slug(title)`. Sessions whose ids
//! collide within a conference get `-2`, `-3`... in source order (file
//! path, then line), skipping ids another session has by its own title, so
//! an id changes only when a session of the same title is added or removed
//! before it, never when other sessions move.
//!
//! Decisions for cases the formats leave open:
//!
//! - A session's Markdown is the text under its heading, sliced from the
//!   source, minus the lines consumed as structure: speaker lines, `Tags:`
//!   / `Themes:` lines, and lines that hold nothing but labelled links
//!   (`[Recording](...)`, `Slides: <url>`), which the app shows as
//!   `Session::links`. A labelled link inside prose stays in the prose and
//!   is a session link too.
//! - A link is labelled by its text (`Recording`, `Video`, `Slides`, `Talk`,
//!   `Demo`, `Repo`, `Code`, `Blog`, `Paper`, `Website`, any case) or by
//!   its line's lead word (`Slides: [deck](...)`); a link in the heading is
//!   labelled `Link`. Front matter gives `recording`, `video`, `slides`,
//!   `url` and `link`.
//! - A file with valid front matter is one session, unless the front matter
//!   names no speakers and the body has headings that are sessions: then it
//!   is a conference file whose title is the front matter's `event`,
//!   `conference` or `title`.
//! - An explicit theme name (marker or front matter) resolves to a Key
//!   Theme of the session's conference by name or alias, else to any theme
//!   of the same key (see `parse/themes.rs`), else it makes a new theme.
//! - A Key Themes item with no ` - ` is a theme named by its whole text; if
//!   that is more than six words, a warning says the description may be
//!   missing its dash.

mod headings;
mod markers;
mod scan;
mod speakers;
mod themes;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::frontmatter::{self, Block, FrontMatter, Value};
use crate::model::{
    Conference, Diagnostic, Library, Link, Org, Section, Session, SessionSpeaker, SessionTheme,
    Severity, SourceFile, Speaker, Theme, ThemeSource,
};
use crate::order;
use crate::render::{UrlKind, classify_url, safe_link};
use crate::text::{self, Unicode, fold, slugify};

use headings::{Class, Features, Kind};
use scan::{Heading, Scan};
use speakers::{SpeakerRef, parse_one_speaker, parse_speakers};
use themes::{Matcher, ThemeItem, key_of, key_of_folded, theme_item};

/// Decodes a file's bytes: a UTF-8 byte order mark is dropped and line ends
/// (`\r\n`, `\r`) become `\n`. Invalid UTF-8 is an error naming the file
/// and the byte offset and line of the first bad byte.
pub fn source_from_bytes(path: &str, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let skip = if bom { 3 } else { 0 };
    match std::str::from_utf8(bytes.get(skip..).unwrap_or(&[])) {
        Ok(_) => {
            let mut bytes = bytes;
            bytes.drain(..skip);
            let text = String::from_utf8(bytes).unwrap_or_default();
            Ok(SourceFile {
                path: path.to_string(),
                text: normalise_newlines(text),
            })
        }
        Err(e) => {
            let offset = skip + e.valid_up_to();
            let line = 1 + bytes.iter().take(offset).filter(|b| **b == b'\n').count() as u32;
            Err(Diagnostic {
                file: path.to_string(),
                line,
                severity: Severity::Error,
                message: format!(
                    "invalid UTF-8 at byte {offset} (line {line}); the file is not read"
                ),
            })
        }
    }
}

/// `\r\n` and lone `\r` as `\n`.
fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Builds a Library file by file, so a caller can spread the work over
/// several frames; [`LibraryBuilder::finish`] links everything.
pub struct LibraryBuilder<'u> {
    unicode: &'u dyn Unicode,
    confs: Vec<ConfDraft>,
    conf_ids: HashMap<String, usize>,
    sessions: Vec<SessionDraft>,
    diagnostics: Vec<Diagnostic>,
}

/// A conference as the files added so far describe it.
#[derive(Debug, Default)]
struct ConfDraft {
    id: String,
    /// The title each file gives, with the file.
    titles: Vec<(String, String)>,
    /// Dates given, with the file.
    dates: Vec<(String, String)>,
    themes: Vec<ThemeDraft>,
    sections: Vec<Section>,
}

#[derive(Debug)]
struct ThemeDraft {
    item: ThemeItem,
    markdown: String,
    file: String,
    line: u32,
}

#[derive(Debug, Default)]
struct SessionDraft {
    conf: usize,
    title: String,
    speakers: Vec<SpeakerRef>,
    /// Themes named by markers or front matter.
    explicit: Vec<String>,
    links: Vec<Link>,
    day: Option<String>,
    track: Option<String>,
    language: Option<String>,
    date: Option<String>,
    file: String,
    line: u32,
    markdown: String,
}

/// What one file contributes.
#[derive(Debug, Default)]
struct FileOut {
    conf_title: String,
    conf_date: Option<String>,
    themes: Vec<ThemeDraft>,
    sections: Vec<Section>,
    sessions: Vec<SessionDraft>,
}

impl<'u> LibraryBuilder<'u> {
    /// A builder that normalises text with `unicode`.
    pub fn new(unicode: &'u dyn Unicode) -> Self {
        LibraryBuilder {
            unicode,
            confs: Vec::new(),
            conf_ids: HashMap::new(),
            sessions: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Parses one file into the builder: everything that concerns this
    /// file alone happens here.
    pub fn add(&mut self, file: &SourceFile) {
        let text: Cow<str> = if file.text.starts_with('\u{feff}') || file.text.contains('\r') {
            Cow::Owned(normalise_newlines(
                file.text.trim_start_matches('\u{feff}').to_string(),
            ))
        } else {
            Cow::Borrowed(&file.text)
        };
        // Borrowed, not copied, when it is NFC already (the usual case).
        let text = self.unicode.nfc(&text);
        let mut fp = FileParser::new(self.unicode, &file.path, &text);
        let out = fp.run();
        self.diagnostics.append(&mut fp.diags);
        let id = slugify(self.unicode, &out.conf_title);
        let conf = *self.conf_ids.entry(id.clone()).or_insert_with(|| {
            self.confs.push(ConfDraft {
                id,
                ..ConfDraft::default()
            });
            self.confs.len() - 1
        });
        let c = &mut self.confs[conf];
        c.titles.push((file.path.clone(), out.conf_title));
        if let Some(d) = out.conf_date {
            c.dates.push((file.path.clone(), d));
        }
        c.themes.extend(out.themes);
        c.sections.extend(out.sections);
        for mut s in out.sessions {
            s.conf = conf;
            self.sessions.push(s);
        }
    }

    /// Links sessions, speakers, orgs and themes into a Library, in one go:
    /// [`LibraryBuilder::finish_in_steps`] run to the end.
    pub fn finish(self) -> Library {
        self.finish_in_steps().into_library()
    }

    /// The work of [`LibraryBuilder::finish`] in bounded steps, for callers
    /// that must yield between them (a browser's main thread): see
    /// [`Finishing`].
    pub fn finish_in_steps(self) -> Finishing<'u> {
        Finishing {
            linker: Linker::new(self),
            stage: Stage::Conferences,
        }
    }
}

/// Parses all `files` into one Library.
pub fn parse(files: &[SourceFile], unicode: &dyn Unicode) -> Library {
    let mut b = LibraryBuilder::new(unicode);
    for f in files {
        b.add(f);
    }
    b.finish()
}

/// A relative image target of a file, for callers that can check the file
/// system (the `notes-check` CLI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// 1-based line of the image.
    pub line: u32,
    /// The target as written, e.g. `./kubecon.jpeg`.
    pub target: String,
}

/// The relative image targets in `file`, in order.
pub fn relative_images(file: &SourceFile) -> Vec<ImageRef> {
    let lines = LineIndex::new(&file.text);
    scan::scan(&file.text, 0)
        .links
        .into_iter()
        .filter(|l| {
            l.image && classify_url(&l.dest) == UrlKind::Relative && !l.dest.trim().is_empty()
        })
        .map(|l| ImageRef {
            line: lines.line_of(l.range.start),
            target: l.dest.into_owned(),
        })
        .collect()
}

/// 1-based line numbers of byte offsets.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    fn line_of(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }
}

/// The start of the line that holds `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..offset]).map_or(0, |i| i + 1)
}

/// The end of the line that holds `offset` (the position of its `\n`, or
/// the end of the text).
fn line_end(text: &str, offset: usize, limit: usize) -> usize {
    let limit = limit.min(text.len());
    if offset >= limit {
        return limit;
    }
    memchr::memchr(b'\n', &text.as_bytes()[offset..limit]).map_or(limit, |i| offset + i)
}

/// `s` without its leading blank lines and trailing whitespace.
fn trim_blank_lines(s: &str) -> &str {
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    s[start..].trim_end()
}

/// Removes the common indentation (spaces) of the non-blank lines.
fn dedent(s: &str) -> String {
    let indent = s
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        let n = (line.len() - line.trim_start_matches(' ').len()).min(indent);
        out.push_str(&line[n..]);
    }
    out
}

/// The file name without folders and without `.md` / `.markdown`.
fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".md")
        .or_else(|| name.strip_suffix(".markdown"))
        .unwrap_or(name)
}

/// The name of the folder that holds the file, if any.
fn folder_name(path: &str) -> Option<&str> {
    let mut parts = path
        .rsplit(['/', '\\'])
        .skip(1)
        .filter(|p| !p.is_empty() && *p != ".");
    parts.next()
}

/// A target for a message: control characters escaped (`\n`, `\u{1b}`),
/// at most 80 characters.
fn show_target(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().take(80) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if s.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// What the line pass found in a session's notes.
#[derive(Debug, Default)]
struct Body {
    markdown: String,
    speakers: Vec<SpeakerRef>,
    explicit: Vec<String>,
    links: Vec<Link>,
}

/// Front matter keys that a session file may carry without the parser
/// using them (no warning).
const IGNORED_KEYS: &[&str] = &[
    "layout",
    "author",
    "authors",
    "permalink",
    "draft",
    "description",
    "summary",
    "excerpt",
    "slug",
    "id",
    "published",
    "image",
    "cover",
    "toc",
    "weight",
    "aliases",
    "lastmod",
    "type",
    "location",
    "city",
    "time",
    "room",
];

/// Front matter keys the parser uses.
const USED_KEYS: &[&str] = &[
    "title",
    "speakers",
    "speaker",
    "presenters",
    "presenter",
    "themes",
    "tags",
    "categories",
    "topics",
    "track",
    "event",
    "conference",
    "date",
    "day",
    "language",
    "lang",
    "recording",
    "video",
    "url",
    "link",
    "slides",
];

/// Parses one file.
struct FileParser<'a> {
    unicode: &'a dyn Unicode,
    path: &'a str,
    text: &'a str,
    lines: LineIndex,
    scan: Scan<'a>,
    diags: Vec<Diagnostic>,
}

impl<'a> FileParser<'a> {
    fn new(unicode: &'a dyn Unicode, path: &'a str, text: &'a str) -> Self {
        FileParser {
            unicode,
            path,
            text,
            lines: LineIndex::new(text),
            scan: Scan::default(),
            diags: Vec::new(),
        }
    }

    fn warn(&mut self, line: u32, message: String) {
        self.diags.push(Diagnostic {
            file: self.path.to_string(),
            line,
            severity: Severity::Warning,
            message,
        });
    }

    fn run(&mut self) -> FileOut {
        let (fm, body_start, opaque_end) = match frontmatter::find(self.text) {
            Block::Absent => (None, 0, 0),
            Block::Unclosed => {
                let second = self.text.lines().nth(1).unwrap_or("");
                if second.contains(": ") || second.ends_with(':') {
                    self.warn(
                        1,
                        "front matter has no closing `---` line; the file is read as Markdown"
                            .into(),
                    );
                }
                (None, 0, 0)
            }
            Block::Found { yaml, body } => {
                match frontmatter::parse(&self.text[yaml.0..yaml.1], 2) {
                    Ok(fm) => (Some(fm), body, 0),
                    Err(e) => {
                        self.warn(
                        e.line,
                        format!(
                            "front matter not understood: {}; the file is read as Markdown and the front matter stays in its notes",
                            e.message
                        ),
                    );
                        (None, 0, body)
                    }
                }
            }
        };
        self.scan = scan::scan(self.text, body_start);
        order::sort_by(&mut self.scan.links, &|a, b| {
            a.range.start.cmp(&b.range.start)
        });
        self.report_links_and_html();
        // Taken out of the scan so they can be lent while `self` warns.
        let headings = std::mem::take(&mut self.scan.headings);
        match fm {
            Some(fm) => {
                let has_speakers = fm
                    .get(&["speakers", "speaker", "presenters", "presenter"])
                    .is_some();
                let (structural, feats) = self.features(&headings, body_start);
                if !has_speakers
                    && feats.iter().any(|f| f.dash || f.speaker_line)
                    && !structural.is_empty()
                {
                    // Front matter on top of a conference file.
                    let title = fm
                        .get(&["event", "conference", "title"])
                        .map(|e| e.value.items().join(", "));
                    let date = fm.get(&["date"]).map(|e| e.value.items().join(", "));
                    let mut out = self.conference_file(body_start, title, structural, feats);
                    if out.conf_date.is_none() {
                        out.conf_date = date;
                    }
                    out
                } else {
                    self.session_file(&fm, body_start, &headings)
                }
            }
            None => {
                let (structural, feats) = self.features(&headings, opaque_end);
                self.conference_file(0, None, structural, feats)
            }
        }
    }

    /// Diagnostics for unsafe link targets and raw HTML.
    fn report_links_and_html(&mut self) {
        let mut msgs = Vec::new();
        for l in &self.scan.links {
            if classify_url(&l.dest) == UrlKind::Unsafe {
                let what = if l.image { "image" } else { "link" };
                msgs.push((
                    self.lines.line_of(l.range.start),
                    format!(
                        "{what} target `{}` is not http(s), mailto, relative or a fragment; it is shown as text",
                        show_target(&l.dest)
                    ),
                ));
            }
        }
        let mut last_line = 0;
        for h in &self.scan.html {
            let line = self.lines.line_of(h.offset);
            if line != last_line {
                msgs.push((
                    line,
                    format!("raw HTML shown as text: `{}`", show_target(&h.snippet)),
                ));
                last_line = line;
            }
        }
        for (line, m) in msgs {
            self.warn(line, m);
        }
    }

    /// The headings that are structure (those of `headings`, in document
    /// order, that start at `from` or after), with their features.
    fn features<'h>(&self, headings: &'h [Heading], from: usize) -> (&'h [Heading], Vec<Features>) {
        let hs = &headings[headings.partition_point(|h| h.range.start < from)..];
        let feats = hs
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let end = hs
                    .get(i + 1)
                    .map_or(self.text.len(), |n| line_start(self.text, n.range.start));
                Features::of(h, self.speaker_line_follows(h.range.end..end))
            })
            .collect();
        (hs, feats)
    }

    /// Whether the first non-blank line in `range` is a speaker line (any
    /// form), or one of the first five is an explicit `Speaker:` line.
    fn speaker_line_follows(&self, range: Range<usize>) -> bool {
        let Some(body) = self.text.get(range) else {
            return false;
        };
        body.lines()
            .filter(|l| !l.trim().is_empty())
            .take(5)
            .enumerate()
            .any(|(i, l)| markers::speaker_line(l, i == 0).is_some())
    }

    /// A conference file: `# Title`, Key Themes, sections, sessions.
    fn conference_file(
        &mut self,
        start: usize,
        title: Option<String>,
        headings: &[Heading],
        feats: Vec<Features>,
    ) -> FileOut {
        let levels: Vec<u8> = headings.iter().map(|h| h.level).collect();
        let classes = headings::classify(&levels, &feats);
        let mut out = FileOut::default();
        // Each heading that is not absorbed starts a segment that runs to
        // the next such heading.
        let tops: Vec<usize> = (0..headings.len())
            .filter(|&i| classes[i].kind != Kind::Absorbed)
            .collect();
        let seg_end = |k: usize| {
            tops.get(k + 1).map_or(self.text.len(), |&j| {
                line_start(self.text, headings[j].range.start)
            })
        };
        let first_heading = tops.first().map_or(self.text.len(), |&j| {
            line_start(self.text, headings[j].range.start)
        });
        let mut preamble: Vec<Range<usize>> = Vec::with_capacity(2);
        preamble.push(start..first_heading);
        let mut conf_title = title;
        for (k, &i) in tops.iter().enumerate() {
            let h = &headings[i];
            let body = h.range.end.min(seg_end(k))..seg_end(k);
            let Class { kind, day, track } = classes[i].clone();
            match kind {
                Kind::Title => {
                    // Front matter's title, when given, wins over `# ...`.
                    conf_title.get_or_insert_with(|| h.text.clone());
                    preamble.push(body);
                }
                Kind::KeyThemes => self.key_themes(h, body, &mut out),
                Kind::Section => out.sections.push(self.section(h, body)),
                Kind::Container => {
                    if !trim_blank_lines(&self.text[body.clone()]).is_empty() {
                        out.sections.push(self.section(h, body));
                    }
                }
                Kind::Session => {
                    let s = self.session(h, body, day, track);
                    out.sessions.push(s);
                }
                Kind::Absorbed => {}
            }
        }
        // The preamble: before the first heading, and under the title.
        let mut md = String::new();
        let mut line = 0;
        for r in preamble {
            let part = trim_blank_lines(&self.text[r.clone()]);
            if part.is_empty() {
                continue;
            }
            if md.is_empty() {
                line = self.lines.line_of(
                    r.start + self.text[r.clone()].len() - self.text[r].trim_start().len(),
                );
            } else {
                md.push_str("\n\n");
            }
            md.push_str(part);
        }
        if !md.is_empty() {
            out.sections.insert(
                0,
                Section {
                    title: String::new(),
                    id: String::new(),
                    file: self.path.into(),
                    line,
                    markdown: md,
                },
            );
        }
        out.conf_title = match conf_title {
            Some(t) if !t.trim().is_empty() => t,
            _ => {
                let stem = file_stem(self.path).to_string();
                self.warn(
                    0,
                    format!(
                        "no `# Title` heading: the conference is named `{stem}` after the file"
                    ),
                );
                stem
            }
        };
        out
    }

    fn section(&self, h: &Heading, body: Range<usize>) -> Section {
        Section {
            title: h.text.clone(),
            id: String::new(),
            file: self.path.into(),
            line: self.lines.line_of(h.range.start),
            markdown: trim_blank_lines(&self.text[body]).to_string(),
        }
    }

    /// A `## Key Themes` section: its top-level list items are themes;
    /// anything else under the heading stays a section.
    fn key_themes(&mut self, h: &Heading, body: Range<usize>, out: &mut FileOut) {
        let first = self
            .scan
            .items
            .partition_point(|i| i.range.start < body.start);
        let last = self
            .scan
            .items
            .partition_point(|i| i.range.start < body.end);
        let mut rest = String::new();
        let mut pos = body.start;
        let items: Vec<_> = self.scan.items.get(first..last).unwrap_or(&[]).to_vec();
        for item in items {
            let t = theme_item(&item.text);
            if key_of(self.unicode, &t.name).is_empty() {
                // Not a theme (no name): it stays in the section.
                continue;
            }
            let end = item.range.end.min(body.end);
            rest.push_str(self.text.get(pos..item.range.start).unwrap_or(""));
            pos = end;
            let line = self.lines.line_of(item.range.start);
            let words = t.name.split_whitespace().count();
            if t.description.is_empty() && words > 6 {
                self.warn(
                    line,
                    format!(
                        "Key Theme `{}` has no ` - ` before a description, so all {words} words are its name",
                        show_target(&t.name)
                    ),
                );
            }
            let markdown = dedent(self.text.get(item.text_end.min(end)..end).unwrap_or(""));
            out.themes.push(ThemeDraft {
                item: t,
                markdown: trim_blank_lines(&markdown).to_string(),
                file: self.path.into(),
                line,
            });
        }
        rest.push_str(self.text.get(pos..body.end).unwrap_or(""));
        if !trim_blank_lines(&rest).is_empty() {
            out.sections.push(Section {
                title: h.text.clone(),
                id: String::new(),
                file: self.path.into(),
                line: self.lines.line_of(h.range.start),
                markdown: trim_blank_lines(&rest).to_string(),
            });
        }
    }

    /// A session under a heading.
    fn session(
        &mut self,
        h: &Heading,
        body: Range<usize>,
        day: Option<String>,
        track: Option<String>,
    ) -> SessionDraft {
        let parts = headings::parts(&h.text);
        let line = self.lines.line_of(h.range.start);
        let mut speakers = parts
            .speakers
            .as_deref()
            .map(parse_speakers)
            .unwrap_or_default();
        // Links in the heading (`### [Title](url) - Speaker`).
        let mut links: Vec<Link> = Vec::new();
        let hl = self
            .scan
            .links
            .partition_point(|l| l.range.start < h.range.start);
        for l in self.scan.links[hl..]
            .iter()
            .take_while(|l| l.range.start < h.range.end)
        {
            if !l.image {
                let label = markers::label_of_text(&l.text).unwrap_or("Link");
                links.push(Link {
                    label: label.into(),
                    url: l.dest.to_string(),
                });
            }
        }
        let b = self.body(body, true);
        speakers.extend(b.speakers);
        links.extend(b.links);
        if speakers.is_empty() {
            self.warn(line, "session heading has no speakers".into());
        }
        self.draft(
            parts.title,
            speakers,
            b.explicit,
            links,
            b.markdown,
            line,
            |s| {
                s.day = day;
                s.track = track;
                s.language = parts.language;
            },
        )
    }

    #[allow(clippy::too_many_arguments)] // Reason: a private constructor of a plain record.
    fn draft(
        &self,
        title: String,
        speakers: Vec<SpeakerRef>,
        explicit: Vec<String>,
        mut links: Vec<Link>,
        markdown: String,
        line: u32,
        more: impl FnOnce(&mut SessionDraft),
    ) -> SessionDraft {
        // The first link of each target (by flags: no clone of the URLs).
        let mut seen: HashSet<&str> = HashSet::new();
        let keep: Vec<bool> = links.iter().map(|l| seen.insert(&l.url)).collect();
        drop(seen);
        let mut keep = keep.into_iter();
        links.retain(|_| keep.next().unwrap_or(true));
        let mut s = SessionDraft {
            title,
            speakers,
            explicit,
            links,
            file: self.path.into(),
            line,
            markdown,
            ..SessionDraft::default()
        };
        more(&mut s);
        s
    }

    /// The line pass over a session's notes: speaker and tag lines and
    /// lines that are only labelled links are taken out of the Markdown;
    /// labelled links, hashtags and wiki links are collected. `heuristics`:
    /// the first line may be a guessed speaker line (right under a heading).
    fn body(&self, range: Range<usize>, heuristics: bool) -> Body {
        let text = self.text;
        let mut out = Body::default();
        let mut md = String::with_capacity(range.len());
        let links = {
            let a = self
                .scan
                .links
                .partition_point(|l| l.range.start < range.start);
            let b = self
                .scan
                .links
                .partition_point(|l| l.range.start < range.end);
            self.scan.links.get(a..b).unwrap_or(&[])
        };
        let prot = &self.scan.protected;
        let mut pi = prot.partition_point(|p| p.end <= range.start);
        let mut li = 0;
        let mut first = heuristics;
        let mut found: Vec<(usize, Link)> = Vec::new();
        let mut pos = range.start;
        while pos < range.end {
            let end = line_end(text, pos, range.end);
            let next = (end + 1).min(range.end);
            let line = &text[pos..end];
            while pi < prot.len() && prot[pi].end <= pos {
                pi += 1;
            }
            let protected = pi < prot.len() && prot[pi].start <= pos;
            let l0 = li;
            while li < links.len() && links[li].range.start < end.max(pos + 1) {
                li += 1;
            }
            let line_links = &links[l0..li];
            let mut remove = false;
            let blank = line.trim().is_empty();
            if !protected && !blank {
                let key = markers::key_line(line);
                if let Some(sp) = markers::speaker_line_keyed(line, key.as_ref(), first) {
                    out.speakers.extend(sp);
                    remove = true;
                } else if let Some(tags) = markers::tags_line_keyed(key.as_ref()) {
                    out.explicit.extend(tags);
                    remove = true;
                } else {
                    let lead = key.and_then(|(k, v)| markers::label_word(&k).map(|l| (l, v)));
                    let mut all_labelled = !line_links.is_empty();
                    for l in line_links {
                        if l.image {
                            all_labelled = false;
                            continue;
                        }
                        if classify_url(&l.dest) == UrlKind::Unsafe {
                            // Kept in the notes, where it shows as text.
                            all_labelled = false;
                            continue;
                        }
                        match markers::label_of_text(&l.text).or(lead.map(|(l, _)| l)) {
                            Some(label) => found.push((
                                l.range.start,
                                Link {
                                    label: label.into(),
                                    url: l.dest.to_string(),
                                },
                            )),
                            None => all_labelled = false,
                        }
                    }
                    if let Some((label, value)) = lead
                        && line_links.is_empty()
                        && (value.starts_with("http://") || value.starts_with("https://"))
                        && !value.contains(char::is_whitespace)
                    {
                        found.push((
                            pos,
                            Link {
                                label: label.into(),
                                url: value.to_string(),
                            },
                        ));
                        remove = true;
                    } else if all_labelled && only_links(line, pos, line_links) {
                        remove = true;
                    }
                }
            }
            if !blank {
                first = false;
            }
            if !remove {
                md.push_str(&text[pos..next]);
                if next == end && end < range.end {
                    md.push('\n');
                }
            }
            pos = if next > pos { next } else { pos + 1 };
        }
        // Hashtags and wiki links.
        let a = self.scan.tags.partition_point(|t| t.offset < range.start);
        let b = self.scan.tags.partition_point(|t| t.offset < range.end);
        out.explicit.extend(
            self.scan
                .tags
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .map(|t| t.name.clone()),
        );
        order::sort_by(&mut found, &|a, b| a.0.cmp(&b.0));
        out.links = found.into_iter().map(|(_, l)| l).collect();
        // Trimmed in place: one copy of the notes, not two.
        let trimmed = trim_blank_lines(&md);
        let start = trimmed.as_ptr() as usize - md.as_ptr() as usize;
        let end = start + trimmed.len();
        md.truncate(end);
        md.drain(..start);
        md.shrink_to_fit();
        out.markdown = md;
        out
    }

    /// A one-session file with front matter.
    fn session_file(
        &mut self,
        fm: &FrontMatter,
        body_start: usize,
        headings: &[Heading],
    ) -> FileOut {
        for e in &fm.entries {
            let k = e.key.to_ascii_lowercase();
            if !USED_KEYS.contains(&k.as_str()) && !IGNORED_KEYS.contains(&k.as_str()) {
                self.warn(
                    e.line,
                    format!("front matter key `{}` is not used", show_target(&e.key)),
                );
            }
        }
        let one = |keys: &[&str]| {
            fm.get(keys)
                .map(|e| e.value.items().join(", "))
                .filter(|s| !s.trim().is_empty())
        };
        let mut start = body_start;
        let mut heuristics = false;
        let title = match one(&["title"]) {
            Some(t) => {
                // A `# Title` repeating the front matter title is not notes.
                if let Some(h) = headings.first()
                    && h.level == 1
                    && h.text.eq_ignore_ascii_case(t.trim())
                    && trim_blank_lines(&self.text[body_start..h.range.start]).is_empty()
                {
                    start = h.range.end;
                    heuristics = true;
                }
                t
            }
            None => match headings.first() {
                Some(h)
                    if h.level == 1
                        && trim_blank_lines(&self.text[body_start..h.range.start]).is_empty() =>
                {
                    start = h.range.end;
                    heuristics = true;
                    h.text.clone()
                }
                _ => {
                    let stem = file_stem(self.path).to_string();
                    self.warn(1, format!("front matter has no `title`: the session is named `{stem}` after the file"));
                    stem
                }
            },
        };
        let parts = headings::parts(&title);
        let conf_title = match one(&["event", "conference"]) {
            Some(e) => e,
            None => {
                let (name, from) = match folder_name(self.path) {
                    Some(f) => (f.to_string(), "folder"),
                    None => (file_stem(self.path).to_string(), "file"),
                };
                self.warn(
                    1,
                    format!("front matter has no `event`: the session is grouped under conference `{name}`, after its {from}"),
                );
                name
            }
        };
        let mut speakers = Vec::new();
        if let Some(e) = fm.get(&["speakers", "speaker", "presenters", "presenter"]) {
            match &e.value {
                Value::Str(s) => speakers.extend(speakers::parse_speakers_plural(s)),
                Value::List(items) => {
                    speakers.extend(items.iter().filter_map(|s| parse_one_speaker(s)))
                }
                Value::Null => {}
            }
        }
        let mut explicit = Vec::new();
        for key in ["themes", "tags", "categories", "topics"] {
            if let Some(e) = fm.get(&[key]) {
                match &e.value {
                    Value::Str(s) => explicit.extend(markers::split_tags(s)),
                    Value::List(items) => explicit.extend(
                        items
                            .iter()
                            .map(|s| s.trim().trim_start_matches('#').to_string()),
                    ),
                    Value::Null => {}
                }
            }
        }
        let mut links = Vec::new();
        for (key, label) in [
            ("recording", "Recording"),
            ("video", "Video"),
            ("slides", "Slides"),
            ("url", "Link"),
            ("link", "Link"),
        ] {
            if let Some(e) = fm.get(&[key]) {
                for url in e.value.items() {
                    if classify_url(url) == UrlKind::Unsafe {
                        self.warn(
                            e.line,
                            format!(
                                "link target `{}` is not http(s), mailto, relative or a fragment; it is shown as text",
                                show_target(url)
                            ),
                        );
                    }
                    links.push(Link {
                        label: label.into(),
                        url: url.to_string(),
                    });
                }
            }
        }
        let b = self.body(start..self.text.len(), heuristics);
        speakers.extend(b.speakers);
        explicit.extend(b.explicit);
        links.extend(b.links);
        if speakers.is_empty() {
            self.warn(
                1,
                "session has no speakers (no `speakers` in the front matter, no `Speaker:` line)"
                    .into(),
            );
        }
        let language = one(&["language", "lang"])
            .map(|l| {
                if l.len() <= 5 {
                    l.to_ascii_uppercase()
                } else {
                    l
                }
            })
            .or(parts.language);
        let session = self.draft(parts.title, speakers, explicit, links, b.markdown, 1, |s| {
            s.track = one(&["track"]);
            s.day = one(&["day"]);
            s.date = one(&["date"]);
            s.language = language;
        });
        FileOut {
            conf_title,
            sessions: vec![session],
            ..FileOut::default()
        }
    }
}

/// Whether a line holds nothing but its links (and a label word,
/// separators, list markers and emphasis).
fn only_links(line: &str, line_start: usize, links: &[scan::LinkRef<'_>]) -> bool {
    let mut rest = String::with_capacity(line.len());
    let mut pos = 0;
    for l in links {
        let a = l.range.start.saturating_sub(line_start).min(line.len());
        let b = l.range.end.saturating_sub(line_start).min(line.len());
        if a > pos {
            rest.push_str(line.get(pos..a).unwrap_or(""));
        }
        pos = pos.max(b);
    }
    rest.push_str(line.get(pos..).unwrap_or(""));
    let mut s = markers::strip_list_marker(&rest);
    if let Some((k, v)) = markers::key_line(s)
        && markers::label_word(&k).is_some()
    {
        s = v;
    }
    s.chars()
        .all(|c| c.is_whitespace() || "-*+_|,·:–—•()[]".contains(c))
}

/// Sessions linked per [`Finishing::step`]: a bounded slice of work (a few
/// milliseconds natively, well under 100 ms in a browser).
pub const STEP_SESSIONS: usize = 1000;

/// A [`LibraryBuilder::finish`] that runs in bounded steps, so a caller on
/// a browser's main thread can yield between them. Get one from
/// [`LibraryBuilder::finish_in_steps`], call [`Finishing::step`] until it
/// returns `true`, then take the Library with [`Finishing::into_library`].
/// The result is the same Library as [`LibraryBuilder::finish`] gives.
///
/// Each step does the work of at most [`STEP_SESSIONS`] sessions (or the
/// per-conference and per-name work, which is proportional to the number
/// of conferences, themes, speakers and orgs), and calls the [`Unicode`]
/// provider's `strip_marks_many` at most once or twice.
pub struct Finishing<'u> {
    linker: Linker<'u>,
    stage: Stage,
}

/// Where a [`Finishing`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Conferences, sections, Key Themes; sessions put in order.
    Conferences,
    /// Sessions' natural ids, a slice per step.
    Ids,
    /// Sessions linked to speakers, orgs and themes, a slice per step.
    Sessions,
    /// Speakers, orgs and themes sorted by name.
    Entities,
    /// Sessions' references rewritten to the sorted order, a slice per step.
    Remap,
    Done,
}

impl<'u> Finishing<'u> {
    /// Does one bounded slice of the work; `true` when all of it is done
    /// (further calls do nothing and return `true`).
    pub fn step(&mut self) -> bool {
        let l = &mut self.linker;
        self.stage = match self.stage {
            Stage::Conferences => {
                l.conferences();
                Stage::Ids
            }
            Stage::Ids => {
                if l.natural_ids() {
                    Stage::Sessions
                } else {
                    Stage::Ids
                }
            }
            Stage::Sessions => {
                if l.sessions() {
                    l.unlinked_key_themes();
                    Stage::Entities
                } else {
                    Stage::Sessions
                }
            }
            Stage::Entities => {
                l.sort_entities();
                Stage::Remap
            }
            Stage::Remap => {
                if l.remap_sessions() {
                    l.finish_diagnostics();
                    Stage::Done
                } else {
                    Stage::Remap
                }
            }
            Stage::Done => Stage::Done,
        };
        self.stage == Stage::Done
    }

    /// The Library: the work not done yet by [`Finishing::step`] is done
    /// first.
    pub fn into_library(mut self) -> Library {
        while !self.step() {}
        self.linker.lib
    }
}

/// Links the drafts of a builder into a Library (see [`Finishing`] for the
/// stages).
struct Linker<'u> {
    unicode: &'u dyn Unicode,
    lib: Library,
    diags: Vec<Diagnostic>,
    confs: Vec<ConfDraft>,
    /// Sessions in library order (conference, file, line); a slice of them
    /// at a time moves to `lib.sessions`.
    drafts: Vec<SessionDraft>,
    /// How many sessions the current stage has done.
    done: usize,
    /// Per session, `conference-id/slug(title)`, until it becomes its id.
    natural: Vec<String>,
    /// Per session, the first session with the same natural id.
    first_of: Vec<u32>,
    /// Natural ids and the first session that has each: no suffixed id
    /// may take one.
    naturals: HashMap<String, u32>,
    /// Suffixed ids handed out, and per base the next suffix to try, so n
    /// copies of one title cost O(n), not O(n²).
    suffixed: HashSet<String>,
    next_suffix: HashMap<String, usize>,
    /// Per conference (in library order): its Key Theme matcher, its Key
    /// Themes with their file and line, and the themes sessions link to.
    matchers: Vec<Matcher>,
    key_theme_lines: Vec<Vec<(usize, String, u32)>>,
    linked: Vec<HashSet<usize>>,
    speaker_ids: HashMap<String, usize>,
    org_ids: HashMap<String, usize>,
    theme_keys: HashMap<String, usize>,
    /// Speakers and orgs by name as written: a name seen before costs one
    /// lookup, not a slug.
    speaker_names: HashMap<String, usize>,
    org_names: HashMap<String, usize>,
    /// The sorted orders of speakers, orgs and themes.
    perms: Option<[Perm; 3]>,
    /// A theme name's key, reused.
    key_buf: String,
}

/// The [`Unicode::strip_marks`] of the non-ASCII strings of a slice of
/// work, made with one `strip_marks_many` call.
struct Stripped<'a> {
    map: HashMap<&'a str, String>,
}

impl<'a> Stripped<'a> {
    /// Strips the non-ASCII ones of `items` (repeats allowed).
    fn new(u: &dyn Unicode, items: impl IntoIterator<Item = &'a str>) -> Self {
        let mut seen: HashSet<&str> = HashSet::new();
        let list: Vec<&str> = items
            .into_iter()
            .filter(|s| !s.is_ascii() && seen.insert(s))
            .collect();
        drop(seen);
        let map = if list.is_empty() {
            HashMap::new()
        } else {
            let stripped = u.strip_marks_many(&list);
            list.into_iter().zip(stripped).collect()
        };
        Stripped { map }
    }

    /// The stripped form of `s`: `s` itself when it is ASCII.
    fn get<'s>(&'s self, s: &'s str) -> &'s str {
        if s.is_ascii() {
            return s;
        }
        self.map.get(s).map_or(s, String::as_str)
    }

    /// [`text::slugify`] of `s`.
    fn slug(&self, s: &str) -> String {
        if s.is_ascii() {
            text::slug_of_ascii(s)
        } else {
            text::slug_of_folded(&text::fold_stripped(self.get(s)))
        }
    }
}

impl<'u> Linker<'u> {
    fn new(b: LibraryBuilder<'u>) -> Self {
        Linker {
            unicode: b.unicode,
            lib: Library::default(),
            diags: b.diagnostics,
            confs: b.confs,
            drafts: b.sessions,
            done: 0,
            natural: Vec::new(),
            first_of: Vec::new(),
            naturals: HashMap::new(),
            suffixed: HashSet::new(),
            next_suffix: HashMap::new(),
            matchers: Vec::new(),
            key_theme_lines: Vec::new(),
            linked: Vec::new(),
            speaker_ids: HashMap::new(),
            org_ids: HashMap::new(),
            theme_keys: HashMap::new(),
            speaker_names: HashMap::new(),
            org_names: HashMap::new(),
            perms: None,
            key_buf: String::new(),
        }
    }

    /// Conferences sorted by title, their sections and Key Themes; the
    /// sessions put in library order.
    fn conferences(&mut self) {
        let u = self.unicode;
        let mut confs = std::mem::take(&mut self.confs);
        for c in &mut confs {
            order::sort_by(&mut c.titles, &Ord::cmp);
            order::sort_by(&mut c.dates, &Ord::cmp);
        }
        let title_of = |c: &ConfDraft| c.titles.first().map(|t| t.1.clone()).unwrap_or_default();
        let sort_keys: Vec<(String, String)> = confs
            .iter()
            .map(|c| (fold(u, &title_of(c)), c.id.clone()))
            .collect();
        let order = order::sorted_indices(confs.len(), &|a, b| sort_keys[a].cmp(&sort_keys[b]));
        let mut conf_new = vec![0; confs.len()];
        for (new, &old) in order.iter().enumerate() {
            conf_new[old] = new;
        }
        self.matchers.reserve(confs.len());
        self.key_theme_lines.reserve(confs.len());
        for &old in &order {
            let c = &mut confs[old];
            let ci = self.lib.conferences.len();
            let mut sources: Vec<String> = c.titles.iter().map(|t| t.0.clone()).collect();
            sources.dedup();
            let mut sections = std::mem::take(&mut c.sections);
            order::sort_by(&mut sections, &|a, b| {
                (&a.file, a.line).cmp(&(&b.file, b.line))
            });
            let mut ids = Ids::default();
            for s in &mut sections {
                let base = if s.title.is_empty() {
                    "preamble".to_string()
                } else {
                    slugify(u, &s.title)
                };
                s.id = ids.claim(&base, &HashSet::new());
            }
            let mut matcher = Matcher::default();
            let mut conf_themes = Vec::new();
            let mut conf_theme_set = HashSet::new();
            let mut lines = Vec::new();
            let mut drafts = std::mem::take(&mut c.themes);
            order::sort_by(&mut drafts, &|a, b| {
                (&a.file, a.line).cmp(&(&b.file, b.line))
            });
            for d in drafts {
                let Some(t) = self.theme_for(&d.item.name, None, None) else {
                    continue;
                };
                let theme = &mut self.lib.themes[t];
                for a in &d.item.aliases {
                    if !theme.aliases.contains(a) {
                        theme.aliases.push(a.clone());
                    }
                }
                if theme.description.is_empty() {
                    theme.description.clone_from(&d.item.description);
                }
                if theme.markdown.is_empty() {
                    theme.markdown.clone_from(&d.markdown);
                }
                if theme.conferences.last() != Some(&ci) {
                    theme.conferences.push(ci);
                }
                if conf_theme_set.insert(t) {
                    conf_themes.push(t);
                }
                matcher.add(u, &d.item.name, t);
                for a in &d.item.aliases {
                    matcher.add(u, a, t);
                }
                lines.push((t, d.file, d.line));
            }
            self.matchers.push(matcher);
            self.key_theme_lines.push(lines);
            self.lib.conferences.push(Conference {
                id: c.id.clone(),
                title: title_of(c),
                sources,
                date: c.dates.first().map(|d| d.1.clone()),
                themes: conf_themes,
                sections,
                sessions: Vec::new(),
            });
        }
        self.linked = vec![HashSet::new(); self.lib.conferences.len()];
        // Sessions, in conference order, then file, then line.
        for d in &mut self.drafts {
            d.conf = conf_new[d.conf];
        }
        order::sort_by(&mut self.drafts, &|a, b| {
            (a.conf, &a.file, a.line).cmp(&(b.conf, &b.file, b.line))
        });
        self.natural.reserve_exact(self.drafts.len());
        self.first_of.reserve_exact(self.drafts.len());
        self.lib.sessions.reserve_exact(self.drafts.len());
    }

    /// The natural ids of the next slice of sessions; `true` when all have
    /// one.
    fn natural_ids(&mut self) -> bool {
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.drafts.len());
        let slice = &self.drafts[start..end];
        let stripped = Stripped::new(self.unicode, slice.iter().map(|d| d.title.as_str()));
        for (si, d) in (start..end).zip(slice) {
            let conf = &self.lib.conferences[d.conf].id;
            let slug = stripped.slug(&d.title);
            let mut id = String::with_capacity(conf.len() + 1 + slug.len());
            id.push_str(conf);
            id.push('/');
            id.push_str(&slug);
            let si = u32::try_from(si).unwrap_or(u32::MAX);
            let first = match self.naturals.get(id.as_str()) {
                Some(&f) => f,
                None => {
                    self.naturals.insert(id.clone(), si);
                    si
                }
            };
            self.first_of.push(first);
            self.natural.push(id);
        }
        self.done = end;
        if end < self.drafts.len() {
            return false;
        }
        self.done = 0;
        true
    }

    /// Links the next slice of sessions; `true` when all are linked.
    fn sessions(&mut self) -> bool {
        let u = self.unicode;
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.drafts.len());
        // Taken out so the maps of names can borrow them while `self`
        // changes.
        let slice: Vec<SessionDraft> = self.drafts[start..end]
            .iter_mut()
            .map(std::mem::take)
            .collect();
        let matchers = std::mem::take(&mut self.matchers);
        let mut linked: Vec<(Vec<SessionSpeaker>, Vec<SessionTheme>)> =
            Vec::with_capacity(slice.len());
        {
            // One strip_marks_many call for the slice: new speaker and org
            // names (for their slugs), theme names, and the text of
            // sessions whose conference has Key Themes to match.
            let names = slice.iter().flat_map(|d| &d.speakers).flat_map(|r| {
                let name = (!self.speaker_names.contains_key(&r.name)).then_some(r.name.as_str());
                let org = r
                    .org
                    .as_deref()
                    .filter(|o| !self.org_names.contains_key(*o));
                name.into_iter().chain(org)
            });
            let themes = slice
                .iter()
                .flat_map(|d| d.explicit.iter().map(String::as_str));
            let texts = slice
                .iter()
                .filter(|d| !matchers[d.conf].is_empty())
                .flat_map(|d| [d.title.as_str(), d.markdown.as_str()]);
            let stripped = Stripped::new(u, names.chain(themes).chain(texts));
            let mut seen: HashSet<usize> = HashSet::new();
            let mut found_seen: HashSet<usize> = HashSet::new();
            let mut found: Vec<usize> = Vec::new();
            let mut folded = String::new();
            for (si, d) in (start..end).zip(&slice) {
                // Speakers and orgs.
                let mut speakers = Vec::with_capacity(d.speakers.len());
                seen.clear();
                for r in &d.speakers {
                    let sp = self.speaker(&r.name, &stripped);
                    if !seen.insert(sp) {
                        continue;
                    }
                    let org = r.org.as_deref().map(|o| self.org(o, &stripped));
                    let s = &mut self.lib.speakers[sp];
                    if s.sessions.last() != Some(&si) {
                        s.sessions.push(si);
                    }
                    if let Some(o) = org {
                        s.orgs.push(o);
                        let org = &mut self.lib.orgs[o];
                        org.speakers.push(sp);
                        if org.sessions.last() != Some(&si) {
                            org.sessions.push(si);
                        }
                    }
                    speakers.push(SessionSpeaker { speaker: sp, org });
                }
                // Themes: explicit markers, then Key Themes found in the
                // title and notes.
                let matcher = &matchers[d.conf];
                let mut themes: Vec<SessionTheme> = Vec::new();
                seen.clear();
                for name in &d.explicit {
                    if let Some(t) = self.theme_for(name, Some(&stripped), Some(matcher))
                        && seen.insert(t)
                    {
                        themes.push(SessionTheme {
                            theme: t,
                            source: ThemeSource::Explicit,
                        });
                    }
                }
                if !matcher.is_empty() {
                    found.clear();
                    found_seen.clear();
                    for t in [&d.title, &d.markdown] {
                        if t.is_ascii() {
                            matcher.find(t, &mut found_seen, &mut found);
                        } else {
                            folded.clear();
                            text::fold_stripped_into(stripped.get(t), &mut folded);
                            matcher.find(&folded, &mut found_seen, &mut found);
                        }
                    }
                    for &t in &found {
                        if seen.insert(t) {
                            themes.push(SessionTheme {
                                theme: t,
                                source: ThemeSource::Matched,
                            });
                        }
                    }
                }
                for st in &themes {
                    self.lib.themes[st.theme].sessions.push(si);
                    self.linked[d.conf].insert(st.theme);
                }
                self.lib.conferences[d.conf].sessions.push(si);
                linked.push((speakers, themes));
            }
        }
        self.matchers = matchers;
        for ((si, d), (speakers, themes)) in (start..end).zip(slice).zip(linked) {
            let nat = std::mem::take(&mut self.natural[si]);
            let first = self.first_of[si] as usize;
            let id = if first == si {
                nat
            } else {
                let f = &self.lib.sessions[first];
                let message = format!(
                    "duplicate session title `{}` in conference `{}` (first at {}:{}); its id gets a suffix",
                    show_target(&d.title),
                    self.lib.conferences[d.conf].id,
                    f.file,
                    f.line
                );
                self.diags.push(Diagnostic {
                    file: d.file.clone(),
                    line: d.line,
                    severity: Severity::Warning,
                    message,
                });
                self.claim_suffix(&nat)
            };
            // Only targets a page may link to, written as the renderer
            // writes them (relative ones resolved against the file's
            // folder); the parser has already warned about the others.
            let folder = d.file.rfind('/').map_or("", |i| &d.file[..i]);
            let links = d
                .links
                .into_iter()
                .filter_map(|l| {
                    let (url, _) = safe_link(&l.url, folder)?;
                    Some(Link {
                        label: l.label,
                        url,
                    })
                })
                .collect();
            self.lib.sessions.push(Session {
                id,
                conference: d.conf,
                title: d.title,
                speakers,
                themes,
                links,
                day: d.day,
                track: d.track,
                language: d.language,
                date: d.date,
                file: d.file,
                line: d.line,
                markdown: d.markdown,
            });
        }
        self.done = end;
        if end < self.drafts.len() {
            return false;
        }
        self.done = 0;
        self.drafts = Vec::new();
        self.natural = Vec::new();
        self.first_of = Vec::new();
        self.naturals = HashMap::new();
        self.suffixed = HashSet::new();
        self.next_suffix = HashMap::new();
        true
    }

    /// `base-2`, `base-3`...: the first that is no session's natural id and
    /// was not handed out yet.
    fn claim_suffix(&mut self, base: &str) -> String {
        let n = self.next_suffix.entry(base.to_string()).or_insert(2);
        loop {
            let cand = format!("{base}-{n}");
            *n += 1;
            if !self.naturals.contains_key(&cand) && self.suffixed.insert(cand.clone()) {
                return cand;
            }
        }
    }

    /// Warnings for the Key Themes no session links to.
    fn unlinked_key_themes(&mut self) {
        let lines = std::mem::take(&mut self.key_theme_lines);
        for (ci, lines) in lines.into_iter().enumerate() {
            for (t, file, line) in lines {
                if !self.linked[ci].contains(&t) {
                    self.diags.push(Diagnostic {
                        file,
                        line,
                        severity: Severity::Warning,
                        message: format!(
                            "Key Theme `{}` is not linked to any session (no session names it or is tagged with it)",
                            show_target(&self.lib.themes[t].name)
                        ),
                    });
                }
            }
        }
        self.linked = Vec::new();
        self.matchers = Vec::new();
    }

    /// Diagnostics sorted by file and line, into the Library.
    fn finish_diagnostics(&mut self) {
        let mut diags = std::mem::take(&mut self.diags);
        order::sort_by(&mut diags, &|a, b| {
            (&a.file, a.line).cmp(&(&b.file, b.line))
        });
        self.lib.diagnostics = diags;
    }

    /// The theme named `name`: a Key Theme of the session's conference by
    /// name or alias, else any theme of that name, else a new one. `None`
    /// for names with no letters or digits. `stripped` may hold the name's
    /// stripped form (see [`Stripped`]).
    fn theme_for(
        &mut self,
        name: &str,
        stripped: Option<&Stripped>,
        conf: Option<&Matcher>,
    ) -> Option<usize> {
        let u = self.unicode;
        // The key in a reused buffer: most names are ASCII and known.
        let mut key = std::mem::take(&mut self.key_buf);
        key.clear();
        if name.is_ascii() {
            key.extend(
                name.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            match stripped {
                Some(st) => key.push_str(&key_of_folded(&text::fold_stripped(st.get(name)))),
                None => key.push_str(&key_of(u, name)),
            }
        }
        let found = if key.is_empty() {
            Err(None)
        } else if let Some(t) = conf.and_then(|m| m.get(&key)) {
            Err(Some(t))
        } else if let Some(&t) = self.theme_keys.get(key.as_str()) {
            Err(Some(t))
        } else {
            Ok(key.clone())
        };
        self.key_buf = key;
        let key = match found {
            Err(t) => return t,
            Ok(key) => key,
        };
        let t = self.lib.themes.len();
        let id = match stripped {
            Some(st) => st.slug(name),
            None => slugify(u, name),
        };
        self.lib.themes.push(Theme {
            id,
            name: name.trim().to_string(),
            ..Theme::default()
        });
        self.theme_keys.insert(key, t);
        Some(t)
    }

    fn speaker(&mut self, name: &str, stripped: &Stripped) -> usize {
        if let Some(&i) = self.speaker_names.get(name) {
            return i;
        }
        let id = stripped.slug(name);
        let n = self.lib.speakers.len();
        let i = *self.speaker_ids.entry(id.clone()).or_insert(n);
        if i == n {
            self.lib.speakers.push(Speaker {
                id,
                name: name.to_string(),
                ..Speaker::default()
            });
        }
        self.speaker_names.insert(name.to_string(), i);
        i
    }

    fn org(&mut self, name: &str, stripped: &Stripped) -> usize {
        if let Some(&i) = self.org_names.get(name) {
            return i;
        }
        let id = stripped.slug(name);
        let n = self.lib.orgs.len();
        let i = *self.org_ids.entry(id.clone()).or_insert(n);
        if i == n {
            self.lib.orgs.push(Org {
                id,
                name: name.to_string(),
                ..Org::default()
            });
        }
        self.org_names.insert(name.to_string(), i);
        i
    }

    /// Sorts speakers, orgs and themes by name and rewrites the indices
    /// between them; the sessions' indices are rewritten by
    /// [`Linker::remap_sessions`].
    fn sort_entities(&mut self) {
        let u = self.unicode;
        let lib = &mut self.lib;
        let names = lib
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .chain(lib.orgs.iter().map(|o| o.name.as_str()))
            .chain(lib.themes.iter().map(|t| t.name.as_str()));
        let stripped = Stripped::new(u, names);
        let key = |name: &str, id: &str| {
            let folded = if name.is_ascii() {
                name.to_ascii_lowercase()
            } else {
                text::fold_stripped(stripped.get(name))
            };
            (folded, id.to_string())
        };
        let sp = permutation(lib.speakers.iter().map(|s| key(&s.name, &s.id)).collect());
        let og = permutation(lib.orgs.iter().map(|s| key(&s.name, &s.id)).collect());
        let th = permutation(lib.themes.iter().map(|s| key(&s.name, &s.id)).collect());
        lib.speakers = apply(std::mem::take(&mut lib.speakers), &sp);
        lib.orgs = apply(std::mem::take(&mut lib.orgs), &og);
        lib.themes = apply(std::mem::take(&mut lib.themes), &th);
        for s in &mut lib.speakers {
            for o in &mut s.orgs {
                *o = og.new_of[*o];
            }
            s.orgs.sort_unstable();
            s.orgs.dedup();
        }
        for o in &mut lib.orgs {
            for s in &mut o.speakers {
                *s = sp.new_of[*s];
            }
            o.speakers.sort_unstable();
            o.speakers.dedup();
        }
        for c in &mut lib.conferences {
            for t in &mut c.themes {
                *t = th.new_of[*t];
            }
        }
        for t in &mut lib.themes {
            t.sessions.sort_unstable();
            t.sessions.dedup();
        }
        self.perms = Some([sp, og, th]);
    }

    /// Rewrites the speaker, org and theme indices of the next slice of
    /// sessions to the sorted order; `true` when all are rewritten.
    fn remap_sessions(&mut self) -> bool {
        let Some([sp, og, th]) = &self.perms else {
            return true;
        };
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.lib.sessions.len());
        for s in &mut self.lib.sessions[start..end] {
            for x in &mut s.speakers {
                x.speaker = sp.new_of[x.speaker];
                x.org = x.org.map(|o| og.new_of[o]);
            }
            for t in &mut s.themes {
                t.theme = th.new_of[t.theme];
            }
        }
        self.done = end;
        end >= self.lib.sessions.len()
    }
}

/// Hands out unique ids.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    /// Per base, the next suffix to try, so n copies of one title cost
    /// O(n), not O(n²).
    next: HashMap<String, usize>,
}

impl Ids {
    /// `base`, or `base-2`, `base-3`...: the first not used yet and not in
    /// `reserved` (`base` itself only needs to be unused). Marks it used.
    fn claim(&mut self, base: &str, reserved: &HashSet<String>) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let cand = format!("{base}-{n}");
            *n += 1;
            if !reserved.contains(&cand) && self.used.insert(cand.clone()) {
                return cand;
            }
        }
    }
}

/// A sorting of items by key: `old_of[new]` and `new_of[old]`.
struct Perm {
    old_of: Vec<usize>,
    new_of: Vec<usize>,
}

fn permutation(keys: Vec<(String, String)>) -> Perm {
    let old_of = order::sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut new_of = vec![0; keys.len()];
    for (new, &old) in old_of.iter().enumerate() {
        new_of[old] = new;
    }
    Perm { old_of, new_of }
}

fn apply<T>(items: Vec<T>, p: &Perm) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    p.old_of
        .iter()
        .filter_map(|&old| slots.get_mut(old).and_then(Option::take))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decode_with_bom_and_crlf() {
        let f = source_from_bytes("a.md", b"\xEF\xBB\xBF# T\r\nx\ry\n".to_vec()).unwrap();
        assert_eq!(f.text, "# T\nx\ny\n");
        let e = source_from_bytes("notes/b.md", b"ok\nbad \xFF here".to_vec()).unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.line, e.severity),
            ("notes/b.md", 2, Severity::Error)
        );
        assert_eq!(
            e.message,
            "invalid UTF-8 at byte 7 (line 2); the file is not read"
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(trim_blank_lines("\n  \n    code\n\n"), "    code");
        assert_eq!(dedent("  - a\n    - b\n"), "- a\n  - b\n");
        assert_eq!(file_stem("notes/devopsdays-2023.md"), "devopsdays-2023");
        assert_eq!(folder_name("notes/x.md"), Some("notes"));
        assert_eq!(folder_name("x.md"), None);
        let li = LineIndex::new("a\nb\n");
        assert_eq!((li.line_of(0), li.line_of(2), li.line_of(4)), (1, 2, 3));
        let mut ids = Ids::default();
        let reserved: HashSet<String> = ["a/x-2".to_string()].into();
        assert_eq!(ids.claim("a/x", &reserved), "a/x");
        assert_eq!(ids.claim("a/x", &reserved), "a/x-3");
        assert_eq!(ids.claim("a/x", &reserved), "a/x-4");
    }
}
