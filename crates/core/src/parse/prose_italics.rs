//! Talks named in running text by two marks a reader knows: a title in
//! italics inside a sentence, with the people after `by` (`*Creating
//! Effective Docker Images* by Abby Fuller`) or in the possessive before
//! it (`Tim Gaunt's session, entitled *Taking it from Side Line to Full
//! Time*`), and the speaker's possessive before a link to a talk's page
//! (`Mia Bajić’s [The Most Bizarre Software Bugs in History](…)`). Used by
//! [`super::prose`].

use super::markers;
use super::speakers::{self, SpeakerRef};

/// `I now decided to attend *Creating Effective Docker Images* by Abby
/// Fuller`, `*Navigating the Docker Toolset* delivered by Microsoft's
/// Shayne Boyer`: a title in italics inside a sentence, then the people
/// who gave it after `by` (`delivered by`, `presented by`, `given by`).
pub(super) fn italic_titles_by(para: &str, out: &mut Vec<(usize, String, Vec<SpeakerRef>)>) {
    let b = para.as_bytes();
    let mut i = 0;
    while let Some(k) = b.get(i..).and_then(|r| memchr::memchr2(b'*', b'_', r)) {
        let o = i + k;
        i = o + 1;
        let mark = b[o];
        // One mark, not two (bold), at a word's start.
        if b.get(o + 1) == Some(&mark)
            || (o > 0 && (b[o - 1] == mark || b[o - 1].is_ascii_alphanumeric()))
        {
            continue;
        }
        let inner_start = o + 1;
        let Some(c) = b[inner_start..]
            .iter()
            .position(|&x| x == mark || x == b'\n')
            .map(|p| inner_start + p)
        else {
            break;
        };
        if b[c] != mark || b.get(c + 1) == Some(&mark) {
            continue;
        }
        i = c + 1;
        let inner = &para[inner_start..c];
        let words = inner.split_whitespace().count();
        if !(2..=20).contains(&words)
            || !inner.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
            || inner.contains('[')
        {
            continue;
        }
        // (Not `I finally read *The Phoenix Project* by Gene Kim`: a book
        // read or recommended.)
        let sentence_start = para[..o]
            .rfind(". ")
            .into_iter()
            .chain(para[..o].rfind('\n'))
            .max()
            .map_or(0, |k| k + 1);
        let lead = para[sentence_start..o].to_lowercase();
        if ["read", "book", "recommend", "novel", "paper"]
            .iter()
            .any(|w| lead.contains(w))
        {
            continue;
        }
        let rest = para[c + 1..].trim_start();
        let Some(names) = ["by ", "delivered by ", "presented by ", "given by "]
            .iter()
            .find_map(|w| markers::strip_prefix_ci(rest, w))
        else {
            // `[Chris Hay](…)’s *Redis the New Black*`: who gave it, in
            // the possessive before the title.
            let before = markers::plain_inline(&para[sentence_start..o]);
            if let Some(who) = possessive_before(&before) {
                let refs = speakers::parse_speakers(who);
                if speakers::plausible(&refs) {
                    out.push((o, markers::plain_inline(inner).trim().to_string(), refs));
                }
            }
            continue;
        };
        let names = markers::plain_inline(names);
        let names = super::util::names_up_to(&names, " since ");
        // `Microsoft's Shayne Boyer`: who they spoke for, then the name.
        let (org, names) = match names.split_once("'s ").or_else(|| names.split_once("’s ")) {
            Some((org, n))
                if org.split_whitespace().count() == 1 && org.starts_with(char::is_uppercase) =>
            {
                (Some(org.to_string()), n)
            }
            _ => (None, names),
        };
        // (Up to the first word that starts in lowercase and joins no
        // names: `Erica Windisch. I really enjoyed`.)
        let mut end = 0;
        for w in names.split_whitespace() {
            if w.starts_with(char::is_uppercase) || matches!(w, "and" | "&" | "van" | "de") {
                end = names.find(w).map_or(end, |p| p + w.len());
            } else {
                break;
            }
        }
        let mut refs = speakers::parse_speakers(names[..end].trim());
        if !speakers::plausible(&refs)
            || !refs.iter().all(|r| super::names::is_person(&r.name, false))
        {
            continue;
        }
        for r in refs.iter_mut().filter(|r| r.org.is_none()) {
            r.org.clone_from(&org);
        }
        out.push((o, markers::plain_inline(inner).trim().to_string(), refs));
    }
}

/// The person named in the possessive right before a talk's link in a
/// sentence, maybe with the kind of talk: `Mia Bajić’s ` or `Jesús
/// Escribano’s workshop, ` (two or three capitalised words, the first a
/// known given name).
pub(super) fn possessive_before(before: &str) -> Option<&str> {
    let mut b = before.trim_end().trim_end_matches(',').trim_end();
    // Whether the kind of talk was named (`’s talk`): then a name of
    // capitalised words will do (`Itamar Syn-Hershko's talk`).
    let mut kinded = false;
    // (`Tim Gaunt’s session, entitled *Title*`.)
    for _ in 0..3 {
        let Some((head, last)) = b.rsplit_once(' ') else {
            break;
        };
        let kind = [
            "talk",
            "workshop",
            "keynote",
            "session",
            "tutorial",
            "presentation",
            "lightning",
            "entitled",
            "titled",
            "called",
            // (`Lee Sheng's talk on [Title](…)`.)
            "on",
            "about",
            // (`Theo Schlossnagle's evening keynote`.)
            "morning",
            "evening",
            "opening",
            "closing",
        ]
        .iter()
        .any(|k| last.eq_ignore_ascii_case(k));
        if !kind {
            break;
        }
        kinded |= ["talk", "keynote", "session", "workshop", "presentation"]
            .iter()
            .any(|k| last.eq_ignore_ascii_case(k));
        b = head.trim_end().trim_end_matches(',').trim_end();
    }
    // (`Tess Ferrandes' talk`: the possessive of a name in s.)
    let b = ["’s", "'s"]
        .iter()
        .find_map(|m| b.strip_suffix(m))
        .or_else(|| {
            b.strip_suffix('\'')
                .or_else(|| b.strip_suffix('’'))
                .filter(|n| kinded && n.ends_with('s'))
        })?;
    let words: Vec<&str> = b.split_whitespace().rev().take(3).collect();
    // The longest run of capitalised words that reads as a person.
    (2..=words.len()).rev().find_map(|n| {
        let start = b.len() - words[..n].iter().map(|w| w.len()).sum::<usize>() - (n - 1);
        let name = b.get(start..)?.trim();
        (words[..n].iter().all(|w| w.starts_with(char::is_uppercase))
            && (super::names::is_person(name, false)
                || (kinded
                    && super::names::shape(name) == super::names::Shape::Capitalised
                    // (`Yesterday Mike's talk`: a sentence's first word.)
                    && !name.split_whitespace().next().is_some_and(|w| {
                        [
                            "Yesterday", "Today", "Tomorrow", "Then", "Also", "Later", "Finally",
                            "Next", "Afterwards", "Last", "This", "That", "Our", "My", "His",
                            "Her", "Their", "And", "But", "So", "After", "Before", "Sadly",
                            "Luckily", "Unfortunately", "Meanwhile",
                        ]
                        .contains(&w)
                    }))))
        .then_some(name)
    })
}
