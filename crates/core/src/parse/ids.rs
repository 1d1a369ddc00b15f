//! Unique ids and sort permutations for the linker.

use crate::text::{self, Unicode};
use std::collections::{HashMap, HashSet};

use crate::order;

/// Hands out unique ids.
#[derive(Default)]
pub(super) struct Ids {
    pub(super) used: HashSet<String>,
    /// Per base, the next suffix to try, so n copies of one title cost
    /// O(n), not O(n²).
    pub(super) next: HashMap<String, usize>,
}

impl Ids {
    /// `base`, or `base-2`, `base-3`...: the first not used yet and not in
    /// `reserved` (`base` itself only needs to be unused). Marks it used.
    pub(super) fn claim(&mut self, base: &str, reserved: &HashSet<String>) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let cand = format!("{base}-{n}");
            *n += 1;
            if !reserved.contains(&cand) && self.used.insert(cand.clone()) {
                return cand;
            }
        }
    }
}

/// A sorting of items by key: `old_of[new]` and `new_of[old]`.
pub(super) struct Perm {
    pub(super) old_of: Vec<usize>,
    pub(super) new_of: Vec<usize>,
}

pub(super) fn permutation(keys: Vec<(String, String)>) -> Perm {
    let old_of = order::sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut new_of = vec![0; keys.len()];
    for (new, &old) in old_of.iter().enumerate() {
        new_of[old] = new;
    }
    Perm { old_of, new_of }
}

pub(super) fn apply<T>(items: Vec<T>, p: &Perm) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    p.old_of
        .iter()
        .filter_map(|&old| slots.get_mut(old).and_then(Option::take))
        .collect()
}

/// The [`Unicode::strip_marks`] of the non-ASCII strings of a slice of
/// work, made with one `strip_marks_many` call.
pub(super) struct Stripped<'a> {
    pub(super) map: HashMap<&'a str, String>,
}

impl<'a> Stripped<'a> {
    /// Strips the non-ASCII ones of `items` (repeats allowed).
    pub(super) fn new(u: &dyn Unicode, items: impl IntoIterator<Item = &'a str>) -> Self {
        let mut seen: HashSet<&str> = HashSet::new();
        let list: Vec<&str> = items
            .into_iter()
            .filter(|s| !s.is_ascii() && seen.insert(s))
            .collect();
        drop(seen);
        let map = if list.is_empty() {
            HashMap::new()
        } else {
            let stripped = u.strip_marks_many(&list);
            list.into_iter().zip(stripped).collect()
        };
        Stripped { map }
    }

    /// The stripped form of `s`: `s` itself when it is ASCII.
    pub(super) fn get<'s>(&'s self, s: &'s str) -> &'s str {
        if s.is_ascii() {
            return s;
        }
        self.map.get(s).map_or(s, String::as_str)
    }

    /// [`text::slugify`] of `s`.
    pub(super) fn slug(&self, s: &str) -> String {
        if s.is_ascii() {
            text::slug_of_ascii(s)
        } else {
            text::slug_of_folded(&text::fold_stripped(self.get(s)))
        }
    }
}
