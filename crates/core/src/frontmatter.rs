//! YAML front matter of one-session-per-file notes: a small, strict parser
//! of the subset of YAML that front matter uses.
//!
//! Why not a YAML crate: the app parses notes in the browser, and a full
//! YAML parser (measured: yaml-rust2) adds about 52 KB of gzipped wasm to a
//! budget of about 170 KB for the whole app. Front matter needs a tiny part
//! of YAML, so this module parses exactly that part and reports everything
//! else as unsupported, with its line, instead of guessing.
//!
//! The subset, one mapping of keys at column 0:
//!
//! - `key: plain scalar` (a trailing ` # comment` is removed; numbers,
//!   booleans and dates are kept as the text they are written as);
//! - `key: 'single quoted'` (`''` is a quote) and `key: "double quoted"`
//!   (escapes `\\ \" \/ \0 \a \b \t \n \v \f \r \e \N \_ \L \P \xXX \uXXXX
//!   \UXXXXXXXX` and `\ `), closed on the same line;
//! - `key: [a, "b, c", 'd']`: a flow list of scalars on one line;
//! - `key:` then `- item` lines (indented or not): a block list of scalars;
//! - `key: |` and `key: >` (with an optional `-` or `+`): literal and folded
//!   block scalars made of the indented lines that follow; trailing newlines
//!   are always removed;
//! - `key:` with nothing after it, `key: ~`, `key: null`: no value;
//! - blank lines and `# comment` lines anywhere.
//!
//! Everything else is an [`Error`] naming its line: nested mappings, lists
//! of lists or of mappings, flow mappings (`{...}`), anchors (`&a`), aliases
//! (`*a`), tags (`!!str`), multi-line plain or quoted scalars, complex keys
//! (`? `), tabs in indentation, duplicate keys, and a `: ` inside an
//! unquoted value (YAML reads that as a nested mapping; quote the value).
//!
//! Front matter is the block between a first line `---` and the next line
//! that is `---` or `...`; see [`find`].

use std::fmt;

/// A front matter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `key:` with nothing after it, `~` or `null`.
    Null,
    /// A scalar, unquoted and unescaped.
    Str(String),
    /// A flow or block list of scalars.
    List(Vec<String>),
}

impl Value {
    /// The value as a list of strings: a scalar is a list of one, `Null` is
    /// empty.
    pub fn items(&self) -> Vec<&str> {
        match self {
            Value::Null => Vec::new(),
            Value::Str(s) => vec![s.as_str()],
            Value::List(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// One `key: value` of the front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The key as written (front matter keys are case-sensitive in YAML;
    /// callers may compare them case-insensitively).
    pub key: String,
    /// The value, unquoted and unescaped.
    pub value: Value,
    /// 1-based line of the key in the file.
    pub line: u32,
}

/// The parsed front matter: its entries in the order written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// Every `key: value`, in file order (keys are unique).
    pub entries: Vec<Entry>,
}

impl FrontMatter {
    /// The entry whose key equals one of `keys` (ASCII case-insensitive),
    /// the first listed key that is present winning.
    pub fn get(&self, keys: &[&str]) -> Option<&Entry> {
        keys.iter()
            .find_map(|k| self.entries.iter().find(|e| e.key.eq_ignore_ascii_case(k)))
    }
}

/// Why front matter could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// 1-based line in the file.
    pub line: u32,
    /// What is wrong or unsupported, as a sentence fragment.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Where the front matter block of a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// The file does not start with a `---` line.
    Absent,
    /// The file starts with `---` but no closing `---` or `...` line
    /// follows.
    Unclosed,
    /// The block: `yaml` is the byte range of the text between the
    /// delimiters, which starts on line 2; the body starts at `body`.
    Found { yaml: (usize, usize), body: usize },
}

/// Finds the front matter block at the very top of `text` (no BOM, `\n`
/// line ends).
pub fn find(text: &str) -> Block {
    let Some(first_end) = text.find('\n') else {
        return Block::Absent;
    };
    if text[..first_end].trim_end() != "---" {
        return Block::Absent;
    }
    let start = first_end + 1;
    let mut pos = start;
    while pos <= text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            return Block::Found {
                yaml: (start, pos),
                body: (end + 1).min(text.len()),
            };
        }
        if end >= text.len() {
            break;
        }
        pos = end + 1;
    }
    Block::Unclosed
}

/// Parses the YAML text of a front matter block whose first line is line
/// `first_line` of the file.
pub fn parse(yaml: &str, first_line: u32) -> Result<FrontMatter, Error> {
    let lines: Vec<&str> = yaml.split('\n').collect();
    let mut fm = FrontMatter::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let lno = first_line + i as u32;
        let err = |message: &str| Error {
            line: lno,
            message: message.to_string(),
        };
        i += 1;
        if is_blank_or_comment(line) {
            continue;
        }
        check_indent(line, lno)?;
        if line.starts_with(' ') {
            return Err(err(
                "unexpected indentation: nested mappings and multi-line values are not supported",
            ));
        }
        if line.starts_with("- ") || line.trim_end() == "-" {
            return Err(err(
                "a list item with no key; write `key:` on the line before",
            ));
        }
        if line.starts_with('?') {
            return Err(err("complex keys (`? `) are not supported"));
        }
        if line.starts_with(['"', '\'']) {
            return Err(err("quoted keys are not supported"));
        }
        let Some((key, rest)) = split_key(line) else {
            return Err(err("expected `key: value`"));
        };
        if key.is_empty() {
            return Err(err("empty key"));
        }
        if fm.entries.iter().any(|e| e.key == key) {
            return Err(Error {
                line: lno,
                message: format!("duplicate key `{key}`"),
            });
        }
        let rest = rest.trim();
        let value = if rest.is_empty() || rest.starts_with('#') {
            // A block list, or no value.
            let mut items = Vec::new();
            while i < lines.len() {
                let l = lines[i];
                let ln = first_line + i as u32;
                if is_blank_or_comment(l) {
                    i += 1;
                    continue;
                }
                check_indent(l, ln)?;
                let t = l.trim_start();
                if t == "-" || t.starts_with("- ") {
                    let item = t[1..].trim();
                    if item.is_empty() || item.starts_with('#') {
                        return Err(Error {
                            line: ln,
                            message: "empty list item".into(),
                        });
                    }
                    if item.starts_with("- ") || item == "-" || item.starts_with('[') {
                        return Err(Error {
                            line: ln,
                            message: "lists of lists are not supported".into(),
                        });
                    }
                    items.push(scalar(item, ln, true)?);
                    i += 1;
                } else if l.starts_with(' ') {
                    let message = if split_key(t).is_some() {
                        "nested mappings are not supported"
                    } else {
                        "multi-line values are not supported; quote the value on one line"
                    };
                    return Err(Error {
                        line: ln,
                        message: message.into(),
                    });
                } else {
                    break;
                }
            }
            if items.is_empty() {
                Value::Null
            } else {
                Value::List(items)
            }
        } else if rest.starts_with('[') {
            Value::List(flow_list(rest, lno)?)
        } else if rest.starts_with('|') || rest.starts_with('>') {
            let (text, next) = block_scalar(rest, &lines, i, first_line, lno)?;
            i = next;
            Value::Str(text)
        } else {
            let s = scalar(rest, lno, false)?;
            // A plain scalar continued on indented lines is multi-line.
            if let Some(next) = lines.get(i)
                && next.starts_with(' ')
                && !is_blank_or_comment(next)
            {
                return Err(Error {
                    line: lno + 1,
                    message: "multi-line values are not supported; quote the value on one line"
                        .into(),
                });
            }
            if matches!(rest, "~" | "null" | "Null" | "NULL") {
                Value::Null
            } else {
                Value::Str(s)
            }
        };
        fm.entries.push(Entry {
            key: key.to_string(),
            value,
            line: lno,
        });
    }
    Ok(fm)
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn check_indent(line: &str, lno: u32) -> Result<(), Error> {
    let indent_end = line.len() - line.trim_start().len();
    if line[..indent_end].contains('\t') {
        return Err(Error {
            line: lno,
            message: "tab in indentation; YAML indents with spaces".into(),
        });
    }
    Ok(())
}

/// Splits `key: rest` (or `key:` at the end of the line) at the first colon
/// that is followed by a space or the end.
fn split_key(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b':' if i + 1 == bytes.len() || bytes[i + 1] == b' ' || bytes[i + 1] == b'\t' => {
                return Some((line[..i].trim(), &line[i + 1..]));
            }
            b'#' if i > 0 && bytes[i - 1] == b' ' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// One scalar: quoted or plain. `in_list` is true for block list items.
fn scalar(s: &str, lno: u32, in_list: bool) -> Result<String, Error> {
    let err = |m: &str| Error {
        line: lno,
        message: m.to_string(),
    };
    let s = s.trim();
    let Some(first) = s.chars().next() else {
        return Ok(String::new());
    };
    let (value, rest) = match first {
        '"' => double_quoted(&s[1..], lno)?,
        '\'' => single_quoted(&s[1..], lno)?,
        '{' => return Err(err("flow mappings (`{...}`) are not supported")),
        '[' if in_list => return Err(err("lists of lists are not supported")),
        '&' => return Err(err("anchors (`&name`) are not supported")),
        '*' => return Err(err("aliases (`*name`) are not supported")),
        '!' => return Err(err("tags (`!tag`) are not supported")),
        '|' | '>' if in_list => return Err(err("block scalars in lists are not supported")),
        '%' | '@' | '`' => {
            return Err(Error {
                line: lno,
                message: format!("a value may not start with `{first}`; quote it"),
            });
        }
        _ => {
            let v = strip_comment(s).trim_end();
            if in_list && (v.contains(": ") || v.ends_with(':')) {
                return Err(err("lists of mappings are not supported"));
            }
            if v.contains(": ") || v.ends_with(':') {
                return Err(err(
                    "`: ` inside an unquoted value (YAML reads it as a nested mapping); put the value in quotes",
                ));
            }
            return Ok(v.to_string());
        }
    };
    let rest = rest.trim();
    if !rest.is_empty() && !rest.starts_with('#') {
        return Err(err("unexpected text after the closing quote"));
    }
    Ok(value)
}

/// Removes a ` # comment` from a plain scalar.
fn strip_comment(s: &str) -> &str {
    let b = s.as_bytes();
    for i in 1..b.len() {
        if b[i] == b'#' && (b[i - 1] == b' ' || b[i - 1] == b'\t') {
            return &s[..i];
        }
    }
    s
}

/// Parses the inside of a double-quoted scalar (after the opening quote).
/// Returns the value and the text after the closing quote.
fn double_quoted(s: &str, lno: u32) -> Result<(String, &str), Error> {
    let err = |m: String| Error {
        line: lno,
        message: m,
    };
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &s[i + 1..])),
            '\\' => {
                let Some((_, e)) = chars.next() else { break };
                let simple = match e {
                    '\\' => Some('\\'),
                    '"' => Some('"'),
                    '/' => Some('/'),
                    ' ' => Some(' '),
                    '0' => Some('\0'),
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    't' | '\t' => Some('\t'),
                    'n' => Some('\n'),
                    'v' => Some('\x0b'),
                    'f' => Some('\x0c'),
                    'r' => Some('\r'),
                    'e' => Some('\x1b'),
                    'N' => Some('\u{85}'),
                    '_' => Some('\u{a0}'),
                    'L' => Some('\u{2028}'),
                    'P' => Some('\u{2029}'),
                    _ => None,
                };
                if let Some(c) = simple {
                    out.push(c);
                    continue;
                }
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    'U' => 8,
                    _ => {
                        return Err(err(format!(
                            "unknown escape `\\{e}` in a double-quoted value"
                        )));
                    }
                };
                let mut code = 0u32;
                for _ in 0..digits {
                    let d = chars.next().and_then(|(_, c)| c.to_digit(16));
                    let Some(d) = d else {
                        return Err(err(format!("`\\{e}` needs {digits} hex digits")));
                    };
                    code = code * 16 + d;
                }
                let Some(c) = char::from_u32(code) else {
                    return Err(err(format!("`\\{e}{code:X}` is not a Unicode character")));
                };
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Err(err(
        "a double-quoted value must end on the same line (multi-line values are not supported)"
            .into(),
    ))
}

/// Parses the inside of a single-quoted scalar (after the opening quote).
fn single_quoted(s: &str, lno: u32) -> Result<(String, &str), Error> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let Some(q) = rest.find('\'') else {
            return Err(Error {
                line: lno,
                message: "a single-quoted value must end on the same line (multi-line values are not supported)"
                    .into(),
            });
        };
        out.push_str(&rest[..q]);
        if rest[q + 1..].starts_with('\'') {
            out.push('\'');
            rest = &rest[q + 2..];
        } else {
            return Ok((out, &rest[q + 1..]));
        }
    }
}

/// Parses `[a, "b, c"]` on one line.
fn flow_list(s: &str, lno: u32) -> Result<Vec<String>, Error> {
    let err = |m: &str| Error {
        line: lno,
        message: m.to_string(),
    };
    let mut items = Vec::new();
    let mut rest = s[1..].trim_start();
    loop {
        if let Some(after) = rest.strip_prefix(']') {
            let after = after.trim();
            if !after.is_empty() && !after.starts_with('#') {
                return Err(err("unexpected text after `]`"));
            }
            return Ok(items);
        }
        let (item, after) = match rest.chars().next() {
            None => return Err(err("a flow list must end with `]` on the same line")),
            Some('"') => double_quoted(&rest[1..], lno)?,
            Some('\'') => single_quoted(&rest[1..], lno)?,
            Some('[') => return Err(err("lists of lists are not supported")),
            Some('{') => return Err(err("flow mappings (`{...}`) are not supported")),
            Some(',') => return Err(err("empty item in a flow list")),
            Some(_) => {
                let end = rest.find([',', ']']).unwrap_or(rest.len());
                let item = rest[..end].trim();
                if item.contains(['[', '{', '}']) {
                    return Err(err(
                        "nested brackets in a flow list are not supported; quote the item",
                    ));
                }
                if item.contains(": ") {
                    return Err(err(
                        "mappings in a flow list are not supported; quote the item",
                    ));
                }
                (item.to_string(), &rest[end..])
            }
        };
        items.push(item);
        let after = after.trim_start();
        if let Some(a) = after.strip_prefix(',') {
            rest = a.trim_start();
        } else if after.starts_with(']') {
            rest = after;
        } else if after.is_empty() {
            return Err(err("a flow list must end with `]` on the same line"));
        } else {
            return Err(err("expected `,` or `]` in a flow list"));
        }
    }
}

/// Parses a `|` or `>` block scalar whose header is `header`; its lines
/// start at `lines[start]`. Returns the text and the index of the first
/// line after it.
fn block_scalar(
    header: &str,
    lines: &[&str],
    start: usize,
    first_line: u32,
    lno: u32,
) -> Result<(String, usize), Error> {
    let literal = header.starts_with('|');
    let indicator = strip_comment(&header[1..]).trim();
    if !matches!(indicator, "" | "-" | "+") {
        return Err(Error {
            line: lno,
            message: "block scalar indicators other than `-` and `+` are not supported".into(),
        });
    }
    let mut i = start;
    let mut indent = None;
    let mut body: Vec<&str> = Vec::new();
    while i < lines.len() {
        let l = lines[i];
        if l.trim().is_empty() {
            body.push("");
            i += 1;
            continue;
        }
        if !l.starts_with(' ') {
            break;
        }
        check_indent(l, first_line + i as u32)?;
        let n = l.len() - l.trim_start_matches(' ').len();
        let ind = *indent.get_or_insert(n);
        if n < ind {
            return Err(Error {
                line: first_line + i as u32,
                message: "less indented line inside a block scalar".into(),
            });
        }
        body.push(&l[ind..]);
        i += 1;
    }
    while body.last() == Some(&"") {
        body.pop();
    }
    let mut out = String::new();
    if literal {
        out = body.join("\n");
    } else {
        for (k, l) in body.iter().enumerate() {
            if l.is_empty() {
                out.push('\n');
            } else {
                if k > 0 && !body[k - 1].is_empty() {
                    out.push(' ');
                }
                out.push_str(l);
            }
        }
    }
    Ok((out, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(yaml: &str) -> Vec<(String, Value)> {
        parse(yaml, 2)
            .unwrap()
            .entries
            .into_iter()
            .map(|e| (e.key, e.value))
            .collect()
    }

    fn s(v: &str) -> Value {
        Value::Str(v.to_string())
    }

    fn list(v: &[&str]) -> Value {
        Value::List(v.iter().map(|s| s.to_string()).collect())
    }

    fn err(yaml: &str) -> (u32, String) {
        let e = parse(yaml, 2).unwrap_err();
        (e.line, e.message)
    }

    #[test]
    fn finds_the_block_between_dashes_at_the_top() {
        let t = "---\ntitle: A\n---\nbody\n";
        assert_eq!(
            find(t),
            Block::Found {
                yaml: (4, 13),
                body: 17
            }
        );
        assert_eq!(&t[4..13], "title: A\n");
        assert_eq!(
            find("---\ntitle: A\n...\n"),
            Block::Found {
                yaml: (4, 13),
                body: 17
            }
        );
        assert_eq!(
            find("---\ntitle: A\n---"),
            Block::Found {
                yaml: (4, 13),
                body: 16
            }
        );
        assert_eq!(find("---\ntitle: A\n"), Block::Unclosed);
        assert_eq!(find("# Title\n---\n"), Block::Absent);
        assert_eq!(find("---"), Block::Absent);
        assert_eq!(find(""), Block::Absent);
    }

    #[test]
    fn plain_scalars_keep_their_text_and_lose_comments() {
        assert_eq!(
            ok("title: Microservices Made Easy!\ndate: 2021-10-13 # the day\nday: 2\n"),
            vec![
                ("title".into(), s("Microservices Made Easy!")),
                ("date".into(), s("2021-10-13")),
                ("day".into(), s("2"))
            ]
        );
        assert_eq!(
            ok("url: https://x.io/#frag\n"),
            vec![("url".into(), s("https://x.io/#frag"))]
        );
        assert_eq!(
            ok("track:\nlang: ~\n"),
            vec![("track".into(), Value::Null), ("lang".into(), Value::Null)]
        );
    }

    #[test]
    fn quoted_scalars_unescape() {
        assert_eq!(
            ok(r#"title: "Shh, It’s a \"Secret\": \u00e9\x41\n""#),
            vec![("title".into(), s("Shh, It’s a \"Secret\": éA\n"))]
        );
        assert_eq!(
            ok("title: 'It''s: fine' # c"),
            vec![("title".into(), s("It's: fine"))]
        );
    }

    #[test]
    fn flow_and_block_lists() {
        assert_eq!(
            ok(r#"tags: [a, "b, c", 'd', e f]"#),
            vec![("tags".into(), list(&["a", "b, c", "d", "e f"]))]
        );
        assert_eq!(ok("tags: []"), vec![("tags".into(), list(&[]))]);
        assert_eq!(
            ok(
                "speakers:\n  - Jay Chen (Palo Alto Networks)\n  # comment\n\n  - \"Aviv Sasson, Palo Alto Networks\"\n- Third\ntitle: T"
            ),
            vec![
                (
                    "speakers".into(),
                    list(&[
                        "Jay Chen (Palo Alto Networks)",
                        "Aviv Sasson, Palo Alto Networks",
                        "Third"
                    ])
                ),
                ("title".into(), s("T"))
            ]
        );
    }

    #[test]
    fn block_scalars_literal_and_folded() {
        assert_eq!(
            ok("a: |\n  one\n  two\n\nb: >-\n  one\n  two\n\n  three\n"),
            vec![
                ("a".into(), s("one\ntwo")),
                ("b".into(), s("one two\nthree"))
            ]
        );
    }

    #[test]
    fn everything_else_is_reported_with_its_line() {
        assert_eq!(
            err("title: A\nevent:\n  name: KubeCon\n"),
            (4, "nested mappings are not supported".into())
        );
        assert_eq!(
            err("title: A\ntitle: B"),
            (3, "duplicate key `title`".into())
        );
        assert_eq!(
            err("x: &a 1"),
            (2, "anchors (`&name`) are not supported".into())
        );
        assert_eq!(
            err("x: *a"),
            (2, "aliases (`*name`) are not supported".into())
        );
        assert_eq!(
            err("x: !!str 1"),
            (2, "tags (`!tag`) are not supported".into())
        );
        assert_eq!(
            err("x: {a: 1}"),
            (2, "flow mappings (`{...}`) are not supported".into())
        );
        assert_eq!(
            err("x: [a, [b]]"),
            (2, "lists of lists are not supported".into())
        );
        assert_eq!(
            err("x: [a, b"),
            (2, "a flow list must end with `]` on the same line".into())
        );
        assert_eq!(err("x: \"open"), (2, "a double-quoted value must end on the same line (multi-line values are not supported)".into()));
        assert_eq!(
            err("x: \"a\\q\""),
            (2, "unknown escape `\\q` in a double-quoted value".into())
        );
        assert_eq!(err("title: Shh: a secret"), (2, "`: ` inside an unquoted value (YAML reads it as a nested mapping); put the value in quotes".into()));
        assert_eq!(
            err("title: a\n  continued"),
            (
                3,
                "multi-line values are not supported; quote the value on one line".into()
            )
        );
        assert_eq!(err("just text"), (2, "expected `key: value`".into()));
        assert_eq!(
            err("  indented: x"),
            (
                2,
                "unexpected indentation: nested mappings and multi-line values are not supported"
                    .into()
            )
        );
        assert_eq!(
            err("- a"),
            (
                2,
                "a list item with no key; write `key:` on the line before".into()
            )
        );
        assert_eq!(
            err("x:\n\t- a"),
            (3, "tab in indentation; YAML indents with spaces".into())
        );
        assert_eq!(
            err("x:\n  - - a"),
            (3, "lists of lists are not supported".into())
        );
        assert_eq!(err("x:\n  -"), (3, "empty list item".into()));
        assert_eq!(
            err("x: \"a\" b"),
            (2, "unexpected text after the closing quote".into())
        );
        assert_eq!(
            err("x: @me"),
            (2, "a value may not start with `@`; quote it".into())
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for y in [
            "x: \"\\",
            "x: \"\\u12",
            "x: '",
            "x: [",
            "x: [\"a\" b]",
            ":",
            ": x",
            "x: |9",
            "x: >\n a\nb",
            "x: \"\\UFFFFFFFF\"",
        ] {
            let _ = parse(y, 1);
        }
    }
}
