//! Catalogue lists: one talk per list item (`- [Title](video) - Name,
//! Org`; a bold title with nested `Presented at …` and `[Recording]`
//! lines; lines split by `<br>`). A list is a catalogue when most of its
//! items (at least two, or its only item) read as talks: a title and
//! evidence (a recording or slides link, a video URL, a speaker part).

use std::ops::Range;

use super::catalog::{Entry, is_recording_link};
use super::file::FileParser;
use super::headings;
use super::link_labels;
use super::markers;
use super::names;
use super::talk_pages::{is_book_url, is_talk_page};

impl FileParser<'_> {
    /// The sessions of a catalogue list (none if it is not one).
    pub(super) fn list_entries(&self, items: &[Range<usize>]) -> Vec<Entry> {
        let mut listed = self.catalogue_entries(items);
        // (Or, in a diary's list, the items that say they are talks.)
        if listed.is_empty() {
            listed = self.labelled_talk_items(items);
        }
        // (Or titles each followed by an item that is its address.)
        if listed.is_empty() {
            listed = self.paired_address_items(items);
        }
        // A meetup's schedule: a slot per item, the talks' titles quoted
        // (taken when it finds more than the readings below).
        match self.schedule_list_entries(items) {
            Some(found) if found.len() > listed.len() => found,
            _ => listed,
        }
    }

    /// Drops the tag in brackets before a list item's title (`- [K6]
    /// Title, by Name`: the room), which some readings keep as a word of
    /// the title.
    pub(super) fn drop_bracket_tags(&self, entries: &mut [Entry]) {
        for e in entries {
            let Some(line) = self
                .text
                .get(e.range.clone())
                .and_then(|t| t.lines().next())
            else {
                continue;
            };
            let line = markers::strip_list_marker(line.trim_start());
            let rest = super::title_ends::strip_bracket_tag(line);
            if rest.len() < line.len()
                && let Some(tag) = line
                    .get(1..line.len() - rest.len())
                    .map(|t| t.trim_end().trim_end_matches(']'))
                && let Some(after) = e.title.strip_prefix(tag)
                && after.starts_with(' ')
                // (Not `- [Kubernetes] Kubernetes at scale`, whose title
                // begins with the tag's word: the reading cut the tag.)
                && !rest.starts_with(tag)
            {
                e.title = after.trim_start().to_string();
            }
        }
    }

    /// [`Self::list_entries`] but a schedule's quoted titles.
    fn catalogue_entries(&self, items: &[Range<usize>]) -> Vec<Entry> {
        // Talks picked from a programme by their codes (`TS-6050 -
        // Comparing JRuby and Groovy`): most items start with one.
        let coded = self.session_code_items(items);
        if !coded.is_empty() {
            return coded;
        }
        // A top list with comments (`Building systems in Clojure by
        // *Matthias Nehlsen* - I am following…`).
        let by_named = self.by_emphasized_name_items(items);
        if !by_named.is_empty() {
            return by_named;
        }
        // (`- ...`, `- and many more!`, `2017-06-29 - open slot`: items
        // that could not be talks say nothing about the list.)
        let real: Vec<Range<usize>> = items
            .iter()
            .filter(|r| !self.is_filler_item(r))
            .cloned()
            .collect();
        let beside_filler = !real.is_empty() && real.len() < items.len();
        let items = if beside_filler { &real[..] } else { items };
        // A list of talks has links or URLs in its items: most lists of
        // notes do not, and are passed over without reading each item.
        let with_links = items
            .iter()
            .filter(|r| {
                self.links_in((*r).clone()).next().is_some()
                    || self
                        .text
                        .get((*r).clone())
                        .is_some_and(|t| t.contains("http") || t.contains("**"))
            })
            .count();
        // A reading list: most items link to a book (`[Data Mesh](…oreilly
        // .com/library/view/…) by _Zhamak Dehghani_`).
        let books = if with_links < 2 {
            0
        } else {
            items
                .iter()
                .filter(|r| {
                    self.links_in((*r).clone())
                        .next()
                        .is_some_and(|l| is_book_url(&l.dest))
                })
                .count()
        };
        // (Most of them, and none a talk's video.)
        let videos = || {
            items.iter().any(|r| {
                self.links_in(r.clone())
                    .any(|l| link_labels::is_video_url(&l.dest))
            })
        };
        if books >= 2 && books * 3 >= items.len() * 2 && !videos() {
            return Vec::new();
        }

        // Or items over a line giving their slot (`* 10am, Track 2`):
        // looked at only where links do not decide.
        let with_links = if with_links == 0 || (items.len() > 1 && with_links * 2 < items.len()) {
            with_links.max(
                items
                    .iter()
                    .filter(|r| {
                        self.text.get((*r).clone()).is_some_and(|t| {
                            t.lines().skip(1).take(2).any(|l| {
                                super::catalog_item::slot_line(markers::strip_list_marker(l.trim()))
                            })
                        })
                    })
                    .count(),
            )
        } else {
            with_links
        };
        // Or, with no links, items of `Title - Name Surname` (a list of
        // other talks worth finding): most of them name people.
        let people = |r: &Range<usize>| {
            self.text.get(r.clone()).is_some_and(|t| {
                let line = markers::strip_list_marker(t.lines().next().unwrap_or("")).trim();
                // `Augusto Rosa - Azure Cloud - Good and the Ugly`: a
                // person with a known given name before the first dash.
                if let Some((before, rest)) = line.split_once(" - ")
                    && (2..=4).contains(&before.split_whitespace().count())
                    // (A quick look first: capitalised words.)
                    && before
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
                    && rest.split_whitespace().count() >= 2
                    && names::is_person(before.trim(), false)
                {
                    return true;
                }
                // A quick look first: two to five capitalised words after
                // the last ` - ` (most bullets of notes fail it).
                // (Or after the last colon, a known person: `Culture
                // Trumps Tools: Matt Micene`.)
                // (A title's words: not a to-do's owner, `Book the venue:
                // Sarah Chen`, nor a form's field, `Travel buddy: Maria`.)
                if !line.contains(" - ") && super::title_tails::title_then_person(line).is_some() {
                    return true;
                }
                // `maetin「分散ファイルシステムのススメ」`: who, then the
                // title in corner brackets.
                if self.cornered_talk(line).is_some() {
                    return true;
                }
                // `Rails for mobile devices (Alberto Perdomo)`, `Travis CI
                // (Sven Fuchs and Josh Kalderimis)`: the title, then known
                // people in the last parentheses.
                if self
                    .paren_first_person(line)
                    .is_some_and(|first| names::is_person(&first, false))
                {
                    return true;
                }
                let Some((_, after)) = line.rsplit_once(" - ") else {
                    return false;
                };
                let words = after.split_whitespace().count();
                (2..=5).contains(&words)
                    // (`- "Title" - Martin Kutter (chemmedia AG)`: where
                    // they work, in parentheses.)
                    && after.split_whitespace().all(|w| {
                        w.trim_start_matches(['_', '*', '('])
                            .starts_with(char::is_uppercase)
                            || w.len() <= 3
                    })
                    && {
                        let p = headings::parts(&markers::plain_inline(line));
                        p.speakers.is_some() && p.strength >= 3
                    }
            })
        };
        // (`Kata Containers on Edge Cloud (Yuntong Jin, Yu Bai)`: names
        // of any origin in the last parentheses of most items, one of them
        // known at least.)
        let shaped = |r: &Range<usize>| {
            self.text.get(r.clone()).is_some_and(|t| {
                let line = markers::strip_list_marker(t.lines().next().unwrap_or("")).trim();
                self.paren_first_person(line).is_some_and(|first| {
                    matches!(
                        names::shape(&first),
                        names::Shape::Person { .. } | names::Shape::Capitalised
                    )
                })
            })
        };
        let listed_people = || {
            // The first items decide, as for lists with links.
            if !items.iter().take(3).any(people) {
                return false;
            }
            let n = items.iter().filter(|r| people(r)).count();
            let alike = items.iter().filter(|r| shaped(r)).count();
            (n >= 2 && n * 5 >= items.len() * 3) || (alike >= 3 && alike * 5 >= items.len() * 4)
        };
        // (A list of one such item too: `ゆーき「Title」` under `###
        // 飛び込み枠`, the walk-in slot.)
        let cornered = || {
            items.iter().all(|r| {
                self.text.get(r.clone()).is_some_and(|t| {
                    let line = markers::strip_list_marker(t.lines().next().unwrap_or("")).trim();
                    self.cornered_talk(line).is_some()
                })
            })
        };
        if (with_links == 0 || (items.len() > 1 && with_links * 2 < items.len()))
            && !(items.len() >= 2 && listed_people())
            && !cornered()
        {
            return self.comma_people_items(items);
        }
        // A table of contents: most items are only a link whose text is a
        // heading of this file (`- [Day 1 Title - Name](#day-1-title)`).
        // The talks are the headings.
        if items.len() >= 2 {
            let toc = items.iter().filter(|r| self.is_toc_item(r)).count();
            if toc * 2 > items.len() {
                return Vec::new();
            }
        }
        // The first items decide: if none of the first three is a talk,
        // the list is not a catalogue.
        if items.len() > 3
            && items
                .iter()
                .take(3)
                .all(|r| self.list_item(r.clone(), false).is_none())
        {
            return Vec::new();
        }
        let mut entries: Vec<Option<Entry>> = items
            .iter()
            .map(|r| self.list_item(r.clone(), false))
            .collect();
        let mut talks = entries.iter().filter(|e| e.is_some()).count();
        // Most items put the person first (`Ashley McNamara - My Journey
        // to Go`): the others are read so too.
        let person_first = entries
            .iter()
            .zip(items)
            .filter(|(e, r)| {
                e.as_ref()
                    .is_some_and(|e| self.starts_with_its_speaker(e, r))
            })
            .count();
        // (Or one is, and every item's link is `[A - B](video)` with no
        // known person after the dash: `[Amjith Ramanujam - Awesome Command
        // Line Tools](…)` beside `[Dave Forgac - Share Your Code!](…)`, as
        // a conference names its videos.)
        let dashed = |r: &Range<usize>| {
            self.links_in(r.clone()).next().and_then(|l| {
                let t = markers::plain_inline(&l.text);
                let (a, b) = t.split_once(" - ")?;
                Some(
                    (2..=3).contains(&a.split_whitespace().count())
                        && !names::is_person(b.trim(), false),
                )
            })
        };
        let same_shape =
            person_first == 1 && items.len() >= 3 && items.iter().all(|r| dashed(r) == Some(true));
        if (same_shape || (person_first >= 2 && person_first * 2 >= talks))
            && person_first < items.len()
        {
            // (Before a colon, as two or more of the items put their
            // known names: `Tracy Walker: Title`.)
            let colon = entries
                .iter()
                .zip(items)
                .filter(|(e, r)| {
                    e.as_ref()
                        .is_some_and(|e| self.starts_with_its_speaker_then(e, r, ": "))
                })
                .count()
                >= 2;
            entries = items
                .iter()
                .map(|r| self.list_item_read(r.clone(), true, colon))
                .collect();
            talks = entries.iter().filter(|e| e.is_some()).count();
        }
        // `Scott Prugh - CSG - DevOps and Lean in Legacy Environments`:
        // where a third of the items or more (three or more) name the
        // person, then where
        // they work, then the title, the words between the dashes are the
        // organisation (not `Paul Rayner - EventStorming - Collaborative
        // Learning…` alone among `Name - Title - Subtitle`).
        // (The person first: not `Demo - Title - Name`.)
        let org_split = |e: &Entry| -> Option<(String, String)> {
            let [who] = &e.speakers[..] else {
                return None;
            };
            let item = self.text.get(e.range.clone())?;
            let item = markers::strip_list_marker(item.trim_start());
            if who.org.is_some()
                || !item
                    .trim_start_matches(['[', '*', '_'])
                    .starts_with(&who.name)
            {
                return None;
            }
            super::catalog_item::org_before_title(&e.title)
                .map(|(o, t)| (o.to_string(), t.to_string()))
        };
        let with_org = entries
            .iter()
            .flatten()
            .filter(|e| org_split(e).is_some())
            .count();
        if with_org >= 3 && with_org * 3 >= talks {
            for e in entries.iter_mut().flatten() {
                if let Some((org, title)) = org_split(e) {
                    e.title = title;
                    if let Some(who) = e.speakers.first_mut() {
                        who.org = Some(org);
                    }
                }
            }
        }
        // (Where most items end with names in parentheses, one of them a
        // known person, those whose names no reading knew are talks by
        // them too.)
        if items.len() >= 3
            && items.iter().filter(|r| shaped(r)).count() * 5 >= items.len() * 4
            && items.iter().any(people)
        {
            for (e, r) in entries.iter_mut().zip(items) {
                if e.is_none()
                    && shaped(r)
                    && let Some(line) = self.text.get(r.clone())
                    && let Some((title, who)) = super::util::last_parenthesis(
                        markers::plain_inline(
                            markers::strip_list_marker(line.lines().next().unwrap_or("")).trim(),
                        )
                        .trim(),
                    )
                {
                    *e = Some(Entry {
                        title: title.trim().to_string(),
                        speakers: super::speakers::parse_speakers(who),
                        range: r.clone(),
                        what: "list item",
                        ..Entry::default()
                    });
                }
            }
            talks = entries.iter().filter(|e| e.is_some()).count();
        }
        // `- ...`, `- and many more!`: not items that could be talks.
        let filler = items.iter().filter(|r| self.is_filler_item(r)).count();
        let enough = if items.len() == 1 {
            // One item: with a recording or slides (a talk per event or
            // year).
            // (Or, beside a month's news, one that names who gave it:
            // `* [News](…)` / `* Testing in Django by [Aaron Fay][aaron]`.)
            // (Or who gave it, then its title in corner brackets.)
            entries[0].as_ref().is_some_and(|e| {
                e.links
                    .iter()
                    .any(|l| is_recording_link(l) || l.label == "Slides")
                    || cornered()
                    || (beside_filler
                        && !e.speakers.is_empty()
                        && e.title.split_whitespace().count() >= 2)
            })
        } else {
            talks >= 2 && talks * 5 >= (items.len() - filler) * 3
        };
        if !enough {
            return Vec::new();
        }
        // An index of the talks below (`1. [Title - Name](…#section)`):
        // when most titles head a part of the file, the headings are the
        // talks.
        let headed = entries
            .iter()
            .flatten()
            .filter(|e| self.heads_a_part(&e.title))
            .count();
        if headed * 2 > talks {
            return Vec::new();
        }
        // `[Malte Ubl - Designing very large JavaScript applications
        // (2018)](video)`: the year the talk was given, after its title, is
        // no part of it (as it is none of the name's in `Title - Name
        // (2018)`).
        let mut entries: Vec<Entry> = entries.into_iter().flatten().collect();
        // `[Getting Involved with the Mozilla Project (Carsten Book)](…)`
        // beside items that name their people so: a name's shape in the
        // last parentheses is a name too, or a name another item gives.
        let named = entries.iter().filter(|e| !e.speakers.is_empty()).count();
        if named >= 2 {
            // (Or a name another item gives its people: `Carsten Book`.)
            let known: Vec<String> = entries
                .iter()
                .flat_map(|e| e.speakers.iter().map(|r| r.name.clone()))
                .collect();
            for e in entries.iter_mut().filter(|e| e.speakers.is_empty()) {
                if let Some((title, who)) = super::util::last_parenthesis(&e.title)
                    && title.split_whitespace().count() >= 2
                    && (2..=4).contains(&who.split_whitespace().count())
                    // (A name's shape, not two capitalised words: not
                    // `Kubernetes Networking (Deep Dive)`.)
                    && (matches!(names::shape(who), names::Shape::Person { .. })
                        || known.iter().any(|k| k == who.trim()))
                {
                    e.speakers = super::speakers::parse_speakers(who);
                    e.title = title.trim_end().to_string();
                }
            }
        }
        // `402 What’s New in Swift`, `212 What’s New in Foundation`: the
        // programme's session numbers before most titles of a list.
        let numbered = |t: &str| {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            (3..=4).contains(&digits)
                && t[digits..].starts_with(' ')
                && t[digits + 1..].starts_with(char::is_alphabetic)
        };
        if entries.len() >= 3
            && entries.iter().filter(|e| numbered(&e.title)).count() * 5 >= entries.len() * 4
        {
            for e in entries.iter_mut().filter(|e| numbered(&e.title)) {
                let digits = e.title.bytes().take_while(u8::is_ascii_digit).count();
                e.title = e.title[digits..].trim_start().to_string();
            }
        }
        for e in &mut entries {
            if let Some((title, year)) = super::util::last_parenthesis(&e.title)
                && !title.trim().is_empty()
                && super::util::is_year(year)
                // (Not inside the title's italics: `_Subiektywny przegląd
                // front-endów (2022)_`.)
                && !self.text.get(e.range.clone()).is_some_and(|t| {
                    t.contains(&format!("({year})_")) || t.contains(&format!("({year})*"))
                })
            {
                e.title = title.trim_end().to_string();
            }
        }
        entries
    }

    /// The first person named in the last parentheses of an item's line
    /// (`Title (Florian Effenberger und Carsten Book)`: `Florian
    /// Effenberger`), two to four words, in a file about an event; the
    /// title before them two words or more, or one that is no name
    /// (`Einführung`). Its words only, a linked item's too (`[CAcert
    /// (Joel Hatsch)](…pdf)`).
    fn paren_first_person(&self, line: &str) -> Option<String> {
        if !self.event_named {
            return None;
        }
        let plain = markers::plain_inline(line);
        let (title, who) = super::util::last_parenthesis(plain.trim())?;
        let title = title.trim();
        if !(title.split_whitespace().count() >= 2
            || (title.chars().count() >= 3 && !names::is_person(title, false)))
        {
            return None;
        }
        let first = super::speakers::first_of(who);
        (2..=4)
            .contains(&first.split_whitespace().count())
            .then(|| first.to_string())
    }

    /// `* Talk: [Tuning In with SDR & Python](…/schedule/presentation/66/)`
    /// beside `* lunch` in a diary's list: the items that say they are a
    /// talk (or a kind of session) and link to the talk's page, two or
    /// more.
    fn labelled_talk_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        let labelled: Vec<Entry> = items
            .iter()
            .filter(|r| {
                self.item_first_line(r)
                    .and_then(|line| line.split_once(": "))
                    .is_some_and(|(k, _)| {
                        let k = k.trim();
                        (headings::is_kind(k)
                            || ["talk", "session", "presentation"]
                                .iter()
                                .any(|w| k.eq_ignore_ascii_case(w)))
                            && self.links_in((*r).clone()).any(|l| is_talk_page(&l.dest))
                    })
            })
            .filter_map(|r| self.list_item(r.clone(), false))
            .collect();
        if labelled.len() >= 2 {
            labelled
        } else {
            Vec::new()
        }
    }

    /// Whether list item `r` starts with the first speaker of its entry
    /// `e`, then a dash (`[Ashley McNamara - My Journey to Go](…)`).
    fn starts_with_its_speaker(&self, e: &Entry, r: &Range<usize>) -> bool {
        [" - ", " – ", ": "]
            .iter()
            .any(|sep| self.starts_with_its_speaker_then(e, r, sep))
    }

    /// ... followed by `sep`.
    fn starts_with_its_speaker_then(&self, e: &Entry, r: &Range<usize>, sep: &str) -> bool {
        let Some(first) = e.speakers.first() else {
            return false;
        };
        let t = self.text.get(r.clone()).unwrap_or("");
        let t = markers::strip_list_marker(t.trim_start());
        // (After the meeting's date: `20241203: Name: Title`.)
        let t = super::days::after_leading_date(t).unwrap_or(t);
        let t = t.trim_start_matches(['[', '*', '_']);
        t.strip_prefix(first.name.as_str())
            .is_some_and(|rest| rest.starts_with(sep))
    }

    /// Whether a list item only says there is more (`...`, `many many
    /// more!`, `etc.`).
    fn is_filler_item(&self, r: &Range<usize>) -> bool {
        let Some(text) = self.text.get(r.clone()) else {
            return false;
        };
        let t = markers::strip_list_marker(text.trim()).trim();
        // (A filler is short and on one line: most items are neither.)
        if t.len() > 80 || t.contains('\n') {
            return false;
        }
        let t = t.to_lowercase();
        // (A meetup's date with no talk yet: `2017-06-29 - open slot`,
        // `2015-04-30: topic and speaker to be determined`, `TBA`.)
        let t = super::days::after_leading_date(&t).unwrap_or(&t);
        // (A break in a day's schedule: `~ 16:25 休息/礼物`, `12:30 Lunch`:
        // three words at most besides the times, one of them a break's.)
        if t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= 3
            && !t.contains("](")
            && t.split(|c: char| !c.is_alphanumeric())
                .any(|w| BREAKS.contains(&w) || super::section_words::is_meal(w))
        {
            return true;
        }
        // (A meetup's news or the evening's slides beside its talks: `*
        // [News](2017-10/News.md)`, `* [Slides](http://slides.com/…)`, a
        // link of one word and nothing else.)
        if let Some(inner) = t.strip_prefix('[')
            && let Some((label, rest)) = inner.split_once("](")
            && !label.contains(' ')
            && rest.ends_with(')')
            && !rest.contains(' ')
            && matches!(
                label,
                "news" | "slides" | "photos" | "pictures" | "agenda" | "announcement"
            )
        {
            return true;
        }
        let words = t.split_whitespace().count();
        !t.contains('\n')
            && (!t.chars().any(char::is_alphanumeric)
                // (`and many more!`, not `Yamila Moreno`.)
                || (words <= 5
                    && (t
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == "more")
                        || t.starts_with("etc")))
                || (words <= 6
                    && [
                        "open slot",
                        "tba",
                        "tbd",
                        "to be determined",
                        "to be announced",
                    ]
                    .iter()
                    .any(|p| t.trim_end_matches(['.', '!']).ends_with(p))))
    }

    /// Whether a heading of the file holds `title` (after its ordinal,
    /// before who gave it): a title of three words or more.
    fn heads_a_part(&self, title: &str) -> bool {
        let n = headings::norm(title);
        n.split(' ').count() >= 3 && self.heading_norms.iter().any(|h| h.contains(&n))
    }

    /// Whether the item is one link whose text is a heading of the file.
    fn is_toc_item(&self, r: &Range<usize>) -> bool {
        let Some(text) = self.text.get(r.clone()) else {
            return false;
        };
        // (Its first line only: the items nested under it are entries of
        // the table too.)
        let first_end = r.start + text.find('\n').unwrap_or(text.len());
        if self.heading_norms.is_empty() || self.links_in(r.start..first_end).nth(1).is_some() {
            return false;
        }
        let line = markers::strip_list_marker(text.lines().next().unwrap_or("")).trim();
        if !(line.starts_with('[') && line.ends_with(')')) {
            return false;
        }
        let norm = headings::norm(&markers::plain_inline(line));
        !norm.is_empty() && self.heading_norms.binary_search(&norm).is_ok()
    }
}

/// Breaks in a day's schedule, for [`FileParser::is_filler_item`].
/// An agenda's breaks besides its meals (`section_words::is_meal`).
const BREAKS: &[&str] = &["break", "coffee", "pause"];
