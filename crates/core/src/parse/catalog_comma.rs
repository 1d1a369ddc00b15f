//! Lists of talks with no links, one per item, who gave each after its
//! title's last comma (`- Better async code with Python 3, Anton
//! Caceres`), after full-width commas (`Title，严彬，大连理工大学`) or before
//! a slash (`양찬석(구글 코리아) / Title`), for [`super::catalog_list`].

use std::ops::Range;

use super::catalog::Entry;
use super::file::FileParser;
use super::markers;
use super::names;
use super::speakers::SpeakerRef;

impl FileParser<'_> {
    /// A list of `Title, Name Surname` items with no links (`- Better
    /// async code with Python 3, Anton Caceres`, `- Implantación de
    /// ElasticSearch, Miguel Sánchez y Miguel González`): three items or
    /// more, most of them ending with people after their last comma (or
    /// two, both so).
    pub(super) fn comma_people_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        if items.len() < 2 {
            return Vec::new();
        }
        let split = |r: &Range<usize>| -> Option<(String, Vec<SpeakerRef>)> {
            let t = self.text.get(r.clone())?.trim();
            // `Towards Grand Unification of Object Tracking，严彬，大连理工大学`:
            // with full-width commas, the title, a name in Chinese (two to
            // four characters), maybe where they work (the notes under it
            // are the item's).
            let first = t.lines().next().unwrap_or("");
            if first.contains('，') {
                let line = markers::plain_inline(markers::strip_list_marker(first).trim());
                let parts: Vec<&str> = line.split('，').map(str::trim).collect();
                let (title, who) = (parts[0], parts.get(1).copied().unwrap_or(""));
                if parts.len() <= 3 && super::speakers::is_cjk_name(who) && !title.is_empty() {
                    return Some((
                        title.to_string(),
                        vec![SpeakerRef {
                            name: who.to_string(),
                            org: parts
                                .get(2)
                                .filter(|o| !o.is_empty())
                                .map(|o| o.to_string()),
                            handle: false,
                        }],
                    ));
                }
            }
            if t.contains('\n') {
                return None;
            }
            let line = markers::strip_list_marker(t).trim();
            // `양찬석(구글 코리아) / 모두를 위한 안드로이드 새소식`: the people, a
            // slash, the title.
            if let Some((refs, title)) = super::catalog_item::people_slash_title(line) {
                return Some((title, refs));
            }
            // (`[K4] Title, by Name (Org)`: the room's tag in brackets is
            // no word of the title.)
            let line = markers::plain_inline(super::title_ends::strip_bracket_tag(
                super::numbering::after_leading_time(line).unwrap_or(line),
            ));
            // (`Title, by Name (Role, Org)`: the first `, by `; else the
            // last comma.)
            let (title, after) = line
                .find(", by ")
                .map(|k| (&line[..k], &line[k + 5..]))
                .or_else(|| line.rsplit_once(", "))?;
            let title = title.trim();
            // (`…, by Joe Nuxoll.`: the sentence's full stop.)
            let after = after.trim().trim_end_matches('.');
            let words = title.split_whitespace().count();
            if !(1..=20).contains(&words) || after.split_whitespace().count() > 10 {
                return None;
            }
            // Every person named reads as one (`A y B`, `A and B`).
            let people: Vec<&str> = [" y ", " and ", " & ", " e ", " et ", " und "]
                .iter()
                .find_map(|j| after.split_once(j).map(|(a, b)| vec![a, b]))
                .unwrap_or_else(|| vec![after]);
            if !people.iter().all(|p| {
                let p = super::title::strip_paren_tail(p.trim().trim_end_matches('.'));
                p.split_whitespace().count() >= 2 && names::is_person(&p, true)
            }) {
                return None;
            }
            let refs: Vec<SpeakerRef> = people
                .iter()
                .flat_map(|p| super::speakers::parse_speakers(p.trim()))
                .collect();
            (!refs.is_empty()).then(|| (title.to_string(), refs))
        };
        if !items.iter().take(3).any(|r| split(r).is_some()) {
            return Vec::new();
        }
        let found: Vec<Entry> = items
            .iter()
            .filter_map(|r| {
                let (title, speakers) = split(r)?;
                // (The lines under its first are its notes.)
                let notes = self
                    .text
                    .get(r.clone())
                    .and_then(|t| t.trim().split_once('\n'))
                    .map(|(_, rest)| rest.trim().to_string())
                    .unwrap_or_default();
                Some(Entry {
                    title,
                    speakers,
                    notes,
                    range: r.clone(),
                    what: "list item",
                    ..Entry::default()
                })
            })
            .collect();
        // (Or two, each of them so: a topic's two talks under its bold
        // name.)
        if (found.len() >= 3 && found.len() * 5 >= items.len() * 3)
            || (found.len() == 2 && items.len() == 2)
        {
            found
        } else {
            Vec::new()
        }
    }
}
