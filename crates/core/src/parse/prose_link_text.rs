//! What the words in and around a talk's link say, for
//! [`super::prose_links`]: whether a link's text can be a title, a video
//! link's text that is a title and its people, and who is named after the
//! link (`by Name`) or before it (`Name spoke next on`, `the talk by
//! Name:`).

use super::link_labels;
use super::markers;
use super::names;
use super::prose::Named;
use super::speakers::{self, SpeakerRef};

/// `[Adopting Network Policies in Highly Secure Environments - Raymond de
/// Jong, Isovalent](https://youtu.be/…)`: a link to a video whose text is
/// a title and the people who gave it.
pub(super) fn video_link_talk(text: &str, dest: &str) -> Option<Named> {
    if !link_labels::is_video_url(dest) {
        return None;
    }
    let mut parts = super::headings::parts(&markers::plain_inline(text));
    (parts.speakers.is_some() && parts.strength >= 3).then(|| {
        let refs = parts.speaker_refs();
        (parts.title, refs)
    })
}

/// A link's text that can be a talk's title: words (`most_words` at
/// most), not an address, a label (`slides`, `video`, `here`), a handle
/// or a person's name.
pub(super) fn talk_link_text(t: &str, most_words: usize) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().count();
    let long_enough = words >= 2 || t.chars().filter(|c| !c.is_ascii()).count() >= 4;
    long_enough
        && words <= most_words
        && !t.starts_with("http")
        && !t.starts_with('@')
        && !t.contains("://")
        && link_labels::label_of_text(t).is_none()
        && !link_labels::is_recording_label(t)
        && !super::names::is_person(t, false)
        // (`FOSDEM talk description`, `London Gophers - Slides`: what the
        // link is, not a title.)
        && !t.split_whitespace().last().is_some_and(|w| {
            [
                "description", "page", "details", "abstract", "slides", "video", "recording",
                "link", "here", "website", "site", "schedule", "programme", "program", "agenda",
            ]
            .iter()
            .any(|x| w.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(x))
        })
        // (`Link to the talk`: what the link is.)
        && markers::strip_prefix_ci(t, "link to ").is_none()
        // (`BSides Abstract for Tony's talk`: the page of the talk under
        // the heading, named by whose it is.)
        // (Not `Writing a Great Abstract for Your First Talk`, nor `Let's
        // Talk`: the abstract and whose talk, both.)
        && !{
            let l = t.to_lowercase();
            (l.contains("abstract for ") || l.contains("abstract of "))
                && (l.ends_with("'s talk") || l.ends_with("\u{2019}s talk"))
        }
        // (`Session page`, `talk details`, `Watch the talk`: a label.)
        && !t.split_whitespace().all(|w| {
            [
                "here", "this", "the", "talk", "talk's", "session", "page", "details", "link",
                "to", "a", "of", "watch", "see", "view",
                "abstract", "description", "info", "more", "website", "official", "event",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// `'If Ethics is not None'`, `'Mary had a little lambda' talk`: a
/// link's text in quotes, maybe with the kind of talk after them: the
/// words in the quotes.
pub(super) fn unquoted(t: &str) -> &str {
    for (open, close) in [('\'', '\''), ('"', '"'), ('‘', '’'), ('“', '”')] {
        if let Some(rest) = t.strip_prefix(open)
            && let Some(c) = rest.rfind(close)
            && c > 0
        {
            let after = rest[c + close.len_utf8()..].trim();
            if after.is_empty()
                || matches!(
                    after.to_lowercase().as_str(),
                    "talk" | "keynote" | "session" | "presentation" | "workshop"
                )
            {
                return rest[..c].trim();
            }
        }
    }
    t
}

/// The people named right after a talk's link: `by`, `av`, `von`, `par`,
/// `do`, `de` or a comma, then names (a profile link's text too).
pub(super) fn people_after_link(after: &str) -> Vec<SpeakerRef> {
    let line = after.split('\n').next().unwrap_or("");
    // (`)\u{a0}by\u{a0}Piotr Szczesniak`: no-break spaces are spaces.)
    let bare = markers::plain_inline(line).replace('\u{a0}', " ");
    let rest = bare
        .trim_start_matches([',', ' ', '」', '"', '”', ')', '–', '-'])
        .trim_start();
    let Some(names) = [
        "by ", "av ", "von ", "par ", "do ", "da ", "de ", "door ", "di ", "por ",
    ]
    .iter()
    .find_map(|w| markers::strip_prefix_ci(rest, w)) else {
        return Vec::new();
    };
    // `by @apogsasis`: one handle.
    if let Some(h) = names.strip_prefix('@') {
        let end = h
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(h.len());
        let refs = speakers::parse_speakers(&names[..end + 1]);
        return if end >= 2 && refs.iter().all(|r| r.handle) {
            refs
        } else {
            Vec::new()
        };
    }
    let names = names
        .split([',', '.', '(', ';', ':'])
        .next()
        .unwrap_or("")
        .split(" from ")
        .next()
        .unwrap_or("");
    // (`by Katharine Jarmul with a lot of food for thought`: the names
    // end at the sentence's next lowercase word.)
    let mut end = 0;
    for w in names.split_whitespace() {
        let joins = matches!(
            w,
            "and" | "&" | "van" | "von" | "de" | "der" | "da" | "di" | "du"
        );
        if !(joins || w.starts_with(char::is_uppercase)) {
            break;
        }
        end = w.as_ptr() as usize - names.as_ptr() as usize + w.len();
    }
    let names = names[..end]
        .trim()
        .trim_end_matches(" and")
        .trim_end_matches(" &")
        .trim();
    let words = names.split_whitespace().count();
    if !(2..=8).contains(&words)
        || !super::names::is_person(names.split(" and ").next().unwrap_or(""), true)
    {
        return Vec::new();
    }
    let refs = speakers::parse_speakers(names);
    if speakers::plausible(&refs) {
        refs
    } else {
        Vec::new()
    }
}

/// One to four people, each a handle, a person's shape or two or three
/// capitalised words: who gave a talk linked in the text.
pub(super) fn plausible_people(refs: &[SpeakerRef]) -> bool {
    !refs.is_empty()
        && refs.len() <= 4
        && refs.iter().all(|r| {
            r.handle
                || match super::names::shape(&r.name) {
                    super::names::Shape::Person { .. } => true,
                    super::names::Shape::Capitalised => {
                        (2..=3).contains(&r.name.split_whitespace().count())
                    }
                    _ => false,
                }
        })
}

/// The person after a word of a talk and `de`, `d'` or `by`, before the
/// comma or colon that ends `lead` (`les talks d'Helena Edelson,`,
/// `la keynote de Vincent Saulys,`, `the talk by Jane Doe:`).
pub(super) fn talk_of_person(lead: &str) -> Option<&str> {
    let lead = lead.strip_suffix([',', ':'])?.trim_end();
    let lower = lead.to_lowercase();
    if lower.len() != lead.len() {
        return None;
    }
    let (at, len) = [" d'", " d’", " de ", " by "]
        .iter()
        .filter_map(|m| lower.rfind(m).map(|k| (k, m.len())))
        .max()?;
    let word = lower[..at].split_whitespace().last()?;
    let talk = [
        "talk",
        "talks",
        "keynote",
        "keynotes",
        "présentation",
        "conférence",
        "session",
        "presentation",
    ]
    .contains(&word);
    let who = lead[at + len..].trim();
    (talk && !who.is_empty() && who.split_whitespace().count() <= 4).then_some(who)
}

/// `Lindsay Kelly spoke next on [Title](…)`, `Vladimir Dementyev next took
/// the stage for [Title](…)`: a known person opening the sentence that
/// links the talk, then a few lowercase words that say they gave it (not
/// `Kelsey Hightower recommended watching [Title](…)`).
pub(super) fn subject_before(before: &str) -> Option<&str> {
    let sentence = before
        .rfind(". ")
        .map_or(before, |k| &before[k + 2..])
        .trim_start();
    // (A name and seven words at most: a long line is not walked whole.)
    let words: Vec<&str> = sentence.split_whitespace().take(11).collect();
    if words.len() > 10 {
        return None;
    }
    let name_len = (2..=3).rev().find(|&n| {
        words.len() > n
            && words[..n].iter().all(|w| w.starts_with(char::is_uppercase))
            && names::is_person(&words[..n].join(" "), false)
    })?;
    let between = &words[name_len..];
    let gave = between.iter().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "spoke"
                | "speaks"
                | "talked"
                | "talks"
                | "presented"
                | "presents"
                | "gave"
                | "gives"
                | "took"
                | "takes"
                | "introduced"
                | "introduce"
                | "showed"
                | "shared"
                | "explained"
                | "demoed"
                | "delivered"
                | "walked"
        )
    });
    (gave
        && between.len() <= 7
        && between
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase() || c == '"' || c == '“')))
    .then(|| {
        let end = words[name_len - 1].as_ptr() as usize - sentence.as_ptr() as usize
            + words[name_len - 1].len();
        &sentence[..end]
    })
}
