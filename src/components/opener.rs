//! The reader's own notes: opening files (picker, folder, drop, paste),
//! the messages about them, the "Opened notes" page (`?view=opened`) and
//! the empty state of a site that ships no notes. The files are kept by
//! `crate::opened`; what is taken and the names are core's
//! (`confnotes_core::opened`).

use std::collections::HashMap;
use std::sync::Arc;

use confnotes_core::opened::{
    self as rules, MAX_FILE_BYTES, Refusal, clean_name, decode, human_size, is_image_name,
    is_notes_name, no_session_found, pasted_name, path_of, too_many,
};
use confnotes_core::query::View;
use confnotes_core::{Query, SourceFile, is_opened_path};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::QLink;
use crate::app::{Ctx, ctx};
use crate::opened::{self, OpenedFile, OpenedImage};
use crate::unicode::BrowserUnicode;

const ACCEPT: &str = ".md,.markdown,.txt,text/markdown,text/plain";
const FILES_INPUT: &str = "open-files-input";
const FOLDER_INPUT: &str = "open-folder-input";
const REPLACE_INPUT: &str = "replace-file-input";
const NO_NOTES_IN_FOLDER: &str =
    "That folder holds no .md, .markdown or .txt file: nothing was opened.";
/// Problems listed one by one in a message; the rest are counted.
const LISTED: usize = 20;
/// Files that gave no session, named one by one; the rest are counted.
const EMPTY_LISTED: usize = 5;

/// What the reader is told after opening or removing files.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// Something went wrong (some file refused, storage failed).
    pub error: bool,
    pub lines: Vec<String>,
}

impl Message {
    fn info(line: String) -> Message {
        Message {
            error: false,
            lines: vec![line],
        }
    }
    fn error(line: String) -> Message {
        Message {
            error: true,
            lines: vec![line],
        }
    }
}

/// The opened files and what to tell about them. Cheap to copy; provided
/// by the App.
#[derive(Clone, Copy)]
pub struct Opener {
    /// The files kept in this browser (texts included), by name.
    pub files: RwSignal<Vec<Arc<OpenedFile>>>,
    pub message: RwSignal<Option<Message>>,
    /// True while files are read, kept or parsed.
    pub busy: RwSignal<bool>,
    /// While busy with many files: what is being done, how many of how many.
    pub progress: RwSignal<Option<(&'static str, usize, usize)>>,
    /// The images kept beside the notes: name and size.
    pub images: RwSignal<Vec<(String, u64)>>,
    /// Their object URLs, by the parser's path (`opened/trip/a.jpg`).
    image_urls: StoredValue<HashMap<String, String>>,
    /// The file a Replace is for.
    replacing: StoredValue<Option<String>>,
    /// Counts the parses, so that only the latest one is shown.
    generation: StoredValue<u64>,
}

/// From this many files on, opening and parsing show their progress, and
/// an opening shows the sessions of its first files while it goes on.
const PROGRESS_FROM: usize = 100;
/// Files read at once.
const READ_BATCH: usize = 64;
/// A preview parses the notes already there a second time: only up to
/// this size (about 50 ms of parsing).
const PREVIEW_MAX_BYTES: usize = 512 * 1024;
/// How much of an opening a preview shows.
const PREVIEW_FIRST_BYTES: usize = 256 * 1024;

/// The files a preview parses: `kept` (opened before) with the first of
/// `new` (up to [`PREVIEW_FIRST_BYTES`]) in place of or beside them, to
/// parse with `site`; None when `site` and `kept` are too big to parse
/// twice.
pub fn preview_sources(
    site: &[SourceFile],
    mut kept: Vec<SourceFile>,
    new: &[SourceFile],
) -> Option<Vec<SourceFile>> {
    let bytes: usize = site.iter().chain(&kept).map(|f| f.text.len()).sum();
    if bytes > PREVIEW_MAX_BYTES {
        return None;
    }
    let mut taken = 0;
    for f in new {
        if taken > 0 && taken + f.text.len() > PREVIEW_FIRST_BYTES {
            break;
        }
        taken += f.text.len();
        kept.retain(|k| k.path != f.path);
        kept.push(f.clone());
    }
    Some(kept)
}

/// True when the opened files are big enough that a page loading them
/// shows the first of them before the rest are parsed.
pub fn worth_a_preview(opened: &[SourceFile]) -> bool {
    opened.iter().map(|f| f.text.len()).sum::<usize>() > 4 * PREVIEW_FIRST_BYTES
}

/// Reads the shared Opener.
pub fn opener() -> Opener {
    expect_context::<Opener>()
}

fn sources(files: &[Arc<OpenedFile>]) -> Vec<SourceFile> {
    files
        .iter()
        .map(|f| SourceFile {
            path: path_of(&f.name),
            text: f.text.clone(),
        })
        .collect()
}

/// `a.md`, `a.md and b.md`, `12 files`.
fn names_of(files: &[OpenedFile]) -> String {
    match files {
        [one] => one.name.clone(),
        [a, b] => format!("{} and {}", a.name, b.name),
        [a, b, c] => format!("{}, {} and {}", a.name, b.name, c.name),
        more => format!("{} files", more.len()),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Opener {
    pub fn new() -> Opener {
        Opener {
            files: RwSignal::new(Vec::new()),
            message: RwSignal::new(None),
            busy: RwSignal::new(false),
            progress: RwSignal::new(None),
            images: RwSignal::new(Vec::new()),
            image_urls: StoredValue::new(HashMap::new()),
            replacing: StoredValue::new(None),
            generation: StoredValue::new(0),
        }
    }

    /// The object URLs of the kept images, by the parser's path.
    pub fn image_urls(self) -> HashMap<String, String> {
        self.image_urls.get_value()
    }

    /// Makes an object URL for each image (the one made before for the
    /// same name is let go) and lists them.
    fn show_images(self, images: &[OpenedImage]) {
        self.image_urls.update_value(|urls| {
            for image in images {
                let Ok(url) = web_sys::Url::create_object_url_with_blob(&image.blob) else {
                    continue;
                };
                if let Some(old) = urls.insert(path_of(&image.name), url) {
                    let _ = web_sys::Url::revoke_object_url(&old);
                }
            }
        });
        self.images.update(|list| {
            for image in images {
                match list.binary_search_by(|(n, _)| n.as_str().cmp(&image.name)) {
                    Ok(i) => list[i].1 = image.size,
                    Err(i) => list.insert(i, (image.name.clone(), image.size)),
                }
            }
        });
    }

    /// Reads the kept files (and shows the kept images), for the first
    /// parse. When storage cannot be read, the reader is told and the
    /// site's notes show alone.
    pub async fn load(self) -> Vec<SourceFile> {
        match opened::list().await {
            Ok(files) => {
                // (Only when storage answered: a store that hangs is waited
                // for once, not twice.)
                if let Ok(images) = opened::list_images().await {
                    self.show_images(&images);
                }
                let files: Vec<Arc<OpenedFile>> = files.into_iter().map(Arc::new).collect();
                let out = sources(&files);
                self.files.set(files);
                out
            }
            Err(opened::StoreError::Unavailable(_)) => Vec::new(),
            Err(e) => {
                self.message.set(Some(Message::error(format!(
                    "The notes opened in this browser could not be read: {e}"
                ))));
                Vec::new()
            }
        }
    }

    /// Parses the notes again with the current files.
    async fn reparse(self, c: Ctx) {
        let generation = self.start_parse();
        let (site, assets) = c.with_notes(|n| (n.site.clone(), n.assets.clone()));
        let opened = self.files.with_untracked(|f| sources(f));
        // Only a parse of many files says how far it is (a few files take
        // less time than reading the message).
        let tell = move |done: usize, total: usize| self.tell_progress(done, total);
        let many = site.len() + opened.len() >= PROGRESS_FROM;
        let images = self.image_urls.get_value();
        let notes =
            crate::notes::parse(site, &opened, assets, images, many.then_some(&tell as _)).await;
        self.progress.set(None);
        if self.is_latest(generation) {
            c.notes.set(Arc::new(notes));
        }
    }

    /// Reads `picked` (name, file), checks and keeps them; `replace` names
    /// the file they replace (one file, which takes that name).
    pub async fn open(self, c: Ctx, picked: Vec<(String, web_sys::File)>, replace: Option<String>) {
        if picked.is_empty() {
            return;
        }
        if let Some(m) = too_many(picked.len()) {
            self.message.set(Some(Message::error(m)));
            return;
        }
        self.busy.set(true);
        // Many files get a progress bar instead.
        self.message.set((picked.len() < PROGRESS_FROM).then(|| {
            Message::info(format!(
                "Opening {}…",
                plural(picked.len(), "file", "files")
            ))
        }));
        let now = js_sys::Date::now();
        let mut accepted = Vec::new();
        let mut images = Vec::new();
        let mut problems = Vec::new();
        let total = picked.len();
        let many = total >= PROGRESS_FROM;
        let mut previewed = false;
        let mut done = 0;
        let mut picked = picked.into_iter();
        loop {
            // Read in batches, each batch's files at once: one wait on the
            // browser per batch rather than per file.
            let batch: Vec<(String, web_sys::File)> = picked.by_ref().take(READ_BATCH).collect();
            if batch.is_empty() {
                break;
            }
            if many {
                self.progress.set(Some(("Opening files", done, total)));
            }
            done += batch.len();
            let mut reading = Vec::new();
            for (name, file) in batch {
                let image = replace.is_none() && is_image_name(&name);
                let name = replace.clone().unwrap_or_else(|| clean_name(&name));
                let size = file.size() as u64;
                if size > MAX_FILE_BYTES {
                    problems.push(Refusal::TooLarge { name, bytes: size }.to_string());
                    continue;
                }
                if image {
                    // Kept as the browser's own Blob: never read here.
                    images.push(OpenedImage {
                        name,
                        blob: file.into(),
                        size,
                        opened: now,
                    });
                    continue;
                }
                reading.push((name, size, file));
            }
            let promises: js_sys::Array =
                reading.iter().map(|(_, _, f)| f.array_buffer()).collect();
            let settled = JsFuture::from(js_sys::Promise::all_settled(&promises))
                .await
                .ok()
                .and_then(|a| a.dyn_into::<js_sys::Array>().ok());
            for (i, (name, size, _)) in reading.into_iter().enumerate() {
                let buffer = settled
                    .as_ref()
                    .map(|a| a.get(i as u32))
                    .filter(|r| {
                        js_sys::Reflect::get(r, &"status".into())
                            .is_ok_and(|s| s.as_string().as_deref() == Some("fulfilled"))
                    })
                    .and_then(|r| js_sys::Reflect::get(&r, &"value".into()).ok())
                    .and_then(|v| v.dyn_into::<js_sys::ArrayBuffer>().ok());
                let Some(buffer) = buffer else {
                    problems.push(format!("{name} could not be read; it was not opened."));
                    continue;
                };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                match decode(&name, &bytes) {
                    Ok(text) => accepted.push(OpenedFile {
                        name,
                        text,
                        size,
                        opened: now,
                    }),
                    Err(r) => problems.push(r.to_string()),
                }
            }
            // A big opening shows the sessions of its first files while
            // the rest are read, kept and parsed.
            if many && !previewed && !accepted.is_empty() {
                previewed = self.preview(c, &accepted).await;
            }
        }
        self.progress.set(None);
        self.keep(c, accepted, images, problems, previewed).await;
    }

    /// Shows the notes with `first` (the first files of an opening) among
    /// them, before they are kept; false when that would take too long
    /// (the notes already there are too big to parse twice).
    async fn preview(self, c: Ctx, first: &[OpenedFile]) -> bool {
        let (site, assets) = c.with_notes(|n| (n.site.clone(), n.assets.clone()));
        let kept = self.files.with_untracked(|f| sources(f));
        let first: Vec<SourceFile> = first
            .iter()
            .map(|f| SourceFile {
                path: path_of(&f.name),
                text: f.text.clone(),
            })
            .collect();
        let Some(opened) = preview_sources(&site, kept, &first) else {
            return false;
        };
        let generation = self.start_parse();
        let images = self.image_urls.get_value();
        let notes = crate::notes::parse(site, &opened, assets, images, None).await;
        if !self.is_latest(generation) {
            return false;
        }
        crate::notes::mark("opened-preview-parsed");
        c.notes.set(Arc::new(notes));
        true
    }

    /// Numbers a parse of the notes: only the latest one is shown.
    pub fn start_parse(self) -> u64 {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        generation
    }

    /// True when no parse started after `generation`.
    pub fn is_latest(self, generation: u64) -> bool {
        self.generation.get_value() == generation
    }

    /// Tells how far a parse of many files is.
    pub fn tell_progress(self, done: usize, total: usize) {
        self.progress.set(Some(("Reading the notes", done, total)));
    }

    /// Keeps pasted Markdown as a new file named after its first heading.
    pub async fn paste(self, c: Ctx, text: String) {
        let name = pasted_name(&BrowserUnicode, &text);
        let file = OpenedFile {
            size: text.len() as u64,
            name,
            text,
            opened: js_sys::Date::now(),
        };
        self.keep(c, vec![file], Vec::new(), Vec::new(), false)
            .await;
    }

    /// Stores `accepted` in one transaction (and `images` in another),
    /// then parses and tells. `previewed`: `accepted` were shown before
    /// they were kept (they are taken away again if they cannot be).
    async fn keep(
        self,
        c: Ctx,
        accepted: Vec<OpenedFile>,
        images: Vec<OpenedImage>,
        mut problems: Vec<String>,
        previewed: bool,
    ) {
        // Images beside the notes: kept first, so the notes show them.
        let mut kept_images = 0;
        if !images.is_empty() {
            match opened::put_images(&images).await {
                Ok(()) => {
                    self.show_images(&images);
                    kept_images = images.len();
                }
                Err(e) => problems.push(format!(
                    "The images beside the notes ({}) were not kept: {e}",
                    plural(images.len(), "image", "images")
                )),
            }
        }
        if accepted.is_empty() && kept_images > 0 {
            self.busy.set(true);
            self.reparse(c).await;
            self.busy.set(false);
            let lines = vec![format!(
                "Kept {} beside your notes.",
                plural(kept_images, "image", "images")
            )];
            self.tell(lines, problems);
            return;
        }
        if accepted.is_empty() {
            self.busy.set(false);
            if problems.is_empty() {
                problems.push("No notes file was opened.".into());
            }
            self.tell(Vec::new(), problems);
            return;
        }
        self.busy.set(true);
        if let Err(e) = opened::put(&accepted).await {
            if previewed {
                // The notes without them (a parse as small as the
                // preview's: see `preview_sources`).
                self.reparse(c).await;
            }
            self.busy.set(false);
            problems.insert(0, e.to_string());
            self.tell(Vec::new(), problems);
            return;
        }
        self.files.update(|files| {
            // Kept in name order, a file of the same name replaced (no
            // sort: each one costs the wasm a few kB).
            for a in &accepted {
                let file = Arc::new(a.clone());
                match files.binary_search_by(|f| f.name.as_str().cmp(&a.name)) {
                    Ok(i) => files[i] = file,
                    Err(i) => files.insert(i, file),
                }
            }
        });
        self.reparse(c).await;
        self.busy.set(false);
        let (sessions, empty): (usize, Vec<String>) = c.with_notes(|n| {
            let mut sessions = 0;
            let mut empty = Vec::new();
            let paths: Vec<String> = accepted.iter().map(|f| path_of(&f.name)).collect();
            let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
            let found = rules::summaries(&n.library, &paths);
            for (f, s) in accepted.iter().zip(found) {
                sessions += s.sessions;
                if s.sessions == 0 {
                    empty.push(no_session_found(&f.name));
                }
            }
            (sessions, empty)
        });
        let mut lines = vec![format!(
            "Opened {} ({} found).",
            names_of(&accepted),
            plural(sessions, "session", "sessions")
        )];
        if kept_images > 0 {
            lines.push(format!(
                "Kept {} beside them, shown in the notes that link them.",
                plural(kept_images, "image", "images")
            ));
        }
        // A folder of files none of which reads as notes says so in a few
        // lines, not one per file.
        let more = empty.len().saturating_sub(EMPTY_LISTED);
        lines.extend(empty.into_iter().take(EMPTY_LISTED));
        if more > 0 {
            lines.push(format!(
                "…and {} with no session either.",
                plural(more, "file", "files")
            ));
        }
        self.tell(lines, problems);
    }

    fn tell(&self, mut lines: Vec<String>, problems: Vec<String>) {
        let error = !problems.is_empty();
        let more = problems.len().saturating_sub(LISTED);
        lines.extend(problems.into_iter().take(LISTED));
        if more > 0 {
            lines.push(format!("…and {} more.", plural(more, "file", "files")));
        }
        self.message.set(Some(Message { error, lines }));
    }

    /// Removes the files `names` (all of them when None).
    pub async fn remove(self, c: Ctx, names: Option<Vec<String>>) {
        self.busy.set(true);
        let result = match &names {
            Some(names) => opened::remove(names).await,
            None => opened::clear().await,
        };
        if let Err(e) = result {
            self.busy.set(false);
            self.message.set(Some(Message::error(e.to_string())));
            return;
        }
        self.files.update(|files| match &names {
            Some(names) => files.retain(|f| !names.contains(&f.name)),
            None => files.clear(),
        });
        if names.is_none() {
            // The images went with them.
            self.image_urls.update_value(|urls| {
                for (_, url) in urls.drain() {
                    let _ = web_sys::Url::revoke_object_url(&url);
                }
            });
            self.images.set(Vec::new());
        }
        self.reparse(c).await;
        self.busy.set(false);
        let said = match names.as_deref() {
            Some([one]) => format!("Removed {one} from this browser."),
            _ => "Removed every opened file from this browser.".into(),
        };
        self.message.set(Some(Message::info(said)));
    }
}

/// Clicks the hidden file input `id`.
fn click_input(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.click();
    }
}

/// Asks for a folder with the browser's folder picker (the File System
/// Access API), where it has one: its files are then read one by one,
/// without the long task in which the browser lists a whole folder for a
/// file input (0.3 s at 1,869 files). None elsewhere (the file input then),
/// and in a browser driven by automation (`navigator.webdriver`: Playwright,
/// WebDriver), where a native folder dialog cannot be answered but a file
/// input's can.
fn show_directory_picker() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let automated =
        js_sys::Reflect::get(&window.navigator(), &"webdriver".into()).is_ok_and(|w| w.is_truthy());
    if automated {
        return None;
    }
    js_sys::Reflect::get(&window, &"showDirectoryPicker".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(&window)
        .ok()?
        .dyn_into()
        .ok()
}

/// Opens the folder `picking` gives; a cancelled picker does nothing.
async fn open_picked_folder(o: Opener, c: Ctx, picking: js_sys::Promise) {
    let root = match JsFuture::from(picking).await {
        Ok(root) => root,
        Err(e) => {
            let abort = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "AbortError");
            if !abort {
                o.message.set(Some(Message::error(format!(
                    "The folder could not be opened: {}",
                    crate::storage::describe(&e)
                ))));
            }
            return;
        }
    };
    o.busy.set(true);
    let files = folder_handle_files(root).await;
    o.busy.set(false);
    match files {
        Ok(files) if files.is_empty() => o
            .message
            .set(Some(Message::error(NO_NOTES_IN_FOLDER.into()))),
        Ok(files) => o.open(c, files, None).await,
        Err(e) => o.message.set(Some(Message::error(format!(
            "The folder could not be read: {}",
            crate::storage::describe(&e)
        )))),
    }
}

fn field(v: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap_or_default()
}

/// Calls `v.method()`, which returns a promise, and waits for it.
async fn call_await(
    v: &wasm_bindgen::JsValue,
    method: &str,
) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    let promise = field(v, method)
        .dyn_into::<js_sys::Function>()?
        .call0(v)?
        .dyn_into::<js_sys::Promise>()?;
    JsFuture::from(promise).await
}

/// The notes files and images of a folder (a FileSystemDirectoryHandle)
/// and its sub-folders, each by its path from the folder's parent (as a
/// file input names them); stops past [`rules::MAX_FILES`].
async fn folder_handle_files(
    root: wasm_bindgen::JsValue,
) -> Result<Vec<(String, web_sys::File)>, wasm_bindgen::JsValue> {
    let mut stack = vec![(field(&root, "name").as_string().unwrap_or_default(), root)];
    let mut handles = Vec::new();
    'folders: while let Some((folder, dir)) = stack.pop() {
        let entries = field(&dir, "values")
            .dyn_into::<js_sys::Function>()?
            .call0(&dir)?;
        loop {
            let step = call_await(&entries, "next").await?;
            if field(&step, "done").is_truthy() {
                break;
            }
            let handle = field(&step, "value");
            let name = field(&handle, "name").as_string().unwrap_or_default();
            let path = format!("{folder}/{name}");
            match field(&handle, "kind").as_string().as_deref() {
                Some("directory") => stack.push((path, handle)),
                Some("file") if is_notes_name(&path) || is_image_name(&path) => {
                    handles.push((path, handle));
                    if handles.len() > rules::MAX_FILES {
                        break 'folders;
                    }
                }
                _ => {}
            }
        }
    }
    let mut files = Vec::with_capacity(handles.len());
    for batch in handles.chunks(READ_BATCH) {
        let getting = js_sys::Array::new();
        for (_, handle) in batch {
            getting.push(
                &field(handle, "getFile")
                    .dyn_into::<js_sys::Function>()?
                    .call0(handle)?,
            );
        }
        let got = js_sys::Array::from(&JsFuture::from(js_sys::Promise::all(&getting)).await?);
        for ((path, _), file) in batch.iter().zip(got.iter()) {
            files.push((path.clone(), file.dyn_into::<web_sys::File>()?));
        }
    }
    Ok(files)
}

/// The files of an input, with their names (a folder's files by their
/// path in it, only notes files and images).
fn picked_files(input: &web_sys::HtmlInputElement, folder: bool) -> Vec<(String, web_sys::File)> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|f| {
            if folder {
                let path = js_sys::Reflect::get(&f, &"webkitRelativePath".into())
                    .ok()
                    .and_then(|p| p.as_string())
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| f.name());
                (is_notes_name(&path) || is_image_name(&path)).then_some((path, f))
            } else {
                Some((f.name(), f))
            }
        })
        .collect()
}

/// The button that opens the file picker.
#[component]
pub fn OpenNotesButton(#[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    view! {
        <PickerButton
            input=FILES_INPUT
            class="button open-notes picker"
            title="Open your own Markdown notes: they stay in this browser"
            label=label.unwrap_or("Open notes")
        />
    }
}

/// The button that opens the folder picker.
#[component]
pub fn OpenFolderButton() -> impl IntoView {
    view! { <PickerButton input=FOLDER_INPUT class="button picker" title="" label="Open folder"/> }
}

/// A button that clicks one of the hidden file inputs (off while opening).
/// For a folder, the browser's own folder picker where it has one.
#[component]
fn PickerButton(
    input: &'static str,
    class: &'static str,
    title: &'static str,
    label: &'static str,
) -> impl IntoView {
    let o = opener();
    let on_click = move |_| {
        if input == FOLDER_INPUT
            && let Some(picking) = show_directory_picker()
        {
            spawn_local(open_picked_folder(o, ctx(), picking));
        } else {
            click_input(input);
        }
    };
    view! {
        <button
            type="button"
            class=class
            disabled=move || o.busy.get()
            title=(!title.is_empty()).then_some(title)
            on:click=on_click
        >
            {label}
        </button>
    }
}

/// The link to the Opened notes page, when any file is opened.
#[component]
pub fn OpenedLink() -> impl IntoView {
    let o = opener();
    move || {
        let n = o.files.with(Vec::len);
        (n > 0).then(|| {
            let to = Query::default().with_view(Some(View::Opened));
            view! { <QLink to=to class="button">{format!("Opened notes ({n})")}</QLink> }
        })
    }
}

/// The reader's message about opened files.
#[component]
pub fn OpenedMessage() -> impl IntoView {
    let o = opener();
    let progress = move || {
        o.progress.get().map(|(what, done, total)| {
            let text = format!("{what}: {done} of {total} files…");
            view! {
                <div class="notice opened-progress" role="status">
                    <p>{text.clone()}</p>
                    <progress max=total value=done aria-label=text></progress>
                </div>
            }
        })
    };
    let message = move || {
        o.message.get().map(|m| {
            let role = if m.error { "alert" } else { "status" };
            let class = if m.error {
                "notice opened-message error"
            } else {
                "notice opened-message"
            };
            view! {
                <div class=class role=role>
                    {m.lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                    <button type="button" class="button" on:click=move |_| o.message.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    };
    view! { {progress} {message} }
}

fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el
                    .closest("[contenteditable]:not([contenteditable=false])")
                    .ok()
                    .flatten()
                    .is_some()
        })
}

fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
}

/// The hidden file inputs, the drop target shown while files are dragged
/// over the page, and the paste of Markdown outside any text field.
#[component]
pub fn DropOverlay() -> impl IntoView {
    let c = ctx();
    let o = opener();
    let depth = StoredValue::new(0i32);
    let shown = RwSignal::new(false);
    let handles = [
        window_event_listener(leptos::ev::dragenter, move |ev| {
            if carries_files(&ev) {
                ev.prevent_default();
                depth.update_value(|d| *d += 1);
                shown.set(true);
            }
        }),
        window_event_listener(leptos::ev::dragover, move |ev| {
            if carries_files(&ev) {
                ev.prevent_default();
                if let Some(dt) = ev.data_transfer() {
                    dt.set_drop_effect("copy");
                }
            }
        }),
        window_event_listener(leptos::ev::dragleave, move |_| {
            depth.update_value(|d| *d -= 1);
            if depth.get_value() <= 0 {
                depth.set_value(0);
                shown.set(false);
            }
        }),
        window_event_listener(leptos::ev::drop, move |ev| {
            depth.set_value(0);
            shown.set(false);
            if !carries_files(&ev) {
                return;
            }
            ev.prevent_default();
            let Some(dt) = ev.data_transfer() else {
                return;
            };
            // The drop's data can be read only while the event is handled:
            // its entries and files are taken now, the folders read after.
            let (entries, files) = dropped(&dt);
            spawn_local(async move {
                let files = if entries.iter().any(|e| e.is_directory()) {
                    folder_files(entries).await
                } else {
                    files
                };
                o.open(c, files, None).await;
            });
        }),
    ];
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        if ev.default_prevented() || in_text_field(ev.target()) {
            return;
        }
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .filter(|t| !t.trim().is_empty())
        else {
            return;
        };
        ev.prevent_default();
        spawn_local(o.paste(c, text));
    });
    // The Shell lives as long as the page.
    std::mem::forget(handles);
    std::mem::forget(paste);

    let on_files = move |ev: leptos::ev::Event, folder: bool| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = picked_files(&input, folder);
        input.set_value("");
        if folder && files.is_empty() {
            o.message
                .set(Some(Message::error(NO_NOTES_IN_FOLDER.into())));
            return;
        }
        let replace = if folder {
            None
        } else {
            o.replacing.get_value()
        };
        o.replacing.set_value(None);
        spawn_local(o.open(c, files, replace));
    };
    // `webkitdirectory` makes it a folder picker (no typed attribute).
    let folder = NodeRef::<leptos::html::Input>::new();
    folder.on_load(|el| {
        let _ = el.set_attribute("webkitdirectory", "");
    });
    view! {
        <div class="file-inputs" hidden>
            <input
                id=FILES_INPUT
                type="file"
                multiple
                accept=ACCEPT
                tabindex="-1"
                aria-hidden="true"
                on:change=move |ev| {
                    o.replacing.set_value(None);
                    on_files(ev, false)
                }
            />
            <input
                id=REPLACE_INPUT
                type="file"
                accept=ACCEPT
                tabindex="-1"
                aria-hidden="true"
                on:change=move |ev| on_files(ev, false)
            />
            <input
                id=FOLDER_INPUT
                type="file"
                multiple
                node_ref=folder
                tabindex="-1"
                aria-hidden="true"
                on:change=move |ev| on_files(ev, true)
            />
        </div>
        <div class="drop-overlay" class:shown=move || shown.get() aria-hidden="true">
            <p>"Drop your notes to open them here"</p>
            <p class="drop-sub">".md, .markdown or .txt files, or a folder. They stay in this browser."</p>
        </div>
    }
}

/// What was dropped: its entries (to read folders) and its files.
type Dropped = (Vec<web_sys::FileSystemEntry>, Vec<(String, web_sys::File)>);

/// The entries and files of a drop, read while its event is handled.
fn dropped(dt: &web_sys::DataTransfer) -> Dropped {
    let items = dt.items();
    let entries = (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect();
    let files = dt
        .files()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.get(i))
                .map(|f| (f.name(), f))
                .collect()
        })
        .unwrap_or_default();
    (entries, files)
}

/// The notes files and images of dropped folders (and files), by their path in
/// them, sub-folders included.
async fn folder_files(entries: Vec<web_sys::FileSystemEntry>) -> Vec<(String, web_sys::File)> {
    let mut out = Vec::new();
    let mut stack = entries;
    while let Some(entry) = stack.pop() {
        if entry.is_directory() {
            if let Ok(dir) = entry.dyn_into::<web_sys::FileSystemDirectoryEntry>() {
                stack.extend(read_directory(&dir).await);
            }
        } else if let Ok(file_entry) = entry.dyn_into::<web_sys::FileSystemFileEntry>() {
            let path = file_entry.full_path();
            let path = path.trim_start_matches('/').to_string();
            if (is_notes_name(&path) || is_image_name(&path))
                && let Some(file) = entry_file(&file_entry).await
            {
                out.push((path, file));
            }
        }
        if out.len() > rules::MAX_FILES {
            break;
        }
    }
    out
}

/// Every entry of a dropped folder (readEntries gives them in batches).
async fn read_directory(dir: &web_sys::FileSystemDirectoryEntry) -> Vec<web_sys::FileSystemEntry> {
    let reader = dir.create_reader();
    let mut all = Vec::new();
    loop {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let ok =
                wasm_bindgen::closure::Closure::once_into_js(move |v: wasm_bindgen::JsValue| {
                    let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &v);
                });
            let err =
                wasm_bindgen::closure::Closure::once_into_js(move |v: wasm_bindgen::JsValue| {
                    let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &v);
                });
            let _ = reader
                .read_entries_with_callback_and_callback(ok.unchecked_ref(), err.unchecked_ref());
        });
        let Ok(batch) = JsFuture::from(promise).await else {
            break;
        };
        let batch = js_sys::Array::from(&batch);
        if batch.length() == 0 {
            break;
        }
        all.extend(
            batch
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::FileSystemEntry>().ok()),
        );
        if all.len() > rules::MAX_FILES {
            break;
        }
    }
    all
}

async fn entry_file(entry: &web_sys::FileSystemFileEntry) -> Option<web_sys::File> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = wasm_bindgen::closure::Closure::once_into_js(move |v: wasm_bindgen::JsValue| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &v);
        });
        let err = wasm_bindgen::closure::Closure::once_into_js(move |v: wasm_bindgen::JsValue| {
            let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &v);
        });
        entry.file_with_callback_and_callback(ok.unchecked_ref(), err.unchecked_ref());
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// True when the current view shows a session opened in this browser (the
/// open session, or any of the list's).
pub fn view_involves_opened(c: &Ctx) -> bool {
    c.results.with_untracked(|r| {
        c.with_notes(|n| {
            let opened = |i: &usize| {
                n.library
                    .sessions
                    .get(*i)
                    .is_some_and(|s| is_opened_path(&s.file))
            };
            match r.session {
                Some(i) => opened(&i),
                None => r.sessions.iter().any(opened),
            }
        })
    })
}

/// True when there is nothing to read: the site ships no notes and none
/// are opened.
pub fn nothing_to_read(c: &Ctx) -> bool {
    c.with_notes(|n| n.site.is_empty() && n.library.sessions.is_empty())
        && opener().files.with_untracked(Vec::is_empty)
}

/// The empty state of a site that ships no notes.
#[component]
pub fn Welcome() -> impl IntoView {
    view! {
        <section class="welcome" aria-labelledby="view-title">
            <div class="view-head">
                <h1 id="view-title" tabindex="-1">"Open your notes"</h1>
            </div>
            <p>
                "Read, filter and search your own Markdown conference notes here: open the files, or a whole folder. "
                "They are read in this browser and kept in it, never uploaded."
            </p>
            <p class="welcome-actions">
                <OpenNotesButton label="Open notes files"/>
                " "
                <OpenFolderButton/>
            </p>
            <p class="welcome-hint">"You can also drop files or a folder anywhere on this page, or paste Markdown text."</p>
        </section>
    }
}

/// When the file was opened, in the reader's locale.
fn when(ms: f64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms))
        .to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// The "Opened notes" page: each file opened in this browser, with what
/// it gave, Remove and Replace; Remove all.
#[component]
pub fn OpenedView() -> impl IntoView {
    let c = ctx();
    let o = opener();
    let confirming = RwSignal::new(false);
    super::focus_heading_after_render("view-title");
    let rows = move || {
        let files = o.files.get();
        let paths: Vec<String> = files.iter().map(|f| path_of(&f.name)).collect();
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        let found = c.with_notes(|n| rules::summaries(&n.library, &paths));
        files
            .into_iter()
            .zip(found)
            .map(|(f, s)| {
                let name = f.name.clone();
                let remove_name = name.clone();
                let replace_name = name.clone();
                let found = if s.sessions == 0 {
                    "no session found".to_string()
                } else {
                    plural(s.sessions, "session", "sessions")
                };
                let remarks = plural(s.remarks, "checker remark", "checker remarks");
                let remarks = if s.remarks > 0 {
                    let to = Query::default().with_view(Some(View::Check));
                    view! { <QLink to=to>{remarks}</QLink> }.into_any()
                } else {
                    remarks.into_any()
                };
                view! {
                    <li class="opened-file">
                        <h2><code>{name.clone()}</code></h2>
                        <p class="opened-facts">
                            {human_size(f.size)} " · " {found} " · opened " {when(f.opened)} " · " {remarks}
                        </p>
                        <p class="opened-actions">
                            <button
                                type="button"
                                class="button"
                                aria-label=format!("Replace {name}")
                                disabled=move || o.busy.get()
                                on:click=move |_| {
                                    o.replacing.set_value(Some(replace_name.clone()));
                                    click_input(REPLACE_INPUT);
                                }
                            >
                                "Replace"
                            </button>
                            " "
                            <button
                                type="button"
                                class="button"
                                aria-label=format!("Remove {name}")
                                disabled=move || o.busy.get()
                                on:click=move |_| spawn_local(o.remove(c, Some(vec![remove_name.clone()])))
                            >
                                "Remove"
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="opened-page" aria-labelledby="view-title">
            <super::PageHead kicker="In this browser" title="Opened notes"/>
            <p>
                "These files were opened in this browser and are kept in it (IndexedDB), never uploaded. "
                "Other browsers, and people you send a link to, do not have them. "
                "Opening a file with the same name again replaces it; your stars and notes on its sessions stay."
            </p>
            {move || {
                if o.files.with(Vec::is_empty) {
                    view! {
                        <p>"No notes are opened in this browser."</p>
                        <p><OpenNotesButton/> " " <OpenFolderButton/></p>
                    }
                        .into_any()
                } else {
                    let n = o.files.with(Vec::len);
                    view! {
                        <ul class="opened-files" aria-label="Opened files">{rows}</ul>
                        <p class="opened-all">
                            {move || {
                                if confirming.get() {
                                    view! {
                                        <span role="alert">
                                            {format!("Remove all {} from this browser? ", plural(n, "opened file", "opened files"))}
                                        </span>
                                        <button
                                            type="button"
                                            class="button danger"
                                            on:click=move |_| {
                                                confirming.set(false);
                                                spawn_local(o.remove(c, None));
                                            }
                                        >
                                            "Yes, remove all"
                                        </button>
                                        " "
                                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                                            "Cancel"
                                        </button>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <button type="button" class="button" on:click=move |_| confirming.set(true)>
                                            "Remove all"
                                        </button>
                                    }
                                        .into_any()
                                }
                            }}
                        </p>
                    }
                        .into_any()
                }
            }}
            {move || {
                let images = o.images.get();
                (!images.is_empty()).then(|| {
                    let bytes: u64 = images.iter().map(|(_, size)| size).sum();
                    let said = format!(
                        "Also kept: {} ({}) opened beside the notes, shown where the notes link them.",
                        plural(images.len(), "image", "images"),
                        human_size(bytes)
                    );
                    view! {
                        <p class="opened-images">
                            {said}
                            {move || o.files.with(Vec::is_empty).then(|| view! {
                                " "
                                <button
                                    type="button"
                                    class="button"
                                    disabled=move || o.busy.get()
                                    on:click=move |_| spawn_local(o.remove(c, None))
                                >
                                    "Remove the images"
                                </button>
                            })}
                        </p>
                    }
                })
            }}
            <p><QLink to=Query::default()>"Back to the sessions"</QLink></p>
        </section>
    }
}
