//! What the paragraph reading (`paragraphs.rs`) finds, before it becomes
//! a catalogue entry: [`Found`], a talk named by a paragraph line, with
//! its speakers, evidence and notes; the notes of a paragraph without its
//! `<br>` lines; the talks of a list of wiki links under a day; and
//! titles told as paragraphs of their own, each over a paragraph that is
//! only who gave it.

use std::ops::Range;

use crate::model::Link;

use super::blocks::Block;
use super::catalog::Entry;
use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// Whether the file's opening (its front matter and first lines)
    /// speaks of an event or its talks (`Bioinformatics Open Source
    /// Conference`, `Eventos de Pereira Tech Talks`): the weaker readings
    /// of paragraphs as talks apply only then (not to `Books I read in
    /// 2021`, `My favourite songs of 2019`).
    pub(super) fn opening_speaks_of_talks(&self) -> bool {
        if !self.event_named {
            return false;
        }
        let lower = super::util::head(self.text, 800).to_lowercase();
        [
            "conference",
            "conf ",
            "summit",
            "meetup",
            "talks",
            "symposium",
            "workshop",
            "sessions",
            "charlas",
            "eventos",
            "vorträge",
            "keynote",
            "devopsdays",
            "pycon",
            "kongress",
            "congress",
            "forum",
            "camp",
        ]
        .iter()
        .any(|w| lower.contains(w))
    }

    /// The recording embedded between `from` and the next paragraph or
    /// list (`next`, or `end`), when a video player is there.
    pub(super) fn player_after(
        &self,
        from: usize,
        next: Option<&Block>,
        end: usize,
    ) -> Option<String> {
        let to = match next {
            Some(Block::Paragraph(r) | Block::List(r)) => r.start,
            _ => end,
        };
        self.embeds_in(from..to)
            .into_iter()
            .map(|l| l.url)
            .find(|u| link_labels::is_video_url(u))
    }

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

/// The title a one-line paragraph over a player gives its talk: the line
/// without its full stop, when it reads as a title or a short sentence
/// (up to sixteen words), not a lead-in (`Watch it below:`) nor a key.
pub(super) fn caption_title(para: &str) -> Option<String> {
    let t = markers::plain_inline(para.trim());
    let t = t.trim().trim_end_matches('.').trim();
    let words = t.split_whitespace().count();
    ((2..=16).contains(&words)
        && !t.ends_with([':', ';', ',', '!', '?'])
        && !t.contains(". ")
        && markers::key_line(t).is_none())
    .then(|| t.to_string())
}

/// A talk's title as a paragraph of its own (wrapped over up to three
/// lines), then a paragraph that is only its speakers' names, the talk's
/// notes after them: `NETWORK READY RESEARCH: THE ROLE OF OPEN SOURCE`
/// / `Cameron Neylon` / …. Talks only when three or more pairs in a part
/// read so (one title over a name is as likely a caption), in a file
/// about an event (not a reading list's books over their authors, nor
/// quotes over who said them). Each pair's
/// title block, its name block, title and speakers.
pub(super) fn title_name_pairs(
    text: &str,
    blocks: &[Block],
) -> Vec<(usize, usize, String, Vec<SpeakerRef>)> {
    let para = |b: Option<&Block>| match b {
        Some(Block::Paragraph(r)) => text.get(r.clone()),
        _ => None,
    };
    let mut out = Vec::new();
    let mut known_names = 0;
    let mut i = 0;
    while i + 1 < blocks.len() {
        let pair = para(blocks.get(i))
            .zip(para(blocks.get(i + 1)))
            .and_then(|(t, n)| {
                let lines: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                let name = n.trim();
                if lines.is_empty() || lines.len() > 3 || name.contains('\n') {
                    return None;
                }
                let joined = lines.join(" ");
                let title = super::paragraph_lines::title_line(&joined)?;
                // (Two words or more, and no person's name itself.)
                if title.split_whitespace().count() < 2
                    || super::paragraph_lines::person_line(title).is_some()
                {
                    return None;
                }
                // (A name whose given name is known, or else one of a
                // person's shape: `Anup Mahurkar`, counted apart.)
                let (refs, known) = match super::paragraph_lines::person_line(name) {
                    Some(refs) => (refs, true),
                    None => (loose_person_line(name)?, false),
                };
                Some((markers::plain_inline(title).trim().to_string(), refs, known))
            });
        match pair {
            Some((title, refs, known)) => {
                known_names += usize::from(known);
                out.push((i, i + 1, title, refs));
                i += 2;
            }
            None => i += 1,
        }
    }
    // (Three pairs or more, and the names of half of them or more known;
    // not when a name comes first, `Name` / `Title` / `Name` / `Title`:
    // each name goes with the title after it, another layout.)
    let name_first = out.first().is_some_and(|&(t, ..)| {
        t > 0
            && para(blocks.get(t - 1))
                .is_some_and(|p| super::paragraph_lines::person_line(p.trim()).is_some())
    });
    if known_names < 3 || known_names * 2 < out.len() || name_first {
        out.clear();
    }
    out
}

/// A line that is only one or two names of a person's shape, whether or
/// not their given names are known (`Anup Mahurkar`), or two to four
/// capitalised words that may be one (`Stian Soiland-Reyes`): beside
/// pairs whose names are known.
fn loose_person_line(line: &str) -> Option<Vec<SpeakerRef>> {
    let t = line.trim();
    if t.len() > 60 || t.contains(['.', ':', '(', '[', '`', ',']) {
        return None;
    }
    let refs = super::speaker_lines::speaker_line(t, super::speaker_lines::Position::First)?;
    (refs.len() <= 2
        && refs.iter().all(|r| {
            let words = r.name.split_whitespace().count();
            r.org.is_none()
                && (2..=4).contains(&words)
                && matches!(
                    super::names::shape(&r.name),
                    super::names::Shape::Person { .. } | super::names::Shape::Capitalised
                )
        }))
    .then_some(refs)
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
