//! A heading's people after its title, for [`super::title_tails`]: `Title
//! by Name` (and `par`, `von`, `por`, `door`), `Title with A and B`,
//! `Title (EN) Name`, `Title @handle`, `Title | Name`, the comma forms
//! (`Name, Title`, `Title, Name (Org)`) and the parentheses at the end
//! (`Title (Speaker: Name)`, `Title (Name)`). Read after the forms in
//! `title_tails`, so that a tie goes to those.

use super::decorations::is_language;
use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::strength::{speaker_strength, strength_and_refs};
use super::title::{Best, strip_paren_tail};
use super::title_forms::names_its_guests;
use super::title_tails::person_slash_org;
use super::util::rfind_ci;

/// Reads `s` into `best` at each word or mark after its title that may
/// come before its people.
pub(super) fn read(s: &str, language: &mut Option<String>, best: &mut Best) {
    // `Title, par Theo Schlossnagle (OmniTI)`, `Title von Name`: `by` in
    // French, German, Spanish, Portuguese or Dutch, before people only.
    // (`… Par Frédéric Bordage`: any case, the last one.)
    for by in [" par ", " von ", " por ", " door "] {
        if let Some(at) = rfind_ci(s, by) {
            let (left, right) = (s[..at].trim_end_matches([',', ' ']), &s[at + by.len()..]);
            let strength = speaker_strength(right);
            // (`Par Lê Nguyên Hoang`: two to four capitalised words are
            // enough after it, as after `by`.)
            let capitalised = (2..=4).contains(&right.split_whitespace().count())
                && right
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase));
            // (`von` is also German's `of`: `Die Transformation von
            // Microsofts Developer Division`; a known person only.)
            if (strength >= 3 || (strength == 2 && capitalised && by != " von "))
                && right.starts_with(char::is_uppercase)
                && !left.is_empty()
            {
                best.consider(strength + 1, left, right, "people's names after `by`");
            }
        }
    }
    // `Title by Name`, `Title: by Name (role in Org)`.
    if let Some(at) = rfind_ci(s, " by ") {
        let (left, right) = (&s[..at], &s[at + 4..]);
        let strength = speaker_strength(right);
        // `Step by Step`, `assisted by Large Language Models`: an idiom or
        // a participle before `by` wants people after it, not just
        // capitalised words.
        let before = left.rsplit(' ').next().unwrap_or("");
        let idiom = before.eq_ignore_ascii_case(right.split(' ').next().unwrap_or(""))
            || (before.len() > 4 && before.ends_with("ed"));
        if strength >= 3 || (strength == 2 && !idiom) {
            best.consider(strength + 1, left, right, "people's names after `by`");
        } else if let Some((who, org)) = person_slash_org(right) {
            // `Title by Kohei Kimura / Nulab (gold sponsor)`.
            best.consider(
                4,
                left,
                &format!("{who} ({org})"),
                "a person's name after `by`, and who they spoke for after a slash",
            );
        } else if let Some((who, org)) = super::speaker_lines::by_name_from_org(right, true) {
            // `Bo-stream-ian Rhapsody by Chris Egerton from Aiven OSPO`.
            best.consider(
                4,
                left,
                &format!("{who} ({org})"),
                "a person's name after `by`, and who they spoke for after `from`",
            );
        }
    }
    // `Title with Name Surname and Name Surname`: titles say `with` often
    // (`Git Internals With Haskell`, `Tracking with Kalman Filters and
    // Stone Soup`), so only two people or more, each a known given name
    // and a surname, after the last ` with `.
    if let Some(at) = rfind_ci(s, " with ") {
        let (left, right) = (&s[..at], &s[at + 6..]);
        let (strength, refs) = strength_and_refs(right);
        let people = refs.len() >= 2
            && refs.iter().all(|r| {
                r.name.split_whitespace().count() >= 2
                    && matches!(names::shape(&r.name), names::Shape::Person { given: true })
            });
        if people
            && strength >= 3
            && left.split_whitespace().count() >= 2
            && !names_its_guests(left)
        {
            best.consider(strength, left, right, "people's names after `with`");
        }
        // Or one person and who they spoke for (`Site Reliability
        // Engineering with Dave Rensin at Google`, `Risk management with
        // Kris Beevers, NS1`).
        // (`with Seth Vargo from Google`: `from` as `at`.)
        let at = rfind_ci(right, " at ")
            .map(|k| (k, 4))
            .or_else(|| rfind_ci(right, " from ").map(|k| (k, 6)));
        let (who, org) = match at {
            Some((k, len)) => (&right[..k], Some(right[k + len..].trim())),
            None => match right.split_once(", ") {
                Some((w, o)) => (w, Some(o.trim())),
                None => (right, None),
            },
        };
        // (Not `AI pair programming with Claude Code, Copilot and Cursor`:
        // a list of tools goes on after the comma.)
        if let Some(org) = org
            && !org.is_empty()
            && org.split_whitespace().count() <= 4
            && !org.contains(" and ")
            && !org.contains('&')
            && !org.contains(',')
            && (2..=3).contains(&who.split_whitespace().count())
            && match names::shape(who.trim()) {
                names::Shape::Person { given: true } => true,
                // (`with Idit Levine at solo.io`: a name the list does not
                // know, before an organisation's domain or a known
                // organisation; not `with Docker Compose at Scale`.)
                names::Shape::Person { given: false } | names::Shape::Capitalised => {
                    org.contains('.') && !org.contains(' ') && !org.ends_with('.')
                        || orgs_and_jobs::is_org(org)
                }
                _ => false,
            }
            && left.split_whitespace().count() >= 2
            && !names_its_guests(left)
        {
            best.consider(
                3,
                left,
                &format!("{}, {org}", who.trim()),
                "a person's name and organisation after `with`",
            );
        }
    }
    // `Title (EN) Name @handle`: a language marker between them.
    for (open, close) in [('(', ')'), ('[', ']')] {
        let mut from = 0;
        while let Some(o) = s[from..].find(open).map(|i| i + from) {
            // A marker is short: look for its end in the next 7 bytes only.
            let window = s.get(o..(o + 8).min(s.len())).unwrap_or("");
            let Some(c) = window.find(close).map(|i| i + o) else {
                from = o + 1;
                continue;
            };
            let inner = &s[o + 1..c];
            let rest = s[c + 1..].trim();
            if is_language(inner) && !rest.is_empty() && o > 0 {
                let strength = speaker_strength(rest);
                if strength >= 2 {
                    language.get_or_insert(inner.to_ascii_uppercase());
                    best.consider(
                        strength + 1,
                        &s[..o],
                        rest,
                        "people's names after the language marker",
                    );
                }
            }
            from = c + 1;
        }
    }
    // `Title @ 太田 満久(ブレインパッド)`, `Title @ Jane Doe (Acme)`: one
    // person after a spaced `@` (not a venue: `Talk @ PyCon`), maybe with
    // who they spoke for in parentheses.
    if let Some(at) = s.rfind(" @ ")
        && let (left, right) = (s[..at].trim(), s[at + 3..].trim())
        && !left.is_empty()
    {
        let (who, org) = match right
            .strip_suffix(')')
            .or_else(|| right.strip_suffix('）'))
            .and_then(|r| r.rsplit_once(['(', '（']))
        {
            Some((who, org)) => (who.trim(), Some(org.trim())),
            None => (right, None),
        };
        // (In CJK, a space between surname and given name: not a
        // company, `엔지니어링 @ 텀블벅`, `@ 카카오(판교)`. A company or a
        // place may have one too, `@ 우아한 형제들`, `@ 渋谷 ヒカリエ`:
        // only with who they spoke for after it, or in hiragana, which no
        // company writes its name in.)
        let hiragana = who
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '\u{3041}'..='\u{309f}'));
        // (Each part a surname's or a given name's length: not
        // `株式会社 メルカリ`.)
        let short_parts = who.split_whitespace().all(|w| {
            let n = w.chars().count();
            let kana = w.chars().all(|c| matches!(c, '\u{3041}'..='\u{30ff}'));
            n <= 3 || (kana && n <= 4)
        });
        let cjk = who.contains(' ')
            && (org.is_some() || hiragana)
            && short_parts
            && who.split_whitespace().count() <= 3
            && (2..=8).contains(&who.chars().filter(|c| !c.is_whitespace()).count())
            && who
                .chars()
                .all(|c| c.is_whitespace() || super::speakers::is_cjk(c));
        // (Not a place or an event named after someone: `@ Ada Lovelace
        // Day`, `@ Jane Austen Centre`, `@ Victoria Park`.)
        let place = who.split_whitespace().last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "day"
                    | "days"
                    | "centre"
                    | "center"
                    | "park"
                    | "hall"
                    | "library"
                    | "museum"
                    | "house"
                    | "hotel"
                    | "campus"
                    | "university"
                    | "college"
                    | "school"
                    | "office"
                    | "hq"
                    | "lab"
                    | "labs"
                    | "station"
                    | "square"
                    | "street"
                    | "theatre"
                    | "theater"
                    | "arena"
                    | "building"
                    | "tower"
                    | "conference"
                    | "meetup"
                    | "summit"
            )
        });
        let latin = (2..=4).contains(&who.split_whitespace().count())
            && who.chars().any(|c| c.is_ascii_alphabetic())
            && !place
            && !orgs_and_jobs::is_org(who)
            && !super::headings::is_event(who)
            && matches!(names::shape(who), names::Shape::Person { given: true });
        if (cjk || latin) && org.is_none_or(|o| !o.is_empty() && o.split_whitespace().count() <= 4)
        {
            let people = match org {
                Some(o) => format!("{who} ({o})"),
                None => who.to_string(),
            };
            best.consider(4, left, &people, "a person after a spaced `@`");
        }
    }
    // `Title @handle`: a handle alone after the title (also after a
    // full-width comma: `Title，吴京京，@wj-Mcat`).
    if let Some(at) = s.rfind('@')
        && let (left, last) = (&s[..at], &s[at..])
        && left.ends_with([' ', ',', '，'])
        && let Some(h) = last.strip_prefix('@')
        && h.len() >= 2
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !h.starts_with('-')
        && !h.ends_with('-')
        && !left.trim_end().ends_with(['@', '-'])
        && speaker_strength(left) < 3
    {
        // `The Google Glass revolution, Alain Regnier, @altolabs`: the
        // person before the handle, after the title's last comma.
        let named = left.trim_end().trim_end_matches([',', '，']);
        let cut = named
            .rsplit_once(", ")
            .or_else(|| named.rsplit_once('，'))
            .map(|(t, w)| (t.trim_end(), w.trim()));
        // (A name in Chinese, Japanese or Korean script: two to four
        // characters, no space.)
        let cjk_name = |w: &str| {
            (2..=4).contains(&w.chars().count())
                && w.chars().all(|c| super::speakers::is_cjk(c) || c == '·')
        };
        match cut {
            Some((title, who))
                if (cjk_name(who)
                    || ((2..=3).contains(&who.split_whitespace().count())
                        && who
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                        && names::is_person(who, true)))
                    && (title.split_whitespace().count() >= 2
                        || title.chars().count() >= 4 && !title.is_ascii()) =>
            {
                best.consider(
                    4,
                    title,
                    &format!("{who} {last}"),
                    "a person and their handle after the title's comma",
                );
            }
            _ => best.consider(3, named, last, "a handle after the title"),
        }
    }
    // `Title | Name`.
    if let Some(at) = s.rfind(" | ") {
        let strength = speaker_strength(&s[at + 3..]);
        if strength >= 3 {
            best.consider(strength, &s[..at], &s[at + 3..], "people's names after `|`");
        }
    }
    // `Lara Hogan, Navigating team friction` (`[Name](profile),
    // <i>Title</i>`): a person with a known given name before the first
    // comma, a title that names nobody after it.
    if let Some(at) = s.find(", ") {
        let (left, right) = (s[..at].trim(), s[at + 2..].trim());
        let person = (2..=4).contains(&left.split_whitespace().count())
            // (A quick look first: capitalised words.)
            && left.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            && names::is_person(left, false);
        // `David McCandish, Cold Spring Harbor, *Modeling higher-order
        // genetic interactions*`: who they spoke for between the name and
        // the title (a few capitalised words).
        let org_then_title = right.split_once(", ").filter(|(org, title)| {
            person
                && (1..=4).contains(&org.split_whitespace().count())
                && org
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "de" | "for"))
                && title.split_whitespace().count() >= 3
                // (Not `Volunteers, not conscripts: …`: a title that goes
                // on after its own comma.)
                && !title.starts_with(char::is_lowercase)
                && speaker_strength(title) < 3
        });
        if person && let Some((org, title)) = org_then_title {
            best.consider(
                3,
                title,
                &format!("{left}, {org}"),
                "a person's name and organisation before commas, the title after them",
            );
        } else if person
            && right.split_whitespace().count() >= 2
            && speaker_strength(right) < 3
            && !orgs_and_jobs::is_org(right)
        {
            best.consider(
                3,
                right,
                left,
                "a person's name before the first comma, the title after it",
            );
        }
    }
    // `Title, Name (Org)`, `Title, [Name](profile)`: only with strong
    // evidence, since titles have commas.
    if let Some(at) = s.rfind(", ") {
        let right = &s[at + 2..];
        // One word after a comma is a place as often as a first name
        // (`Green Space in Tbilisi, Georgia`).
        let name = strip_paren_tail(right);
        if name.split_whitespace().count() >= 2
            && speaker_strength(right) >= 3
            && names::is_person(&name, false)
        {
            best.consider(2, &s[..at], right, "a person's name after the last comma");
        } else if let Some((cut, why)) = super::title_forms::people_after_commas(s) {
            // `Title, Andrew Martin & Matt Jarvis`, `Title, Ian Coldwater,
            // Duffie Cooley, Rory McCune, Datadog`.
            if speaker_strength(&s[cut + 2..]) >= 3 {
                best.consider(2, &s[..cut], &s[cut + 2..], why);
            }
        } else if let Some(at2) = s[..at].rfind(", ") {
            // `HOT Data, Dale Kunce, American Red Cross`: a person, then
            // who they spoke for, after the title's last comma but one.
            let person = strip_paren_tail(&s[at2 + 2..at]);
            let org = right.trim();
            if person.split_whitespace().count() >= 2
                && names::is_person(&person, false)
                && !names::is_person(org, false)
                && org.split_whitespace().count() <= 4
                && org.starts_with(char::is_uppercase)
                && speaker_strength(&s[at2 + 2..]) >= 3
            {
                best.consider(
                    2,
                    &s[..at2],
                    &s[at2 + 2..],
                    "a person's name and organisation after the title's commas",
                );
            }
        }
    }
    // `主题演讲（演讲者：尤雨溪）`, `Title (Speaker: Name)`: a speaker's
    // label inside the parentheses at the end.
    for (o, c) in [('(', ')'), ('（', '）')] {
        if s.ends_with(c)
            && let Some(open) = s.rfind(o)
            && open > 0
            && let Some((key, value)) =
                markers::key_line(&s[open + o.len_utf8()..s.len() - c.len_utf8()])
            && super::speaker_keys::is_speaker_key(&key)
            && !value.is_empty()
        {
            best.consider(
                5,
                &s[..open],
                value,
                "people's names after a speaker's label in parentheses",
            );
        }
    }
    // `Title (Name)`, `Title (Org)`.
    if s.ends_with(')')
        && let Some(open) = s.rfind('(')
        && open > 0
    {
        let inner = &s[open + 1..s.len() - 1];
        let left = &s[..open];
        // (A part of the day, `参加セッション(午前)`: no one's name.)
        let day_part = [
            "午前", "午後", "上午", "下午", "中午", "晚上", "前半", "後半", "오전", "오후",
        ]
        .contains(&inner.trim());
        let strength = if day_part { 0 } else { speaker_strength(inner) };
        if strength >= 3 {
            best.consider(
                strength,
                left,
                inner,
                "people's names in parentheses at the end",
            );
        } else if inner.split(',').all(|p| {
            orgs_and_jobs::is_org(p) || matches!(names::shape(p.trim()), names::Shape::Org)
        }) {
            best.consider(1, left, "", "organisations in parentheses at the end");
        }
    }
}
