//! Golden test: the whole extraction of the seed notes, pinned as a
//! readable snapshot in `tests/golden/kubecon-2021.txt`. Run with
//! `UPDATE_GOLDEN=1` to rewrite the snapshot on purpose, then read the diff.

mod parse_support;

use confnotes_core::parse::source_from_bytes;
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Library, parse};

fn seed() -> Library {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../notes/kubecon-2021.md");
    let bytes = std::fs::read(path).expect("the seed notes exist");
    let file = source_from_bytes("notes/kubecon-2021.md", bytes).expect("the seed is UTF-8");
    parse(&[file], &NativeUnicode)
}

#[test]
fn seed_extraction_matches_the_golden_snapshot() {
    let actual = parse_support::summary(&seed());
    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/kubecon-2021.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, &actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(golden).unwrap_or_default();
    if actual != expected {
        panic!(
            "the seed parses differently; if that is intended, rerun with UPDATE_GOLDEN=1.\n--- actual\n{actual}"
        );
    }
}

#[test]
fn seed_facts() {
    let lib = seed();
    assert_eq!(lib.conferences.len(), 1);
    let c = &lib.conferences[0];
    assert_eq!(
        (c.id.as_str(), c.title.as_str()),
        ("kubecon-2021", "KubeCon 2021")
    );
    let titles: Vec<&str> = lib.sessions.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Microservices Made Easy!",
            "GitOps+Jenkins-CI With Declarative Everything",
            "Insights into Unsecured Kubernetes in the Wild",
            "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way",
            "How We Built a Cloud On K3s: The Learnings Of Growing Up Fast",
        ]
    );
    assert!(
        lib.sessions
            .iter()
            .all(|s| s.links.len() == 1 && s.links[0].label == "Recording")
    );
    assert_eq!(lib.speakers.len(), 9);
    let sp = |name: &str| lib.speakers.iter().find(|s| s.name == name).expect(name);
    assert_eq!(lib.orgs[sp("Anaïs Urlichs").orgs[0]].name, "Civo");
    assert_eq!(lib.orgs[sp("Jessica Deen").orgs[0]].name, "Microsoft");
    let themes: Vec<&str> = c
        .themes
        .iter()
        .map(|&t| lib.themes[t].name.as_str())
        .collect();
    assert_eq!(themes.len(), 4);
    assert_eq!(themes[1], "Developer experience");
    let devx = &lib.themes[c.themes[1]];
    assert_eq!(devx.aliases, ["DevX", "devex"]);
    assert!(
        devx.markdown
            .contains("[Kui](https://github.com/kubernetes-sigs/kui)")
    );
    let sections: Vec<&str> = c.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["", "Learning"]);
    assert!(lib.sessions.iter().all(|s| s.themes.is_empty()));
    let unlinked = lib
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("is not linked to any session"))
        .count();
    assert_eq!(unlinked, 4);
}
