//! Talks named in running text: a recap written as prose, where each talk
//! is a bold quoted title inside a paragraph (`The first session I attended
//! was **“Sketchnoting”** ...`, `**"The Authentic Developer"** by Anastasia
//! Lopez`), or in Chinese between the marks of a work's title (`这场的主题是
//! 《Build Your Own (Simple) Static Code Analyzer》`, not a book: `《…》一书`).
//! Bold and quotes together are how such authors mark a title;
//! either alone is emphasis or a quotation, unless people follow the bold
//! after `by` inside a sentence (`the first talk was **The Scheduler Saga**
//! by [Kavya Joshi](…)`), or inside it (`**A Flight Over the Cloud Native
//! Landscape by Carson Anderson, Weave**`, `**SIG CLI Intro - Phillip
//! Wittrock, Maciej Szulik**`). A part of a file names talks this way only
//! if it names at least two or one with its people (one bold quote is as
//! likely a slogan), and only
//! parts that are not a session's notes are read.
//!
//! Each title becomes a session whose notes are its paragraph and the
//! paragraphs after it, up to the next paragraph naming a talk. Lists
//! told in sentences after a line that speaks of talks are read in
//! [`super::prose_lists`]; talks named by links in the text, in
//! [`super::prose_links`].

use std::ops::Range;

use super::catalog::Entry;
use super::file::FileParser;
use super::markers;
use super::prose_italics::{italic_titles_by, possessive_before};
use super::speakers::{self, SpeakerRef};
use super::util::find_str;

/// Bold quoted titles: the opening and the closing marks; and the Chinese
/// marks of a work's title (`《Data Warehouses Meet Data Lakes》`), which
/// name a title by themselves.
const MARKS: &[(&str, &str)] = &[
    ("**“", "”**"),
    ("**\"", "\"**"),
    ("__“", "”__"),
    ("《", "》"),
];

impl FileParser<'_> {
    /// The talks named as bold quoted titles in the paragraphs of
    /// `range` (none unless there are two or more, or one with its people).
    pub(super) fn prose_entries(&self, range: Range<usize>) -> Vec<Entry> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        if !MARKS.iter().any(|(open, _)| find_str(text, open).is_some())
            && find_str(text, "** by ").is_none()
            && find_str(text, "** given by ").is_none()
            && find_str(text, "s **").is_none()
            && find_str(text, "s talk **").is_none()
            && find_str(text, "s Talk **").is_none()
            && find_str(text, " talk *").is_none()
            && !((find_str(text, "**").is_some()
                || find_str(text, "<strong>").is_some()
                || find_str(text, "* ").is_some()
                || find_str(text, "_ ").is_some())
                && find_str(text, " by ").is_some())
        {
            return self.quoted_items(range);
        }
        // Paragraphs of running text: (start, end) in `self.text`, with the
        // titles each names.
        let mut paragraphs: Vec<(Range<usize>, Vec<Named>)> = Vec::new();
        let mut fenced = false;
        let mut open: Option<usize> = None;
        let mut at = range.start;
        let mut close = |open: &mut Option<usize>, end: usize| {
            if let Some(start) = open.take() {
                let para = &self.text[start..end];
                // (`<strong>Title by Name</strong> - comment`: bold in HTML.)
                let titles = if find_str(para, "<strong>").is_some() {
                    titles_in(&para.replace("<strong>", "**").replace("</strong>", "**"))
                } else {
                    titles_in(para)
                };
                paragraphs.push((start..end, titles));
            }
        };
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let t = line.trim();
            if t.starts_with("```") || t.starts_with("~~~") {
                fenced = !fenced;
                close(&mut open, start);
                continue;
            }
            let is_item = markers::strip_list_marker(t).len() < t.len();
            let rule = t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '));
            let prose = !fenced
                && !t.is_empty()
                && !is_item
                && !rule
                && (!t.starts_with(['#', '|', '>', '<', '!', '{']) || t.starts_with("<strong>"));
            if prose {
                open.get_or_insert(start);
            } else {
                close(&mut open, start);
            }
        }
        close(&mut open, at);
        let named = paragraphs.iter().map(|(_, t)| t.len()).sum::<usize>();
        // One bold title with its people (`**Title by Name**`,
        // `**“Title”** by Name`) is a talk by itself.
        let with_people = paragraphs
            .iter()
            .any(|(_, t)| t.iter().any(|(_, s)| !s.is_empty()));
        if named < 2 && !with_people {
            return Vec::new();
        }
        let mut out: Vec<Entry> = Vec::new();
        // The notes of the last talk named: its paragraph and those after.
        let mut notes_of: Option<usize> = None;
        for (r, titles) in paragraphs {
            let para = self.text[r.clone()].trim();
            if titles.is_empty() {
                if let Some(i) = notes_of {
                    out[i].notes.push_str("\n\n");
                    out[i].notes.push_str(para);
                }
                continue;
            }
            for (title, speakers) in titles {
                out.push(Entry {
                    title,
                    speakers,
                    notes: para.to_string(),
                    range: r.clone(),
                    what: "title in the text",
                    ..Entry::default()
                });
            }
            notes_of = Some(out.len() - 1);
        }
        out
    }
}

/// A title named in the text and who gave it.
pub(super) type Named = (String, Vec<SpeakerRef>);

/// The bold quoted titles of a paragraph, each with the people named
/// right after it (`**“Title”** by Name`).
fn titles_in(para: &str) -> Vec<Named> {
    let mut out = Vec::new();
    for (open, close) in MARKS {
        let mut from = 0;
        while let Some(o) = find_str(&para[from..], open).map(|i| from + i) {
            let inner_start = o + open.len();
            let Some(c) = find_str(&para[inner_start..], close).map(|i| inner_start + i) else {
                break;
            };
            from = c + close.len();
            // `《Hands-On Data Analysis with Pandas》一书`: a book.
            if ["一书", "书", "这本书", "一書", "書"]
                .iter()
                .any(|b| para[from..].starts_with(b))
            {
                continue;
            }
            let title = markers::plain_inline(para[inner_start..c].trim());
            let words = title.split_whitespace().count();
            if title.contains('\n') || words == 0 || words > 20 {
                continue;
            }
            // `... by Name.`: the rest of the sentence after the title.
            let rest = &para[from..];
            let sentence = rest
                .find(". ")
                .or_else(|| rest.find('\n'))
                .map_or(rest, |e| &rest[..e]);
            let speakers = markers::strip_prefix_ci(sentence.trim_start(), "by ")
                .map(|names| {
                    let refs = speakers::parse_speakers(names.trim_end_matches('.'));
                    if speakers::plausible(&refs) {
                        refs
                    } else {
                        Vec::new()
                    }
                })
                .unwrap_or_default();
            out.push((o, title.trim().to_string(), speakers));
        }
    }
    // `the first talk was **The Scheduler Saga** by [Kavya Joshi](…), it
    // was phenomenal`: bold alone is a title when people follow it after
    // `by` (or `given by`).
    let mut from = 0;
    while let Some(o) = find_str(&para[from..], "**").map(|i| from + i) {
        let inner_start = o + 2;
        let Some(c) = find_str(&para[inner_start..], "**").map(|i| inner_start + i) else {
            break;
        };
        from = c + 2;
        let inner = &para[inner_start..c];
        // (Inside a sentence: a bold title that starts its line is read
        // as a talk's line by `paragraphs.rs`.)
        let line_before = &para[para[..o].rfind('\n').map_or(0, |k| k + 1)..o];
        let in_sentence = !super::util::trim_pictographs(line_before.trim())
            .trim()
            .is_empty()
            && line_before.trim_start().chars().any(char::is_alphanumeric);
        if inner.starts_with(['"', '“']) || inner.contains('\n') {
            continue;
        }
        // (A link inside the bold: only `Title by [Name](…)` is read.)
        if inner.contains('[') {
            if let Some(named) = bold_title_by(inner) {
                out.push((o, named.0, named.1));
            }
            continue;
        }
        // `I enjoyed **A Flight Over the Cloud Native Landscape by Carson
        // Anderson, Weave**`: the title and its people in one bold span.
        if let Some(named) = bold_title_by(inner) {
            out.push((o, named.0, named.1));
            continue;
        }
        let words = inner.split_whitespace().count();
        // `Melissa Perri's **The Build Trap**`, `Frank Wang's talk
        // **Building Cryptographically Secure…**`: whose talk it was.
        // (In a sentence about a talk: not `We watched Christopher
        // Nolan's **Oppenheimer**`.)
        let about_talk = super::notes_evidence::talk_words(line_before);
        if about_talk
            && let Some(name) = possessive_before(line_before)
            && (1..=20).contains(&words)
        {
            let refs = speakers::parse_speakers(name);
            if speakers::plausible(&refs) {
                out.push((o, markers::plain_inline(inner).trim().to_string(), refs));
                continue;
            }
        }
        let rest = para[from..].trim_start();
        // (`**I'm in IoT**: [Vadim Makeev](…) controlled lamps`: a colon
        // and a person's link at the start of a line about the talk.)
        let colon = (!in_sentence && rest.starts_with(": ["))
            .then(|| &rest[2..])
            .filter(|r| r.find("](").is_some_and(|k| k < 60));
        let Some(names) = markers::strip_prefix_ci(rest, "by ")
            .or_else(|| markers::strip_prefix_ci(rest, "given by "))
            .or(colon)
        else {
            continue;
        };
        let names = markers::plain_inline(names);
        let line = names.lines().next().unwrap_or("");
        let who = super::util::names_up_to(line, " from ");
        // (A bold title that starts its line is a talk's line, read by
        // `paragraphs.rs`, unless a sentence about it goes on after the
        // names: `**Title** by [Name](…) was about …`.)
        if !in_sentence && !super::util::sentence_goes_on(&line[who.len()..]) {
            continue;
        }
        let refs = speakers::parse_speakers(who.trim());
        if speakers::plausible(&refs) && (1..=20).contains(&words) {
            out.push((o, markers::plain_inline(inner).trim().to_string(), refs));
        }
    }
    italic_titles_by(para, &mut out);
    crate::order::sort_by(&mut out, &|a, b| a.0.cmp(&b.0));
    out.into_iter().map(|(_, t, s)| (t, s)).collect()
}

/// A bold span that holds a title and who gave it (`Migration 101: From
/// VMs to Kubernetes by Luke Kysow and Iryna Shustava`): the last ` by `
/// splits them, and what follows must read as people (`Name, Org` is one
/// speaker at Org).
fn bold_title_by(inner: &str) -> Option<Named> {
    let inner = markers::plain_inline(inner);
    let (k, sep) = [" by ", " - ", " – "]
        .iter()
        .find_map(|sep| inner.rfind(sep).map(|k| (k, sep.len())))?;
    let title = inner[..k]
        .trim()
        .trim_end_matches([',', ':', '-', '–'])
        .trim();
    let names = inner[k + sep..].trim().trim_end_matches(['.', ',']);
    let words = title.split_whitespace().count();
    if !(2..=20).contains(&words) || names.split_whitespace().count() > 12 {
        return None;
    }
    let refs = speakers::parse_speakers(names);
    (speakers::plausible(&refs) && !refs.is_empty()).then(|| (title.to_string(), refs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_quoted_titles_and_who_gave_them() {
        let t = titles_in(
            "I also attended **“Accessibility Android”** session, then **\"The Authentic Developer\"** by Anastasia Lopez. Soft skills.",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, "Accessibility Android");
        assert!(t[0].1.is_empty());
        assert_eq!(t[1].0, "The Authentic Developer");
        assert_eq!(speakers::shown(&t[1].1), "Anastasia Lopez");
        // Bold alone, or quotes alone, is not a title.
        assert!(titles_in("the **droidcon developer community** and “a quote”").is_empty());
    }

    #[test]
    fn a_bold_title_with_its_speakers_inside() {
        let t = titles_in(
            "The first talk was **A Flight Over the Cloud Native Landscape by Carson Anderson, Weave**. Then **Migration 101: From VMs to Kubernetes by Luke Kysow and Iryna Shustava** and a **Graduated Project Lightning Talk**.",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, "A Flight Over the Cloud Native Landscape");
        assert_eq!(speakers::shown(&t[0].1), "Carson Anderson @ Weave");
        assert_eq!(t[1].0, "Migration 101: From VMs to Kubernetes");
        assert_eq!(speakers::shown(&t[1].1), "Luke Kysow | Iryna Shustava");
        let t = titles_in(
            "Finally **SIG CLI Intro and Updates - Phillip Wittrock, Maciej Szulik, Sean Sullivan, & Eddie Zaneski** gave an update.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, "SIG CLI Intro and Updates");
        assert_eq!(t[0].1.len(), 4);
        // A phrase with `by` that names no one is not a talk.
        assert!(titles_in("It was **driven by the community** and **built by hand**.").is_empty());
    }
}
