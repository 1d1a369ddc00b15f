//! Text helpers shared by the parser, the index and the renderer: Unicode
//! normalisation through a pluggable [`Unicode`] provider, accent folding,
//! and slugs.
//!
//! The Unicode tables (NFC, decomposition) cost ~60 KB of gzipped wasm, and
//! every browser already has them in `String.prototype.normalize`. So core
//! asks a [`Unicode`] provider: natively [`NativeUnicode`] (feature
//! `native`, the `unicode-normalization` crate); in the browser the app lends
//! the platform's. Both follow the Unicode standard, so both give the same
//! ids.

use std::borrow::Cow;

/// Unicode normalisation, supplied by the platform.
pub trait Unicode {
    /// The NFC form of `s`.
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str>;

    /// `s` decomposed (NFKD) with combining marks removed, so `Jiří` becomes
    /// `Jiri` and `ﬁ` becomes `fi`. Case is kept.
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str>;

    /// [`Unicode::strip_marks`] of many strings at once. Providers that cross
    /// an FFI boundary override it to make one call instead of many.
    fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
        items
            .iter()
            .map(|s| self.strip_marks(s).into_owned())
            .collect()
    }
}

/// A provider that leaves text as it is: for callers that have already
/// normalised their input, and for tests of ASCII text.
#[derive(Debug, Clone, Copy, Default)]
pub struct AsciiOnly;

impl Unicode for AsciiOnly {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

/// The native provider, from the `unicode-normalization` crate.
#[cfg(feature = "native")]
#[derive(Debug, Clone, Copy, Default)]
pub struct NativeUnicode;

#[cfg(feature = "native")]
impl Unicode for NativeUnicode {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
        if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.nfc().collect())
        }
    }
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
        if s.is_ascii() {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(s.nfkd().filter(|c| !is_combining_mark(*c)).collect())
        }
    }
}

/// Letters that have no decomposition but a usual ASCII spelling.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

/// Search form of `s`: marks stripped, lowercased, a few letters without a
/// decomposition spelled out (`ß` as `ss`). `Jiří` and `JIRI` fold alike.
pub fn fold(u: &dyn Unicode, s: &str) -> String {
    fold_stripped(&u.strip_marks(s))
}

/// [`fold`] of text whose marks are already stripped.
pub fn fold_stripped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(f) = fold_special(c) {
            out.push_str(f);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// URL-safe id of `s`: folded, runs of anything but letters and digits
/// become one `-`, no leading or trailing `-`. `Anaïs Urlichs` gives
/// `anais-urlichs`; letters with no ASCII form (CJK, Cyrillic) are kept.
/// Text with no letters or digits at all gives `untitled`.
pub fn slugify(u: &dyn Unicode, s: &str) -> String {
    slug_of_folded(&fold(u, s))
}

/// [`slugify`] of text already passed through [`fold`].
pub fn slug_of_folded(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("untitled");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_ascii_words_joined_by_dashes() {
        assert_eq!(slugify(&AsciiOnly, "KubeCon 2021"), "kubecon-2021");
        assert_eq!(
            slugify(&AsciiOnly, "  Microservices Made Easy! "),
            "microservices-made-easy"
        );
        assert_eq!(
            slugify(&AsciiOnly, "GitOps+Jenkins-CI"),
            "gitops-jenkins-ci"
        );
        assert_eq!(slugify(&AsciiOnly, "!!!"), "untitled");
    }

    #[cfg(feature = "native")]
    #[test]
    fn accents_fold_and_both_spellings_of_a_name_give_one_slug() {
        let composed = "Ji\u{159}\u{ed}";
        let decomposed = "Jir\u{30c}i\u{301}";
        assert_ne!(composed, decomposed);
        assert_eq!(NativeUnicode.nfc(decomposed), composed);
        assert_eq!(slugify(&NativeUnicode, composed), "jiri");
        assert_eq!(slugify(&NativeUnicode, decomposed), "jiri");
        assert_eq!(slugify(&NativeUnicode, "Anaïs Urlichs"), "anais-urlichs");
        assert_eq!(slugify(&NativeUnicode, "Straße Łódź"), "strasse-lodz");
        assert_eq!(slugify(&NativeUnicode, "東京 Talk"), "東京-talk");
    }
}
