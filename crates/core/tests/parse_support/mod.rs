//! Shared helpers of the parser's integration tests: a readable summary of
//! a whole Library, `check`, which parses Markdown and compares the
//! summary with the expected text, and `check_sessions`, which compares
//! only the sessions (title, speakers, recording).

#![allow(dead_code)] // Reason: each test file uses a different subset.

use std::fmt::Write;

use confnotes_core::text::NativeUnicode;
use confnotes_core::{Library, SourceFile, parse};

/// Everything the parser extracted, one fact per line, indented by owner.
/// Notes Markdown is shown with a `| ` prefix per line.
pub fn summary(lib: &Library) -> String {
    let mut out = String::new();
    let w = &mut out;
    for c in &lib.conferences {
        let _ = writeln!(
            w,
            "conference {} {:?} from {}",
            c.id,
            c.title,
            c.sources.join(", ")
        );
        if let Some(d) = &c.date {
            let _ = writeln!(w, "  date {d}");
        }
        for &t in &c.themes {
            let t = &lib.themes[t];
            let _ = write!(w, "  key theme {} {:?}", t.id, t.name);
            if !t.aliases.is_empty() {
                let _ = write!(w, " aliases {}", t.aliases.join(", "));
            }
            let _ = writeln!(w);
            if !t.description.is_empty() {
                let _ = writeln!(w, "    description {:?}", t.description);
            }
            block(w, "    ", &t.markdown);
        }
        for s in &c.sections {
            let _ = writeln!(
                w,
                "  section {} {:?} at {}:{}",
                s.id, s.title, s.file, s.line
            );
            block(w, "    ", &s.markdown);
        }
        for &si in &c.sessions {
            let s = &lib.sessions[si];
            let _ = writeln!(
                w,
                "  session {} {:?} at {}:{}",
                s.id, s.title, s.file, s.line
            );
            let speakers: Vec<String> = s
                .speakers
                .iter()
                .map(|x| {
                    let name = &lib.speakers[x.speaker].name;
                    match x.org {
                        Some(o) => format!("{name} @ {}", lib.orgs[o].name),
                        None => name.clone(),
                    }
                })
                .collect();
            if !speakers.is_empty() {
                let _ = writeln!(w, "    speakers {}", speakers.join("; "));
            }
            for (k, v) in [
                ("day", &s.day),
                ("track", &s.track),
                ("language", &s.language),
                ("kind", &s.kind),
                ("date", &s.date),
            ] {
                if let Some(v) = v {
                    let _ = writeln!(w, "    {k} {v}");
                }
            }
            for l in &s.links {
                let _ = writeln!(w, "    link {} {}", l.label, l.url);
            }
            for t in &s.themes {
                let _ = writeln!(
                    w,
                    "    theme {} ({})",
                    lib.themes[t.theme].id,
                    t.source.as_str()
                );
            }
            block(w, "    ", &s.markdown);
        }
    }
    let _ = writeln!(
        w,
        "speakers: {}",
        lib.speakers
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        w,
        "orgs: {}",
        lib.orgs
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        w,
        "themes: {}",
        lib.themes
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    for d in &lib.diagnostics {
        let _ = writeln!(
            w,
            "{}: {}:{}: {}",
            d.severity.as_str(),
            d.file,
            d.line,
            d.message
        );
    }
    // No trailing spaces, so expectations survive editors.
    out.lines()
        .map(|l| l.trim_end().to_string() + "\n")
        .collect()
}

fn block(w: &mut String, indent: &str, md: &str) {
    for line in md.lines() {
        let _ = writeln!(w, "{indent}| {line}");
    }
}

/// Parses files given as `(path, markdown)`.
pub fn parse_files(files: &[(&str, &str)]) -> Library {
    let files: Vec<SourceFile> = files
        .iter()
        .map(|(p, t)| SourceFile {
            path: p.to_string(),
            text: t.to_string(),
        })
        .collect();
    parse(&files, &NativeUnicode)
}

/// Parses `markdown` as `notes/test.md` and compares the summary with
/// `expected` (leading/trailing blank lines and common indentation of
/// `expected` ignored).
#[track_caller]
pub fn check(markdown: &str, expected: &str) {
    check_files(&[("notes/test.md", markdown)], expected);
}

/// [`check`] for several files.
#[track_caller]
pub fn check_files(files: &[(&str, &str)], expected: &str) {
    let actual = summary(&parse_files(files));
    let expected = unindent(expected);
    if actual.trim_end() != expected.trim_end() {
        panic!("summary differs.\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}

/// Removes the common leading indentation and the first and last blank
/// lines, so expectations can be indented raw strings.
pub fn unindent(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for l in lines {
        out.push_str(l.get(indent..).unwrap_or("").trim_end());
        out.push('\n');
    }
    out.trim_matches('\n').to_string() + "\n"
}

/// Parses `md` as `notes/talks.md` and compares its sessions, as
/// [`session_lines`] writes them, with `expected`.
#[track_caller]
pub fn check_sessions(md: &str, expected: &[&str]) {
    let lib = parse_files(&[("notes/talks.md", md)]);
    assert_eq!(session_lines(&lib), expected, "parsing:\n{md}");
}

/// The sessions of `lib` as `title | speakers (org); ... | recording`.
pub fn session_lines(lib: &Library) -> Vec<String> {
    lib.sessions
        .iter()
        .map(|s| {
            let rec = s
                .links
                .iter()
                .find(|l| {
                    matches!(
                        l.label.as_str(),
                        "Recording" | "Video" | "YouTube" | "Vimeo"
                    )
                })
                .map(|l| l.url.as_str())
                .unwrap_or("");
            let speakers = s
                .speakers
                .iter()
                .map(|x| {
                    let name = &lib.speakers[x.speaker].name;
                    match x.org {
                        Some(o) => format!("{name} ({})", lib.orgs[o].name),
                        None => name.clone(),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            format!("{} | {speakers} | {rec}", s.title)
        })
        .collect()
}
