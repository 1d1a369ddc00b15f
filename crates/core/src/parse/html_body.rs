//! Notes written in HTML inside a Markdown file: a blog post exported with
//! its body as raw HTML (`<p>…</p>`, `<ul>` / `<li>Title, Speaker</li>`,
//! `<h2>Day 1</h2>`, character entities such as `&oacute;`). Markdown
//! shows such blocks as they are, and the parser, which reads Markdown's
//! structure, would see no list, heading or paragraph in them. Each whole
//! line that is one such element is rewritten as the Markdown it stands
//! for before the file is read; nothing else changes.
//!
//! Only lines that hold one element from its opening tag to its closing
//! one (or a bare `<ul>`, `</ol>`…) are rewritten, outside code fences,
//! and only in a file with three such list items or headings or more: one
//! `<p>` among Markdown is left to Markdown.

use super::markers;
use super::util::find_str;

/// The text with its HTML lines written as Markdown, or `None` when the
/// file has no such lines (the usual case: substring searches, and no copy).
pub(super) fn markdown_from_html(text: &str) -> Option<String> {
    // (`<https://…>` autolinks and `<hr>` are no heading: `<h` and a
    // level.)
    let heading = || {
        memchr::memmem::find_iter(text.as_bytes(), b"<h")
            .any(|k| matches!(text.as_bytes().get(k + 2), Some(b'1'..=b'6')))
    };
    let details = find_str(text, "<summary").is_some();
    // (`<a href="https://vimeo.com/…">Adrian Mouat - Intro to Docker</a>`
    // opening lines of their own.)
    // (Or list items and headings that open with one: `2. <a href="…"
    // target="_blank">**Name** - "Title"</a>`, `### <a href="…">Title</a>`.)
    let link_lines = find_str(text, "\n<a ").is_some() || find_str(text, " <a href=").is_some();
    let tables = memchr::memmem::find_iter(text.as_bytes(), b"<").any(|k| {
        text.get(k + 1..k + 6)
            .is_some_and(|t| t.eq_ignore_ascii_case("table"))
    });
    // (List items wrapped each in a `<div>`, `1.  <div>Title ([Name](…))</div>`:
    // Markdown inside, which an HTML block hides.)
    let item_divs = find_str(text, "<div").is_some();
    if find_str(text, "<li").is_none()
        && !heading()
        && !details
        && !link_lines
        && !tables
        && !item_divs
    {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<&'static str> = None;
    let mut structural = 0;
    // Disclosures (`<details><summary>Title</summary>…</details>`): each
    // summary a heading one level below the last one, and the block's
    // own tags blank lines, so that what is inside reads as Markdown.
    let mut summaries = 0;
    let mut links = 0;
    let mut converted_tables = 0;
    let mut divs = 0;
    let mut level = 1;
    let mut in_details = false;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let t = line.trim();
        super::util::follow_fence(&mut fence, t);
        if fence.is_none() {
            let hashes = t.bytes().take_while(|&b| b == b'#').count();
            if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
                level = hashes;
            }
        }
        // An HTML table, from its `<table` line to its `</table>`: a
        // Markdown table, then blank lines up to as many lines as the
        // HTML took (a table written on fewer lines than its rows takes
        // more, and the lines after it move down). Not one indented four
        // spaces or more: a code block showing HTML.
        if fence.is_none()
            && tables
            && !line.starts_with("    ")
            && !line.starts_with('\t')
            && t.get(..6).is_some_and(|o| o.eq_ignore_ascii_case("<table"))
        {
            let closes = |l: &str| find_str(&l.to_ascii_lowercase(), "</table").is_some();
            let mut block = line.to_string();
            let mut count = 1;
            let mut closed = closes(line);
            while !closed && count < 5000 {
                let Some(next) = lines.next() else { break };
                block.push_str(next);
                count += 1;
                closed = closes(next);
            }
            match super::html_tables::markdown_table(&block, inline) {
                Some(rows) => {
                    converted_tables += 1;
                    out.push('\n');
                    for r in &rows {
                        out.push_str(r);
                        out.push('\n');
                    }
                    for _ in rows.len() + 1..count.max(rows.len() + 2) {
                        out.push('\n');
                    }
                }
                None => out.push_str(&block),
            }
            continue;
        }
        // A link that opens a paragraph at the line's start and wraps over
        // its next lines (`<a href="…"><strong>Keynote` / `1</strong></a>`):
        // its lines joined into one, as many blank lines before it as it
        // took (the paragraph goes on under it: `_By Jane Doe_`).
        if fence.is_none()
            && link_lines
            && out.ends_with("\n\n")
            && !in_details
            && opening_link(t).is_none()
            && line.len() > 3
            && line.as_bytes()[..3].eq_ignore_ascii_case(b"<a ")
        {
            let mut joined = t.to_string();
            let mut taken: Vec<&str> = Vec::new();
            while taken.len() < 3 && !joined.to_ascii_lowercase().contains("</a>") {
                // (Not over a blank line, a fence or another tag's line:
                // `<a id="install"/>` over a code block stays as it was.)
                match lines.next_if(|n| {
                    let n = n.trim();
                    !n.is_empty()
                        && !n.starts_with(['`', '~'])
                        && (!n.starts_with('<') || n.to_ascii_lowercase().contains("</a>"))
                }) {
                    Some(n) => {
                        joined.push(' ');
                        joined.push_str(n.trim());
                        taken.push(n);
                    }
                    None => break,
                }
            }
            // (Not an image's link: `<a href="…">` / `<img …>` / `</a>`.)
            let image = joined.to_ascii_lowercase().contains("<img");
            match opening_link(&joined) {
                Some((_, rest)) if !taken.is_empty() && !image => {
                    links += 1;
                    for _ in &taken {
                        out.push('\n');
                    }
                    out.push_str(inline(rest).trim());
                    out.push('\n');
                }
                // (No close within three lines: the lines as they were.)
                _ => {
                    out.push_str(line);
                    taken.iter().for_each(|n| out.push_str(n));
                }
            }
            continue;
        }
        let converted = if fence.is_some() {
            None
        } else if details && let Some(md) = disclosure_line(t, level, &mut in_details) {
            summaries += usize::from(md.starts_with('#'));
            Some((md, Line::Other))
        } else if item_divs && let Some(md) = item_in_div(line) {
            divs += 1;
            Some((md, Line::Other))
        } else if link_lines && let Some((lead, rest)) = opening_link(t) {
            // A line that opens with a link: the link as Markdown, the
            // rest of the line kept (and the list marker or heading's
            // hashes before it; the item's indentation too).
            links += 1;
            let indent = &line[..line.len() - line.trim_start().len()];
            let indent = if lead.is_empty() { "" } else { indent };
            Some((
                format!("{indent}{lead}{}", inline(rest).trim()),
                Line::Other,
            ))
        } else {
            convert_line(t)
        };
        match converted {
            Some((md, kind)) => {
                structural += usize::from(kind == Line::Structure);
                out.push_str(&md);
                out.push('\n');
                // A paragraph ends before the next line's element (the
                // only line added: the file's other lines keep their
                // numbers but for these).
                if kind == Line::Paragraph && lines.peek().is_some_and(|n| !n.trim().is_empty()) {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    (structural >= 3 || summaries >= 2 || links >= 3 || converted_tables >= 1 || divs >= 3)
        .then_some(out)
}

/// A list item whose text is wrapped in one `<div>` on its line (`1.
/// <div>Einführung ([Samuirai](…))</div>`): the item with its text as
/// Markdown, its marker and indentation kept.
fn item_in_div(line: &str) -> Option<String> {
    let t = line.trim_end();
    let body = t.trim_start();
    let rest = markers::strip_any_list_marker(body);
    if rest.len() == body.len() {
        return None;
    }
    // (`<div>` or `<div class="…">`.)
    let inner = rest
        .get(..4)
        .filter(|o| o.eq_ignore_ascii_case("<div"))
        .and_then(|_| rest.get(4..))
        .filter(|r| r.starts_with(['>', ' ']))
        .and_then(|r| r.split_once('>'))
        .map(|(_, r)| r)?;
    let inner = inner
        .strip_suffix("</div>")
        .or_else(|| inner.strip_suffix("</DIV>"))?;
    if inner.to_ascii_lowercase().contains("<div") || inner.trim().is_empty() {
        return None;
    }
    // (Its links and emphasis in HTML as Markdown: `<a href="…">Title</a>
    // - Jane Smith`.)
    Some(format!(
        "{}{}",
        &t[..t.len() - rest.len()],
        inline(inner).trim()
    ))
}

/// A line that opens with a link in HTML (`<a href="…">…</a>`), maybe
/// after a list marker or a heading's hashes: that lead, and the rest.
fn opening_link(t: &str) -> Option<(&str, &str)> {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    let rest = if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        t[hashes..].trim_start()
    } else {
        markers::strip_any_list_marker(t)
    };
    (rest.len() > 3
        && rest.as_bytes()[..3].eq_ignore_ascii_case(b"<a ")
        && rest.to_ascii_lowercase().contains("</a>"))
    .then(|| (&t[..t.len() - rest.len()], rest))
}

/// A line of a disclosure block as Markdown: `<details>`, `</details>` and
/// the block tags inside (`<p align="center">`, `</h4>`, `</br>`) as blank
/// lines, the `<summary>` as a heading at `level + 1`, and a line that
/// opens with an inline tag (`<b>Palestrante:</b> Name`, `🎬<a
/// href="…">(Vídeo)</a>`) as its Markdown. `None` for other lines.
fn disclosure_line(t: &str, level: usize, in_details: &mut bool) -> Option<String> {
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("<details") {
        *in_details = true;
        return Some(String::new());
    }
    if !*in_details {
        return None;
    }
    if lower.starts_with("</details") {
        *in_details = false;
        return Some(String::new());
    }
    if let Some(rest) = lower.strip_prefix("<summary") {
        let open = t.len() - rest.len() + rest.find('>')? + 1;
        let close = super::util::find_str(&lower, "</summary>")?;
        // (Its emphasis dropped: `<b>Saturday</b>`, `Title <i>(date)</i>`.)
        let inner = inline(t.get(open..close)?).replace(['*', '_'], "");
        let inner = inner.split_whitespace().collect::<Vec<_>>().join(" ");
        // (A disclosure's own label, `Spoiler: solution`, `Answer`, `Show
        // the code`: no heading.)
        let first = inner
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        // (`点击展开思维导图`, `クリックして展開`: "click to expand" in
        // Chinese, Japanese, Korean.)
        let cjk_click = ["点击", "點擊", "展开", "展開", "クリック", "클릭", "펼치"]
            .iter()
            .any(|w| inner.starts_with(w));
        if cjk_click
            || matches!(
                first.as_str(),
                "spoiler"
                    | "solution"
                    | "answer"
                    | "hint"
                    | "show"
                    | "click"
                    | "expand"
                    | "code"
                    | "output"
            )
        {
            return Some(String::new());
        }
        return Some(format!("{} {inner}", "#".repeat((level + 1).min(6))));
    }
    // Block tags alone on their line (or a run of `</br>`).
    let only_tags = t.starts_with('<') && t.ends_with('>') && {
        let mut rest = t;
        let mut ok = true;
        while !rest.is_empty() {
            // (Text between the tags, `<p>é</p>`: no line of tags alone.)
            let (Some(body), Some(gt)) = (rest.strip_prefix('<'), rest.find('>')) else {
                ok = false;
                break;
            };
            let tag = body[..gt - 1].trim_start_matches('/').to_ascii_lowercase();
            let name = tag.split([' ', '/']).next().unwrap_or("");
            if !matches!(
                name,
                "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "br" | "center"
            ) {
                ok = false;
                break;
            }
            rest = rest[gt + 1..].trim_start();
        }
        ok
    };
    if only_tags {
        return Some(String::new());
    }
    // A line of text with inline tags: links, bold, italics.
    (lower.contains("<a ") || lower.contains("<b>") || lower.contains("<strong>"))
        .then(|| inline(t).replace("<br>", " ").trim().to_string())
}

/// What a rewritten line was.
#[derive(PartialEq)]
enum Line {
    /// A list item or a heading.
    Structure,
    Paragraph,
    Other,
}

/// One line as Markdown, and what it was.
fn convert_line(t: &str) -> Option<(String, Line)> {
    if !t.starts_with('<') {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if ["<ul>", "</ul>", "<ol>", "</ol>"].contains(&lower.as_str()) {
        return Some((String::new(), Line::Other));
    }
    // (`<ul><li><p><strong>Name - title:</strong> …` and `</ul><p>…</p>`:
    // a list's tags before the element on its line.)
    for wrap in ["<ul>", "</ul>", "<ol>", "</ol>"] {
        if lower.starts_with(wrap) && lower.len() > wrap.len() {
            return convert_line(t[wrap.len()..].trim_start());
        }
    }
    // (`<li><p>Title…` with its closing tags left out, as HTML allows.)
    if (lower.starts_with("<li>") || lower.starts_with("<li "))
        && !lower.ends_with("</li>")
        && let Some(gt) = t.find('>')
    {
        let inner = t[gt + 1..].trim_start();
        let inner = markers::strip_prefix_ci(inner, "<p>").unwrap_or(inner);
        let inner = inner.trim_end();
        let inner = markers::strip_suffix_ci(inner, "</p>").unwrap_or(inner);
        if !inner.trim().is_empty() {
            return Some((format!("- {}", inline(inner).trim()), Line::Structure));
        }
    }
    let (tag, inner) = element(t, &lower)?;
    match tag {
        "li" => Some((format!("- {}", inline(inner).trim()), Line::Structure)),
        "p" => Some((inline(inner).trim().to_string(), Line::Paragraph)),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            let level = usize::from(tag.as_bytes()[1] - b'0');
            Some((
                format!("{} {}", "#".repeat(level), inline(inner).trim()),
                Line::Structure,
            ))
        }
        _ => None,
    }
}

/// `<tag attrs>inner</tag>` as (tag, inner), for the tags read here.
fn element<'a>(t: &'a str, lower: &str) -> Option<(&'static str, &'a str)> {
    for tag in ["li", "p", "h1", "h2", "h3", "h4", "h5", "h6"] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        if lower.starts_with(&open)
            && lower[open.len()..].starts_with(['>', ' '])
            && lower.ends_with(&close)
        {
            let start = lower.find('>')? + 1;
            let end = t.len() - close.len();
            // (One element: no second opening of it inside.)
            if start <= end && !lower[start..end].contains(&open) {
                return Some((tag, &t[start..end]));
            }
        }
    }
    None
}

/// The inline HTML of an element as Markdown: links, bold, italics,
/// code; other tags dropped; character entities decoded.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // The address of each open `<a>`, for its closing tag.
    let mut links: Vec<String> = Vec::new();
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode(&rest[..lt]));
        let Some(gt) = rest[lt..].find('>').map(|k| lt + k) else {
            out.push_str(&decode(&rest[lt..]));
            return out;
        };
        let tag = &rest[lt + 1..gt];
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let closing = tag.starts_with('/');
        match (name.as_str(), closing) {
            ("a", false) => {
                out.push('[');
                links.push(attr(tag, "href").unwrap_or_default());
            }
            ("a", true) => {
                let href = links.pop().unwrap_or_default();
                out.push_str("](");
                out.push_str(&href);
                out.push(')');
            }
            ("strong" | "b", _) => out.push_str("**"),
            ("em" | "i", _) => out.push('_'),
            ("code", _) => out.push('`'),
            ("br", _) => out.push_str("<br>"),
            _ => {}
        }
        rest = &rest[gt + 1..];
    }
    out.push_str(&decode(rest));
    out
}

/// The value of `name="…"` (or `'…'`) in a tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let k = find_str(&lower, &format!("{name}="))? + name.len() + 1;
    let q = tag[k..].chars().next()?;
    if q == '"' || q == '\'' {
        let v = &tag[k + 1..];
        Some(v[..v.find(q)?].to_string())
    } else {
        Some(tag[k..].split([' ', '>']).next()?.to_string())
    }
}

/// Character entities decoded: numeric ones, accented letters
/// (`&oacute;` is `o` and a combining acute accent; the file is put in
/// NFC after), and the common punctuation ones. `&lt;` and `&gt;` stay,
/// so no tag is made from text.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    markers::decode_entities_by(s, entity)
}

fn entity(name: &str) -> Option<String> {
    if name.starts_with('#') {
        return markers::numeric_entity(name)
            .filter(|c| !c.is_control() && !matches!(c, '<' | '>'))
            .map(String::from);
    }
    let fixed = match name {
        "amp" => "&",
        "quot" => "\"",
        "apos" | "rsquo" => "’",
        "lsquo" => "‘",
        "ldquo" => "“",
        "rdquo" => "”",
        "nbsp" => " ",
        "hellip" => "…",
        "mdash" => "—",
        "ndash" => "–",
        "laquo" => "«",
        "raquo" => "»",
        "iexcl" => "¡",
        "iquest" => "¿",
        "szlig" => "ß",
        "aelig" => "æ",
        "oslash" => "ø",
        "aring" => "å",
        _ => "",
    };
    if !fixed.is_empty() {
        return Some(fixed.to_string());
    }
    // `&Xacute;`, `&Xgrave;`, `&Xcirc;`, `&Xuml;`, `&Xtilde;`, `&Xcedil;`.
    let mut chars = name.chars();
    let base = chars.next().filter(char::is_ascii_alphabetic)?;
    let mark = match chars.as_str() {
        "acute" => '\u{301}',
        "grave" => '\u{300}',
        "circ" => '\u{302}',
        "uml" => '\u{308}',
        "tilde" => '\u{303}',
        "cedil" => '\u{327}',
        _ => return None,
    };
    Some([base, mark].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_between_tags_inside_a_disclosure_is_read_safely() {
        // (A line that opens and closes tags around text in another script
        // once cut a character in two.)
        let md = markdown_from_html(
            "## Talks\n\n<details>\n<summary>Title one here</summary>\n<p>é</p>\n<p align=\"center\">\n</details>\n<details>\n<summary>Title two here</summary>\n</details>\n",
        )
        .unwrap_or_default();
        assert!(md.contains("### Title one here"), "{md}");
        assert!(md.contains("<p>é</p>") || md.contains('é'), "{md}");
    }

    #[test]
    fn an_html_list_of_talks_becomes_a_markdown_list() {
        let md = markdown_from_html(
            "---\ntitle: PyConES 2015\n---\n\n<p>Las charlas:</p>\n<ul>\n<li>Better async code with Python 3, Anton Caceres</li>\n<li>Let's Twisted again!, Israel D. Aguilar</li>\n<li>Hacking the Taiga, David Barrag&aacute;n Merino</li>\n<li><a href=\"https://x.org/v\">Video</a> &amp; <strong>more</strong></li>\n</ul>\n```\n<li>kept</li>\n```\n",
        )
        .unwrap();
        assert_eq!(
            md,
            "---\ntitle: PyConES 2015\n---\n\nLas charlas:\n\n\n- Better async code with Python 3, Anton Caceres\n- Let's Twisted again!, Israel D. Aguilar\n- Hacking the Taiga, David Barraga\u{301}n Merino\n- [Video](https://x.org/v) & **more**\n\n```\n<li>kept</li>\n```\n"
        );
        // Markdown with one stray element is left alone.
        assert_eq!(markdown_from_html("# T\n\n<p>Hello</p>\n\n- item\n"), None);
        assert_eq!(
            decode("a &lt;b&gt; &#233; &#x4e2d; &bogus; &"),
            "a &lt;b&gt; é 中 &bogus; &"
        );
    }
}
