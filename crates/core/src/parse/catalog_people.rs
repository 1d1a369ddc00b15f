//! Catalogue lists told by person: an item names who spoke (their name,
//! often a link to their profile, even in raw HTML) and the items nested
//! in it are that person's talks (`- February 2026` / `- <a href="…">Adrien
//! Haxaire</a>` / `- Lightning talk: Book presentation of Enshittification
//! by Cory Doctorow`): a meetup's page of past talks.

use std::ops::Range;

use super::catalog::Entry;
use super::decorations::is_kind;
use super::file::FileParser;
use super::markers;
use super::names;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// The talks of the lists that start in `range` whose items (or their
    /// nested items, under a month or a year) are people over one to three
    /// titles each: three such people or more, and most of the items at
    /// their level.
    pub(super) fn people_over_talks(&self, range: &Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(range) {
            // The people are the items, or the items one level down (each
            // read once: who, and the ranges of their titles).
            let mut level: Vec<Option<Person>> = Vec::new();
            for x in items.iter() {
                match self.person_item(&x.range) {
                    Some(p) => level.push(Some(p)),
                    None => level.extend(x.sub_items.iter().map(|r| self.person_item(r))),
                }
            }
            let mut found = Vec::new();
            let mut people = 0usize;
            // (Some may be named without a link, `- Mark Dean` beside `-
            // [Doug Finke](https://twitter.com/dfinke)`: a known name, in a
            // list where most people are linked.)
            let linked = level.iter().flatten().filter(|p| p.linked).count();
            for Person {
                who: person,
                titles,
                ..
            } in level.iter().flatten()
            {
                people += 1;
                for t in titles {
                    let line = self.text.get(t.clone()).unwrap_or("");
                    let text = markers::plain_inline(markers::strip_list_marker(line.trim()));
                    let text = text.trim();
                    let (kind, title) = match text.split_once(": ") {
                        Some((k, rest)) if is_kind(k) && !rest.trim().is_empty() => {
                            (Some(k.to_string()), rest.trim())
                        }
                        _ => (None, text),
                    };
                    found.push(Entry {
                        title: title.to_string(),
                        speakers: vec![person.clone()],
                        range: t.clone(),
                        kind,
                        what: "person's talk",
                        ..Entry::default()
                    });
                }
            }
            if people >= 3
                && people * 3 >= level.len() * 2
                && (linked == people || (self.event_named && linked * 2 >= people))
            {
                out.extend(found);
            }
        }
        out
    }

    /// A list item whose first line is only a person's name (plain, a
    /// link, or a raw HTML link), and whose other lines are one to three
    /// nested items of one line each, of two to twenty-five words: the
    /// person and those lines.
    fn person_item(&self, r: &Range<usize>) -> Option<Person> {
        let text = self.text.get(r.clone())?;
        let mut lines = text.split_inclusive('\n');
        let first = lines.next()?;
        let mut titles = Vec::new();
        let mut at = r.start + first.len();
        for l in lines {
            let start = at;
            at += l.len();
            let t = l.trim();
            if t.is_empty() {
                continue;
            }
            let item = markers::strip_list_marker(t);
            if item.len() == t.len()
                || !l.starts_with(' ')
                || !(2..=25).contains(&item.split_whitespace().count())
            {
                return None;
            }
            titles.push(start..start + l.trim_end().len());
        }
        if !(1..=3).contains(&titles.len()) {
            return None;
        }
        // (A title starts with a capital, a digit or a caseless letter,
        // and the person is linked to their profile, or most people of the
        // list are (see `people_over_talks`): not a team's chores under
        // their names.)
        let linked = first
            .split(['"', '(', ')', '\''])
            .any(|u| u.starts_with("http") && names::is_profile_url(u));
        if !titles.iter().all(|t| {
            self.text
                .get(t.clone())
                .map(|l| markers::strip_list_marker(l.trim()))
                .and_then(|l| l.chars().next())
                .is_some_and(|c| !c.is_lowercase())
        }) {
            return None;
        }
        let bare = super::util::without_tags(markers::strip_list_marker(first.trim()));
        let name = markers::plain_inline(&bare);
        let name = name.trim();
        if !(2..=5).contains(&name.split_whitespace().count())
            || !names::is_person(name, linked)
            || (!linked && (name.contains(['[', '<']) || bare.contains("](")))
        {
            return None;
        }
        Some(Person {
            who: SpeakerRef {
                name: name.to_string(),
                org: None,
                handle: false,
            },
            titles,
            linked,
        })
    }
}

/// A list item that names a person over their talks (see
/// `person_item`).
struct Person {
    who: SpeakerRef,
    /// The ranges of the talks' lines.
    titles: Vec<Range<usize>>,
    /// Whether the name links to the person's profile (else it is a name
    /// of a known shape).
    linked: bool,
}

impl FileParser<'_> {
    /// `* AppSec` over `    * Listen to the Whispers: Web Timing Attacks
    /// that Actually Work`, `* CloudSec` over …: a list of tracks or
    /// topics, each a short label (one to four words, no link) over two or
    /// more nested items that are bare titles (two to twenty-five words, a
    /// capital or a digit first, no sentence's end, most in title case).
    /// Each nested item is a talk; two such labels or more, and most of
    /// the list's items.
    pub(super) fn tracks_over_titles(&self, range: &Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(range) {
            let mut found = Vec::new();
            let mut tracks = 0usize;
            for x in items.iter() {
                let Some(first) = self
                    .text
                    .get(x.range.clone())
                    .and_then(|t| t.lines().next())
                else {
                    continue;
                };
                let label = markers::strip_list_marker(first.trim());
                let short = (1..=4).contains(&label.split_whitespace().count())
                    && label.len() <= 40
                    && !label.contains(['[', '(', ':', '.', ','])
                    && self.links_in(x.range.clone()).next().is_none();
                if !short || x.sub_items.len() < 2 {
                    continue;
                }
                let titles: Vec<Entry> = x
                    .sub_items
                    .iter()
                    .filter_map(|r| {
                        let line = self.text.get(r.clone())?.lines().next()?;
                        let t = markers::plain_inline(markers::strip_list_marker(line.trim()));
                        let t = t.trim();
                        ((2..=25).contains(&t.split_whitespace().count())
                            && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            && !t.ends_with(['.', ':', ';', ',']))
                        .then(|| Entry {
                            title: t.to_string(),
                            range: r.clone(),
                            what: "bare title",
                            ..Entry::default()
                        })
                    })
                    .collect();
                // (Titles in title case, most of them: not an outline of
                // one talk's notes, `* Kaniko` over `* Builds images in
                // environments that can't run a Docker daemon`.)
                let cased = titles
                    .iter()
                    .filter(|e| super::util::title_cased(&e.title) && e.title.contains(' '))
                    .count();
                if titles.len() * 5 >= x.sub_items.len() * 4 && cased * 3 >= titles.len() * 2 {
                    tracks += 1;
                    found.extend(titles);
                }
            }
            if tracks >= 2 && tracks * 3 >= items.len() * 2 {
                out.extend(found);
            }
        }
        out
    }
}
