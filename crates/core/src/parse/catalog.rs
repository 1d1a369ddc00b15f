//! Catalogues of talks: a table whose rows are sessions (`| Title |
//! Speaker | Video |`, read in [`super::catalog_tables`]), or a list
//! whose items are (read in [`super::catalog_list`]).
//!
//! A table is a catalogue when a header names its title column (`Talk`,
//! `Title`, `Session`, `Topic`...); a table of in-page links (`[Title](#title)`)
//! is a session index instead, whose headings are the sessions. A list is a
//! catalogue when most of its items (at least two, or its only item) look
//! like talks: a title (bold, a link's text, quoted, or the item's first
//! line) and evidence (a recording or slides link, a video URL, a speaker
//! part, `Presented at`). Only parts of a file that are not a session's
//! notes are looked at, so a session's own lists of links stay notes. A
//! list told in sentences (see [`super::prose_lists`]) competes with the
//! catalogue's reading: the one that finds more talks wins. Also here:
//! the sessions made from catalogue entries (`catalog_sessions`).

use std::ops::Range;

use crate::model::Link;

use super::builder::FileOut;
use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::speakers::SpeakerRef;
use super::util::starting_in;
use crate::model::OutlineItem;

/// A session read from a table row or a list item.
#[derive(Debug, Clone, Default)]
pub(super) struct Entry {
    pub title: String,
    pub speakers: Vec<SpeakerRef>,
    pub links: Vec<Link>,
    /// The rest of the row or item, as Markdown notes.
    pub notes: String,
    pub range: Range<usize>,
    pub kind: Option<String>,
    pub language: Option<String>,
    /// `table row` or `list item`.
    pub what: &'static str,
}

impl FileParser<'_> {
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
        // (`- https://cfp.cfgmgmtcamp.org/ghent2026/talk/CE9YF8/`: an
        // address alone names no talk.)
        let mut entries = entries;
        // (`* Himanshu Awasthi [@IHackPY](…)`: a person and their handle,
        // one of the people the author met, names no talk either.)
        entries.retain(|e| {
            let t = e.title.trim();
            let address =
                (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
                    && !t.contains(' ');
            let person_and_handle = e.what == "list item"
                && !e.speakers.is_empty()
                && e.speakers.iter().all(|r| r.handle || !r.name.contains(' '))
                && super::names::capitalised_name(t)
                && {
                    let mut links = self.links_in(e.range.clone()).peekable();
                    links.peek().is_some() && links.all(|l| super::names::is_profile_url(&l.dest))
                };
            !address && !person_and_handle
        });
        let mut silent = 0;
        let mut first_line = 0;
        let prose = entries.iter().all(|e| e.what == "title in the text");
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
                } else if e.what == "table cell" {
                    "a cell of a timetable (a time column, then a column per track or room)".into()
                } else if e.what == "title in the text" {
                    "a title in the text: bold and quoted (**“Title”**), with `by` and people after it, or one of several; in italics with `by` and people after it; or an item of a list told in sentences after a line about the talks".into()
                } else if e.what == "quoted title" {
                    "an item naming who spoke, then the talk's title in quotes".into()
                } else if e.what == "bare title" {
                    "a title alone in a list, under a heading that names the talks (`## Sessions Attended`)".into()
                } else if e.what == "person's talk" {
                    "an item nested under a list item that names who spoke (a meetup's page of past talks)".into()
                } else if e.what == "speaker item" {
                    "an item of a day's list that starts with its speaker's profile link and says what the talk gave".into()
                } else if e.what == "talk link" {
                    "a link to a talk's page in the text (`[Title](…/talks/…)`, `[Title](…) by Name`, or `[Title - Name](video)`), in a file with two or more".into()
                } else if e.what == "wiki link" {
                    "a list item that is only a wiki link to the talk's page, under a day".into()
                } else if e.what == "slot line" {
                    "a line that starts with the talk's slot, then its title (three or more in the part)".into()
                } else if e.what == "time slot" {
                    "a time alone on its line, then the talk's title and who gave it".into()
                } else if e.what == "paragraph" {
                    "a line of its own over its notes, in a part that holds talks".into()
                } else if e.links.iter().any(is_recording_link) {
                    "an item of a list of talks, with a recording".into()
                } else {
                    "an item of a list of talks (most items have a title and a speaker, slides or a recording)".into()
                },
            });
            let (day, track) = (day.clone(), track.clone());
            let title = if e.what == "list item" && !e.links.is_empty() {
                links_stop(e.title)
            } else {
                e.title
            };
            let s = self.draft(title, e.speakers, Vec::new(), e.links, e.notes, line, |s| {
                super::session::Placing {
                    day,
                    track,
                    language: e.language,
                    kind: e.kind,
                }
                .set(s)
            });
            out.sessions.push(s);
        }
        if silent > 0 {
            let (named, how, fix) = if prose {
                (
                    "named in the text",
                    "write `**“Title”** by Name`",
                    "Write each talk as `**“Title”** by Speaker Name`",
                )
            } else {
                (
                    "listed",
                    "add them to the row or item (`Title - Name`), or a speaker column",
                    "Write each talk as `Title - Speaker Name`, or add a Speaker column to the table",
                )
            };
            self.warn_fix(
                first_line,
                format!(
                    "{silent} talk{} {named} from here name{} no speaker; {how}",
                    if silent == 1 { "" } else { "s" },
                    if silent == 1 { "s" } else { "" }
                ),
                fix,
            );
        }
    }

    /// The sessions catalogued in `range` (tables and top-level lists that
    /// start in it), in order.
    pub(super) fn catalog(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        let a = self
            .scan
            .tables
            .partition_point(|t| t.range.start < range.start);
        for t in self.scan.tables[a..]
            .iter()
            .take_while(|t| t.range.start < range.end)
        {
            out.extend(self.table_entries(t));
        }
        for items in self.lists_in(&range) {
            // A group's label (`**Micro Talks:**`) over nested items
            // stands for them.
            let mut ranges: Vec<Range<usize>> = Vec::with_capacity(items.len());
            for x in items.iter() {
                let group = !x.sub_items.is_empty()
                    && (self.is_group_label(&x.range) || self.kinds_below(&x.sub_items));
                // `* Again [all the talks are on YouTube](…). Some that I
                // attended:` over `* [Name - Title](video): …`: an item
                // that introduces a list of talks, or is none itself,
                // stands for them (not `**Title**` over `Presented at …`
                // and `[Recording](…)`).
                let introduces = || {
                    let said = || {
                        self.text
                            .get(x.range.start..x.sub_items[0].start)
                            .is_some_and(|t| t.trim_end().ends_with(':'))
                    };
                    // (`* New language features beyond C++20` over `*
                    // Michael Park, [Pattern Matching](video)`: a topic's
                    // bare words, no link of their own, over talks that
                    // each name who gave them.)
                    let bare = || {
                        self.text
                            .get(x.range.start..x.sub_items[0].start)
                            .is_some_and(|t| {
                                // (Not a talk of its own that names who
                                // gave it, `* Floating point demystified
                                // by Peter Sommerlad`, over the talks it
                                // mentions.)
                                let line = markers::strip_list_marker(t.trim());
                                super::headings::parts(line).speakers.is_none()
                                    && !t.contains("](")
                                    && !t.contains("://")
                                    && (1..=12).contains(&t.split_whitespace().count())
                            })
                    };
                    if x.sub_items.len() < 2 {
                        return false;
                    }
                    let labelled = said() || self.list_item(x.range.clone(), false).is_none();
                    if !labelled && !bare() {
                        return false;
                    }
                    let below = self.list_entries(&x.sub_items);
                    below.len() >= 2
                        && below.len() * 2 >= x.sub_items.len()
                        && (labelled
                            || below.iter().all(|e| {
                                // (Not `* Morning keynote` over `* Name
                                // [@handle](profile)`: people, no talks.)
                                !e.speakers.is_empty()
                                    && e.links
                                        .iter()
                                        .any(|l| !super::names::is_profile_url(&l.url))
                                    && !super::names::is_person(&e.title, false)
                                    && e.title.split_whitespace().count() >= 2
                            }))
                };
                if group || introduces() {
                    ranges.extend(x.sub_items.iter().cloned());
                } else {
                    ranges.push(x.range.clone());
                }
            }
            // A list told in sentences after a paragraph about the talks
            // (`Title by Name. What I thought…`) may be read as such.
            // (The reading that finds more talks wins; the catalogue's on
            // a tie.)
            let mut listed = self.list_entries(&ranges);
            // Or events over the talks given at them (`* [25th
            // Meetup](…)` over `* Name on [Title](…)`), the events with
            // none named passed over: taken when it finds more.
            if let Some(below) = self.talks_under_events(&items) {
                let found = self.list_entries(&below);
                if found.len() > listed.len() {
                    ranges = below;
                    listed = found;
                }
            }
            // Or who spoke, then the title in quotes at the item's end.
            if listed.len() * 2 < ranges.len() {
                let quoted = self.quoted_title_items(&ranges);
                if quoted.len() > listed.len() {
                    listed = quoted;
                }
            }
            // A list of links to notes files of their own right after a
            // short line that names the talks (`#Talks Attended`, a
            // heading without its space; `Talks I attended:`).
            if listed.is_empty()
                && let (Some(first), Some(last)) = (items.first(), items.last())
                && self.after_talks_label(first.range.start)
            {
                listed = self.notes_link_entries(first.range.start..last.range.end);
            }
            let told = self.told_list(range.start, &items);
            out.extend(if told.len() > listed.len() {
                told
            } else {
                listed
            });
        }
        // Or people, each over the titles of their talks.
        if out.is_empty() {
            out = self.people_over_talks(&range);
        }
        // Or tracks, each over the bare titles of its talks.
        if out.is_empty() {
            out = self.tracks_over_titles(&range);
        }
        // Talks as lines that are each a link to their video, in one
        // paragraph (hard breaks between them).
        let lines = self.video_link_lines(&range);
        if !lines.is_empty() {
            out.extend(self.list_entries(&lines));
        }
        // Talks as plain lines of a paragraph, `Name - Title` each.
        let lines = self.dashed_lines(&range);
        if !lines.is_empty() {
            out.extend(self.list_entries(&lines));
        }
        // Talks listed as numbered references, a paragraph each (`[1]
        // Title — [Name (@handle)](…)`, `[2] …`): read as a list's items.
        let refs = self.reference_lines(&range);
        if refs.len() >= 3 {
            // (Not a paper's references, `[1] Lamport. Time, Clocks… -
            // [PDF](…)`: each reference read as a talk names one, by a
            // title that is no label.)
            let talks = self.list_entries(&refs);
            if talks.len() * 5 >= refs.len() * 4
                && talks.iter().all(|e| {
                    link_labels::label_of_text(&e.title).is_none()
                        && !e.title.eq_ignore_ascii_case("pdf")
                        && !e.speakers.is_empty()
                })
            {
                out.extend(talks);
            }
        }
        crate::order::sort_by(&mut out, &|a, b| a.range.start.cmp(&b.range.start));
        self.drop_bracket_tags(&mut out);
        out
    }

    /// Whether the last non-blank line before `at` is a short line that
    /// names a list of talks (`#Talks Attended`, `Talks I attended:`,
    /// `**Sessions**`).
    fn after_talks_label(&self, at: usize) -> bool {
        let before = self.text.get(..at).unwrap_or("").trim_end();
        let line = before[before.rfind('\n').map_or(0, |k| k + 1)..].trim();
        let plain = markers::plain_inline(line.trim_start_matches('#'));
        let plain = plain.trim().trim_end_matches(':').trim();
        !plain.is_empty()
            && plain.split_whitespace().count() <= 5
            && super::headings::names_talk_list(&super::headings::norm(plain))
    }

    /// The lines in `range` that start with a numbered reference (`[3] `)
    /// each in its own paragraph, numbered on from the one before: the
    /// longest such run.
    fn reference_lines(&self, range: &Range<usize>) -> Vec<Range<usize>> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        if !text.starts_with('[') && memchr::memmem::find(text.as_bytes(), b"\n[").is_none() {
            return Vec::new();
        }
        let mut best: Vec<Range<usize>> = Vec::new();
        let mut run: Vec<Range<usize>> = Vec::new();
        let mut last = 0;
        let mut prev_blank = true;
        let mut pos = range.start;
        for line in text.split_inclusive('\n') {
            let start = pos;
            pos += line.len();
            let t = line.trim_end();
            if t.trim().is_empty() {
                prev_blank = true;
                continue;
            }
            let cited = markers::citation(t).filter(|_| prev_blank && !t.starts_with(' '));
            prev_blank = false;
            match cited {
                Some((n, _)) if !self.scan.protected.iter().any(|p| p.contains(&start)) => {
                    if run.is_empty() || n != last + 1 {
                        if run.len() > best.len() {
                            best = std::mem::take(&mut run);
                        }
                        run.clear();
                    }
                    last = n;
                    run.push(start..start + t.len());
                }
                _ => {}
            }
        }
        if run.len() > best.len() {
            best = run;
        }
        best
    }

    /// Whether most of an item's sub-items (two or more) are a link then
    /// the kind of session in parentheses (`[Bayesian Deep
    /// Learning](…) (Workshop, Dec 13)`): the item's line labels them.
    fn kinds_below(&self, subs: &[Range<usize>]) -> bool {
        let kinded = subs
            .iter()
            .filter(|r| {
                let Some(t) = self.text.get((*r).clone()) else {
                    return false;
                };
                let line = t.lines().next().unwrap_or("").trim_end();
                line.strip_suffix(')')
                    .and_then(|x| x.rsplit_once("]("))
                    .and_then(|(_, tail)| tail.rsplit_once(") ("))
                    .is_some_and(|(_, inner)| {
                        let k = inner.split(',').next().unwrap_or("");
                        super::headings::is_kind(k)
                            || super::decorations::starts_with_kind(k)
                            || inner.to_ascii_lowercase().starts_with("poster")
                    })
            })
            .count();
        subs.len() >= 2 && kinded * 2 > subs.len()
    }

    /// The items under the events of a list of events (`* [25th
    /// Meetup](…)`, `* PyData London - June 2014`) when some of them have
    /// items of their own, and the other items too: an event's line names
    /// one (a meetup, a conference, a date) in a few words; an event with
    /// nothing under it is left out. None when no item is such an event.
    fn talks_under_events(
        &self,
        items: &[super::scan_records::ListItem],
    ) -> Option<Vec<Range<usize>>> {
        // (Only where talks are nested, with their links: most nested
        // items are notes.)
        if !items.iter().any(|x| {
            x.sub_items
                .iter()
                .any(|r| self.text.get(r.clone()).is_some_and(|t| t.contains("](")))
        }) {
            return None;
        }
        let event_line = |r: &Range<usize>| {
            let Some(text) = self.text.get(r.clone()) else {
                return false;
            };
            let line = markers::strip_list_marker(text.lines().next().unwrap_or("")).trim();
            // (An event's line is short: most items are notes.)
            if line.len() > 160 || line.split_whitespace().count() > 16 {
                return false;
            }
            let plain = markers::plain_inline(line);
            // (`[9th Meetup](…) - Data Visualisation`: the evening's theme
            // after it.)
            let head = plain.split(" - ").next().unwrap_or("").trim();
            // (A date first, `2016-11-24: Name - Title`, is a talk's day:
            // what follows it names the event, or nothing does.)
            let (dated, head) = match super::days::after_leading_date(head) {
                Some(rest) => (true, rest.trim()),
                None => (false, head),
            };
            (1..=6).contains(&head.split_whitespace().count())
                && super::event_names::names_event_loosely(head)
                || (dated && head.is_empty())
        };
        let events = items
            .iter()
            .filter(|x| !x.sub_items.is_empty() && event_line(&x.range))
            .count();
        if events == 0 {
            return None;
        }
        let mut out = Vec::new();
        for x in items {
            if event_line(&x.range) {
                out.extend(x.sub_items.iter().cloned());
            } else {
                out.push(x.range.clone());
            }
        }
        Some(out)
    }

    /// Whether a list item's own line is only a label (`**Micro
    /// Talks:**`, `Day 2:`, `1:25 p.m. (40m) Lightning Talks`): short,
    /// ending with a colon or naming talks, no link. (A bold line without
    /// one is a talk's title over its details.)
    fn is_group_label(&self, r: &Range<usize>) -> bool {
        let Some(text) = self.text.get(r.clone()) else {
            return false;
        };
        let line = markers::strip_list_marker(text.lines().next().unwrap_or("")).trim();
        let plain = markers::plain_inline(line);
        let plain = plain.trim();
        // `1:25 p.m. (40m) Lightning Talks` over the talks given in it.
        let named = super::numbering::strip_ordinal(plain).to_lowercase();
        let talks = (named.ends_with("talks") || named.ends_with("sessions"))
            && named.split_whitespace().count() <= 4;
        // `* Thursday` over the day's talks (a GitBook summary).
        let day = super::days::is_day(&super::headings::norm(plain));
        (plain.ends_with(':') || talks || day)
            && !line.contains("](")
            && !plain.is_empty()
            && plain.split_whitespace().count() <= 5
    }

    /// The links that start in `range`.
    pub(super) fn links_in(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = &super::scan_records::LinkRef<'_>> {
        starting_in(&self.scan.links, |l| l.range.start, &range).iter()
    }

    /// Video players embedded in `range` (`<iframe src>`, `{% youtube %}`),
    /// as recording links labelled with the host.
    pub(super) fn embeds_in(&self, range: Range<usize>) -> Vec<Link> {
        let a = self.scan.embeds.partition_point(|e| e.offset < range.start);
        self.scan.embeds[a..]
            .iter()
            .take_while(|e| e.offset < range.end)
            .map(|e| Link {
                label: e.host.into(),
                url: e.url.clone(),
            })
            .collect()
    }
}

/// The label of a link in a catalogue: `Recording` for a recording (by
/// its text or a video host), `Slides`, another label word, else the
/// column's header, else `Link`.
pub(super) fn link_label(text: &str, dest: &str, header: &str, _title: bool) -> &'static str {
    if link_labels::is_recording_label(text)
        || link_labels::is_video_url(dest)
        || link_labels::is_video_file(dest)
    {
        return "Recording";
    }
    if let Some(l) = link_labels::label_of_text(text) {
        return l;
    }
    let h = header.to_lowercase();
    if h.contains("video") || h.contains("recording") || h.contains("youtube") {
        return "Recording";
    }
    if h.contains("slide")
        || dest.contains("speakerdeck.com")
        || dest.contains("slideshare.net")
        || dest.ends_with(".pdf")
    {
        return "Slides";
    }
    "Link"
}

/// Whether a session link is its recording.
/// `Title. [Slides](…) [Video](…)`: the full stop that ends a title
/// before its materials is no part of it (but `etc.`, `Inc.`, `U.S.` and
/// an ellipsis keep theirs).
fn links_stop(mut title: String) -> String {
    let last = title.split_whitespace().next_back().unwrap_or("");
    let word = last.strip_suffix('.').unwrap_or("");
    let abbreviation = matches!(
        word.to_ascii_lowercase().as_str(),
        "etc"
            | "inc"
            | "ltd"
            | "co"
            | "corp"
            | "jr"
            | "sr"
            | "vs"
            | "al"
            | "no"
            | "vol"
            | "st"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
    );
    if !word.is_empty() && !abbreviation && !word.contains('.') {
        title.pop();
    }
    title
}

pub(super) fn is_recording_link(l: &Link) -> bool {
    matches!(
        l.label.as_str(),
        "Recording" | "Video" | "YouTube" | "Vimeo" | "Internet Archive"
    ) || link_labels::is_video_url(&l.url)
}
