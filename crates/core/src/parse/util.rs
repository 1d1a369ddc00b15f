//! Small text helpers of the parser: lines, blank lines, names of files,
//! spaced dashes.

use std::ops::Range;

/// 1-based line numbers of byte offsets.
pub(super) struct LineIndex {
    pub(super) starts: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    pub(super) fn line_of(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }
}

/// The part of `items` (sorted by where they start, `start`) that starts
/// in `range`: the links, list items... of one part of a file.
pub(super) fn starting_in<'a, T>(
    items: &'a [T],
    start: fn(&T) -> usize,
    range: &Range<usize>,
) -> &'a [T] {
    let a = items.partition_point(|x| start(x) < range.start);
    let b = items.partition_point(|x| start(x) < range.end);
    items.get(a..b).unwrap_or(&[])
}

/// `s` without one pair of parentheses around all of it, when nothing
/// else is parenthesised inside (`(Piotr Hankiewicz)`: the name), trimmed;
/// else `s` as it is.
pub(super) fn unparenthesised(s: &str) -> &str {
    s.strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .filter(|x| !x.contains(['(', ')']))
        .map_or(s, str::trim)
}

/// The start of the line that holds `offset`.
pub(super) fn line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..offset]).map_or(0, |i| i + 1)
}

/// The end of the line that holds `offset` (the position of its `\n`, or
/// the end of the text).
pub(super) fn line_end(text: &str, offset: usize, limit: usize) -> usize {
    let limit = limit.min(text.len());
    if offset >= limit {
        return limit;
    }
    memchr::memchr(b'\n', &text.as_bytes()[offset..limit]).map_or(limit, |i| offset + i)
}

/// `s` without its leading blank lines and trailing whitespace.
pub(super) fn trim_blank_lines(s: &str) -> &str {
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    s[start..].trim_end()
}

/// Removes the common indentation (spaces) of the non-blank lines.
pub(super) fn dedent(s: &str) -> String {
    let indent = s
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        let n = (line.len() - line.trim_start_matches(' ').len()).min(indent);
        out.push_str(&line[n..]);
    }
    out
}

/// The file name without folders and without `.md` / `.markdown`.
pub(super) fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".md")
        .or_else(|| name.strip_suffix(".markdown"))
        .unwrap_or(name)
}

/// The name of the folder that holds the file, if any.
pub(super) fn folder_name(path: &str) -> Option<&str> {
    let mut parts = path
        .rsplit(['/', '\\'])
        .skip(1)
        .filter(|p| !p.is_empty() && *p != ".");
    // `notes/` is where every file lives, not a conference's folder.
    parts.next().filter(|p| *p != "notes")
}

/// A target for a message: control characters escaped (`\n`, `\u{1b}`),
/// at most 80 characters.
pub(super) fn show_target(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().take(80) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if s.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// `s.trim_start_matches(prefix)` for a string prefix, without building a
/// substring searcher (`trim_start_matches(&str)` sets one up per call,
/// which costs more than the check on short URLs).
pub(crate) fn trim_start_str<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix) {
        if prefix.is_empty() {
            break;
        }
        s = rest;
    }
    s
}

/// `haystack.contains(needle)`, cheaper to set up than
/// `str::contains(&str)` for the short texts of the hot paths (see
/// [`find_str`]).
pub(crate) fn contains_str(haystack: &str, needle: &str) -> bool {
    find_str(haystack, needle).is_some()
}

/// `haystack.find(needle)`: in a short text, each place of the needle's
/// first byte checked in turn; in a long one, `memchr::memmem` (both set
/// up far less than `str::find(&str)`'s two-way searcher).
pub(crate) fn find_str(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    match n.first() {
        Some(&first) if h.len() < 256 => {
            memchr::memchr_iter(first, h).find(|&i| h[i..].starts_with(n))
        }
        _ => memchr::memmem::find(h, n),
    }
}

/// `words` (split where `sep` is, empty parts left out) each with its
/// first letter in capitals, joined by spaces (`damien-burks`, `bernd
/// ruecker` as `Damien Burks`, `Bernd Ruecker`).
pub(super) fn capitalise_words(words: &str, sep: impl Fn(char) -> bool) -> String {
    words
        .split(sep)
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `rest`, what follows the names of [`names_up_to`], goes on as
/// a sentence: a lowercase word (`was about`, `talks about`, `started
/// with`), maybe after an aside in parentheses (`([slides](…)) was`), or
/// a colon and words.
pub(super) fn sentence_goes_on(rest: &str) -> bool {
    let mut t = rest.trim_start();
    if t.starts_with('(')
        && let Some(close) = t.find(") ")
    {
        t = t[close + 1..].trim_start();
    }
    let t = t.strip_prefix(':').unwrap_or(t);
    t.split_whitespace().count() >= 2 && t.trim_start().starts_with(char::is_lowercase)
        || rest.trim_start().starts_with(':') && t.split_whitespace().count() >= 2
}

/// The names that start `s` after a title's `by`: up to the first `,`,
/// `.`, `(`, `;` or `:`, up to `stop` (`Gene Kim since …`, `Name from
/// Org`), and up to the sentence's first lowercase word (`Jack Franklin
/// was not about React`; not `and`, nor a name's `van`).
pub(super) fn names_up_to<'a>(s: &'a str, stop: &str) -> &'a str {
    let s = s.split([',', '.', '(', ';', ':']).next().unwrap_or("");
    let s = s.split(stop).next().unwrap_or("");
    // `by [Jack Franklin](…) was not about React`: the sentence goes on
    // after the names, from its first lowercase word (not `and`, nor a
    // name's `van`).
    let mut at = 0;
    for w in s.split(' ') {
        if w.starts_with(char::is_lowercase)
            && !matches!(w, "and" | "e" | "y" | "und" | "et" | "&")
            && !super::names::is_particle(w)
        {
            return s[..at].trim_end();
        }
        at += w.len() + 1;
    }
    s
}

/// The names of a list of people written `A, B and C` or `A & B` (each
/// part as written, not trimmed), also with `and` in the languages notes
/// are written in (`Guilherme Silveira e Adriano Almeida`, `A y B`, `A
/// und B`, `A et B`).
pub(super) fn each_name(s: &str) -> impl Iterator<Item = &str> {
    s.split(" & ")
        .flat_map(|x| x.split(" and "))
        .flat_map(|x| x.split(" e "))
        .flat_map(|x| x.split(" y "))
        .flat_map(|x| x.split(" und "))
        .flat_map(|x| x.split(" et "))
        .flat_map(|x| x.split(", "))
}

/// Whether `c` is a pictograph or one of the characters that build one
/// (emoji, dingbats, stars, the variation selector, the zero-width
/// joiner, skin tones, keycaps): decoration around a title or a name.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{2300}'..='\u{23FF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{FE0F}'
        | '\u{200D}'
        | '\u{20E3}'
        | '\u{E0020}'..='\u{E007F}')
}

/// `s` without the pictographs (see [`is_pictograph`]) and spaces at
/// either end: `👨‍💼 Manoranjan Padhy` is `Manoranjan Padhy`, `Tea Break ☕`
/// is `Tea Break`. All of `s` when it is nothing but pictographs.
pub(crate) fn trim_pictographs(s: &str) -> &str {
    let t = s.trim_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    if t.is_empty() { s } else { t }
}

/// The byte position of the last `needle` (ASCII, any case) in `s`.
pub(super) fn rfind_ci(s: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    let b = s.as_bytes();
    let first = *needle.as_bytes().first()?;
    // Only where the first byte matches (either case), found by memchr.
    memchr::memrchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), b).find(|&i| {
        b.get(i..i + n)
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    })
}

/// The byte position and length of the first ` - `, ` – `, ` — ` or ` ― `.
pub(super) fn first_spaced_dash(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    memchr::memchr_iter(b' ', b).find_map(|start| {
        let after = &b[start + 1..];
        if after.starts_with(b"- ") {
            Some((start, 3))
        } else if after.starts_with(" – ".as_bytes().get(1..).unwrap_or(&[]))
            || after.starts_with(" — ".as_bytes().get(1..).unwrap_or(&[]))
            || after.starts_with(" ― ".as_bytes().get(1..).unwrap_or(&[]))
        {
            Some((start, 5))
        } else {
            None
        }
    })
}

/// The byte position and length of the last ` - `, ` – `, ` — `, ` ― `
/// or ` -- `.
pub(crate) fn last_spaced_dash(s: &str) -> Option<(usize, usize)> {
    // Every candidate ends with a space: walk the spaces from the end.
    // The first that closes a dash closes the one that starts last.
    let b = s.as_bytes();
    memchr::memrchr_iter(b' ', b).find_map(|end| {
        let before = &b[..end];
        // (`Title -- Name`: two hyphens for a dash in plain text; last
        // only, so that `Name -- Title` is not read as a name first.)
        if before.ends_with(b" --") {
            Some((end - 3, 4))
        } else if before.ends_with(b" -") {
            Some((end - 2, 3))
        } else if before.ends_with(" –".as_bytes())
            || before.ends_with(" —".as_bytes())
            || before.ends_with(" ―".as_bytes())
        {
            Some((end - 4, 5))
        } else {
            None
        }
    })
}

/// Follows code fences line by line: `t` is a line without its
/// indentation; `fence` is the fence open before it (```` ``` ```` or
/// `~~~`), and after it.
pub(crate) fn follow_fence(fence: &mut Option<&'static str>, t: &str) {
    for f in ["```", "~~~"] {
        if t.starts_with(f) {
            match *fence {
                None => *fence = Some(f),
                Some(open) if open == f => *fence = None,
                Some(_) => {}
            }
        }
    }
}

/// Whether `s` is written as a title is (`Culture Trumps Tools`, `The Age
/// of the Agent`), not as a sentence (`Book the venue for the offsite`,
/// `Testing is an activity, not a phase`): after its first word, half or
/// more of its words of four letters or more start with a capital
/// (scripts without case count as titles; so does a title of one long
/// word).
pub(crate) fn title_cased(s: &str) -> bool {
    let mut long = 0;
    let mut caps = 0;
    for w in s.split_whitespace().skip(1) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        long += 1;
        if w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_lowercase())
        {
            caps += 1;
        }
    }
    long == 0 || caps * 2 >= long
}

/// Whether a word is a year (`2019`, `1999`).
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `s` holds a year among its runs of digits (`KubeCon EU 2019`,
/// `CppCon2019`).
pub(super) fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit()).any(is_year)
}

/// Whether `s` names a year among its words (`(CloudConf, April 2018)`).
pub(super) fn names_a_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphanumeric()).any(is_year)
}

/// `Title (Name)`: what comes before the last ` (` of a text that ends
/// with `)`, and what is inside (`Title`, `Name`); the text as it is, not
/// trimmed.
/// The name before a handle at the end, `Chad Fowler @chadfowler` (a
/// heading written `### Chad Fowler [@chadfowler](…)`): `Chad Fowler`.
pub(super) fn name_then_handle(t: &str) -> Option<&str> {
    let (name, handle) = t.trim().rsplit_once(' ')?;
    (handle.len() > 1 && handle.starts_with('@') && !name.trim().is_empty()).then(|| name.trim())
}

pub(super) fn last_parenthesis(t: &str) -> Option<(&str, &str)> {
    t.strip_suffix(')').and_then(|x| x.rsplit_once(" ("))
}

/// The letters and digits of `s`, lowercase, accents dropped (`Mots à
/// maux` → `motsamaux`), as an address's words are written; other
/// letters (CJK, Cyrillic) are dropped too.
pub(super) fn folded_letters(s: &str) -> String {
    crate::text::strip_marks_latin(s)
        .unwrap_or_else(|| s.to_string())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The first `n` bytes of `s` or fewer, ending on a character's boundary
/// (the opening of a file, looked at for its words).
pub(super) fn head(s: &str, n: usize) -> &str {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `s` without its HTML tags (`<a href="…">Adrien Haxaire</a>`).
pub(super) fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        match rest[open..].find('>') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod title_case_tests {
    use super::title_cased;

    #[test]
    fn titles_and_sentences() {
        assert!(title_cased("Culture Trumps Tools"));
        assert!(title_cased("The Age of the Agent"));
        assert!(!title_cased("Network Analysis made simple"));
        assert!(!title_cased("Book the venue for the offsite"));
        assert!(!title_cased("Testing is an activity, not a phase"));
        assert!(!title_cased("Travel buddy"));
    }
}
