//! Whether a heading names a day of the event: `Day 1`, `day one`,
//! `first day`, `KubeCon Day 1`, `Thursday 11th May`, `2023-05-11`,
//! `20201013`, `Dag 1`, `Primer día`, `1日目`, `第1天`, `1일차`; and the
//! weekdays, in English and the languages notes are written in. Used
//! through the words of headings ([`super::headings`]) and the slots.

/// Weekdays and their abbreviations (lowercase).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    // The same in the languages notes are written in (whole words only:
    // `segunda` or `quinta` alone are numbers too).
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// A month's name or its abbreviation (lowercase), in English and the
/// languages notes are written in (not `mars`, a planet, nor Dutch's
/// `mei`; `mai` is German's and French's May). A `match`, not a scan of a
/// list: it runs for every word of every heading.
fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "januar"
            | "februar"
            | "märz"
            | "mai"
            | "juni"
            | "juli"
            | "oktober"
            | "dezember"
            | "janvier"
            | "février"
            | "avril"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
            | "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
            | "janeiro"
            | "fevereiro"
            | "março"
            | "maio"
            | "junho"
            | "julho"
            | "setembro"
            | "outubro"
            | "novembro"
            | "dezembro"
            | "gennaio"
            | "febbraio"
            | "aprile"
            | "maggio"
            | "giugno"
            | "luglio"
            | "settembre"
            | "ottobre"
            | "dicembre"
            | "januari"
            | "februari"
            | "maart"
            | "augustus"
    )
}

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "first", "second", "third", "fourth",
    "fifth", "last", "zero",
];

/// `1日目`, `２日目`, `第1天`, `第二天`, `1일차`, `1일째`: a day and its number.
fn cjk_day(word: &str) -> bool {
    let digits = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "一二三四五六七八九十".contains(c)
            })
    };
    word.strip_suffix("日目").is_some_and(digits)
        || word
            .strip_prefix('第')
            .and_then(|w| w.strip_suffix('天').or_else(|| w.strip_suffix('日')))
            .is_some_and(digits)
        || word
            .strip_suffix("일차")
            .or_else(|| word.strip_suffix("일째"))
            .is_some_and(digits)
}

/// `day 1`, `day one`, `first day`, `thursday 11th may`, `2023-05-11`,
/// `may 11, 2023`, `Dag 1`, `1日目`: a day heading (maybe followed by `:
/// remark` or `- remark` for `Day N`).
pub(crate) fn is_day(norm: &str) -> bool {
    // The first nine words (no more are looked at), without a Vec.
    let mut buf = [""; 9];
    let mut count = 0;
    for w in norm
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if let Some(slot) = buf.get_mut(count) {
            *slot = w;
        }
        count += 1;
    }
    let words = &buf[..count.min(buf.len())];
    let Some(first) = words.first() else {
        return false;
    };
    // `1日目`, `2日目：セッション` (Japanese), `第1天` (Chinese), `1일차`
    // (Korean): the day written with its number in CJK.
    if words.len() <= 3 && cjk_day(first) {
        return true;
    }
    // `KubeCon Day 1`, `Kubecon Day one`: an event's day.
    if words.len() <= 6
        && words.windows(2).skip(1).any(|w| {
            w[0] == "day"
                && (w[1].bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&w[1]))
        })
    {
        return true;
    }
    // (`Dag 1` in Swedish, Danish, Norwegian and Dutch, `Tag 2`, `Día 1`,
    // `Jour 2`, `Giorno 3`, `Dia 1`.)
    if matches!(
        *first,
        "day" | "dag" | "tag" | "día" | "dia" | "jour" | "giorno" | "dzień"
    ) {
        return words
            .get(1)
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(w));
    }
    if first.len() > 3 && first.starts_with("day") && first[3..].bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    if words.len() == 2 && words[1] == "day" && NUMBER_WORDS.contains(first) {
        return true;
    }
    // `Primer día`, `Segundo dia`, `Premier jour`, `Zweiter Tag`, `Primo
    // giorno`: an ordinal, then the day, in the languages of notes.
    if words.len() == 2
        && matches!(
            words[1],
            "día" | "dia" | "jour" | "journée" | "tag" | "giorno"
        )
        && matches!(
            *first,
            "primer"
                | "primero"
                | "segundo"
                | "tercer"
                | "tercero"
                | "último"
                | "primeiro"
                | "terceiro"
                | "premier"
                | "première"
                | "deuxième"
                | "second"
                | "seconde"
                | "troisième"
                | "dernier"
                | "erster"
                | "zweiter"
                | "dritter"
                | "letzter"
                | "primo"
                | "secondo"
                | "terzo"
                | "ultimo"
        )
    {
        return true;
    }
    if words.len() > 8 {
        return false;
    }
    // (Beside a month: `Segunda-feira, 30 de abril de 2018, 17h`,
    // Portugal's and Brazil's weekdays, Spanish's and French's `de`, `le`.)
    let date_word = |w: &&str| {
        WEEKDAYS.contains(w)
            || is_month(w)
            || matches!(
                *w,
                "the"
                    | "of"
                    | "de"
                    | "del"
                    | "le"
                    | "feira"
                    | "segunda"
                    | "terça"
                    | "quarta"
                    | "quinta"
                    | "sexta"
            )
            || {
                let digits = w.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0
                    && digits <= 4
                    && matches!(
                        &w[digits..],
                        "" | "st" | "nd" | "rd" | "th" | "am" | "pm" | "h"
                    )
            }
    };
    // `# 17th`, `# 18th`: the day of the month alone.
    if let [w] = words
        && let Some(n) = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
        && matches!(n.parse::<u8>(), Ok(1..=31))
    {
        return true;
    }
    // `20201013`: a date written as one number, year, month, day.
    if let [w] = words
        && compact_date(w)
    {
        return true;
    }
    let has_anchor = words.iter().any(|w| WEEKDAYS.contains(w) || is_month(w))
        || (words.len() == 3
            && words[0].len() == 4
            && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit())));
    has_anchor && words.iter().all(date_word)
}

/// Whether `s` is a date written in words, maybe with its time and time
/// zone (`Thursday, Aug 16th 2018 at 13:00 Eastern Daylight Time`,
/// `March 3, 2019`): a weekday or month first, a year in it, and no
/// other words but numbers, times and time zones.
pub(crate) fn is_worded_date(s: &str) -> bool {
    let mut words = s
        .split_whitespace()
        .map(|w| w.trim_matches([',', '.']))
        .filter(|w| !w.is_empty())
        .peekable();
    if !words.peek().is_some_and(|w| is_weekday_or_month(w)) {
        return false;
    }
    let mut year = false;
    let all = words.all(|w| {
        let number = w.starts_with(|c: char| c.is_ascii_digit());
        year |= super::util::is_year(w);
        number
            || is_weekday_or_month(w)
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "at" | "am"
                    | "pm"
                    | "of"
                    | "the"
                    | "eastern"
                    | "pacific"
                    | "central"
                    | "daylight"
                    | "standard"
                    | "time"
                    | "edt"
                    | "est"
                    | "pdt"
                    | "pst"
                    | "cdt"
                    | "cst"
                    | "cet"
                    | "cest"
                    | "utc"
                    | "gmt"
                    | "bst"
                    | "jst"
                    | "kst"
                    | "ist"
            )
    });
    // (A year in it: not `Friday 13th: The Horror of Legacy Code`; and
    // time zones by name: not `Jan 2020 RFC: …`.)
    all && year
}

/// Whether a word is a weekday or a month's name, any case (`Tuesday`,
/// `March`).
pub(crate) fn is_weekday_or_month(word: &str) -> bool {
    let w = word.to_lowercase();
    WEEKDAYS.contains(&w.as_str()) || is_month(&w)
}

/// A numeric date, `2016-11-24` (also with `/` or `.`): its length at the
/// start of `s`, if `s` starts with one.
/// `20201013`: a date written as one number, year, month, day.
fn compact_date(w: &str) -> bool {
    w.len() == 8
        && w.bytes().all(|b| b.is_ascii_digit())
        && super::util::is_year(&w[..4])
        && matches!(w[4..6].parse::<u8>(), Ok(1..=12))
        && matches!(w[6..8].parse::<u8>(), Ok(1..=31))
}

/// Whether `s` is a numeric date and nothing else (`2016-11-24`,
/// `20250625`).
pub(crate) fn is_numeric_date(s: &str) -> bool {
    numeric_date_len(s) == Some(s.len())
}

fn numeric_date_len(s: &str) -> Option<usize> {
    // (`20250625:`, a meetup archive's date as one number.)
    if s.get(..8).is_some_and(compact_date)
        && !s.as_bytes().get(8).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Some(8);
    }
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let sep = b
        .get(4)
        .copied()
        .filter(|c| matches!(c, b'-' | b'/' | b'.'))?;
    (digits(0..4)
        && digits(5..7)
        && b.get(7) == Some(&sep)
        && digits(8..10)
        && !b.get(10).is_some_and(u8::is_ascii_alphanumeric))
    .then_some(10)
}

/// `2019-03-28 - Name - Title`, `2016-11-24: Name - Title`, `2016-07-22 -
/// 2016-07-24: Event`: what follows a numeric date (or a range of two)
/// and its separator at the start of a line, when something does.
pub(crate) fn after_leading_date(s: &str) -> Option<&str> {
    // (`[20250625](…/events/307827448): Name: Title`: the date links to
    // the meeting's page.)
    if let Some(inner) = s.strip_prefix('[')
        && let Some(n) = numeric_date_len(inner)
        && let Some(after) = inner[n..].strip_prefix("](")
        && let Some(close) = after.find(')')
    {
        let rest = after[close + 1..].trim_start_matches([' ', '\t']);
        let rest = [":", "- ", "– ", "— ", "|"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))?
            .trim_start();
        return (!rest.is_empty()).then_some(rest);
    }
    let mut rest = &s[numeric_date_len(s)?..];
    // A range: `2016-07-22 - 2016-07-24`.
    for dash in [" - ", " – ", "-", "–"] {
        if let Some(r) = rest.strip_prefix(dash)
            && let Some(n) = numeric_date_len(r)
        {
            rest = &r[n..];
            break;
        }
    }
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = [":", "- ", "– ", "— ", "|"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?
        .trim_start();
    (!rest.is_empty()).then_some(rest)
}
