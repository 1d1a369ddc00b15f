//! Lines that name a session's speakers: `Speaker: A, B` anywhere, and,
//! near the heading, an emphasised `_A and B_`, a `By A & B | Event`
//! byline, `Name @handle`, names linked to their profiles, or a plain line
//! of names, when what they name looks like people.

use super::markers::{KeyLine, key_line, strip_emphasis, strip_list_marker, strip_prefix_ci};
use super::names;
use super::speaker_keys::{SINGULAR_KEYS, SPEAKER_KEYS};
use super::speaker_line_forms::{
    link_targets, looks_like_names, only_links_left, org_then_han_names, person_from_site,
    sentence_around_links, small_name, speaker_with_bio, strong_name_then_role,
};
use super::speakers::{self, SpeakerRef, parse_speakers, parse_speakers_plural, plausible};
use super::util::{find_str, trim_pictographs};

/// Where a line is under a session heading, for the speaker lines that
/// only guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// The first non-blank line.
    First,
    /// The second or third.
    Near,
    /// Further down: only explicit `Speaker:` lines count.
    Far,
}

/// The speakers a line names, if it is a speaker line. Any line may be
/// `Speaker: A, B` (also `Speakers`, `Speaker(s)`, `Presenter(s)`,
/// `Presented by`, `Panelists`, optionally bold or as a list item). Near
/// the heading a line may also be an emphasised `_A and B_`, a `By A & B |
/// Event` byline, `Name @handle`, names linked to their profiles, or a
/// plain line of names (`Luca Sartoni`, `- Jiří Pinkas`), if what it names
/// looks like people (see `speakers::plausible`); a plain line needs a
/// known given name unless it is the first line.
/// After `By `: `*Manjula Dube* from Bookmyshow`, a name of two to four
/// words that need not start with a known given name when it is in
/// emphasis (or `heading`: a byline heading under a talk's title), then
/// `from` and an organisation of one to four words.
pub(crate) fn by_name_from_org(rest: &str, heading: bool) -> Option<(&str, &str)> {
    let (who, from) = rest.split_once(" from ")?;
    let emphasised = who.trim().starts_with(['*', '_']) && who.trim().ends_with(['*', '_']);
    let who = who.trim().trim_matches(['*', '_']).trim();
    // (Not `By Night Train from Vienna.`: a name the list does not know
    // is one only in emphasis.)
    if !emphasised && !heading && !names::is_person(who, false) {
        return None;
    }
    let org = from.trim().trim_end_matches('.');
    ((2..=4).contains(&who.split_whitespace().count())
        && names::is_person(who, true)
        && (1..=4).contains(&org.split_whitespace().count())
        && org.starts_with(char::is_uppercase)
        && !org.contains(['*', '_', '(', '[']))
    .then_some((who, org))
}

pub(crate) fn speaker_line(line: &str, at: Position) -> Option<Vec<SpeakerRef>> {
    speaker_line_keyed(line, key_line(line).as_ref(), at)
}

/// The person a bio paragraph opens with, under a `### Presenter`
/// heading: `[Laura Nolan](…)'s background is in…`, `Casey Rosenthal is
/// …`, `Lynn Root, a staff engineer at Spotify, …` (two to four
/// capitalised words of a person's shape, then a possessive, a verb or a
/// comma).
pub(crate) fn bio_lead(line: &str) -> Option<SpeakerRef> {
    let plain = super::markers::plain_inline(line);
    let t = plain.trim();
    let cut = [
        "'s ", "’s ", " is ", " has ", " was ", " works ", ", ", " (",
    ]
    .iter()
    .filter_map(|m| t.find(m))
    .min()?;
    let name = t[..cut].trim();
    names::capitalised_name(name).then(|| SpeakerRef {
        name: name.to_string(),
        org: None,
        handle: false,
    })
}

/// Whether a heading's text is a speaker's key and who (`Speaker -
/// Outsider`, `Speakers: A, B`): a line of its parent's notes, set as a
/// sub-heading, not a heading of the file's outline.
pub(crate) fn is_keyed_heading(text: &str) -> bool {
    keyed_heading_people(text).is_some()
}

/// The people of a [`is_keyed_heading`] text: the speakers after the key,
/// if they read as people (not `Speakers - Day 2`, `Speaker - TBD`).
fn keyed_heading_people(text: &str) -> Option<Vec<SpeakerRef>> {
    let key = key_line(text).or_else(|| dash_keyed(text));
    if !key.is_some_and(|(k, v)| SPEAKER_KEYS.contains(&k.as_ref()) && k != "by" && !v.is_empty()) {
        return None;
    }
    // (`TBD` names nobody already; a number is no name's.)
    speaker_line(text, Position::First).filter(|refs| {
        refs.iter()
            .all(|r| !r.name.chars().any(|c| c.is_ascii_digit()))
    })
}

/// `1:05 pm → 30 min, Jonathann Zenou; Terraform`: what follows a time
/// and a length and a comma, up to a semicolon.
fn after_slot(t: &str) -> Option<&str> {
    if !super::numbering::starts_with_time(t) {
        return None;
    }
    let (slot, rest) = t.split_once(", ")?;
    // (A number, then its unit: `30 min`, `1h`, `45 minutes`; not `12:30
    // Lunch`, `Tech`.)
    let lower = slot.to_ascii_lowercase();
    let last = lower.trim_end_matches(['.', ')']);
    let length = [
        "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h",
    ]
    .iter()
    .any(|u| {
        last.strip_suffix(u)
            .is_some_and(|before| before.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    });
    (slot.len() <= 30 && length)
        .then(|| rest.split([';', '|']).next().unwrap_or(rest).trim())
        .filter(|p| !p.is_empty())
}

/// `Speaker - Name`, `Referent – Name`: a speaker's key of four letters
/// or more (not `By - …`) and a dash, as a key line.
fn dash_keyed(line: &str) -> Option<KeyLine<'_>> {
    let t = strip_emphasis(strip_list_marker(line.trim()));
    // (The key is short: its dash, ` - ` or a spaced en or em dash, comes
    // within the first 30 bytes; most lines have none, found by one
    // memchr.)
    let head = &t.as_bytes()[..t.len().min(30)];
    let at = memchr::memchr2_iter(b'-', 0xE2, head).find(|&i| {
        i > 0
            && head[i - 1] == b' '
            && (t[i..].starts_with("- ") || t[i..].starts_with("– ") || t[i..].starts_with("— "))
    })?;
    let dash = if t.as_bytes()[at] == b'-' { 1 } else { 3 };
    let key = t[..at].trim().trim_matches(['*', '_']);
    if key.chars().count() < 4 || !key.starts_with(char::is_alphabetic) {
        return None;
    }
    let key = key.to_lowercase();
    let value = t[at + dash..].trim();
    (SPEAKER_KEYS.contains(&key.as_str()) && !value.is_empty())
        .then_some((std::borrow::Cow::Owned(key), value))
}

/// [`speaker_line`] of a line whose [`key_line`] is `key`.
pub(crate) fn speaker_line_keyed(
    line: &str,
    key: Option<&KeyLine>,
    at: Position,
) -> Option<Vec<SpeakerRef>> {
    // `> Sebastiaan Provost @Stekkz`: a speaker line quoted under the
    // heading (`>>` lines below it are the notes).
    // `### Speaker - Outsider`: such a line set as a sub-heading (see
    // [`is_keyed_heading`]).
    // (Other lines that start with `#`, `#1 …`, `#GoConf talk by
    // @jane`, read on below.)
    if let Some(rest) = line.trim_start().strip_prefix('#')
        && rest.trim_start_matches('#').starts_with(' ')
    {
        return keyed_heading_people(rest.trim_start_matches('#').trim());
    }
    // `By Ideshini Naidoo from <a href="…">Wave</a>.`: a byline written
    // in HTML reads as its text (not one struck out, a talk cancelled).
    if line.contains("</")
        && (line.contains("</a>") || line.contains("</em>") || line.contains("</strong>"))
        && !line.contains("<strike>")
        && !line.contains("<del>")
    {
        let text = super::util::without_tags(line);
        if super::markers::strip_prefix_ci(text.trim(), "by ").is_some() {
            return speaker_line_keyed(&text, key_line(&text).as_ref(), at);
        }
    }
    if let Some(quoted) = line.trim_start().strip_prefix('>') {
        let quoted = quoted.trim();
        // (One level only; the quoted line itself starts with no `>`, so
        // this reads it once.)
        // (`> \- Kelsey Hightower`, `> — Maciej Cegłowski`: who said the
        // quote above, not who gave the talk.)
        if quoted.starts_with(['>', '—', '–', '~']) || quoted.starts_with("\\-") {
            return None;
        }
        // (`> ## Professor Charles Jackson`: a heading in the quote.)
        let quoted = if quoted.starts_with('#') {
            let q = quoted.trim_start_matches('#');
            if !q.starts_with(' ') {
                return None;
            }
            q.trim()
        } else {
            quoted
        };
        return speaker_line_keyed(quoted, key_line(quoted).as_ref(), at);
    }
    // `Speaker - Tim Oxley@NodeSource`: the key set apart by a dash.
    let dashed;
    let key = match key {
        Some(k) => Some(k),
        None => {
            dashed =
                dash_keyed(line).or_else(|| super::speaker_line_forms::cjk_key_then_link(line));
            dashed.as_ref()
        }
    };
    if let Some((key, value)) = key
        && SPEAKER_KEYS.contains(&key.as_ref())
    {
        let key = key.as_ref();
        // `**Por:** Jorge Murillo.`: the sentence's full stop is not the
        // name's (an initial's is: `Jane Q.`).
        let value = strip_emphasis(value).trim_end();
        let value = match value.strip_suffix('.') {
            Some(v) if v.rsplit(' ').next().is_some_and(|w| w.chars().count() > 2) => v,
            _ => value,
        };
        // (Not under a Japanese key: `登壇者: 山田 太郎` is a surname and a
        // given name.)
        let japanese_key = key.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}'))
            || ["登壇者", "発表者", "講演者", "講師"].contains(&key);
        if !japanese_key && let Some(refs) = org_then_han_names(value) {
            return Some(refs);
        }
        // (`佐藤 花子（サイボウズ）`: full-width parentheses and commas.)
        let value = value
            .replace('，', ", ")
            .replace('（', " (")
            .replace('）', ")");
        // `Speaker: Kat Holmes, Director of Inclusive Design at
        // Microsoft, having worked on Windows, Xbox and Office, led …`: a
        // sentence about the one speaker, whose name comes first and
        // whose role names who they work for.
        if SINGULAR_KEYS.contains(&key)
            && let Some(r) = speaker_with_bio(&value)
        {
            return Some(vec![r]);
        }
        let mut refs = if SINGULAR_KEYS.contains(&key) {
            parse_speakers(&value)
        } else {
            parse_speakers_plural(&value)
        };
        // `Speaker: John Anderson, @genehack, …`: one speaker and their
        // handle, not two speakers.
        if SINGULAR_KEYS.contains(&key) && refs.len() > 1 && refs[1..].iter().all(|r| r.handle) {
            refs.truncate(1);
        }
        return if refs.is_empty() { None } else { Some(refs) };
    }
    if at == Position::Far {
        return None;
    }
    // `Son Twitter : [@allspaw](…)`, `GitHub: @ada`: a profile's label,
    // in any language, is no name.
    if let Some((k, _)) = key
        && k.split_whitespace().any(|w| PROFILE_WORDS.contains(&w))
    {
        return None;
    }
    let t = line.trim();
    if t.len() > 300 {
        return None;
    }
    // `LORIA, Nancy (2023)`, `PyData Berlin (2020)`: where and when it
    // was given.
    if super::util::last_parenthesis(t).is_some_and(|(_, y)| super::util::is_year(y.trim()))
        && t.split_whitespace().count() <= 6
    {
        return None;
    }
    // `Shawn Sterling (Sourced)` / `| Nan Jiang (Sourced)`: more people on
    // a line that goes on after a bar (not a table row, which ends with
    // one).
    if let Some(rest) = t.strip_prefix("| ")
        && !rest.contains('|')
    {
        let rest = rest.trim();
        return speaker_line_keyed(rest, key_line(rest).as_ref(), at);
    }
    // `@TitleHeading("Talk")`, `@Metadata {`: a directive, not a handle.
    if super::markers::is_directive_line(t) {
        return None;
    }
    // `1:05 pm → 30 min, Jonathann Zenou; Terraform`: the talk's slot and
    // length, then who gave it (then its tags).
    if at == Position::First
        && let Some(people) = after_slot(t)
    {
        let refs = parse_speakers_plural(people);
        return (plausible(&refs) && refs.iter().all(|r| r.name.contains(' '))).then_some(refs);
    }
    if let Some(r) = strong_name_then_role(t) {
        return Some(vec![r]);
    }
    // `[Tom Wey](https://twitter.com/tjmwy) says:` over the abstract in
    // their words (LRUG's meeting pages): who gave the talk.
    // (Right under the heading only: further down, `[Aaron Patterson](…)
    // says:` quotes someone in the audience.)
    if let Some(who) = [" says:", " say:"].iter().find_map(|w| t.strip_suffix(w)) {
        if at != Position::First {
            return None;
        }
        let who = super::markers::plain_inline(who);
        let refs = parse_speakers_plural(who.trim());
        return (plausible(&refs)
            && refs
                .iter()
                .all(|r| names::is_person(&r.name, true) && r.name.contains(' ')))
        .then_some(refs);
    }
    let emphasised = t.len() > 2
        && ((t.starts_with('_') && t.ends_with('_'))
            || (t.starts_with('*') && t.ends_with('*') && !t.starts_with("* ")));
    if emphasised {
        // `*👨‍💼 Manoranjan Padhy (Responsible AI)*`: an emoji before the
        // names is decoration.
        let inner = trim_pictographs(strip_emphasis(t));
        // (`*with Giovanni de Felice*` on a page of one's own talks: who
        // gave it with the author.)
        // (A person's name: not `*with Jupyter Notebooks*`.)
        let inner = match super::markers::strip_prefix_ci(inner, "with ") {
            Some(who) if names::is_person(who.trim(), false) => who,
            Some(_) => return None,
            None => inner,
        };
        // (Emphasis inside, not the `_` of a handle: `*Laura Bell
        // [@lady_nerd](…) - SafeStack*`.)
        let nested = inner.contains('*')
            || inner.starts_with('_')
            || inner.ends_with('_')
            || inner.contains(" _")
            || inner.contains("_ ");
        if !nested {
            // `*Speaker: A, Org & B, Org*`
            if let Some(kl) = key_line(inner)
                && SPEAKER_KEYS.contains(&kl.0.as_ref())
            {
                return speaker_line_keyed(inner, Some(&kl), at);
            }
            let refs = parse_speakers(inner);
            // (Not `*London*` under a title: one word alone is as often a
            // place as a name.)
            if plausible(&refs) && refs.iter().any(|r| r.handle || r.name.contains(' ')) {
                return Some(refs);
            }
        }
        return None;
    }
    let before_bar = t.split(" | ").next().unwrap_or("");
    // `-- by [Doug Sillars](…)`, `— by Name`: a dash before `by`.
    let by_line = before_bar.trim_start_matches(['-', '–', '—']).trim_start();
    let by_line = if by_line.len() < before_bar.len() && by_line.len() + 4 >= before_bar.len() {
        by_line
    } else {
        before_bar
    };
    // `— Sandi Metz`: an attribution under the title, a dash and a name.
    if by_line.len() < before_bar.len()
        && at == Position::First
        && !by_line.contains(['.', ':'])
        && names::is_person(strip_emphasis(by_line.trim()), false)
    {
        let refs = parse_speakers(strip_emphasis(by_line));
        if plausible(&refs) {
            return Some(refs);
        }
    }
    if let Some(rest) = strip_prefix_ci(by_line, "by ") {
        // (`-- by [M4dz](…) -`: a dash left at the end.)
        let rest = rest.trim_end().trim_end_matches(['-', '–', '—']).trim_end();
        let refs = parse_speakers(strip_emphasis(rest));
        if plausible(&refs) {
            return Some(refs);
        }
        // `By *Manjula Dube* from Bookmyshow`: after `By`, a name in
        // emphasis needs no known given name to be one.
        if let Some((who, org)) = by_name_from_org(rest, false) {
            return Some(vec![SpeakerRef {
                name: who.to_string(),
                org: Some(org.to_string()),
                handle: false,
            }]);
        }
        return None;
    }
    // `with Morten Dahl`, `With Ada Lovelace and Alan Turing`: the first
    // line under a title names who gave it after `with` (known given
    // names only: `with Docker Compose` is a tool).
    if at == Position::First
        && let Some(rest) = strip_prefix_ci(by_line, "with ")
        && !rest.contains(['.', ':', ';', '!', '?'])
    {
        let rest = strip_emphasis(rest.trim());
        let refs = parse_speakers(rest);
        // (Every part a person: not `with Julia Lang and Ruby`.)
        let parts = rest
            .split([',', '&'])
            .flat_map(|p| p.split(" and "))
            .filter(|p| !p.trim().is_empty())
            .count();
        if plausible(&refs)
            && refs.len() == parts
            && refs
                .iter()
                .all(|r| r.name.contains(' ') && names::is_person(&r.name, false))
        {
            return Some(refs);
        }
    }
    let item = strip_list_marker(t);
    let is_item = item.len() < t.len();
    // (`Daniel Bear et al.`: a paper's first author and the others.)
    let item = item
        .strip_suffix(" et al.")
        .or_else(|| item.strip_suffix(", et al."))
        .unwrap_or(item);
    if t.contains('@') && !t.contains("://") {
        let refs = parse_speakers(before_bar);
        if refs.iter().any(|r| r.handle) && plausible(&refs) {
            return Some(refs);
        }
    }
    // `**Robert Erdmann** ([video](https://youtu.be/…))`: names in bold,
    // then only links (the recording, the slides).
    // (Not a label in bold, `**Kata:** [Task List](…)`; `**Jane Doe:**
    // [slides](…)` is who gave it.)
    if let Some(rest) = item.strip_prefix("**")
        && let Some(end) = rest.find("**")
        && rest[..end]
            .trim_end()
            .strip_suffix(':')
            .is_none_or(|label| {
                label.split_whitespace().count() >= 2 && names::is_person(label.trim(), false)
            })
        && only_links_left(&rest[end + 2..])
    {
        let refs = parse_speakers(&rest[..end]);
        if plausible(&refs) {
            return Some(refs);
        }
    }
    // `Alan Donovan, a co-author of the blue book.`: the first line names
    // the speaker, then says who they are.
    if at == Position::First
        && !is_item
        && let Some((name, rest)) = item.split_once(", ")
        && ["a ", "an ", "the ", "who "]
            .iter()
            .any(|a| rest.starts_with(a))
        && (2..=4).contains(&name.split_whitespace().count())
        && matches!(names::shape(name), names::Shape::Person { given: true })
    {
        let refs = parse_speakers(name);
        if plausible(&refs) {
            return Some(refs);
        }
    }
    // `Kelsey Hightower ([@kelseyhightower](…)) at KubeCon 2017`, `Jim
    // Flanagan and Kyle Thomson at AWS re:invent 2017`, `… at the Portland
    // Java User Group`: the people, then where they gave it (an event with
    // its year, a place after `the`), or who they are with.
    if at == Position::First
        && !is_item
        && let Some(cut) = super::util::rfind_ci(item, " at ")
        && let tail = item[cut + 4..].trim()
        && let the = tail.strip_prefix("the ").is_some()
        && tail.trim_start_matches("the ").starts_with(char::is_uppercase)
        && tail.split_whitespace().count() <= 10
        // A name, not a sentence (`Charles Draper at MIT, built guidance
        // computer in Apollo mission`): its longer words capitalised.
        && tail
            .split_whitespace()
            .filter(|w| w.len() >= 4 && !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
            .count()
            <= 1
        && !tail.contains(", ")
        && let Some(mut refs) = speaker_line_keyed(&item[..cut], None, at)
    {
        if !the && !tail.contains(|c: char| c.is_ascii_digit()) {
            for r in refs.iter_mut().filter(|r| r.org.is_none()) {
                r.org = Some(tail.to_string());
            }
        }
        return Some(refs);
    }
    if item.starts_with('(') && item.ends_with(')') {
        // (`(Dave Farley)`, `(René und Bjørn)`, `(Dirk Ehms
        // [@d_ehms](…))` right under a talk's title: who gave it, known
        // people only.)
        let plain = super::markers::plain_inline(item);
        let plain = plain.trim();
        let inner = plain
            .strip_prefix('(')
            .and_then(|p| p.strip_suffix(')'))
            .unwrap_or("");
        // (`(by Guillermo Pérez)`: a byline in parentheses.)
        if strip_prefix_ci(inner, "by ").is_some() && !inner.contains(['(', ')']) {
            return speaker_line_keyed(inner, None, at);
        }
        if at == Position::First
            && !is_item
            && !inner.contains(['(', ')'])
            && let refs = parse_speakers(inner)
            && speakers::convincing(&refs)
            && refs.iter().all(|r| {
                r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
            })
        {
            return Some(refs);
        }
        return None;
    }
    // Names linked to their profiles: `[Ada](https://twitter.com/ada), Acme`,
    // `[Ada](https://twitter.com/ada), [Acme](https://acme.io/)`.
    let targets = link_targets(item);
    if !targets.is_empty() {
        // (`Vi la de [@a](…), con [@b](…).`: a sentence about people,
        // not a line of them.)
        if targets.iter().any(|u| names::is_profile_url(u)) && !sentence_around_links(item) {
            let refs = parse_speakers(item);
            if plausible(&refs) {
                return Some(refs);
            }
        }
        return None;
    }
    // `박태웅 | 녹서포럼 의장`, `Jane Doe | Acme CTO`: a person, a bar, then
    // where they work (a line of its own, not a table row).
    if let Some(bar) = find_str(item, " | ")
        && let (who, org) = (&item[..bar], &item[bar + 3..])
        && !org.contains('|')
        && !item.starts_with('|')
        && at != Position::Far
        && names::is_person(who.trim(), true)
        && !org.trim().is_empty()
        && org.split_whitespace().count() <= 6
        && !org.trim_end().ends_with(['.', '。'])
    {
        return Some(vec![SpeakerRef {
            name: who.trim().to_string(),
            org: Some(org.trim().to_string()),
            handle: false,
        }]);
    }
    // `Lara Khanafer from http://www.dataiku.com/ @larakhanafer`: a
    // person, then the site of who they spoke for.
    if at != Position::Far
        && let Some(r) = person_from_site(item)
    {
        return Some(vec![r]);
    }
    // A plain line of names (not a table row, not a heading). A line
    // wholly in parentheses is an aside (`（陶山嶺）`: who wrote this
    // part of the report).
    if item.contains('|') || item.starts_with('#') || item.starts_with('>') {
        return None;
    }
    if at == Position::First && !is_item {
        // `Gael Pasgrimaud (https://github.com/gawel/chut)`, `Laurent
        // Bachelier https://github.com/laurentb/confman`: a person, then
        // an address (theirs, or the project's).
        let bare = item
            .rsplit_once(" (http")
            .filter(|(_, u)| {
                u.strip_suffix(')')
                    .is_some_and(|u| !u.trim_end().contains(' '))
            })
            .or_else(|| {
                item.rsplit_once(" http")
                    .filter(|(_, u)| !u.contains(' ') && u.contains("://"))
            })
            .map(|(who, _)| who.trim_end_matches([',', ' ']));
        if let Some(who) = bare
            && !who.contains("://")
            && (2..=6).contains(&who.split_whitespace().count())
        {
            return speaker_line_keyed(who, None, at);
        }
        // `Olivier Hervieu, tinyclues`, `Frederic Lepied, eNovance`: a
        // known person and the one word of who they work for.
        if let Some((who, org)) = item.split_once(", ")
            && !org.contains([',', ' '])
            && org.chars().count() >= 2
            && org
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&'))
            && (2..=3).contains(&who.split_whitespace().count())
            && who
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && matches!(names::shape(who), names::Shape::Person { given: true })
        {
            return Some(vec![SpeakerRef {
                name: who.to_string(),
                org: Some(org.to_string()),
                handle: false,
            }]);
        }
    }
    if item.starts_with('（') && item.ends_with('）') {
        return None;
    }
    if item.len() > 120
        || item.ends_with(['.', '?', '!', ':', ';', '。', '？', '！', '：', '；'])
        || item.split_whitespace().count() > 12
    {
        return None;
    }
    // `bernd ruecker` alone under a talk's title: a name written small.
    if at == Position::First && !is_item && small_name(item) {
        let name = super::util::capitalise_words(item, char::is_whitespace);
        return Some(vec![SpeakerRef {
            name,
            org: None,
            handle: false,
        }]);
    }
    if !looks_like_names(item) {
        return None;
    }
    let refs = parse_speakers(item);
    // (Not `Kubernetes Event Driven Autoscaling`: four capitalised words
    // and no known given name are a phrase's.)
    let ok = if at == Position::First && !is_item {
        plausible(&refs)
            && refs.iter().all(|r| {
                r.handle
                    || r.name.split_whitespace().count() <= 3
                    || matches!(names::shape(&r.name), names::Shape::Person { given: true })
            })
    } else {
        speakers::convincing(&refs)
    };
    ok.then_some(refs)
}

/// Words of a label before a profile's address (lowercase).
pub(super) const PROFILE_WORDS: &[&str] = &[
    "twitter", "github", "linkedin", "mastodon", "bluesky", "website", "blog", "email", "site",
    "web", "homepage",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str, first: bool) -> Option<String> {
        let at = if first {
            Position::First
        } else {
            Position::Far
        };
        speaker_line(line, at).map(|v| crate::parse::speakers::shown(&v))
    }

    #[test]
    fn speaker_lines() {
        assert_eq!(
            names("Speaker: Ada Lovelace", false).as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            names("**Speakers:** A, B & C", false).as_deref(),
            Some("A | B | C")
        );
        assert_eq!(
            names("Speakers: Ada, Bob", false).as_deref(),
            Some("Ada | Bob")
        );
        assert_eq!(
            names("Speaker: Ada, Acme", false).as_deref(),
            Some("Ada @ Acme")
        );
        assert_eq!(
            names("**Speakers**: A & B, Acme", false).as_deref(),
            Some("A @ Acme | B @ Acme")
        );
        assert_eq!(
            names("* speaker(s): Ada (Acme), Bob", false).as_deref(),
            Some("Ada @ Acme | Bob")
        );
        assert_eq!(names("- Presented by: Ada", false).as_deref(), Some("Ada"));
        assert_eq!(
            names("_Ada Lovelace and Bob Smith_", true).as_deref(),
            Some("Ada Lovelace | Bob Smith")
        );
        assert_eq!(names("_Ada Lovelace and Bob Smith_", false), None);
        assert_eq!(names("*Really great talk*", true), None);
        assert_eq!(
            names("By Ada Lovelace & Bob Smith | DevOpsDays 2023", true).as_deref(),
            Some("Ada Lovelace | Bob Smith")
        );
        assert_eq!(names("By the way, this was fun", true), None);
        assert_eq!(
            names("Kelsey Hightower @kelseyhightower", true).as_deref(),
            Some("Kelsey Hightower")
        );
        assert_eq!(names("mail me @ home", true), None);
        assert_eq!(names("Speaker:", false), None);
        assert_eq!(names("Notes: fine", false), None);
    }
}
