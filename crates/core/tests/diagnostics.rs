//! What the author's checker gets from core about each diagnostic: the fix
//! and what the diagnostic is about (`diagnostic_target`).

use confnotes_core::text::AsciiOnly;
use confnotes_core::{Diagnostic, Library, SourceFile, Target, diagnostic_target, parse};

fn lib(files: &[(&str, &str)]) -> Library {
    let files: Vec<SourceFile> = files
        .iter()
        .map(|(path, text)| SourceFile {
            path: (*path).into(),
            text: (*text).into(),
        })
        .collect();
    parse(&files, &AsciiOnly)
}

/// The diagnostics of `lib` as `line: start of message -> target`.
fn targets(lib: &Library) -> Vec<(String, u32, String, Option<Target>)> {
    lib.diagnostics
        .iter()
        .map(|d| {
            let words: String = d.message.chars().take(24).collect();
            (d.file.clone(), d.line, words, diagnostic_target(lib, d))
        })
        .collect()
}

fn session(id: &str) -> Option<Target> {
    Some(Target::Session(id.into()))
}

fn conf(id: &str, section: Option<&str>) -> Option<Target> {
    Some(Target::Conference {
        id: id.into(),
        section: section.map(Into::into),
    })
}

const CONF: &str = "# Conf

Intro <b>x</b>

## Key Themes

- Security - about things

## Lunch

Pizza.

## Day 1

### Talk One - Ada Lovelace

Notes [x](javascript:y).

#### Details

More [x](javascript:z).

### Talk Two - Acme Corp

Notes.
";

#[test]
fn each_diagnostic_is_about_a_session_a_section_or_the_conference() {
    let lib = lib(&[
        ("notes/conf.md", CONF),
        (
            "notes/other/talk.md",
            "---\ntitle: Solo\nspeakers: [Grace Hopper]\ncolour: red\n---\n\nBody [x](javascript:z)\n",
        ),
        ("notes/untitled.md", "## Talk - Alan Turing\n\nNotes.\n"),
    ]);
    let f = "notes/conf.md";
    let t =
        |file: &str, line, words: &str, target| (file.to_string(), line, words.to_string(), target);
    assert_eq!(
        targets(&lib),
        vec![
            // The preamble is a section of the conference.
            t(
                f,
                3,
                "raw HTML shown as text: ",
                conf("conf", Some("preamble"))
            ),
            // Key Themes end the preamble: the conference itself.
            t(f, 7, "Key Theme `Security` is ", conf("conf", None)),
            // A heading of a session's notes (`#### Details`) ends nothing.
            t(f, 17, "link target `javascript:", session("conf/talk-one")),
            t(f, 21, "link target `javascript:", session("conf/talk-one")),
            t(f, 23, "session heading has no s", session("conf/talk-two")),
            t(
                "notes/other/talk.md",
                1,
                "front matter has no `eve",
                session("other/solo")
            ),
            t(
                "notes/other/talk.md",
                2,
                "front matter key `colour",
                session("other/solo")
            ),
            t(
                "notes/other/talk.md",
                7,
                "link target `javascript:",
                session("other/solo")
            ),
            // About the whole file: its conference.
            t(
                "notes/untitled.md",
                0,
                "no `# Title` heading: th",
                conf("untitled", None)
            ),
        ]
    );
    // The section of the conference and the sessions exist under those ids.
    let c = &lib.conferences[0];
    assert!(c.sections.iter().any(|s| s.id == "preamble"));
    assert!(lib.sessions.iter().any(|s| s.id == "conf/talk-two"));
}

#[test]
fn a_diagnostic_of_a_file_nothing_came_from_is_about_nothing() {
    let lib = lib(&[("notes/conf.md", CONF)]);
    let d = Diagnostic {
        file: "notes/elsewhere.md".into(),
        line: 3,
        severity: confnotes_core::Severity::Warning,
        message: "image not found: x.png".into(),
        fix: None,
    };
    assert_eq!(diagnostic_target(&lib, &d), None);
    // A line above every heading of a known file: the conference.
    let d = Diagnostic {
        file: "notes/conf.md".into(),
        line: 0,
        ..d
    };
    assert_eq!(diagnostic_target(&lib, &d), conf("conf", None));
}

#[test]
fn diagnostics_carry_a_fix_where_there_is_an_obvious_one() {
    let lib = lib(&[("notes/conf.md", CONF)]);
    let fix = |start: &str| {
        lib.diagnostics
            .iter()
            .find(|d| d.message.starts_with(start))
            .and_then(|d| d.fix.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        fix("raw HTML"),
        "Write it as Markdown (`**bold**`, `[text](https://…)`, `![alt](image.png)`), or put it in a code span"
    );
    assert!(fix("link target").starts_with("Link to an http(s)"));
    assert!(fix("session heading has no speakers").contains("`Speaker: Name`"));
    // The fix is not part of the message or of its Display.
    for d in &lib.diagnostics {
        if let Some(f) = &d.fix {
            assert!(!d.to_string().contains(f.as_str()), "{d}");
        }
    }
    let org = self::lib(&[(
        "notes/a.md",
        "# Conf\n\n## Talk - Ada Lovelace\nSpeaker: Senior Software Engineer\n",
    )]);
    let d = org
        .diagnostics
        .iter()
        .find(|d| d.message.starts_with("speaker"));
    assert!(
        d.and_then(|d| d.fix.as_deref())
            .is_some_and(|f| f == "Write the speaker as `Name (Role at Org)`"),
        "{:?}",
        org.diagnostics
    );
}
