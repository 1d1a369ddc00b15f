//! One file's parse: front matter, the Markdown scan, the outline's
//! decisions, and the drafts of its conference, sections and sessions.

use std::ops::Range;

use crate::frontmatter::{self, Block};
use crate::model::{Diagnostic, Section, Severity};
use crate::order;
use crate::render::{UrlKind, classify_url};
use crate::text::Unicode;

use super::builder::*;
use super::catalog::Entry;
use super::event_names::{
    fm_names_one_talk, names_event_loosely, names_the_event, title_names_event,
};
use super::headings::{self};
use super::outline;
use super::outline_classes::{Class, Kind};
use super::overrides::parse_level;
use super::scan;
use super::scan_records::{Heading, Scan};
use super::speakers::SpeakerRef;
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
    /// Whether the file speaks of talks in Japanese words (see
    /// `paragraph_lines::speaks_of_talks_ja`): found on first asking.
    talks_ja: std::cell::OnceCell<bool>,
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
            talks_ja: std::cell::OnceCell::new(),
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

    /// `maetin「分散ファイルシステムのススメ」` as a list item's line in
    /// a file that speaks of talks in Japanese (the file looked at once).
    pub(super) fn cornered_talk(&self, line: &str) -> Option<(String, Vec<SpeakerRef>)> {
        super::paragraph_lines::person_then_cornered(line).filter(|_| self.speaks_of_talks_ja())
    }

    /// Whether the file speaks of talks in Japanese words (see
    /// `paragraph_lines::speaks_of_talks_ja`), looked at once per file.
    pub(super) fn speaks_of_talks_ja(&self) -> bool {
        *self
            .talks_ja
            .get_or_init(|| super::paragraph_lines::speaks_of_talks_ja(self.text))
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
                    // (Its closing line is its opening one's: `---`, `+++`,
                    // or `}` for JSON.)
                    let close = match self.text.trim_start().as_bytes().first() {
                        Some(b'+') => "+++",
                        Some(b'{') => "}",
                        _ => "---",
                    };
                    self.warn_fix(
                        1,
                        format!(
                            "front matter has no closing `{close}` line; the file is read as Markdown"
                        ),
                        &format!("Add a `{close}` line where the front matter ends"),
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
                let lower = head(opening, 800).to_lowercase();
                // (And the same in the languages of notes: `die bisherigen
                // Vorträge der Open-Source-Treffen`.)
                [
                    "talks",
                    "conference",
                    "keynote",
                    "sessions",
                    "vorträge",
                    "konferenz",
                    "conférence",
                    "palestras",
                    "conferência",
                    "charlas",
                    "ponencias",
                    "conferencia",
                    // (`筑波大学に関する情報技術者による LT 会`: a night of
                    // lightning talks; `登壇`, to take the stage.)
                    "lt 会",
                    "lt会",
                    "登壇",
                    "勉強会",
                ]
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
                let listed = super::speaker_keys::listed_after_label(
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
                // (Not `speakers:` that list each person's talk: the
                // evening's talks.)
                let has_speakers = (fm.get(super::session_file::SPEAKER_KEYS).is_some()
                    && super::fm_schedule::speakers_with_talks(
                        &fm,
                        self.text.get(body_start..).unwrap_or(""),
                    )
                    .is_empty())
                    || panel_of_listed;
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
                // `You can watch the talk here - [link](…)` above notes
                // whose headings are the talk's parts, nothing read as a
                // talk of its own: the file is that one talk.
                let one_talk_said = talks_below * 3 < feats.len().max(1)
                    && !pre_catalog
                    && self.session_level.is_none()
                    && says_one_talk(self.text.get(body_start..first).unwrap_or(""));
                // `schedule:` listing the evening's talks with their
                // speakers, over a body that holds none.
                // (Or headings read as talks that are none of them: `#
                // CopenhagenJS July - Mærsk`, the evening and its host, see
                // below.)
                let scheduled = if !pre_catalog && !has_speakers {
                    super::fm_schedule::scheduled_talks(
                        &fm,
                        self.text.get(body_start..).unwrap_or(""),
                    )
                } else {
                    Vec::new()
                };
                if (!has_speakers || talk_list_page)
                    && !one_talk_said
                    && (talks_below >= 1
                        || pre_catalog
                        || inferred
                        || event_page
                        || talks_page
                        || !scheduled.is_empty()
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
                    // (Also over one session the body seemed to be, none
                    // of the listed talks: `# CopenhagenJS July - Mærsk`,
                    // the evening and its host.)
                    let one_other = scheduled.len() >= 2
                        && out.sessions.len() == 1
                        && !scheduled.iter().any(|l| {
                            headings::norm(l.title()) == headings::norm(&out.sessions[0].title)
                        });
                    if out.sessions.is_empty() || one_other {
                        out.sessions.clear();
                        self.add_scheduled_talks(scheduled, &mut out);
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

/// Whether the text before a file's first heading speaks of one talk, its
/// recording or the notes of it (`You can watch the talk here`, `my notes
/// from the talk`).
fn says_one_talk(preamble: &str) -> bool {
    let lower = preamble.to_lowercase();
    [
        "watch the talk",
        "the talk here",
        "video of the talk",
        "recording of the talk",
        "notes from the talk",
        "notes on the talk",
        "notes of the talk",
        "watch the session",
        "the session here",
        "recording of the session",
    ]
    .iter()
    // (Not `my notes from the talks`: the word ends there.)
    .any(|p| {
        lower
            .match_indices(p)
            .any(|(at, _)| !lower[at + p.len()..].starts_with(char::is_alphanumeric))
    })
}
