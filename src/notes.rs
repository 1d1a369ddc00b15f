//! Loads the notes: fetches the bundle that `scripts/post-build.mjs` made
//! (its URL is in index.html's `<link id="notes-bundle">` preload), and
//! parses it with `confnotes-core`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use confnotes_core::{
    Index, Library, SourceFile,
    parse::{FileRead, LibraryBuilder},
};
use serde::Deserialize;
use serde_json::value::RawValue;
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

/// The bundle's outline: each file's JSON is only delimited here (no
/// string of it unescaped or copied), and decoded one by one after.
#[derive(Deserialize)]
struct Bundle<'a> {
    version: u32,
    #[serde(borrow)]
    files: Vec<&'a RawValue>,
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
/// The bytes are copied into wasm memory chunk by chunk, in slices (no
/// UTF-16 string in between, and no task that copies the whole bundle at
/// once: for an 11.7 MB bundle that was a 60 ms task).
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
    let reader = response.body().and_then(|b| {
        b.get_reader()
            .dyn_into::<web_sys::ReadableStreamDefaultReader>()
            .ok()
    });
    let Some(reader) = reader else {
        // No readable body (an old browser): the whole buffer at once.
        let buffer = JsFuture::from(response.array_buffer().map_err(js_error)?)
            .await
            .map_err(js_error)?;
        return Ok(js_sys::Uint8Array::new(&buffer).to_vec());
    };
    // The chunks stay in JS until the body has ended, so that the copy in
    // wasm memory is allocated once at its exact size (a growing buffer
    // would leave the wasm memory, which never shrinks, twice as big).
    let mut chunks = Vec::new();
    let mut total = 0usize;
    // A preloaded body is all there at once, its chunks come without a
    // pause: the reading and the copy pause themselves.
    let mut slices = Slices::new();
    loop {
        slices.tick().await;
        let result = JsFuture::from(reader.read()).await.map_err(js_error)?;
        let done = js_sys::Reflect::get(&result, &"done".into())
            .map(|d| d.as_bool().unwrap_or(true))
            .unwrap_or(true);
        if done {
            break;
        }
        let chunk: js_sys::Uint8Array = js_sys::Reflect::get(&result, &"value".into())
            .map_err(js_error)?
            .dyn_into()
            .map_err(js_error)?;
        total += chunk.length() as usize;
        chunks.push(chunk);
    }
    let mut bytes = Vec::with_capacity(total);
    for chunk in chunks {
        slices.tick().await;
        let start = bytes.len();
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
    Ok(bytes)
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
    // The copy into wasm memory, the decode and the parse's first slice
    // each get a task of their own (a big bundle's copy and decode took
    // 50-70 ms as one).
    yield_to_browser().await;
    let fetched = decode(&bytes).await;
    drop(bytes);
    mark("notes-decoded");
    yield_to_browser().await;
    fetched
}

/// Decodes a notes bundle (the JSON that `scripts/post-build.mjs` writes):
/// its outline first, then its files one by one, yielding to the browser
/// every ~30 ms (an 11 MB bundle decoded at once was a 15-50 ms task).
/// Outside a page it never yields (see [`now`]).
pub async fn decode(bytes: &[u8]) -> Result<Fetched, LoadError> {
    // (The outline's scan counts in the first slice.)
    let mut slices = Slices::new();
    let bundle: Bundle =
        serde_json::from_slice(bytes).map_err(|e| LoadError::Format(e.to_string()))?;
    if bundle.version != 1 {
        return Err(LoadError::Format(format!(
            "bundle version {} is not 1",
            bundle.version
        )));
    }
    let mut site = Vec::with_capacity(bundle.files.len());
    for (i, raw) in bundle.files.into_iter().enumerate() {
        slices.tick().await;
        let f: BundleFile = serde_json::from_str(raw.get())
            .map_err(|e| LoadError::Format(format!("file {} of the bundle: {e}", i + 1)))?;
        site.push(SourceFile {
            path: f.path,
            text: f.text,
        });
    }
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
    // Files are read smallest first, so that the first slices, which run
    // the parser's code before the browser has optimised it, get the least
    // work; each is merged in the bundle's order as soon as those before it
    // are read, so the Library is the one an in-order parse gives.
    let mut slices = Slices::new();
    let files: Vec<&SourceFile> = site.iter().chain(opened).collect();
    let total = files.len();
    let order = confnotes_core::order::sorted_indices(total, &|a, b| {
        files[a].text.len().cmp(&files[b].text.len())
    });
    let mut reads: Vec<Option<FileRead>> = files.iter().map(|_| None).collect();
    let mut merged = 0;
    for (done, &i) in order.iter().enumerate() {
        let f = files[i];
        if slices.full_for(f.text.len()) {
            if let Some(tell) = progress {
                tell(done, total);
            }
            slices.pause().await;
        }
        let started = now();
        reads[i] = Some(builder.read(f));
        while let Some(read) = reads.get_mut(merged).and_then(Option::take) {
            builder.merge(read);
            merged += 1;
        }
        slices.learn(f.text.len(), now() - started);
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
    // The page is drawn from the notes in a task of its own.
    yield_to_browser().await;
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

/// What a file is expected to cost before any has been timed, in ms per
/// byte: 2 MB/s. The first files run on code the browser has only just
/// compiled (baseline code, 3-5 times slower than later) and a 65 kB file
/// took 35-90 ms; steady parsing runs at 10-15 MB/s.
const FIRST_MS_PER_BYTE: f64 = 1.0 / 2_000.0;

/// Cuts work into slices of about [`CHUNK_MS`]. A file cannot be split, so
/// the next one is started only when its expected cost (its size at the
/// rate the last files ran) fits in what is left of the slice.
struct Slices {
    start: f64,
    ms_per_byte: f64,
}

impl Slices {
    fn new() -> Slices {
        Slices {
            start: now(),
            ms_per_byte: FIRST_MS_PER_BYTE,
        }
    }

    /// True when the current slice has run its time (the next `tick`
    /// yields).
    fn due(&self) -> bool {
        now() - self.start > CHUNK_MS
    }

    /// True when a file of `bytes` would overrun the current slice, which
    /// has already done some work.
    fn full_for(&self, bytes: usize) -> bool {
        let spent = now() - self.start;
        spent > 1.0 && spent + self.ms_per_byte * bytes as f64 > CHUNK_MS
    }

    /// Learns the rate from a file of `bytes` that took `ms` (files under
    /// 4 kB are mostly fixed costs and say little about it).
    fn learn(&mut self, bytes: usize, ms: f64) {
        if bytes >= 4096 && ms > 0.0 {
            self.ms_per_byte = (self.ms_per_byte + ms / bytes as f64) / 2.0;
        }
    }

    /// Yields to the browser and starts a new slice.
    async fn pause(&mut self) {
        yield_to_browser().await;
        self.start = now();
    }

    /// Yields to the browser when the current slice has run its time.
    async fn tick(&mut self) {
        if self.due() {
            self.pause().await;
        }
    }
}

/// The page's clock, in ms; 0 outside a page, where no slice ever runs out
/// and a parse never yields (the warm-up worker, `crate::warm`, relies on
/// it to run a parse in one poll).
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
