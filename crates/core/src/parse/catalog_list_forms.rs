//! Lists of talks in shapes other than a link per talk, for
//! [`super::catalog`] and the features: `Title, Name` items with no links,
//! items led by a speaker's profile link, bold titles over what the
//! author thought, bare titles under a heading that names the talks, and
//! people each before their talk's title in quotes.

use std::ops::Range;

use crate::model::Link;

use super::catalog::{Entry, link_label};
use super::file::FileParser;
use super::headings;
use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// A day's list whose items each start with a speaker's profile link
    /// and go on with what the author took from the talk (`- [mjackson](
    /// https://twitter.com/mjackson) - unpkg is a cdn…`): each item is a
    /// talk known by its speaker. Three items or more, most of them so.
    pub(super) fn speaker_items(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(&range) {
            if items.len() < 3 {
                continue;
            }
            let found: Vec<Entry> = items
                .iter()
                .filter_map(|it| {
                    let l = self.links_in(it.range.clone()).next()?;
                    let raw = self.text.get(it.range.start..l.range.start)?;
                    let after = self.text.get(l.range.end..it.range.end)?.trim_start();
                    let who = l.text.trim().trim_start_matches('@');
                    let opens_item = markers::strip_list_marker(raw.trim_start())
                        .trim()
                        .is_empty();
                    let said = [" - ", "- ", ": ", "– "]
                        .iter()
                        .any(|sep| after.starts_with(sep.trim_start()))
                        && after.split_whitespace().count() >= 4;
                    (opens_item
                        && said
                        && !l.image
                        && names::is_profile_url(&l.dest)
                        && !who.is_empty()
                        && who.split_whitespace().count() <= 4)
                        .then(|| Entry {
                            title: who.to_string(),
                            speakers: super::speakers::parse_speakers(who),
                            notes: markers::strip_list_marker(
                                self.text.get(it.range.clone()).unwrap_or("").trim(),
                            )
                            .to_string(),
                            range: it.range.clone(),
                            what: "speaker item",
                            ..Entry::default()
                        })
                })
                .collect();
            if found.len() >= 3 && found.len() * 5 >= items.len() * 3 {
                out.extend(found);
            }
        }
        out
    }

    /// Under a heading that names the talks (`## Sessions Attended`), a
    /// list of bare titles, one per item (`* Network Analysis made
    /// simple`): each is a talk, its speakers where the item names them
    /// (`Title - Name`). Two items or more, nearly all a title's shape: a
    /// line of two to sixteen words that does not end a sentence.
    /// The talks of lists whose items open with a bold title, then a stop,
    /// a colon or a dash and what the author thought (`* **Microservicios
    /// en la práctica**. [Jano][jano] nos contó…`): three or more, and
    /// most items so, in a file about an event. Who gave it is a link to a
    /// person's name among the first words after the title.
    pub(super) fn bold_title_items(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        // (In a file about an event only: not a trip's days.)
        if !self.event_named {
            return out;
        }
        for items in self.lists_in(&range) {
            let found: Vec<Entry> = items
                .iter()
                .filter_map(|it| {
                    let text = self.text.get(it.range.clone())?;
                    let item = markers::strip_any_list_marker(text.trim_start());
                    let inner = item.strip_prefix("**")?;
                    let end = inner.find("**")?;
                    let title = markers::plain_inline(&inner[..end]);
                    let title = title.trim().trim_end_matches(['.', ':']).trim();
                    let rest = &inner[end + 2..];
                    let words = title.split_whitespace().count();
                    if !(1..=16).contains(&words)
                        || !(rest.is_empty()
                            || rest.starts_with(['.', ':', '\n'])
                            || rest.starts_with(" -")
                            || rest.starts_with(" –"))
                    {
                        return None;
                    }
                    // (`[Jano][jano] nos contó`: a link to a person among
                    // the first words.)
                    let head: String = rest
                        .trim_start_matches(['.', ':', ' ', '-', '–'])
                        .split_whitespace()
                        .take(4)
                        .collect::<Vec<_>>()
                        .join(" ");
                    let speakers = self
                        .links_in(it.range.clone())
                        .filter(|l| !l.image && head.contains(l.text.as_str()))
                        .find(|l| {
                            l.text.starts_with(char::is_uppercase)
                                && matches!(names::shape(&l.text), names::Shape::Person { .. })
                        })
                        .map(|l| super::speakers::parse_speakers(&l.text))
                        .unwrap_or_default();
                    Some(Entry {
                        title: title.to_string(),
                        speakers,
                        notes: rest
                            .trim_start_matches(['.', ':', ' ', '-', '–'])
                            .trim()
                            .to_string(),
                        range: it.range.clone(),
                        what: "bold title",
                        ..Entry::default()
                    })
                })
                .collect();
            if found.len() >= 3 && found.len() * 5 >= items.len() * 4 {
                out.extend(found);
            }
        }
        out
    }

    pub(super) fn bare_title_items(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        for items in self.lists_in(&range) {
            let found: Vec<Entry> = items
                .iter()
                .filter_map(|it| {
                    let item = self.item_first_line(&it.range)?;
                    // (`JetBrains / Sebastian Aignerさん、Title [＜イベント
                    // ページ＞](…)`: where they work, who, then the title.)
                    if let Some((title, speakers)) =
                        super::paragraph_lines::org_then_honored_people(item)
                    {
                        return Some(Entry {
                            title,
                            speakers,
                            range: it.range.clone(),
                            what: "bare title",
                            ..Entry::default()
                        });
                    }
                    // (`Title: https://…`, `Title: [repo](…)`: the talk's
                    // materials after its title.)
                    let item = item
                        .rsplit_once(": ")
                        .filter(|(_, tail)| {
                            let tail = tail.trim();
                            (tail.starts_with("http") && !tail.contains(' '))
                                || (tail.starts_with('[') && tail.ends_with(')'))
                        })
                        .map_or(item, |(head, _)| head);
                    let line = markers::plain_inline(item);
                    // (`A-3 トヨタのかんばんに学ぶバックログ管理術【講演】 –
                    // 13:00-13:45`: a programme's item, its room's code, its
                    // format and its slot around the title.)
                    let (line, format) =
                        super::title_ends::strip_format_tag(super::title_ends::strip_slot_tail(
                            super::numbering::strip_room_code(line.trim()),
                        ));
                    let words = line.split_whitespace().count();
                    // (Not a person's name: `* Pandy Knight` under
                    // `## Lightning Talks Day 1` names the parts' speakers.)
                    // (Japanese and Chinese write no spaces: a title of
                    // four characters or more is one `word`; not a note's
                    // polite sentence, `コードはほとんど出てきません`.)
                    // (Nor a word in katakana alone, `タイムテーブル`: a
                    // page's name.)
                    let cjk = line.chars().filter(|c| super::speakers::is_cjk(*c)).count() >= 4
                        && !line.chars().all(|c| matches!(c, '\u{30a0}'..='\u{30ff}'))
                        && !["ます", "です", "ません", "。"]
                            .iter()
                            .any(|p| line.contains(p));
                    (((2..=16).contains(&words) || (words == 1 && cjk))
                        && !line.ends_with(['.', ':', ';', ','])
                        && !names::is_person(line, false)
                        && line.starts_with(|c: char| {
                            c.is_uppercase()
                                || c.is_ascii_digit()
                                || (cjk && (super::speakers::is_cjk(c) || c == '「'))
                        }))
                    .then(|| {
                        let mut parts = headings::parts(line);
                        Entry {
                            speakers: parts.speaker_refs(),
                            title: parts.title,
                            kind: format.map(str::to_string),
                            range: it.range.clone(),
                            what: "bare title",
                            ..Entry::default()
                        }
                    })
                })
                .collect();
            // (Not a form's fields, `- Length: 30 minutes`, `- Format:
            // slides as PDF`: most items a one-word key and its value.)
            let fields = found
                .iter()
                .filter(|e| {
                    e.title
                        .split_once(": ")
                        .is_some_and(|(k, _)| !k.trim().contains(' '))
                })
                .count();
            // (Titles, not sentences: `The keynote hall was packed an
            // hour before start`, `Ask Tom about the workshop budget`.)
            let titled = found
                .iter()
                .filter(|e| super::util::title_cased(&e.title))
                .count();
            if found.len() >= 2
                && found.len() * 5 >= items.len() * 4
                && fields * 2 < found.len()
                && titled * 2 >= found.len()
            {
                out.extend(found);
            }
        }
        out
    }

    /// A list of the people who spoke, each item ending with the talk's
    /// title in quotes (`- [Harrison Chase](…), CEO, LangChain, "Building
    /// Context-Aware Reasoning Applications"`): the title is the quoted
    /// text, the speakers the people named before it (a person's name
    /// as a link's text, or the item's first part). Three items or more,
    /// most of them so.
    pub(super) fn quoted_title_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        if items.len() < 3 {
            return Vec::new();
        }
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|r| {
                let raw = self.text.get(r.clone())?;
                let first = raw.lines().next()?;
                let line = markers::strip_any_list_marker(first).trim();
                let line = line.trim_end_matches(['.', ' ']);
                let (close, open) = if line.ends_with('"') {
                    ('"', '"')
                } else if line.ends_with('”') {
                    ('”', '“')
                } else {
                    return None;
                };
                let body = line.strip_suffix(close)?;
                let at = body.rfind(open)?;
                let title = markers::plain_inline(&body[at + open.len_utf8()..]);
                let title = title.trim();
                let before = body[..at].trim_end().trim_end_matches(',').trim_end();
                if title.split_whitespace().count() < 2 || before.is_empty() {
                    return None;
                }
                let before_start = r.start + (first.len() - first.trim_start().len());
                let mut names: Vec<String> = Vec::new();
                let lead = markers::plain_inline(before.split(',').next().unwrap_or(""));
                let lead = lead.trim();
                if (1..=4).contains(&lead.split_whitespace().count())
                    && !orgs_and_jobs::is_org(lead)
                {
                    names.push(lead.to_string());
                }
                for l in self.links_in(before_start..before_start + first.len()) {
                    let t = markers::plain_inline(&l.text);
                    let t = t.trim();
                    // (A full name: one word is as likely the company's,
                    // `[Lindy](https://www.lindy.ai/)`.)
                    if !l.image
                        && t.contains(' ')
                        && names::is_person(t, false)
                        && !names.iter().any(|n| n == t)
                    {
                        names.push(t.to_string());
                    }
                }
                (!names.is_empty()).then(|| Entry {
                    title: title.to_string(),
                    speakers: names
                        .iter()
                        .map(|n| super::speakers::SpeakerRef {
                            name: n.clone(),
                            org: None,
                            handle: false,
                        })
                        .collect(),
                    range: r.clone(),
                    what: "quoted title",
                    ..Entry::default()
                })
            })
            .collect();
        // (Titles, not what people said: `"Testing is an activity, not a
        // phase"`, `"the release checklist saved us again"`.)
        let titled = found
            .iter()
            .filter(|e| super::util::title_cased(&e.title))
            .count();
        if found.len() >= 3 && found.len() * 5 >= items.len() * 3 && titled * 5 >= found.len() * 3 {
            found
        } else {
            Vec::new()
        }
    }

    /// The first line of list item `r`, without its marker.
    pub(super) fn item_first_line(&self, r: &Range<usize>) -> Option<&str> {
        let first = self.text.get(r.clone())?.lines().next()?;
        Some(markers::strip_any_list_marker(first).trim())
    }

    /// A list of talks each written `Title by *Name*`, maybe with a
    /// comment after a dash or a colon (`Building systems in Clojure by
    /// *Matthias Nehlsen* - I am following…`, `[State, Communication and
    /// Side-Effects in Idris](…) by *Edwin Brady* - …`): the name in
    /// emphasis is the speaker, the comment the talk's notes. Two items or
    /// more, most of them so, and most with a comment that speaks of a
    /// talk or one with a recording.
    pub(super) fn by_emphasized_name_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        // (The first items decide, at the cost of a look at their first
        // lines: most lists are no such list.)
        if items.len() < 2
            || !items
                .iter()
                .take(3)
                .filter_map(|r| self.item_first_line(r))
                .any(|l| split_by_emphasized(l).is_some())
        {
            return Vec::new();
        }
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|r| {
                let line = self.item_first_line(r)?;
                let (title_md, who, comment) = split_by_emphasized(line)?;
                let title = markers::plain_inline(title_md).trim().to_string();
                if title.split_whitespace().count() < 2
                    || !(2..=4).contains(&who.split_whitespace().count())
                    || !names::is_person(who, true)
                {
                    return None;
                }
                let links = self
                    .links_in(r.clone())
                    .filter(|l| !l.image && title_md.contains(&format!("]({})", l.dest)))
                    .map(|l| Link {
                        label: link_label(&l.text, &l.dest, "", false).into(),
                        url: l.dest.to_string(),
                    })
                    .collect();
                Some(Entry {
                    speakers: vec![SpeakerRef {
                        name: who.to_string(),
                        org: None,
                        handle: false,
                    }],
                    title,
                    links,
                    notes: comment.to_string(),
                    range: r.clone(),
                    what: "list item",
                    ..Entry::default()
                })
            })
            .collect();
        // (Not a reading list, `[Data Mesh](…) by _Zhamak Dehghani_`:
        // books are cited so too. The talks have their author's comment,
        // or a recording.)
        // (Comments about talks: not `Team Topologies by *Matthew
        // Skelton* - everyone quoted it`, a film's `- still holds up`.)
        let commented = found
            .iter()
            .filter(|e| {
                let n = e.notes.to_lowercase();
                [
                    "talk",
                    "presentation",
                    "session",
                    "keynote",
                    "speaker",
                    "slides",
                    "charla",
                    "vortrag",
                ]
                .iter()
                .any(|w| n.contains(w))
            })
            .count();
        let recorded = found
            .iter()
            .any(|e| e.links.iter().any(|l| l.label == "Recording"));
        if found.len() >= 2
            && found.len() * 5 >= items.len() * 3
            && (commented * 2 > found.len() || recorded)
        {
            found
        } else {
            Vec::new()
        }
    }

    /// A list of talks picked from a programme, each item starting with
    /// the talk's code in the programme (`TS-6050 - Comparing JRuby and
    /// Groovy`, `BOF-5102 - …`, `ARC201: …`, `LAB-4500LT - …`), maybe
    /// running on into the author's comment (`TS-5343 - Enterprise
    /// JavaBeans (EJB) 3.1 Technology. As I am pushing…`). Three items or
    /// more, most of them so; the items without a code are not talks.
    pub(super) fn session_code_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        // (The first items decide: most lists start with no code.)
        let coded = |r: &Range<usize>| {
            self.item_first_line(r)
                .and_then(super::numbering::strip_session_code)
                .is_some()
        };
        if items.len() < 3 || !items.iter().take(3).any(coded) {
            return Vec::new();
        }
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|r| {
                let line = self.item_first_line(r)?;
                let rest = super::numbering::strip_session_code(line)?;
                let title = without_comment(&markers::plain_inline(rest));
                if title.split_whitespace().count() < 2 {
                    return None;
                }
                let mut parts = headings::parts(&title);
                Some(Entry {
                    speakers: parts.speaker_refs(),
                    title: parts.title,
                    range: r.clone(),
                    what: "list item",
                    ..Entry::default()
                })
            })
            .collect();
        // (Not a list of tickets, `PROJ-1234 - Fix the login redirect`,
        // `PLAT-1201 - Upgrade Kubernetes Cluster To 1.28`: talks have
        // titles, not tasks.)
        let task = |t: &str| {
            let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
            matches!(
                first.as_str(),
                "add"
                    | "fix"
                    | "upgrade"
                    | "migrate"
                    | "remove"
                    | "update"
                    | "implement"
                    | "create"
                    | "refactor"
                    | "bump"
                    | "enable"
                    | "disable"
                    | "improve"
                    | "move"
                    | "rename"
                    | "replace"
                    | "delete"
                    | "investigate"
                    | "deprecate"
                    | "change"
                    | "allow"
                    | "set"
                    | "make"
                    | "write"
                    | "drop"
                    | "clean"
            )
        };
        let titled = found
            .iter()
            .filter(|e| super::util::title_cased(&e.title) && !task(&e.title))
            .count();
        if found.len() >= 3 && found.len() * 5 >= items.len() * 3 && titled * 2 >= found.len() {
            found
        } else {
            Vec::new()
        }
    }
}

/// `Title by *Name* - comment`, `[Title](…) by _Name_: comment`, `Title
/// by **Name**`: the title as written, the name in emphasis, and what
/// follows it (empty when nothing does).
fn split_by_emphasized(line: &str) -> Option<(&str, &str, &str)> {
    let at = line.find(" by ")?;
    let (title, after) = (&line[..at], &line[at + 4..]);
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| after.starts_with(m))?;
    let inner = &after[mark.len()..];
    let close = inner.find(mark)?;
    let name = inner[..close].trim();
    let rest = inner[close + mark.len()..].trim_start();
    let rest = if rest.is_empty() {
        rest
    } else {
        ["- ", "– ", "— ", ": "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))?
            .trim()
    };
    Some((title.trim(), name, rest))
}

/// A title without the comment its author ran on with: up to a full stop
/// and a space after a word of four letters or more (not `Dr. `, `vs. `),
/// an ellipsis, or a colon before a word that starts a remark (`The
/// Future of Guice. even if…`, `Lego MindStorm ... long time…`,
/// `Extending OS X the Java Technology Way: would be great…`); never a
/// cut that leaves less than two words.
fn without_comment(s: &str) -> String {
    let mut end = s.len();
    for cut in ["...", "…"] {
        if let Some(i) = s.find(cut) {
            end = end.min(i);
        }
    }
    let mut from = 0;
    while let Some(i) = s[from..].find(". ") {
        let at = from + i;
        let word = s[..at]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if word.chars().count() >= 4 && !word.chars().all(|c| c.is_ascii_digit()) {
            end = end.min(at);
            break;
        }
        from = at + 2;
    }
    let mut from = 0;
    while let Some(i) = s[from..end].find(": ") {
        let at = from + i;
        let next = s[at + 2..].split_whitespace().next().unwrap_or("");
        // (Not French spacing, `Observabilité : logs`, nor a title's
        // second part, `Deep Dive: eBPF in Production`.)
        if !s[..at].ends_with(' ')
            && matches!(
                next,
                "would"
                    | "should"
                    | "could"
                    | "must"
                    | "can"
                    | "will"
                    | "was"
                    | "is"
                    | "it"
                    | "this"
                    | "that"
                    | "i"
                    | "my"
                    | "very"
                    | "really"
                    | "even"
                    | "not"
                    | "seems"
                    | "looks"
                    | "probably"
                    | "maybe"
                    | "which"
                    | "but"
                    | "great"
                    | "nice"
                    | "interesting"
                    | "worth"
                    | "definitely"
            )
        {
            end = at;
            break;
        }
        from = at + 2;
    }
    let cut = s[..end]
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .trim();
    if cut.split_whitespace().count() >= 2 {
        cut.to_string()
    } else {
        s.trim().to_string()
    }
}
