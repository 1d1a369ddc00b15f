//! Suggested sessions for Key Themes no session carries: on the seed, and
//! on small notes that show each rule.

use confnotes_core::model::{Library, SourceFile};
use confnotes_core::parse;
use confnotes_core::suggest::{
    MAX_SUGGESTIONS, Suggestion, suggest_sessions, tag_line, unlinked_key_themes,
};
use confnotes_core::text::NativeUnicode;

const SEED: &str = include_str!("../../../notes/kubecon-2021.md");

fn parsed(path: &str, text: &str) -> Library {
    parse(
        &[SourceFile {
            path: path.into(),
            text: text.into(),
        }],
        &NativeUnicode,
    )
}

/// `(session title, words)` of the suggestions for the theme named `name`.
fn suggested(lib: &Library, name: &str) -> Vec<(String, Vec<String>)> {
    let t = lib
        .themes
        .iter()
        .position(|t| t.name == name)
        .expect("a theme of that name");
    let c = lib.themes[t].conferences[0];
    suggest_sessions(lib, t, c, &NativeUnicode)
        .into_iter()
        .map(|s| (lib.sessions[s.session].title.clone(), s.words))
        .collect()
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn on_the_seed_only_multi_cloud_gets_a_suggestion() {
    let lib = parsed("notes/kubecon-2021.md", SEED);
    assert_eq!(unlinked_key_themes(&lib).len(), 4);
    // The K3s talk built a cloud of multi-tenant clusters; nothing in the
    // seed's notes speaks of maturity, developer experience or build vs
    // buy, and a lone shared word (`Kubernetes`, `Built`, `years`) is not
    // enough. Insights shares `cloud`, `Kubernetes` and `clusters` with
    // Multi-cloud's description (9 points), but is about security: below
    // the bar.
    assert_eq!(
        suggested(&lib, "Multi-cloud"),
        [(
            "How We Built a Cloud On K3s: The Learnings Of Growing Up Fast".to_string(),
            strings(&["multi", "Cloud", "cluster"])
        )]
    );
    for name in [
        "Maturity",
        "Developer experience",
        "Decision criteria for platform build vs buy will get more attention over the next year",
    ] {
        assert_eq!(suggested(&lib, name), [], "{name}");
    }
    // The warning names the session and the line to add.
    let warning = lib
        .diagnostics
        .iter()
        .find(|d| {
            d.message
                .starts_with("Key Theme `Multi-cloud` is not linked")
        })
        .expect("the warning");
    assert!(warning.message.ends_with("is tagged with it)"));
    assert_eq!(
        warning.fix.as_deref(),
        Some(
            "To link it, add `Tags: Multi-cloud` under “How We Built a Cloud On K3s: \
             The Learnings Of Growing Up Fast” (line 55; shares: multi, Cloud, cluster)"
        ),
    );
    let maturity = lib
        .diagnostics
        .iter()
        .find(|d| d.message.contains("`Maturity` is not linked"))
        .expect("the warning");
    assert!(maturity.message.ends_with("is tagged with it)"));
    // Suggestions are not links.
    assert!(lib.sessions.iter().all(|s| s.themes.is_empty()));
    assert!(lib.themes.iter().all(|t| t.sessions.is_empty()));
}

const DEVCONF: &str = "# DevConf 2024

## Key Themes

- Security - supply chain attacks, signing artifacts, software bill of materials
- Platform engineering - internal developer platforms built by platform teams

## Sessions

### Securing the pipeline - Ann Lee

- secure defaults for CI

### Signed artifacts everywhere - Bob Ray

- signing every artifact, the supply chain and a bill of materials

### Lunch break chat - Cy Doe

- a chain of coffee shops, one more attack on my diet

### Golden paths - Dee Fox

- Internal platforms for developers: the platform team's product
";

#[test]
fn the_name_in_another_form_or_many_shared_words_suggest_a_session() {
    let lib = parsed("notes/devconf.md", DEVCONF);
    assert_eq!(unlinked_key_themes(&lib).len(), 2);
    // `Securing` is a form of `Security`: the whole name. `Signed
    // artifacts` shares six words of the description, two in its title.
    // The lunch chat shares `chain` and `attack`: not enough.
    assert_eq!(
        suggested(&lib, "Security"),
        [
            (
                "Signed artifacts everywhere".to_string(),
                strings(&[
                    "supply",
                    "chain",
                    "Signed",
                    "artifacts",
                    "bill",
                    "materials"
                ])
            ),
            ("Securing the pipeline".to_string(), strings(&["Securing"])),
        ]
    );
    assert_eq!(
        suggested(&lib, "Platform engineering"),
        [(
            "Golden paths".to_string(),
            strings(&["platforms", "Internal", "developers", "team"])
        )]
    );
    let t = lib
        .themes
        .iter()
        .position(|t| t.name == "Security")
        .unwrap();
    let scores: Vec<u32> = suggest_sessions(&lib, t, 0, &NativeUnicode)
        .iter()
        .map(|s| s.score)
        .collect();
    // Title words count one more: 3 + 3 + 2 * 4; 4 + 1.
    assert_eq!(scores, [14, 5]);
    // Out of range: nothing, no panic.
    assert_eq!(suggest_sessions(&lib, 99, 0, &NativeUnicode), []);
    assert_eq!(suggest_sessions(&lib, t, 9, &NativeUnicode), []);
}

#[test]
fn at_most_five_best_first_within_the_conference_and_never_a_carrier() {
    let mut text = String::from(
        "# Conf A\n\n## Key Themes\n\n- Maturity - how mature teams run\n\n## Sessions\n\n",
    );
    let names = [
        "Ann Lee", "Bob Ray", "Cy Doe", "Dee Fox", "Ed Kim", "Flo Lin", "Gus Orr",
    ];
    for (i, name) in names.iter().enumerate() {
        let i = i + 1;
        text.push_str(&format!("### Talk {i} - {name}\n\n- a mature setup\n\n"));
    }
    text.push_str("### Tagged talk - Eve Moe\n\nTags: Maturity\n\n- mature\n\n");
    let mut other = String::from(
        "# Conf B\n\n## Sessions\n\n### Elsewhere - Al Bo\n\n- mature maturing maturity\n",
    );
    other.push('\n');
    let lib = parse(
        &[
            SourceFile {
                path: "notes/a.md".into(),
                text,
            },
            SourceFile {
                path: "notes/b.md".into(),
                text: other,
            },
        ],
        &NativeUnicode,
    );
    let t = lib
        .themes
        .iter()
        .position(|t| t.name == "Maturity")
        .unwrap();
    // Linked by the tagged talk: no warning, but suggestions still work.
    assert_eq!(unlinked_key_themes(&lib), []);
    let list = suggest_sessions(&lib, t, 0, &NativeUnicode);
    assert_eq!(list.len(), MAX_SUGGESTIONS);
    let titles: Vec<&str> = list
        .iter()
        .map(|s| lib.sessions[s.session].title.as_str())
        .collect();
    // Equal scores: library order. `mature` is in every talk, so it counts
    // half; the whole name is still there.
    assert_eq!(titles, ["Talk 1", "Talk 2", "Talk 3", "Talk 4", "Talk 5"]);
    assert!(list.iter().all(|s| s.score == 2 && s.words == ["mature"]));
    // Deterministic.
    assert_eq!(list, suggest_sessions(&lib, t, 0, &NativeUnicode));
    // The sessions of the conference asked about, and only those: Conf B
    // does not list the theme, but any theme may be asked about anywhere.
    let b = suggest_sessions(&lib, t, 1, &NativeUnicode);
    assert_eq!(
        b,
        [Suggestion {
            session: 8,
            score: 4,
            words: vec!["mature".to_string()]
        }]
    );
    assert_eq!(lib.sessions[8].title, "Elsewhere");
}

#[test]
fn the_tag_line_names_the_theme() {
    let lib = parsed("notes/kubecon-2021.md", SEED);
    let t = lib.themes.iter().find(|t| t.name == "Multi-cloud").unwrap();
    assert_eq!(tag_line(t), "Tags: Multi-cloud");
}
