//! What decorates a heading's text but is not its title: an ordinal
//! (`3. `, `A. `, `Talk 3: `), a time slot (`Saturday 10:00 `), a
//! catalogue code (`DOP328 - `), a language marker (`(EN)`, `[DE]`), a kind in brackets
//! (`[Talk] `), a rating (`⭐⭐⭐`), a trailing colon, a length or link
//! note in parentheses (`(each 5 minutes)`, `(livestream)`); and the
//! kinds of sessions (`Keynote`, `Lightning talks`), never a speaker.

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
];

use super::title_ends::{is_annotation, strip_length_tail, strip_media_tail};
pub(super) use super::title_ends::{strip_annotation, strip_event_prefix};
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

/// Drops what numbers or times a talk at the start: `3. `, `12) `, `A. `,
/// `Talk 1: `, `Session 3. `, a catalogue code, and a time slot (`10:00 `,
/// `Saturday 10:00 `, `9:30am - 10:15am: `), as often as they repeat.
pub(crate) fn strip_ordinal(s: &str) -> &str {
    let mut t = s;
    loop {
        let next = strip_numbering(strip_slot(t));
        if next.len() == t.len() {
            return t;
        }
        t = next;
    }
}

/// Whether `s` starts with a time of day (`09h30 - …`, `10:45 …`).
pub(crate) fn starts_with_time(s: &str) -> bool {
    time_of_day(s.trim_start()).is_some()
}

/// Drops a time slot at the start: an optional weekday, then a time of day
/// (`10:00`, `9:30am`, `14h30`), an optional end (`- 10:30`), and the
/// separator after them. Unchanged when nothing would be left.
fn strip_slot(s: &str) -> &str {
    let mut t = s.trim_start();
    if let Some((word, rest)) = t.split_once(' ')
        && super::headings::WEEKDAYS.contains(
            &word
                .trim_end_matches([',', '.'])
                .to_ascii_lowercase()
                .as_str(),
        )
    {
        t = rest.trim_start();
        // `Monday morning : Rambo Python`: a half-day as the slot.
        if let Some((part, rest)) = t.split_once(' ')
            && matches!(
                part.to_ascii_lowercase().as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
        {
            let rest = rest.trim_start();
            if let Some(title) = [": ", "- ", "– ", "| "]
                .iter()
                .find_map(|sep| rest.strip_prefix(sep))
                .map(str::trim_start)
                .filter(|x| !x.is_empty())
            {
                return title;
            }
        }
    }
    let Some(rest) = time_of_day(t) else {
        return s;
    };
    let mut t = rest.trim_start();
    for dash in ["-", "–", "—", "~", "～", "to "] {
        if let Some(after) = t.strip_prefix(dash)
            && let Some(rest) = time_of_day(after.trim_start())
        {
            t = rest.trim_start();
            break;
        }
    }
    // `9:15 a.m. (50m) Keynote`: the slot's length.
    if let Some(inner) = t.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && is_annotation(&inner[..close])
    {
        t = inner[close + 1..].trim_start();
    }
    for sep in ["-", "–", "—", ":", "|"] {
        if let Some(after) = t.strip_prefix(sep) {
            t = after.trim_start();
            break;
        }
    }
    if t.is_empty() || t.len() == s.trim_start().len() {
        s
    } else {
        t
    }
}

/// After a session code at the start of `s`: two to six capitals, three
/// digits, maybe a `-R`/`-R1` repeat suffix, then ` - ` or `: `
/// (`DOP328 - Five lessons…`, `GPSTEC302 - …`), and a repeat's mark
/// after it (`ARC304-R1 - [REPEAT 1] Architecture Patterns…`).
fn strip_session_code(s: &str) -> Option<&str> {
    let rest = &s[session_code_len(s)?..];
    let rest = [" - ", " – ", ": "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .map(str::trim_start)?;
    let rest = rest
        .strip_prefix("[REPEAT")
        .and_then(|r| r.split_once(']'))
        .map_or(rest, |(_, after)| after.trim_start());
    (!rest.is_empty()).then_some(rest)
}

/// The length of the session code at the start of `s`: two to six
/// capitals, three digits, maybe a `-R`/`-R1` repeat suffix (`DEV315`,
/// `ARC304-R1`).
fn session_code_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    // (`TALK-1098`: a hyphen before four digits.)
    let hyphen = usize::from(b.get(letters) == Some(&b'-'));
    let digits = b[letters + hyphen..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(2..=6).contains(&letters)
        || !(if hyphen == 1 {
            (3..=5).contains(&digits)
        } else {
            digits == 3
        })
    {
        return None;
    }
    let rest = &s[letters + hyphen + digits..];
    let rest = rest
        .strip_prefix("-R")
        .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    Some(s.len() - rest.len())
}

/// Whether `s` is a session code and nothing else (`DEV315`).
pub(super) fn is_session_code(s: &str) -> bool {
    session_code_len(s) == Some(s.len())
}

/// After a time of day at the start of `s` (`10:00`, `9:30am`, `14h30`,
/// `10:00 AM`): the rest, which starts with a space or a separator.
pub(super) fn time_of_day(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h) || !matches!(b.get(h), Some(b':' | b'h')) {
        return None;
    }
    let m = b[h + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if m != 2 {
        return None;
    }
    let mut rest = &s[h + 1 + m..];
    for ampm in [
        " a.m.", " p.m.", "a.m.", "p.m.", " A.M.", " P.M.", " am", " pm", "am", "pm", " AM", " PM",
        "AM", "PM",
    ] {
        if let Some(r) = rest.strip_prefix(ampm)
            && !r.starts_with(|c: char| c.is_alphanumeric())
        {
            rest = r;
            break;
        }
    }
    (rest.is_empty() || rest.starts_with([' ', '-', '–', '—', ':', '|'])).then_some(rest)
}

/// Whether `s` may be a person's name: a person's shape, or two or three
/// capitalised words (`Cy Doe`), none an acronym (`Cluster API`).
fn name_like(s: &str) -> bool {
    if s.split_whitespace()
        .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    {
        return false;
    }
    match super::names::shape(s) {
        super::names::Shape::Person { .. } => true,
        super::names::Shape::Capitalised => s.split_whitespace().count() <= 3,
        _ => false,
    }
}

/// Words that number a session at the start of a heading (`Session 1)`,
/// `Sess 2 -`, `Talk 3:`), lowercase.
const NUMBERING_WORDS: &[&str] = &[
    "talk ",
    "session ",
    "sess ",
    "talk #",
    "session #",
    "spotlight ",
    "lecture ",
    "paper ",
    "workshop ",
    "workshop #",
    "tutorial ",
    // (`Keynote Talk 3: Formal and distributional semantics`.)
    "keynote talk ",
    "keynote ",
    "invited talk ",
];

/// Words that number the parts of an author's story (`Chapter 2: `).
const CHAPTER_WORDS: &[&str] = &[
    "chapter ",
    "chapitre ",
    "kapitel ",
    "capítulo ",
    "capitolo ",
    "part ",
    "partie ",
    "teil ",
];

/// Whether `s` starts by numbering a session: one of the words above, one
/// to three digits, then `)`, `:`, `.` or a spaced dash, and more text.
pub(crate) fn numbers_a_session(s: &str) -> bool {
    let s = s.trim_start();
    NUMBERING_WORDS.iter().any(|word| {
        s.len() > word.len()
            && s.is_char_boundary(word.len())
            && s[..word.len()].eq_ignore_ascii_case(word)
            && {
                let rest = &s[word.len()..];
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&digits)
                    && [") ", ": ", ". ", " - ", " – "].iter().any(|sep| {
                        rest[digits..]
                            .strip_prefix(sep)
                            .is_some_and(|after| !after.trim().is_empty())
                    })
            }
    })
}

/// Whether `rest`, after `Talk - `, reads as a title: two words or more
/// besides a bracketed marker, and not a person's name (`Talk - Bob
/// [fr]`, `Talk - Ada Lovelace` name who gave it).
fn title_words(rest: &str) -> bool {
    rest.split_whitespace()
        .filter(|w| !w.starts_with(['[', '(']))
        .count()
        >= 2
        && !matches!(
            super::names::shape(rest.trim()),
            super::names::Shape::Person { given: true }
        )
}

/// Whether `s` starts by saying what kind of session it heads, then a
/// title: `TALK - War stories…`, `Workshop: Animations in Vue.js`.
pub(crate) fn labels_a_session(s: &str) -> bool {
    let t = s.trim_start();
    [
        "talk",
        "workshop",
        "tutorial",
        "session",
        "presentation",
        "lecture",
        "keynote",
        "lightning talk",
        "panel",
    ]
    .iter()
    .any(|word| {
        t.get(..word.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(word))
            && [" - ", " – ", " — ", ": "]
                .iter()
                .any(|sep| t[word.len()..].strip_prefix(sep).is_some_and(title_words))
    })
}

/// Drops `3. `, `12) `, `A. `, `Talk 1: `, `Session 3. ` and a
/// catalogue's session code (`DOP328 - `, `ARC401-R: `) at the start.
fn strip_numbering(s: &str) -> &str {
    if let Some(rest) = strip_session_code(s) {
        return rest;
    }
    // `Chapitre 3 : Title`: a chapter of the author's story, not a
    // session's number (so not in `NUMBERING_WORDS`).
    for word in CHAPTER_WORDS.iter().chain(NUMBERING_WORDS) {
        if s.len() > word.len()
            && s.is_char_boundary(word.len())
            && s[..word.len()].eq_ignore_ascii_case(word)
        {
            let rest = &s[word.len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) {
                for sep in [": ", ". ", ") ", " - ", " – ", " : "] {
                    if let Some(after) = rest[digits..].strip_prefix(sep)
                        && !after.trim().is_empty()
                        // Not `Talk 5 - Ada`, which names its speaker
                        // (nor `Keynote talk 2: Mark Steedman`).
                        && ((!sep.starts_with(' ') && !word.starts_with("keynote"))
                            || !name_like(after.trim()))
                    {
                        return after.trim_start();
                    }
                }
            }
        }
    }
    // `#1: Monoids, Monads…`, `#4 - Performance Matters`: a rank in a
    // list of the author's picks.
    if let Some(rest) = s.strip_prefix('#') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) {
            let after = &rest[digits..];
            for sep in [": ", ". ", ") ", " - ", " – "] {
                if let Some(title) = after.strip_prefix(sep)
                    && !title.trim().is_empty()
                {
                    return title.trim_start();
                }
            }
        }
    }
    // `【招待セッション】Title`, `【基調講演】Title`: the kind of session in
    // lenticular brackets (not `【実録】`, a word of the title).
    if let Some(rest) = s.strip_prefix('【')
        && let Some(close) = rest.find('】')
        && [
            "セッション",
            "講演",
            "招待",
            "基調",
            "キーノート",
            "スポンサー",
            "ワークショップ",
            "LT",
        ]
        .iter()
        .any(|k| rest[..close].contains(k))
        && !rest[close + '】'.len_utf8()..].trim().is_empty()
    {
        return rest[close + '】'.len_utf8()..].trim_start();
    }
    // `[01 🧷] - Thinking like a Founder`: a list's number in brackets,
    // maybe with an emoji, before the title.
    if let Some(rest) = s.strip_prefix('[')
        && let Some(close) = rest.find(']')
        && let inner = &rest[..close]
        && (1..=3).contains(&inner.bytes().take_while(u8::is_ascii_digit).count())
        && inner
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .chars()
            .all(|c| c == ' ' || is_pictograph(c))
    {
        let after = rest[close + 1..].trim_start();
        let after = ["- ", "– ", ": "]
            .iter()
            .find_map(|sep| after.strip_prefix(sep))
            .unwrap_or(after)
            .trim_start();
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '¡' || c == '¿') {
            return after;
        }
    }
    // `01 sktime - python toolbox…`, `08✨ fastAPI facts…`: a number
    // padded with zeros is a list's, not a title's word.
    {
        let b = s.as_bytes();
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        // (Two digits: not `007 - Licensing as spycraft`.)
        if digits == 2 && b[0] == b'0' {
            let rest = s[digits..].trim_start_matches(|c: char| c == ' ' || is_pictograph(c));
            if rest.len() < s.len() - digits && rest.starts_with(char::is_alphabetic) {
                return rest.trim_start();
            }
        }
    }
    // `# How to build…`: a stray mark of a heading inside the heading.
    if let Some(rest) = s.strip_prefix("# ")
        && !rest.trim().is_empty()
    {
        return rest.trim_start();
    }
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = if digits > 0 && digits <= 3 {
        digits
    } else if b.first().is_some_and(u8::is_ascii_uppercase) {
        1
    } else {
        return s;
    };
    match (b.get(n), b.get(n + 1)) {
        (Some(b'.' | b')'), Some(b' ')) => {
            let rest = s[n + 2..].trim_start();
            // (Not `J. Pablo Fernández, What is a Macro?`: an initial
            // before a person's name.)
            // (Not `K. Ethan Rosenthal and the M1 misadventure`: the name
            // is followed by a comma, a dash or nothing.)
            let initial = digits == 0 && {
                let mut words = rest.splitn(3, ' ');
                let (a, b) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                let after = words.next().unwrap_or("");
                let b2 = b.trim_end_matches([',', ':']);
                (b2.len() < b.len() || after.is_empty() || after.starts_with(['-', '–', '(']))
                    && super::names::is_person(&format!("{a} {b2}"), false)
            };
            if rest.is_empty() || initial { s } else { rest }
        }
        _ => s,
    }
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
