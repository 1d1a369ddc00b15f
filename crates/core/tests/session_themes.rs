//! A session's themes joined with the reader's (`userdata::session_themes`),
//! and the theme a reader means by a typed name (`userdata::theme_for_name`).

mod handmade;

use confnotes_core::model::{Library, SessionTheme, ThemeSource};
use confnotes_core::text::NativeUnicode;
use confnotes_core::userdata::{
    ThemeChip, UserData, session_themes, theme_choices, theme_for_name, theme_name,
};
use handmade::Lib;

/// Session 0 is tagged Security and GitOps, and the notes matched Cost
/// (a Key Theme) in its text; session 1 has no theme.
fn library() -> Library {
    let mut lib = Lib::new()
        .conf("KubeCon 2021")
        .key_themes(&["Cost"])
        .session("GitOps and Security")
        .by("Jay Chen", None)
        .themes(&["Security", "GitOps"])
        .session("Keynote")
        .by("Alex Jones", None)
        .build();
    let cost = lib.themes.iter().position(|t| t.id == "cost").unwrap();
    lib.sessions[0].themes.push(SessionTheme {
        theme: cost,
        source: ThemeSource::Matched,
    });
    lib
}

fn chip(id: &str, name: &str, source: ThemeSource) -> ThemeChip {
    ThemeChip {
        id: id.into(),
        name: name.into(),
        source,
    }
}

#[test]
fn the_notes_first_then_the_reader_each_theme_once() {
    let lib = library();
    let id = lib.sessions[0].id.clone();
    let mut data = UserData::default();
    // The reader's own theme, a theme the notes already give (explicit),
    // one the notes matched, and one the notes have but not on this session.
    let mine = data.add_theme("Read later", &NativeUnicode, 1);
    data.set_themes(
        &id,
        vec![
            mine,
            "security".into(),
            "cost".into(),
            "gitops".into(),
            "no-such".into(),
        ],
        2,
    );
    assert_eq!(
        session_themes(&lib, 0, &data),
        [
            // In the notes' order.
            chip("security", "Security", ThemeSource::Explicit),
            chip("gitops", "GitOps", ThemeSource::Explicit),
            chip("cost", "Cost", ThemeSource::Matched),
            chip("read-later", "Read later", ThemeSource::Reader),
            // A slug that neither the notes nor the reader's themes name.
            chip("no-such", "no-such", ThemeSource::Reader),
        ]
    );
}

#[test]
fn matched_after_explicit_whatever_the_notes_order() {
    let mut lib = library();
    lib.sessions[0].themes.rotate_right(1);
    assert_eq!(lib.sessions[0].themes[0].source, ThemeSource::Matched);
    let got: Vec<ThemeSource> = session_themes(&lib, 0, &UserData::default())
        .into_iter()
        .map(|c| c.source)
        .collect();
    assert_eq!(
        got,
        [
            ThemeSource::Explicit,
            ThemeSource::Explicit,
            ThemeSource::Matched
        ]
    );
}

#[test]
fn only_the_readers_themes_or_none() {
    let lib = library();
    let mut data = UserData::default();
    assert!(session_themes(&lib, 1, &data).is_empty());
    // An index past the end (a stale list) has no themes.
    assert!(session_themes(&lib, 9, &data).is_empty());
    data.set_themes(&lib.sessions[1].id, vec!["security".into()], 1);
    assert_eq!(
        session_themes(&lib, 1, &data),
        [chip("security", "Security", ThemeSource::Reader)]
    );
}

#[test]
fn a_typed_name_finds_the_notes_theme_or_makes_the_readers() {
    let lib = library();
    let mut data = UserData::default();
    // The notes' theme, by name (ASCII case aside) or by slug: nothing made.
    for name in ["GitOps", "  gitops ", "GITOPS"] {
        assert_eq!(
            theme_for_name(&mut data, &lib, name, &NativeUnicode, 5).as_deref(),
            Some("gitops"),
            "{name}"
        );
    }
    assert!(data.themes.is_empty());
    // A new name makes a reader theme; typing it again finds it.
    assert_eq!(
        theme_for_name(&mut data, &lib, " Read later ", &NativeUnicode, 5).as_deref(),
        Some("read-later")
    );
    assert_eq!(data.themes["read-later"].name, "Read later");
    assert_eq!(data.themes["read-later"].created, 5);
    assert_eq!(
        theme_for_name(&mut data, &lib, "read LATER", &NativeUnicode, 9).as_deref(),
        Some("read-later")
    );
    assert_eq!(data.themes["read-later"].name, "Read later");
    assert_eq!(data.themes["read-later"].created, 5);
    // A blank name, or one with no letter or digit: nothing made.
    for name in ["", "   ", "!!!", " — "] {
        assert_eq!(
            theme_for_name(&mut data, &lib, name, &NativeUnicode, 5),
            None
        );
    }
    assert_eq!(data.themes.len(), 1);
}

#[test]
fn theme_names_prefer_the_notes_spelling() {
    let lib = library();
    let mut data = UserData::default();
    // The reader made `security` before the notes had it, spelt otherwise.
    data.themes.insert(
        "security".into(),
        confnotes_core::userdata::ReaderTheme {
            name: "SECURITY!".into(),
            ..Default::default()
        },
    );
    data.add_theme("Read later", &NativeUnicode, 1);
    assert_eq!(theme_name(&lib, &data, "security"), "Security");
    assert_eq!(theme_name(&lib, &data, "read-later"), "Read later");
    assert_eq!(theme_name(&lib, &data, "gone"), "gone");
}

#[test]
fn the_theme_picker_offers_every_name_once_in_alphabetical_order() {
    let lib = library();
    let mut data = UserData::default();
    data.add_theme("read later", &NativeUnicode, 1);
    data.add_theme("Alpha", &NativeUnicode, 1);
    assert_eq!(
        theme_choices(&lib, &data),
        ["Alpha", "Cost", "GitOps", "read later", "Security"]
    );
}
