//! The localStorage adapter in a real browser, against real localStorage:
//! a corrupt document, a document from the future, a full quota, storage
//! unavailable, two tabs, and "never write before reading".

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use confnotes::storage::{Backend, Local, SaveError, Store, Warning, local_storage};
use confnotes_core::userdata::{self, STORAGE_KEY, UserData};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// The real localStorage, reached without the adapter, to look at what it
/// wrote.
fn storage() -> web_sys::Storage {
    local_storage().expect("localStorage is available in the test browser");
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Every test starts from empty storage.
fn clean() -> web_sys::Storage {
    let s = storage();
    s.clear().expect("clear storage");
    s
}

fn stored(s: &web_sys::Storage, key: &str) -> Option<String> {
    s.get_item(key).expect("read storage")
}

#[wasm_bindgen_test]
fn a_corrupt_document_is_kept_aside_byte_for_byte_and_reported() {
    let s = clean();
    let original =
        "{\"app\":\"confnotes\",\"version\":1,\"sessions\":{\"a/b\":{\"note\":\"half a sent";
    s.set_item(STORAGE_KEY, original).unwrap();

    let store = Store::open(local_storage(), 1_000);

    let [Warning::KeptAside { key, text, .. }] = store.warnings() else {
        panic!(
            "expected one kept-aside warning, got {:?}",
            store.warnings()
        );
    };
    assert_eq!(key, "confnotes.v1.unreadable.1000");
    assert_eq!(text, original);
    assert_eq!(
        stored(&s, key).as_deref(),
        Some(original),
        "the original bytes are kept"
    );
    assert!(
        store.persists(),
        "the app goes on saving beside the kept copy"
    );
    assert_eq!(*store.data(), UserData::default());
    assert!(
        store.warnings()[0]
            .to_string()
            .contains("confnotes.v1.unreadable.1000")
    );
}

#[wasm_bindgen_test]
fn a_kept_aside_document_is_still_reported_on_the_next_visit_until_deleted() {
    let s = clean();
    s.set_item(STORAGE_KEY, "garbage").unwrap();
    drop(Store::open(local_storage(), 5));

    let mut again = Store::open(local_storage(), 6);
    assert!(
        matches!(again.warnings(), [Warning::KeptAside { key, .. }] if key == "confnotes.v1.unreadable.5"),
        "{:?}",
        again.warnings()
    );
    again.delete_kept_aside("confnotes.v1.unreadable.5");
    assert!(again.warnings().is_empty());
    assert_eq!(stored(&s, "confnotes.v1.unreadable.5"), None);
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_version_is_never_overwritten() {
    let s = clean();
    let future =
        r#"{"app":"confnotes","version":99,"sessions":{"a/b":{"starred":true}},"shiny":1}"#;
    s.set_item(STORAGE_KEY, future).unwrap();

    let mut store = Store::open(local_storage(), 1);
    assert!(
        matches!(store.warnings(), [Warning::Newer { text, .. }] if text == future),
        "{:?}",
        store.warnings()
    );
    assert!(!store.persists());

    let result = store.update(2, |d| d.set_star("x/y", true, 2));
    assert_eq!(result, Err(SaveError::ReadOnly));
    assert!(
        store.data().sessions["x/y"].starred,
        "the change still shows in this page"
    );
    assert_eq!(
        stored(&s, STORAGE_KEY).as_deref(),
        Some(future),
        "storage untouched"
    );
}

#[wasm_bindgen_test]
fn a_full_quota_fails_the_save_and_keeps_what_was_saved() {
    let s = clean();
    let mut store = Store::open(local_storage(), 1);
    store
        .update(1, |d| {
            d.set_note("c/first", "saved before the disk filled", 1)
        })
        .unwrap();
    let before = stored(&s, STORAGE_KEY);

    // Fill the origin's quota with real data.
    let chunk = "x".repeat(256 * 1024);
    let mut filler = Vec::new();
    for i in 0..200 {
        let key = format!("filler.{i}");
        if s.set_item(&key, &chunk).is_err() {
            break;
        }
        filler.push(key);
    }
    assert!(!filler.is_empty());

    let big = "a long note ".repeat(40_000);
    let result = store.update(2, |d| d.set_note("c/second", &big, 2));

    assert_eq!(result, Err(SaveError::Quota));
    assert!(store.warnings().contains(&Warning::Quota));
    assert_eq!(
        store.data().sessions["c/second"].note,
        big,
        "the unsaved text stays in memory"
    );
    assert_eq!(
        stored(&s, STORAGE_KEY),
        before,
        "what was saved is not lost"
    );
    for key in filler {
        s.remove_item(&key).unwrap();
    }
    // Room again: the next save succeeds and clears the warning.
    store.update(3, |d| d.set_star("c/first", true, 3)).unwrap();
    assert!(!store.warnings().contains(&Warning::Quota));
    let saved = userdata::decode(&stored(&s, STORAGE_KEY).unwrap()).unwrap();
    assert_eq!(saved.sessions["c/second"].note, big);
}

/// A storage that throws like a blocked one (`SecurityError`).
struct Blocked;

impl Backend for Blocked {
    fn get(&self, _: &str) -> Result<Option<String>, JsValue> {
        Err(web_sys::DomException::new_with_message_and_name(
            "The operation is insecure.",
            "SecurityError",
        )
        .unwrap()
        .into())
    }
    fn set(&self, key: &str, _: &str) -> Result<(), JsValue> {
        self.get(key).map(|_| ())
    }
    fn remove(&self, key: &str) -> Result<(), JsValue> {
        self.get(key).map(|_| ())
    }
    fn keys(&self) -> Result<Vec<String>, JsValue> {
        self.get("").map(|_| Vec::new())
    }
}

#[wasm_bindgen_test]
fn without_storage_the_app_works_in_memory_and_says_so() {
    let mut store = Store::<Blocked>::open(Err("SecurityError: storage is blocked".into()), 1);
    assert!(matches!(store.warnings(), [Warning::Unavailable(_)]));
    assert!(!store.persists());
    assert_eq!(
        store.update(2, |d| d.set_star("a/b", true, 2)),
        Err(SaveError::Unavailable)
    );
    assert!(store.data().sessions["a/b"].starred);
    assert!(store.warnings()[0].to_string().contains("will not be kept"));
}

#[wasm_bindgen_test]
fn a_storage_that_throws_on_read_counts_as_unavailable() {
    let store = Store::open(Ok(Blocked), 1);
    assert!(
        matches!(store.warnings(), [Warning::Unavailable(why)] if why.contains("SecurityError")),
        "{:?}",
        store.warnings()
    );
    assert!(!store.persists());
}

/// Real localStorage (the adapter's own backend) that counts writes.
struct Counting<'a> {
    inner: Local,
    writes: &'a Cell<u32>,
}

impl Backend for Counting<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, JsValue> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), JsValue> {
        self.writes.set(self.writes.get() + 1);
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), JsValue> {
        self.writes.set(self.writes.get() + 1);
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, JsValue> {
        self.inner.keys()
    }
}

#[wasm_bindgen_test]
fn opening_reads_and_never_writes() {
    let s = clean();
    let mut doc = UserData::default();
    doc.set_note("k/talk", "my words", 10);
    let text = userdata::encode(&doc);
    s.set_item(STORAGE_KEY, &text).unwrap();

    let writes = Cell::new(0);
    let store = Store::open(
        Ok(Counting {
            inner: Local,
            writes: &writes,
        }),
        20,
    );

    assert_eq!(writes.get(), 0);
    assert_eq!(store.data().sessions["k/talk"].note, "my words");
    assert_eq!(stored(&s, STORAGE_KEY).as_deref(), Some(text.as_str()));
}

/// What another tab does: read, change, write the whole document.
fn other_tab_writes(s: &web_sys::Storage, change: impl FnOnce(&mut UserData)) {
    let mut doc = stored(s, STORAGE_KEY)
        .map(|t| userdata::decode(&t).unwrap())
        .unwrap_or_default();
    change(&mut doc);
    s.set_item(STORAGE_KEY, &userdata::encode(&doc)).unwrap();
}

#[wasm_bindgen_test]
fn a_save_merges_with_what_another_tab_saved_meanwhile() {
    let s = clean();
    let mut tab_a = Store::open(local_storage(), 1);
    tab_a.update(1, |d| d.set_star("k/one", true, 1)).unwrap();

    other_tab_writes(&s, |d| d.set_note("k/two", "written in tab B", 5));
    tab_a.update(6, |d| d.set_star("k/three", true, 6)).unwrap();

    let saved = userdata::decode(&stored(&s, STORAGE_KEY).unwrap()).unwrap();
    assert!(saved.sessions["k/one"].starred);
    assert!(saved.sessions["k/three"].starred);
    assert_eq!(
        saved.sessions["k/two"].note, "written in tab B",
        "tab B's change survives tab A's save"
    );
}

#[wasm_bindgen_test]
fn a_note_typed_while_another_tab_changed_it_keeps_both_texts() {
    let s = clean();
    let mut tab_a = Store::open(local_storage(), 1);
    tab_a
        .update(1, |d| d.set_note("k/talk", "first draft", 1))
        .unwrap();
    let base = tab_a.data().sessions["k/talk"].note.clone();

    // Tab B edits the note; tab A takes it in (the storage event)...
    other_tab_writes(&s, |d| d.set_note("k/talk", "tab B's edit", 10));
    assert!(tab_a.refresh(11));
    assert_eq!(tab_a.data().sessions["k/talk"].note, "tab B's edit");

    // ...while its reader was still typing from the first draft.
    tab_a
        .update(12, |d| d.set_note_from("k/talk", "tab A's edit", &base, 12))
        .unwrap();

    let saved = userdata::decode(&stored(&s, STORAGE_KEY).unwrap()).unwrap();
    let note = &saved.sessions["k/talk"].note;
    assert!(note.contains("tab A's edit"), "{note}");
    assert!(note.contains("tab B's edit"), "{note}");
    assert_eq!(tab_a.data().sessions["k/talk"].note, *note);
}

#[wasm_bindgen_test]
fn refresh_takes_in_another_tabs_star() {
    let s = clean();
    let mut tab_a = Store::open(local_storage(), 1);
    assert!(!tab_a.refresh(2), "nothing changed yet");
    other_tab_writes(&s, |d| d.set_star("k/x", true, 3));
    assert!(tab_a.refresh(4));
    assert!(tab_a.data().sessions["k/x"].starred);
}

#[wasm_bindgen_test]
fn an_import_merges_and_never_replaces() {
    let _s = clean();
    let mut store = Store::open(local_storage(), 1);
    store
        .update(1, |d| d.set_note("k/mine", "kept", 1))
        .unwrap();
    let mut export = UserData::default();
    export.set_star("k/theirs", true, 2);
    let (report, saved) = store.import(&export, 3);
    saved.unwrap();
    assert_eq!(
        report,
        vec![("k/theirs".to_string(), userdata::ImportOutcome::Added)]
    );
    assert_eq!(store.data().sessions["k/mine"].note, "kept");
    assert!(store.data().sessions["k/theirs"].starred);
}
