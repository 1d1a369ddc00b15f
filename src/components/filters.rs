//! The facet panel: one group per facet ("Themes", "Speakers",
//! "Organizations", "Conferences", and Days/Tracks/Languages where the notes
//! have them), each value a checkbox with its live count, plus the reader's
//! own filters (starred, with my notes).

use std::sync::Arc;

use confnotes_core::query::facet_view;
use confnotes_core::query::{Facet, FacetValue, Query, Results};
use leptos::prelude::*;

use crate::app::ctx;
use crate::unicode::BrowserUnicode;
use crate::url::Nav;

/// The filter panel beside the results. Its groups are drawn once `drawn`
/// is true (the Shell draws them in a task after the list's).
#[component]
pub fn Filters(drawn: Signal<bool>) -> impl IntoView {
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
                {move || {
                    drawn
                        .get()
                        .then(|| {
                            view! {
                                <MineFilters/>
                                <For each=move || facets.get() key=|f| *f let:facet>
                                    <FacetGroup facet=facet/>
                                </For>
                            }
                        })
                }}
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
            <YoursToggle label="Starred" on=starred flip=|q: Query| { let on = !q.starred; q.with_starred(on) }/>
            <YoursToggle label="With my notes" on=mine flip=|q: Query| { let on = !q.mine; q.with_mine(on) }/>
        </fieldset>
    }
}

/// One of the reader's own filters (Starred, With my notes): a checkbox
/// that flips its key in the URL.
#[component]
fn YoursToggle(
    label: &'static str,
    on: impl Fn() -> bool + Send + Sync + 'static,
    flip: fn(Query) -> Query,
) -> impl IntoView {
    let c = ctx();
    view! {
        <label class="facet-value">
            <input
                type="checkbox"
                prop:checked=on
                on:change=move |_| c.url.go(flip(c.url.get_untracked()), Nav::Push)
            />
            <span class="facet-label">{label}</span>
        </label>
    }
}

/// One facet's values with their counts under the other filters. A long
/// facet shows its busiest values and a filter box; values no session would
/// keep fold away; "Show all" lists the rest in a box that scrolls within
/// the panel (see `confnotes_core::query::facet_view`).
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let c = ctx();
    let values = Values {
        facet,
        results: c.results,
    };
    // "Show all" is open for the other filters it was opened under: another
    // filter changing (a conference picked) folds it back, since the
    // values at 0 it listed are now mostly noise; choosing a value of this
    // facet leaves it open.
    let others = Memo::new(move |_| {
        c.url.query().with(|q| {
            q.values(facet)
                .iter()
                .fold(q.clone(), |q, v| q.without(facet, v))
                .with_session(None)
        })
    });
    let opened_under = RwSignal::new(None::<Query>);
    let expanded = Memo::new(move |_| {
        opened_under.with(|o| o.as_ref().is_some_and(|o| others.with(|q| o == q)))
    });
    let filter = RwSignal::new(String::new());
    let view_of = Memo::new(move |_| {
        values.with(|vs| filter.with(|f| facet_view(vs, f, expanded.get(), &BrowserUnicode)))
    });
    let shown = move || {
        values.with(|vs| {
            view_of.with(|v| {
                v.shown
                    .iter()
                    .filter_map(|&i| {
                        vs.get(i).map(|x| Shown {
                            at: i,
                            id: x.id.clone(),
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let legend_id = format!("facet-{}", facet.key());
    let filter_id = format!("facet-filter-{}", facet.key());
    let noun = facet.label().to_lowercase();
    let filter_label = format!("Filter {noun}");
    drop(noun);
    // Memos: the box and the button are drawn again only when they come or
    // go, not at every change of the counts.
    let filterable = Memo::new(move |_| view_of.with(|v| v.filterable));
    let has_toggle = Memo::new(move |_| expanded.get() || view_of.with(|v| v.hidden > 0));
    let filter_box = {
        let filter_id = filter_id.clone();
        move || {
            filterable.get().then(|| {
                let filter_id = filter_id.clone();
                view! {
                    <input
                        id=filter_id
                        class="facet-filter"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=filter_label.clone()
                        aria-label=filter_label.clone()
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                }
            })
        }
    };
    let toggle_text = move || -> String {
        let hidden = view_of.with(|v| v.hidden);
        if expanded.get() {
            "Show fewer".to_string()
        } else if view_of.with(|v| v.shown.is_empty()) && filter.with(|f| f.trim().is_empty()) {
            // Every value at 0: because of the other filters, or (with
            // none) because no session carries them yet (Key Themes).
            let why = if c.url.query().with(|q| q.is_filtered()) {
                "none on these sessions"
            } else {
                "none on a session yet"
            };
            format!("Show all {hidden} {} ({why})", facet.label().to_lowercase())
        } else if filter.with(|f| f.trim().is_empty()) {
            format!(
                "Show all {} {}",
                hidden + view_of.with(|v| v.shown.len()),
                facet.label().to_lowercase()
            )
        } else {
            format!("Show {hidden} more")
        }
    };
    view! {
        <fieldset class="facet">
            <legend id=legend_id>{facet.label()}</legend>
            {filter_box}
            {if facet == Facet::Day {
                view! { <DayValues shown=Signal::derive(shown) values=values expanded=expanded/> }.into_any()
            } else {
                view! {
                    <ul class="facet-values" class:scrolls=move || expanded.get()>
                        <For each=shown key=|s| s.id.clone() let:s>
                            <FacetOption facet=facet shown=s values=values/>
                        </For>
                    </ul>
                }
                .into_any()
            }}
            {move || {
                has_toggle
                    .get()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                aria-expanded=move || if expanded.get() { "true" } else { "false" }
                                on:click=move |_| {
                                    let open = (!expanded.get_untracked()).then(|| others.get_untracked());
                                    opened_under.set(open);
                                }
                            >
                                {move || toggle_text()}
                            </button>
                        }
                    })
            }}
        </fieldset>
    }
}

/// The Days facet: days belong to their conference (`conference/day`), so
/// with more than one conference they are listed under its name,
/// conferences in date order (the engine's order).
#[component]
fn DayValues(shown: Signal<Vec<Shown>>, values: Values, expanded: Memo<bool>) -> impl IntoView {
    let c = ctx();
    // Only the grouping, compared by value: a count changing does not
    // redraw the checkboxes (and take the focus away).
    let groups = Memo::new(move |_| {
        let mut out: Vec<(String, Vec<Shown>)> = Vec::new();
        for s in shown.get() {
            let conf = s.id.split_once('/').map_or("", |(c, _)| c).to_string();
            match out.last_mut() {
                Some((last, ids)) if *last == conf => ids.push(s),
                _ => out.push((conf, vec![s])),
            }
        }
        out
    });
    move || {
        let groups = groups.get();
        if groups.len() <= 1 {
            let ids = groups.into_iter().flat_map(|(_, ids)| ids);
            return view! {
                <ul class="facet-values" class:scrolls=move || expanded.get()>
                    {ids.map(|s| view! { <FacetOption facet=Facet::Day shown=s values=values/> }).collect_view()}
                </ul>
            }
            .into_any();
        }
        view! {
            <ul class="facet-values" class:scrolls=move || expanded.get()>
                {groups
                    .into_iter()
                    .map(|(conf, ids)| {
                        let head = format!("days-of-{conf}");
                        view! {
                            <li class="facet-subgroup">
                                <span class="facet-subhead" id=head.clone()>{super::label_of_conf(&c, &conf)}</span>
                                <ul aria-labelledby=head>
                                    {ids.into_iter().map(|s| view! { <FacetOption facet=Facet::Day shown=s values=values/> }).collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// One facet's values in the current results, read where they are (no copy
/// per keystroke: a facet of speakers has thousands).
#[derive(Clone, Copy)]
struct Values {
    facet: Facet,
    results: Memo<Arc<Results>>,
}

impl Values {
    fn of(r: &Results, facet: Facet) -> &[FacetValue] {
        r.facets
            .iter()
            .find(|g| g.facet == facet)
            .map_or(&[][..], |g| &g.values[..])
    }

    fn with<R>(&self, f: impl FnOnce(&[FacetValue]) -> R) -> R {
        self.results.with(|r| f(Self::of(r, self.facet)))
    }

    fn with_untracked<R>(&self, f: impl FnOnce(&[FacetValue]) -> R) -> R {
        self.results.with_untracked(|r| f(Self::of(r, self.facet)))
    }
}

/// A value on screen: its id and where it was in the facet's values (the
/// engine keeps one order per library, so the place is a hint that almost
/// always holds; a lookup by id covers the rest).
#[derive(Clone, PartialEq)]
struct Shown {
    at: usize,
    id: Arc<str>,
}

fn find<'a>(vs: &'a [FacetValue], s: &Shown) -> Option<&'a FacetValue> {
    vs.get(s.at)
        .filter(|v| v.id == s.id)
        .or_else(|| vs.iter().find(|v| v.id == s.id))
}

/// What of a value can change while it is on screen: its count, whether it
/// is selected, whether only the reader's data has it.
#[derive(Clone, Copy, PartialEq, Default)]
struct OptionState {
    count: usize,
    selected: bool,
    reader_only: bool,
}

/// One value: a checkbox named by its label, then its count.
#[component]
fn FacetOption(facet: Facet, shown: Shown, values: Values) -> impl IntoView {
    let c = ctx();
    // The label does not change for an id: read once, without subscribing.
    let label = values.with_untracked(|vs| {
        find(vs, &shown).map_or_else(|| shown.id.to_string(), |v| v.label.to_string())
    });
    let id = shown.id.to_string();
    // One lookup per change of the results; the DOM is touched only when
    // this value's own state changed.
    let state = Memo::new(move |_| {
        values.with(|vs| {
            find(vs, &shown).map_or_else(OptionState::default, |v| OptionState {
                count: v.count,
                selected: v.selected,
                reader_only: v.reader_only,
            })
        })
    });
    // A theme named by a whole sentence is shown short; hovering (and the
    // accessible description) gives it whole.
    let short = confnotes_core::text::short_label(&label, 60);
    let full = (short != label).then(|| label.clone());
    let count = move || state.with(|s| s.count);
    let selected = move || state.with(|s| s.selected);
    let reader_only = move || state.with(|s| s.reader_only);
    let toggle = move |_| {
        let q = c.url.get_untracked().toggled(facet, &id).with_session(None);
        c.url.go(q, Nav::Push);
    };
    let zero = move || count() == 0;
    view! {
        <li>
            <label class="facet-value" class:zero=zero>
                <input type="checkbox" prop:checked=selected on:change=toggle/>
                // Screen readers get the whole name; the eye the short one.
                <span class="facet-label" title=full.clone() aria-hidden=full.is_some().then_some("true")>{short}</span>
                {full.map(|f| view! { <span class="visually-hidden">{f}</span> })}
                {move || reader_only().then(|| view! { <span class="mine-tag">" (yours)"</span> })}
                <span class="facet-count">" "{count}</span>
            </label>
        </li>
    }
}
