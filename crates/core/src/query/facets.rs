//! How a facet group shows its values: ranked, and collapsed to the
//! busiest few behind "Show all" when it is long.

use super::{Facet, FacetValue};
use crate::order;

/// The values of one facet as its group in the filter panel shows them;
/// every list holds indices into the values given to [`rank_facet_values`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetGroupValues {
    /// Every value, ranked: the selected ones first, then by count (highest
    /// first), then in the facet's own order (as [`super::Results::facets`]
    /// gives it: by label, conferences in library order...).
    pub ranked: Vec<usize>,
    /// What the collapsed group shows, in the facet's own order: the `top`
    /// first of `ranked` and every selected value; every value when the
    /// group does not collapse.
    pub collapsed: Vec<usize>,
    /// True when the group collapses, with a "Show all"/"Show fewer"
    /// toggle: any facet but Themes (whose values must stay discoverable)
    /// with more than `top + 2` values (hiding one or two saves nothing).
    pub collapsible: bool,
}

/// Ranks the `values` of `facet` and picks the `top` busiest (and every
/// selected one) for the collapsed group; see [`FacetGroupValues`].
pub fn rank_facet_values(facet: Facet, values: &[FacetValue], top: usize) -> FacetGroupValues {
    // Stable: equal values keep the facet's order.
    let ranked = order::sorted_indices(values.len(), &|a, b| {
        let (a, b) = (&values[a], &values[b]);
        b.selected.cmp(&a.selected).then(b.count.cmp(&a.count))
    });
    let collapsible = facet != Facet::Theme && values.len() > top + 2;
    let collapsed = if collapsible {
        let mut keep = vec![false; values.len()];
        for &i in ranked.iter().take(top) {
            keep[i] = true;
        }
        (0..values.len())
            .filter(|&i| keep[i] || values[i].selected)
            .collect()
    } else {
        (0..values.len()).collect()
    };
    FacetGroupValues {
        ranked,
        collapsed,
        collapsible,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(id: &str, count: usize, selected: bool) -> FacetValue {
        FacetValue {
            id: id.into(),
            label: id.into(),
            count,
            selected,
            reader_only: false,
        }
    }

    #[test]
    fn selected_first_then_busiest_then_the_facet_order() {
        let values = [
            value("a", 1, false),
            value("b", 5, false),
            value("c", 0, true),
            value("d", 5, false),
            value("e", 2, true),
        ];
        let g = rank_facet_values(Facet::Speaker, &values, 8);
        assert_eq!(g.ranked, [4, 2, 1, 3, 0]);
        // Short: everything shows, no toggle.
        assert!(!g.collapsible);
        assert_eq!(g.collapsed, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_long_facet_collapses_to_the_top_and_every_selected_value() {
        // 12 values, counts 0..12; the two least busy are selected.
        let values: Vec<FacetValue> = (0..12).map(|i| value(&format!("v{i}"), i, i < 2)).collect();
        let g = rank_facet_values(Facet::Org, &values, 3);
        assert!(g.collapsible);
        assert_eq!(g.ranked[..4], [1, 0, 11, 10]);
        // The top 3 (both selected, then the busiest), in the facet's order.
        assert_eq!(g.collapsed, [0, 1, 11]);
        // More selected values than `top`: all of them still show.
        let g = rank_facet_values(Facet::Org, &values, 1);
        assert_eq!(g.collapsed, [0, 1]);
        // top + 2 values do not collapse; top + 3 do.
        assert!(!rank_facet_values(Facet::Org, &values[..5], 3).collapsible);
        assert!(rank_facet_values(Facet::Org, &values[..6], 3).collapsible);
    }

    #[test]
    fn themes_never_collapse() {
        let values: Vec<FacetValue> = (0..30).map(|i| value(&format!("t{i}"), i, false)).collect();
        let g = rank_facet_values(Facet::Theme, &values, 8);
        assert!(!g.collapsible);
        assert_eq!(g.collapsed, (0..30).collect::<Vec<_>>());
        assert_eq!(g.ranked[0], 29);
    }
}
