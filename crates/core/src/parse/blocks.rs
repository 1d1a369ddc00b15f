//! The blocks of a part of a file's text, read line by line: paragraphs
//! and lists with their byte ranges (a list goes on past a blank line
//! before an item or an indented line, and over lazy continuation lines),
//! and all else (headings, quotes, code, tables, rules, HTML) as `Other`.
//! Used by [`super::paragraphs`] and [`super::notes_links`].

use std::ops::Range;

use super::file::FileParser;
use super::markers;

/// A block of the text: a paragraph or a list, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Block {
    Paragraph(Range<usize>),
    List(Range<usize>),
    Other,
}

impl FileParser<'_> {
    /// The paragraphs and lists of `range`, in order (headings, quotes,
    /// code, tables, rules and HTML are `Other`).
    pub(super) fn blocks(&self, range: Range<usize>) -> Vec<Block> {
        let Some(text) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        let mut out: Vec<Block> = Vec::new();
        let mut fenced = false;
        let mut at = range.start;
        // The block being read: its kind (list or not) and start.
        let mut open: Option<(bool, usize)> = None;
        let close = |open: &mut Option<(bool, usize)>, end: usize, out: &mut Vec<Block>| {
            if let Some((list, start)) = open.take() {
                out.push(if list {
                    Block::List(start..end)
                } else {
                    Block::Paragraph(start..end)
                });
            }
        };
        // Whether the line before was blank (a line right after a list
        // item continues it: CommonMark's lazy continuation).
        let mut after_blank = true;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let t = line.trim();
            let lazy = !after_blank;
            after_blank = t.is_empty();
            if t.starts_with("```") || t.starts_with("~~~") {
                fenced = !fenced;
                close(&mut open, start, &mut out);
                out.push(Block::Other);
                continue;
            }
            if fenced {
                continue;
            }
            if t.is_empty() {
                // A blank line ends a paragraph; a list goes on past it
                // when its next line is an item or indented.
                if open.is_some_and(|(list, _)| !list) {
                    close(&mut open, start, &mut out);
                }
                continue;
            }
            let is_item = markers::strip_any_list_marker(t).len() < t.len();
            let indented = line.starts_with([' ', '\t']);
            let rule = t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '));
            let other = rule || t.starts_with(['#', '|', '>', '<', '{']);
            match open {
                Some((true, _)) if is_item || indented || (lazy && !other) => {}
                Some((false, _)) if !is_item && !other => {}
                _ => {
                    close(&mut open, start, &mut out);
                    if other {
                        out.push(Block::Other);
                    } else {
                        open = Some((is_item, start));
                    }
                }
            }
        }
        close(&mut open, at, &mut out);
        out
    }
}
