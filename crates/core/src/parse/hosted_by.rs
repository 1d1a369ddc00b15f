//! Speakers named in the first sentence of a talk's notes: in the passive
//! (`This session was hosted by Cristina Fonseca of Indico Capital.`,
//! `The talk was given by Ann Lee and Bo Chen.`, `This session was
//! moderated by Bobby Allyn of NPR hosting the following panelists:
//! Christine Spang of Nylas, Simon Wistow of Fastly, and Emil Eifrem of
//! Neo4j.`), after the talk (`The first talk from Adrian Crockford…`), as
//! the subject (`Jason Mickens provided the funnest talk`), or in the
//! language of the notes (`Muy buena charla a cargo de Juan Hernando.`).

use super::markers;
use super::names;
use super::speakers::SpeakerRef;

/// What the sentence may call the talk.
const TALK_WORDS: &[&str] = &[
    "session",
    "talk",
    "panel",
    "keynote",
    "presentation",
    "workshop",
    "lecture",
    "fireside chat",
    "discussion",
];

/// What the speaker did, in the passive.
const DONE_BY: &[&str] = &[
    "hosted by",
    "given by",
    "presented by",
    "delivered by",
    "moderated by",
    "run by",
];

/// The people the first sentence of `body` names as the talk's (see the
/// module's doc), each with the organisation after `of`, `from` or `at`.
pub(super) fn hosted_by(body: &str) -> Option<Vec<SpeakerRef>> {
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !markers::is_directive_line(l))?;
    let plain = markers::plain_inline(first);
    let sentence = super::catalog_item::first_sentence(&plain);
    let linked = Linked(first);
    passive(sentence)
        .or_else(|| talk_from(sentence, linked))
        .or_else(|| gave_talk(sentence, linked))
        .or_else(|| {
            // (A video linked in the line names the talk itself.)
            let video = first.match_indices("](").any(|(k, _)| {
                super::link_labels::is_video_url(first[k + 2..].split(')').next().unwrap_or(""))
            });
            if video {
                None
            } else {
                talk_of_in_other_languages(sentence, linked)
            }
        })
}

/// `Muy buena charla a cargo de Juan Hernando.`, `Uma palestra
/// apresentada por Ana Lima`, `une conférence de [Jean Dupont](profile)`: in the
/// sentence's first twelve words, a talk in the language of the notes,
/// then who gave it (see [`named_at`]). (Not `la conférence de Vincent
/// Saulys, [Title](video)`: a talk named in the line, not the heading's.)
fn talk_of_in_other_languages(sentence: &str, linked: Linked) -> Option<Vec<SpeakerRef>> {
    const TALKS: &[&str] = &[
        "charla",
        "ponencia",
        "palestra",
        "conférence",
        "présentation",
        "vortrag",
    ];
    const BY: &[&str] = &[
        " a cargo de ",
        " impartida por ",
        " presentada por ",
        " dada por ",
        " apresentada por ",
        " ministrada por ",
    ];
    // (Words that also join a talk to its subject or its place, `une
    // conférence de Paris Web`: the person's profile must be linked.)
    const SHORT: &[&str] = &[" de ", " por ", " par ", " von "];
    for (at, w) in words_at(sentence).take(12) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if TALKS.iter().any(|t| bare.eq_ignore_ascii_case(t)) {
            let rest = &sentence[at + w.len()..];
            if let Some(after) = BY.iter().find_map(|b| markers::strip_prefix_ci(rest, b))
                && let Some(people) = named_at(after, linked)
            {
                return Some(people);
            }
            if let Some(after) = SHORT.iter().find_map(|b| markers::strip_prefix_ci(rest, b))
                && let Some(people) = named_at(after, linked)
                && people.iter().all(|p| linked.profile(&p.name))
            {
                return Some(people);
            }
            // (`Charla técnica que se agradece a cargo de Marcelo Tena`:
            // `a cargo de`, whose talk it is, further on.)
            if let Some(k) = super::util::find_str(rest, " a cargo de ")
                && let Some(people) = named_at(&rest[k + " a cargo de ".len()..], linked)
            {
                return Some(people);
            }
        }
    }
    None
}

/// The line a sentence came from, to ask whether a name in it links to a
/// person's profile (`[Yehuda Katz](https://twitter.com/wycats)`).
#[derive(Clone, Copy)]
struct Linked<'a>(&'a str);

impl Linked<'_> {
    fn profile(self, name: &str) -> bool {
        let needle = format!("[{name}](");
        self.0.find(&needle).is_some_and(|at| {
            let url = &self.0[at + needle.len()..];
            let url = url.split(')').next().unwrap_or("");
            names::is_profile_url(url)
        })
    }
}

/// `The first talk from Adrian Crockford was about monitoring…`, `This was
/// a really great keynote by Yehuda Katz & Tom Dale who…`: in the
/// sentence's first twelve words, the talk, then `from` or `by` and one or
/// two people (see [`named_at`]).
fn talk_from(sentence: &str, linked: Linked) -> Option<Vec<SpeakerRef>> {
    if markers::strip_prefix_ci(sentence, "the ").is_none()
        && markers::strip_prefix_ci(sentence, "this ").is_none()
    {
        return None;
    }
    for (at, w) in words_at(sentence).take(12) {
        if TALK_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)) {
            let rest = &sentence[at + w.len()..];
            if let Some(after) = markers::strip_prefix_ci(rest, " from ")
                .or_else(|| markers::strip_prefix_ci(rest, " by "))
            {
                return named_at(after, linked);
            }
        }
    }
    None
}

/// The words of `s` with where each starts.
fn words_at(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// `Jason Mickens provided the funnest talk of the day`: a person, then
/// gave, provided, delivered or presented, and the talk in the same
/// sentence.
fn gave_talk(sentence: &str, linked: Linked) -> Option<Vec<SpeakerRef>> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let verb = words
        .iter()
        .take(5)
        .position(|w| matches!(*w, "gave" | "provided" | "delivered" | "presented"))?;
    if !(2..=3).contains(&verb) {
        return None;
    }
    let lower = sentence.to_lowercase();
    let talked = lower
        .split_whitespace()
        .skip(verb + 1)
        .take(6)
        .any(|w| TALK_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    let name = words[..verb].join(" ");
    (talked && capitalised_name(&name, linked)).then(|| {
        vec![SpeakerRef {
            name,
            org: None,
            handle: false,
        }]
    })
}

/// The people a phrase opens with: two or three capitalised words, maybe
/// `&` or `and` and two or three more (`Yehuda Katz & Tom Dale who…`).
fn named_at(s: &str, linked: Linked) -> Option<Vec<SpeakerRef>> {
    // (The longest that reads as a name: not `Miriam Suzanne Tuesday`.)
    let one = |s: &str| -> Option<(String, usize)> {
        let words: Vec<(usize, &str)> = words_at(s)
            .take_while(|(_, w)| w.starts_with(char::is_uppercase))
            .take(3)
            .collect();
        (2..=words.len()).rev().find_map(|n| {
            let (at, last) = words[n - 1];
            if super::days::is_weekday_or_month(last.trim_end_matches(['.', ',', ';', ':'])) {
                return None;
            }
            let name = words[..n]
                .iter()
                .map(|(_, w)| *w)
                .collect::<Vec<_>>()
                .join(" ");
            let name = name.trim_end_matches(['.', ',', ';', ':']).to_string();
            capitalised_name(&name, linked).then_some((name, at + last.len()))
        })
    };
    let (first, end) = one(s)?;
    let mut out = vec![SpeakerRef {
        name: first,
        org: None,
        handle: false,
    }];
    let rest = s[end..].trim_start();
    if let Some(more) = rest
        .strip_prefix("& ")
        .or_else(|| rest.strip_prefix("and "))
        && let Some((second, _)) = one(more)
    {
        out.push(SpeakerRef {
            name: second,
            org: None,
            handle: false,
        });
    }
    Some(out)
}

/// Two or three words that read as a person's name: each capitalised and
/// of letters (and `-`, `'`), none a word of a sentence's start, the
/// first a known given name (not `Red Hat Developer`, `GopherCon Europe`,
/// `Union Station`, `Deutsche Telekom`), unless the name links to the
/// person's profile.
fn capitalised_name(name: &str, linked: Linked) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && !words.last().is_some_and(|w| w.ends_with('.'))
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && (w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    // (An initial: `Kent C. Dodds`.)
                    || (w.chars().count() == 2 && w.ends_with('.')))
                && !matches!(
                    *w,
                    "The" | "This" | "That" | "It" | "We" | "I" | "He" | "She" | "They"
                )
        })
        && (names::is_person(name, false) || (linked.profile(name) && names::is_person(name, true)))
}

/// The passive form: `This session was hosted by …`.
fn passive(sentence: &str) -> Option<Vec<SpeakerRef>> {
    let lower = sentence.to_lowercase();
    let opening = ["this ", "the "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))?;
    let talk = TALK_WORDS.iter().find(|t| opening.starts_with(*t))?;
    let verb_at = ["was ", "is "]
        .iter()
        .find_map(|v| opening[talk.len()..].trim_start().strip_prefix(v))?;
    let done = DONE_BY.iter().find(|d| verb_at.starts_with(*d))?;
    let start = sentence.len() - verb_at.len() + done.len();
    let rest = sentence.get(start..)?.trim();
    // `… hosting the following panelists: A of X, B of Y, and C of Z`.
    let (host, panel) = match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let mut out = Vec::new();
    out.extend(person_of(cut_clause(host))?);
    if let Some(p) = panel {
        for part in p.split([',', ';']) {
            let part = part.trim().trim_start_matches("and ").trim();
            if part.is_empty() {
                continue;
            }
            out.extend(person_of(part)?);
        }
    }
    Some(out)
}

/// `Bobby Allyn of NPR hosting the following panelists`: the person and
/// their organisation, without what the sentence goes on to say.
fn cut_clause(s: &str) -> &str {
    let mut end = s.len();
    for w in [" hosting ", " with ", " who ", " and the ", ", "] {
        if let Some(i) = s.find(w) {
            end = end.min(i);
        }
    }
    s[..end].trim().trim_end_matches('.')
}

/// `Cristina Fonseca of Indico Capital`, `Lauren Wright, CEO of The
/// Natural Nipple`, `Ann Lee and Bo Chen`: people, each a known name.
fn person_of(s: &str) -> Option<Vec<SpeakerRef>> {
    let s = s.trim().trim_end_matches('.');
    let mut out = Vec::new();
    for who in s.split(" and ") {
        let (name, org) = match [" of ", " from ", " at "]
            .iter()
            .find_map(|w| who.split_once(w))
        {
            Some((n, o)) => (n.trim(), Some(o.trim())),
            None => (who.trim(), None),
        };
        // (`Lauren Wright, CEO`: the role goes.)
        let name = name.split(", ").next().unwrap_or(name).trim();
        if !(2..=4).contains(&name.split_whitespace().count()) || !names::is_person(name, false) {
            return None;
        }
        out.push(SpeakerRef {
            name: name.to_string(),
            // (Not `at the Berlin SRE meetup last spring`: a place.)
            org: org
                .filter(|o| {
                    o.starts_with(|c: char| c.is_uppercase()) && o.split_whitespace().count() <= 6
                })
                .map(str::to_string),
            handle: false,
        });
    }
    (!out.is_empty()).then_some(out)
}
