//! One file's parse: front matter, the Markdown scan, the outline's
//! decisions, and the drafts of its conference, sections and sessions.

use std::ops::Range;

use crate::frontmatter::{self, Block};
use crate::model::{Diagnostic, Section, Severity};
use crate::order;
use crate::render::{UrlKind, classify_url};
use crate::text::Unicode;

use super::builder::*;
use super::catalog::{Entry, is_recording_link};
use super::headings::{self};
use super::notes_evidence::{parse_level, session_level_in};
use super::outline::{self, Class, Features, Kind};
use super::scan::{self, Heading, Scan};
use super::speakers::{SpeakerRef, parse_speakers};
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
    /// The text before the first heading ends by introducing the talks
    /// below (`As palestras que frequentei foram:`, `Talks I saw:`): the
    /// headings at the top level are read as under a title naming a list
    /// of talks.
    pub(super) preamble_lists_talks: bool,
    /// [`headings::norm`] of every heading's text, sorted: a list whose
    /// items link to these is the file's table of contents.
    pub(super) heading_norms: Vec<String>,
    /// How many links name talks by their address (`[Title](…/talks/…)`):
    /// with two or more, such links in running text are talks.
    pub(super) talk_links: usize,
    /// The file says it is about an event (its front matter's title or
    /// event, its first heading or its first line names one: `PyCon
    /// 2019`, `Notes from Django-con europe`, `XebiCon'18`): the readings
    /// that could take a to-do list or a trip for talks apply only then.
    pub(super) event_named: bool,
    /// The file is a slide deck (`marp: true` in its front matter): its
    /// headings are slides' titles, and none is a talk by its siblings.
    pub(super) deck: bool,
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
            preamble_lists_talks: false,
            heading_norms: Vec::new(),
            talk_links: 0,
            deck: false,
            event_named: false,
            session_level: None,
        }
    }

    pub(super) fn warn(&mut self, line: u32, message: String) {
        self.diags.push(Diagnostic {
            file: self.path.to_string(),
            line,
            severity: Severity::Warning,
            message,
            fix: None,
        });
    }

    /// A warning with the one-line fix the author can apply.
    pub(super) fn warn_fix(&mut self, line: u32, message: String, fix: &str) {
        self.warn(line, message);
        if let Some(d) = self.diags.last_mut() {
            d.fix = Some(fix.to_string());
        }
    }

    pub(super) fn run(&mut self) -> FileOut {
        let (fm, body_start, opaque_end) = match frontmatter::find(self.text) {
            Block::Absent => (None, 0, 0),
            Block::Unclosed => {
                let second = self.text.lines().nth(1).unwrap_or("");
                if second.contains(": ") || second.ends_with(':') || second.contains(" = ") {
                    self.warn_fix(
                        1,
                        "front matter has no closing `---` line; the file is read as Markdown"
                            .into(),
                        "Add a `---` line where the front matter ends",
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
                    self.warn_fix(
                        e.line,
                        format!(
                            "front matter not understood: {}; the file is read as Markdown and the front matter stays in its notes",
                            e.message
                        ),
                        "Correct the front matter at this line (YAML between `---` lines, or TOML between `+++` lines)",
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
        self.event_named = fm
            .as_ref()
            .and_then(|fm| fm.text(&["event", "conference", "title"]))
            .is_some_and(|t| names_event_loosely(&t))
            || self.scan.headings.first().is_some_and(|h| names_event_loosely(&h.text))
            || names_event_loosely(
                self.text
                    .get(body_start..)
                    .unwrap_or("")
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .unwrap_or(""),
            )
            // (Or the opening speaks of the talks or the conference: `I
            // recently attended Clojure/Conj, sketchnoting all of the talks
            // I saw`.)
            || {
                let opening = self.text.get(body_start..).unwrap_or("");
                let mut end = opening.len().min(800);
                while !opening.is_char_boundary(end) {
                    end -= 1;
                }
                let lower = opening[..end].to_lowercase();
                ["talks", "conference", "keynote", "sessions"]
                    .iter()
                    .any(|w| lower.contains(w))
            };
        self.talk_links = self.count_talk_links();
        // Taken out of the scan so they can be lent while `self` warns.
        let headings = std::mem::take(&mut self.scan.headings);
        self.heading_norms = headings.iter().map(|h| h.norm.clone()).collect();
        self.heading_norms.sort_unstable();
        match fm {
            Some(fm) => {
                self.deck = fm
                    .text(&["marp"])
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                self.session_level = fm
                    .text(&["session_level", "confnotes_session_level"])
                    .and_then(|l| parse_level(&l));
                let (structural, feats) = self.features(&headings, body_start);
                let talks_below = feats.iter().filter(|f| f.strong() || f.catalog > 0).count();
                let pre_catalog = !self.preamble_catalog.is_empty();
                let first = structural
                    .first()
                    .map_or(self.text.len(), |h| line_start(self.text, h.range.start));
                // `Plenary Speakers:` over a list of people before the
                // first heading, and headings that name only them (`###
                // Fred Moten & Stefano Harney`, `### Stefano & Fred`): one
                // panel, and each heading is a part of it.
                let listed = super::speaker_lines::listed_after_label(
                    self.text.get(body_start..first).unwrap_or(""),
                );
                let panel_of_listed = listed.len() >= 2
                    && !pre_catalog
                    && self.session_level.is_none()
                    && feats.iter().any(|f| f.strong())
                    && feats.iter().all(|f| f.catalog == 0)
                    && structural
                        .iter()
                        .zip(&feats)
                        .filter(|(_, f)| f.strong())
                        .all(|(h, _)| names_only_the_listed(&h.text, &listed));
                let has_speakers =
                    fm.get(super::session_file::SPEAKER_KEYS).is_some() || panel_of_listed;
                let last_line = self.text.get(body_start..first).map_or("", |t| {
                    let t = t.trim_end();
                    &t[t.rfind('\n').map_or(0, |k| k + 1)..]
                });
                self.preamble_lists_talks =
                    last_line.ends_with(':') && super::notes_evidence::talk_words(last_line);
                // Talks without evidence of their own that the outline
                // still reads as talks (a flat day of talks under a
                // heading whose notes talk about them).
                // (Or the one group of headings that look like talks, under
                // a title that names an event: see `opening_names_one_talk`.)
                let inferred = talks_below == 0 && !has_speakers && feats.len() >= 3 && {
                    let o = outline::classify(&feats, self.preamble_lists_talks);
                    o.classes.iter().filter(|c| c.kind == Kind::Session).count() >= 2
                        || (o.lone_group.len() >= 3
                            && names_the_event(
                                fm.text(&["event", "conference", "title"]).as_deref(),
                                structural,
                            )
                            && !self.opening_names_one_talk(
                                body_start,
                                structural,
                                fm.text(&["event", "conference", "title"]).as_deref(),
                            ))
                };
                // `title: Lightning Talks!` over `speaker: A, B, C…` and a
                // heading per talk: the evening's page, not one talk.
                let talk_list_page = has_speakers
                    && talks_below >= 2
                    && fm
                        .text(&["title"])
                        .is_some_and(|t| headings::names_talk_list(&headings::norm(&t)));
                // (A title that names the event, with nothing under it
                // read as a talk, is still the event's page: no talk is
                // better than the whole file as one.)
                let event_page = !has_speakers
                    && fm
                        .text(&["event", "conference", "title"])
                        .is_some_and(|t| title_names_event(&t));
                // `title = "Talks"` with no speaker: a page listing talks.
                // (Only list words: not `My lightning talk on property
                // testing`, one talk.)
                let talks_page = !has_speakers
                    && fm.text(&["title"]).is_some_and(|t| {
                        let n = headings::norm(&t);
                        n.split_whitespace().count() <= 3
                            && headings::names_talk_list(&n)
                            && !n.split_whitespace().any(|w| {
                                matches!(w, "my" | "lightning" | "on" | "about" | "ignite")
                            })
                    });
                if (!has_speakers || talk_list_page)
                    && (talks_below >= 1
                        || pre_catalog
                        || inferred
                        || event_page
                        || talks_page
                        || self.session_level.is_some())
                    && !fm_names_one_talk(&fm)
                {
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

    /// Diagnostics for unsafe link targets (one per link) and raw HTML
    /// shown as text (one per file, at its first place: `<br>` and video
    /// players are not shown as text, so they are not counted).
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
        for (line, m) in msgs {
            self.warn_fix(
                line,
                m,
                "Link to an http(s), mailto or relative address, or remove the link",
            );
        }
        // Places: lines with raw HTML (a block counts at its first line).
        let mut places = 0;
        let mut first: Option<(u32, &str)> = None;
        let mut last_line = 0;
        for h in &self.scan.html {
            let line = self.lines.line_of(h.offset);
            if line != last_line {
                places += 1;
                first.get_or_insert((line, &h.snippet));
                last_line = line;
            }
        }
        if let Some((line, snippet)) = first {
            let snippet = show_target(snippet);
            let message = match places {
                1 => format!("raw HTML shown as text: `{snippet}`"),
                n => format!(
                    "raw HTML shown as text in {n} places, the first at line {line}: `{snippet}`"
                ),
            };
            self.warn_fix(
                line,
                message,
                "Write it as Markdown (`**bold**`, `[text](https://…)`, `![alt](image.png)`), or put it in a code span",
            );
        }
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
        let talk_list = self.preamble_lists_talks
            || headings
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
        let mut outline = outline::classify(&feats, talk_list);
        if !outline.lone_group.is_empty()
            && names_the_event(title.as_deref(), headings)
            && !self.opening_names_one_talk(start, headings, title.as_deref())
        {
            outline.read_lone_group_as_talks();
        }
        let classes = outline.classes;
        for u in &outline.unsure {
            if let Some(h) = headings.get(u.first) {
                let line = self.lines.line_of(h.range.start);
                self.warn_fix(
                    line,
                    format!(
                        "{} headings from here look like talks but none names a speaker or a recording, so they are read as notes; add a `Speaker:` line, or put `<!-- confnotes: session -->` before each talk heading",
                        u.count
                    ),
                    "Add a `Speaker: Name` line under each talk heading, or put `<!-- confnotes: session -->` on the line before it",
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
            // (Over a handle the notes give for the same person: `###
            // Presenter: Sameer Ajmani ([@sajma](…))`.)
            if let (Some(f), Some(h1)) = (feats.get(1), headings.get(1))
                && f.people_heading
                && s.speakers.iter().all(|r| r.handle)
            {
                s.speakers.clear();
                let named = headings::people_named(&h1.text).unwrap_or_default();
                self.speakers_from_heading(&mut s, h, &named);
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
        // Which sessions come from catalogues (rows, items, links in the
        // text) rather than from headings.
        let mut listed: Vec<bool> = Vec::new();
        self.catalog_sessions(pre, None, None, &mut out);
        listed.resize(out.sessions.len(), true);
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
                    listed.resize(out.sessions.len(), true);
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
                    let mut s = self.session(i, h, body, day, track);
                    // `# Todd Parker` over `## jQuery Mobile`.
                    if let (Some(f), Some(h1)) = (feats.get(i), headings.get(i + 1))
                        && f.title_heading
                    {
                        self.title_from_heading_below(&mut s, h, h1);
                    }
                    // `### Jeremy Keith` among talks named by their
                    // speakers: the heading is who gave it.
                    // (A name of two words or more: a short title in
                    // Chinese has a name's shape.)
                    if s.speakers.is_empty()
                        && h.text.trim().contains(' ')
                        && classes
                            .get(i)
                            .is_some_and(|c| c.why == super::outline_decide::NAMED_BY_SPEAKER)
                    {
                        self.speakers_from_heading(&mut s, h, &h.text.clone());
                    }
                    // The speakers a heading right under it names.
                    if s.speakers.is_empty()
                        && let (Some(f), Some(h1)) = (feats.get(i + 1), headings.get(i + 1))
                        && f.speaker_heading
                    {
                        let named = headings::people_named(&h1.text).unwrap_or_else(|| {
                            h1.text.trim().trim_end_matches(['!', '.', ':']).to_string()
                        });
                        self.speakers_from_heading(&mut s, h, &named);
                    }
                    out.sessions.push(s);
                    listed.push(false);
                }
                Kind::Absorbed | Kind::FileSession => {}
            }
        }
        self.drop_listed_with_own_heading(&mut out.sessions, &listed);
        self.drop_talks_named_again(&mut out.sessions);
        // A speaker's list of their own talks: the author gave each.
        if out.sessions.len() >= 2
            && out.sessions.iter().all(|s| s.speakers.is_empty())
            && let Some(who) = super::own_talks::author(
                self.text.get(start..).unwrap_or(""),
                headings.first().map(|h| h.text.as_str()),
            )
        {
            for s in &mut out.sessions {
                s.speakers.push(SpeakerRef {
                    name: who.clone(),
                    org: None,
                    handle: false,
                });
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
                self.warn_fix(
                    0,
                    format!(
                        "no `# Title` heading: the conference is named `{stem}` after the file"
                    ),
                    "Start the file with a `# Conference name` heading",
                );
                stem
            }
        };
        out
    }

    /// A talk whose heading names its speaker and whose title is the
    /// heading right under it: the title moves up, and leaves the notes.
    fn title_from_heading_below(&mut self, s: &mut SessionDraft, h: &Heading, h1: &Heading) {
        let title = headings::parts(&h1.text).title;
        if title.is_empty() {
            return;
        }
        if let Some(rest) = s.markdown.trim_start().strip_prefix('#') {
            let line_end = rest.find('\n').unwrap_or(rest.len());
            if rest[..line_end].trim_start_matches('#').trim() == h1.text.trim() {
                s.markdown = rest[line_end..].trim_start().to_string();
            }
        }
        s.title = title;
        self.speakers_from_heading(s, h, &h.text.clone());
    }

    /// Gives session `s` (under heading `h`) the speakers a heading below
    /// it names (`named`), and takes back the warning that it had none.
    fn speakers_from_heading(&mut self, s: &mut SessionDraft, h: &Heading, named: &str) {
        s.speakers = parse_speakers(named);
        if !s.speakers.is_empty() {
            let line = self.lines.line_of(h.range.start);
            self.diags
                .retain(|d| !(d.line == line && d.message == "session heading has no speakers"));
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
        self.warn_fix(
            1,
            format!("{what}: the session is grouped under conference `{name}`, after its {from}"),
            "Add `event: Conference name` to the front matter",
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
    crate::order::sort_by(&mut cuts, &|a, b| a.start.cmp(&b.start));
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

impl FileParser<'_> {
    /// Whether the file's opening makes it one talk's notes: a front
    /// matter title that names no event (`Google I/O 2011 - 1st day
    /// Keynote` names a keynote), or a speaker line before the first
    /// heading (`David Copeland` / `@davetron5000` under the talk's title).
    fn opening_names_one_talk(
        &self,
        start: usize,
        headings: &[Heading],
        title: Option<&str>,
    ) -> bool {
        if let Some(t) = title
            && !title_names_event(t)
        {
            return true;
        }
        // (Past front matter the file could not read: `Title:` and
        // `Tags:` are no speaker lines.)
        let start = match frontmatter::find(self.text) {
            Block::Found { body, .. } => start.max(body),
            _ => start,
        };
        let end = headings.first().map_or(self.text.len(), |h| h.range.start);
        self.text
            .get(start..end.max(start))
            .unwrap_or("")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(12)
            // (A short line: not a sentence of the author's, `GDC第三天，
            // 今天主要集中在后端相关技术。`)
            .any(|l| {
                l.starts_with('@')
                    || (l.chars().count() <= 60
                        && !l.ends_with(['.', '。', '!', '?', '！', '？'])
                        && super::speaker_lines::speaker_line(
                            l,
                            super::speaker_lines::Position::First,
                        )
                        .is_some())
            })
    }

    /// A talk listed in a catalogue (a summary table, a list of the
    /// author's picks) that also has a heading of its own with its notes:
    /// one talk, the heading's. It is the same talk when both give the
    /// same recording, or the same title, or the heading's title is the
    /// listed one with a subtitle after it (`Monoids, Monads, and
    /// Applicative Functors: Repeated Software Patterns`). What the
    /// listing knew and the heading did not (speakers, the recording)
    /// moves to the heading's session.
    fn drop_listed_with_own_heading(&mut self, sessions: &mut Vec<SessionDraft>, listed: &[bool]) {
        if listed.len() != sessions.len() || !listed.iter().any(|&l| l) || listed.iter().all(|&l| l)
        {
            return;
        }
        let u = self.unicode;
        let folded: Vec<String> = sessions
            .iter()
            .map(|s| crate::text::fold(u, &s.title))
            .collect();
        let recording = |s: &SessionDraft| {
            s.links
                .iter()
                .find(|l| is_recording_link(l))
                .map(|l| l.url.trim_end_matches('/').to_string())
        };
        let mut drop = vec![false; sessions.len()];
        // (Not two talks of one kind, `Keynote` on two days, nor talks by
        // different people.)
        let same_people = |a: &SessionDraft, b: &SessionDraft| {
            a.speakers.is_empty()
                || b.speakers.is_empty()
                || a.speakers.iter().any(|x| {
                    b.speakers
                        .iter()
                        .any(|y| crate::text::fold(u, &x.name) == crate::text::fold(u, &y.name))
                })
        };
        for e in (0..sessions.len()).filter(|&e| listed[e]) {
            let fe = &folded[e];
            let rec_e = recording(&sessions[e]);
            // (A kind of session, `Keynote`, is the same talk only by the
            // same people, named on both.)
            let kind = headings::is_kind(&sessions[e].title);
            let same = (0..sessions.len()).filter(|&h| !listed[h]).find(|&h| {
                let fh = &folded[h];
                if !same_people(&sessions[e], &sessions[h])
                    || (kind
                        && (sessions[e].speakers.is_empty() || sessions[h].speakers.is_empty()))
                {
                    return false;
                }
                (!fe.is_empty() && fh == fe)
                    || (rec_e.is_some() && recording(&sessions[h]) == rec_e)
                    || (fe.split(' ').count() >= 2
                        && fh.len() > fe.len()
                        && fh.starts_with(fe.as_str())
                        && fh.as_bytes().get(fe.len()) == Some(&b' ')
                        && subtitle_follows(&sessions[h].title, &sessions[e].title))
            });
            if let Some(h) = same {
                drop[e] = true;
                if sessions[h].speakers.is_empty() && !sessions[e].speakers.is_empty() {
                    sessions[h].speakers = std::mem::take(&mut sessions[e].speakers);
                }
                if recording(&sessions[h]).is_none()
                    && let Some(l) = sessions[e]
                        .links
                        .iter()
                        .find(|l| is_recording_link(l))
                        .cloned()
                {
                    sessions[h].links.push(l);
                }
            }
        }
        let lines: Vec<u32> = (0..sessions.len())
            .filter(|&i| drop[i])
            .map(|i| sessions[i].line)
            .collect();
        if lines.is_empty() {
            return;
        }
        let mut k = 0;
        sessions.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        for item in self
            .explain
            .iter_mut()
            .filter(|i| i.role == "session" && i.depth == 0 && lines.contains(&i.line))
        {
            item.role = "ignored";
            item.why = "the same talk has its own heading, with its notes".into();
        }
    }

    /// A talk named twice in a file, first without who gave it (in an
    /// itinerary or a schedule told in the text), then with its speakers
    /// (its own heading): one talk, the one with the speakers. The other
    /// is left out, and the outline says why.
    fn drop_talks_named_again(&mut self, sessions: &mut Vec<SessionDraft>) {
        let u = self.unicode;
        let named: std::collections::HashSet<String> = sessions
            .iter()
            .filter(|s| !s.speakers.is_empty())
            .map(|s| crate::text::fold(u, &s.title))
            .collect();
        if named.is_empty() {
            return;
        }
        let mut dropped: Vec<u32> = Vec::new();
        sessions.retain(|s| {
            // (Not `### Keynote` on another day.)
            let again = s.speakers.is_empty()
                && !headings::is_kind(&s.title)
                && !s.links.iter().any(is_recording_link)
                && named.contains(&crate::text::fold(u, &s.title));
            if again {
                dropped.push(s.line);
            }
            !again
        });
        for item in self
            .explain
            .iter_mut()
            .filter(|i| i.role == "session" && dropped.contains(&i.line))
        {
            item.role = "ignored";
            item.why = "the same talk is named again with its speakers".into();
        }
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

/// Whether a heading's words are only words of the names in `listed` and
/// the words that join names (`Fred Moten & Stefano Harney`, `Stefano &
/// Fred`).
fn names_only_the_listed(heading: &str, listed: &[String]) -> bool {
    let mut words = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            matches!(w, "and" | "und" | "et" | "y")
                || listed
                    .iter()
                    .any(|n| n.split_whitespace().any(|p| p.eq_ignore_ascii_case(w)))
        })
}

/// Whether `long` is `short` with a subtitle after a colon or a dash
/// (`Title: Subtitle`, `Title - Subtitle`).
fn subtitle_follows(long: &str, short: &str) -> bool {
    let short = short.trim();
    long.len() > short.len()
        && long
            .get(..short.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(short))
        && long[short.len()..]
            .trim_start()
            .starts_with([':', '-', '–', '—'])
}

/// Whether a title or a first line names an event: a year or an event's
/// name (see [`headings::is_event`]), a day of one, or a word events are
/// named with (`conf`, `summit`, `meetup`, `talks`, `-con`, `Con'18`).
fn names_event_loosely(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    headings::is_event(t)
        || title_names_event(t)
        || t.split([':', '|', '-', '–', '—', '(', ','])
            .any(|p| headings::is_event(p.trim()))
        || [
            "conf",
            "summit",
            "meetup",
            "talks",
            "sessions",
            "camp",
            "kaigi",
            "devfest",
            "fosdem",
            "con'",
            "con ",
            "-con",
            "symposium",
            "workshop",
            "convention",
            "勉強会",
            "カンファレンス",
            "대회",
            "컨퍼런스",
            "大会",
            "峰会",
            "konferenz",
            "jornadas",
            "congreso",
        ]
        .iter()
        .any(|w| lower.contains(w))
        || lower.ends_with("con")
}

/// Whether a front matter title names an event, or a day of one, and no
/// single talk: a year (`Attending NeurIPS 2019`), an event's name, a day
/// (`GDC Day3：游戏调试及服务器技术`), and no `keynote`, `talk`, `session`
/// or `workshop` (`Google I/O 2011 - 1st day Keynote` is one keynote).
pub(super) fn title_names_event(t: &str) -> bool {
    let year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
    let lower = t.to_lowercase();
    let eventish = headings::is_event(t)
        || year
        // (`Day3`, `day 2`: a day of an event.)
        || lower
            .match_indices("day")
            .any(|(k, _)| lower[k + 3..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
        || t.split([':', '：', '|', '-', '–'])
            .any(|p| headings::is_event(p.trim()) || headings::is_day(&headings::norm(p)));
    eventish
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "keynote" | "talk" | "session" | "workshop"))
}

/// Whether the file says it is about an event: its front matter title or
/// first heading names one (`PyTennessee 2015`), or a heading names the
/// talks (`# Keynotes`).
fn names_the_event(title: Option<&str>, headings: &[Heading]) -> bool {
    title.is_some_and(title_names_event)
        || headings.first().is_some_and(|h| title_names_event(&h.text))
        || headings.iter().any(|h| headings::names_talk_list(&h.norm))
}
