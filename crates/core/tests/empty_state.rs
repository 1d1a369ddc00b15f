//! "No sessions match": which filters of a Query exclude everything, and
//! how many sessions removing each one alone brings back
//! (`query::blocking_filters`).

mod handmade;

use std::collections::{HashMap, HashSet};

use confnotes_core::Index;
use confnotes_core::model::Library;
use confnotes_core::query::{Facet, Filter, Query, UserFacts, View, blocking_filters, evaluate};
use confnotes_core::text::NativeUnicode;
use handmade::Lib;
use proptest::prelude::*;

fn library() -> Library {
    Lib::new()
        .conf("KubeCon 2021")
        .session("Microservices Made Easy")
        .by("Donovan Brown", Some("Microsoft"))
        .themes(&["Developer experience"])
        .notes("Dapr on Kubernetes")
        .session("GitOps with Jenkins")
        .by("Kingdon Barrett", Some("Weaveworks"))
        .themes(&["GitOps"])
        .notes("Deploy Jenkins with GitOps, on Kubernetes")
        .session("Unsecured Kubernetes in the Wild")
        .by("Jay Chen", Some("Palo Alto Networks"))
        .themes(&["Security"])
        .notes("attack vectors")
        .session("A Cloud on K3s")
        .by("Alex Jones", Some("Civo"))
        .themes(&["Security"])
        .notes("Kubernetes at production scale")
        .build()
}

/// Starred: Microservices and K3s; a note on K3s; GitOps given `my-fav`.
fn reader() -> UserFacts {
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<HashSet<_>>();
    UserFacts {
        starred: set(&[
            "kubecon-2021/microservices-made-easy",
            "kubecon-2021/a-cloud-on-k3s",
        ]),
        noted: set(&["kubecon-2021/a-cloud-on-k3s"]),
        themes: HashMap::from([(
            "kubecon-2021/gitops-with-jenkins".to_string(),
            vec!["my-fav".to_string()],
        )]),
        theme_names: HashMap::from([("my-fav".to_string(), "My fav".to_string())]),
    }
}

/// Each entry's count is what evaluating its Query shows.
fn check_against_evaluate(lib: &Library, index: &Index, q: &Query, user: &UserFacts) {
    let got = blocking_filters(lib, index, q, user, &NativeUnicode);
    assert_eq!(
        got.iter().map(|b| b.filter.clone()).collect::<Vec<_>>(),
        q.filters()
    );
    for b in &got {
        assert_eq!(b.without, q.without_filter(&b.filter));
        let want = evaluate(lib, index, &b.without, user, &NativeUnicode)
            .sessions
            .len();
        assert_eq!(
            b.count,
            want,
            "{:?} removed from {:?}",
            b.filter,
            q.to_url()
        );
    }
}

#[test]
fn every_filter_with_what_its_removal_brings_back() {
    let lib = library();
    let index = Index::new(&lib, &NativeUnicode);
    let user = reader();
    // Jenkins is only in GitOps, which is neither Security nor starred.
    let q = Query::from_url("q=jenkins&theme=security&theme=nope&org=civo&starred=1&view=notes");
    assert!(
        evaluate(&lib, &index, &q, &user, &NativeUnicode)
            .sessions
            .is_empty()
    );
    let got: Vec<(Filter, usize)> = blocking_filters(&lib, &index, &q, &user, &NativeUnicode)
        .into_iter()
        .map(|b| (b.filter, b.count))
        .collect();
    assert_eq!(
        got,
        [
            // Without the text: K3s is Security, Civo, starred.
            (Filter::Text, 1),
            (Filter::Value(Facet::Theme, "security".into()), 0),
            // An unknown value is listed too; removing it changes nothing.
            (Filter::Value(Facet::Theme, "nope".into()), 0),
            (Filter::Value(Facet::Org, "civo".into()), 0),
            (Filter::Starred, 0),
            (Filter::View(View::Notes), 0),
        ]
    );
    check_against_evaluate(&lib, &index, &q, &user);
}

#[test]
fn nothing_to_remove_from_an_unfiltered_query() {
    let lib = library();
    let index = Index::new(&lib, &NativeUnicode);
    for url in ["", "q=+++", "s=kubecon-2021/a-cloud-on-k3s"] {
        let q = Query::from_url(url);
        assert!(q.filters().is_empty(), "{url}");
        assert!(!q.is_filtered(), "{url}");
        assert!(blocking_filters(&lib, &index, &q, &reader(), &NativeUnicode).is_empty());
    }
}

#[test]
fn removing_each_filter_gives_back_the_query_without_it() {
    let q = Query::from_url("q=kube&theme=security&speaker=jay-chen&starred=1&mine=1&view=notes");
    let urls: Vec<String> = q
        .filters()
        .iter()
        .map(|f| q.without_filter(f).to_url())
        .collect();
    assert_eq!(
        urls,
        [
            "theme=security&speaker=jay-chen&starred=1&mine=1&view=notes",
            "q=kube&speaker=jay-chen&starred=1&mine=1&view=notes",
            "q=kube&theme=security&starred=1&mine=1&view=notes",
            "q=kube&theme=security&speaker=jay-chen&mine=1&view=notes",
            "q=kube&theme=security&speaker=jay-chen&starred=1&view=notes",
            "q=kube&theme=security&speaker=jay-chen&starred=1&mine=1",
        ]
    );
}

#[test]
fn the_checker_page_is_a_view_of_its_own_not_a_filter() {
    let q = Query::from_url("view=check");
    assert_eq!(q.view, Some(View::Check));
    assert_eq!(q.to_url(), "view=check");
    assert!(q.leftovers.is_empty());
    assert!(!q.is_filtered());
    assert!(q.filters().is_empty());
}

proptest! {
    #[test]
    fn counts_agree_with_evaluate(
        text in prop::sample::select(vec!["", "kube", "jenkins", "k3s cloud", "zzz"]),
        themes in prop::sample::subsequence(vec!["security", "gitops", "my-fav", "nope"], 0..=3),
        orgs in prop::sample::subsequence(vec!["civo", "microsoft", "weaveworks"], 0..=2),
        starred in any::<bool>(),
        mine in any::<bool>(),
        notes in any::<bool>(),
    ) {
        let lib = library();
        let index = Index::new(&lib, &NativeUnicode);
        let mut q = Query::default()
            .with_text(text)
            .with_starred(starred)
            .with_mine(mine)
            .with_view(notes.then_some(View::Notes));
        for t in themes {
            q = q.toggled(Facet::Theme, t);
        }
        for o in orgs {
            q = q.toggled(Facet::Org, o);
        }
        check_against_evaluate(&lib, &index, &q, &reader());
    }
}
