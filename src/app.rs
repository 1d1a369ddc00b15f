//! The components.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::notes::{self, LoadError, Notes};

/// Mounts the app into `<body>` and removes the loading message.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

#[derive(Clone)]
enum Load {
    Loading,
    Ready(Arc<Notes>),
    Failed(LoadError),
}

/// The whole app: loads the notes, then shows them.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(Load::Loading);
    spawn_local(async move {
        let loaded = match notes::load().await {
            Ok(n) => Load::Ready(Arc::new(n)),
            Err(e) => Load::Failed(e),
        };
        state.set(loaded);
        hide_boot();
    });
    move || match state.get() {
        Load::Loading => ().into_any(),
        Load::Failed(e) => view! {
            <main class="load-error" role="alert">
                <h1>"The notes could not be shown"</h1>
                <p>{e.to_string()}</p>
                <p><a href="">"Try again"</a></p>
            </main>
        }
        .into_any(),
        Load::Ready(n) => view! { <Library notes=n/> }.into_any(),
    }
}

fn hide_boot() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        el.remove();
    }
}

/// Every conference and its sessions.
#[component]
fn Library(notes: Arc<Notes>) -> impl IntoView {
    let lib = &notes.library;
    let conferences = lib
        .conferences
        .iter()
        .map(|c| {
            let sessions = c
                .sessions
                .iter()
                .filter_map(|&i| lib.sessions.get(i))
                .map(|s| {
                    let speakers = s
                        .speakers
                        .iter()
                        .filter_map(|sp| {
                            let name = lib.speakers.get(sp.speaker)?.name.clone();
                            let org = sp.org.and_then(|o| lib.orgs.get(o)).map(|o| o.name.clone());
                            Some(match org {
                                Some(org) => format!("{name} ({org})"),
                                None => name,
                            })
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li class="session">
                            <h3>{s.title.clone()}</h3>
                            <p class="speakers">{speakers}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="conference">
                    <h2>{c.title.clone()}</h2>
                    <ul aria-label="Sessions">{sessions}</ul>
                </section>
            }
        })
        .collect_view();
    notes::mark("first-list-render");
    view! {
        <header class="masthead"><p class="brand">"confnotes"</p></header>
        <main>{conferences}</main>
    }
}
