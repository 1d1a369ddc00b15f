//! Loads the notes: fetches the bundle that `scripts/post-build.mjs` made
//! (its URL is in index.html's `<link id="notes-bundle">` preload), and
//! parses it with `confnotes-core`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use confnotes_core::{Index, Library, SourceFile, parse::LibraryBuilder};
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::unicode::BrowserUnicode;

/// The parsed notes and what the app needs beside them.
pub struct Notes {
    pub library: Library,
    /// The search and facet index over `library`.
    pub index: Index,
    /// Paths of the images and other files shipped beside the notes (and
    /// of the images opened in this browser).
    pub assets: HashSet<String>,
    /// Images opened in this browser: their path (`opened/trip/a.jpg`) to
    /// the object URL that shows them (see `components::opener`).
    pub local_images: HashMap<String, String>,
    /// The site's own notes files, kept to parse again with the files the
    /// reader opens (`crate::opened`).
    pub site: Arc<Vec<SourceFile>>,
}

/// Why the notes could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The page has no notes bundle link (a build without the post-build hook).
    NoBundle,
    /// The fetch failed (offline before the first visit, server error).
    Fetch(String),
    /// The bundle is not what this build expects.
    Format(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NoBundle => write!(f, "This page was built without its notes bundle."),
            LoadError::Fetch(e) => write!(f, "The notes could not be loaded: {e}"),
            LoadError::Format(e) => write!(f, "The notes bundle is damaged: {e}"),
        }
    }
}

#[derive(Deserialize)]
struct Bundle {
    version: u32,
    files: Vec<BundleFile>,
    #[serde(default)]
    assets: Vec<String>,
}

#[derive(Deserialize)]
struct BundleFile {
    path: String,
    text: String,
}

fn js_error(e: wasm_bindgen::JsValue) -> LoadError {
    LoadError::Fetch(
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "network error".into()),
    )
}

/// Fetches the bundle's text.
/// The bytes arrive as an ArrayBuffer and are copied once into wasm memory:
/// no UTF-16 string in between.
async fn fetch_bundle() -> Result<Vec<u8>, LoadError> {
    let window = web_sys::window().ok_or(LoadError::NoBundle)?;
    let href = window
        .document()
        .and_then(|d| d.get_element_by_id("notes-bundle"))
        .and_then(|l| l.get_attribute("href"))
        .ok_or(LoadError::NoBundle)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&href))
        .await
        .map_err(js_error)?
        .dyn_into()
        .map_err(js_error)?;
    if !response.ok() {
        return Err(LoadError::Fetch(format!(
            "{href} answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The site's notes as fetched, before any parse.
pub struct Fetched {
    pub site: Arc<Vec<SourceFile>>,
    /// Paths of the images and other files shipped beside the notes.
    pub assets: HashSet<String>,
}

/// Fetches and decodes the site's notes. (While it runs, the page shows
/// the first sessions the build wrote into index.html:
/// `confnotes_core::first_paint`.)
pub async fn fetch() -> Result<Fetched, LoadError> {
    let bytes = fetch_bundle().await?;
    mark("notes-fetched");
    let bundle: Bundle =
        serde_json::from_slice(&bytes).map_err(|e| LoadError::Format(e.to_string()))?;
    drop(bytes);
    mark("notes-decoded");
    // The copy and the decode were this task's work: the parse starts its
    // slices in the next one, so no task holds both.
    yield_to_browser().await;
    if bundle.version != 1 {
        return Err(LoadError::Format(format!(
            "bundle version {} is not 1",
            bundle.version
        )));
    }
    let site: Vec<SourceFile> = bundle
        .files
        .into_iter()
        .map(|f| SourceFile {
            path: f.path,
            text: f.text,
        })
        .collect();
    Ok(Fetched {
        site: Arc::new(site),
        assets: bundle.assets.into_iter().collect(),
    })
}

/// How far a parse has come, told between slices: files read of all, then
/// (`done == total`) the linking and indexing.
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// Parses the site's files and the opened ones, links and indexes them,
/// in slices of about [`CHUNK_MS`], telling `progress` (if any) before each
/// pause.
pub async fn parse(
    site: Arc<Vec<SourceFile>>,
    opened: &[SourceFile],
    mut assets: HashSet<String>,
    local_images: HashMap<String, String>,
    progress: Option<Progress<'_>>,
) -> Notes {
    assets.extend(local_images.keys().cloned());
    let unicode = BrowserUnicode;
    let mut builder = LibraryBuilder::new(&unicode);
    // File by file, then link and index in bounded steps, yielding to the
    // browser every ~30 ms so a big corpus never blocks input or paint.
    let mut slices = Slices::new();
    let total = site.len() + opened.len();
    for (i, f) in site.iter().chain(opened).enumerate() {
        builder.add(f);
        if slices.due()
            && let Some(tell) = progress
        {
            tell(i + 1, total);
        }
        slices.tick().await;
    }
    if let Some(tell) = progress {
        tell(total, total);
    }
    let mut finishing = builder.finish_in_steps();
    while !finishing.step() {
        slices.tick().await;
    }
    let library = finishing.into_library();
    mark("notes-library");
    let mut indexing = Index::builder(&library, &unicode);
    while !indexing.step(&library) {
        slices.tick().await;
    }
    let index = indexing.finish(&library);
    mark("notes-parsed");
    Notes {
        library,
        index,
        assets,
        local_images,
        site,
    }
}

/// How long one slice of parsing may hold the main thread.
const CHUNK_MS: f64 = 30.0;

/// Cuts work into slices of about [`CHUNK_MS`].
struct Slices {
    start: f64,
}

impl Slices {
    fn new() -> Slices {
        Slices { start: now() }
    }

    /// True when the current slice has run its time (the next `tick`
    /// yields).
    fn due(&self) -> bool {
        now() - self.start > CHUNK_MS
    }

    /// Yields to the browser when the current slice has run its time.
    async fn tick(&mut self) {
        if self.due() {
            yield_to_browser().await;
            self.start = now();
        }
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Lets the browser run input handlers and paint: `scheduler.yield()` where
/// the browser has it, else a zero-delay timeout.
async fn yield_to_browser() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let scheduler = js_sys::Reflect::get(&window, &"scheduler".into()).ok();
    let via_scheduler = scheduler
        .as_ref()
        .and_then(|s| js_sys::Reflect::get(s, &"yield".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(scheduler.as_ref()?).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let promise = via_scheduler.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        })
    });
    let _ = JsFuture::from(promise).await;
}

/// Records a User Timing mark for the benchmarks (scripts/bench-browser.mjs):
/// `notes-fetched` (bundle text arrived), `notes-decoded` (JSON decoded),
/// `notes-library` (parsed), `notes-parsed` (indexed), `first-list-render`,
/// `opened-preview-parsed` (the first files of a big opening parsed).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
