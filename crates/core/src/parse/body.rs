//! The line pass over a session's notes: speaker and tag lines, labelled
//! links, hashtags.

use std::ops::Range;

use crate::model::Link;
use crate::order;
use crate::render::{UrlKind, classify_url};

use super::file::*;
use super::link_labels;
use super::markers;
use super::scan_records;
use super::speaker_keys;
use super::speaker_lines;

use super::speakers::SpeakerRef;
use super::util::*;

/// What the line pass found in a session's notes.
#[derive(Debug, Default)]
pub(super) struct Body {
    pub(super) markdown: String,
    pub(super) speakers: Vec<SpeakerRef>,
    pub(super) explicit: Vec<String>,
    pub(super) links: Vec<Link>,
    /// A `Topic:` / `Title:` line near the top: the talk's title when the
    /// heading only names a slot (`Talk 1`, `Keynote-Speaker`).
    pub(super) title: Option<String>,
    /// Whether that line is the first under the heading: the heading
    /// then names where or when the talk was (`Tầng 26 | Academic` over
    /// `**Chủ đề:** GenAI Kitchen Recipe Recommendation System`).
    pub(super) title_first: bool,
    /// The first line, when it is only bold text (`**2030년에는 …**`):
    /// the talk's title under a heading that only names its time slot.
    pub(super) bold_first: Option<String>,
    /// The names among `speakers` guessed from list items below the first
    /// line (`+ Zoey Tomster` among a keynote's bullet points): dropped
    /// when the heading names its speakers.
    pub(super) guessed_items: Vec<String>,
}

impl<'a> FileParser<'a> {
    /// The line pass over a session's notes: speaker and tag lines and
    /// lines that are only labelled links are taken out of the Markdown;
    /// labelled links, hashtags and wiki links are collected. `heuristics`:
    /// the first line may be a guessed speaker line (right under a heading).
    pub(super) fn body(&self, range: Range<usize>, heuristics: bool) -> Body {
        let text = self.text;
        let mut out = Body::default();
        let mut md = String::with_capacity(range.len());
        let links = starting_in(&self.scan.links, |l| l.range.start, &range);
        let prot = &self.scan.protected;
        let mut pi = prot.partition_point(|p| p.end <= range.start);
        let mut li = 0;
        // Non-blank lines seen, for the guessed speaker lines; and whether
        // a `Speakers` label opened a list of names.
        let mut seen = 0usize;
        // Photos over the first line of text.
        let mut photos = 0usize;
        let mut guessed = false;
        // Whether the last non-blank line was a speaker line.
        let mut last_was_speaker = false;
        let mut after_sub = false;
        let mut attendees = false;
        // Under a `### Presenter` sub-heading, each paragraph opens with
        // the name of whom it is about; and whether the line before was
        // blank (a paragraph starts).
        let mut bio_open = false;
        let mut prev_blank = true;
        let mut label_open = false;
        let mut found: Vec<(usize, Link)> = Vec::new();
        if heuristics && let Some(sp) = self.speaker_table_at(&range) {
            out.speakers.extend(sp);
        }
        let mut pos = range.start;
        while pos < range.end {
            let end = line_end(text, pos, range.end);
            let next = (end + 1).min(range.end);
            let line = markers::strip_br_end(&text[pos..end]);
            while pi < prot.len() && prot[pi].end <= pos {
                pi += 1;
            }
            let protected = pi < prot.len() && prot[pi].start <= pos;
            let l0 = li;
            while li < links.len() && links[li].range.start < end.max(pos + 1) {
                li += 1;
            }
            let line_links = &links[l0..li];
            let mut remove = false;
            let mut speaker_now = false;
            // (`@Metadata {` … `}`: a documentation tool's directives are
            // no lines of the notes' text.)
            let blank = line.trim().is_empty() || markers::is_directive_line(line);
            // (Past photos: `![Photo05](…)` over `**Title**`.)
            let photo = markers::is_photo_line(line.trim());
            if photo && seen == 0 {
                photos += 1;
            }
            if !protected && !blank && !photo && seen == photos && out.bold_first.is_none() {
                out.bold_first = super::paragraph_lines::whole_bold(line.trim())
                    .map(|b| markers::plain_inline(b).trim().to_string())
                    .filter(|b| !b.is_empty());
            }
            if !protected && !blank {
                let key = markers::key_line(line);
                let is_item = markers::strip_list_marker(line).len() < line.trim().len();
                // (`| Nan Jiang (Sourced)` right after a guessed speaker
                // line goes on with it.)
                // (So does `***Oliver Hart*** *- Harvard University*` after
                // `***Eric Maskin*** *- …*`: a panel, one person a line.)
                let continued = guessed
                    && last_was_speaker
                    && (line.trim_start().starts_with("| ")
                        || super::speaker_line_forms::strong_name_then_role(line.trim()).is_some());
                // (`By [Antoine Bluchet](…/profile/soyuka)` alone on its
                // line, however far down: a byline.)
                // (Only links, to people: not `By [Harold Abelson](…
                // wikipedia…)` under a quote.)
                let byline = markers::strip_prefix_ci(line.trim(), "by ").is_some_and(|rest| {
                    let plain = markers::plain_inline(rest);
                    rest.starts_with('[')
                        && rest.ends_with(')')
                        && line_links.iter().any(|l| !l.image)
                        && !line_links.iter().any(|l| l.dest.contains("wikipedia.org"))
                        && (1..=8).contains(&plain.split_whitespace().count())
                        && plain.split_whitespace().all(|w| {
                            matches!(w, "," | "&" | "and")
                                || line_links
                                    .iter()
                                    .any(|l| l.text.contains(w.trim_end_matches(',')))
                        })
                });
                let at = match seen {
                    _ if continued || (byline && heuristics && !guessed) => {
                        speaker_lines::Position::Near
                    }
                    _ if !heuristics || guessed => speaker_lines::Position::Far,
                    0 => speaker_lines::Position::First,
                    1 | 2 => speaker_lines::Position::Near,
                    // A list item that is only a person's name, a little
                    // further down (after a quote, a length line).
                    3..=6 if is_item => speaker_lines::Position::Near,
                    _ => speaker_lines::Position::Far,
                };
                if label_open && !is_item {
                    label_open = false;
                }
                if speaker_keys::speaker_label(line) {
                    label_open = true;
                    remove = true;
                } else if bio_open
                    && prev_blank
                    && !line.starts_with('#')
                    && let Some(r) = speaker_lines::bio_lead(line)
                {
                    // (`[Laura Nolan](…)'s background is in…`: the bio
                    // stays in the notes.)
                    out.speakers.push(r);
                    speaker_now = true;
                } else if label_open
                    && let Some(sp) =
                        speaker_lines::speaker_line(line, speaker_lines::Position::First)
                            .or_else(|| speaker_keys::listed_people(line))
                {
                    out.speakers.extend(sp);
                    remove = true;
                    speaker_now = true;
                } else if let Some(sp) = speaker_lines::speaker_line_keyed(line, key.as_ref(), at)
                    && !(attendees && key.is_none())
                    && !(after_sub
                        && key.is_none()
                        && sp.iter().any(|r| !r.handle && !r.name.contains(' ')))
                {
                    if at != speaker_lines::Position::Far && key.is_none() {
                        guessed = true;
                    }
                    if key.is_none() && is_item && seen > 0 {
                        out.guessed_items.extend(sp.iter().map(|r| r.name.clone()));
                    }
                    out.speakers.extend(sp);
                    remove = true;
                    speaker_now = true;
                    // The line goes; its recording or slides link stays
                    // (`**Name** ([video](…))`).
                    for l in line_links.iter().filter(|l| !l.image) {
                        if let Some(label) = notes_link_label(l, None, || true) {
                            found.push((
                                l.range.start,
                                Link {
                                    label: label.into(),
                                    url: l.dest.to_string(),
                                },
                            ));
                        }
                    }
                } else if seen < 4
                    && out.title.is_none()
                    && let Some((k, v)) = key.as_ref()
                    && markers::is_title_line(k, v)
                {
                    out.title = Some(
                        markers::plain_inline(markers::strip_emphasis(v))
                            .trim()
                            .to_string(),
                    );
                    out.title_first = seen == 0;
                    remove = true;
                } else if let Some(tags) = markers::tags_line_keyed(key.as_ref()) {
                    out.explicit.extend(tags);
                    remove = true;
                } else if line_links.is_empty()
                    && let Some((k, v)) = key.as_ref()
                    && matches!(
                        k.as_ref(),
                        "url" | "link" | "video" | "recording" | "youtube" | "watch" | "replay"
                    )
                    && let Some(url) = link_labels::bare_video_url(v)
                {
                    // `URL: https://www.youtube.com/watch?v=…`: the
                    // recording (the line stays in the notes).
                    found.push((
                        pos,
                        Link {
                            label: "Recording".into(),
                            url: url.to_string(),
                        },
                    ));
                } else if line_links.is_empty()
                    && let Some(url) =
                        link_labels::bare_video_url(line.trim_start().trim_start_matches('#'))
                {
                    // A video's address alone on its line (or as a
                    // sub-heading, `#### https://www.youtube.com/…`): the
                    // recording (the line stays in the notes, where it
                    // shows as a link).
                    found.push((
                        pos,
                        Link {
                            label: "Recording".into(),
                            url: url.to_string(),
                        },
                    ));
                } else {
                    let lead = key.and_then(|(k, v)| link_labels::label_word(&k).map(|l| (l, v)));
                    // (`- 🎥 [State of the Union](https://developer.apple.com/…)`:
                    // a camera before the line's only link.)
                    let camera = line_links.len() == 1
                        && line_links[0].range.start >= pos
                        && link_labels::camera_before(&text[pos..line_links[0].range.start]);
                    let lead = if camera {
                        Some(("Recording", ""))
                    } else {
                        lead
                    };
                    let mut all_labelled = !line_links.is_empty();
                    for l in line_links {
                        if l.image {
                            all_labelled = false;
                            continue;
                        }
                        if classify_url(&l.dest) == UrlKind::Unsafe {
                            // Kept in the notes, where it shows as text.
                            all_labelled = false;
                            continue;
                        }
                        // A label word, a camera emoji (`:video_camera:`), or
                        // a link to a video host on a line of its own.
                        let label = notes_link_label(l, lead.map(|(l, _)| l), || {
                            // (A thumbnail inside the link is no second link:
                            // `[![Kelsey Hightower video](…/0.jpg)](https://www.youtube.com/…)`.)
                            line_links.iter().filter(|l| !l.image).count() == 1
                                && only_links(line, pos, line_links)
                        });
                        match label {
                            Some(label) => found.push((
                                l.range.start,
                                Link {
                                    label: label.into(),
                                    url: l.dest.to_string(),
                                },
                            )),
                            None => all_labelled = false,
                        }
                    }
                    if let Some((label, value)) = lead
                        && line_links.is_empty()
                        && (value.starts_with("http://") || value.starts_with("https://"))
                        && !value.contains(char::is_whitespace)
                    {
                        found.push((
                            pos,
                            Link {
                                label: label.into(),
                                url: value.to_string(),
                            },
                        ));
                        remove = true;
                    } else if all_labelled && only_links(line, pos, line_links) {
                        remove = true;
                    }
                }
            }
            if !blank {
                seen += 1;
                last_was_speaker = speaker_now;
                // Below a sub-heading the lines are that part's notes: a
                // lone word there (`* Mark` under `### Brand Equity`) is no
                // guess at the speakers, a full name still is (`- Frédéric
                // Bordage` under `## Abstract`).
                if !protected
                    && line.starts_with('#')
                    && line.trim_start_matches('#').starts_with(' ')
                {
                    after_sub = true;
                    // (`#### Asistentes`, `### Attendees`: the people who
                    // went, not who spoke.)
                    attendees = is_attendees_heading(line.trim_start_matches('#'));
                    bio_open = speaker_keys::speaker_label(line.trim_start_matches('#').trim());
                }
            }
            prev_blank = blank;
            if !remove {
                md.push_str(&text[pos..next]);
                if next == end && end < range.end {
                    md.push('\n');
                }
            }
            pos = if next > pos { next } else { pos + 1 };
        }
        // Hashtags and wiki links.
        let a = self.scan.tags.partition_point(|t| t.offset < range.start);
        let b = self.scan.tags.partition_point(|t| t.offset < range.end);
        out.explicit.extend(
            self.scan
                .tags
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .map(|t| t.name.clone()),
        );
        // Embedded players (`<iframe>`, `{% youtube %}`): the recording.
        let a = self.scan.embeds.partition_point(|e| e.offset < range.start);
        for e in self.scan.embeds[a..]
            .iter()
            .take_while(|e| e.offset < range.end)
        {
            found.push((
                e.offset,
                Link {
                    label: e.host.into(),
                    url: e.url.clone(),
                },
            ));
        }
        order::sort_by(&mut found, &|a, b| a.0.cmp(&b.0));
        out.links = found.into_iter().map(|(_, l)| l).collect();
        // Trimmed in place: one copy of the notes, not two.
        let trimmed = trim_blank_lines(&md);
        let start = trimmed.as_ptr() as usize - md.as_ptr() as usize;
        let end = start + trimmed.len();
        md.truncate(end);
        md.drain(..start);
        md.shrink_to_fit();
        out.markdown = md;
        out
    }
}

/// The label of a link in a session's notes: a label word in its text
/// (`Slides`), else the line's label (`Video: [x](…)`), else `Recording`
/// for a camera emoji (`:video_camera:`, 📹) or, when `video_counts` says
/// so, for a link to a video host.
fn notes_link_label(
    l: &scan_records::LinkRef<'_>,
    lead: Option<&'static str>,
    video_counts: impl FnOnce() -> bool,
) -> Option<&'static str> {
    link_labels::label_of_text(&l.text).or(lead).or_else(|| {
        let video = link_labels::is_video_url(&l.dest);
        (link_labels::is_recording_label(&l.text)
            || (video && names_the_talk(&l.text))
            || (video && video_counts()))
        .then_some("Recording")
    })
}

/// Whether a link's text is the talk itself (`This [session](…) has three
/// speakers`, `the [keynote](…)`): linking to a video, it is the talk's
/// recording.
fn names_the_talk(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let t = ["this ", "the ", "that "]
        .iter()
        .find_map(|a| t.strip_prefix(a))
        .unwrap_or(&t);
    // (`Name [talking](video) about…`: the verb links to the recording.)
    matches!(
        t,
        "session" | "talk" | "presentation" | "keynote" | "talking" | "speaking" | "presenting"
    )
}

/// Whether a line holds nothing but its links (and a label word,
/// separators, list markers and emphasis).
pub(super) fn only_links(
    line: &str,
    line_start: usize,
    links: &[scan_records::LinkRef<'_>],
) -> bool {
    let mut rest = String::with_capacity(line.len());
    let mut pos = 0;
    for l in links {
        let a = l.range.start.saturating_sub(line_start).min(line.len());
        let b = l.range.end.saturating_sub(line_start).min(line.len());
        if a > pos {
            rest.push_str(line.get(pos..a).unwrap_or(""));
        }
        pos = pos.max(b);
    }
    rest.push_str(line.get(pos..).unwrap_or(""));
    // (`#### <https://www.youtube.com/…>`: a sub-heading that is only the
    // link.)
    let rest = rest.trim_start().trim_start_matches('#');
    let mut s = markers::strip_list_marker(rest);
    if let Some((k, v)) = markers::key_line(s)
        && link_labels::label_word(&k).is_some()
    {
        s = v;
    }
    s.chars()
        .all(|c| c.is_whitespace() || "-*+_|,·:–—•()[]".contains(c))
}

/// Whether a sub-heading names the people who attended (`Asistentes`,
/// `Attendees`, `Who went`), whose list is no speaker line.
fn is_attendees_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim().to_lowercase();
    matches!(
        t.as_str(),
        "attendees"
            | "attendance"
            | "who went"
            | "who attended"
            | "asistentes"
            | "teilnehmer"
            | "teilnehmende"
            | "participants"
            | "participantes"
            | "présents"
            | "presents"
    )
}
