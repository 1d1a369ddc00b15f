//! What each heading of a conference file is: the conference title, a
//! session, a section of conference notes, a container of sessions, or part
//! of the notes above it.
//!
//! The rules, applied to the headings in order:
//!
//! 1. The first `#` heading is the conference title.
//! 2. Headings in the non-session vocabulary (`Key Themes`, `Learning`,
//!    `Swag`, `Lunch`, `Notes`, `Links`...; see [`VOCABULARY`]) are
//!    sections of conference notes.
//! 3. Containers hold sessions: `Sessions`, `Talks`, `Keynotes`,
//!    `Workshops`, day headings (`Day 1`, `Thursday 11th May`, `2023-05-11`)
//!    and track headings (`Track A`). A day or track container gives its
//!    sessions their `day` or `track`.
//! 4. Any other heading is a session if its text has a speaker part after
//!    a spaced dash, or a speaker line follows it, or it is directly inside
//!    a container; or, in a second pass, if a heading at the same level in
//!    the same file is a session by the first two reasons.
//! 5. Otherwise it is a section; headings below a session's level are part
//!    of that session's notes, and headings below a section's level are
//!    part of the section unless they are sessions or containers.

use super::scan::Heading;

/// Headings that are conference notes, never sessions (compared after
/// lowercasing, dropping leading symbols and trailing punctuation).
pub(crate) const VOCABULARY: &[&str] = &[
    "key themes",
    "key theme",
    "themes",
    "main themes",
    "learning",
    "learnings",
    "lessons learned",
    "swag",
    "notes",
    "my notes",
    "general",
    "general notes",
    "other notes",
    "summary",
    "takeaways",
    "key takeaways",
    "links",
    "resources",
    "references",
    "further reading",
    "breakfast",
    "lunch",
    "dinner",
    "break",
    "coffee",
    "coffee break",
    "lunch break",
    "party",
    "after party",
    "afterparty",
    "venue",
    "travel",
    "hotel",
    "food",
    "misc",
    "miscellaneous",
    "other",
    "others",
    "overview",
    "introduction",
    "intro",
    "agenda",
    "schedule",
    "conclusion",
    "conclusions",
    "thoughts",
    "final thoughts",
    "highlights",
    "todo",
    "to do",
    "questions",
    "q&a",
    "feedback",
    "expo",
    "sponsors",
    "networking",
    "registration",
];

/// Headings that hold sessions.
const CONTAINERS: &[&str] = &[
    "sessions",
    "talks",
    "keynotes",
    "workshops",
    "lightning talks",
    "presentations",
    "sessions attended",
    "talks attended",
];

const KEY_THEMES: &[&str] = &["key themes", "key theme", "themes", "main themes"];

/// Whether a heading's [`norm`] names a Key Themes section.
pub(crate) fn is_key_themes(norm: &str) -> bool {
    KEY_THEMES.contains(&norm)
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "first", "second", "third", "fourth",
    "fifth", "last", "zero",
];

/// Two-letter language codes recognised in `(EN)` / `[DE]` markers.
const LANGUAGES: &[&str] = &[
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "sv", "no", "nb", "da", "fi", "ru",
    "uk", "ja", "zh", "ko", "tr", "hu", "ro", "el", "he", "ar", "hi", "bg", "hr", "sl", "sr", "et",
    "lv", "lt", "ca", "eu", "gl",
];

/// A session heading's text taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    pub title: String,
    /// The text after the last spaced dash, if any.
    pub speakers: Option<String>,
    pub language: Option<String>,
}

/// Takes a heading's plain text apart: ordinal prefix (`3. `, `A. `) and
/// language markers (`(EN)`, `[DE]`) removed, then the title ends at the
/// last spaced dash (` - `, ` – `, ` — `).
pub(crate) fn parts(text: &str) -> Parts {
    let mut language = None;
    let mut s = strip_ordinal(text.trim());
    s = strip_language(s, &mut language);
    let (title, speakers) = match last_spaced_dash(s) {
        Some((at, len)) => {
            let sp = s[at + len..].trim();
            let t = s[..at].trim();
            if sp.is_empty() || t.is_empty() {
                (s, None)
            } else {
                (t, Some(sp))
            }
        }
        None => (s, None),
    };
    let title = strip_language(title, &mut language);
    let speakers = speakers.map(|sp| strip_language(sp, &mut language).to_string());
    Parts {
        title: title.to_string(),
        speakers,
        language,
    }
}

/// The byte position and length of the last ` - `, ` – ` or ` — `.
fn last_spaced_dash(s: &str) -> Option<(usize, usize)> {
    // Every candidate ends with a space: walk the spaces from the end.
    // The first that closes a dash closes the one that starts last.
    let b = s.as_bytes();
    memchr::memrchr_iter(b' ', b).find_map(|end| {
        let before = &b[..end];
        if before.ends_with(b" -") {
            Some((end - 2, 3))
        } else if before.ends_with(" –".as_bytes()) || before.ends_with(" —".as_bytes()) {
            Some((end - 4, 5))
        } else {
            None
        }
    })
}

/// Drops `3. `, `12) `, `A. ` at the start.
fn strip_ordinal(s: &str) -> &str {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = if digits > 0 && digits <= 3 {
        digits
    } else if b.first().is_some_and(u8::is_ascii_uppercase) {
        1
    } else {
        return s;
    };
    match (b.get(n), b.get(n + 1)) {
        (Some(b'.' | b')'), Some(b' ')) => {
            let rest = s[n + 2..].trim_start();
            if rest.is_empty() { s } else { rest }
        }
        _ => s,
    }
}

/// Drops a language marker at the start or the end of `s`, keeping the
/// first one found.
fn strip_language<'a>(s: &'a str, language: &mut Option<String>) -> &'a str {
    let code = |inner: &str| {
        let lower = inner.to_ascii_lowercase();
        let base = lower.split('-').next().unwrap_or("");
        (inner.len() <= 5 && LANGUAGES.contains(&base)).then(|| inner.to_ascii_uppercase())
    };
    let t = s.trim();
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.starts_with(open)
            && let Some(end) = t.find(close)
            && let Some(c) = code(&t[1..end])
        {
            language.get_or_insert(c);
            return t[end + 1..].trim_start();
        }
        if t.ends_with(close)
            && let Some(start) = t.rfind(open)
            && let Some(c) = code(&t[start + 1..t.len() - 1])
            && start > 0
        {
            language.get_or_insert(c);
            return t[..start].trim_end();
        }
    }
    t
}

/// Heading text for vocabulary matching: lowercase, leading symbols and
/// trailing punctuation and parenthesised remarks removed, spaces collapsed.
pub(crate) fn norm(text: &str) -> String {
    let t = strip_ordinal(text.trim());
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut t = t.trim_end_matches([':', '.', '!', ' ']);
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
}

/// Whether a heading is a container, and which.
pub(crate) fn container_of(text: &str, norm: &str) -> Option<Container> {
    if CONTAINERS.contains(&norm)
        || ((norm.starts_with("sessions ") || norm.starts_with("talks "))
            && last_spaced_dash(norm).is_none())
    {
        return Some(Container::Plain);
    }
    if is_day(norm) {
        return Some(Container::Day(text.trim().to_string()));
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

/// `day 1`, `day one`, `first day`, `thursday 11th may`, `2023-05-11`,
/// `may 11, 2023`: a day heading (maybe followed by `: remark` or `- remark`
/// for `Day N`).
fn is_day(norm: &str) -> bool {
    // The first nine words (no more are looked at), without a Vec.
    let mut buf = [""; 9];
    let mut count = 0;
    for w in norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if let Some(slot) = buf.get_mut(count) {
            *slot = w;
        }
        count += 1;
    }
    let words = &buf[..count.min(buf.len())];
    let Some(first) = words.first() else {
        return false;
    };
    if *first == "day" {
        return words
            .get(1)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(w));
    }
    if first.len() > 3 && first.starts_with("day") && first[3..].bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    if words.len() == 2 && words[1] == "day" && NUMBER_WORDS.contains(first) {
        return true;
    }
    if words.len() > 8 {
        return false;
    }
    let date_word = |w: &&str| {
        WEEKDAYS.contains(w) || MONTHS.contains(w) || matches!(*w, "the" | "of") || {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && digits <= 4 && matches!(&w[digits..], "" | "st" | "nd" | "rd" | "th")
        }
    };
    let has_anchor = words
        .iter()
        .any(|w| WEEKDAYS.contains(w) || MONTHS.contains(w))
        || (words.len() == 3
            && words[0].len() == 4
            && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit())));
    has_anchor && words.iter().all(date_word)
}

/// What a heading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Title,
    KeyThemes,
    Section,
    Container,
    Session,
    /// Part of the session or section above it.
    Absorbed,
}

/// Facts about one heading that classification needs.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    pub key_themes: bool,
    pub vocab: bool,
    pub container: Option<Container>,
    /// The heading text has a speaker part after a spaced dash.
    pub dash: bool,
    /// A speaker line follows the heading.
    pub speaker_line: bool,
}

impl Features {
    /// The features of `h`; `speaker_line` says whether a speaker line
    /// follows it.
    pub(crate) fn of(h: &Heading, speaker_line: bool) -> Features {
        let n = &h.norm;
        let container = container_of(&h.text, n);
        let p = parts(&h.text);
        let vocab =
            VOCABULARY.contains(&n.as_str()) || VOCABULARY.contains(&norm(&p.title).as_str());
        Features {
            key_themes: is_key_themes(n),
            vocab,
            dash: container.is_none() && p.speakers.is_some(),
            container,
            speaker_line,
        }
    }
}

/// A classified heading, with the day and track of the containers around
/// it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Class {
    pub kind: Kind,
    pub day: Option<String>,
    pub track: Option<String>,
}

/// Classifies headings (see the module documentation). Linear in the
/// number of headings (the container stack is bounded by six levels).
pub(crate) fn classify(levels: &[u8], feats: &[Features]) -> Vec<Class> {
    let first = pass(levels, feats, None);
    let mut session_levels = [false; 8];
    for ((c, f), l) in first.iter().zip(feats).zip(levels) {
        if c.kind == Kind::Session && (f.dash || f.speaker_line) {
            session_levels[usize::from(*l).min(7)] = true;
        }
    }
    pass(levels, feats, Some(&session_levels))
}

fn pass(levels: &[u8], feats: &[Features], same_level: Option<&[bool; 8]>) -> Vec<Class> {
    let mut out = Vec::with_capacity(levels.len());
    let mut title_seen = false;
    let mut session: Option<u8> = None;
    let mut section: Option<u8> = None;
    let mut stack: Vec<(u8, &Container)> = Vec::new();
    for (&level, f) in levels.iter().zip(feats) {
        let mut push = |kind: Kind, stack: &[(u8, &Container)]| {
            let day = stack.iter().rev().find_map(|(_, c)| match c {
                Container::Day(d) => Some(d.clone()),
                _ => None,
            });
            let track = stack.iter().rev().find_map(|(_, c)| match c {
                Container::Track(t) => Some(t.clone()),
                _ => None,
            });
            out.push(Class { kind, day, track });
        };
        if let Some(l) = session {
            if level > l {
                push(Kind::Absorbed, &stack);
                continue;
            }
            session = None;
        }
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            stack.pop();
        }
        if section.is_some_and(|l| level <= l) {
            section = None;
        }
        let in_section = section.is_some();
        if level == 1 && !title_seen {
            title_seen = true;
            push(Kind::Title, &stack);
            continue;
        }
        if f.key_themes && !in_section {
            section = Some(level);
            push(Kind::KeyThemes, &stack);
            continue;
        }
        if let Some(c) = &f.container {
            stack.push((level, c));
            push(Kind::Container, &stack);
            continue;
        }
        if f.vocab {
            if in_section {
                push(Kind::Absorbed, &stack);
            } else {
                section = Some(level);
                push(Kind::Section, &stack);
            }
            continue;
        }
        let container_level = stack.last().map(|(l, _)| *l);
        let child = container_level.is_some_and(|cl| section.is_none_or(|s| s < cl));
        let by_rule = f.dash || f.speaker_line;
        let by_level = !in_section && same_level.is_some_and(|s| s[usize::from(level).min(7)]);
        if by_rule || child || by_level {
            session = Some(level);
            push(Kind::Session, &stack);
        } else if in_section {
            push(Kind::Absorbed, &stack);
        } else {
            section = Some(level);
            push(Kind::Section, &stack);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (String, Option<String>, Option<String>) {
        let x = parts(s);
        (x.title, x.speakers, x.language)
    }

    #[test]
    fn title_ends_at_the_last_spaced_dash() {
        assert_eq!(
            p(
                "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way - Jake Wernette & Josh Kayani, IBM"
            ),
            (
                "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way".into(),
                Some("Jake Wernette & Josh Kayani, IBM".into()),
                None
            )
        );
        assert_eq!(
            p("GitOps+Jenkins-CI - Kingdon"),
            ("GitOps+Jenkins-CI".into(), Some("Kingdon".into()), None)
        );
        assert_eq!(p("A - B – C"), ("A - B".into(), Some("C".into()), None));
        assert_eq!(p("Trailing -"), ("Trailing -".into(), None, None));
    }

    #[test]
    fn ordinals_and_languages_are_not_title() {
        assert_eq!(
            p("3. Talk (EN) - Ada"),
            ("Talk".into(), Some("Ada".into()), Some("EN".into()))
        );
        assert_eq!(
            p("A. [DE] Vortrag - Bob"),
            ("Vortrag".into(), Some("Bob".into()), Some("DE".into()))
        );
        assert_eq!(
            p("Talk - Bob [fr]"),
            ("Talk".into(), Some("Bob".into()), Some("FR".into()))
        );
        assert_eq!(
            p("Intro to ML (AI)"),
            ("Intro to ML (AI)".into(), None, None)
        );
        assert_eq!(p("2023. "), ("2023.".into(), None, None));
        assert_eq!(p("Q&A"), ("Q&A".into(), None, None));
    }

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
        assert_eq!(
            c("May 11, 2023"),
            Some(Container::Day("May 11, 2023".into()))
        );
        assert_eq!(
            c("Track: Security"),
            Some(Container::Track("Security".into()))
        );
        assert_eq!(c("Track A"), Some(Container::Track("Track A".into())));
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
