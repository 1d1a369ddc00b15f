//! Lists told in sentences, after a paragraph that speaks of talks (`A
//! few of the talks I attended included:`, `A highlight of the keynote
//! talks I attended:`; its last 400 bytes are read). Each item names a
//! talk in curly quotes (`- “PostgreSQL at myYearbook.com” by Gavin M.
//! Roy. I’ve heard …`), or, after a paragraph that ends with a colon,
//! starts with its title before a colon and the author's summary after it
//! (`- THE API IS PEOPLE!: All about communities…`, who gave it being the
//! subject of a verb of speaking, `Shane discusses lessons…`), or has its
//! title, `by` and its people as its first sentence (`The Diabolical
//! Developer by Martijn Verburg. Challenging…`), or a short title, a dash
//! and what the author thought (`Going Serverless - interesting, but I
//! still need the right problem`). Three such items or more.
//! Only parts of a file that are not a session's notes are read; a
//! catalogue's reading of the same list competes with this one.

use std::ops::Range;

use super::catalog::Entry;
use super::file::FileParser;
use super::markers;
use super::prose::Named;
use super::speakers::{self, SpeakerRef};

/// How an item is read: its title and people, if it names a talk so.
type Reader<'a> = dyn Fn(&str) -> Option<Named> + 'a;

impl FileParser<'_> {
    /// The talks of the lists of `range` told in sentences (see the
    /// module documentation): after a line that speaks of talks, three
    /// items or more that name one in curly quotes, or, after such a line
    /// that ends with a colon, most items (three or more) written `Title:
    /// summary`.
    pub(super) fn quoted_items(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(&range) {
            out.extend(self.told_list(range.start, &items));
        }
        out
    }

    /// The talks of one list told in sentences (see [`Self::quoted_items`]);
    /// `from`: where the part that holds it starts.
    pub(super) fn told_list(
        &self,
        from: usize,
        items: &[super::scan_records::ListItem],
    ) -> Vec<Entry> {
        let Some(first) = items.first() else {
            return Vec::new();
        };
        let before = self
            .text
            .get(from..first.range.start)
            .unwrap_or("")
            .trim_end();
        // (The paragraph before the list, which may wrap: `…the following
        // talks, from people who have` / `attended them:`; at most its
        // last 400 bytes.)
        let mut window = before.len().saturating_sub(400);
        while !before.is_char_boundary(window) {
            window += 1;
        }
        let near = &before[window..];
        let mut lead = near[near.rfind("\n\n").map_or(0, |k| k + 2)..].to_lowercase();
        // (Three items or more, or two under such a heading.)
        let mut least = 3;
        // The heading of the part, right above `from`.
        let heading = {
            let above = self.text.get(..from).unwrap_or("").trim_end();
            let line = above[above.rfind('\n').map_or(0, |k| k + 1)..].trim();
            line.strip_prefix('#')
                .map(|h| super::headings::norm(h.trim_start_matches('#')))
        };
        // Right under a heading that names talks (`### Talks:`,
        // `### Tutorials`): the heading leads the list.
        if lead.trim().is_empty()
            && let Some(norm) = &heading
            // (Not `Lightning talk: How to say "No" more easily`: one
            // talk's title.)
            && (super::section_words::names_talk_list(norm) || norm == "tutorials")
            && norm.split_whitespace().count() <= 4
            && !norm.contains(": ")
        {
            lead = format!("{norm}:");
            least = 2;
        }
        // (A plan of timed items is the talks' only under a heading about
        // them: `## Conferences`, `## Schedule`; not a wedding's day.)
        let heading_plans_talks = heading.as_deref().is_some_and(|h| {
            super::section_words::names_talk_list(h)
                || h.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "conferences"
                            | "programme"
                            | "program"
                            | "schedule"
                            | "agenda"
                            | "planning"
                    )
                })
        });
        // (`14 workshops`: a count of the talks, workshops among them.)
        let counts = lead
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                w[0].bytes().all(|b| b.is_ascii_digit())
                    && (names_talks(w[1]) || w[1].starts_with("workshop"))
            });
        let talks = names_talks(&lead) || counts;
        // (`Friday:` over the day's timed talks.)
        let lead_day = {
            let l = lead.trim().trim_end_matches(':').trim();
            l.split_whitespace().count() <= 3 && super::days::is_day(&super::headings::norm(l))
        };
        let days = self.day_list(items, talks, lead_day, heading_plans_talks);
        if !days.is_empty() || !talks {
            return days;
        }
        let entry =
            |it: &super::scan_records::ListItem, (title, speakers): Named| -> Option<Entry> {
                let t = self.text.get(it.range.clone())?;
                Some(Entry {
                    title,
                    speakers,
                    notes: t.trim().to_string(),
                    range: it.range.clone(),
                    what: "title in the text",
                    ..Entry::default()
                })
            };
        let item_text = |it: &super::scan_records::ListItem| {
            self.text
                .get(it.range.clone())
                .map(|t| markers::strip_list_marker(t.trim()))
        };
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|it| entry(it, quoted_in_item(item_text(it)?)?))
            .collect();
        if found.len() >= 3 {
            return found;
        }
        if !lead.ends_with(':') || items.len() < least {
            return Vec::new();
        }
        // (Under a heading that names talks, one word is a title too:
        // `Pandas: little nice intro…`.)
        let words = if least == 2 { 1 } else { 2 };
        // (Not a checklist's or a review's labels: `Length: 30 minutes`,
        // `Overall: good quality`.)
        let before_colon = move |t: &str| {
            title_before_colon(t, words).filter(|(title, _)| {
                words > 1
                    || !matches!(
                        title.to_lowercase().as_str(),
                        "length"
                            | "deadline"
                            | "format"
                            | "date"
                            | "time"
                            | "duration"
                            | "location"
                            | "room"
                            | "level"
                            | "audience"
                            | "overall"
                            | "favourite"
                            | "favorite"
                            | "audio"
                            | "video"
                            | "slides"
                            | "price"
                            | "language"
                            | "topic"
                            | "note"
                            | "notes"
                    )
            })
        };
        let readers: [&Reader<'_>; 3] = [&before_colon, &title_by_name, &title_dash_comment];
        for read in readers {
            let found: Vec<Entry> = items
                .iter()
                .filter_map(|it| entry(it, read(item_text(it)?)?))
                .collect();
            if found.len() >= least && found.len() * 5 >= items.len() * 4 {
                return found;
            }
        }
        // `There were 14 workshops available in total. Here is the list:`
        // over `- Introduction to Elm`, `- Service Workers at Your
        // Service`: bare titles, where the lead counts the talks or says
        // a list of them follows.
        let announces = lead.contains("the list:") || lead.contains("the following");
        if (counts || announces)
            && let Some(last) = items.last()
        {
            return self.bare_title_items(first.range.start..last.range.end);
        }
        Vec::new()
    }
}

impl FileParser<'_> {
    /// `* Mercredi` over `  * Gradle : donner de l'amour à votre build`
    /// over `    * Une bonne remise au clair…`: after a line about the
    /// talks, a list of two days or more, each over items whose own line
    /// is a title and under which the author says what they thought. Each
    /// such item is a talk (three or more, and most of the days' items).
    /// Or, with no such line, items that each start with the talk's time
    /// (`09h30 - You don’t have to be a compiler engineer…`): a plan of
    /// the days' talks.
    fn day_list(
        &self,
        items: &[super::scan_records::ListItem],
        lead_names_talks: bool,
        lead_is_day: bool,
        heading_plans_talks: bool,
    ) -> Vec<Entry> {
        let day = |it: &super::scan_records::ListItem| {
            !it.sub_items.is_empty()
                && self.text.get(it.range.clone()).is_some_and(|t| {
                    let line = markers::strip_list_marker(t.lines().next().unwrap_or("").trim());
                    let plain = markers::plain_inline(line);
                    let plain = plain.trim().trim_end_matches(':');
                    plain.split_whitespace().count() <= 4
                        && super::days::is_day(&super::headings::norm(plain))
                })
        };
        let subs: Vec<&Range<usize>> = if items.iter().filter(|it| day(it)).count() >= 2 {
            items
                .iter()
                .filter(|it| day(it))
                .flat_map(|it| it.sub_items.iter())
                .collect()
        } else if lead_is_day {
            items.iter().map(|it| &it.range).collect()
        } else {
            return Vec::new();
        };
        // (Under a line that names the day, each item starts with its
        // time; timed items only under a heading about the talks.)
        let timed_ok = heading_plans_talks || lead_names_talks;
        let lead_names_talks = lead_names_talks && !lead_is_day;
        // (A break in the plan is in it, but no talk, nor counted among
        // its items: `10h30 - Coffee break`.)
        let mut breaks = 0;
        let found: Vec<Entry> = subs
            .iter()
            .filter_map(|r| {
                let t = self.text.get((*r).clone())?;
                let mut lines = t.lines();
                let own = markers::strip_list_marker(lines.next().unwrap_or("").trim());
                let slotless = super::numbering::strip_ordinal(own);
                let named = super::headings::norm(&markers::plain_inline(slotless));
                if super::section_words::is_vocab(&named) {
                    breaks += 1;
                    return None;
                }
                // (Its notes: a nested line under it; or its time first.)
                let timed = timed_ok && super::numbering::starts_with_time(own);
                if !(timed || (lead_names_talks && lines.next().is_some())) {
                    return None;
                }
                let own = slotless;
                let mut kind = None;
                let own = super::decorations::strip_decorations(own, &mut kind);
                let plain = markers::plain_inline(own);
                // (`~~Title~~`: planned, not seen; `[poster] Title`: its
                // kind; `Title - Name`: who gave it.)
                let plain = plain.trim().trim_matches('~').trim();
                let words = plain.split_whitespace().count();
                let mut parts = super::headings::parts(plain);
                let speakers = if parts.strength >= 3 {
                    parts.speaker_refs()
                } else {
                    Vec::new()
                };
                let title = if speakers.is_empty() {
                    plain.to_string()
                } else {
                    parts.title
                };
                ((1..=24).contains(&words)
                    && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    && !title.ends_with('.')
                    && !super::names::is_person(&title, false))
                .then(|| Entry {
                    title,
                    speakers,
                    notes: t.trim().to_string(),
                    range: (*r).clone(),
                    what: "an item of a plan of the days' talks (under a day, with the author's comment under it or its time before it)",
                    ..Entry::default()
                })
            })
            .collect();
        if found.len() >= 3 && found.len() * 5 >= (subs.len() - breaks) * 4 {
            found
        } else {
            Vec::new()
        }
    }
}

/// Whether a lead paragraph speaks of talks, in the languages notes are
/// written in.
fn names_talks(lead: &str) -> bool {
    [
        "talk",
        "tutorial",
        "session",
        "presentation",
        "keynote",
        "conférence",
        "présentation",
        "vortr",
        "charla",
        "palestra",
        "ponencia",
    ]
    .iter()
    .any(|w| lead.contains(w))
}

/// `Going Serverless - interesting, but I still need the right problem`:
/// a short title (at most eight words, capitalised, no person's name)
/// before a spaced dash, and what the author thought after it.
fn title_dash_comment(t: &str) -> Option<Named> {
    let (at, len) = super::util::first_spaced_dash(t)?;
    let (title, comment) = (t[..at].trim(), t[at + len..].trim());
    let title = markers::plain_inline(title).trim().to_string();
    ((1..=8).contains(&title.split_whitespace().count())
        && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !title.ends_with(['.', ':'])
        && comment.split_whitespace().count() >= 2
        // (Not `Serverless at scale - Anna Berg`: a name after the dash
        // is who gave it, read by the catalogue.)
        && !super::names::is_person(comment.trim_end_matches('.'), true)
        && (comment.starts_with(|c: char| !c.is_uppercase())
            || comment.split_whitespace().count() >= 4)
        && !super::names::is_person(&title, false))
    .then_some((title, Vec::new()))
}

/// `Landscape Sustainability: The Pillars of Cloud Native Growth: About
/// the updates…`: the title up to the last colon with at most twelve
/// words before it, when a summary of four words or more follows; who
/// gave it is the subject of a verb of speaking in the summary.
fn title_before_colon(t: &str, min_words: usize) -> Option<Named> {
    let line = t.lines().next().unwrap_or("").trim();
    let mut cut = None;
    for (at, _) in line.match_indices(": ") {
        if line[..at].split_whitespace().count() > 12 {
            break;
        }
        if line[at + 2..].split_whitespace().count() >= 4 {
            cut = Some(at);
        }
    }
    let at = cut?;
    let title = markers::plain_inline(line[..at].trim()).trim().to_string();
    if title.split_whitespace().count() < min_words
        || !title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || title.ends_with('.')
    {
        return None;
    }
    Some((title, speaking_subject(&line[at + 2..])))
}

/// `The Diabolical Developer by Martijn Verburg. Challenging the agile
/// establishment…`: the item's first sentence is a title, `by` and the
/// people who gave it.
fn title_by_name(t: &str) -> Option<Named> {
    let line = t.split('\n').map(str::trim).collect::<Vec<_>>().join(" ");
    let first = super::catalog_item::first_sentence(&line);
    let at = super::util::rfind_ci(first, " by ")?;
    let title = markers::plain_inline(first[..at].trim().trim_end_matches(','))
        .trim()
        .to_string();
    let names = first[at + 4..].trim().trim_end_matches(['.', ',', ';']);
    if title.is_empty()
        || !title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"')
        || !(2..=8).contains(&names.split_whitespace().count())
    {
        return None;
    }
    let refs = speakers::parse_speakers(names);
    speakers::plausible(&refs).then_some((title, refs))
}

/// Verbs a summary uses for what a speaker did (`Shane discusses …`,
/// `Josh and Catherine talk about …`).
const SPEAKING_VERBS: &[&str] = &[
    "talks",
    "talk",
    "discusses",
    "discuss",
    "explains",
    "explain",
    "presents",
    "present",
    "shows",
    "show",
    "demonstrates",
    "demonstrate",
    "shares",
    "share",
    "describes",
    "describe",
    "introduces",
    "introduce",
    "walks",
    "walk",
    "covers",
    "cover",
    "argues",
    "argue",
];

/// The people who are the subject of a verb of speaking at the start of
/// `summary` or of one of its clauses (after `, ` or `. `): one to three
/// capitalised words each, joined by `and` or `&`, no pronoun
/// (`Shane discusses`, `, Josh and Catherine talk about`).
fn speaking_subject(summary: &str) -> Vec<SpeakerRef> {
    let mut starts = vec![0];
    starts.extend(summary.match_indices(", ").map(|(k, _)| k + 2));
    starts.extend(summary.match_indices(". ").map(|(k, _)| k + 2));
    starts.sort_unstable();
    for from in starts {
        let mut people: Vec<Vec<&str>> = vec![Vec::new()];
        for w in summary[from..].split_whitespace() {
            let last = people.last().map_or(0, Vec::len);
            if SPEAKING_VERBS.contains(&w) && last > 0 {
                let refs: Vec<SpeakerRef> = people
                    .iter()
                    .map(|p| SpeakerRef {
                        name: p.join(" "),
                        org: None,
                        handle: false,
                    })
                    .collect();
                // (`Spotify and Netflix share how…`: companies, no one.)
                if refs.iter().any(|r| {
                    super::orgs_and_jobs::is_org(&r.name)
                        || super::orgs_and_jobs::is_known_org(&r.name)
                }) {
                    return Vec::new();
                }
                return refs;
            }
            if (w == "and" || w == "&") && last > 0 {
                people.push(Vec::new());
            } else if last < 3
                && w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !PRONOUNS.contains(&w)
            {
                if let Some(p) = people.last_mut() {
                    p.push(w);
                }
            } else {
                break;
            }
        }
    }
    Vec::new()
}

/// Capitalised words at a clause's start that name no one.
const PRONOUNS: &[&str] = &[
    "He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "The", "A",
    "An", "Here", "There", "Then", "Also", "And", "But",
];

/// The first title in curly quotes in a list item, and who gave it: after
/// `by`, or the people who start the item (`Magnus Hagander gave a talk
/// on “…”`).
fn quoted_in_item(t: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let o = t.find('“')?;
    let inner_start = o + '“'.len_utf8();
    let c = t[inner_start..].find('”')? + inner_start;
    let title = markers::plain_inline(t[inner_start..c].trim())
        .trim()
        .to_string();
    let words = title.split_whitespace().count();
    if words == 0 || words > 15 || !title.starts_with(|ch: char| !ch.is_lowercase()) {
        return None;
    }
    let after = t[c + '”'.len_utf8()..].trim_start();
    let speakers = markers::strip_prefix_ci(after, "by ")
        .map(|names| {
            let refs = speakers::parse_speakers(super::catalog_item::first_sentence(names));
            if speakers::plausible(&refs) {
                refs
            } else {
                Vec::new()
            }
        })
        .filter(|r| !r.is_empty())
        .or_else(|| {
            // `Spencer Christensen’s talk on “…”`.
            let head = t[..o].replace(['’', '\''], " ");
            super::catalog_item::leading_people(&head)
        })
        .unwrap_or_default();
    Some((title, speakers))
}
