//! The one pulldown-cmark pass over a file: what the rest of the parser
//! needs to know about its Markdown structure, as flat lists of byte ranges.
//!
//! Architecture Invariant: this is the only place that runs pulldown-cmark
//! on a file, once, and nothing here recurses on the nesting depth of the
//! input: open elements are counters and explicit stacks.

use std::borrow::Cow;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::embeds::{self, Embed, InlineReader, Part, Piece, shortcode_embed};
use super::headings;
use super::link_labels;
use super::markers;
use super::scan_records::{Cell, Heading, Html, Item, LinkRef, ListItem, Row, Scan, Table};
use crate::render::md_options;

struct OpenLink<'a> {
    start: usize,
    dest: Cow<'a, str>,
    text: String,
    image: bool,
}

struct OpenItem {
    start: usize,
    text: String,
    text_end: Option<usize>,
}

/// Runs pulldown-cmark over `text[base..]` once; offsets in the result are
/// offsets into `text`.
///
/// Top-level list items are recorded only where a Key Themes body may be:
/// after a heading whose text is Key Themes vocabulary, until a heading of
/// the same or a higher level that is not. A Key Themes body ends at such
/// a heading anyway (see `headings::classify`), so every item Key Themes
/// read is there; collecting the text of every other item would be wasted.
pub(crate) fn scan(text: &str, base: usize) -> Scan<'_> {
    let src = text.get(base..).unwrap_or("");
    // (The file's text, where a heading's own `text` shadows it below.)
    let text_all = text;
    let mut out = Scan::default();
    // Open block containers (list items, block quotes, footnotes): headings
    // inside them are not structure.
    let mut containers = 0usize;
    let mut lists = 0usize;
    let mut item: Option<OpenItem> = None;
    let mut heading: Option<Heading> = None;
    let mut links: Vec<OpenLink<'_>> = Vec::new();
    let mut code = 0usize;
    // Consecutive text, for hashtags and wiki links (pulldown-cmark splits
    // `[[x]]` into several text events).
    let mut run = String::new();
    let mut run_start = 0usize;
    // The level of the Key Themes heading(s) whose region is open.
    let mut key_themes: Option<u8> = None;
    // Top-level lists seen, and the open table and cell.
    let mut list_count = 0u32;
    let mut table: Option<Table> = None;
    let mut cell: Option<Cell> = None;
    let mut in_head = false;
    // Inline raw HTML, read as the renderer reads it; the open HTML block's
    // offset and text.
    let mut inline_html = InlineReader::default();
    let mut html_block: Option<(usize, String)> = None;

    for (event, r) in Parser::new_ext(src, md_options()).into_offset_iter() {
        let range = r.start + base..r.end + base;
        let is_text = matches!(event, Event::Text(_) | Event::SoftBreak | Event::HardBreak);
        let plain_text = matches!(event, Event::Text(_));
        let inline_html_event = matches!(event, Event::InlineHtml(_));
        if !is_text && !run.is_empty() {
            markers::find_tags(&run, run_start, &mut out.tags);
            run.clear();
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } if containers == 0 => {
                    heading = Some(Heading {
                        level: level_u8(level),
                        range,
                        text: String::new(),
                        norm: String::new(),
                    });
                }
                Tag::List(_) => {
                    if let Some(it) = item.as_mut()
                        && lists == 1
                        && it.text_end.is_none()
                    {
                        it.text_end = Some(range.start);
                    }
                    if lists == 0 {
                        list_count += 1;
                    }
                    lists += 1;
                }
                Tag::Item => {
                    if lists == 1 && containers == 0 {
                        out.list_items.push(ListItem {
                            range: range.clone(),
                            list: list_count,
                            sub_items: Vec::new(),
                        });
                    } else if lists == 2
                        && containers == 1
                        && let Some(parent) = out.list_items.last_mut()
                        && parent.range.contains(&range.start)
                    {
                        // (A tab-indented item's range starts at the line
                        // break before it: from its own line.)
                        let lead = text
                            .get(range.clone())
                            .map_or(0, |t| t.len() - t.trim_start_matches(['\n', '\r']).len());
                        parent.sub_items.push(range.start + lead..range.end);
                    }
                    containers += 1;
                    if lists == 1 && key_themes.is_some() {
                        item = Some(OpenItem {
                            start: range.start,
                            text: String::new(),
                            text_end: None,
                        });
                    }
                }
                Tag::BlockQuote(_) | Tag::FootnoteDefinition(_) => containers += 1,
                Tag::Table(_) if containers == 0 => {
                    table = Some(Table {
                        range: range.clone(),
                        ..Table::default()
                    });
                }
                Tag::TableHead => in_head = true,
                Tag::TableRow => {
                    if let Some(t) = table.as_mut() {
                        t.rows.push(Row {
                            range: range.clone(),
                            cells: Vec::new(),
                        });
                    }
                }
                Tag::TableCell if table.is_some() => {
                    cell = Some(Cell {
                        range: range.clone(),
                        text: String::new(),
                    });
                }
                Tag::CodeBlock(_) => {
                    code += 1;
                    out.protected.push(range);
                }
                Tag::HtmlBlock => {
                    code += 1;
                    html_block = Some((range.start, String::new()));
                    out.protected.push(range);
                }
                Tag::Link { dest_url, .. } => links.push(OpenLink {
                    start: range.start,
                    dest: cow(dest_url),
                    text: String::new(),
                    image: false,
                }),
                Tag::Image { dest_url, .. } => links.push(OpenLink {
                    start: range.start,
                    dest: cow(dest_url),
                    text: String::new(),
                    image: true,
                }),
                _ => {}
            },
            Event::End(end) => {
                inline_html.end(&end);
                match end {
                    TagEnd::Heading(_) => {
                        if let Some(mut h) = heading.take() {
                            // `### Future CSS - Rachel Andrew [SLIDES](…)`:
                            // a link to the talk's media at the end is no
                            // word of the heading (the link stays the
                            // session's).
                            if let Some(l) = out.links.last()
                                && l.range.start > h.range.start
                                && l.range.end <= range.end
                                && text.get(l.range.end..range.end).is_some_and(|t| {
                                    t.trim().trim_end_matches('#').trim().is_empty()
                                })
                                && (link_labels::label_of_text(&l.text).is_some()
                                    || link_labels::is_recording_label(&l.text))
                                && let Some(head) = h.text.trim_end().strip_suffix(l.text.as_str())
                                && !head.trim().is_empty()
                            {
                                h.text = head
                                    .trim_end()
                                    .trim_end_matches(['-', '–', '—', '|', ',', '&', '/'])
                                    .trim_end()
                                    .to_string();
                            }
                            let text = match markers::unwrap_wiki(&h.text) {
                                Cow::Borrowed(_) => trimmed(h.text),
                                Cow::Owned(t) => trimmed(t),
                            };
                            let text = markers::without_attribute_lists(text);
                            // `# Modular vs Monolith` / `### Speaker - Tim
                            // Oxley`: who gave the talk, set as a
                            // sub-heading right under its title, is a line
                            // of its notes. (So is `### Speaker(s):` over a
                            // list of the people; not `## Speakers` beside
                            // the talks, the event's list.)
                            if text.len() < 200
                                && out.headings.last().is_some_and(|p| p.level < h.level)
                                && (super::speaker_lines::is_keyed_heading(&text)
                                    || (super::speaker_keys::speaker_label(&text)
                                        && first_line_after(text_all, range.end).is_some_and(
                                            |l| super::speaker_keys::listed_people(l).is_some(),
                                        )))
                            {
                                continue;
                            }
                            let norm = headings::norm(&text);
                            if headings::is_key_themes(&norm) {
                                key_themes = Some(key_themes.map_or(h.level, |l| l.min(h.level)));
                            } else if key_themes.is_some_and(|l| h.level <= l) {
                                key_themes = None;
                            }
                            out.headings.push(Heading { text, norm, ..h });
                        }
                    }
                    TagEnd::List(_) => lists = lists.saturating_sub(1),
                    TagEnd::Table => {
                        if let Some(t) = table.take() {
                            out.tables.push(t);
                        }
                    }
                    TagEnd::TableHead => in_head = false,
                    TagEnd::TableCell => {
                        if let (Some(mut c), Some(t)) = (cell.take(), table.as_mut()) {
                            c.text = trimmed(c.text);
                            if in_head {
                                t.header.push(c.text);
                            } else if let Some(r) = t.rows.last_mut() {
                                r.cells.push(c);
                            }
                        }
                    }
                    TagEnd::Item => {
                        containers = containers.saturating_sub(1);
                        if lists == 1
                            && let Some(it) = item.take()
                        {
                            let text_end = it.text_end.unwrap_or(range.end);
                            out.items.push(Item {
                                range: it.start..range.end,
                                text: trimmed(it.text),
                                text_end,
                            });
                        }
                    }
                    TagEnd::Paragraph => {
                        if let Some(it) = item.as_mut()
                            && lists == 1
                            && it.text_end.is_none()
                        {
                            it.text_end = Some(range.end);
                        }
                        // Rows of a table without its header and delimiter
                        // rows (kramdown's, or pasted): a table.
                        if containers == 0
                            && text_all.as_bytes().get(range.start) == Some(&b'|')
                            && let Some(t) = super::pipe_rows::pipe_table(text_all, range.clone())
                        {
                            out.tables.push(t);
                        }
                    }
                    TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => {
                        containers = containers.saturating_sub(1);
                    }
                    TagEnd::CodeBlock => code = code.saturating_sub(1),
                    TagEnd::HtmlBlock => {
                        code = code.saturating_sub(1);
                        if let Some((offset, html)) = html_block.take() {
                            html_block_parts(&html, offset, &mut out);
                        }
                    }
                    TagEnd::Link | TagEnd::Image => {
                        if let Some(l) = links.pop() {
                            let t = trimmed(l.text);
                            if let Some(parent) = links.last_mut() {
                                parent.text.push_str(&t);
                            }
                            out.links.push(LinkRef {
                                range: l.start..range.end,
                                dest: l.dest,
                                text: t,
                                image: l.image,
                            });
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.text.push_str(&t);
                }
                if code == 0 && plain_text && t.contains('{') {
                    let mut from = 0;
                    while let Some(i) = t[from..].find('{').map(|i| i + from) {
                        match shortcode_embed(&t[i..]) {
                            Some((v, len)) => {
                                out.embeds.push(Embed {
                                    offset: range.start + i.min(range.len()),
                                    url: v.url,
                                    host: v.host,
                                });
                                from = i + len;
                            }
                            None => from = i + 1,
                        }
                    }
                }
                push_inline(&t, &mut heading, &mut item, lists, &mut links);
                if is_text && code == 0 && heading.is_none() && links.is_empty() {
                    if run.is_empty() {
                        run_start = range.start;
                    }
                    run.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = cell.as_mut() {
                    c.text.push(' ');
                }
                push_inline(" ", &mut heading, &mut item, lists, &mut links);
                if !run.is_empty() {
                    run.push('\n');
                }
            }
            Event::InlineHtml(h) | Event::Html(h) => {
                if let Some((_, block)) = html_block.as_mut() {
                    block.push_str(&h);
                } else if code == 0 {
                    // Inline raw HTML (or, in a stream without blocks, a
                    // piece of its own).
                    let piece = if inline_html_event {
                        inline_html.read(&h)
                    } else {
                        Piece::Other
                    };
                    match piece {
                        Piece::Player(v) => out.embeds.push(Embed {
                            offset: range.start,
                            url: v.url,
                            host: v.host,
                        }),
                        Piece::Other => out.html.push(Html {
                            offset: range.start,
                            snippet: snippet_of(&h),
                        }),
                        Piece::Br | Piece::Closer => {}
                    }
                }
                if let Some(c) = cell.as_mut() {
                    if is_br(&h) {
                        c.text.push('\n');
                    } else if !embeds::is_styling_tag(&h) {
                        // (`<span class="invited-name">Name</span>`: the
                        // name, not its styling.)
                        c.text.push_str(&h);
                    }
                }
                // (`<i>Title</i>`: the tags of emphasis are markup, as
                // `*Title*` is, not words of a heading or item.)
                if !embeds::is_emphasis_tag(&h) {
                    push_inline(&h, &mut heading, &mut item, lists, &mut links);
                }
            }
            Event::InlineMath(t) | Event::DisplayMath(t) | Event::FootnoteReference(t) => {
                push_inline(&t, &mut heading, &mut item, lists, &mut links);
            }
            Event::TaskListMarker(_) | Event::Rule => {}
        }
    }
    if !run.is_empty() {
        markers::find_tags(&run, run_start, &mut out.tags);
    }
    crate::order::sort_by(&mut out.embeds, &|a, b| a.offset.cmp(&b.offset));
    out.embeds
        .dedup_by(|a, b| a.url == b.url && a.offset == b.offset);
    out
}

/// Records an HTML block that starts at `offset`: its video players as
/// embeds, and the block as raw HTML shown as text unless the renderer
/// shows nothing of it as text (players, line breaks, wrappers only).
fn html_block_parts(html: &str, offset: usize, out: &mut Scan<'_>) {
    let Some(parts) = embeds::block(html) else {
        out.html.push(Html {
            offset,
            snippet: snippet_of(html),
        });
        return;
    };
    let mut shown = None;
    for p in parts {
        match p {
            Part::Player(v) => out.embeds.push(Embed {
                offset,
                url: v.url,
                host: v.host,
            }),
            Part::Text(t) if shown.is_none() => shown = Some(snippet_of(t)),
            Part::Text(_) | Part::Br => {}
        }
    }
    if let Some(snippet) = shown {
        out.html.push(Html { offset, snippet });
    }
}

/// Whether an inline HTML tag is a line break: `<br>`, `<br/>`, `<BR />`.
pub(crate) fn is_br(h: &str) -> bool {
    embeds::is_br(h)
}

/// A pulldown-cmark string as a `Cow`: borrowed stays borrowed.
fn cow(s: CowStr<'_>) -> Cow<'_, str> {
    match s {
        CowStr::Borrowed(b) => Cow::Borrowed(b),
        other => Cow::Owned(other.into_string()),
    }
}

/// Appends inline text to whatever is collecting it: the open link, the
/// open heading, the first paragraph of the open top-level list item.
fn push_inline(
    t: &str,
    heading: &mut Option<Heading>,
    item: &mut Option<OpenItem>,
    lists: usize,
    links: &mut [OpenLink<'_>],
) {
    if let Some(l) = links.last_mut() {
        push_text(&mut l.text, t);
    }
    if let Some(h) = heading.as_mut() {
        push_text(&mut h.text, t);
    }
    if let Some(it) = item.as_mut()
        && lists == 1
        && it.text_end.is_none()
    {
        push_text(&mut it.text, t);
    }
}

/// Appends `t` to `s`, with room for a few more pieces on the first one:
/// inline text arrives in pieces, and these strings are short-lived.
fn push_text(s: &mut String, t: &str) {
    if s.capacity() == 0 {
        s.reserve(t.len().max(64));
    }
    s.push_str(t);
}

/// `s` without whitespace at either end, reusing its buffer when there is
/// none.
fn trimmed(s: String) -> String {
    if s.trim().len() == s.len() {
        s
    } else {
        s.trim().to_string()
    }
}

fn level_u8(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The first line of some raw HTML, at most 40 characters, for a message.
fn snippet_of(html: &str) -> String {
    let line = html.trim().lines().next().unwrap_or("");
    let mut s: String = line.chars().take(40).collect();
    if line.chars().count() > 40 {
        s.push('…');
    }
    s
}

/// The first line with words after `at` in `text`.
fn first_line_after(text: &str, at: usize) -> Option<&str> {
    text.get(at..)?
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_items_links_and_html_with_offsets() {
        let t = "# Conf\n\n- A - one\n  - [Kui](https://k)\n- B\n\n### T - S\n\n[Recording](https://r)\n<div>x</div>\n\n```\n## not a heading\n```\n> ## quoted\n";
        // Items are recorded only under a Key Themes heading.
        assert!(scan(t, 0).items.is_empty());
        let kt = t.replacen("# Conf\n", "# Conf\n## Key Themes\n", 1);
        let items: Vec<_> = scan(&kt, 0)
            .items
            .iter()
            .map(|i| (i.text.clone(), kt[i.text_end..i.range.end].to_string()))
            .collect();
        assert_eq!(
            items,
            vec![
                ("A - one".to_string(), "- [Kui](https://k)\n".to_string()),
                ("B".to_string(), String::new())
            ]
        );
        let s = scan(t, 0);
        let hs: Vec<_> = s
            .headings
            .iter()
            .map(|h| (h.level, h.text.as_str(), &t[h.range.clone()]))
            .collect();
        assert_eq!(
            hs,
            vec![(1, "Conf", "# Conf\n"), (3, "T - S", "### T - S\n")]
        );
        let links: Vec<_> = s
            .links
            .iter()
            .map(|l| (l.text.as_str(), &*l.dest, &t[l.range.clone()]))
            .collect();
        assert_eq!(
            links,
            vec![
                ("Kui", "https://k", "[Kui](https://k)"),
                ("Recording", "https://r", "[Recording](https://r)")
            ]
        );
        assert_eq!(s.html.len(), 1);
        assert_eq!(s.html[0].snippet, "<div>x</div>");
        assert_eq!(s.protected.len(), 2);
    }

    #[test]
    fn items_are_recorded_until_a_heading_ends_the_key_themes_region() {
        let t = "## Key Themes\n- A\n### Themes\n- B\n### Other\n- C\n## Next\n- D\n# Top\n- E\n";
        let texts: Vec<_> = scan(t, 0).items.into_iter().map(|i| i.text).collect();
        assert_eq!(texts, vec!["A", "B", "C"]);
    }

    #[test]
    fn tags_come_from_prose_only() {
        let t = "## Heading #no\n\nText #yes and [[Wiki Theme]] `#nocode` [#nolink](https://x#frag)\n\n```\n#nofence\n```\n";
        let names: Vec<_> = scan(t, 0).tags.into_iter().map(|t| t.name).collect();
        assert_eq!(names, vec!["yes"], "a wiki link is no theme");
    }
}
