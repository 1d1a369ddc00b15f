//! Keyboard shortcuts: `/` search, `j`/`k` or arrows through results,
//! Enter opens, Esc closes or clears, `?` shows this list.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::header::SEARCH_ID;
use crate::app::Ctx;
use crate::url::Nav;

const DIALOG_ID: &str = "shortcuts";

/// Installs the page-wide key handler.
pub struct KeyboardShortcuts;

impl KeyboardShortcuts {
    /// Listens for shortcuts for the life of the page.
    pub fn install(c: Ctx) {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| on_key(&c, &ev));
        std::mem::forget(handle);
    }
}

fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name();
            matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el
                    .get_attribute("contenteditable")
                    .is_some_and(|v| v != "false")
        })
}

fn on_key(c: &Ctx, ev: &web_sys::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
        return;
    }
    if in_text_field(ev) {
        return;
    }
    let open = c.results.with_untracked(|r| r.session.is_some());
    match ev.key().as_str() {
        "/" => {
            ev.prevent_default();
            focus_id(SEARCH_ID);
        }
        "?" => {
            ev.prevent_default();
            open_shortcuts();
        }
        "j" | "ArrowDown" if !open => {
            ev.prevent_default();
            move_cursor(1);
        }
        "k" | "ArrowUp" if !open => {
            ev.prevent_default();
            move_cursor(-1);
        }
        "j" | "k" if open => {
            let (prev, next) = c.results.with_untracked(|r| (r.prev, r.next));
            let target = if ev.key() == "j" { next } else { prev };
            if let Some(id) = target
                .and_then(|i| c.with_notes(|n| n.library.sessions.get(i).map(|s| s.id.clone())))
            {
                ev.prevent_default();
                c.url
                    .go(c.url.get_untracked().with_session(Some(id)), Nav::Push);
            }
        }
        "Escape" => {
            let q = c.url.get_untracked();
            if q.session.is_some() {
                ev.prevent_default();
                let id = q.session.clone();
                c.url.go(q.with_session(None), Nav::Push);
                // Back on the list, put the cursor on the session just closed.
                request_animation_frame(move || focus_result(id.as_deref()));
            } else if !q.text.is_empty() {
                ev.prevent_default();
                c.url.go(q.with_text(""), Nav::Push);
            }
        }
        _ => {}
    }
}

fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn result_links() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all("a.result-link") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Opens the first result (Enter in the search box).
pub fn open_first_result() {
    if let Some(first) = result_links().into_iter().next() {
        first.click();
    }
}

thread_local! {
    /// Moves asked for past the last result shown while the next page is
    /// being drawn (`j` held down, or pressed faster than the page draws).
    static PENDING: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

/// The list's `Show N more` button, when more results wait.
fn more_button() -> Option<web_sys::HtmlElement> {
    document()
        .query_selector("button.more")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Once the list shows more than `shown` results, moves the cursor by the
/// moves asked for meanwhile; looks again on each of the next `frames`
/// frames (the page may first show only its first cards), and gives up
/// after them without drawing more.
fn go_on_when_drawn(shown: usize, frames: u32) {
    request_animation_frame(move || {
        let drawn = result_links().len() > shown;
        if drawn || frames == 0 {
            let moves = PENDING.with(|p| p.replace(0));
            if moves > 0 && drawn {
                move_cursor(moves);
            }
        } else {
            go_on_when_drawn(shown, frames - 1);
        }
    });
}

/// Moves the keyboard cursor (the focused result link) by `delta`.
/// Past the last result shown, the next page is drawn and the cursor goes
/// on into it: no press is lost, however fast they come.
pub fn move_cursor(delta: i32) {
    if delta > 0 && PENDING.with(|p| p.get()) > 0 {
        PENDING.with(|p| p.set(p.get() + delta));
        return;
    }
    let links = result_links();
    if links.is_empty() {
        return;
    }
    let active = document().active_element();
    let current = links.iter().position(|l| {
        active
            .as_ref()
            .is_some_and(|a| a == l.unchecked_ref::<web_sys::Element>())
    });
    if delta > 0
        && current == Some(links.len() - 1)
        && let Some(more) = more_button()
    {
        PENDING.with(|p| p.set(delta));
        more.click();
        go_on_when_drawn(links.len(), 30);
        return;
    }
    let next = match current {
        None => 0,
        Some(i) => (i as i32 + delta).clamp(0, links.len() as i32 - 1) as usize,
    };
    if let Some(l) = links.get(next) {
        let _ = l.focus();
        l.scroll_into_view_with_bool(false);
    }
}

/// Focuses the result link of session `id`, if it is on screen.
fn focus_result(id: Option<&str>) {
    let Some(id) = id else { return };
    if let Some(l) = result_links()
        .into_iter()
        .find(|l| l.get_attribute("data-session").as_deref() == Some(id))
    {
        let _ = l.focus();
    }
}

/// Opens the shortcuts dialog.
pub fn open_shortcuts() {
    if let Some(d) = document()
        .get_element_by_id(DIALOG_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
        && !d.open()
    {
        let _ = d.show_modal();
    }
}

/// The list of shortcuts, as a modal dialog.
#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let close = |_| {
        if let Some(d) = document()
            .get_element_by_id(DIALOG_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok())
        {
            d.close();
        }
    };
    let rows = [
        ("/", "Search"),
        (
            "j or ↓",
            "Next session in the list (next session when one is open)",
        ),
        ("k or ↑", "Previous session"),
        ("Enter", "Open the selected session"),
        ("Esc", "Close the session, or clear the search"),
        ("?", "Show these shortcuts"),
    ];
    view! {
        <dialog id=DIALOG_ID class="shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
            <table>
                <tbody>
                    {rows.into_iter().map(|(k, what)| view! { <tr><th scope="row"><kbd>{k}</kbd></th><td>{what}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <button type="button" class="button" on:click=close autofocus>"Close"</button>
        </dialog>
    }
}
