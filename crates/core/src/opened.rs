//! Notes files a reader opens in their browser: which files are taken, the
//! limits, the names they get (`opened/<name>`, see
//! [`OPENED_DIR`](crate::model::OPENED_DIR)) and what each one gave. The
//! app reads the bytes and keeps the files; the decisions are here, with
//! native tests.

use std::fmt;

use crate::model::{Library, OPENED_DIR};
use crate::text::{Unicode, slugify};

/// The largest file taken, in bytes.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The most files taken at once.
pub const MAX_FILES: usize = 2_000;
/// The name of pasted text with no heading to name it after.
pub const PASTED_NAME: &str = "pasted-notes.md";

/// Why a file was not opened. Its `Display` names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not UTF-8 text, or binary (NUL bytes).
    NotText { name: String },
    /// Over [`MAX_FILE_BYTES`].
    TooLarge { name: String, bytes: u64 },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NotText { name } => write!(
                f,
                "{name} is not a text file (save it as UTF-8 Markdown); it was not opened."
            ),
            Refusal::TooLarge { name, bytes } => write!(
                f,
                "{name} is too large ({}); files up to {} are opened.",
                megabytes(*bytes),
                megabytes(MAX_FILE_BYTES)
            ),
        }
    }
}

/// `n / unit` to one decimal, without float formatting (it costs the
/// wasm some 30 kB): `12.3`, `20`.
fn tenths(n: u64, unit: u64) -> String {
    let t = (n.saturating_mul(10) + unit / 2) / unit;
    if t.is_multiple_of(10) {
        format!("{}", t / 10)
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}

/// `12.3 MB`, `20 MB`.
pub fn megabytes(bytes: u64) -> String {
    format!("{} MB", tenths(bytes, 1024 * 1024))
}

/// A size for people: `512 bytes`, `3.4 kB`, `1.2 MB`.
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if bytes < 1024 * 1024 {
        format!("{} kB", tenths(bytes, 1024))
    } else {
        megabytes(bytes)
    }
}

/// The message when `count` files are more than [`MAX_FILES`], else None.
pub fn too_many(count: usize) -> Option<String> {
    (count > MAX_FILES).then(|| {
        format!(
            "{count} files at once are too many: open at most {MAX_FILES} (a folder of notes, not a whole disk). Nothing was opened."
        )
    })
}

/// True for the names of notes files: `.md`, `.markdown`, `.txt`, any case.
pub fn is_notes_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".md", ".markdown", ".txt"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// True for the names of images kept beside opened notes and shown in
/// them (`![](photo.jpg)`): `.png`, `.jpg`, `.jpeg`, `.gif`, `.webp`,
/// `.avif`, `.svg`, any case. (An SVG shown by `<img>` runs no script.)
pub fn is_image_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// A file's name as it is kept: a relative path with forward slashes, no
/// empty, `.` or `..` parts (a folder's files keep their sub-folders).
pub fn clean_name(name: &str) -> String {
    let parts: Vec<&str> = name
        .split(['/', '\\'])
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .collect();
    if parts.is_empty() {
        "untitled.md".into()
    } else {
        parts.join("/")
    }
}

/// The parser's path of the opened file `name`: `opened/<name>`.
pub fn path_of(name: &str) -> String {
    format!("{OPENED_DIR}{name}")
}

/// The text of the file `name`, or why it is refused: over
/// [`MAX_FILE_BYTES`], not UTF-8, or binary (a NUL byte). A leading BOM is
/// dropped.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, Refusal> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge {
            name: name.to_string(),
            bytes: size,
        });
    }
    let not_text = || Refusal::NotText {
        name: name.to_string(),
    };
    if bytes.contains(&0) {
        return Err(not_text());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| not_text())?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// The name of pasted Markdown: its first heading (or front matter
/// `title:`), slugified, plus `.md`; [`PASTED_NAME`] without one.
pub fn pasted_name(u: &dyn Unicode, text: &str) -> String {
    let mut lines = text.lines().map(str::trim);
    let mut in_front_matter = false;
    let mut first = true;
    for line in &mut lines {
        if first && line == "---" {
            in_front_matter = true;
            first = false;
            continue;
        }
        first = false;
        if in_front_matter {
            if line == "---" {
                in_front_matter = false;
            } else if let Some(t) = line.strip_prefix("title:") {
                let t = t.trim().trim_matches(['"', '\'']);
                if !t.is_empty() {
                    return format!("{}.md", slugify(u, t));
                }
            }
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) {
            let rest = &line[hashes..];
            if rest.starts_with(' ') || rest.starts_with('\t') {
                let title = rest.trim().trim_end_matches('#').trim();
                if !title.is_empty() {
                    return format!("{}.md", slugify(u, title));
                }
            }
        }
    }
    PASTED_NAME.into()
}

/// What one opened file gave.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FileSummary {
    pub sessions: usize,
    pub conferences: usize,
    /// The checker's remarks on the file.
    pub remarks: usize,
}

impl FileSummary {
    /// True when the file gave no session and no conference.
    pub fn is_empty(&self) -> bool {
        self.sessions == 0 && self.conferences == 0
    }
}

/// What the file at `path` gave in `lib`.
pub fn summary(lib: &Library, path: &str) -> FileSummary {
    summaries(lib, &[path]).pop().unwrap_or_default()
}

/// [`summary`] of each of `paths`, in one pass over the Library (a folder
/// of thousands of files against a Library of thousands of sessions).
pub fn summaries(lib: &Library, paths: &[&str]) -> Vec<FileSummary> {
    let at: std::collections::HashMap<&str, usize> =
        paths.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let mut out = vec![FileSummary::default(); paths.len()];
    let mut count = |path: &str, field: fn(&mut FileSummary) -> &mut usize| {
        if let Some(&i) = at.get(path) {
            *field(&mut out[i]) += 1;
        }
    };
    for s in &lib.sessions {
        count(&s.file, |f| &mut f.sessions);
    }
    for c in &lib.conferences {
        // A conference counts once for each file it comes from.
        let mut seen: Vec<&str> = Vec::new();
        for src in &c.sources {
            if !seen.contains(&src.as_str()) {
                seen.push(src);
                count(src, |f| &mut f.conferences);
            }
        }
    }
    for d in &lib.diagnostics {
        count(&d.file, |f| &mut f.remarks);
    }
    out
}

/// The message for a file that gave no session (its text is still read
/// as a conference's notes): opened, but it says so.
pub fn no_session_found(name: &str) -> String {
    format!(
        "{name} is opened, but no session was found in it (its text is read as a conference's notes): the notes checker says why."
    )
}
