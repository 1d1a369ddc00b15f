//! A heading's people after a word or mark rather than a dash: `Name
//! (Org) Title`, `Name: Title`, `Title by Name` (and `par`, `von`, `por`,
//! `door`), `Title with A and B`, `Title (EN) Name`, `Title @handle`,
//! `Title | Name`, `Name, Title`, `Title, Name (Org)`, `Title (Speaker:
//! Name)`, `Title (Name)`. Part of [`super::title::split_speakers`].

use super::markers;
use super::names;
use super::strength::{speaker_strength, strength_and_refs};
use super::title::Best;

/// Reads `s` into `best` at each word or mark that may come before its
/// people.
pub(super) fn read(s: &str, language: &mut Option<String>, best: &mut Best) {
    // `経営・意思・エンジニアリング / 松本 勇気`, `Title / Jane Doe`.
    if let Some((left, who)) = super::title_forms::title_slash_person(s) {
        best.consider(4, left, who, "a person's name after a spaced slash");
    }
    // `Megan Kanne (Twitter) Automating Canary Analysis`: a person, who
    // they spoke for in parentheses, then the title.
    if let Some(open) = s.find(" (")
        && let Some(close) = s[open..].find(") ").map(|k| open + k)
    {
        let (left, org, rest) = (s[..open].trim(), &s[open + 2..close], s[close + 2..].trim());
        if (2..=4).contains(&left.split_whitespace().count())
            && matches!(names::shape(left), names::Shape::Person { given: true })
            && org.split_whitespace().count() <= 4
            && !org.contains(['(', ')'])
            && !names::is_person(org, false)
            && rest.split_whitespace().count() >= 2
            && !rest.starts_with(['-', '–', '@', '('])
        {
            best.consider(
                4,
                rest,
                &format!("{left} ({org})"),
                "a person's name and organisation before the title",
            );
        }
    }
    // `Name: Title`: one person before the first colon, a title of two
    // words or more after it that names nobody.
    if let Some(at) = s.find(": ") {
        let (left, right) = (s[..at].trim(), s[at + 2..].trim());
        let strength = speaker_strength(left);
        // (One person, of two words or more: not `Unite and Prosper:`;
        // with a known given name, since a title's own colon follows words
        // of any shape: not `Inside AWS: Technology Choices…`. The
        // headings beside may still read an unknown name so, see
        // `siblings.rs`.)
        // (A title in Chinese or Japanese has no spaces: `Chris
        // Keathley: 用堆叠技术构建弹性系统`.)
        // (Nor `Bozhidar Batsov, CIDER: The journey…`: a comma before the
        // colon sets the name apart from a title that has a colon of its
        // own.)
        if (2..=4).contains(&left.split_whitespace().count())
            && !left.contains(',')
            && matches!(names::shape(left), names::Shape::Person { given: true })
            && (right.split_whitespace().count() >= 2
                || right.chars().filter(|&c| names::caseless_letter(c)).count() >= 4)
            && strength >= 3
            && !strength_and_refs(right).1.iter().any(|r| {
                r.handle || matches!(names::shape(&r.name), names::Shape::Person { given: true })
            })
        {
            best.consider(
                strength + 1,
                right,
                left,
                "a person's name before the first colon",
            );
        }
    }
    // `Ju Liu 使用 Scenic 对 Escher 画作进行实时编码`, `Wolfgang Loder
    // Elixir 的函数式概念`: a person in Latin letters, then the title in
    // Chinese or Japanese.
    if s.chars().any(names::caseless_letter) && !s.contains(": ") {
        let words: Vec<&str> = s.split_whitespace().collect();
        // (The title's first word in those scripts, set apart by a space:
        // not `Splash Shuffle Manager优点`.)
        let latin = words
            .iter()
            .position(|w| w.chars().any(names::caseless_letter))
            .filter(|&k| words[k].starts_with(names::caseless_letter))
            .unwrap_or(0);
        let capitalised = |ws: &[&str]| {
            ws.iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        };
        let who = if latin >= 2
            && matches!(
                names::shape(&words[..2].join(" ")),
                names::Shape::Person { given: true }
            ) {
            Some(2)
        } else if (2..=3).contains(&latin)
            && capitalised(&words[..latin])
            && matches!(
                names::shape(&words[..latin].join(" ")),
                names::Shape::Person { .. }
            )
        {
            Some(latin)
        } else {
            None
        };
        // (Not a product: `Claude Code 实战分享`, `Jules Agent 与异步编程`,
        // a title that goes on from the name with `与`, `的`, `和`.)
        let product = |ws: &[&str]| {
            ws.iter().any(|w| {
                matches!(
                    *w,
                    "Code" | "Agent" | "Swift" | "Studio" | "Cloud" | "Script" | "Native" | "Pro"
                )
            })
        };
        if let Some(k) = who
            && capitalised(&words[..k])
            && !product(&words[..k])
            && !words
                .get(k)
                .is_some_and(|w| w.starts_with(['与', '的', '和', '及', '对', '在']))
        {
            best.consider(
                3,
                &words[k..].join(" "),
                &words[..k].join(" "),
                "a person's name in Latin letters before a title in Chinese or Japanese",
            );
        }
    }
    // `Keynote (Presented by Thomas Kurian)`, `Gemini for developers
    // (presented by Jane Smith and Raj Patel)`: the people in the last
    // parentheses.
    if let Some(inner) = s.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
        && open > 0
        && let Some(who) = super::markers::strip_prefix_ci(&inner[open + 1..], "presented by ")
    {
        let (strength, _) = strength_and_refs(who);
        if strength >= 3 {
            best.consider(
                strength + 1,
                s[..open].trim_end(),
                who,
                "the people who presented it, in the last parentheses",
            );
        }
    }
    // `Culture Trumps Tools: Matt Micene`: a title, then one person (a
    // known given name) after the last colon.
    if let Some((left, right)) = title_then_person(s)
        && !matches!(names::shape(left.trim()), names::Shape::Person { .. })
    {
        best.consider(
            3,
            left,
            right,
            "a person's name after the title's last colon",
        );
    }
    // `Greg Bell’s keynote: NDR & Community`, `Ada Lovelace's talk -
    // Engines`: whose talk it was, then its title.
    for mark in ["'s ", "’s "] {
        let Some(at) = s.find(mark) else {
            continue;
        };
        let (who, rest) = (s[..at].trim(), &s[at + mark.len()..]);
        // `Jessica McKellar's Keynote`, `Jacob Kaplan Moss's Keynote
        // (Co-author …)`: a keynote named only by whose it was, which is
        // its title (as `Andy Jassy Keynote` in `title`).
        if let Some(r) = super::markers::strip_prefix_ci(rest.trim_end(), "keynote")
            && (r.is_empty() || (r.starts_with(" (") && r.ends_with(')')))
            && (2..=3).contains(&who.split_whitespace().count())
            && who
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && matches!(names::shape(who), names::Shape::Person { given: true })
        {
            let title = s[..s.len() - r.len()].trim();
            best.consider(4, title, who, "whose keynote it was (`Name's Keynote`)");
            continue;
        }
        let Some((_, title)) = ["keynote", "talk", "session", "presentation", "workshop"]
            .iter()
            .find_map(|k| {
                let r = super::markers::strip_prefix_ci(rest, k)?;
                [": ", " - ", " – "]
                    .iter()
                    .find_map(|sep| r.strip_prefix(sep))
                    .map(|t| (*k, t.trim()))
            })
        else {
            continue;
        };
        if (1..=3).contains(&who.split_whitespace().count())
            && who.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            // (Not `Let's talk: Communication…`.)
            && matches!(names::shape(who), names::Shape::Person { given: true })
            && title.split_whitespace().count() >= 2
            // (A title, not the author's remark: `Martin's keynote: I
            // missed it`, `Kelsey's keynote: my takeaways`.)
            && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !title.starts_with("I ")
            && super::util::title_cased(title)
        {
            best.consider(
                4,
                title,
                who,
                "whose talk it was (`Name's keynote:`), then its title",
            );
        }
    }
    // `Jeffrey Zeldman on Redesign`: a known person of two or three
    // words, `on`, and a capitalised title.
    if let Some(at) = s.find(" on ") {
        let (left, right) = (s[..at].trim(), s[at + 4..].trim());
        if (2..=3).contains(&left.split_whitespace().count())
            && left
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && matches!(names::shape(left), names::Shape::Person { given: true })
            // (`Gene Kim on the Ideals of DevOps`: `the` before it.)
            && right
                .strip_prefix("the ")
                .unwrap_or(right)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            best.consider(
                speaker_strength(left),
                right,
                left,
                "a person's name, `on` and the title",
            );
        }
    }
    // `James Baster talks about Elastik`, `James Baster and Thomas Figg
    // talk about Why you should…`: who spoke, then what about (a video's
    // name). Capitalised words before it are enough.
    for verb in [
        " talks about ",
        " talk about ",
        " speaks about ",
        " speak about ",
    ] {
        if let Some(at) = s.find(verb) {
            let (left, right) = (s[..at].trim(), s[at + verb.len()..].trim());
            let people: Vec<&str> = left.split(" and ").map(str::trim).collect();
            if people.len() <= 3
                && people.iter().all(|p| {
                    (2..=3).contains(&p.split_whitespace().count())
                        && p.split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase))
                        && names::is_person(p, true)
                })
                && !right.is_empty()
            {
                best.consider(
                    4,
                    right,
                    &left.replace(" and ", ", "),
                    "who spoke, `talks about` and the topic",
                );
            }
        }
    }
    super::title_after::read(s, language, best);
}

/// `Culture Trumps Tools: Matt Micene`: a title of two words or more with
/// a title's capitals (not a to-do's `Book the venue:`, a form's `Travel
/// buddy:`), then one person of two or three words with a known given
/// name after the last colon: the title and the person.
pub(super) fn title_then_person(s: &str) -> Option<(&str, &str)> {
    let (left, right) = s.rsplit_once(": ")?;
    // (`Writing a Perfect Technical Tutorial: Jessica Garson (Developer
    // Advocate @ Twitter)`: who they are with, in parentheses after.)
    let who = match right.trim_end().strip_suffix(')') {
        Some(r) => r.split_once(" (").map_or(right, |(w, _)| w),
        None => right,
    };
    (left.split_whitespace().count() >= 2
        && super::util::title_cased(left)
        && (2..=3).contains(&who.split_whitespace().count())
        && matches!(
            names::shape(who.trim()),
            names::Shape::Person { given: true }
        ))
    .then_some((left, right))
}

/// `Title - Palestrante: Glaucia Lemos`, `Title (30 min): Speaker: Name`,
/// `Workshop AngularJs - Speaker: Name`: a speaker's label after the
/// title's dash, bar, comma or colon; where the label starts and the
/// people after it. The label settles the split before any dash reading.
pub(super) fn labelled_people(s: &str) -> Option<(usize, &str)> {
    if !s.contains([':', '：']) {
        return None;
    }
    [" - ", " – ", " — ", " | ", ": ", ", "]
        .iter()
        .find_map(|sep| {
            // (A label alone is no split: `Title - Speaker:`.)
            s.match_indices(sep).find_map(|(at, _)| {
                let (key, value) = markers::key_line(&s[at + sep.len()..])?;
                (at > 0 && super::speaker_keys::is_speaker_key(&key) && !value.is_empty())
                    .then_some((at, value))
            })
        })
}

/// `Kohei Kimura / Nulab`, `Shingo Kitayama / Red Hat (gold sponsor)`: a
/// person of two to four capitalised words, a spaced slash, who they
/// spoke for (a sponsor's note in parentheses after it dropped).
pub(super) fn person_slash_org(s: &str) -> Option<(&str, &str)> {
    let (who, org) = s.split_once(" / ")?;
    let org = match org.trim_end().strip_suffix(')') {
        Some(o) => match o.rsplit_once(" (") {
            Some((org, note)) if note.to_lowercase().contains("sponsor") => org,
            _ => return None,
        },
        None => org,
    };
    let (who, org) = (who.trim(), org.trim());
    (names::capitalised_name(who)
        && (1..=4).contains(&org.split_whitespace().count())
        && org.starts_with(char::is_uppercase)
        && !org.contains(['/', '(', ')']))
    .then_some((who, org))
}
