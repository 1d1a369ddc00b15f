//! Headings of a whole form of their own, read before the usual splits
//! of [`super::title`]: parts between bars or bullets (`Name | Org |
//! "Title"`, `Title • Name • Event 2024`), a quoted title beside a person
//! (`Name: "Title"`, `Name "Title"`), a title in `《…》` then who gave it,
//! a video channel's `Talks - Name: Title`, and the meetings whose
//! guests' names are part of the title (`A Conversation with …`); and
//! the pieces around a title that the usual splits ask about: the people
//! after its commas (`Title, A & B`), an organisation or a handle between
//! dashes (`Name - Yelp - Title`).

use super::headings::is_event;
use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::speakers;
use super::strength::speaker_strength;
use super::title::{Parts, split_once_str};

/// Whether a title before ` with ` names a meeting with its guests (`A
/// Conversation with …`, `Fireside Chat with …`, `Q&A with …`): the
/// names are part of the title.
pub(crate) fn names_its_guests(before_with: &str) -> bool {
    let last = before_with.rsplit(' ').next().unwrap_or("");
    [
        "conversation",
        "interview",
        "chat",
        "q&a",
        "ama",
        "evening",
        "dinner",
        "lunch",
        "breakfast",
        "meetup",
        "panel",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// `Name | @handle | Org | "Title"`: a heading of parts between bars, one
/// of them the title (quoted, or the one that is not a person, a handle
/// or an organisation), the others who gave it.
pub(super) fn split_bars(s: &str) -> Option<Parts> {
    // (`Title • Name • Event 2024` the same; the event is not who gave
    // it, nor the title.)
    let pieces: Vec<&str> = s
        .split(" | ")
        .flat_map(|p| p.split(" • "))
        .map(str::trim)
        .filter(|p| !p.is_empty() && !is_event(p))
        .collect();
    if pieces.len() < 2 {
        return None;
    }
    let quoted = |p: &str| {
        let t = p.trim();
        (t.starts_with('"') && t.ends_with('"') && t.len() > 2)
            || (t.starts_with('“') && t.ends_with('”'))
    };
    let title_at = pieces.iter().position(|p| quoted(p)).or_else(|| {
        let titles: Vec<usize> = (0..pieces.len())
            .filter(|&i| {
                let p = pieces[i];
                let handle_like = p.split_whitespace().count() == 1
                    && p.chars().all(|c| c.is_lowercase() || c.is_ascii_digit());
                !(p.starts_with('@')
                    || names::is_person(p, false)
                    || orgs_and_jobs::is_org(p)
                    || handle_like)
            })
            .collect();
        (titles.len() == 1).then(|| titles[0])
    })?;
    let people: Vec<&str> = pieces
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != title_at)
        .map(|(_, p)| *p)
        .collect();
    let person = people.iter().find(|p| names::is_person(p, true))?;
    let org = people
        .iter()
        .find(|p| orgs_and_jobs::is_org(p) && !names::is_person(p, false));
    let speakers = match org {
        Some(o) => format!("{person} ({o})"),
        None => person.to_string(),
    };
    let title = pieces[title_at].trim().trim_matches(['"', '“', '”']).trim();
    Some(Parts {
        title: title.to_string(),
        speakers: Some(speakers),
        why: Some("parts between bars: a title and who gave it"),
        strength: 3,
        ..Parts::default()
    })
}

/// `Name: "Title"`, `Name - “Title”`: a quoted title beside a person;
/// also `招待講演「Title」 ― Name`, where the words before the corner
/// brackets name the kind of session and the person follows the dash.
pub(super) fn split_quoted(s: &str) -> Option<Parts> {
    // The first opening quote of `“…”`, `「…」`, `『…』`, else `"…"`.
    let curly = [('“', '”'), ('「', '」'), ('『', '』')]
        .iter()
        .filter_map(|&(o, c)| s.find(o).map(|at| (at, o, c)))
        .min_by_key(|&(at, _, _)| at);
    let (open, close, q) = if let Some((o, oq, cq)) = curly {
        (o, s[o..].find(cq).map(|c| o + c)?, oq.len_utf8())
    } else {
        let o = s.find('"')?;
        (o, s[o + 1..].find('"').map(|c| o + 1 + c)?, 1)
    };
    // (Corner brackets quote titles in Japanese, which needs no spaces.)
    let corner = s[open..].starts_with(['「', '『']);
    let title = s.get(open + q..close)?.trim();
    // After the closing quote (`”` is three bytes, `"` one).
    let after = close + s[close..].chars().next().map_or(1, char::len_utf8);
    let trim = |t: &'_ str| -> String {
        let t = t.trim().trim_matches(|c: char| {
            matches!(c, ':' | '-' | '–' | '—' | '―' | ',') || c.is_whitespace()
        });
        markers::strip_prefix_ci(t, "by ")
            .unwrap_or(t)
            .trim()
            .to_string()
    };
    // (`“Not Hotdog” Revisited`: words go on after the quote, which is
    // part of the title. A quoted title stands apart from its people: a
    // separator or nothing on each side.)
    let apart_after = s.get(after..).unwrap_or("").trim_start();
    let apart_before = s[..open].trim_end();
    let stands_apart = (apart_after.is_empty()
        || apart_after.starts_with(['-', '–', '—', '―', ':', ',', '(', '|'])
        || markers::strip_prefix_ci(apart_after, "by ").is_some())
        && (apart_before.is_empty() || apart_before.ends_with(['-', '–', '—', '―', ':', ',', '|']));
    // `"Eclipse Hono: Command and Control" (Talk at eclipsecon Europe
    // 2018)`, `"Title" at Eclipse Day Milan 2017`: a quoted title first,
    // then where it was given; the title alone, no one named.
    if !corner && apart_before.is_empty() && title.split_whitespace().count() >= 2 {
        // (Only where the rest is the event alone: not `"Title" at
        // RustConf 2019 - Jane Doe`, who gave it after, nor `"Works on my
        // machine" at scale: lessons…`, the title going on.)
        let paren = apart_after.starts_with('(');
        let tail = apart_after.trim_start_matches('(');
        let lower = tail.to_lowercase();
        let event = [
            "at ",
            "talk at ",
            "presented at ",
            "keynote at ",
            "presentation at ",
        ]
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| tail.get(p.len()..));
        let event_alone = event.is_some_and(|e| {
            let e = if paren {
                match e.strip_suffix(')') {
                    Some(x) if !x.contains([')', '(']) => x,
                    _ => return false,
                }
            } else {
                e
            };
            !e.contains([':', '—', '–', '|'])
                && !e.contains(" - ")
                && !e.contains(" by ")
                && !e.contains(", ")
                && (paren || e.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        });
        if event_alone {
            return Some(Parts {
                title: title.to_string(),
                why: Some("a quoted title, then where it was given"),
                ..Parts::default()
            });
        }
    }
    if !corner && !stands_apart {
        return None;
    }
    let (before, behind) = (trim(&s[..open]), trim(s.get(after..).unwrap_or("")));
    let enough_title = if corner {
        !title.is_empty()
    } else {
        title.split_whitespace().count() >= 2
    };
    if !enough_title {
        return None;
    }
    // `1日目基調講演「Title」 ― Name`: a kind before, the person after.
    // (The title is delimited, so two capitalised words after it are
    // enough: `― Takayuki Shimizukawa`.)
    if corner && speaker_strength(&behind) >= 2 && speaker_strength(&before) < 2 {
        return Some(Parts {
            title: title.to_string(),
            speakers: Some(behind),
            kind: (!before.is_empty()).then_some(before),
            why: Some(
                "a title in corner brackets, the kind of session before it and who gave it after",
            ),
            strength: 3,
            ..Parts::default()
        });
    }
    let rest = trim(&format!("{before} {behind}"));
    // (The title is delimited: a name-like pair of words beside it is
    // enough, `Nir Friedman - "What C++ developers should know…"`.)
    let strength = speaker_strength(&rest);
    if rest.is_empty() || !(strength >= 3 || (strength >= 2 && super::siblings::name_like(&rest))) {
        return None;
    }
    Some(Parts {
        title: title.to_string(),
        speakers: Some(rest),
        why: Some("a quoted title and who gave it"),
        // (The title is delimited: no word beside it is the title's.)
        strength: 4,
        ..Parts::default()
    })
}

/// Where the people named after a title's commas start: every part after
/// that comma names people (`A & B`, `A and B`, each two words or more
/// and shaped as a name), bar the last, which may name their organisation.
/// Two people or more (one after the last comma is read above).
pub(super) fn people_after_commas(s: &str) -> Option<(usize, &'static str)> {
    let cuts: Vec<usize> = s.match_indices(", ").map(|(k, _)| k).collect();
    // (How many people, and whether one has a known given name.)
    let people = |seg: &str| -> (usize, bool) {
        let names: Vec<String> = seg
            .split(" & ")
            .flat_map(|x| x.split(" and "))
            .map(super::title::strip_paren_tail)
            .collect();
        let all = names.iter().all(|n| {
            let n = n.trim();
            (2..=4).contains(&n.split_whitespace().count()) && names::is_person(n, true)
        });
        let known = names.iter().any(|n| names::is_person(n.trim(), false));
        if all {
            (names.len(), known)
        } else {
            (0, false)
        }
    };
    let mut best = None;
    let mut count = 0;
    let mut known = false;
    for (j, &cut) in cuts.iter().enumerate().rev() {
        let end = cuts.get(j + 1).copied().unwrap_or(s.len());
        let seg = s[cut + 2..end].trim();
        let (n, k) = people(seg);
        if n > 0 {
            count += n;
            known |= k;
            best = Some(cut);
        } else if j + 1 == cuts.len()
            && seg.split_whitespace().count() <= 4
            && seg.starts_with(char::is_uppercase)
            && !names::is_person(seg, false)
        {
            // (The organisation at the end.)
        } else {
            break;
        }
    }
    // `Title, Andrew Martin & Matt Jarvis` has one part and two people.
    (count >= 2 && known)
        .then_some(best)
        .flatten()
        .map(|cut| (cut, "people's names after the title's commas"))
}

/// An organisation between a heading's dashes (`Yelp`, `BuzzFeed`,
/// `SPS Commerce`): one word with a capital, or words an organisation's
/// shape has; not a person, a kind of session or a number.
pub(super) fn org_between(s: &str) -> Option<String> {
    let t = s.trim();
    let words = t.split_whitespace().count();
    let one_word = words == 1
        && t.starts_with(char::is_uppercase)
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'))
        && !t.chars().all(|c| c.is_ascii_digit());
    let org = (one_word || (words <= 4 && orgs_and_jobs::is_org(t)))
        && !names::is_person(t, false)
        && !super::headings::is_kind(t)
        && !t.chars().any(|c| c.is_ascii_digit());
    org.then(|| t.to_string())
}

/// Whether `s` is one `@handle` and nothing else.
pub(super) fn handle_alone(s: &str) -> bool {
    let t = s.trim();
    t.strip_prefix('@')
        .is_some_and(|h| h.len() >= 2 && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// `《把内容交付这件事做好》-郭蕾`, `《Title》-刘磊，Google 机器学习专家`: a
/// title in the title marks, then who gave it after a dash (a full-width
/// comma before their organisation).
pub(super) fn bracketed_title(s: &str) -> Option<Parts> {
    let inner = s.strip_prefix('《')?;
    let (title, rest) = inner.split_once('》')?;
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    let rest = rest.trim_start();
    let who = rest
        .strip_prefix(['-', '–', '—', '－', ':', '：'])
        .map(|w| w.trim_start_matches(['-', '—']).trim())
        .unwrap_or("");
    if rest.is_empty() || who.is_empty() {
        return (rest.is_empty()).then(|| Parts {
            title: title.to_string(),
            why: Some("a title in `《…》`"),
            ..Parts::default()
        });
    }
    let who = who.replace(['，', '、'], ", ");
    // The name, then where they work (the rest after the first comma).
    let refs = match who.split_once(", ") {
        Some((name, org)) => vec![speakers::SpeakerRef {
            name: name.trim().to_string(),
            org: Some(org.trim().to_string()),
            handle: false,
        }],
        None => speakers::parse_speakers(&who),
    };
    if refs.is_empty() || !refs.iter().all(|r| names::is_person(&r.name, true)) {
        return None;
    }
    Some(Parts {
        title: title.to_string(),
        speakers: Some(who.clone()),
        why: Some("a title in `《…》`, then who gave it after a dash"),
        strength: 3,
        refs: Some(refs),
        ..Parts::default()
    })
}

/// The categories a conference's video channel puts before its titles
/// (`Talks - Jane Doe: Title`, `Tutorials - …`, `Keynote Speaker - Name`,
/// `Sponsor Presentations - Title (Sponsor: Org)`), lowercase.
const CHANNEL_CATEGORIES: &[&str] = &[
    "talks",
    "talk",
    "tutorials",
    "tutorial",
    "charlas",
    "keynote speaker",
    "keynote speakers",
    "keynotes",
    "sponsor presentations",
    "sponsor presentation",
    "sponsor workshops",
    "posters",
];

/// `Chandler Carruth "Efficiency with Algorithms"`, `Matt Godbolt “What
/// Has My Compiler Done for Me Lately?”`: a known person, then the title
/// in quotes to the end.
pub(super) fn name_then_quoted(s: &str) -> Option<Parts> {
    let (open, close) = [("\"", "\""), ("“", "”")]
        .into_iter()
        .find(|(_, c)| s.ends_with(c))?;
    let body = &s[..s.len() - close.len()];
    let o = body.find(&format!(" {open}"))?;
    let (who, title) = (body[..o].trim(), body[o + 1 + open.len()..].trim());
    ((2..=4).contains(&who.split_whitespace().count())
        && who
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && !title.is_empty()
        && !title.contains(open)
        && names::is_person(who, false))
    .then(|| Parts {
        title: title.to_string(),
        speakers: Some(who.to_string()),
        why: Some("a person's name, then the title in quotes"),
        strength: speaker_strength(who),
        ..Parts::default()
    })
}

/// A video's title as a conference channel names it: the category, a
/// dash, then `Names: Title` (the names read as people), a keynote
/// speaker's name alone, or a sponsor's title.
pub(super) fn channel_title(s: &str) -> Option<Parts> {
    // `Talks - Name: Title`, also `Talks -Name: Title`: a category, a
    // space and a dash (a prefix test first: most titles have none).
    let (category, rest) = CHANNEL_CATEGORIES.iter().find_map(|c| {
        let head = s.get(..c.len())?;
        let rest = s[c.len()..].strip_prefix(' ')?.trim_start();
        let rest = rest.strip_prefix(['-', '–', '—'])?;
        head.eq_ignore_ascii_case(c).then(|| (c.to_string(), rest))
    })?;
    let rest = rest.trim();
    let kind = match category.as_str() {
        "tutorials" | "tutorial" => Some("Tutorial".to_string()),
        c if c.starts_with("keynote") => Some("Keynote".to_string()),
        _ => None,
    };
    // The category is the evidence: a name's shape is enough after it.
    if category.starts_with("keynote") && names::is_person(rest, true) {
        return Some(Parts {
            title: "Keynote".into(),
            speakers: Some(rest.to_string()),
            kind,
            why: Some("a channel's `Keynote Speaker - Name`"),
            strength: speaker_strength(rest),
            ..Parts::default()
        });
    }
    if category.starts_with("sponsor") {
        let title = match rest
            .strip_suffix(')')
            .and_then(|x| x.rsplit_once("(Sponsor:"))
        {
            Some((t, _)) => t.trim(),
            None => rest,
        };
        return Some(Parts {
            title: title.to_string(),
            why: Some("a channel's `Sponsor Presentations - Title`"),
            ..Parts::default()
        });
    }
    let (names, title) = split_once_str(rest, ": ")?;
    let title = title.trim();
    // `Gil, Jim, Naty, Phillip`: given names alone are people too, when
    // one of them is a known one.
    let one_word = |n: &str| !n.contains(' ') && n.chars().next().is_some_and(char::is_uppercase);
    let mut list = names.split(',').map(str::trim);
    let all_people = !title.is_empty()
        && list
            .clone()
            .all(|n| !n.is_empty() && (names::is_person(n, true) || one_word(n)))
        && list.any(|n| names::is_person(n, true) || names::is_given_name(n));
    all_people.then(|| Parts {
        title: title.to_string(),
        speakers: Some(names.to_string()),
        kind,
        why: Some("a channel's `Talks - Names: Title`"),
        strength: speaker_strength(names),
        refs: Some(
            names
                .split(',')
                .map(|n| speakers::SpeakerRef {
                    name: n.trim().to_string(),
                    org: None,
                    handle: false,
                })
                .collect(),
        ),
        ..Parts::default()
    })
}

/// `経営・意思・エンジニアリング / 松本 勇気`, `Title / Jane Doe`: the
/// title, a spaced slash, one person (not `Input / Output`, `CI / CD`):
/// the title and the person.
pub(super) fn title_slash_person(s: &str) -> Option<(&str, &str)> {
    let at = s.rfind(" / ")?;
    let (left, right) = (s[..at].trim(), s[at + 3..].trim());
    let who = right
        .trim_end_matches("さん")
        .trim_end_matches('氏')
        .trim_end_matches("先生")
        .trim();
    let cjk = who.chars().any(names::caseless_letter);
    // (Not `Title by A / B`, `Title: A / B`: a person before the
    // slash too.)
    let person_before = [" by ", ": ", ", "].iter().any(|sep| {
        left.rsplit_once(sep)
            .is_some_and(|(_, last)| names::is_person(last.trim(), true))
    });
    // (A name in Chinese or Japanese of three characters or more, or
    // with its space: not `仕事の振り返り / 大阪`, a place.)
    if (1..=4).contains(&who.split_whitespace().count())
        && (if cjk {
            matches!(names::shape(who), names::Shape::Person { given: true })
                && (who.contains(' ') || who.chars().count() >= 3)
        } else {
            who.contains(' ') && names::is_person(who, false)
        })
        && !person_before
        && !left.contains(" / ")
        && (left.split_whitespace().count() >= 3 || (cjk && left.chars().count() >= 6))
        // (Not `by Malte Ubl / Nicole Sullivan`: two people.)
        && !left.to_lowercase().starts_with("by ")
        // (Nor `Title 長岡 実 氏 / 川口 恭伸 氏`: people on both sides.)
        && !left.ends_with(['氏', 'ん', '生'])
        && !names::is_person(left, false)
    {
        return Some((left, who));
    }
    None
}
