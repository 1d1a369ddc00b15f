//! The app shell: loads the notes, provides the shared state, lays out the
//! header, the filters and the main view.

use std::sync::Arc;

use confnotes_core::query::{UserFacts, evaluate};

use confnotes_core::{Query, Results};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{
    CheckerLink, DropOverlay, FilterChips, Filters, Header, KeyboardShortcuts, MainView,
    OpenedMessage, ShortcutsDialog,
};
use crate::notes::{self, LoadError, Notes};
use crate::unicode::BrowserUnicode;
use crate::url::Url;

/// Mounts the app into `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Mounts the app into `parent` (the browser tests do), for the life of the
/// page.
pub fn mount_to(parent: web_sys::HtmlElement) {
    leptos::mount::mount_to(parent, App).forget();
}

/// What every component may read: the notes, the URL's Query and the
/// Results derived from them. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The notes: the site's and those opened in this browser, parsed
    /// again when the reader opens or removes a file.
    pub notes: RwSignal<Arc<Notes>>,
    pub url: Url,
    /// The reader's data, as the query needs it.
    pub facts: Memo<Arc<UserFacts>>,
    pub results: Memo<Arc<Results>>,
    /// The folded search words (changes only when the words do, so
    /// highlights are not redrawn when a filter changes).
    pub terms: Memo<Vec<String>>,
}

impl Ctx {
    /// The Query of the address bar (reactive).
    pub fn query(&self) -> Query {
        self.url.query().get()
    }

    /// Runs `f` with the notes, without subscribing (the Shell redraws
    /// the views when the notes change).
    pub fn with_notes<T>(&self, f: impl FnOnce(&Notes) -> T) -> T {
        self.notes.with_untracked(|n| f(n))
    }
}

/// Reads the shared state.
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

#[derive(Clone)]
enum Load {
    Loading,
    Ready(RwSignal<Arc<Notes>>),
    Failed(LoadError),
}

/// The whole app: loads the notes, then shows them.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(Load::Loading);
    let opener = crate::components::Opener::new();
    provide_context(opener);
    spawn_local(async move {
        // The files opened in this browser, read before the notes are
        // parsed: they are parsed with them. When they cannot be read the
        // site's notes still show, and the reader is told.
        let opened = opener.load().await;
        // Until then the page shows what index.html holds: the first
        // sessions of the list (the build's first paint), or a line that
        // says the notes are loading.
        let notes::Fetched { site, assets } = match notes::fetch().await {
            Ok(f) => f,
            Err(e) => {
                state.set(Load::Failed(e));
                hide_boot();
                return;
            }
        };
        let images = opener.image_urls();
        let generation = opener.start_parse();
        // Many opened files: the page shows the first of them while the
        // rest are parsed.
        let first = (crate::components::worth_a_preview(&opened))
            .then(|| crate::components::preview_sources(&site, Vec::new(), &opened))
            .flatten();
        let Some(first) = first else {
            let n = notes::parse(site, &opened, assets, images, None).await;
            state.set(Load::Ready(RwSignal::new(Arc::new(n))));
            hide_boot();
            return;
        };
        let preview =
            notes::parse(site.clone(), &first, assets.clone(), images.clone(), None).await;
        let shown = RwSignal::new(Arc::new(preview));
        state.set(Load::Ready(shown));
        hide_boot();
        opener.busy.set(true);
        opener.tell_progress(0, site.len() + opened.len());
        let tell = move |done: usize, total: usize| opener.tell_progress(done, total);
        let n = notes::parse(site, &opened, assets, images, Some(&tell)).await;
        // (An opening started meanwhile parses again with all the files,
        // and says when it is done.)
        if opener.is_latest(generation) {
            opener.progress.set(None);
            opener.busy.set(false);
            shown.set(Arc::new(n));
        }
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
        Load::Ready(n) => view! { <Shell notes=n/> }.into_any(),
    }
}

/// Removes what index.html shows until the app is up (the build's first
/// paint, or the loading line).
fn hide_boot() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
}

/// The page once the notes are there.
#[component]
fn Shell(notes: RwSignal<Arc<Notes>>) -> impl IntoView {
    let url = Url::init();
    let mine = crate::mine::Mine::init();
    provide_context(mine);
    let facts = mine.facts();
    let query = url.query();
    let results = Memo::new(move |_| {
        let q = query.get();
        let f = facts.get();
        notes.with(|n| Arc::new(evaluate(&n.library, &n.index, &q, &f, &BrowserUnicode)))
    });
    let terms = Memo::new(move |_| results.with(|r| r.terms.clone()));
    let ctx = Ctx {
        notes,
        url,
        facts,
        results,
        terms,
    };
    provide_context(ctx);
    crate::theme::init();
    KeyboardShortcuts::install(ctx);
    crate::components::follow_in_note_anchors();
    Effect::new(move |_| {
        document().set_title(&crate::components::page_title(&ctx));
    });
    request_animation_frame(|| notes::mark("first-list-render"));
    // The filters' groups and the footer are drawn in a task after the
    // list: drawn with it, a big library's first drawing of the page was
    // one 50-110 ms task. Nothing on screen moves when they come: the
    // panel's width does not depend on its groups, and the footer, which
    // the groups would push down, comes with them.
    let later = RwSignal::new(false);
    set_timeout(move || later.set(true), std::time::Duration::ZERO);

    view! {
        <a class="skip-link" href="#main">"Skip to the sessions"</a>
        <Header/>
        <div class="layout">
            // Drawn again when the notes change (a file opened or removed).
            {move || {
                notes.track();
                view! { <Filters drawn=later.into()/> }
            }}
            <main id="main" tabindex="-1">
                <crate::mine::StorageWarnings/>
                <OpenedMessage/>
                <FilterChips/>
                {move || {
                    notes.track();
                    view! { <MainView/> }
                }}
            </main>
        </div>
        <DropOverlay/>
        {move || {
            later
                .get()
                .then(|| {
                    view! {
                        <footer class="site-footer">
                            {move || {
                                notes.track();
                                view! { <CheckerLink/> }
                            }}
                            <p>
                                "Made with confnotes. Your stars and notes stay in this browser. Press "
                                <kbd>"?"</kbd>
                                " for keyboard shortcuts."
                            </p>
                        </footer>
                    }
                })
        }}
        <ShortcutsDialog/>
        <crate::sw::UpdatePrompt/>
    }
}
