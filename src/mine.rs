//! The reader's own layer: stars, private notes and themes, kept in
//! localStorage through `storage::Store`; the "My notes" panel with export,
//! import and the trip report; and the storage warnings.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use confnotes_core::query::UserFacts;
use confnotes_core::render::{RenderOptions, render_markdown};
use confnotes_core::userdata::{self, ImportOutcome, STORAGE_KEY, UserData};
use confnotes_core::{Library, Session};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::ctx;
use crate::storage::{self, SaveError, Store, Warning};
use crate::unicode::BrowserUnicode;

/// Milliseconds since the epoch, from the browser's clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The reader's data, reactive, and the store behind it. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Mine {
    store: StoredValue<Store<storage::Local>, LocalStorage>,
    /// The reader's data as last saved or merged.
    pub data: RwSignal<UserData>,
    /// What the reader must be told about storage.
    pub warnings: RwSignal<Vec<Warning>>,
    /// False when changes are not kept (no storage, or read-only).
    pub persists: RwSignal<bool>,
}

impl Mine {
    /// Opens storage (reading before any write) and follows other tabs.
    pub fn init() -> Mine {
        let store = Store::open(storage::local_storage(), now());
        let mine = Mine {
            data: RwSignal::new(store.data().clone()),
            warnings: RwSignal::new(store.warnings().to_vec()),
            persists: RwSignal::new(store.persists()),
            store: StoredValue::new_local(store),
        };
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let ours = ev.key().is_none_or(|k| k.starts_with(STORAGE_KEY));
            if ours {
                mine.store.update_value(|s| {
                    s.refresh(now());
                });
                mine.sync();
            }
        });
        std::mem::forget(handle);
        mine
    }

    /// Copies the store's state into the signals.
    fn sync(&self) {
        self.store.with_value(|s| {
            if self.data.with_untracked(|d| d != s.data()) {
                self.data.set(s.data().clone());
            }
            if self
                .warnings
                .with_untracked(|w| w.as_slice() != s.warnings())
            {
                self.warnings.set(s.warnings().to_vec());
            }
            if self.persists.get_untracked() != s.persists() {
                self.persists.set(s.persists());
            }
        });
    }

    /// Applies `change` to the reader's data and saves it.
    pub fn update(&self, change: impl FnOnce(&mut UserData)) -> Result<(), SaveError> {
        let result = self
            .store
            .try_update_value(|s| s.update(now(), change))
            .unwrap_or(Err(SaveError::Other("the app is shutting down".into())));
        self.sync();
        result
    }

    /// Merges an export file in and saves; says what happened to each
    /// session (see `userdata::import`).
    pub fn import(
        &self,
        imported: &UserData,
    ) -> (Vec<(String, ImportOutcome)>, Result<(), SaveError>) {
        let result = self
            .store
            .try_update_value(|s| s.import(imported, now()))
            .unwrap_or_else(|| {
                (
                    Vec::new(),
                    Err(SaveError::Other("the app is shutting down".into())),
                )
            });
        self.sync();
        result
    }

    /// Deletes a kept-aside document (the reader asked).
    pub fn delete_kept_aside(&self, key: &str) {
        self.store.update_value(|s| s.delete_kept_aside(key));
        self.sync();
    }

    /// What the query needs to know, recomputed when the data changes.
    pub fn facts(&self) -> Memo<Arc<UserFacts>> {
        let data = self.data;
        Memo::new(move |_| Arc::new(data.with(UserData::facts)))
    }
}

/// Reads the shared reader-data handle.
pub fn mine() -> Mine {
    expect_context::<Mine>()
}

/// A reader's note as safe HTML (core's renderer, like the notes; its
/// relative links and images resolve against the notes' root).
pub fn render_note(markdown: &str) -> String {
    ctx().with_notes(|n| {
        render_markdown(
            markdown,
            &RenderOptions {
                base: "",
                highlight: &[],
                assets: Some(&n.assets),
                local_images: Some(&n.local_images),
                unicode: &BrowserUnicode,
            },
        )
        .html
    })
}

/// Records the session's title and conference in its entry, so the entry
/// can still be named if the session leaves the notes.
fn snapshot(d: &mut UserData, lib: &Library, s: &Session) {
    if let Some(e) = d.sessions.get_mut(&s.id) {
        e.title.clone_from(&s.title);
        if let Some(c) = lib.conferences.get(s.conference) {
            e.conference.clone_from(&c.title);
        }
    }
}

/// Puts the theme `slug` (of the notes or the reader's) on the session
/// `index` of the notes as the reader's own, or takes it off: the theme
/// view's "Add to this theme" and its Undo.
pub fn set_reader_theme(index: usize, slug: &str, on: bool) -> Result<(), SaveError> {
    let c = ctx();
    let Some(s) = c.with_notes(|n| n.library.sessions.get(index).cloned()) else {
        return Ok(());
    };
    mine().update(|d| {
        let mut themes = d
            .sessions
            .get(&s.id)
            .map(|e| e.themes.clone())
            .unwrap_or_default();
        themes.retain(|t| t != slug);
        if on {
            themes.push(slug.to_string());
        }
        d.set_themes(&s.id, themes, now());
        c.with_notes(|n| snapshot(d, &n.library, &s));
    })
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return;
    };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&href);
        a.set_download(name);
        a.set_hidden(true);
        if let Some(body) = document().body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    // Give the download time to start before freeing the blob.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&href);
        },
        Duration::from_secs(30),
    );
}

/// Storage warnings, each in an element with `role="alert"`.
#[component]
pub fn StorageWarnings() -> impl IntoView {
    let m = mine();
    move || {
        m.warnings
            .get()
            .into_iter()
            .map(|w| {
                let message = w.to_string();
                let actions = match &w {
                    Warning::KeptAside { key, text, .. } => {
                        let (k1, k2, t) = (key.clone(), key.clone(), text.clone());
                        view! {
                            <p>
                                <button type="button" class="button" on:click=move |_| download(&format!("{k1}.json"), "application/json", &t)>
                                    "Download the kept data"
                                </button>
                                " "
                                <button type="button" class="link-button" on:click=move |_| m.delete_kept_aside(&k2)>
                                    "Delete the kept copy"
                                </button>
                            </p>
                        }
                        .into_any()
                    }
                    Warning::Unreadable { text, .. } => {
                        let t = text.clone();
                        view! {
                            <p>
                                <button type="button" class="button" on:click=move |_| download("confnotes-unreadable.json", "application/json", &t)>
                                    "Download the saved data"
                                </button>
                            </p>
                        }
                        .into_any()
                    }
                    Warning::Newer { text, .. } => {
                        let t = text.clone();
                        view! {
                            <p>
                                <a class="button" href="">"Reload the page"</a>
                                " "
                                <button type="button" class="button" on:click=move |_| download("confnotes-newer-version.json", "application/json", &t)>
                                    "Download the saved data"
                                </button>
                            </p>
                        }
                        .into_any()
                    }
                    Warning::Quota | Warning::Unavailable(_) => ().into_any(),
                };
                view! {
                    <div class="alert" role="alert">
                        <p>{message}</p>
                        {actions}
                    </div>
                }
            })
            .collect_view()
    }
}

/// How the reader's note stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum NoteState {
    Saved,
    Unsaved,
    Failed(SaveError),
}

/// The note as a save needs it. Plain data, not signals: the view's signals
/// are disposed by the time its cleanup runs, and leaving the view (Back,
/// Esc, a link) must still save what was typed.
struct Pending {
    text: String,
    /// The text of the version the draft was written from: a save is an
    /// edit of that text only, so it never replaces another tab's words.
    base: String,
    /// That version's `note_at`: a different one in the data means the
    /// note changed elsewhere (another tab).
    base_at: u64,
    /// Typed and not saved yet (or the last save failed).
    unsaved: bool,
    timer: Option<TimeoutHandle>,
}

/// The reader's star, note and themes for one session.
#[component]
pub fn MySessionLayer(session: Session) -> impl IntoView {
    let c = ctx();
    let m = mine();
    let id = session.id.clone();
    let session = Arc::new(session);

    let entry = {
        let id = id.clone();
        Memo::new(move |_| {
            m.data
                .with(|d| d.sessions.get(&id).cloned().unwrap_or_default())
        })
    };
    let starred = move || entry.with(|e| e.starred);
    let star_error = RwSignal::new(None::<SaveError>);
    let toggle_star = {
        let session = session.clone();
        move |_| {
            let on = !entry.with_untracked(|e| e.starred);
            let r = m.update(|d| {
                d.set_star(&session.id, on, now());
                c.with_notes(|n| snapshot(d, &n.library, &session));
            });
            star_error.set(r.err());
        }
    };

    // The note: a draft on screen, saved 600 ms after the last keystroke,
    // on blur, when the page is hidden and when the view closes.
    let first = entry.get_untracked();
    let pending = Arc::new(Mutex::new(Pending {
        text: first.note.clone(),
        base: first.note.clone(),
        base_at: first.note_at,
        unsaved: false,
        timer: None,
    }));
    let draft = RwSignal::new(first.note);
    // The note and its `note_at` as the data holds them now (untracked: also
    // called from the view's cleanup).
    let current = move |id: &str| {
        m.data
            .try_with_untracked(|d| d.sessions.get(id).map(|e| (e.note.clone(), e.note_at)))
            .flatten()
    };
    let state = RwSignal::new(NoteState::Saved);
    let conflict = RwSignal::new(false);
    // Reads only `pending` and the app-wide state, so it also works from the
    // view's cleanup; the view's own status is updated while it is there.
    let save = {
        let pending = pending.clone();
        let session = session.clone();
        move || {
            let (text, from) = {
                let Ok(mut p) = pending.lock() else {
                    return;
                };
                if let Some(t) = p.timer.take() {
                    t.clear();
                }
                if !p.unsaved {
                    return;
                }
                (p.text.clone(), p.base.clone())
            };
            let r = m.update(|d| {
                d.set_note_from(&session.id, &text, &from, now());
                c.with_notes(|n| snapshot(d, &n.library, &session));
            });
            match r {
                Ok(()) => {
                    let (note, at) = current(&session.id).unwrap_or_else(|| (text.clone(), 0));
                    if let Ok(mut p) = pending.lock() {
                        p.base.clone_from(&note);
                        p.base_at = at;
                        p.text.clone_from(&note);
                        p.unsaved = false;
                    }
                    // Both texts were kept: show the merged note.
                    if note != text {
                        let _ = draft.try_set(note);
                    }
                    let _ = conflict.try_set(false);
                    let _ = state.try_set(NoteState::Saved);
                }
                Err(e) => {
                    // The change is kept in memory: it is this copy's note
                    // now, not another tab's. It stays unsaved (the next
                    // keystroke or blur tries again).
                    if let Some((note, at)) = current(&session.id)
                        && let Ok(mut p) = pending.lock()
                    {
                        p.base = note;
                        p.base_at = at;
                    }
                    let _ = state.try_set(NoteState::Failed(e));
                }
            }
        }
    };
    // Another tab changed this note: take it, unless the reader is typing.
    Effect::new({
        let pending = pending.clone();
        move |_| {
            let e = entry.get();
            let Ok(mut p) = pending.lock() else {
                return;
            };
            if e.note_at == p.base_at {
                return;
            }
            if p.unsaved {
                drop(p);
                conflict.set(true);
            } else {
                p.text.clone_from(&e.note);
                p.base.clone_from(&e.note);
                p.base_at = e.note_at;
                drop(p);
                draft.set(e.note);
            }
        }
    });
    let on_input = {
        let pending = pending.clone();
        let save = save.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            if let Ok(mut p) = pending.lock() {
                p.text.clone_from(&text);
                p.unsaved = true;
                if let Some(t) = p.timer.take() {
                    t.clear();
                }
                p.timer = set_timeout_with_handle(save.clone(), Duration::from_millis(600)).ok();
            }
            draft.set(text);
            state.set(NoteState::Unsaved);
        }
    };
    let hidden = window_event_listener(leptos::ev::visibilitychange, {
        let save = save.clone();
        move |_| {
            if document().hidden() {
                save();
            }
        }
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, {
        let save = save.clone();
        move |_| save()
    });
    let on_blur = {
        let save = save.clone();
        move |_| save()
    };
    on_cleanup(move || {
        hidden.remove();
        pagehide.remove();
        save();
    });
    let state_text = move || match state.get() {
        NoteState::Saved if draft.with(String::is_empty) => String::new(),
        NoteState::Saved => {
            if m.persists.get() {
                "Saved in this browser".into()
            } else {
                "Kept until you close this page (not saved)".into()
            }
        }
        NoteState::Unsaved => "Unsaved changes…".into(),
        NoteState::Failed(e) => e.to_string(),
    };
    let preview = move || render_note(&draft.get());

    view! {
        <section class="mine" aria-labelledby="mine-heading">
            <h2 id="mine-heading">"Yours"</h2>
            <p>
                <button type="button" class="button star" aria-pressed=move || if starred() { "true" } else { "false" } on:click=toggle_star>
                    <span aria-hidden="true">{move || if starred() { "★ " } else { "☆ " }}</span>
                    {move || if starred() { "Starred" } else { "Star" }}
                </button>
                {move || starred().then(|| view! { <span class="print-only">"★ Starred"</span> })}
                {move || star_error.get().map(|e| view! { <span class="save-state">" "{e.to_string()}</span> })}
            </p>
            <label for="my-note">"My notes"</label>
            <textarea
                id="my-note"
                prop:value=move || draft.get()
                on:input=on_input
                on:blur=on_blur
                placeholder="Your own notes on this session, in Markdown. Only you see them; they stay in this browser."
            ></textarea>
            <p class="save-state" role="status" aria-live="polite">{state_text}</p>
            {move || conflict.get().then(|| view! {
                <p class="save-state">"This note also changed in another tab. When yours is saved, both texts are kept."</p>
            })}
            {move || (!draft.with(String::is_empty)).then(|| view! {
                <details class="preview no-print">
                    <summary>"Preview"</summary>
                    <div class="notes" inner_html=preview></div>
                </details>
                // On paper: the note itself, rendered, in place of the editor.
                <div class="notes my-note-print print-only" inner_html=preview></div>
            })}
            <ReaderThemes session=(*session).clone()/>
        </section>
    }
}

/// The themes the reader assigned to a session: remove one, add one (an
/// existing theme or a new one).
#[component]
fn ReaderThemes(session: Session) -> impl IntoView {
    let c = ctx();
    let m = mine();
    let id = session.id.clone();
    let assigned = {
        let id = id.clone();
        Memo::new(move |_| {
            m.data.with(|d| {
                d.sessions
                    .get(&id)
                    .map(|e| e.themes.clone())
                    .unwrap_or_default()
            })
        })
    };
    let name_of = move |slug: &str| {
        m.data
            .with_untracked(|d| c.with_notes(|n| userdata::theme_name(&n.library, d, slug)))
    };
    let error = RwSignal::new(None::<SaveError>);
    // A name that makes no theme (no letter or digit), said by the input.
    let naming = RwSignal::new(None::<&'static str>);
    let session = StoredValue::new(session);
    let set = move |themes: Vec<String>| {
        let id = session.with_value(|s| s.id.clone());
        let r = m.update(|d| {
            d.set_themes(&id, themes, now());
            c.with_notes(|n| session.with_value(|s| snapshot(d, &n.library, s)));
        });
        error.set(r.err());
    };
    let input = NodeRef::<leptos::html::Input>::new();
    let add = move || {
        let Some(el) = input.get() else { return };
        let name = el.value();
        if name.trim().is_empty() {
            return;
        }
        let mut themes = assigned.get_untracked();
        let mut nameless = false;
        let r = m.update(|d| {
            c.with_notes(|n| {
                let Some(slug) =
                    userdata::theme_for_name(d, &n.library, &name, &BrowserUnicode, now())
                else {
                    nameless = true;
                    return;
                };
                if !themes.contains(&slug) {
                    themes.push(slug);
                }
                session.with_value(|s| {
                    d.set_themes(&s.id, themes, now());
                    snapshot(d, &n.library, s);
                });
            })
        });
        if nameless {
            naming.set(Some("A theme's name needs a letter or a digit."));
            return;
        }
        naming.set(None);
        error.set(r.err());
        el.set_value("");
    };
    let options = move || {
        m.data
            .with(|d| c.with_notes(|n| userdata::theme_choices(&n.library, d)))
            .into_iter()
            .map(|n| view! { <option value=n></option> })
            .collect_view()
    };
    view! {
        <div class="reader-themes">
            <h3>"Your themes"</h3>
            {move || {
                let list = assigned.get();
                if list.is_empty() {
                    return view! { <p class="save-state">"None yet. Themes you add here show in the Themes filter, marked as yours."</p> }.into_any();
                }
                view! {
                    <ul class="chips-inline">
                        {list.iter().map(|slug| {
                            let name = name_of(slug);
                            let label = format!("Remove theme {name}");
                            let rest: Vec<String> = list.iter().filter(|s| *s != slug).cloned().collect();
                            view! {
                                <li class="chip mine">
                                    <span>{name}</span>
                                    <button type="button" aria-label=label on:click=move |_| set(rest.clone())>"×"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <form class="add-theme" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <label for="add-theme">"Add a theme"</label>
                <input
                    id="add-theme"
                    node_ref=input
                    type="text"
                    list="theme-names"
                    autocomplete="off"
                    aria-invalid=move || naming.get().map(|_| "true")
                    aria-describedby=move || naming.get().map(|_| "add-theme-error")
                />
                <datalist id="theme-names">{options}</datalist>
                <button type="submit" class="button">"Add"</button>
            </form>
            {move || naming.get().map(|m| view! { <p id="add-theme-error" class="save-state" role="alert">{m}</p> })}
            {move || error.get().map(|e| view! { <p class="save-state">{e.to_string()}</p> })}
        </div>
    }
}

/// What the last import (or its failure) says.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ImportMessage {
    ok: bool,
    text: String,
    /// One line per session: its title and what happened to it.
    details: Vec<String>,
}

impl ImportMessage {
    fn error(text: String) -> Self {
        ImportMessage {
            ok: false,
            text,
            details: Vec::new(),
        }
    }
}

/// The "My notes" tools: export, import, trip report, and the entries of
/// sessions that left the notes.
#[component]
pub fn MyNotesPanel() -> impl IntoView {
    let c = ctx();
    let m = mine();
    let message = RwSignal::new(None::<ImportMessage>);
    let export = move |_| {
        let json = m.data.with_untracked(userdata::encode_pretty);
        let date = userdata::iso_minute(now());
        download(
            &format!("confnotes-{}.json", date.get(..10).unwrap_or("export")),
            "application/json",
            &json,
        );
    };
    let report = move || {
        m.data
            .with(|d| c.with_notes(|n| userdata::trip_report(&n.library, d)))
    };
    let download_report = move |_| download("trip-report.md", "text/markdown", &report());
    let copied = RwSignal::new(false);
    let copy_report = move |_| {
        let text = report();
        if let Ok(cb) = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
            .and_then(|c| c.dyn_into::<web_sys::Clipboard>())
        {
            let p = cb.write_text(&text);
            leptos::task::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(p).await.is_ok());
            });
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(e) => {
                    message.set(Some(ImportMessage::error(format!(
                        "{name} could not be read: {}",
                        storage::describe(&e)
                    ))));
                    return;
                }
            };
            match userdata::decode(&text) {
                Err(e) => message.set(Some(ImportMessage::error(format!(
                    "{name} was not imported, and nothing changed. {e}"
                )))),
                Ok(imported) => {
                    let (report, saved) = m.import(&imported);
                    let details: Vec<String> = m.data.with_untracked(|d| {
                        c.with_notes(|n| {
                            report
                                .iter()
                                .map(|(id, o)| {
                                    format!(
                                        "{}: {}",
                                        userdata::session_title(&n.library, d, id),
                                        o.as_str()
                                    )
                                })
                                .collect()
                        })
                    });
                    let summary = userdata::import_summary(&report);
                    match saved {
                        Ok(()) => message.set(Some(ImportMessage {
                            ok: true,
                            text: format!("Imported {name}: {summary}."),
                            details,
                        })),
                        Err(e) => message.set(Some(ImportMessage {
                            ok: false,
                            text: format!("{name} was merged here ({summary}), but not saved: {e}"),
                            details,
                        })),
                    }
                }
            }
        });
    };
    let orphans = move || {
        m.data.with(|d| {
            c.with_notes(|n| {
                d.orphans(&n.library)
                    .into_iter()
                    .filter_map(|id| d.sessions.get(id).map(|e| (id.to_string(), e.clone())))
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <div class="card context-card my-tools">
            <p>"Everything here stays in this browser. Export it to keep a copy or move it to another browser."</p>
            <p class="tool-row">
                <button type="button" class="button" on:click=export>"Export my data (JSON)"</button>
                <label class="button file">
                    "Import a JSON export"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file/>
                </label>
                <button type="button" class="button" on:click=download_report>"Download trip report (Markdown)"</button>
                <button type="button" class="button" on:click=copy_report>"Copy trip report"</button>
                {move || copied.get().then_some(view! { <span role="status">" Copied"</span> })}
            </p>
            {move || message.get().map(|ImportMessage { ok, text, details }| {
                let list = (!details.is_empty()).then(|| view! {
                    <ul class="import-report">
                        {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                    </ul>
                });
                if ok {
                    view! { <div role="status" class="save-state"><p>{text}</p>{list}</div> }.into_any()
                } else {
                    view! { <div role="alert" class="alert"><p>{text}</p>{list}</div> }.into_any()
                }
            })}
            {move || {
                let list = orphans();
                (!list.is_empty()).then(|| view! {
                    <section>
                        <h2>"No longer in the notes"</h2>
                        <p>"These sessions were removed or renamed in the notes. Your data on them is kept."</p>
                        <ul class="orphans">
                            {list.into_iter().map(|(id, e)| view! {
                                <li>
                                    <strong>{if e.title.is_empty() { id.clone() } else { e.title.clone() }}</strong>
                                    {(!e.conference.is_empty()).then(|| format!(" ({})", e.conference))}
                                    {e.starred.then_some(" ★")}
                                    {(!e.note.trim().is_empty()).then(|| view! { <pre class="orphan-note">{e.note.clone()}</pre> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                })
            }}
        </div>
    }
}
