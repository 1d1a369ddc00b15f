//! Who gave a list item's talk when its title's own words do not say,
//! for [`super::catalog_list_item`]: the text after the title's link on
//! its line (a name wrapped onto the next line, a parenthesis closed
//! there), and the people right before the title's link (`Name -
//! [Title](…)`, `von Name [Title](…)`, `Name's keynote [Title](…)`).

use std::ops::Range;

use super::catalog::link_label;
use super::catalog_item::{possessor, speakers_after, strip_site_suffix};
use super::catalog_item_leads::people_named;
use super::days;
use super::file::FileParser;
use super::headings;
use super::markers;
use super::scan_records::LinkRef;
use super::speakers::SpeakerRef;
use super::talk_pages::is_talk_page;

impl FileParser<'_> {
    /// The text after the link whose text is the item's title, on its
    /// line: `by Name`, `- Name, Org`, `(Name, Event 2019)`; with the next
    /// line when the name or a parenthesis wraps onto it.
    pub(super) fn text_after_title_link(
        &self,
        range: &Range<usize>,
        links: &[&LinkRef<'_>],
        title_text: &str,
    ) -> String {
        links
            .iter()
            .find(|l| super::title_ends::strip_code_tag(strip_site_suffix(&l.text)) == title_text)
            .map(|l| {
                let end = l.range.end;
                let line_end = |from: usize| {
                    self.text[from..]
                        .find('\n')
                        .map_or(self.text.len(), |i| from + i)
                        .min(range.end)
                };
                let first_end = line_end(end);
                let rest = self.text.get(end..first_end).unwrap_or("");
                let bare = markers::plain_inline(rest);
                let bare = bare.trim().trim_end_matches(['-', '–']).trim();
                // `[Title](video) _by_` and the name wrapped onto
                // the next line (`[_Steve Francia_](…) - the author
                // of …`): that line, up to its description.
                // (Also `[*Title*][ref] by Donna` / `Benjamin.  A
                // workshop …`: a name wrapped after `by`.)
                let wrapped_by = markers::strip_prefix_ci(bare, "by ").is_some_and(|n| {
                    !n.contains(['.', ',', '(']) && n.split_whitespace().count() < 2
                });
                if (bare.is_empty() || bare.eq_ignore_ascii_case("by") || wrapped_by)
                    && first_end < range.end
                {
                    let next = self.text.get(first_end + 1..line_end(first_end + 1));
                    let next = next.unwrap_or("").trim();
                    let next = next
                        .split_once(" - ")
                        .or_else(|| next.split_once(" – "))
                        .map_or(next, |(who, _)| who);
                    format!("{rest} {next}")
                } else if bare.starts_with('(') && !bare.contains(')') && first_end < range.end {
                    // `[Title](…) (Patrick` / `Hamann): notes…`: the
                    // parenthesis wrapped onto the next line, up
                    // to its close.
                    let next = self.text.get(first_end + 1..line_end(first_end + 1));
                    let next = next.unwrap_or("").trim();
                    match next.find(')') {
                        Some(k) => format!("{} {}", rest.trim_end(), &next[..=k]),
                        None => rest.to_string(),
                    }
                } else {
                    rest.to_string()
                }
            })
            .unwrap_or_default()
    }

    /// The people right before the link whose text starts the item's
    /// title (`Name - [Title](…)`, `2017-02-08 - [Name](home) -
    /// [Title](…)`, `von Name [Title](…)`).
    pub(super) fn people_before_title_link(
        &self,
        range: &Range<usize>,
        links: &[&LinkRef<'_>],
        title_text: &str,
    ) -> Option<Vec<SpeakerRef>> {
        let l = links
            .iter()
            .find(|l| !l.image && title_text.starts_with(markers::plain_inline(&l.text).trim()))?;
        let before = self.text.get(range.start..l.range.start)?;
        let before = markers::strip_list_marker(before.lines().last().unwrap_or("").trim());
        // (`2017-02-08 - [Ben Lippmeier](homepage) - [Title](…)`: the
        // evening's date goes, and the person's link is their name.)
        let plain: String;
        let before = if before.contains("](") {
            plain = markers::plain_inline(before).into_owned();
            plain.as_str()
        } else {
            before
        };
        let before = days::after_leading_date(before)
            .unwrap_or(before)
            .trim_start();
        let people = before
            .strip_suffix(" -")
            .or_else(|| before.strip_suffix(" –"))
            .or_else(|| before.strip_suffix(':'))
            // `4. Vortrag: Von H. Uhlig [Dem Hack keine Chance](…)`:
            // `by` and the people right before the title's link.
            .or_else(|| {
                let b = before.trim_end_matches(['_', '*', ' ']);
                ["von ", "Von ", "by ", "By ", "par ", "Par "]
                    .iter()
                    .filter_map(|w| b.rfind(w).map(|k| &b[k + w.len()..]))
                    .find(|rest| {
                        (2..=4).contains(&rest.split_whitespace().count())
                            && !rest.contains([':', '['])
                    })
            })
            // `Highload++ 2014. Андрей Аксёнов.` on the line before
            // the title's link: the event's sentence, then the name's.
            .or_else(|| {
                let (event, name) = before.strip_suffix('.')?.rsplit_once(". ")?;
                (headings::is_event(event) && event.contains(|c: char| c.is_ascii_digit()))
                    .then_some(name)
            })
            // `Rachel Willmer's keynote [Title](…)`, `Larry Hastings'
            // Day 1 Lightning Talk [Title](…)`: whose talk it was.
            .or_else(|| possessor(before))
            // `Philip Wadler on [category theory](…)`: who spoke on it
            // (a talk's page, or in a file naming an event: not a
            // podcast's episode).
            .or_else(|| {
                if !(self.event_named || is_talk_page(&l.dest)) {
                    return None;
                }
                let who = before.trim_end().strip_suffix(" on")?.trim();
                let who = markers::strip_list_marker(who).trim();
                // (`Matt Cloke and Narendra Tumkur on [Title](slides)`:
                // two people; a name of unknown shape when the link
                // is the talk's page, slides or recording.)
                let material = is_talk_page(&l.dest)
                    || matches!(
                        link_label(&l.text, &l.dest, "", false),
                        "Slides" | "Recording"
                    );
                people_named(who, material).then_some(who)
            })?;
        speakers_after(people)
    }
}
