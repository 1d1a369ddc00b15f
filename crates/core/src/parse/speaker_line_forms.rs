//! The shapes of one line that may name speakers, for
//! [`super::speaker_lines`]: a name written small (`bernd ruecker`),
//! names and only links left (`**Name** ([video](…))`), a plain line of
//! names, a sentence around profile links, an organisation then names in
//! Han script, `Name from https://site/`, and a `Speaker:` sentence about
//! one person.

use super::names;
use super::orgs_and_jobs;
use super::speakers::{self, SpeakerRef};
use super::util::find_str;

/// `bernd ruecker`: a name written small ([`super::siblings::small_name`]),
/// alone on its line, so with more care: the first word no common word
/// too, the others no short or common word.
pub(super) fn small_name(s: &str) -> bool {
    if !super::siblings::small_name(s) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // (Given names that are common words too: `green pipelines`.)
    !matches!(
        words[0],
        "green"
            | "will"
            | "may"
            | "mark"
            | "grant"
            | "drew"
            | "gene"
            | "pat"
            | "sue"
            | "case"
            | "lane"
            | "bob"
            | "rob"
            | "max"
            | "ray"
            | "jack"
            | "frank"
            | "hope"
            | "faith"
    ) && !words[1..].iter().any(|w| {
        matches!(
            *w,
            "and" | "the" | "a" | "is" | "was" | "to" | "of" | "in" | "on" | "it" | "at"
        ) || w.len() < 3
            || w.ends_with("ing")
            || names::noun_ending(w)
    })
}

/// Whether `s` holds nothing but Markdown links and the brackets,
/// separators and spaces around them (`([video](…)) | [slides](…)`), and
/// at least one link.
pub(super) fn only_links_left(s: &str) -> bool {
    only_links_between(s, "()|,-–·")
}

/// Whether `s` is one Markdown link or more, `[text](url)`, with nothing
/// but spaces and the characters of `separators` around them.
pub(super) fn only_links_between(s: &str, separators: &str) -> bool {
    let mut rest = s.trim();
    let mut links = 0;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || separators.contains(c));
        if rest.is_empty() {
            return links > 0;
        }
        // `[text](url)`
        let Some(after_open) = rest.strip_prefix('[') else {
            return false;
        };
        let Some(close) = after_open.find("](") else {
            return false;
        };
        let Some(end) = after_open[close + 2..].find(')') else {
            return false;
        };
        rest = &after_open[close + 2 + end + 1..];
        links += 1;
    }
}

/// A quick look before reading a line as names: every word starts with a
/// capital (or is a connector, a particle, a handle, an org in
/// parentheses or a word of a caseless script). Most lines of notes fail
/// on their first lowercase word.
pub(super) fn looks_like_names(line: &str) -> bool {
    let mut paren = 0i32;
    line.split_whitespace().all(|w| {
        let opens = w.starts_with('(');
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
        let ok = paren > 0
            || bare.is_empty()
            || bare.starts_with('@')
            || matches!(
                bare,
                "and"
                    | "by"
                    | "with"
                    | "van"
                    | "von"
                    | "de"
                    | "der"
                    | "da"
                    | "di"
                    | "du"
                    | "la"
                    | "le"
                    | "del"
                    | "bin"
                    | "al"
                    | "y"
                    | "zu"
                    | "ten"
                    | "ter"
                    | "dos"
                    | "das"
                    | "from"
                    // (`Dmytro Fishman, University of Tartu`.)
                    | "of"
                    | "at"
            )
            || bare
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !(c.is_lowercase()));
        paren += i32::from(opens) - i32::from(w.ends_with(')'));
        ok
    })
}

/// Whether the words of `s` outside its links (`[text](url)`) make a
/// sentence: two or more lowercase words that do not join names.
pub(super) fn sentence_around_links(s: &str) -> bool {
    let mut outside = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        outside.push_str(&rest[..open]);
        let after = &rest[open..];
        match find_str(after, "](").and_then(|m| after[m..].find(')').map(|e| m + e + 1)) {
            Some(end) => rest = &after[end..],
            None => {
                rest = after;
                break;
            }
        }
    }
    outside.push_str(rest);
    outside
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                && !speakers::AND_WORDS.contains(w)
                && !matches!(*w, "with" | "by" | "from" | "at")
        })
        .count()
        >= 2
}

/// `eBay 汪兴朗`, `平安科技 柴锋、高云`, `医树网 曾勇`: written in Chinese, the
/// organisation comes first and the names (two to four Han characters,
/// `、` between them) last.
pub(super) fn org_then_han_names(value: &str) -> Option<Vec<SpeakerRef>> {
    let (org, last) = value.trim().rsplit_once(' ')?;
    let han = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}');
    let people: Vec<&str> = last.split('、').collect();
    let all_names = people
        .iter()
        .all(|p| (2..=4).contains(&p.chars().count()) && p.chars().all(han));
    let org = org.trim();
    // (`Wolke Lin 林建宏`: one person's name in Latin letters, then in
    // Chinese, not an organisation and a person.)
    if all_names
        && people.len() == 1
        && (2..=3).contains(&org.split_whitespace().count())
        && org.is_ascii()
        && super::names::is_person(org, false)
    {
        return Some(vec![SpeakerRef {
            name: value.trim().to_string(),
            org: None,
            handle: false,
        }]);
    }
    (all_names && !org.is_empty() && org.chars().count() <= 30).then(|| {
        people
            .iter()
            .map(|p| SpeakerRef {
                name: (*p).to_string(),
                org: Some(org.to_string()),
                handle: false,
            })
            .collect()
    })
}

/// The targets of the `[text](target)` links in a line.
pub(super) fn link_targets(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = find_str(&s[from..], "](").map(|i| i + from) {
        let rest = &s[i + 2..];
        let Some(end) = rest.find(')') else {
            break;
        };
        out.push(rest[..end].trim());
        from = i + 2 + end;
    }
    out
}

/// `Name from https://www.example.com/ [@handle]`: the person, with the
/// site's name as their organisation (`www.dataiku.com` → `Dataiku`).
pub(super) fn person_from_site(item: &str) -> Option<SpeakerRef> {
    // (Most lines have no address: one memchr rejects them.)
    memchr::memchr(b':', item.as_bytes())?;
    let at = super::util::find_str(item, " from ")?;
    let (who, rest) = (&item[..at], &item[at + " from ".len()..]);
    let mut words = rest.split_whitespace();
    let url = words.next()?;
    // At most a handle after the address.
    if !words.all(|w| w.starts_with('@')) {
        return None;
    }
    // (A profile or a video is no company's site.)
    if names::is_profile_url(url) || super::link_labels::is_video_url(url) {
        return None;
    }
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?
        .split(['/', '?', '#'])
        .next()?;
    // The registrable label: `engineering.atspotify.com` → `atspotify`,
    // `example.co.uk` → `example`.
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let site = match n {
        0 | 1 => return None,
        _ if n >= 3
            && matches!(
                labels[n - 2],
                "co" | "com" | "org" | "net" | "ac" | "gov" | "edu"
            ) =>
        {
            labels[n - 3]
        }
        _ => labels[n - 2],
    };
    if site.len() < 2 {
        return None;
    }
    let who = who.trim();
    if !(2..=4).contains(&who.split_whitespace().count()) || !names::is_person(who, true) {
        return None;
    }
    let mut org = String::with_capacity(site.len());
    let mut chars = site.chars();
    org.extend(chars.next().map(|c| c.to_ascii_uppercase()));
    org.push_str(chars.as_str());
    Some(SpeakerRef {
        name: who.to_string(),
        org: Some(org),
        handle: false,
    })
}

/// The speaker a long `Speaker:` value is about: a sentence of more than
/// twelve words, its first part a person's name and its second their role
/// at an organisation (`Director of Inclusive Design at Microsoft`).
pub(super) fn speaker_with_bio(value: &str) -> Option<SpeakerRef> {
    // (A sentence, not a list of people with theirs: `Bryan Borham,
    // Weaveworks & Chris Marchbanks, Splunk`; nor a name with its role in
    // parentheses, read as usual.)
    let value = super::markers::plain_inline(value);
    if value.split_whitespace().count() <= 12 || value.contains(['&', '(']) {
        return None;
    }
    let parts: Vec<&str> = value.split(", ").collect();
    let name = parts.first()?.trim();
    if !(2..=4).contains(&name.split_whitespace().count()) || !names::is_person(name, true) {
        return None;
    }
    // (Only when the role says it: otherwise the usual reading, which
    // knows more ways of naming an organisation.)
    let org = parts.get(1).and_then(|role| {
        let at = role.rfind(" at ")?;
        let org = role[at + 4..].trim();
        ((1..=4).contains(&org.split_whitespace().count()) && org.starts_with(char::is_uppercase))
            .then(|| org.to_string())
    })?;
    Some(SpeakerRef {
        name: name.to_string(),
        org: Some(org),
        handle: false,
    })
}

/// `***Alex Sunnarborg*** *- Tetras Capital*`, `**Oliver Hart** - Professor
/// of Economics, Harvard University (Moderator)`: a person's name in bold,
/// then after a dash who they are: a role and the organisation, or the
/// organisation alone.
pub(super) fn strong_name_then_role(t: &str) -> Option<SpeakerRef> {
    let marker = ["***", "**"].into_iter().find(|m| t.starts_with(m))?;
    let rest = &t[marker.len()..];
    let end = rest.find(marker)?;
    let name = rest[..end].trim();
    let after = rest[end + marker.len()..].trim();
    let after = after.trim_matches(|c| c == '*' || c == '_').trim();
    let tail = ["- ", "– ", "— "]
        .iter()
        .find_map(|d| after.strip_prefix(d))?
        .trim();
    // (A name no list knows, `Nadav Zafrir`, when what follows reads as
    // who they are: a job and an organisation, or an organisation.)
    let known = names::is_person(name, false);
    let capitalised = matches!(names::shape(name), names::Shape::Capitalised)
        && !orgs_and_jobs::is_org(name)
        && !orgs_and_jobs::is_role(name)
        // (Not `**Key Takeaways** - Caching, Queues`.)
        && !super::section_words::is_vocab(&super::headings::norm(name));
    if !(2..=4).contains(&name.split_whitespace().count())
        || !(known || capitalised)
        || tail.is_empty()
        || tail.split_whitespace().count() > 20
        || tail.contains(['*', '_', '['])
    {
        return None;
    }
    // (`(Moderator)`: the part they had on the panel.)
    let tail = match tail.rfind(" (") {
        Some(open) if tail.ends_with(')') => tail[..open].trim_end(),
        _ => tail,
    };
    let parts: Vec<&str> = tail.split(", ").map(str::trim).collect();
    // (Not `**Reconcile Loops** - Idempotent, Level Triggered`.)
    let reads_as_who = orgs_and_jobs::is_job_title(parts[0])
        || orgs_and_jobs::is_org(parts[0])
        || (parts.len() >= 2 && orgs_and_jobs::is_org(parts[parts.len() - 1]));
    if !(known || reads_as_who) {
        return None;
    }
    let org = match parts.as_slice() {
        [one] if !orgs_and_jobs::is_job_title(one) && !orgs_and_jobs::is_role(one) => {
            Some(one.to_string())
        }
        [_, orgs @ ..] if !orgs.is_empty() => Some(orgs.join(", ")),
        _ => None,
    };
    Some(SpeakerRef {
        name: name.to_string(),
        org,
        handle: false,
    })
}

/// `講者 [C.T Lin](…) 介紹了…`: a speaker's key in Chinese, Japanese or
/// Korean, a space, and a link to the person (then the sentence about
/// the talk), as a key line whose value is the link's text.
pub(super) fn cjk_key_then_link(line: &str) -> Option<super::markers::KeyLine<'_>> {
    let t = super::markers::strip_emphasis(super::markers::strip_list_marker(line.trim()));
    let (key, rest) = t.split_once([' ', '\u{3000}'])?;
    if !key.chars().all(|c| c as u32 >= 0x3000) || !super::speaker_keys::SPEAKER_KEYS.contains(&key)
    {
        return None;
    }
    let inner = rest.trim_start().strip_prefix('[')?;
    let name = &inner[..inner.find("](")?];
    (!name.trim().is_empty() && !name.contains(['[', ']']))
        .then_some((std::borrow::Cow::Borrowed(key), name.trim()))
}
