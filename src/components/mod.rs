//! The components, named after what the reader sees. They read the shared
//! state (`app::Ctx`) and navigate to change the view; none of them parses
//! or filters (core does).

mod cards;
mod checker;
mod chips;
mod filters;
mod header;
mod keyboard;
mod list;
mod opener;
mod session;

pub use checker::CheckerView;
pub use chips::FilterChips;
pub use filters::Filters;
pub use header::Header;
pub use keyboard::{KeyboardShortcuts, ShortcutsDialog};
pub use list::MainView;
pub use opener::{DropOverlay, OpenedMessage, Opener, preview_sources, worth_a_preview};

use confnotes_core::Query;
use confnotes_core::query::Facet;
use leptos::prelude::*;

use crate::app::{Ctx, ctx};
use crate::url::{self, Nav};

/// A link to another view of the app: a real `href` (open in a new tab,
/// copy link) that navigates in place on a plain click.
#[component]
pub fn QLink(
    to: Query,
    #[prop(optional)] class: &'static str,
    #[prop(optional, into)] label: Option<String>,
    children: Children,
) -> impl IntoView {
    let c = ctx();
    let href = to.href();
    view! {
        <a
            href=href
            class=class
            aria-label=label
            on:click=move |ev| {
                if !url::is_modified_click(&ev) {
                    ev.prevent_default();
                    c.url.go(to.clone(), Nav::Push);
                }
            }
        >
            {children()}
        </a>
    }
}

/// A page's head: its kicker line and its heading, which takes the focus
/// when the page opens (`focus_heading_after_render("view-title")`).
#[component]
pub fn PageHead(kicker: &'static str, title: &'static str) -> impl IntoView {
    view! {
        <div class="view-head">
            <p class="kicker">{kicker}</p>
            <h1 id="view-title" tabindex="-1">{title}</h1>
        </div>
    }
}

/// The label of a facet value as the notes spell it, or the id itself.
/// Labels do not change for an id, so this does not subscribe to the
/// results: callers that must follow them track them themselves.
pub fn facet_label(c: &Ctx, facet: Facet, id: &str) -> String {
    let label_of = |id: &str| {
        c.results.with_untracked(|r| {
            r.facets
                .iter()
                .find(|f| f.facet == facet)
                .and_then(|f| f.values.iter().find(|v| &*v.id == id))
                .map(|v| v.label.to_string())
        })
    };
    if facet != Facet::Day {
        return label_of(id).unwrap_or_else(|| id.to_string());
    }
    // A day is named with its conference: `KubeCon 2021 · Day 1`; a bare
    // day (older links) by its label alone, being every conference's.
    match id.split_once('/') {
        Some((conf, _)) => match label_of(id) {
            Some(day) => format!("{} · {day}", label_of_conf(c, conf)),
            None => id.to_string(),
        },
        None => c
            .results
            .with_untracked(|r| {
                r.facets
                    .iter()
                    .find(|f| f.facet == Facet::Day)
                    .and_then(|f| {
                        f.values
                            .iter()
                            .find(|v| v.id.split_once('/').is_some_and(|(_, d)| d == id))
                    })
                    .map(|v| v.label.to_string())
            })
            .unwrap_or_else(|| id.to_string()),
    }
}

/// The title of the conference `id`, or the id itself.
pub fn label_of_conf(c: &Ctx, id: &str) -> String {
    c.with_notes(|n| n.index.label(Facet::Conf, id).map(str::to_string))
        .unwrap_or_else(|| id.to_string())
}

/// The singular noun of a facet, for chips and messages.
pub fn facet_noun(facet: Facet) -> &'static str {
    match facet {
        Facet::Theme => "theme",
        Facet::Speaker => "speaker",
        Facet::Org => "organization",
        Facet::Conf => "conference",
        Facet::Day => "day",
        Facet::Track => "track",
        Facet::Lang => "language",
        Facet::Source => "source",
    }
}

/// The document title for the current view.
pub fn page_title(c: &Ctx) -> String {
    let heading = c.results.with(|r| {
        r.session.map(|i| {
            c.with_notes(|n| n.library.sessions.get(i).map(|s| s.title.clone()))
                .unwrap_or_default()
        })
    });
    match heading {
        Some(t) if !t.is_empty() => format!("{t} · confnotes"),
        _ => format!("{} · confnotes", list::view_heading(c).1),
    }
}

/// A discreet link to the author's checker page, when the notes have
/// remarks.
#[component]
pub fn CheckerLink() -> impl IntoView {
    let c = ctx();
    let count = c.with_notes(|n| n.library.diagnostics.len());
    (count > 0).then(|| {
        let to = Query::default().with_view(Some(confnotes_core::query::View::Check));
        let text = format!(
            "For the author: notes checker ({count} {})",
            if count == 1 { "remark" } else { "remarks" }
        );
        view! { <p class="checker-link"><QLink to=to>{text}</QLink></p> }
    })
}

/// Focuses `el` where it is, without scrolling to it (the caller has put
/// the page where it belongs).
pub fn focus_without_scroll(el: &web_sys::HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// Once the view is drawn, puts the focus on its heading (the element
/// `id`), so keyboard and screen-reader users land on what they opened.
pub fn focus_heading_after_render(id: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(h) = document()
            .get_element_by_id(id)
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.focus();
        }
    });
}

/// Makes in-note links to a heading (`[Setup](#setup)`, which the renderer
/// writes as `#h-setup`, and the outline's links) scroll to it. Several
/// notes can be on one page (a conference's sections), each with its own
/// ids: the heading is looked up in the notes the link is in first. The
/// address bar and the view do not change.
pub fn follow_in_note_anchors() {
    use wasm_bindgen::JsCast;
    let handle = window_event_listener(leptos::ev::click, |ev| {
        if url::is_modified_click(&ev) {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^='#h-']").ok().flatten())
        else {
            return;
        };
        let Some(id) = link.get_attribute("href").and_then(|h| {
            let id = h.strip_prefix('#')?.to_string();
            // The renderer's ids: letters, digits, `-` and `_` only.
            id.chars()
                .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_')
                .then_some(id)
        }) else {
            return;
        };
        let selector = format!("[id=\"{id}\"]");
        let scope = link
            .closest(".notes, .session-view, .context-card")
            .ok()
            .flatten();
        let found = scope
            .and_then(|s| s.query_selector(&selector).ok().flatten())
            .or_else(|| document().query_selector(&selector).ok().flatten());
        let Some(heading) = found else {
            return;
        };
        ev.prevent_default();
        heading.scroll_into_view();
        if let Ok(h) = heading.dyn_into::<web_sys::HtmlElement>() {
            // Focus follows, for keyboard and screen-reader users.
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            focus_without_scroll(&h);
        }
    });
    std::mem::forget(handle);
}
