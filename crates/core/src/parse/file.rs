//! One file's parse: front matter, the Markdown scan, the outline's
//! decisions, and the drafts of its conference, sections and sessions.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::frontmatter::{self, Block};
use crate::model::{Diagnostic, Link, Section, Severity};
use crate::order;
use crate::render::{UrlKind, classify_url};
use crate::text::{self, Unicode};

use super::builder::*;
use super::catalog::{Entry, is_recording_link};
use super::headings::{self};
use super::markers;
use super::names;
use super::outline::{self, Class, Features, Kind};
use super::scan::{self, Heading, Scan};
use super::speakers::{SpeakerRef, parse_speakers};
use super::themes::{key_of, theme_item};
use super::util::*;
use crate::model::OutlineItem;

/// Parses one file.
pub(super) struct FileParser<'a> {
    pub(super) unicode: &'a dyn Unicode,
    pub(super) path: &'a str,
    pub(super) text: &'a str,
    pub(super) lines: LineIndex,
    pub(super) scan: Scan<'a>,
    pub(super) diags: Vec<Diagnostic>,
    /// The parts of each structural heading's text (see `features`).
    pub(super) parts: Vec<headings::Parts>,
    /// What each heading, row or item became, for `--explain`.
    pub(super) explain: Vec<OutlineItem>,
    /// The heading level of the talks, when the front matter sets it
    /// (`session_level: 3`).
    pub(super) session_level: Option<u8>,
    /// Per structural heading, the talks catalogued in its own text
    /// (tables, lists); and those before the first heading.
    pub(super) catalogs: Vec<Vec<Entry>>,
    pub(super) preamble_catalog: Vec<Entry>,
}

impl<'a> FileParser<'a> {
    pub(super) fn new(unicode: &'a dyn Unicode, path: &'a str, text: &'a str) -> Self {
        FileParser {
            unicode,
            path,
            text,
            lines: LineIndex::new(text),
            scan: Scan::default(),
            diags: Vec::new(),
            parts: Vec::new(),
            explain: Vec::new(),
            catalogs: Vec::new(),
            preamble_catalog: Vec::new(),
            session_level: None,
        }
    }

    pub(super) fn warn(&mut self, line: u32, message: String) {
        self.diags.push(Diagnostic {
            file: self.path.to_string(),
            line,
            severity: Severity::Warning,
            message,
        });
    }

    pub(super) fn run(&mut self) -> FileOut {
        let (fm, body_start, opaque_end) = match frontmatter::find(self.text) {
            Block::Absent => (None, 0, 0),
            Block::Unclosed => {
                let second = self.text.lines().nth(1).unwrap_or("");
                if second.contains(": ") || second.ends_with(':') || second.contains(" = ") {
                    self.warn(
                        1,
                        "front matter has no closing `---` line; the file is read as Markdown"
                            .into(),
                    );
                }
                (None, 0, 0)
            }
            Block::Found {
                yaml,
                body,
                first_line,
                format,
            } => match frontmatter::parse_block(&self.text[yaml.0..yaml.1], first_line, format) {
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
            },
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
                self.session_level = fm
                    .text(&["session_level", "confnotes_session_level"])
                    .and_then(|l| parse_level(&l));
                let has_speakers = fm.get(super::session_file::SPEAKER_KEYS).is_some();
                let (structural, feats) = self.features(&headings, body_start);
                let talks_below = feats.iter().filter(|f| f.strong() || f.catalog > 0).count();
                let pre_catalog = !self.preamble_catalog.is_empty();
                if !has_speakers && (talks_below >= 1 || pre_catalog) && !fm_names_one_talk(&fm) {
                    // Front matter on top of a conference file.
                    let title = fm.text(&["event", "conference", "title"]);
                    let date = fm.text(&["date"]);
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
    pub(super) fn report_links_and_html(&mut self) {
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
    /// order, that start at `from` or after), with their features; the
    /// parts of each heading's text are kept in `self.parts`.
    pub(super) fn features<'h>(
        &mut self,
        headings: &'h [Heading],
        from: usize,
    ) -> (&'h [Heading], Vec<Features>) {
        let hs = &headings[headings.partition_point(|h| h.range.start < from)..];
        // Texts that head three or more parts of the file are labels.
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for h in hs {
            *counts.entry(h.norm.as_str()).or_default() += 1;
        }
        // In-page link targets of tables: the headings a session index
        // points to (a list of such links is a table of contents, which
        // links to every section, talk or not).
        let anchors: HashSet<String> = self
            .scan
            .tables
            .iter()
            .flat_map(|t| self.links_in(t.range.clone()))
            .filter_map(|l| l.dest.strip_prefix('#'))
            .map(|a| a.to_lowercase())
            .collect();
        let mut prev_end = from;
        let mut feats = Vec::with_capacity(hs.len());
        self.parts = Vec::with_capacity(hs.len());
        self.catalogs = Vec::with_capacity(hs.len());
        let first_start = hs
            .first()
            .map_or(self.text.len(), |h| line_start(self.text, h.range.start));
        self.preamble_catalog = self.catalog(from..first_start);
        for (i, h) in hs.iter().enumerate() {
            let end = hs
                .get(i + 1)
                .map_or(self.text.len(), |n| line_start(self.text, n.range.start));
            let own = h.range.end.min(end)..end;
            let before = self.text.get(prev_end..h.range.start).unwrap_or("");
            prev_end = h.range.end;
            let mut parts = headings::parts(&h.text);
            let mut container = headings::container_of(&h.text, &h.norm);
            // `Rust 2024 - Jane Doe`: a year in a talk's title.
            if container == Some(headings::Container::Event)
                && parts.speakers.is_some()
                && parts.strength >= 3
                && parts
                    .why
                    .is_some_and(|w| w.contains("dash") || w.contains("`by`"))
            {
                container = None;
            }
            if container == Some(headings::Container::Event) {
                parts.speakers = None;
            }
            let words = h.text.split_whitespace().count();
            let speakers_in_heading = container.is_none() && parts.speakers.is_some();
            let speaker_line = self.speaker_line_follows(own.clone());
            // A heading that names its speakers is a talk: its lists and
            // tables are its notes, never a catalogue.
            let catalog = if i > 0 && (speakers_in_heading || (speaker_line && container.is_none()))
            {
                Vec::new()
            } else {
                self.catalog(own.clone())
            };
            let f = Features {
                level: h.level,
                key_themes: headings::is_key_themes(&h.norm),
                vocab: headings::is_vocab(&h.norm)
                    || headings::is_vocab(&headings::norm(&parts.title)),
                label: counts.get(h.norm.as_str()).is_some_and(|&n| n >= 3)
                    && !h.norm.is_empty()
                    && !speakers_in_heading,
                kind: headings::is_kind(&h.text) || parts.kind.is_some(),
                speakers_in_heading,
                people_in_heading: speakers_in_heading && parts.strength >= 3,
                people_heading: i > 0 && words <= 8 && headings::speaker_strength(&h.text) >= 3,
                org_in_heading: container.is_none() && parts.org.is_some(),
                speaker_line,
                catalog: catalog.len(),
                recording: self.recording_near(h.range.start..h.range.end)
                    || self.recording_near(own.start..line_after(self.text, own.start, end, 8)),
                anchored: anchors.contains(&text::github_slug(&h.text)),
                talk_words: talk_words(self.text.get(own.clone()).unwrap_or("")),
                has_body: !self.text.get(own.clone()).unwrap_or("").trim().is_empty(),
                person_only: !speakers_in_heading && names::is_person(&h.text, false),
                multi_word: words >= 2,
                directive: directive_in(before),
                container,
            };
            feats.push(f);
            self.parts.push(parts);
            self.catalogs.push(catalog);
        }
        (hs, feats)
    }

    /// Whether a recording is linked in `range`: a link labelled as one
    /// (`Recording`, `Video`, an emoji like 📹), or to a video host.
    pub(super) fn recording_near(&self, range: Range<usize>) -> bool {
        let a = self
            .scan
            .links
            .partition_point(|l| l.range.start < range.start);
        self.scan.links[a..]
            .iter()
            .take_while(|l| l.range.start < range.end)
            .any(|l| {
                !l.image && (markers::is_recording_label(&l.text) || markers::is_video_url(&l.dest))
            })
    }

    /// Whether a speaker line is among the first lines in `range` (see
    /// `markers::speaker_line`).
    pub(super) fn speaker_line_follows(&self, range: Range<usize>) -> bool {
        let Some(body) = self.text.get(range) else {
            return false;
        };
        body.lines()
            .filter(|l| !l.trim().is_empty())
            .take(6)
            .enumerate()
            .any(|(i, l)| {
                let at = match i {
                    0 => markers::Position::First,
                    1 | 2 => markers::Position::Near,
                    _ => markers::Position::Far,
                };
                markers::speaker_line(l, at).is_some()
            })
    }

    /// Records what each heading became, with why.
    pub(super) fn explain_headings(&mut self, headings: &[Heading], classes: &[Class]) {
        for (i, (h, c)) in headings.iter().zip(classes).enumerate() {
            let mut why = c.why.to_string();
            if c.kind == Kind::Session
                && let Some(p) = self.parts.get(i)
                && let Some(w) = p.why
            {
                why = format!("{why}; {w}");
            }
            self.explain.push(OutlineItem {
                line: self.lines.line_of(h.range.start),
                depth: h.level,
                what: "heading",
                text: h.text.clone(),
                role: c.kind.as_str(),
                why,
            });
        }
    }

    /// A conference file: `# Title`, Key Themes, sections, sessions.
    pub(super) fn conference_file(
        &mut self,
        start: usize,
        title: Option<String>,
        headings: &[Heading],
        feats: Vec<Features>,
    ) -> FileOut {
        let talk_list = headings
            .first()
            .is_some_and(|h| headings::names_talk_list(&h.norm));
        let mut feats = feats;
        if let Some(level) = self.session_level.or_else(|| session_level_in(self.text)) {
            // The author says where the talks are: every heading at that
            // level is one (unless marked otherwise), those above group them.
            for (k, f) in feats.iter_mut().enumerate() {
                if f.directive.is_some() || f.key_themes {
                    continue;
                }
                if f.level == level {
                    f.directive = Some(outline::Directive::Session);
                } else if f.level < level && k > 0 && !f.vocab {
                    f.directive = Some(outline::Directive::Group);
                }
            }
        }
        let outline = outline::classify(&feats, talk_list);
        let classes = outline.classes;
        for u in &outline.unsure {
            if let Some(h) = headings.get(u.first) {
                let line = self.lines.line_of(h.range.start);
                self.warn(
                    line,
                    format!(
                        "{} headings from here look like talks but none names a speaker or a recording, so they are read as notes; add a `Speaker:` line, or put `<!-- confnotes: session -->` before each talk heading",
                        u.count
                    ),
                );
            }
        }
        self.explain_headings(headings, &classes);
        let mut out = FileOut::default();
        if let Some(first) = classes.first()
            && first.kind == Kind::FileSession
            && let Some(h) = headings.first()
        {
            let body = h.range.end..self.text.len();
            let mut s = self.session(0, h, body, None, None);
            // The speaker named by the heading under the title.
            if let (Some(f), Some(h1)) = (feats.get(1), headings.get(1))
                && f.people_heading
                && s.speakers.is_empty()
            {
                s.speakers = parse_speakers(&h1.text);
            }
            out.sessions.push(s);
            let pre = trim_blank_lines(
                self.text
                    .get(start..line_start(self.text, h.range.start))
                    .unwrap_or(""),
            );
            if !pre.is_empty() {
                out.sections.push(Section {
                    title: String::new(),
                    id: String::new(),
                    file: self.path.into(),
                    line: 1,
                    markdown: pre.to_string(),
                });
            }
            out.conf_title = match title {
                Some(t) if !t.trim().is_empty() => t,
                _ => self.conference_from_path(false),
            };
            return out;
        }
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
        let pre = std::mem::take(&mut self.preamble_catalog);
        // What catalogues took is not also kept as conference notes.
        let mut taken: Vec<Range<usize>> = pre.iter().map(|e| e.range.clone()).collect();
        self.catalog_sessions(pre, None, None, &mut out);
        for (k, &i) in tops.iter().enumerate() {
            let h = &headings[i];
            let body = h.range.end.min(seg_end(k))..seg_end(k);
            let Class {
                kind, day, track, ..
            } = classes[i].clone();
            if matches!(kind, Kind::Title | Kind::Container | Kind::Section) {
                let entries = self
                    .catalogs
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default();
                if !entries.is_empty() {
                    taken.extend(entries.iter().map(|e| e.range.clone()));
                    // The heading of a catalogue groups its talks (a year,
                    // an event): it is their day unless a day is set.
                    let group = (kind != Kind::Title && day.is_none()).then(|| h.text.clone());
                    self.catalog_sessions(entries, group.or(day.clone()), track.clone(), &mut out);
                }
            }
            match kind {
                Kind::Title => {
                    // Front matter's title, when given, wins over `# ...`.
                    conf_title.get_or_insert_with(|| h.text.clone());
                    preamble.push(body);
                }
                Kind::KeyThemes => self.key_themes(h, body, &mut out),
                Kind::Section => {
                    let mut sec = self.section(h, body.clone());
                    sec.markdown = without(self.text, body, &taken);
                    out.sections.push(sec);
                }
                Kind::Container => {
                    let md = without(self.text, body.clone(), &taken);
                    if !md.is_empty() {
                        let mut sec = self.section(h, body);
                        sec.markdown = md;
                        out.sections.push(sec);
                    }
                }
                Kind::Session => {
                    let s = self.session(i, h, body, day, track);
                    out.sessions.push(s);
                }
                Kind::Absorbed | Kind::FileSession => {}
            }
        }
        // The preamble: before the first heading, and under the title.
        let mut md = String::new();
        let mut line = 0;
        for r in preamble {
            let kept = without(self.text, r.clone(), &taken);
            let part = kept.as_str();
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

    /// Sessions from catalogue entries (table rows, list items), with the
    /// day and track of where they are; one warning for those that name
    /// no speaker.
    pub(super) fn catalog_sessions(
        &mut self,
        entries: Vec<Entry>,
        day: Option<String>,
        track: Option<String>,
        out: &mut FileOut,
    ) {
        let mut silent = 0;
        let mut first_line = 0;
        for e in entries {
            let line = self.lines.line_of(e.range.start);
            if e.speakers.is_empty() {
                silent += 1;
                if first_line == 0 {
                    first_line = line;
                }
            }
            self.explain.push(OutlineItem {
                line,
                depth: 0,
                what: e.what,
                text: e.title.clone(),
                role: "session",
                why: if e.what == "table row" {
                    "a row of a table of talks (its header names a title column)".into()
                } else if e.links.iter().any(is_recording_link) {
                    "an item of a list of talks, with a recording".into()
                } else {
                    "an item of a list of talks (most items have a title and a speaker, slides or a recording)".into()
                },
            });
            let (day, track) = (day.clone(), track.clone());
            let s = self.draft(
                e.title,
                e.speakers,
                Vec::new(),
                e.links,
                e.notes,
                line,
                |s| {
                    s.day = day;
                    s.track = track;
                    s.language = e.language;
                    s.kind = e.kind;
                },
            );
            out.sessions.push(s);
        }
        if silent > 0 {
            self.warn(
                first_line,
                format!(
                    "{silent} talk{} listed from here name{} no speaker; add them to the row or item (`Title - Name`), or a speaker column",
                    if silent == 1 { "" } else { "s" },
                    if silent == 1 { "s" } else { "" }
                ),
            );
        }
    }

    /// The conference of a one-session file without an `event`: its folder,
    /// else its file name (with a warning saying so).
    pub(super) fn conference_from_path(&mut self, front_matter: bool) -> String {
        let (name, from) = match folder_name(self.path) {
            Some(f) => (f.to_string(), "folder"),
            None => (file_stem(self.path).to_string(), "file"),
        };
        let what = if front_matter {
            "front matter has no `event`"
        } else {
            "the file is one talk and names no event (add front matter with `event:`)"
        };
        self.warn(
            1,
            format!("{what}: the session is grouped under conference `{name}`, after its {from}"),
        );
        name
    }

    pub(super) fn section(&self, h: &Heading, body: Range<usize>) -> Section {
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
    pub(super) fn key_themes(&mut self, h: &Heading, body: Range<usize>, out: &mut FileOut) {
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
    pub(super) fn session(
        &mut self,
        i: usize,
        h: &Heading,
        body: Range<usize>,
        day: Option<String>,
        track: Option<String>,
    ) -> SessionDraft {
        let parts = match self.parts.get_mut(i) {
            Some(p) => std::mem::take(p),
            None => headings::parts(&h.text),
        };
        let line = self.lines.line_of(h.range.start);
        let mut parts = parts;
        let mut speakers = match parts.refs.take() {
            Some(refs) => refs,
            None => parts
                .speakers
                .as_deref()
                .map(parse_speakers)
                .unwrap_or_default(),
        };
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
        if let Some(t) = b.title.clone()
            && (headings::is_slot(&parts.title) || parts.title.is_empty())
        {
            if parts.kind.is_none() {
                parts.kind = headings::slot_kind(&parts.title);
            }
            let inner = headings::parts(&t);
            parts.title = inner.title;
            if speakers.is_empty()
                && let Some(sp) = inner.speakers
            {
                speakers = parse_speakers(&sp);
            }
        }
        speakers.extend(b.speakers);
        links.extend(b.links);
        let speakers_named = !speakers.is_empty();
        if !speakers_named {
            self.warn(line, "session heading has no speakers".into());
        }
        self.draft(
            parts.title,
            speakers,
            b.explicit,
            links,
            match (&parts.org, speakers_named) {
                // `Title - Google`: who gave it stays in the notes.
                (Some(org), false) if !b.markdown.contains(org.as_str()) => {
                    format!("**Organisation:** {org}\n\n{}", b.markdown)
                }
                _ => b.markdown,
            },
            line,
            |s| {
                s.day = day;
                s.track = track;
                s.language = parts.language;
                s.kind = parts.kind;
            },
        )
    }

    /// Warnings for speaker names that do not look like people: an
    /// organisation, a job title, a sentence, a handle alone.
    fn check_speakers(&mut self, speakers: &[SpeakerRef], line: u32) {
        for r in speakers {
            let what = match names::shape(&r.name) {
                names::Shape::Org => "an organisation; write `Name, Org` or `Name (Org)`",
                names::Shape::Role => "a job title; write `Name (Role at Org)`",
                names::Shape::Phrase if r.name.split_whitespace().count() > 3 => {
                    "a phrase, not a name; put the speakers on their own line (`Speaker: Name`)"
                }
                _ if r.handle && !r.name.contains(' ') => {
                    "only a handle; add the person's name before it (`Name @handle`)"
                }
                _ => continue,
            };
            self.warn(
                line,
                format!("speaker `{}` looks like {what}", show_target(&r.name)),
            );
        }
    }

    #[allow(clippy::too_many_arguments)] // Reason: a private constructor of a plain record.
    pub(super) fn draft(
        &mut self,
        title: String,
        speakers: Vec<SpeakerRef>,
        explicit: Vec<String>,
        mut links: Vec<Link>,
        markdown: String,
        line: u32,
        more: impl FnOnce(&mut SessionDraft),
    ) -> SessionDraft {
        self.check_speakers(&speakers, line);
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
}

/// The text of `range` without the `taken` ranges (sorted or not), blank
/// lines trimmed.
pub(super) fn without(text: &str, range: Range<usize>, taken: &[Range<usize>]) -> String {
    let mut cuts: Vec<&Range<usize>> = taken
        .iter()
        .filter(|t| t.start < range.end && t.end > range.start)
        .collect();
    if cuts.is_empty() {
        return trim_blank_lines(text.get(range).unwrap_or("")).to_string();
    }
    cuts.sort_by_key(|t| t.start);
    let mut out = String::new();
    let mut pos = range.start;
    for c in cuts {
        if c.start > pos {
            out.push_str(text.get(pos..c.start).unwrap_or(""));
        }
        pos = pos.max(c.end);
    }
    if pos < range.end {
        out.push_str(text.get(pos..range.end).unwrap_or(""));
    }
    trim_blank_lines(&out).to_string()
}

/// The end of the `n`th line after `start` (or `end`).
pub(super) fn line_after(text: &str, start: usize, end: usize, n: usize) -> usize {
    let mut pos = start;
    for _ in 0..n {
        if pos >= end {
            return end;
        }
        pos = line_end(text, pos, end) + 1;
    }
    pos.min(end)
}

/// Words in the first lines of a heading's notes that say it is a talk.
const TALK_WORDS: &[&str] = &[
    "talk",
    "talks",
    "speaker",
    "speakers",
    "presenter",
    "presented",
    "presenting",
    "presentation",
    "slides",
    "slide",
    "keynote",
    "demo",
    "demoed",
    "demo'd",
    "session",
    "lecture",
    "workshop",
    "panel",
    "panelists",
    "recording",
    "video",
    "q&a",
];

/// Whether the first 60 words of `body` include a talk word.
pub(super) fn talk_words(body: &str) -> bool {
    body.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&'))
        .filter(|w| !w.is_empty())
        .take(60)
        .any(|w| {
            w.len() >= 3 && w.len() <= 12 && TALK_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w))
        })
}

/// The author's override in the text before a heading: the last
/// `<!-- confnotes: session -->` (`not-session`, `section`, `group`).
pub(super) fn directive_in(before: &str) -> Option<outline::Directive> {
    let at = before.rfind("confnotes:")?;
    let rest = before[at + "confnotes:".len()..].trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    // Only a comment right before the heading counts.
    if !before[at..].contains("-->")
        || !before[before[at..].find("-->").map_or(0, |i| at + i + 3)..]
            .trim()
            .is_empty()
    {
        return None;
    }
    match word.as_str() {
        "session" | "talk" => Some(outline::Directive::Session),
        "not-session" | "section" | "notes" | "ignore" => Some(outline::Directive::NotSession),
        "group" | "container" => Some(outline::Directive::Group),
        _ => None,
    }
}

/// Whether front matter describes one talk by itself: a recording or a
/// talk title key (`video_url`, `youtube`, `talk_title`...).
fn fm_names_one_talk(fm: &frontmatter::FrontMatter) -> bool {
    fm.text(&[
        "video_url",
        "youtube",
        "youtube_id",
        "recording",
        "talk_title",
        "speaker_talk_title",
        "session_title",
    ])
    .is_some()
}

/// The session level an author sets in a comment anywhere in the file:
/// `<!-- confnotes: session-level 3 -->` (or `###`).
pub(super) fn session_level_in(text: &str) -> Option<u8> {
    let at = text.find("confnotes: session-level")?;
    let rest = &text[at + "confnotes: session-level".len()..];
    let value = rest.split("-->").next()?.trim();
    parse_level(value)
}

/// `3` or `###` as a heading level (1-6).
fn parse_level(s: &str) -> Option<u8> {
    let t = s.trim();
    let n = if !t.is_empty() && t.bytes().all(|b| b == b'#') {
        u8::try_from(t.len()).ok()?
    } else {
        t.parse::<u8>().ok()?
    };
    (1..=6).contains(&n).then_some(n)
}
