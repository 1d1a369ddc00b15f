//! How strongly a part of a heading reads as the people who gave the
//! talk: 0 not at all, 1 an organisation only, 2 capitalised words, 3
//! people (known given names, handles, full names with orgs). The title
//! splitter keeps the reading with the most strength; the outline takes
//! a strong one as evidence of a talk.

use super::decorations::is_kind;
use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::speakers::{self, parse_speakers};

/// How strongly a part of a heading reads as its speakers: 0 not at all,
/// 1 an organisation only, 2 capitalised words, 3 people.
pub(crate) fn speaker_strength(part: &str) -> u8 {
    strength_and_refs(part).0
}

/// [`speaker_strength`], with the speakers it read (so they are read once).
pub(super) fn strength_and_refs(part: &str) -> (u8, Vec<speakers::SpeakerRef>) {
    let part = part.trim();
    if part.is_empty() || is_kind(part) {
        return (0, Vec::new());
    }
    let refs = parse_speakers(part);
    if refs.is_empty() {
        return (0, refs);
    }
    (strength_of(part, &refs), refs)
}

/// The strength of speakers `refs` read from `part`.
fn strength_of(part: &str, refs: &[speakers::SpeakerRef]) -> u8 {
    let plain = markers::plain_inline(part);
    // `@handle` alone: a person known by their handle.
    if refs.iter().all(|r| r.handle) && !plain.contains(char::is_whitespace) {
        return 3;
    }
    if refs.len() == 1 && refs[0].org.is_none() && !refs[0].handle {
        // One word or a few: a name, an org, or part of the title.
        let name = refs[0].name.as_str();
        if orgs_and_jobs::is_org(name) {
            return 1;
        }
        // `Name, Event 2019`: who gave it, and where.
        let event_after = part
            .rsplit_once(',')
            .is_some_and(|(_, tail)| super::util::has_year(tail));
        return match names::shape(name) {
            names::Shape::Person { .. } => 3,
            names::Shape::Capitalised if name.split_whitespace().count() >= 2 => {
                if event_after {
                    3
                } else {
                    2
                }
            }
            // A single capitalised word (`Kingdon`): a name, weakly.
            // (Not a noun: `Before DEF CON - Preparation`.)
            names::Shape::Capitalised
                if !name.contains(char::is_whitespace)
                    && !name.chars().skip(1).any(char::is_uppercase)
                    && !names::noun_ending(name) =>
            {
                2
            }
            names::Shape::Org => 1,
            names::Shape::Capitalised | names::Shape::Role => 1,
            names::Shape::Phrase => {
                // `admiralty`: one lowercase word after the dash is a
                // company's name written small, not part of a sentence.
                if !plain.contains(char::is_whitespace) && plain.len() <= 20 {
                    1
                } else {
                    0
                }
            }
        };
    }
    if speakers::plausible(refs) {
        let people = refs.iter().any(|r| {
            r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
        });
        let multi_word = refs.iter().all(|r| r.name.split_whitespace().count() >= 2);
        let orgs = refs.iter().any(|r| r.org.is_some());
        // `Name, Event 2019`: who gave it, and where.
        let event_after = part
            .rsplit_once(',')
            .is_some_and(|(_, tail)| super::util::has_year(tail));
        if people || (multi_word && (orgs || event_after)) {
            3
        } else if multi_word {
            2
        } else {
            // `Amsterdam, Netherlands`: one-word names with an org are a
            // place as often as a person.
            1
        }
    } else {
        0
    }
}
