//! What most talks of a file carry in their titles that is no part of
//! them, read once all the file's talks are known: who gave each after
//! `with` (`Performance Tuning Azure SQL Databases with David Maxwell`),
//! and the date of each before it (`2018-12-11: Designing Accessible Sign
//! Up Forms`).
//!
//! `with` is as often a word of the title (`Building Apps with React
//! Native`), so a file's talks are read so only when two or more of them
//! end with a person's name after `with` whose given name is known; then
//! every talk whose title ends with a person's shape after `with` is. (A title like `Testing
//! Angular Apps with Jasmine Spies` in such a file is read so too: a
//! known trade-off, rare in the corpus.)

use super::builder::SessionDraft;
use super::file::FileParser;
use super::names;
use super::speakers;

impl FileParser<'_> {
    /// What most titles of `sessions` carry (see the module's doc): the
    /// dates before them, and the speakers after `with` of those that
    /// name none.
    pub(super) fn tidy_shared_titles(&self, sessions: &mut [SessionDraft]) {
        let known = sessions
            .iter()
            .filter(|s| s.speakers.is_empty())
            .filter_map(|s| with_people(&s.title))
            .filter(|(_, who)| {
                matches!(
                    names::shape(speakers::first_of(who)),
                    names::Shape::Person { given: true }
                )
            })
            .count();
        let dated = sessions
            .iter()
            .filter(|s| dated_title(&s.title).is_some())
            .count();
        if sessions.len() >= 2 && dated * 5 >= sessions.len() * 4 {
            for s in sessions.iter_mut() {
                if let Some(rest) = dated_title(&s.title) {
                    s.title = rest.to_string();
                }
            }
        }
        if known < 2 {
            return;
        }
        for s in sessions.iter_mut().filter(|s| s.speakers.is_empty()) {
            // (A name's shape, not two capitalised words: `Building Apps
            // with React Native`.)
            if let Some((title, who)) = with_people(&s.title)
                && matches!(
                    names::shape(speakers::first_of(who)),
                    names::Shape::Person { .. }
                )
            {
                let refs = speakers::parse_speakers(who);
                if !refs.is_empty() {
                    s.speakers = refs;
                    s.title = title.to_string();
                }
            }
        }
    }
}

/// `Title with Name` (or `with Name & Name`): the title and the people,
/// when the first of them has a name's shape and the title two words or
/// more.
fn with_people(t: &str) -> Option<(&str, &str)> {
    let at = t.rfind(" with ")?;
    let (title, who) = (t[..at].trim_end(), t[at + " with ".len()..].trim());
    let first = speakers::first_of(who);
    ((2..=4).contains(&first.split_whitespace().count())
        && title.split_whitespace().count() >= 2
        && !who.contains([':', '?', '!'])
        && matches!(
            names::shape(first),
            names::Shape::Person { .. } | names::Shape::Capitalised
        ))
    .then_some((title, who))
}

/// `2018-12-11: Designing Accessible Sign Up Forms`: the title after a
/// talk's date, two words or more.
fn dated_title(t: &str) -> Option<&str> {
    super::days::after_leading_date(t)
        .map(|r| r.trim_start_matches([':', '-', '–', ' ']))
        .filter(|r| r.split_whitespace().count() >= 2)
}
