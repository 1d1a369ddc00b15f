//! The active filters as removable chips, including what the URL asked for
//! but the notes do not have ("no theme 'foo' in these notes"), and "Clear
//! all". Values from the URL are only ever text here, never HTML.

use confnotes_core::query::{Facet, LeftoverReason};
use leptos::prelude::*;

use super::{facet_label, facet_noun};
use crate::app::ctx;
use crate::url::Nav;

#[derive(Clone, PartialEq)]
enum Chip {
    Text(String),
    Value(Facet, String, String),
    Unknown(Facet, String),
    Starred,
    Mine,
    Leftover(usize, String),
}

/// Chips for everything that narrows the list, each with a remove button.
#[component]
pub fn FilterChips() -> impl IntoView {
    let c = ctx();
    let chips = Memo::new(move |_| {
        let q = c.query();
        let mut out = Vec::new();
        let (unknown, unknown_session) = c
            .results
            .with(|r| (r.unknown.clone(), r.unknown_session.clone()));
        if !q.text.trim().is_empty() {
            out.push(Chip::Text(q.text.clone()));
        }
        for f in Facet::ALL {
            for v in q.values(f) {
                if unknown.iter().any(|(uf, uv)| *uf == f && uv == v) {
                    out.push(Chip::Unknown(f, v.clone()));
                } else {
                    out.push(Chip::Value(f, v.clone(), facet_label(&c, f, v)));
                }
            }
        }
        if q.starred {
            out.push(Chip::Starred);
        }
        if q.mine {
            out.push(Chip::Mine);
        }
        for (i, l) in q.leftovers.iter().enumerate() {
            let what = match l.reason {
                LeftoverReason::UnknownKey => format!("'{}' is not a filter here", l.key),
                LeftoverReason::Malformed => format!("'{}={}' is not understood", l.key, l.value),
                LeftoverReason::Repeated => format!("'{}' given twice; using the first", l.key),
            };
            out.push(Chip::Leftover(i, what));
        }
        // An unknown session is said in words above the list (list.rs).
        let _ = unknown_session;
        out
    });
    let remove = move |chip: &Chip| {
        let q = c.url.get_untracked();
        let next = match chip {
            Chip::Text(_) => q.with_text(""),
            Chip::Value(f, v, _) | Chip::Unknown(f, v) => q.without(*f, v),
            Chip::Starred => q.with_starred(false),
            Chip::Mine => q.with_mine(false),
            Chip::Leftover(i, _) => q.without_leftover(*i),
        };
        c.url.go(next, Nav::Push);
    };
    view! {
        {move || {
            let list = chips.get();
            if list.is_empty() {
                return ().into_any();
            }
            let clear = list.len() > 1;
            view! {
                <div class="chips" role="region" aria-label="Active filters">
                    <ul>
                        {list
                            .into_iter()
                            .map(|chip| {
                                let (text, problem) = chip_text(&chip);
                                let aria = format!("Remove: {text}");
                                // A long text (a pasted search, a theme named by a
                                // sentence) is cut short; hovering shows it whole.
                                let short = confnotes_core::text::short_label(&text, 48);
                                let full = (short != text).then(|| text.clone());
                                // A parameter the app does not know is a quiet notice,
                                // not an error.
                                let notice = matches!(chip, Chip::Leftover(..));
                                view! {
                                    <li class="chip" class:problem=problem class:notice=notice>
                                        <span class="chip-text" title=full>{short}</span>
                                        <button
                                            type="button"
                                            aria-label=aria
                                            title="Remove"
                                            on:click=move |_| remove(&chip)
                                        >
                                            "×"
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {clear
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| {
                                        let q = c.url.get_untracked().cleared();
                                        c.url.go(q, Nav::Push);
                                    }
                                >
                                    "Clear all"
                                </button>
                            }
                        })}
                </div>
            }
            .into_any()
        }}
    }
}

/// The chip's text, and whether it reports a problem with the URL.
fn chip_text(chip: &Chip) -> (String, bool) {
    match chip {
        Chip::Text(t) => (format!("Search: “{t}”"), false),
        Chip::Value(f, _, label) => (format!("{}: {label}", capitalise(facet_noun(*f))), false),
        Chip::Unknown(f, v) => (format!("No {} '{v}' in these notes", facet_noun(*f)), true),
        Chip::Starred => ("Starred".into(), false),
        Chip::Mine => ("With my notes".into(), false),
        Chip::Leftover(_, what) => (what.clone(), false),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
