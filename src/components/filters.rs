//! The facet panel: one group per facet ("Themes", "Speakers",
//! "Organizations", "Conferences", and Days/Tracks/Languages where the notes
//! have them), each value a checkbox with its live count, plus the reader's
//! own filters (starred, with my notes).

use confnotes_core::query::{Facet, FacetValue};
use leptos::prelude::*;

use crate::app::ctx;
use crate::url::Nav;

/// How many values a long facet shows before "Show all".
const COLLAPSED: usize = 8;

/// The filter panel beside the results.
#[component]
pub fn Filters() -> impl IntoView {
    let c = ctx();
    let facets = Memo::new(move |_| {
        c.results
            .with(|r| r.facets.iter().map(|f| f.facet).collect::<Vec<_>>())
    });
    // Open beside the list on wide screens; folded above it on phones.
    let wide = window()
        .match_media("(min-width: 48rem)")
        .ok()
        .flatten()
        .is_none_or(|m| m.matches());
    view! {
        <aside class="filters" aria-label="Filters">
            <details class="filters-disclosure" prop:open=wide>
                <summary>"Filters"</summary>
                <MineFilters/>
                <For each=move || facets.get() key=|f| *f let:facet>
                    <FacetGroup facet=facet/>
                </For>
            </details>
        </aside>
    }
}

/// "Starred" and "With my notes": the reader's own data as filters.
#[component]
fn MineFilters() -> impl IntoView {
    let c = ctx();
    let query = c.url.query();
    let starred = move || query.with(|q| q.starred);
    let mine = move || query.with(|q| q.mine);
    view! {
        <fieldset class="facet">
            <legend>"Yours"</legend>
            <label class="facet-value">
                <input
                    type="checkbox"
                    prop:checked=starred
                    on:change=move |_| {
                        let q = c.url.get_untracked();
                        let on = !q.starred;
                        c.url.go(q.with_starred(on), Nav::Push);
                    }
                />
                <span class="label">"Starred"</span>
            </label>
            <label class="facet-value">
                <input
                    type="checkbox"
                    prop:checked=mine
                    on:change=move |_| {
                        let q = c.url.get_untracked();
                        let on = !q.mine;
                        c.url.go(q.with_mine(on), Nav::Push);
                    }
                />
                <span class="label">"With my notes"</span>
            </label>
        </fieldset>
    }
}

/// One facet's values with their counts under the other filters.
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let c = ctx();
    let values = Memo::new(move |_| {
        c.results.with(|r| {
            r.facets
                .iter()
                .find(|f| f.facet == facet)
                .map(|f| f.values.clone())
                .unwrap_or_default()
        })
    });
    let expanded = RwSignal::new(false);
    // Themes stay all visible: the Key Themes must always be discoverable.
    let collapsible = facet != Facet::Theme;
    let shown = move || {
        values.with(|vs| {
            if !collapsible || expanded.get() || vs.len() <= COLLAPSED + 2 {
                return vs.iter().map(|v| v.id.to_string()).collect::<Vec<_>>();
            }
            // The busiest values, and every selected one.
            let mut top: Vec<&FacetValue> = vs.iter().collect();
            top.sort_by(|a, b| b.selected.cmp(&a.selected).then(b.count.cmp(&a.count)));
            let keep: Vec<&str> = top.iter().take(COLLAPSED).map(|v| &*v.id).collect();
            vs.iter()
                .filter(|v| v.selected || keep.contains(&&*v.id))
                .map(|v| v.id.to_string())
                .collect()
        })
    };
    let total = move || values.with(Vec::len);
    let legend_id = format!("facet-{}", facet.key());
    view! {
        <fieldset class="facet">
            <legend id=legend_id>{facet.label()}</legend>
            <ul class="facet-values">
                <For each=shown key=|id| id.clone() let:id>
                    <FacetOption facet=facet id=id values=values/>
                </For>
            </ul>
            {move || {
                (collapsible && total() > COLLAPSED + 2)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                aria-expanded=move || if expanded.get() { "true" } else { "false" }
                                on:click=move |_| expanded.update(|e| *e = !*e)
                            >
                                {move || {
                                    if expanded.get() {
                                        "Show fewer".to_string()
                                    } else {
                                        format!("Show all {} {}", total(), facet.label().to_lowercase())
                                    }
                                }}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// One value: a checkbox named by its label, then its count.
#[component]
fn FacetOption(facet: Facet, id: String, values: Memo<Vec<FacetValue>>) -> impl IntoView {
    let c = ctx();
    let lookup = {
        let id = id.clone();
        move || values.with(|vs| vs.iter().find(|v| *v.id == *id).cloned())
    };
    // The label and whether it is the reader's own do not change for an id:
    // read once, without subscribing.
    let first = values.with_untracked(|vs| vs.iter().find(|v| *v.id == *id).cloned());
    let label = first
        .as_ref()
        .map(|v| v.label.to_string())
        .unwrap_or_else(|| id.clone());
    let reader_only = first.is_some_and(|v| v.reader_only);
    let count = {
        let l = lookup.clone();
        move || l().map_or(0, |v| v.count)
    };
    let selected = {
        let l = lookup.clone();
        move || l().is_some_and(|v| v.selected)
    };
    let toggle = move |_| {
        let q = c.url.get_untracked().toggled(facet, &id).with_session(None);
        c.url.go(q, Nav::Push);
    };
    let zero = {
        let count = count.clone();
        move || count() == 0
    };
    view! {
        <li>
            <label class="facet-value" class:zero=zero>
                <input type="checkbox" prop:checked=selected on:change=toggle/>
                <span class="label">{label}</span>
                {reader_only.then(|| view! { <span class="mine-tag">" (yours)"</span> })}
                <span class="count">" "{count}</span>
            </label>
        </li>
    }
}
