//! Which top-level list items make one list of talks: a list as
//! pulldown-cmark ends it, a numbered list broken by paragraphs and
//! numbered on, or one-item lists each followed by a paragraph (what the
//! author thought, or the talk's recording: a thumbnail linking to the
//! video, an embedded player). For [`super::catalog`].

use std::ops::Range;

use super::file::FileParser;
use super::link_labels;

impl FileParser<'_> {
    /// The top-level lists that start in `range`, each as its items. A
    /// numbered list broken by paragraphs (`1. [Title by Name](…)`, a
    /// paragraph about it, maybe a bulleted list in it, `2. […]`) is one
    /// list: the next list goes on when its number follows the last.
    pub(super) fn lists_in(
        &self,
        range: &Range<usize>,
    ) -> Vec<std::borrow::Cow<'_, [super::scan_records::ListItem]>> {
        use std::borrow::Cow;
        let a = self
            .scan
            .list_items
            .partition_point(|i| i.range.start < range.start);
        let items = &self.scan.list_items[a..];
        let n = items.partition_point(|i| i.range.start < range.end);
        // The end of the list that starts at `i`.
        let end_of = |i: usize| {
            let list = items[i].list;
            i + items[i..n].iter().take_while(|x| x.list == list).count()
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let mut j = end_of(i);
            let mut joined: Option<Vec<super::scan_records::ListItem>> = None;
            while let Some(last) = self.item_number(&items[j - 1]) {
                // The next list, or the one after one or two bulleted
                // lists of notes, numbered on.
                let mut k = j;
                let mut skipped = 0;
                while k < n && skipped <= 2 && self.item_number(&items[k]).is_none() {
                    k = end_of(k);
                    skipped += 1;
                }
                if k >= n || self.item_number(&items[k]) != Some(last + 1) {
                    break;
                }
                let next = end_of(k);
                if k > j || joined.is_some() {
                    let v = joined.get_or_insert_with(|| items[i..j].to_vec());
                    v.extend_from_slice(&items[k..next]);
                }
                j = next;
            }
            // Lists of one bulleted item each, a paragraph between them
            // (`* Title (Name)` / what the author thought / `* Title
            // (Name)` …): one list, when three or more run so. (Two items
            // together among them, with nothing to say between: one list
            // too.)
            if joined.is_none() && j == i + 1 && self.item_number(&items[i]).is_none() {
                // (Each followed by its recording alone: a thumbnail
                // linking to the video, `[![Name](…/0.jpg)](…youtube.com/
                // watch?v=…)`, or an embedded player, `<iframe …>`.)
                // (Not when a thumbnail comes before the first item: each
                // is then the next one's. Only for an item that reads as a
                // talk, `Title - Name` or linked, without a video of its
                // own: not a travel vlog's `* Fushimi Inari at dawn`.)
                let thumbnail_first = self
                    .text
                    .get(..items[i].range.start)
                    .and_then(|t| t.trim_end().rsplit("\n\n").next())
                    .is_some_and(|p| {
                        p.trim_start().starts_with("[![") && p.trim_end().ends_with(')')
                    });
                let recorded = |x: usize| {
                    if thumbnail_first {
                        return None;
                    }
                    let first = self.text.get(items[x].range.clone())?.lines().next()?;
                    let talk_like =
                        first.contains(" - ") || first.contains(" – ") || first.contains("](");
                    let own_video = self
                        .links_in(items[x].range.clone())
                        .any(|l| link_labels::is_video_url(&l.dest));
                    if !talk_like || own_video {
                        return None;
                    }
                    let limit = if x + 1 < n {
                        items[x + 1].range.start
                    } else {
                        range.end
                    };
                    self.video_paragraph_after(items[x].range.end, limit)
                };
                let mut k = j;
                while k < n
                    && end_of(k) <= k + 2
                    && self.item_number(&items[k]).is_none()
                    // (A paragraph of text between, not `<br />` alone;
                    // or the recording, maybe `<br><br>` after it.)
                    && self
                        .text
                        .get(items[k - 1].range.end..items[k].range.start)
                        .is_some_and(|gap| {
                            let gap = gap.trim();
                            (!gap.is_empty() && !gap.starts_with('<'))
                                || recorded(k - 1).is_some_and(|end| {
                                    self.text.get(end..items[k].range.start).is_some_and(|rest| {
                                        rest.split_whitespace().all(|w| {
                                            w.split_inclusive('>').all(super::embeds::is_br)
                                        })
                                    })
                                })
                        })
                {
                    k = end_of(k);
                }
                if k - i >= 3 || (k - i == 2 && (i..k).all(|x| recorded(x).is_some())) {
                    let mut v = items[i..k].to_vec();
                    // The recording after an item is its own.
                    for (x, item) in (i..k).zip(v.iter_mut()) {
                        if let Some(end) = recorded(x) {
                            item.range.end = end;
                        }
                    }
                    joined = Some(v);
                    j = k;
                }
            }
            out.push(match joined {
                Some(v) => Cow::Owned(v),
                None => Cow::Borrowed(&items[i..j]),
            });
            i = j;
        }
        out
    }

    /// The end of the paragraph after `end` (before `limit`) when it is
    /// one image linking to a video and nothing else (a thumbnail of the
    /// recording), or an HTML block embedding a player.
    fn video_paragraph_after(&self, end: usize, limit: usize) -> Option<usize> {
        let gap = self.text.get(end..limit)?;
        let body = gap.trim_start();
        let start = end + (gap.len() - body.len());
        let para = body.split("\n\n").next()?.trim_end();
        let stop = start + para.len();
        // (A player: an HTML block that embeds one.)
        if para.starts_with('<') && !self.embeds_in(start..stop).is_empty() {
            return Some(stop);
        }
        // (A thumbnail, not a title linking to its video, which opens
        // the next talk: `[A data point walks into a bar](…)`.)
        if !para.starts_with("[![") || !para.ends_with(')') {
            return None;
        }
        let l = self.links_in(start..start + 1).next()?;
        (l.range == (start..stop) && !l.image && link_labels::is_video_url(&l.dest)).then_some(stop)
    }

    /// The number of an ordered list's item (`3` of `3. Title`).
    fn item_number(&self, item: &super::scan_records::ListItem) -> Option<u32> {
        let b = self.text.as_bytes().get(item.range.start..)?;
        let digits = b.iter().take(10).take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || !matches!(b.get(digits), Some(b'.' | b')')) {
            return None;
        }
        std::str::from_utf8(&b[..digits]).ok()?.parse().ok()
    }
}
