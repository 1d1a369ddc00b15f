//! Who gave a talk, written at the end of its heading and read alike
//! across a file's headings, for [`super::siblings`]: names after the last
//! comma, bar or spaced dash (`Cynefin, Dave Snowden`), after `by`, of any
//! shape (`Title by h1d3mun3`), and after `with` (`Title with Name and
//! Name`), when several headings of the file name people that way.

use super::file::FileParser;
use super::heading_features::Features;
use super::headings;
use super::names;
use super::scan_records::Heading;
use super::siblings::{name_like, small_name};
use super::util::*;

impl FileParser<'_> {
    /// Names after the last comma, bar or spaced dash read alike across a
    /// file's headings. `Building and Scaling High Performing Technology
    /// Organizations, Jez Humble` beside `Cynefin, Dave Snowden` and
    /// `Persuading the Bear, Michael Nir`; `Lesser Known Debugging
    /// Techniques | Amjad Masad` beside `Node.js at Scale | Nick Haff`: when
    /// two headings or more, and most of those that name people, name them
    /// after the same separator, two or three capitalised words after it
    /// are a name too, even when the first is no given name known here.
    pub(super) fn after_like_siblings(&mut self, feats: &mut [Features]) {
        const FORMS: [(&[&str], &str, &str); 3] = [
            (
                &["a person's name after the last comma"],
                ", ",
                "a person's name after the last comma, as in the headings beside it",
            ),
            (
                &[
                    "people's names after `|`",
                    "parts between bars: a title and who gave it",
                ],
                " | ",
                "people's names after `|`, as in the headings beside it",
            ),
            (
                &["people's names after the last spaced dash"],
                " - ",
                "people's names after the last spaced dash, as in the headings beside it",
            ),
        ];
        let named = self.parts.iter().filter(|p| p.speakers.is_some()).count();
        for (whys, sep, now) in FORMS {
            let alike = self
                .parts
                .iter()
                .filter(|p| p.why.is_some_and(|w| whys.contains(&w)))
                .count();
            if alike < 2 || alike * 3 < named * 2 {
                continue;
            }
            for (p, f) in self.parts.iter_mut().zip(feats.iter_mut()) {
                if p.speakers.is_some() || f.container.is_some() || f.vocab {
                    continue;
                }
                let Some(at) = p.title.rfind(sep) else {
                    continue;
                };
                let (left, mut right) = (p.title[..at].trim(), p.title[at + sep.len()..].trim());
                // `Amjad Masad (11:00)`: the slot's time after the name.
                if let Some(open) = right.strip_suffix(')').and_then(|r| r.rfind('('))
                    && right[open..].contains(|c: char| c.is_ascii_digit())
                {
                    right = right[..open].trim_end();
                }
                if left.is_empty() || !(name_like(right) || small_name(right)) {
                    continue;
                }
                p.speakers = Some(right.to_string());
                p.title = left.to_string();
                p.refs = None;
                p.strength = 3;
                p.why = Some(now);
                f.speakers_in_heading = true;
                f.people_in_heading = true;
            }
            return;
        }
    }

    /// `Title by h1d3mun3`, `Title by 八十嶋祐樹`, `Title by giginet`
    /// read alike across a file's headings: where three headings or more,
    /// half of those that are no group or section word, end with `by` and
    /// one to three words (at most 32 characters, no sentence), those words
    /// are who gave each, handle or name of any shape.
    pub(super) fn by_like_siblings(&mut self, feats: &mut [Features]) {
        let split = |p: &headings::Parts| -> Option<(String, String)> {
            if p.speakers.is_some() {
                return None;
            }
            let at = rfind_ci(&p.title, " by ")?;
            let (left, right) = (p.title[..at].trim(), p.title[at + 4..].trim());
            let words = right.split_whitespace().count();
            ((1..=3).contains(&words)
                && right.chars().count() <= 32
                && !right.contains(['.', ',', ':', ';', '!', '?', '(', '['])
                && !left.is_empty())
            .then(|| (left.to_string(), right.to_string()))
        };
        let candidates = self
            .parts
            .iter()
            .zip(feats.iter())
            .filter(|(_, f)| f.container.is_none() && !f.vocab)
            .count();
        let by_named = self
            .parts
            .iter()
            .filter(|p| p.why == Some("people's names after `by`"))
            .count();
        let found = self.split_each(feats, |_, p| split(p));
        let n = found.iter().flatten().count();
        if n + by_named < 3 || (n + by_named) * 2 < candidates || n == 0 {
            return;
        }
        self.name_alike(
            feats,
            found,
            "a name or handle after `by`, as in the headings beside it",
            false,
        );
    }

    /// `Title with Name and Name` read alike across a file's headings
    /// (`Coding for account customizations with AWS Control Tower with
    /// Welly Siauw and Justin P.`): when two headings or more end with two
    /// names or more after ` with `, those names are who gave them.
    pub(super) fn with_like_siblings(&mut self, feats: &mut [Features]) {
        let split = |p: &headings::Parts| -> Option<(String, String)> {
            if p.speakers.is_some() {
                return None;
            }
            // (`rfind_ci`: a byte position in the title itself, which
            // lowercasing may change the length of.)
            let at = rfind_ci(&p.title, " with ")?;
            let (left, right) = (p.title[..at].trim(), p.title[at + 6..].trim());
            let names: Vec<&str> = each_name(right).map(str::trim).collect();
            let people = names.len() >= 2
                && names.iter().all(|n| {
                    let n = n.trim_end_matches('.');
                    name_like(n) || names::is_person(n, false)
                });
            (people
                && left.split_whitespace().count() >= 2
                && !super::title_forms::names_its_guests(left))
            .then(|| (left.to_string(), right.to_string()))
        };
        let found = self.split_each(feats, |_, p| split(p));
        if found.iter().flatten().count() < 2 {
            return;
        }
        self.name_alike(
            feats,
            found,
            "people's names after `with`, as in the headings beside it",
            false,
        );
    }

    /// `How to deploy infrastructure in just 13.8 billion years Ingrid
    /// Burrington (Independent)`: a title, then who gave it with no
    /// separator, then where they work in parentheses. Where three
    /// headings or more, half of those that name nobody yet, end so (a
    /// person's name of two or three words, a known given name first), the
    /// name and the organisation are who gave each.
    pub(super) fn name_before_org_like_siblings(&mut self, hs: &[Heading], feats: &mut [Features]) {
        let split = |t: &str| -> Option<(String, String)> {
            let t = t.trim();
            let open = t.strip_suffix(')').and_then(|x| x.rfind(" ("))?;
            let (before, org) = (t[..open].trim_end(), &t[open + 2..t.len() - 1]);
            if org.trim().is_empty() || org.contains(['(', ')']) {
                return None;
            }
            let words: Vec<&str> = before.split_whitespace().collect();
            [2, 3].into_iter().find_map(|n| {
                let cut = words.len().checked_sub(n)?;
                let name = words[cut..].join(" ");
                (cut >= 2 && names::is_person(&name, false))
                    .then(|| (words[..cut].join(" "), format!("{name} ({})", org.trim())))
            })
        };
        let found = self.split_each(feats, |i, p| {
            if p.speakers.is_some() {
                None
            } else {
                hs.get(i).and_then(|h| split(&h.text))
            }
        });
        // (Half of the headings that name nobody yet.)
        let candidates = self
            .parts
            .iter()
            .zip(feats.iter())
            .filter(|(p, f)| p.speakers.is_none() && f.container.is_none() && !f.vocab)
            .count();
        let n = found.iter().flatten().count();
        if n < 3 || n * 2 < candidates {
            return;
        }
        self.name_alike(
            feats,
            found,
            "a person's name and organisation at the end, as in the headings beside it",
            true,
        );
    }

    /// `split` of each heading's parts that is no group's nor a section
    /// word's, in order (`None` for the others).
    fn split_each(
        &self,
        feats: &[Features],
        split: impl Fn(usize, &headings::Parts) -> Option<(String, String)>,
    ) -> Vec<Option<(String, String)>> {
        self.parts
            .iter()
            .zip(feats.iter())
            .enumerate()
            .map(|(i, (p, f))| {
                if f.container.is_some() || f.vocab {
                    None
                } else {
                    split(i, p)
                }
            })
            .collect()
    }

    /// Each heading's title and who gave it, as `found` says, read so
    /// `why`; `with_org`: the speakers carry their organisation.
    fn name_alike(
        &mut self,
        feats: &mut [Features],
        found: Vec<Option<(String, String)>>,
        why: &'static str,
        with_org: bool,
    ) {
        for ((p, f), s) in self.parts.iter_mut().zip(feats.iter_mut()).zip(found) {
            let Some((title, speakers)) = s else {
                continue;
            };
            p.title = title;
            p.speakers = Some(speakers);
            p.refs = None;
            p.strength = 3;
            p.why = Some(why);
            f.speakers_in_heading = true;
            f.people_in_heading = true;
            // (The organisation is then the speakers'.)
            if with_org {
                p.org = None;
                f.org_in_heading = false;
            }
        }
    }
}
