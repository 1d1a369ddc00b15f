//! Who leads a list item, for [`super::catalog_list_item`]: the links at
//! the end of an item that only say what they are (its slides, its
//! recording), a person's link before a dash and the title
//! (`[Iris Hunkeler](linkedin) - Title`), a person and an italic title
//! (`[Kyran Dale](homepage) - *Title*`), and whether words name people
//! (`Matt Cloke and Narendra Tumkur`).

use super::catalog_item::without_urls;
use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::names;
use super::orgs_and_jobs;

impl FileParser<'_> {
    /// Whether the text in `rest` (what follows a linked title's line, up
    /// to the end of the item's paragraph) goes on with words: the
    /// author's comment wrapped onto the next lines (`[Title](…): I'm
    /// really` / `excited about…`), not the talk's materials (`([video](…)`)
    /// nor its speaker line (`by Jane Doe`).
    pub(super) fn comment_goes_on(&self, rest: std::ops::Range<usize>) -> bool {
        self.text.get(rest).is_some_and(|r| {
            let next = r.trim_start();
            next.starts_with(char::is_alphabetic)
                && markers::strip_by(next).is_none()
                && super::speaker_lines::speaker_line(
                    next.lines().next().unwrap_or(""),
                    super::speaker_lines::Position::First,
                )
                .is_none()
        })
    }

    /// `Title (Name): [Slides](…), [Video](…)`: `first` up to the links at
    /// its end that only say what they are (slides, a recording), and the
    /// separator before them; all of `first` when it has no such tail.
    pub(super) fn before_link_tail<'t>(
        &self,
        first: &'t str,
        links: &[&super::scan_records::LinkRef<'_>],
    ) -> &'t str {
        let labelled = |l: &&&super::scan_records::LinkRef<'_>| {
            !l.image
                && (link_labels::is_recording_label(&l.text)
                    || link_labels::label_of_text(&l.text).is_some()
                    || link_labels::is_mark_label(&l.text))
        };
        let Some(at) = links
            .iter()
            .filter(labelled)
            .filter_map(|l| first.find(self.text.get(l.range.clone())?))
            .min()
        else {
            return first;
        };
        let mut tail = first[at..].to_string();
        for l in links {
            if let Some(src) = self.text.get(l.range.clone()) {
                tail = tail.replace(src, "");
            }
        }
        // (`Title [slides](…) (CloudConf, April 2018)`: where and when the
        // talk was given, after its materials.)
        // (Not `(Jane Doe, 2019)`: who gave it, read from the line.)
        if let Some(open) = tail.rfind(" (")
            && tail.trim_end().ends_with(')')
            && super::util::names_a_year(&tail[open..])
            && !super::catalog_item::names_a_person(
                tail[open..]
                    .trim()
                    .trim_start_matches('(')
                    .split(',')
                    .next()
                    .unwrap_or(""),
            )
        {
            tail.truncate(open);
        }
        // (`[slides](…) and [docker](…)`: `and` between them too.)
        let only_separators = tail
            .split_whitespace()
            .filter(|w| *w != "and")
            .flat_map(str::chars)
            .all(|c| matches!(c, ',' | '|' | '/' | '-' | '–' | '·' | '&'));
        let head = first[..at]
            .trim_end()
            .trim_end_matches([':', '-', '–', '|', ','])
            .trim_end();
        if only_separators && !head.is_empty() {
            head
        } else {
            first
        }
    }

    /// `[Iris Hunkeler](https://www.linkedin.com/in/…) - Title`: an item
    /// led by a link to a person's profile, whose text is a name, then a
    /// dash or a colon and a title of two words or more: the person and
    /// the title (all of the rest, dashes and all).
    pub(super) fn profile_led(
        &self,
        first: &str,
        links: &[&super::scan_records::LinkRef<'_>],
    ) -> Option<(String, String)> {
        let l = links.iter().find(|l| !l.image)?;
        let src = self.text.get(l.range.clone())?;
        let rest = first.strip_prefix(src)?;
        let rest = rest
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| rest.trim_start().strip_prefix("– "))
            .or_else(|| rest.trim_start().strip_prefix("— "))
            .or_else(|| rest.strip_prefix(": "))?;
        let who = markers::plain_inline(&l.text).trim().to_string();
        // (`… - Title ([video](…), [slides](…))`: the talk's materials
        // after the title are none of its words.)
        let mut rest = rest.to_string();
        for m in links.iter().filter(|m| {
            link_labels::label_of_text(&m.text).is_some()
                || link_labels::is_recording_label(&m.text)
        }) {
            if let Some(src) = self.text.get(m.range.clone()) {
                rest = rest.replace(src, "");
            }
        }
        // (What is left of `([video](…), [slides](…))`: its brackets and
        // commas; a title's own `(…)` or link stays.)
        let mut rest = rest.trim();
        loop {
            let t = rest.trim_end_matches([' ', ',', '|', '-', '–', '(']);
            let t = match t.strip_suffix(')') {
                Some(x) if t.matches('(').count() < t.matches(')').count() => x,
                // (`( , )`: a parenthesis emptied of its links.)
                Some(x) => match x.rfind('(') {
                    Some(k) if x[k + 1..].chars().all(|c| c.is_whitespace() || c == ',') => &x[..k],
                    _ => t,
                },
                None => t,
            };
            if t.len() == rest.len() {
                break;
            }
            rest = t;
        }
        // (`Title (video - tbd,` and the slides' link gone: a note left
        // open at the end is none of the title.)
        if let Some(k) = rest.rfind(" (")
            && !rest[k..].contains(')')
        {
            rest = rest[..k].trim_end();
        }
        let title = without_urls(&markers::plain_inline(rest));
        let title = super::title_ends::strip_materials_paren(title.trim())
            .trim()
            .to_string();
        // (A homepage, `[Ben Lippmeier](http://benl.ouroborus.net/)`, or
        // any page, for a name of a known shape.)
        let homepage = || names::is_person(&who, false);
        // (Not `- [Tom Becker](…) - Senior Backend Developer`, a role,
        // nor `- [Anna Keller](…) - send her our slides`, a to-do.)
        ((names::is_profile_url(&l.dest) || names::is_page_of(&who, &l.dest) || homepage())
            && names::is_person(&who, true)
            && title.split_whitespace().count() >= 2
            && title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !orgs_and_jobs::is_job_title(&title)
            && !orgs_and_jobs::is_role(&title)
            && !orgs_and_jobs::is_org(&title)
            // (The title's own link is read elsewhere: `[Name](…) -
            // [Title](…)`.)
            && !rest.starts_with('[')
            && !rest.starts_with("*[")
            && !rest.starts_with("_["))
        .then_some((who, title))
    }

    /// `[Kyran Dale](homepage) - *Getting your Python data onto a
    /// Browser*`, `Sam Colvin - [*Julia by Example*](slides)`: a person
    /// (a link's text or plain words), a dash, then the title in italics,
    /// with at most its materials after it (`([slides](…))`): the person
    /// and the title. The italics make it a title, so a name of unknown
    /// shape is taken (two to four capitalised words). Also `Alex
    /// Martelli: **Python Design Patterns** (Google Developers Day US)`:
    /// a colon, the title in bold, and the event in parentheses after it.
    pub(super) fn person_then_emphasized(
        &self,
        first: &str,
        links: &[&super::scan_records::LinkRef<'_>],
    ) -> Option<(String, String)> {
        let (who, rest) = match links.iter().find(|l| !l.image) {
            Some(l)
                if self
                    .text
                    .get(l.range.clone())
                    .is_some_and(|src| first.starts_with(src)) =>
            {
                let src = self.text.get(l.range.clone())?;
                (
                    markers::plain_inline(&l.text).to_string(),
                    &first[src.len()..],
                )
            }
            _ => {
                let k = [" - ", " – ", ": "]
                    .iter()
                    .filter_map(|sep| first.find(sep))
                    .min()?;
                (first[..k].to_string(), &first[k..])
            }
        };
        let rest = rest.trim_start();
        // (`[Ian Huston](…) (Pivotal Labs Host) - *Title*`: where the
        // person works, in parentheses.)
        let (org, rest) = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
            Some((org, r)) if !org.contains(['(', '[']) => (Some(org.trim()), r.trim_start()),
            _ => (None, rest),
        };
        let colon = rest.starts_with(": ");
        let rest = rest
            .strip_prefix("- ")
            .or_else(|| rest.strip_prefix("– "))
            .or_else(|| rest.strip_prefix(": "))?
            .trim_start();
        // The italics, maybe inside the title's link; after a colon, only
        // bold (`Name: *Title*` is as often a note's emphasis).
        let inner = rest.strip_prefix('[').unwrap_or(rest);
        let mark = inner.chars().next().filter(|c| matches!(c, '*' | '_'))?;
        let doubled = inner[1..].starts_with(mark);
        // (Italics after a dash, bold after a colon; never bold italics.)
        if doubled != colon || inner[1..].starts_with(&format!("{mark}{mark}")) {
            return None;
        }
        let width = if doubled { 2 } else { 1 };
        let body = &inner[width..];
        // (The closing mark: one not doubled, after the title's words,
        // outside any link inside it.)
        let mut depth = 0i32;
        let mut end = None;
        for (k, c) in body.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ if c == mark
                    && depth <= 0
                    && k > 0
                    && (!doubled || body[k + 1..].starts_with(mark)) =>
                {
                    end = Some(k);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let title = markers::plain_inline(&body[..end]).trim().to_string();
        let after = &body[end + width..];
        // What follows: the link's target when the title is a link, then
        // only materials (`([slides](…), [demo](…))`) or nothing.
        let after = if rest.starts_with('[') {
            let a = after.strip_prefix(']')?;
            let close = a.strip_prefix('(')?.find(')')?;
            &a[close + 2..]
        } else {
            after
        };
        let mut tail = after.to_string();
        for l in links {
            if let Some(src) = self.text.get(l.range.clone()) {
                tail = tail.replace(src, "");
            }
        }
        let only_materials = tail.chars().all(|c| {
            c.is_whitespace() || matches!(c, ',' | '(' | ')' | '|' | '/' | '-' | '–' | '&')
        })
            // (After a bold title, one parenthesis: the event, `(PyCon US)`.)
            || (doubled
                && tail.trim().strip_prefix('(').and_then(|t| t.strip_suffix(')')).is_some_and(
                    |event| !event.is_empty() && !event.contains(['(', ')', '[', ']']),
                ));
        let who = who.trim().to_string();
        // (After a colon, a name of a known shape: not `Bug Fix: **Retry
        // on reset**`, `Opening Keynote: **Title** (Main Hall)`.)
        if !(only_materials
            && title.split_whitespace().count() >= 2
            && (2..=4).contains(&who.split_whitespace().count())
            && names::is_person(&who, !colon)
            && !orgs_and_jobs::is_org(&who))
        {
            return None;
        }
        Some(match org {
            Some(org) if !org.is_empty() => (format!("{who} ({org})"), title),
            _ => (who, title),
        })
    }
}

/// Whether `who` names one to three people (`Matt Cloke and Narendra
/// Tumkur`), each two to four words shaped as a name (`lenient`: any
/// capitalised words, when other evidence backs them), none a company.
pub(super) fn people_named(who: &str, lenient: bool) -> bool {
    let people: Vec<&str> = who
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .collect();
    people.len() <= 3
        && people.iter().all(|p| {
            (2..=4).contains(&p.split_whitespace().count())
                && names::is_person(p, lenient)
                && !orgs_and_jobs::is_org(p)
        })
}

/// `WJUG 316 [03.09] _Trochę więcej o testach_ [🔗](…) [📽️](…)`: an
/// event and its date in brackets, then the talk's title in italics and
/// nothing but its links after it (a speaker's list of their talks). The
/// title.
pub(super) fn event_then_emphasized(first: &str) -> Option<String> {
    let t = first.trim_start_matches('>').trim_start();
    let open = t.find(" _").or_else(|| t.find(" *"))? + 1;
    let lead = t[..open].trim_end();
    let lead = lead.trim_end_matches([':', '-', '–']).trim_end();
    let date = lead.strip_suffix(']').and_then(|l| l.rsplit_once('['))?.1;
    let dated = !date.is_empty()
        && date.len() <= 12
        && date.chars().any(|c| c.is_ascii_digit())
        && date
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/'));
    if !dated || lead.split_whitespace().count() > 8 {
        return None;
    }
    let mark = t[open..].chars().next()?;
    let body = &t[open + 1..];
    if body.starts_with(mark) {
        return None;
    }
    let close = body.find(mark)?;
    let title = body[..close].trim();
    let after = body[close + 1..].trim_start();
    (!title.is_empty() && (after.is_empty() || after.starts_with('['))).then(|| title.to_string())
}
