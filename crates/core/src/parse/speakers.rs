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
use super::orgs_and_jobs;
use super::speaker_name::parse_name;
use super::speaker_orgs::{
    clean_org, drop_roles, is_org_pair, join_org_suffixes, person_with_orgs, role_after_dash,
};

/// `and` in the languages notes are written in (`Carla e Joenio`, `Jan und
/// Eva`, `Ana y Luis`), lowercase: between names, it joins two people.
pub(super) const AND_WORDS: &[&str] = &["and", "und", "et", "y", "e", "en", "i"];

/// The first of the people a list names (`Florian Effenberger und Carsten
/// Book`, `Ann Lee, Bo Chen & Cy Doe`): before a comma, `&`, or `and` in
/// the language of the notes.
pub(super) fn first_of(who: &str) -> &str {
    let first = who.split([',', '&']).next().unwrap_or("");
    AND_WORDS
        .iter()
        .fold(first, |f, w| {
            f.split(&format!(" {w} ")[..]).next().unwrap_or(f)
        })
        .trim()
}

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
    // `LiveView JPオーガナイザ @piacerex`: a role, then the person's
    // handle; the handle names them.
    if let Some((before, handle)) = cleaned.trim().rsplit_once('@')
        && handle.len() >= 2
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && before.ends_with(char::is_whitespace)
        && !before.contains([',', '&', '/', '@', '('])
        && !before.trim().is_empty()
        && !super::names::is_person(before.trim(), true)
        // (Not `Devops @Scale`, a title's words.)
        && ((super::orgs_and_jobs::is_role(before.trim())
            && before.split_whitespace().count() >= 2)
            || before.chars().any(|c| matches!(c, '\u{30a0}'..='\u{30ff}')))
    {
        return vec![SpeakerRef {
            name: handle.to_string(),
            org: None,
            handle: true,
        }];
    }
    // `Jane Smith / ACME Corp`: one person and who they spoke for.
    if let Some((who, org)) = super::title_tails::person_slash_org(&cleaned)
        && !super::names::is_person(org, true)
    {
        return vec![SpeakerRef {
            name: who.to_string(),
            org: Some(org.to_string()),
            handle: false,
        }];
    }
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
            && let Some(r) = person_with_orgs(g)
        {
            // `Sergey Nikolenko, Neuromation, PDMI RAS`: one person, then
            // the organisations they are with.
            out.push(r);
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
/// `TBD`, `various`, `Verschiedene`).
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
            // (The same in the languages of notes.)
            | "verschiedene"
            | "varios"
            | "varias"
            | "diversos"
            | "vários"
            | "разные"
            | "tbd"
            | "tba"
            | "tbc"
            | "n/a"
            | "none"
            | "unknown"
            | "?"
    )
}

/// Whether `c` is written in Chinese, Japanese kana or Korean Hangul.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// A name in Chinese, Japanese or Korean: two to four such characters
/// (`严彬`, `양찬석`).
pub(super) fn is_cjk_name(s: &str) -> bool {
    let s = s.trim();
    (2..=4).contains(&s.chars().count()) && s.chars().all(is_cjk)
}

/// `A (B)` where B is a person is two speakers: `A & B`.
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
    // (Not `장혜덕(Google Cloud 한국 사업 총괄)`: a role of four words or
    // more is what they do.)
    let alias = (inner.chars().any(is_cjk) && inner.split_whitespace().count() <= 3)
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
    // as often: `Joe Crespo (Aten Design)`; one word after a whole name,
    // even a given name's, is where they work: `Mauricio Wolff (Dell)`.)
    let person = !acronym
        && match names::shape(inner) {
            names::Shape::Person { given } => {
                inner.contains(' ') || (given && !before_is_whole_name(before))
            }
            _ => false,
        };
    if person
        && !inner.contains(',')
        && !orgs_and_jobs::is_org(inner)
        && !orgs_and_jobs::is_role(inner)
    {
        let before = s[..open].trim_end();
        if !before.is_empty() {
            return std::borrow::Cow::Owned(format!("{before} & {inner}{}", &s[close + 1..]));
        }
    }
    std::borrow::Cow::Borrowed(s)
}

/// Whether the last name of a list before a parenthesis has two words or
/// more (`Mauricio Wolff`), not one (`Anna`).
fn before_is_whole_name(before: &str) -> bool {
    before
        .rsplit([',', '&'])
        .next()
        .is_some_and(|n| n.split_whitespace().count() >= 2)
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

/// `s` without its `@handles`.
pub(super) fn strip_handles(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a ` / ` between `before` and `after` parts two people: the
/// name before it, and the next name after it (up to a comma, `&`, `;`
/// or another slash), each two to four words of a person's shape, one of
/// them with a known given name.
fn slash_between_people(before: &str, after: &str) -> bool {
    let next = after
        .split([',', '&', ';', '/'])
        .next()
        .unwrap_or("")
        .trim();
    let (a, b) = (before.trim(), next);
    let strict = |p: &str| {
        (2..=4).contains(&p.split_whitespace().count()) && super::names::is_person(p, false)
    };
    super::names::whole_name(a) && super::names::whole_name(b) && (strict(a) || strict(b))
}

/// Splits on group separators (`&`, ` and `, `;`, ` + `, ` / ` between
/// two people) and part separators (`,`) outside parentheses. Empty parts
/// and groups are dropped.
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
            // ` + `, or a slash between two people (`Marco Wirthlin / Linda
            // Maria de Cave`, not `Name / Org`).
            b' ' if depth == 0
                && b.get(i + 2) == Some(&b' ')
                && (b.get(i + 1) == Some(&b'+')
                    || (b.get(i + 1) == Some(&b'/')
                        && slash_between_people(&s[start..i], &s[i + 3..]))) =>
            {
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

/// Whether the names look like people's names, for the lines that only
/// guess (an emphasised line, `By ...`, a plain line under a heading): each
/// is a person by [`names::shape`], or capitalised words backed by an
/// `@handle`, and none is an org, a job title or a phrase.
pub(crate) fn plausible(refs: &[SpeakerRef]) -> bool {
    !refs.is_empty()
        // (Not `. Pasteles.`: a name starts with a letter.)
        && refs.iter().all(|r| {
            r.name
                .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '@' | '"' | '“'))
        })
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
        assert_eq!(show("Verschiedene"), "");
        assert_eq!(show("Varios"), "");
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
