//! What numbers or times a talk at the start of a heading, before its
//! title: an ordinal (`3. `, `A. `, `Talk 3: `, `#1: `, `【基調講演】`), a
//! time slot (`Saturday 10:00 `, `9:30am - 10:15am: `), a catalogue's
//! session code (`DOP328 - `); and whether a heading opens by numbering
//! a session or saying its kind (`Session 3: `, `Workshop: `).

use super::title_ends::is_annotation;
use super::util::is_pictograph;

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
        && super::days::WEEKDAYS.contains(
            &word
                .trim_end_matches([',', '.'])
                .to_ascii_lowercase()
                .as_str(),
        )
    {
        t = rest.trim_start();
        // `Monday Session 3: Rails Engine Patterns`: the day's numbered
        // session.
        let numbered = strip_numbering(t);
        if numbered.len() < t.len() {
            return numbered;
        }
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
    // (`~ 15:15 Title`: about when it began.)
    let t = t
        .strip_prefix('~')
        .or_else(|| t.strip_prefix('～'))
        .map_or(t, str::trim_start);
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

/// After a room's session code at the start of `s` (`A-3 トヨタのかんばん…`,
/// `F-3 経験不要！`): one or two capitals, a hyphen, one or two digits and
/// a space; `s` itself when it has none or nothing follows it.
pub(super) fn strip_room_code(s: &str) -> &str {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || b.get(letters) != Some(&b'-') {
        return s;
    }
    let digits = b[letters + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&digits) || b.get(letters + 1 + digits) != Some(&b' ') {
        return s;
    }
    let rest = s[letters + 1 + digits..].trim_start();
    if rest.is_empty() { s } else { rest }
}

/// After a session code at the start of `s`: two to six capitals, three
/// digits, maybe a `-R`/`-R1` repeat suffix, then ` - ` or `: `
/// (`DOP328 - Five lessons…`, `GPSTEC302 - …`), and a repeat's mark
/// after it (`ARC304-R1 - [REPEAT 1] Architecture Patterns…`).
pub(super) fn strip_session_code(s: &str) -> Option<&str> {
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
/// capitals, three digits (or a hyphen, three to five digits and at most
/// three capitals), maybe a `-R`/`-R1` repeat suffix (`DEV315`,
/// `ARC304-R1`, `TS-6050`, `LAB-4500LT`).
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
    let mut rest = &s[letters + hyphen + digits..];
    // (`LAB-4500LT`: a lab's letters after the number.)
    let tail = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if hyphen == 1 && (1..=3).contains(&tail) && !rest[tail..].starts_with(char::is_alphanumeric) {
        rest = &rest[tail..];
    }
    let rest = rest
        .strip_prefix("-R")
        .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    Some(s.len() - rest.len())
}

/// Whether `s` is a session code and nothing else (`DEV315`).
pub(super) fn is_session_code(s: &str) -> bool {
    session_code_len(s) == Some(s.len())
}

/// The times a slot is written with, once `〜`, `～`, `~` and `–` read
/// as `-`: `Some(true)` for a start and its end (`13:00〜17:00`, `10:00 -
/// 12:00`), `Some(false)` for one time alone, `None` for anything else.
pub(super) fn slot_times(s: &str) -> Option<bool> {
    let t = s.trim().replace(['〜', '～', '~', '–'], "-");
    let time = |x: &str| time_of_day(x.trim()).is_some_and(|r| r.trim().is_empty());
    match t.split_once('-') {
        Some((a, b)) => (time(a) && time(b)).then_some(true),
        None => time(&t).then_some(false),
    }
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

/// `09:45: The path to stable ABI for Rust, by …` (a planned schedule's
/// item): what follows a time of day and its separator, when it starts
/// with a letter (not a range's end, `10:00 - 11:00`); or a space, when a
/// capital or bold follows (`14:30 Keynote: …`, `10:15 **PyWeb**: …`).
pub(super) fn after_leading_time(s: &str) -> Option<&str> {
    let r = time_of_day(s)?;
    [": ", " - ", " – ", " | "]
        .iter()
        .find_map(|p| r.strip_prefix(p))
        .filter(|r| r.starts_with(char::is_alphabetic))
        .or_else(|| {
            r.strip_prefix(' ').filter(|r| {
                (r.starts_with(char::is_uppercase) || r.starts_with("**"))
                    // (`10:00 CET Opening remarks`: a time zone.)
                    && !matches!(
                        r.split_whitespace().next().unwrap_or(""),
                        "UTC" | "GMT" | "CET" | "CEST" | "BST" | "EST" | "EDT" | "CST" | "CDT"
                            | "MST" | "MDT" | "PST" | "PDT" | "JST" | "KST" | "IST" | "AEST"
                    )
            })
        })
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
    // (`Breakout Session 4: Impact Mapping with Innovation Games`.)
    "breakout session ",
    "breakout ",
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
pub(super) fn title_words(rest: &str) -> bool {
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

/// The rest of `First talk: Title`, `Second session - Title`, `Last
/// keynote: Title`: an ordinal in words, a kind of session, then a colon or
/// a spaced dash and a title.
fn strip_ordinal_talk(s: &str) -> Option<&str> {
    const ORDINALS: &[&str] = &[
        "first ", "second ", "third ", "fourth ", "fifth ", "sixth ", "seventh ", "eighth ",
        "ninth ", "tenth ", "last ", "final ",
    ];
    const KINDS: &[&str] = &["talk", "session", "keynote", "presentation"];
    let ord = ORDINALS.iter().find(|o| {
        s.len() > o.len() && s.is_char_boundary(o.len()) && s[..o.len()].eq_ignore_ascii_case(o)
    })?;
    let rest = &s[ord.len()..];
    let kind = KINDS.iter().find(|k| {
        rest.len() > k.len()
            && rest.is_char_boundary(k.len())
            && rest[..k.len()].eq_ignore_ascii_case(k)
    })?;
    let rest = &rest[kind.len()..];
    [": ", " - ", " – ", " : "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .map(str::trim_start)
        // (A title, capitalised: not `First talk: a disaster at a local
        // meetup`, the author's story.)
        .filter(|after| {
            after.split_whitespace().count() >= 2
                && after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"')
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
    // `First talk: React State Management in a GraphQL Era`: the author's
    // own count of the talks they saw, in words.
    if let Some(rest) = strip_ordinal_talk(s) {
        return rest;
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
    // `1-1. Title`, `2-3) Title`: a slot's and a talk's numbers.
    {
        let b = s.as_bytes();
        let d1 = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=2).contains(&d1) && b.get(d1) == Some(&b'-') {
            let d2 = b[d1 + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if (1..=2).contains(&d2)
                && let Some(rest) = s[d1 + 1 + d2..]
                    .strip_prefix(". ")
                    .or_else(|| s[d1 + 1 + d2..].strip_prefix(") "))
                && !rest.trim().is_empty()
            {
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
