//! HTML tables in a Markdown file (`<table>` / `<tr>` / `<td>`, a
//! spreadsheet pasted into a blog post) written as Markdown tables before
//! the file is read, so that the table reader sees their rows, and the
//! reader sees a table instead of raw HTML shown as text. For
//! [`super::html_body`].
//!
//! The header row is the first row when it is all `<th>` cells; else the
//! Markdown table gets an empty header, and the table reader infers its
//! columns from what they hold.

/// The Markdown of the table in `html` (from its `<table` to its
/// `</table>`): a line per row, `None` unless it has two rows or more of
/// two cells or more. Cells keep their links, bold and italics; other tags
/// go; a `|` in a cell is escaped.
pub(super) fn markdown_table(html: &str, inline: impl Fn(&str) -> String) -> Option<Vec<String>> {
    let lower = html.to_ascii_lowercase();
    let mut rows: Vec<(bool, Vec<String>)> = Vec::new();
    let mut at = 0;
    while let Some(k) = find_tag(&lower, at, "tr") {
        let end = lower[k..].find("</tr").map_or(lower.len(), |e| k + e);
        let row = &lower[k..end];
        let mut cells = Vec::new();
        let mut header = true;
        let mut c = 0;
        loop {
            let td = find_tag(row, c, "td");
            let th = find_tag(row, c, "th");
            let (start, is_th) = match (td, th) {
                (Some(a), Some(b)) if b < a => (b, true),
                (Some(a), _) => (a, false),
                (None, Some(b)) => (b, true),
                (None, None) => break,
            };
            let Some(open_end) = row[start..].find('>').map(|g| start + g + 1) else {
                break;
            };
            let close = if is_th { "</th" } else { "</td" };
            let cell_end = row[open_end..]
                .find(close)
                .map(|e| open_end + e)
                .or_else(|| {
                    // (A cell whose closing tag is left out, as HTML
                    // allows: up to the next cell.)
                    let next_td = find_tag(row, open_end, "td");
                    let next_th = find_tag(row, open_end, "th");
                    next_td.into_iter().chain(next_th).min()
                })
                .unwrap_or(row.len());
            header &= is_th;
            let inner = html.get(k + open_end..k + cell_end).unwrap_or("");
            // (Line breaks kept: `Name<br><small>role, Org</small>`.)
            let md = inline(inner).replace('|', "\\|");
            cells.push(md.split_whitespace().collect::<Vec<_>>().join(" "));
            c = cell_end;
        }
        if !cells.is_empty() {
            rows.push((header, cells));
        }
        at = end.max(k + 3);
    }
    let width = rows.iter().map(|(_, c)| c.len()).max()?;
    if width < 2 || rows.len() < 2 {
        return None;
    }
    let line = |cells: &[String]| {
        let mut s = String::from("|");
        for i in 0..width {
            s.push(' ');
            s.push_str(cells.get(i).map_or("", String::as_str));
            s.push_str(" |");
        }
        s
    };
    let mut out = Vec::with_capacity(rows.len() + 2);
    let body = match rows.first() {
        Some((true, head)) => {
            out.push(line(head));
            &rows[1..]
        }
        _ => {
            out.push(line(&[]));
            &rows[..]
        }
    };
    out.push(format!("|{}", " --- |".repeat(width)));
    out.extend(body.iter().map(|(_, c)| line(c)));
    Some(out)
}

/// Where the next `<name` tag (then a space or `>`) starts in the
/// lowercase `s`, from `from`.
fn find_tag(s: &str, from: usize, name: &str) -> Option<usize> {
    let open = format!("<{name}");
    let mut at = from;
    while let Some(k) = s.get(at..)?.find(&open) {
        let k = at + k;
        if s[k + open.len()..].starts_with([' ', '>', '\n', '\t']) {
            return Some(k);
        }
        at = k + open.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn rows_of_cells_become_a_table_with_an_empty_header() {
        let html = "<table width=\"552\">\n<tbody>\n<tr>\n<td width=\"104\">9:00 am</td>\n<td>Collaborative Webmaking | TogetherJS</td>\n<td>Santosh</td>\n</tr>\n<tr>\n<td>9:30 am</td>\n<td><b>Offline</b> Communications</td>\n<td>Jaipradeesh</td>\n</tr>\n</tbody>\n</table>";
        assert_eq!(
            markdown_table(html, plain),
            Some(vec![
                "|  |  |  |".to_string(),
                "| --- | --- | --- |".to_string(),
                "| 9:00 am | Collaborative Webmaking \\| TogetherJS | Santosh |".to_string(),
                "| 9:30 am | Offline Communications | Jaipradeesh |".to_string(),
            ])
        );
    }

    #[test]
    fn a_first_row_of_th_cells_is_the_header_and_one_row_is_no_table() {
        let html =
            "<table><tr><th>Talk</th><th>Speaker</th></tr><tr><td>Title<td>Name</tr></table>";
        assert_eq!(
            markdown_table(html, plain),
            Some(vec![
                "| Talk | Speaker |".to_string(),
                "| --- | --- |".to_string(),
                "| Title | Name |".to_string(),
            ])
        );
        assert_eq!(
            markdown_table("<table><tr><td>a</td><td>b</td></tr></table>", plain),
            None
        );
        assert_eq!(
            markdown_table("<table><thead></thead></table>", plain),
            None
        );
    }
}
