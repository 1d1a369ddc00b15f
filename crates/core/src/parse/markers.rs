//! Inline markers in notes: `Speaker:` and `Tags:` lines, `#hashtags`,
//! `[[wiki links]]` (the labels of session links, `Recording`..., are in
//! [`super::link_labels`]).
//!
//! Line markers are recognised on a line's source text, with an optional
//! list marker (`- `, `* `, `+ `) and optional emphasis around the key
//! (`**Tags:**`, `**Speakers**:`, `_Speaker_:`).

use std::borrow::Cow;

use super::scan_records::Tagged;

/// Keys of lines that name a session's themes.
const TAG_KEYS: &[&str] = &[
    "tags",
    "tag",
    "themes",
    "theme",
    "categories",
    "category",
    "topics",
    "topic",
];

/// Drops a list marker (`- `, `* `, `+ `) and the indentation before it.
pub(crate) fn strip_list_marker(line: &str) -> &str {
    let t = line.trim_start();
    for m in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(m) {
            return rest.trim_start();
        }
    }
    t
}

/// Drops a list marker, bulleted (`- `) or numbered (`1. `, `2) `), and
/// the indentation before it.
pub(crate) fn strip_any_list_marker(line: &str) -> &str {
    let t = strip_list_marker(line);
    // (One to three digits, then `.` or `)` and a space: only the first
    // bytes are looked at.)
    let b = t.as_bytes();
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && b.get(digits + 1) == Some(&b' ')
    {
        return t[digits + 2..].trim_start();
    }
    t
}

/// A numbered reference at the start of a line (`[12] `): its number and
/// the text after it.
pub(crate) fn citation(line: &str) -> Option<(u32, &str)> {
    let rest = line.trim_start().strip_prefix('[')?;
    let digits = rest.bytes().take(4).take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = rest[digits..].strip_prefix("] ")?.trim_start();
    (!after.is_empty())
        .then(|| (rest[..digits].parse().ok(), after))
        .and_then(|(n, a)| Some((n?, a)))
}

/// Whether a line is a directive of a documentation tool rather than
/// text: `@Metadata {`, `@TitleHeading("Talk")`, and the `}` that closes
/// such a block (Swift-DocC articles).
pub(crate) fn is_directive_line(line: &str) -> bool {
    let t = line.trim();
    t == "}"
        || (t.starts_with('@')
            && t.split_whitespace()
                .next()
                .is_some_and(|w| w.contains('(') || t.ends_with('{')))
}

/// A `Key: value` line: the key lowercased, and the value with the
/// emphasis around the key removed. Keys are short (at most 24 bytes) and
/// made of letters, spaces and parentheses.
pub(crate) fn key_line(line: &str) -> Option<KeyLine<'_>> {
    // Most lines are prose without a colon: one memchr rejects them (the
    // full-width `：` of CJK text ends in 0x9A).
    let colon = memchr::memchr2_iter(b':', 0x9A, line.as_bytes())
        .any(|i| line.as_bytes()[i] == b':' || line.as_bytes()[..i].ends_with(&[0xEF, 0xBC]));
    if !colon {
        return None;
    }
    let s = strip_list_marker(line).trim_start_matches(['*', '_']);
    // Looks at no more than 25 characters, so long prose lines cost little.
    let (end, _) = s
        .char_indices()
        .take(25)
        .find(|(_, c)| !(c.is_alphabetic() || *c == ' ' || *c == '(' || *c == ')'))?;
    if end == 0 || end > 24 {
        return None;
    }
    let key = s[..end].trim();
    let rest = s[end..].trim_start_matches(['*', '_']);
    let value = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))?;
    if key.is_empty() || value.starts_with("//") {
        return None;
    }
    let value = value.trim_start_matches(['*', '_']).trim();
    let key = if key.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(key.to_lowercase())
    };
    Some((key, value))
}

/// A `Key: value` line: the key lowercased, and the value.
pub(crate) type KeyLine<'a> = (Cow<'a, str>, &'a str);

/// Whether a key line gives a session's title: `Title:`, `Talk title:`,
/// `Talk:`, `Session title:`, `Session:` with two capitalised words or
/// more, or `Topic:` with three words or more (a one-word topic is a
/// theme).
pub(crate) fn is_title_line(key: &str, value: &str) -> bool {
    (matches!(
        key,
        "title" | "talk title" | "talk" | "session title" | "titel" | "título" | "titre" | "tytuł"
    ) || (matches!(
        key,
        "topic" | "chủ đề" | "thema" | "sujet" | "tema" | "тема"
    ) && value.split_whitespace().count() >= 3)
        // `Session: AI discussion panel` (not `Session: 3`).
        || (matches!(key, "session" | "presentation")
            && value.split_whitespace().count() >= 2
            && value.starts_with(char::is_uppercase)))
        && !value.trim().is_empty()
        && !value.contains("://")
}

/// `s` without `prefix` (ASCII, any case), if it starts with it.
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `s` without `suffix` at its end, in any case (ASCII).
pub(crate) fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(suffix.len())?;
    s.get(at..)
        .filter(|t| t.eq_ignore_ascii_case(suffix))
        .map(|_| &s[..at])
}

/// `line` without a line break written in HTML at its end (`**Speaker:**
/// [Name](…)<br>`, `<br/>`, `<BR />`): the break ends the line.
pub(crate) fn strip_br_end(line: &str) -> &str {
    let t = line.trim_end();
    ["<br>", "<br/>", "<br />"]
        .iter()
        .find_map(|b| strip_suffix_ci(t, b))
        .map_or(line, str::trim_end)
}

/// Whether a line (trimmed) is only an image, a photo in the notes
/// (`![Photo05](…/08_Amphi.png)`, or two side by side).
pub(crate) fn is_photo_line(l: &str) -> bool {
    l.starts_with("![") && l.ends_with(')')
}

/// `s` after a leading `by ` (any case), or the same word in German,
/// French, Spanish, Portuguese, Dutch, Polish, Swedish, Norwegian or
/// Danish (`von Jesse Alama`, `par …`, `av Robert Nyman`) when a capitalised name of two words or more follows (not `von der
/// Leyen`, a name's particle).
pub(crate) fn strip_by(s: &str) -> Option<&str> {
    if let Some(rest) = strip_prefix_ci(s, "by ") {
        return Some(rest);
    }
    // `, presented by [Dan Mall](…)`, `given by`.
    for lead in ["presented by ", "given by "] {
        if let Some(rest) = strip_prefix_ci(s, lead) {
            return Some(rest);
        }
    }
    ["von ", "par ", "por ", "door ", "przez ", "av ", "af "]
        .iter()
        .find_map(|by| {
            let rest = s.strip_prefix(by)?;
            (rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() >= 2)
                .then_some(rest)
        })
}

/// `s` with each `[[Page|shown]]` as `shown` and `[[folder/Page]]` as
/// `Page`: wiki links show their text.
pub(crate) fn unwrap_wiki(s: &str) -> Cow<'_, str> {
    if !s.contains("[[") {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open + 2..].find("]]").map(|c| open + 2 + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..close];
        let shown = match inner.split_once('|') {
            Some((_, shown)) => shown,
            None => inner.rsplit('/').next().unwrap_or(inner),
        };
        out.push_str(shown.trim());
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Removes emphasis markers around `s`: `**x**`, `_x_`.
pub(crate) fn strip_emphasis(s: &str) -> &str {
    s.trim().trim_matches(['*', '_']).trim()
}

/// Inline Markdown to plain text, for names: `[text](url)` keeps its text;
/// `*`, backticks, and `_` at either end of a word are dropped.
pub(crate) fn plain_inline(s: &str) -> Cow<'_, str> {
    if s.contains('&') && s.contains(';') {
        // `Collada &#8211; Featuring WebGL`: entities as the characters
        // they stand for, then the markup.
        let decoded = decode_entities(s);
        return Cow::Owned(plain_inline_markup(&decoded).into_owned());
    }
    plain_inline_markup(s)
}

/// `s` with its numeric character references (`&#8211;`, `&#x2019;`) and
/// the named entities notes use (`&amp;`, `&nbsp;`, `&rsquo;`…) decoded;
/// anything else stays as written.
pub(crate) fn decode_entities(s: &str) -> String {
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", " "),
        ("ndash", "–"),
        ("mdash", "—"),
        ("lsquo", "‘"),
        ("rsquo", "’"),
        ("ldquo", "“"),
        ("rdquo", "”"),
        ("hellip", "…"),
    ];
    decode_entities_by(s, |name| match numeric_entity(name) {
        Some(c) => (c != '\0').then(|| String::from(c)),
        None => NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| (*v).to_string()),
    })
}

/// `s` with each `&name;` (ten characters at most) that `entity` knows
/// replaced by what it returns; anything else stays as written.
pub(crate) fn decode_entities_by(s: &str, entity: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = after.find(';').filter(|&e| e > 0 && e <= 10);
        match end.and_then(|e| entity(&after[..e]).map(|v| (v, e))) {
            Some((v, e)) => {
                out.push_str(&v);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of a numeric reference's name (`#8211`, `#x2019`).
pub(crate) fn numeric_entity(name: &str) -> Option<char> {
    let n = name.strip_prefix('#')?;
    let code = match n.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => n.parse::<u32>().ok()?,
    };
    char::from_u32(code)
}

/// Pushes `s` onto `out` with its backslash escapes (`\@`, `\_`) as the
/// marks they show.
fn push_unescaped(out: &mut String, s: &str) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && n.is_ascii_punctuation()
        {
            continue;
        }
        out.push(c);
    }
}

/// [`plain_inline`] of text whose entities are already decoded.
fn plain_inline_markup(s: &str) -> Cow<'_, str> {
    if !s
        .bytes()
        .any(|b| matches!(b, b'*' | b'`' | b'_' | b'[' | b'\\'))
    {
        // Nothing to drop: the usual name or org.
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    let mut prev_alnum = false;
    while let Some((i, c)) = chars.next() {
        match c {
            // `\@rabaath`, `\_`: a backslash escape shows the mark itself.
            '\\' if chars.peek().is_some_and(|(_, n)| n.is_ascii_punctuation()) => {
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                    prev_alnum = false;
                }
                continue;
            }
            '*' | '`' => continue,
            '_' => {
                let next_alnum = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
                if prev_alnum && next_alnum {
                    out.push('_');
                }
                continue;
            }
            '[' => {
                let close = s[i..].find(']').map(|c| i + c);
                // `[[Name|shown]]`, `[[Name]]`: a wiki link shows its text.
                if s[i..].starts_with("[[")
                    && let Some(end) = s[i..].find("]]").map(|e| i + e)
                {
                    let inner = &s[i + 2..end];
                    let shown = inner.rsplit('|').next().unwrap_or(inner);
                    // `[[people/Jana]]`: the page's name.
                    out.push_str(shown.rsplit('/').next().unwrap_or(shown).trim());
                    while chars.peek().is_some_and(|(j, _)| *j < end + 2) {
                        chars.next();
                    }
                    prev_alnum = true;
                    continue;
                }
                // `[text](url)`: keep the text, drop the target.
                if let Some(close) = close
                    && s[close..].starts_with("](")
                    && let Some(end) = s[close..].find(')')
                {
                    push_unescaped(&mut out, &s[i + 1..close]);
                    let stop = close + end;
                    while chars.peek().is_some_and(|(j, _)| *j <= stop) {
                        chars.next();
                    }
                    prev_alnum = true;
                    continue;
                }
                // `[text]`, `[text][ref]`: a reference link keeps its text.
                if let Some(close) = close
                    && !s[i + 1..close].contains('[')
                {
                    out.push_str(&s[i + 1..close]);
                    let mut stop = close;
                    if s[close + 1..].starts_with('[')
                        && let Some(e) = s[close + 1..].find(']')
                    {
                        stop = close + 1 + e;
                    }
                    while chars.peek().is_some_and(|(j, _)| *j <= stop) {
                        chars.next();
                    }
                    prev_alnum = true;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        prev_alnum = c.is_alphanumeric();
    }
    Cow::Owned(out)
}

/// A heading's text without kramdown's attribute lists (`["Title"](…)
/// {:target="_blank"}`) and the `{#id}` / `{.class}` / `{lang=en}`
/// attributes that Pandoc, Hugo and PHP Markdown Extra put after a heading
/// or a span (`[Single Page Apps]{lang=en}`): markup, not words of it.
pub(crate) fn without_attribute_lists(text: String) -> String {
    if !text.contains('{') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}');
        let attr = close.is_some_and(|c| {
            let inner = after[..c].trim_start();
            inner.starts_with(':')
                || inner.starts_with('#')
                || inner.starts_with('.')
                || inner.split_once('=').is_some_and(|(key, _)| {
                    key.starts_with(|c: char| c.is_ascii_alphabetic())
                        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                })
        });
        match (attr, close) {
            (true, Some(c)) => {
                let before = &rest[..open];
                // (`[Single Page Apps]{lang=en}`: the span's brackets go
                // with its attributes.)
                match before
                    .strip_suffix(']')
                    .and_then(|b| b.rfind('[').map(|o| (b, o)))
                {
                    Some((b, o)) if !b[o..].contains(['(', ')']) => {
                        out.push_str(&b[..o]);
                        out.push_str(&b[o + 1..]);
                    }
                    _ => out.push_str(before),
                }
                rest = &after[c + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let t = out.trim();
    if t.len() == out.len() {
        out
    } else {
        t.to_string()
    }
}

#[cfg(test)]
pub(crate) fn tags_line(line: &str) -> Option<Vec<String>> {
    tags_line_keyed(key_line(line).as_ref())
}

/// The themes a line whose [`key_line`] is `key` names, if it is a
/// `Tags:` line.
pub(crate) fn tags_line_keyed(key: Option<&KeyLine>) -> Option<Vec<String>> {
    let (key, value) = key?;
    if !TAG_KEYS.contains(&key.as_ref()) {
        return None;
    }
    let tags = split_tags(value);
    if tags.is_empty() { None } else { Some(tags) }
}

/// Splits a list of tags: on commas or semicolons; or, when there are none
/// and the items are `#hashtags`, on spaces. `#`, `[[ ]]` and emphasis
/// around items are dropped.
pub(crate) fn split_tags(value: &str) -> Vec<String> {
    let items: Vec<&str> = if value.contains([',', ';']) {
        value.split([',', ';']).collect()
    } else if value.trim_start().starts_with('#') {
        value.split_whitespace().collect()
    } else {
        vec![value]
    };
    items
        .into_iter()
        .map(|t| {
            let t = strip_emphasis(t);
            let t = t.trim_start_matches('#');
            let t = t.trim_start_matches("[[").trim_end_matches("]]");
            plain_inline(t).trim().to_string()
        })
        .filter(|t| !t.is_empty() && t.len() <= 100)
        .collect()
}

/// Finds `#hashtags` (not inside `[[wiki links]]`, which link to people
/// and notes and are not themes) in a run of prose text that
/// starts at `offset`. A hashtag starts after a space, an opening bracket
/// or the start of the run, begins with a letter (so `#1` is not one) and
/// goes on with letters, digits, `_` and `-`; `C#` and `page#frag` are not
/// hashtags.
pub(crate) fn find_tags(run: &str, offset: usize, out: &mut Vec<Tagged>) {
    let b = run.as_bytes();
    let mut i = 0;
    // Only `#` and `[` can start anything: jump from one to the next.
    while let Some(k) = b.get(i..).and_then(|r| memchr::memchr2(b'#', b'[', r)) {
        i += k;
        match b[i] {
            b'#' => {
                let prev_ok =
                    i == 0 || matches!(b[i - 1], b' ' | b'\n' | b'\t' | b'(' | b'[' | b',' | b';');
                let rest = &run[i + 1..];
                if prev_ok && rest.chars().next().is_some_and(char::is_alphabetic) {
                    let len = rest
                        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                        .unwrap_or(rest.len());
                    let name = rest[..len].trim_end_matches(['-', '_']);
                    if name.len() <= 64 {
                        out.push(Tagged {
                            offset: offset + i,
                            name: name.to_string(),
                        });
                    }
                    i += 1 + len;
                    continue;
                }
            }
            b'[' if b.get(i + 1) == Some(&b'[') => {
                let rest = &run[i + 2..];
                let close = rest.find([']', '[', '\n']);
                if let Some(c) = close
                    && rest[c..].starts_with("]]")
                    && c <= 100
                {
                    // A wiki link points to a person or a note, not a
                    // theme: skipped whole, so a `#` inside it is no tag.
                    i += 2 + c + 2;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_bulleted_and_numbered() {
        assert_eq!(strip_any_list_marker("- [Title](x.md)"), "[Title](x.md)");
        assert_eq!(strip_any_list_marker("  1. [Title](x.md)"), "[Title](x.md)");
        assert_eq!(strip_any_list_marker("12) Title"), "Title");
        // Not a numbered item: a year, a version, a sentence.
        assert_eq!(strip_any_list_marker("2019. A year"), "2019. A year");
        assert_eq!(strip_any_list_marker("1.5 is out"), "1.5 is out");
        assert_eq!(strip_any_list_marker("No marker. Here"), "No marker. Here");
    }

    #[test]
    fn tag_lines() {
        assert_eq!(
            tags_line("Tags: security, devex"),
            Some(vec!["security".into(), "devex".into()])
        );
        assert_eq!(
            tags_line("- **Themes:** Developer experience"),
            Some(vec!["Developer experience".into()])
        );
        assert_eq!(
            tags_line("Tags: #security #multi-cloud"),
            Some(vec!["security".into(), "multi-cloud".into()])
        );
        assert_eq!(tags_line("Tags:"), None);
        assert_eq!(tags_line("Recording: https://x"), None);
    }

    #[test]
    fn key_lines_do_not_take_urls() {
        assert_eq!(key_line("https://example.com"), None);
        assert_eq!(
            key_line("Slides: [deck](x)"),
            Some(("slides".into(), "[deck](x)"))
        );
    }

    #[test]
    fn hashtags_and_wiki_links() {
        let mut out = Vec::new();
        find_tags(
            "#devex and (#Multi-Cloud) but not C# or page#frag or #1 [[Security|sec]] [[ ]] [[Page#Part]]",
            10,
            &mut out,
        );
        let got: Vec<_> = out.iter().map(|t| (t.offset, t.name.as_str())).collect();
        // Wiki links are links to people and notes, never themes.
        assert_eq!(got, vec![(10, "devex"), (22, "Multi-Cloud")]);
    }

    #[test]
    fn plain_inline_drops_markup() {
        assert_eq!(
            plain_inline("**Ada** [Lovelace](https://x) `x` snake_case _em_"),
            "Ada Lovelace x snake_case em"
        );
    }
}
