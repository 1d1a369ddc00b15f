//! The localStorage adapter: the one place the reader's data is read and
//! written (docs/DESIGN.md, "User data"). The document format, merging and the
//! trip report live in `confnotes_core::userdata`; this module adds the
//! browser's storage and its failure modes.
//!
//! Rules, each tested in tests/storage_browser.rs:
//! - It never writes before it has read.
//! - A stored document it cannot read (not JSON, damaged, not ours) is
//!   copied aside under its own key, byte for byte, before anything else
//!   is written; the reader is told and can download it.
//! - A document of a newer format is left untouched and the adapter turns
//!   read-only: saving would lose what the newer version wrote.
//! - Storage unavailable (blocked, private mode, `SecurityError`): the app
//!   works, in memory, and says nothing will be kept.
//! - Quota exceeded: the save fails with [`SaveError::Quota`]; the caller
//!   keeps the unsaved text on screen; what was saved stays.
//! - Every save re-reads storage and merges (core's `merge`), so a save
//!   never overwrites a newer change made in another tab; the `storage`
//!   event brings the other tab's changes in.

use std::fmt;

use confnotes_core::userdata::{self, DecodeError, ImportOutcome, STORAGE_KEY, UserData};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// Where the reader's data lives: localStorage, or anything that behaves
/// like it (tests use a failing one).
pub trait Backend {
    /// The value under `key`.
    fn get(&self, key: &str) -> Result<Option<String>, JsValue>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), JsValue>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, JsValue>;
}

/// The page's localStorage, reached through gloo-storage.
///
/// gloo's typed `get`/`set` are not used for the document: they would
/// JSON-encode it a second time, and the adapter's rules need the stored
/// text as it is (a document it cannot read is kept aside byte for byte)
/// and the browser's own exception (to tell a full quota from the rest).
/// So the text goes through gloo's `raw()` storage, and keys and deletes
/// through its own calls.
#[derive(Debug, Clone, Copy)]
pub struct Local;

impl Backend for Local {
    fn get(&self, key: &str) -> Result<Option<String>, JsValue> {
        LocalStorage::raw().get_item(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue> {
        LocalStorage::raw().set_item(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), JsValue> {
        LocalStorage::delete(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, JsValue> {
        let raw = LocalStorage::raw();
        Ok((0..LocalStorage::length())
            .filter_map(|i| raw.key(i).ok().flatten())
            .collect())
    }
}

/// The page's localStorage, if the browser lets us use it. Reaching it can
/// throw (`SecurityError` when storage is blocked), and gloo-storage then
/// panics, so the first look goes through web-sys, every step checked; a
/// write probe catches browsers that expose a storage with no room (old
/// Safari private mode). After that, [`Local`] is safe to use.
pub fn local_storage() -> Result<Local, String> {
    let window = web_sys::window().ok_or("no window")?;
    let storage = match window.local_storage() {
        Ok(Some(s)) => s,
        Ok(None) => return Err("this browser has no localStorage".into()),
        Err(e) => return Err(describe(&e)),
    };
    let probe = "confnotes.probe";
    storage.set_item(probe, "1").map_err(|e| describe(&e))?;
    let _ = storage.remove_item(probe);
    Ok(Local)
}

/// A short description of a JS exception.
pub fn describe(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

/// True when `e` says storage is full: `QuotaExceededError` (code 22), or
/// Firefox's `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
pub fn is_quota_error(e: &JsValue) -> bool {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return matches!(
            ex.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        ) || matches!(ex.code(), 22 | 1014);
    }
    let text = describe(e);
    text.contains("QuotaExceeded") || text.contains("NS_ERROR_DOM_QUOTA_REACHED")
}

/// Something the reader must know about their stored data. Shown in an
/// element with `role="alert"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Storage cannot be used; nothing will be kept after this page closes.
    Unavailable(String),
    /// The stored document could not be read; its text was kept aside.
    KeptAside {
        /// The key its text was copied to.
        key: String,
        /// Why it could not be read.
        error: DecodeError,
        /// The text, for the reader to download.
        text: String,
    },
    /// The stored document could not be read, and copying it aside failed
    /// too: the adapter is read-only so as not to overwrite it.
    Unreadable { error: DecodeError, text: String },
    /// The stored document is of a newer format: it stays where it is,
    /// untouched, and the adapter is read-only; the text is offered for
    /// download.
    Newer { error: DecodeError, text: String },
    /// The last save failed because storage is full.
    Quota,
}

/// How a warning about an unreadable stored document begins; the
/// [`DecodeError`](confnotes_core::userdata::DecodeError) says why next.
const UNREADABLE: &str = "The notes saved in this browser could not be read.";

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Unavailable(why) => write!(
                f,
                "This browser does not let confnotes store data ({why}). Stars and notes work \
                 until you close the page, but will not be kept. Export them before you leave."
            ),
            Warning::KeptAside { key, error, .. } => write!(
                f,
                "{UNREADABLE} {error} Nothing was lost: the saved data was kept, unchanged, \
                 under localStorage key \"{key}\". Download it to keep a copy; confnotes started \
                 afresh beside it."
            ),
            Warning::Unreadable { error, .. } => write!(
                f,
                "{UNREADABLE} {error} They could not be \
                 copied aside either, so confnotes will not save anything over them. Download \
                 them, then clear them to start afresh."
            ),
            Warning::Newer { error, .. } => write!(
                f,
                "{UNREADABLE} {error} Until then, your \
                 changes here are not saved, so that nothing the newer version wrote is lost."
            ),
            Warning::Quota => write!(
                f,
                "Your browser's storage for this site is full, so the last change was not \
                 saved. Your text is still on screen: copy it, or export your notes and free \
                 some space."
            ),
        }
    }
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No storage: the change lives in memory only.
    Unavailable,
    /// Read-only because of an unreadable or newer document.
    ReadOnly,
    /// Storage is full.
    Quota,
    /// Another failure, with its description.
    Other(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Unavailable => write!(
                f,
                "Not saved: this browser does not let confnotes store data"
            ),
            SaveError::ReadOnly => write!(f, "Not saved: see the warning at the top of the page"),
            SaveError::Quota => write!(f, "Not saved: storage is full. Your text is still here"),
            SaveError::Other(e) => write!(f, "Not saved: {e}"),
        }
    }
}

/// The reader's data and where it is kept.
pub struct Store<B: Backend> {
    backend: Option<B>,
    data: UserData,
    read_only: bool,
    warnings: Vec<Warning>,
}

/// What `load` found.
enum Found {
    Nothing,
    Data(UserData),
    Bad(String, DecodeError),
}

fn load_from<B: Backend>(backend: &B) -> Result<Found, JsValue> {
    Ok(match backend.get(STORAGE_KEY)? {
        None => Found::Nothing,
        Some(text) => match userdata::decode(&text) {
            Ok(d) => Found::Data(d),
            Err(e) => Found::Bad(text, e),
        },
    })
}

impl<B: Backend> Store<B> {
    /// Reads the stored document (nothing is written before this).
    /// `backend` is `Err` with a reason when storage is unavailable; `now`
    /// names the key a kept-aside document goes to.
    pub fn open(backend: Result<B, String>, now: u64) -> Store<B> {
        let backend = match backend {
            Ok(b) => b,
            Err(why) => {
                return Store {
                    backend: None,
                    data: UserData::default(),
                    read_only: false,
                    warnings: vec![Warning::Unavailable(why)],
                };
            }
        };
        let mut store = Store {
            backend: None,
            data: UserData::default(),
            read_only: false,
            warnings: Vec::new(),
        };
        match load_from(&backend) {
            Err(e) => store.warnings.push(Warning::Unavailable(describe(&e))),
            Ok(Found::Nothing) => store.backend = Some(backend),
            Ok(Found::Data(d)) => {
                store.data = d;
                store.backend = Some(backend);
            }
            Ok(Found::Bad(text, error @ DecodeError::NewerVersion(_))) => {
                store.read_only = true;
                store.warnings.push(Warning::Newer { error, text });
                store.backend = Some(backend);
            }
            Ok(Found::Bad(text, error)) => {
                if keep_aside(&backend, &text, now).is_none() {
                    store.read_only = true;
                    store.warnings.push(Warning::Unreadable { error, text });
                }
                store.backend = Some(backend);
            }
        }
        store.collect_kept_aside();
        store
    }

    /// A warning for every document kept aside, this time or before, until
    /// the reader deletes it.
    fn collect_kept_aside(&mut self) {
        let Some(backend) = &self.backend else { return };
        let prefix = format!("{STORAGE_KEY}{ASIDE}");
        let mut keys: Vec<String> = backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .collect();
        confnotes_core::order::sort_by(&mut keys, &|a, b| a.cmp(b));
        for key in keys {
            if let Ok(Some(text)) = backend.get(&key) {
                let error = userdata::decode(&text)
                    .err()
                    .unwrap_or(DecodeError::Foreign);
                push_unique(&mut self.warnings, Warning::KeptAside { key, error, text });
            }
        }
    }

    /// Deletes a kept-aside document, at the reader's request (after they
    /// downloaded it, or decided they do not need it).
    pub fn delete_kept_aside(&mut self, key: &str) {
        let prefix = format!("{STORAGE_KEY}{ASIDE}");
        if let (Some(backend), true) = (&self.backend, key.starts_with(&prefix)) {
            let _ = backend.remove(key);
        }
        self.warnings
            .retain(|w| !matches!(w, Warning::KeptAside { key: k, .. } if k == key));
    }

    /// The reader's data as last read or saved.
    pub fn data(&self) -> &UserData {
        &self.data
    }

    /// What the reader should be told.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// True when changes are kept in storage (not in memory only, not
    /// read-only).
    pub fn persists(&self) -> bool {
        self.backend.is_some() && !self.read_only
    }

    /// Applies `change` and saves: re-reads storage, merges, writes. On
    /// failure the change still applies in memory (the reader keeps seeing
    /// it) and the error says why it was not kept.
    pub fn update(
        &mut self,
        now: u64,
        change: impl FnOnce(&mut UserData),
    ) -> Result<(), SaveError> {
        let mut mine = self.data.clone();
        change(&mut mine);
        self.data = mine;
        self.save(now)
    }

    /// Merges in what storage holds now (another tab's save) and writes the
    /// result back.
    fn save(&mut self, now: u64) -> Result<(), SaveError> {
        if self.read_only {
            return Err(SaveError::ReadOnly);
        }
        let Some(backend) = &self.backend else {
            return Err(SaveError::Unavailable);
        };
        match load_from(backend) {
            Ok(Found::Data(stored)) => self.data = userdata::merge(&stored, &self.data),
            Ok(Found::Nothing) => {}
            Ok(Found::Bad(text, error @ DecodeError::NewerVersion(_))) => {
                // A newer version saved meanwhile, in another tab.
                self.read_only = true;
                push_unique(&mut self.warnings, Warning::Newer { error, text });
                return Err(SaveError::ReadOnly);
            }
            Ok(Found::Bad(text, error)) => {
                // Another tab, or something else, wrote what we cannot read.
                let Some(key) = keep_aside(backend, &text, now) else {
                    self.read_only = true;
                    push_unique(&mut self.warnings, Warning::Unreadable { error, text });
                    return Err(SaveError::ReadOnly);
                };
                push_unique(&mut self.warnings, Warning::KeptAside { key, error, text });
            }
            Err(e) => return Err(SaveError::Other(describe(&e))),
        }
        match backend.set(STORAGE_KEY, &userdata::encode(&self.data)) {
            Ok(()) => {
                self.warnings.retain(|w| *w != Warning::Quota);
                Ok(())
            }
            Err(e) if is_quota_error(&e) => {
                push_unique(&mut self.warnings, Warning::Quota);
                Err(SaveError::Quota)
            }
            Err(e) => Err(SaveError::Other(describe(&e))),
        }
    }

    /// Takes in another tab's save (the `storage` event): merges what
    /// storage holds into memory. Returns true when the data changed.
    pub fn refresh(&mut self, now: u64) -> bool {
        let Some(backend) = &self.backend else {
            return false;
        };
        match load_from(backend) {
            Ok(Found::Data(stored)) => {
                let merged = userdata::merge(&self.data, &stored);
                let changed = merged != self.data;
                self.data = merged;
                changed
            }
            Ok(Found::Bad(text, error @ DecodeError::NewerVersion(_))) => {
                self.read_only = true;
                push_unique(&mut self.warnings, Warning::Newer { error, text });
                false
            }
            Ok(Found::Bad(text, error)) => {
                if let Some(key) = keep_aside(backend, &text, now) {
                    push_unique(&mut self.warnings, Warning::KeptAside { key, error, text });
                }
                false
            }
            Ok(Found::Nothing) | Err(_) => false,
        }
    }

    /// Replaces the data with a merge of it and `imported` (an export file)
    /// and saves. Says what happened to each session the file has data on
    /// (see `userdata::import`), and whether it was saved.
    pub fn import(
        &mut self,
        imported: &UserData,
        now: u64,
    ) -> (Vec<(String, ImportOutcome)>, Result<(), SaveError>) {
        let (merged, report) = userdata::import(&self.data, imported);
        self.data = merged;
        (report, self.save(now))
    }
}

/// Adds `w` unless it is there already.
fn push_unique(warnings: &mut Vec<Warning>, w: Warning) {
    if !warnings.contains(&w) {
        warnings.push(w);
    }
}

/// Infix of the keys unreadable documents are kept under.
const ASIDE: &str = ".unreadable.";

/// Moves an unreadable document to `confnotes.v1.unreadable.<now>`: copies
/// it, checks the copy byte for byte, and only then frees the main key.
/// Returns the key, or None when the copy failed (the original then stays
/// where it was, and the caller must not write over it).
fn keep_aside<B: Backend>(backend: &B, text: &str, now: u64) -> Option<String> {
    let mut key = format!("{STORAGE_KEY}{ASIDE}{now}");
    let mut n = 1;
    while backend.get(&key).ok()?.is_some() {
        n += 1;
        key = format!("{STORAGE_KEY}{ASIDE}{now}-{n}");
    }
    backend.set(&key, text).ok()?;
    if backend.get(&key).ok()??.as_str() != text {
        return None;
    }
    let _ = backend.remove(STORAGE_KEY);
    Some(key)
}
