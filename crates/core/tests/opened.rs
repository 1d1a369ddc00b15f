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

mod files {
    use confnotes_core::opened::{
        MAX_FILE_BYTES, PASTED_NAME, Refusal, clean_name, decode, is_image_name, is_notes_name,
        pasted_name, path_of, summaries, summary, too_many,
    };
    use confnotes_core::text::NativeUnicode;

    #[test]
    fn text_files_are_taken_binary_and_non_utf8_ones_refused_by_name() {
        assert_eq!(decode("a.md", b"# Hi\n").as_deref(), Ok("# Hi\n"));
        assert_eq!(
            decode("a.md", "\u{feff}# Hi".as_bytes()).as_deref(),
            Ok("# Hi")
        );
        let bin = decode("photo.md", b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        assert_eq!(
            bin,
            Refusal::NotText {
                name: "photo.md".into()
            }
        );
        assert!(bin.to_string().starts_with("photo.md is not a text file"));
        let latin1 = decode("old.txt", b"caf\xe9").unwrap_err();
        assert!(latin1.to_string().starts_with("old.txt is not a text file"));
    }

    #[test]
    fn a_file_over_the_limit_is_too_large() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        let e = decode("huge.md", &big).unwrap_err();
        assert!(matches!(e, Refusal::TooLarge { .. }));
        assert_eq!(
            e.to_string(),
            "huge.md is too large (20 MB); files up to 20 MB are opened."
        );
        assert_eq!(too_many(2_000), None);
        assert!(too_many(5_000).is_some_and(|m| m.starts_with("5000 files at once")));
    }

    #[test]
    fn names() {
        assert!(is_notes_name("a.MD") && is_notes_name("b.markdown") && is_notes_name("c.txt"));
        assert!(!is_notes_name("d.png") && !is_notes_name("md"));
        // Images beside the notes are kept too, to be shown in them.
        assert!(
            is_image_name("trip/photo.PNG") && is_image_name("a.jpeg") && is_image_name("s.svg")
        );
        assert!(!is_image_name("notes.md") && !is_image_name("movie.mp4") && !is_image_name("png"));
        assert_eq!(clean_name("trip/2024/../day1.md"), "trip/2024/day1.md");
        assert_eq!(clean_name("/a\\b.md"), "a/b.md");
        assert_eq!(clean_name(""), "untitled.md");
        assert_eq!(path_of("trip/a.md"), "opened/trip/a.md");
    }

    #[test]
    fn pasted_text_is_named_after_its_first_heading() {
        let u = &NativeUnicode;
        assert_eq!(
            pasted_name(u, "intro\n\n# DevConf 2031!\n## x"),
            "devconf-2031.md"
        );
        assert_eq!(
            pasted_name(u, "---\ntitle: \"Rust Talk\"\n---\nbody"),
            "rust-talk.md"
        );
        assert_eq!(pasted_name(u, "#hashtag only\nplain"), PASTED_NAME);
    }

    #[test]
    fn a_summary_counts_what_a_file_gave() {
        let lib = super::library("opened/devconf.md");
        let s = summary(&lib, "opened/devconf.md");
        assert_eq!((s.sessions, s.conferences), (1, 1));
        assert!(!s.is_empty());
        assert!(summary(&lib, "opened/other.md").is_empty());
        // All at once, as one pass: the same answers, in the order asked.
        let many = summaries(&lib, &["opened/other.md", "opened/devconf.md"]);
        assert_eq!(many, vec![summary(&lib, "opened/other.md"), s]);
    }
}

#[test]
fn the_opened_notes_page_is_a_view_of_the_url() {
    use confnotes_core::query::View;
    let q = Query::from_url("?view=opened");
    assert_eq!(q.view, Some(View::Opened));
    assert_eq!(q.to_url(), "view=opened");
}

#[test]
fn sizes_read_as_people_say_them() {
    use confnotes_core::opened::{human_size, megabytes};
    assert_eq!(human_size(149), "149 bytes");
    assert_eq!(human_size(3_482), "3.4 kB");
    assert_eq!(human_size(2_048), "2 kB");
    assert_eq!(human_size(1_300_000), "1.2 MB");
    assert_eq!(megabytes(21 * 1024 * 1024), "21 MB");
    assert_eq!(megabytes(20 * 1024 * 1024 + 1), "20 MB");
}
