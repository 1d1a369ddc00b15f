//! A heading split at its spaced dashes: `Title - Name, Org`, `Name -
//! Title`, `Title - Yelp - Name`, `Name @h - BuzzFeed - Title`, and what
//! after a dash is no person (`Title - Keynote`, `Title - KubeCon NA
//! 2023`, `EnvoyCon 2018 - Seattle`, `Title - Google`). Part of
//! [`super::title::split_speakers`].

use super::decorations::is_kind;
use super::headings::is_event;
use super::names;
use super::orgs_and_jobs;
use super::strength::{speaker_strength, strength_and_refs};
use super::title::{Best, Parts, split_speakers};
use super::util::{each_name, first_spaced_dash, last_spaced_dash};

/// Reads `s` at its spaced dashes into `best`; a reading that no other
/// can beat is returned at once.
pub(super) fn read(s: &str, language: &mut Option<String>, best: &mut Best) -> Option<Parts> {
    // (` -- `, two hyphens, sets apart a name of two to four words only:
    // `Title -- Louise Elliot`, not `Part 1 -- Timeouts`.)
    if let Some((at, 4)) = last_spaced_dash(s)
        && let right = s[at + 4..].trim()
        && !((2..=4).contains(&right.split_whitespace().count())
            && matches!(
                names::shape(right),
                names::Shape::Person { .. } | names::Shape::Capitalised
            ))
    {
        return None;
    }
    // Where the last spaced dash is, and whether people are named after
    // it: when it is also the first dash, the same reading (see below).
    let mut last_dash_people: Option<(usize, bool)> = None;
    // After the last spaced dash: `Title - Speakers`; the kind alone
    // (`Title - Keynote`) or an org alone (`Title - Google`) is not a
    // speaker.
    if let Some((at, len)) = last_spaced_dash(s) {
        let (left, right) = (s[..at].trim(), s[at + len..].trim());
        // `Title - Name, Org - SESSION`: a marker that it is a session.
        let marker = ["session", "talk"]
            .iter()
            .any(|k| right.eq_ignore_ascii_case(k));
        if marker && !left.is_empty() {
            return Some(split_speakers(left, language));
        }
        if is_kind(right) && !left.is_empty() {
            // `Name - Keynote` is the kind given by a person; `Title - Name,
            // Org - KEYNOTE` is read without its kind.
            let mut p = if speaker_strength(left) >= 3 && last_spaced_dash(left).is_none() {
                Parts {
                    title: right.to_string(),
                    speakers: Some(left.to_string()),
                    why: Some("a person's name before the dash, the kind of session after it"),
                    ..Parts::default()
                }
            } else if let Some((d, _)) = first_spaced_dash(left)
                && !names::is_person(left[..d].trim(), false)
            {
                split_speakers(left, language)
            } else {
                Parts {
                    title: left.to_string(),
                    why: Some("the kind of session after the dash"),
                    ..Parts::default()
                }
            };
            p.kind = Some(right.to_string());
            return Some(p);
        }
        let (mut strength, right_refs) = strength_and_refs(right);
        // `Beth Cornils - How to include Whistler, Kate Libby, and
        // appreciate…`: a long sentence after a person's name is the
        // title, whatever names it holds.
        if right.split_whitespace().count() > 8
            && speaker_strength(left) >= 3
            && last_spaced_dash(left).is_none()
        {
            strength = 0;
        }
        // `EnvoyCon 2018 - Seattle`: after an event, a place; not when a
        // person is named there (`Opening the summit - Margaret Hamilton,
        // Apollo`).
        let place = right.split_whitespace().count() == 1
            || (right.contains(',') && right.split_whitespace().count() <= 4);
        if place && strength < 3 && !right.contains('@') && is_event(left) {
            return Some(Parts {
                title: s.to_string(),
                why: Some("an event and its place"),
                event: Some(left.to_string()),
                ..Parts::default()
            });
        }
        let people_right = right_refs.iter().any(|r| {
            r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
        });
        last_dash_people = Some((at, people_right));
        // `Title (Name, Event 2019)`: the parentheses are read below.
        let paren_tail = right.ends_with(')') && right.contains('(');
        if !people_right && !paren_tail && !left.is_empty() && is_event(right) {
            // `Title - KubeCon NA 2023`, `Title - Name - Event`.
            let inner = split_speakers(left, language);
            return Some(Parts {
                title: if inner.speakers.is_some() {
                    inner.title.clone()
                } else {
                    left.to_string()
                },
                event: Some(right.to_string()),
                why: inner.why.or(Some("an event after the last spaced dash")),
                ..inner
            });
        }
        // `Title - Dora Mulitaru - @doramilitaru`, `Title - Whitney
        // O'Banner - Braintree`, `Title - Franklin Hu - Infrastructure lead
        // at Stripe`: the title, a known person, then their handle, their
        // organisation or their job there.
        if let Some((at2, len2)) = last_spaced_dash(left)
            && let who = left[at2 + len2..].trim()
            && (2..=4).contains(&who.split_whitespace().count())
            && matches!(names::shape(who), names::Shape::Person { given: true })
            && left[..at2].split_whitespace().count() >= 2
            && let Some(tail) = who_they_are(right)
        {
            return Some(Parts {
                title: left[..at2].trim().to_string(),
                speakers: Some(format!("{who}{tail}")),
                why: Some("a person's name after the title, then their handle or organisation"),
                strength: 4,
                ..Parts::default()
            });
        }
        // `Title - the rest of it! (Name)`: what follows the dash starts
        // in lowercase and ends with the people in parentheses; the dash is
        // the title's own (read below).
        let title_goes_on = paren_tail && right.starts_with(char::is_lowercase);
        if strength >= 3
            && !title_goes_on
            && let Some((at2, len2)) = last_spaced_dash(left)
            && let Some(org) = super::title_forms::org_between(&left[at2 + len2..])
            && left[..at2].split_whitespace().count() >= 2
        {
            // `Mentoring Metrics Engineers - Yelp - Zach Musgrave`: the
            // title, who they spoke for, the people.
            return Some(Parts {
                title: left[..at2].trim().to_string(),
                speakers: Some(format!("{right}, {org}")),
                why: Some("people's names after the title and their organisation"),
                strength: strength + 1,
                ..Parts::default()
            });
        }
        // `Luigi Montanez - @LuigiMontanez - Server Sent Events`: a person
        // and their handle before the title, whatever the title's words.
        if let Some((at2, len2)) = last_spaced_dash(left)
            && super::title_forms::handle_alone(&left[at2 + len2..])
            && first_spaced_dash(left).is_some_and(|(f, _)| f == at2)
            && speaker_strength(&left[..at2]) >= 3
            && !right_refs.iter().any(|r| r.handle)
        {
            return Some(Parts {
                title: right.to_string(),
                speakers: Some(format!(
                    "{} {}",
                    left[..at2].trim(),
                    left[at2 + len2..].trim()
                )),
                why: Some("a person's name and handle before the title's dashes"),
                strength: 4,
                ..Parts::default()
            });
        }
        if strength >= 3 && !left.is_empty() && !title_goes_on {
            // People after the last dash: the usual `Title - Name, Org`;
            // no other split can read better.
            return Some(Parts {
                title: left.trim_end_matches([':', ',']).trim().to_string(),
                speakers: Some(right.to_string()),
                refs: Some(right_refs),
                why: Some("people's names after the last spaced dash"),
                strength: strength + 1,
                ..Parts::default()
            });
        }
        if title_goes_on {
        } else if strength >= 2 {
            best.consider(
                strength + 1,
                left,
                right,
                "people's names after the last spaced dash",
            );
        } else if strength == 1
            && let Some((at2, len2)) = last_spaced_dash(left)
            && names::is_person(left[at2 + len2..].trim(), false)
            && left[at2 + len2..].split_whitespace().count() >= 2
            && !left[..at2].trim().is_empty()
        {
            // `t-digest - Ted Dunning - MapR technologies`: the title, the
            // person, then who they spoke for.
            best.consider(
                4,
                &left[..at2],
                &format!("{}, {right}", left[at2 + len2..].trim()),
                "a person's name and organisation after the title's dashes",
            );
        } else if strength == 1
            && !left.is_empty()
            && right.split_whitespace().count() <= 3
            && !(sentence_case(left) && right.starts_with(char::is_lowercase))
            // (`Phiên 1: 09:20 – 09:40`: a time is no organisation.)
            && right.chars().any(char::is_alphabetic)
            // (`Before DEF CON - Preparation`: a noun is none either.)
            && !(right.split_whitespace().count() == 1 && names::noun_ending(right))
        {
            // An organisation alone after the dash: not part of the title.
            best.consider(1, left, "", "an organisation after the last spaced dash");
        }
    }
    // Before the first spaced dash: `Name - Title`.
    if let Some((at, len)) = first_spaced_dash(s) {
        let (left, right) = (s[..at].trim(), s[at + len..].trim());
        // `Name - Title`: a person before the dash, and after it
        // something that is not a person (a long or shouting title reads
        // as capitalised words, no more).
        let right_people = match last_dash_people {
            // One dash: what follows it was read above.
            Some((last_at, people)) if last_at == at => people,
            _ => strength_and_refs(right).1.iter().any(|r| {
                r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
            }),
        };
        // (Each person up to four words: `Zachary Johnson & Andrew
        // Reitano`.)
        let short_names = each_name(left).all(|n| n.split_whitespace().count() <= 4);
        // (Not `Donnie Berkholz - VP IT Service Delivery`: a job is no
        // title; that heading is only who spoke.)
        // (A long title may name people in it: `How to include Whistler,
        // Kate Libby, and appreciate that our differences…`.)
        let right_people = right_people && right.split_whitespace().count() <= 6;
        if speaker_strength(left) >= 3
            && short_names
            && let Some((at2, len2)) = first_spaced_dash(right)
            // (One word will do after a handle: `Daniel Shaw - @dshaw -
            // Observability`.)
            && (right[at2 + len2..].split_whitespace().count() >= 2
                || super::title_forms::handle_alone(&right[..at2]))
            && let Some(middle) = super::title_forms::org_between(&right[..at2])
                .or_else(|| super::title_forms::handle_alone(&right[..at2]).then(String::new))
            && !strength_and_refs(&right[at2 + len2..]).1.iter().any(|r| {
                r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
            })
        {
            // `Logan McDonald @loganmeetsworld - BuzzFeed - Optimizing for
            // Learning`, `Ian Bennett - @enbnt - Monitory Report`: the
            // person, who they spoke for (or their handle), the title.
            let who = if middle.is_empty() {
                format!("{left} {}", right[..at2].trim())
            } else {
                format!("{left}, {middle}")
            };
            best.consider(
                5,
                &right[at2 + len2..],
                &who,
                "a person's name and organisation before the title's dashes",
            );
        } else if speaker_strength(left) >= 3
            && !right_people
            && short_names
            && !right.is_empty()
            && !orgs_and_jobs::is_job_title(right)
            // (One word alone before the dash only before a title of three
            // words or more: `## Cat - "Concatenate"` is a command and
            // what it does.)
            && (left.contains(' ') || left.starts_with('@') || right.split_whitespace().count() >= 3)
        {
            best.consider(
                4,
                right,
                left,
                "a person's name before the first spaced dash",
            );
        }
    }
    None
}

/// What follows a person's name after a dash, as it joins the name: a
/// handle alone (` @doramilitaru`), an organisation alone (`, Braintree`),
/// or a job at or from one (`Jr dev from FT` → `, FT`). None for anything
/// else (another person, a link's label, a remark).
fn who_they_are(right: &str) -> Option<String> {
    if super::title_forms::handle_alone(right) {
        return Some(format!(" {}", right.trim()));
    }
    if super::link_labels::is_recording_label(right)
        || names::is_person(right, false)
        || matches!(
            right.to_ascii_lowercase().as_str(),
            "slides" | "notes" | "demo" | "q&a" | "panel" | "video" | "recording"
        )
    {
        return None;
    }
    if let Some(org) = super::title_forms::org_between(right) {
        return Some(format!(", {org}"));
    }
    let words = right.split_whitespace().count();
    let (k, len) = super::util::rfind_ci(right, " at ")
        .map(|k| (k, 4))
        .or_else(|| super::util::rfind_ci(right, " from ").map(|k| (k, 6)))?;
    let org = right[k + len..].trim();
    // (Not `Live from Berlin`: a job of one word or more before `from`,
    // two or more.)
    let job_words = right[..k].split_whitespace().count();
    ((2..=7).contains(&words)
        && (len == 4 || job_words >= 2)
        && (1..=3).contains(&org.split_whitespace().count())
        && org.starts_with(char::is_uppercase)
        && !org.contains(','))
    .then(|| format!(", {org}"))
}

/// Whether a title is written in sentence case: after its first word, a
/// lowercase word that is not a short function word (`How we clean up our
/// murders`). A lowercase word after such a title's dash continues it
/// (`- postmortems`); after a title in title case it is a name written
/// small (`Multicluster Tool Box - admiralty`).
fn sentence_case(title: &str) -> bool {
    title
        .split_whitespace()
        .skip(1)
        .any(|w| w.len() > 3 && w.starts_with(|c: char| c.is_ascii_lowercase()))
}
