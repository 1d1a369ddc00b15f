//! Tables that open a heading's part, for [`super::catalog_tables`] and
//! the heading's evidence: the one-row table that gives a talk's speaker
//! under its heading (`| Language | Speaker | Session Type |`), and a
//! table of talks (`Name | Title`) whose rows are no speaker lines; and
//! the reading of a speaker column's cells (`Ana y Luis`, side-by-side
//! links, asides in parentheses).

use std::ops::Range;

use super::file::FileParser;
use super::scan_records::Table;
use super::speakers::SpeakerRef;
use super::table_headers::{header_words, is_speaker_header, is_title_header};

impl FileParser<'_> {
    /// The table that opens `range` (nothing but blank lines before it).
    fn table_first_in(&self, range: &Range<usize>) -> Option<&Table> {
        let body = self.text.get(range.clone())?;
        let first = range.start + (body.len() - body.trim_start().len());
        // (Tables are in file order.)
        let at = self.scan.tables.partition_point(|t| t.range.start < first);
        self.scan.tables.get(at).filter(|t| t.range.start == first)
    }

    /// Whether `range` opens with a table of talks (after two lines at
    /// most, `11:00 - 12:30`): two rows or more under a header that names
    /// a title column (`Name | Title`).
    pub(super) fn talk_table_first_in(&self, range: &Range<usize>) -> bool {
        let at = self
            .scan
            .tables
            .partition_point(|t| t.range.start < range.start);
        self.scan.tables.get(at).is_some_and(|t| {
            t.range.start < range.end
                && t.rows.len() >= 2
                && t.header.iter().any(|h| is_title_header(&header_words(h)))
                && self.text.get(range.start..t.range.start).is_some_and(|b| {
                    let mut lines = b.lines().filter(|l| !l.trim().is_empty());
                    // (Not after the talk's own `Speaker:` line.)
                    lines.clone().count() <= 2
                        && !lines.any(|l| {
                            super::speaker_lines::speaker_line(
                                l,
                                super::speaker_lines::Position::First,
                            )
                            .is_some()
                        })
                })
        })
    }

    /// The speakers in a table of one row that opens a session's notes and
    /// has a speaker column but no title column (`| Language | Speaker |
    /// Session Type |` over `| Japanese | @yagi5（株式会社メルカリ） |
    /// Sponsor Session |`): the table describes the talk of the heading.
    pub(super) fn speaker_table_at(&self, range: &Range<usize>) -> Option<Vec<SpeakerRef>> {
        let t = self.table_first_in(range)?;
        let [row] = t.rows.as_slice() else {
            return None;
        };
        let words: Vec<Vec<String>> = t.header.iter().map(|h| header_words(h)).collect();
        if words.iter().any(|w| is_title_header(w)) {
            return None;
        }
        // (A speaker's column, not `Host`, `Who` or `By`: a meetup's host,
        // a task's owner.)
        let col = words.iter().position(|w| {
            w.iter()
                .any(|x| is_speaker_header(x) && !matches!(x.as_str(), "host" | "who" | "by"))
        })?;
        // (The column says they are people: a handle alone is one too, and
        // a full-width parenthesis holds the organisation.)
        let cell = row
            .cells
            .get(col)?
            .text
            .trim()
            .replace('（', " (")
            .replace('）', ")");
        // (`@creasty, @izumin5210`: handles in a list are two people.)
        let refs = if cell.split(',').all(|p| p.trim_start().starts_with('@')) {
            super::speakers::parse_speakers_plural(&cell)
        } else {
            super::speakers::parse_speakers(&cell)
        };
        let nick = |r: &SpeakerRef| {
            r.handle
                || (2..=30).contains(&r.name.len())
                    && r.name
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        };
        (!refs.is_empty() && refs.iter().all(nick) || super::speakers::plausible(&refs))
            .then_some(refs)
    }
}

/// `Carla e Joenio`, `Ana y Luis`, `Jan und Eva`: in a column of
/// speakers, `and` in the language of the notes, between capitalised
/// words, read as `and`.
pub(super) fn and_in_other_languages(s: &str) -> String {
    let words: Vec<&str> = s.split(' ').collect();
    let mut out = String::with_capacity(s.len());
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let between_names = i > 0
            && words[i - 1].starts_with(char::is_uppercase)
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if between_names && super::speakers::AND_WORDS.contains(w) {
            out.push_str("and");
        } else {
            out.push_str(w);
        }
    }
    out
}

/// The texts of a cell that is two links or more side by side with only
/// spaces between them (`[A](…)  [B](…)`), joined by commas, without the
/// links to someone's profiles (`[Jane Doe](…) [Twitter](…)`: Jane Doe).
pub(super) fn side_by_side_links(cell: &str) -> Option<String> {
    let mut rest = cell.trim().trim_matches('|').trim();
    let mut texts = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let (text, after) = inner.split_once("](")?;
        let (_, after) = after.split_once(')')?;
        if text.contains(['[', ']']) || text.trim().is_empty() {
            return None;
        }
        // (A profile's link beside the name, `[Twitter](…)`, `[🐦](…)`:
        // no person.)
        let text = text.trim();
        let social = text.chars().all(|c| !c.is_alphanumeric())
            || super::link_labels::label_of_text(text).is_some()
            || text.eq_ignore_ascii_case("x")
            || super::speaker_lines::PROFILE_WORDS
                .iter()
                .any(|w| text.eq_ignore_ascii_case(w));
        if !social {
            texts.push(text);
        }
        rest = after.trim_start();
    }
    // (Two links or more in the cell, the profiles' aside.)
    (!texts.is_empty() && cell.matches("](").count() >= 2).then(|| texts.join(", "))
}

/// `Closures in Rust (Slides) by Shulhi` without what is in parentheses:
/// `Closures in Rust by Shulhi`.
pub(super) fn without_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for ch in s.chars() {
        match ch {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
