//! What in a speaker list is an organisation or a job, not a person:
//! company suffixes (`MobileIron, Inc.`), a job title or an org after a
//! spaced dash, a `name, org` pair, one person then several orgs, and the
//! org of `Name (…)` cleaned of the job before it. Used by
//! [`super::speakers`].

use super::markers::plain_inline;
use super::names;
use super::orgs_and_jobs;
use super::speaker_name::parse_name;
use super::speakers::{SpeakerRef, strip_handles};

/// `Yong Tang, MobileIron, Inc.`: a company suffix standing as its own
/// part belongs to the part before it.
pub(super) fn join_org_suffixes(g: &mut Vec<String>) {
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
pub(super) fn role_after_dash(part: &str) -> Option<String> {
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
    if !orgs_and_jobs::is_job_title(role) {
        // `Laura Bell @lady_nerd - SafeStack`: a person (maybe with a
        // handle), a dash, and one short capitalised org.
        let bare_name = strip_handles(name);
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
    Some(
        match org.filter(|o| !o.is_empty() && !orgs_and_jobs::is_role(o)) {
            Some(o) => format!("{name} ({o})"),
            None => name.to_string(),
        },
    )
}

/// `Name, Senior Engineer, Acme`: job titles are not names or orgs.
pub(super) fn drop_roles(g: &mut Vec<String>) {
    if g.len() >= 2 {
        let first = g[0].clone();
        g.retain(|p| *p == first || !orgs_and_jobs::is_role(p));
    }
}
/// Whether a two-part group reads as `name, org`: not when either part
/// has its own org in parentheses, and not when the second part is a
/// person too (`Ada Lovelace, Grace Hopper`).
pub(super) fn is_org_pair(g: &[String]) -> bool {
    if g.iter().any(|p| p.contains('(')) {
        return false;
    }
    let second = strip_handles(&g[1]);
    if orgs_and_jobs::is_org(&second) {
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
    // (`Yehuda Katz, Tom Dale`: a known person in full after a comma is
    // a second person, whatever the first name's shape.)
    let first_full = first_person
        || (words(&g[0]) >= 2
            && words(&second) >= 2
            && matches!(
                names::shape(&strip_handles(&g[0])),
                names::Shape::Capitalised
            ));
    !(first_full && second_person)
}
/// The org of `Name (…)`: the whole text, or after `at`/`in`/`@`/`,`
/// when it starts with a job title (`Principal eng in Google`); nothing
/// when it is only a job title or a handle.
pub(super) fn org_in_parens(s: &str) -> Option<String> {
    let plain = plain_inline(s);
    let t = plain.trim();
    if t.starts_with('@') {
        return None;
    }
    for sep in [" at ", " in ", " @ ", ", ", " of ", " for "] {
        if let Some((role, org)) = t.split_once(sep)
            && orgs_and_jobs::is_role(role)
        {
            return clean_org(org);
        }
    }
    if orgs_and_jobs::is_role(t) {
        return None;
    }
    clean_org(t)
}

pub(super) fn clean_org(s: &str) -> Option<String> {
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
            job.starts_with(char::is_lowercase) || orgs_and_jobs::is_role(job)
        }
        && t[at + len..].starts_with(char::is_uppercase)
    {
        t = t[at + len..].trim();
    }
    // `Clojutre 2019`: an event with its year is not who they work for.
    let year = super::util::has_year(t);
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

/// `Sergey Nikolenko, Neuromation, PDMI RAS`: a group of three parts or
/// more whose first is a person and whose others read as organisations
/// (one word, an acronym, an org's words): that person, with them all.
pub(super) fn person_with_orgs(g: &[String]) -> Option<SpeakerRef> {
    let fits = g.len() >= 3
        && match names::shape(&g[0]) {
            names::Shape::Person { .. } => true,
            // (A name no list knows, `Sergey Nikolenko`, when an acronym
            // after it says orgs follow; not `Less Hype, More Media,
            // Please`.)
            names::Shape::Capitalised => {
                (2..=3).contains(&g[0].split_whitespace().count())
                    && g[1..].iter().any(|p| has_acronym(p))
            }
            _ => false,
        }
        && g[1..].iter().all(|p| {
            // (An org's shape: one word, an acronym, or an org's words;
            // not `Sham Kakade`, a co-author.)
            let words = p.split_whitespace().count();
            words <= 4
                && !matches!(names::shape(p), names::Shape::Person { .. })
                && (words == 1 || orgs_and_jobs::is_org(p) || has_acronym(p))
        });
    if !fits {
        return None;
    }
    let orgs: Vec<String> = g[1..].iter().filter_map(|p| clean_org(p)).collect();
    let mut r = parse_name(&g[0])?;
    if r.org.is_none() && !orgs.is_empty() {
        r.org = Some(orgs.join(", "));
    }
    Some(r)
}

/// Whether a word of `s` is an acronym (`PDMI RAS`): two capitals or more.
fn has_acronym(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}
