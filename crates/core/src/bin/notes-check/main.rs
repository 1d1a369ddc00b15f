//! notes-check: parse notes like the app does and report problems.
//!
//! ```text
//! notes-check [--json] [--html] [--strict] PATH...
//! notes-check --explain FILE...
//! notes-check --score DIR [--verbose] [--floor X]
//! notes-check --first-paint BUNDLE.json
//! ```
//!
//! Each PATH is a Markdown file or a folder searched recursively for `*.md`
//! files (sorted; hidden folders skipped). Diagnostics are printed like a
//! compiler's (`warning: notes/x.md:12: ...`), then a summary line. Unlike
//! the app, the CLI can see the file system, so it also reports relative
//! images that do not exist.
//!
//! Exit status: 0 when the notes were read (whatever the warnings); 1 with
//! `--strict` when there are warnings or errors; 2 when a path does not
//! exist, a file cannot be read or is not UTF-8, or the arguments are wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod score;

use confnotes_core::parse::{relative_images, source_from_bytes};
use confnotes_core::render::{RenderOptions, percent_decode, render_markdown};
use confnotes_core::suggest::{suggest_sessions, tag_line, unlinked_key_themes};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Diagnostic, Library, Severity, SourceFile, parse};
use serde_json::{Value, json};

const USAGE: &str = "\
usage: notes-check [--json] [--html] [--strict] PATH...
       notes-check --explain FILE...
       notes-check --score DIR [--verbose] [--floor X]
       notes-check --first-paint BUNDLE.json

Parses Markdown conference notes like the confnotes app and reports what
may not parse the way the author meant.

PATH      a Markdown file, or a folder searched recursively for *.md files
--json    print one JSON document (conferences, sessions, diagnostics)
--html    with --json, include each session's rendered HTML
--strict  exit with status 1 when there are warnings
--explain print each file's outline: every heading, table row and list
          item that became a session, a group, a section or notes, and why
--score   score the parser on DIR: each NAME.md against its hand-made
          NAME.expect (tests/corpus/real/README.md); prints a table
--verbose with --score, list each file's misses
--floor X with --score, exit 1 when total recall, speakers or precision
          is below X (0 to 1)
--first-paint  print the HTML of the list's first sessions from a notes
          bundle the build made (scripts/post-build.mjs writes it into
          index.html); nothing when the bundle has no session
--help    print this help

exit status: 0 notes read; 1 warnings with --strict; 2 unreadable input";

/// Command-line options.
#[derive(Debug, Default)]
struct Args {
    json: bool,
    html: bool,
    strict: bool,
    score: bool,
    explain: bool,
    first_paint: bool,
    verbose: bool,
    floor: Option<f64>,
    paths: Vec<String>,
}

/// Parses the arguments; `Ok(None)` for `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut out = Args::default();
    let mut only_paths = false;
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        if only_paths {
            out.paths.push(a);
            continue;
        }
        match a.as_str() {
            "--score" => out.score = true,
            "--explain" => out.explain = true,
            "--first-paint" => out.first_paint = true,
            "--verbose" => out.verbose = true,
            "--floor" => {
                let v = args.next().ok_or("--floor needs a number")?;
                let f: f64 = v
                    .parse()
                    .map_err(|_| format!("--floor `{v}` is not a number"))?;
                out.floor = Some(f);
            }
            "--json" => out.json = true,
            "--html" => out.html = true,
            "--strict" => out.strict = true,
            "-h" | "--help" => return Ok(None),
            "--" => only_paths = true,
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option `{s}`")),
            _ => out.paths.push(a),
        }
    }
    if out.paths.is_empty() {
        return Err("no PATH given".into());
    }
    Ok(Some(out))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("notes-check: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.score {
        return run_score(&args);
    }
    if args.first_paint {
        return run_first_paint(&args);
    }
    let (files, errors) = read_all(&args.paths);
    if !errors.is_empty() {
        for e in errors {
            eprintln!("error: {e}");
        }
        return ExitCode::from(2);
    }
    let lib = parse(&files, &NativeUnicode);
    let mut diagnostics = lib.diagnostics.clone();
    diagnostics.extend(missing_images(&files));
    diagnostics.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let problems = diagnostics.len();
    if args.explain {
        print!("{}", explain(&lib, &diagnostics));
        return ExitCode::SUCCESS;
    }
    if args.json {
        let doc = to_json(&lib, &diagnostics, args.html);
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        for d in &diagnostics {
            println!("{d}");
            if let Some(fix) = &d.fix {
                println!("  fix: {fix}");
            }
        }
        println!("{}", summary_line(&lib, &diagnostics));
    }
    if args.strict && problems > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `--score`: the table, and the floor.
fn run_score(args: &Args) -> ExitCode {
    let mut all = Vec::new();
    for p in &args.paths {
        match score::score_dir(Path::new(p)) {
            Ok(s) => all.extend(s),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    print!("{}", score::report(&all, args.verbose));
    let t = score::total(&all);
    if let Some(floor) = args.floor {
        let low: Vec<String> = [
            ("recall", t.recall()),
            ("speakers", t.speakers()),
            ("precision", t.precision()),
        ]
        .into_iter()
        .filter(|(_, x)| *x < floor)
        .map(|(n, x)| format!("{n} {x:.3}"))
        .collect();
        if !low.is_empty() {
            eprintln!("below the floor {floor}: {}", low.join(", "));
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

/// `--first-paint`: the list's first sessions as HTML, from the bundle the
/// app fetches (the same paths and NFC text, so the same session ids).
fn run_first_paint(args: &Args) -> ExitCode {
    use confnotes_core::first_paint::{FIRST_PAINT_SESSIONS, first_paint_html, first_paint_status};
    let [path] = args.paths.as_slice() else {
        eprintln!("notes-check: --first-paint takes one bundle file");
        return ExitCode::from(2);
    };
    let files = match std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| bundle_files(&b))
    {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let lib = parse(&files, &NativeUnicode);
    print!(
        "{}",
        first_paint_html(&lib, FIRST_PAINT_SESSIONS, &first_paint_status(&lib))
    );
    ExitCode::SUCCESS
}

/// The notes files of a bundle (`{"files": [{"path", "text"}...]}`).
fn bundle_files(bytes: &[u8]) -> Result<Vec<SourceFile>, String> {
    let doc: Value =
        serde_json::from_slice(bytes).map_err(|e| format!("not a notes bundle: {e}"))?;
    let files = doc
        .get("files")
        .and_then(Value::as_array)
        .ok_or("not a notes bundle: no `files` list")?;
    files
        .iter()
        .map(|f| {
            let field = |k: &str| f.get(k).and_then(Value::as_str).map(str::to_string);
            match (field("path"), field("text")) {
                (Some(path), Some(text)) => Ok(SourceFile { path, text }),
                _ => Err("not a notes bundle: a file without path or text".to_string()),
            }
        })
        .collect()
}

/// Reads every file the paths name. Errors are messages for stderr.
fn read_all(paths: &[String]) -> (Vec<SourceFile>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for p in paths {
        let found = match collect(Path::new(p)) {
            Ok(f) => f,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for path in found {
            let shown = path.to_string_lossy().into_owned();
            if !seen.insert(shown.clone()) {
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) => match source_from_bytes(&shown, bytes) {
                    Ok(f) => files.push(f),
                    Err(d) => errors.push(format!("{shown}:{}: {}", d.line, d.message)),
                },
                Err(e) => errors.push(format!("{shown}: cannot read: {e}")),
            }
        }
    }
    (files, errors)
}

/// The Markdown files under `path`: the file itself, or a folder's `*.md`
/// files found recursively (without following symbolic links), sorted.
fn collect(path: &Path) -> Result<Vec<PathBuf>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let kind = entry
                .file_type()
                .map_err(|e| format!("{}: {e}", entry.path().display()))?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if name.ends_with(".md") || name.ends_with(".markdown") {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Warnings for relative images whose file does not exist.
fn missing_images(files: &[SourceFile]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in files {
        let folder = Path::new(&f.path).parent().unwrap_or(Path::new(""));
        for img in relative_images(f) {
            let target = img.target.split(['?', '#']).next().unwrap_or("");
            if target.is_empty() || target.starts_with('/') {
                continue;
            }
            if !folder.join(&*percent_decode(target)).exists() {
                out.push(Diagnostic {
                    file: f.path.clone(),
                    line: img.line,
                    severity: Severity::Warning,
                    message: format!("image not found: {}", img.target),
                    fix: Some("Add the image to the notes' folder, or correct its path".into()),
                });
            }
        }
    }
    out
}

/// `--explain`: per file, its outline (indented by heading level; rows and
/// items under their heading), each line `line  role  text  (why)`, then
/// its diagnostics.
fn explain(lib: &Library, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for o in &lib.outlines {
        let sessions = lib.sessions.iter().filter(|s| s.file == o.file).count();
        out.push_str(&format!(
            "{}: {} session{}\n",
            o.file,
            sessions,
            if sessions == 1 { "" } else { "s" }
        ));
        let mut depth = 0u8;
        for item in &o.items {
            let indent = if item.depth == 0 {
                usize::from(depth)
            } else {
                depth = item.depth;
                usize::from(item.depth.saturating_sub(1))
            };
            let marker = item.marker();
            let mut text: String = item.text.chars().take(70).collect();
            if item.text.chars().count() > 70 {
                text.push('…');
            }
            let why = if item.why.is_empty() {
                String::new()
            } else {
                format!("  ({})", item.why)
            };
            out.push_str(&format!(
                "{:>5}  {}{} {}  → {}{}\n",
                item.line,
                "  ".repeat(indent),
                marker,
                text,
                item.role,
                why
            ));
        }
        for d in diagnostics.iter().filter(|d| d.file == o.file) {
            out.push_str(&format!("       {d}\n"));
        }
        out.push('\n');
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `1 conference, 5 sessions, 9 speakers, 4 themes, 6 warnings`.
fn summary_line(lib: &Library, diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut s = [
        count(lib.conferences.len(), "conference", "conferences"),
        count(lib.sessions.len(), "session", "sessions"),
        count(lib.speakers.len(), "speaker", "speakers"),
        count(lib.themes.len(), "theme", "themes"),
        count(warnings, "warning", "warnings"),
    ]
    .join(", ");
    if errors > 0 {
        s.push_str(", ");
        s.push_str(&count(errors, "error", "errors"));
    }
    s
}

/// The JSON document of `--json`. A Key Theme no session of its
/// conference carries has `"linked": false` and the sessions its words
/// suggest (`suggest::suggest_sessions`), which are not links.
fn to_json(lib: &Library, diagnostics: &[Diagnostic], html: bool) -> Value {
    let unlinked = unlinked_key_themes(lib);
    let conferences: Vec<Value> = lib
        .conferences
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let themes: Vec<Value> = c
                .themes
                .iter()
                .map(|&ti| {
                    let t = &lib.themes[ti];
                    let mut v = json!({"id": t.id, "name": t.name, "aliases": t.aliases, "description": t.description});
                    let linked = !unlinked.contains(&(ci, ti));
                    if let Some(obj) = v.as_object_mut() {
                        obj.insert("linked".into(), Value::Bool(linked));
                        if !linked {
                            obj.insert("suggestions".into(), suggestions_json(lib, ti, ci));
                        }
                    }
                    v
                })
                .collect();
            let sections: Vec<Value> = c
                .sections
                .iter()
                .map(|s| json!({"id": s.id, "title": s.title, "file": s.file, "line": s.line}))
                .collect();
            let sessions: Vec<Value> = c.sessions.iter().map(|&s| session_json(lib, s, html)).collect();
            json!({
                "id": c.id,
                "title": c.title,
                "source": c.sources.first(),
                "sources": c.sources,
                "date": c.date,
                "themes": themes,
                "sections": sections,
                "sessions": sessions,
            })
        })
        .collect();
    let diagnostics: Vec<Value> = diagnostics
        .iter()
        .map(|d| json!({"file": d.file, "line": d.line, "severity": d.severity.as_str(), "message": d.message, "fix": d.fix}))
        .collect();
    json!({"conferences": conferences, "diagnostics": diagnostics})
}

/// The sessions of conference `ci` that may belong to theme `ti`, each
/// with the words it shares and the line that would link it.
fn suggestions_json(lib: &Library, ti: usize, ci: usize) -> Value {
    let add = tag_line(&lib.themes[ti]);
    let list: Vec<Value> = suggest_sessions(lib, ti, ci, &NativeUnicode)
        .into_iter()
        .map(|sg| {
            let s = &lib.sessions[sg.session];
            json!({
                "session": s.id,
                "title": s.title,
                "file": s.file,
                "line": s.line,
                "score": sg.score,
                "words": sg.words,
                "add": add,
            })
        })
        .collect();
    Value::Array(list)
}

fn session_json(lib: &Library, si: usize, html: bool) -> Value {
    let s = &lib.sessions[si];
    let speakers: Vec<Value> = s
        .speakers
        .iter()
        .map(|x| {
            let sp = &lib.speakers[x.speaker];
            json!({"id": sp.id, "name": sp.name, "org": x.org.map(|o| lib.orgs[o].name.clone())})
        })
        .collect();
    let themes: Vec<Value> = s
        .themes
        .iter()
        .map(|t| {
            let th = &lib.themes[t.theme];
            json!({"id": th.id, "name": th.name, "source": t.source.as_str()})
        })
        .collect();
    let links: Vec<Value> = s
        .links
        .iter()
        .map(|l| json!({"label": l.label, "url": l.url}))
        .collect();
    let mut v = json!({
        "id": s.id,
        "title": s.title,
        "speakers": speakers,
        "themes": themes,
        "links": links,
        "day": s.day,
        "track": s.track,
        "language": s.language,
        "kind": s.kind,
        "date": s.date,
        "file": s.file,
        "line": s.line,
    });
    if html && let Some(obj) = v.as_object_mut() {
        let base = match s.file.rfind('/') {
            Some(i) => &s.file[..=i],
            None => "",
        };
        let opts = RenderOptions {
            base,
            highlight: &[],
            assets: None,
            local_images: None,
            unicode: &NativeUnicode,
        };
        obj.insert(
            "html".into(),
            Value::String(render_markdown(&s.markdown, &opts).html),
        );
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments() {
        let a = parse_args(
            ["--json", "--strict", "notes", "--", "--odd"]
                .map(String::from)
                .into_iter(),
        );
        let a = a.unwrap().unwrap();
        assert!(a.json && a.strict && !a.html);
        assert_eq!(a.paths, ["notes", "--odd"]);
        assert!(
            parse_args(["--help"].map(String::from).into_iter())
                .unwrap()
                .is_none()
        );
        assert!(parse_args(["--nope", "x"].map(String::from).into_iter()).is_err());
        assert!(parse_args(std::iter::empty()).is_err());
    }

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("my%20image.png"), "my image.png");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%e2%82%ac"), "%zz€");
    }
}
