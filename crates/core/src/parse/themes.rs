//! Key Themes: reading `Name - description` items, and finding where a
//! theme's name or alias occurs in a session's text.
//!
//! Matching is by *key*: the folded text (see `text::fold`) with everything
//! but letters and digits removed, so `Multi-cloud`, `multi cloud` and
//! `MultiCloud` share the key `multicloud`. A session's folded text is cut
//! into words once; runs of up to [`MAX_WORDS`] words joined only by spaces
//! or hyphens are looked up in a hash map of keys, and a run stops growing
//! as soon as it is no key's prefix. The work is linear in the text (times
//! `MAX_WORDS` at worst, one or two lookups per word in practice), whatever
//! the number of themes.

use std::collections::{HashMap, HashSet};

use crate::text::{Unicode, fold};

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

fn first_spaced_dash(s: &str) -> Option<(usize, usize)> {
    [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| s.find(d).map(|i| (i, d.len())))
        .min_by_key(|(i, _)| *i)
}

/// The matching key of a name: folded, letters and digits only.
pub(crate) fn key_of(unicode: &dyn Unicode, name: &str) -> String {
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
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    keys: HashMap<String, usize>,
    /// Every prefix of every key: a run of words stops growing as soon as
    /// it is no key's prefix, so most words cost one or two lookups.
    prefixes: HashSet<String>,
    max_words: usize,
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
        for (i, _) in key.char_indices().skip(1) {
            self.prefixes.insert(key[..i].to_string());
        }
        self.prefixes.insert(key.clone());
        self.keys.entry(key).or_insert(theme);
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
    /// order of first occurrence.
    pub(crate) fn find(&self, folded: &str, out: &mut Vec<usize>) {
        if self.keys.is_empty() {
            return;
        }
        // Words, and whether each is joined to the next by spaces or
        // hyphens only.
        let mut words: Vec<(&str, bool)> = Vec::new();
        let mut start: Option<usize> = None;
        let mut sep_ok = true;
        for (i, c) in folded.char_indices() {
            if c.is_alphanumeric() {
                if start.is_none() {
                    if let Some(last) = words.last_mut() {
                        last.1 = sep_ok;
                    }
                    start = Some(i);
                }
            } else {
                if let Some(s) = start.take() {
                    words.push((&folded[s..i], false));
                    sep_ok = true;
                }
                if c != ' ' && c != '-' {
                    sep_ok = false;
                }
            }
        }
        if let Some(s) = start {
            words.push((&folded[s..], false));
        }
        let mut seen: HashSet<usize> = out.iter().copied().collect();
        let mut buf = String::new();
        for i in 0..words.len() {
            buf.clear();
            for k in 0..self.max_words {
                let Some((w, joined)) = words.get(i + k) else {
                    break;
                };
                buf.push_str(w);
                if let Some(&t) = self.keys.get(buf.as_str())
                    && seen.insert(t)
                {
                    out.push(t);
                }
                if !joined || !self.prefixes.contains(buf.as_str()) {
                    break;
                }
            }
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
            m.find(&fold(&AsciiOnly, s), &mut out);
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
