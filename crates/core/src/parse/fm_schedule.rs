//! A front matter that lists an evening's talks (a meetup site's page
//! whose body is empty or a few words): `schedule:`, `talks:`,
//! `sessions:`, `agenda:` or `program:`, a list of mappings each with a
//! `title` and its `speakers` (a list of names or mappings, as a one-talk
//! file's). The items that name speakers are the talks; the others (doors
//! open, welcome, pizza) are the evening's programme. Or `speakers:`, a
//! list of people each with their talk's title.

use crate::frontmatter::{FrontMatter, Value};

use super::builder::FileOut;
use super::file::FileParser;
use super::session_file::{SPEAKER_KEYS, speaker_of, unslug};
use super::speakers::{SpeakerRef, parse_speakers_plural};
use crate::model::OutlineItem;

/// Keys of such a list.
const LIST_KEYS: &[&str] = &[
    "schedule",
    "talks",
    "sessions",
    "agenda",
    "program",
    "programme",
];

/// One talk the front matter lists.
pub(super) struct Listed {
    title: String,
    speakers: Vec<SpeakerRef>,
    /// Its `description` (or `abstract`), as the session's notes.
    notes: String,
    /// The line of the list's key.
    line: u32,
}

/// `speakers:` as a list of mappings each naming a person and their
/// talk (`- title: Mythbusting around GraphQL` / `name: Uri Goldshtein`),
/// two or more, most named again in `body` (the page's text): the
/// evening's talks, not the page's speakers. (A `title` that is a job,
/// `Staff Engineer`, names no talk.)
pub(super) fn speakers_with_talks(fm: &FrontMatter, body: &str) -> Vec<Listed> {
    let Some(e) = fm.get(&["speakers", "presenters"]) else {
        return Vec::new();
    };
    let Value::List(items) = &e.value else {
        return Vec::new();
    };
    let talks: Vec<Listed> = items
        .iter()
        .filter_map(|item| {
            // (A person named: `get_str` gives no blank name.)
            item.get_str(&["name"])?;
            let title = item.get_str(&["talk", "talk_title", "topic", "title"])?;
            (title.split_whitespace().count() >= 2
                && !super::orgs_and_jobs::is_job_title(title)
                && !super::orgs_and_jobs::is_role(title))
            .then(|| Listed {
                title: title.to_string(),
                speakers: speaker_of(item).into_iter().collect(),
                notes: item
                    .get_str(&["description", "abstract", "summary"])
                    .unwrap_or("")
                    .to_string(),
                line: e.line,
            })
            .filter(|l| !l.speakers.is_empty())
        })
        .collect();
    // (The body names most of the talks again, in its schedule: not
    // `title: Java Champion`, `title: Maintainer of Rails`, honours.)
    let told = talks
        .iter()
        .filter(|t| body.contains(t.title.as_str()))
        .count();
    if talks.len() >= 2 && talks.len() == items.len() && told * 2 >= talks.len() {
        talks
    } else {
        Vec::new()
    }
}

/// The talks the front matter lists.
pub(super) fn scheduled_talks(fm: &FrontMatter, body: &str) -> Vec<Listed> {
    let Some(e) = fm.get(LIST_KEYS) else {
        return speakers_with_talks(fm, body);
    };
    let Value::List(items) = &e.value else {
        return Vec::new();
    };
    let talks: Vec<_> = items
        .iter()
        .filter_map(|item| {
            let title = item
                .get_str(&["title", "name", "talk", "topic"])?
                .to_string();
            let speakers: Vec<SpeakerRef> = match SPEAKER_KEYS.iter().find_map(|k| item.get(k)) {
                Some(Value::Str(s)) => parse_speakers_plural(&unslug(s)),
                Some(Value::List(v)) => v.iter().filter_map(speaker_of).collect(),
                Some(v @ Value::Map(_)) => speaker_of(v).into_iter().collect(),
                _ => Vec::new(),
            };
            let notes = item
                .get_str(&["description", "abstract", "summary"])
                .unwrap_or("")
                .to_string();
            (!speakers.is_empty()).then_some(Listed {
                title,
                speakers,
                notes,
                line: e.line,
            })
        })
        .collect();
    // (Two or more: one is as often the page's own talk.)
    if talks.len() >= 2 { talks } else { Vec::new() }
}

impl Listed {
    /// The talk's title.
    pub(super) fn title(&self) -> &str {
        &self.title
    }
}

impl FileParser<'_> {
    /// The listed talks added to a file read as an event's page.
    pub(super) fn add_scheduled_talks(&mut self, talks: Vec<Listed>, out: &mut FileOut) {
        for Listed {
            title,
            speakers,
            notes,
            line,
        } in talks
        {
            self.explain.push(OutlineItem {
                line,
                depth: 0,
                what: "front matter item",
                text: title.clone(),
                role: "session",
                why: "an item of the front matter's `schedule` (or `talks`, `sessions`, `agenda`) with a title and its speakers".into(),
            });
            let s = self.draft(title, speakers, Vec::new(), Vec::new(), notes, line, |_| {});
            out.sessions.push(s);
        }
    }
}
