//! The URL adapter: the query string owns the view state (docs/DESIGN.md, "URL
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

/// Query keys that marketing and sharing tools add to links (`utm_source`,
/// `fbclid`...): never the reader's view. They are dropped without a word,
/// from the address bar and from Copy link.
fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid"
                | "gclid"
                | "gclsrc"
                | "dclid"
                | "msclkid"
                | "yclid"
                | "twclid"
                | "ttclid"
                | "igshid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "_gl"
                | "ref_src"
                | "ref_url"
                | "oly_anon_id"
                | "oly_enc_id"
                | "vero_id"
                | "wickedid"
                | "li_fat_id"
                | "s_cid"
                | "mkt_tok"
                | "hsa_cam"
                | "hsa_grp"
                | "hsa_ad"
                | "si"
        )
}

/// The address bar's query without tracking parameters; when it had some,
/// the address bar is rewritten without them (no new history entry).
fn clean_search() -> String {
    let search = location_search();
    let raw = search.strip_prefix('?').unwrap_or(&search);
    if raw.is_empty() {
        return search;
    }
    let kept: Vec<&str> = raw
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or("");
            !is_tracking(key)
        })
        .collect();
    if kept.len() == raw.split('&').count() {
        return search;
    }
    let cleaned = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let path = window().location().pathname().unwrap_or_default();
    let hash = window().location().hash().unwrap_or_default();
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}{cleaned}{hash}")));
    }
    cleaned
}

impl Url {
    /// Reads the address bar and follows back/forward from now on.
    pub fn init() -> Url {
        // Back restores the list's place itself (see `recalled_place`).
        if let Ok(history) = window().history() {
            let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
        let query = RwSignal::new(Query::from_url(&clean_search()));
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            drop_pending();
            query.set(Query::from_url(&clean_search()));
        });
        // The app lives as long as the page; keep listening.
        std::mem::forget(handle);
        // Leaving the page (a reload, a link out) keeps what was typed.
        std::mem::forget(window_event_listener(leptos::ev::pagehide, |_| {
            flush_pending()
        }));
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
    /// the signal. Does nothing when the URL would not change. A `Replace`
    /// (typing) reaches the address bar at most every [`REPLACE_EVERY`]:
    /// `history.replaceState` costs milliseconds a keystroke, so a burst of
    /// typing writes it a few times, the last text always.
    pub fn go(&self, q: Query, nav: Nav) {
        let target = absolute(&q.href());
        let current = PENDING
            .with(|p| p.borrow().as_ref().map(|p| p.target.clone()))
            .unwrap_or_else(|| {
                format!(
                    "{}{}",
                    window().location().pathname().unwrap_or_default(),
                    location_search()
                )
            });
        if target != current {
            match nav {
                Nav::Push => {
                    flush_pending();
                    if let Ok(history) = window().history() {
                        // The list being left keeps its place in its entry.
                        remember_place(&history, q.session.as_deref());
                        let _ = history.push_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&target),
                        );
                    }
                }
                Nav::Replace => replace_soon(target),
            }
        }
        if self.query.get_untracked() != q {
            self.query.set(q);
        }
    }
}

/// How many sessions the list shows at first, and adds at a time.
pub const LIST_PAGE: usize = 30;

/// How often typing rewrites the address bar at most.
const REPLACE_EVERY: std::time::Duration = std::time::Duration::from_millis(200);

/// An address typing has produced and the address bar does not show yet.
struct Pending {
    target: String,
    timer: Option<TimeoutHandle>,
}

thread_local! {
    static PENDING: std::cell::RefCell<Option<Pending>> = const { std::cell::RefCell::new(None) };
}

fn replace_soon(target: String) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_mut() {
            // The timer already set writes the newest address.
            Some(pending) => pending.target = target,
            None => {
                *p = Some(Pending {
                    target,
                    timer: set_timeout_with_handle(flush_pending, REPLACE_EVERY).ok(),
                });
            }
        }
    });
}

/// Writes a pending typed address now (before a new entry is pushed, a
/// link is copied, the page reloads).
pub fn flush_pending() {
    let Some(pending) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    if let Some(timer) = pending.timer {
        timer.clear();
    }
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&pending.target));
    }
}

/// Forgets a pending typed address: after Back or Forward it belongs to an
/// entry no longer current, and writing it would overwrite the one arrived at.
fn drop_pending() {
    if let Some(Pending {
        timer: Some(timer), ..
    }) = PENDING.with(|p| p.borrow_mut().take())
    {
        timer.clear();
    }
}

/// The page's address as the reader sees it, pending typing included: what
/// Copy link and Share hand out.
pub fn current_href() -> String {
    flush_pending();
    window().location().href().unwrap_or_default()
}

/// Where the reader was in a list: how many sessions it showed, how far it
/// was scrolled, and which session they opened from it. Kept in the list's
/// own history entry (`history.state`), so Back returns to the same place;
/// the URL stays the only owner of what is shown.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Place {
    pub limit: usize,
    pub scroll: f64,
    pub focus: Option<String>,
}

thread_local! {
    /// How many sessions the list on screen shows (0: no list on screen).
    static LIST_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Tells the URL adapter how many sessions the list shows (0 when it goes).
pub fn set_list_limit(n: usize) {
    LIST_LIMIT.with(|l| l.set(n));
}

/// Writes the list's place into the current history entry before leaving it.
fn remember_place(history: &web_sys::History, focus: Option<&str>) {
    let limit = LIST_LIMIT.with(std::cell::Cell::get);
    if limit == 0 {
        return;
    }
    let place = Place {
        limit,
        scroll: window().scroll_y().unwrap_or(0.0),
        focus: focus.map(str::to_string),
    };
    // Each History API call costs milliseconds: write only what the entry
    // does not hold yet. A list at its top, on its first page, with nothing
    // to focus comes back that way without a remembered place.
    let held = history.state().ok().and_then(|s| s.as_string());
    let plain = place.scroll <= 0.0 && place.focus.is_none() && limit <= LIST_PAGE;
    if plain && held.is_none() {
        return;
    }
    if let Ok(json) = serde_json::to_string(&place)
        && held.as_deref() != Some(json.as_str())
    {
        let _ = history.replace_state(&wasm_bindgen::JsValue::from_str(&json), "");
    }
}

/// The place the current history entry remembers, if any (a list the
/// reader comes back to).
pub fn recalled_place() -> Option<Place> {
    let state = window().history().ok()?.state().ok()?;
    serde_json::from_str(&state.as_string()?).ok()
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
