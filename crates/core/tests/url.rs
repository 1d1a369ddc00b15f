//! The URL contract: query strings in, view state out, and back.
//!
//! Each case reads as "this URL means this view". `describe` prints a Query
//! compactly: `q='…'`, then each facet's values, flags, the open session and
//! leftovers as `key=value (Reason)`.

use confnotes_core::query::{Facet, Leftover, LeftoverReason, Query, View};
use proptest::prelude::*;

fn describe(q: &Query) -> String {
    let mut parts = Vec::new();
    if !q.text.is_empty() {
        parts.push(format!("q='{}'", q.text));
    }
    for f in Facet::ALL {
        if !q.values(f).is_empty() {
            parts.push(format!("{}=[{}]", f.key(), q.values(f).join(",")));
        }
    }
    if q.starred {
        parts.push("starred".into());
    }
    if q.mine {
        parts.push("mine".into());
    }
    if let Some(v) = q.view {
        parts.push(format!("view={}", v.as_str()));
    }
    if let Some(s) = &q.session {
        parts.push(format!("s={s}"));
    }
    for l in &q.leftovers {
        parts.push(format!("{}={} ({:?})", l.key, l.value, l.reason));
    }
    parts.join(" ")
}

/// `url` reads as `expected`.
fn check_read(url: &str, expected: &str) {
    assert_eq!(describe(&Query::from_url(url)), expected, "reading {url:?}");
}

/// `url` reads and writes back as `canonical`.
fn check_canonical(url: &str, canonical: &str) {
    assert_eq!(
        Query::from_url(url).to_url(),
        canonical,
        "canonical form of {url:?}"
    );
}

#[test]
fn urls_read_as_views() {
    let cases = [
        ("", ""),
        ("?", ""),
        ("?q=kube", "q='kube'"),
        ("q=kube", "q='kube'"),
        ("?q=service+mesh", "q='service mesh'"),
        ("?q=Ji%C5%99%C3%AD", "q='Jiří'"),
        ("?q=a%26b%3Dc", "q='a&b=c'"),
        ("?theme=security&theme=devx", "theme=[security,devx]"),
        (
            "?speaker=anais-urlichs&org=civo",
            "speaker=[anais-urlichs] org=[civo]",
        ),
        (
            "?conf=kubecon-2021&day=day-1&track=platform&lang=en",
            "conf=[kubecon-2021] day=[day-1] track=[platform] lang=[en]",
        ),
        ("?theme=%E6%9D%B1%E4%BA%AC-talk", "theme=[東京-talk]"),
        ("?starred=1&mine=1", "starred mine"),
        ("?view=notes", "view=notes"),
        (
            "?s=kubecon-2021/microservices-made-easy",
            "s=kubecon-2021/microservices-made-easy",
        ),
        (
            "?s=kubecon-2021%2Fmicroservices-made-easy",
            "s=kubecon-2021/microservices-made-easy",
        ),
        // Key order in the URL does not matter.
        ("?s=a/b&theme=x&q=y", "q='y' theme=[x] s=a/b"),
    ];
    for (url, expected) in cases {
        check_read(url, expected);
    }
}

#[test]
fn what_is_not_understood_is_kept_as_leftovers_in_order() {
    let cases = [
        ("?foo=bar", "foo=bar (UnknownKey)"),
        ("?Theme=security", "Theme=security (UnknownKey)"),
        ("?flag", "flag= (UnknownKey)"),
        ("?starred=yes", "starred=yes (Malformed)"),
        ("?starred=0", "starred=0 (Malformed)"),
        ("?mine=", "mine= (Malformed)"),
        ("?view=list", "view=list (Malformed)"),
        ("?theme=", "theme= (Malformed)"),
        ("?theme=Security", "theme=[security]"),
        ("?theme=not+a+slug", "theme=not a slug (Malformed)"),
        ("?theme=-x", "theme=-x (Malformed)"),
        ("?theme=a--b", "theme=a--b (Malformed)"),
        ("?s=no-slash", "s=no-slash (Malformed)"),
        ("?s=a/b/c", "s=a/b/c (Malformed)"),
        ("?s=", "s= (Malformed)"),
        ("?s=a/b&s=c/d", "s=a/b s=c/d (Repeated)"),
        ("?q=one&q=two", "q='one' q=two (Repeated)"),
        (
            "?zz=1&theme=ok&yy=2",
            "theme=[ok] zz=1 (UnknownKey) yy=2 (UnknownKey)",
        ),
    ];
    for (url, expected) in cases {
        check_read(url, expected);
    }
}

#[test]
fn repeats_of_the_same_value_merge_silently() {
    let cases = [
        ("?theme=a&theme=b&theme=a", "theme=[a,b]"),
        ("?starred=1&starred=1", "starred"),
        ("?s=a/b&s=a/b", "s=a/b"),
        ("?q=x&q=x", "q='x'"),
        // An empty q is no text; a later q fills it.
        ("?q=&q=later", "q='later'"),
        ("?q=first&q=", "q='first'"),
        ("?view=notes&view=notes", "view=notes"),
    ];
    for (url, expected) in cases {
        check_read(url, expected);
    }
}

#[test]
fn urls_are_written_in_canonical_order_with_leftovers_last() {
    let cases = [
        ("", ""),
        ("?q=", ""),
        (
            "?s=c/d&view=notes&mine=1&starred=1&lang=en&track=t&day=d&conf=c&org=o&speaker=p&theme=x&q=k",
            "q=k&theme=x&speaker=p&org=o&conf=c&day=d&track=t&lang=en&starred=1&mine=1&view=notes&s=c/d",
        ),
        ("?q=service mesh", "q=service+mesh"),
        ("?q=a%2Bb", "q=a%2Bb"),
        ("?q=a/b", "q=a/b"),
        ("?q=Ji%C5%99%C3%AD", "q=Ji%C5%99%C3%AD"),
        ("?theme=b&theme=a", "theme=b&theme=a"),
        ("?foo=bar&theme=x", "theme=x&foo=bar"),
        ("?starred=yes&theme=x", "theme=x&starred=yes"),
        ("?theme=Not+Slug", "theme=Not+Slug"),
        (
            "?s=kubecon-2021%2Fmicroservices",
            "s=kubecon-2021/microservices",
        ),
        ("?flag", "flag="),
    ];
    for (url, canonical) in cases {
        check_canonical(url, canonical);
    }
}

#[test]
fn helpers_change_one_thing() {
    let q = Query::from_url("?q=kube&theme=security&s=k/a&foo=bar");
    let cases: Vec<(&str, Query, &str)> = vec![
        (
            "toggle on",
            q.toggled(Facet::Theme, "devx"),
            "q=kube&theme=security&theme=devx&s=k/a&foo=bar",
        ),
        (
            "toggle off",
            q.toggled(Facet::Theme, "security"),
            "q=kube&s=k/a&foo=bar",
        ),
        (
            "without",
            q.without(Facet::Theme, "security"),
            "q=kube&s=k/a&foo=bar",
        ),
        (
            "without absent",
            q.without(Facet::Org, "x"),
            "q=kube&theme=security&s=k/a&foo=bar",
        ),
        (
            "only",
            q.with_only(Facet::Theme, "devx"),
            "q=kube&theme=devx&s=k/a&foo=bar",
        ),
        (
            "clear all keeps where you are",
            q.with_view(Some(View::Notes)).with_starred(true).cleared(),
            "view=notes&s=k/a",
        ),
        (
            "text",
            q.with_text("mesh"),
            "q=mesh&theme=security&s=k/a&foo=bar",
        ),
        ("no text", q.with_text(""), "theme=security&s=k/a&foo=bar"),
        (
            "open",
            q.with_session(Some("k/b".into())),
            "q=kube&theme=security&s=k/b&foo=bar",
        ),
        (
            "close",
            q.with_session(None),
            "q=kube&theme=security&foo=bar",
        ),
        (
            "starred",
            q.with_starred(true),
            "q=kube&theme=security&starred=1&s=k/a&foo=bar",
        ),
        (
            "mine",
            q.with_mine(true),
            "q=kube&theme=security&mine=1&s=k/a&foo=bar",
        ),
        (
            "remove chip",
            q.without_leftover(0),
            "q=kube&theme=security&s=k/a",
        ),
        (
            "remove no chip",
            q.without_leftover(5),
            "q=kube&theme=security&s=k/a&foo=bar",
        ),
    ];
    for (what, got, expected) in cases {
        assert_eq!(got.to_url(), expected, "{what}");
    }
    assert!(q.has(Facet::Theme, "security"));
    assert!(!q.has(Facet::Theme, "devx"));
    assert!(q.is_filtered());
    assert!(!Query::from_url("?s=k/a").is_filtered());
}

#[test]
fn facets_have_keys_labels_and_canonical_order() {
    let keys: Vec<&str> = Facet::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(
        keys,
        [
            "theme", "speaker", "org", "conf", "day", "track", "lang", "source"
        ]
    );
    let labels: Vec<&str> = Facet::ALL.iter().map(|f| f.label()).collect();
    assert_eq!(
        labels,
        [
            "Themes",
            "Speakers",
            "Organizations",
            "Conferences",
            "Days",
            "Tracks",
            "Languages",
            "Source"
        ]
    );
    for f in Facet::ALL {
        assert_eq!(Facet::from_key(f.key()), Some(f));
    }
    assert_eq!(Facet::from_key("q"), None);
}

// Property tests.

fn slug() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}",
        "[a-zé東]{1,3}(-[0-9ß]{1,2})?",
    ]
}

fn slugs() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(slug(), 0..3).prop_map(|mut v| {
        let mut seen = Vec::new();
        v.retain(|s| {
            let new = !seen.contains(s);
            seen.push(s.clone());
            new
        });
        v
    })
}

fn leftover() -> impl Strategy<Value = Leftover> {
    prop_oneof![
        ("[A-Za-z_]{1,5}", ".{0,5}")
            .prop_filter("an unknown key", |(k, _)| {
                !["q", "s", "starred", "mine", "view"].contains(&k.as_str())
                    && Facet::from_key(k).is_none()
            })
            .prop_map(|(key, value)| Leftover {
                key,
                value,
                reason: LeftoverReason::UnknownKey
            }),
        ("(starred|mine|view)", "[a-z ]{0,4}")
            .prop_filter("malformed", |(_, v)| v != "1" && v != "notes")
            .prop_map(|(key, value)| Leftover {
                key,
                value,
                reason: LeftoverReason::Malformed
            }),
        ("(theme|org|s)", "[A-Za-z]{0,3} [a-z ]{0,3}").prop_map(|(key, value)| Leftover {
            key,
            value,
            reason: LeftoverReason::Malformed
        }),
    ]
}

fn query() -> impl Strategy<Value = Query> {
    (
        (
            any::<String>(),
            slugs(),
            slugs(),
            slugs(),
            slugs(),
            slugs(),
            slugs(),
            slugs(),
            slugs(),
        ),
        (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            prop::option::of((slug(), slug())),
        ),
        prop::collection::vec(leftover(), 0..3),
    )
        .prop_map(
            |(
                (text, themes, speakers, orgs, confs, days, tracks, langs, sources),
                (starred, mine, notes, s),
                leftovers,
            )| Query {
                text,
                themes,
                speakers,
                orgs,
                confs,
                days,
                tracks,
                langs,
                sources,
                starred,
                mine,
                view: notes.then_some(View::Notes),
                session: s.map(|(c, t)| format!("{c}/{t}")),
                leftovers,
            },
        )
}

/// A canonical query string, written independently of `to_url`: keys in
/// canonical order, each value percent-encoded byte by byte.
fn canonical_string() -> impl Strategy<Value = String> {
    (
        prop::option::of(".{1,8}"),
        prop::collection::vec((0usize..Facet::ALL.len(), slugs()), 0..4),
        any::<(bool, bool, bool)>(),
        prop::option::of((slug(), slug())),
    )
        .prop_map(|(text, facets, (starred, mine, notes), s)| {
            let enc = |v: &str| -> String {
                v.bytes()
                    .map(|b| match b {
                        b'a'..=b'z'
                        | b'A'..=b'Z'
                        | b'0'..=b'9'
                        | b'-'
                        | b'.'
                        | b'_'
                        | b'*'
                        | b'/' => (b as char).to_string(),
                        b' ' => "+".to_string(),
                        _ => format!("%{b:02X}"),
                    })
                    .collect()
            };
            let mut pairs: Vec<String> = Vec::new();
            if let Some(t) = text {
                pairs.push(format!("q={}", enc(&t)));
            }
            let mut per: Vec<Vec<String>> = vec![Vec::new(); Facet::ALL.len()];
            for (f, vs) in facets {
                for v in vs {
                    if !per[f].contains(&v) {
                        per[f].push(v);
                    }
                }
            }
            for (f, vs) in Facet::ALL.iter().zip(&per) {
                for v in vs {
                    pairs.push(format!("{}={}", f.key(), enc(v)));
                }
            }
            if starred {
                pairs.push("starred=1".into());
            }
            if mine {
                pairs.push("mine=1".into());
            }
            if notes {
                pairs.push("view=notes".into());
            }
            if let Some((c, t)) = s {
                pairs.push(format!("s={}/{}", enc(&c), enc(&t)));
            }
            pairs.join("&")
        })
}

proptest! {
    #[test]
    fn every_query_survives_its_url(q in query()) {
        prop_assert_eq!(Query::from_url(&q.to_url()), q);
    }

    #[test]
    fn canonical_urls_are_written_back_unchanged(s in canonical_string()) {
        prop_assert_eq!(Query::from_url(&s).to_url(), s);
    }

    #[test]
    fn any_string_reads_without_panic_and_normalises_once(s in ".{0,40}") {
        let once = Query::from_url(&s).to_url();
        let twice = Query::from_url(&once).to_url();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn url_like_strings_read_without_panic(s in "[?&=a-z%0-9+/]{0,40}") {
        let q = Query::from_url(&s);
        prop_assert_eq!(Query::from_url(&q.to_url()), q);
    }
}

#[test]
fn hand_typed_capitals_in_facet_values_mean_the_lowercase_slug() {
    let q = Query::from_url("org=IBM&speaker=Jay-Chen");
    assert_eq!(q.orgs, vec!["ibm".to_string()]);
    assert_eq!(q.speakers, vec!["jay-chen".to_string()]);
    assert!(q.leftovers.is_empty());
    assert_eq!(q.to_url(), "speaker=jay-chen&org=ibm");
}
