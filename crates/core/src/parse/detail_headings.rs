//! Headings that are one labelled detail of the heading right above them
//! (`### Session 1: Advanced Sampling` / `#### Session Chairs: Anna Herz,
//! Carolina Estarellas`, `#### Moderator: Name`): a line of that part, not
//! a part of its own, so what follows (the block's table of talks) stays
//! the part's. Such a heading is read as a plain line before the file is
//! read; line numbers hold.

/// The labels of such details, lowercase.
const LABELS: &[&str] = &[
    "session chair",
    "session chairs",
    "chair",
    "chairs",
    "chairperson",
    "chairpersons",
    "moderator",
    "moderators",
    "convener",
    "conveners",
    "convenor",
    "convenors",
];

/// Whether a heading's text is `Label: something` with a detail's label.
pub(super) fn is_detail(text: &str) -> bool {
    // (People after it: not `### Chairs: Lessons from maintaining …`, a
    // talk.)
    text.split_once(':').is_some_and(|(label, rest)| {
        LABELS.contains(&label.trim().to_lowercase().as_str())
            && rest.split([',', ';', '&']).all(|who| {
                let who = who.trim().trim_start_matches("and ");
                (1..=4).contains(&who.split_whitespace().count())
                    && who.split_whitespace().all(|w| {
                        w.starts_with(char::is_uppercase)
                            || matches!(
                                w,
                                "de" | "van" | "von" | "da" | "di" | "del" | "der" | "la" | "le"
                            )
                    })
            })
    })
}

/// The heading's text, if `line` is an ATX heading of level two or more.
fn heading_text(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(2..=6).contains(&hashes) {
        return None;
    }
    line[hashes..].strip_prefix(' ').map(str::trim)
}

/// The text with such headings made lines, or `None` when it has none
/// (the usual case: no copy).
pub(super) fn detail_headings_as_lines(text: &str) -> Option<String> {
    // (The labels' letters, cheaply: most files have none.)
    if !text.contains("hair") && !text.contains("oderator") && !text.contains("onven") {
        return None;
    }
    let mut out: Option<String> = None;
    let mut prev_heading = false;
    let mut copied = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        let heading = heading_text(bare);
        if prev_heading && heading.is_some_and(is_detail) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..at]);
            o.push_str(line.trim_start_matches('#').trim_start_matches(' '));
            copied = at + line.len();
        }
        if !bare.trim().is_empty() {
            prev_heading = heading.is_some() || bare.starts_with("# ");
        }
        at += line.len();
    }
    out.map(|mut o| {
        o.push_str(&text[copied..]);
        o
    })
}

#[cfg(test)]
mod tests {
    use super::detail_headings_as_lines;

    #[test]
    fn a_chairs_heading_under_a_heading_is_a_line() {
        let md = "## Day 1\n\n### Session 1: Sampling\n#### Session Chairs: Anna H Herz, Carolina Estarellas\n\n| Time | Speaker | Title |\n";
        assert_eq!(
            detail_headings_as_lines(md).as_deref(),
            Some(
                "## Day 1\n\n### Session 1: Sampling\nSession Chairs: Anna H Herz, Carolina Estarellas\n\n| Time | Speaker | Title |\n"
            )
        );
        // Not after notes, not without a name, not another label.
        assert!(detail_headings_as_lines("## Talk\n\nNotes.\n\n### Chair: Ann Lee\n").is_none());
        assert!(detail_headings_as_lines("## Talk\n### Chairs:\n").is_none());
        assert!(detail_headings_as_lines("## Talk\n### Summary: good\n").is_none());
    }
}
