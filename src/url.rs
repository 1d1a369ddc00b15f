//! The URL adapter: the query string owns the view state (DESIGN.md, "URL
//! contract"). The app reads it into a `Query` signal and changes it only by
//! navigating: a click pushes a history entry, typing replaces the current
//! one, and back/forward (`popstate`) read the URL again.

use confnotes_core::Query;
use leptos::prelude::*;

/// How a navigation enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// A new entry (clicks, toggles): back returns to the previous view.
    Push,
    /// Replace the current entry (each keystroke while typing).
    Replace,
}

/// The current Query, in sync with the address bar.
#[derive(Clone, Copy)]
pub struct Url {
    query: RwSignal<Query>,
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

impl Url {
    /// Reads the address bar and follows back/forward from now on.
    pub fn init() -> Url {
        let query = RwSignal::new(Query::from_url(&location_search()));
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            query.set(Query::from_url(&location_search()));
        });
        // The app lives as long as the page; keep listening.
        std::mem::forget(handle);
        Url { query }
    }

    /// The current Query (reactive).
    pub fn query(&self) -> Signal<Query> {
        self.query.into()
    }

    /// The current Query, without subscribing.
    pub fn get_untracked(&self) -> Query {
        self.query.get_untracked()
    }

    /// Shows `q`: writes it to the address bar (canonical form) and updates
    /// the signal. Does nothing when the URL would not change.
    pub fn go(&self, q: Query, nav: Nav) {
        let href = href(&q);
        let current = format!(
            "{}{}",
            window().location().pathname().unwrap_or_default(),
            location_search()
        );
        if let Ok(history) = window().history() {
            let target = absolute(&href);
            if target != current {
                let _ = match nav {
                    Nav::Push => {
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
                    }
                    Nav::Replace => history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&target),
                    ),
                };
            }
        }
        if self.query.get_untracked() != q {
            self.query.set(q);
        }
    }
}

/// The link target of `q`, relative to the page: `?theme=x`, or `.` for the
/// unfiltered view, so links work under any sub-path.
pub fn href(q: &Query) -> String {
    let s = q.to_url();
    if s.is_empty() {
        ".".into()
    } else {
        format!("?{s}")
    }
}

/// Puts `href` (as [`href`] makes it) in the address bar as a new history
/// entry, without telling the app: for links shown before the app is up
/// (the load preview), whose Shell reads the address bar when it starts.
pub fn push_href(href: &str) {
    if let Ok(history) = window().history() {
        let _ =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&absolute(href)));
    }
}

/// `href` as a path the History API takes: the page's own path plus query.
fn absolute(href: &str) -> String {
    let path = window().location().pathname().unwrap_or_default();
    if href == "." {
        path
    } else {
        format!("{path}{href}")
    }
}

/// True when a click should be left to the browser (new tab, download...).
pub fn is_modified_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()
}
