//! The author's overrides, written in HTML comments where inference is
//! wrong: `<!-- confnotes: session -->` (or `not-session`, `group`)
//! before a heading, `<!-- confnotes: session-level 3 -->` anywhere; and
//! a heading level written as `3` or `###` (also front matter's
//! `session-level`).

use super::heading_features::Directive;

/// The author's override in the text before a heading: the last
/// `<!-- confnotes: session -->` (`not-session`, `section`, `group`).
pub(super) fn directive_in(before: &str) -> Option<Directive> {
    let at = before.rfind("confnotes:")?;
    let rest = before[at + "confnotes:".len()..].trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    // Only a comment right before the heading counts.
    if !before[at..].contains("-->")
        || !before[before[at..].find("-->").map_or(0, |i| at + i + 3)..]
            .trim()
            .is_empty()
    {
        return None;
    }
    match word.as_str() {
        "session" | "talk" => Some(Directive::Session),
        "not-session" | "section" | "notes" | "ignore" => Some(Directive::NotSession),
        "group" | "container" => Some(Directive::Group),
        _ => None,
    }
}

/// The session level an author sets in a comment anywhere in the file:
/// `<!-- confnotes: session-level 3 -->` (or `###`).
pub(super) fn session_level_in(text: &str) -> Option<u8> {
    let at = text.find("confnotes: session-level")?;
    let rest = &text[at + "confnotes: session-level".len()..];
    let value = rest.split("-->").next()?.trim();
    parse_level(value)
}

/// `3` or `###` as a heading level (1-6).
pub(super) fn parse_level(s: &str) -> Option<u8> {
    let t = s.trim();
    let n = if !t.is_empty() && t.bytes().all(|b| b == b'#') {
        u8::try_from(t.len()).ok()?
    } else {
        t.parse::<u8>().ok()?
    };
    (1..=6).contains(&n).then_some(n)
}
