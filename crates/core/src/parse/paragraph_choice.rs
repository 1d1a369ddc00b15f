//! Which of the talks a part's paragraph lines may name are talks, for
//! [`super::paragraphs`]: each reading (bold titles, videos alone, lines
//! over players, titles over names, wiki links under days) counts only
//! when the part has enough of it, and each talk found gets its notes:
//! the blocks up to the next one.

use std::ops::Range;

use crate::model::Link;

use super::blocks::Block;
use super::catalog::Entry;
use super::file::FileParser;
use super::markers;
use super::paragraph_found::Found;
use super::speaker_keys;
use super::speaker_lines::{self, Position};
use super::speakers::SpeakerRef;

/// What the paragraph lines of a part were read as, before choosing.
#[derive(Default)]
pub(super) struct Readings {
    /// Lines with a speaker line or their notes as a list under them.
    pub(super) found: Vec<Found>,
    /// `**"Title" by Name**` and other bold titles over their notes.
    pub(super) bold: Vec<Found>,
    /// A speaker line over a title line over notes.
    pub(super) named_first: Vec<Found>,
    /// A paragraph that is only a link to a video.
    pub(super) video_alone: Vec<Found>,
    /// A title line over the bare address of its video.
    pub(super) over_video: Vec<Found>,
    /// The bold titles whose byline comes after their abstract (blocks).
    pub(super) far_bylines: Vec<usize>,
    /// `Title by Name` alone on its line.
    pub(super) plain_by: Vec<Found>,
    /// A bold title alone over its notes (`**Make an Event of it!**`): a
    /// talk beside two or more bold titles with their recordings.
    pub(super) lone_bold: Vec<Found>,
    /// A one-line paragraph right over an embedded player.
    pub(super) captioned: Vec<Found>,
    /// `[Title](page)` over `_By Name_`: talks when two or more (one is as
    /// likely a post's `[Photo](…)` over `_By Jane Doe_`).
    pub(super) linked_by: Vec<Found>,
    /// `[**Title**](slides) Mar 27, 2019`: talks of a speaker's list,
    /// where the part or the file has two or more.
    pub(super) dated: Vec<Found>,
    /// `Title – Name` alone on its line over paragraphs of notes: talks
    /// where the part has three or more.
    pub(super) dashed: Vec<Found>,
    /// Talks listed as wiki links under days.
    pub(super) wiki: Vec<Entry>,
    /// The days those wiki links were under.
    pub(super) days: usize,
}

impl FileParser<'_> {
    /// The talks of a part from its readings (see the module
    /// documentation); `pairs` are titles over their speakers' names
    /// (`paragraph_found::title_name_pairs`).
    pub(super) fn choose_paragraph_talks(
        &self,
        readings: Readings,
        blocks: &[Block],
        range: &Range<usize>,
        strong_only: bool,
        pairs: &[(usize, usize, String, Vec<SpeakerRef>)],
    ) -> Vec<Entry> {
        let Readings {
            mut found,
            mut bold,
            named_first,
            mut video_alone,
            mut over_video,
            far_bylines,
            mut plain_by,
            mut lone_bold,
            mut captioned,
            mut linked_by,
            mut dated,
            mut dashed,
            mut wiki,
            days,
        } = readings;
        if linked_by.len() >= 2 {
            bold.append(&mut linked_by);
            crate::order::sort_by(&mut bold, &|a, b| a.block.cmp(&b.block));
        }
        // The player embedded after each bold line, before the next one.
        for k in 0..bold.len() {
            let Block::Paragraph(r) = &blocks[bold[k].block] else {
                continue;
            };
            let end = match bold.get(k + 1).map(|b| &blocks[b.block]) {
                Some(Block::Paragraph(next)) => next.start,
                _ => range.end,
            };
            if bold[k].recording.is_none() {
                bold[k].recording = self
                    .embeds_in(r.start..end)
                    .into_iter()
                    .next()
                    .map(|l| l.url);
            }
        }
        // Each video alone: who gave it from a speaker line in the blocks
        // up to the next one (`Speaker(s): Christopher Haas, Zef
        // Delgadillo`).
        if video_alone.len() >= 2 {
            for k in 0..video_alone.len() {
                let end = video_alone.get(k + 1).map_or(blocks.len(), |v| v.block);
                video_alone[k].speakers = blocks[video_alone[k].block + 1..end]
                    .iter()
                    .filter_map(|b| match b {
                        Block::Paragraph(r) => self.text.get(r.clone()),
                        _ => None,
                    })
                    .flat_map(str::lines)
                    .find_map(|l| {
                        let key = markers::key_line(l);
                        key.as_ref()
                            .is_some_and(|(k, _)| speaker_keys::is_speaker_key(&k.to_lowercase()))
                            .then(|| {
                                speaker_lines::speaker_line_keyed(l, key.as_ref(), Position::First)
                            })
                            .flatten()
                    })
                    .unwrap_or_default();
            }
            // Half of them name who gave them, or the text before them
            // speaks of talks (`Here are some of the sessions I attended:`);
            // where the part is not known to hold talks, each names its
            // speakers. (Not a playlist of music videos.)
            let named = video_alone
                .iter()
                .filter(|v| !v.speakers.is_empty())
                .count();
            let first_block = video_alone.first().map_or(0, |v| v.block);
            let said = blocks[..first_block].iter().any(|b| match b {
                Block::Paragraph(r) => self
                    .text
                    .get(r.clone())
                    .is_some_and(super::notes_evidence::talk_words),
                _ => false,
            });
            let enough = if strong_only {
                named == video_alone.len()
            } else {
                named * 2 >= video_alone.len() || said
            };
            if enough {
                found.append(&mut video_alone);
            }
        }
        if strong_only && far_bylines.len() < 3 {
            bold.retain(|b| !far_bylines.contains(&b.block));
        }
        // (One is enough where only strong lines are read, when it opens
        // the part.)
        if bold.len() >= 2 {
            bold.append(&mut plain_by);
        }
        // (Where a third of the bold titles or more came with their
        // recordings.)
        let with_media = bold.iter().filter(|b| b.recording.is_some()).count();
        if with_media >= 2 && with_media * 3 >= bold.len() + lone_bold.len() {
            bold.append(&mut lone_bold);
        }
        if bold.len() >= 2
            || bold.iter().any(|b| b.recording.is_some())
            || (strong_only && bold.first().is_some_and(|b| b.block == 0))
        {
            found.extend(bold);
        }
        // (One in a part, under a year, where the file lists more.)
        if dated.len() >= 2
            || (!dated.is_empty()
                && self
                    .text
                    .lines()
                    .filter(|l| l.starts_with(['[', '*']))
                    .filter(|l| super::paragraph_lines::dated_bold_link(l).is_some())
                    .nth(2)
                    .is_some())
        {
            found.append(&mut dated);
        }
        // (Under a line that says so: `I attended the following sessions
        // at DDD:`; not quotes and who said them, action items and their
        // owners.)
        let introduced = dashed.first().is_some_and(|d| {
            d.block > 0
                && matches!(&blocks[d.block - 1], Block::Paragraph(r)
                    if self.text.get(r.clone()).is_some_and(|t| {
                        let t = t.trim().to_lowercase();
                        t.ends_with(':')
                            && ["talk", "session", "presentation", "keynote", "lecture", "charla", "vortr"]
                                .iter()
                                .any(|w| t.contains(w))
                    }))
        });
        if dashed.len() >= 3 && found.is_empty() && introduced {
            found.append(&mut dashed);
        }
        if over_video.len() >= 2 {
            found.append(&mut over_video);
        }
        if named_first.len() >= 3 {
            found.extend(named_first);
        }
        // (Not beside talks found otherwise: there a line over a player
        // is a talk's own caption, `Chris wrote the algorithm in Clojure`.)
        if captioned.len() >= 2 && found.is_empty() {
            found.append(&mut captioned);
        }
        found.extend(pairs.iter().map(|(title, _, t, refs)| {
            Found::named(*title, t.clone(), refs.clone(), String::new())
        }));
        crate::order::sort_by(&mut found, &|a, b| a.block.cmp(&b.block));
        if strong_only {
            found.retain(|f| f.strong);
        }
        // (Two days or more of them, or one with three talks or more.)
        if days < 2 && wiki.len() < 3 {
            wiki.clear();
        }
        let with_lists = found.iter().filter(|f| !f.strong).count();
        if !found.iter().any(|f| f.strong) && with_lists < 2 {
            return wiki;
        }
        let mut out = Vec::with_capacity(found.len());
        for (k, f) in found.iter().enumerate() {
            let Block::Paragraph(r) = &blocks[f.block] else {
                continue;
            };
            // Its notes: its own, then what follows, up to the next talk.
            let end_block = found.get(k + 1).map_or(blocks.len(), |g| g.block);
            let mut notes: Vec<&str> = vec![f.notes.as_str()];
            notes.extend(
                blocks[f.block + 1..end_block]
                    .iter()
                    .enumerate()
                    // (Not the paragraph of a title's speakers.)
                    .filter(|(j, _)| !pairs.iter().any(|p| p.1 == f.block + 1 + j))
                    .filter_map(|(_, b)| match b {
                        Block::Paragraph(r) | Block::List(r) => Some(self.text[r.clone()].trim()),
                        Block::Other => None,
                    }),
            );
            notes.retain(|n| !n.is_empty());
            out.push(Entry {
                title: f.title.clone(),
                speakers: f.speakers.clone(),
                links: f
                    .recording
                    .iter()
                    .map(|url| Link {
                        label: "Recording".into(),
                        url: url.clone(),
                    })
                    .chain(f.link.clone())
                    .collect(),
                notes: notes.join("\n\n"),
                range: r.clone(),
                what: "paragraph",
                ..Entry::default()
            });
        }
        if !wiki.is_empty() {
            out.append(&mut wiki);
            crate::order::sort_by(&mut out, &|a, b| a.range.start.cmp(&b.range.start));
        }
        out
    }
}
