//! What decorates a heading's text but is not its title: a language
//! marker (`(EN)`, `[DE]`), a kind in brackets (`[Talk] `), a rating
//! (`⭐⭐⭐`), a trailing colon, a length or link note in parentheses
//! (`(each 5 minutes)`, `(livestream)`); and the kinds of sessions
//! (`Keynote`, `Lightning talks`), never a speaker. What numbers or times
//! a talk (`3. `, `Saturday 10:00 `, `DOP328 - `) is in [`super::numbering`].

/// Kinds of sessions: a heading part that is one of these is the kind,
/// never a speaker (lowercase).
const KINDS: &[&str] = &[
    "keynote",
    "key notes",
    "opening keynote",
    "closing keynote",
    "keynote talk",
    "lightning talk",
    "lightning talks",
    "ライトニングトーク",
    "workshop",
    "panel",
    "panel discussion",
    "fireside chat",
    "tutorial",
    "ignite",
    "ignite talk",
    "open space",
    "open spaces",
    "unconference",
    "opening remarks",
    "closing remarks",
    "plenary",
    "invited talk",
    "best paper",
    "best paper award",
    "test of time award",
    // (Japanese: a keynote, an invited talk, a lunch or a sponsor's
    // session.)
    "基調講演",
    "招待講演",
    "特別講演",
    "キーノート",
    "ランチセッション",
    "スポンサーセッション",
];

use super::numbering::title_words;
pub(super) use super::title_ends::{strip_annotation, strip_event_prefix};
use super::title_ends::{strip_length_tail, strip_media_tail};
use super::util::is_pictograph;

/// Whether `s` names a kind of session (`Keynote`, `Lightning talk`).
pub(crate) fn is_kind(s: &str) -> bool {
    let t = s.trim().trim_matches(|c: char| !c.is_alphanumeric());
    t.len() <= 24 && KINDS.iter().any(|k| k.eq_ignore_ascii_case(t))
}

/// Whether `s` starts with a kind of session and more words
/// (`Lightning Talks Day 1`).
pub(crate) fn starts_with_kind(s: &str) -> bool {
    let t = s.trim();
    KINDS.iter().any(|k| {
        t.get(..k.len()).is_some_and(|h| h.eq_ignore_ascii_case(k)) && t[k.len()..].starts_with(' ')
    })
}

/// Two-letter language codes recognised in `(EN)` / `[DE]` markers.
const LANGUAGES: &[&str] = &[
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk", "sv", "no", "nb", "da", "fi", "ru",
    "uk", "ja", "zh", "ko", "tr", "hu", "ro", "el", "he", "ar", "hi", "bg", "hr", "sl", "sr", "et",
    "lv", "lt", "ca", "eu", "gl",
];

/// The code of a language named in full, in English or in the language
/// of the notes (`[Englisch] Title`, `(in English)`, `[Deutsch]`).
fn language_name(inner: &str) -> Option<&'static str> {
    let lower = inner.to_lowercase();
    let name = lower.strip_prefix("in ").unwrap_or(&lower);
    Some(match name {
        "english" | "englisch" | "anglais" | "inglés" | "ingles" | "inglese" | "engels"
        | "angielski" | "inglês" => "EN",
        "german" | "deutsch" | "allemand" | "alemán" | "aleman" | "tedesco" | "duits" => "DE",
        "french" | "französisch" | "français" | "francais" | "francés" | "frans" => "FR",
        "spanish" | "spanisch" | "español" | "espanol" | "espagnol" => "ES",
        "italian" | "italienisch" | "italiano" | "italien" => "IT",
        "dutch" | "niederländisch" | "nederlands" => "NL",
        "polish" | "polnisch" | "polski" => "PL",
        "portuguese" | "português" | "portugues" => "PT",
        "russian" | "russisch" | "русский" => "RU",
        "japanese" | "japanisch" | "日本語" => "JA",
        "chinese" | "chinesisch" | "中文" => "ZH",
        "korean" | "한국어" => "KO",
        _ => return None,
    })
}

/// Whether `code` is a slot's code in a programme: one to three capitals,
/// one to three digits, maybe a length or kind letter in parentheses
/// (`S1`, `A3(L)`, `LT2`).
fn slot_code(code: &str) -> bool {
    let (code, note) = match code.split_once('(') {
        Some((c, n)) => (c, Some(n)),
        None => (code, None),
    };
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = code.len() - letters;
    (1..=3).contains(&letters)
        && (1..=3).contains(&digits)
        && code[letters..].bytes().all(|b| b.is_ascii_digit())
        && note.is_none_or(|n| {
            n.strip_suffix(')').is_some_and(|n| {
                (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphabetic())
            })
        })
}

/// Whether `inner` (without brackets) is a language code.
pub(super) fn is_language(inner: &str) -> bool {
    let lower = inner.to_ascii_lowercase();
    let base = lower.split('-').next().unwrap_or("");
    inner.len() <= 5 && LANGUAGES.contains(&base)
}

/// An editor's note before a title (`(TODO Needs notes, links) Power
/// Rake`, `[WIP] Title`): the usual markers of unfinished work, in
/// parentheses or brackets.
fn strip_editor_note(s: &str) -> &str {
    let Some(close) = (match s.as_bytes().first() {
        Some(b'(') => s.find(')'),
        Some(b'[') => s.find(']'),
        _ => None,
    }) else {
        return s;
    };
    let first = s[1..close].split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([':', ',', '.', '!']);
    let note = ["TODO", "FIXME", "WIP", "TBD", "DRAFT", "XXX"]
        .iter()
        .any(|m| first.eq_ignore_ascii_case(m));
    let rest = s[close + 1..].trim_start();
    if note && !rest.is_empty() { rest } else { s }
}

/// Drops what decorates a heading but is not its title: a kind in
/// brackets at the start (`[Keynote] `, `[Talk] `, which goes to `kind`),
/// and at the end a rating (`💀💀★★`, `⭐⭐⭐`), a trailing colon, and the
/// dash before them; an editor's note before it.
pub(super) fn strip_decorations<'a>(s: &'a str, kind: &mut Option<String>) -> &'a str {
    let mut t = strip_editor_note(s.trim());
    // `* PQCHacks`, `★ Title`: the author's mark on a talk they liked.
    if let Some(rest) = ["* ", "★ ", "☆ "].iter().find_map(|m| t.strip_prefix(m))
        && !rest.trim().is_empty()
    {
        t = rest.trim_start();
    }
    // `:bulb: The laundromat…`: an emoji's shortcode before the title.
    if let Some(rest) = t.strip_prefix(':')
        && let Some((code, after)) = rest.split_once(": ")
        && crate::emoji::lookup(code).is_some()
        && !after.trim().is_empty()
    {
        t = after.trim_start();
    }
    // `👨‍💻👩🏽‍💻👽Comunidad diversa…`: emoji before the title.
    let bare = t.trim_start_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    if !bare.is_empty() {
        t = bare;
    }
    // `[S1] Title`, `[A3(L)] Title`, `[LT2] Title`: the slot's code in the
    // programme (a track's letters, a number, maybe the length).
    if let Some(inner) = t.strip_prefix('[')
        && let Some(end) = inner.find(']')
        && slot_code(&inner[..end])
        && let Some(rest) = inner[end + 1..].strip_prefix(' ')
        && !rest.trim().is_empty()
    {
        t = rest.trim_start();
    }
    if t.starts_with('[')
        && let Some(end) = t.find(']')
        && !t[end + 1..].starts_with('(')
    {
        let inner = &t[1..end];
        if inner.len() <= 20 && inner.chars().all(|c| c.is_alphabetic() || c == ' ') {
            let rest = t[end + 1..].trim_start();
            if !rest.is_empty() {
                if is_kind(inner) {
                    *kind = Some(inner.to_string());
                }
                t = rest;
            }
        }
    }
    // `TALK - War stories of coding standards`, `Talk: …`: the word
    // `talk` before the title says only what it is.
    // (`My talk: …`: the author's own, kept as its kind.)
    for word in ["talk", "presentation", "lecture", "my talk"] {
        if let Some(head) = t.get(..word.len())
            && head.eq_ignore_ascii_case(word)
            && let Some(rest) = [" - ", " – ", " — ", ": "]
                .iter()
                .find_map(|sep| t[word.len()..].strip_prefix(sep))
            && title_words(rest)
        {
            // (It is a talk: the heading's own word, kept as its kind.)
            kind.get_or_insert_with(|| {
                let mut k = word.to_string();
                k[..1].make_ascii_uppercase();
                k
            });
            t = rest.trim_start();
            break;
        }
    }
    // `(SciNLP) Ryan McDonald, End-to-end…`, `(WORKSHOP) …`: the code of
    // the workshop or track the talk ran in, or its kind, in parentheses
    // before the title.
    if t.starts_with('(')
        && let Some(end) = t.find(')')
        && t[end + 1..].starts_with(' ')
    {
        let inner = &t[1..end];
        let rest = t[end + 1..].trim_start();
        let code = (2..=12).contains(&inner.len())
            && inner.bytes().all(|b| b.is_ascii_alphanumeric())
            && inner.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        if (code || is_kind(inner)) && rest.chars().next().is_some_and(char::is_alphanumeric) {
            if is_kind(inner) {
                *kind = Some(inner.to_string());
            }
            t = rest;
        }
    }
    // `Shell Ninja: Mastering the Art of Shell Scripting #slideless`:
    // hashtags at the end are themes, not words of the title (not a
    // number: `Talk #3`).
    // (Not `Beyond #NoEstimates`: a tag that is the title's own word.)
    while let Some((head, last)) = t.rsplit_once(' ')
        && let Some(tag) = last.strip_prefix('#')
        && tag.chars().next().is_some_and(char::is_alphabetic)
        && tag
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        && head.split_whitespace().count() >= 3
    {
        t = head.trim_end();
    }
    // `Building a full eCommerce UI in Vue3, 3-h workshop`: the length
    // and the kind at the end.
    t = strip_length_tail(t, kind);
    // `Dueling keyboards [Keynote] - [Video](…), [Slides](…)`: the links
    // after the title are the talk's media, then its kind in brackets.
    t = strip_media_tail(t);
    if let Some(inner) = t.strip_suffix(']')
        && let Some(open) = inner.rfind('[')
        && open > 0
        && (is_kind(&inner[open + 1..])
            || ["talk", "session", "presentation"]
                .iter()
                .any(|w| inner[open + 1..].eq_ignore_ascii_case(w)))
    {
        if is_kind(&inner[open + 1..]) {
            *kind = Some(inner[open + 1..].to_string());
        }
        t = inner[..open].trim_end();
    }
    loop {
        let before = t;
        t = t.trim_end_matches(|c: char| {
            // Stars of a rating, an emoji after the title (`Serverless
            // Application Benchmarking 📊`).
            c == ':' || is_pictograph(c) || c.is_whitespace()
        });
        // ` - ` left dangling by the rating.
        for dash in [" -", " –", " —"] {
            if let Some(x) = t.strip_suffix(dash) {
                t = x;
            }
        }
        if t == before || t.is_empty() {
            break;
        }
    }
    if t.is_empty() {
        return s.trim();
    }
    // `Reflections on a Reluctant Revolution -Keynote`: a kind glued to a
    // dash at the end.
    if let Some(at) = t.rfind([' ']) {
        let tail = &t[at + 1..];
        if let Some(word) = tail.strip_prefix(['-', '–', '—'])
            && !word.starts_with(' ')
            && is_kind(word)
            && !t[..at].trim().is_empty()
        {
            *kind = Some(word.to_string());
            t = t[..at].trim_end();
        }
    }
    // `Kubernetes Storage Lingo 101 (Kubernetes Storage Lingo 101)`: the
    // title said twice.
    if let Some(inner) = t
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|o| (o, &x[o + 1..])))
        && inner.0 > 0
        && t[..inner.0].trim().eq_ignore_ascii_case(inner.1.trim())
    {
        return t[..inner.0].trim_end();
    }
    // `Bayesian Deep Learning (Workshop, Dec 13)`: the kind, then when.
    if let Some(inner) = t
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|o| (o, &x[o + 1..])))
        && inner.0 > 0
        && let Some((k, _)) = inner.1.split_once(", ")
        && is_kind(k)
    {
        *kind = Some(k.to_string());
        return t[..inner.0].trim_end();
    }
    // `Hiring from Both Sides of the Table (Panel)`: the kind.
    if let Some(inner) = t
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|o| (o, &x[o + 1..])))
        && inner.0 > 0
        && is_kind(inner.1)
    {
        *kind = Some(inner.1.to_string());
        return t[..inner.0].trim_end();
    }
    // `(each 5 minutes)`, `(30 min)`, `(livestream)`: the slot's length
    // or a note about the recording, not the title.
    strip_annotation(t)
}

/// Drops a language marker at the start or the end of `s`, keeping the
/// first one found.
pub(super) fn strip_language<'a>(s: &'a str, language: &mut Option<String>) -> &'a str {
    let code = |inner: &str| {
        let lower = inner.to_ascii_lowercase();
        let base = lower.split('-').next().unwrap_or("");
        (inner.len() <= 5 && LANGUAGES.contains(&base))
            .then(|| inner.to_ascii_uppercase())
            .or_else(|| language_name(inner.trim()).map(str::to_string))
    };
    let t = s.trim();
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.starts_with(open)
            && let Some(end) = t.find(close)
            && let Some(c) = code(&t[1..end])
        {
            language.get_or_insert(c);
            return t[end + 1..].trim_start();
        }
        if t.ends_with(close)
            && let Some(start) = t.rfind(open)
            && let Some(c) = code(&t[start + 1..t.len() - 1])
            && start > 0
        {
            language.get_or_insert(c);
            return t[..start].trim_end();
        }
    }
    t
}
