//! Talks told as paragraph lines: under a heading that holds talks (`#
//! Talks`, a day), each talk is a short line of its own, its title and
//! maybe who gave it (`The Bronx (Stephanie Morillo, writer at
//! DigitalOcean) *bike`), followed by the list of its notes. Or the line
//! is followed by a speaker line (`Martin J. Dürst - @duerst`).
//!
//! A line with a list after it is a talk only when the part names two or
//! more that way (one label over a list is as likely a note's topic); a
//! line with a speaker line under it is a talk by itself, and so is a
//! line that is only a link to a video with a speaker line under it, the
//! rest of its paragraph its notes (`[Teaching Python: The Hard
//! Parts](https://www.youtube.com/watch?v=…)` / `Elana Hashman` / notes).
//! Lines that end
//! like sentences (`.`, `:`, `;`) or run long are text, not titles. Only
//! parts of a file that hold talks are read (see `features`), never a
//! session's notes.

use std::ops::Range;

use super::blocks::Block;
use super::catalog::Entry;
use super::file::FileParser;
use super::headings;
use super::link_labels;
use super::markers;
use super::paragraph_choice::Readings;
use super::paragraph_found::{Found, caption_title, notes_between_breaks, title_name_pairs};
use super::paragraph_lines::{
    bold_title_by, bold_title_comma_profile, bold_title_materials, by_line, dated_bold_link,
    link_line, link_then_by_colon, link_then_people, person_line, person_then_quoted,
    plain_title_by, title_line, video_link_line, whole_bold,
};
use super::speaker_lines::{self, Position};

impl FileParser<'_> {
    /// The talks named by paragraph lines in `range` (see the module
    /// documentation). `strong_only`: only lines with a speaker line under
    /// them (for parts of a file not known to hold talks).
    pub(super) fn paragraph_entries(&self, range: Range<usize>, strong_only: bool) -> Vec<Entry> {
        let blocks = self.blocks(range.clone());
        // Each reading of the part's paragraph lines (see
        // `paragraph_choice::Readings` for what each holds).
        let mut readings = Readings::default();
        // Titles as paragraphs over their speakers' names (see
        // `title_name_pairs`): read here, and their blocks no further.
        // (Whether the file's opening speaks of an event or its talks: the
        // weaker readings below want it.)
        let talky = self.opening_speaks_of_talks();
        // (The opening names talks or slides, for the dated links below:
        // looked at once one is found.)
        let speaks_of_talks = || {
            let head = super::util::head(self.text, 1500).to_lowercase();
            [
                "talk",
                "presentation",
                "slides",
                "speak",
                "charla",
                "vortr",
                "講演",
                "発表",
                "登壇",
                "演讲",
            ]
            .iter()
            .any(|w| head.contains(w))
        };
        let pairs = if talky {
            title_name_pairs(self.text, &blocks)
        } else {
            Vec::new()
        };
        let paired = |i: usize| pairs.iter().any(|p| p.0 == i || p.1 == i);
        for (i, b) in blocks.iter().enumerate() {
            let Block::Paragraph(r) = b else {
                continue;
            };
            if paired(i) {
                continue;
            }
            // `Introducción a React y el uso de los Hooks.` then the
            // talk's `<iframe src="https://www.youtube.com/embed/…">`: a
            // talk named by the line, when two or more in the part read so,
            // in a file about an event (not a recipe's steps, a music
            // post's videos), and the line is plain (a bold title or a
            // byline is read by the rules below).
            let para = &self.text[r.clone()];
            if talky
                && !para.trim().contains('\n')
                && !para.contains(['*', '[', '_', '`'])
                && !para.contains(" by ")
                && !para.contains(" - ")
                && !para.contains(" – ")
                && matches!(blocks.get(i + 1), Some(Block::Other))
                && let Some(video) = self.player_after(r.end, blocks.get(i + 2), range.end)
                && let Some(title) = caption_title(para)
            {
                readings.captioned.push(Found {
                    block: i,
                    title,
                    speakers: Vec::new(),
                    strong: true,
                    recording: Some(video),
                    link: None,
                    notes: String::new(),
                });
                continue;
            }
            let mut lines = para.lines().map(str::trim).filter(|l| !l.is_empty());
            let Some(first) = lines.next() else {
                continue;
            };
            let second = lines.next();
            // `[Title](video)` over a speaker line: a talk, its notes after.
            if let Some((title, url)) = video_link_line(first)
                && let Some(refs) = second.and_then(|l| {
                    speaker_lines::speaker_line(l.trim_end_matches('\\'), Position::First)
                })
            {
                let notes: Vec<&str> = lines.collect();
                readings.found.push(Found {
                    block: i,
                    title,
                    speakers: refs,
                    strong: true,
                    recording: Some(url),
                    link: None,
                    notes: notes.join("\n"),
                });
                continue;
            }
            // `[Title (Cloud Next '19)](video)` alone, over paragraphs of
            // its abstract and a `Speaker(s):` line: read below, when two
            // or more read so.
            if second.is_none()
                && let Some((title, url)) = video_link_line(first)
                // (Not `[Watch the recording](…)`, `[Day 1 livestream](…)`:
                // a label, a whole day's stream.)
                && link_labels::label_of_text(&title).is_none()
                && !link_labels::is_recording_label(&title)
                && !title.to_lowercase().contains("stream")
            {
                readings.video_alone.push(Found {
                    block: i,
                    title: super::decorations::strip_annotation(&title).to_string(),
                    speakers: Vec::new(),
                    strong: true,
                    recording: Some(url),
                    link: None,
                    notes: String::new(),
                });
                continue;
            }
            // `[**Keynote 1**](page)` over `_By Armin Ronacher_`: a talk
            // and who gave it, the link its page (or its recording, a
            // video's); the byline says who, not a dash in the title.
            if let Some((title, url)) = link_line(first)
                && !url.starts_with('#')
                && link_labels::label_of_text(&title).is_none()
                && let Some(refs) = second.and_then(by_line)
            {
                let notes = notes_between_breaks(lines);
                let label = super::catalog::link_label(&title, &url, "", true);
                readings
                    .linked_by
                    .push(Found::linked(i, title, refs, url, label, notes));
                continue;
            }
            // A line that is only a link naming a talk and who gave it
            // (`[Pablo Galindo Salgado - Tales from the abyss](…/session/…)`),
            // over the talk's notes: read as the bold lines below.
            if let Some((text, url)) = link_line(first)
                && !url.starts_with('#')
            {
                let mut parts = headings::parts(&text);
                // `Suhail Patel - Learning to Reflect`: a name's shape
                // before the dash, a title with small words after it.
                if parts.speakers.is_none()
                    && let Some((who, title)) = text.split_once(" - ")
                    && super::names::is_person(who.trim(), true)
                    && title.split_whitespace().count() >= 2
                    && title
                        .split_whitespace()
                        .any(|w| w.starts_with(char::is_lowercase))
                {
                    parts.title = super::decorations::strip_annotation(title.trim()).to_string();
                    parts.speakers = Some(who.trim().to_string());
                    parts.strength = 2;
                    parts.refs = None;
                }
                // (`London Gophers - Slides`: a link to the evening's
                // slides, no talk.)
                let label_only = link_labels::label_of_text(&parts.title).is_some()
                    || link_labels::is_recording_label(&parts.title);
                // `Gargi Sharma - Is random random enough?`: a name's shape
                // is enough before the dash of a line that is only a link.
                let name_first = parts.strength >= 2
                    && parts.speakers.as_deref().is_some_and(|sp| {
                        text.starts_with(sp) && super::names::is_person(sp, true)
                    });
                if parts.speakers.is_some() && (parts.strength >= 3 || name_first) && !label_only {
                    let label = super::catalog::link_label(&text, &url, "", true);
                    let notes: Vec<&str> = second.into_iter().chain(lines).collect();
                    let speakers = parts.speaker_refs();
                    readings.bold.push(Found::linked(
                        i,
                        parts.title,
                        speakers,
                        url,
                        label,
                        notes.join("\n"),
                    ));
                    continue;
                }
            }
            // `**Quit Simplifying** ([slides](…), [video from …](…)) is a
            // talk in which…`: a bold title and its materials: read as the
            // bold lines below.
            // (Its notes keep the whole paragraph: the slides' link too.)
            if let Some((title, links)) = bold_title_materials(first) {
                let video = links
                    .iter()
                    .find(|(text, url)| {
                        link_labels::is_video_url(url)
                            || link_labels::is_recording_label(text)
                            || text.to_lowercase().starts_with("video")
                    })
                    .or_else(|| links.first());
                if let Some((text, url)) = video {
                    let label = super::catalog::link_label(text, url, "", false);
                    let notes: Vec<&str> =
                        std::iter::once(first).chain(second).chain(lines).collect();
                    readings.bold.push(Found::linked(
                        i,
                        markers::plain_inline(title).trim().to_string(),
                        Vec::new(),
                        url.to_string(),
                        label,
                        notes.join("\n"),
                    ));
                    continue;
                }
            }
            // `[**Genomics in R**](slides) Mar 27, 2019<br>` over the
            // event it was given at: a talk of a speaker's list, dated.
            // (In a file that speaks of talks: not a list of projects or
            // posts, `[**confnotes**](github) Mar 27, 2019`.)
            if talky
                && let Some((title, url)) = dated_bold_link(first)
                && speaks_of_talks()
            {
                let label = super::catalog::link_label(&title, &url, "", true);
                let notes: Vec<&str> = second.into_iter().chain(lines).collect();
                readings.dated.push(Found::linked(
                    i,
                    title,
                    Vec::new(),
                    url,
                    label,
                    notes.join("\n"),
                ));
                continue;
            }
            // `[Introducción a Numpy](http://vimeo.com/…) por _Bryan Van De
            // Ven_: si no conoces …`: read as the bold lines below.
            if let Some((title, url, speakers)) = link_then_by_colon(first) {
                let notes: Vec<&str> = second.into_iter().chain(lines).collect();
                readings.bold.push(Found::linked(
                    i,
                    title,
                    speakers,
                    url,
                    "Link",
                    notes.join("\n"),
                ));
                continue;
            }
            // `**Building Data Pipelines in Python, [@marcobonzanini](…).**
            // Luigi is …`: read as the bold lines below.
            if let Some((title, speakers, after)) = bold_title_comma_profile(para) {
                readings
                    .bold
                    .push(Found::named(i, title, speakers, after.trim().to_string()));
                continue;
            }
            // A bold title, then who gave it (`🎯 **Automating Porosity
            // Detection** by Onyekachukwu Faith Ojumah.`), read as the
            // bold lines below; and, where two or more read so, the same
            // line without the bold (`You Came to a Python Conference.
            // Now, Go Do a PR Review! by Samiul Huque`).
            if let Some((title, speakers)) = bold_title_by(first) {
                let notes: Vec<&str> = second.into_iter().chain(lines).collect();
                readings
                    .bold
                    .push(Found::named(i, title, speakers, notes.join("\n")));
                continue;
            }
            // `Autoscaling Containers... with Math by Allan Espinosa, Engine
            // Yard, Inc.` over `https://www.youtube.com/watch?v=…` and
            // nothing more: a talk and its recording, where the part has
            // two or more such.
            // (A line between them, `Cloud Native Computing Foundation`,
            // is the channel's name.)
            let rest: Vec<&str> = second.into_iter().chain(lines.clone()).collect();
            if let [.., url] = rest[..]
                && rest.len() <= 2
                && (url.starts_with("https://") || url.starts_with("http://"))
                && !url.contains(char::is_whitespace)
                && link_labels::is_video_url(url)
                && !first.starts_with("http")
                && first.len() <= 250
                && !first.ends_with(':')
            {
                let mut parts = headings::parts(&markers::plain_inline(first));
                if !parts.title.is_empty() && (parts.speakers.is_some() || !first.ends_with('.')) {
                    let speakers = parts.speaker_refs();
                    readings.over_video.push(Found::linked(
                        i,
                        parts.title,
                        speakers,
                        url.to_string(),
                        "Recording",
                        String::new(),
                    ));
                    continue;
                }
            }
            // `Name, "Title", [slides.pdf](…)`: a talk by itself.
            if let Some((title, speakers)) = person_then_quoted(first) {
                let notes: Vec<&str> = second.into_iter().chain(lines).collect();
                readings
                    .found
                    .push(match self.links_in(r.clone()).find(|l| !l.image) {
                        Some(l) => {
                            let label = super::catalog::link_label(&l.text, &l.dest, "", false);
                            Found::linked(
                                i,
                                title,
                                speakers,
                                l.dest.to_string(),
                                label,
                                notes.join("\n"),
                            )
                        }
                        None => Found::named(i, title, speakers, notes.join("\n")),
                    });
                continue;
            }
            if second.is_none()
                && let Some((title, speakers)) = plain_title_by(first)
            {
                readings
                    .plain_by
                    .push(Found::named(i, title, speakers, String::new()));
                continue;
            }
            // `**[Title](vimeo)**` over `by [Name](github)`: read as a bold
            // title with its byline, its link the recording when a video's.
            if let Some(inner) = whole_bold(first)
                && let Some(refs) = second.and_then(by_line)
            {
                let title = markers::plain_inline(inner).trim().to_string();
                let notes = notes_between_breaks(lines);
                let link = self
                    .links_in(r.clone())
                    .find(|l| !l.image && inner.contains(&format!("]({})", l.dest)));
                readings.bold.push(match link {
                    Some(l) => Found::linked(i, title, refs, l.dest.to_string(), "Link", notes),
                    None => Found::named(i, title, refs, notes),
                });
                continue;
            }
            // A bold line that names a talk and who gave it, over the
            // talk's notes (`**"Fold, paper, scissors" by Amy Wibowo**`,
            // then `<br>`, a description, the player): a talk when the part
            // has two or more such, or this one embeds its recording.
            if let Some(inner) = whole_bold(first) {
                let mut parts = headings::parts(&markers::plain_inline(inner));
                // `**[Title](page) with Alanna Burke _(Kanopi Studios)_**`:
                // the link is the title, whoever follows it gave the talk.
                if parts.speakers.is_none()
                    && let Some((title, names, refs)) = link_then_people(inner)
                {
                    parts.title = title;
                    parts.speakers = Some(names);
                    parts.refs = Some(refs);
                    parts.strength = 3;
                }
                // `**Data is a Four-Letter Word**`, then a paragraph of its
                // own naming who gave it (`Paul Du Bois (Double Fine) and
                // Henry Goffin (Double Fine)`).
                // (Or after the abstract: `**Compassionate on-call**` /
                // `In this talk, we’ll discuss…` / `Lisa Karlin Curtis` +
                // `Software Engineer • incident.io`, a byline of a name and
                // at most a role under it, before the next bold line.)
                let byline = |k: usize| match blocks.get(k) {
                    Some(Block::Paragraph(next)) => {
                        let t = &self.text[next.clone()];
                        let mut ls = t.lines().map(str::trim).filter(|l| !l.is_empty());
                        let who = ls.next()?;
                        let more = ls.count();
                        // (Past the abstract for a title of two words or
                        // more: not `**Accelerate**` in a reading list,
                        // `**Venue**` in the thanks; and, where the part is
                        // not known to hold talks, three such or more.)
                        (k == i + 1
                            || (more <= 1
                                && whole_bold(who).is_none()
                                && inner.split_whitespace().count() >= 2))
                            .then(|| {
                                speaker_lines::speaker_line(
                                    who.trim_end_matches('\\'),
                                    Position::First,
                                )
                            })
                            .flatten()
                    }
                    _ => None,
                };
                let next_who = if second.is_none() {
                    (i + 1..(i + 4).min(blocks.len()))
                        .take_while(|&k| {
                            k == i + 1
                                || !matches!(&blocks[k], Block::Paragraph(r)
                                    if whole_bold(self.text[r.clone()].lines().next().unwrap_or("").trim()).is_some())
                        })
                        .find_map(byline)
                } else {
                    None
                };
                if let Some(refs) = next_who {
                    if !matches!(blocks.get(i + 1), Some(Block::Paragraph(next))
                        if speaker_lines::speaker_line(
                            self.text[next.clone()].lines().next().unwrap_or("").trim(),
                            Position::First,
                        )
                        .is_some())
                    {
                        readings.far_bylines.push(i);
                    }
                    // (What a dash sets apart is then the title's:
                    // `Collada – Featuring WebGL`.)
                    let title = if parts.org.is_some() || parts.speakers.is_some() {
                        markers::plain_inline(inner).trim().to_string()
                    } else {
                        parts.title
                    };
                    readings
                        .bold
                        .push(Found::named(i, title, refs, String::new()));
                } else if parts.speakers.is_some() && parts.strength >= 3 {
                    // (Its player may follow as a block of its own:
                    // looked for up to the next talk, below.)
                    let speakers = parts.speaker_refs();
                    readings.bold.push(Found::named(
                        i,
                        parts.title,
                        speakers,
                        notes_between_breaks(second.into_iter().chain(lines)),
                    ));
                } else if parts.speakers.is_none()
                    && parts.kind.is_some()
                    && parts.title.split_whitespace().count() >= 2
                    && markers::plain_inline(inner)
                        .split_once(':')
                        .is_some_and(|(k, _)| k.split_whitespace().count() <= 2)
                {
                    // `**Tutorial : Self-Supervised Learning: …**`, `**Keynote
                    // : Optimal Transport**`: the kind of session, a colon,
                    // its title; a talk by itself.
                    readings.found.push(Found::named(
                        i,
                        parts.title,
                        Vec::new(),
                        notes_between_breaks(second.into_iter().chain(lines)),
                    ));
                } else if parts.speakers.is_none()
                    && inner.split_whitespace().count() >= 2
                    && !inner.trim_end().ends_with(['.', ':'])
                    && !headings::is_vocab(&headings::norm(inner))
                {
                    readings.lone_bold.push(Found::named(
                        i,
                        markers::plain_inline(inner).trim().to_string(),
                        Vec::new(),
                        notes_between_breaks(second.into_iter().chain(lines)),
                    ));
                }
                continue;
            }
            if lines.next().is_some() {
                continue;
            }
            let Some(first_title) = title_line(first) else {
                continue;
            };
            let list_after = matches!(blocks.get(i + 1), Some(Block::List(_)));
            // `Day 1` over `- [[Build and deploy microservices on
            // Kubernetes with Istio]]`: a day's talks, each a page of
            // notes of its own (an Obsidian vault's index).
            if second.is_none()
                && let Some(Block::List(list)) = blocks.get(i + 1)
                && matches!(
                    headings::container_of(first, &headings::norm(first)),
                    Some(headings::Container::Day(_) | headings::Container::Track(_))
                )
            {
                let talks = self.wiki_items(list.clone());
                if !talks.is_empty() {
                    readings.days += 1;
                    readings.wiki.extend(talks);
                    continue;
                }
            }
            let speaker_below =
                second.and_then(|l| speaker_lines::speaker_line(l, Position::First));
            // The speaker first, then the title, then the list of notes
            // (`Devon Lindsey` / `A hand wave of React for all your
            // Internet of Thangs` / `- …`); names may be written in
            // lowercase (`shirley wu`). A talk when three or more
            // paragraphs of the part read so.
            if speaker_below.is_none()
                && list_after
                && let Some(second) = second
                && let Some(title) = title_line(second)
                && let Some(refs) = person_line(first)
            {
                let parts = headings::parts(&markers::plain_inline(title));
                readings.named_first.push(Found {
                    block: i,
                    title: parts.title,
                    speakers: refs,
                    strong: true,
                    recording: None,
                    link: None,
                    notes: String::new(),
                });
                continue;
            }
            if second.is_some() && speaker_below.is_none() {
                continue;
            }
            // `Caliburn.Micro: Painless MVVM apps for Silverlight and WPF –
            // Barry Carr`, a line of its own over paragraphs of what the
            // author thought of it: a talk and who gave it, where the part
            // has three or more such in a file that speaks of talks.
            // (The title first: not `**Victor Rueda** – Vicedirector del
            // grado`, a person and their role. Without an event's tag
            // before it, `[ACCESO ONLINE + INFO] “Title” - Name`.)
            if speaker_below.is_none() && !list_after && talky {
                let plain = markers::plain_inline(first_title);
                let plain = super::title_ends::strip_bracket_tag(plain.trim());
                let mut parts = headings::parts(plain);
                // (A known given name, and notes in paragraphs under it:
                // not `Scaling Node services – New York`, nor an action
                // item's owner over a list.)
                if parts.speakers.is_some()
                    && parts.strength >= 3
                    && matches!(blocks.get(i + 1), Some(Block::Paragraph(_)))
                    && plain.starts_with(parts.title.as_str())
                    && !first_title.starts_with(['*', '_'])
                    && parts.title.split_whitespace().count() >= 2
                    && parts.why.is_some_and(|w| w.contains("dash"))
                {
                    let speakers = parts.speaker_refs();
                    let title = super::session::wholly_quoted(&parts.title)
                        .map_or(parts.title.clone(), str::to_string);
                    readings
                        .dashed
                        .push(Found::named(i, title, speakers, String::new()));
                }
                continue;
            }
            if speaker_below.is_none() && !list_after {
                continue;
            }
            let mut parts = headings::parts(&markers::plain_inline(first_title));
            let mut speakers = match speaker_below {
                Some(refs) => refs,
                None => parts.speaker_refs(),
            };
            speakers.retain(|r| !r.name.is_empty());
            readings.found.push(Found {
                block: i,
                title: parts.title,
                speakers,
                strong: second.is_some(),
                recording: None,
                link: None,
                notes: String::new(),
            });
        }
        self.choose_paragraph_talks(readings, &blocks, &range, strong_only, &pairs)
    }
}
