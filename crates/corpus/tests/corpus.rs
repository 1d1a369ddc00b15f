//! The generated benchmark corpus goes through the real parser, index and
//! queries: every session arrives, and the views the benchmarks time
//! return what they should.

use confnotes_core::model::Severity;
use confnotes_core::query::{Facet, Query, UserFacts, evaluate};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, parse};
use confnotes_corpus as corpus;

#[test]
fn every_generated_session_is_parsed_and_found() {
    for (n, seed) in [(1, 1), (60, 2), (400, 3)] {
        let files = corpus::generate(n, seed);
        let lib = parse(&files, &NativeUnicode);
        assert_eq!(lib.sessions.len(), n, "sessions of corpus({n}, {seed})");
        let errors: Vec<_> = lib
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(
            lib.sessions.iter().all(|s| !s.speakers.is_empty()),
            "every session has speakers"
        );

        let index = Index::new(&lib, &NativeUnicode);
        let all = evaluate(
            &lib,
            &index,
            &Query::default(),
            &UserFacts::default(),
            &NativeUnicode,
        );
        assert_eq!(all.sessions, (0..n).collect::<Vec<_>>());
        // Every session can be found by its own title and opened by its id.
        for (i, s) in lib.sessions.iter().enumerate() {
            let q = Query::default()
                .with_text(&s.title)
                .with_session(Some(s.id.clone()));
            let r = evaluate(&lib, &index, &q, &UserFacts::default(), &NativeUnicode);
            assert!(
                r.sessions.contains(&i),
                "{:?} not found by its title",
                s.title
            );
            assert_eq!(r.session, Some(i));
        }
    }
}

#[test]
fn the_benchmark_views_have_results() {
    let files = corpus::generate(1000, 1);
    let lib = parse(&files, &NativeUnicode);
    let index = Index::new(&lib, &NativeUnicode);
    for url in [
        "q=kube",
        "q=secur+production",
        "theme=security&theme=observability",
        "day=day-1",
        "org=microsoft",
    ] {
        let r = evaluate(
            &lib,
            &index,
            &Query::from_url(url),
            &UserFacts::default(),
            &NativeUnicode,
        );
        assert!(!r.sessions.is_empty(), "{url}");
        assert!(r.unknown.is_empty(), "{url}: {:?}", r.unknown);
    }
    let r = evaluate(
        &lib,
        &index,
        &Query::default(),
        &UserFacts::default(),
        &NativeUnicode,
    );
    let facets: Vec<Facet> = r.facets.iter().map(|f| f.facet).collect();
    assert_eq!(
        facets,
        [
            Facet::Theme,
            Facet::Speaker,
            Facet::Org,
            Facet::Conf,
            Facet::Day,
            Facet::Track,
            Facet::Lang
        ]
    );
}
