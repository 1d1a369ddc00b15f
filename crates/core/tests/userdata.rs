//! The reader's data: reading stored documents, setting, merging two
//! copies without losing words, and the trip report.

mod handmade;

use std::collections::BTreeMap;

use confnotes_core::text::NativeUnicode;
use confnotes_core::userdata::{
    DecodeError, ImportOutcome, ReaderTheme, STORAGE_KEY, SessionData, UserData, VERSION,
    aside_key, decode, demote_headings, encode, encode_pretty, import, iso_minute, merge,
    note_hash, trip_report,
};
use handmade::Lib;
use proptest::prelude::*;
use serde_json::json;

/// `json` decodes to an error of the kind `expected` (its Debug, up to the
/// first parenthesis).
fn check_decode_error(json: &str, expected: &str) {
    let got = match decode(json) {
        Ok(d) => format!("Ok({d:?})"),
        Err(e) => format!("{e:?}"),
    };
    let kind = got.split('(').next().unwrap_or_default();
    assert_eq!(kind, expected, "decoding {json:?} gave {got}");
}

#[test]
fn documents_that_cannot_be_used_are_refused_with_a_reason() {
    let cases = [
        ("", "NotJson"),
        ("{\"app\":\"confnotes\",", "NotJson"),
        ("hello", "NotJson"),
        ("[]", "Foreign"),
        ("42", "Foreign"),
        ("{}", "Foreign"),
        ("{\"app\":\"todomvc\",\"version\":1}", "Foreign"),
        ("{\"app\":\"confnotes\",\"version\":2}", "NewerVersion"),
        (
            "{\"app\":\"confnotes\",\"version\":99999999999}",
            "NewerVersion",
        ),
        ("{\"app\":\"confnotes\"}", "Invalid"),
        ("{\"app\":\"confnotes\",\"version\":\"1\"}", "Invalid"),
        ("{\"app\":\"confnotes\",\"version\":0}", "Invalid"),
        (
            "{\"app\":\"confnotes\",\"version\":1,\"sessions\":[]}",
            "Invalid",
        ),
        (
            "{\"app\":\"confnotes\",\"version\":1,\"sessions\":{\"a/b\":{\"note\":7}}}",
            "Invalid",
        ),
    ];
    for (json, expected) in cases {
        check_decode_error(json, expected);
    }
    assert_eq!(
        decode("{\"app\":\"confnotes\",\"version\":7}"),
        Err(DecodeError::NewerVersion(7))
    );
}

#[test]
fn error_messages_speak_to_the_reader() {
    let cases = [
        (
            DecodeError::Foreign,
            "It is valid JSON, but not confnotes data (not a confnotes export).",
        ),
        (
            DecodeError::NewerVersion(3),
            "It was saved by a newer version of confnotes (format 3; this version reads up to format 1). Reload the page to update the app.",
        ),
    ];
    for (e, expected) in cases {
        assert_eq!(e.to_string(), expected);
    }
    let e = decode("{oops").expect_err("not JSON");
    assert!(
        e.to_string()
            .starts_with("It is not valid JSON (key must be a string at line 1 column 2)"),
        "{e}"
    );
}

#[test]
fn a_document_round_trips_and_keeps_fields_it_does_not_know() {
    let json = r#"{"app":"confnotes","version":1,"sessions":{"k/a":{"starred":true,"starred_at":5,"note":"Great","note_at":6,"colour":"red"}},"themes":{"mine":{"name":"Mine","created":3,"icon":"*"}},"future":[1,2]}"#;
    let d = decode(json).expect("valid");
    assert_eq!(d.sessions["k/a"].note, "Great");
    assert_eq!(d.sessions["k/a"].extra["colour"], json!("red"));
    assert_eq!(d.themes["mine"].extra["icon"], json!("*"));
    assert_eq!(d.extra["future"], json!([1, 2]));
    assert_eq!(encode(&d), json);
    assert_eq!(decode(&encode_pretty(&d)), Ok(d));
}

#[test]
fn an_empty_document_is_small_and_versioned() {
    assert_eq!(
        encode(&UserData::default()),
        r#"{"app":"confnotes","version":1}"#
    );
    assert_eq!(
        decode(r#"{"app":"confnotes","version":1}"#),
        Ok(UserData::default())
    );
    assert_eq!(STORAGE_KEY, "confnotes.v1");
    assert_eq!(
        aside_key(1700000000000),
        "confnotes.v1.unreadable.1700000000000"
    );
    assert_eq!(VERSION, 1);
}

#[test]
fn setters_record_when_and_never_go_back_in_time() {
    let mut d = UserData::default();
    d.set_star("k/a", true, 100);
    d.set_note("k/a", "first", 100);
    d.set_note("k/a", "second", 50); // The clock went back.
    d.set_themes("k/a", vec!["x".into(), "y".into(), "x".into()], 100);
    let e = &d.sessions["k/a"];
    assert_eq!((e.starred, e.starred_at), (true, 100));
    assert_eq!(
        (e.note.as_str(), e.note_at, e.note_base),
        ("second", 101, 100)
    );
    assert_eq!(
        (e.themes.clone(), e.themes_at),
        (vec!["x".to_string(), "y".to_string()], 100)
    );

    // Setting what is already there changes nothing, and creates nothing.
    let before = d.clone();
    d.set_star("k/a", true, 500);
    d.set_note("k/a", "second", 500);
    d.set_themes("k/a", vec!["x".into(), "y".into()], 500);
    d.set_star("k/new", false, 500);
    d.set_note("k/new", "", 500);
    d.set_themes("k/new", vec![], 500);
    assert_eq!(d, before);

    // Unstarring is a change and is recorded.
    d.set_star("k/a", false, 600);
    assert_eq!(
        (d.sessions["k/a"].starred, d.sessions["k/a"].starred_at),
        (false, 600)
    );
}

#[test]
fn reader_themes_are_slugged_like_the_notes_themes() {
    let mut d = UserData::default();
    assert_eq!(
        d.add_theme("  Sécurité Cloud ", &NativeUnicode, 7),
        "securite-cloud"
    );
    assert_eq!(
        d.add_theme("securite cloud", &NativeUnicode, 9),
        "securite-cloud"
    );
    assert_eq!(d.themes["securite-cloud"].name, "Sécurité Cloud");
    assert_eq!(d.themes["securite-cloud"].created, 7);
}

#[test]
fn empty_entries_and_content() {
    assert!(SessionData::default().is_empty_entry());
    let mut d = UserData::default();
    d.set_star("k/a", true, 1);
    d.set_star("k/a", false, 2);
    // Unstarred, but the record of the unstar must stay.
    assert!(!d.sessions["k/a"].is_empty_entry());
    assert!(!d.sessions["k/a"].has_content());
    d.set_note("k/a", "  \n", 3);
    assert!(!d.sessions["k/a"].has_content());
}

fn lib() -> confnotes_core::Library {
    Lib::new()
        .conf("KubeCon 2021")
        .session("Microservices Made Easy!")
        .by("Donovan Brown", Some("Microsoft"))
        .by("Jessica Deen", Some("Microsoft"))
        .themes(&["Developer experience"])
        .link("Recording", "https://example.com/rec1")
        .session("Insights into Unsecured Kubernetes in the Wild")
        .by("Jay Chen", Some("Palo Alto Networks"))
        .session("Untouched")
        .conf("SREcon 2022")
        .session("Error Budgets")
        .by("Ana", None)
        .build()
}

#[test]
fn facts_and_orphans_describe_the_data_for_queries() {
    let mut d = UserData::default();
    d.set_star("kubecon-2021/microservices-made-easy", true, 1);
    d.set_note(
        "kubecon-2021/insights-into-unsecured-kubernetes-in-the-wild",
        "note",
        1,
    );
    d.set_note("kubecon-2021/untouched", "   ", 1);
    d.set_themes("srecon-2022/error-budgets", vec!["mine".into()], 1);
    d.add_theme("Mine", &NativeUnicode, 1);
    d.set_star("kubecon-2021/gone", true, 1);
    d.set_star("kubecon-2021/unstarred-gone", true, 1);
    d.set_star("kubecon-2021/unstarred-gone", false, 2);

    let f = d.facts();
    let mut starred: Vec<&String> = f.starred.iter().collect();
    starred.sort();
    assert_eq!(
        starred,
        ["kubecon-2021/gone", "kubecon-2021/microservices-made-easy"]
    );
    assert_eq!(f.noted.len(), 1, "a blank note is no note");
    assert_eq!(f.themes["srecon-2022/error-budgets"], ["mine"]);
    assert_eq!(f.theme_names["mine"], "Mine");

    // Only entries with something in them are orphans worth listing.
    assert_eq!(d.orphans(&lib()), ["kubecon-2021/gone"]);
}

#[test]
fn the_trip_report_groups_by_conference_and_lists_orphans_last() {
    let mut d = UserData::default();
    d.set_star("kubecon-2021/microservices-made-easy", true, 1);
    d.set_note(
        "kubecon-2021/microservices-made-easy",
        "Try Dapr on the team project.\n",
        1,
    );
    d.set_themes(
        "kubecon-2021/microservices-made-easy",
        vec!["to-try".into()],
        1,
    );
    d.add_theme("To try", &NativeUnicode, 1);
    d.set_note("srecon-2022/error-budgets", "Ask Ana for the slides.", 1);
    d.set_note("kubecon-2021/old-talk", "I liked it.", 1);
    d.refresh_snapshots(&lib());
    if let Some(e) = d.sessions.get_mut("kubecon-2021/old-talk") {
        e.title = "An Old Talk".into();
        e.conference = "KubeCon 2021".into();
    }
    assert_eq!(
        trip_report(&lib(), &d),
        "# Trip report

## KubeCon 2021

### ★ Microservices Made Easy!

Donovan Brown (Microsoft), Jessica Deen (Microsoft)

[Recording](https://example.com/rec1)

My themes: To try

Try Dapr on the team project.

## SREcon 2022

### Error Budgets

Ana

Ask Ana for the slides.

## No longer in the notes

### An Old Talk

KubeCon 2021

I liked it.
"
    );
    assert_eq!(
        trip_report(&lib(), &UserData::default()),
        "# Trip report\n\nNo starred or annotated sessions yet.\n"
    );
}

#[test]
fn snapshots_name_sessions_with_data() {
    let mut d = UserData::default();
    d.set_star("kubecon-2021/microservices-made-easy", true, 1);
    d.refresh_snapshots(&lib());
    let e = &d.sessions["kubecon-2021/microservices-made-easy"];
    assert_eq!(
        (e.title.as_str(), e.conference.as_str()),
        ("Microservices Made Easy!", "KubeCon 2021")
    );
    assert_eq!(d.sessions.len(), 1, "no entries for sessions without data");
}

// Merging.

/// A session entry from a compact spec: `star@t`, `unstar@t`,
/// `note:"text"@t` (or `@t<-base` to set `note_base`), `seen:"text"@t`
/// (the note was written knowing that text, written at t),
/// `themes:a,b@t`.
fn entry(spec: &[&str]) -> SessionData {
    let mut e = SessionData::default();
    for part in spec {
        let (what, when) = part.rsplit_once('@').expect("@time");
        let (at, base) = match when.split_once("<-") {
            Some((a, b)) => (a.parse().expect("time"), b.parse().expect("time")),
            None => (when.parse().expect("time"), 0),
        };
        if what == "star" || what == "unstar" {
            e.starred = what == "star";
            e.starred_at = at;
        } else if let Some(text) = what.strip_prefix("note:") {
            e.note = text.trim_matches('"').to_string();
            e.note_at = at;
            e.note_base = base;
        } else if let Some(text) = what.strip_prefix("seen:") {
            e.note_seen.insert(note_hash(text.trim_matches('"')), at);
        } else if let Some(t) = what.strip_prefix("themes:") {
            e.themes = t
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            e.themes_at = at;
        }
    }
    e
}

fn doc(e: SessionData) -> UserData {
    let mut d = UserData::default();
    d.sessions.insert("k/a".into(), e);
    d
}

/// Merging entries `a` and `b` gives `expected`, whichever is "ours".
fn check_merge(a: &[&str], b: &[&str], expected: &[&str]) {
    let (a, b) = (doc(entry(a)), doc(entry(b)));
    let ab = merge(&a, &b);
    assert_eq!(
        ab.sessions["k/a"],
        entry(expected),
        "merging {a:?} and {b:?}"
    );
    assert_eq!(merge(&b, &a), ab, "merge is commutative");
    assert_eq!(merge(&a, &ab), ab, "merge is idempotent");
}

#[test]
fn stars_and_themes_take_the_newer_change() {
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        (&["star@5"], &["unstar@3"], &["star@5"]),
        (&["star@5"], &["unstar@9"], &["unstar@9"]),
        (&["star@5"], &[], &["star@5"]),
        // The same moment on both sides: starred wins.
        (&["star@5"], &["unstar@5"], &["star@5"]),
        (&["themes:a,b@5"], &["themes:c@7"], &["themes:c@7"]),
        (&["themes:a,b@5"], &["themes:@7"], &["themes:@7"]),
        (&["themes:b,a@5"], &["themes:c,a@5"], &["themes:a,b,c@5"]),
        (
            &["star@1", "themes:a@9"],
            &["unstar@4", "themes:b@2"],
            &["unstar@4", "themes:a@9"],
        ),
    ];
    for (a, b, expected) in cases {
        check_merge(a, b, expected);
    }
}

#[test]
fn notes_keep_every_word_unless_replaced_knowingly() {
    let kept = |newer: &str, older_at: u64, older: &str| {
        format!(
            "\"{newer}\n\n---\n(kept from another copy, {})\n\n{older}\"",
            iso_minute(older_at)
        )
    };
    let both_1 = format!("note:{}@20<-20", kept("tab two", 10, "tab one"));
    let both_2 = format!("note:{}@10<-10", kept("bbb", 10, "aaa"));
    let cases: Vec<(&[&str], &[&str], Vec<&str>)> = vec![
        (
            &["note:\"same\"@5"],
            &["note:\"same\"@8"],
            vec!["note:\"same\"@8"],
        ),
        // An edit made knowing the other side's text wins, even a shorter
        // one, whatever the clocks say...
        (
            &["note:\"draft\"@5"],
            &["note:\"final\"@9", "seen:\"draft\"@5"],
            vec!["note:\"final\"@9", "seen:\"draft\"@5"],
        ),
        (
            &["note:\"draft\"@50"],
            &["note:\"final\"@9", "seen:\"draft\"@50"],
            vec!["note:\"final\"@50", "seen:\"draft\"@50"],
        ),
        (
            &["note:\"long text\"@5"],
            &["note:\"long\"@9", "seen:\"long text\"@5"],
            vec!["note:\"long\"@9", "seen:\"long text\"@5"],
        ),
        // ...even a deletion.
        (
            &["note:\"gone soon\"@5"],
            &["note:\"\"@9", "seen:\"gone soon\"@5"],
            vec!["note:\"\"@9", "seen:\"gone soon\"@5"],
        ),
        // No note yet on one side: the other's note stays.
        (&[], &["note:\"hello\"@9"], vec!["note:\"hello\"@9"]),
        (
            &["star@3"],
            &["note:\"hello\"@9"],
            vec!["star@3", "note:\"hello\"@9"],
        ),
        // Written apart: the container, or both texts.
        (
            &["note:\"one\"@5"],
            &["note:\"one two\"@4"],
            vec!["note:\"one two\"@5", "seen:\"one\"@5"],
        ),
        (
            &["note:\"tab one\"@10"],
            &["note:\"tab two\"@20"],
            vec![
                both_1.as_str(),
                "seen:\"tab one\"@10",
                "seen:\"tab two\"@20",
            ],
        ),
        (
            &["note:\"aaa\"@10"],
            &["note:\"bbb\"@10"],
            vec![both_2.as_str(), "seen:\"aaa\"@10", "seen:\"bbb\"@10"],
        ),
        // An older timestamp loses nothing: a hand-made file's text is kept.
        (
            &["note:\"mine\"@900"],
            &["note:\"from a file\"@1"],
            vec![
                &*Box::leak(
                    format!("note:{}@900<-900", kept("mine", 1, "from a file")).into_boxed_str(),
                ),
                "seen:\"mine\"@900",
                "seen:\"from a file\"@1",
            ],
        ),
        // A deletion that did not see the other side's text keeps it.
        (
            &["note:\"\"@30", "seen:\"other\"@1"],
            &["note:\"new words\"@20"],
            vec!["note:\"new words\"@30", "seen:\"other\"@1"],
        ),
    ];
    for (a, b, expected) in cases {
        check_merge(a, b, &expected);
    }
}

#[test]
fn kept_text_is_not_repeated() {
    // The older copy's paragraphs that the newer already holds, and the
    // separators of an earlier merge, are not copied again.
    let older = "b1\n\n---\n(kept from another copy, 2026-01-01 00:00 UTC)\n\na1";
    let a = doc(entry(&[&format!("note:\"{older}\"@2")]));
    let b = doc(entry(&["note:\"a1\na2\"@3"]));
    let m = merge(&a, &b);
    assert_eq!(
        m.sessions["k/a"].note,
        format!(
            "a1\na2\n\n---\n(kept from another copy, {})\n\nb1",
            iso_minute(2)
        )
    );
}

/// The issue's story: A writes and exports, then adds a line; B writes its
/// own note and imports the first export, then the second.
#[test]
fn a_second_export_brings_the_new_line_to_a_copy_that_merged_the_first() {
    // Clocks disagree on purpose: B's runs an hour ahead of A's.
    let (mut a, mut b) = (UserData::default(), UserData::default());
    a.set_note("k/a", "A's first line", 1_000);
    let file1 = decode(&encode_pretty(&a)).expect("export reads back");
    a.set_note("k/a", "A's first line\nA's second line", 2_000);
    b.set_note("k/a", "B's own note", 3_601_000);
    let (b1, report) = import(&b, &file1);
    assert_eq!(report, vec![("k/a".to_string(), ImportOutcome::KeptBoth)]);
    let note = &b1.sessions["k/a"].note;
    assert!(note.contains("B's own note") && note.contains("A's first line"));
    b = b1;
    // B edits the merged note (its clock well after A's next save).
    let merged = b.sessions["k/a"].note.clone();
    b.set_note("k/a", &format!("{merged}\nB again"), 3_700_000);

    let file2 = decode(&encode_pretty(&a)).expect("export reads back");
    let (b2, report) = import(&b, &file2);
    let note = &b2.sessions["k/a"].note;
    for words in [
        "B's own note",
        "A's first line",
        "A's second line",
        "B again",
    ] {
        assert!(note.contains(words), "{words:?} lost: {note:?}");
    }
    assert_eq!(report, vec![("k/a".to_string(), ImportOutcome::KeptBoth)]);
    // Importing the same file again changes nothing and says so.
    let (b3, report) = import(&b2, &file2);
    assert_eq!(b3, b2);
    assert_eq!(report, vec![("k/a".to_string(), ImportOutcome::AlreadyHad)]);
    // And A, importing B's copy, ends with every line too.
    let (a2, report) = import(&a, &b2);
    assert_eq!(report, vec![("k/a".to_string(), ImportOutcome::Updated)]);
    assert_eq!(a2.sessions["k/a"].note, b2.sessions["k/a"].note);
}

#[test]
fn an_import_says_what_happened_to_each_session() {
    let mut ours = UserData::default();
    ours.set_star("k/starred", true, 10);
    ours.set_note("k/same", "same words", 10);
    ours.set_note("k/old", "old", 10);
    ours.set_note("k/apart", "mine", 10);
    let mut file = UserData::default();
    file.set_star("k/starred", true, 5);
    file.set_note("k/same", "same words", 3);
    file.sessions
        .insert("k/old".into(), ours.sessions["k/old"].clone());
    file.set_note("k/old", "old, edited elsewhere", 20);
    file.set_note("k/apart", "theirs", 10);
    file.set_note("k/new", "a new note", 10);
    let (_, report) = import(&ours, &file);
    assert_eq!(
        report,
        vec![
            ("k/apart".to_string(), ImportOutcome::KeptBoth),
            ("k/new".to_string(), ImportOutcome::Added),
            ("k/old".to_string(), ImportOutcome::Updated),
            ("k/same".to_string(), ImportOutcome::AlreadyHad),
            ("k/starred".to_string(), ImportOutcome::AlreadyHad),
        ]
    );
    assert_eq!(ImportOutcome::KeptBoth.as_str(), "both notes kept");
}

#[test]
fn the_two_tab_rule_keeps_both_tabs_changes() {
    // Both tabs start from the same stored document.
    let mut stored = UserData::default();
    stored.set_note("k/a", "shared start", 10);
    let (mut tab1, mut tab2) = (stored.clone(), stored.clone());

    // Tab 1 edits the note and stars another session; it saves by merging
    // its copy into what is stored.
    tab1.set_note("k/a", "shared start, edited in tab 1", 20);
    tab1.set_star("k/b", true, 21);
    stored = merge(&tab1, &stored);

    // Tab 2 did not see that yet, edits the same note, and saves.
    tab2.set_note("k/a", "shared start, edited in tab 2", 30);
    stored = merge(&tab2, &stored);
    assert!(
        stored.sessions["k/b"].starred,
        "tab 1's star survives tab 2's save"
    );
    let note = &stored.sessions["k/a"].note;
    assert!(note.starts_with("shared start, edited in tab 2\n\n---\n(kept from another copy"));
    assert!(note.ends_with("shared start, edited in tab 1"));

    // Tab 1 gets the storage event, merges, and edits the merged note: its
    // edit replaces the kept-both text without a conflict.
    tab1 = merge(&tab1, &stored);
    tab1.set_note("k/a", "resolved", 40);
    stored = merge(&tab1, &stored);
    assert_eq!(stored.sessions["k/a"].note, "resolved");
}

#[test]
fn an_editor_saves_its_draft_as_an_edit_of_the_version_it_showed() {
    let mut stored = UserData::default();
    stored.set_note("k/a", "v1", 10);

    // While the reader types in this tab, another tab's edit arrives and is
    // merged into this tab's copy.
    let mut other = stored.clone();
    other.set_note("k/a", "v1 plus the other tab", 20);
    let mut mine = merge(&stored, &other);

    // The draft was written from v1, not from the other tab's text: saving
    // it keeps both.
    mine.set_note_from("k/a", "v1 plus my typing", "v1", 30);
    let saved = merge(&mine, &other);
    let note = &saved.sessions["k/a"].note;
    assert!(note.starts_with("v1 plus my typing\n\n---\n"), "{note}");
    assert!(note.ends_with("v1 plus the other tab"), "{note}");

    // With no other edit in between, it is a plain edit.
    let mut solo = stored.clone();
    solo.set_note_from("k/a", "v2", "v1", 40);
    assert_eq!(merge(&solo, &stored).sessions["k/a"].note, "v2");
}

#[test]
fn reader_themes_and_unknown_fields_unite() {
    let mut a = UserData::default();
    a.themes.insert(
        "x".into(),
        ReaderTheme {
            name: "X first".into(),
            created: 1,
            extra: BTreeMap::new(),
        },
    );
    a.extra.insert("k".into(), json!(1));
    let mut b = UserData::default();
    b.themes.insert(
        "x".into(),
        ReaderTheme {
            name: "X later".into(),
            created: 5,
            extra: BTreeMap::new(),
        },
    );
    b.themes.insert(
        "y".into(),
        ReaderTheme {
            name: "Y".into(),
            created: 2,
            extra: BTreeMap::new(),
        },
    );
    b.extra.insert("k".into(), json!(2));
    b.extra.insert("m".into(), json!("m"));
    let m = merge(&a, &b);
    assert_eq!(m, merge(&b, &a));
    assert_eq!(m.themes["x"].name, "X first");
    assert_eq!(m.themes["y"].name, "Y");
    assert_eq!(m.extra["k"], json!(2));
    assert_eq!(m.extra["m"], json!("m"));
}

// Property tests of merging.

fn session_data() -> impl Strategy<Value = SessionData> {
    (
        (any::<bool>(), 0u64..6),
        (
            prop_oneof!["", "a", "ab", "b", "[a-c ]{0,6}", "a\n\nb", "b\n\nc"],
            0u64..6,
            prop::collection::vec((prop_oneof!["a", "ab", "b", "a\n\nb"], 0u64..6), 0..2),
        ),
        (prop::collection::vec("[a-c]", 0..3), 0u64..6),
        prop_oneof!["", "T1", "T2"],
    )
        .prop_map(
            |((starred, starred_at), (note, note_at, seen), (themes, themes_at), title)| {
                SessionData {
                    starred,
                    starred_at,
                    note_seen: seen
                        .into_iter()
                        .filter(|(t, _)| *t != note)
                        .map(|(t, at)| (note_hash(&t), at))
                        .collect(),
                    note,
                    note_at,
                    themes,
                    themes_at,
                    conference: title.clone(),
                    title,
                    ..SessionData::default()
                }
            },
        )
}

fn user_data() -> impl Strategy<Value = UserData> {
    prop::collection::btree_map("(a|b|c)", session_data(), 0..3).prop_map(|sessions| UserData {
        sessions,
        ..UserData::default()
    })
}

/// The paragraphs of a note that carry words (not a merge's separators).
fn words_of(note: &str) -> Vec<String> {
    note.split("\n\n")
        .map(str::trim)
        .filter(|p| {
            !p.lines()
                .all(|l| l.trim() == "---" || l.trim().starts_with("(kept from another copy"))
        })
        .map(str::to_string)
        .collect()
}

/// One step of a story told on several copies of the reader's data.
#[derive(Debug, Clone)]
enum Step {
    /// Copy `c` adds a new line at the end of its note.
    Append(usize),
    /// Copy `c` rewrites its note to one new line (deleting the rest).
    Rewrite(usize),
    /// Copy `c` deletes the first line of its note.
    DeleteFirst(usize),
    /// Copy `c` exports a file.
    Export(usize),
    /// Copy `c` imports file number `f` (modulo the files exported).
    Import(usize, usize),
    /// Time passes on every clock.
    Wait(u64),
}

fn story() -> impl Strategy<Value = (usize, Vec<i64>, Vec<Step>)> {
    (2usize..=3).prop_flat_map(|n| {
        let step = prop_oneof![
            3 => (0..n).prop_map(Step::Append),
            1 => (0..n).prop_map(Step::Rewrite),
            1 => (0..n).prop_map(Step::DeleteFirst),
            2 => (0..n).prop_map(Step::Export),
            3 => ((0..n), (0usize..8)).prop_map(|(c, f)| Step::Import(c, f)),
            1 => (1u64..5_000).prop_map(Step::Wait),
        ];
        (
            Just(n),
            // Each copy's clock is off by up to an hour either way.
            prop::collection::vec(-3_600_000i64..3_600_000, n),
            prop::collection::vec(step, 1..40),
        )
    })
}

/// Lines of a note (the words of the story are one per line).
fn lines_of(note: &str) -> Vec<String> {
    note.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('w'))
        .map(str::to_string)
        .collect()
}

proptest! {
    #[test]
    fn merge_is_commutative(a in user_data(), b in user_data()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_idempotent(a in user_data(), b in user_data()) {
        let m = merge(&a, &b);
        prop_assert_eq!(merge(&a, &m), m.clone());
        prop_assert_eq!(merge(&m, &b), m.clone());
        prop_assert_eq!(merge(&m, &m), m);
    }

    #[test]
    fn merge_keeps_every_note_not_replaced_knowingly(a in user_data(), b in user_data()) {
        let m = merge(&a, &b);
        for (x, y) in [(&a, &b), (&b, &a)] {
            for (id, e) in &x.sessions {
                let replaced = y.sessions.get(id).is_some_and(|o| {
                    o.note != e.note && o.note_seen.contains_key(&note_hash(&e.note))
                });
                if !replaced {
                    for p in words_of(&e.note) {
                        prop_assert!(m.sessions[id].note.contains(&p), "{:?} lost from {:?}", p, m.sessions[id].note);
                    }
                }
            }
        }
    }

    /// Edits, exports and imports on two or three copies whose clocks
    /// disagree: no line ever written is lost, unless some copy deleted it
    /// knowingly (it had the line on screen and removed it).
    #[test]
    fn no_line_written_is_lost_across_copies((n, skew, steps) in story()) {
        let mut copies = vec![UserData::default(); n];
        let mut files: Vec<UserData> = Vec::new();
        let mut deleted: std::collections::HashSet<String> = Default::default();
        let mut written = Vec::new();
        let mut global: i64 = 1_800_000_000_000;
        let mut word = 0;
        let clock = |c: usize, g: i64| u64::try_from(g + skew[c]).unwrap_or(0);
        for step in &steps {
            global += 1;
            match *step {
                Step::Append(c) | Step::Rewrite(c) | Step::DeleteFirst(c) => {
                    let before = copies[c].sessions.get("k/a").map_or(String::new(), |e| e.note.clone());
                    let after = match step {
                        Step::Append(_) => {
                            word += 1;
                            written.push(format!("w{word}"));
                            if before.is_empty() { format!("w{word}") } else { format!("{before}\nw{word}") }
                        }
                        Step::Rewrite(_) => {
                            word += 1;
                            written.push(format!("w{word}"));
                            format!("w{word}")
                        }
                        _ => before.lines().skip(1).collect::<Vec<_>>().join("\n"),
                    };
                    let kept = lines_of(&after);
                    for l in lines_of(&before) {
                        if !kept.contains(&l) {
                            deleted.insert(l);
                        }
                    }
                    copies[c].set_note("k/a", &after, clock(c, global));
                }
                Step::Export(c) => {
                    files.push(decode(&encode_pretty(&copies[c])).expect("an export reads back"));
                }
                Step::Import(c, f) => {
                    if files.is_empty() {
                        continue;
                    }
                    let file = &files[f % files.len()];
                    let before = copies[c].clone();
                    let (after, _) = import(&before, file);
                    let note = after.sessions.get("k/a").map_or("", |e| e.note.as_str());
                    for side in [&before, file] {
                        let old = side.sessions.get("k/a").map_or("", |e| e.note.as_str());
                        for l in lines_of(old) {
                            prop_assert!(
                                deleted.contains(&l) || lines_of(note).contains(&l),
                                "{} lost importing into copy {}: {:?}", l, c, note
                            );
                        }
                    }
                    copies[c] = after;
                }
                Step::Wait(ms) => global += i64::try_from(ms).unwrap_or(0),
            }
        }
        // Everyone exports and imports everyone's file: every line written
        // and never deleted is then in every copy.
        for _ in 0..2 {
            let exported: Vec<UserData> = copies.clone();
            for c in &mut copies {
                for f in &exported {
                    *c = import(c, f).0;
                }
            }
        }
        for c in &copies {
            let note = c.sessions.get("k/a").map_or("", |e| e.note.as_str());
            for w in &written {
                if !deleted.contains(w) {
                    prop_assert!(lines_of(note).contains(w), "{} lost: {:?}", w, note);
                }
            }
        }
    }

    #[test]
    fn documents_survive_storage(a in user_data()) {
        prop_assert_eq!(decode(&encode(&a)), Ok(a));
    }

    #[test]
    fn decoding_anything_never_panics(s in ".{0,60}") {
        let _ = decode(&s);
    }
}

#[test]
fn the_trip_report_keeps_the_readers_headings_below_the_sessions() {
    assert_eq!(
        demote_headings(
            "# Verdict\nGood.\n\nSub\n---\n```\n# not a heading\n```\n#hashtag",
            3
        ),
        "#### Verdict\nGood.\n\n##### Sub\n```\n# not a heading\n```\n#hashtag"
    );
    assert_eq!(demote_headings("###### Deep", 3), "###### Deep");
}
