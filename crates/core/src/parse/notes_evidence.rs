//! What the notes under a heading say, read from their text alone: the
//! title under a person's heading, a body of links only, talk words (`In
//! this talk`, `the speaker`), the author's own talk, a slide deck's
//! player and its owner, and the author's overrides in HTML comments
//! (`<!-- confnotes: session -->`, the session level). Used by
//! [`super::features`], the session reader and the file parser.

use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::util::line_end;

/// `### Davide Brugali` over `Managing software variability for …` (one
/// or two lines), then `Slides: https://…` or the slides' address: under
/// a heading naming a person, the title of the talk they gave. The title
/// lines are no sentence (see `paragraph_lines::title_line`) and no
/// `key: value` line.
pub(super) fn title_under_person(body: &str) -> Option<String> {
    let lines = body
        .trim_start_matches(['\n', ' '])
        .lines()
        .map(str::trim)
        .take_while(|l| !l.is_empty());
    let mut title: Vec<&str> = Vec::new();
    for l in lines {
        let link_line = l.starts_with("http://")
            || l.starts_with("https://")
            || markers::key_line(l).is_some_and(|(k, v)| {
                matches!(
                    k.as_ref(),
                    "slides" | "video" | "recording" | "link" | "paper"
                ) && v.contains("http")
            })
            || l.to_ascii_lowercase().starts_with("slides http");
        if link_line {
            return (!title.is_empty()).then(|| title.join(" "));
        }
        // (`Abstract: …` is a label; `Testing Robotic Systems: A New
        // Battlefield!` a title and its subtitle.)
        if title.len() == 2 || markers::key_line(l).is_some_and(|(k, _)| !k.contains(' ')) {
            return None;
        }
        // `Trustworthy Systems Laboratory` under the title: where the
        // speaker works, not more of the title.
        if !title.is_empty() && orgs_and_jobs::is_org(l) {
            continue;
        }
        // (A line wrapped inside the title ends with no full stop either;
        // `A New Battlefield!` may end so.)
        // `@bassistance` under `## Jorn Zaefferer`: the person's handle.
        if l.starts_with('@') && !l.contains(' ') {
            return None;
        }
        let short_cry = l.ends_with(['!', '?']) && l.split_whitespace().count() <= 12;
        if !short_cry {
            super::paragraph_lines::title_line(l)?;
        }
        title.push(l);
    }
    None
}

/// The end of the `n`th line after `start` (or `end`).
pub(super) fn line_after(text: &str, start: usize, end: usize, n: usize) -> usize {
    let mut pos = start;
    for _ in 0..n {
        if pos >= end {
            return end;
        }
        pos = line_end(text, pos, end) + 1;
    }
    pos.min(end)
}

/// Whether the notes `body` (its first 20 lines, up to a thematic break)
/// are only links, bare addresses and images, one per line, with list
/// markers.
pub(super) fn links_only(body: &str) -> bool {
    let mut any = false;
    for line in body.lines().filter(|l| !l.trim().is_empty()).take(20) {
        // (`1. [Title](…)`, `2) …`: a numbered item too.)
        let t = markers::strip_any_list_marker(line.trim()).trim();
        // A thematic break ends the heading's own part.
        if matches!(t, "---" | "***" | "___") {
            break;
        }
        let link = (t.starts_with("http://") || t.starts_with("https://"))
            && !t.contains(char::is_whitespace);
        let markdown = (t.starts_with('[') || t.starts_with("![") || t.starts_with('<'))
            && (t.ends_with(')') || t.ends_with('>'));
        if !(link || markdown) {
            return false;
        }
        any = true;
    }
    any
}

/// Words in the first lines of a heading's notes that say it is a talk.
const TALK_WORDS: &[&str] = &[
    "talk",
    "talks",
    "speaker",
    "speakers",
    "presenter",
    "presented",
    "presenting",
    "presentation",
    "slides",
    "slide",
    "keynote",
    "demo",
    "demoed",
    "demo'd",
    "session",
    "lecture",
    "workshop",
    "panel",
    "panelists",
    "recording",
    "video",
    "q&a",
    // The same in the languages of notes seen so far.
    "palestra",
    "palestras",
    "palestrante",
    "charla",
    "charlas",
    "ponencia",
    "ponencias",
    "vortrag",
    "vorträge",
    "conférence",
    "conférences",
    "exposé",
    "intervento",
    "sessão",
    "sessões",
    "sesión",
];

/// Under a heading that only names a slot (`## Session 1`), a first line
/// that names the talk in it and who gave it (`[Data Mining The Social
/// Web](…) – Gary Short (@garyshort)`): that line, as plain text.
pub(super) fn talk_under_slot(heading: &str, body: &str) -> Option<String> {
    if !super::headings::is_slot(heading) {
        return None;
    }
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !markers::is_directive_line(l))?;
    // (A line, not a paragraph: `Gary presented…` is no title; nor a
    // list of the people who spoke in the slot.)
    if first.len() > 200
        || first.ends_with(['.', ':'])
        || markers::strip_list_marker(first).len() < first.len()
    {
        return None;
    }
    let plain = markers::plain_inline(first).trim().to_string();
    // (Not `Grace Hopper Room - Track B`: where the slot is.)
    if plain.split_whitespace().any(|w| {
        ["room", "track", "hall", "stage", "floor", "auditorium"]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
    }) {
        return None;
    }
    let parts = super::headings::parts(&plain);
    // (Not `**Werner Vogels**, CTO Amazon`: a role is no title.)
    (parts.speakers.is_some()
        && parts.strength >= 3
        && parts.title.split_whitespace().count() >= 2
        && !orgs_and_jobs::is_job_title(&parts.title)
        && !orgs_and_jobs::is_role(&parts.title))
    .then_some(plain)
}

/// Verbs that tell what a speaker did with the talk, in the present or
/// the past (`Laura Eck does a good job…`, `Michael Herman gave the
/// audience…`, `Sarah and Celia guided students…`).
const SUBJECT_VERBS: &[&str] = &[
    "does",
    "did",
    "tries",
    "tried",
    "gives",
    "gave",
    "spoke",
    "speaks",
    "talked",
    "talks",
    "presented",
    "presents",
    "explained",
    "explains",
    "showed",
    "shows",
    "shared",
    "shares",
    "discussed",
    "discusses",
    "walked",
    "walks",
    "introduced",
    "introduces",
    "demonstrated",
    "demonstrates",
    "described",
    "describes",
    "covered",
    "covers",
    "guided",
    "guides",
    "delivered",
    "delivers",
    "told",
    "tells",
    "argued",
    "argues",
    "offered",
    "offers",
    "reminded",
    "reminds",
    "led",
    "leads",
    // (`Colm MacCarthaigh [talking](video) about…`: a caption.)
    "talking",
    "speaking",
    "presenting",
    "explaining",
    "discussing",
];

/// [`SUBJECT_VERBS`] after two people or more.
/// (Only what speakers do on stage: `Kent Beck and Martin Fowler
/// describe refactoring…` cites a book, `Alice and Bob share a key` is a
/// protocol.)
const PLURAL_SUBJECT_VERBS: &[&str] = &["give", "present", "introduce", "demonstrate", "lead"];

/// `#### Summary`: an ATX heading's line.
fn is_heading_line(l: &str) -> bool {
    let hashes = l.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
}

/// The people who are the subject of the first sentence of a talk's
/// notes, before a verb of what a speaker did: one to three capitalised
/// words each with a known given name for the first person (or a
/// capitalised first name alone, joined by `and` to another), the text of
/// a Markdown link to them, joined by `and` or `&` (`Laura Eck does a
/// good job…`, `[Ian Cordasco](…) spoke on…`). None when the sentence
/// starts otherwise.
pub(super) fn subject_speakers(body: &str) -> Option<Vec<super::speakers::SpeakerRef>> {
    // (Past a sub-heading that opens the notes, `#### Summary`; the
    // paragraph, which may wrap before its verb.)
    let mut lines = body
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || markers::is_directive_line(l) || is_heading_line(l));
    let first = lines.next()?;
    if first.starts_with(['#', '<', '>', '|', '!', '-', '*', '`']) {
        return None;
    }
    let mut para = first.to_string();
    for l in lines
        .take(2)
        .take_while(|l| !l.is_empty() && !l.starts_with(['#', '-', '*']))
    {
        para.push(' ');
        para.push_str(l);
    }
    // (`[Mark Reinhold](…){:target="_blank"}`: a kramdown attribute.)
    while let Some(a) = para.find("{:")
        && let Some(b) = para[a..].find('}')
    {
        para.replace_range(a..a + b + 1, "");
    }
    let plain = markers::plain_inline(&para);
    let mut words: &str = &plain;
    // `In this first keynote, Mark Reinhold…`: past the opening clause.
    if let Some(rest) = words.strip_prefix("In this ")
        && let Some(k) = rest.find(", ")
        && rest[..k].split_whitespace().count() <= 8
    {
        words = &rest[k + 2..];
    }
    let mut people: Vec<Vec<&str>> = vec![Vec::new()];
    // After a name and a comma: a verb, or a role up to the next comma
    // (`Alex Buckley, specification lead for Java at Oracle, gave…`).
    let mut comma = false;
    let mut role = 0usize;
    let mut role_words: Vec<&str> = Vec::new();
    for w in words.split_whitespace().take(24) {
        let last = people.last().map_or(0, Vec::len);
        let (w, c) = match w.strip_suffix(',') {
            Some(x) => (x, true),
            None => (w, false),
        };
        // (`Thomas Stein and Timon Schuele present…`: the plural.)
        let verb =
            SUBJECT_VERBS.contains(&w) || (people.len() >= 2 && PLURAL_SUBJECT_VERBS.contains(&w));
        if role > 0 || (comma && !verb) {
            // (`[Ann Bell] and [Bo Lind], led…` has its verb right after.)
            if last == 0 {
                return None;
            }
            role += 1;
            role_words.push(w);
            if role > 10 {
                return None;
            }
            comma = c;
            if c {
                // A role (`Chief Architect of the Java Platform Group`,
                // `specification lead for Java at Oracle`), not any aside
                // (`Barbara Liskov, the Turing award winner, introduced…`).
                let r = role_words.join(" ");
                let aside = matches!(role_words.first(), Some(&("the" | "a" | "an")));
                if !(r.contains(" at ")
                    || (!aside && (orgs_and_jobs::is_job_title(&r) || orgs_and_jobs::is_role(&r))))
                {
                    return None;
                }
                role = 0;
                role_words.clear();
            }
            continue;
        }
        comma = c;
        if last > 0 && verb {
            let names: Vec<String> = people.iter().map(|p| p.join(" ")).collect();
            // The first person a known name, or every one a single known
            // given name (`Sarah and Celia`).
            let known = names.iter().enumerate().all(|(k, n)| {
                names::is_person(n, false)
                    // (`Thomas Stein and Timon Schuele`: after a known
                    // person, two capitalised words are a name.)
                    || (k > 0 && n.contains(' ') && names::is_person(n, true))
                    || (!n.contains(' ') && names.len() >= 2 && names::is_given_name(n))
            });
            return known.then(|| {
                names
                    .into_iter()
                    .map(|name| super::speakers::SpeakerRef {
                        name,
                        org: None,
                        handle: false,
                    })
                    .collect()
            });
        }
        if (w == "and" || w == "&") && last > 0 && !c {
            people.push(Vec::new());
        } else if last > 0
            && last < 4
            && matches!(
                w,
                "van" | "von" | "der" | "den" | "de" | "da" | "di" | "du" | "le" | "la"
            )
        {
            // (`Arjanna van der Plas`: a name's particles.)
            if let Some(p) = people.last_mut() {
                p.push(w);
            }
        } else if (last < 3
            || (last < 5
                && people
                    .last()
                    .is_some_and(|p| p.iter().any(|x| x.starts_with(char::is_lowercase)))))
            && w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            if let Some(p) = people.last_mut() {
                p.push(w);
            }
        } else {
            return None;
        }
    }
    None
}

/// Whether `body` starts with the author's own story (`I`, `We`, `My`,
/// `Our`, `Arrived`) or its first 40 words speak of talks in the plural
/// (`talks`, `sessions`): see `Features::story`.
pub(super) fn story(body: &str) -> bool {
    let mut words = body
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(40);
    // (The first word only: notes about a talk say `we` too.)
    let first = words.next().unwrap_or("");
    matches!(
        first,
        "I" | "I'm" | "I've" | "We" | "My" | "Our" | "Landed" | "Arrived"
    ) || std::iter::once(first)
        .chain(words)
        .any(|w| w.eq_ignore_ascii_case("talks") || w.eq_ignore_ascii_case("sessions"))
}

/// Whether the first 60 words of `body` include a talk word.
/// Whether the first line of text of `body` names a talk in Chinese,
/// Japanese or Korean (`此分享主要讲的是…`, `…さんによる発表です`), where
/// words are not set apart by spaces.
pub(super) fn cjk_talk_words(body: &str) -> bool {
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with(['#', '!', '<', '|', '`']))
        .unwrap_or("");
    first.bytes().any(|b| b >= 0xE0)
        && [
            "分享",
            "演讲",
            "讲师",
            "講演",
            "発表",
            "登壇",
            "セッション",
            "발표",
            "강연",
            "세션",
        ]
        .iter()
        .any(|w| first.contains(w))
}

pub(super) fn talk_words(body: &str) -> bool {
    body.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&'))
        .filter(|w| !w.is_empty())
        .take(60)
        .any(|w| {
            // (`the speaker's name`: the word without its possessive.)
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.len() >= 3 && w.len() <= 12 && TALK_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w))
        })
}

/// Whether the first 60 words of `body` speak of one talk from inside it,
/// as a catalogue's abstract does: `In this session, five engineers
/// share…`, `in this talk we…`. (`This session was a great way to start`
/// is a report on a block of talks, and does not count.)
pub(super) fn self_talk(body: &str) -> bool {
    let mut words = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(60);
    let (mut a, mut b) = ("", "");
    words.any(|w| {
        let hit = a.eq_ignore_ascii_case("in")
            && b.eq_ignore_ascii_case("this")
            && [
                "talk",
                "session",
                "presentation",
                "keynote",
                "workshop",
                "lecture",
            ]
            .iter()
            .any(|t| t.eq_ignore_ascii_case(w));
        (a, b) = (b, w);
        hit
    })
}

/// Whether `body` embeds a slide deck's player: SlideShare's iframe
/// (`//www.slideshare.net/slideshow/embed_code/…`) or Speaker Deck's
/// script (`class="speakerdeck-embed"`, `speakerdeck.com/player/…`).
/// Slides shown under a heading are a talk's, as a recording is.
pub(super) fn slides_embed(body: &str) -> bool {
    let b = body.as_bytes();
    memchr::memmem::find(b, b"slideshare.net/slideshow/embed").is_some()
        || memchr::memmem::find_iter(b, b"speakerdeck").any(|at| {
            b[at..].starts_with(b"speakerdeck-embed")
                || b[at..].starts_with(b"speakerdeck.com/player/")
        })
}

/// The owner of a slide deck whose SlideShare embed code is among the
/// first lines of `body` (`… </strong> from <strong><a href="https://www
/// .slideshare.net/yuyamada777">Yu Yamada</a></strong>`): who gave the
/// talk, when the name reads as a person's.
pub(super) fn slide_owner(body: &str) -> Option<String> {
    body.lines().take(8).find_map(|line| {
        memchr::memmem::find(line.as_bytes(), b"slideshare.net")?;
        let at = memchr::memmem::find(line.as_bytes(), b" from <strong>")?;
        let rest = &line[at + " from <strong>".len()..];
        let inner = rest.trim_start().strip_prefix("<a")?;
        let inner = &inner[inner.find('>')? + 1..];
        let name = inner[..inner.find("</a>")?].trim();
        names::is_person(name, true).then(|| name.to_string())
    })
}

/// `In his talk "The Unicorn Project and the 5 Ideals", Gene Kim…`: the
/// title the notes' first paragraph quotes after a word for a talk
/// (`talk`, `keynote`, `presentation`…, maybe `titled`), two to twenty
/// words.
pub(super) fn quoted_talk_title(notes: &str) -> Option<String> {
    let para = notes
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with(['#', '!', '|', '<']))?;
    // (ASCII case only: the byte offsets found in it are the text's own.)
    let lower = para.to_ascii_lowercase();
    for kw in [
        "talk ",
        "keynote ",
        "presentation ",
        "session ",
        "workshop ",
        "lecture ",
    ] {
        for (at, _) in lower.match_indices(kw) {
            let mut rest = &para[at + kw.len()..];
            for w in ["titled ", "entitled ", "called ", "named "] {
                if rest.len() >= w.len()
                    && rest.is_char_boundary(w.len())
                    && rest[..w.len()].eq_ignore_ascii_case(w)
                {
                    rest = &rest[w.len()..];
                }
            }
            let Some(open) = rest
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '“' | '„' | '«'))
            else {
                continue;
            };
            let close = match open {
                '“' => '”',
                '„' => '“',
                '«' => '»',
                _ => '"',
            };
            let inner = &rest[open.len_utf8()..];
            let Some(end) = inner.find(close) else {
                continue;
            };
            let title = inner[..end].trim();
            if (2..=20).contains(&title.split_whitespace().count()) {
                return Some(title.to_string());
            }
        }
    }
    None
}

/// `# Session 2` over `>Google Assistant, 내 비즈니스에 어떻게…` and
/// `>>이주연(Strategic Partnership Development Manager, Google)`: the
/// slot's talk as a quote line, then who gave it as a quote in the quote.
/// The title, and the people's line if there is one.
pub(super) fn quoted_under_slot(notes: &str) -> Option<(String, Option<String>)> {
    let mut lines = notes.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let t = first.strip_prefix('>')?;
    // (Not a quote of a quote, nor a heading quoted in the notes.)
    if t.starts_with('>') || t.trim_start().starts_with('#') {
        return None;
    }
    // (`>[패널토크] Title`: the kind of session in brackets first.)
    let title = super::markers::plain_inline(super::title_ends::strip_bracket_tag(t.trim()))
        .trim()
        .to_string();
    if title.is_empty() || title.split_whitespace().count() > 20 {
        return None;
    }
    let who = lines
        .next()
        .and_then(|l| l.strip_prefix(">>"))
        .map(|w| super::markers::plain_inline(w.trim()).trim().to_string())
        .filter(|w| !w.is_empty());
    // (Not `> "The Oracle Java is again available free of charge…"`, a
    // sentence quoted from the talk, with nobody named under it.)
    let sentence = title.starts_with(['"', '“', '«']) || title.ends_with(['.', '!', '"', '”']);
    (who.is_some() || !sentence).then_some((title, who))
}
