//! What the paragraph reading (`paragraphs.rs`) finds, before it becomes
//! a catalogue entry: [`Found`], a talk named by a paragraph line, with
//! its speakers, evidence and notes; the notes of a paragraph without its
//! `<br>` lines; and the talks of a list of wiki links under a day.

use std::ops::Range;

use crate::model::Link;

use super::catalog::Entry;
use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// The talks of a list whose items are each only a wiki link to a
    /// page of notes (`- [[Fuzzing in go]]`): none unless all are.
    pub(super) fn wiki_items(&self, list: Range<usize>) -> Vec<Entry> {
        let Some(text) = self.text.get(list.clone()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut at = list.start;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            let item = markers::strip_list_marker(t);
            let Some(inner) = item
                .strip_prefix("[[")
                .and_then(|x| x.strip_suffix("]]"))
                .filter(|x| !x.contains(['[', ']']) && !x.trim().is_empty())
            else {
                return Vec::new();
            };
            let title = markers::unwrap_wiki(&format!("[[{inner}]]"))
                .trim()
                .to_string();
            out.push(Entry {
                title,
                range: start..start + line.trim_end().len(),
                what: "wiki link",
                ..Entry::default()
            });
        }
        out
    }
}

/// The lines of a paragraph as notes, without its `<br>` lines.
pub(super) fn notes_between_breaks<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    lines
        .filter(|l| !super::scan::is_br(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A talk found by a paragraph line.
pub(super) struct Found {
    pub(super) block: usize,
    pub(super) title: String,
    pub(super) speakers: Vec<SpeakerRef>,
    /// A speaker line under the title line: a talk by itself.
    pub(super) strong: bool,
    pub(super) recording: Option<String>,
    /// Another link of the talk (its page on the event's site).
    pub(super) link: Option<Link>,
    /// The rest of its own paragraph.
    pub(super) notes: String,
}

impl Found {
    /// A talk its line names with who gave it, linking to its recording
    /// (a video's address) or else to a page labelled `label`.
    pub(super) fn linked(
        block: usize,
        title: String,
        speakers: Vec<SpeakerRef>,
        url: String,
        label: &str,
        notes: String,
    ) -> Found {
        let video = link_labels::is_video_url(&url);
        let (recording, link) = if video {
            (Some(url), None)
        } else {
            (
                None,
                Some(Link {
                    label: label.into(),
                    url,
                }),
            )
        };
        Found {
            block,
            title,
            speakers,
            strong: true,
            recording,
            link,
            notes,
        }
    }

    /// A talk its line names with who gave it, and nothing more.
    pub(super) fn named(
        block: usize,
        title: String,
        speakers: Vec<SpeakerRef>,
        notes: String,
    ) -> Found {
        Found {
            block,
            title,
            speakers,
            strong: true,
            recording: None,
            link: None,
            notes,
        }
    }
}
