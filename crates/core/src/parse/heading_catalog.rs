//! The talks listed under one heading, and a day's slot that names its
//! talk: the catalogue readings tried in turn under a heading that is not
//! itself a talk (lists, links in prose, lines of their own, notes files,
//! people, bare titles, bold titles, talk pages, time slots), each where
//! the heading and its evidence allow it; and what a heading groups
//! before its part is read ([`container_here`]). Used by
//! [`super::features`].

use std::ops::Range;

use super::catalog::Entry;
use super::file::FileParser;
use super::headings;
use super::markers;
use super::notes_evidence::links_only;
use super::scan_records::Heading;

/// `## Day Two, Session One - Grand Opening`: the talk's title after the
/// slot of a day (not `## Day 2 - Friday`, a day, nor `### December 11
/// 2019 - [Lush](…)`, a date and its host).
pub(super) fn day_slot(text: &str) -> Option<String> {
    let (at, len) = super::util::last_spaced_dash(text)?;
    let rest = text[at + len..].trim();
    // (`### December 11 2019 - [Lush](…)`: a date, then its
    // host; `Day Two, Session One` is no date.)
    let prefix = &text[..at];
    let dated = prefix.split(|c: char| !c.is_alphanumeric()).any(|w| {
        super::days::is_weekday_or_month(w)
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    }) || super::days::after_leading_date(prefix.trim()).is_some();
    let first = rest.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', '.']).to_lowercase();
    // (A slot of the day, `Session One`, or a kind of
    // session in the title: not `Day 3 - The Hike after`,
    // the day's own name.)
    let words = |t: &str, ws: &[&str]| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| ws.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    let slot = words(prefix, &["session", "talk", "slot", "keynote"])
        || words(
            rest,
            &[
                "workshop",
                "tutorial",
                "talk",
                "keynote",
                "panel",
                "presentation",
                "lecture",
            ],
        );
    (!dated
        && slot
        && rest.chars().any(char::is_alphabetic)
        && !super::days::is_weekday_or_month(&first)
        && !super::days::is_day(&headings::norm(rest))
        && super::days::after_leading_date(rest).is_none()
        && !headings::is_vocab(&headings::norm(rest)))
    .then(|| rest.to_string())
}

/// What heading `hs[i]` groups, if anything, before its part is read: a
/// day, track, group or event (see [`headings::container_of`]), except a
/// day's slot that names its talk (`## Day Two, Session One - Grand
/// Opening`, returned as the second value) and a day's keynote with no
/// heading under it (`### Day 1 closing Keynote`); and a slot of the
/// programme over its rooms (`#### 13:00〜17:00` over `##### AB会場`).
pub(super) fn container_here(
    hs: &[Heading],
    i: usize,
) -> (Option<headings::Container>, Option<String>) {
    let Some(h) = hs.get(i) else {
        return (None, None);
    };
    let mut container = headings::container_of(&h.text, &h.norm);
    // (`WORKSHOP - Animations in Vue.js`: one workshop, not a group.)
    if container.is_some() && super::numbering::labels_a_session(&h.text) {
        container = None;
    }
    // `## Day Two, Session One - Grand Opening` over its notes, no
    // heading under it: a slot of the day, then the talk's title.
    let day_slot = match (&container, hs.get(i + 1)) {
        (Some(headings::Container::Day(_)), next) if next.is_none_or(|n| n.level <= h.level) => {
            day_slot(&h.text)
        }
        _ => None,
    };
    if day_slot.is_some() {
        container = None;
    }
    // `### Day 1 closing Keynote`, `### Day 2 KeyNote`, no heading
    // under it: that day's keynote, one talk.
    if matches!(container, Some(headings::Container::Day(_)))
        && hs.get(i + 1).is_none_or(|n| n.level <= h.level)
        && {
            let words: Vec<&str> = h.text.split_whitespace().collect();
            let n = words.len();
            n >= 3
                && (super::decorations::is_kind(words[n - 1])
                    || super::decorations::is_kind(&words[n - 2..].join(" ")))
                && !words[n - 1].eq_ignore_ascii_case("talks")
        }
    {
        container = None;
    }
    // `#### 13:00〜17:00` over `##### AB会場` and the other rooms:
    // a slot of the programme, its talks in the headings under it.
    // (Only over rooms: not `## 09:00 - 09:45` over the talk's
    // `### Notes` and `### Questions`.)
    if container.is_none()
        && hs.get(i + 1).is_some_and(|n| {
            n.level > h.level
                && matches!(
                    headings::container_of(&n.text, &n.norm),
                    Some(headings::Container::Track(_))
                )
        })
        && slot_heading(&h.text)
    {
        container = Some(headings::Container::Plain);
    }
    (container, day_slot)
}

impl FileParser<'_> {
    /// The talks under heading `h`, whose part is `own`: `grouped` when the
    /// heading is a day, track or group, `in_group` under a heading that
    /// groups talks by its words, `speaker_line` when a speaker line
    /// follows it, `first` for the file's first heading.
    pub(super) fn catalog_under(
        &self,
        h: &Heading,
        own: Range<usize>,
        grouped: bool,
        in_group: bool,
        speaker_line: bool,
        first: bool,
    ) -> Vec<Entry> {
        let words = super::features::word_count(&h.text);
        let mut c = self.catalog(own.clone());
        // Beside a list of talks, links to talks in the paragraphs
        // around it (`["Performance Matters" by Emery Berger](video)
        // Mind blowing talk…`): the paragraphs are no list's, so
        // nothing is read twice.
        let from_lists = !c.is_empty();
        if from_lists && !speaker_line {
            let mut linked = self.talk_link_entries(own.clone());
            // (Not the lines of links the catalogue read already.)
            linked.retain(|l| {
                !c.iter().any(|e| {
                    e.range.start < l.range.end.max(l.range.start + 1)
                        && l.range.start < e.range.end
                })
            });
            if !linked.is_empty() {
                c.extend(linked);
                crate::order::sort_by(&mut c, &|a, b| a.range.start.cmp(&b.range.start));
            }
        }
        // A day or group told as prose: its talks are bold quoted
        // titles in the text.
        // Under any other heading, three or more (`## 依旧是流水账
        // 记录一下今天的感受`, a day's log naming each talk).
        if c.is_empty() {
            c = self.prose_with_links(own.clone());
            if !grouped && c.len() < 3 {
                c.clear();
            }
        }
        // ... or as lines of their own, each over its notes.
        if c.is_empty() && grouped {
            c = self.paragraph_entries(own.clone(), false);
        }
        // ... or as links to notes files of their own; also under
        // a topic (`## Design`) whose part is only such links.
        if c.is_empty()
            && (grouped
                || (!headings::is_vocab(&h.norm)
                    && links_only(self.text.get(own.clone()).unwrap_or(""))))
        {
            c = self.notes_link_entries(own.clone());
        }
        // ... or as the people who spoke, one per item, with what
        // the author took from each (`- [mjackson](https://twitter
        // .com/mjackson) - unpkg is a cdn…`).
        if c.is_empty() && grouped {
            c = self.speaker_items(own.clone());
        }
        // ... or as bare titles, one per item, under a heading that
        // names them (`## Sessions Attended`).
        // (Not `### Lightning talks`, `## Ignite Talks`: one
        // session, its parts.)
        // (Or a heading that links to the event's schedule: `#
        // [2023](https://www.blackhat.com/us-23/briefings/schedule/)`.)
        let to_schedule = || {
            words <= 4
                && self.links_in(h.range.clone()).any(|l| {
                    let d = l.dest.to_ascii_lowercase();
                    [
                        "/schedule",
                        "/programme",
                        "/program",
                        "/agenda",
                        "/sessions",
                    ]
                    .iter()
                    .any(|p| d.contains(p))
                })
        };
        if c.is_empty()
            && (((grouped || words <= 6) && headings::names_talk_list(&h.norm)) || to_schedule())
            && !["lightning", "ignite", "pecha", "flash", "ライトニング"]
                .iter()
                .any(|w| h.norm.contains(w))
        {
            c = self.bare_title_items(own.clone());
        }
        // ... or, under a heading that groups talks (`## Sessions`
        // over `### Generative AI & Agents`), as bare titles of a
        // topic's talks.
        // (Only a part of list items and links: not a keynote's
        // paragraph over the list of what it announced.)
        // (Not a section's, `## Links` under `# Talks`: links about
        // talks.)
        if c.is_empty()
            && in_group
            && !headings::is_vocab(&h.norm)
            // (Or under a slot of the programme, `#### 10:00〜12:00`,
            // two or more.)
            && (self.event_named || slot_heading(&h.text))
            // (A room's too, `##### AB会場：63号館` under a slot.)
            && (!grouped || matches!(headings::container_of(&h.text, &h.norm), Some(headings::Container::Track(_))))
            && !speaker_line
            && items_and_links_only(
                self.text.get(own.clone()).unwrap_or(""),
                if slot_heading(&h.text) { 2 } else { 3 },
            )
        {
            c = self.bare_title_items(own.clone());
        }
        // ... or, under a day or group, as bold titles opening
        // list items, what the author thought after them
        // (`* **Concurrency for Rubyists**. [Federico][f] nos
        // habló…`).
        if c.is_empty() && grouped {
            c = self.bold_title_items(own.clone());
        }
        // A short heading that names no talk (`#### Best`), over a
        // line naming a talk and who gave it (a link or bold
        // text): its talks are such lines.
        if c.is_empty() && !grouped && !speaker_line && h.text.split_whitespace().count() <= 3 {
            c = self.paragraph_entries(own.clone(), true);
        }
        // Last, links to talks' pages in running text (`[Revisiting
        // TypeProf](https://rubykaigi.org/2023/presentations/…)`),
        // in a file that has two or more.
        if c.is_empty() && !speaker_line {
            c = self.talk_link_entries(own.clone());
        }
        // Or talks under the times they started (`10:30a` over
        // `**Title**` and `**Name**`), when that names more.
        if !speaker_line || grouped || first {
            let slots = self.time_slot_entries(own.clone());
            if slots.len() > c.len() {
                c = slots;
            }
        }
        c
    }
}

/// Whether a part's text is only list items (`least` or more) and lines
/// that are only an address or a link (`- What’s New: …` /
/// `https://zenn.dev/…`).
fn items_and_links_only(t: &str, least: usize) -> bool {
    let mut items = 0;
    for l in t.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if markers::strip_any_list_marker(l).len() < l.len() {
            items += 1;
        } else if !((l.starts_with("http") && !l.contains(' '))
            || (l.starts_with('[') && l.ends_with(')') && l.matches("](").count() == 1))
        {
            return false;
        }
    }
    items >= least
}

/// Whether a heading is only a slot of the programme, a time and its end
/// (`13:00〜17:00`, `10:00 - 12:00`).
pub(super) fn slot_heading(text: &str) -> bool {
    super::numbering::slot_times(text) == Some(true)
}
