//! Catalogue lines: a paragraph whose lines are each a link to a talk's
//! video and nothing else, broken by hard breaks (`[Replicated Redux by
//! Jim Purbrick - React Europe 2018](https://www.youtube.com/…)` and two
//! spaces, then the next): each line is a talk, read as a list's item.

use std::ops::Range;

use super::file::FileParser;
use super::headings;
use super::link_labels;

impl FileParser<'_> {
    /// The lines of the paragraphs starting in `range` that are three
    /// lines or more, each a person and a title set apart by a spaced dash
    /// (`Nicolas Fränkel - _Cargo Culting and Memes in Java_`, a day's
    /// picks written without list markers): read as a list's items.
    pub(super) fn dashed_lines(&self, range: &Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let Some(text) = self.text.get(range.clone()) else {
            return out;
        };
        // (Most parts have no spaced dash at all: one search each.)
        let b = text.as_bytes();
        if memchr::memmem::find(b, b" - ").is_none()
            && memchr::memmem::find(b, " – ".as_bytes()).is_none()
            && memchr::memmem::find(b, " — ".as_bytes()).is_none()
        {
            return out;
        }
        // (Only where the part or the line before says these are talks:
        // under a day, a track or a heading naming talks, or after a line
        // that speaks of talks; not a playlist, `Bob Dylan - Like a
        // Rolling Stone`, nor a potluck, `Jane Doe - pasta salad`.)
        let heading_says = {
            let k = self
                .scan
                .headings
                .partition_point(|h| h.range.start < range.start);
            k.checked_sub(1)
                .and_then(|k| self.scan.headings.get(k))
                .is_some_and(|h| {
                    headings::names_talk_list(&h.norm)
                        || headings::container_of(&h.text, &h.norm).is_some()
                })
        };
        let talky = |l: &str| {
            let lower = l.to_lowercase();
            [
                "talk",
                "session",
                "selection",
                "keynote",
                "presentation",
                "speaker",
                "vortr",
                "charla",
                "palestra",
                "conférence",
                "доклад",
                "発表",
                "講演",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        let mut para: Vec<Range<usize>> = Vec::new();
        let mut all = true;
        let mut lead_in_seen = false;
        let mut lead_talky = false;
        let mut pos = range.start;
        let mut flush = |para: &mut Vec<Range<usize>>, all: &mut bool, lead_talky: bool| {
            if *all && para.len() >= 3 && (heading_says || lead_talky) {
                out.append(para);
            }
            para.clear();
            *all = true;
        };
        for line in text.split_inclusive('\n') {
            let start = pos;
            pos += line.len();
            let t = line.trim();
            if t.is_empty() {
                flush(&mut para, &mut all, lead_talky);
                lead_in_seen = false;
                lead_talky = false;
                continue;
            }
            let t = t.trim_end_matches('\\').trim_end();
            let lead = line.len() - line.trim_start().len();
            // (A line of prose, a heading, a list's item or a table's row
            // ends the run: only plain lines, each with its dash early.)
            // (A title after the dash: two words or more, capitalised or
            // emphasised.)
            // (Once a line of the paragraph is no such line, the rest
            // are not looked at.)
            let dashed = (all || para.is_empty())
                && [" - ", " – ", " — "].iter().any(|d| {
                    t.find(d).is_some_and(|k| {
                        let who = t[..k].trim_matches(['*', '_']);
                        let what = t[k + d.len()..].trim();
                        (2..=4).contains(&who.split_whitespace().count())
                            && super::names::is_person(who, true)
                            && what.split_whitespace().count() >= 2
                            && what.starts_with(|c: char| {
                                c.is_uppercase() || matches!(c, '_' | '*' | '"' | '“')
                            })
                    })
                });
            // (`… My selection was:`, `And now for some talks.` leading
            // into them on the paragraph's first line: no talk of its own.)
            if para.is_empty() && !dashed && !lead_in_seen {
                lead_in_seen = true;
                lead_talky = talky(t);
                continue;
            }
            all = all
                && dashed
                && t.len() <= 200
                && !t.starts_with(['#', '|', '-', '*', '+', '>'])
                && !line.starts_with("    ")
                && !self.scan.protected.iter().any(|p| p.contains(&start));
            para.push(start + lead..start + lead + t.len());
        }
        flush(&mut para, &mut all, lead_talky);
        out
    }

    /// The lines of the paragraphs starting in `range` whose lines, two or
    /// more, are each only a link to a video.
    pub(super) fn video_link_lines(&self, range: &Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let Some(text) = self.text.get(range.clone()) else {
            return out;
        };
        // (A part with no Markdown link has no such line: nothing to read.)
        if memchr::memmem::find(text.as_bytes(), b"](").is_none() {
            return out;
        }
        let mut para: Vec<Range<usize>> = Vec::new();
        let mut all_links = true;
        // (Lines that are a link but not to a video, `[Title (Name)]()`
        // left empty: up to half of them, the others videos.)
        let mut other_links = 0usize;
        let mut pos = range.start;
        let mut flush = |para: &mut Vec<Range<usize>>, all: &mut bool, other: &mut usize| {
            if *all && para.len() >= 2 && *other * 2 <= para.len() {
                out.append(para);
            }
            para.clear();
            *all = true;
            *other = 0;
        };
        for line in text.split_inclusive('\n') {
            let start = pos;
            pos += line.len();
            let t = line.trim();
            if t.is_empty() {
                flush(&mut para, &mut all_links, &mut other_links);
                continue;
            }
            let t = t.trim_end_matches('\\').trim_end();
            let lead = line.len() - line.trim_start().len();
            let video = super::paragraph_lines::video_link_line(t).is_some();
            let link_alone = t.starts_with('[') && t.ends_with(')') && t.contains("](");
            other_links += usize::from(!video && link_alone);
            all_links = all_links
                && !line.starts_with("    ")
                && (video || link_alone)
                && !self.scan.protected.iter().any(|p| p.contains(&start));
            para.push(start + lead..start + lead + t.len());
        }
        flush(&mut para, &mut all_links, &mut other_links);
        // (`[Watch the recording](…)` lines are labels, not talks.)
        out.retain(|r| {
            self.text
                .get(r.clone())
                .and_then(super::paragraph_lines::video_link_line)
                .is_some_and(|(title, _)| {
                    link_labels::label_of_text(&title).is_none()
                        && !link_labels::is_recording_label(&title)
                })
        });
        out
    }
}
