//! Markdown notes -> [`Library`].
//!
//! The formats understood are described in docs/DESIGN.md ("Notes formats"):
//! conference files (`# Conference`, `## Key Themes`, `### Title -
//! Speakers`), one-session files with YAML front matter, and inline markers
//! (`Speaker:`, `Tags:`, `#hashtags`, `[[wiki links]]`). How headings are
//! told apart is in `parse/headings.rs`; how speaker lists are split, in
//! `parse/speakers.rs`; the front matter subset, in [`crate::frontmatter`].
//!
//! The work has two steps, so the app can spread it over frames:
//! [`LibraryBuilder::add`] does everything that concerns one file (one
//! pulldown-cmark pass, see `parse/scan.rs`, then slicing the text by byte
//! ranges), and [`LibraryBuilder::finish`] links files together: merging
//! conferences, speakers, orgs and themes, assigning ids, matching Key
//! Themes in sessions' text, and the diagnostics that need every file.
//! [`LibraryBuilder::finish_in_steps`] does the same linking in bounded
//! steps ([`Finishing::step`], [`STEP_SESSIONS`] sessions at most), so no
//! single task of the app has to link a large corpus at once.
//!
//! Architecture Invariant: no input makes the parser panic, loop or take
//! more than linear time. Nothing recurses on the input's nesting; nothing
//! indexes text by a position it did not find itself; lookups that could
//! be quadratic (speakers, themes) go through hash maps.
//!
//! Ids: a session's id is `conference-id/slug(title)`. Sessions whose ids
//! collide within a conference get `-2`, `-3`... in source order (file
//! path, then line), skipping ids another session has by its own title, so
//! an id changes only when a session of the same title is added or removed
//! before it, never when other sessions move.
//!
//! Decisions for cases the formats leave open:
//!
//! - A session's Markdown is the text under its heading, sliced from the
//!   source, minus the lines consumed as structure: speaker lines, `Tags:`
//!   / `Themes:` lines, and lines that hold nothing but labelled links
//!   (`[Recording](...)`, `Slides: <url>`), which the app shows as
//!   `Session::links`. A labelled link inside prose stays in the prose and
//!   is a session link too.
//! - A link is labelled by its text (`Recording`, `Video`, `Slides`, `Talk`,
//!   `Demo`, `Repo`, `Code`, `Blog`, `Paper`, `Website`, any case) or by
//!   its line's lead word (`Slides: [deck](...)`); a link in the heading is
//!   labelled `Link`. Front matter gives `recording`, `video`, `slides`,
//!   `url` and `link`.
//! - A file with valid front matter is one session, unless the front matter
//!   names no speakers and the body has headings that are sessions: then it
//!   is a conference file whose title is the front matter's `event`,
//!   `conference` or `title`.
//! - An explicit theme name (marker or front matter) resolves to a Key
//!   Theme of the session's conference by name or alias, else to any theme
//!   of the same key (see `parse/themes.rs`), else it makes a new theme.
//! - A Key Themes item with no ` - ` is a theme named by its whole text; if
//!   that is more than six words, a warning says the description may be
//!   missing its dash.

mod attribute_lists;
mod blocks;
mod bloom;
mod body;
mod builder;
mod caps_surnames;
mod catalog;
mod catalog_comma;
mod catalog_grid;
mod catalog_item;
mod catalog_item_leads;
mod catalog_lines;
mod catalog_list;
mod catalog_list_forms;
mod catalog_list_item;
mod catalog_pairs;
mod catalog_people;
mod catalog_tables;
mod cjk_speakers;
mod conference_file;
mod days;
mod decorations;
mod detail_headings;
pub(crate) mod embeds;
mod entities;
mod event_names;
mod features;
mod file;
mod fm_schedule;
mod heading_catalog;
mod heading_evidence;
mod heading_features;
mod headings;
mod hosted_by;
mod html_body;
mod html_tables;
mod ids;
mod link;
mod link_labels;
mod list_item_people;
mod list_item_speakers;
mod list_runs;
mod markers;
mod names;
mod notes_evidence;
mod notes_links;
mod numbering;
mod orgs_and_jobs;
mod outline;
mod outline_classes;
mod outline_decide;
#[cfg(test)]
mod outline_tests;
mod outline_tree;
mod overrides;
mod own_talks;
mod paragraph_choice;
mod paragraph_found;
mod paragraph_lines;
mod paragraphs;
mod person_first;
mod pipe_rows;
mod prose;
mod prose_italics;
mod prose_link_text;
mod prose_links;
mod prose_lists;
mod reference_links;
mod same_talks;
mod scan;
mod scan_records;
mod section_words;
mod session;
mod session_file;
mod shared_titles;
mod sibling_tails;
mod siblings;
mod slide_decks;
mod speaker_keys;
mod speaker_line_forms;
mod speaker_lines;
mod speaker_name;
mod speaker_orgs;
mod speakers;
mod strength;
mod table_columns;
mod table_headers;
mod table_openings;
mod talk_pages;
mod themes;
mod time_slots;
mod title;
mod title_after;
mod title_dashes;
mod title_ends;
mod title_forms;
mod title_tails;
mod util;
mod video;

pub use builder::{FileRead, LibraryBuilder};
pub use link::{Finishing, STEP_SESSIONS};

use crate::model::{Diagnostic, Library, Severity, SourceFile};
use crate::render::{UrlKind, classify_url};
use crate::text::Unicode;

use util::*;

/// Decodes a file's bytes: a UTF-8 byte order mark is dropped and line ends
/// (`\r\n`, `\r`) become `\n`. Invalid UTF-8 is an error naming the file
/// and the byte offset and line of the first bad byte.
pub fn source_from_bytes(path: &str, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let skip = if bom { 3 } else { 0 };
    match std::str::from_utf8(bytes.get(skip..).unwrap_or(&[])) {
        Ok(_) => {
            let mut bytes = bytes;
            bytes.drain(..skip);
            let text = String::from_utf8(bytes).unwrap_or_default();
            Ok(SourceFile {
                path: path.to_string(),
                text: normalise_newlines(text),
            })
        }
        Err(e) => {
            let offset = skip + e.valid_up_to();
            let line = 1 + bytes.iter().take(offset).filter(|b| **b == b'\n').count() as u32;
            Err(Diagnostic {
                file: path.to_string(),
                line,
                severity: Severity::Error,
                message: format!(
                    "invalid UTF-8 at byte {offset} (line {line}); the file is not read"
                ),
                fix: Some("Save the file as UTF-8".into()),
            })
        }
    }
}

/// `\r\n` and lone `\r` as `\n`.
pub(super) fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// `##Title Words` at the start of a line, outside fenced code, as `##
/// Title Words`: CommonMark wants a space after the `#`s, but a careful
/// reader sees a heading, and real notes mix both in one file. Two to six
/// `#`s, then a word with a capital letter or a digit in it (`##jQuery
/// Mobile`), and at least two words after two `#`s (so a `#tag` or
/// `##tag` stays text; `###Talks` is a heading). One `#` (`#Todd Parker`)
/// only in a file that has such a heading of two `#`s or more, with two
/// words or more and no hashtag among them. Closing `#`s written as
/// tightly, two or more (`##Day 1##`, not `C#`), get their space too. Returns the text with the
/// spaces put in and the lines that had them, or `None` when no line
/// needs one (the usual case: one substring search).
pub(super) fn space_headings(text: &str) -> Option<(String, Vec<u32>)> {
    if !text.starts_with("##") && util::find_str(text, "\n##").is_none() {
        return None;
    }
    // (byte where the `#`s end, line number, level-1 heading)
    let mut found: Vec<(usize, u32, bool)> = Vec::new();
    let mut fence: Option<&'static str> = None;
    let mut at = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        let t = line.trim_start_matches(' ');
        if line.len() - t.len() <= 3 {
            util::follow_fence(&mut fence, t);
        }
        if fence.is_some() || !line.starts_with('#') {
            continue;
        }
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        let rest = &line[hashes..];
        // Right after the `#`s, a word with a capital or a digit in it
        // (`##jQuery Mobile`, `###[Dayle Rees](…)`); not a heading
        // written with its space.
        let word = rest.strip_prefix('[').unwrap_or(rest);
        let opens = word.chars().next().is_some_and(char::is_alphanumeric)
            && word
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()));
        if !opens {
            continue;
        }
        // `#QUnit` right over `##Laurent Delcambre`: a one-word heading
        // (no hashtag) when a heading one level deeper comes next.
        let over_deeper = || {
            text[at..]
                .lines()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|next| {
                    let h = next.bytes().take_while(|&b| b == b'#').count();
                    h == hashes + 1
                        && next[h..]
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                })
        };
        if (2..=6).contains(&hashes) && (hashes >= 3 || rest.trim().contains(' ') || over_deeper())
        {
            found.push((start + hashes, n as u32 + 1, false));
        } else if hashes == 1 {
            // `#Todd Parker`, `#jQuery Conf UK notes.`: at the top level
            // only in a file that writes its other headings so too, with
            // two words or more and no hashtag.
            // (A kramdown attribute list after it, `#21. Treffen{:
            // #nextmeetup}`, is no hashtag.)
            let rest = match rest.trim_end().rfind("{:") {
                Some(k) if rest.trim_end().ends_with('}') => &rest[..k],
                _ => rest,
            };
            let mut words = rest.split_whitespace();
            if (words.clone().nth(1).is_some() || over_deeper())
                && !words.any(|w| w.starts_with('#'))
            {
                found.push((start + 1, n as u32 + 1, true));
            }
        }
    }
    if !found.iter().any(|&(_, _, top)| !top) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 2 * found.len());
    let mut copied = 0;
    let mut lines = Vec::with_capacity(found.len());
    for (cut, line, _) in found {
        out.push_str(&text[copied..cut]);
        out.push(' ');
        copied = cut;
        lines.push(line);
        // `##FOSS4G-NA, May 22- 24, 2013##`: the closing `#`s, written
        // as tightly, want their space too.
        let end = text[cut..].find('\n').map_or(text.len(), |k| cut + k);
        let body = text[cut..end].trim_end();
        let inner = body.trim_end_matches('#');
        // (Two or more: `##What's new in C#` keeps its `#`.)
        if body.len() - inner.len() >= 2 && !inner.is_empty() && !inner.ends_with(' ') {
            let close = cut + inner.len();
            out.push_str(&text[copied..close]);
            out.push(' ');
            copied = close;
        }
    }
    out.push_str(&text[copied..]);
    Some((out, lines))
}

/// Parses all `files` into one Library.
pub fn parse(files: &[SourceFile], unicode: &dyn Unicode) -> Library {
    let mut b = LibraryBuilder::new(unicode);
    for f in files {
        b.add(f);
    }
    b.finish()
}

/// A relative image target of a file, for callers that can check the file
/// system (the `notes-check` CLI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// 1-based line of the image.
    pub line: u32,
    /// The target as written, e.g. `./kubecon.jpeg`.
    pub target: String,
}

/// The relative image targets in `file`, in order.
pub fn relative_images(file: &SourceFile) -> Vec<ImageRef> {
    let lines = LineIndex::new(&file.text);
    scan::scan(&file.text, 0)
        .links
        .into_iter()
        .filter(|l| {
            l.image && classify_url(&l.dest) == UrlKind::Relative && !l.dest.trim().is_empty()
        })
        .map(|l| ImageRef {
            line: lines.line_of(l.range.start),
            target: l.dest.into_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ids::Ids;
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn bytes_decode_with_bom_and_crlf() {
        let f = source_from_bytes("a.md", b"\xEF\xBB\xBF# T\r\nx\ry\n".to_vec()).unwrap();
        assert_eq!(f.text, "# T\nx\ny\n");
        let e = source_from_bytes("notes/b.md", b"ok\nbad \xFF here".to_vec()).unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.line, e.severity),
            ("notes/b.md", 2, Severity::Error)
        );
        assert_eq!(
            e.message,
            "invalid UTF-8 at byte 7 (line 2); the file is not read"
        );
    }

    #[test]
    fn headings_without_a_space_are_headings() {
        // As in tests/corpus/real/worace-sotm-us-2018.md.
        let (text, lines) = space_headings(
            "## Talk one\n\n##Can We Validate Every Change?\n\n```\n##Not A heading\n```\n##tag\n###When Seeing Isn't Solving\n",
        )
        .unwrap();
        assert_eq!(
            text,
            "## Talk one\n\n## Can We Validate Every Change?\n\n```\n##Not A heading\n```\n##tag\n### When Seeing Isn't Solving\n"
        );
        assert_eq!(lines, [3, 9]);
        assert_eq!(space_headings("# T\n\n## Fine\n#tag line\n"), None);
        // One `#` only beside such headings; a heading written with its
        // space is left alone (and not warned about).
        let (text, lines) =
            space_headings("# Proper Heading\n\n#Todd Parker\n##jQuery Mobile\n#jquk #jquery\n#QUnit\n##Laurent Delcambre\n#QUnit\nrocks\n")
                .unwrap();
        // (A one-word `#QUnit` is a heading only right over a deeper one.)
        assert_eq!(
            text,
            "# Proper Heading\n\n# Todd Parker\n## jQuery Mobile\n#jquk #jquery\n# QUnit\n## Laurent Delcambre\n#QUnit\nrocks\n"
        );
        assert_eq!(lines, [3, 4, 6, 7]);
        assert_eq!(space_headings("# Proper Heading\n\n#Todd Parker\n"), None);
        // Closing `#`s written as tightly get their space too.
        assert_eq!(
            space_headings("##FOSS4G-NA 2013##\n###Day 1###\nText #1\n")
                .map(|(t, _)| t)
                .as_deref(),
            Some("## FOSS4G-NA 2013 ##\n### Day 1 ###\nText #1\n")
        );
        let lib = parse(
            &[SourceFile {
                path: "c.md".into(),
                text: "# Conf\n\n##First Talk\n\nSpeaker: Ada Lovelace\n\n##Second Talk\n\nSpeaker: Alan Turing\n".into(),
            }],
            &crate::text::AsciiOnly,
        );
        let titles: Vec<&str> = lib.sessions.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["First Talk", "Second Talk"]);
        assert!(
            lib.diagnostics
                .iter()
                .any(|d| d.line == 3 && d.message.contains("without a space"))
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(trim_blank_lines("\n  \n    code\n\n"), "    code");
        assert_eq!(dedent("  - a\n    - b\n"), "- a\n  - b\n");
        assert_eq!(file_stem("notes/devopsdays-2023.md"), "devopsdays-2023");
        assert_eq!(folder_name("notes/x.md"), None);
        assert_eq!(folder_name("notes/kubecon/x.md"), Some("kubecon"));
        assert_eq!(folder_name("x.md"), None);
        let li = LineIndex::new("a\nb\n");
        assert_eq!((li.line_of(0), li.line_of(2), li.line_of(4)), (1, 2, 3));
        let mut ids = Ids::default();
        let reserved: HashSet<String> = ["a/x-2".to_string()].into();
        assert_eq!(ids.claim("a/x", &reserved), "a/x");
        assert_eq!(ids.claim("a/x", &reserved), "a/x-3");
        assert_eq!(ids.claim("a/x", &reserved), "a/x-4");
    }
}
