//! Tests of [`super::outline`]'s decisions on made-up headings: siblings
//! of talks, groups that hold talks, headings without evidence, labels
//! and section words, a one-talk file, the author's marks.

use super::headings::Container;
use super::outline::{Directive, Features, classify};
use super::outline_classes::{Kind, Outline, Unsure};

fn h(level: u8) -> Features {
    Features {
        level,
        multi_word: true,
        has_body: true,
        ..Features::default()
    }
}

fn kinds(o: &Outline) -> Vec<Kind> {
    o.classes.iter().map(|c| c.kind).collect()
}

#[test]
fn siblings_of_talks_are_talks() {
    let mut with = h(2);
    with.speaker_line = true;
    let feats = vec![h(1), with, h(2), h(3)];
    let o = classify(&feats, false);
    assert_eq!(
        kinds(&o),
        [Kind::Title, Kind::Session, Kind::Session, Kind::Absorbed]
    );
}

#[test]
fn without_evidence_headings_are_sections_and_the_author_is_told() {
    // Under a title that names an event: sections of its notes.
    let mut event = h(1);
    event.container = Some(Container::Event);
    let feats = vec![event, h(2), h(2)];
    let o = classify(&feats, false);
    assert_eq!(kinds(&o), [Kind::Title, Kind::Section, Kind::Section]);
    assert_eq!(o.unsure, vec![Unsure { first: 1, count: 2 }]);
    // Under a title that names no event: one talk and its topics, and
    // the author is still told.
    let feats = vec![h(1), h(2), h(2)];
    let o = classify(&feats, false);
    assert_eq!(kinds(&o), [Kind::FileSession, Kind::Section, Kind::Section]);
    assert_eq!(o.unsure, vec![Unsure { first: 1, count: 2 }]);
    // Unless the title names a list of talks.
    let o = classify(&feats, true);
    assert_eq!(kinds(&o), [Kind::Title, Kind::Session, Kind::Session]);
}

#[test]
fn groups_hold_talks_with_evidence() {
    let mut talk = h(3);
    talk.speakers_in_heading = true;
    let feats = vec![h(1), h(2), talk.clone(), talk, h(2)];
    let o = classify(&feats, false);
    assert_eq!(
        kinds(&o),
        [
            Kind::Title,
            Kind::Container,
            Kind::Session,
            Kind::Session,
            Kind::Section
        ]
    );
}

#[test]
fn a_titled_file_with_a_speaker_line_is_one_session() {
    let mut title = h(1);
    title.speaker_line = true;
    let feats = vec![title, h(2), h(2)];
    let o = classify(&feats, false);
    assert_eq!(
        kinds(&o),
        [Kind::FileSession, Kind::Absorbed, Kind::Absorbed]
    );
}

#[test]
fn labels_and_section_words_are_never_talks() {
    let mut talk = h(2);
    talk.speaker_line = true;
    let mut label = h(3);
    label.label = true;
    let mut lunch = h(2);
    lunch.vocab = true;
    let feats = vec![h(1), talk, label, lunch];
    let o = classify(&feats, false);
    assert_eq!(
        kinds(&o),
        [Kind::Title, Kind::Session, Kind::Absorbed, Kind::Section]
    );
}

#[test]
fn directives_win() {
    let mut s = h(2);
    s.directive = Some(Directive::Session);
    let mut not = h(2);
    not.directive = Some(Directive::NotSession);
    not.speaker_line = true;
    let o = classify(&[h(1), s, not], false);
    assert_eq!(kinds(&o), [Kind::Title, Kind::Session, Kind::Section]);
}
