//! Notes opened in the reader's browser sit beside the site's: the Source
//! facet tells them apart (`source=site`, `source=opened`), and their
//! sessions get ids by the same rule as bundled ones.

use confnotes_core::model::SourceFile;
use confnotes_core::parse::LibraryBuilder;
use confnotes_core::query::{Facet, Query, UserFacts, evaluate};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, Library};

const SEED: &str = include_str!("../../../notes/kubecon-2021.md");
const MINE: &str =
    "# DevConf 2031\n\n## Talks\n\n### Rust in the Browser - Ada Lovelace, Analytical\n\n- wasm\n";

fn library(opened_path: &str) -> Library {
    let mut b = LibraryBuilder::new(&NativeUnicode);
    b.add(&SourceFile {
        path: "notes/kubecon-2021.md".into(),
        text: SEED.into(),
    });
    b.add(&SourceFile {
        path: opened_path.into(),
        text: MINE.into(),
    });
    b.finish()
}

fn titles(lib: &Library, url: &str) -> Vec<String> {
    let index = Index::new(lib, &NativeUnicode);
    let r = evaluate(
        lib,
        &index,
        &Query::from_url(url),
        &UserFacts::default(),
        &NativeUnicode,
    );
    r.sessions
        .iter()
        .map(|&i| lib.sessions[i].title.clone())
        .collect()
}

#[test]
fn the_source_facet_tells_the_sites_notes_from_the_opened_ones() {
    let lib = library("opened/devconf.md");
    assert_eq!(titles(&lib, "?source=opened"), ["Rust in the Browser"]);
    assert_eq!(titles(&lib, "?source=site").len(), 5);
    assert_eq!(titles(&lib, "?source=site&source=opened").len(), 6);

    let index = Index::new(&lib, &NativeUnicode);
    let r = evaluate(
        &lib,
        &index,
        &Query::default(),
        &UserFacts::default(),
        &NativeUnicode,
    );
    let source = r
        .facets
        .iter()
        .find(|f| f.facet == Facet::Source)
        .expect("a Source facet");
    let values: Vec<(String, usize)> = source
        .values
        .iter()
        .map(|v| (v.label.to_string(), v.count))
        .collect();
    assert_eq!(
        values,
        [
            ("This site".to_string(), 5),
            ("Opened in this browser".to_string(), 1)
        ]
    );
}

#[test]
fn without_opened_notes_there_is_no_source_facet() {
    let mut b = LibraryBuilder::new(&NativeUnicode);
    b.add(&SourceFile {
        path: "notes/kubecon-2021.md".into(),
        text: SEED.into(),
    });
    let lib = b.finish();
    let index = Index::new(&lib, &NativeUnicode);
    let r = evaluate(
        &lib,
        &index,
        &Query::default(),
        &UserFacts::default(),
        &NativeUnicode,
    );
    assert!(r.facets.iter().all(|f| f.facet != Facet::Source));
    // A link that asks for it still works: every session is the site's;
    // `opened` is a value these notes do not have (a chip says so, like
    // any unknown value) and narrows nothing.
    assert_eq!(titles(&lib, "?source=site").len(), 5);
    assert_eq!(titles(&lib, "?source=opened").len(), 5);
    let r = evaluate(
        &lib,
        &index,
        &Query::from_url("?source=opened"),
        &UserFacts::default(),
        &NativeUnicode,
    );
    assert_eq!(r.unknown, [(Facet::Source, "opened".to_string())]);
}

#[test]
fn an_opened_sessions_id_does_not_depend_on_where_the_file_lives() {
    // The same file opened again (Replace), or shipped with the site
    // later, keeps its sessions' ids: stars and notes stay attached.
    let opened = library("opened/devconf.md");
    let shipped = library("notes/devconf.md");
    let id = |lib: &Library| {
        lib.sessions
            .iter()
            .find(|s| s.title == "Rust in the Browser")
            .map(|s| s.id.clone())
    };
    assert_eq!(
        id(&opened),
        Some("devconf-2031/rust-in-the-browser".to_string())
    );
    assert_eq!(id(&opened), id(&shipped));
}
