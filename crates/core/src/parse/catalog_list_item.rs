//! One list item read as a talk, for [`super::catalog_list`]: its lines
//! (source lines and `<br>` breaks), its title (bold text, a link's
//! text, a quoted title or the first line), who gave it (in the title,
//! after it, before its link, on a later line), its links and whether
//! there is evidence that it is a talk.

use std::ops::Range;

use crate::model::Link;
use crate::render::{UrlKind, classify_url};

use super::catalog::{Entry, link_label};
use super::catalog_item::{
    bold_text, find_br, slot_line, speakers_after, strip_site_suffix, trailing_paren_speakers,
    without_paren_handle, without_urls,
};
use super::catalog_item_leads::people_named;
use super::days;
use super::file::FileParser;
use super::headings;
use super::link_labels;
use super::list_item_people::{name_before_handle, people_in_last_parens};
use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::person_first::read_person_first;
use super::speaker_lines;
use super::speakers::SpeakerRef;
use super::talk_pages::is_talk_page;

impl FileParser<'_> {
    /// A list item as a talk, if it reads as one.
    /// `person_first`: most items of the list put the person before the
    /// title's dash (`Ashley McNamara - My Journey to Go`), so two or
    /// three capitalised words there are a name here too (`Kavya Joshi -
    /// Understanding Channels`), known given name or not.
    pub(super) fn list_item(&self, range: Range<usize>, person_first: bool) -> Option<Entry> {
        self.list_item_read(range, person_first, false)
    }

    /// [`Self::list_item`], where `colon`: most items name the person
    /// before a colon (`Tracy Walker: Title`), so capitalised words there
    /// are a name here too (`Dimitry Shvartsman: Title`).
    pub(super) fn list_item_read(
        &self,
        range: Range<usize>,
        person_first: bool,
        colon: bool,
    ) -> Option<Entry> {
        let raw = self.text.get(range.clone())?;
        // Its lines: source lines and `<br>` breaks, without list markers,
        // indentation or a trailing `\` (a hard break).
        let mut lines: Vec<(usize, &str)> = Vec::new();
        let mut pos = range.start;
        for src in raw.split_inclusive('\n') {
            let mut rest = src.trim_end_matches('\n');
            let mut off = pos;
            loop {
                let cut = find_br(rest);
                let (piece, next) = match cut {
                    Some((a, b)) => (&rest[..a], Some(b)),
                    None => (rest, None),
                };
                let t = markers::strip_list_marker(piece);
                // (A numbered reference, `[3] Title — [Name](…)`, read as
                // an item: its number goes.)
                let t = markers::citation(t).map_or(t, |(_, rest)| rest);
                // (A meetup's dated item, `2016-11-24: Name - Title`: its
                // date goes.)
                let t = days::after_leading_date(t).unwrap_or(t);
                // (A planned schedule's item, `09:45: Title, by Name`: its
                // time goes; not a range's, `10:00 - 11:00`.)
                let t = super::numbering::after_leading_time(t).unwrap_or(t);
                let t = self.after_track_label(t).unwrap_or(t);
                let t = t.trim().trim_end_matches('\\').trim();
                if !t.is_empty() {
                    let start = off + (piece.len() - piece.trim_start().len());
                    lines.push((start, t));
                }
                match next {
                    Some(b) => {
                        off += b;
                        rest = &rest[b..];
                    }
                    None => break,
                }
            }
            pos += src.len();
        }
        let (_, first_line) = *lines.first()?;
        // The item's first paragraph: up to a blank line or a nested item.
        let mut para_end = range.end;
        let mut off = range.start;
        for (k, src) in raw.split_inclusive('\n').enumerate() {
            let t = src.trim();
            let nested = t.starts_with("- ")
                || t.starts_with("* ")
                || t.starts_with("+ ")
                || t.split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            // (A player after the item, `<iframe …>`, its recording: no
            // words of its title.)
            let player = ["<iframe", "<video", "<embed", "<object"]
                .iter()
                .any(|p| t.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p)));
            if k > 0 && (t.is_empty() || nested || player) {
                para_end = off;
                break;
            }
            off += src.len();
        }
        // Its text on one line (soft breaks as spaces), when no `<br>`
        // splits it into lines of their own.
        let joined: String;
        let first = if find_br(raw).is_none() {
            joined = lines
                .iter()
                .take_while(|(at, _)| *at < para_end)
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join(" ");
            joined.as_str()
        } else {
            first_line
        };
        // (`**3:00pm CET** - **[Title](video)**`: the slot in bold first is
        // no title; what follows its dash is.)
        let first = match bold_text(first) {
            Some(b)
                if super::numbering::starts_with_time(b) && b.split_whitespace().count() <= 4 =>
            {
                let after = first
                    .find(b)
                    .map(|i| {
                        first[i + b.len()..]
                            .trim_start_matches(['*', '_'])
                            .trim_start()
                    })
                    .unwrap_or(first);
                [" - ", "- ", "– ", ": ", "| "]
                    .iter()
                    .find_map(|sep| after.strip_prefix(sep.trim_start()).map(str::trim_start))
                    .filter(|rest| !rest.is_empty())
                    .unwrap_or(first)
            }
            _ => first,
        };
        let links: Vec<_> = self.links_in(range.clone()).collect();
        let mut entry_links: Vec<Link> = Vec::new();
        let mut recording = false;
        let mut slides = false;
        for l in &links {
            if l.image || classify_url(&l.dest) == UrlKind::Unsafe {
                continue;
            }
            let label = link_label(&l.text, &l.dest, "", false);
            recording |= label == "Recording";
            slides |= label == "Slides";
            entry_links.push(Link {
                label: label.into(),
                url: l.dest.to_string(),
            });
        }
        // Bare video URLs in the text (not Markdown links).
        for (_, line) in &lines {
            for w in line.split_whitespace() {
                let w = w.trim_matches(|c: char| c == '<' || c == '>' || c == '(' || c == ')');
                if (w.starts_with("https://") || w.starts_with("http://"))
                    && link_labels::is_video_url(w)
                    && !entry_links.iter().any(|l| l.url == w)
                {
                    recording = true;
                    entry_links.push(Link {
                        label: "Recording".into(),
                        url: w.to_string(),
                    });
                }
            }
        }
        let embeds = self.embeds_in(range.clone());
        recording |= !embeds.is_empty();
        entry_links.extend(embeds);

        // The title: bold text, a link's text, a quoted title, or the
        // first line without its URLs.
        let mut title_line = first;
        let title_src: String;
        let (title_text, from_link) = if let Some(b) = bold_text(first) {
            (b.to_string(), false)
        } else if let Some(l) = links.iter().find(|l| {
            !l.image
                && l.range.start < para_end
                // (`Name on Title: [slides](…) and [docker](…)`: a link
                // after the talk's materials, which follow its title and a
                // colon, is one more of them; not `Name, [video](…),
                // [regIRT](…)`, the title after its video.)
                && !links.iter().any(|m| {
                    m.range.end <= l.range.start
                        && (link_labels::label_of_text(&m.text).is_some()
                            || link_labels::is_recording_label(&m.text))
                        && self.text.get(range.start..m.range.start).is_some_and(|b| {
                            let b = markers::strip_list_marker(b.trim());
                            let b = days::after_leading_date(b).unwrap_or(b);
                            (b.ends_with(':') && b.split_whitespace().count() >= 4)
                                // (`Verifying Casper [Youtube](…),
                                // [Foundation](…)`: words before the
                                // video are the title, the links after it
                                // more of its materials.)
                                || (link_labels::is_recording_label(&m.text)
                                    && b.split_whitespace().count() >= 2
                                    && !b.contains(['[', ']'])
                                    && !names::is_person(
                                        b.trim_end_matches([',', ' ', '-', '–', ':']),
                                        false,
                                    ))
                        })
                })
                && !l.text.trim().is_empty()
                // (`[20250625](…/events/…): Name: Title`: the meeting's
                // date, no title.)
                && !days::is_numeric_date(l.text.trim())
                && !link_labels::is_recording_label(&l.text)
                && link_labels::label_of_text(&l.text).is_none()
                // (`[:scroll:](notes.md)`: a mark, not a title.)
                && !link_labels::is_mark_label(&l.text)
                // (A conference's page for a speaker is the talk's too when
                // the link's text is a title: `[Immutable data structures
                // for functional JS](…/speakers/anjana-vakil…) (Anjana
                // Vakil)`.)
                && (!names::is_profile_url(&l.dest)
                    || (l.dest.contains("/speaker")
                        && l.text.split_whitespace().count() >= 2
                        // (`[John Allspaw (@allspaw)](…/speakers/…)`: a
                        // person and their handle.)
                        && !names::is_person(without_paren_handle(&l.text), true)))
                && !l.text.starts_with("http")
                && !l.text.starts_with('@')
                // (`Testing in Django by [Aaron Fay][aaron]`: the link after
                // `by` is who gave it.)
                && !self
                    .text
                    .get(range.start..l.range.start)
                    .is_some_and(|b| {
                        let b = b.trim_end();
                        b.len() > 3 && (b.ends_with(" by") || b.ends_with(" By"))
                    })
                // (`[Ben Lippmeier](homepage) - [Title](…)`: the person,
                // then the title's own link.)
                && !(names::is_person(&l.text, false)
                    && self.text.get(l.range.end..para_end).is_some_and(|after| {
                        let a = after.trim_start();
                        a.starts_with("- [") || a.starts_with("– [") || a.starts_with(": [")
                    }))
        }) {
            // `[NESpectre](…): The Massively Multi-Haunted NES`: a subtitle
            // after the link goes on with the title.
            let line_end = self.text[l.range.end..]
                .find('\n')
                .map_or(self.text.len(), |i| l.range.end + i)
                .min(range.end);
            let after = self.text.get(l.range.end..line_end).unwrap_or("");
            // (Not a description: `[Speech-to-Text in Jitsi Meet](…): I'm
            // a little bit disappointed by this talk…`, `: to discover…`;
            // nor one wrapped onto the next lines, `[Title](…): I'm really`
            // / `excited about…`; the talk's materials there, `([video](…),`,
            // are no words of a description.)
            let wrapped = self.comment_goes_on(line_end..para_end);
            let subtitle = (!wrapped)
                .then_some(after)
                .and_then(|a| a.strip_prefix(": "))
                .map(|x| markers::plain_inline(&without_urls(x)).trim().to_string())
                .filter(|x| {
                    (2..=10).contains(&x.split_whitespace().count())
                        && !x.contains(" - ")
                        && !x.starts_with(char::is_lowercase)
                        && !x.ends_with(['.', '!'])
                        // (Not `[Designing Journey](…): Jenova Chen
                        // (thatgamecompany)`: who gave it.)
                        && !{
                            // (All of it: not `Alan Turing and the
                            // Enigma`, a subtitle naming a person.)
                            let people = x.split(" (").next().unwrap_or(x);
                            let lenient = x.ends_with(')');
                            people
                                .split([',', '&'])
                                .flat_map(|p| p.split(" and "))
                                .map(str::trim)
                                .filter(|p| !p.is_empty())
                                .all(|p| {
                                    (2..=4).contains(&p.split_whitespace().count())
                                        && (names::is_person(p, false)
                                            || (lenient && names::is_person(p, true)))
                                })
                        }
                });
            match subtitle {
                Some(sub) => (format!("{}: {sub}", strip_site_suffix(&l.text)), false),
                None => (
                    super::title_ends::strip_code_tag(strip_site_suffix(&l.text)).to_string(),
                    true,
                ),
            }
        } else {
            // (`Title - Name` then `![Photo talk](…)` on the next line:
            // the photo is no word of the title.)
            let mut bare = self.before_link_tail(first, &links).to_string();
            for l in links.iter().filter(|l| l.image) {
                if let Some(src) = self.text.get(l.range.clone()) {
                    bare = bare.replace(src, "");
                }
            }
            title_src = without_urls(super::title_ends::strip_bracket_tag(bare.trim()));
            title_line = title_src.as_str();
            (title_line.to_string(), false)
        };
        // (`Solomon Hykes - @solomonstre - ZeroRPC - `: a dash left where
        // the slides' URL was, or where none was given.)
        // (`Data science in space\t- Cédric Cormont\t`: tabs as spaces.)
        let emphasized = self.person_then_emphasized(first, &links);
        // (Or an event and its date first, `WJUG 316 [03.09] _Title_`:
        // where it was given, evidence of a talk.)
        let event_led = match &emphasized {
            Some(_) => None,
            None => super::catalog_item_leads::event_then_emphasized(first),
        };
        let (title_text, from_link) = match (&emphasized, &event_led) {
            (Some((_, t)), _) | (None, Some(t)) => (t.clone(), false),
            (None, None) => (title_text, from_link),
        };
        let title_text = markers::plain_inline(title_text.trim()).replace('\t', " ");
        let title_text = super::decorations::strip_event_prefix(
            title_text.trim().trim_end_matches([' ', '-', '–']),
        )
        .to_string();
        // (`- [Slides](…)` alone under a talk's heading: its media, no
        // title.)
        // (`* Day1: https://www.youtube.com/live/…`: a day's stream.)
        // `- Name, "Title", [slides.pdf](…)`: read once, used below.
        let quoted = super::paragraph_lines::person_then_quoted(first).or_else(|| {
            self.cornered_talk(first).or_else(|| {
                super::paragraph_lines::org_then_honored_people(first)
                    .filter(|_| self.speaks_of_talks_ja())
            })
        });
        // (`- [1_2_SAWADOGO.pdf](/slides/…)`: a file's name, no title.)
        let file_name = !title_text.contains(' ')
            && title_text.rsplit_once('.').is_some_and(|(_, ext)| {
                matches!(
                    ext.to_ascii_lowercase().as_str(),
                    "pdf" | "ppt" | "pptx" | "key" | "odp" | "zip" | "mp4" | "mov"
                )
            })
            // (Unless a quoted title comes before it: `Name, "Title",
            // [slides.pdf](…)`.)
            && quoted.is_none();
        if title_text.is_empty()
            || file_name
            || title_text.len() > 250
            || link_labels::label_of_text(&title_text).is_some()
            || link_labels::is_recording_label(&title_text)
            || (title_text.split_whitespace().count() <= 2
                && days::is_day(&headings::norm(title_text.trim_end_matches(':'))))
        {
            return None;
        }
        // (`Title ([slides](…), [video](…))`: the materials' labels are
        // no words of the title. A link's text is left as it is: what is
        // around the link is read against it below.)
        let title_text = if from_link {
            title_text
        } else {
            super::title_ends::strip_materials_paren(&title_text).to_string()
        };
        let led = emphasized
            .or_else(|| self.profile_led(first, &links))
            .or_else(|| super::catalog_item::bold_person_then_title(first));
        // `양찬석(Google Korea) / Title`: the people, a slash, the title.
        let slashed = if led.is_none() {
            super::catalog_item::people_slash_title(first)
        } else {
            None
        };
        let led = led.or_else(|| slashed.as_ref().map(|(_, t)| (String::new(), t.clone())));
        let title_text = led.as_ref().map_or(title_text, |(_, t)| t.clone());
        let mut parts = headings::parts(&title_text);
        if person_first {
            read_person_first(&mut parts, &title_text, colon && !from_link);
        }
        if !person_first {
            people_in_last_parens(&mut parts, &title_text);
        }
        let mut speakers: Vec<SpeakerRef> = parts.speaker_refs();
        // (The title in italics after its event is all title: `Porządki w
        // kodzie - JS Clean Architecture` names nobody.)
        if event_led.is_some() {
            parts.title = title_text.clone();
            parts.kind = None;
            speakers.clear();
        }
        // (`["ng-europe - roundup"](…) - Name`: a link's text wholly in
        // quotes is all title; who gave it is read after the link.)
        if from_link
            && led.is_none()
            && slashed.is_none()
            && super::session::wholly_quoted(&title_text).is_some()
        {
            parts.title = title_text.clone();
            parts.kind = None;
            speakers.clear();
        }
        // `[Iris Hunkeler](linkedin) - DevOps, ClickOps… making sense of
        // the Buzzword-Bingo`: the person's profile, then the whole title.
        if let Some((refs, t)) = slashed {
            parts.title = t;
            parts.kind = None;
            speakers = refs;
        } else if let Some((who, t)) = led {
            parts.title = t;
            parts.kind = None;
            speakers = if who.ends_with(')') {
                super::speakers::parse_speakers(&who)
            } else {
                vec![SpeakerRef {
                    name: who,
                    org: None,
                    handle: false,
                }]
            };
        }
        // `- Name, "Title", [slides.pdf](…)`: the quoted words are the
        // title, not the link's.
        if let Some((t, refs)) = quoted.clone() {
            parts.title = t;
            parts.kind = None;
            speakers = refs;
        }
        // What follows the title on its line: `- Name, Org`, `by Name`,
        // `(Name, Event 2019)`.
        if speakers.is_empty() {
            let after = if from_link {
                self.text_after_title_link(&range, &links, &title_text)
            } else if let Some(b) = bold_text(first) {
                // `**Como quebrar uma defesa fechada** – [David
                // Perdomo](…), [Daniel Girela](…)`: the rest of the line.
                first
                    .find(b)
                    .map(|i| {
                        first[i + b.len()..]
                            .trim_start_matches(['*', '_'])
                            .to_string()
                    })
                    .unwrap_or_default()
            } else {
                String::new()
            };
            // `[Title](…) (Workshop, Dec 13)`: the kind of session, not
            // people.
            let kind_after = after
                .trim()
                .strip_prefix('(')
                .and_then(|x| x.split([',', ')']).next())
                .map(str::trim)
                .filter(|k| headings::is_kind(k) || super::decorations::starts_with_kind(k));
            if let Some(k) = kind_after {
                parts.kind.get_or_insert_with(|| k.to_string());
            } else {
                speakers = speakers_after(&after).unwrap_or_default();
            }
            if speakers.is_empty()
                && !from_link
                && let Some((t, sp)) = trailing_paren_speakers(&parts.title)
            {
                parts.title = t;
                speakers = sp;
            }
        }
        // `Name - [Title](…)`: the people before the title's link.
        if speakers.is_empty()
            && let Some(sp) = self.people_before_title_link(&range, &links, &title_text)
        {
            speakers = sp;
        }
        // `Pav Andriychenko on Jupyter Web Apps: [slides](…)`: who spoke
        // on the title, in its words, when the item has the talk's
        // materials.
        // (Not within a title in bold: `**Language Processing on Quantum
        // Hardware**` is all title.)
        if speakers.is_empty()
            && !from_link
            && (slides || recording)
            && bold_text(first).is_none_or(|b| !b.contains(" on "))
            && let Some((who, t)) = parts.title.split_once(" on ")
            && people_named(who, true)
            && t.split_whitespace().count() >= 2
        {
            speakers = super::speakers::parse_speakers(&who.replace(" and ", ", "));
            parts.title = t.trim().to_string();
        }
        // `* Erin LeDell, [video](…), [benchmarking ML systems](…)`: the
        // person who starts the item, before its first comma (a known
        // given name), when the title is a link after it.
        if speakers.is_empty()
            && from_link
            && let Some((lead, _)) = markers::strip_list_marker(raw.trim_start()).split_once(',')
            && !lead.contains(['[', '*', '_', '`'])
            && (2..=4).contains(&lead.split_whitespace().count())
            && matches!(
                names::shape(lead.trim()),
                names::Shape::Person { given: true }
            )
            && !title_text.contains(lead.trim())
        {
            speakers = super::speakers::parse_speakers(lead.trim());
        }
        // A later line naming people (`Medya Ghazizadeh, Google`).
        if speakers.is_empty() {
            for (_, line) in lines.iter().skip(1).take(3) {
                if let Some(sp) = speaker_lines::speaker_line(line, speaker_lines::Position::First)
                {
                    speakers = sp;
                    break;
                }
            }
        }
        // Or, further down its nested lines, one under a speaker's key
        // (`+ 讲师: 老高, `不甘社` 创始人…` after the video, audio and
        // slides).
        if speakers.is_empty() {
            for (_, line) in lines.iter().skip(4) {
                if let Some((key, _)) = markers::key_line(line)
                    && super::speaker_keys::is_speaker_key(&key)
                    && let Some(mut sp) =
                        speaker_lines::speaker_line(line, speaker_lines::Position::First)
                {
                    // (What they do, after the name: `不甘社 创始人`.)
                    sp.retain(|r| !orgs_and_jobs::is_job_title(&r.name));
                    speakers = sp;
                    break;
                }
            }
        }
        name_before_handle(&mut parts, &mut speakers);
        let presented = lines.iter().any(|(_, l)| {
            let lower = l.to_lowercase();
            lower.starts_with("presented at")
                || lower.starts_with("given at")
                || lower.starts_with("talk at")
                // (`[Title](slides) @[PyCon mini Hiroshima 2020
                // (2020/10)](…)`: at the event, linked.)
                || (l.starts_with('[') && l.contains(" @["))
        });
        // `[Bizarre and Unusual Uses of DNS](https://fosdem.org/2023/
        // schedule/event/dns_bizarre…/)`: the talk's own page on the
        // event's schedule.
        let talk_page = links.iter().any(|l| {
            !l.image
                && title_text.starts_with(markers::plain_inline(&l.text).trim())
                && is_talk_page(&l.dest)
        });
        // `* Pentesting ICS 101` over `* 10am, Track 2` or `* 1000-1400 in
        // Icon B`: a line under the title gives its slot in the schedule.
        let scheduled = lines.iter().skip(1).take(3).any(|(_, l)| slot_line(l));
        // `**Functorial question answering**` over `ACT (2019)`: a title in
        // bold over where and when it was given.
        // (In a file that speaks of talks: not a diary's `**Fushimi
        // Inari**` over `Kyoto (2019)`.)
        let at_event = self.event_named
            && bold_text(first).is_some()
            && super::catalog_item::given_at_event(&parts.title, &lines);
        // (Or the kind of session it was: `[Bayesian Deep Learning](…)
        // (Workshop, Dec 13)`.)
        let evidence = recording
            || at_event
            || event_led.is_some()
            || slides
            || !speakers.is_empty()
            || presented
            || talk_page
            || scheduled
            || parts.kind.is_some();
        // A title that reads as a person is no talk (`Modern SQL` is one:
        // an acronym is no part of a name).
        let acronym = parts
            .title
            .split_whitespace()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        // (Not a quoted title after its speaker: `Maciej Zieliński,
        // "Casper Smart Contracts"`.)
        let person_title = !acronym && quoted.is_none() && names::is_person(&parts.title, false);
        if !evidence || person_title {
            return None;
        }
        let _ = title_line;
        // The item's other lines are its notes.
        let mut notes = String::new();
        for (_, line) in lines
            .iter()
            .filter(|(at, _)| *at >= para_end || find_br(raw).is_some())
            .skip(usize::from(find_br(raw).is_some()))
        {
            notes.push_str("- ");
            notes.push_str(line);
            notes.push('\n');
        }
        Some(Entry {
            title: parts.title,
            speakers,
            links: entry_links,
            notes,
            range,
            kind: parts.kind,
            language: parts.language,
            what: "list item",
        })
    }
}
