//! One part of a speaker list read as a person, for [`super::speakers`]:
//! `Name`, `Name (Company)`, `Name @handle`, `by Name`, `Nick Sweeting
//! from Monadical`; the kind of session before it (`Panel with `), an
//! honorific (`Dr. `, `さん`) and `et al.` are no part of the name.

use super::markers::plain_inline;
use super::names;
use super::speaker_orgs::org_in_parens;
use super::speakers::SpeakerRef;

/// A name part: `Name`, `Name (Company)`, `Name @handle`, `by Name`.
pub(super) fn parse_name(part: &str) -> Option<SpeakerRef> {
    let plain = plain_inline(part);
    let mut s = plain.trim();
    if let Some(rest) = super::markers::strip_by(s) {
        s = rest.trim_start();
    }
    // `by [Chris Want] [chris].`: a sentence's full stop after a name
    // whose last word is no initial (`Justin P.` keeps its).
    if let Some(rest) = s.strip_suffix('.')
        && rest
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        && rest.split_whitespace().count() >= 2
    {
        s = rest;
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
    // `川田 寛氏`, `山田さん`, `김민수님`: a Japanese or Korean honorific
    // after the name is no part of it.
    for hon in ["氏", "さん", "様", "先生", "님"] {
        if let Some(rest) = s.strip_suffix(hon)
            && rest.trim_end().chars().count() >= 2
        {
            s = rest.trim_end();
            break;
        }
    }
    // `Daniel Bear et al.`: the others of a paper's authors, unnamed.
    for tail in [", et al.", " et al.", ", et al", " et al"] {
        if let Some(rest) = s.strip_suffix(tail) {
            s = rest.trim_end();
            break;
        }
    }
    // An honorific before a name of two words or more (`Dr. Franziska
    // Hinkelmann`) is not part of it.
    for title in [
        "Dr. ",
        "Prof. ",
        "Mr. ",
        "Mrs. ",
        "Ms. ",
        "Dr ",
        "Prof ",
        "Professor ",
        "Doctor ",
    ] {
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
    // `Tim Oxley @ NodeSource`, `Kat Marchán@npm inc`, `박창우@프리랜서`:
    // a person, an at sign, who they work for (not an address:
    // `tim@nodesource.com`; not a handle, which starts a word).
    if org.is_none()
        && let Some(at) = s.find('@')
        && at > 0
        // (Glued to the name, or spaced on both sides.)
        && (!s[..at].ends_with(' ') || s[at + 1..].starts_with(' '))
        && let (who, rest) = (s[..at].trim_end(), s[at + 1..].trim())
        && !rest.is_empty()
        && !rest.contains(['@', '(', ')'])
        && rest.split_whitespace().count() <= 4
        && !rest
            .split_whitespace()
            .any(|w| w.contains('.') && !w.ends_with('.'))
        && (if who.contains(' ') {
            names::capitalised_name(who)
        } else {
            super::speakers::is_cjk_name(who)
        })
    {
        org = Some(rest.to_string());
        s = who;
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
    // `[Sam Aaron's](…) live coding`: a possessive after a name of two
    // words or more is not part of it.
    let name = match name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("\u{2019}s"))
    {
        Some(n) if n.contains(' ') && !n.ends_with(' ') => n.to_string(),
        _ => name,
    };
    Some(SpeakerRef {
        name,
        org,
        handle: handle.is_some(),
    })
}
