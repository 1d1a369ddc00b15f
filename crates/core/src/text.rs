//! Text helpers shared by the parser, the index and the renderer: Unicode
//! normalisation through a pluggable [`Unicode`] provider, accent folding,
//! and slugs.
//!
//! The Unicode tables (NFC, decomposition) cost ~60 KB of gzipped wasm, and
//! every browser already has them in `String.prototype.normalize`. So core
//! asks a [`Unicode`] provider: natively [`NativeUnicode`] (feature
//! `native`, the `unicode-normalization` crate); in the browser the app lends
//! the platform's. Both follow the Unicode standard, so both give the same
//! ids.

use std::borrow::Cow;

/// Unicode normalisation, supplied by the platform.
pub trait Unicode {
    /// The NFC form of `s`.
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str>;

    /// `s` decomposed (NFKD) with combining marks removed, so `Jiří` becomes
    /// `Jiri` and `ﬁ` becomes `fi`. Case is kept.
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str>;

    /// [`Unicode::strip_marks`] of many strings at once. Providers that cross
    /// an FFI boundary override it to make one call instead of many.
    fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
        items
            .iter()
            .map(|s| self.strip_marks(s).into_owned())
            .collect()
    }
}

/// A provider that leaves text as it is: for callers that have already
/// normalised their input, and for tests of ASCII text.
#[derive(Debug, Clone, Copy, Default)]
pub struct AsciiOnly;

impl Unicode for AsciiOnly {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

/// The native provider, from the `unicode-normalization` crate.
#[cfg(feature = "native")]
#[derive(Debug, Clone, Copy, Default)]
pub struct NativeUnicode;

#[cfg(feature = "native")]
impl Unicode for NativeUnicode {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
        // The quick check restarts at every ASCII char (a starter, always
        // allowed), so checking only the non-ASCII runs gives its answer.
        if non_ascii_runs(s).all(|r| is_nfc_quick(r.chars()) == IsNormalized::Yes) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.nfc().collect())
        }
    }
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
        if s.is_ascii() {
            return Cow::Borrowed(s);
        }
        // NFKD decomposes char by char and reorders only runs of
        // non-starters, which an ASCII char (a starter) ends: ASCII text
        // is copied as it is and only the non-ASCII runs are decomposed.
        let mut out = String::with_capacity(s.len());
        let mut pos = 0;
        for run in non_ascii_runs(s) {
            let start = run.as_ptr() as usize - s.as_ptr() as usize;
            out.push_str(&s[pos..start]);
            out.extend(run.nfkd().filter(|c| !is_combining_mark(*c)));
            pos = start + run.len();
        }
        out.push_str(&s[pos..]);
        Cow::Owned(out)
    }
}

/// The maximal runs of non-ASCII chars of `s`, in order.
#[cfg(feature = "native")]
fn non_ascii_runs(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = b.get(pos..)?;
        let start = pos + ascii_prefix_len(rest);
        if start >= b.len() {
            return None;
        }
        let len = b[start..]
            .iter()
            .position(|&c| c < 0x80)
            .unwrap_or(b.len() - start);
        pos = start + len;
        s.get(start..pos)
    })
}

/// [`ASCII_CLASS`] of an ASCII byte that is not a letter or digit.
pub(crate) const ASCII_OTHER: u8 = 0;
/// [`ASCII_CLASS`] of an ASCII letter or digit.
pub(crate) const ASCII_ALNUM: u8 = 1;
/// [`ASCII_CLASS`] of a byte of a non-ASCII char.
pub(crate) const NON_ASCII: u8 = 2;

/// The class of each byte, for byte loops over text that is mostly ASCII:
/// one table lookup instead of range tests.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = if (i as u8).is_ascii_alphanumeric() {
            ASCII_ALNUM
        } else {
            ASCII_OTHER
        };
        i += 1;
    }
    t
};

/// Eight bytes of text as a little-endian word (byte `i` in bits `8i..`).
#[inline]
fn word_at(chunk: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(chunk);
    u64::from_le_bytes(a)
}

/// The high bit of each byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Adds `k` (below 0x80) to each byte of `w`, whose bytes are all ASCII:
/// no sum reaches 0x100, so no carry crosses bytes.
#[inline]
const fn add_bytes(w: u64, k: u8) -> u64 {
    w.wrapping_add(0x0101_0101_0101_0101 * k as u64)
}

/// For eight ASCII bytes, the high bit of each byte that is a letter or a
/// digit (SWAR: `x` is a digit when `x + 0x50` reaches 0x80 and `x + 0x46`
/// does not; a letter when `x | 0x20` is in `a..=z`, likewise).
#[inline]
fn ascii_alnum_bits(w: u64) -> u64 {
    let digit = add_bytes(w, 0x80 - b'0') & !add_bytes(w, 0x80 - b'9' - 1);
    let lower = w | 0x2020_2020_2020_2020;
    let letter = add_bytes(lower, 0x80 - b'a') & !add_bytes(lower, 0x80 - b'z' - 1);
    (digit | letter) & HIGH_BITS
}

/// Walks `t` for the starts of words, eight ASCII bytes at a time where it
/// can. `f(i, None, _)` is called at each ASCII letter or digit that does
/// not continue a word; `f(i, Some(c), in_word)` at each non-ASCII char
/// `c`, and returns whether a word goes on after it. An ASCII char that is
/// not a letter or digit ends a word.
#[inline]
pub(crate) fn scan_words(t: &str, mut f: impl FnMut(usize, Option<char>, bool) -> bool) {
    let b = t.as_bytes();
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let w = word_at(chunk);
            if w & HIGH_BITS == 0 {
                let alnum = ascii_alnum_bits(w);
                let mut starts = alnum & !(alnum << 8 | u64::from(in_word) << 7);
                while starts != 0 {
                    f(i + (starts.trailing_zeros() / 8) as usize, None, false);
                    starts &= starts - 1;
                }
                in_word = alnum >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c < 0x80 {
            let alnum = ASCII_CLASS[usize::from(c)] == ASCII_ALNUM;
            if alnum && !in_word {
                f(i, None, false);
            }
            in_word = alnum;
            i += 1;
        } else {
            let Some(ch) = t.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            in_word = f(i, Some(ch), in_word);
            i += ch.len_utf8();
        }
    }
}

/// The length of the ASCII prefix of `b`, eight bytes at a time.
#[inline]
pub(crate) fn ascii_prefix_len(b: &[u8]) -> usize {
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let high = word_at(chunk) & HIGH_BITS;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + b[i..].iter().take_while(|c| c.is_ascii()).count()
}

/// What NFKD-and-strip-marks makes of each letter U+00C0..=U+017F (Latin-1
/// letters and Latin Extended-A), generated from the Unicode data; `\0`
/// where the result is not one character (IJ, L·, ʼn).
const LATIN: [char; 192] = [
    'A', 'A', 'A', 'A', 'A', 'A', 'Æ', 'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I', 'Ð', 'N', 'O',
    'O', 'O', 'O', 'O', '×', 'Ø', 'U', 'U', 'U', 'U', 'Y', 'Þ', 'ß', 'a', 'a', 'a', 'a', 'a', 'a',
    'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'ð', 'n', 'o', 'o', 'o', 'o', 'o', '÷', 'ø',
    'u', 'u', 'u', 'u', 'y', 'þ', 'y', 'A', 'a', 'A', 'a', 'A', 'a', 'C', 'c', 'C', 'c', 'C', 'c',
    'C', 'c', 'D', 'd', 'Đ', 'đ', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'E', 'e', 'G', 'g', 'G',
    'g', 'G', 'g', 'G', 'g', 'H', 'h', 'Ħ', 'ħ', 'I', 'i', 'I', 'i', 'I', 'i', 'I', 'i', 'I', 'ı',
    '\0', '\0', 'J', 'j', 'K', 'k', 'ĸ', 'L', 'l', 'L', 'l', 'L', 'l', '\0', '\0', 'Ł', 'ł', 'N',
    'n', 'N', 'n', 'N', 'n', '\0', 'Ŋ', 'ŋ', 'O', 'o', 'O', 'o', 'O', 'o', 'Œ', 'œ', 'R', 'r', 'R',
    'r', 'R', 'r', 'S', 's', 'S', 's', 'S', 's', 'S', 's', 'T', 't', 'T', 't', 'Ŧ', 'ŧ', 'U', 'u',
    'U', 'u', 'U', 'u', 'U', 'u', 'U', 'u', 'U', 'u', 'W', 'w', 'Y', 'y', 'Y', 'Z', 'z', 'Z', 'z',
    'Z', 'z', 's',
];

/// [`Unicode::strip_marks`] of text made only of ASCII and the letters of
/// Latin-1 and Latin Extended-A (most names and notes in European
/// languages), with no Unicode tables; None when `s` has any other
/// character, which then needs a full provider. The browser provider uses
/// it to skip a round trip through JavaScript; a native test checks every
/// letter against the full tables.
pub fn strip_marks_latin(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if (0xC0..0x180).contains(&cp) {
            let mapped = LATIN[(cp - 0xC0) as usize];
            if mapped == '\0' {
                return None;
            }
            out.push(mapped);
        } else {
            return None;
        }
    }
    Some(out)
}

/// True when `s` is certainly in NFC without looking it up: every
/// character below U+0300 (no combining mark, no character that NFC
/// changes), which covers ASCII and the Latin-1 and Latin Extended
/// letters.
pub fn is_nfc_without_tables(s: &str) -> bool {
    s.chars().all(|c| (c as u32) < 0x300)
}

/// Letters that have no decomposition but a usual ASCII spelling.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

/// Search form of `s`: marks stripped, lowercased, a few letters without a
/// decomposition spelled out (`ß` as `ss`). `Jiří` and `JIRI` fold alike.
pub fn fold(u: &dyn Unicode, s: &str) -> String {
    if s.is_ascii() {
        // No marks to strip: no call to the provider.
        return s.to_ascii_lowercase();
    }
    fold_stripped(&u.strip_marks(s))
}

/// [`fold`], appended to `out`.
pub fn fold_into(u: &dyn Unicode, s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        fold_stripped_into(&u.strip_marks(s), out);
    }
}

/// [`fold`] of text whose marks are already stripped.
pub fn fold_stripped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_stripped_into(s, &mut out);
    out
}

/// [`fold_stripped`], appended to `out`. ASCII runs are copied and
/// lowercased in bulk; other chars one by one.
pub fn fold_stripped_into(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let ascii = ascii_prefix_len(&b[pos..]);
        if ascii > 0 {
            let start = out.len();
            out.push_str(&s[pos..pos + ascii]);
            out[start..].make_ascii_lowercase();
            pos += ascii;
        }
        let Some(c) = s.get(pos..).and_then(|r| r.chars().next()) else {
            break;
        };
        if let Some(f) = fold_special(c) {
            out.push_str(f);
        } else {
            out.extend(c.to_lowercase());
        }
        pos += c.len_utf8();
    }
}

/// URL-safe id of `s`: folded, runs of anything but letters and digits
/// become one `-`, no leading or trailing `-`. `Anaïs Urlichs` gives
/// `anais-urlichs`; letters with no ASCII form (CJK, Cyrillic) are kept.
/// Text with no letters or digits at all gives `untitled`.
pub fn slugify(u: &dyn Unicode, s: &str) -> String {
    if s.is_ascii() {
        return slug_of_ascii(s);
    }
    slug_of_folded(&fold(u, s))
}

/// [`slugify`] of each of `items`, with one [`Unicode::strip_marks_many`]
/// call for those that are not ASCII (none if all are).
pub fn slugify_many(u: &dyn Unicode, items: &[&str]) -> Vec<String> {
    let non_ascii: Vec<&str> = items.iter().copied().filter(|s| !s.is_ascii()).collect();
    let stripped = if non_ascii.is_empty() {
        Vec::new()
    } else {
        u.strip_marks_many(&non_ascii)
    };
    let mut stripped = stripped.iter();
    items
        .iter()
        .map(|s| {
            if s.is_ascii() {
                slug_of_ascii(s)
            } else {
                slug_of_folded(&fold_stripped(stripped.next().map_or(*s, String::as_str)))
            }
        })
        .collect()
}

/// [`slugify`] of ASCII text: [`slug_of_folded`] of its lowercase,
/// without the lowercase copy.
pub(crate) fn slug_of_ascii(s: &str) -> String {
    slug_of_chars(s.chars().map(|c| c.to_ascii_lowercase()), s.len())
}

/// FNV-1a as a `Hasher`: a fast hash for the parser's small string sets
/// and caches (keys are words and names, not attacker-chosen in a way that
/// matters: the notes are the reader's own or the site's).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`Fnv`] hashers.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// `s` cut to at most `max` characters at a word boundary, with `…` when
/// cut: a theme named by a whole sentence, a long search, shown in a chip or
/// a facet (the full text goes in its title or accessible description).
pub fn short_label(s: &str, max: usize) -> String {
    let t = s.trim();
    if t.chars().count() <= max {
        return t.to_string();
    }
    let mut out = String::new();
    for w in t.split_whitespace() {
        let next = out.chars().count() + usize::from(!out.is_empty()) + w.chars().count();
        if next > max.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out = t.chars().take(max.saturating_sub(1)).collect();
    }
    out = out.trim_end_matches([',', ';', ':', '.', '-']).to_string();
    out.push('…');
    out
}

/// The id GitHub gives a heading: lowercase, spaces as `-`, every
/// character that is not a letter, a digit, `-` or `_` removed (so
/// `jOOQ - A bit different` gives `jooq---a-bit-different`). In-page links
/// in notes (`[Setup](#setup)`, a table of contents) use these, and the
/// renderer's heading ids. The result holds only letters, digits, `-` and
/// `_` (a lowercase form that is not, like the dot of `İ`, is dropped).
pub fn github_slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        if c == ' ' {
            out.push('-');
        } else if c == '-' || c == '_' {
            out.push(c);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase().filter(|l| l.is_alphanumeric()));
        }
    }
    out
}

/// [`slugify`] of text already passed through [`fold`].
pub fn slug_of_folded(folded: &str) -> String {
    slug_of_chars(folded.chars(), folded.len())
}

/// The slug of folded `chars`: its runs of letters and digits joined by
/// single `-`, or `untitled` when it has none. `len`: the capacity to
/// reserve.
fn slug_of_chars(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut dash = false;
    for c in chars {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("untitled");
    }
    out
}

/// (year, month, day) of a date, 0 where not given; see [`date_key`].
pub type DateKey = (u16, u8, u8);

/// A sort key for a date as notes write it: `2021-05-04`, `May 4, 2021`,
/// `4 May 2021`, `May 2021`, or a year in a title (`KubeCon 2021`), as
/// (year, month, day), 0 where not given. None without a year.
pub fn date_key(s: &str) -> Option<DateKey> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| w.parse::<u16>().ok();
    // ISO first: three numbers in a row, the first a year.
    for w in words.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (number(w[0]), number(w[1]), number(w[2]))
            && (1900..2200).contains(&y)
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
        {
            return Some((y, m as u8, d as u8));
        }
    }
    let year = words
        .iter()
        .filter_map(|w| number(w))
        .find(|y| (1900..2200).contains(y))?;
    let month = words.iter().position(|w| {
        let w = w.to_ascii_lowercase();
        w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m))
    });
    let Some(mi) = month else {
        return Some((year, 0, 0));
    };
    let m = words[mi].to_ascii_lowercase();
    let m = MONTHS
        .iter()
        .position(|x| m.starts_with(x))
        .map_or(0, |p| p as u8 + 1);
    // The day is the small number beside the month (`May 4`, `4 May`).
    let day = [mi + 1, mi.wrapping_sub(1)]
        .into_iter()
        .filter_map(|j| words.get(j).and_then(|w| number(w)))
        .find(|d| (1..=31).contains(d))
        .map_or(0, |d| d as u8);
    Some((year, m, day))
}

/// The stem of an English word, to tell that two words are forms of one
/// (`platforms` and `platform`; `securing`, `secure` and `security`;
/// `developers` and `development`). `word` is folded (see [`fold`]); a
/// word with anything but ASCII lowercase letters (digits, other scripts)
/// is its own stem.
///
/// A small, conservative suffix stripper after Porter's: plurals (`-s`,
/// `-es`, `-ies`), `-ed`, `-ing`, `-ly`, a final `y` after a consonant,
/// then at most one derivational suffix (`-ation`, `-ization`, `-ate`, `-ment`,
/// `-ness`, `-ity`, `-ful`, `-er`, `-ize`, `-ive`, `-able`, `-ion` after
/// `s` or `t`...) and a final `e`. A suffix comes off only when what stays
/// has a vowel and, for derivational suffixes, enough syllables (Porter's
/// measure), so short words keep their letters: `string`, `cluster` and
/// `case` are their own stems. It leaves `-ance`/`-ence`/`-ent` alone
/// (Porter's `experience` and `experiment` would meet). A stem is for
/// comparing, not for showing: `secur`, `polici`.
///
/// Why not a crate: rust-stemmers (1.2.0, the usual choice) has no cargo
/// features; its `algorithms` module compiles all 19 Snowball languages
/// (about 720 kB of generated Rust) and `Stemmer::create` reaches each of
/// them from one `match`, so the wasm would carry every language to stem
/// English. Theme suggestions need only "same word?", which this does in
/// a page of code.
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// [`stem`] of `word` into `out` (cleared first), without allocating when
/// `out` has room.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    out.push_str(word);
    if word.len() < 3 || !word.bytes().all(|c| c.is_ascii_lowercase()) {
        return;
    }
    // Only ASCII letters from here on: bytes are chars, truncation is safe.
    let mut b = std::mem::take(out).into_bytes();
    stem_bytes(&mut b);
    // Still ASCII letters: `from_utf8` cannot fail; keep the word if it did.
    *out = String::from_utf8(b).unwrap_or_else(|_| word.to_string());
}

/// The steps of [`stem`] on ASCII lowercase letters.
fn stem_bytes(b: &mut Vec<u8>) {
    // Plurals: `classes` -> `class`, `policies` -> `polici`, `platforms`
    // -> `platform`; `ss` and `us` stay (`class`, `status`), as does an `s`
    // after the word's only vowel (`gas`, `this`).
    if b.ends_with(b"sses") || b.ends_with(b"ies") {
        b.truncate(b.len() - 2);
    } else if b.ends_with(b"s")
        && !b.ends_with(b"ss")
        && !b.ends_with(b"us")
        && has_vowel(&b[..b.len() - 2])
    {
        b.pop();
    }
    // `-eed`, `-ed`, `-ing`: `agreed` -> `agree`, `deployed` -> `deploy`,
    // `running` -> `run`, `scaling` -> `scale`, `thing` stays.
    if b.ends_with(b"eed") {
        if measure(&b[..b.len() - 3]) > 0 {
            b.pop();
        }
    } else if let Some(len) = [&b"ing"[..], b"ed"]
        .iter()
        .find(|s| b.ends_with(s))
        .map(|s| s.len())
        && has_vowel(&b[..b.len() - len])
    {
        b.truncate(b.len() - len);
        let n = b.len();
        if b.ends_with(b"at") || b.ends_with(b"bl") || b.ends_with(b"iz") {
            b.push(b'e');
        } else if n >= 2
            && b[n - 1] == b[n - 2]
            && is_consonant(b, n - 1)
            && !matches!(b[n - 1], b'l' | b's' | b'z')
        {
            b.pop();
        } else if measure(b) == 1 && ends_cvc(b) {
            b.push(b'e');
        }
    }
    // `-ly` after the letters Porter2 allows: `quickly` -> `quick`,
    // `directly` -> `direct`; `family`, `only` stay.
    let n = b.len();
    if n >= 5
        && b.ends_with(b"ly")
        && matches!(
            b[n - 3],
            b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
        )
        && has_vowel(&b[..n - 2])
    {
        b.truncate(n - 2);
    }
    // A final `y` after a consonant is `i`, as in the plural: `policy`
    // meets `policies`, `security` ends in `iti`.
    let n = b.len();
    if n > 2 && b[n - 1] == b'y' && is_consonant(b, n - 2) {
        b[n - 1] = b'i';
    }
    // One derivational suffix, the longest that fits, when what stays has
    // Porter's measure above 1 (above 0 for `-ness` and `-ful`).
    const SUFFIXES: [(&[u8], usize); 15] = [
        (b"ization", 1),
        (b"ational", 1),
        (b"ation", 1),
        (b"ative", 1),
        (b"ate", 1),
        (b"ement", 1),
        (b"ment", 1),
        (b"ness", 0),
        (b"able", 1),
        (b"ible", 1),
        (b"iti", 1),
        (b"ful", 0),
        (b"ize", 1),
        (b"ive", 1),
        (b"er", 1),
    ];
    let mut cut = None;
    for (suffix, min) in SUFFIXES {
        if b.ends_with(suffix) {
            let stays = b.len() - suffix.len();
            if measure(&b[..stays]) > min {
                cut = Some(stays);
            }
            break;
        }
    }
    // `-ion` after `s` or `t`: `decision`, `adoption` -> `adopt`.
    if cut.is_none() && b.ends_with(b"ion") {
        let stays = b.len() - 3;
        if stays > 0 && matches!(b[stays - 1], b's' | b't') && measure(&b[..stays]) > 1 {
            cut = Some(stays);
        }
    }
    if let Some(stays) = cut {
        b.truncate(stays);
    }
    // A final `e`: `secure` -> `secur`, `create` -> `creat`; not where it
    // makes a short syllable (`case`, `hope`).
    if b.ends_with(b"e") {
        let r = &b[..b.len() - 1];
        let m = measure(r);
        if m > 1 || (m == 1 && !ends_cvc(r)) {
            b.pop();
        }
    }
}

/// True when `b[i]` is a consonant: not `a e i o u`, and `y` only after a
/// vowel or first.
fn is_consonant(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => i == 0 || !is_consonant(b, i - 1),
        _ => true,
    }
}

/// True when `b` has a vowel.
fn has_vowel(b: &[u8]) -> bool {
    (0..b.len()).any(|i| !is_consonant(b, i))
}

/// Porter's measure: the number of vowel-consonant sequences in `b`
/// (`tree` 0, `trouble` 1, `private` 2).
fn measure(b: &[u8]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for i in 0..b.len() {
        let vowel = !is_consonant(b, i);
        if prev_vowel && !vowel {
            m += 1;
        }
        prev_vowel = vowel;
    }
    m
}

/// True when `b` ends consonant-vowel-consonant, the last not `w`, `x` or
/// `y` (`hop`, `cas`): a short syllable.
fn ends_cvc(b: &[u8]) -> bool {
    let n = b.len();
    n >= 3
        && is_consonant(b, n - 3)
        && !is_consonant(b, n - 2)
        && is_consonant(b, n - 1)
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_join_the_forms_of_a_word() {
        let same = [
            &["platform", "platforms"][..],
            &["secure", "securing", "secured", "security", "securities"],
            &["maturity", "mature", "maturing"],
            &[
                "developer",
                "developers",
                "development",
                "developing",
                "developed",
            ],
            &["deploy", "deployed", "deploying", "deployment", "deploys"],
            &["policy", "policies"],
            &["adopt", "adopted", "adopting", "adoption"],
            &["scale", "scaling", "scales"],
            &["run", "running", "runs"],
            &["install", "installed", "installing"],
            &["organize", "organizing", "organization"],
            &["integrate", "integrating", "integration"],
            &["quick", "quickly"],
            &["team", "teams"],
            &["kubernetes"],
            &["cluster", "clusters"],
            &["provide", "provider", "providers"],
            &["agree", "agreed"],
            &["class", "classes"],
            &["help", "helpful"],
        ];
        for words in same {
            let first = stem(words[0]);
            for w in words {
                assert_eq!(stem(w), first, "{w} and {}", words[0]);
            }
        }
        // Distinct words stay apart; short words and those without a
        // suffix to take keep their letters.
        for (a, b) in [
            ("experience", "experiment"),
            ("case", "cast"),
            ("string", "str"),
            ("status", "statu"),
            ("thing", "th"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
        for w in [
            "string",
            "thing",
            "cluster",
            "case",
            "gas",
            "this",
            "status",
            "cloud",
            "k8s",
            "ab",
            "日本語",
            "café",
        ] {
            assert_eq!(stem(w), w, "{w}");
        }
        assert_eq!(stem("security"), "secur");
        assert_eq!(stem("policies"), "polici");
        let mut buf = String::with_capacity(32);
        stem_into("teams", &mut buf);
        assert_eq!(buf, "team");
    }

    #[test]
    fn long_labels_are_cut_at_a_word() {
        assert_eq!(short_label("Security", 20), "Security");
        assert_eq!(
            short_label(
                "Decision criteria for platform build vs buy will get more attention",
                24
            ),
            "Decision criteria for…"
        );
        assert_eq!(short_label("Supercalifragilistic", 8), "Superca…");
    }

    #[test]
    fn github_slugs_keep_letters_digits_dashes_and_underscores() {
        assert_eq!(
            github_slug("jOOQ - A bit different"),
            "jooq---a-bit-different"
        );
        assert_eq!(github_slug(" Café_2024! <b>x</b> "), "café_2024-bxb");
        // The lowercase of `İ` is `i` and a combining dot: the dot goes.
        assert_eq!(github_slug("İstanbul"), "istanbul");
        assert_eq!(github_slug("\"><script>"), "script");
        assert_eq!(github_slug("🎉 ..."), "-");
    }

    #[test]
    fn slugs_are_lowercase_ascii_words_joined_by_dashes() {
        assert_eq!(slugify(&AsciiOnly, "KubeCon 2021"), "kubecon-2021");
        assert_eq!(
            slugify(&AsciiOnly, "  Microservices Made Easy! "),
            "microservices-made-easy"
        );
        assert_eq!(
            slugify(&AsciiOnly, "GitOps+Jenkins-CI"),
            "gitops-jenkins-ci"
        );
        assert_eq!(slugify(&AsciiOnly, "!!!"), "untitled");
    }

    #[cfg(feature = "native")]
    #[test]
    fn the_latin_table_agrees_with_the_unicode_tables() {
        for cp in 0x80..0x300u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let s = format!("x{c}y");
            if let Some(fast) = strip_marks_latin(&s) {
                assert_eq!(fast, NativeUnicode.strip_marks(&s), "U+{cp:04X}");
            }
            assert!(is_nfc_without_tables(&s));
            assert_eq!(NativeUnicode.nfc(&s), s, "U+{cp:04X} is NFC");
        }
        assert_eq!(
            strip_marks_latin("Anaïs Urlichs, Jiří, Łódź").as_deref(),
            Some("Anais Urlichs, Jiri, Łodz")
        );
        assert_eq!(strip_marks_latin("IJssel"), Some("IJssel".into()));
        assert_eq!(strip_marks_latin("\u{132}"), None);
        assert_eq!(strip_marks_latin("東京"), None);
        assert_eq!(
            strip_marks_latin("e\u{301}"),
            None,
            "a combining mark needs the tables"
        );
    }

    #[cfg(feature = "native")]
    #[test]
    fn accents_fold_and_both_spellings_of_a_name_give_one_slug() {
        let composed = "Ji\u{159}\u{ed}";
        let decomposed = "Jir\u{30c}i\u{301}";
        assert_ne!(composed, decomposed);
        assert_eq!(NativeUnicode.nfc(decomposed), composed);
        assert_eq!(slugify(&NativeUnicode, composed), "jiri");
        assert_eq!(slugify(&NativeUnicode, decomposed), "jiri");
        assert_eq!(slugify(&NativeUnicode, "Anaïs Urlichs"), "anais-urlichs");
        assert_eq!(slugify(&NativeUnicode, "Straße Łódź"), "strasse-lodz");
        assert_eq!(slugify(&NativeUnicode, "東京 Talk"), "東京-talk");
    }

    #[test]
    fn word_starts_and_ascii_prefixes() {
        let starts = |t: &str| {
            let mut v = Vec::new();
            scan_words(t, |i, c, in_word| {
                if c.is_none() || !in_word {
                    v.push(i);
                }
                c.is_some_and(char::is_alphanumeric)
            });
            v
        };
        // Byte by byte, the rule is: a letter or digit after anything else.
        let naive = |t: &str| {
            let mut v = Vec::new();
            let mut prev = false;
            for (i, c) in t.char_indices() {
                let a = c.is_alphanumeric();
                if !prev && (a || !c.is_ascii()) {
                    v.push(i);
                }
                prev = a;
            }
            v
        };
        for t in [
            "",
            "a",
            "Hello, world: 42 apples/oranges-x_y z@b.c`{[]}~^ AZaz09 @[`{/:",
            "exactly8 bytes!! and then some more words at the end",
            "naïve café über 東京 x",
            "ab\u{7f}cd\u{1f}ef gh",
        ] {
            assert_eq!(starts(t), naive(t), "{t:?}");
        }
        for t in ["", "abc", "abcdefgh", "abcdefghé", "é", "abcdefghijklmnopé"] {
            assert_eq!(
                ascii_prefix_len(t.as_bytes()),
                t.find(|c: char| !c.is_ascii()).unwrap_or(t.len())
            );
        }
        for x in 0u8..0x80 {
            let w = u64::from(x) << 24;
            // Byte 3 is flagged exactly when it is a letter or digit, and the
            // zero bytes around it are not.
            let expect = if x.is_ascii_alphanumeric() {
                0x80 << 24
            } else {
                0
            };
            assert_eq!(ascii_alnum_bits(w), expect, "{x:#x}");
        }
    }

    /// The native provider works on non-ASCII runs only; it must agree
    /// with normalising the whole text at once.
    #[cfg(feature = "native")]
    #[test]
    fn native_provider_by_runs_agrees_with_whole_text() {
        use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
        let samples = [
            "plain ascii",
            "Jir\u{30c}i\u{301} and Jiří",
            "e\u{301}\u{316}x a\u{316}\u{301} \u{344}",
            "ﬁne Straße Łódź 東京 ÅÅ \u{212b}",
            "\u{301}start and end\u{301}",
            "q\u{323}\u{307} q\u{307}\u{323} ḍ̇ ḍ̇",
            "한국어 가\u{11a8} \u{1100}\u{1161}",
        ];
        for s in samples {
            let stripped: String = s.nfkd().filter(|c| !is_combining_mark(*c)).collect();
            assert_eq!(NativeUnicode.strip_marks(s), stripped, "{s:?}");
            let nfc: String = s.nfc().collect();
            assert_eq!(NativeUnicode.nfc(s), nfc, "{s:?}");
            let old: String = stripped
                .chars()
                .flat_map(|c| match fold_special(c) {
                    Some(f) => f.chars().collect::<Vec<_>>(),
                    None => c.to_lowercase().collect(),
                })
                .collect();
            assert_eq!(fold(&NativeUnicode, s), old, "{s:?}");
        }
    }

    #[test]
    fn date_keys_read_the_forms_notes_use() {
        assert_eq!(date_key("2021-05-04"), Some((2021, 5, 4)));
        assert_eq!(date_key("May 4, 2021"), Some((2021, 5, 4)));
        assert_eq!(date_key("4 May 2021"), Some((2021, 5, 4)));
        assert_eq!(date_key("Tuesday, 17 September 2024"), Some((2024, 9, 17)));
        assert_eq!(date_key("September 2024"), Some((2024, 9, 0)));
        assert_eq!(date_key("KubeCon EU 2023"), Some((2023, 0, 0)));
        assert_eq!(date_key("Day 1"), None);
        assert!(date_key("2019-11-20") < date_key("Feb 3, 2020"));
    }
}
