//! Catalogues of talks: a table whose rows are sessions (`| Title |
//! Speaker | Video |`), or a list whose items are (read in
//! [`super::catalog_list`]).
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
use crate::render::{UrlKind, classify_url};

use super::builder::FileOut;
use super::file::FileParser;
use super::headings;
use super::markers;
use super::names;
use super::scan::Table;
use super::speakers::{SpeakerRef, parse_speakers};
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

/// Header words of a table's title column.
const TITLE_HEADERS: &[&str] = &[
    "talk",
    "talks",
    "title",
    "session",
    "sessions",
    "topic",
    "presentation",
    "subject",
    "lecture",
    "keynote",
    "workshop",
    // The same in the languages notes are written in.
    "thema",
    "titel",
    "vortrag",
    "tema",
    "título",
    "titulo",
    "titre",
    "sujet",
    // (French for a talk; a column of the events is `événement`.)
    "conférence",
    "charla",
    "palestra",
    "titolo",
    "доклад",
    "тема",
    "название",
    "제목",
    "발표",
    "タイトル",
    "講演",
    "题目",
    "主题",
    "演讲",
];

/// Header words of a table's speaker column.
const SPEAKER_HEADERS: &[&str] = &[
    "speaker",
    "speakers",
    "presenter",
    "presenters",
    "who",
    "by",
    "author",
    "authors",
    "speaker(s)",
    "presenter(s)",
    "author(s)",
    "host",
    "hosts",
    "vortragender",
    "vortragende",
    "referent",
    "referentin",
    "sprecher",
    "ponente",
    "ponentes",
    "orador",
    "palestrante",
    "intervenant",
    "intervenants",
    "relatore",
    "докладчик",
    "спикер",
    "발표자",
    "연사",
    "登壇者",
    "講演者",
    "演讲者",
    "讲者",
];

/// Whether a header cell's words name a title column (`Talk`, `Title`,
/// `Session`), not a column about the talks (`Session Type`, `Talk
/// Length`, `Session ID`).
fn is_title_header(w: &[String]) -> bool {
    w.iter().any(|x| TITLE_HEADERS.contains(&x.as_str()))
        && !(w.len() == 2
            && w[0] != "title"
            && w.last().is_some_and(|x| {
                matches!(
                    x.as_str(),
                    "type"
                        | "kind"
                        | "format"
                        | "category"
                        | "level"
                        | "length"
                        | "duration"
                        | "id"
                        | "code"
                        | "number"
                        | "no"
                        | "language"
                )
            }))
}

impl FileParser<'_> {
    /// The speakers in a table of one row that opens a session's notes and
    /// has a speaker column but no title column (`| Language | Speaker |
    /// Session Type |` over `| Japanese | @yagi5（株式会社メルカリ） |
    /// Sponsor Session |`): the table describes the talk of the heading.
    pub(super) fn speaker_table_at(&self, range: &Range<usize>) -> Option<Vec<SpeakerRef>> {
        let body = self.text.get(range.clone())?;
        let first = range.start + (body.len() - body.trim_start().len());
        // (Tables are in file order.)
        let at = self.scan.tables.partition_point(|t| t.range.start < first);
        let t = self
            .scan
            .tables
            .get(at)
            .filter(|t| t.range.start == first)?;
        let [row] = t.rows.as_slice() else {
            return None;
        };
        let words: Vec<Vec<String>> = t.header.iter().map(|h| header_words(h)).collect();
        if words.iter().any(|w| is_title_header(w)) {
            return None;
        }
        // (A speaker's column, not `Host`, `Who` or `By`: a meetup's host,
        // a task's owner.)
        let col = words.iter().position(|w| {
            w.iter().any(|x| {
                SPEAKER_HEADERS.contains(&x.as_str())
                    && !matches!(x.as_str(), "host" | "who" | "by")
            })
        })?;
        // (The column says they are people: a handle alone is one too, and
        // a full-width parenthesis holds the organisation.)
        let cell = row
            .cells
            .get(col)?
            .text
            .trim()
            .replace('（', " (")
            .replace('）', ")");
        // (`@creasty, @izumin5210`: handles in a list are two people.)
        let refs = if cell.split(',').all(|p| p.trim_start().starts_with('@')) {
            super::speakers::parse_speakers_plural(&cell)
        } else {
            super::speakers::parse_speakers(&cell)
        };
        let nick = |r: &SpeakerRef| {
            r.handle
                || (2..=30).contains(&r.name.len())
                    && r.name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        };
        (!refs.is_empty() && refs.iter().all(nick) || super::speakers::plausible(&refs))
            .then_some(refs)
    }
}

/// The words of a header cell, lowercase.
fn header_words(h: &str) -> Vec<String> {
    markers::plain_inline(h)
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `Carla e Joenio`, `Ana y Luis`, `Jan und Eva`: in a column of
/// speakers, `and` in the language of the notes, between capitalised
/// words, read as `and`.
fn and_in_other_languages(s: &str) -> String {
    let words: Vec<&str> = s.split(' ').collect();
    let mut out = String::with_capacity(s.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let between_names = i > 0
            && words[i - 1].starts_with(char::is_uppercase)
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if between_names && super::speakers::AND_WORDS.contains(w) {
            out.push_str("and");
        } else {
            out.push_str(w);
        }
    }
    out
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
            let s = self.draft(
                e.title,
                e.speakers,
                Vec::new(),
                e.links,
                e.notes,
                line,
                |s| {
                    super::session::Placing {
                        day,
                        track,
                        language: e.language,
                        kind: e.kind,
                    }
                    .set(s)
                },
            );
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
                if !x.sub_items.is_empty()
                    && (self.is_group_label(&x.range) || self.kinds_below(&x.sub_items))
                {
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
        // Talks as lines that are each a link to their video, in one
        // paragraph (hard breaks between them).
        let lines = self.video_link_lines(&range);
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
                    markers::label_of_text(&e.title).is_none()
                        && !e.title.eq_ignore_ascii_case("pdf")
                        && !e.speakers.is_empty()
                })
            {
                out.extend(talks);
            }
        }
        crate::order::sort_by(&mut out, &|a, b| a.range.start.cmp(&b.range.start));
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

    /// The top-level lists that start in `range`, each as its items. A
    /// numbered list broken by paragraphs (`1. [Title by Name](…)`, a
    /// paragraph about it, maybe a bulleted list in it, `2. […]`) is one
    /// list: the next list goes on when its number follows the last.
    pub(super) fn lists_in(
        &self,
        range: &Range<usize>,
    ) -> Vec<std::borrow::Cow<'_, [super::scan::ListItem]>> {
        use std::borrow::Cow;
        let a = self
            .scan
            .list_items
            .partition_point(|i| i.range.start < range.start);
        let items = &self.scan.list_items[a..];
        let n = items.partition_point(|i| i.range.start < range.end);
        // The end of the list that starts at `i`.
        let end_of = |i: usize| {
            let list = items[i].list;
            i + items[i..n].iter().take_while(|x| x.list == list).count()
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let mut j = end_of(i);
            let mut joined: Option<Vec<super::scan::ListItem>> = None;
            while let Some(last) = self.item_number(&items[j - 1]) {
                // The next list, or the one after one or two bulleted
                // lists of notes, numbered on.
                let mut k = j;
                let mut skipped = 0;
                while k < n && skipped <= 2 && self.item_number(&items[k]).is_none() {
                    k = end_of(k);
                    skipped += 1;
                }
                if k >= n || self.item_number(&items[k]) != Some(last + 1) {
                    break;
                }
                let next = end_of(k);
                if k > j || joined.is_some() {
                    let v = joined.get_or_insert_with(|| items[i..j].to_vec());
                    v.extend_from_slice(&items[k..next]);
                }
                j = next;
            }
            // Lists of one bulleted item each, a paragraph between them
            // (`* Title (Name)` / what the author thought / `* Title
            // (Name)` …): one list, when three or more run so.
            if joined.is_none() && j == i + 1 && self.item_number(&items[i]).is_none() {
                let mut k = j;
                while k < n
                    && end_of(k) == k + 1
                    && self.item_number(&items[k]).is_none()
                    // (A paragraph of text between, not `<br />` alone.)
                    && self
                        .text
                        .get(items[k - 1].range.end..items[k].range.start)
                        .is_some_and(|gap| {
                            let gap = gap.trim();
                            !gap.is_empty() && !gap.starts_with('<')
                        })
                {
                    k += 1;
                }
                if k - i >= 3 {
                    joined = Some(items[i..k].to_vec());
                    j = k;
                }
            }
            out.push(match joined {
                Some(v) => Cow::Owned(v),
                None => Cow::Borrowed(&items[i..j]),
            });
            i = j;
        }
        out
    }

    /// The number of an ordered list's item (`3` of `3. Title`).
    fn item_number(&self, item: &super::scan::ListItem) -> Option<u32> {
        let b = self.text.as_bytes().get(item.range.start..)?;
        let digits = b.iter().take(10).take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || !matches!(b.get(digits), Some(b'.' | b')')) {
            return None;
        }
        std::str::from_utf8(&b[..digits]).ok()?.parse().ok()
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
        let named = super::decorations::strip_ordinal(plain).to_lowercase();
        let talks = (named.ends_with("talks") || named.ends_with("sessions"))
            && named.split_whitespace().count() <= 4;
        // `* Thursday` over the day's talks (a GitBook summary).
        let day = super::headings::is_day(&super::headings::norm(plain));
        (plain.ends_with(':') || talks || day)
            && !line.contains("](")
            && !plain.is_empty()
            && plain.split_whitespace().count() <= 5
    }

    /// The sessions of a catalogue table (none if it is not one).
    fn table_entries(&self, t: &Table) -> Vec<Entry> {
        let words: Vec<Vec<String>> = t.header.iter().map(|h| header_words(h)).collect();
        // (Or, in a schedule with a time column, `Description` or `What`:
        // `| 9:45am | 10:30am | Theater | [Hanselman on Careers] |`.)
        // (And a room column: not an itinerary's `| Time | What |`.)
        let timed = words.iter().any(|w| {
            w.iter()
                .any(|x| matches!(x.as_str(), "start" | "time" | "when" | "begin" | "from"))
        }) && words.iter().any(|w| {
            w.iter().any(|x| {
                matches!(
                    x.as_str(),
                    "location" | "room" | "track" | "stage" | "where" | "venue" | "hall"
                )
            })
        });
        // (`Keynote Speaker | Talk`: the column of the people is no
        // title column, though it names the kind of talk.)
        let titled = |w: &Vec<String>| is_title_header(w);
        let of_people = |w: &Vec<String>| w.iter().any(|x| SPEAKER_HEADERS.contains(&x.as_str()));
        let title_col = words
            .iter()
            .position(|w| titled(w) && !of_people(w))
            .or_else(|| words.iter().position(titled))
            .or_else(|| {
                timed
                    .then(|| {
                        words.iter().position(|w| {
                            w.len() == 1
                                && matches!(w[0].as_str(), "description" | "what" | "event")
                        })
                    })
                    .flatten()
            });
        let Some(title_col) = title_col else {
            return Vec::new();
        };
        // (`Mentioned by`, `Recommended by`: who in the notes' own team
        // spoke of the talk, not who gave it.)
        let speaker_col = words
            .iter()
            .position(|w| {
                w.iter().any(|x| SPEAKER_HEADERS.contains(&x.as_str()))
                    && !w.first().is_some_and(|x| {
                        w.len() >= 2
                            && matches!(
                                x.as_str(),
                                "mentioned"
                                    | "recommended"
                                    | "suggested"
                                    | "noted"
                                    | "watched"
                                    | "reviewed"
                            )
                    })
            })
            .filter(|&c| c != title_col);
        // A session index: its titles link into the page.
        let anchored = t
            .rows
            .iter()
            .filter(|r| {
                r.cells.get(title_col).is_some_and(|c| {
                    self.links_in(c.range.clone())
                        .any(|l| l.dest.starts_with('#'))
                })
            })
            .count();
        if anchored * 2 >= t.rows.len().max(1) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for row in &t.rows {
            let Some(cell) = row.cells.get(title_col) else {
                continue;
            };
            // Bilingual cells (`中文<br>English - Name`): the last line;
            // but a break inside a link's text only wraps the title
            // (`[Empirically Measuring<br> C++’s Complexity](…)`).
            let wrapped = self.links_in(cell.range.clone()).any(|l| {
                let t = l.text.to_ascii_lowercase();
                t.contains("<br") || t.contains('\n')
            });
            let joined;
            let line = if wrapped {
                joined = cell.text.split_whitespace().collect::<Vec<_>>().join(" ");
                joined.as_str()
            } else {
                cell.text
                    .lines()
                    .map(str::trim)
                    .rfind(|l| !l.is_empty())
                    .unwrap_or("")
            };
            // (A schedule's breaks and parties, where no one is named:
            // `[Thursday Lunch]`, `Strange Loop Party`.)
            if line.is_empty()
                || (timed && speaker_col.is_none() && headings::is_vocab(&headings::norm(line)))
            {
                continue;
            }
            // `Máquina de Anticítera [slides (pdf)](…)`: the links of the
            // title cell labelled as slides, a video or a file are links,
            // not words of the title.
            let mut line = line.to_string();
            for l in self.links_in(cell.range.clone()) {
                let t = markers::plain_inline(&l.text);
                let t = t.trim();
                let file_note = t
                    .strip_suffix(')')
                    .and_then(|x| x.rsplit_once('('))
                    .is_some_and(|(_, inner)| {
                        matches!(
                            inner.trim().to_lowercase().as_str(),
                            "pdf"
                                | "png"
                                | "pptx"
                                | "ppt"
                                | "key"
                                | "youtube"
                                | "vimeo"
                                | "google drive"
                                | "html"
                        )
                    });
                if !t.is_empty()
                    && (markers::label_of_text(t).is_some()
                        || markers::is_recording_label(t)
                        || file_note)
                    && let Some(at) = line.rfind(t)
                    && at > 0
                {
                    line.replace_range(at..at + t.len(), "");
                }
            }
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut parts = headings::parts(&line);
            let mut speakers = match speaker_col.and_then(|c| row.cells.get(c)) {
                Some(sc) => {
                    let text = and_in_other_languages(&sc.text.replace('\n', ", "));
                    parse_speakers(&text)
                        .into_iter()
                        .filter(|r| !names::is_org(&r.name))
                        .collect()
                }
                None => Vec::new(),
            };
            if speakers.is_empty()
                && let Some(sp) = parts.speakers.take()
            {
                speakers = parse_speakers(&sp);
            } else if !speakers.is_empty() && parts.org.is_some() {
                // `24 passos para uma startup de sucesso - MIT GSL` beside
                // its speaker's column: the title's own words.
                parts.title = line.clone();
            }
            let mut links = Vec::new();
            let mut notes = String::new();
            for (c, cell) in row.cells.iter().enumerate() {
                let header = t.header.get(c).map(String::as_str).unwrap_or("");
                for l in self.links_in(cell.range.clone()) {
                    if l.image || classify_url(&l.dest) == UrlKind::Unsafe {
                        continue;
                    }
                    links.push(Link {
                        label: link_label(&l.text, &l.dest, header, c == title_col).into(),
                        url: l.dest.to_string(),
                    });
                }
                if c != title_col && Some(c) != speaker_col {
                    let text = cell.text.replace('\n', " ");
                    let text = text.trim();
                    if !text.is_empty() && !header.trim().is_empty() {
                        notes.push_str(&format!(
                            "- {}: {}\n",
                            markers::plain_inline(header).trim(),
                            text
                        ));
                    }
                }
            }
            out.push(Entry {
                title: parts.title,
                speakers,
                links,
                notes,
                range: row.range.clone(),
                kind: parts.kind,
                language: parts.language,
                what: "table row",
            });
        }
        out
    }

    /// The links that start in `range`.
    pub(super) fn links_in(
        &self,
        range: Range<usize>,
    ) -> impl Iterator<Item = &super::scan::LinkRef<'_>> {
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
    if markers::is_recording_label(text) || markers::is_video_url(dest) {
        return "Recording";
    }
    if let Some(l) = markers::label_of_text(text) {
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
pub(super) fn is_recording_link(l: &Link) -> bool {
    matches!(
        l.label.as_str(),
        "Recording" | "Video" | "YouTube" | "Vimeo" | "Internet Archive"
    ) || markers::is_video_url(&l.url)
}
