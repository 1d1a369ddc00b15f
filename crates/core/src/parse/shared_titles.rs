//! What most talks of a file carry in their titles that is no part of
//! them, read once all the file's talks are known: who gave each after
//! `with` (`Performance Tuning Azure SQL Databases with David Maxwell`),
//! and the date of each before it (`2018-12-11: Designing Accessible Sign
//! Up Forms`), and where and when each was given after it (`Строим
//! GraphQL-сервер (HolyJS Moscow 2018)`, `Title, 12 июля 2021, Podlodka
//! Frontend Crew`) when half the talks or more end so.
//!
//! `with` is as often a word of the title (`Building Apps with React
//! Native`), so a file's talks are read so only when two or more of them
//! end with a person's name after `with` whose given name is known; then
//! every talk whose title ends with a person's shape after `with` is. (A title like `Testing
//! Angular Apps with Jasmine Spies` in such a file is read so too: a
//! known trade-off, rare in the corpus.)

use super::builder::SessionDraft;
use super::file::FileParser;
use super::names;
use super::speakers;

impl FileParser<'_> {
    /// What most titles of `sessions` carry (see the module's doc): the
    /// dates before them, and the speakers after `with` of those that
    /// name none.
    pub(super) fn tidy_shared_titles(&self, sessions: &mut [SessionDraft]) {
        let known = sessions
            .iter()
            .filter(|s| s.speakers.is_empty())
            .filter_map(|s| with_people(&s.title))
            .filter(|(_, who)| {
                matches!(
                    names::shape(speakers::first_of(who)),
                    names::Shape::Person { given: true }
                )
            })
            .count();
        let dated = sessions
            .iter()
            .filter(|s| dated_title(&s.title).is_some())
            .count();
        if sessions.len() >= 2 && dated * 5 >= sessions.len() * 4 {
            for s in sessions.iter_mut() {
                if let Some(rest) = dated_title(&s.title) {
                    s.title = rest.to_string();
                }
            }
        }
        // (Three or more, and half of them: then also a one-word event,
        // `(KharkivJSx10)`, beside them.)
        let tails = sessions
            .iter()
            .filter(|s| event_tail(&s.title, false).is_some())
            .count();
        if tails >= 3 && tails * 2 >= sessions.len() {
            for s in sessions.iter_mut() {
                if let Some(head) = event_tail(&s.title, true) {
                    s.title = head.to_string();
                }
            }
        } else if tails >= 3 {
            // (Or half the talks of one speaker, on a page of several:
            // the one who gives theirs at conferences.)
            let mut people: Vec<&str> = sessions
                .iter()
                .filter_map(|s| s.speakers.first().map(|r| r.name.as_str()))
                .collect();
            people.sort_unstable();
            people.dedup();
            let people: Vec<String> = people
                .into_iter()
                .filter(|&p| {
                    let theirs = || {
                        sessions
                            .iter()
                            .filter(move |s| s.speakers.first().is_some_and(|r| r.name == p))
                    };
                    let tails = theirs()
                        .filter(|s| event_tail(&s.title, false).is_some())
                        .count();
                    tails >= 3 && tails * 2 >= theirs().count()
                })
                .map(str::to_string)
                .collect();
            for s in sessions.iter_mut() {
                if s.speakers.first().is_some_and(|r| people.contains(&r.name))
                    && let Some(head) = event_tail(&s.title, true)
                {
                    s.title = head.to_string();
                }
            }
        }
        if known < 2 {
            return;
        }
        for s in sessions.iter_mut().filter(|s| s.speakers.is_empty()) {
            // (A name's shape, not two capitalised words: `Building Apps
            // with React Native`.)
            if let Some((title, who)) = with_people(&s.title)
                && matches!(
                    names::shape(speakers::first_of(who)),
                    names::Shape::Person { .. }
                )
            {
                let refs = speakers::parse_speakers(who);
                if !refs.is_empty() {
                    s.speakers = refs;
                    s.title = title.to_string();
                }
            }
        }
    }
}

/// `Title with Name` (or `with Name & Name`): the title and the people,
/// when the first of them has a name's shape and the title two words or
/// more.
fn with_people(t: &str) -> Option<(&str, &str)> {
    let at = t.rfind(" with ")?;
    let (title, who) = (t[..at].trim_end(), t[at + " with ".len()..].trim());
    let first = speakers::first_of(who);
    ((2..=4).contains(&first.split_whitespace().count())
        && title.split_whitespace().count() >= 2
        && !who.contains([':', '?', '!'])
        && matches!(
            names::shape(first),
            names::Shape::Person { .. } | names::Shape::Capitalised
        ))
    .then_some((title, who))
}

/// `2018-12-11: Designing Accessible Sign Up Forms`: the title after a
/// talk's date, two words or more.
fn dated_title(t: &str) -> Option<&str> {
    super::days::after_leading_date(t)
        .map(|r| r.trim_start_matches([':', '-', '–', ' ']))
        .filter(|r| r.split_whitespace().count() >= 2)
}

/// `Title (HolyJS Moscow 2019)`, `Title (Kyiv 2019, Zlit Tech)`, `Title,
/// 12 июля 2021, Podlodka Frontend Crew, сезон #2`, `Title, HolyJS 2020,
/// Online`: the title without where and when it was given (a part with a
/// year; `lone`: also one capitalised word in the last parentheses,
/// `(KharkivJSx10)`), when two words or more are left.
fn event_tail(t: &str, lone: bool) -> Option<&str> {
    // (A year in the title's own words is no event: `, 2019 edition`,
    // `, 2016 to 2020`.)
    let dated = |p: &str| {
        super::util::names_a_year(p)
            && !p.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "edition"
                        | "update"
                        | "revision"
                        | "version"
                        | "to"
                        | "and"
                        | "recap"
                        | "review"
                )
            })
    };
    let enough = |h: &str| h.split_whitespace().count() >= 2;
    if let Some(inner_end) = t.strip_suffix(')')
        && let Some(open) = inner_end.rfind('(')
    {
        let inner = &inner_end[open + 1..];
        let head = t[..open].trim_end();
        let one_word = lone
            && !inner.contains(' ')
            && inner.starts_with(char::is_uppercase)
            && inner.chars().any(char::is_alphabetic)
            // (Not an acronym, `(WASM)`, `(CD)`.)
            && !inner.chars().all(|c| c.is_ascii_uppercase())
            && !names::is_person(inner, false);
        return ((dated(inner) && inner.split_whitespace().count() <= 8 || one_word)
            && enough(head))
        .then_some(head);
    }
    // (The first dated part after a comma, and the few words after it.)
    let mut at = 0;
    for (k, part) in t.split(", ").enumerate() {
        if k > 0 && dated(part) && part.split_whitespace().count() <= 5 {
            let head = t[..at].trim_end_matches([',', ' ']);
            let rest = &t[at..];
            return (enough(head) && rest.split(", ").all(|p| p.split_whitespace().count() <= 5))
                .then_some(head);
        }
        at += part.len() + 2;
    }
    None
}
