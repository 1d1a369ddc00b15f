//! Who gave a list item's talk when the list puts people first, for
//! [`super::catalog_list_item`]: the name-like words before the first
//! spaced dash (`Kavya Joshi - Understanding Channels`) or, where the
//! list writes its known names so, before a colon (`Tracy Walker:
//! Title`), and a handle beside them.

use super::decorations;
use super::headings;
use super::names;
use super::siblings::name_like;
use super::util::{each_name, first_spaced_dash};

/// Words of the labels that lead items before a colon as a person's name
/// does (`Community Announcements: …`, `Lightning Round: …`).
const COLON_LABEL_WORDS: &[&str] = &[
    "open",
    "source",
    "spotlight",
    "state",
    "management",
    "quiz",
    "round",
    "lightning",
    "community",
    "announcements",
    "news",
    "update",
    "updates",
    "intro",
    "introduction",
    "welcome",
    "opening",
    "closing",
    "remarks",
    "panel",
    "demo",
    "workshop",
    "performance",
    "improvements",
    "bug",
    "fixes",
    "recap",
    "review",
    "keynote",
    "special",
    "guest",
    "topic",
    "theme",
    "session",
    "talk",
    "talks",
    "case",
    "study",
    "deep",
    "dive",
    "live",
    "coding",
    "show",
    "tell",
    "highlights",
    "part",
    "bonus",
    "tips",
    "tricks",
    "q&a",
    "ama",
];

/// `Kavya Joshi - Understanding Channels`, `JP Robinson - Go kit, Gizmo,
/// and Marvin` among items that put the person first: the name-like words
/// before the first spaced dash (or colon) are who gave it, the rest the
/// title.
pub(super) fn read_person_first(parts: &mut headings::Parts, text: &str, colon: bool) {
    // (Or before the first colon, `Zoa Buske and Nathan Larson: Software
    // Composition Analysis`, where the list writes them so (`colon`):
    // whichever comes first after the names; not in a link's text,
    // `[Generator X: The State of …](…)`, nor after a kind, `Panel
    // Discussion: …`.)
    let names_left = |at: usize, colon: bool| {
        let left = text[..at].trim();
        !left.is_empty()
            && !decorations::is_kind(left)
            // (Before a colon, a label's words: `Open Source Spotlight:`,
            // `State Management:`, `Go Quiz:`.)
            && (!colon
                || left
                    .split_whitespace()
                    .all(|w| !COLON_LABEL_WORDS.contains(&w.to_lowercase().as_str())))
            && each_name(left)
                .map(|n| n.trim().trim_end_matches(','))
                .filter(|n| !n.is_empty())
                .all(name_like)
    };
    let colon = text.find(": ").filter(|_| colon).map(|at| (at, 2));
    let Some((at, len)) = [first_spaced_dash(text), colon]
        .into_iter()
        .flatten()
        .filter(|&(at, len)| names_left(at, len == 2))
        .min_by_key(|&(at, _)| at)
    else {
        return;
    };
    let (left, right) = (text[..at].trim(), text[at + len..].trim());
    if parts.speakers.as_deref() == Some(left)
        || right.split_whitespace().count() < 2
        || names::is_person(right, false)
    {
        return;
    }
    // `Daniel Shaw - @dshaw - Observability`: the handle is the person's.
    let (who, right) = match first_spaced_dash(right) {
        Some((at2, len2))
            if super::title_forms::handle_alone(&right[..at2])
                && !right[at2 + len2..].trim().is_empty() =>
        {
            (
                format!("{left} {}", right[..at2].trim()),
                right[at2 + len2..].trim(),
            )
        }
        _ => (left.to_string(), right),
    };
    // `Spike Brehms - Building Single-Page Apps - @spikebrehm`: or after
    // the title.
    let (who, right) = match super::util::last_spaced_dash(right) {
        Some((at2, len2)) if super::title_forms::handle_alone(&right[at2 + len2..]) => (
            format!("{who} {}", right[at2 + len2..].trim()),
            right[..at2].trim(),
        ),
        _ => (who, right),
    };
    parts.title = right.to_string();
    parts.speakers = Some(who);
    parts.refs = None;
    parts.strength = 3;
    parts.why = Some("a person's name before the first spaced dash, as in the items beside it");
}
