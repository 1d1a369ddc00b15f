//! What one line of a paragraph says, for `paragraphs.rs`: a link that
//! names a talk (`[Title](video)`), a bold title and who gave it
//! (`🎯 **Title** by Name.`), the same in plain title case, a line of
//! people's names, a whole bold line, a person then a quoted title
//! (`Name, "Title"`), a `by` line under a bold title, the bold words of a
//! sentence under a person's heading (`his talk **Breaking the Mold**`,
//! for the session reader), and whether a line reads as a title at all
//! (short, not a sentence).

use super::link_labels;
use super::markers;
use super::speaker_lines::{self, Position};
use super::speakers::SpeakerRef;
use super::util::trim_pictographs;

/// A line that is only a Markdown link (`[Title](https://…)`, maybe
/// ending in a hard break): its plain text and address.
pub(super) fn link_line(line: &str) -> Option<(String, String)> {
    // (`🗣 [Zach Jones - A Leisurely Stroll …](…)`: an emoji before it is
    // decoration.)
    let t = trim_pictographs(line.trim()).trim_end_matches('\\').trim();
    let inner = t.strip_prefix('[')?;
    let (text, rest) = inner.split_once("](")?;
    let url = rest.strip_suffix(')')?;
    // (Parentheses inside the address come in pairs: `…Reflect%20(London
    // %20Gophers).pdf`.)
    let balanced = url.matches('(').count() == url.matches(')').count()
        && url
            .find(')')
            .is_none_or(|c| url.find('(').is_some_and(|o| o < c));
    if text.trim().is_empty() || text.contains(['[', ']']) || url.contains(' ') || !balanced {
        return None;
    }
    Some((
        markers::plain_inline(text).trim().to_string(),
        url.to_string(),
    ))
}

/// A line that is only a Markdown link to a video
/// (`[Title](https://youtu.be/…)`): its text and address.
pub(super) fn video_link_line(line: &str) -> Option<(String, String)> {
    link_line(line).filter(|(_, url)| link_labels::is_video_url(url))
}

/// `🎯 **Automating Porosity Detection in Additive Manufacturing** by
/// Onyekachukwu Faith Ojumah.`, `**Title**, by Tim Paine 📈`: a bold
/// title, then the people who gave it after `by` (emoji around the line
/// are decoration): the title and the people.
pub(super) fn bold_title_by(line: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = trim_pictographs(line.trim().trim_end_matches('\\').trim_end());
    let rest = t.strip_prefix("**").or_else(|| t.strip_prefix("__"))?;
    let close = rest.find("**").or_else(|| rest.find("__"))?;
    let (title, after) = (&rest[..close], &rest[close + 2..]);
    let after = after.trim_start().trim_start_matches(',').trim_start();
    let names = markers::strip_prefix_ci(after, "by ")?;
    let refs = names_after_by(names)?;
    let title = markers::plain_inline(title).trim().to_string();
    (!title.is_empty()).then_some((title, refs))
}

/// `**Building Data Pipelines in Python,\n[@marcobonzanini](…).** Luigi
/// is …`: a paragraph that opens with a bold title (over one line or
/// more), a comma, and the profile link of who gave it (a handle or a
/// name), then the notes: the title, the people and what follows.
pub(super) fn bold_title_comma_profile(para: &str) -> Option<(String, Vec<SpeakerRef>, &str)> {
    let t = para.trim_start();
    let rest = t.strip_prefix("**")?;
    let close = rest.find("**")?;
    let (inner, after) = (&rest[..close], &rest[close + 2..]);
    let joined = inner.split_whitespace().collect::<Vec<_>>().join(" ");
    let inner = joined.trim_end_matches(['.', ',']).trim_end();
    // The last link of the span, a profile, after a comma.
    let open = inner.rfind(", [")?;
    let (title, link) = (&inner[..open], &inner[open + 2..]);
    let (text, target) = link.strip_prefix('[')?.split_once("](")?;
    let target = target.strip_suffix(')')?;
    if !super::names::is_profile_url(target) {
        return None;
    }
    let who = text.trim().trim_end_matches('.');
    let handle = who
        .strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_alphanumeric() || c == '_'));
    if !handle && !super::names::is_person(who, true) {
        return None;
    }
    let title = markers::plain_inline(title).trim().to_string();
    if title.is_empty() || title.contains("](") {
        return None;
    }
    Some((title, super::speakers::parse_speakers(who), after))
}

/// `You Came to a Python Conference. Now, Go Do a PR Review! by Samiul
/// Huque`: a line of its own, a title in title case, then the people who
/// gave it after its last `by`.
pub(super) fn plain_title_by(line: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = trim_pictographs(line.trim());
    if t.len() > 200 || t.contains(['*', '_', '[', '`']) {
        return None;
    }
    let at = super::util::rfind_ci(t, " by ")?;
    let (title, names) = (t[..at].trim(), &t[at + 4..]);
    let words: Vec<&str> = title.split_whitespace().collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let title_case = words.len() >= 2
        && words.len() <= 20
        && title.starts_with(char::is_uppercase)
        && long
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            * 3
            >= long.len() * 2;
    if !title_case {
        return None;
    }
    Some((title.to_string(), names_after_by(names)?))
}

/// `Maciej Zieliński, "Casper Smart Contracts", [slides.pdf](…)`: the
/// people who gave a talk, a comma (or none), and its title in quotes
/// (straight or curly) or in backticks (`Name: `Title``), nothing after
/// it but its links. Each person two to four words with a name's shape.
pub(super) fn person_then_quoted(line: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = line.trim();
    let at = t.find(['"', '\u{201c}', '\u{201e}', '`'])?;
    let (who, rest) = (t[..at].trim_end(), &t[at..]);
    let who = who.strip_suffix(',').unwrap_or(who);
    let (open, close) = match rest.chars().next()? {
        '"' => ('"', '"'),
        '\u{201c}' => ('\u{201c}', '\u{201d}'),
        '\u{201e}' => ('\u{201e}', '\u{201d}'),
        // (`Fabian Król: `:dbg intro` [web](…)`: the title in backticks,
        // maybe after a colon.)
        '`' => ('`', '`'),
        _ => return None,
    };
    let who = if open == '`' {
        who.strip_suffix(':').unwrap_or(who).trim_end()
    } else {
        who
    };
    let inner = &rest[open.len_utf8()..];
    let end = inner.find(close)?;
    let title = inner[..end].trim();
    // (In backticks, words or a function's name, `Stream.unfold`, not
    // code: not `./scripts/deploy.sh --env prod`, `make release
    // VERSION=1.2.3`, `parser-core`.)
    if open == '`'
        && ((!title.contains(' ') && title.contains(['-', '_']))
            || title.contains(['/', '=', '$', '{', '<'])
            || title.contains(" --"))
    {
        return None;
    }
    let after = inner[end + close.len_utf8()..].trim_start_matches([',', ' ', '-', '\u{2013}']);
    // Only links after it: `[name](…)`, `[Sources](…)`.
    let only_links = after.is_empty()
        || (after.starts_with('[')
            && super::catalog_item::without_urls(&super::markers::plain_inline(after))
                .split_whitespace()
                .all(|w| w.chars().count() <= 60));
    let words = title.split_whitespace().count();
    if !only_links || !(1..=20).contains(&words) || who.contains(['[', '*', '_', '`', ':']) {
        return None;
    }
    let refs = super::speakers::parse_speakers(who);
    let people = !refs.is_empty()
        && refs.iter().all(|r| {
            (2..=4).contains(&r.name.split_whitespace().count())
                && super::names::is_person(&r.name, true)
        });
    people.then(|| (title.to_string(), refs))
}

/// `lapla「[ELFバイナリの妥当な破壊](…)」`, `Yuku Kotani「React19で…」`:
/// who gave it, then the title in corner brackets (how Japanese lists
/// name a talk), with at most links after it. The brackets delimit the
/// title, so any short name before them is taken (a handle, a nickname,
/// a name in kana), but not a kind of session (`招待講演「…」`), a
/// sentence (`今回は「…」`), someone quoted (`鈴木さん「…」`) or words with
/// markup. (Read only in a file that speaks of talks: see
/// [`speaks_of_talks_ja`].)
pub(super) fn person_then_cornered(line: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = line.trim();
    let (who, rest) = t.split_once('「')?;
    let who = who
        .trim()
        .trim_end_matches([':', '：', '-', '–', '―'])
        .trim_end();
    let end = rest.rfind('」')?;
    let title = super::markers::plain_inline(rest[..end].trim())
        .trim()
        .to_string();
    let after = rest[end + '」'.len_utf8()..].trim_start_matches([',', ' ', '-', '\u{2013}']);
    let only_links = after.is_empty()
        || (after.starts_with('[')
            && super::catalog_item::without_urls(&super::markers::plain_inline(after))
                .split_whitespace()
                .all(|w| w.chars().count() <= 60));
    let sentence = who.ends_with(['は', 'の', 'が', 'を', 'に', 'で', 'と', 'も', '、', '。']);
    if !only_links
        || title.is_empty()
        || title.contains('「')
        || who.is_empty()
        || who.chars().count() > 24
        || who.split_whitespace().count() > 3
        || who.contains(['[', ']', '*', '`', '(', '（', '「', '」', '【'])
        || who.starts_with('_')
        || who.ends_with('_')
        || sentence
        // (`鈴木さん「来年も登壇したい」`: someone quoted, with an honorific.)
        || ["さん", "氏", "様", "先生", "くん", "ちゃん"]
            .iter()
            .any(|h| who.ends_with(h))
        || super::decorations::is_kind(who)
        || super::decorations::starts_with_kind(who)
    {
        return None;
    }
    let refs = super::speakers::parse_speakers(who);
    (!refs.is_empty()).then_some((title, refs))
}

/// `JetBrains / Sebastian Aignerさん＆Márton Braun、KotlinでのAI活用による開発
/// [＜イベントページ＞](…)`: where they work, a slash, who (with `さん`, the
/// honorific), a comma, then the title, with at most links after it; each
/// person at that organisation.
pub(super) fn org_then_honored_people(line: &str) -> Option<(String, Vec<SpeakerRef>)> {
    let t = line.trim();
    let (org, rest) = t.split_once(" / ")?;
    // (Who: the parts before the title's, each naming someone with `さん`:
    // `Aさん、Bさん、Title`, `Aさん＆B、Title`.)
    let parts: Vec<&str> = rest.split('、').collect();
    let named = parts.iter().take_while(|p| p.contains("さん")).count();
    if named == 0 || named == parts.len() {
        return None;
    }
    let who = parts[..named].join("、");
    let after = parts[named..].join("、");
    let title = after.split(" [").next().unwrap_or(&after);
    let title = super::markers::plain_inline(title).trim().to_string();
    let org = org.trim();
    if title.is_empty()
        || org.is_empty()
        || org.chars().count() > 40
        || org.contains(['[', ']', '*', '`'])
        || who.chars().count() > 60
    {
        return None;
    }
    let mut refs = Vec::new();
    for p in who.split(['＆', '&', '、']) {
        // (`中鉢かける(@b4tchkn)`: the handle after the name.)
        let p = p.trim().trim_end_matches("さん");
        let p = p.split_once(['(', '（']).map_or(p, |(name, _)| name).trim();
        if p.is_empty() || p.chars().count() > 30 || p.contains(['[', ']', '/']) {
            return None;
        }
        refs.push(SpeakerRef {
            name: p.to_string(),
            org: Some(org.to_string()),
            handle: false,
        });
    }
    (!refs.is_empty()).then_some((title, refs))
}

/// Whether a file speaks of talks in Japanese words (`発表`, to present;
/// `登壇`, to take the stage; `LT`; `講演`, a lecture): where `Name「Title」`
/// names a talk, not a book or a quoted remark.
pub(super) fn speaks_of_talks_ja(text: &str) -> bool {
    ["発表", "登壇", "講演", "LT", "トーク", "セッション"]
        .iter()
        .any(|w| super::util::find_str(text, w).is_some())
}

/// `by [Martin Laprise](https://github.com/mlaprise)` on the line under a
/// bold title: who gave it.
pub(super) fn by_line(line: &str) -> Option<Vec<SpeakerRef>> {
    // (Also in emphasis: `_By Armin Ronacher_`.)
    let plain = super::markers::plain_inline(line.trim());
    let t = plain.trim();
    let rest = t.strip_prefix("by ").or_else(|| t.strip_prefix("By "))?;
    names_after_by(rest)
}

/// The people after a `by`, when they read as people (a full stop or an
/// emoji after them is not part of them).
fn names_after_by(names: &str) -> Option<Vec<SpeakerRef>> {
    let names = trim_pictographs(names.trim_end())
        .trim_end_matches(['.', '!'])
        .trim_end();
    let refs = super::speakers::parse_speakers(names);
    super::speakers::plausible(&refs).then_some(refs)
}

/// The people a line names when it is only their names (`Devon Lindsey`,
/// `Sean Larkin & Tobias Koppers`), also written in lowercase (`shirley
/// wu`): read as the same names capitalised.
pub(super) fn person_line(line: &str) -> Option<Vec<SpeakerRef>> {
    let t = line.trim();
    if t.is_empty() || t.len() > 80 || t.contains(['.', ':', '(', '[', '`']) {
        return None;
    }
    let capitalised: String = t
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let refs = speaker_lines::speaker_line(&capitalised, Position::First)?;
    let all_names = refs.iter().all(|r| {
        r.org.is_none()
            && matches!(
                super::names::shape(&r.name),
                super::names::Shape::Person { given: true }
            )
    });
    all_names.then(|| {
        // The names as written, when the line was lowercase (capitals
        // of the same length: otherwise as read).
        if capitalised == t || capitalised.len() != t.len() {
            refs
        } else {
            refs.into_iter()
                .map(|mut r| {
                    if let Some(written) = capitalised
                        .find(&r.name)
                        .and_then(|at| t.get(at..at + r.name.len()))
                    {
                        r.name = written.to_string();
                    }
                    r
                })
                .collect()
        }
    })
}

/// The title of a line that names a talk, then gives only its links:
/// `The Scientist and the engineer: [slides original](…) / [slides
/// respaldo](…)`. The title is two words or more, with no link of its own.
pub(super) fn titled_links(line: &str) -> Option<&str> {
    // (The last `: [`: `Python for Data Analysis: Past, Present, and
    // Future: [slides](…)`.)
    let line = line.trim();
    let at = line.rfind(": [")?;
    let (title, rest) = (&line[..at], &line[at + 2..]);
    let title = title.trim();
    if title.split_whitespace().count() < 2 || title.contains(['[', ']', '(', '*', '_', '`']) {
        return None;
    }
    // (Not `Slides and video: […](…)`, `Find him online: [Twitter](…)`,
    // `Diapositivas de la charla: […](…)`: what the links are.)
    const LABEL_WORDS: &[&str] = &[
        "slides",
        "slide",
        "deck",
        "diapositivas",
        "folien",
        "diapos",
        "video",
        "videos",
        "vidéo",
        "vídeo",
        "recording",
        "grabación",
        "links",
        "link",
        "online",
        "profile",
        "twitter",
        "github",
        "website",
        "him",
        "her",
        "them",
    ];
    if title.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        LABEL_WORDS.contains(&w.as_str())
    }) {
        return None;
    }
    super::speaker_line_forms::only_links_between(rest, "|/,-–·").then_some(title)
}

/// `[**Genomics in R**](https://…/slides/) Mar 27, 2019<br>`: a bold
/// link that names a talk, then only the date it was given (in words or
/// numbers, maybe after a comma or dash). The title and the address.
pub(super) fn dated_bold_link(line: &str) -> Option<(String, String)> {
    let t = line.trim();
    let t = ["<br>", "<br/>", "<br />", "\\"]
        .iter()
        .find_map(|b| t.strip_suffix(b))
        .unwrap_or(t)
        .trim_end();
    // `[**Title**](url)` or `**[Title](url)**`.
    let (title, url, rest) = if let Some(x) = t.strip_prefix("[**") {
        let (title, after) = x.split_once("**](")?;
        let (url, rest) = after.split_once(')')?;
        (title, url, rest)
    } else {
        let x = t.strip_prefix("**[")?;
        let (title, after) = x.split_once("](")?;
        let (url, rest) = after.split_once(')')?;
        (title, url, rest.strip_prefix("**")?)
    };
    let date = rest
        .trim()
        .trim_start_matches([',', '-', '–', '—', '|', '('])
        .trim_end_matches(')')
        .trim();
    let words = title.split_whitespace().count();
    ((1..=20).contains(&words)
        && !title.contains(['[', ']', '*'])
        && !url.contains(char::is_whitespace)
        && !url.starts_with('#')
        && (super::days::is_worded_date(date) || super::days::is_numeric_date(date)))
    .then(|| (title.trim().to_string(), url.to_string()))
}

/// The text of a line that is bold from end to end (`**…**`, `__…__`).
pub(super) fn whole_bold(line: &str) -> Option<&str> {
    let t = line.trim().trim_end_matches('\\').trim_end();
    let inner = t
        .strip_prefix("**")
        .and_then(|x| x.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|x| x.strip_suffix("__")))?;
    (!inner.trim().is_empty() && !inner.contains("**") && !inner.contains("__")).then_some(inner)
}

/// `**Quit Simplifying** ([slides](…), [video from Config Management Camp
/// 2024](https://youtu.be/…)) is a talk in which…`: a bold title at the
/// start of a paragraph, then its materials in parentheses, a recording or
/// slides among them. The title, and each link's text and address.
pub(super) fn bold_title_materials(line: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let t = line.trim_start();
    let mark = if t.starts_with("**") {
        "**"
    } else if t.starts_with("__") {
        "__"
    } else {
        return None;
    };
    let inner = &t[2..];
    let close = inner.find(mark)?;
    let title = inner[..close].trim();
    // (Or the links alone after it, to the line's end: `**Web
    // applications with Ruby** [+](…confreaks.tv/videos/…)`.)
    let after = inner[close + 2..].trim_start();
    let (rest, paren) = match after.strip_prefix('(') {
        Some(r) => (r, true),
        None => (after, false),
    };
    let mut links = Vec::new();
    let mut s = rest;
    loop {
        s = s.trim_start_matches([' ', ',', ';', '|']);
        if (paren && s.starts_with(')')) || (!paren && s.trim_end().is_empty() && !links.is_empty())
        {
            break;
        }
        let body = s.strip_prefix('[')?;
        let (text, after) = body.split_once("](")?;
        let (url, after) = after.split_once(')')?;
        links.push((text, url));
        s = after;
    }
    // (Every link a talk's material: not `**Chocolate Lava Cake**
    // ([recipe](…), [video](…))`, `**Day 2 Recap** ([photos](…), …)`.)
    let materials = links.iter().all(|(text, url)| {
        let w = text.split_whitespace().next().unwrap_or("").to_lowercase();
        matches!(
            w.as_str(),
            "slides"
                | "video"
                | "recording"
                | "code"
                | "demo"
                | "paper"
                | "talk"
                | "deck"
                | "abstract"
                | "transcript"
                | "notes"
                | "handout"
                | "repo"
                | "pdf"
        ) || super::link_labels::is_video_url(url)
    });
    let media = materials
        && links.iter().any(|(text, url)| {
            super::link_labels::is_recording_label(text)
                || super::link_labels::is_video_url(url)
                || super::link_labels::label_of_text(text)
                    .is_some_and(|l| l == "Slides" || l == "Video")
                || {
                    let w = text.split_whitespace().next().unwrap_or("").to_lowercase();
                    matches!(w.as_str(), "video" | "recording" | "slides")
                }
        });
    (media && title.split_whitespace().count() >= 2 && !title.ends_with(['.', ':']))
        .then_some((title, links))
}

/// The title part of a paragraph's first line, when it reads as a title:
/// short, not a sentence, and without a trailing rating (`*bike`,
/// `★★★`).
pub(super) fn title_line(line: &str) -> Option<&str> {
    let mut t = line.trim();
    // `*bike`, `*walk`: a rating word after an asterisk that closes
    // nothing.
    if let Some((head, last)) = t.rsplit_once(' ')
        && let Some(word) = last.strip_prefix('*')
        && !word.is_empty()
        && word.chars().all(char::is_alphabetic)
    {
        t = head.trim_end();
    }
    let words = t.split_whitespace().count();
    let sentence = t.ends_with(['.', ':', ';', ',', '。', '：', '、']);
    // A bare address is a link, not a title; a line that starts with a
    // date (`2016-07-11, Kubernetes 1.3`) dates what follows.
    let bare_url = t
        .split_whitespace()
        .any(|w| w.starts_with("http://") || w.starts_with("https://"));
    let b = t.as_bytes();
    let dated = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-';
    if bare_url || dated {
        return None;
    }
    let markup = t.starts_with(['!', '[', '<', '_', '`', '-', '+'])
        || (t.starts_with('*') && !t.starts_with("**"));
    (!t.is_empty() && t.len() <= 140 && words <= 18 && !sentence && !markup).then_some(t)
}

/// A line that opens with a link (`[text](url)`) followed by one of
/// `words` (any case): the link's text and address, and what follows the
/// word.
fn link_then<'s>(line: &'s str, words: &[&str]) -> Option<(&'s str, &'s str, &'s str)> {
    let inner = line.trim().strip_prefix('[')?;
    let (text, rest) = inner.split_once("](")?;
    let (url, after) = rest.split_once(')')?;
    let after = after.trim_start();
    let rest = words
        .iter()
        .find_map(|w| markers::strip_prefix_ci(after, w))?;
    Some((text, url, rest))
}

/// `[Title](page) with Alanna Burke (Kanopi Studios)`, `[Title](page) by
/// Name`: a link, then the people after `with`, `by` or a dash.
pub(super) fn link_then_people(s: &str) -> Option<(String, String, Vec<SpeakerRef>)> {
    let (text, _, names) = link_then(s, &["with ", "by ", "- ", "– "])?;
    let names = markers::plain_inline(names).trim().to_string();
    let refs = names_after_by(&names)?;
    let title = markers::plain_inline(text).trim().to_string();
    (!title.is_empty()).then_some((title, names, refs))
}

/// `[Introducción a Numpy](http://vimeo.com/…) por _Bryan Van De Ven_: si
/// no conoces …`: a paragraph that opens with a link naming a talk, then
/// `by` (in the notes' language) and the people, up to a colon: the title,
/// the link's address and the people.
pub(super) fn link_then_by_colon(line: &str) -> Option<(String, String, Vec<SpeakerRef>)> {
    let (text, url, names) = link_then(line, &["by ", "por ", "par ", "von ", "door "])?;
    let (names, _) = names.split_once(':')?;
    let names = markers::plain_inline(names).trim().to_string();
    if names.is_empty() || names.split_whitespace().count() > 12 {
        return None;
    }
    let refs = names_after_by(&names)?;
    let title = markers::plain_inline(text).trim().to_string();
    (!title.is_empty() && !url.contains(' ')).then(|| (title, url.to_string(), refs))
}

/// `### Dayle Rees` over `Dayle started out day two with his talk
/// **Breaking the Mold**.`: under a heading naming a person, the bold
/// words of the first paragraph of prose (images and embeds skipped), when
/// they have a title's shape: one to twelve words, a capital or a digit
/// first, no full stop at the end, inside a sentence (not a line's lead
/// nor a label). `[**Devs and Depression**](…)` too.
pub(super) fn bold_title_in_prose(body: &str) -> Option<String> {
    let para: String = body
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with(['<', '!', '#', '|', '`', '>']))?
        .to_string();
    let open = para.find("**")?;
    let start = open + 2;
    let len = para.get(start..)?.find("**")?;
    let t = para.get(start..start + len)?.trim();
    // Inside a sentence: not a line's lead nor a label (`**Speaker**:`).
    let before = para.get(..open)?;
    let inside = before
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.chars().any(char::is_alphanumeric));
    let after = para.get(start + len + 2..)?.trim_start_matches(']');
    let words = t.split_whitespace().count();
    let shaped = inside
        && !after.starts_with(':')
        && (1..=12).contains(&words)
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ':', ','])
        && !t.contains("](");
    shaped.then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::title_line;

    #[test]
    fn title_lines_are_short_and_not_sentences() {
        assert_eq!(title_line("What is life? *bike"), Some("What is life?"));
        assert_eq!(
            title_line("Tiny supercomputer (Ray Hightower) *walk"),
            Some("Tiny supercomputer (Ray Hightower)")
        );
        assert_eq!(title_line("Sunday:"), None);
        assert_eq!(
            title_line(
                "The traffic flow is pretty much one way, so if you want to backtrack you will be swimming upstream against everyone."
            ),
            None
        );
        assert_eq!(title_line("- an item"), None);
        assert_eq!(
            title_line("rails competence map https://example.com/a.png"),
            None
        );
        assert_eq!(
            title_line("2016-07-11, Kubernetes 1.3, Minikube 0.5.0"),
            None
        );
        assert_eq!(
            title_line("10 Years of Batch Jobs"),
            Some("10 Years of Batch Jobs")
        );
    }
}
