//! Front matter of notes files: the YAML block of Jekyll, Hugo, Obsidian
//! and conference websites (`---` … `---`), read by the `yaml-rust2`
//! crate (nested mappings, lists of mappings, block scalars, comments,
//! quoted keys: all of YAML 1.2), and Hugo's TOML block (`+++` … `+++`),
//! read here for the part front matter uses (`key = "string"`, numbers,
//! booleans, dates, arrays, `[table]` headers, `"""` strings), and
//! JBake's `key=value` header closed by `~~~~~~`.
//!
//! Values come out as a small tree ([`Value`]) whose scalars are the text
//! written (numbers and dates are not interpreted), so the parser can look
//! up what it needs (`title`, `speakers`, `video_url`...) whatever their
//! shape: a string, a list of strings, a list of mappings with `name:`.
//!
//! Front matter is the block between a first line `---` (or `+++`) and
//! the next line that is `---` or `...` (or `+++`); see [`find`]. Blank
//! lines before it are allowed (some editors write one).

use std::fmt;

use yaml_rust2::{Yaml, YamlLoader};

/// A front matter value: scalars as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `key:` with nothing after it, `~` or `null`.
    Null,
    /// A scalar: string, number, boolean or date, as text.
    Str(String),
    /// A list.
    List(Vec<Value>),
    /// A mapping, in the order written.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// The value as a list of strings: a scalar is a list of one, a list
    /// gives its scalars, `Null` and mappings give nothing.
    pub fn items(&self) -> Vec<&str> {
        match self {
            Value::Str(s) => vec![s.as_str()],
            Value::List(v) => v.iter().filter_map(Value::as_str).collect(),
            Value::Null | Value::Map(_) => Vec::new(),
        }
    }

    /// The scalar's text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value of `key` in a mapping (ASCII case-insensitive).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(m) => m
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The first of `keys` a mapping has with a non-empty scalar.
    pub fn get_str(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
        })
    }
}

/// One top-level `key: value` of the front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The key as written (callers compare keys case-insensitively).
    pub key: String,
    pub value: Value,
    /// 1-based line of the key in the file (the block's first line when
    /// it cannot be found).
    pub line: u32,
}

/// The parsed front matter: its top-level entries in the order written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub entries: Vec<Entry>,
}

impl FrontMatter {
    /// The entry whose key equals one of `keys` (ASCII case-insensitive),
    /// the first listed key that is present with a value winning.
    pub fn get(&self, keys: &[&str]) -> Option<&Entry> {
        keys.iter().find_map(|k| {
            self.entries
                .iter()
                .find(|e| e.key.eq_ignore_ascii_case(k) && e.value != Value::Null)
        })
    }

    /// The scalar (or list of scalars, joined by `, `) of the first of
    /// `keys` present and not blank.
    pub fn text(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            let e = self.get(&[k])?;
            let s = e.value.items().join(", ");
            (!s.trim().is_empty()).then(|| s.trim().to_string())
        })
    }
}

/// Why front matter could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// 1-based line in the file.
    pub line: u32,
    /// What is wrong, as a sentence fragment.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Which language a front matter block is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Toml,
    /// Hugo's JSON front matter: an object from a `{` line to a `}` line.
    Json,
    /// JBake's header: `key=value` lines closed by a `~~~~~~` line.
    JBake,
}

/// Where the front matter block of a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// The file does not start with a `---`, `+++` or `{` line (nor with
    /// undelimited `key: value` lines).
    Absent,
    /// The file starts with `---` (or `+++`, or `{`) but no closing line
    /// (`---`, `+++`, `}`) follows.
    Unclosed,
    /// The block: `yaml` is the byte range of the text between the
    /// delimiters, which starts on line `first_line`; the body starts at
    /// `body`.
    Found {
        yaml: (usize, usize),
        body: usize,
        first_line: u32,
        format: Format,
    },
}

/// Finds the front matter block at the top of `text` (no BOM, `\n` line
/// ends), after blank lines if any.
pub fn find(text: &str) -> Block {
    let mut pos = 0;
    let mut line = 1u32;
    // Blank lines before the block.
    while let Some(end) = text[pos..].find('\n').map(|i| pos + i) {
        if !text[pos..end].trim().is_empty() {
            break;
        }
        pos = end + 1;
        line += 1;
    }
    let Some(first_end) = text[pos..].find('\n').map(|i| pos + i) else {
        return Block::Absent;
    };
    let (format, closers): (Format, &[&str]) = match text[pos..first_end].trim_end() {
        "---" => (Format::Yaml, &["---", "..."]),
        "+++" => (Format::Toml, &["+++"]),
        "{" => (Format::Json, &["}"]),
        // (Eleventy's and Lume's JSON front matter: `---json`, the object,
        // `---`.)
        "---json" => (Format::Json, &["---"]),
        l if is_jbake_line(l) => return find_jbake(text, pos, line),
        _ => return find_undelimited(text, pos, line),
    };
    let dashed_json = format == Format::Json && text[pos..first_end].starts_with("---");
    let start = first_end + 1;
    let mut p = start;
    while p <= text.len() {
        let end = text[p..].find('\n').map_or(text.len(), |i| p + i);
        let l = text[p..end].trim_end();
        if closers.contains(&l) {
            if dashed_json {
                return dashed_json_block(text, start, p, end, line);
            }
            return Block::Found {
                yaml: (start, p),
                body: (end + 1).min(text.len()),
                first_line: line + 1,
                format,
            };
        }
        if end >= text.len() {
            break;
        }
        p = end + 1;
    }
    Block::Unclosed
}

/// A `---json` block whose lines `start..close` hold the object: the
/// object's inside when its braces have lines of their own (as a `{` …
/// `}` block), else the whole object read as YAML's flow style.
fn dashed_json_block(text: &str, start: usize, close: usize, end: usize, line: u32) -> Block {
    let inner = &text[start..close];
    let body = (end + 1).min(text.len());
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.trim_end().len();
    let open_line = inner[lead..].split('\n').next().unwrap_or("").trim_end();
    let close_line = inner[..trail].rsplit('\n').next().unwrap_or("").trim();
    if open_line == "{" && close_line == "}" && lead + 1 < trail {
        let from = start + lead + inner[lead..].find('\n').map_or(0, |i| i + 1);
        let to = start + inner[..trail].rfind('\n').map_or(trail, |i| i + 1);
        let skipped = inner[..from - start].matches('\n').count() as u32;
        return Block::Found {
            yaml: (from, to.max(from)),
            body,
            first_line: line + 1 + skipped,
            format: Format::Json,
        };
    }
    Block::Found {
        yaml: (start, close),
        body,
        first_line: line + 1,
        format: Format::Yaml,
    }
}

/// Whether a line is a `key=value` line of JBake's header (`title=Charlas`,
/// `type=page`).
fn is_jbake_line(l: &str) -> bool {
    l.split_once('=').is_some_and(|(k, _)| {
        !k.is_empty()
            && k.len() <= 32
            && k.starts_with(|c: char| c.is_ascii_alphabetic())
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
    })
}

/// JBake's header from `start`, on line `first_line`: `key=value` lines
/// up to a line of tildes (`~~~~~~`), which JBake requires.
fn find_jbake(text: &str, start: usize, first_line: u32) -> Block {
    let mut pos = start;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let l = text[pos..end].trim_end();
        if l.len() >= 3 && l.bytes().all(|b| b == b'~') && pos > start {
            return Block::Found {
                yaml: (start, pos),
                body: (end + 1).min(text.len()),
                first_line,
                format: Format::JBake,
            };
        }
        if !(is_jbake_line(l) || l.is_empty()) {
            return Block::Absent;
        }
        pos = end + 1;
    }
    Block::Absent
}

/// Reads JBake's `key=value` lines: each value a string as written.
fn parse_jbake(src: &str, first_line: u32) -> FrontMatter {
    let entries = src
        .lines()
        .enumerate()
        .filter_map(|(n, l)| {
            let (k, v) = l.split_once('=')?;
            Some(Entry {
                key: k.trim().to_string(),
                value: Value::Str(v.trim().to_string()),
                line: first_line + n as u32,
            })
        })
        .collect();
    FrontMatter { entries }
}

/// Whether a line is a `key: value` (or `key:`) line of metadata.
fn is_key_line(l: &str) -> bool {
    let Some((k, _)) = l.split_once(':') else {
        return false;
    };
    !k.is_empty()
        && k.len() <= 32
        && k.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && l[k.len() + 1..].chars().next().is_none_or(|c| c == ' ')
}

/// Front matter written without its opening line: `key: value` lines at
/// the top of the file, closed by a `---` line (a YAML block whose
/// opening `---` was lost), or, Pelican and MultiMarkdown style, two or
/// more `Title:`/`Date:`/`Tags:` lines ended by a blank line.
fn find_undelimited(text: &str, start: usize, first_line: u32) -> Block {
    const META_KEYS: &[&str] = &[
        "title",
        "date",
        "tags",
        "author",
        "authors",
        "slug",
        "category",
        "categories",
        "modified",
        "summary",
        "lang",
        "status",
        "speaker",
        "speakers",
        "event",
    ];
    let mut pos = start;
    let mut keys = 0;
    let mut meta_keys = 0;
    let mut lines = 0;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let l = text[pos..end].trim_end();
        if l == "---" && keys >= 2 {
            return Block::Found {
                yaml: (start, pos),
                body: (end + 1).min(text.len()),
                first_line,
                format: Format::Yaml,
            };
        }
        if l.is_empty() {
            if meta_keys >= 2 && meta_keys == keys {
                return Block::Found {
                    yaml: (start, pos),
                    body: (end + 1).min(text.len()),
                    first_line,
                    format: Format::Yaml,
                };
            }
        } else if is_key_line(l) {
            keys += 1;
            let k = l.split(':').next().unwrap_or("").to_ascii_lowercase();
            meta_keys += usize::from(META_KEYS.contains(&k.as_str()));
        } else if !(l.starts_with(' ') || l.starts_with("- ") || l.starts_with('#')) {
            return Block::Absent;
        }
        lines += 1;
        if lines > 60 || keys == 0 {
            return Block::Absent;
        }
        pos = end + 1;
    }
    Block::Absent
}

/// Parses a front matter block (`src`, whose first line is line
/// `first_line` of the file) in its format.
pub fn parse_block(src: &str, first_line: u32, format: Format) -> Result<FrontMatter, Error> {
    match format {
        Format::Yaml => parse(src, first_line),
        Format::Toml => parse_toml(src, first_line),
        Format::JBake => Ok(parse_jbake(src, first_line)),
        // (JSON is YAML's flow style: the object read as YAML, with its
        // braces, each line without its indentation, which flow style
        // ignores, so that each key's line is found.)
        Format::Json => {
            let lines: Vec<&str> = src.split('\n').map(str::trim_start).collect();
            parse(
                &format!("{{\n{}\n}}", lines.join("\n")),
                first_line.saturating_sub(1),
            )
        }
    }
}

/// Parses YAML front matter whose first line is line `first_line` of the
/// file. The top level must be a mapping (or empty).
pub fn parse(yaml: &str, first_line: u32) -> Result<FrontMatter, Error> {
    let (docs, spaced) = match YamlLoader::load_from_str(yaml) {
        Ok(docs) => (docs, None),
        Err(e) => {
            // Tabs where YAML wants spaces (`title:\tSchedule`, tabs
            // after each line), as Jekyll's reader takes them: read as
            // spaces, else the first error stands.
            let spaced = yaml.contains('\t').then(|| yaml.replace('\t', " "));
            match spaced.as_deref().map(YamlLoader::load_from_str) {
                Some(Ok(docs)) => (docs, spaced),
                _ => {
                    return Err(Error {
                        line: first_line + (e.marker().line() as u32).saturating_sub(1),
                        message: explain_yaml_error(e.info()),
                    });
                }
            }
        }
    };
    let yaml = spaced.as_deref().unwrap_or(yaml);
    let root = match docs.into_iter().next() {
        None | Some(Yaml::Null) => return Ok(FrontMatter::default()),
        Some(y) => y,
    };
    let Yaml::Hash(h) = root else {
        return Err(Error {
            line: first_line,
            message: "the front matter is not a list of `key: value` lines".into(),
        });
    };
    let lines: Vec<&str> = yaml.split('\n').collect();
    let mut fm = FrontMatter::default();
    for (k, v) in h {
        let Some(key) = scalar(&k) else {
            continue;
        };
        let line = key_line(&lines, &key).map_or(first_line, |i| first_line + i as u32);
        fm.entries.push(Entry {
            key,
            value: convert(v, 0),
            line,
        });
    }
    Ok(fm)
}

/// The YAML parser's message, with what usually causes it in front matter.
fn explain_yaml_error(info: &str) -> String {
    let hint = if info.contains("mapping values are not allowed") {
        " (a `: ` inside an unquoted value? put the value in quotes)"
    } else if info.contains("did not find expected") || info.contains("while parsing") {
        " (check the indentation and the quotes)"
    } else {
        ""
    };
    format!("{info}{hint}")
}

/// The 0-based line of a top-level `key:` (plain or quoted).
fn key_line(lines: &[&str], key: &str) -> Option<usize> {
    // `key`, `"key"` or `'key'`, without formatting the quoted forms for
    // every line (this runs for every key of every file).
    fn quoted<'l>(l: &'l str, key: &str, q: char) -> Option<&'l str> {
        l.strip_prefix(q)?.strip_prefix(key)?.strip_prefix(q)
    }
    lines.iter().position(|l| {
        let rest = l
            .strip_prefix(key)
            .or_else(|| quoted(l, key, '"'))
            .or_else(|| quoted(l, key, '\''));
        rest.is_some_and(|r| r.trim_start().starts_with(':'))
    })
}

/// A scalar's text.
fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A YAML node as a [`Value`] (deeper than 32 levels is cut off: front
/// matter is never that deep, and nothing here recurses without bound).
fn convert(y: Yaml, depth: usize) -> Value {
    if depth > 32 {
        return Value::Null;
    }
    match y {
        Yaml::Array(a) => Value::List(a.into_iter().map(|v| convert(v, depth + 1)).collect()),
        Yaml::Hash(h) => Value::Map(
            h.into_iter()
                .filter_map(|(k, v)| Some((scalar(&k)?, convert(v, depth + 1))))
                .collect(),
        ),
        Yaml::Null | Yaml::BadValue | Yaml::Alias(_) => Value::Null,
        other => scalar(&other).map_or(Value::Null, Value::Str),
    }
}

/// Parses TOML front matter: `key = value` lines with strings (`"…"`,
/// `'…'`, `"""…"""`), numbers, booleans, dates and arrays (over several
/// lines too); `[table]` headers start a mapping. Inline tables and arrays
/// of tables are reported, with their line.
pub fn parse_toml(src: &str, first_line: u32) -> Result<FrontMatter, Error> {
    let lines: Vec<&str> = src.split('\n').collect();
    let mut fm = FrontMatter::default();
    let mut table: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        let lno = first_line + i as u32;
        let err = |m: &str| Error {
            line: lno,
            message: m.to_string(),
        };
        let line = lines[i].trim();
        i += 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with("[[") {
            return Err(err("arrays of tables (`[[...]]`) are not read"));
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            fm.entries.push(Entry {
                key: name.trim().trim_matches('"').to_string(),
                value: Value::Map(Vec::new()),
                line: lno,
            });
            table = Some(fm.entries.len() - 1);
            continue;
        }
        let Some((key, rest)) = line.split_once('=') else {
            return Err(err("expected `key = value`"));
        };
        let key = key.trim().trim_matches(['"', '\'']).to_string();
        let mut value_src = rest.trim().to_string();
        // A value over several lines: an array, or a `"""` string.
        if value_src.starts_with("\"\"\"") && !value_src[3..].contains("\"\"\"") {
            while i < lines.len() && !value_src[3..].contains("\"\"\"") {
                value_src.push('\n');
                value_src.push_str(lines[i]);
                i += 1;
            }
        } else if value_src.starts_with('[') {
            while i < lines.len() && !balanced(&value_src) {
                value_src.push(' ');
                value_src.push_str(lines[i].trim());
                i += 1;
            }
        }
        let value = toml_value(value_src.trim()).ok_or_else(|| {
            err("a value this reader does not understand (inline tables are not read)")
        })?;
        match table.and_then(|t| fm.entries.get_mut(t)) {
            Some(Entry {
                value: Value::Map(m),
                ..
            }) => m.push((key, value)),
            _ => fm.entries.push(Entry {
                key,
                value,
                line: lno,
            }),
        }
    }
    Ok(fm)
}

/// Whether the brackets of an array outside strings are balanced.
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            (None, '#') if depth <= 0 => break,
            _ => {}
        }
    }
    depth <= 0
}

/// One TOML value.
fn toml_value(s: &str) -> Option<Value> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("\"\"\"") {
        let end = inner.find("\"\"\"")?;
        return Some(Value::Str(
            inner[..end].trim_start_matches('\n').to_string(),
        ));
    }
    if s.starts_with('"') {
        let (text, _) = toml_string(s)?;
        return Some(Value::Str(text));
    }
    if let Some(inner) = s.strip_prefix('\'') {
        let end = inner.find('\'')?;
        return Some(Value::Str(inner[..end].to_string()));
    }
    if let Some(inner) = s.strip_prefix('[') {
        let mut items = Vec::new();
        let mut rest = inner.trim_start();
        loop {
            rest = rest.trim_start_matches([',', ' ', '\t']);
            if rest.starts_with(']') || rest.is_empty() {
                break;
            }
            let (item, len) = if rest.starts_with('"') {
                let (t, len) = toml_string(rest)?;
                (Value::Str(t), len)
            } else if let Some(inner) = rest.strip_prefix('\'') {
                let end = inner.find('\'')?;
                (Value::Str(inner[..end].to_string()), end + 2)
            } else {
                let end = rest.find([',', ']']).unwrap_or(rest.len());
                (Value::Str(rest[..end].trim().to_string()), end)
            };
            items.push(item);
            rest = &rest[len..];
        }
        return Some(Value::List(items));
    }
    if s.starts_with('{') {
        return None;
    }
    // Numbers, booleans, dates: as written, without a comment.
    let v = s.split(" #").next().unwrap_or(s).trim();
    Some(Value::Str(v.to_string()))
}

/// A basic TOML string at the start of `s` (`"…"` with escapes): its text
/// and its length in bytes.
fn toml_string(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'u' => {
                    let hex: String = (0..4).filter_map(|_| chars.next().map(|x| x.1)).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(y: &str) -> Vec<(String, Value)> {
        parse(y, 2)
            .unwrap()
            .entries
            .into_iter()
            .map(|e| (e.key, e.value))
            .collect()
    }

    fn s(x: &str) -> Value {
        Value::Str(x.into())
    }

    #[test]
    fn finds_the_block_between_dashes_at_the_top() {
        let t = "---\ntitle: A\n---\nbody\n";
        assert_eq!(
            find(t),
            Block::Found {
                yaml: (4, 13),
                body: 17,
                first_line: 2,
                format: Format::Yaml
            }
        );
        assert_eq!(
            find("\n---\na: 1\n...\nx"),
            Block::Found {
                yaml: (5, 10),
                body: 14,
                first_line: 3,
                format: Format::Yaml
            }
        );
        assert_eq!(
            find("+++\na = 1\n+++\n"),
            Block::Found {
                yaml: (4, 10),
                body: 14,
                first_line: 2,
                format: Format::Toml
            }
        );
        assert_eq!(find("---\ntitle: A\n"), Block::Unclosed);
        // Without the opening line: closed by `---`, or Pelican's metadata.
        assert_eq!(
            find("title: A\nspeaker: b\n---\nx"),
            Block::Found {
                yaml: (0, 20),
                body: 24,
                first_line: 1,
                format: Format::Yaml
            }
        );
        assert_eq!(
            find("Title: A\nDate: 2019\n\nBody"),
            Block::Found {
                yaml: (0, 20),
                body: 21,
                first_line: 1,
                format: Format::Yaml
            }
        );
        assert_eq!(find("Note: this is prose\n\nBody"), Block::Absent);
        assert_eq!(find("# Title\nkey: v\n---\n"), Block::Absent);
        assert_eq!(find("# Title\n---\n"), Block::Absent);
        assert_eq!(find(""), Block::Absent);
    }

    #[test]
    fn yaml_of_conference_websites() {
        let y = "title: \"Sufficiently Advanced\"\nvideo_url: https://youtu.be/x # the video\nspeakers:\n- biography: \"Zac is\\u2019s\\\n    \\ long\"\n  name: Zac Hatfield-Dodds\n# a comment\n'quoted key': yes\nabstract: |\n  one\n  two\nfolded: >\n  a\n  b\nbreadcrumbs:\n  items:\n    - title: X\n";
        let e = ok(y);
        assert_eq!(e[0], ("title".into(), s("Sufficiently Advanced")));
        assert_eq!(e[1], ("video_url".into(), s("https://youtu.be/x")));
        let sp = &e[2].1;
        let first = match sp {
            Value::List(v) => &v[0],
            _ => panic!("{sp:?}"),
        };
        assert_eq!(first.get_str(&["name"]), Some("Zac Hatfield-Dodds"));
        assert_eq!(first.get_str(&["biography"]), Some("Zac is’s long"));
        assert_eq!(
            e[3],
            ("quoted key".into(), s("yes")),
            "YAML 1.2: yes is a string"
        );
        assert_eq!(e[4], ("abstract".into(), s("one\ntwo\n")));
        assert_eq!(e[5], ("folded".into(), s("a b\n")));
        let fm = parse(y, 2).unwrap();
        assert_eq!(fm.get(&["VIDEO_URL"]).map(|e| e.line), Some(3));
        assert_eq!(
            fm.text(&["title"]).as_deref(),
            Some("Sufficiently Advanced")
        );
    }

    #[test]
    fn yaml_errors_name_their_line() {
        let e = parse("title: A\n  bad: [\n", 2).unwrap_err();
        assert!(e.line >= 2, "{e:?}");
        assert!(!e.message.is_empty());
        assert!(
            parse("- a\n- b\n", 2).is_err(),
            "a list is not front matter"
        );
        assert_eq!(parse("", 2).unwrap(), FrontMatter::default());
        // Tabs after the colons and at the lines' ends, as a Jekyll page
        // has them: read as spaces.
        let fm = parse("layout: page\t\t\ntitle:\tSchedule\t\n", 2).unwrap();
        assert_eq!(fm.text(&["title"]).as_deref(), Some("Schedule"));
        // (Still an error where spaces would not mend it.)
        assert!(parse("title:\tA\n  bad: [\n", 2).is_err());
    }

    /// The front matter `find` sees in `text`, read: its format, the body
    /// after it, and what it holds.
    fn found_and_read(text: &str) -> (Format, &str, FrontMatter) {
        let Block::Found {
            yaml,
            body,
            first_line,
            format,
        } = find(text)
        else {
            panic!("no front matter found in {text:?}");
        };
        let fm = parse_block(&text[yaml.0..yaml.1], first_line, format).unwrap();
        (format, &text[body..], fm)
    }

    #[test]
    fn jbake_headers() {
        // JBake's header: `key=value` lines, then a line of tildes (which
        // is no code fence over the whole page).
        let text =
            "title=Charlas\ndate=2017-06-14\ntype=page\nstatus=published\n~~~~~~\n\nNormalmente…\n";
        let (format, body, fm) = found_and_read(text);
        assert_eq!(format, Format::JBake);
        assert_eq!(body, "\nNormalmente…\n");
        assert_eq!(fm.text(&["title"]).as_deref(), Some("Charlas"));
        assert_eq!(fm.get(&["type"]).map(|e| e.line), Some(3));
        // Near misses: `a=b` lines with no tildes after them, or prose
        // before the tildes, are no header.
        assert_eq!(find("x=1\ny=2\n\nSome text.\n"), Block::Absent);
        assert_eq!(
            find("x=1\nNot a key\n~~~~~~\ncode\n~~~~~~\n"),
            Block::Absent
        );
    }

    #[test]
    fn json_of_hugo_sites() {
        // Hugo's JSON front matter, tab-indented, with a trailing comma.
        let text = "{\n\t\"Title\": \"Linux Plumbers Conf 2010\",\n\t\"Keywords\": [\"lpc\", \"boston\"],\n\t\"Section\": \"post\",\n}\n\nBody.\n";
        let (format, body, fm) = found_and_read(text);
        assert_eq!(format, Format::Json);
        assert_eq!(body, "\nBody.\n");
        assert_eq!(
            fm.text(&["title"]).as_deref(),
            Some("Linux Plumbers Conf 2010")
        );
        assert_eq!(
            fm.get(&["keywords"]).map(|e| e.value.items()),
            Some(vec!["lpc", "boston"])
        );
        assert_eq!(fm.get(&["section"]).map(|e| e.line), Some(4));
        // A brace opening the body's first line is no front matter
        // without its closing line.
        assert_eq!(find("{not json\nBody.\n"), Block::Absent);
    }

    #[test]
    fn json_of_eleventy_sites() {
        // Eleventy's and Lume's `---json` front matter: the object between
        // `---json` and `---`; each key keeps its line in the file.
        let text = "---json\n{\n    \"layout\": \"event\",\n    \"tags\": [\"event\", \"until_lt\"],\n    \"title\": \"UNTIL. LT #0x05\"\n}\n---\n\nBody.\n";
        let (format, body, fm) = found_and_read(text);
        assert_eq!(format, Format::Json);
        assert_eq!(body, "\nBody.\n");
        assert_eq!(fm.text(&["title"]).as_deref(), Some("UNTIL. LT #0x05"));
        assert_eq!(fm.get(&["title"]).map(|e| e.line), Some(5));
        assert_eq!(
            fm.get(&["tags"]).map(|e| e.value.items()),
            Some(vec!["event", "until_lt"])
        );
        // The object on one line is read too.
        let one = "---json\n{\"title\": \"One line\"}\n---\nBody.\n";
        let (_, _, fm) = found_and_read(one);
        assert_eq!(fm.text(&["title"]).as_deref(), Some("One line"));
        // Unclosed, it is reported as such.
        assert_eq!(
            find("---json\n{\"title\": \"x\"}\nBody.\n"),
            Block::Unclosed
        );
    }

    #[test]
    fn toml_of_hugo_sites() {
        let t = "Title = \"Automated S3 \\\"Blocking\\\"\"\nSpeakers = [\"damien-burks\",\n  'b']\nYoutube = \"xPvfD\"\nVimeo = \"\"\nweight = 3 # comment\ndraft = false\nbody = \"\"\"\nline\"\"\"\n[params]\nevent = \"DevOpsDays\"\n";
        let fm = parse_toml(t, 2).unwrap();
        assert_eq!(
            fm.text(&["title"]).as_deref(),
            Some("Automated S3 \"Blocking\"")
        );
        assert_eq!(
            fm.get(&["speakers"]).map(|e| e.value.items()),
            Some(vec!["damien-burks", "b"])
        );
        assert_eq!(fm.text(&["weight"]).as_deref(), Some("3"));
        assert_eq!(fm.text(&["body"]).as_deref(), Some("line"));
        assert_eq!(fm.text(&["vimeo"]), None);
        assert_eq!(
            fm.get(&["params"])
                .and_then(|e| e.value.get_str(&["event"])),
            Some("DevOpsDays")
        );
        assert_eq!(fm.get(&["speakers"]).map(|e| e.line), Some(3));
        assert!(parse_toml("a = {x = 1}\n", 2).is_err());
        assert!(parse_toml("nonsense\n", 2).is_err());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for y in [
            "x: \"\\", "x: '", "[", "{", "- - -", "a: *b", "&a x: 1", ":\n:\n", "\t- x",
        ] {
            let _ = parse(y, 2);
        }
        for t in ["a = \"", "a = [", "a = '''", "a = \"\\u12", "[x", "= 3"] {
            let _ = parse_toml(t, 2);
        }
    }
}
