//! A list of the author's own talks: a speaker's page of the talks they
//! gave (`# quasilyte talks` over "My slides for public talks";
//! "Listing of presentations I did" under `Twitter: [@shershen08](…)`).
//! When the opening text says the talks are the author's and names the
//! author (in the title, or by a handle on a `Twitter:` line), the author
//! is the speaker of each talk that names nobody.

use super::markers;
use super::names;

/// How far into the file the author's words are looked for.
const OPENING: usize = 3000;

/// What says the talks listed are the author's own (lowercase).
const OWN: &[&str] = &[
    "my slides",
    "my presentations",
    "my public talks",
    "my conference talks",
    "talks i gave",
    "talks i did",
    "talks i've given",
    "talks i have given",
    "talks i've done",
    "talks i have done",
    "presentations i did",
    "presentations i gave",
    "presentations i've given",
    "presentations i have given",
    "talks given by me",
];

/// What says the talks listed are others' (lowercase): `my notes from the
/// other talks`.
const OTHERS: &[&str] = &[
    "other talks",
    "talks i attended",
    "talks i saw",
    "talks i watched",
    "notes from",
    "my notes",
];

/// Words that say what kind of talks a title lists, not whose.
const NOT_WHOSE: &[&str] = &[
    "my",
    "our",
    "the",
    "a",
    "all",
    "some",
    "other",
    "conference",
    "conferences",
    "meetup",
    "public",
    "recent",
    "selected",
    "past",
    "upcoming",
    "tech",
    "technical",
    "favourite",
    "favorite",
    "best",
    "good",
    "great",
    "interesting",
    "notes",
    "list",
    "of",
    "and",
    "lightning",
    "keynote",
    "invited",
    "video",
    "videos",
];

/// The author of a file that lists their own talks, as the speaker's name
/// (a handle without its `@`), when the opening text says so and names
/// them. `opening` is the text after any front matter; `title` the first
/// heading.
pub(super) fn author(opening: &str, title: Option<&str>) -> Option<String> {
    let opening = super::util::head(opening, OPENING);
    let head = opening.to_lowercase();
    if !OWN.iter().any(|p| head.contains(p)) || OTHERS.iter().any(|p| head.contains(p)) {
        return None;
    }
    title.and_then(whose).or_else(|| handle_line(opening))
}

/// Whose talks a title lists: `quasilyte talks`, `Jane Doe's talks`,
/// `Talks by Jane Doe`, `Jane Doe - Talks`.
fn whose(title: &str) -> Option<String> {
    let t = markers::plain_inline(title);
    let t = t.trim();
    // (Matched on the title's own bytes, ASCII case aside: a lowercased
    // copy may differ in length, `K` (the Kelvin sign) is one byte as `k`.)
    let who = [
        "'s talks",
        "’s talks",
        " - talks",
        ": talks",
        " talks",
        " presentations",
    ]
    .iter()
    .find_map(|tail| markers::strip_suffix_ci(t, tail))
    .or_else(|| {
        ["talks by ", "presentations by ", "talks of "]
            .iter()
            .find_map(|head| markers::strip_prefix_ci(t, head))
    });
    let who = who?.trim();
    let words: Vec<&str> = who.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || words
            .iter()
            .any(|w| NOT_WHOSE.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    // (A handle is written small or with digits: `quasilyte`, not
    // `Rust talks`.)
    let handle_like = words.len() == 1
        && who.len() >= 3
        && !who.starts_with(|c: char| c.is_ascii_uppercase())
        && who
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
    (handle_like || names::is_person(who, true)).then(|| who.trim_start_matches('@').to_string())
}

/// The handle on a `Twitter:` (or `GitHub:`, `Mastodon:`, `X:`) line of
/// the opening text: `Twitter: [@shershen08](https://twitter.com/…)`.
fn handle_line(opening: &str) -> Option<String> {
    opening.lines().find_map(|line| {
        let plain = markers::plain_inline(markers::strip_list_marker(line));
        let (key, value) = plain.split_once(':')?;
        if !matches!(
            key.trim().to_lowercase().as_str(),
            "twitter" | "github" | "mastodon" | "x" | "bluesky"
        ) {
            return None;
        }
        let h = value.split_whitespace().next()?.strip_prefix('@')?;
        let h = h.trim_end_matches(['.', ',', ';']);
        (h.len() >= 2
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))
        .then(|| h.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whose_talks_a_title_lists() {
        assert_eq!(whose("quasilyte talks").as_deref(), Some("quasilyte"));
        assert_eq!(whose("Talks by Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(whose("Jane Doe's talks").as_deref(), Some("Jane Doe"));
        assert_eq!(whose("Conference talks"), None);
        assert_eq!(whose("My talks"), None);
        assert_eq!(whose("Notes from RubyConf"), None);
        // A Kelvin sign written as an entity lowercases to one byte: no
        // panic, and no name.
        assert_eq!(whose("Jane Doe’s TAL&#x212A;S"), None);
    }

    #[test]
    fn the_author_needs_their_own_words_and_a_name() {
        let opening = "## About me\n\nTwitter: [@shershen08](https://twitter.com/shershen08)\n\n## Talks\n\nListing of presentations I did on meetups.\n";
        assert_eq!(
            author(opening, Some("About me")).as_deref(),
            Some("shershen08")
        );
        // Notes on talks seen: no author as speaker.
        let seen = "Twitter: @someone\n\nTalks I attended at the conference.\n";
        assert_eq!(author(seen, None), None);
        // Own words, but no name anywhere.
        assert_eq!(author("My slides for public talks.\n", Some("Talks")), None);
    }
}
