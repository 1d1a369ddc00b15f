//! A session under a heading: its title, speakers and links from the
//! heading and the line pass over its notes, and the checks on its
//! speakers' names.

use std::collections::HashSet;
use std::ops::Range;

use crate::model::Link;

use super::builder::SessionDraft;
use super::file::FileParser;
use super::headings::{self};
use super::link_labels;
use super::markers;
use super::names;
use super::scan_records::Heading;
use super::speakers::{SpeakerRef, parse_speakers};
use super::util::*;

impl FileParser<'_> {
    /// A session under a heading.
    pub(super) fn session(
        &mut self,
        i: usize,
        h: &Heading,
        body: Range<usize>,
        day: Option<String>,
        track: Option<String>,
    ) -> SessionDraft {
        let parts = match self.parts.get_mut(i) {
            Some(p) => std::mem::take(p),
            None => headings::parts(&h.text),
        };
        let line = self.lines.line_of(h.range.start);
        let mut parts = parts;
        let mut speakers = parts.speaker_refs();
        // Links in the heading (`### [Title](url) - Speaker`).
        let mut links: Vec<Link> = Vec::new();
        let hl = self
            .scan
            .links
            .partition_point(|l| l.range.start < h.range.start);
        for l in self.scan.links[hl..]
            .iter()
            .take_while(|l| l.range.start < h.range.end)
        {
            if !l.image {
                // (A title linked to its video is linked to its recording.)
                let label = link_labels::label_of_text(&l.text)
                    .or_else(|| link_labels::is_video_url(&l.dest).then_some("Recording"))
                    .unwrap_or("Link");
                links.push(Link {
                    label: label.into(),
                    url: l.dest.to_string(),
                });
            }
        }
        let mut b = self.body(body.clone(), true);
        // `## Shell Ninja … #slideless`: the heading's hashtags are themes
        // (the title leaves those at its end out).
        if h.text.contains('#') {
            let mut tagged = Vec::new();
            markers::find_tags(&h.text, 0, &mut tagged);
            b.explicit.extend(tagged.into_iter().map(|t| t.name));
        }
        // `### 09:20 ~ 09:30` over `**2030년에는 우리는 어떻게 일하고 있을까?**`:
        // the bold line is the title of the talk in that slot.
        if b.title.is_none()
            && (headings::is_slot(&parts.title) || parts.title.is_empty())
            && let Some(t) = b.bold_first.take()
        {
            if let Some((first, rest)) = b.markdown.split_once('\n')
                && first.contains(t.as_str())
            {
                b.markdown = rest.trim_start_matches('\n').to_string();
            }
            b.title = Some(t);
            b.title_first = true;
        }
        // `# Session 2` over `>Title` and `>>Name (Role, Org)`: the slot's
        // talk and who gave it, quoted.
        if b.title.is_none()
            && headings::is_slot(&parts.title)
            && let Some((t, who)) =
                super::notes_evidence::quoted_under_slot(self.text.get(body.clone()).unwrap_or(""))
        {
            if b.speakers.is_empty()
                && let Some(who) = who
            {
                b.speakers =
                    super::speaker_lines::speaker_line(&who, super::speaker_lines::Position::First)
                        .unwrap_or_else(|| parse_speakers(&who));
            }
            b.title = Some(t);
            b.title_first = true;
        }
        // Whether the title found under the heading is taken whole (the
        // heading names the speakers: no speaker part is looked for in it).
        let mut whole_title = false;
        // `### Julien PERRON & Victor KLÖTZER (Ouest France)` over a photo
        // and `**Ouest-France, de l'I.A. dans le quotidien …**`: the
        // heading names who spoke, the bold line their talk.
        // (Or over `The Scientist and the engineer: [slides](…) / […](…)`:
        // the title, then its links.)
        let titled = || {
            let text = self.text.get(body.clone())?;
            let first = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !markers::is_photo_line(l))?;
            super::paragraph_lines::titled_links(first)
                .map(|t| markers::plain_inline(t).trim().to_string())
        };
        if b.title.is_none()
            && parts.speakers.is_none()
            && b.speakers.is_empty()
            && let Some(t) = b.bold_first.clone().or_else(titled)
            && t.split_whitespace().count() >= 3
            && !super::heading_evidence::names_job(&t)
            && super::heading_evidence::heading_names_people(&h.text)
        {
            b.title = Some(t);
            b.title_first = true;
            whole_title = true;
        }
        // `## Session 1` over `[Title](…) – Gary Short (@garyshort)`: the
        // talk in that slot, and who gave it.
        if b.title.is_none()
            && let Some(t) = super::notes_evidence::talk_under_slot(
                &h.text,
                self.text.get(body.clone()).unwrap_or(""),
            )
        {
            b.title = Some(t);
            b.title_first = true;
        }
        // `### Davide Brugali` over the title of his talk.
        if b.title.is_none()
            && parts.speakers.is_none()
            && names::is_person(h.text.trim(), true)
            && let Some(t) = {
                let notes = self.text.get(body.clone()).unwrap_or("");
                super::notes_evidence::title_under_person(notes).or_else(|| {
                    (h.text.trim().contains(' ') && names::is_person(h.text.trim(), false))
                        .then(|| super::paragraph_lines::bold_title_in_prose(notes))
                        .flatten()
                })
            }
        {
            // (`Verifiable Autonomy and Responsible Robotics` is no pair
            // of people there.)
            b.speakers.retain(|r| !t.contains(r.name.as_str()));
            b.title = Some(t);
            b.title_first = true;
        }
        if let Some(t) = b.title.clone()
            && (headings::is_slot(&parts.title)
                || parts.title.is_empty()
                || (b.title_first && parts.speakers.is_none()))
        {
            if parts.kind.is_none() {
                parts.kind = headings::slot_kind(&parts.title);
            }
            let inner = headings::parts(&t);
            let heading = std::mem::replace(
                &mut parts.title,
                if whole_title { t.clone() } else { inner.title },
            );
            if speakers.is_empty()
                && !whole_title
                && let Some(sp) = inner.speakers
            {
                speakers = parse_speakers(&sp);
            }
            // `### Lightning Talk 3: Martin Berka`, `### Mike McNeil,
            // @mikermcneil` over `* Talk: Node-RED …`: the heading names
            // who gave it.
            if speakers.is_empty() && b.speakers.is_empty() && !headings::is_slot(&heading) {
                let who = match heading.split_once(": ") {
                    Some((slot, rest)) if headings::is_slot(slot) => rest,
                    _ => h.text.as_str(),
                };
                let refs = parse_speakers(who);
                if super::speakers::plausible(&refs) {
                    speakers = refs;
                }
            }
        }
        // `## Gene Kim on the Ideals of DevOps` over `In his talk "The
        // Unicorn Project and the 5 Ideals", …`: the heading says what it
        // was about, the notes quote its title.
        if parts.why == Some("a person's name, `on` and the title")
            && b.title.is_none()
            && let Some(t) =
                super::notes_evidence::quoted_talk_title(self.text.get(body.clone()).unwrap_or(""))
        {
            parts.title = t;
        }
        // `X - Keynote`: whether X is the title or who gave it, the speaker
        // line under the heading says (`Yukihiro "Matz" Matsumoto (JA) -
        // Keynote` above his name; `Parsing RBS (EN) - Keynote` above
        // another's).
        if let Some(kind) = parts.kind.as_deref()
            && !b.speakers.is_empty()
        {
            let key = |s: &str| -> String {
                s.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let below = |name: &str| {
                let k = key(name);
                b.speakers.iter().any(|r| key(&r.name) == k)
            };
            if parts.title == kind
                && !speakers.is_empty()
                && !speakers.iter().any(|r| below(&r.name))
                && let Some(named) = parts.speakers.take()
            {
                parts.title = named;
                speakers.clear();
            } else if parts.title != kind && speakers.is_empty() && below(&parts.title) {
                parts.title = kind.to_string();
            }
        }
        // `## Mob Programming - Sesion 1 - Repaso de Agilidad Moderna` over
        // `**Por:** Teto Gómez.`: the notes name who gave it, so the words
        // after the dash, which read as a name only by their shape, are
        // the title's.
        if !speakers.is_empty()
            && !b.speakers.is_empty()
            && parts.strength < 4
            && b.title.is_none()
            && let Some(sp) = parts.speakers.clone()
            && !speakers
                .iter()
                .any(|r| b.speakers.iter().any(|q| q.name == r.name))
            && let Some(start) = h.text.find(parts.title.as_str())
            && let Some(at) = h.text.rfind(sp.as_str())
            && at > start
        {
            parts.title = h.text[start..at + sp.len()].trim().to_string();
            speakers.clear();
        }
        // `# Polkadot: Bjorn Wagner` over `***Bjorn Wagner*** *- Founder,
        // Parity*`: the heading ends with the name the notes give as the
        // speaker's, which is no part of the title.
        if speakers.is_empty()
            && let Some((title, who)) = [": ", " - ", " – ", " — "]
                .iter()
                .find_map(|sep| parts.title.rsplit_once(sep))
            && !title.trim().is_empty()
            && b.speakers.iter().any(|r| r.name == who.trim())
        {
            parts.title = title.trim_end().to_string();
        }
        // `# Carla - Title` then `@CarlaStabile`: the handle of the speaker
        // the heading names, not a second speaker.
        let handle_of_named = speakers.len() == 1
            && !speakers[0].handle
            && matches!(b.speakers.as_slice(), [r] if r.handle && !r.name.contains(' '));
        if handle_of_named {
            speakers[0].handle = true;
        } else {
            // (A heading that names its people leaves no room for a name
            // among the bullet points below it: `+ Zoey Tomster`.)
            if !speakers.is_empty() && parts.strength >= 3 && !b.guessed_items.is_empty() {
                b.speakers.retain(|r| !b.guessed_items.contains(&r.name));
            }
            speakers.extend(b.speakers);
        }
        if speakers.is_empty() && parts.kind.as_ref() != Some(&parts.title) {
            speakers = self.profile_in_first_paragraph(body.clone());
        }
        // `Laura Eck does a good job discussing…`: who the first sentence
        // of the notes is about, doing what a speaker does.
        if speakers.is_empty()
            && let Some(sp) =
                super::notes_evidence::subject_speakers(self.text.get(body.clone()).unwrap_or(""))
        {
            speakers = sp;
        }
        // `This session was hosted by Cristina Fonseca of Indico Capital.`
        if speakers.is_empty()
            && let Some(sp) = super::hosted_by::hosted_by(self.text.get(body.clone()).unwrap_or(""))
        {
            speakers = sp;
        }
        // `… faite par Marcy CHAROLLOIS.`: a surname in capitals.
        if speakers.is_empty()
            && let Some(sp) = super::caps_surnames::caps_surname_speakers(
                self.text.get(body.clone()).unwrap_or(""),
            )
        {
            speakers = sp;
        }
        // `…の[かみくず](…)さんによる発表です`, `한정수님의 발표 입니다`.
        if speakers.is_empty()
            && let Some(sp) =
                super::cjk_speakers::honorific_speakers(self.text.get(body.clone()).unwrap_or(""))
        {
            speakers = sp;
        }
        if speakers.is_empty()
            && let Some(owner) =
                super::notes_evidence::slide_owner(self.text.get(body.clone()).unwrap_or(""))
        {
            speakers = parse_speakers(&owner);
        }
        links.extend(b.links);
        let speakers_named = !speakers.is_empty();
        if !speakers_named {
            self.warn_fix(
                line,
                "session heading has no speakers".into(),
                "Add a `Speaker: Name` line under the heading, or write it as `Title - Speaker Name`",
            );
        }
        self.draft(
            parts.title,
            speakers,
            b.explicit,
            links,
            match (&parts.org, speakers_named) {
                // `Title - Google`: who gave it stays in the notes.
                (Some(org), false) if !b.markdown.contains(org.as_str()) => {
                    format!("**Organisation:** {org}\n\n{}", b.markdown)
                }
                _ => b.markdown,
            },
            line,
            |s| {
                Placing {
                    day,
                    track,
                    language: parts.language,
                    kind: parts.kind,
                }
                .set(s)
            },
        )
    }

    /// `… decidí ir a ver la de [@supercoco9](https://twitter.com/…)`: the
    /// one person the first paragraph of a talk's notes links to a
    /// profile of (a handle or a name) gave it; none when it links to
    /// two or more.
    fn profile_in_first_paragraph(&self, body: Range<usize>) -> Vec<SpeakerRef> {
        let text = self.text.get(body.clone()).unwrap_or("");
        let lead = text.len() - text.trim_start().len();
        let end = text[lead..]
            .find("\n\n")
            .map_or(body.end, |i| body.start + lead + i);
        let a = self
            .scan
            .links
            .partition_point(|l| l.range.start < body.start);
        let mut found: Option<&str> = None;
        for l in self.scan.links[a..]
            .iter()
            .take_while(|l| l.range.start < end)
        {
            if l.image || !names::is_profile_url(&l.dest) {
                continue;
            }
            match found {
                Some(d) if d != &*l.dest => return Vec::new(),
                _ => found = Some(&l.dest),
            }
        }
        let Some(dest) = found else {
            return Vec::new();
        };
        let Some(l) = self.scan.links[a..].iter().find(|l| &*l.dest == dest) else {
            return Vec::new();
        };
        let t = markers::plain_inline(&l.text);
        let t = t.trim();
        let handle = t.strip_prefix('@').is_some_and(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        });
        if handle || names::is_person(t, true) {
            parse_speakers(t)
        } else {
            Vec::new()
        }
    }

    /// Warnings for speaker names that do not look like people: an
    /// organisation, a job title, a sentence, a handle alone.
    fn check_speakers(&mut self, speakers: &[SpeakerRef], line: u32) {
        for r in speakers {
            let (what, fix) = match names::shape(&r.name) {
                names::Shape::Org => (
                    "an organisation; write `Name, Org` or `Name (Org)`",
                    "Write the speaker as `Name, Org` or `Name (Org)`",
                ),
                names::Shape::Role => (
                    "a job title; write `Name (Role at Org)`",
                    "Write the speaker as `Name (Role at Org)`",
                ),
                names::Shape::Phrase if r.name.split_whitespace().count() > 3 => (
                    "a phrase, not a name; put the speakers on their own line (`Speaker: Name`)",
                    "Put the speakers on a line of their own: `Speaker: Name`",
                ),
                _ if r.handle && !r.name.contains(' ') => (
                    "only a handle; add the person's name before it (`Name @handle`)",
                    "Write the person's name before the handle: `Name @handle`",
                ),
                _ => continue,
            };
            self.warn_fix(
                line,
                format!("speaker `{}` looks like {what}", show_target(&r.name)),
                fix,
            );
        }
    }

    #[allow(clippy::too_many_arguments)] // Reason: a private constructor of a plain record.
    pub(super) fn draft(
        &mut self,
        title: String,
        speakers: Vec<SpeakerRef>,
        explicit: Vec<String>,
        mut links: Vec<Link>,
        markdown: String,
        line: u32,
        more: impl FnOnce(&mut SessionDraft),
    ) -> SessionDraft {
        self.check_speakers(&speakers, line);
        // The first link of each target (by flags: no clone of the URLs).
        let mut seen: HashSet<&str> = HashSet::new();
        let keep: Vec<bool> = links.iter().map(|l| seen.insert(&l.url)).collect();
        drop(seen);
        let mut keep = keep.into_iter();
        links.retain(|_| keep.next().unwrap_or(true));
        let mut s = SessionDraft {
            title: wholly_quoted(&title).map_or(title.clone(), str::to_string),
            speakers,
            explicit,
            links,
            file: self.path.into(),
            line,
            markdown,
            ..SessionDraft::default()
        };
        more(&mut s);
        s
    }
}

/// `"GraphQL!"`, `“Let is the new var”`: the words inside the quotes of a
/// title written wholly in them (not `"Not Hotdog" Revisited`, nor `"A"
/// vs "B"`).
pub(super) fn wholly_quoted(title: &str) -> Option<&str> {
    [('"', '"'), ('“', '”'), ('„', '“')]
        .iter()
        .find_map(|&(open, close)| {
            title
                .strip_prefix(open)
                .and_then(|t| t.strip_suffix(close))
                .filter(|inner| !inner.contains([open, close]) && !inner.trim().is_empty())
        })
        .map(str::trim)
}

/// Where a session sits and what kind it is, as its heading or its
/// file's front matter says: set on its draft in one go.
pub(super) struct Placing {
    pub day: Option<String>,
    pub track: Option<String>,
    pub language: Option<String>,
    pub kind: Option<String>,
}

impl Placing {
    /// Sets these on `s`.
    pub(super) fn set(self, s: &mut SessionDraft) {
        s.day = self.day;
        s.track = self.track;
        s.language = self.language;
        s.kind = self.kind;
    }
}
