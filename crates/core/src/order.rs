//! Sorting with one shared instantiation of the standard sort.
//!
//! Every `sort_by` / `sort_by_key` with its own closure or element type
//! compiles the whole stable sort again (about 2-4 KB of wasm each). The
//! engine's sorts go through [`sorted_indices`] instead: it sorts plain
//! indices with a comparator behind `&dyn`, so the sort itself is compiled
//! once, and [`sort_by`] moves the items into that order (each item moved
//! once, which also suits large records). Already sorted input, the usual
//! case for some of them, is detected first and costs one pass.

use std::cmp::Ordering;

/// The indices `0..n` in the stable order `cmp` gives them.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    if (1..n).any(|i| cmp(i - 1, i) == Ordering::Greater) {
        idx.sort_by(|&a, &b| cmp(a, b));
    }
    idx
}

/// Sorts `items` stably by `cmp` (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if items
        .windows(2)
        .all(|w| cmp(&w[0], &w[1]) != Ordering::Greater)
    {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, &order);
}

/// Puts `items` in `order` (a permutation of their indices, as
/// [`sorted_indices`] gives): `items[order[0]]` first, and so on.
pub fn apply<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_like_the_standard_sort() {
        let data: Vec<(u8, u32)> = (0..200u32).map(|i| ((i * 7919 % 13) as u8, i)).collect();
        let mut expect = data.clone();
        expect.sort_by_key(|a| a.0);
        let mut got = data.clone();
        sort_by(&mut got, &|a, b| a.0.cmp(&b.0));
        assert_eq!(got, expect);
        let idx = sorted_indices(data.len(), &|a, b| data[a].0.cmp(&data[b].0));
        let by_idx: Vec<_> = idx.iter().map(|&i| data[i]).collect();
        assert_eq!(by_idx, expect);
        let mut sorted = expect.clone();
        sort_by(&mut sorted, &|a, b| a.0.cmp(&b.0));
        assert_eq!(sorted, expect);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, &|a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
