//! GitHub's emoji shortcodes (`:joy:`, `:video_camera:`, `:+1:`), which the
//! renderer shows as the emoji they stand for.
//!
//! The table is `data/emoji.txt` as it is (generated from gemoji by
//! `scripts/gen-emoji.mjs`): one `name<TAB>emoji` line per shortcode, sorted
//! by name in byte order. It is embedded with `include_str!` and searched in
//! place by a binary search on byte offsets, so a lookup allocates nothing
//! and nothing is built at start-up; the cost is the text itself in the
//! wasm's data (35 KB, 15 KB gzipped).

use std::cmp::Ordering;

/// The table: `name<TAB>emoji` lines, sorted by name.
const TABLE: &str = include_str!("../data/emoji.txt");

/// The longest shortcode name in the table
/// (`hand_with_index_finger_and_thumb_crossed`) is 40 bytes; longer text
/// between two colons is not looked up.
const MAX_NAME: usize = 40;

/// The emoji a shortcode name stands for (`joy` gives `😂`), without its
/// colons; None for a name GitHub does not know.
pub fn lookup(name: &str) -> Option<&'static str> {
    if name.is_empty() || name.len() > MAX_NAME || !name.bytes().all(is_name_byte) {
        return None;
    }
    let t = TABLE.as_bytes();
    // `lo` and `hi` are always at the start of a line (or the end).
    let (mut lo, mut hi) = (0, t.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = t[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = t[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |i| start + i + 1);
        // Line starts and ends are at ASCII bytes, so these are char
        // boundaries.
        let line = TABLE.get(start..end)?.trim_end_matches('\n');
        let (key, emoji) = line.split_once('\t')?;
        match key.cmp(name) {
            Ordering::Less => lo = end,
            Ordering::Greater => hi = start,
            Ordering::Equal => return Some(emoji),
        }
    }
    None
}

/// Whether `b` may be part of a shortcode name: ASCII letters and digits,
/// `_`, `+`, `-`.
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-')
}

/// The next known shortcode in `text` at or after byte `from`: its byte
/// range (colons included) and its emoji.
///
/// A shortcode stands on its own: the character before its opening colon
/// is not a letter, digit or colon (unless `after_emoji` says that colon
/// closed a shortcode just replaced, so `:+1::+1:` is two), and the one
/// after its closing colon is not a letter or digit. So `std::thread` and
/// `10:30:00` stay as written. A shortcode inside a whitespace-separated
/// word that holds `://` or starts with `www.` (a URL written as text) is
/// left alone too.
pub fn find(
    text: &str,
    from: usize,
    after_emoji: bool,
) -> Option<(std::ops::Range<usize>, &'static str)> {
    let b = text.as_bytes();
    let mut i = from;
    while let Some(open) = b.get(i..)?.iter().position(|&c| c == b':').map(|p| i + p) {
        let len = b[open + 1..]
            .iter()
            .take(MAX_NAME + 1)
            .take_while(|c| is_name_byte(**c))
            .count();
        let close = open + 1 + len;
        if len == 0 || b.get(close) != Some(&b':') {
            i = open + 1;
            continue;
        }
        let before_ok = match open.checked_sub(1).map(|p| b[p]) {
            None => true,
            Some(b':') => after_emoji && open == from,
            Some(_) => !char_before_is_alnum(text, open),
        };
        let after_ok = !char_at_is_alnum(text, close + 1);
        if before_ok
            && after_ok
            && !in_url(text, open)
            && let Some(emoji) = text.get(open + 1..close).and_then(lookup)
        {
            return Some((open..close + 1, emoji));
        }
        // The closing colon may open the next shortcode.
        i = open + 1;
    }
    None
}

/// Whether the character ending at byte `at` is alphanumeric.
fn char_before_is_alnum(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Whether the character starting at byte `at` is alphanumeric.
fn char_at_is_alnum(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// Whether byte `at` of `text` lies in a word that looks like a URL: the
/// word up to `at` holds `://` or starts with `www.`. A word longer than
/// [`LONG_WORD`] bytes before `at` counts as one too, so hostile text of
/// shortcodes without spaces costs linear time.
fn in_url(text: &str, at: usize) -> bool {
    let from = at.saturating_sub(LONG_WORD);
    let b = text.as_bytes();
    let start = match b[from..at].iter().rposition(|c| c.is_ascii_whitespace()) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return true,
    };
    let word = &b[start..at];
    word.windows(3).any(|w| w == b"://")
        || word
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
}

/// How far back [`in_url`] looks for the start of a word.
const LONG_WORD: usize = 512;

/// `text` with every shortcode [`find`] finds replaced by its emoji.
pub fn replace(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut done = 0;
    let mut after = false;
    while let Some((r, emoji)) = find(text, done, after) {
        out.push_str(&text[done..r.start]);
        out.push_str(emoji);
        done = r.end;
        after = true;
    }
    if done == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[done..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_well_formed() {
        let mut last = "";
        let mut n = 0;
        for line in TABLE.lines() {
            let (name, emoji) = line.split_once('\t').unwrap_or(("", ""));
            assert!(!name.is_empty() && !emoji.is_empty(), "{line:?}");
            assert!(name.bytes().all(is_name_byte), "{name:?}");
            assert!(name.len() <= MAX_NAME, "{name:?}");
            assert!(name > last, "{name:?} after {last:?}");
            last = name;
            n += 1;
        }
        assert!(n > 1500, "{n} shortcodes");
        assert!(TABLE.ends_with('\n'));
    }

    #[test]
    fn every_name_is_found_and_others_are_not() {
        for line in TABLE.lines() {
            if let Some((name, emoji)) = line.split_once('\t') {
                assert_eq!(lookup(name), Some(emoji), "{name}");
            }
        }
        assert_eq!(lookup("joy"), Some("😂"));
        assert_eq!(lookup("+1"), Some("👍"));
        assert_eq!(lookup("video_camera"), Some("📹"));
        for name in ["", "foo", "Joy", "joy ", "zzzzzz", "+", "00", "a\tb", "😂"] {
            assert_eq!(lookup(name), None, "{name:?}");
        }
    }

    #[test]
    fn shortcodes_are_replaced_where_they_stand_alone() {
        let cases = [
            ("I :heart: Rust :+1:", "I ❤️ Rust 👍"),
            (":joy:", "😂"),
            (":+1::+1:", "👍👍"),
            ("(:video_camera:)", "(📹)"),
            ("unknown :foo: stays", "unknown :foo: stays"),
            ("std::thread::spawn", "std::thread::spawn"),
            ("a:joy:b", "a:joy:b"),
            ("10:30:00", "10:30:00"),
            (
                "see https://x.example/:joy:/y",
                "see https://x.example/:joy:/y",
            ),
            ("www.x.example/:joy: :joy:", "www.x.example/:joy: 😂"),
            (":joy :joy:", ":joy 😂"),
            ("é:joy:", "é:joy:"),
            (":::", ":::"),
        ];
        for (text, want) in cases {
            assert_eq!(replace(text), want, "{text:?}");
        }
    }
}
