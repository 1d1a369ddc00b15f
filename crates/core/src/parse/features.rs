//! What the outline needs to know about each heading of a file: its
//! text's parts, its words, and the evidence under it (speaker lines,
//! recordings, index links, talk words, catalogues, author overrides).

use std::collections::{HashMap, HashSet};

use crate::text::{self};

use super::file::FileParser;
use super::heading_features::Features;
use super::headings::{self};
use super::markers;
use super::names;
use super::notes_evidence::{
    line_after, links_only, self_talk, slides_embed, talk_words, title_under_person,
};
use super::overrides::directive_in;
use super::scan_records::Heading;
use super::siblings::name_like;
use super::speaker_keys;
use super::util::*;

impl FileParser<'_> {
    /// The headings that are structure (those of `headings`, in document
    /// order, that start at `from` or after), with their features; the
    /// parts of each heading's text are kept in `self.parts`.
    pub(super) fn features<'h>(
        &mut self,
        headings: &'h [Heading],
        from: usize,
    ) -> (&'h [Heading], Vec<Features>) {
        let hs = &headings[headings.partition_point(|h| h.range.start < from)..];
        // Texts that head three or more parts of the file are labels.
        let mut counts: HashMap<&str, usize, text::FnvBuild> = HashMap::default();
        for h in hs {
            *counts.entry(h.norm.as_str()).or_default() += 1;
        }
        // In-page link targets of tables: the headings a session index
        // points to (a list of such links is a table of contents, which
        // links to every section, talk or not).
        let anchors: HashSet<String, text::FnvBuild> = self
            .scan
            .tables
            .iter()
            .flat_map(|t| t.rows.iter().flat_map(|r| r.cells.iter()))
            // (A cell's title linking to its part, not a note's link
            // in it, `… see [below](#after-event) for details`.)
            // (After a short label, `Talk: [Title](#title)`, `🎤 [Title]
            // (#title)`, too.)
            .filter_map(|c| {
                let l = self.links_in(c.range.clone()).next()?;
                let before = self.text.get(c.range.start..l.range.start)?;
                let before = super::util::trim_pictographs(before.trim_matches(['*', '_', ' ']));
                (before.is_empty()
                    || (before.ends_with(':') && before.split_whitespace().count() <= 2))
                    .then_some(l)
            })
            .filter_map(|l| l.dest.strip_prefix('#'))
            .map(|a| a.to_lowercase())
            // (And a list of them under a heading that names the talks:
            // `## Table of talks:` over `- [Building adaptive
            // systems](#building-adaptive-systems)`.)
            .chain(self.talk_list_anchors(headings))
            .collect();
        // Author overrides are rare: the text is searched once for them.
        let overrides = memchr::memmem::find(self.text.as_bytes(), b"confnotes:").is_some();
        let mut prev_end = from;
        let mut prev_level: Option<u8> = None;
        // The level of the open heading that groups talks by its words
        // (`## Sessions`, `## セッション`), if any.
        let mut group_level: Option<u8> = None;
        let mut maybe_speakers: Vec<usize> = Vec::new();
        // Each heading comes right under the one before (nothing between,
        // deeper).
        let mut right_under: Vec<bool> = Vec::with_capacity(hs.len());
        let mut feats = Vec::with_capacity(hs.len());
        self.parts = Vec::with_capacity(hs.len());
        self.catalogs = Vec::with_capacity(hs.len());
        let first_start = hs
            .first()
            .map_or(self.text.len(), |h| line_start(self.text, h.range.start));
        self.preamble_catalog = self.catalog(from..first_start);
        if self.preamble_catalog.is_empty() {
            self.preamble_catalog = self.prose_with_links(from..first_start);
        }
        if self.preamble_catalog.is_empty() {
            self.preamble_catalog = self.paragraph_entries(from..first_start, true);
        }
        if self.preamble_catalog.is_empty() {
            self.preamble_catalog = self.talk_link_entries(from..first_start);
        }
        // A file of plain text with no heading and no front matter: its
        // talks may be lines of their own over their notes (`Django Security` / `*
        // django-axes …`), three or more.
        // (Not under front matter, which makes such a file one talk's; and
        // only when the first line names an event or its talks, `Notes
        // from Django-con europe`, and no one talk: not a shopping list, a
        // trip or `Notes: Scaling Postgres by Craig Kerstiens`.)
        if self.preamble_catalog.is_empty()
            && hs.is_empty()
            && from == 0
            && opening_names_event(self.text.get(..first_start).unwrap_or(""))
        {
            let c = self.paragraph_entries(from..first_start, false);
            if c.len() >= 3 {
                self.preamble_catalog = c;
            }
        }
        for (i, h) in hs.iter().enumerate() {
            let end = hs
                .get(i + 1)
                .map_or(self.text.len(), |n| line_start(self.text, n.range.start));
            let own = h.range.end.min(end)..end;
            let before = self.text.get(prev_end..h.range.start).unwrap_or("");
            let (mut container, day_slot) = super::heading_catalog::container_here(hs, i);
            // (`##### by Jon Bretman` under a talk's thumbnail and slides:
            // a byline heading need not come right under the title.)
            let byline = markers::strip_prefix_ci(h.text.trim(), "by ").is_some();
            right_under.push(prev_level.is_some_and(|l| h.level > l) && before.trim().is_empty());
            let speaker_heading = prev_level.is_some_and(|l| h.level > l)
                && (before.trim().is_empty() || byline)
                // `《Title》-Name` is a talk's title, not its speaker.
                && !h.text.trim_start().starts_with(['《', '“', '"'])
                && h.text.split_whitespace().count() <= 8
                && !headings::is_vocab(&h.norm)
                && !headings::is_key_themes(&h.norm)
                && !headings::is_kind(&h.text)
                && container.is_none();
            // A known name (`#### Matz`, `#### Olivier Lacan`) counts at
            // once; capitalised words that may be a name (`#### Nate
            // Berkopec`) only when two known ones show the pattern.
            let (speaker_heading, maybe_speaker) = if speaker_heading {
                let known = headings::people_named(&h.text).is_some()
                    || names::is_person(h.text.trim().trim_end_matches(['!', '.', ':']), false);
                (known, !known && name_like(&h.text))
            } else {
                (false, false)
            };
            if maybe_speaker {
                maybe_speakers.push(i);
            }
            prev_end = h.range.end;
            prev_level = Some(h.level);
            if group_level.is_some_and(|l| h.level <= l) {
                group_level = None;
            }
            let in_group = group_level.is_some();
            // (Not `## Lightning talks`: its headings are the parts of one
            // session, their lists notes.)
            if container.is_some()
                && group_level.is_none()
                && headings::names_talk_list(&h.norm)
                && !["lightning", "ignite", "pecha", "flash", "ライトニング"]
                    .iter()
                    .any(|w| h.norm.contains(w))
            {
                group_level = Some(h.level);
            }
            let mut parts = headings::parts(day_slot.as_deref().unwrap_or(&h.text));
            // `Rust 2024 - Jane Doe`: a year in a talk's title.
            if container == Some(headings::Container::Event)
                && parts.speakers.is_some()
                && parts.strength >= 3
                && parts
                    .why
                    .is_some_and(|w| w.contains("dash") || w.contains("`by`"))
            {
                container = None;
            }
            if container == Some(headings::Container::Event) {
                parts.speakers = None;
            }
            // (Or, in Japanese or Korean, the first lines say whose talk
            // it is: `…さんによる発表です`, `…님의 발표 입니다`.)
            // (Not under the file's title, where the opening may mention a
            // talk someone gave: `今回は山田さんによる発表を聞きに…`.)
            let speaker_line = self.speaker_line_follows(own.clone())
                || self.people_over_bold_title(&h.text, own.clone())
                || self.text.get(own.clone()).is_some_and(|t| {
                    i > 0
                        && t.len() > 3
                        && t.as_bytes()[..t.len().min(600)].iter().any(|&b| b >= 0xE0)
                        && super::cjk_speakers::honorific_speakers(t).is_some()
                })
                // (`This session was hosted by Ann Lee of Acme.`; under
                // the first heading too when it names a kind of session:
                // `### Keynote` over `This was a great keynote by …`.)
                || ((i > 0 || (h.level >= 3 && headings::is_kind(&h.text)))
                    && self
                        .text
                        .get(own.clone())
                        .is_some_and(|t| super::hosted_by::hosted_by(t).is_some()));
            // A recording linked in the heading's first lines.
            let recording_below =
                self.recording_near(own.start..line_after(self.text, own.start, end, 8));
            // `# Ninja Talks (10:05 - 11:05)`: a kind of talks in the
            // plural, with a word of its own, groups them as `# Talks` does.
            // (Not one with a speaker line or a recording of its own:
            // `## Sticky Sessions` over `Speaker: …` is a talk.)
            if container.is_none()
                && parts.speakers.is_none()
                && named_talks(&parts.title)
                && !speaker_line
                && !recording_below
            {
                container = Some(headings::Container::Plain);
            }
            let words = word_count(&h.text);
            let speakers_in_heading = container.is_none() && parts.speakers.is_some();
            // `#### 大数据` over `**eBay用户行为数据流实时处理系统**` /
            // `演讲人：eBay 汪兴朗`, and more such: the speaker line is the bold
            // title's, and the heading a track of talks.
            // (Only where two lines or more are bold text alone, not a
            // `**Speaker:**` label: the usual talk's notes are not read
            // twice.)
            let bold_lines = || {
                self.text
                    .get(own.clone())
                    .unwrap_or("")
                    .lines()
                    .filter(|l| {
                        l.starts_with("**")
                            && super::paragraph_lines::whole_bold(l.trim())
                                .is_some_and(|b| !b.trim_end().ends_with(':'))
                    })
                    .nth(1)
                    .is_some()
            };
            let para_talks = if i > 0
                && speaker_line
                && container.is_none()
                && !speakers_in_heading
                && bold_lines()
            {
                self.paragraph_entries(own.clone(), true)
            } else {
                Vec::new()
            };
            let speaker_line = speaker_line && para_talks.len() < 2;
            let media = headings::is_media_list(&h.norm) && !speakers_in_heading;
            // (`"Title" (Blog post July 2024)`: a written piece, not a
            // talk.)
            let written = h.text.trim_end().ends_with(')')
                && h.text.rfind('(').is_some_and(|k| {
                    let note = h.text[k + 1..].trim_start().to_lowercase();
                    [
                        "blog post",
                        "blog article",
                        "blog entry",
                        "article",
                        "newsletter",
                    ]
                    .iter()
                    .any(|w| note.starts_with(w))
                });
            // A heading that names its speakers is a talk, and one that
            // names podcasts or articles holds none: their lists are
            // notes, never a catalogue.
            let catalog = if para_talks.len() >= 2 {
                para_talks
            } else if media || (i > 0 && speakers_in_heading) {
                Vec::new()
            } else if i > 0 && speaker_line && container.is_none() {
                // (The speaker line may be the first slot's: `10:30a` /
                // `**The Time is now**` / `**Afua Bruce**`.)
                self.time_slot_entries(own.clone())
            } else {
                self.catalog_under(
                    h,
                    own.clone(),
                    container.is_some(),
                    in_group,
                    speaker_line,
                    i == 0,
                )
            };
            // (`### Title` over its one link `[👉 Watch “Title” on
            // YouTube](…)`: the link is the heading's recording, not a
            // talk of its own.)
            let catalog = match catalog.as_slice() {
                [only]
                    if h.norm.split_whitespace().nth(2).is_some()
                        && only.links.iter().any(super::catalog::is_recording_link)
                        && only.speakers.is_empty()
                        && (headings::norm(&only.title) == h.norm
                            || [('“', '”'), ('"', '"'), ('«', '»')].iter().any(|(a, b)| {
                                only.title.contains(&format!("{a}{}{b}", h.text.trim()))
                            })) =>
                {
                    Vec::new()
                }
                _ => catalog,
            };
            // (A schedule's first slot is no speaker line of the heading.)
            let slotted = catalog
                .first()
                .is_some_and(|e| e.what == "time slot" || e.what == "slot line");
            let speaker_line = speaker_line && !slotted;
            let linked = recording_below || self.recording_near(h.range.start..h.range.end);
            // (A video embedded in a section of a blog post is no talk's
            // recording as surely as a link to one: it makes the heading a
            // talk, not its siblings.)
            let player_only =
                !linked && self.player_near(own.start..line_after(self.text, own.start, end, 8));
            let recording = linked || player_only;
            // A section word in a long heading that has a speaker line or
            // a recording under it is a word of a talk's title (`... What
            // Experienced Developers Find Challenging About Learning Python`).
            let titled_talk = words >= 5 && (speaker_line || recording);
            // (Not one that lists talks: `### Speakers:` over `* [Title](…)
            // by Name`.)
            let speaker_section = catalog.is_empty()
                && matches!(
                    h.norm.as_str(),
                    "speaker"
                        | "speakers"
                        | "the speaker"
                        | "the speakers"
                        | "about the speaker"
                        | "about the speakers"
                        | "speaker bio"
                        | "speaker bios"
                )
                // (Its first line a person or a bio, not a list of things:
                // `## Speakers` over `- Sonos Arc`, a room's hi-fi.)
                && self.text.get(own.clone()).is_some_and(|t| {
                    t.lines()
                        .map(str::trim)
                        .find(|l| !l.is_empty())
                        .is_some_and(|l| {
                            let item = markers::strip_any_list_marker(l);
                            item.len() == l.len()
                                || names::whole_name(
                                    markers::plain_inline(item).split(',').next().unwrap_or(""),
                                )
                        })
                });
            let f = Features {
                level: h.level,
                key_themes: headings::is_key_themes(&h.norm),
                // (`h.norm` is the `norm` of `h.text`: a title that is the
                // whole text needs no second look.)
                // (`## Speakers` over a list of people: the event's
                // people, a section.)
                vocab: !titled_talk
                    && (headings::is_vocab(&h.norm)
                        || (parts.title != h.text
                            && headings::is_vocab(&headings::norm(&parts.title)))
                        // (`## The speaker`, `## About the speakers` under
                        // a talk's title: its speaker's bio.)
                        || speaker_section
                        || (matches!(h.norm.as_str(), "speakers" | "presenters" | "speaker list")
                            && self.text.get(own.clone()).is_some_and(|t| {
                                t.lines()
                                    .map(str::trim)
                                    .find(|l| !l.is_empty())
                                    .is_some_and(|l| {
                                        super::speaker_keys::listed_people(l).is_some()
                                    })
                            }))),
                // (`# Ninja Talks (10:05 - 11:05)` three times: each slot's
                // group of talks, not a label.)
                // (Nor a person and their handle, `Andre Arko [@indirect](…)`
                // over each of their talks.)
                label: counts.get(h.norm.as_str()).is_some_and(|&n| n >= 3)
                    && !h.norm.is_empty()
                    && !speakers_in_heading
                    && super::util::name_then_handle(&h.text).is_none()
                    // (Nor a date, `#### 2019-05-22` over each of that
                    // day's meetups.)
                    && !super::days::is_numeric_date(h.norm.as_str())
                    && !plural_kind(&parts.title),
                kind: headings::is_kind(&h.text)
                    || parts.kind.is_some()
                    || super::decorations::starts_with_kind(&h.text),
                kinds: plural_kind(h.text.trim()) || plural_kind(&parts.title),
                break_time: super::section_words::names_a_break(&h.norm),
                names_talks: headings::names_talk_list(&h.norm)
                    || h.norm.split_whitespace().any(|w| {
                        matches!(
                            w,
                            "session" | "talk" | "keynote" | "schedule" | "agenda" | "programme"
                        )
                    }),
                speakers_in_heading,
                people_in_heading: speakers_in_heading && parts.strength >= 3,
                named_in_heading: speakers_in_heading
                    && parts.strength >= 3
                    && parts.speakers.as_deref().is_some_and(|sp| {
                        sp.split([',', '&'])
                            .flat_map(|x| x.split(" and "))
                            .any(|n| {
                                matches!(
                                    names::shape(n.trim()),
                                    names::Shape::Person { given: true }
                                )
                            })
                    }),
                // Read for the second heading only (see `people_heading`).
                people_heading: i == 1 && headings::people_named(&h.text).is_some(),
                org_in_heading: container.is_none() && parts.org.is_some(),
                speaker_line,
                // (Nor is a `Title:` line under one of its slots: `9:15 AM -
                // **Keynote:** Name` / `Title: **…**`.)
                title_line: !slotted
                    && (self.title_line_follows(own.clone())
                        || super::notes_evidence::talk_under_slot(
                            &h.text,
                            self.text.get(own.clone()).unwrap_or(""),
                        )
                        .is_some()
                        || (names::is_person(h.text.trim(), true)
                            && title_under_person(self.text.get(own.clone()).unwrap_or(""))
                                .is_some())),
                speaker_section,
                speaker_label: self.text.get(own.clone()).is_some_and(|t| {
                    t.lines()
                        .filter(|l| !l.trim().is_empty())
                        .take(6)
                        // (Labels have a colon or bold: a quick look first.)
                        .any(|l| l.contains([':', '*']) && speaker_keys::speaker_label(l))
                }),
                catalog: catalog.len(),
                catalog_named: catalog.iter().filter(|e| !e.speakers.is_empty()).count(),
                media,
                written,
                deck: self.deck,
                event_title: i == 0
                    && !speakers_in_heading
                    && super::event_names::title_names_event(&h.text),
                index: self.scan.tables[self
                    .scan
                    .tables
                    .partition_point(|t| t.range.start < own.start)..]
                    .iter()
                    .take_while(|t| t.range.start < own.end)
                    .any(|t| {
                        self.links_in(t.range.clone())
                            .filter(|l| l.dest.starts_with('#'))
                            .count()
                            >= 2
                    }),
                recording,
                player_only,
                slides: slides_embed(
                    self.text
                        .get(own.start..line_after(self.text, own.start, end, 8))
                        .unwrap_or(""),
                ),
                talk_page: container.is_none()
                    && (self.talk_page_under(own.clone())
                        || (words >= 3 && self.page_named_like(&h.text, own.clone()))
                        // (`## [Title](http://cfp.devoxx.fr/…/talk/HXP-745/…)`;
                        // not `## [Аннотация](…/talks/…)`, a one-word part
                        // of one talk's notes.)
                        || (words >= 2
                            && self.links_in(h.range.clone()).any(|l| {
                                !l.image && super::talk_pages::is_talk_page(&l.dest)
                            })
                            && !headings::is_vocab(&h.norm))),
                anchored: !anchors.is_empty() && anchors.contains(&text::github_slug(&h.text)),
                talk_words: talk_words(self.text.get(own.clone()).unwrap_or("")),
                cjk_talk_words: super::notes_evidence::cjk_talk_words(
                    self.text.get(own.clone()).unwrap_or(""),
                ),
                story: super::notes_evidence::story(self.text.get(own.clone()).unwrap_or("")),
                // Only the file's title is asked (see `outline`).
                self_talk: i == 0 && self_talk(self.text.get(own.clone()).unwrap_or("")),
                has_body: !self.text.get(own.clone()).unwrap_or("").trim().is_empty(),
                links_only: links_only(self.text.get(own.clone()).unwrap_or("")),
                // (Or each says it is a talk: `TALK - Title`.)
                numbered: super::numbering::numbers_a_session(&h.text)
                    || super::numbering::labels_a_session(&h.text)
                    || day_slot.is_some()
                    // (`# Keynote 1` over `>Title` and `>>Name`.)
                    || (headings::is_slot(&h.text)
                        && super::notes_evidence::quoted_under_slot(
                            self.text.get(own.clone()).unwrap_or(""),
                        )
                        .is_some()),
                speaker_heading,
                title_heading: false,
                person_only: !speakers_in_heading && names::is_person(&h.text, false),
                spaced_name: !speakers_in_heading
                    && words >= 2
                    && !h.text.chars().any(super::speakers::is_cjk)
                    && names::is_person(&h.text, false),
                multi_word: words >= 2,
                short: words <= 4,
                list_number: starts_with_list_number(&h.text),
                directive: if overrides {
                    directive_in(before)
                } else {
                    None
                },
                container,
            };
            feats.push(f);
            self.parts.push(parts);
            self.catalogs.push(catalog);
        }
        if feats.iter().filter(|f| f.speaker_heading).count() >= 2 {
            for i in maybe_speakers {
                feats[i].speaker_heading = true;
            }
        }
        self.names_over_titles(hs, &mut feats, &right_under);
        self.alike_across_siblings(hs, &mut feats);
        parts_named_like_their_talk(hs, &mut feats);
        (hs, feats)
    }
}

impl FileParser<'_> {
    /// The in-page link targets listed under a heading that names the
    /// talks (`## Table of talks:`), up to the next heading of its level.
    fn talk_list_anchors(&self, headings: &[Heading]) -> Vec<String> {
        let mut out = Vec::new();
        for (i, h) in headings.iter().enumerate() {
            // (Not the file's title, `# Awesome Talks`, over everything.)
            if h.level < 2 || !headings::names_talk_list(&h.norm) || headings::is_vocab(&h.norm) {
                continue;
            }
            let end = headings[i + 1..]
                .iter()
                .find(|n| n.level <= h.level)
                .map_or(self.text.len(), |n| n.range.start);
            // (Items that are only such a link: not a link in a sentence,
            // `(see [Reading list](#reading-list))`.)
            for items in self.lists_in(&(h.range.end..end)) {
                for it in items.iter() {
                    let Some(line) = self.item_first_line(&it.range) else {
                        continue;
                    };
                    let line = line.trim();
                    if let Some(anchor) = line
                        .strip_prefix('[')
                        .and_then(|x| x.split_once("](#"))
                        .and_then(|(_, a)| a.strip_suffix(')'))
                        .filter(|a| !a.contains([' ', ')']))
                    {
                        out.push(anchor.to_lowercase());
                    }
                }
            }
        }
        out
    }
}

/// `### 05 Vue 3 - portals` under `## 05 Vue 3 - Alex Kyriakidis`, `####
/// Vue Rewrite - CLI` under `### Vue Rewrite`: a heading that repeats its
/// parent's number, or its parent's words before a dash, is a part of its
/// parent's notes (a label), whatever its words after the dash look like.
fn parts_named_like_their_talk(hs: &[Heading], feats: &mut [Features]) {
    fn number(t: &str) -> Option<&str> {
        t.split_whitespace()
            .next()
            .filter(|w| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
    }
    fn lead(t: &str) -> &str {
        t.find(" - ").map_or(t, |k| &t[..k]).trim()
    }
    // The open headings above the current one: (level, index).
    let mut stack: Vec<(u8, usize)> = Vec::new();
    for (i, h) in hs.iter().enumerate() {
        while stack.last().is_some_and(|&(l, _)| l >= h.level) {
            stack.pop();
        }
        if let Some(&(_, p)) = stack.last()
            && let Some(parent) = hs.get(p)
        {
            let same_number = number(&h.text).is_some_and(|n| number(&parent.text) == Some(n));
            let parent_lead = lead(&parent.text);
            let repeats = parent_lead.split_whitespace().count() >= 2
                && h.text.len() > parent_lead.len() + 3
                && h.text
                    .get(..parent_lead.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(parent_lead))
                && h.text[parent_lead.len()..].starts_with(" - ");
            if (same_number || repeats)
                && let Some(f) = feats.get_mut(i)
            {
                f.label = true;
            }
        }
        stack.push((h.level, i));
    }
}

/// Whether `t` names a kind of session in the plural (`Keynotes`,
/// `Lightning Talks`), also with a word of its own before it (`Ninja
/// Talks`, `Sponsor Sessions`).
fn plural_kind(t: &str) -> bool {
    (t.ends_with('s') && headings::is_kind(t.trim_end_matches('s'))) || named_talks(t)
}

/// Whether `t` is a word or two, then `Talks`, `Sessions`... (`Ninja
/// Talks`, `Sponsor Sessions`): a group of talks of a kind of its own.
fn named_talks(t: &str) -> bool {
    let mut words = t.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    (1..=2).contains(&words.count())
        && [
            "talks",
            "sessions",
            "keynotes",
            "presentations",
            "workshops",
        ]
        .iter()
        .any(|k| last.eq_ignore_ascii_case(k))
}

/// Whether a file's first line names an event or its talks (`Notes from
/// Django-con europe`, `PyCon 2019 talks`) and not one talk (no `by`).
fn opening_names_event(text: &str) -> bool {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let lower = first.to_lowercase();
    let eventish = [
        "con ",
        "conf",
        "summit",
        "meetup",
        "talks",
        "devopsdays",
        "pycon",
    ]
    .iter()
    .any(|w| lower.contains(w) || lower.ends_with(w.trim_end()))
        || lower.contains("-con");
    eventish && !lower.contains(" by ") && first.split_whitespace().count() <= 10
}

/// The words of a heading: those between spaces, and for Japanese and
/// Chinese, written without spaces, about one per four of their
/// characters (`Rationalを（もうちょっと）最適化してみた` is a title of
/// several words; `大数据` is one).
pub(super) fn word_count(t: &str) -> usize {
    let spaced = t.split_whitespace().count();
    let cjk = t
        .chars()
        .filter(|&c| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF))
        .count();
    spaced + cjk / 4
}

/// `4. Title`, `12) Title`, `#3: Title`.
fn starts_with_list_number(text: &str) -> bool {
    let t = text.trim_start().trim_start_matches('#');
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && [". ", ") ", ": "]
            .iter()
            .any(|sep| t[digits..].starts_with(sep))
}
