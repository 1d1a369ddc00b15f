//! Speaker lists: `Donovan Brown & Jessica Deen, Microsoft` into names and
//! orgs.
//!
//! The rule for commas, which are ambiguous (`A, B` may be two people or a
//! person and their company):
//!
//! 1. The text splits into groups on `&`, ` and ` and `;`, and each group
//!    into parts on `,`. Separators inside parentheses do not count.
//! 2. If the last group has exactly two parts, the text is read as naming
//!    orgs: every group of exactly two parts is `name, org`, and a group
//!    without an org takes the org of the nearest group after it that has
//!    one. So `A & B, Microsoft` is A and B at Microsoft; `A, X & B, Y` is A
//!    at X and B at Y; a lone `A, Company` is a name and an org, except
//!    after a plural key (`Speakers: A, B`, front matter `speakers: A, B`),
//!    where a lone pair is two names.
//! 3. Otherwise every part is a name and nobody has an org: `A, B & C` and
//!    `A, B, C` are three names.
//! 4. A part written `Name (Company)` always has that org (it wins over a
//!    trailing one), and such a part is never read as an org; `@handles`
//!    are dropped from names (a lone `@handle` is the name, without `@`).
//!
//! The work is linear in the length of the text, whatever the number of
//! speakers.

use super::markers::plain_inline;
use super::names;

/// `and` in the languages notes are written in (`Carla e Joenio`, `Jan und
/// Eva`, `Ana y Luis`), lowercase: between names, it joins two people.
pub(super) const AND_WORDS: &[&str] = &["and", "und", "et", "y", "e", "en", "i"];

/// A speaker as the notes name them, before linking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SpeakerRef {
    pub name: String,
    pub org: Option<String>,
    /// The notes gave an `@handle` for them.
    pub handle: bool,
}

/// Splits a speaker list (see the module documentation for the rules).
pub(crate) fn parse_speakers(s: &str) -> Vec<SpeakerRef> {
    split_speakers(s, false)
}

/// [`parse_speakers`] of a list introduced by a plural key (`Speakers:`):
/// a lone `A, B` is two names.
pub(crate) fn parse_speakers_plural(s: &str) -> Vec<SpeakerRef> {
    split_speakers(s, true)
}

fn split_speakers(s: &str, plural: bool) -> Vec<SpeakerRef> {
    let plain = plain_inline(s);
    let cleaned = clean_list(&plain);
    let cleaned = co_speakers_in_parens(&cleaned);
    let mut groups = split_groups(&cleaned);
    for g in &mut groups {
        for p in g.iter_mut() {
            if let Some(q) = role_after_dash(p) {
                *p = q;
            }
        }
        join_org_suffixes(g);
        drop_roles(g);
    }
    let last_pair = groups
        .last()
        .is_some_and(|g| g.len() == 2 && is_org_pair(g));
    let org_mode = !(plural && groups.len() == 1) && last_pair;
    let mut out: Vec<SpeakerRef> = Vec::new();
    let mut pending: Option<String> = None;
    // Walk from the end so a trailing org reaches the groups before it.
    for (k, g) in groups.iter().rev().enumerate() {
        // (The last group's reading is known already.)
        if org_mode && g.len() == 2 && (if k == 0 { last_pair } else { is_org_pair(g) }) {
            let org = clean_org(&g[1]);
            if let Some(mut r) = parse_name(&g[0]) {
                if r.org.is_none() {
                    r.org.clone_from(&org);
                }
                out.push(r);
            }
            pending = org;
        } else if groups.len() == 1
            && g.len() >= 3
            && match names::shape(&g[0]) {
                names::Shape::Person { .. } => true,
                // (A name no list knows, `Sergey Nikolenko`, when an
                // acronym after it says orgs follow; not `Less Hype, More
                // Media, Please`.)
                names::Shape::Capitalised => {
                    (2..=3).contains(&g[0].split_whitespace().count())
                        && g[1..].iter().any(|p| {
                            p.split_whitespace()
                                .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
                        })
                }
                _ => false,
            }
            && g[1..].iter().all(|p| {
                // (An org's shape: one word, an acronym, or an org's
                // words; not `Sham Kakade`, a co-author.)
                let words = p.split_whitespace().count();
                words <= 4
                    && !matches!(names::shape(p), names::Shape::Person { .. })
                    && (words == 1
                        || names::is_org(p)
                        || p.split_whitespace()
                            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())))
            })
        {
            // `Sergey Nikolenko, Neuromation, PDMI RAS`: one person, then
            // the organisations they are with.
            let orgs: Vec<String> = g[1..].iter().filter_map(|p| clean_org(p)).collect();
            if let Some(mut r) = parse_name(&g[0]) {
                if r.org.is_none() && !orgs.is_empty() {
                    r.org = Some(orgs.join(", "));
                }
                out.push(r);
            }
        } else {
            for part in g.iter().rev() {
                if let Some(mut r) = parse_name(part) {
                    if r.org.is_none() {
                        r.org.clone_from(&pending);
                    }
                    out.push(r);
                }
            }
        }
    }
    out.reverse();
    // `all speakers`, `TBD`, `n/a`: a cell or line saying nobody in
    // particular.
    out.retain(|r| !is_placeholder(&r.name));
    // `Ada Lovelace, Professor of Mathematics and Poetry`: when people are
    // named, what is not a person (a job title, a phrase, a lone
    // capitalised word that is no given name) is not a speaker.
    if out.len() > 1 {
        let shapes: Vec<names::Shape> = out.iter().map(|r| names::shape(&r.name)).collect();
        if shapes
            .iter()
            .any(|s| matches!(s, names::Shape::Person { given: true }))
        {
            let mut shape = shapes.into_iter();
            out.retain(|r| match shape.next() {
                Some(names::Shape::Person { .. }) => true,
                Some(names::Shape::Capitalised) => r.handle || r.name.contains(' '),
                _ => r.handle,
            });
        }
    }
    out
}

/// Whether a speaker's name says nobody in particular (`all speakers`,
/// `TBD`, `various`).
fn is_placeholder(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    matches!(
        lower.trim_end_matches('.'),
        "all speakers"
            | "all presenters"
            | "all panelists"
            | "everyone"
            | "various"
            | "various speakers"
            | "tbd"
            | "tba"
            | "tbc"
            | "n/a"
            | "none"
            | "unknown"
            | "?"
    )
}

/// `A (B)` where B is a person is two speakers: `A & B`.
/// Whether `c` is written in Chinese, Japanese kana or Korean Hangul.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

fn co_speakers_in_parens(s: &str) -> std::borrow::Cow<'_, str> {
    let Some(open) = s.find('(') else {
        return std::borrow::Cow::Borrowed(s);
    };
    let Some(close) = s[open..].find(')').map(|i| open + i) else {
        return std::borrow::Cow::Borrowed(s);
    };
    let inner = s[open + 1..close].trim();
    // `李智樺 (Ruddy 老師)`, `史甫仁 (Jeff Shih)`: after a name written in
    // Chinese, Japanese or Korean, a name in parentheses is how that
    // person is also known (a romanised name, a nickname), not another
    // person; an org stays one (`王芳 (Alibaba)`).
    let before = s[..open].trim_end();
    let alias = inner.chars().any(is_cjk)
        || inner
            .split_whitespace()
            .next()
            .is_some_and(names::is_given_name);
    if alias
        && before
            .rsplit([',', '&'])
            .next()
            .is_some_and(|name| name.chars().any(is_cjk))
    {
        return std::borrow::Cow::Owned(format!("{before}{}", &s[close + 1..]));
    }
    // Not `(Responsible AI)`: an acronym is no part of a name.
    let acronym = inner
        .split_whitespace()
        .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    // (Capitalised words with no known given name are an organisation
    // as often: `Joe Crespo (Aten Design)`.)
    let person = !acronym
        && match names::shape(inner) {
            names::Shape::Person { given } => given || inner.contains(' '),
            _ => false,
        };
    if person && !inner.contains(',') && !names::is_org(inner) && !names::is_role(inner) {
        let before = s[..open].trim_end();
        if !before.is_empty() {
            return std::borrow::Cow::Owned(format!("{before} & {inner}{}", &s[close + 1..]));
        }
    }
    std::borrow::Cow::Borrowed(s)
}

/// A speaker list without what never names a speaker: a leading `by`, a
/// dangling `by` or `@` at the end, language markers (`(EN)`), what follows
/// a ` | ` that is not a name (`By A | Event 2024`), and a dash before a
/// handle (`Name - @handle`).
fn clean_list(s: &str) -> String {
    let mut t = s.trim();
    // `By A | DevOpsDays 2024`: the part after the bar is the event.
    // Not a bar inside parentheses (`Yogesh Kulkarni (AI Coach | ML
    // Google Developer Expert)`): that is the person's roles.
    if let Some((head, tail)) = split_outside_parens(t, '|')
        && head.ends_with(' ')
        && tail.starts_with(' ')
        && !names::is_person(tail.trim(), false)
    {
        t = head.trim();
    }
    if let Some(rest) = super::markers::strip_by(t) {
        t = rest.trim_start();
    }
    let mut words: Vec<&str> = t.split_whitespace().collect();
    // Dangling `by`, `@`, `-` at the end (`Jonathan Perry, Flowtune by @`).
    while let Some(last) = words.last() {
        let l = last.trim_end_matches(',');
        if l.eq_ignore_ascii_case("by") || l == "@" || l == "-" || l == "|" || l == "–" {
            words.pop();
        } else {
            break;
        }
    }
    let mut out = String::with_capacity(t.len());
    for (i, w) in words.iter().enumerate() {
        // A language marker: `(EN)`, `[JA]`.
        let inner = w.trim_matches(['(', ')', '[', ']']);
        if w.len() == inner.len() + 2
            && inner.len() == 2
            && inner.chars().all(|c| c.is_ascii_uppercase())
        {
            continue;
        }
        // `Name - @handle`: the dash only introduces the handle.
        if (*w == "-" || *w == "–" || *w == "—")
            && words.get(i + 1).is_some_and(|n| n.starts_with('@'))
        {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `Yong Tang, MobileIron, Inc.`: a company suffix standing as its own
/// part belongs to the part before it.
fn join_org_suffixes(g: &mut Vec<String>) {
    let mut i = 1;
    while i < g.len() {
        let lower = g[i].trim().trim_end_matches('.').to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "inc" | "llc" | "ltd" | "gmbh" | "ag" | "corp" | "co" | "plc" | "bv" | "sa" | "pty ltd"
        ) {
            let suffix = g.remove(i);
            g[i - 1] = format!("{}, {}", g[i - 1], suffix);
        } else {
            i += 1;
        }
    }
}

/// `Nguyễn Gia Hưng – Head of Solutions Architect`, `Trần Đức Anh – FCJ
/// Security Ambassador – SGU`: a job title after a spaced dash is not part
/// of the name, and what follows it is the organisation (`Name (Org)`).
fn role_after_dash(part: &str) -> Option<String> {
    let (at, len) = super::util::first_spaced_dash(part)?;
    let name = part[..at].trim();
    let rest = part[at + len..].trim();
    if name.is_empty() {
        return None;
    }
    let (role, org) = match super::util::last_spaced_dash(rest) {
        Some((at2, len2)) => (rest[..at2].trim(), Some(rest[at2 + len2..].trim())),
        None => (rest, None),
    };
    if !names::is_job_title(role) {
        // `Laura Bell @lady_nerd - SafeStack`: a person (maybe with a
        // handle), a dash, and one short capitalised org.
        let bare_name = name
            .split_whitespace()
            .filter(|w| !w.starts_with('@'))
            .collect::<Vec<_>>()
            .join(" ");
        let person = match names::shape(&bare_name) {
            names::Shape::Person { .. } => true,
            names::Shape::Capitalised => (2..=3).contains(&bare_name.split_whitespace().count()),
            _ => false,
        };
        let org_like = org.is_none()
            && (1..=4).contains(&rest.split_whitespace().count())
            && rest.starts_with(char::is_uppercase)
            && !rest.contains([',', '(', '&'])
            && !matches!(names::shape(rest), names::Shape::Person { .. })
            && !names::is_person(rest, true);
        // (With a handle only: `Ada Lovelace - Engines` may be a title
        // after its speaker.)
        return (person && org_like && name.contains('@')).then(|| format!("{name} ({rest})"));
    }
    Some(match org.filter(|o| !o.is_empty() && !names::is_role(o)) {
        Some(o) => format!("{name} ({o})"),
        None => name.to_string(),
    })
}

/// `Name, Senior Engineer, Acme`: job titles are not names or orgs.
fn drop_roles(g: &mut Vec<String>) {
    if g.len() >= 2 {
        let first = g[0].clone();
        g.retain(|p| *p == first || !names::is_role(p));
    }
}
/// One speaker from a list item of front matter: `Name (Company)`,
/// `Name, Company` or just `Name`.
pub(crate) fn parse_one_speaker(s: &str) -> Option<SpeakerRef> {
    let (name, org) = match split_outside_parens(s, ',') {
        Some((n, o)) if !n.contains('(') => (n, clean_org(o)),
        _ => (s, None),
    };
    let mut r = parse_name(name)?;
    if r.org.is_none() {
        r.org = org;
    }
    Some(r)
}

/// Whether a two-part group reads as `name, org`: not when either part
/// has its own org in parentheses, and not when the second part is a
/// person too (`Ada Lovelace, Grace Hopper`).
fn is_org_pair(g: &[String]) -> bool {
    if g.iter().any(|p| p.contains('(')) {
        return false;
    }
    let second = strip_handles(&g[1]);
    if names::is_org(&second) {
        return true;
    }
    let first_person = matches!(
        names::shape(&strip_handles(&g[0])),
        names::Shape::Person { .. }
    );
    // `Ada Lovelace, Grace Hopper`: a second name that starts with a known
    // given name is a person (`Ada Lovelace, Analytical Engines` is not:
    // two capitalised words are an org as often as a name). After a full
    // name, one lone word is an org even when it is also a given name
    // (`Noah Okafor, Wayne`): people are named in full beside each other.
    let words = |s: &str| s.split_whitespace().count();
    let second_person = matches!(names::shape(&second), names::Shape::Person { given: true })
        && (words(&second) >= 2 || words(&g[0]) < 2);
    !(first_person && second_person)
}
/// `s` without its `@handles`.
fn strip_handles(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits on group separators (`&`, ` and `, `;`, ` + `) and part
/// separators (`,`) outside parentheses. Empty parts and groups are
/// dropped.
fn split_groups(s: &str) -> Vec<Vec<String>> {
    let b = s.as_bytes();
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                push_part(&mut parts, &s[start..i]);
                start = i + 1;
            }
            b'&' | b';' if depth == 0 => {
                push_part(&mut parts, &s[start..i]);
                if !parts.is_empty() {
                    groups.push(std::mem::take(&mut parts));
                }
                start = i + 1;
            }
            b' ' if depth == 0 && b.get(i + 1) == Some(&b'+') && b.get(i + 2) == Some(&b' ') => {
                push_part(&mut parts, &s[start..i]);
                if !parts.is_empty() {
                    groups.push(std::mem::take(&mut parts));
                }
                i += 3;
                start = i;
                continue;
            }
            b' ' if depth == 0
                && and_len(&b[i..]).is_some_and(|n| n > 2 || after_name(&b[..i])) =>
            {
                push_part(&mut parts, &s[start..i]);
                if !parts.is_empty() {
                    groups.push(std::mem::take(&mut parts));
                }
                i += and_len(&b[i..]).unwrap_or(4);
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    push_part(&mut parts, &s[start..]);
    if !parts.is_empty() {
        groups.push(parts);
    }
    groups
}

/// Adds a trimmed, non-empty part.
fn push_part(parts: &mut Vec<String>, p: &str) {
    let p = p.trim();
    if !p.is_empty() {
        parts.push(p.to_string());
    }
}

/// Whether `b` ends with a capitalised word (`Silveira` in `Guilherme
/// Silveira e Adriano`, not `co-fundador` in `co-fundador e CEO`).
fn after_name(b: &[u8]) -> bool {
    let start = b.iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
    b.get(start).is_some_and(u8::is_ascii_uppercase)
}

/// The length of ` and `, ` und ` or ` et ` (any case), or of ` e ` or
/// ` y ` before a capital, at the start of `b` less its last space, if
/// one is there: names joined in English, German, French, Portuguese,
/// Italian or Spanish.
fn and_len(b: &[u8]) -> Option<usize> {
    if b.len() >= 5 && b[4] == b' ' {
        let w = &b[1..4];
        if w.eq_ignore_ascii_case(b"and") || w.eq_ignore_ascii_case(b"und") {
            return Some(4);
        }
    }
    // `Guilherme Silveira e Adriano Almeida`, `Ana y Luis`: Portuguese,
    // Italian and Spanish, before a capitalised name only.
    if b.len() >= 4 && b[2] == b' ' && matches!(b[1], b'e' | b'y') && b[3].is_ascii_uppercase() {
        return Some(2);
    }
    // (Not `et al.`.)
    (b.len() >= 4
        && b[3] == b' '
        && b[1..3].eq_ignore_ascii_case(b"et")
        && !b[4..].starts_with(b"al"))
    .then_some(3)
}

fn split_outside_parens(s: &str, sep: char) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if c == sep && depth == 0 => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

/// A name part: `Name`, `Name (Company)`, `Name @handle`, `by Name`.
fn parse_name(part: &str) -> Option<SpeakerRef> {
    let plain = plain_inline(part);
    let mut s = plain.trim();
    if let Some(rest) = super::markers::strip_by(s) {
        s = rest.trim_start();
    }
    // `Panel with Chandler Carruth`: the kind of session before the
    // first of its people.
    for lead in [
        "Panel with ",
        "panel with ",
        "Panel: ",
        "Fireside chat with ",
    ] {
        if let Some(rest) = s.strip_prefix(lead)
            && rest.split_whitespace().count() >= 2
        {
            s = rest.trim_start();
            break;
        }
    }
    // An honorific before a name of two words or more (`Dr. Franziska
    // Hinkelmann`) is not part of it.
    for title in ["Dr. ", "Prof. ", "Mr. ", "Mrs. ", "Ms. ", "Dr ", "Prof "] {
        if let Some(rest) = s.strip_prefix(title)
            && rest.split_whitespace().count() >= 2
        {
            s = rest.trim_start();
            break;
        }
    }
    // `Devin Zuczek (DLC Solutions).`: the sentence's full stop.
    if let Some(x) = s.strip_suffix(").") {
        s = &s[..x.len() + 1];
    }
    let mut org = None;
    if s.ends_with(')')
        && let Some(open) = s.rfind('(')
    {
        org = org_in_parens(&s[open + 1..s.len() - 1]);
        s = s[..open].trim_end();
    }
    // `Nick Sweeting from Monadical`: a person, then who they spoke for.
    if org.is_none()
        && let Some((who, from)) = s.split_once(" from ")
        && (2..=4).contains(&who.split_whitespace().count())
        && names::is_person(who.trim(), false)
        && (1..=4).contains(&from.split_whitespace().count())
        && from.starts_with(char::is_uppercase)
        && !names::is_person(from.trim(), false)
    {
        org = Some(from.trim().trim_end_matches('.').to_string());
        s = who.trim_end();
    }
    let mut name = String::with_capacity(s.len());
    let mut handle = None;
    for word in s.split_whitespace() {
        if let Some(h) = word.strip_prefix('@') {
            if handle.is_none() && !h.is_empty() {
                handle = Some(h);
            }
            continue;
        }
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    let trimmed = name
        .trim_matches(|c: char| c == ':' || c == '-' || c == '|' || c == ',' || c.is_whitespace());
    let name = if trimmed.is_empty() {
        handle?
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_')
            .to_string()
    } else if trimmed.len() == name.len() {
        name
    } else {
        trimmed.to_string()
    };
    // (`?` for a name the notes did not know is nobody.)
    if !name.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(SpeakerRef {
        name,
        org,
        handle: handle.is_some(),
    })
}

/// The org of `Name (…)`: the whole text, or after `at`/`in`/`@`/`,`
/// when it starts with a job title (`Principal eng in Google`); nothing
/// when it is only a job title or a handle.
fn org_in_parens(s: &str) -> Option<String> {
    let t = s.trim();
    if t.starts_with('@') {
        return None;
    }
    for sep in [" at ", " in ", " @ ", ", ", " of ", " for "] {
        if let Some((role, org)) = t.split_once(sep)
            && names::is_role(role)
        {
            return clean_org(org);
        }
    }
    if names::is_role(t) {
        return None;
    }
    clean_org(t)
}

fn clean_org(s: &str) -> Option<String> {
    let plain = plain_inline(s);
    let mut t = plain.trim();
    // A full stop ends the sentence (`CTO da StatsBomb.`), not `Inc.`.
    if let Some(x) = t.strip_suffix('.')
        && !x.rsplit(' ').next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "inc" | "ltd" | "co" | "corp" | "llc" | "bv" | "sa" | "plc" | "ag" | "gmbh"
            ) || w.chars().count() == 1
        })
    {
        t = x;
    }
    // `analista quantitativo na Smartodds`, `CTO da StatsBomb`, `chefe de
    // ciências do esporte no AFC Ajax`: a job, then where (in English,
    // Portuguese, Spanish, German or French).
    if let Some((at, len)) = [
        " at ", " @ ", " na ", " no ", " da ", " do ", " en ", " em ", " bei ", " chez ",
    ]
    .iter()
    .filter_map(|sep| super::util::rfind_ci(t, sep).map(|at| (at, sep.len())))
    .max()
        && {
            let job = &t[..at];
            job.starts_with(char::is_lowercase) || names::is_role(job)
        }
        && t[at + len..].starts_with(char::is_uppercase)
    {
        t = t[at + len..].trim();
    }
    // `Clojutre 2019`: an event with its year is not who they work for.
    let year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
    if t.is_empty() || year {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    // Handles after an org (`Weaveworks @lelenanam`) are the person's.
    for w in t.split_whitespace().filter(|w| !w.starts_with('@')) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    // (Nothing left but a handle: `Mike McNeil, @mikermcneil`.)
    (!out.is_empty()).then_some(out)
}

/// Whether the names look like people's names, for the lines that only
/// guess (an emphasised line, `By ...`, a plain line under a heading): each
/// is a person by [`names::shape`], or capitalised words backed by an
/// `@handle`, and none is an org, a job title or a phrase.
pub(crate) fn plausible(refs: &[SpeakerRef]) -> bool {
    !refs.is_empty()
        && refs.iter().all(|r| match names::shape(&r.name) {
            names::Shape::Person { .. } => true,
            names::Shape::Capitalised => r.handle || r.name.split_whitespace().count() >= 2,
            _ => false,
        })
        // Not `Johannes Mainusch (dass neben technischer Expertise …)`:
        // an organisation is no clause of a sentence.
        && refs.iter().all(|r| {
            r.org.as_deref().is_none_or(|o| {
                !(o.starts_with(char::is_lowercase) && o.split_whitespace().count() >= 4)
            })
        })
}

/// [`plausible`], stricter: at least one name starts with a known given
/// name (or has a handle), for lines with no other evidence.
pub(crate) fn convincing(refs: &[SpeakerRef]) -> bool {
    plausible(refs)
        && refs.iter().any(|r| {
            r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
        })
}

/// Speakers as tests write them: `Name @ Org | Name`.
#[cfg(test)]
pub(crate) fn shown(people: &[SpeakerRef]) -> String {
    people
        .iter()
        .map(|r| match &r.org {
            Some(o) => format!("{} @ {o}", r.name),
            None => r.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str) -> String {
        shown(&parse_speakers(s))
    }

    #[test]
    fn placeholders_are_nobody() {
        assert_eq!(show("all speakers"), "");
        assert_eq!(show("TBD"), "");
        assert_eq!(show("Ada Lovelace & TBA"), "Ada Lovelace");
    }

    #[test]
    fn trailing_org_belongs_to_the_speakers_before_it() {
        assert_eq!(
            show("Donovan Brown & Jessica Deen, Microsoft"),
            "Donovan Brown @ Microsoft | Jessica Deen @ Microsoft"
        );
        assert_eq!(
            show("Kingdon Barrett, Weaveworks"),
            "Kingdon Barrett @ Weaveworks"
        );
        assert_eq!(
            show("Jay Chen & Aviv Sasson, Palo Alto Networks"),
            "Jay Chen @ Palo Alto Networks | Aviv Sasson @ Palo Alto Networks"
        );
        assert_eq!(show("A, X & B, Y"), "A @ X | B @ Y");
        assert_eq!(show("A, X and B and C, Y"), "A @ X | B @ Y | C @ Y");
        assert_eq!(
            show("A, B, C & D, Acme"),
            "A @ Acme | B @ Acme | C @ Acme | D @ Acme"
        );
    }

    #[test]
    fn a_lone_word_after_a_full_name_is_its_org_even_when_a_given_name() {
        let got = parse_speakers("Noah Okafor, Wayne");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "Noah Okafor");
        assert_eq!(got[0].org.as_deref(), Some("Wayne"));
        // Two full names stay two people.
        assert_eq!(parse_speakers("Noah Okafor, Ada Lovelace").len(), 2);
    }

    #[test]
    fn without_a_trailing_org_commas_separate_names() {
        assert_eq!(show("A, B & C"), "A | B | C");
        assert_eq!(show("A, B, C"), "A | B | C");
        assert_eq!(
            show("Alex Jones and Anaïs Urlichs"),
            "Alex Jones | Anaïs Urlichs"
        );
        assert_eq!(show("A, B, and C"), "A | B | C");
        assert_eq!(show("A; B"), "A | B");
        // Names joined in German or French; `et al.` is nobody.
        assert_eq!(
            show("Steve Souders et Patrick Meenan"),
            "Steve Souders | Patrick Meenan"
        );
        assert_eq!(
            show("Nikolas Göbel und Malte Sandstede"),
            "Nikolas Göbel | Malte Sandstede"
        );
        assert!(!show("Jane Doe et al.").contains("| al"));
    }

    #[test]
    fn parenthesised_orgs_handles_and_markup() {
        assert_eq!(show("A (Red Hat, Inc.), B"), "A @ Red Hat, Inc. | B");
        assert_eq!(show("A (X) & B, Y"), "A @ X | B @ Y");
        assert_eq!(
            show("Kelsey Hightower @kelseyhightower"),
            "Kelsey Hightower"
        );
        assert_eq!(show("@solo"), "solo");
        assert_eq!(
            show("**Ada Lovelace**, [Analytical](https://x)"),
            "Ada Lovelace @ Analytical"
        );
        assert_eq!(show("by Ada & Bob"), "Ada | Bob");
        assert_eq!(show(" & , ; "), "");
        assert_eq!(
            show("Ben Anderson & Sandra Andrews"),
            "Ben Anderson | Sandra Andrews"
        );
    }

    #[test]
    fn one_speaker_per_front_matter_item() {
        let r = parse_one_speaker("Aviv Sasson, Palo Alto Networks").unwrap();
        assert_eq!(
            (r.name.as_str(), r.org.as_deref()),
            ("Aviv Sasson", Some("Palo Alto Networks"))
        );
        let r = parse_one_speaker("Jay Chen (Palo Alto Networks)").unwrap();
        assert_eq!(
            (r.name.as_str(), r.org.as_deref()),
            ("Jay Chen", Some("Palo Alto Networks"))
        );
        assert!(parse_one_speaker("  ").is_none());
    }

    #[test]
    fn plausible_names() {
        assert!(plausible(&parse_speakers(
            "Ada Lovelace and Ludwig van Beethoven"
        )));
        assert!(plausible(&parse_speakers("Anaïs Urlichs")));
        assert!(!plausible(&parse_speakers("Great talk!")));
        assert!(!plausible(&parse_speakers("very good")));
        assert!(!plausible(&parse_speakers("Top 10 Tips")));
        assert!(!plausible(&[]));
    }

    #[test]
    fn ten_thousand_speakers_are_linear() {
        let s = (0..10_000)
            .map(|i| format!("Speaker N{i}"))
            .collect::<Vec<_>>()
            .join(" & ");
        assert_eq!(parse_speakers(&s).len(), 10_000);
    }
}
