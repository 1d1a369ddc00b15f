//! The browser's Unicode tables, lent to core (see `confnotes_core::text`):
//! `String.prototype.normalize` costs no wasm, where the Rust tables cost
//! ~60 KB gzip.

use std::borrow::Cow;

use confnotes_core::{Unicode, text};
use js_sys::{JsString, RegExp};

/// Unicode normalisation through `String.prototype.normalize`.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserUnicode;

/// Joins strings for one FFI call; it occurs in no notes text.
const SEP: char = '\u{1}';

fn nfc(s: &str) -> String {
    JsString::from(s).normalize("NFC").into()
}

/// NFKD, then every combining mark (`\p{M}`) removed, all by the platform.
fn strip(s: &str) -> String {
    thread_local! {
        static MARKS: RegExp = RegExp::new("\\p{M}", "gu");
    }
    MARKS.with(|marks| {
        JsString::from(s)
            .normalize("NFKD")
            .replace_by_pattern(marks, "")
            .into()
    })
}

impl Unicode for BrowserUnicode {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        // Text below U+0300 is NFC as it is: no trip through JavaScript.
        if text::is_nfc_without_tables(s) {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(nfc(s))
        }
    }

    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if s.is_ascii() {
            Cow::Borrowed(s)
        } else if let Some(latin) = text::strip_marks_latin(s) {
            Cow::Owned(latin)
        } else {
            Cow::Owned(strip(s))
        }
    }

    fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
        if items.iter().all(|s| s.is_ascii()) {
            return items.iter().map(|s| (*s).to_owned()).collect();
        }
        let mut joined = String::with_capacity(items.iter().map(|s| s.len() + 1).sum());
        for (i, s) in items.iter().enumerate() {
            if i > 0 {
                joined.push(SEP);
            }
            joined.push_str(s);
        }
        let stripped = text::strip_marks_latin(&joined).unwrap_or_else(|| strip(&joined));
        let out: Vec<String> = stripped.split(SEP).map(str::to_owned).collect();
        if out.len() == items.len() {
            out
        } else {
            // A notes text contained the separator: fall back to one call each.
            items
                .iter()
                .map(|s| self.strip_marks(s).into_owned())
                .collect()
        }
    }
}
