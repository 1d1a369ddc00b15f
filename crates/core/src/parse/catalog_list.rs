//! Catalogue lists: one talk per list item (`- [Title](video) - Name,
//! Org`; a bold title with nested `Presented at …` and `[Recording]`
//! lines; lines split by `<br>`). A list is a catalogue when most of its
//! items (at least two, or its only item) read as talks: a title and
//! evidence (a recording or slides link, a video URL, a speaker part).

use std::ops::Range;

use crate::model::Link;
use crate::render::{UrlKind, classify_url};

use super::catalog::{Entry, is_recording_link, link_label};
use super::catalog_item::{
    bold_text, find_br, speakers_after, strip_site_suffix, trailing_paren_speakers, without_urls,
};
use super::file::FileParser;
use super::headings;
use super::markers;
use super::names;
use super::speaker_lines;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// The sessions of a catalogue list (none if it is not one).
    pub(super) fn list_entries(&self, items: &[Range<usize>]) -> Vec<Entry> {
        // A list of talks has links or URLs in its items: most lists of
        // notes do not, and are passed over without reading each item.
        let with_links = items
            .iter()
            .filter(|r| {
                self.links_in((*r).clone()).next().is_some()
                    || self
                        .text
                        .get((*r).clone())
                        .is_some_and(|t| t.contains("http") || t.contains("**"))
            })
            .count();
        // Or, with no links, items of `Title - Name Surname` (a list of
        // other talks worth finding): most of them name people.
        let people = |r: &Range<usize>| {
            self.text.get(r.clone()).is_some_and(|t| {
                let line = markers::strip_list_marker(t.lines().next().unwrap_or("")).trim();
                // A quick look first: two to five capitalised words after
                // the last ` - ` (most bullets of notes fail it).
                let Some((_, after)) = line.rsplit_once(" - ") else {
                    return false;
                };
                let words = after.split_whitespace().count();
                (2..=5).contains(&words)
                    && after.split_whitespace().all(|w| {
                        w.trim_start_matches(['_', '*'])
                            .starts_with(char::is_uppercase)
                            || w.len() <= 3
                    })
                    && {
                        let p = headings::parts(&markers::plain_inline(line));
                        p.speakers.is_some() && p.strength >= 3
                    }
            })
        };
        let listed_people = || {
            // The first items decide, as for lists with links.
            if !items.iter().take(3).any(people) {
                return false;
            }
            let n = items.iter().filter(|r| people(r)).count();
            n >= 2 && n * 5 >= items.len() * 3
        };
        if (with_links == 0 || (items.len() > 1 && with_links * 2 < items.len()))
            && !(items.len() >= 2 && listed_people())
        {
            return self.comma_people_items(items);
        }
        // A table of contents: most items are only a link whose text is a
        // heading of this file (`- [Day 1 Title - Name](#day-1-title)`).
        // The talks are the headings.
        if items.len() >= 2 {
            let toc = items.iter().filter(|r| self.is_toc_item(r)).count();
            if toc * 2 > items.len() {
                return Vec::new();
            }
        }
        // The first items decide: if none of the first three is a talk,
        // the list is not a catalogue.
        if items.len() > 3
            && items
                .iter()
                .take(3)
                .all(|r| self.list_item(r.clone()).is_none())
        {
            return Vec::new();
        }
        let entries: Vec<Option<Entry>> = items.iter().map(|r| self.list_item(r.clone())).collect();
        let talks = entries.iter().filter(|e| e.is_some()).count();
        // `- ...`, `- and many more!`: not items that could be talks.
        let filler = items.iter().filter(|r| self.is_filler_item(r)).count();
        let enough = if items.len() == 1 {
            // One item: with a recording or slides (a talk per event or
            // year).
            entries[0].as_ref().is_some_and(|e| {
                e.links
                    .iter()
                    .any(|l| is_recording_link(l) || l.label == "Slides")
            })
        } else {
            talks >= 2 && talks * 5 >= (items.len() - filler) * 3
        };
        if !enough {
            return Vec::new();
        }
        // An index of the talks below (`1. [Title - Name](…#section)`):
        // when most titles head a part of the file, the headings are the
        // talks.
        let headed = entries
            .iter()
            .flatten()
            .filter(|e| self.heads_a_part(&e.title))
            .count();
        if headed * 2 > talks {
            return Vec::new();
        }
        entries.into_iter().flatten().collect()
    }

    /// A list of `Title, Name Surname` items with no links (`- Better
    /// async code with Python 3, Anton Caceres`, `- Implantación de
    /// ElasticSearch, Miguel Sánchez y Miguel González`): three items or
    /// more, most of them ending with people after their last comma.
    fn comma_people_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        if items.len() < 3 {
            return Vec::new();
        }
        let split = |r: &Range<usize>| -> Option<(String, Vec<SpeakerRef>)> {
            let t = self.text.get(r.clone())?.trim();
            if t.contains('\n') {
                return None;
            }
            let line = markers::plain_inline(markers::strip_list_marker(t).trim());
            let (title, after) = line.rsplit_once(", ")?;
            let title = title.trim();
            let words = title.split_whitespace().count();
            if !(1..=20).contains(&words) || after.split_whitespace().count() > 10 {
                return None;
            }
            // Every person named reads as one (`A y B`, `A and B`).
            let people: Vec<&str> = [" y ", " and ", " & ", " e ", " et ", " und "]
                .iter()
                .find_map(|j| after.split_once(j).map(|(a, b)| vec![a, b]))
                .unwrap_or_else(|| vec![after]);
            if !people.iter().all(|p| {
                let p = p.trim();
                p.split_whitespace().count() >= 2 && names::is_person(p, true)
            }) {
                return None;
            }
            let refs: Vec<SpeakerRef> = people
                .iter()
                .flat_map(|p| super::speakers::parse_speakers(p.trim()))
                .collect();
            (!refs.is_empty()).then(|| (title.to_string(), refs))
        };
        if !items.iter().take(3).any(|r| split(r).is_some()) {
            return Vec::new();
        }
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|r| {
                let (title, speakers) = split(r)?;
                Some(Entry {
                    title,
                    speakers,
                    notes: String::new(),
                    range: r.clone(),
                    what: "list item",
                    ..Entry::default()
                })
            })
            .collect();
        if found.len() >= 3 && found.len() * 5 >= items.len() * 3 {
            found
        } else {
            Vec::new()
        }
    }

    /// A day's list whose items each start with a speaker's profile link
    /// and go on with what the author took from the talk (`- [mjackson](
    /// https://twitter.com/mjackson) - unpkg is a cdn…`): each item is a
    /// talk known by its speaker. Three items or more, most of them so.
    pub(super) fn speaker_items(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(&range) {
            if items.len() < 3 {
                continue;
            }
            let found: Vec<Entry> = items
                .iter()
                .filter_map(|it| {
                    let l = self.links_in(it.range.clone()).next()?;
                    let raw = self.text.get(it.range.start..l.range.start)?;
                    let after = self.text.get(l.range.end..it.range.end)?.trim_start();
                    let who = l.text.trim().trim_start_matches('@');
                    let opens_item = markers::strip_list_marker(raw.trim_start())
                        .trim()
                        .is_empty();
                    let said = [" - ", "- ", ": ", "– "]
                        .iter()
                        .any(|sep| after.starts_with(sep.trim_start()))
                        && after.split_whitespace().count() >= 4;
                    (opens_item
                        && said
                        && !l.image
                        && names::is_profile_url(&l.dest)
                        && !who.is_empty()
                        && who.split_whitespace().count() <= 4)
                        .then(|| Entry {
                            title: who.to_string(),
                            speakers: super::speakers::parse_speakers(who),
                            notes: markers::strip_list_marker(
                                self.text.get(it.range.clone()).unwrap_or("").trim(),
                            )
                            .to_string(),
                            range: it.range.clone(),
                            what: "speaker item",
                            ..Entry::default()
                        })
                })
                .collect();
            if found.len() >= 3 && found.len() * 5 >= items.len() * 3 {
                out.extend(found);
            }
        }
        out
    }

    /// Whether a list item only says there is more (`...`, `many many
    /// more!`, `etc.`).
    fn is_filler_item(&self, r: &Range<usize>) -> bool {
        let Some(text) = self.text.get(r.clone()) else {
            return false;
        };
        let t = markers::strip_list_marker(text.trim())
            .trim()
            .to_lowercase();
        let words = t.split_whitespace().count();
        !t.contains('\n')
            && (!t.chars().any(char::is_alphanumeric)
                || (words <= 5 && (t.contains("more") || t.starts_with("etc"))))
    }

    /// Whether a heading of the file holds `title` (after its ordinal,
    /// before who gave it): a title of three words or more.
    fn heads_a_part(&self, title: &str) -> bool {
        let n = headings::norm(title);
        n.split(' ').count() >= 3 && self.heading_norms.iter().any(|h| h.contains(&n))
    }

    /// Whether the item is one link whose text is a heading of the file.
    fn is_toc_item(&self, r: &Range<usize>) -> bool {
        if self.heading_norms.is_empty() || self.links_in(r.clone()).nth(1).is_some() {
            return false;
        }
        let Some(text) = self.text.get(r.clone()) else {
            return false;
        };
        let line = markers::strip_list_marker(text.lines().next().unwrap_or("")).trim();
        if !(line.starts_with('[') && line.ends_with(')')) {
            return false;
        }
        let norm = headings::norm(&markers::plain_inline(line));
        !norm.is_empty() && self.heading_norms.binary_search(&norm).is_ok()
    }

    /// `Title (Name): [Slides](…), [Video](…)`: `first` up to the links at
    /// its end that only say what they are (slides, a recording), and the
    /// separator before them; all of `first` when it has no such tail.
    fn before_link_tail<'t>(&self, first: &'t str, links: &[&super::scan::LinkRef<'_>]) -> &'t str {
        let labelled = |l: &&&super::scan::LinkRef<'_>| {
            !l.image
                && (markers::is_recording_label(&l.text)
                    || markers::label_of_text(&l.text).is_some())
        };
        let Some(at) = links
            .iter()
            .filter(labelled)
            .filter_map(|l| first.find(self.text.get(l.range.clone())?))
            .min()
        else {
            return first;
        };
        let mut tail = first[at..].to_string();
        for l in links {
            if let Some(src) = self.text.get(l.range.clone()) {
                tail = tail.replace(src, "");
            }
        }
        let only_separators = tail
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '-' | '–' | '·' | '&'));
        let head = first[..at]
            .trim_end()
            .trim_end_matches([':', '-', '–', '|', ','])
            .trim_end();
        if only_separators && !head.is_empty() {
            head
        } else {
            first
        }
    }

    /// A list item as a talk, if it reads as one.
    fn list_item(&self, range: Range<usize>) -> Option<Entry> {
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
                let t = markers::strip_list_marker(piece)
                    .trim()
                    .trim_end_matches('\\')
                    .trim();
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
            if k > 0 && (t.is_empty() || nested) {
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
                    && markers::is_video_url(w)
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
                && !l.text.trim().is_empty()
                && !markers::is_recording_label(&l.text)
                && markers::label_of_text(&l.text).is_none()
                && !names::is_profile_url(&l.dest)
                && !l.text.starts_with("http")
                && !l.text.starts_with('@')
        }) {
            // `[NESpectre](…): The Massively Multi-Haunted NES`: a subtitle
            // after the link goes on with the title.
            let line_end = self.text[l.range.end..]
                .find('\n')
                .map_or(self.text.len(), |i| l.range.end + i)
                .min(range.end);
            let after = self.text.get(l.range.end..line_end).unwrap_or("");
            // (Not a description: `[Speech-to-Text in Jitsi Meet](…): I'm
            // a little bit disappointed by this talk…`, `: to discover…`.)
            let subtitle = after
                .strip_prefix(": ")
                .map(|x| markers::plain_inline(&without_urls(x)).trim().to_string())
                .filter(|x| {
                    (2..=10).contains(&x.split_whitespace().count())
                        && !x.contains(" - ")
                        && !x.starts_with(char::is_lowercase)
                        && !x.ends_with(['.', '!'])
                });
            match subtitle {
                Some(sub) => (format!("{}: {sub}", strip_site_suffix(&l.text)), false),
                None => (strip_site_suffix(&l.text).to_string(), true),
            }
        } else {
            title_src = without_urls(self.before_link_tail(first, &links));
            title_line = title_src.as_str();
            (title_line.to_string(), false)
        };
        let title_text = markers::plain_inline(title_text.trim()).trim().to_string();
        if title_text.is_empty() || title_text.len() > 250 {
            return None;
        }
        let mut parts = headings::parts(&title_text);
        let mut speakers: Vec<SpeakerRef> = parts.speaker_refs();
        // What follows the title on its line: `- Name, Org`, `by Name`,
        // `(Name, Event 2019)`.
        if speakers.is_empty() {
            let after = if from_link {
                links
                    .iter()
                    .find(|l| strip_site_suffix(&l.text) == title_text)
                    .map(|l| {
                        let end = l.range.end;
                        let line_end = |from: usize| {
                            self.text[from..]
                                .find('\n')
                                .map_or(self.text.len(), |i| from + i)
                                .min(range.end)
                        };
                        let first_end = line_end(end);
                        let rest = self.text.get(end..first_end).unwrap_or("");
                        let bare = markers::plain_inline(rest);
                        let bare = bare.trim().trim_end_matches(['-', '–']).trim();
                        // `[Title](video) _by_` and the name wrapped onto
                        // the next line (`[_Steve Francia_](…) - the author
                        // of …`): that line, up to its description.
                        // (Also `[*Title*][ref] by Donna` / `Benjamin.  A
                        // workshop …`: a name wrapped after `by`.)
                        let wrapped_by = markers::strip_prefix_ci(bare, "by ").is_some_and(|n| {
                            !n.contains(['.', ',', '(']) && n.split_whitespace().count() < 2
                        });
                        if (bare.is_empty() || bare.eq_ignore_ascii_case("by") || wrapped_by)
                            && first_end < range.end
                        {
                            let next = self.text.get(first_end + 1..line_end(first_end + 1));
                            let next = next.unwrap_or("").trim();
                            let next = next
                                .split_once(" - ")
                                .or_else(|| next.split_once(" – "))
                                .map_or(next, |(who, _)| who);
                            format!("{rest} {next}")
                        } else {
                            rest.to_string()
                        }
                    })
                    .unwrap_or_default()
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
            speakers = speakers_after(&after).unwrap_or_default();
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
            && let Some(l) = links
                .iter()
                .find(|l| !l.image && title_text.starts_with(markers::plain_inline(&l.text).trim()))
            && let Some(before) = self.text.get(range.start..l.range.start)
        {
            let before = markers::strip_list_marker(before.lines().last().unwrap_or("").trim());
            if let Some(people) = before
                .strip_suffix(" -")
                .or_else(|| before.strip_suffix(" –"))
                .or_else(|| before.strip_suffix(':'))
                // `4. Vortrag: Von H. Uhlig [Dem Hack keine Chance](…)`:
                // `by` and the people right before the title's link.
                .or_else(|| {
                    let b = before.trim_end_matches(['_', '*', ' ']);
                    ["von ", "Von ", "by ", "By ", "par ", "Par "]
                        .iter()
                        .filter_map(|w| b.rfind(w).map(|k| &b[k + w.len()..]))
                        .find(|rest| {
                            (2..=4).contains(&rest.split_whitespace().count())
                                && !rest.contains([':', '['])
                        })
                })
                // `Highload++ 2014. Андрей Аксёнов.` on the line before
                // the title's link: the event's sentence, then the name's.
                .or_else(|| {
                    let (event, name) = before.strip_suffix('.')?.rsplit_once(". ")?;
                    (headings::is_event(event) && event.contains(|c: char| c.is_ascii_digit()))
                        .then_some(name)
                })
                && let Some(sp) = speakers_after(people)
            {
                speakers = sp;
            }
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
        let presented = lines.iter().any(|(_, l)| {
            let lower = l.to_lowercase();
            lower.starts_with("presented at")
                || lower.starts_with("given at")
                || lower.starts_with("talk at")
        });
        // `[Bizarre and Unusual Uses of DNS](https://fosdem.org/2023/
        // schedule/event/dns_bizarre…/)`: the talk's own page on the
        // event's schedule.
        let talk_page = links.iter().any(|l| {
            !l.image
                && title_text.starts_with(markers::plain_inline(&l.text).trim())
                && is_talk_page(&l.dest)
        });
        let evidence = recording || slides || !speakers.is_empty() || presented || talk_page;
        // A title that reads as a person is no talk (`Modern SQL` is one:
        // an acronym is no part of a name).
        let acronym = parts
            .title
            .split_whitespace()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        let person_title = !acronym && names::is_person(&parts.title, false);
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

/// Whether a link goes to one talk's page on an event's schedule
/// (FOSDEM's `/schedule/event/…`, sched's `/event/…`, pretalx's `/talk/…`,
/// sessionize's and other sites' `/session/…`, `/presentations/…`, `/talks/…`).
pub(super) fn is_talk_page(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    let Some(rest) = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
    else {
        return false;
    };
    let Some((host, path)) = rest.split_once('/') else {
        return false;
    };
    // (Video and slide hosts are recordings and slides, not talk pages.)
    if markers::is_video_url(url)
        || [
            "speakerdeck.com",
            "slideshare.net",
            "github.com",
            "twitter.com",
            "x.com",
        ]
        .iter()
        .any(|h| host.ends_with(h))
    {
        return false;
    }
    if host.ends_with(".sched.com") || host.ends_with(".sched.org") {
        return path.starts_with("event/");
    }
    if path.contains("schedule/event/") || path.contains("speakers/talk") {
        return true;
    }
    // `/talk/…`, `/presentations/…`, `/sessions/…`: with something after
    // it, the talk's own page, not the list.
    let segments: Vec<&str> = path.split(['/', '?', '#']).collect();
    segments.iter().enumerate().any(|(k, seg)| {
        [
            "presentation",
            "presentations",
            "talk",
            "talks",
            "session",
            "sessions",
            "palestra",
            "palestras",
            "charla",
            "charlas",
            "vortrag",
            "vortraege",
        ]
        .contains(seg)
            && segments.get(k + 1).is_some_and(|next| !next.is_empty())
    })
}
