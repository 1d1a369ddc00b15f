//! What ends a heading's title but is no part of it: the event before a
//! video's title (`AWS re:Invent 2019: …`), a length and kind after it
//! (`, 3-h workshop`), the talk's media links (`- Video, Slides`), and a
//! length, a note, a room and times or a session code in brackets at its
//! end (`(30 min)`, `(livestream)`, `(UD6.215 12:35 - 13:00)`,
//! `[DEV315]`). Used by [`super::decorations`].

use super::decorations::is_kind;
use super::numbering::is_session_code;

/// `Core Software Design Principles [CON1061]`: a title without the
/// session's code in the programme after it, in brackets or parentheses.
pub(super) fn strip_code_tag(t: &str) -> &str {
    let t = t.trim_end();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = t.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
            // (In parentheses only a code of the usual shape: not
            // `(ES2015)`.)
            && (if open == '[' {
                is_code(&inner[at + 1..])
            } else {
                super::numbering::is_session_code(&inner[at + 1..])
            })
            && inner[..at].split_whitespace().count() >= 2
        {
            return inner[..at].trim_end();
        }
    }
    t
}

/// `CON1061`, `DEV315`, `TALK-1098`, `A31490`: a programme's code for a
/// session.
fn is_code(s: &str) -> bool {
    let letters = s.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = s[letters..].trim_start_matches('-');
    super::numbering::is_session_code(s)
        || ((1..=6).contains(&letters)
            && (3..=6).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// A list item's title without the event's tag in brackets before it
/// (`[CppCon 2022] Back to Basics: Move Semantics`, `[MUC++] "Embrace No
/// Paradigm Programming!"`): a bracket of one to four words, not a link,
/// followed by a title of two words or more.
pub(super) fn strip_bracket_tag(t: &str) -> &str {
    let Some(inner_end) = t.strip_prefix('[').and_then(|r| r.find(']')) else {
        return t;
    };
    let tag = &t[1..1 + inner_end];
    let rest = &t[inner_end + 2..];
    let words = tag.split_whitespace().count();
    if (1..=4).contains(&words)
        && !tag.contains(['[', '(', '.', ',', ':', '!', '?'])
        && rest.starts_with(' ')
        && rest.split_whitespace().count() >= 2
    {
        rest.trim_start()
    } else {
        t
    }
}

/// `AWS re:Invent 2019: Performing chaos engineering in a serverless
/// world` (a video's name as its host shows it): the event before the
/// colon is no part of the talk's title. Only with a year in the event
/// and three words or more after it.
pub(super) fn strip_event_prefix(t: &str) -> &str {
    let Some(at) = t.find(": ") else {
        return t;
    };
    let (event, rest) = (&t[..at], t[at + 2..].trim_start());
    let year = super::util::has_year(event);
    // (Not `Python 2024: What Is New`: the name of an event, not of a
    // language or a report.)
    let lower = event.to_lowercase();
    let event_word = [
        "conf",
        "summit",
        "invent",
        "days",
        "camp",
        "meetup",
        "symposium",
        "fest",
        "kaigi",
        "forum",
        "expo",
        "devoxx",
        "fosdem",
        "qcon",
        "goto",
        "i/o",
        "wwdc",
        "ndc",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if year
        && event_word
        && super::headings::is_event(event)
        && rest.split_whitespace().count() >= 3
        // (`RailsConf 2018: 6 degrees of JavaScript on Rails`.)
        && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        rest
    } else {
        t
    }
}

/// `t` without a length and maybe a kind after it at its end (`, 3-h
/// workshop`, ` 2-h workshop`, ` - 30 min talk`); the kind goes to
/// `kind`.
pub(super) fn strip_length_tail<'a>(t: &'a str, kind: &mut Option<String>) -> &'a str {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() < 3 {
        return t;
    }
    let length = |w: &str| {
        let w = w.to_ascii_lowercase();
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0
            && digits <= 3
            && matches!(
                w[digits..].trim_start_matches('-'),
                "h" | "hr" | "hrs" | "hour" | "hours" | "min" | "mins" | "minute" | "minutes"
            )
    };
    let kind_word = |w: &str| {
        ["workshop", "talk", "session", "tutorial", "keynote", "lab"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    };
    let n = words.len();
    let (cut, k) = if kind_word(words[n - 1]) && length(words[n - 2]) {
        (words[n - 2], Some(words[n - 1]))
    } else if length(words[n - 1]) {
        (words[n - 1], None)
    } else {
        return t;
    };
    let Some(at) = t.rfind(cut) else {
        return t;
    };
    // (A length alone only after a comma or a dash: not `Learn Go in
    // 30min`; and before a kind, a unit written short: `2-h workshop`,
    // not `How to Run a 90-minute Workshop`.)
    let before = t[..at].trim_end();
    let separated = before.ends_with([',', '-', '–', '|']);
    let short_unit = {
        let w = cut.to_ascii_lowercase();
        let unit = w
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches('-');
        matches!(unit, "h" | "hr" | "hrs" | "min" | "mins")
    };
    if !separated && (k.is_none() || !short_unit) {
        return t;
    }
    let head = before.trim_end_matches([',', '-', '–', '|']).trim_end();
    if head.split_whitespace().count() < 2 {
        return t;
    }
    if let Some(k) = k
        && is_kind(k)
    {
        *kind = Some(k.to_string());
    }
    head
}

/// `t` without a list of the talk's media after a last dash or bar
/// (`Title - Video, Slides`, `Title | slides | video`, `Title - Name -
/// Notes`).
pub(super) fn strip_media_tail(t: &str) -> &str {
    // (Each of several: `Title - Video TBU - Slides TBU`.)
    let mut t = t;
    loop {
        let head = strip_one_media_tail(t);
        if head.len() == t.len() {
            return t;
        }
        t = head;
    }
}

fn strip_one_media_tail(t: &str) -> &str {
    let Some((at, len)) = [" - ", " – ", " | "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|at| (at, d.len())))
        .max()
    else {
        return t;
    };
    let tail = &t[at + len..];
    let media = tail
        .split([',', '|', '/', '&'])
        .map(|w| w.trim().to_ascii_lowercase())
        .all(|w| {
            // (`Video TBU`, `Slides TBA`: to come.)
            let w = ["tba", "tbu", "tbd", "coming soon"]
                .iter()
                .find_map(|p| w.strip_suffix(p))
                .map_or(w.as_str(), str::trim_end);
            matches!(
                w,
                "video"
                    | "videos"
                    | "slides"
                    | "recording"
                    | "deck"
                    | "code"
                    | "demo"
                    | "youtube"
                    // (`Unpkg - Michael Jackson - [Notes](notes/unpkg.md)`:
                    // the author's notes on it, in another file.)
                    | "notes"
                    | "transcript"
                    | "pdf"
            )
        });
    let title = t[..at].trim_end();
    if media && !title.is_empty() { title } else { t }
}

/// `t` without its time slot or date in parentheses at its end (`Title
/// (10:00-10:45)`, `タイトル（12:20〜13:00）`, `Title (9:30am)`, `Title
/// (10/04/2021)`).
pub(super) fn strip_time_paren(t: &str) -> &str {
    let t = t.trim_end();
    let (inner, open) = match t.strip_suffix(')') {
        Some(i) => match i.rfind('(') {
            Some(o) => (&i[o + 1..], o),
            None => return t,
        },
        None => match t
            .strip_suffix('）')
            .and_then(|i| i.rfind('（').map(|o| (i, o)))
        {
            Some((i, o)) => (&i[o + '（'.len_utf8()..], o),
            None => return t,
        },
    };
    // A date: `(10/04/2021)`, `(2021-04-10)`, `(10.04.2021)`.
    let title = t[..open].trim_end();
    let inner_t = inner.trim();
    let seps = inner_t.matches(['/', '.', '-']).count();
    // (Dots only with the year last, `10.04.2021`: `(2021.10.4)` is a
    // version.)
    let dotted_version =
        inner_t.contains('.') && inner_t.rsplit('.').next().is_none_or(|y| y.len() != 4);
    if (8..=10).contains(&inner_t.len())
        && seps == 2
        && !dotted_version
        && inner_t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        && !title.is_empty()
    {
        return title;
    }
    // (`〜`, `～` and `~` join a range in Japanese.)
    let inner = inner.replace(['〜', '～', '~'], " - ");
    let Some(rest) = super::numbering::time_of_day(inner.trim()) else {
        return t;
    };
    let rest = rest.trim_start_matches([' ', '-', '–', '—']);
    let slot =
        rest.is_empty() || super::numbering::time_of_day(rest).is_some_and(|r| r.trim().is_empty());
    let title = t[..open].trim_end();
    if slot && !title.is_empty() { title } else { t }
}

/// A programme's item without its slot after a dash at its end (`Title
/// – 13:00-13:45`, `タイトル – 10:00〜11:00`).
pub(super) fn strip_slot_tail(t: &str) -> &str {
    let t = t.trim_end();
    let Some((at, len)) = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| t.rfind(d).map(|k| (k, d.len())))
        .max()
    else {
        return t;
    };
    let slot = super::numbering::slot_times(&t[at + len..]).is_some();
    let title = t[..at].trim_end();
    if slot && !title.is_empty() { title } else { t }
}

/// A title without the session's format in lenticular brackets at its end
/// (`かんばん in Wonderland【講演】`, `LT祭り【LT】`), and that format.
pub(super) fn strip_format_tag(t: &str) -> (&str, Option<&str>) {
    let t = t.trim_end();
    if let Some(inner) = t.strip_suffix('】')
        && let Some(open) = inner.rfind('【')
    {
        let tag = &inner[open + '【'.len_utf8()..];
        let title = inner[..open].trim_end();
        if !title.is_empty() && !tag.trim().is_empty() && tag.chars().count() <= 12 {
            return (title, Some(tag.trim()));
        }
    }
    (t, None)
}

/// `t` without the talk's materials in parentheses at its end, as they
/// are left when the links are read as text (`Title (slides, video)`,
/// `Title (video - tbd, slides)`, `Title (slides, code, video to be
/// uploaded)`, `Title (video on YouTube)`, a screen reader's words for
/// the link): every word in them a kind of material or a word saying it
/// is not there yet.
pub(super) fn strip_materials_paren(t: &str) -> &str {
    let Some(inner) = t.trim_end().strip_suffix(')') else {
        return t;
    };
    let Some(open) = inner.rfind(" (") else {
        return t;
    };
    let words: Vec<String> = inner[open + 2..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let materials = words.iter().filter(|w| materials_word(w)).count();
    let pending = |w: &str| {
        matches!(
            w,
            "tbd" | "to" | "be" | "uploaded" | "file" | "and" | "soon" | "on" | "youtube" | "vimeo"
        )
    };
    let title = inner[..open].trim_end();
    if materials >= 1
        && words.iter().all(|w| materials_word(w) || pending(w))
        && title.split_whitespace().count() >= 2
    {
        title
    } else {
        t
    }
}

fn materials_word(w: &str) -> bool {
    matches!(
        w,
        "slides"
            | "video"
            | "videos"
            | "recording"
            | "code"
            | "demo"
            | "handout"
            | "notes"
            | "examples"
            | "screencast"
            | "paper"
            | "materials"
            | "pdf"
    )
}

/// `s` without a length or a note about the session in parentheses at
/// its end (`(30 min)`, `(livestream)`, `(hands-on session)`, a
/// translation of the title), or the
/// session's number after a comma (`Comps vs. Code, session 3`).
pub(super) fn strip_annotation(t: &str) -> &str {
    // `DeepXplore: Automated Whitebox Testing of Deep Learning Systems (딥
    // 러닝 시스템을 위한 …)`: the author's translation of a title written in
    // Latin letters, in Chinese, Japanese or Korean.
    if let Some(inner_start) = t.strip_suffix(')').and_then(|x| x.rfind('('))
        && let head = t[..inner_start].trim_end()
        && head.split_whitespace().count() >= 2
        && !head.chars().any(super::speakers::is_cjk)
        && head.chars().any(|c| c.is_ascii_alphabetic())
        && {
            // (Not a name, `ML on Google Cloud (백재연)`: the speaker's.)
            let inner = &t[inner_start + 1..t.len() - 1];
            let cjk = inner
                .chars()
                .filter(|&c| super::speakers::is_cjk(c))
                .count();
            // (Nor a label, `(演讲者：Andrey Sitnik)`.)
            (cjk >= 5 || (cjk >= 2 && inner.trim().contains(' '))) && !inner.contains([':', '：'])
        }
    {
        return head;
    }
    if let Some((head, tail)) = t.rsplit_once(", ")
        && let Some(n) = ["session ", "talk ", "slot "]
            .iter()
            .find_map(|w| super::markers::strip_prefix_ci(tail, w))
        && (1..=3).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
        && !head.trim().is_empty()
    {
        return head.trim_end();
    }
    // `Rowhammer.js [Tech]`, `Unpatchable [Culture/Tech]`, `Friendica
    // Workshop [Workshop | Tech]`: the author's categories in brackets.
    if let Some((head, tags)) = t.strip_suffix(']').and_then(|x| x.rsplit_once(" ["))
        && !head.trim().is_empty()
        && is_category_tag(tags)
    {
        return head.trim_end();
    }
    // `Title (Tom Scott) (Regrettably missed)`, `… (My session!)`: the
    // author's remark after who gave it.
    if let Some((head, inner)) = super::util::last_parenthesis(t)
        && head.trim_end().ends_with(')')
        && {
            let lower = inner.to_lowercase();
            [
                "missed",
                "skipped",
                "regrettably",
                "unfortunately",
                "sadly",
                "my session",
                "my talk",
                "didn't attend",
                "did not attend",
            ]
            .iter()
            .any(|w| lower.contains(w))
        }
    {
        return head.trim_end();
    }
    // `Investigating hate when the data isn’t there (Diversity Track)`:
    // the track it ran in, one to three words and `Track`.
    if let Some((head, inner)) = super::util::last_parenthesis(t)
        && !head.trim().is_empty()
        && (2..=4).contains(&inner.split_whitespace().count())
        && inner
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("track"))
    {
        return head.trim_end();
    }
    // `Building SRE from Scratch [DEV315]`: the catalogue's session code.
    for (open, close) in [('[', ']'), ('(', ')')] {
        if t.ends_with(close)
            && let Some(o) = t.rfind(open)
            && o > 0
            && is_session_code(&t[o + 1..t.len() - 1])
        {
            return t[..o].trim_end();
        }
    }
    // `Title (11:00 AM in Room 309) | [R-Brain](…)`: the slot, then who
    // presented it (a company, a person: not the title's words either).
    if let Some((head, tail)) = t.rsplit_once(" | ")
        && head.ends_with(')')
        && let Some(open) = head.rfind('(')
        && open > 0
        && is_annotation(&head[open + 1..head.len() - 1])
        && (1..=4).contains(&tail.split_whitespace().count())
        // (Not `(10:30 AM) | Jane Doe`: who gave it; a company is.)
        && (tail.split_whitespace().count() == 1 || super::orgs_and_jobs::is_org(tail.trim()))
        && !super::names::is_person(tail.trim(), false)
    {
        return head[..open].trim_end();
    }
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
        && open > 0
        && (is_annotation(&t[open + 1..t.len() - 1])
            || is_event_year(&t[open + 1..t.len() - 1])
            || sponsor_note(&t[open + 1..t.len() - 1]))
    {
        return t[..open].trim_end();
    }
    // `Confident Elixir by Lance Halvorsen [32 min]`: the video's length
    // in brackets.
    if t.ends_with(']')
        && let Some(open) = t.rfind('[')
        && open > 0
        && is_annotation(&t[open + 1..t.len() - 1])
    {
        return t[..open].trim_end();
    }
    t
}

/// Whether the text of a title's last parentheses names the company that
/// presented it, not a person (`Presented by Google Cloud`, `Presented
/// by Tencent and Intel`). (`sponsored by …` is kept: authors write it as
/// the session's name.)
fn sponsor_note(inner: &str) -> bool {
    super::markers::strip_prefix_ci(inner.trim(), "presented by ")
        .is_some_and(|who| !super::names::is_person(who.trim(), false))
}

/// Whether the text of a title's last parentheses is the event it was
/// given at, with its year: `Cloud Next '19`, `PyCon 2019`, `JSConf EU
/// 2018` (a capitalised name, then the year).
fn is_event_year(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let Some((last, name)) = words.split_last() else {
        return false;
    };
    let digits = last.trim_start_matches(['\'', '’']);
    let year = super::util::is_year(digits)
        || (digits.len() == 2 && last.len() > 2 && digits.bytes().all(|b| b.is_ascii_digit()));
    // (Not `Miro Knejp, CppCon 2019`: who gave it, then where.)
    year && !inner.contains(',')
        && (1..=3).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Whether the text in a title's last brackets names categories: one to
/// four capitalised words, each one word alone (`Tech`, `Politics/Tech`,
/// `Workshop | Tech`, `Science, Culture`), no digit.
fn is_category_tag(inner: &str) -> bool {
    let parts: Vec<&str> = inner
        .split(['/', '|', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (1..=4).contains(&parts.len())
        && parts.iter().all(|p| {
            !p.contains(' ')
                && p.len() <= 16
                && p.chars().next().is_some_and(char::is_uppercase)
                && p.chars().all(char::is_alphabetic)
                // (Not `[WIP]`, `[EN]`: an editor's note, a language; an
                // acronym of three letters or more is a category, `[FOSS]`.)
                && (p.chars().skip(1).any(char::is_lowercase)
                    || (p.len() >= 3
                        && !matches!(*p, "WIP" | "TBD" | "TBA" | "TODO" | "FIXME" | "XXX" | "DRAFT" | "NEW")))
        })
}

/// Whether the text of a trailing parenthesis is a length (`each 5
/// minutes`, `30 min`, `1h`) or says what the link is (`livestream`,
/// `video`, `slides`).
pub(super) fn is_annotation(inner: &str) -> bool {
    let lower = inner.trim().to_lowercase();
    if matches!(
        lower.as_str(),
        "livestream"
            | "live stream"
            | "video"
            | "recording"
            | "slides"
            | "talk"
            // (A screen reader's words for the heading's link.)
            | "video on youtube"
            | "video on vimeo"
            // A link to the talk's page (`Title ([link](…/presentation/101/))`).
            | "link"
            | "details"
            | "abstract"
            | "talk page"
            | "session page"
            | "more info"
            | "hands-on"
            | "hands-on session"
            | "live demo"
            | "remote"
            | "virtual"
            | "online"
            | "pre-recorded"
            // The author's own talk (`Stop overusing regular expressions!
            // (me)`).
            | "me"
            | "mine"
            | "my talk"
            // Slides or video still to come.
            | "to follow"
            | "tbc"
            | "tba"
            | "coming soon"
            | "no slides"
    ) {
        return true;
    }
    // A link to the recording named by its host (`Title ([Piped-Link](…))`,
    // `(YouTube)`, `(video link)`).
    let host_words: Vec<&str> = lower.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let host = |w: &str| {
        matches!(
            w,
            "youtube" | "yt" | "piped" | "invidious" | "vimeo" | "peertube" | "video" | "recording"
        )
    };
    // (A bare `(YouTube)` or `(Vimeo)` may be where the speaker works:
    // only with `link`, or a video mirror's name alone.)
    match host_words.as_slice() {
        [h, "link"] if host(h) => return true,
        ["piped" | "invidious" | "peertube"] => return true,
        _ => {}
    }
    // The slot's time and room: `11:00 AM in Room 309`, `9:45 AM in
    // Ballroom A`.
    if let Some(rest) = super::numbering::time_of_day(&lower).map(str::trim_start)
        && (rest.is_empty() || rest.starts_with("in ") || rest.starts_with("room "))
    {
        return true;
    }
    // The slot's times: `10:05 - 11:05`, `9:30〜10:00`.
    if lower.matches(':').count() == 2
        && lower
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '–' | '~' | '〜' | '～' | ' '))
    {
        return true;
    }
    // The room, then the slot's times: `K.3.601 11:40 - 12:10`, `UD2.120
    // 09:30 - 09:55`.
    if let Some((room, times)) = lower.split_once(' ')
        && room.len() <= 16
        && room.bytes().any(|b| b.is_ascii_digit())
        && !room.contains(':')
        && times.matches(':').count() == 2
        && times
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '–' | '~' | ' '))
    {
        return true;
    }
    // A video's running time: `25:00`, `1:02:33`, `duration: 25:00`.
    let clock = lower
        .strip_prefix("duration")
        .or_else(|| lower.strip_prefix("length"))
        .map_or(lower.as_str(), |r| r.trim_start_matches([':', ' ']));
    if clock.len() >= 4
        && clock.contains(':')
        && clock
            .split(':')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 4
        && words.iter().enumerate().any(|(i, w)| {
            let unit = |u: &str| {
                matches!(
                    u,
                    "m" | "min" | "mins" | "minutes" | "minute" | "h" | "hours" | "hour"
                )
            };
            let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
            !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && (unit(&w[digits.len()..])
                    || (w.len() == digits.len() && words.get(i + 1).is_some_and(|u| unit(u))))
        })
}
