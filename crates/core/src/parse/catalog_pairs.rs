//! Lists whose items come in pairs: a talk's title (maybe with who gave
//! it after a comma), then an item that is only the address of its video
//! or page (`- 지금 당장 DevOps를 해야하는 이유, 김충섭` / `-
//! https://www.inflearn.com/…`), as a watch list is kept. Used by
//! [`super::catalog_list`].

use std::ops::Range;

use crate::model::Link;

use super::catalog::{Entry, link_label};
use super::file::FileParser;
use super::headings;
use super::markers;

impl FileParser<'_> {
    /// The talks of a list of title items each followed by an address
    /// item: two pairs or more, every address item after a title, and
    /// most addresses a video's or a talk's page.
    pub(super) fn paired_address_items(&self, items: &[Range<usize>]) -> Vec<Entry> {
        let address = |r: &Range<usize>| -> Option<&str> {
            let t = markers::strip_any_list_marker(self.text.get(r.clone())?.trim());
            let t = t.trim_start_matches('<').trim_end_matches('>');
            (t.starts_with("http") && !t.contains(char::is_whitespace)).then_some(t)
        };
        let mut out = Vec::new();
        let mut k = 0;
        while k < items.len() {
            let Some(text_range) = items.get(k) else {
                break;
            };
            if address(text_range).is_some() {
                // An address with no title before it: not such a list.
                return Vec::new();
            }
            let Some(url) = items.get(k + 1).and_then(address) else {
                k += 1;
                continue;
            };
            let text = self.text.get(text_range.clone()).unwrap_or("");
            let line = markers::plain_inline(markers::strip_any_list_marker(
                text.lines().next().unwrap_or("").trim(),
            ))
            .trim()
            .to_string();
            if line.is_empty() || line.contains("://") {
                return Vec::new();
            }
            // `Title, 김충섭`: the person after the last comma, when the
            // parts read them as people.
            let mut parts = headings::parts(&line);
            let speakers = if parts.strength >= 3 {
                parts.speaker_refs()
            } else if let Some((title, who)) = line.rsplit_once(", ")
                && super::speakers::is_cjk_name(who.trim())
            {
                parts.title = title.trim().to_string();
                super::speakers::parse_speakers(who)
            } else {
                parts.title = line.clone();
                Vec::new()
            };
            let label = link_label("", url, "", false);
            out.push(Entry {
                title: parts.title,
                speakers,
                links: vec![Link {
                    label: label.into(),
                    url: url.to_string(),
                }],
                range: text_range.start..items[k + 1].end,
                what: "list item",
                ..Entry::default()
            });
            k += 2;
        }
        // (Most addresses a talk's video or page: not notes each over the
        // documentation they cite.)
        let talk_pages = out
            .iter()
            .filter(|e| {
                e.links.iter().any(|l| {
                    super::link_labels::is_video_url(&l.url)
                        || super::talk_pages::is_talk_page(&l.url)
                })
            })
            .count();
        if out.len() >= 2 && out.len() * 2 >= items.len() - out.len() && talk_pages * 2 >= out.len()
        {
            out
        } else {
            Vec::new()
        }
    }
}
