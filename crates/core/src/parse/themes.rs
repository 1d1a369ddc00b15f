//! Key Themes: reading the `## Key Themes` section's `Name - description`
//! items, and finding where a theme's name or alias occurs in a
//! session's text.
//!
//! Matching is by *key*: the folded text (see `text::fold`) with everything
//! but letters and digits removed, so `Multi-cloud`, `multi cloud` and
//! `MultiCloud` share the key `multicloud`. In a session's folded text, runs
//! of up to [`MAX_WORDS`] words joined only by spaces or hyphens are
//! followed in a byte trie of the keys, and a run stops growing as soon as
//! it is no key's prefix. The work is linear in the text (times `MAX_WORDS`
//! at worst, a table lookup or two per word in practice), whatever the
//! number of themes.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::model::Section;
use crate::text::{self, Unicode, fold};

use super::builder::{FileOut, ThemeDraft};
use super::file::FileParser;
use super::scan_records::Heading;
use super::util::{dedent, first_spaced_dash, show_target, starting_in, trim_blank_lines};

/// Themes of more words than this are never matched in text (they are
/// still linked by explicit markers).
pub(crate) const MAX_WORDS: usize = 12;

/// Names whose key is longer than this (in bytes) are never matched in
/// text, which bounds the prefix set.
pub(crate) const MAX_KEY: usize = 200;

/// A Key Themes item, taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ThemeItem {
    pub name: String,
    pub aliases: Vec<String>,
    pub description: String,
}

/// Reads `Name - description`, `Name (Alias/alias) - description`,
/// `Name - (Alias/alias) description` or a bare `Name`.
pub(crate) fn theme_item(text: &str) -> ThemeItem {
    let text = text.trim();
    let (mut name, mut desc) = match first_spaced_dash(text) {
        Some((at, len)) => (text[..at].trim(), text[at + len..].trim()),
        None => (text, ""),
    };
    let mut aliases = Vec::new();
    if name.ends_with(')')
        && let Some(open) = name.rfind('(')
        && open > 0
    {
        push_aliases(&name[open + 1..name.len() - 1], &mut aliases);
        name = name[..open].trim_end();
    }
    if desc.starts_with('(')
        && let Some(close) = desc.find(')')
    {
        push_aliases(&desc[1..close], &mut aliases);
        desc = desc[close + 1..].trim_start();
    }
    ThemeItem {
        name: name.to_string(),
        aliases,
        description: desc.to_string(),
    }
}

fn push_aliases(inner: &str, out: &mut Vec<String>) {
    for a in inner.split(['/', ',']) {
        let a = a.trim();
        if !a.is_empty() && !out.iter().any(|x| x == a) {
            out.push(a.to_string());
        }
    }
}

/// The matching key of a name: folded, letters and digits only.
pub(crate) fn key_of(unicode: &dyn Unicode, name: &str) -> String {
    if name.is_ascii() {
        // `fold` of ASCII is its lowercase: no temporary.
        return name
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    key_of_folded(&fold(unicode, name))
}

/// [`key_of`] of folded text.
pub(crate) fn key_of_folded(folded: &str) -> String {
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The number of words of a folded name.
fn words_of(folded: &str) -> usize {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// Finds themes' names and aliases in text.
///
/// The keys live in a byte trie, so finding them costs a few instructions
/// per byte of text and no hashing: from each word start, the walk follows
/// the words' bytes (skipping the spaces and hyphens between words) for as
/// long as they spell some key's prefix, and notes the keys that end at a
/// word end.
#[derive(Debug)]
pub(crate) struct Matcher {
    keys: HashMap<String, usize>,
    /// Trie nodes; node 0 is the root.
    nodes: Vec<Node>,
    /// The root's children by byte (`NONE` where there is none), ASCII
    /// letters in both cases: every word start looks here first.
    root: Box<[u32; 256]>,
    /// One bit per pair of bytes that begins a key, ASCII letters in both
    /// cases.
    pairs: Box<[u64; 1024]>,
    max_words: usize,
}

/// No node, or no theme.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Node {
    /// The theme whose key ends here, or `NONE`.
    theme: u32,
    /// Children by byte (few: keys share little beyond the root).
    children: Vec<(u8, u32)>,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            keys: HashMap::new(),
            nodes: vec![Node {
                theme: NONE,
                children: Vec::new(),
            }],
            root: Box::new([NONE; 256]),
            pairs: Box::new([0; 1024]),
            max_words: 0,
        }
    }
}

impl Matcher {
    /// Adds `phrase` (a name or an alias) as a way to write `theme`. The
    /// first theme added under a key keeps it.
    pub(crate) fn add(&mut self, unicode: &dyn Unicode, phrase: &str, theme: usize) {
        let folded = fold(unicode, phrase);
        let words = words_of(&folded);
        let key = key_of_folded(&folded);
        if words == 0 || words > MAX_WORDS || key.is_empty() || key.len() > MAX_KEY {
            return;
        }
        self.max_words = self.max_words.max(words);
        if let [a, b, ..] = key.as_bytes() {
            // Both cases of ASCII letters: ASCII text is read as it is.
            for a in [*a, a.to_ascii_uppercase()] {
                for b in [*b, b.to_ascii_uppercase()] {
                    let pair = usize::from(a) << 8 | usize::from(b);
                    self.pairs[pair / 64] |= 1 << (pair % 64);
                }
            }
        }
        let mut node = 0usize;
        for &b in key.as_bytes() {
            node = match self.child(node, b) {
                Some(c) => c,
                None => {
                    let c = self.nodes.len();
                    self.nodes.push(Node {
                        theme: NONE,
                        children: Vec::new(),
                    });
                    let c32 = u32::try_from(c).unwrap_or(NONE);
                    if node == 0 {
                        self.root[usize::from(b)] = c32;
                        self.root[usize::from(b.to_ascii_uppercase())] = c32;
                    }
                    self.nodes[node].children.push((b, c32));
                    c
                }
            };
        }
        let t = u32::try_from(theme).unwrap_or(NONE);
        if self.nodes[node].theme == NONE {
            self.nodes[node].theme = t;
        }
        self.keys.entry(key).or_insert(theme);
    }

    /// The child of `node` by byte `b`.
    #[inline]
    fn child(&self, node: usize, b: u8) -> Option<usize> {
        let c = if node == 0 {
            self.root[usize::from(b)]
        } else {
            self.nodes[node]
                .children
                .iter()
                .find(|(x, _)| *x == b)
                .map_or(NONE, |&(_, c)| c)
        };
        (c != NONE).then_some(c as usize)
    }

    /// Whether no name was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The theme whose key is `key`, if any.
    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        self.keys.get(key).copied()
    }

    /// Themes whose names occur in `folded` as whole words, each once, in
    /// order of first occurrence, appended to `out`; `seen` holds the
    /// themes already in `out` (so several texts can be searched in turn).
    /// `folded` is text passed through [`fold`], or ASCII text in any case
    /// (ASCII letters are lowercased as they are read, so ASCII text need
    /// not be copied to be folded).
    ///
    /// Words are runs of letters and digits. From each word start, runs of
    /// up to `max_words` words, joined by nothing but spaces and hyphens,
    /// are matched against the keys (a key is a name's letters and digits),
    /// and the run stops growing as soon as it is no key's prefix.
    pub(crate) fn find(&self, folded: &str, seen: &mut HashSet<usize>, out: &mut Vec<usize>) {
        if self.keys.is_empty() {
            return;
        }
        let b = folded.as_bytes();
        // This runs over every byte of the notes: ASCII is taken eight
        // bytes at a time.
        text::scan_words(folded, |i, c, in_word| match c {
            None => {
                if self.may_start(b, i) {
                    self.walk(folded, i, seen, out);
                }
                true
            }
            Some(ch) => {
                let alnum = ch.is_alphanumeric();
                if alnum && !in_word {
                    self.walk(folded, i, seen, out);
                }
                alnum
            }
        });
    }

    /// Whether a key may start at word start `i`: its first byte starts a
    /// key, and so does its first two when the word goes on in ASCII.
    #[inline]
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        // Both tables hold both cases of ASCII letters.
        let first = b[i];
        if self.root[usize::from(first)] == NONE {
            return false;
        }
        match b.get(i + 1) {
            Some(&next) if next.is_ascii_alphanumeric() => {
                let pair = usize::from(first) << 8 | usize::from(next);
                self.pairs[pair / 64] & (1 << (pair % 64)) != 0
            }
            _ => true,
        }
    }

    /// The matches of the runs of words that start at `start`.
    fn walk(&self, folded: &str, start: usize, seen: &mut HashSet<usize>, out: &mut Vec<usize>) {
        let b = folded.as_bytes();
        let mut node = 0usize;
        let mut pos = start;
        let mut words = 0;
        loop {
            // One word: its bytes must continue a key.
            while pos < b.len() {
                let (alnum, len) = char_at(folded, pos);
                if !alnum {
                    break;
                }
                for &x in &b[pos..pos + len] {
                    match self.child(node, x.to_ascii_lowercase()) {
                        Some(c) => node = c,
                        None => return,
                    }
                }
                pos += len;
            }
            words += 1;
            let t = self.nodes[node].theme;
            if t != NONE && seen.insert(t as usize) {
                out.push(t as usize);
            }
            if words >= self.max_words {
                return;
            }
            // The separator: spaces and hyphens only, then another word.
            loop {
                if pos >= b.len() {
                    return;
                }
                let (alnum, len) = char_at(folded, pos);
                if alnum {
                    break;
                }
                if b[pos] != b' ' && b[pos] != b'-' {
                    return;
                }
                pos += len;
            }
        }
    }
}

/// Whether the char at byte `i` of `s` (a char boundary) is a letter or a
/// digit, and its length in bytes.
#[inline(always)]
fn char_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    match s.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

impl FileParser<'_> {
    /// A `## Key Themes` section: its top-level list items are themes;
    /// anything else under the heading stays a section.
    pub(super) fn key_themes(&mut self, h: &Heading, body: Range<usize>, out: &mut FileOut) {
        let mut rest = String::new();
        let mut pos = body.start;
        let items: Vec<_> = starting_in(&self.scan.items, |i| i.range.start, &body).to_vec();
        for item in items {
            let t = theme_item(&item.text);
            if key_of(self.unicode, &t.name).is_empty() {
                // Not a theme (no name): it stays in the section.
                continue;
            }
            let end = item.range.end.min(body.end);
            rest.push_str(self.text.get(pos..item.range.start).unwrap_or(""));
            pos = end;
            let line = self.lines.line_of(item.range.start);
            let words = t.name.split_whitespace().count();
            if t.description.is_empty() && words > 6 {
                self.warn_fix(
                    line,
                    format!(
                        "Key Theme `{}` has no ` - ` before a description, so all {words} words are its name",
                        show_target(&t.name)
                    ),
                    "Write the Key Theme as `Name - description`",
                );
            }
            let markdown = dedent(self.text.get(item.text_end.min(end)..end).unwrap_or(""));
            out.themes.push(ThemeDraft {
                item: t,
                markdown: trim_blank_lines(&markdown).to_string(),
                file: self.path.into(),
                line,
            });
        }
        rest.push_str(self.text.get(pos..body.end).unwrap_or(""));
        if !trim_blank_lines(&rest).is_empty() {
            out.sections.push(Section {
                title: h.text.clone(),
                id: String::new(),
                file: self.path.into(),
                line: self.lines.line_of(h.range.start),
                markdown: trim_blank_lines(&rest).to_string(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::AsciiOnly;

    #[test]
    fn items() {
        let t = theme_item("Developer experience - (DevX/devex) is now a top priority");
        assert_eq!(t.name, "Developer experience");
        assert_eq!(t.aliases, vec!["DevX", "devex"]);
        assert_eq!(t.description, "is now a top priority");
        let t = theme_item("Multi-cloud (MC) - Different clusters - many clouds");
        assert_eq!(
            (t.name.as_str(), t.aliases.len(), t.description.as_str()),
            ("Multi-cloud", 1, "Different clusters - many clouds")
        );
        let t = theme_item("Decision criteria for platform build vs buy");
        assert_eq!(
            (t.name.as_str(), t.description.as_str()),
            ("Decision criteria for platform build vs buy", "")
        );
    }

    #[test]
    fn matching_ignores_case_spaces_and_hyphens_but_needs_whole_words() {
        let mut m = Matcher::default();
        m.add(&AsciiOnly, "Multi-cloud", 0);
        m.add(&AsciiOnly, "Security", 1);
        m.add(&AsciiOnly, "DevX", 2);
        let find = |s: &str| {
            let mut out = Vec::new();
            m.find(&fold(&AsciiOnly, s), &mut HashSet::new(), &mut out);
            let mut raw = Vec::new();
            m.find(s, &mut HashSet::new(), &mut raw);
            assert_eq!(raw, out, "ASCII text is matched in any case");
            out
        };
        assert_eq!(find("we went multicloud"), vec![0]);
        assert_eq!(find("Multi Cloud and security"), vec![0, 1]);
        assert_eq!(find("multi-cloud, devx"), vec![0, 2]);
        assert_eq!(find("multi. cloud"), Vec::<usize>::new());
        assert_eq!(find("insecurity devxs"), Vec::<usize>::new());
        assert_eq!(find(""), Vec::<usize>::new());
    }
}
