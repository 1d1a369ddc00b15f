//! The banner: brand, search box, and the page-wide actions (My notes, Copy
//! link, Share, dark theme, shortcuts).

use confnotes_core::Query;
use confnotes_core::query::View;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::QLink;
use crate::app::ctx;
use crate::url::{Nav, is_modified_click};

/// The search box's element id, focused by the `/` shortcut.
pub const SEARCH_ID: &str = "search";

/// The banner across the top of every view.
#[component]
pub fn Header() -> impl IntoView {
    let c = ctx();
    let query = c.url.query();
    let home = Query::default();
    let notes_view = Query::default().with_view(Some(View::Notes));
    let in_notes = move || query.with(|q| q.view == Some(View::Notes));
    // On phones the secondary actions fold into a menu; on wider screens
    // they are always shown (CSS), and the menu button is hidden.
    let menu_open = RwSignal::new(false);
    view! {
        <header class="masthead">
            <QLink to=home class="brand" label="confnotes: all sessions".to_string()>
                <img src="icon.svg" alt="" width="28" height="28"/>
                <span>"confnotes"</span>
            </QLink>
            <SearchBox/>
            <nav class="actions" aria-label="Page actions">
                <a
                    class="button"
                    href=notes_view.href()
                    aria-current=move || in_notes().then_some("page")
                    on:click=move |ev| {
                        if !is_modified_click(&ev) {
                            ev.prevent_default();
                            c.url.go(notes_view.clone(), Nav::Push);
                        }
                    }
                >
                    "My notes"
                </a>
                <button
                    type="button"
                    class="button icon menu-button"
                    aria-label="More actions"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    aria-controls="more-actions"
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    <span aria-hidden="true">"⋯"</span>
                </button>
                <div
                    id="more-actions"
                    class="more-actions"
                    class:open=move || menu_open.get()
                    // Picking files or following a link closes the menu (Copy
                    // link and the theme keep it: their answer shows in it).
                    on:click=move |ev| {
                        let closes = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .and_then(|el| el.closest("a, .picker").ok().flatten())
                            .is_some();
                        if closes {
                            menu_open.set(false);
                        }
                    }
                >
                    // On a phone, opening notes is in the menu: the banner
                    // stays one row.
                    <super::opener::OpenNotesButton/>
                    <super::opener::OpenFolderButton/>
                    <super::opener::OpenedLink/>
                    <CopyLink/>
                    <crate::theme::ThemeToggle/>
                    <button
                        type="button"
                        class="button icon"
                        aria-label="Keyboard shortcuts"
                        title="Keyboard shortcuts (?)"
                        on:click=|_| super::keyboard::open_shortcuts()
                    >
                        "?"
                    </button>
                </div>
            </nav>
        </header>
    }
}

/// The search box. Typing updates the results at once; the first keystroke
/// adds a history entry, the following ones replace it.
#[component]
fn SearchBox() -> impl IntoView {
    let c = ctx();
    let query = c.url.query();
    let input = NodeRef::<html::Input>::new();
    // True once this typing burst has pushed its history entry.
    let pushed = StoredValue::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let q = c.url.get_untracked().with_text(&text).with_session(None);
        let nav = if pushed.get_value() {
            Nav::Replace
        } else {
            Nav::Push
        };
        pushed.set_value(true);
        c.url.go(q, nav);
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for=SEARCH_ID class="visually-hidden">"Search"</label>
            <input
                id=SEARCH_ID
                node_ref=input
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Search titles, speakers, notes…"
                prop:value=move || query.with(|q| q.text.clone())
                on:input=on_input
                on:focus=move |_| pushed.set_value(false)
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        ev.stop_propagation();
                        let q = c.url.get_untracked();
                        if q.text.is_empty() {
                            if let Some(el) = input.get() {
                                let _ = el.blur();
                            }
                        } else {
                            c.url.go(q.with_text(""), Nav::Push);
                        }
                    } else if ev.key() == "Enter" {
                        // Enter opens the first result.
                        ev.prevent_default();
                        super::keyboard::open_first_result();
                    } else if ev.key() == "ArrowDown" {
                        // Down from the search box goes to the results.
                        ev.prevent_default();
                        super::keyboard::move_cursor(1);
                    }
                }
            />
        </form>
    }
}

/// "Copy link" (Clipboard API, or a field to copy from by hand) and, where
/// the browser has the Web Share API, "Share".
#[component]
fn CopyLink() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let manual = RwSignal::new(None::<String>);
    let c = ctx();
    let copy = move |_| {
        let href = crate::url::current_href();
        let opened_here = super::opener::view_involves_opened(&c);
        let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined())
            .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
        match clipboard {
            Some(cb) => {
                let promise = cb.write_text(&href);
                leptos::task::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => {
                            status.set(if opened_here {
                                "Link copied. Some of these sessions were opened in this browser and exist only here: whoever opens the link will not see them.".into()
                            } else {
                                "Link copied".into()
                            });
                            manual.set(None);
                            set_timeout(
                                move || status.set(String::new()),
                                std::time::Duration::from_secs(if opened_here { 10 } else { 4 }),
                            );
                        }
                        Err(_) => manual.set(Some(href)),
                    }
                });
            }
            None => manual.set(Some(href)),
        }
    };
    let can_share = js_sys::Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false);
    let share = move |_| {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"url".into(), &crate::url::current_href().into());
        let _ = js_sys::Reflect::set(&data, &"title".into(), &document().title().into());
        let nav = window().navigator();
        if let Ok(p) = js_sys::Reflect::get(&nav, &"share".into())
            .and_then(|f| f.dyn_into::<js_sys::Function>())
            .and_then(|f| f.call1(&nav, &data))
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
        {
            // A cancelled share rejects; nothing to tell the reader.
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    };
    view! {
        <button type="button" class="button" on:click=copy>"Copy link"</button>
        {can_share.then(|| view! { <button type="button" class="button" on:click=share>"Share"</button> })}
        <span class="status" role="status" aria-live="polite">{move || status.get()}</span>
        {move || manual.get().map(|href| view! {
            <div class="manual-copy" role="dialog" aria-label="Copy this link">
                <label>
                    "Copy this link: "
                    <input
                        type="text"
                        readonly
                        prop:value=href
                        on:focus=|ev| {
                            if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                i.select();
                            }
                        }
                        autofocus
                    />
                </label>
                <button type="button" class="button" on:click=move |_| manual.set(None)>"Done"</button>
            </div>
        })}
    }
}
