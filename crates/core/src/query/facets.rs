//! Which values of a facet the filter panel shows: a long facet (hundreds
//! of speakers) shows its busiest values, every selected one, and what a
//! filter box matches; values no session would keep (count 0) fold away
//! unless selected. Pure, so the panel only draws what this decides.

use super::FacetValue;
use crate::text::{Unicode, fold};

/// Values shown before "Show all" (selected ones come on top of these).
pub const TOP: usize = 8;

/// A facet with more values than this gets a filter box.
pub const FILTER_FROM: usize = 12;

/// Matches of a filter shown at most (the reader narrows further).
pub const MATCHES_SHOWN: usize = 50;

/// What the panel shows of one facet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetView {
    /// Indices into the facet's values, in the order to show them.
    pub shown: Vec<usize>,
    /// Values that match (the filter, if any) but are not shown.
    pub hidden: usize,
    /// The facet is long enough to offer a filter box.
    pub filterable: bool,
}

/// The values to show of `values` (a facet, in the engine's order), given
/// the filter text typed for it and whether the reader asked for all.
///
/// - A value is shown when it is selected, whatever else holds.
/// - Values with no session under the other filters (count 0) are not
///   shown unless selected or `all`.
/// - With a filter, the values whose label contains it (accents and case
///   folded, at a word start) are shown, busiest first, up to
///   [`MATCHES_SHOWN`].
/// - Without one, all of them when there are few or `all`; else the
///   [`TOP`] busiest, in the engine's order.
pub fn facet_view(
    values: &[FacetValue],
    filter: &str,
    all: bool,
    unicode: &dyn Unicode,
) -> FacetView {
    let filterable = values.len() > FILTER_FROM;
    let needle = fold(unicode, filter.trim());
    let matches = |v: &FacetValue| {
        needle.is_empty() || {
            let label = fold(unicode, &v.label);
            label.starts_with(&needle) || label.contains(&format!(" {needle}"))
        }
    };
    let mut candidates: Vec<usize> = (0..values.len())
        .filter(|&i| {
            let v = &values[i];
            v.selected || (matches(v) && (v.count > 0 || all))
        })
        .collect();
    let limit = if !needle.is_empty() {
        MATCHES_SHOWN
    } else if all || candidates.len() <= TOP + 2 {
        usize::MAX
    } else {
        TOP
    };
    if limit < candidates.len() {
        // The busiest (and every selected one), then back in engine order.
        let mut by_count: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| !values[i].selected)
            .collect();
        crate::order::sort_by(&mut by_count, &|&a, &b| {
            values[b].count.cmp(&values[a].count)
        });
        by_count.truncate(limit);
        let mut keep = vec![false; values.len()];
        for i in by_count {
            keep[i] = true;
        }
        candidates.retain(|&i| keep[i] || values[i].selected);
    }
    let total_matching = values.iter().filter(|v| v.selected || matches(v)).count();
    FacetView {
        hidden: total_matching.saturating_sub(candidates.len()),
        shown: candidates,
        filterable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::NativeUnicode;

    fn v(label: &str, count: usize, selected: bool) -> FacetValue {
        FacetValue {
            id: label.to_lowercase().replace(' ', "-").into(),
            label: label.into(),
            count,
            selected,
            reader_only: false,
        }
    }

    fn labels(values: &[FacetValue], view: &FacetView) -> Vec<String> {
        view.shown
            .iter()
            .map(|&i| values[i].label.to_string())
            .collect()
    }

    #[test]
    fn few_values_show_all_but_empty_ones() {
        let vs = vec![v("Ada", 2, false), v("Bob", 0, false), v("Cy", 0, true)];
        let view = facet_view(&vs, "", false, &NativeUnicode);
        assert_eq!(labels(&vs, &view), ["Ada", "Cy"]);
        assert_eq!(view.hidden, 1);
        assert!(!view.filterable);
        let view = facet_view(&vs, "", true, &NativeUnicode);
        assert_eq!(labels(&vs, &view), ["Ada", "Bob", "Cy"]);
    }

    #[test]
    fn hundreds_of_values_show_the_busiest_and_the_selected() {
        let mut vs: Vec<FacetValue> = (0..300)
            .map(|i| v(&format!("Speaker {i:03}"), i % 7, false))
            .collect();
        vs[150].selected = true;
        vs[150].count = 0;
        let view = facet_view(&vs, "", false, &NativeUnicode);
        assert_eq!(view.shown.len(), TOP + 1);
        assert!(view.shown.contains(&150));
        assert!(view.shown.iter().all(|&i| vs[i].count == 6 || i == 150));
        assert!(view.filterable);
        assert!(view.hidden > 200);
    }

    #[test]
    fn the_filter_box_matches_words_whatever_the_accents() {
        let vs = vec![
            v("Anaïs Urlichs", 1, false),
            v("Ana Lopez", 3, false),
            v("Diana Prince", 2, false),
            v("Jiří Pinkas", 0, false),
        ];
        let view = facet_view(&vs, "anais", false, &NativeUnicode);
        assert_eq!(labels(&vs, &view), ["Anaïs Urlichs"]);
        let view = facet_view(&vs, "ANA", false, &NativeUnicode);
        assert_eq!(labels(&vs, &view), ["Anaïs Urlichs", "Ana Lopez"]);
        let view = facet_view(&vs, "jiri", true, &NativeUnicode);
        assert_eq!(labels(&vs, &view), ["Jiří Pinkas"]);
        let view = facet_view(&vs, "pink", false, &NativeUnicode);
        assert!(view.shown.is_empty(), "no session has it: folded away");
    }
}
