//! Rows of a table written without the header and delimiter rows that
//! CommonMark tables need: kramdown's tables (`|---|` and `| ===`
//! separator lines between `| 8:42 – 8:54 | * | Name | Title |` rows) and
//! pipe rows pasted under a schedule (`|10:15 - 11:00 | Title | [Name](…)
//! |`). pulldown-cmark reads them as a paragraph; the scan records them as
//! a table with an empty header, and the table reader infers its columns
//! from what they hold, as it does for HTML tables.

use std::ops::Range;

use super::embeds;
use super::markers;
use super::scan_records::{Cell, Row, Table};

/// The table in the paragraph at `range` of `text` when every line of it
/// is a row (`|` first) and two or more are rows of two cells or more;
/// separator lines (`|---|`, `| ===`) are passed over.
pub(super) fn pipe_table(text: &str, range: Range<usize>) -> Option<Table> {
    let para = text.get(range.clone())?;
    if !para.starts_with('|') {
        return None;
    }
    let mut rows = Vec::new();
    let mut width = 0;
    let mut at = range.start;
    for line in para.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim_end();
        let lead = t.len() - t.trim_start().len();
        if !t.trim_start().starts_with('|') {
            return None;
        }
        if t.chars()
            .all(|c| matches!(c, '|' | '-' | '=' | ':' | '+' | ' ' | '\t'))
        {
            continue;
        }
        let cells = cells_of(t, start + lead);
        if cells.len() < 2 {
            return None;
        }
        width = width.max(cells.len());
        rows.push(Row {
            range: start..start + t.len(),
            cells,
        });
    }
    (rows.len() >= 2).then(|| Table {
        range,
        header: vec![String::new(); width],
        rows,
        pasted: true,
    })
}

/// The cells of a row written from `offset`: split at each `|` not
/// escaped nor in code, the outer ones dropped.
fn cells_of(row: &str, offset: usize) -> Vec<Cell> {
    let row_trim = row.trim_start();
    let body_start = offset + 1;
    let body = row_trim.get(1..).unwrap_or("");
    let body = body.strip_suffix('|').unwrap_or(body);
    let mut cells = Vec::new();
    let mut from = 0;
    let mut code = false;
    let mut escaped = false;
    let push = |a: usize, b: usize, cells: &mut Vec<Cell>| {
        let raw = body.get(a..b).unwrap_or("");
        let lead = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        cells.push(Cell {
            range: body_start + a + lead..body_start + a + lead + t.len(),
            text: cell_text(t),
        });
    };
    for (i, c) in body.char_indices() {
        match c {
            '\\' if !escaped => {
                escaped = true;
                continue;
            }
            '`' if !escaped => code = !code,
            '|' if !escaped && !code => {
                push(from, i, &mut cells);
                from = i + 1;
            }
            _ => {}
        }
        escaped = false;
    }
    push(from, body.len(), &mut cells);
    cells
}

/// A cell's plain text as a table cell's: `<br>` a line break, styling
/// tags (`CFT<sub>d</sub>`) dropped, markup as its text; tabs between a
/// slot's times (`8:00\t–\t8:30`) spaces.
fn cell_text(src: &str) -> String {
    let mut s = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(open) = rest.find('<') {
        s.push_str(&rest[..open]);
        let after = &rest[open..];
        match after.find('>') {
            Some(close) if embeds::is_br(&after[..=close]) => s.push('\n'),
            Some(close) if embeds::is_styling_tag(&after[..=close]) => {}
            Some(close) => s.push_str(&after[..=close]),
            None => {
                s.push_str(after);
                rest = "";
                break;
            }
        }
        rest = &after[after.find('>').map_or(after.len(), |c| c + 1)..];
    }
    s.push_str(rest);
    markers::plain_inline(&s)
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kramdown_rows_are_a_table_and_separators_no_rows() {
        let text = "|---|\n| 8:42 | * | Nico Salzetta | Spacetime |\n| ===\n| 8:54 | | Aron Wall | The `a|b` Meaning |\n";
        let t = pipe_table(text, 0..text.len()).expect("a table");
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.header.len(), 4);
        let texts: Vec<&str> = t.rows[1].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["8:54", "", "Aron Wall", "The a|b Meaning"]);
        let c = &t.rows[0].cells[2];
        assert_eq!(&text[c.range.clone()], "Nico Salzetta");
        assert_eq!(
            cell_text("Operators in CFT<sub>d</sub>"),
            "Operators in CFTd"
        );
        assert_eq!(
            cell_text("Ada Lovelace<br>**Analytical**"),
            "Ada Lovelace\nAnalytical"
        );
    }

    #[test]
    fn a_paragraph_with_a_line_of_prose_is_no_table() {
        let text = "| a | b |\nthen prose\n| c | d |\n";
        assert!(pipe_table(text, 0..text.len()).is_none());
        let one = "| a | b |\n";
        assert!(pipe_table(one, 0..one.len()).is_none());
    }
}
