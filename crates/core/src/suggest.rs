//! Suggestions for themes no session carries: which sessions of the
//! conference are about the same thing, and the words that say so.
//!
//! A Key Theme that no session names or is tagged with
//! (`parse` warns: "is not linked to any session") often belongs to some
//! sessions all the same, in other words: `Maturity` to a session on
//! "mature platforms", `Multi-cloud` to one about "a cloud" and "multi-tenant
//! clusters". [`suggest_sessions`] ranks the sessions of the theme's
//! conference by the words they share with the theme, after
//! [`text::stem`] (so `platforms` meets `platform`) and without stop words.
//!
//! The evidence is the shared stems, each worth points: a word of the
//! theme's name or an alias [`NAME_POINTS`] (when the name is short; a name
//! of more than [`SHORT_NAME`] words, a whole sentence, counts like a
//! description), a word of its description or nested items
//! [`DESCRIPTION_POINTS`], one more when the session's title has it, and
//! half when more than half the sessions of the conference have it (in a
//! KubeCon, `kubernetes` says little). A session is suggested when it has
//! every word of the (short) name or of one alias, or else at least
//! [`MIN_WORDS`] shared words worth [`MIN_POINTS`]: one shared word of a
//! description never suggests anything. At most [`MAX_SUGGESTIONS`], best
//! first, ties in library order; the same notes always give the same
//! suggestions.
//!
//! Suggestions are never links: they do not change `Session::themes`,
//! `Theme::sessions` or any count. The parser names them in its warning
//! (with the `Tags:` line to add, [`tag_line`]), `notes-check --json` lists
//! them under each such theme.
//!
//! Cost: the theme's words go into a small table; a session's words are
//! checked against the first two letters of the table's stems before being
//! stemmed, so a session costs about one pass over its text, and only the
//! conferences that have an unlinked theme are read.

use std::collections::HashMap;

use crate::model::{Library, Session, Theme};
use crate::order;
use crate::text::{self, Unicode};

/// At most this many suggestions per theme.
pub const MAX_SUGGESTIONS: usize = 5;
/// Points of a stem of the theme's name or of an alias, when the name is
/// short.
pub const NAME_POINTS: u32 = 4;
/// Points of a stem of the theme's description or nested items (and of a
/// name longer than [`SHORT_NAME`] words).
pub const DESCRIPTION_POINTS: u32 = 2;
/// A name of more words than this (not counting stop words) is a sentence:
/// its words count as a description's, and it has no "whole name" rule.
pub const SHORT_NAME: usize = 4;
/// Without the whole name, a session needs this many shared words...
pub const MIN_WORDS: usize = 3;
/// ...worth this many points.
pub const MIN_POINTS: u32 = 10;

/// A session that may belong to a theme, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Index into `Library::sessions`.
    pub session: usize,
    /// The points of the shared words (see the module's doc): higher is
    /// more related.
    pub score: u32,
    /// The words the session shares with the theme, as the session spells
    /// them (first occurrence, the title first), in the theme's order (its
    /// name's words first).
    pub words: Vec<String>,
}

/// The sessions of `conference` (an index into `lib.conferences`) that may
/// belong to `theme` (an index into `lib.themes`) and do not carry it yet,
/// best first (see the module's doc); empty when none is related enough,
/// or when either index is out of range. Non-ASCII text is folded through
/// `unicode` in one `strip_marks_many` call for the theme and one for the
/// sessions.
pub fn suggest_sessions(
    lib: &Library,
    theme: usize,
    conference: usize,
    unicode: &dyn Unicode,
) -> Vec<Suggestion> {
    let Some(conf) = lib.conferences.get(conference) else {
        return Vec::new();
    };
    let mut scorers = Scorer::for_themes(lib, &[(conference, vec![theme])], unicode);
    scan(&mut scorers, lib, conf.sessions.iter().copied(), unicode);
    scorers
        .pop()
        .and_then(|s| s.finish(lib).pop())
        .map(|(_, list)| list)
        .unwrap_or_default()
}

/// The Key Themes each conference names that none of its sessions carries,
/// as `(conference, theme)` indices in library order (conferences, then
/// their themes as the notes list them): the themes `parse` warns about.
pub fn unlinked_key_themes(lib: &Library) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (ci, c) in lib.conferences.iter().enumerate() {
        for &t in &c.themes {
            let linked = lib.themes.get(t).is_some_and(|t| {
                t.sessions
                    .iter()
                    .any(|&s| lib.sessions.get(s).is_some_and(|s| s.conference == ci))
            });
            if !linked {
                out.push((ci, t));
            }
        }
    }
    out
}

/// The line that links a session to `theme` when added under its heading:
/// `Tags: Name`. Commas and semicolons, which would split the name into
/// several tags, become spaces (a theme is found by its letters and
/// digits); a name too long for a tag gives way to its first alias.
pub fn tag_line(theme: &Theme) -> String {
    let name = match theme.aliases.first() {
        Some(alias) if theme.name.len() > 100 => alias,
        _ => &theme.name,
    };
    format!("Tags: {}", name.replace([',', ';'], " "))
}

/// The stems of one theme.
#[derive(Debug, Default)]
struct ThemeWords {
    /// Index into `Library::themes`.
    theme: usize,
    /// Each distinct stem (id in the scorer's table) and its points, in
    /// the theme's order.
    stems: Vec<(u32, u32)>,
    /// The stems of the name (when short) and of each alias: a session
    /// with all of one of them has the whole name.
    names: Vec<Vec<u32>>,
}

/// One stem of the table in one session.
#[derive(Debug, Clone)]
struct Found {
    stem: u32,
    in_title: bool,
    /// The word as the session first spells it.
    word: String,
}

/// Scores the sessions of one conference against some of its themes.
pub(crate) struct Scorer {
    /// Index into `Library::conferences`.
    conference: usize,
    /// Stem -> id.
    stems: HashMap<String, u32>,
    /// One bit per hashed first two bytes of a stem (see [`pair_bit`]):
    /// a word whose first two letters are not here has none of the stems.
    pairs: [u64; PAIR_WORDS],
    themes: Vec<ThemeWords>,
    /// Per stem, the sessions that have it.
    df: Vec<u32>,
    /// Sessions scanned.
    scanned: u32,
    /// The sessions that share any stem, with what they share.
    found: Vec<(usize, Vec<Found>)>,
}

/// Words of the pair filter (1,024 bits).
const PAIR_WORDS: usize = 16;

/// The bit of a word's first two bytes (lowercase) in [`Scorer::pairs`].
fn pair_bit(b0: u8, b1: u8) -> usize {
    (usize::from(b0) * 31 + usize::from(b1)) % (PAIR_WORDS * 64)
}

impl Scorer {
    /// A scorer per `(conference, themes)`, with the themes' stems. The
    /// themes' non-ASCII words go through `unicode` in one call.
    pub(crate) fn for_themes(
        lib: &Library,
        wanted: &[(usize, Vec<usize>)],
        unicode: &dyn Unicode,
    ) -> Vec<Scorer> {
        // Per theme, its texts: name, aliases, description, nested items.
        let mut texts: Vec<&str> = Vec::new();
        for (_, themes) in wanted {
            for t in themes.iter().filter_map(|&t| lib.themes.get(t)) {
                texts.push(&t.name);
                texts.extend(t.aliases.iter().map(String::as_str));
                texts.push(&t.description);
                texts.push(&t.markdown);
            }
        }
        let mut words: Vec<Vec<String>> = vec![Vec::new(); texts.len()];
        for_each_word(
            &texts,
            unicode,
            |_, _, _| true,
            |i, _, folded| {
                if let Some(w) = words.get_mut(i) {
                    w.push(folded.to_string());
                }
            },
        );
        let mut words = words.into_iter();
        let mut stem = String::new();
        let mut out = Vec::with_capacity(wanted.len());
        for (conference, themes) in wanted {
            let mut s = Scorer {
                conference: *conference,
                stems: HashMap::new(),
                pairs: [0; PAIR_WORDS],
                themes: Vec::new(),
                df: Vec::new(),
                scanned: 0,
                found: Vec::new(),
            };
            for &ti in themes {
                let Some(theme) = lib.themes.get(ti) else {
                    continue;
                };
                let mut tw = ThemeWords {
                    theme: ti,
                    ..ThemeWords::default()
                };
                // The texts in the order pushed above.
                let name = words.next().unwrap_or_default();
                let aliases: Vec<Vec<String>> = theme
                    .aliases
                    .iter()
                    .map(|_| words.next().unwrap_or_default())
                    .collect();
                let description = words.next().unwrap_or_default();
                let nested = words.next().unwrap_or_default();
                let name_ids = s.intern_all(&name, &mut stem);
                let short = name_ids.len() <= SHORT_NAME;
                let name_points = if short {
                    NAME_POINTS
                } else {
                    DESCRIPTION_POINTS
                };
                if short && !name_ids.is_empty() {
                    tw.names.push(name_ids.clone());
                }
                tw.add(&name_ids, name_points);
                for a in &aliases {
                    let ids = s.intern_all(a, &mut stem);
                    tw.add(&ids, NAME_POINTS);
                    if !ids.is_empty() {
                        tw.names.push(ids);
                    }
                }
                for text in [&description, &nested] {
                    let ids = s.intern_all(text, &mut stem);
                    tw.add(&ids, DESCRIPTION_POINTS);
                }
                s.themes.push(tw);
            }
            s.df = vec![0; s.stems.len()];
            out.push(s);
        }
        out
    }

    /// The ids of the distinct stems of `words` (folded), stop words and
    /// one-letter words left out, in order; new stems join the table.
    fn intern_all(&mut self, words: &[String], stem: &mut String) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        for w in words {
            if w.chars().count() < 2 || is_stop_word(w) || w.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            text::stem_into(w, stem);
            let next = u32::try_from(self.stems.len()).unwrap_or(u32::MAX);
            let id = match self.stems.get(stem.as_str()) {
                Some(&id) => id,
                None => {
                    let b = stem.as_bytes();
                    if let [b0, b1, ..] = b {
                        let bit = pair_bit(*b0, *b1);
                        self.pairs[bit / 64] |= 1 << (bit % 64);
                    }
                    self.stems.insert(stem.clone(), next);
                    next
                }
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The conference whose sessions it scores (index into
    /// `Library::conferences`).
    pub(crate) fn conference(&self) -> usize {
        self.conference
    }

    /// True when a word starting with these two (lowercase) bytes may have
    /// one of the stems.
    fn may_have(&self, b0: u8, b1: u8) -> bool {
        let bit = pair_bit(b0, b1);
        self.pairs[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Per theme, its suggestions (see the module's doc). Sessions that
    /// already carry the theme (in `lib`, whose `Theme::sessions` are
    /// ascending) are left out.
    pub(crate) fn finish(self, lib: &Library) -> Vec<(usize, Vec<Suggestion>)> {
        let n = self.scanned as usize;
        let common = |stem: u32| {
            n >= 4
                && self
                    .df
                    .get(stem as usize)
                    .is_some_and(|&d| d as usize * 2 > n)
        };
        self.themes
            .iter()
            .map(|tw| {
                let carried = lib.themes.get(tw.theme).map_or(&[][..], |t| &t.sessions);
                let mut list: Vec<Suggestion> = Vec::new();
                for (session, found) in &self.found {
                    if carried.binary_search(session).is_ok() {
                        continue;
                    }
                    let mut score = 0;
                    let mut words = Vec::new();
                    for &(stem, points) in &tw.stems {
                        let Some(f) = found.iter().find(|f| f.stem == stem) else {
                            continue;
                        };
                        let mut p = points + u32::from(f.in_title);
                        if common(stem) {
                            p = p.div_ceil(2);
                        }
                        score += p;
                        words.push(f.word.clone());
                    }
                    let whole_name = tw
                        .names
                        .iter()
                        .any(|ids| ids.iter().all(|id| found.iter().any(|f| f.stem == *id)));
                    if whole_name || (words.len() >= MIN_WORDS && score >= MIN_POINTS) {
                        list.push(Suggestion {
                            session: *session,
                            score,
                            words,
                        });
                    }
                }
                // Best first, then library order (`found` is in it).
                order::sort_by(&mut list, &|a, b| {
                    b.score.cmp(&a.score).then(a.session.cmp(&b.session))
                });
                list.truncate(MAX_SUGGESTIONS);
                (tw.theme, list)
            })
            .collect()
    }
}

impl ThemeWords {
    /// Adds `ids` with `points`, keeping the first (highest) points of a
    /// stem met twice.
    fn add(&mut self, ids: &[u32], points: u32) {
        for &id in ids {
            if !self.stems.iter().any(|&(s, _)| s == id) {
                self.stems.push((id, points));
            }
        }
    }
}

/// Scans `sessions` (indices into `lib.sessions`, ascending) into the
/// scorers of their conferences; sessions of conferences without a
/// scorer are skipped. `scorers` are sorted by conference. Non-ASCII
/// words go through `unicode` in one call.
pub(crate) fn scan(
    scorers: &mut [Scorer],
    lib: &Library,
    sessions: impl Iterator<Item = usize> + Clone,
    unicode: &dyn Unicode,
) {
    let scorer_of = |s: &Session| {
        scorers
            .binary_search_by(|x| x.conference.cmp(&s.conference))
            .ok()
    };
    let mut texts: Vec<&str> = Vec::new();
    let mut owners: Vec<(usize, usize)> = Vec::new();
    for si in sessions {
        let Some(s) = lib.sessions.get(si) else {
            continue;
        };
        let Some(k) = scorer_of(s) else {
            continue;
        };
        texts.push(&s.title);
        texts.push(&s.markdown);
        owners.push((si, k));
    }
    // Per session: the stems it has, in the order met.
    let mut found: Vec<Vec<Found>> = vec![Vec::new(); owners.len()];
    let mut stem = String::new();
    let keep = |i: usize, b0: u8, b1: u8| {
        owners
            .get(i / 2)
            .is_some_and(|&(_, k)| scorers[k].may_have(b0, b1))
    };
    for_each_word(&texts, unicode, keep, |i, word, folded| {
        let Some(&(_, k)) = owners.get(i / 2) else {
            return;
        };
        text::stem_into(folded, &mut stem);
        let Some(&id) = scorers[k].stems.get(stem.as_str()) else {
            return;
        };
        let f = &mut found[i / 2];
        match f.iter_mut().find(|f| f.stem == id) {
            Some(x) => x.in_title |= i % 2 == 0,
            None => f.push(Found {
                stem: id,
                in_title: i % 2 == 0,
                word: word.to_string(),
            }),
        }
    });
    for ((si, k), f) in owners.into_iter().zip(found) {
        let s = &mut scorers[k];
        s.scanned += 1;
        for x in &f {
            if let Some(d) = s.df.get_mut(x.stem as usize) {
                *d += 1;
            }
        }
        if !f.is_empty() {
            s.found.push((si, f));
        }
    }
}

/// Calls `f(text, word, folded)` for each word (run of letters and
/// digits) of each of `texts`, skipping link targets (`](...)`, `<...>`)
/// and bare URLs. ASCII words are lowercased, and only those whose first
/// two bytes `keep(text, b0, b1)` accepts are passed on (one-letter words
/// never are); other words are folded (see [`text::fold`]), their marks
/// stripped through `unicode` in one call for all of them.
fn for_each_word<'t>(
    texts: &[&'t str],
    unicode: &dyn Unicode,
    keep: impl Fn(usize, u8, u8) -> bool,
    mut f: impl FnMut(usize, &'t str, &str),
) {
    let mut non_ascii: Vec<&str> = Vec::new();
    for t in texts.iter().filter(|t| !t.is_ascii()) {
        words_of(t, |w| {
            if !w.is_ascii() {
                non_ascii.push(w);
            }
        });
    }
    let stripped = if non_ascii.is_empty() {
        Vec::new()
    } else {
        unicode.strip_marks_many(&non_ascii)
    };
    drop(non_ascii);
    let mut stripped = stripped.into_iter();
    let mut lower = String::new();
    for (i, t) in texts.iter().enumerate() {
        words_of(t, |w| {
            if w.is_ascii() {
                let b = w.as_bytes();
                let [b0, b1, ..] = b else {
                    return;
                };
                if !keep(i, b0.to_ascii_lowercase(), b1.to_ascii_lowercase()) {
                    return;
                }
                lower.clear();
                lower.push_str(w);
                lower.make_ascii_lowercase();
                f(i, w, &lower);
            } else {
                let st = stripped.next().unwrap_or_default();
                let folded = text::fold_stripped(&st);
                f(i, w, &folded);
            }
        });
    }
}

/// Calls `f` with each word of `t`: a run of letters and digits, outside
/// link targets (`](...)`, autolinks `<...>` and bare `scheme://...`
/// URLs, whose words are an address, not notes).
fn words_of<'t>(t: &'t str, mut f: impl FnMut(&'t str)) {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b']' && b.get(i + 1) == Some(&b'(') {
            i = skip_until(b, i + 2, |c| c == b')');
            continue;
        }
        if c == b'<' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            let end = skip_until(b, i + 1, |c| c == b'>' || c.is_ascii_whitespace());
            if b.get(i + 1..end).is_some_and(|u| u.contains(&b':')) {
                i = end;
                continue;
            }
        }
        if c.is_ascii_alphanumeric() || c >= 0x80 {
            let start = i;
            let rest = &t[i..];
            let len = rest
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphanumeric())
                .map_or(rest.len(), |(k, _)| k);
            if len == 0 {
                // A non-ASCII char that is not a letter or digit.
                i += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            }
            i += len;
            if t[i..].starts_with("://") {
                i = skip_until(b, i, |c| c.is_ascii_whitespace() || c == b')' || c == b'>');
                continue;
            }
            f(&t[start..i]);
            continue;
        }
        i += 1;
    }
}

/// The first index from `from` where `stop` holds, or the end.
fn skip_until(b: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> usize {
    b.get(from..)
        .and_then(|r| r.iter().position(|&c| stop(c)))
        .map_or(b.len(), |k| from + k)
}

/// Words that say nothing about a subject: English function words, and
/// what notes of talks say of every talk (`talk`, `demo`, `great`).
/// Sorted, for a binary search.
const STOP_WORDS: [&str; 247] = [
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anything",
    "are",
    "around",
    "as",
    "at",
    "away",
    "awesome",
    "back",
    "be",
    "became",
    "because",
    "become",
    "been",
    "before",
    "being",
    "below",
    "best",
    "better",
    "between",
    "both",
    "but",
    "by",
    "came",
    "can",
    "cannot",
    "com",
    "cool",
    "could",
    "demo",
    "demos",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "easy",
    "either",
    "else",
    "enough",
    "etc",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "gives",
    "giving",
    "go",
    "goes",
    "going",
    "gone",
    "good",
    "got",
    "great",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "however",
    "http",
    "https",
    "if",
    "in",
    "inside",
    "instead",
    "interesting",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "keep",
    "keynote",
    "keynotes",
    "kind",
    "know",
    "last",
    "least",
    "less",
    "let",
    "like",
    "likely",
    "little",
    "lot",
    "lots",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "may",
    "maybe",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "need",
    "needs",
    "never",
    "new",
    "next",
    "nice",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "old",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "out",
    "over",
    "own",
    "part",
    "per",
    "presentation",
    "quite",
    "rather",
    "really",
    "right",
    "same",
    "saw",
    "say",
    "see",
    "seem",
    "seemed",
    "seems",
    "seen",
    "session",
    "sessions",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "something",
    "speaker",
    "still",
    "such",
    "sure",
    "take",
    "talk",
    "talks",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "top",
    "try",
    "trying",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "use",
    "used",
    "uses",
    "using",
    "very",
    "via",
    "want",
    "was",
    "way",
    "we",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "within",
    "without",
    "work",
    "would",
    "www",
    "yet",
    "you",
    "your",
];

/// True for a (folded) stop word.
fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::AsciiOnly;

    #[test]
    fn stop_words_are_sorted_and_found() {
        assert!(
            STOP_WORDS.windows(2).all(|w| w[0] < w[1]),
            "sorted, no repeats"
        );
        assert!(is_stop_word("the") && is_stop_word("talk") && !is_stop_word("platform"));
    }

    #[test]
    fn words_skip_link_targets_and_urls() {
        let mut out = Vec::new();
        words_of(
            "- [Kui](https://github.com/kubernetes-sigs/kui) <https://learning.kasten.io/> see https://x.io/a b, Ünïcode 日本 ok",
            |w| out.push(w),
        );
        assert_eq!(out, ["Kui", "see", "b", "Ünïcode", "日本", "ok"]);
    }

    #[test]
    fn folded_words_pass_the_filter_and_non_ascii_is_folded_once() {
        let mut out = Vec::new();
        for_each_word(
            &["Café au lait", "Tea"],
            &AsciiOnly,
            |_, b0, _| b0 != b'a',
            |i, w, folded| out.push((i, w.to_string(), folded.to_string())),
        );
        assert_eq!(
            out,
            [
                (0, "Café".to_string(), "café".to_string()),
                (0, "lait".into(), "lait".into()),
                (1, "Tea".into(), "tea".into())
            ]
        );
    }

    #[test]
    fn tag_lines_keep_a_name_whole() {
        let t = Theme {
            name: "Build, buy; or both".into(),
            ..Theme::default()
        };
        assert_eq!(tag_line(&t), "Tags: Build  buy  or both");
    }
}
