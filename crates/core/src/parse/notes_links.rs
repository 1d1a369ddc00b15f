//! Talks whose notes are files of their own: list items or paragraphs
//! that are each only a link to a Markdown file beside the notes (`-
//! [Docker from Scratch](workshops/docker.md)`, numbered or bold too), and
//! the bare titles among them (talks whose notes were not written).

use std::ops::Range;

use super::blocks::Block;
use super::catalog::Entry;
use super::file::FileParser;
use super::headings;
use super::markers;
use super::speaker_lines::{self, Position};

impl FileParser<'_> {
    /// Talks whose notes are files of their own: in a part that holds
    /// talks, two or more list items or paragraphs that are each only a
    /// link to a Markdown file beside this one (`- [Docker from
    /// Scratch](workshops/docker.md)`, `**[Adam Jacob - Chef - The
    /// Evolution of Automation](talks/habitat.md)**`). Link text on two
    /// lines is the speaker line, then the title (`[Daniël van Gils
    /// (Cloud66)` / `How the hell do I run my microservices …](…)`).
    pub(super) fn notes_link_entries(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        // List items that are only a title, and how many are neither.
        let mut bare: Vec<Entry> = Vec::new();
        let mut others = 0usize;
        for b in self.blocks(range) {
            let pieces: Vec<(Range<usize>, &str)> = match &b {
                Block::Paragraph(r) => vec![(r.clone(), &self.text[r.clone()])],
                Block::List(r) => {
                    // Each item: a line starting with a list marker, with
                    // its continuation lines.
                    let text = &self.text[r.clone()];
                    let mut items: Vec<(Range<usize>, &str)> = Vec::new();
                    let mut at = r.start;
                    for line in text.split_inclusive('\n') {
                        let t = line.trim();
                        if markers::strip_any_list_marker(t).len() < t.len() || items.is_empty() {
                            items.push((at..at + line.len(), &self.text[at..at + line.len()]));
                        } else if let Some(last) = items.last_mut() {
                            last.0.end = at + line.len();
                            last.1 = &self.text[last.0.clone()];
                        }
                        at += line.len();
                    }
                    items
                }
                Block::Other => Vec::new(),
            };
            for (r, piece) in pieces {
                let t = markers::strip_any_list_marker(piece.trim()).trim();
                if let Some((text, _)) = notes_file_link(t) {
                    let lines: Vec<&str> = text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .collect();
                    let (title, speakers) = match lines.as_slice() {
                        [who, title] => match speaker_lines::speaker_line(who, Position::First) {
                            Some(refs) => ((*title).to_string(), refs),
                            None => (format!("{who} {title}"), Vec::new()),
                        },
                        _ => {
                            let mut parts = headings::parts(&lines.join(" "));
                            let refs = parts.speaker_refs();
                            (parts.title, refs)
                        }
                    };
                    if !title.trim().is_empty() {
                        out.push(Entry {
                            title: markers::plain_inline(title.trim()).to_string(),
                            speakers,
                            range: r,
                            what: "list item",
                            ..Entry::default()
                        });
                    }
                } else if let Block::List(_) = b {
                    // An item that is only a title (`- Overview of Privacy
                    // Changes in Android Q`) among items that link to
                    // their notes: a talk whose notes were not written.
                    match bare_title(t) {
                        Some(title) => bare.push(Entry {
                            title,
                            range: r,
                            what: "list item",
                            ..Entry::default()
                        }),
                        None => others += 1,
                    }
                }
            }
        }
        if out.len() < 2 {
            return Vec::new();
        }
        // (Only when every other item is such a title: not a list of
        // notes beside the links.)
        if others == 0 && bare.len() <= out.len() * 2 {
            out.extend(bare);
            crate::order::sort_by(&mut out, &|a, b| a.range.start.cmp(&b.range.start));
        }
        out
    }
}

/// A list item's text that is a title and nothing else: one line of two
/// to fifteen words, no link, not a sentence.
fn bare_title(t: &str) -> Option<String> {
    let t = t.trim();
    if t.contains(['\n', '[', ']']) || t.contains("://") {
        return None;
    }
    let t = markers::plain_inline(t);
    let t = t.trim();
    let words = t.split_whitespace().count();
    ((2..=15).contains(&words)
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !t.contains(';')
        && t.ends_with(|c: char| c.is_alphanumeric() || matches!(c, ')' | '!' | '?' | '"' | '”')))
    .then(|| t.to_string())
}

/// A piece that is only one link to a Markdown file beside the notes,
/// maybe in bold or struck through: the link's text and target.
fn notes_file_link(t: &str) -> Option<(&str, &str)> {
    // (`👍 🔝 [Scaling](./scaling.md)`: the author's marks before it.)
    let mut t = t
        .trim()
        .trim_start_matches(|c: char| super::util::is_pictograph(c) || c.is_whitespace());
    // (`[Title](notes.md) ([slides](slides/x.pdf))` / what the author
    // thought: the talk's materials after it, its notes on the lines
    // below.)
    if let Some((first, _)) = t.split_once('\n')
        && first.contains("](")
        && first.trim_end().ends_with(')')
    {
        t = first.trim_end();
    }
    t = without_materials(t);
    for wrap in ["**", "~~", "__", "*", "_"] {
        if let Some(inner) = t.strip_prefix(wrap).and_then(|x| x.strip_suffix(wrap)) {
            t = inner.trim();
        }
    }
    // `**1. [Title](./notes.md):** what the author thought`: a numbered
    // link in bold, then a comment.
    if let Some(inner) = t.strip_prefix("**")
        && let Some(end) = inner.find("**")
        && inner[..end].contains("](")
    {
        let head = inner[..end].trim().trim_end_matches(':').trim_end();
        let digits = head.bytes().take_while(u8::is_ascii_digit).count();
        t = match head[digits..].strip_prefix(". ") {
            Some(rest) if digits > 0 => rest.trim_start(),
            _ => head,
        };
    }
    let inner = t.strip_prefix('[')?;
    let close = inner.rfind("](")?;
    let (text, rest) = (&inner[..close], &inner[close + 2..]);
    let target = rest.strip_suffix(')')?;
    let path = target.split(['#', '?']).next().unwrap_or("");
    // A file of a repository on a forge (`https://github.com/o/r/blob/
    // main/talks/x.md`) is a notes file beside this one too.
    let forge = ["https://github.com/", "https://gitlab.com/"]
        .iter()
        .any(|f| path.starts_with(f))
        && path.contains("/blob/");
    let local = (forge || !path.contains("://") && !path.starts_with('/')) && !path.contains(' ');
    let markdown = {
        let lower = path.to_ascii_lowercase();
        lower.ends_with(".md") || lower.ends_with(".markdown")
    };
    (local && markdown && !text.trim().is_empty() && !text.contains("](")).then_some((text, target))
}

/// `t` without the talk's materials in parentheses at its end (`
/// ([slides](slides/x.pdf))`, `([slides](…), [video](…))`): links whose
/// texts are materials' labels, and separators.
fn without_materials(t: &str) -> &str {
    let Some(open) = t.rfind(" ([") else {
        return t;
    };
    let Some(inner) = t[open + 2..].strip_suffix(')') else {
        return t;
    };
    let mut rest = inner;
    let mut links = 0;
    while let Some(body) = rest
        .trim_start_matches([' ', ',', '|', '/', '·'])
        .strip_prefix('[')
    {
        let Some(close) = body.find("](") else {
            return t;
        };
        let label = &body[..close];
        let Some(end) = body[close + 2..].find(')') else {
            return t;
        };
        if super::link_labels::label_of_text(label).is_none() {
            return t;
        }
        links += 1;
        rest = &body[close + 2 + end + 1..];
    }
    if links > 0 && rest.trim_matches([' ', ',', '|', '/', '·']).is_empty() {
        t[..open].trim_end()
    } else {
        t
    }
}
