//! The text of one catalogue item, for `catalog_list.rs`: its bold title
//! (`**Title**`), the site's name after a link's text (`Title -
//! YouTube`), who gave the talk, written after its title (`- Name,
//! Org`, `by Steve Ellis.`, `(Name, Event 2019)`, `Chris Ford erklärt,
//! …`) or before it (`Kavya Joshi - Understanding Channels`, `Name's
//! keynote [Title](…)`), and a line that gives its slot (`10am - 2pm`).

use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::scan::is_br;
use super::speakers::{self, SpeakerRef, parse_speakers};
use super::util::first_spaced_dash;

/// The bytes of the first `<br>` in `s` (start, end).
pub(super) fn find_br(s: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = s[from..].find('<').map(|i| i + from) {
        if let Some(j) = s[i..].find('>').map(|j| i + j + 1)
            && j - i <= 8
            && is_br(&s[i..j])
        {
            return Some((i, j));
        }
        from = i + 1;
    }
    None
}

/// `[**Shriram Krishnamurthi** / On the Expressive Power of Programming
/// Languages](…)`, `**Name** - Title`: a person in bold, a slash, dash
/// or bar, then the title (two words or more, up to the link's
/// end). The person and the title.
pub(super) fn bold_person_then_title(first: &str) -> Option<(String, String)> {
    let t = first.strip_prefix('[').unwrap_or(first);
    let who = bold_text(t)?;
    let rest = t
        .get(t.find(who)? + who.len()..)?
        .trim_start_matches(['*', '_']);
    // (Not a colon: `**Evaluation Crisis**: Moving beyond accuracy…` is
    // a key and its value.)
    let rest = [" / ", " - ", " – ", " | "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let title = rest.split("](").next()?.trim().trim_end_matches(']').trim();
    let person = names::whole_name(who);
    (person && title.split_whitespace().count() >= 2 && !title.contains("**")).then(|| {
        (
            who.trim().to_string(),
            markers::plain_inline(title).trim().to_string(),
        )
    })
}

/// `양찬석(구글 코리아) / 모두를 위한 안드로이드 새소식`, `진겸(Festa) &
/// 김지훈(Festa) / Title`: the people (each a name in Chinese, Japanese or
/// Korean of two to four characters, or of two to four words of a
/// person's shape, maybe where they work in parentheses), a spaced slash,
/// then the title. The people, and the title.
pub(super) fn people_slash_title(first: &str) -> Option<(Vec<SpeakerRef>, String)> {
    // (Not `Kohei Kimura / Nulab`, `Name / Red Hat`: a person and who
    // they spoke for, one word or a known organisation.)
    if let Some((_, org)) = super::title_tails::person_slash_org(first)
        && (!org.contains(' ') || orgs_and_jobs::is_org(org))
    {
        return None;
    }
    // (The first slash outside parentheses: `김석용(Rootone / GDG Songdo) /
    // Flutter를 소개 합니다!`.)
    let mut depth = 0i32;
    let at = first.char_indices().find_map(|(k, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '/' if depth == 0 && first[..k].ends_with(' ') && first[k + 1..].starts_with(' ') => {
                return Some(k);
            }
            _ => {}
        }
        None
    })?;
    let (who, title) = (
        first[..at].trim(),
        markers::plain_inline(&first[at + 1..]).trim().to_string(),
    );
    let refs = speakers::parse_speakers(who);
    let named = !refs.is_empty()
        && refs
            .iter()
            .all(|r| speakers::is_cjk_name(&r.name) || names::whole_name(r.name.trim()));
    (named && !title.is_empty() && !title.contains(" / ")).then_some((refs, title))
}

/// The text of a bold (or bold italic) span that starts a line:
/// `**Title**`, `_**Title**_`.
pub(super) fn bold_text(line: &str) -> Option<&str> {
    let t = line.trim_start_matches('_').trim_start_matches('*');
    let lead = line.len() - t.len();
    if lead < 2 || !line[..lead].contains("**") && !line[..lead].contains("__") {
        return None;
    }
    let end = t.find("**").or_else(|| t.find("__"))?;
    let inner = t[..end].trim_end_matches(['_', '*']).trim();
    (!inner.is_empty()).then_some(inner)
}

/// `Title - YouTube`, `Title | Vimeo`: the site's name is not the title.
pub(super) fn strip_site_suffix(s: &str) -> &str {
    let t = s.trim();
    for suffix in [
        " - YouTube",
        " | YouTube",
        " - Vimeo",
        " on Vimeo",
        " | Vimeo",
        " – YouTube",
    ] {
        if let Some(x) = t.strip_suffix(suffix) {
            return x.trim();
        }
    }
    t
}

/// `s` without the URLs in it (bare or `<…>`).
pub(super) fn without_urls(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(|c: char| c == '<' || c == '>' || c == '(' || c == ')');
            !(w.starts_with("http://") || w.starts_with("https://"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `por [Vitor Fernández](https://twitter.com/vfdiaz) de [Optare
/// Solutions](…)`, `by [Jane Doe](…) from Acme.`: after `by` (in any of
/// the languages [`markers::strip_by`] knows), a person's name as a link
/// to them, then `de`, `from` or `at` and who they spoke for. The name's
/// own link ends it, so a particle (`Juan de Bravo`) is not read so.
fn linked_person_of_org(after: &str) -> Option<SpeakerRef> {
    let t = after
        .trim()
        .trim_start_matches(['-', '–', '—', ',', ':'])
        .trim();
    let t = markers::strip_by(t)
        .or_else(|| {
            ["por ", "by ", "par ", "von "]
                .iter()
                .find_map(|w| t.strip_prefix(w))
        })?
        .trim_start();
    let (name, rest) = t.strip_prefix('[')?.split_once("](")?;
    let (url, rest) = rest.split_once(')')?;
    let rest = rest.trim_start();
    // (`at`, `from` and `of` only before a link: not `at 10:30`, `at
    // Room B`, `from the Rust core team`.)
    let org = ["de ", "da ", "from ", "at ", "of "]
        .iter()
        .find_map(|w| rest.strip_prefix(w).map(|o| (w, o)))
        .filter(|(w, o)| matches!(**w, "de " | "da ") || o.trim_start().starts_with('['))
        .map(|(_, o)| o)?;
    // (Up to the sentence's end: `de [Oracle](…). [Slides](…)`.)
    let org = markers::plain_inline(org.split(". ").next().unwrap_or(org));
    let org = org.trim().trim_end_matches(['.', ',']).trim();
    let name = name.trim();
    ((names::is_person(name, true) || names::is_profile_url(url))
        && (1..=5).contains(&name.split_whitespace().count())
        && (1..=5).contains(&org.split_whitespace().count())
        && org.starts_with(|c: char| c.is_alphanumeric()))
    .then(|| SpeakerRef {
        name: name.to_string(),
        org: Some(org.to_string()),
        handle: false,
    })
}

/// Speakers named after a title on its line: ` - Name, Org`, ` by Name`,
/// `, Name`.
pub(super) fn speakers_after(after: &str) -> Option<Vec<SpeakerRef>> {
    // (`@[PyCon mini Hiroshima 2020 (2020/10)](…)`: where it was given,
    // linked; no handle.)
    if after.trim_start().starts_with("@[") {
        return None;
    }
    // `[Title](…){:target="_blank"} by Name`: kramdown's attributes for
    // the link are not words.
    let after = match after.trim_start().strip_prefix("{:") {
        Some(ial) => ial.split_once('}').map_or(after, |(_, rest)| rest),
        None => after,
    };
    if let Some(one) = linked_person_of_org(after) {
        return Some(vec![one]);
    }
    let t = markers::plain_inline(after);
    let t = t
        .trim()
        .trim_start_matches(['-', '–', '—', ',', ':', '|'])
        .trim();
    let t = match markers::strip_by(t) {
        // `by Steve Ellis.  A comprehensive overview …`: the people end
        // with the sentence.
        Some(names) => {
            let names = first_sentence(names).trim();
            // `by Bjarne Stroustrup —— 四十岁的 C++ …`: after Chinese's
            // long dash, what the author says of it.
            let names = names.split("——").next().unwrap_or(names).trim();
            // `by Ken Sipe – a very good explanation of …`: what the author
            // says of it after a dash (not `by Jane Doe - Google`, who
            // she spoke for).
            match [" – ", " - ", " — "]
                .iter()
                .filter_map(|d| names.find(d).map(|k| (k, d.len())))
                .min()
            {
                Some((k, len))
                    if {
                        let tail = names[k + len..].trim();
                        tail.starts_with(char::is_lowercase)
                            || tail.split_whitespace().count() > 4
                            || tail.ends_with(['!', '?', '.'])
                    } =>
                {
                    names[..k].trim()
                }
                _ => names,
            }
        }
        None => t,
    };
    // `(Name, Name from Org)` right after the title.
    // (`: Ken Wong (UsTwo Games)`: the organisation of the people before
    // it, in the last parentheses; not `(Panel)`, a kind.)
    let mut tail_org: Option<String> = None;
    let t = match t
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|e| &r[..e]))
    {
        Some(inner) => {
            // (`(IoT Day Italy, November 2017)`: where and when, not who.
            // Before a dated part, the first is a name of a known shape
            // when people are named: `(Jane Doe, Mozilla, 2019)`, `(Dr.
            // Jane Doe & Bob Smith, PGDay 2020)`.)
            let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
            let dated = parts.len() >= 2
                && parts.last().is_some_and(|p| {
                    p.split_whitespace().count() <= 4 && super::util::names_a_year(p)
                });
            if dated && !names_a_person(parts[0]) {
                return None;
            }
            inner.trim()
        }
        None => {
            let head = t.split(" (").next().unwrap_or(t).trim();
            if let Some((_, inner)) = super::util::last_parenthesis(t)
                && !inner.contains(['(', ')'])
                && t.matches(" (").count() == 1
                && !super::headings::is_kind(inner)
                // (Not `(@matlabulous)`: a handle.)
                && !inner.trim_start().starts_with('@')
                // (Not `(Engineering Director at Netflix)`: a role.)
                && !inner.contains(" at ")
                // (Not `(2011)`, `(remote)`, `(SCNA 2012)`.)
                && !inner.split_whitespace().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                && (inner.starts_with(|c: char| c.is_uppercase())
                    || (!inner.contains(' ') && !super::title_ends::is_annotation(inner)))
                && !inner.bytes().all(|b| b.is_ascii_digit() || b == b' ')
                && !orgs_and_jobs::is_job_title(inner)
                && !orgs_and_jobs::is_role(inner)
                && !names::is_person(inner, false)
                && (1..=6).contains(&inner.split_whitespace().count())
            {
                tail_org = Some(inner.trim().to_string());
            }
            head
        }
    };
    if t.is_empty() {
        return None;
    }
    let with_org = |mut refs: Vec<SpeakerRef>| {
        if let Some(org) = &tail_org
            && let Some(last) = refs.last_mut()
            && last.org.is_none()
        {
            last.org = Some(org.clone());
        }
        refs
    };
    // People, then what they do (`… und Malte Sandstede erweitern den …`).
    if let Some(refs) = leading_people(t) {
        return Some(with_org(refs));
    }
    // `Betina Manoel da Costa - Desenvolvedora na ThoughtWorks`: one
    // person, then what they do and where after a dash.
    if let Some((who, role)) = t.split_once(" - ").or_else(|| t.split_once(" – "))
        && (2..=5).contains(&who.split_whitespace().count())
        && names::is_person(who.trim(), false)
        && !who.contains(',')
        && !names::is_person(role.trim(), false)
        && !role.contains(" - ")
        && role.split_whitespace().count() <= 10
    {
        // (Where they work after `at`, `na`, `da`…: `Docente da FATEC`.)
        let role = role.trim();
        let org = [
            " at ", " na ", " no ", " da ", " do ", " em ", " en ", " chez ", " bei ",
        ]
        .iter()
        .filter_map(|sep| super::util::rfind_ci(role, sep).map(|k| (k, sep.len())))
        .max()
        .filter(|&(k, len)| {
            role[..k].split_whitespace().count() <= 3
                && role[k + len..].starts_with(char::is_uppercase)
        })
        .map_or(role, |(k, len)| &role[k + len..]);
        return Some(with_org(vec![SpeakerRef {
            name: who.trim().to_string(),
            org: super::speaker_orgs::clean_org(org),
            handle: false,
        }]));
    }
    let refs = match t.split_once(" from ") {
        Some((people, org))
            if names::is_person(people.split([',', '&']).next().unwrap_or(""), true) =>
        {
            let mut refs = speakers::parse_speakers_plural(people);
            for r in &mut refs {
                r.org.get_or_insert_with(|| org.trim().to_string());
            }
            refs
        }
        _ => parse_speakers(t),
    };
    speakers::plausible(&refs).then(|| with_org(refs))
}

/// `Chris Ford erklärt, wie Typsystem …`, `Nikolas Göbel und Malte
/// Sandstede erweitern …`, `Jane Doe explains how …`: people, each a
/// known given name and a surname, then what they do in lowercase words:
/// those people (`and` in the language of the notes read as `and`).
pub(super) fn leading_people(t: &str) -> Option<Vec<SpeakerRef>> {
    let mut people: Vec<String> = vec![String::new()];
    let mut rest = t;
    let all: Vec<&str> = t.split_whitespace().collect();
    for (k, &w) in all.iter().enumerate() {
        let last = people.last_mut()?;
        // (Particles are no words of their own: `Guido van Rossum`, `Juan
        // de la Torre`.)
        let words = last
            .split_whitespace()
            .filter(|x| !names::is_particle(x))
            .count();
        // (Before one capitalised word that ends the name, `de la Torre`,
        // `van Rossum`: not `de Mercado Libre`, `van Bol.com`, `de la
        // Universidad de Sevilla`, where they work.)
        // (Only after a given name alone: `Ana García de Globant` is Ana
        // García, of Globant.)
        let particle = words == 1 && names::is_particle(w) && {
            let after: Vec<&&str> = all[k + 1..]
                .iter()
                .skip_while(|x| names::is_particle(x))
                .collect();
            after.first().is_some_and(|x| {
                x.starts_with(char::is_uppercase)
                    && x.trim_end_matches([',', '.', ':', ';'])
                        .chars()
                        .all(char::is_alphabetic)
            }) && after
                .get(1)
                .is_none_or(|x| !x.starts_with(char::is_uppercase) && !names::is_particle(x))
        };
        if (speakers::AND_WORDS.contains(&w) || w == "&") && words >= 2 {
            people.push(String::new());
        } else if particle {
            last.push(' ');
            last.push_str(w);
        } else if w.starts_with(char::is_uppercase) && words < 4 {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w.trim_end_matches([',', '.', ':', ';']));
            if w.ends_with([',', '.', ':', ';']) {
                rest = &t[w.as_ptr() as usize - t.as_ptr() as usize + w.len()..];
                break;
            }
        } else {
            break;
        }
        rest = &t[w.as_ptr() as usize - t.as_ptr() as usize + w.len()..];
    }
    let next = rest
        .trim_start()
        .trim_start_matches([',', ':'])
        .trim_start();
    let all_people = people.iter().all(|p| {
        (2..=4).contains(
            &p.split_whitespace()
                .filter(|x| !names::is_particle(x))
                .count(),
        ) && matches!(names::shape(p), names::Shape::Person { given: true })
            && !orgs_and_jobs::is_org(p)
    });
    (all_people && next.starts_with(char::is_lowercase))
        .then(|| people.iter().flat_map(|p| parse_speakers(p)).collect())
}

/// `s` up to the end of its first sentence (a full stop and a space, not
/// after an initial such as `W. `).
pub(super) fn first_sentence(s: &str) -> &str {
    let mut from = 0;
    while let Some(i) = s[from..].find(". ").map(|i| from + i) {
        let word = s[..i].rsplit(' ').next().unwrap_or("");
        let initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
        if !initial {
            return &s[..i];
        }
        from = i + 2;
    }
    s.strip_suffix('.').unwrap_or(s)
}

/// `Title (Name, Event 2019)`: a person in parentheses at the end (what
/// has a year in it is the event).
pub(super) fn trailing_paren_speakers(title: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = title.trim();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    if open == 0 {
        return None;
    }
    let inner = &t[open + 1..t.len() - 1];
    let people: Vec<&str> = inner
        .split(',')
        .map(str::trim)
        .filter(|p| !p.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let refs: Vec<SpeakerRef> = people
        .iter()
        .flat_map(|p| parse_speakers(p))
        .filter(|r| names::is_person(&r.name, true) && !orgs_and_jobs::is_org(&r.name))
        .collect();
    if refs.is_empty() || !speakers::convincing(&refs) {
        return None;
    }
    Some((t[..open].trim().to_string(), refs))
}

/// `CSG - DevOps and Lean in Legacy Environments` after a person and
/// their dash: where they work (one to four capitalised words, no
/// person's name), a spaced dash, then a title of three words or more.
pub(super) fn org_before_title(right: &str) -> Option<(&str, &str)> {
    let (at, len) = first_spaced_dash(right)?;
    let (org, title) = (right[..at].trim(), right[at + len..].trim());
    let words = org.split_whitespace().count();
    ((1..=4).contains(&words)
        && org.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "and" | "of" | "&")
        })
        && !names::is_person(org, false)
        // (Not a kind of session: `Demo - libp2p Interfaces Part 2`.)
        && !super::decorations::is_kind(org)
        && !super::decorations::starts_with_kind(org)
        && title.split_whitespace().count() >= 3)
        .then_some((org, title))
}

/// The person whose talk the words before a title's link name: `Name's`
/// or `Names'`, then at most four words that say what it was (`keynote`,
/// `Day 1 Lightning Talk`), each a word of a kind of talk or a day.
pub(super) fn possessor(before: &str) -> Option<&str> {
    let b = before.trim_end();
    let (who, what) = ["'s ", "’s ", "' ", "’ "]
        .iter()
        .filter_map(|m| {
            b.find(m)
                .map(|k| (&b[..k], b[k + m.len()..].trim()))
                .or_else(|| b.strip_suffix(m.trim_end()).map(|w| (w, "")))
        })
        .next()?;
    let kind_words = what.split_whitespace().count() <= 4
        && what.split_whitespace().all(|w| {
            w.bytes().all(|c| c.is_ascii_digit())
                || [
                    "keynote",
                    "talk",
                    "lightning",
                    "day",
                    "session",
                    "workshop",
                    "panel",
                    "presentation",
                    "opening",
                    "closing",
                    "invited",
                ]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        });
    (kind_words && (2..=4).contains(&who.split_whitespace().count()) && names::is_person(who, true))
        .then_some(who)
}

/// Whether a line gives a talk's slot: it starts with a time (`10am`,
/// `1:30pm`, `14:00`, `1430-1830`), maybe after a day (`Aug. 10,
/// 2:30pm - 6:30pm`), and says little more (a track, a room).
pub(super) fn slot_line(line: &str) -> bool {
    // (Most lines have no digit: no slot, nothing to allocate.)
    if line.len() > 120 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // (Without inline tags: `<b>Aug. 9, 10am - 2pm</b>`.)
    let mut bare = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => bare.push(c),
            _ => {}
        }
    }
    let t = markers::plain_inline(&bare);
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    // `10am`, `1:30pm`, `14:00`, `1430-1830`: a bare number only with
    // am/pm (not `Java 17`, `Top 5`).
    let time = |w: &str| {
        let w = w.to_ascii_lowercase();
        let bare = w.trim_end_matches("am").trim_end_matches("pm");
        let ampm = bare.len() < w.len();
        let hm = |x: &str| {
            let (h, m) = x.split_once(':').unwrap_or((x, "00"));
            (1..=2).contains(&h.len())
                && h.bytes().all(|b| b.is_ascii_digit())
                && m.len() == 2
                && m.bytes().all(|b| b.is_ascii_digit())
        };
        let range = bare.split_once('-').is_some_and(|(a, b)| {
            a.len() == 4 && b.len() == 4 && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
        });
        range || (hm(bare) && (bare.contains(':') || ampm))
    };
    // The time first, or after a day (`Aug. 9`, `Mon`).
    words.iter().take(3).any(|w| time(w))
        && words
            .first()
            .is_some_and(|w| time(w) || w.starts_with(char::is_uppercase))
}

/// `s` without a handle in parentheses at its end (`John Allspaw
/// (@allspaw)`).
pub(super) fn without_paren_handle(s: &str) -> &str {
    let t = s.trim();
    t.strip_suffix(')')
        .and_then(|x| x.rsplit_once("(@"))
        .filter(|(_, h)| !h.contains(char::is_whitespace))
        .map_or(t, |(name, _)| name.trim_end())
}

/// Whether the first of the people `part` names (`Dr. Jane Doe & Bob
/// Smith`) is a name of a known shape.
pub(super) fn names_a_person(part: &str) -> bool {
    parse_speakers(part)
        .first()
        .is_some_and(|r| names::is_person(&r.name, false))
}

/// Whether a line under a talk's title says where and when it was given
/// (`ACT (2019)`, `TallCat, Estonia (2021)`, `Sheaf Lunch, Oxford
/// (2018)`): a year in parentheses after an event's name (an acronym or
/// an event's word), not a place alone (`Osaka (2018)`) or a book's
/// authors; and the title is no award's (`Best Paper Award`).
pub(super) fn given_at_event(title: &str, lines: &[(usize, &str)]) -> bool {
    let award = title.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "award" | "prize" | "reviewer" | "fellowship" | "grant" | "scholarship" | "medal"
        )
    });
    !award
        && lines.iter().skip(1).take(3).any(|(_, l)| {
            let l = l.trim();
            let Some((place, year)) = super::util::last_parenthesis(l) else {
                return false;
            };
            let eventish = place.split_whitespace().any(|w| {
                w.chars().filter(char::is_ascii_uppercase).count() >= 2
                    || matches!(
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                            .as_str(),
                        "conf"
                            | "conference"
                            | "workshop"
                            | "school"
                            | "meetup"
                            | "lunch"
                            | "seminar"
                            | "summit"
                            | "symposium"
                            | "camp"
                            | "day"
                            | "days"
                            | "forum"
                            | "colloquium"
                    )
            });
            l.split_whitespace().count() <= 8 && eventish && super::util::is_year(year.trim())
        })
}
