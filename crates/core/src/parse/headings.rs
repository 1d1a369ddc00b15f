//! The words of headings: what a heading's text says it is, before any
//! evidence is weighed (see `outline.rs` for that). Section vocabulary
//! (`Key Themes`, `Learning`, `Lunch`, `Takeaways`...), containers of
//! sessions (`Sessions`, `Keynotes`, days such as `Day 1` or `Thursday 11th
//! May`, tracks, an event's name), slot names (`Talk 1`, `Evening
//! Keynote`), and the normal form headings are compared in.

use super::days::is_day;
pub(crate) use super::decorations::is_kind;
pub(crate) use super::section_words::{is_media_list, is_vocab, names_talk_list};
pub(crate) use super::strength::speaker_strength;
use super::title::strip_ordinal;
pub(crate) use super::title::{Parts, parts};
use super::util::{is_pictograph, last_spaced_dash};

/// Headings that hold sessions.
pub(super) const CONTAINERS: &[&str] = &[
    "sessions",
    "talks",
    "keynotes",
    "workshops",
    "lightning talks",
    "presentations",
    "sessions attended",
    "talks attended",
    "tutorials",
    "papers",
    "paper sessions",
    "paper abstract",
    "paper abstracts",
    "accepted papers",
    "paper summaries",
    "invited talks",
    "contributed talks",
    "panels",
    "main conference",
    // The same in the languages of notes seen so far.
    "charlas",
    "ponencias",
    "conférences",
    "vorträge",
    "palestras",
    "セッション",
    "セッション詳細",
    "セッション紹介",
    "講演",
    "聞いた発表",
    "発表テーマ",
    "発表一覧",
    "登壇一覧",
    "聴いたセッション",
    "演讲",
    "议题",
    "세션",
    "발표",
];

const KEY_THEMES: &[&str] = &["key themes", "key theme", "themes", "main themes"];

/// Whether a heading's [`norm`] names a Key Themes section.
pub(crate) fn is_key_themes(norm: &str) -> bool {
    KEY_THEMES.contains(&norm)
}

/// The words of a heading that only names a slot (see [`is_slot`]).
const SLOT_WORDS: &[&str] = &[
    "talk",
    "keynote",
    "speaker",
    "session",
    "workshop",
    "slot",
    "morning",
    "afternoon",
    "evening",
    "opening",
    "closing",
    "lightning",
    "talks",
    "ignite",
    "ignites",
    "panel",
    "each",
    "minutes",
    "track",
];

/// Whether a heading only names a slot in the programme, not a talk:
/// `Talk 1`, `Keynote-Speaker`, `Workshop`, `Evening Keynote`, `Session 3`.
pub(crate) fn is_slot(title: &str) -> bool {
    // (Most headings are titles: their first word says so without a
    // lowercase copy.)
    let first = title
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if title.len() > 80
        || !(first.bytes().all(|b| b.is_ascii_digit())
            || SLOT_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w)))
    {
        return false;
    }
    let n = norm(title);
    let words: Vec<&str> = n
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || SLOT_WORDS.contains(w))
        // (`09:20 ~ 09:30`: a time of day and its end is a slot too.)
        && (words.iter().any(|w| !w.bytes().all(|b| b.is_ascii_digit()))
            || (title.contains(':') && words.len() >= 2))
}

/// The kind a slot heading names (`Evening Keynote` is a keynote, `Talk
/// 1` names none).
pub(crate) fn slot_kind(title: &str) -> Option<String> {
    let n = norm(title);
    ["keynote", "workshop", "ignite", "lightning", "panel"]
        .iter()
        .find(|k| n.contains(*k))
        .map(|k| {
            let mut c = k.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
}

/// Whether a heading part names an event rather than people: a year, or
/// a word like `Con`, `Summit`, `Conference`, `Meetup`, `Webinar`.
pub(crate) fn is_event(part: &str) -> bool {
    let t = part.trim();
    let year = super::util::has_year(t);
    // A year with capitalised words (`KubeCon EU 2019`) or alone; not a
    // year in a phrase (`Yarn - 2019 and beyond`, `Keeping passwords safe
    // in 2017`): most words capitalised.
    if year {
        let (mut words, mut capitalised) = (0, 0);
        for w in t
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_alphabetic))
        {
            words += 1;
            capitalised += usize::from(w.starts_with(char::is_uppercase));
        }
        if words == 0 || (capitalised > 0 && capitalised * 2 >= words) {
            return true;
        }
    }
    let lower = t.to_lowercase();
    // (A `match`, not a scan of a list: this runs for heading parts.)
    let event_word = |w: &str| {
        matches!(
            w,
            "conference"
                | "summit"
                | "meetup"
                | "webinar"
                | "podcast"
                | "devopsdays"
                | "kubecon"
                | "cloudnativecon"
                | "fosdem"
                | "pycon"
                | "jsconf"
                | "gophercon"
                | "rustconf"
                | "kubeday"
                | "symposium"
                | "workshop"
                | "festival"
                | "forum"
                | "hackathon"
                | "expo"
                | "days"
        )
    };
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| (w.len() > 4 && w.ends_with("con")) || event_word(w))
}

/// Heading text for vocabulary matching: lowercase, leading symbols and
/// trailing punctuation and parenthesised remarks removed, spaces collapsed.
pub(crate) fn norm(text: &str) -> String {
    let t = strip_ordinal(text.trim());
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut t =
        t.trim_end_matches(|c: char| matches!(c, ':' | '.' | '!' | ' ') || is_pictograph(c));
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && open > 0
    {
        t = t[..open].trim_end();
    }
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_ascii() {
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

/// What a container heading gives its sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Container {
    Plain,
    Day(String),
    Track(String),
    /// An event's name (`KubeCon NA 2023 (Chicago)`): a group of talks
    /// only when talks are found under it.
    Event,
}

/// Whether a heading is a container, and which.
pub(crate) fn container_of(text: &str, norm: &str) -> Option<Container> {
    // `The Tutorials`, `Our Keynotes`: the same group with an article.
    let bare = ["the ", "our ", "my "]
        .iter()
        .find_map(|a| norm.strip_prefix(a))
        .unwrap_or(norm);
    // (`Cool talks to check out later`, `Other talks worth watching`,
    // `Favourite talks`: a short heading over a plural of talks, no
    // title's colon or dash; not `Sticky Sessions`, a title.)
    let words: Vec<&str> = norm.split_whitespace().collect();
    // (The plural right after a word that picks some of them: not
    // `Giving talks as an introvert`.)
    // (A colon at the end only: `My Notes on Talks I like:`.)
    let talks_word = words.len() <= 9
        && !norm.trim_end_matches(':').contains(':')
        && words.windows(2).any(|w| {
            matches!(
                w[1].trim_end_matches(':'),
                "talks" | "sessions" | "presentations" | "keynotes"
            ) && matches!(
                w[0],
                // (`Notes on talks I liked`.)
                "on" | "other"
                    | "more"
                    | "favourite"
                    | "favorite"
                    | "best"
                    | "interesting"
                    | "notable"
                    | "recommended"
                    | "top"
                    | "selected"
                    | "cool"
                    | "great"
                    | "good"
                    | "some"
                    | "few"
            )
        });
    // (`2024 INFCON 인프콘 시간표`: the event's timetable, the talks one
    // picked under it.)
    let timetable = words.len() <= 6
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "시간표" | "타임테이블" | "タイムテーブル" | "时间表" | "時間表" | "timetable"
            )
        });
    // (`10分枠`, `5分枠`, `飛び込み枠`: a lightning-talk night's slots,
    // by length or kind, each over its talks.)
    let slot_kind = norm.ends_with('枠') && norm.chars().count() <= 8 && !norm.contains(' ');
    if CONTAINERS.contains(&bare)
        || timetable
        || slot_kind
        || ((talks_word || norm.starts_with("sessions ") || norm.starts_with("talks "))
            && last_spaced_dash(norm).is_none())
    {
        return Some(Container::Plain);
    }
    if is_day(norm) || last_spaced_dash(norm).is_some_and(|(at, _)| is_day(&norm[..at])) {
        return Some(Container::Day(text.trim().to_string()));
    }
    // `KubeCon NA 2023 (Chicago)`: an event's name groups its talks.
    let before_dash = last_spaced_dash(text).map_or(text, |(at, _)| &text[..at]);
    if is_event(before_dash)
        && before_dash.split_whitespace().count() <= 8
        && !before_dash.contains(':')
    {
        return Some(Container::Event);
    }
    // `Track 2`, `Parallel Track 1 - Workflow`, `Track: Security`.
    let track_word = norm.split_whitespace().take(6).collect::<Vec<_>>();
    let tracky = track_word.windows(2).any(|w| {
        w[0] == "track"
            && (w[1].bytes().all(|b| b.is_ascii_digit()) || w[1].len() == 1 || w[1] == "-")
    }) && last_spaced_dash(norm).is_none_or(|(at, _)| norm[..at].contains("track"));
    if tracky && !norm.starts_with("track") {
        return Some(Container::Track(text.trim().to_string()));
    }
    // `Main Stage`, `Discovery Stage`, `Stage A`, `Room 101`, `Hall B`:
    // where talks ran side by side.
    // (`A track`, `B Track`: the track's letter first.)
    let venue = match words.as_slice() {
        [.., "stage"] => words.len() <= 3,
        ["stage" | "room" | "hall", id] => id.len() <= 4,
        [id, "track"] => id.len() <= 2 && id.chars().all(|c| c.is_alphanumeric()),
        _ => false,
    };
    // (`AB会場：63号館 2F 03, 04会議室`, `C会場`: a room in Japanese.)
    let venue = venue
        || text
            .split(['：', ':'])
            .next()
            .map(str::trim)
            .is_some_and(|h| h.ends_with("会場") && (3..=6).contains(&h.chars().count()));
    if venue {
        return Some(Container::Track(text.trim().to_string()));
    }
    if let Some(rest) = norm.strip_prefix("track")
        && (rest.is_empty() || rest.starts_with([' ', ':']))
    {
        let t = text.trim();
        let value = match t.split_once(':') {
            Some((_, v)) if !v.trim().is_empty() => v.trim(),
            _ => t,
        };
        return Some(Container::Track(value.to_string()));
    }
    None
}

/// The people a heading right under a talk's title names: its whole text
/// when it reads as people (`Jane Doe @jdoe`), or its first part when
/// each part after a spaced dash is a handle or a date (`Kin Lane -
/// @kinlane - 6 May 2015`), with the handles kept.
pub(crate) fn people_named(text: &str) -> Option<String> {
    // `### by [@j3foley](…)` under the talk's title; `### Presenter:
    // Sameer Ajmani (@sajma), Google Go team`.
    let t = text.trim();
    // `#### (Piotr Hankiewicz)` under the talk's title: the name in
    // parentheses.
    let t = super::util::unparenthesised(t);
    let by = super::markers::strip_prefix_ci(t, "by ");
    let t = by.map_or(t, str::trim_start);
    // `###### By Manjula Dube from Bookmyshow`: the person and their
    // organisation, read as `Name (Org)`.
    if let Some(rest) = by
        && super::speakers::parse_speakers(rest)
            .iter()
            .all(|r| r.org.is_none())
        && let Some((who, org)) = super::speaker_lines::by_name_from_org(rest, true)
    {
        return Some(format!("{who} ({org})"));
    }
    let t = match super::markers::key_line(t) {
        Some((k, v)) if super::speaker_keys::is_speaker_key(&k) => v,
        _ => t,
    };
    let words = t.split_whitespace().count();
    if words > 12 {
        return None;
    }
    if words <= 8 && speaker_strength(t) >= 3 {
        return Some(t.to_string());
    }
    let mut rest = t;
    let mut handles: Vec<&str> = Vec::new();
    while let Some((at, len)) = last_spaced_dash(rest) {
        let tail = rest[at + len..].trim();
        if !tail.is_empty()
            && tail
                .split_whitespace()
                .all(|w| w.len() > 1 && w.starts_with('@'))
        {
            handles.push(tail);
        } else if !is_day(&norm(tail)) {
            return None;
        }
        rest = rest[..at].trim();
    }
    if rest.len() == t.len() || rest.split_whitespace().count() > 5 {
        return None;
    }
    let mut out = rest.to_string();
    for h in handles.iter().rev() {
        out.push(' ');
        out.push_str(h);
    }
    (speaker_strength(&out) >= 3).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_and_days() {
        let c = |s: &str| container_of(s, &norm(s));
        assert_eq!(c("Sessions"), Some(Container::Plain));
        assert_eq!(c("Talks I attended"), Some(Container::Plain));
        assert_eq!(c("Day 1"), Some(Container::Day("Day 1".into())));
        assert_eq!(
            c("Day 2 - Friday"),
            Some(Container::Day("Day 2 - Friday".into()))
        );
        assert_eq!(
            c("Thursday 11th May"),
            Some(Container::Day("Thursday 11th May".into()))
        );
        assert_eq!(c("2023-05-11"), Some(Container::Day("2023-05-11".into())));
        assert_eq!(c("20201013"), Some(Container::Day("20201013".into())));
        assert_eq!(c("20201399"), None);
        assert_eq!(
            c("May 11, 2023"),
            Some(Container::Day("May 11, 2023".into()))
        );
        assert_eq!(
            c("Track: Security"),
            Some(Container::Track("Security".into()))
        );
        assert_eq!(c("Track A"), Some(Container::Track("Track A".into())));
        assert_eq!(c("B track"), Some(Container::Track("B track".into())));
        assert_eq!(c("Fast track"), None);
        assert_eq!(c("Tracking Everything - Ada"), None);
        assert_eq!(c("Monday Motivation - Ada"), None);
        assert_eq!(c("Daylight - Ada"), None);
    }

    #[test]
    fn vocabulary_is_normalised() {
        assert_eq!(norm("🍕 Lunch:"), "lunch");
        assert_eq!(norm("Key themes"), "key themes");
        assert_eq!(norm("Swag (lots)"), "swag");
    }
}
