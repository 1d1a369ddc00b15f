//! No input makes the parser panic, hang or take more than linear time:
//! property tests over arbitrary and Markdown-ish text, and the hostile
//! shapes named in the design (huge files, deep nesting, huge speaker
//! lists), each checked for completing with the expected result.

use std::time::Instant;

use confnotes_core::parse::{LibraryBuilder, source_from_bytes};
use confnotes_core::render::{RenderOptions, render_markdown};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Library, SourceFile, parse};
use proptest::prelude::*;

fn parse_one(text: &str) -> Library {
    parse(
        &[SourceFile {
            path: "notes/x.md".into(),
            text: text.into(),
        }],
        &NativeUnicode,
    )
}

/// Parses and renders every session and section, as the app does.
fn parse_and_render(text: &str) -> Library {
    let lib = parse_one(text);
    let opts = RenderOptions {
        base: "notes/",
        highlight: &[],
        assets: None,
        local_images: None,
        unicode: &NativeUnicode,
    };
    for s in &lib.sessions {
        let _ = render_markdown(&s.markdown, &opts);
    }
    for c in &lib.conferences {
        for s in &c.sections {
            let _ = render_markdown(&s.markdown, &opts);
        }
    }
    lib
}

/// Invariants every Library keeps, whatever the input.
fn check_invariants(lib: &Library) {
    for (i, s) in lib.sessions.iter().enumerate() {
        assert!(s.conference < lib.conferences.len());
        assert!(lib.conferences[s.conference].sessions.contains(&i));
        assert!(s.id.starts_with(&format!("{}/", lib.conferences[s.conference].id)));
        for x in &s.speakers {
            assert!(x.speaker < lib.speakers.len());
            assert!(x.org.is_none_or(|o| o < lib.orgs.len()));
        }
        for t in &s.themes {
            assert!(lib.themes[t.theme].sessions.contains(&i));
        }
    }
    let mut ids: Vec<&str> = lib.sessions.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), lib.sessions.len(), "session ids are unique");
    for c in &lib.conferences {
        for &t in &c.themes {
            assert!(t < lib.themes.len());
        }
    }
}

/// Pieces that make Markdown-ish text with the structure the parser
/// cares about.
const PIECES: &[&str] = &[
    "# ",
    "## ",
    "### ",
    "#### ",
    "\n",
    "\n\n",
    "- ",
    "* ",
    "  - ",
    "1. ",
    "> ",
    "    ",
    "```\n",
    "---\n",
    "[",
    "]",
    "(",
    ")",
    "](",
    "[[",
    "]]",
    "![",
    "<",
    ">",
    "<div>",
    "</div>",
    "<!--",
    "`",
    "**",
    "_",
    "*",
    " - ",
    " – ",
    " & ",
    ", ",
    " and ",
    "Speaker: ",
    "**Speakers:** ",
    "Tags: ",
    "Themes: ",
    "#tag ",
    "@handle ",
    "By ",
    "Key Themes",
    "Sessions",
    "Day 1",
    "Track A",
    "Lunch",
    "(EN) ",
    "3. ",
    "title: ",
    "event: ",
    "speakers:\n  - ",
    "[Recording](",
    "https://x.io/",
    "javascript:",
    "Ada Lovelace",
    "Acme",
    "é",
    "e\u{301}",
    "東京",
    "\r\n",
    "\r",
    "\u{feff}",
    "|",
    "\t",
    "\\",
    "&amp;",
    "Multi-cloud",
    "multicloud",
];

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        check_invariants(&parse_and_render(&s));
    }

    #[test]
    fn markdownish_text_never_panics(s in markdownish()) {
        check_invariants(&parse_and_render(&s));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(f) = source_from_bytes("notes/x.md", bytes) {
            check_invariants(&parse(&[f], &NativeUnicode));
        }
    }

    #[test]
    fn files_added_in_any_order_give_the_same_library(a in markdownish(), b in markdownish()) {
        let fa = SourceFile { path: "notes/a.md".into(), text: a };
        let fb = SourceFile { path: "notes/b.md".into(), text: b };
        let one = parse(&[fa.clone(), fb.clone()], &NativeUnicode);
        let two = parse(&[fb, fa], &NativeUnicode);
        prop_assert_eq!(one, two);
    }
}

#[test]
fn ten_megabytes_parse_completely() {
    let session = "### A Talk About Things - Ada Lovelace & Grace Hopper, Navy\n\n\
        [Recording](https://example.com/r)\n\n\
        - a note about multi-cloud and #security with [a link](https://example.com)\n  - nested\n\n";
    let n = 10 * 1024 * 1024 / session.len();
    let mut text =
        String::from("# Big\n\n## Key Themes\n\n- Multi-cloud - many clouds\n\n## Sessions\n\n");
    for _ in 0..n {
        text.push_str(session);
    }
    let start = Instant::now();
    let lib = parse_one(&text);
    eprintln!("10 MB parsed in {:?} (debug build)", start.elapsed());
    assert_eq!(lib.sessions.len(), n);
    assert_eq!(lib.speakers.len(), 2);
    assert!(lib.sessions.iter().all(|s| s.themes.len() == 2));
    // Same titles: ids stay unique with suffixes, one warning each.
    assert_eq!(
        lib.sessions[n - 1].id,
        format!("big/a-talk-about-things-{n}")
    );
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let cases = [
        format!("# C\n\n### T - A\n\n{}x\n", "> ".repeat(depth)),
        format!("# C\n\n### T - A\n\n{}x\n", "- ".repeat(depth)),
        format!(
            "# C\n\n### T - A\n\n{}x{}\n",
            "[".repeat(depth),
            "](u)".repeat(depth)
        ),
        format!(
            "# C\n\n### T - A\n\n{}x{}\n",
            "![".repeat(depth),
            "](u)".repeat(depth)
        ),
        format!(
            "# C\n\n### T - A\n\n{}x{}\n",
            "*".repeat(depth),
            "*".repeat(depth)
        ),
        format!(
            "# C\n\n### T - {}A{}\n",
            "(".repeat(depth),
            ")".repeat(depth)
        ),
    ];
    for text in &cases {
        let lib = parse_and_render(text);
        // Nothing is lost: the deep text is a session's notes, or (when the
        // speaker part is 100,000 parentheses, which names nobody) a
        // section's.
        let kept = lib
            .sessions
            .iter()
            .map(|s| s.markdown.len() + s.speakers.len())
            .sum::<usize>()
            + lib
                .conferences
                .iter()
                .flat_map(|c| &c.sections)
                .map(|s| s.markdown.len() + s.title.len())
                .sum::<usize>();
        assert!(kept >= depth || lib.sessions.len() == 1, "{}", &text[..40]);
    }
    // A Key Themes item whose text is a list nested 100,000 deep is not a
    // theme: it stays in the Key Themes section.
    let lib = parse_and_render(&format!(
        "# C\n\n## Key Themes\n\n{}x\n",
        "- ".repeat(depth)
    ));
    assert!(lib.conferences[0].themes.is_empty());
    assert_eq!(lib.conferences[0].sections[0].title, "Key Themes");
}

#[test]
fn a_heading_with_ten_thousand_speakers() {
    // Names of letters only (digits never make a person's name).
    let letters = |mut i: usize| {
        let mut s = String::from("Q");
        for _ in 0..3 {
            s.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
        }
        s
    };
    let names: Vec<String> = (0..10_000)
        .map(|i| format!("Speaker {}", letters(i)))
        .collect();
    let text = format!("# C\n\n### Panel - {}, Acme\n", names.join(" & "));
    let lib = parse_one(&text);
    assert_eq!(lib.sessions[0].speakers.len(), 10_000);
    assert_eq!(lib.orgs.len(), 1);
    assert_eq!(lib.orgs[0].speakers.len(), 10_000);
}

#[test]
fn many_themes_many_headings_many_tags() {
    let mut text = String::from("# C\n\n## Key Themes\n\n");
    for i in 0..2_000 {
        text.push_str(&format!("- Theme {i} - about {i}\n"));
    }
    text.push_str("\n## Sessions\n\n");
    for i in 0..8_000 {
        text.push_str(&format!("### Talk {i} - Ada\n\ntheme {i} and #tag{i}\n\n"));
    }
    let lib = parse_one(&text);
    assert_eq!(lib.sessions.len(), 8_000);
    assert_eq!(lib.sessions[1_999].themes.len(), 2);
    assert_eq!(lib.themes.len(), 10_000);
}

#[test]
fn the_builder_takes_files_one_at_a_time() {
    let mut b = LibraryBuilder::new(&NativeUnicode);
    b.add(&SourceFile {
        path: "notes/a.md".into(),
        text: "# C\n\n### One - Ada\n".into(),
    });
    b.add(&SourceFile {
        path: "notes/b.md".into(),
        text: "# C\n\n### Two - Ada\n".into(),
    });
    let lib = b.finish();
    assert_eq!(lib.conferences.len(), 1);
    assert_eq!(lib.sessions.len(), 2);
    assert_eq!(lib.speakers[0].sessions, [0, 1]);
}

#[test]
fn text_is_nfc_normalised_before_anything_else() {
    let lib = parse_one(
        "# Caf\u{65}\u{301}\n\n### T - Ana\u{69}\u{308}s Urlichs\n\n### U - Anaïs Urlichs\n",
    );
    assert_eq!(lib.conferences[0].title, "Café");
    assert_eq!(lib.speakers.len(), 1);
    assert_eq!(lib.speakers[0].name, "Anaïs Urlichs");
}

/// Every real notes file of the corpus, with every other space made a
/// no-break or thin space and ASCII marks their full-width forms: no
/// slice of the parser may cut inside a character. (A real file with a
/// no-break space before a link once made it panic.)
#[test]
fn real_notes_with_multibyte_spaces_and_marks_never_panic() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
    let mut files = 0;
    for set in std::fs::read_dir(root).expect("the corpus folder") {
        let Ok(set) = set else { continue };
        let Ok(entries) = std::fs::read_dir(set.path()) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".md") || name == "README.md" || name == "SOURCES.md" {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            files += 1;
            let mut k = 0;
            let spaced: String = text
                .chars()
                .map(|c| {
                    k += 1;
                    match (c, k % 4) {
                        (' ', 0) => '\u{a0}',
                        (' ', 2) => '\u{2009}',
                        _ => c,
                    }
                })
                .collect();
            let marked: String = text
                .chars()
                .map(|c| {
                    k += 1;
                    match (c, k % 3) {
                        (':', 0) => '：',
                        ('(', 0) => '（',
                        (')', 0) => '）',
                        (',', 0) => '，',
                        ('-', 0) => '–',
                        ('\'', 0) => '’',
                        _ => c,
                    }
                })
                .collect();
            for variant in [spaced, marked] {
                check_invariants(&parse_one(&variant));
            }
        }
    }
    assert!(files >= 400, "the corpus has its files ({files} read)");
}
