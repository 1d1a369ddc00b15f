//! Talks told under the time they started: a line that is only a time of
//! day (`10:30a`, `2:30pm`), then the talk's title and who gave it on the
//! next lines, bold or plain, in either order (`**The Time is now**` /
//! `**Afua Bruce**`; `**KEYNOTE**` / `Alix Dunn`), then the notes. A part
//! of a file is read so when three slots or more name a title and a
//! person that way: a schedule copied into the notes and annotated. Or
//! the slot and the title on one line (`09:00 -> 09:45 : Title`), three
//! such lines or more in a part. Or a meetup's schedule as a list, each
//! item a slot and what happened, the talks' titles in quotes: `*
//! 20:00 - 20:15: ["A MacAdmins guide to Security" - Jack
//! Hollister](slides.pdf), [Kandji](…)` (the arrival, the break and the
//! pub are no talks).

use std::ops::Range;

use super::catalog::Entry;
use super::file::FileParser;
use super::markers;
use super::names;
use super::speakers;
use super::strength::speaker_strength;

impl FileParser<'_> {
    /// The talks of `range` told under their start times (see the module
    /// documentation); none unless three slots or more name a title and
    /// a person.
    pub(super) fn time_slot_entries(&self, range: Range<usize>) -> Vec<Entry> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        // (Most parts have no line that is only a time: counted first,
        // without allocating.)
        if !clock_starts_a_line(text) {
            return Vec::new();
        }
        if text
            .lines()
            .filter(|l| time_alone(l.trim()))
            .take(3)
            .count()
            < 3
        {
            return self.inline_slot_entries(range);
        }
        // Each line with its offset, blank lines kept (they end nothing).
        let mut lines: Vec<(usize, &str)> = Vec::new();
        let mut at = range.start;
        for l in text.split_inclusive('\n') {
            lines.push((at, l.trim_end_matches(['\n', '\r'])));
            at += l.len();
        }
        let slots: Vec<usize> = (0..lines.len())
            .filter(|&k| time_alone(lines[k].1.trim()))
            .collect();
        if slots.len() < 3 {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut strong = 0;
        for (n, &k) in slots.iter().enumerate() {
            let end = slots.get(n + 1).map_or(lines.len(), |&e| e);
            // The first two lines with text after the time (after the
            // kind of session, `**KEYNOTE**`, when one comes first).
            let mut heads: Vec<(usize, String)> = lines[k + 1..end]
                .iter()
                .filter(|(_, l)| !l.trim().is_empty())
                .take(3)
                .map(|(o, l)| (*o, plain_line(l)))
                .collect();
            let kind = heads
                .first()
                .filter(|(_, h)| super::decorations::is_kind(h))
                .map(|(_, h)| h.clone());
            if kind.is_some() {
                heads.remove(0);
            } else {
                heads.truncate(2);
            }
            let person = |s: &str| {
                !s.is_empty()
                    && s.split_whitespace().count() <= 8
                    && (names::is_person(s, true) || speaker_strength(s) >= 3)
                    && !super::decorations::is_kind(s)
            };
            let titled = |s: &str| {
                !s.is_empty()
                    && s.split_whitespace().count() <= 20
                    && !s.ends_with(['.', ':', ';', ','])
                    && !s.starts_with(['#', '-', '*', '>', '|'])
            };
            let (title, who) = match heads.as_slice() {
                [(_, a), (_, b), ..] if titled(a) && !person(a) && person(b) => {
                    (a.clone(), b.clone())
                }
                [(_, a), (_, b), ..] if person(a) && titled(b) && !person(b) => {
                    (b.clone(), a.clone())
                }
                [(_, a), ..] if person(a) && kind.is_some() => (String::new(), a.clone()),
                [(_, a), ..] if titled(a) && !person(a) => (a.clone(), String::new()),
                _ if kind.is_some() => (String::new(), String::new()),
                _ => continue,
            };
            let title = if title.is_empty() {
                kind.clone().unwrap_or_default()
            } else {
                title
            };
            let refs = if who.is_empty() {
                Vec::new()
            } else {
                speakers::parse_speakers(&who)
            };
            // (`12:15 - 1:15` / `LUNCH`: a break, no talk.)
            if refs.is_empty() && super::headings::is_vocab(&super::headings::norm(&title)) {
                continue;
            }
            strong += usize::from(!refs.is_empty());
            let start = heads.first().map_or(lines[k].0, |(o, _)| *o);
            let stop = lines.get(end).map_or(range.end, |(o, _)| *o);
            out.push(Entry {
                title,
                speakers: refs,
                range: start..stop,
                kind,
                what: "time slot",
                ..Entry::default()
            });
        }
        if strong < 3 {
            return Vec::new();
        }
        out
    }
}

impl FileParser<'_> {
    /// The talks of a list whose items (three or more, nearly all) each
    /// start with a time slot that has its end: those whose title is in
    /// quotes, with the people after it (`- Name & Name, Org`) and the
    /// title's link; none unless a third of them or more name people.
    pub(super) fn schedule_list_entries(&self, items: &[Range<usize>]) -> Option<Vec<Entry>> {
        let first_line = |r: &Range<usize>| {
            let t = self.text.get(r.clone())?;
            Some(markers::strip_list_marker(t.lines().next()?.trim()).trim())
        };
        // (Most lists do not start with a time: one look at the first.)
        if items.len() < 3 || !first_line(&items[0])?.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let mut slotted = 0;
        let mut out = Vec::new();
        for r in items {
            // (A slot has its end, `20:00 - 20:15` or `21:00 - ?`: not
            // a video's chapters, `5:40 - "Simple vs Easy"`.)
            let Some(rest) = first_line(r).and_then(after_slot_with_end) else {
                continue;
            };
            slotted += 1;
            let rest = rest.trim_start().trim_start_matches([':', '-', '|']).trim();
            let plain = markers::plain_inline(rest);
            let Some((title, after)) = quoted_title(&plain) else {
                continue;
            };
            let who = after
                .trim_start()
                .strip_prefix(['-', '–', '—'])
                .map(|w| w.trim().trim_end_matches('.'))
                .unwrap_or("");
            let refs = speakers::parse_speakers(who);
            let speakers = if speakers::plausible(&refs) {
                refs
            } else {
                Vec::new()
            };
            let links = self
                .links_in(r.clone())
                .filter(|l| !l.image && markers::plain_inline(&l.text).contains(title))
                .map(|l| crate::model::Link {
                    label: super::catalog::link_label(&l.text, &l.dest, "", true).into(),
                    url: l.dest.to_string(),
                })
                .collect();
            out.push(Entry {
                title: title.to_string(),
                speakers,
                links,
                range: r.clone(),
                what: "list item",
                ..Entry::default()
            });
        }
        // (Someone gave the talks: not a day's plan, `"Time Out Market"
        // - lunch with Pedro`.)
        let named = out.iter().filter(|e| !e.speakers.is_empty()).count();
        (slotted * 5 >= items.len() * 4 && named >= 1 && named * 3 >= out.len()).then_some(out)
    }

    /// Talks told on lines that start with their slot (`09:00 -> 09:45 :
    /// l'intelligence artificienne n'existe pas`, `15:40 - 16:25 : Et si
    /// on parlait de malware craftmanship ?`), the notes under each up to
    /// the next: three such lines or more in a part, not in a list. The
    /// title may be in bold with who gave it after a dash (`10:15 AM -
    /// **[Title](slides.pdf)** - Name (Org), Name (Org)`), or the slot
    /// may name only the kind of session and who gave it (`9:15 AM -
    /// **Keynote:** Name (Org)`), its title on a `Title:` line below.
    fn inline_slot_entries(&self, range: Range<usize>) -> Vec<Entry> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        let mut lines: Vec<(usize, &str)> = Vec::new();
        let mut at = range.start;
        for l in text.split_inclusive('\n') {
            lines.push((at, l.trim_end_matches(['\n', '\r'])));
            at += l.len();
        }
        let mut found: Vec<Entry> = Vec::new();
        for (k, &(start, l)) in lines.iter().enumerate() {
            // (Not a code block's lines, indented four spaces or a tab.)
            if l.starts_with("    ") || l.starts_with('\t') {
                continue;
            }
            if let Some(e) = self.bold_slot(&lines[k..], range.end) {
                found.push(e);
                continue;
            }
            // (Not a diary: `09:15 Grabbed coffee with Tom`, `17:45
            // Headed to the boat`: what the author did, in the past.)
            if let Some(title) = slot_then_title(l.trim())
                && !title.split_whitespace().next().is_some_and(|w| {
                    w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_uppercase)
                })
                && !super::headings::is_vocab(&super::headings::norm(title))
            {
                found.push(Entry {
                    title: title.to_string(),
                    range: start..start,
                    what: "slot line",
                    ..Entry::default()
                });
            }
        }
        // (Bold words after times that name nobody are a talk's topics or
        // a video's chapters, `10:05 **Indexes**: btree vs gin`, or an
        // evening's doings, `6:00 PM - **Doors open**`: bold slots count
        // where two or more of them name who gave them.)
        if found
            .iter()
            .filter(|e| e.what == "bold slot" && !e.speakers.is_empty())
            .count()
            < 2
        {
            found.retain(|e| e.what != "bold slot");
        }
        for e in &mut found {
            e.what = "slot line";
        }
        if found.len() < 3 {
            return Vec::new();
        }
        let starts: Vec<usize> = found.iter().map(|e| e.range.start).collect();
        for (k, e) in found.iter_mut().enumerate() {
            e.range.end = starts.get(k + 1).copied().unwrap_or(range.end);
        }
        // (`9:00 AM - **[Welcome](…)**`, `5:00 PM - Close`: in a
        // schedule whose slots name who gave them, a word that names
        // nobody is no talk.)
        if found.iter().filter(|e| !e.speakers.is_empty()).count() >= 3 {
            found.retain(|e| {
                !e.speakers.is_empty()
                    || e.title.split_whitespace().nth(1).is_some()
                    || super::decorations::is_kind(&e.title)
            });
        }
        // (`4:00 PM - Panel Session` over `**Topic: …**`, `Moderator:`
        // and `Panelists:` lines: the topic is its title.)
        for e in &mut found {
            if e.speakers.is_empty()
                && (super::decorations::is_kind(&e.title) || super::headings::is_slot(&e.title))
            {
                let block = self.text.get(e.range.clone()).unwrap_or("");
                if let Some(t) = labelled_title(block) {
                    e.kind = Some(std::mem::replace(&mut e.title, t));
                    e.speakers = block
                        .lines()
                        .skip(1)
                        .filter_map(|l| {
                            super::speaker_lines::speaker_line(
                                l,
                                super::speaker_lines::Position::Far,
                            )
                        })
                        .flatten()
                        .collect();
                }
            }
        }
        found
    }

    /// A slot line whose title is in bold (see [`inline_slot_entries`]):
    /// `lines` from the slot's line to the end of the part, `end` where
    /// the part ends. Its range ends where it starts (set by the caller).
    fn bold_slot(&self, lines: &[(usize, &str)], end: usize) -> Option<Entry> {
        let &(start, first) = lines.first()?;
        let rest = after_slot(first.trim())?
            .trim_start()
            .trim_start_matches([':', '-', '–', '|'])
            .trim_start();
        if !rest.starts_with("**") {
            return None;
        }
        // (A long title may break across lines of its paragraph.)
        let mut joined = rest.to_string();
        for (_, l) in lines.iter().skip(1).take(2) {
            if joined[2..].contains("**") || l.trim().is_empty() {
                break;
            }
            joined.push(' ');
            joined.push_str(l.trim());
        }
        let inner_end = joined[2..].find("**")? + 2;
        let inner = &joined[2..inner_end];
        let after = joined[inner_end + 2..].trim();
        let shown = markers::plain_inline(inner);
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = shown.trim_end_matches(':').trim();
        if shown.is_empty() || shown.split_whitespace().count() > 30 {
            return None;
        }
        // (Or a label that ends with a colon, `**Talk:**`.)
        let label = inner.trim_end().ends_with(':') && shown.split_whitespace().count() <= 2;
        let kind = (super::decorations::is_kind(shown) || label).then(|| shown.to_string());
        let who = match after.strip_prefix(['-', '–', '—']) {
            Some(w) => w.trim(),
            None if kind.is_some() => after,
            None => "",
        };
        let refs = speakers::parse_speakers(who.trim_end_matches('.'));
        let mut speakers = if !who.is_empty() && speakers::plausible(&refs) {
            refs
        } else {
            Vec::new()
        };
        // (`**Keynote:** The Future of JavaScript`, `**Talk:** Addy Osmani -
        // Building Fast Websites`: the kind, then the title, maybe with
        // who gave it.)
        let mut titled_after = None;
        if kind.is_some() && !after.is_empty() && (speakers.is_empty() || after.contains(" - ")) {
            let mut parts = super::headings::parts(after);
            speakers = parts.speaker_refs();
            titled_after = Some(parts.title);
        }
        let title = match &kind {
            Some(_) if titled_after.is_some() => titled_after.unwrap_or_default(),
            Some(_) => {
                // (Its title on a line of its own below, before the next
                // slot: `Title: **[Graal as a native JIT](libgraal.pdf)**`.)
                let below: Vec<&str> = lines
                    .iter()
                    .skip(1)
                    .map(|(_, l)| *l)
                    .take_while(|l| after_slot(l.trim()).is_none())
                    .collect();
                labelled_title(&below.join("\n")).unwrap_or_else(|| shown.to_string())
            }
            None => shown.to_string(),
        };
        if kind.is_none()
            && speakers.is_empty()
            && super::headings::is_vocab(&super::headings::norm(&title))
        {
            return None;
        }
        let line_end = lines.get(1).map_or(end, |(o, _)| *o);
        let links = self
            .links_in(start..line_end)
            .filter(|l| !l.image && inner.contains(&*l.dest))
            .map(|l| crate::model::Link {
                label: super::catalog::link_label(&l.text, &l.dest, "", true).into(),
                url: l.dest.to_string(),
            })
            .collect();
        Some(Entry {
            title,
            speakers,
            links,
            kind,
            range: start..start,
            what: "bold slot",
            ..Entry::default()
        })
    }
}

/// The title a `Title:` or `Topic:` line gives in `block`, bold or not
/// (`Title:    **[Graal as a native JIT in GraalVM](libgraal.pdf)**`,
/// `**Topic: The GraalVM Compiler: looking ahead?**`).
fn labelled_title(block: &str) -> Option<String> {
    block.lines().find_map(|l| {
        let p = markers::plain_inline(l.trim());
        let p = p.trim();
        let rest = ["Title:", "Topic:", "Talk:"]
            .iter()
            .find_map(|k| p.strip_prefix(k))?
            .trim();
        (rest.split_whitespace().count() >= 2 && rest.split_whitespace().count() <= 30)
            .then(|| rest.to_string())
    })
}

/// A title in straight or curly double quotes at the start of `s`, and
/// what follows it: `"Quo vadis, certificates?" - Matteo Bolognini`.
fn quoted_title(s: &str) -> Option<(&str, &str)> {
    let (open, close) = [('"', '"'), ('“', '”')]
        .into_iter()
        .find(|(o, _)| s.starts_with(*o))?;
    let inner = &s[open.len_utf8()..];
    let end = inner.find(close)?;
    let title = inner[..end].trim();
    (title.split_whitespace().count() >= 2).then_some((title, &inner[end + close.len_utf8()..]))
}

/// After a slot at the start of a line, its title: a time, maybe `->`,
/// `-` or `–` and the end time (`17h`, `18h20`, `16:25`), maybe `:`,
/// then the title (two to twenty words, not a sentence).
fn slot_then_title(line: &str) -> Option<&str> {
    let title = after_slot(line)?
        .trim_start()
        .trim_start_matches([':', '-', '|'])
        .trim();
    let words = title.split_whitespace().count();
    ((1..=20).contains(&words)
        && title.starts_with(|c: char| c.is_alphabetic() || c == '{' || c == '"')
        && !title.ends_with(['.', ';', ',']))
    .then(|| title.trim_end_matches([':', ' ']))
}

/// What follows a slot with its end at the start of a line (see
/// [`after_slot`]): none when the slot is a time alone.
fn after_slot_with_end(line: &str) -> Option<&str> {
    let rest = after_slot(line)?;
    let start = line.len() - line.trim_start().len();
    // (The end was read when more than the start and a separator went.)
    let consumed = &line[start..line.len() - rest.len()];
    (consumed
        .matches(|c: char| c.is_ascii_digit() || c == '?')
        .count()
        >= 5
        || consumed.trim_end().ends_with('?'))
    .then_some(rest)
}

/// What follows a slot at the start of a line: a time, maybe `->`, `-`,
/// `–` or `~` and the end time (`17h`, `18h20`, `16:25`, or `?` when it
/// ran late), the rest untrimmed.
fn after_slot(line: &str) -> Option<&str> {
    let clock = |s: &str| -> Option<usize> {
        let b = s.as_bytes();
        let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&h) || !matches!(b.get(h), Some(b':' | b'h')) {
            return None;
        }
        let m = b[h + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        // (`17h` alone ends a slot; `17:` does not.)
        if m == 2 || (m == 0 && b[h] == b'h') {
            // (`6:30pm`, `6:00 PM`: the half of the day goes with it.)
            let end = h + 1 + m;
            let after = &s[end..];
            let half = ["am", "pm", " am", " pm", "AM", "PM", " AM", " PM"]
                .iter()
                .find(|x| {
                    after.starts_with(*x)
                        && !after[x.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
                .map_or(0, |x| x.len());
            Some(end + half)
        } else {
            None
        }
    };
    let mut rest = &line[clock(line)?..];
    let arrow = rest.trim_start();
    for sep in ["->", "-", "–", "~"] {
        if let Some(r) = arrow.strip_prefix(sep) {
            let r = r.trim_start();
            if let Some(n) = clock(r) {
                rest = &r[n..];
                break;
            }
            if let Some(after) = r.strip_prefix('?') {
                rest = after;
                break;
            }
        }
    }
    Some(rest)
}

/// Whether a line of `text` starts with a clock (`10:30`, `9:15`, after
/// spaces or `*`): one pass over its colons, so parts without one cost
/// little.
fn clock_starts_a_line(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b':', b).any(|k| {
        let digits = b[..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=2).contains(&digits) && {
            let before = &b[..k - digits];
            let line = before
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(before, |n| &before[n + 1..]);
            line.iter()
                .all(|&c| matches!(c, b' ' | b'\t' | b'*' | b'_'))
        }
    })
}

/// A line that is only a time of day: `10:30a`, `1:30p`, `2:30pm`,
/// `10:00 AM`, `14:00`, maybe in bold.
fn time_alone(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace() || c == '\\');
    // `10:00 - 10:40`: the slot's start and end.
    if let Some((a, b)) = t.split_once(" - ").or_else(|| t.split_once('-'))
        && one_time(a.trim())
        && one_time(b.trim())
    {
        return true;
    }
    one_time(t)
}

/// A time of day alone (`10:30a`, `2:30pm`, `14:00`).
fn one_time(t: &str) -> bool {
    let b = t.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h) || b.get(h) != Some(&b':') {
        return false;
    }
    let m = b[h + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if m != 2 {
        return false;
    }
    let rest = t[h + 1 + m..].trim().to_ascii_lowercase();
    matches!(
        rest.as_str(),
        "" | "a" | "p" | "am" | "pm" | "a.m." | "p.m."
    )
}

/// A line's text without emphasis or links, trimmed, and without the
/// names of profile links after a name (`**Afua Bruce** ` is `Afua
/// Bruce`, `**Nicholas Canzoneri**  Github` is `Nicholas Canzoneri`);
/// `Name - Org` reads as `Name, Org`.
fn plain_line(l: &str) -> String {
    let p = markers::plain_inline(l.trim());
    let mut t = p.trim();
    while let Some((head, last)) = t.rsplit_once(char::is_whitespace) {
        let site = [
            "github", "twitter", "linkedin", "website", "blog", "mastodon",
        ]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w));
        if !site {
            break;
        }
        t = head.trim_end();
    }
    match t.split_once(" - ") {
        Some((who, org))
            if names::is_person(who.trim(), true) && org.split_whitespace().count() <= 4 =>
        {
            format!("{}, {}", who.trim(), org.trim())
        }
        _ => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::time_alone;

    #[test]
    fn slots_before_titles() {
        use super::slot_then_title;
        assert_eq!(
            slot_then_title("09:00 -> 09:45 : l'intelligence artificienne n'existe pas "),
            Some("l'intelligence artificienne n'existe pas")
        );
        assert_eq!(
            slot_then_title("13:30 -> 17h Full stack Java, du dev à la prod :"),
            Some("Full stack Java, du dev à la prod")
        );
        assert_eq!(
            slot_then_title("15:40 - 16:25 : Et si on parlait de malware craftmanship ?"),
            Some("Et si on parlait de malware craftmanship ?")
        );
        assert_eq!(slot_then_title("17:50 -> 18h20"), None);
        assert_eq!(slot_then_title("Java 17: the release"), None);
        assert_eq!(slot_then_title("10:00 We went to lunch."), None);
    }

    #[test]
    fn times_alone_on_their_line() {
        for t in [
            "10:30a",
            "1:30p",
            "2:30pm",
            "4:00pm ",
            "10:00 AM",
            "14:00",
            "**9:15**",
            "10:00 - 10:40  ",
            "12:15 - 1:15",
        ] {
            assert!(time_alone(t), "{t}");
        }
        for t in ["10:30 Opening", "Java 17", "1:3", "12345:00", "at 10:30"] {
            assert!(!time_alone(t), "{t}");
        }
    }
}
