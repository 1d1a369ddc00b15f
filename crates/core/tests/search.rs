//! Evaluating views over a small hand-built Library: which sessions a URL
//! shows, in which order, and what the facet lists say.

mod handmade;

use std::collections::{HashMap, HashSet};

use confnotes_core::model::Library;
use confnotes_core::query::{Facet, Query, Results, UserFacts, evaluate};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, Unicode};
use handmade::Lib;

fn library() -> Library {
    Lib::new()
        .conf("DevOpsDays Zürich 2022")
        .session("Security as Code")
        .by("Jiří Novák", Some("Red Hat"))
        .themes(&["Security"])
        .day("Day 1")
        .lang("DE")
        .notes("- Policy as code with OPA\n- talk about kubernetes admission")
        .session("Straße zur Observability")
        .by("Jessica Deen", Some("Microsoft"))
        .themes(&["Observability"])
        .notes("Tracing and metrics")
        .conf("KubeCon 2021")
        .key_themes(&["Maturity", "Developer experience", "Multi-cloud"])
        .session("Microservices Made Easy!")
        .by("Donovan Brown", Some("Microsoft"))
        .by("Jessica Deen", Some("Microsoft"))
        .themes(&["Developer experience"])
        .day("Day 1")
        .track("Apps")
        .lang("EN")
        .notes(
            "- [Dapr](https://dapr.io/) really cool micro services framework\n- Civo uses it too",
        )
        .session("GitOps+Jenkins-CI With Declarative Everything")
        .by("Kingdon Barrett", Some("Weaveworks"))
        .themes(&["GitOps"])
        .day("Day 1")
        .track("Platform")
        .notes("- Deploy a Jenkins instance with GitOps\n- runs on Kubernetes")
        .session("Insights into Unsecured Kubernetes in the Wild")
        .by("Jay Chen", Some("Palo Alto Networks"))
        .by("Aviv Sasson", Some("Palo Alto Networks"))
        .themes(&["Security"])
        .day("Day 2")
        .track("Security")
        .notes("- attack vectors for Docker and Kubernetes\n- minikube clusters exposed")
        .session("How We Built a Cloud On K3s")
        .by("Alex Jones", Some("Civo"))
        .by("Anaïs Urlichs", Some("Civo"))
        .themes(&["Multi-cloud"])
        .day("day 2")
        .notes(
            "- Single binary install, can run on a Raspberry Pi\n- Kubernetes at production scale",
        )
        .build()
}

/// The reader: starred Microservices and K3s, wrote a note on K3s, gave
/// GitOps their own theme `My fav` and Insights the notes' `Security`.
fn reader() -> UserFacts {
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<HashSet<_>>();
    UserFacts {
        starred: set(&[
            "kubecon-2021/microservices-made-easy",
            "kubecon-2021/how-we-built-a-cloud-on-k3s",
        ]),
        noted: set(&["kubecon-2021/how-we-built-a-cloud-on-k3s"]),
        themes: HashMap::from([
            (
                "kubecon-2021/gitops-jenkins-ci-with-declarative-everything".to_string(),
                vec!["my-fav".to_string()],
            ),
            (
                "kubecon-2021/insights-into-unsecured-kubernetes-in-the-wild".to_string(),
                vec!["security".to_string()],
            ),
        ]),
        theme_names: HashMap::from([
            ("my-fav".to_string(), "My fav".to_string()),
            ("unused".to_string(), "Unused idea".to_string()),
        ]),
    }
}

fn run(url: &str, user: &UserFacts) -> (Library, Results) {
    let lib = library();
    let index = Index::new(&lib, &NativeUnicode);
    let r = evaluate(&lib, &index, &Query::from_url(url), user, &NativeUnicode);
    (lib, r)
}

fn titles(lib: &Library, sessions: &[usize]) -> Vec<String> {
    sessions
        .iter()
        .map(|&s| lib.sessions[s].title.clone())
        .collect()
}

/// `url` shows the sessions titled `expected`, in that order.
fn check(url: &str, expected: &[&str]) {
    let (lib, r) = run(url, &reader());
    assert_eq!(titles(&lib, &r.sessions), expected, "sessions for {url:?}");
    assert_eq!(r.total, 6);
}

/// One facet's list for `url`: `Label count`, selected in `[...]`, reader
/// themes marked `(mine)`.
fn facet_list(url: &str, user: &UserFacts, facet: Facet) -> String {
    let (_, r) = run(url, user);
    let Some(fc) = r.facets.iter().find(|f| f.facet == facet) else {
        return "(none)".to_string();
    };
    fc.values
        .iter()
        .map(|v| {
            let mut s = format!("{} {}", v.label, v.count);
            // A day is its conference's: `conf: Day 1 2`.
            if facet == Facet::Day {
                let conf = v.id.split('/').next().unwrap_or_default();
                s = format!("{conf}: {s}");
            }
            if v.reader_only {
                s.push_str(" (mine)");
            }
            if v.selected { format!("[{s}]") } else { s }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_facet(url: &str, facet: Facet, expected: &str) {
    assert_eq!(
        facet_list(url, &reader(), facet),
        expected,
        "{:?} for {url:?}",
        facet
    );
}

const SECURITY: &str = "Security as Code";
const STRASSE: &str = "Straße zur Observability";
const MICRO: &str = "Microservices Made Easy!";
const GITOPS: &str = "GitOps+Jenkins-CI With Declarative Everything";
const INSIGHTS: &str = "Insights into Unsecured Kubernetes in the Wild";
const K3S: &str = "How We Built a Cloud On K3s";

#[test]
fn without_filters_every_session_shows_in_library_order() {
    check("", &[SECURITY, STRASSE, MICRO, GITOPS, INSIGHTS, K3S]);
    check("?q=+++", &[SECURITY, STRASSE, MICRO, GITOPS, INSIGHTS, K3S]);
    check(
        "?q=%21%3F",
        &[SECURITY, STRASSE, MICRO, GITOPS, INSIGHTS, K3S],
    );
}

#[test]
fn search_words_match_word_starts_in_title_people_and_notes() {
    let cases: &[(&str, &[&str])] = &[
        // Title hits first, then speaker hits, then notes hits.
        ("?q=kubernetes", &[INSIGHTS, SECURITY, GITOPS, K3S]),
        ("?q=kube", &[INSIGHTS, SECURITY, GITOPS, K3S]),
        ("?q=civo", &[K3S, MICRO]),
        ("?q=micro", &[MICRO, STRASSE]),
        // Case and accents do not matter, either way round.
        ("?q=KUBERNETES", &[INSIGHTS, SECURITY, GITOPS, K3S]),
        ("?q=anais", &[K3S]),
        ("?q=ANA%C3%8FS", &[K3S]),
        ("?q=jiri+novak", &[SECURITY]),
        ("?q=strasse", &[STRASSE]),
        ("?q=Stra%C3%9Fe", &[STRASSE]),
        // Every word must match, anywhere in the session.
        ("?q=kubernetes+docker", &[INSIGHTS]),
        ("?q=raspberry+kubernetes", &[K3S]),
        ("?q=deen+observability", &[STRASSE]),
        // Punctuation separates words, in the text and in the query.
        ("?q=jenkins-ci", &[GITOPS]),
        ("?q=ci", &[GITOPS, K3S, MICRO]),
        ("?q=gitops%2Bjenkins", &[GITOPS]),
        ("?q=dapr.io", &[MICRO]),
        // Mid-word text does not match: `kube` is not in `minikube`.
        ("?q=minikube", &[INSIGHTS]),
        ("?q=ube", &[]),
        ("?q=nothing-like-this", &[]),
    ];
    for (url, expected) in cases {
        check(url, expected);
    }
}

#[test]
fn search_terms_are_folded_words_for_highlighting() {
    let (_, r) = run("?q=Kube+ANA%C3%8FS+kube+%2B", &reader());
    assert_eq!(r.terms, ["kube", "anais"]);
    let (_, r) = run("?theme=security", &reader());
    assert!(r.terms.is_empty());
}

#[test]
fn facets_combine_any_within_all_across() {
    let cases: &[(&str, &[&str])] = &[
        ("?theme=security", &[SECURITY, INSIGHTS]),
        (
            "?theme=security&theme=gitops",
            &[SECURITY, GITOPS, INSIGHTS],
        ),
        ("?theme=security&conf=kubecon-2021", &[INSIGHTS]),
        ("?speaker=jessica-deen", &[STRASSE, MICRO]),
        ("?org=microsoft&conf=kubecon-2021", &[MICRO]),
        ("?org=civo&org=weaveworks", &[GITOPS, K3S]),
        // Day ids are slugs of the labels; `Day 2` and `day 2` are one day.
        // A day is its conference's; a bare day (older links) is that day
        // in every conference.
        ("?day=kubecon-2021/day-1", &[MICRO, GITOPS]),
        ("?day=devopsdays-zurich-2022/day-1", &[SECURITY]),
        ("?day=day-1", &[SECURITY, MICRO, GITOPS]),
        ("?day=day-2", &[INSIGHTS, K3S]),
        ("?track=platform&track=apps", &[MICRO, GITOPS]),
        ("?lang=de", &[SECURITY]),
        ("?q=kubernetes&day=day-2", &[INSIGHTS, K3S]),
        ("?q=kubernetes&theme=security", &[INSIGHTS, SECURITY]),
    ];
    for (url, expected) in cases {
        check(url, expected);
    }
}

#[test]
fn reader_predicates_filter_too() {
    let cases: &[(&str, &[&str])] = &[
        ("?starred=1", &[MICRO, K3S]),
        ("?mine=1", &[K3S]),
        ("?starred=1&mine=1", &[K3S]),
        // My notes: starred, noted, or given a theme by the reader.
        ("?view=notes", &[MICRO, GITOPS, INSIGHTS, K3S]),
        ("?view=notes&q=kubernetes", &[INSIGHTS, GITOPS, K3S]),
        // Reader themes filter like the notes' themes.
        ("?theme=my-fav", &[GITOPS]),
        ("?theme=unused", &[]),
        (
            "?theme=my-fav&theme=security",
            &[SECURITY, GITOPS, INSIGHTS],
        ),
    ];
    for (url, expected) in cases {
        check(url, expected);
    }
}

#[test]
fn unknown_values_are_reported_and_ignored() {
    let (lib, r) = run(
        "?theme=nope&theme=security&speaker=nobody&day=day-9",
        &reader(),
    );
    assert_eq!(titles(&lib, &r.sessions), [SECURITY, INSIGHTS]);
    assert_eq!(
        r.unknown,
        [
            (Facet::Theme, "nope".to_string()),
            (Facet::Speaker, "nobody".to_string()),
            (Facet::Day, "day-9".to_string()),
        ]
    );
    // Only unknown values: nothing narrows, so the page is not blank.
    let (_, r) = run("?theme=nope", &reader());
    assert_eq!(r.sessions.len(), 6);
    assert_eq!(r.unknown, [(Facet::Theme, "nope".to_string())]);
    assert_eq!(
        facet_list("?theme=nope", &reader(), Facet::Theme)
            .matches('[')
            .count(),
        0
    );
}

#[test]
fn facet_counts_ignore_their_own_facet_and_keep_zero_values() {
    let cases = [
        (
            "",
            Facet::Theme,
            "Developer experience 1, GitOps 1, Maturity 0, Multi-cloud 1, My fav 1 (mine), Observability 1, Security 2, Unused idea 0 (mine)",
        ),
        // Selecting a theme does not change the theme counts...
        (
            "?theme=security",
            Facet::Theme,
            "Developer experience 1, GitOps 1, Maturity 0, Multi-cloud 1, My fav 1 (mine), Observability 1, [Security 2], Unused idea 0 (mine)",
        ),
        // ...but every other facet's.
        (
            "?theme=security",
            Facet::Conf,
            "DevOpsDays Zürich 2022 1, KubeCon 2021 1",
        ),
        (
            "?theme=security",
            Facet::Day,
            "kubecon-2021: Day 1 0, kubecon-2021: Day 2 1, devopsdays-zurich-2022: Day 1 1",
        ),
        (
            "?theme=security&conf=kubecon-2021",
            Facet::Conf,
            "DevOpsDays Zürich 2022 1, [KubeCon 2021 1]",
        ),
        (
            "?theme=security&conf=kubecon-2021",
            Facet::Theme,
            "Developer experience 1, GitOps 1, Maturity 0, Multi-cloud 1, My fav 1 (mine), Observability 0, [Security 1], Unused idea 0 (mine)",
        ),
        // Text and reader predicates count for every facet.
        (
            "?q=kubernetes",
            Facet::Day,
            "kubecon-2021: Day 1 1, kubecon-2021: Day 2 2, devopsdays-zurich-2022: Day 1 1",
        ),
        (
            "?starred=1",
            Facet::Org,
            "Civo 1, Microsoft 1, Palo Alto Networks 0, Red Hat 0, Weaveworks 0",
        ),
        (
            "?speaker=jessica-deen",
            Facet::Speaker,
            "Alex Jones 1, Anaïs Urlichs 1, Aviv Sasson 1, Donovan Brown 1, Jay Chen 1, [Jessica Deen 2], Jiří Novák 1, Kingdon Barrett 1",
        ),
        // Conferences in library order; days grouped by conference in date
        // order (KubeCon 2021 before DevOpsDays 2022), then as they come;
        // tracks and languages by label.
        ("", Facet::Conf, "DevOpsDays Zürich 2022 2, KubeCon 2021 4"),
        (
            "",
            Facet::Day,
            "kubecon-2021: Day 1 2, kubecon-2021: Day 2 2, devopsdays-zurich-2022: Day 1 1",
        ),
        ("", Facet::Track, "Apps 1, Platform 1, Security 1"),
        ("", Facet::Lang, "DE 1, EN 1"),
    ];
    for (url, facet, expected) in cases {
        check_facet(url, facet, expected);
    }
}

#[test]
fn a_reader_theme_on_a_session_the_notes_already_tag_counts_once() {
    // The reader gave Insights `security`, which the notes already give it.
    check_facet(
        "?conf=kubecon-2021",
        Facet::Theme,
        "Developer experience 1, GitOps 1, Maturity 0, Multi-cloud 1, My fav 1 (mine), Observability 0, Security 1, Unused idea 0 (mine)",
    );
    // Giving it to Microservices too adds one.
    let mut user = reader();
    user.themes.insert(
        "kubecon-2021/microservices-made-easy".into(),
        vec!["security".into()],
    );
    let (lib, r) = run("?theme=security", &user);
    assert_eq!(titles(&lib, &r.sessions), [SECURITY, MICRO, INSIGHTS]);
    assert!(facet_list("?theme=security", &user, Facet::Theme).contains("[Security 3]"));

    // Reader themes touch the theme facet only.
    user.themes.insert(
        "devopsdays-zurich-2022/security-as-code".into(),
        vec!["gitops".into()],
    );
    let (lib, r) = run("?conf=kubecon-2021", &user);
    assert_eq!(titles(&lib, &r.sessions), [MICRO, GITOPS, INSIGHTS, K3S]);
}

#[test]
fn facets_without_values_are_left_out() {
    let lib = Lib::new().conf("C").session("Only").build();
    let index = Index::new(&lib, &NativeUnicode);
    let facets = |url: &str| -> Vec<Facet> {
        evaluate(
            &lib,
            &index,
            &Query::from_url(url),
            &UserFacts::default(),
            &NativeUnicode,
        )
        .facets
        .iter()
        .map(|f| f.facet)
        .collect()
    };
    assert_eq!(facets(""), [Facet::Conf]);
    // A facet the query names is listed, so its chip has a home.
    assert_eq!(facets("?track=x"), [Facet::Conf, Facet::Track]);
}

#[test]
fn the_open_session_has_neighbours_within_the_results() {
    let (lib, r) = run(
        "?theme=security&theme=gitops&s=kubecon-2021/gitops-jenkins-ci-with-declarative-everything",
        &reader(),
    );
    let name = |s: Option<usize>| s.map(|s| lib.sessions[s].title.clone());
    assert_eq!(name(r.session).as_deref(), Some(GITOPS));
    assert_eq!(name(r.prev).as_deref(), Some(SECURITY));
    assert_eq!(name(r.next).as_deref(), Some(INSIGHTS));

    let (lib, r) = run("?s=devopsdays-zurich-2022/security-as-code", &reader());
    assert_eq!(
        r.session.map(|s| lib.sessions[s].title.as_str()),
        Some(SECURITY)
    );
    assert_eq!(r.prev, None);
    assert_eq!(
        r.next.map(|s| lib.sessions[s].title.as_str()),
        Some(STRASSE)
    );

    // Open but filtered out: no neighbours.
    let (_, r) = run(
        "?theme=gitops&s=devopsdays-zurich-2022/security-as-code",
        &reader(),
    );
    assert!(r.session.is_some());
    assert_eq!((r.prev, r.next), (None, None));

    let (_, r) = run("?s=kubecon-2021/gone", &reader());
    assert_eq!(r.session, None);
    assert_eq!(r.unknown_session.as_deref(), Some("kubecon-2021/gone"));
}

#[test]
fn the_index_finds_sessions_and_labels_by_id() {
    let lib = library();
    let index = Index::new(&lib, &NativeUnicode);
    assert_eq!(index.len(), 6);
    assert_eq!(
        index.session_index(&lib, "kubecon-2021/how-we-built-a-cloud-on-k3s"),
        Some(5)
    );
    assert_eq!(index.session_index(&lib, "kubecon-2021/nope"), None);
    assert_eq!(index.label(Facet::Day, "kubecon-2021/day-2"), Some("Day 2"));
    assert_eq!(index.label(Facet::Day, "day-2"), None);
    assert_eq!(
        index.label(Facet::Speaker, "jiri-novak"),
        Some("Jiří Novák")
    );
    assert_eq!(index.label(Facet::Lang, "fr"), None);
    let days: Vec<(&str, &str)> = index.values(Facet::Day).collect();
    assert_eq!(
        days,
        [
            ("kubecon-2021/day-1", "Day 1"),
            ("kubecon-2021/day-2", "Day 2"),
            ("devopsdays-zurich-2022/day-1", "Day 1")
        ]
    );
    assert!(index.heap_bytes() > 0);
}

/// A provider that counts calls, to check the index batches them.
struct Counting(std::cell::Cell<usize>, std::cell::Cell<usize>);

impl Unicode for Counting {
    fn nfc<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        NativeUnicode.nfc(s)
    }
    fn strip_marks<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        self.0.set(self.0.get() + 1);
        NativeUnicode.strip_marks(s)
    }
    fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
        self.1.set(self.1.get() + 1);
        items
            .iter()
            .map(|s| NativeUnicode.strip_marks(s).into_owned())
            .collect()
    }
}

#[test]
fn indexing_crosses_to_the_unicode_provider_in_few_calls() {
    let lib = library();
    let u = Counting(Default::default(), Default::default());
    let index = Index::new(&lib, &u);
    assert_eq!(u.0.get(), 0, "no per-string calls");
    assert!(u.1.get() <= 2, "{} batched calls", u.1.get());
    // And the result is the same as with one call per string.
    assert_eq!(index, Index::new(&lib, &NativeUnicode));
}

#[test]
fn an_empty_library_gives_empty_results() {
    let lib = Library::default();
    let index = Index::new(&lib, &NativeUnicode);
    let r = evaluate(
        &lib,
        &index,
        &Query::from_url("?q=x&theme=y&s=a/b&view=notes"),
        &reader(),
        &NativeUnicode,
    );
    assert!(r.sessions.is_empty());
    assert_eq!(r.total, 0);
    assert_eq!(r.unknown_session.as_deref(), Some("a/b"));
}

#[test]
fn scripts_without_spaces_match_anywhere() {
    let lib = Lib::new()
        .conf("東京 Conf")
        .session("クラウドネイティブの未来")
        .notes("東京で開催されたセッションSummitの話")
        .build();
    let index = Index::new(&lib, &NativeUnicode);
    for q in ["ネイティブ", "開催", "未来", "summit", "Sum"] {
        let url = Query::default().with_text(q);
        let r = evaluate(&lib, &index, &url, &UserFacts::default(), &NativeUnicode);
        assert_eq!(r.sessions, [0], "{q}");
    }
}

// A property test against a plain reimplementation of the semantics: any
// small library, any query, evaluate agrees with the obvious slow way.

mod oracle {
    use super::*;
    use confnotes_core::query::search_terms;
    use confnotes_core::text::{fold, slugify};
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "kube",
        "Kubernetes",
        "mesh",
        "Zoë",
        "zoe",
        "security",
        "café",
        "cost",
        "k3s",
        "a-b",
    ];
    const PEOPLE: &[&str] = &["Ana Lee", "Zoë Kim", "Bo Chen"];
    const ORGS: &[&str] = &["Acme", "Café Co"];
    const THEMES: &[&str] = &["Security", "Cost", "Mesh"];
    const DAYS: &[&str] = &["Day 1", "day 1", "Day 2"];

    #[derive(Debug, Clone)]
    struct Spec {
        conf: usize,
        title: Vec<usize>,
        notes: Vec<usize>,
        speakers: Vec<(usize, Option<usize>)>,
        themes: Vec<usize>,
        day: Option<usize>,
    }

    fn spec() -> impl Strategy<Value = Spec> {
        (
            0usize..2,
            prop::collection::vec(0..WORDS.len(), 1..3),
            prop::collection::vec(0..WORDS.len(), 0..4),
            prop::collection::vec((0..PEOPLE.len(), prop::option::of(0..ORGS.len())), 0..3),
            prop::collection::vec(0..THEMES.len(), 0..3),
            prop::option::of(0..DAYS.len()),
        )
            .prop_map(|(conf, title, notes, speakers, themes, day)| Spec {
                conf,
                title,
                notes,
                speakers,
                themes,
                day,
            })
    }

    fn build(specs: &[Spec]) -> Library {
        let mut b = Lib::new();
        for c in 0..2 {
            b = b.conf(["Alpha Conf", "Beta Conf"][c]);
            for s in specs.iter().filter(|s| s.conf == c) {
                let title: Vec<&str> = s.title.iter().map(|&w| WORDS[w]).collect();
                let notes: Vec<&str> = s.notes.iter().map(|&w| WORDS[w]).collect();
                b = b.session(&title.join(" ")).notes(&notes.join(" "));
                let mut seen = Vec::new();
                for &(p, o) in &s.speakers {
                    if !seen.contains(&p) {
                        seen.push(p);
                        b = b.by(PEOPLE[p], o.map(|o| ORGS[o]));
                    }
                }
                let mut themes: Vec<&str> = s.themes.iter().map(|&t| THEMES[t]).collect();
                themes.dedup();
                b = b.themes(&themes);
                if let Some(d) = s.day {
                    b = b.day(DAYS[d]);
                }
            }
        }
        b.build()
    }

    /// The values of `facet` a session has, as ids.
    fn values_of(lib: &Library, user: &UserFacts, s: usize, facet: Facet) -> Vec<String> {
        let u = &NativeUnicode;
        let session = &lib.sessions[s];
        match facet {
            Facet::Theme => {
                let mut v: Vec<String> = session
                    .themes
                    .iter()
                    .map(|t| lib.themes[t.theme].id.clone())
                    .collect();
                v.extend(user.themes.get(&session.id).cloned().unwrap_or_default());
                v
            }
            Facet::Speaker => session
                .speakers
                .iter()
                .map(|p| lib.speakers[p.speaker].id.clone())
                .collect(),
            Facet::Org => session
                .speakers
                .iter()
                .filter_map(|p| p.org.map(|o| lib.orgs[o].id.clone()))
                .collect(),
            Facet::Conf => vec![lib.conferences[session.conference].id.clone()],
            // A day is its conference's: `conf/day`.
            Facet::Day => session
                .day
                .iter()
                .map(|d| {
                    format!(
                        "{}/{}",
                        lib.conferences[session.conference].id,
                        slugify(u, d)
                    )
                })
                .collect(),
            Facet::Track => session.track.iter().map(|d| slugify(u, d)).collect(),
            Facet::Lang => session.language.iter().map(|d| slugify(u, d)).collect(),
            Facet::Source => vec![if confnotes_core::model::is_opened_path(&session.file) {
                "opened".to_string()
            } else {
                "site".to_string()
            }],
        }
    }

    /// The best field (0 title, 1 people, 2 notes) where `term` begins a word.
    fn best_field(lib: &Library, s: usize, term: &str) -> Option<u8> {
        let u = &NativeUnicode;
        let session = &lib.sessions[s];
        let people: Vec<String> = session
            .speakers
            .iter()
            .map(|p| {
                let org = p.org.map(|o| lib.orgs[o].name.clone()).unwrap_or_default();
                format!("{} {}", lib.speakers[p.speaker].name, org)
            })
            .collect();
        let fields = [
            session.title.clone(),
            people.join(" "),
            session.markdown.clone(),
        ];
        fields
            .iter()
            .position(|f| {
                let f = fold(u, f);
                f.char_indices().any(|(i, _)| {
                    f[i..].starts_with(term)
                        && f[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                })
            })
            .map(|p| p as u8)
    }

    fn expected(
        lib: &Library,
        q: &Query,
        user: &UserFacts,
    ) -> (Vec<usize>, Vec<(Facet, String, usize)>) {
        let terms = search_terms(&NativeUnicode, &q.text);
        let n = lib.sessions.len();
        let tier = |s: usize| -> Option<u8> {
            terms
                .iter()
                .map(|t| best_field(lib, s, t))
                .try_fold(0u8, |acc, f| f.map(|f| acc.max(f)))
        };
        let universe = |f: Facet| -> Vec<String> {
            let mut all: Vec<String> = (0..n).flat_map(|s| values_of(lib, user, s, f)).collect();
            match f {
                Facet::Theme => {
                    all.extend(lib.themes.iter().map(|t| t.id.clone()));
                    all.extend(user.theme_names.keys().cloned());
                }
                Facet::Speaker => all.extend(lib.speakers.iter().map(|t| t.id.clone())),
                Facet::Org => all.extend(lib.orgs.iter().map(|t| t.id.clone())),
                Facet::Conf => all.extend(lib.conferences.iter().map(|t| t.id.clone())),
                _ => {}
            }
            all.sort();
            all.dedup();
            all
        };
        let user_ok = |s: usize| {
            let id = &lib.sessions[s].id;
            (!q.starred || user.starred.contains(id))
                && (!q.mine || user.noted.contains(id))
                && (q.view.is_none()
                    || user.starred.contains(id)
                    || user.noted.contains(id)
                    || user.themes.get(id).is_some_and(|t| !t.is_empty()))
        };
        // A selected value `v` matches a session's value `sv`; a bare day
        // (`day-1`, older links) matches that day of every conference.
        let matches = |f: Facet, v: &str, sv: &str| {
            sv == v || (f == Facet::Day && !v.contains('/') && sv.ends_with(&format!("/{v}")))
        };
        let facet_ok = |s: usize, f: Facet| {
            let known: Vec<&String> = q
                .values(f)
                .iter()
                .filter(|v| universe(f).iter().any(|u| matches(f, v, u)))
                .collect();
            known.is_empty()
                || values_of(lib, user, s, f)
                    .iter()
                    .any(|sv| known.iter().any(|v| matches(f, v, sv)))
        };
        let base = |s: usize| tier(s).is_some() && user_ok(s);
        let mut sessions: Vec<usize> = (0..n)
            .filter(|&s| base(s) && Facet::ALL.iter().all(|&f| facet_ok(s, f)))
            .collect();
        sessions.sort_by_key(|&s| tier(s));
        let mut counts = Vec::new();
        for f in Facet::ALL {
            // Source is listed only when there is a choice.
            if f == Facet::Source && universe(f).len() < 2 && q.values(f).is_empty() {
                continue;
            }
            for v in universe(f) {
                let c = (0..n)
                    .filter(|&s| {
                        base(s)
                            && Facet::ALL.iter().all(|&g| g == f || facet_ok(s, g))
                            && values_of(lib, user, s, f).contains(&v)
                    })
                    .count();
                counts.push((f, v, c));
            }
        }
        (sessions, counts)
    }

    fn query() -> impl Strategy<Value = Query> {
        (
            prop::collection::vec(
                prop_oneof![
                    Just("kub"),
                    Just("KUBE"),
                    Just("zoe"),
                    Just("cafe"),
                    Just("co"),
                    Just("mesh b"),
                    Just("ube"),
                    Just("k3s"),
                    Just("ana")
                ],
                0..3,
            ),
            prop::collection::vec(
                prop_oneof![Just("security"), Just("cost"), Just("mine"), Just("nope")],
                0..3,
            ),
            prop::collection::vec(prop_oneof![Just("ana-lee"), Just("zoe-kim")], 0..2),
            prop::collection::vec(prop_oneof![Just("acme"), Just("cafe-co")], 0..2),
            prop::collection::vec(prop_oneof![Just("alpha-conf"), Just("beta-conf")], 0..2),
            prop::collection::vec(prop_oneof![Just("day-1"), Just("day-2")], 0..2),
            any::<(bool, bool, bool)>(),
        )
            .prop_map(
                |(text, themes, speakers, orgs, confs, days, (starred, mine, notes))| {
                    let mut q = Query::default().with_text(&text.join(" "));
                    for (f, vs) in [
                        (Facet::Theme, themes),
                        (Facet::Speaker, speakers),
                        (Facet::Org, orgs),
                        (Facet::Conf, confs),
                        (Facet::Day, days),
                    ] {
                        for v in vs {
                            if !q.has(f, v) {
                                q = q.toggled(f, v);
                            }
                        }
                    }
                    q.with_starred(starred)
                        .with_mine(mine)
                        .with_view(notes.then_some(confnotes_core::query::View::Notes))
                },
            )
    }

    fn user(lib: &Library, picks: &[(usize, u8)]) -> UserFacts {
        let mut u = UserFacts::default();
        u.theme_names.insert("mine".into(), "Mine".into());
        for &(s, what) in picks {
            let Some(session) = lib.sessions.get(s) else {
                continue;
            };
            let id = session.id.clone();
            match what % 4 {
                0 => {
                    u.starred.insert(id);
                }
                1 => {
                    u.noted.insert(id);
                }
                2 => {
                    u.themes.entry(id).or_default().push("mine".into());
                }
                _ => {
                    u.themes.entry(id).or_default().push("security".into());
                }
            }
        }
        u
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn evaluate_agrees_with_the_obvious_slow_way(
            specs in prop::collection::vec(spec(), 0..12),
            q in query(),
            picks in prop::collection::vec((0usize..12, any::<u8>()), 0..6),
        ) {
            let lib = build(&specs);
            let user = user(&lib, &picks);
            let index = Index::new(&lib, &NativeUnicode);
            let r = evaluate(&lib, &index, &q, &user, &NativeUnicode);
            let (sessions, counts) = expected(&lib, &q, &user);
            prop_assert_eq!(&r.sessions, &sessions, "sessions for {:?}", q.to_url());
            let got: Vec<(Facet, String, usize)> = {
                let mut g: Vec<(Facet, String, usize)> = r
                    .facets
                    .iter()
                    .flat_map(|fc| fc.values.iter().map(move |v| (fc.facet, v.id.to_string(), v.count)))
                    .collect();
                g.sort();
                g
            };
            let mut want = counts;
            want.sort();
            prop_assert_eq!(got, want, "counts for {:?}", q.to_url());
        }
    }
}
