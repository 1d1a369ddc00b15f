//! The notes files a reader opened in this browser, kept in IndexedDB
//! (database `confnotes-opened`, store `files`, one record per file keyed
//! by its name; store `images` for the images opened beside them, kept as
//! the browser's own `Blob`s): never sent anywhere. Each change (put a batch, remove,
//! clear) is one transaction, so a failure leaves what was stored as it
//! was. What is taken, and the names, are core's (`confnotes_core::opened`).

use std::cell::RefCell;
use std::fmt;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "confnotes-opened";
// Version 2 added the images store (a version 1 database gets it on open).
const DB_VERSION: u32 = 2;
const STORE: &str = "files";
const IMAGES: &str = "images";

/// One opened file.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedFile {
    /// Its name: a relative path (`trip/day1.md`), unique; opening a file
    /// of the same name replaces it.
    pub name: String,
    pub text: String,
    /// Bytes, as read.
    pub size: u64,
    /// When it was opened, ms since the epoch.
    pub opened: f64,
}

/// An image opened beside the notes (`trip/photo.jpg`), shown where the
/// notes link it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedImage {
    /// Its name, a relative path like a notes file's (see [`OpenedFile`]).
    pub name: String,
    pub blob: web_sys::Blob,
    pub size: u64,
    pub opened: f64,
}

/// Why the opened files could not be read or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// No IndexedDB (blocked, private mode, an old browser).
    Unavailable(String),
    /// The browser's quota is used up (`QuotaExceededError`).
    Full,
    /// Anything else the browser said.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(
                f,
                "This browser does not let the page keep files ({why}): opened notes cannot be kept."
            ),
            StoreError::Full => write!(
                f,
                "The browser's storage for this site is full: nothing was changed. Remove some opened files and try again."
            ),
            StoreError::Failed(why) => {
                write!(
                    f,
                    "The opened notes could not be kept ({why}): nothing was changed."
                )
            }
        }
    }
}

/// The error the browser gave (a `DOMException`, an `Error` or a string).
fn store_error(e: &JsValue) -> StoreError {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return match d.name().as_str() {
            "QuotaExceededError" => StoreError::Full,
            "SecurityError" | "InvalidStateError" => StoreError::Unavailable(d.message()),
            _ => StoreError::Failed(format!("{}: {}", d.name(), d.message())),
        };
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        let name = String::from(err.name());
        if name == "QuotaExceededError" {
            return StoreError::Full;
        }
        return StoreError::Failed(format!("{name}: {}", String::from(err.message())));
    }
    StoreError::Failed(e.as_string().unwrap_or_else(|| "unknown error".into()))
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Settles when `req` succeeds (with its result) or fails (with its error).
async fn request(req: &IdbRequest) -> Result<JsValue, StoreError> {
    JsFuture::from(request_promise(req))
        .await
        .map_err(|e| store_error(&e))
}

/// A promise of `req`'s result.
fn request_promise(req: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let err_req = req.clone();
        let ok = Closure::once_into_js(move |_: JsValue| {
            let value = ok_req.result().unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &value);
        });
        let err = Closure::once_into_js(move |_: JsValue| {
            let value = err_req
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::UNDEFINED, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &value);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    })
}

/// How long the database may take to open before the app goes on without
/// it (a browser that never answers must not keep the notes from showing).
const OPEN_TIMEOUT_MS: i32 = 5_000;

/// A promise that rejects after `ms`.
fn timeout(ms: i32) -> Promise {
    Promise::new(&mut |_, reject| {
        let message = JsValue::from_str("IndexedDB did not answer");
        let fire = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &message);
        });
        if let Some(w) = web_sys::window() {
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), ms);
        }
    })
}

/// Settles when `tx` commits, or with its error when it aborts.
async fn committed(tx: &IdbTransaction) -> Result<(), StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let err_tx = tx.clone();
        let ok = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let fail = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let value = err_tx.error().map_or(
                JsValue::from_str("the transaction was aborted"),
                JsValue::from,
            );
            let _ = reject.call1(&JsValue::NULL, &value);
        })
        .into_js_value();
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(fail.unchecked_ref()));
        tx.set_onabort(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| store_error(&e))
}

/// The database, opened (and created) once per page.
async fn db() -> Result<IdbDatabase, StoreError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    let factory = match window.indexed_db() {
        Ok(Some(f)) => f,
        Ok(None) => return Err(StoreError::Unavailable("no IndexedDB".into())),
        Err(e) => return Err(StoreError::Unavailable(store_error(&e).to_string())),
    };
    let open = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(|e| StoreError::Unavailable(describe(&e)))?;
    let upgrading = open.clone();
    let on_upgrade = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if let Some(db) = upgrading
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        {
            for store in [STORE, IMAGES] {
                if !db.object_store_names().contains(store) {
                    let params = web_sys::IdbObjectStoreParameters::new();
                    params.set_key_path(&JsValue::from_str("name"));
                    let _ = db.create_object_store_with_optional_parameters(store, &params);
                }
            }
        }
    })
    .into_js_value();
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let opened = Promise::race(&js_sys::Array::of2(
        &request_promise(&open),
        &timeout(OPEN_TIMEOUT_MS),
    ));
    let db: IdbDatabase = JsFuture::from(opened)
        .await
        .map_err(|e| match store_error(&e) {
            StoreError::Failed(why) => StoreError::Unavailable(why),
            other => other,
        })?
        .dyn_into()
        .map_err(|_| StoreError::Unavailable("the database did not open".into()))?;
    // A newer version of the app opening the database in another tab
    // (to add a store) waits for this one to let go: it does, and the
    // next use here opens it again.
    let closing = db.clone();
    let on_version_change = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        closing.close();
        DB.with(|d| *d.borrow_mut() = None);
    })
    .into_js_value();
    db.set_onversionchange(Some(on_version_change.unchecked_ref()));
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn describe(e: &JsValue) -> String {
    match store_error(e) {
        StoreError::Failed(s) | StoreError::Unavailable(s) => s,
        StoreError::Full => "storage full".into(),
    }
}

/// A transaction on the files store.
async fn transaction(
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
    transaction_on(STORE, mode).await
}

/// A transaction on the store `name`.
async fn transaction_on(
    name: &str,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
    let db = db().await?;
    let tx = db
        .transaction_with_str_and_mode(name, mode)
        .map_err(|e| store_error(&e))?;
    let store = tx.object_store(name).map_err(|e| store_error(&e))?;
    Ok((tx, store))
}

fn to_record(f: &OpenedFile) -> Result<Object, StoreError> {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        Reflect::set(&o, &JsValue::from_str(k), &v)
            .map(|_| ())
            .map_err(|e| store_error(&e))
    };
    set("name", JsValue::from_str(&f.name))?;
    set("text", JsValue::from_str(&f.text))?;
    set("size", JsValue::from_f64(f.size as f64))?;
    set("opened", JsValue::from_f64(f.opened))?;
    Ok(o)
}

fn from_record(v: &JsValue) -> Option<OpenedFile> {
    let get = |k: &str| Reflect::get(v, &JsValue::from_str(k)).ok();
    Some(OpenedFile {
        name: get("name")?.as_string()?,
        text: get("text")?.as_string()?,
        size: get("size").and_then(|s| s.as_f64()).unwrap_or(0.0) as u64,
        opened: get("opened").and_then(|s| s.as_f64()).unwrap_or(0.0),
    })
}

/// Every stored file, in name order. Records this version cannot read are
/// skipped (and left as they are).
pub async fn list() -> Result<Vec<OpenedFile>, StoreError> {
    let (_tx, store) = transaction(IdbTransactionMode::Readonly).await?;
    let req = store.get_all().map_err(|e| store_error(&e))?;
    let all = request(&req).await?;
    // In key (name) order, as IndexedDB gives them.
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| from_record(&v))
        .collect())
}

/// Stores `files` (replacing those of the same names) in one transaction:
/// all of them, or, on failure, none.
pub async fn put(files: &[OpenedFile]) -> Result<(), StoreError> {
    let (tx, store) = transaction(IdbTransactionMode::Readwrite).await?;
    // Each put copies its record at once: a folder of thousands of files
    // written in one loop is one long task. So they go in batches; the next
    // batch is issued when the last request of the one before has succeeded
    // (its success event is a task of its own, and while a request is
    // pending the transaction stays open: all or nothing is kept).
    let (mut records, mut bytes) = (0, 0);
    for f in files {
        let written = to_record(f).and_then(|r| store.put(&r).map_err(|e| store_error(&e)));
        let req = match written {
            Ok(req) => req,
            Err(e) => {
                let _ = tx.abort();
                return Err(e);
            }
        };
        records += 1;
        bytes += f.text.len();
        if records >= PUT_BATCH_RECORDS || bytes >= PUT_BATCH_BYTES {
            (records, bytes) = (0, 0);
            if let Err(e) = request(&req).await {
                let _ = tx.abort();
                return Err(e);
            }
        }
    }
    committed(&tx).await
}

/// How many records (or bytes of text) one batch of [`put`] writes.
const PUT_BATCH_RECORDS: usize = 200;
const PUT_BATCH_BYTES: usize = 1 << 20;

/// Removes the files `names`, in one transaction.
pub async fn remove(names: &[String]) -> Result<(), StoreError> {
    let (tx, store) = transaction(IdbTransactionMode::Readwrite).await?;
    for name in names {
        if let Err(e) = store.delete(&JsValue::from_str(name)) {
            let _ = tx.abort();
            return Err(store_error(&e));
        }
    }
    committed(&tx).await
}

/// Removes every opened file and image, in one transaction.
pub async fn clear() -> Result<(), StoreError> {
    let db = db().await?;
    let names = js_sys::Array::of2(&JsValue::from_str(STORE), &JsValue::from_str(IMAGES));
    let tx = db
        .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
        .map_err(|e| store_error(&e))?;
    for name in [STORE, IMAGES] {
        let cleared = tx
            .object_store(name)
            .and_then(|store| store.clear())
            .map_err(|e| store_error(&e));
        if let Err(e) = cleared {
            let _ = tx.abort();
            return Err(e);
        }
    }
    committed(&tx).await
}

/// Stores `images` (replacing those of the same names) in one
/// transaction: all of them, or, on failure, none.
pub async fn put_images(images: &[OpenedImage]) -> Result<(), StoreError> {
    let (tx, store) = transaction_on(IMAGES, IdbTransactionMode::Readwrite).await?;
    for image in images {
        let o = Object::new();
        let written = [
            ("name", JsValue::from_str(&image.name)),
            ("blob", image.blob.clone().into()),
            ("size", JsValue::from_f64(image.size as f64)),
            ("opened", JsValue::from_f64(image.opened)),
        ]
        .iter()
        .try_for_each(|(k, v)| Reflect::set(&o, &JsValue::from_str(k), v).map(|_| ()))
        .and_then(|()| store.put(&o).map(|_| ()));
        if let Err(e) = written {
            let _ = tx.abort();
            return Err(store_error(&e));
        }
    }
    committed(&tx).await
}

/// Every stored image, in name order (records this version cannot read
/// are skipped).
pub async fn list_images() -> Result<Vec<OpenedImage>, StoreError> {
    let (_tx, store) = transaction_on(IMAGES, IdbTransactionMode::Readonly).await?;
    let req = store.get_all().map_err(|e| store_error(&e))?;
    let all = request(&req).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| {
            let get = |k: &str| Reflect::get(&v, &JsValue::from_str(k)).ok();
            Some(OpenedImage {
                name: get("name")?.as_string()?,
                blob: get("blob")?.dyn_into().ok()?,
                size: get("size").and_then(|s| s.as_f64()).unwrap_or(0.0) as u64,
                opened: get("opened").and_then(|s| s.as_f64()).unwrap_or(0.0),
            })
        })
        .collect())
}
