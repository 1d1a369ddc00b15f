//! Searching the conferences' own notes: sections such as `## Learning`
//! and the Key Themes, beside the sessions (`Results::sections`).

use confnotes_core::model::{Library, SourceFile};
use confnotes_core::query::{Query, Results, SectionHit, SectionPart, UserFacts, evaluate};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, parse};

const SEED: &str = include_str!("../../../notes/kubecon-2021.md");

const ALPHA: &str = "# Alpha 2023

## Key Themes

- Observability - tracing everywhere

## Summary

- Lots about observability and eBPF

## Observability

- OpenTelemetry notes

## Sessions

### Tracing at scale - Ann Lee

- spans and traces
";

const BETA: &str = "# Beta 2024

## Key Themes

- Observability - (o11y) metrics, logs and traces
- Cost - FinOps and budgets

## Sessions

### Budget talk - Bob Ray

- money, and the öbservability of spend
";

fn library(files: &[(&str, &str)]) -> Library {
    let files: Vec<SourceFile> = files
        .iter()
        .map(|(path, text)| SourceFile {
            path: path.to_string(),
            text: text.to_string(),
        })
        .collect();
    parse(&files, &NativeUnicode)
}

fn run(lib: &Library, url: &str) -> Results {
    let index = Index::new(lib, &NativeUnicode);
    evaluate(
        lib,
        &index,
        &Query::from_url(url),
        &UserFacts::default(),
        &NativeUnicode,
    )
}

/// Each hit as `conference-id: part id "title"`, `*` when in the title.
fn hits(lib: &Library, r: &Results) -> Vec<String> {
    r.sections
        .iter()
        .map(|h| {
            let kind = match h.part {
                SectionPart::Section(_) => "section",
                SectionPart::KeyTheme(_) => "theme",
            };
            format!(
                "{}: {kind} {} \"{}\"{}",
                lib.conferences[h.conference].id,
                h.id,
                h.title,
                if h.in_title { " *" } else { "" }
            )
        })
        .collect()
}

#[test]
fn on_the_seed_kasten_is_only_in_the_learning_section() {
    let lib = library(&[("notes/kubecon-2021.md", SEED)]);
    let r = run(&lib, "q=kasten");
    assert_eq!(r.sessions, Vec::<usize>::new());
    assert_eq!(
        r.sections,
        [SectionHit {
            conference: 0,
            part: SectionPart::Section(1),
            id: "learning".into(),
            title: "Learning".into(),
            in_title: false,
        }]
    );
    let snippet = r.sections[0].snippet(&lib, &r.terms, &NativeUnicode);
    assert_eq!(
        snippet.as_deref(),
        Some(
            "https://learning.<mark>kasten</mark>.io/ - Saw this in one of the keynotes. \
             Kubernetes training. Labs, Badges, etc"
        )
    );
    // Counts and facets stay about sessions.
    assert_eq!(r.total, 5);
    assert!(
        r.facets
            .iter()
            .all(|f| f.values.iter().all(|v| v.count == 0))
    );
}

#[test]
fn on_the_seed_key_themes_are_found_by_name_alias_description_and_items() {
    let lib = library(&[("notes/kubecon-2021.md", SEED)]);
    // The title of the section ranks before the notes' bodies; the K3s
    // talk's "Learnings" is a session.
    let r = run(&lib, "q=learning");
    assert_eq!(
        hits(&lib, &r),
        ["kubecon-2021: section learning \"Learning\" *"]
    );
    assert_eq!(r.sessions.len(), 1);
    assert_eq!(
        hits(&lib, &run(&lib, "q=devx")),
        ["kubecon-2021: theme developer-experience \"Developer experience\" *"]
    );
    let r = run(&lib, "q=kui");
    assert_eq!(
        hits(&lib, &r),
        ["kubecon-2021: theme developer-experience \"Developer experience\""]
    );
    assert_eq!(
        r.sections[0].markdown(&lib),
        "is now a top priority, new tools, platforms being built to help developers work \
         with Kubernetes\n\n- [Kui](https://github.com/kubernetes-sigs/kui)"
    );
    assert_eq!(
        hits(&lib, &run(&lib, "q=chatter+cloud")),
        ["kubecon-2021: theme multi-cloud \"Multi-cloud\""]
    );
    // Every word must match (word starts, as for sessions).
    assert_eq!(
        hits(&lib, &run(&lib, "q=kasten+nowhere")),
        Vec::<String>::new()
    );
    assert_eq!(hits(&lib, &run(&lib, "q=asten")), Vec::<String>::new());
    // Without search text, no hits.
    assert_eq!(run(&lib, "").sections, []);
    assert_eq!(run(&lib, "conf=kubecon-2021").sections, []);
}

#[test]
fn other_filters_than_conf_leave_the_conference_notes_out() {
    let lib = library(&[("notes/kubecon-2021.md", SEED)]);
    let one = ["kubecon-2021: section learning \"Learning\""];
    assert_eq!(hits(&lib, &run(&lib, "q=kasten&conf=kubecon-2021")), one);
    // A value the notes lack is ignored, as for sessions.
    assert_eq!(hits(&lib, &run(&lib, "q=kasten&theme=no-such-theme")), one);
    for narrowing in [
        "theme=maturity",
        "speaker=jessica-deen",
        "org=microsoft",
        "starred=1",
        "mine=1",
        "view=notes",
        "conf=kubecon-2021&org=ibm",
    ] {
        let r = run(&lib, &format!("q=kasten&{narrowing}"));
        assert_eq!(r.sections, [], "{narrowing}");
    }
    // The seed has no days, tracks or languages: these are ignored.
    for ignored in ["day=kubecon-2021/day-1", "track=x", "lang=en"] {
        let r = run(&lib, &format!("q=kasten&{ignored}"));
        assert_eq!(r.unknown.len(), 1, "{ignored}");
        assert_eq!(hits(&lib, &r), one, "{ignored}");
    }
}

#[test]
fn hits_rank_title_first_then_library_order_and_follow_conf() {
    let lib = library(&[("notes/alpha.md", ALPHA), ("notes/beta.md", BETA)]);
    assert_eq!(
        hits(&lib, &run(&lib, "q=observability")),
        [
            "alpha-2023: section observability \"Observability\" *",
            "alpha-2023: theme observability \"Observability\" *",
            "alpha-2023: section summary \"Summary\"",
        ]
    );
    // A Key Theme of both conferences shows under the one selected.
    assert_eq!(
        hits(&lib, &run(&lib, "q=observability&conf=beta-2024")),
        ["beta-2024: theme observability \"Observability\" *"]
    );
    assert_eq!(
        hits(&lib, &run(&lib, "q=o11y")),
        ["alpha-2023: theme observability \"Observability\" *"]
    );
    // Accents and case fold as for sessions.
    assert_eq!(
        hits(&lib, &run(&lib, "q=FINOPS")),
        ["beta-2024: theme cost \"Cost\""]
    );
    let r = run(&lib, "q=observability&conf=beta-2024");
    assert_eq!(r.sessions.len(), 1, "the session's öbservability folds");
}

#[test]
fn the_index_stays_small_and_stepped_building_agrees() {
    let lib = library(&[("notes/alpha.md", ALPHA), ("notes/beta.md", BETA)]);
    let whole = Index::new(&lib, &NativeUnicode);
    let mut b = Index::builder(&lib, &NativeUnicode);
    while !b.step(&lib) {}
    assert_eq!(b.finish(&lib), whole);
}
