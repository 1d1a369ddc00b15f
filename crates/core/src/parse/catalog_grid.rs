//! Timetable grids, for [`super::catalog_tables`]: a table whose first
//! column is the time and whose other columns are tracks or rooms (`|時刻|
//! Track1|Track2|Track3|`, `| Time | Room A | Room B |`), each cell a talk
//! of that track at that time.

use crate::model::Link;
use crate::render::{UrlKind, classify_url};

use super::catalog::{Entry, link_label};
use super::file::FileParser;
use super::headings;
use super::link_labels;
use super::markers;
use super::scan_records::Table;
use super::table_headers::is_time_header;

/// Whether a header cell's words name a track or room (`Track1`, `Track
/// 2`, `Room A`, `Main Stage`, `会場B`, `トラック1`).
fn is_track_header(words: &[String]) -> bool {
    let joined = words.join(" ");
    let first = joined.split_whitespace().next().unwrap_or("");
    let tracky = |w: &str| {
        [
            "track", "room", "hall", "stage", "salle", "sala", "saal", "raum",
        ]
        .iter()
        .any(|t| {
            w.strip_prefix(t).is_some_and(|rest| {
                rest.chars().count() <= 1 || rest.chars().all(|c| c.is_ascii_digit())
            })
        })
    };
    (words.len() <= 3 && (tracky(first) || words.last().is_some_and(|w| tracky(w))))
        || ["会場", "トラック", "ルーム", "트랙", "분과"]
            .iter()
            .any(|t| joined.starts_with(t))
}

impl FileParser<'_> {
    /// The talks of a timetable grid: a time column, then two track
    /// columns or more; each non-empty cell of a track column is a talk,
    /// titled by its words without the marks linking its slides (`[📄]
    /// (…)`). Breaks and the like (`Lunch`) are passed over. Empty when
    /// the table is no such grid.
    pub(super) fn grid_entries(&self, t: &Table, words: &[Vec<String>]) -> Vec<Entry> {
        let Some(time_col) = words
            .iter()
            .position(|w| w.len() == 1 && is_time_header(&w[0]))
        else {
            return self.track_column_entries(t, words);
        };
        let tracks: Vec<usize> = (0..words.len())
            .filter(|&c| c != time_col && is_track_header(&words[c]))
            .collect();
        if tracks.len() < 2 || t.rows.len() < 2 {
            return Vec::new();
        }
        let out = self.cell_entries(t, &tracks);
        // (Times in the time column, and most cells a title's length or
        // linking the talk's slides: not a festival's line-up, `| 18:00 |
        // Arctic Monkeys |`, nor a gym's classes, `| 9:00 | Yoga |`.)
        // (Rows that go on a slot leave its time empty.)
        let times: Vec<&str> = t
            .rows
            .iter()
            .filter_map(|r| r.cells.get(time_col))
            .map(|c| c.text.trim())
            .filter(|c| !c.is_empty())
            .collect();
        let timed = times
            .iter()
            .filter(|c| super::numbering::starts_with_time(c))
            .count();
        let titled = out
            .iter()
            .filter(|e| {
                e.title.split_whitespace().count() >= 3
                    || e.title
                        .chars()
                        .filter(|&c| super::names::caseless_letter(c))
                        .count()
                        >= 6
                    || !e.links.is_empty()
            })
            .count();
        if out.len() >= 2 && timed * 2 >= times.len().max(1) && titled * 3 >= out.len() * 2 {
            out
        } else {
            Vec::new()
        }
    }

    /// Each non-empty cell of `cols` as a talk, titled by its words
    /// without the marks linking its slides; breaks and the like passed
    /// over.
    fn cell_entries(&self, t: &Table, cols: &[usize]) -> Vec<Entry> {
        let mut out = Vec::new();
        for row in &t.rows {
            for &c in cols {
                let Some(cell) = row.cells.get(c) else {
                    continue;
                };
                let Some(raw) = self.text.get(cell.range.clone()) else {
                    continue;
                };
                let mut bare = raw.to_string();
                let mut links = Vec::new();
                for l in self.links_in(cell.range.clone()) {
                    let mark = l.text.starts_with(super::util::is_pictograph)
                        || link_labels::is_mark_label(&l.text)
                        || link_labels::label_of_text(&l.text).is_some()
                        || link_labels::is_recording_label(&l.text);
                    if mark && let Some(src) = self.text.get(l.range.clone()) {
                        bare = bare.replace(src, "");
                    }
                    if !l.image && classify_url(&l.dest) != UrlKind::Unsafe && !l.dest.is_empty() {
                        links.push(Link {
                            label: link_label(&l.text, &l.dest, "", false).into(),
                            url: l.dest.to_string(),
                        });
                    }
                }
                // (Line breaks in the cell, `Title<br/>🎥`, as spaces; the
                // marks after them are no words of the title; but a person
                // after the break gave the talk: `[Title](…)<br/>Jane Doe`.)
                let mut after_break = Vec::new();
                if let Some(at) = bare.find("<br")
                    && let Some(close) = bare[at..].find('>')
                {
                    let rest = bare[at + close + 1..].to_string();
                    let who = super::util::trim_pictographs(markers::plain_inline(&rest).trim())
                        .trim()
                        .to_string();
                    if !who.is_empty() && super::names::is_person(&who, true) {
                        after_break = super::speakers::parse_speakers(&who);
                        bare.truncate(at);
                    }
                }
                for br in ["<br/>", "<br />", "<br>", "<BR>", "<BR/>"] {
                    bare = bare.replace(br, " ");
                }
                let title = markers::plain_inline(bare.trim());
                let title = super::util::trim_pictographs(title.trim())
                    .trim()
                    .to_string();
                let norm = headings::norm(&title);
                if title.split_whitespace().count() == 0
                    || headings::is_vocab(&norm)
                    || title.chars().count() < 3
                {
                    continue;
                }
                let mut parts = headings::parts(&title);
                let speakers = if after_break.is_empty() {
                    parts.speaker_refs()
                } else {
                    after_break
                };
                out.push(Entry {
                    title: std::mem::take(&mut parts.title),
                    speakers,
                    links,
                    range: cell.range.clone(),
                    kind: parts.kind,
                    language: parts.language,
                    what: "table cell",
                    ..Entry::default()
                });
            }
        }
        out
    }

    /// A programme with a column per track and no time column (`| Testing
    /// Research Software | Sustainable Software I | Community Building |`),
    /// each cell one link to its talk's page (`[Title](talk/VYX8TW/)<br/>🎥`):
    /// a talk per cell, when most cells are such links, their addresses
    /// sharing a talk's word (`talk/`, `sessions/`), and titled by two
    /// words or more.
    fn track_column_entries(&self, t: &Table, words: &[Vec<String>]) -> Vec<Entry> {
        let cols: Vec<usize> = (0..words.len())
            .filter(|&c| t.header.get(c).is_some_and(|h| !h.trim().is_empty()))
            .collect();
        if cols.len() < 2 || cols.len() != words.len() || t.rows.is_empty() {
            return Vec::new();
        }
        // (The segment of each cell's one link's address that names a
        // talk: `talk/`, `sessions/`.)
        let mut heads: Vec<&str> = Vec::new();
        let mut cells = 0;
        for row in &t.rows {
            for cell in &row.cells {
                if cell.text.trim().is_empty() {
                    continue;
                }
                cells += 1;
                let links: Vec<_> = self
                    .links_in(cell.range.clone())
                    .filter(|l| !l.image && l.text.split_whitespace().count() >= 2)
                    .collect();
                if let [l] = links.as_slice() {
                    let path = l.dest.split_once("://").map_or(l.dest.as_ref(), |(_, r)| {
                        r.split_once('/').map_or("", |x| x.1)
                    });
                    // (A path with a talk's word in it: `talk/VYX8TW/`,
                    // `2019/sessions/…`; not `docs/install.md`, an
                    // organisation's repositories, `speakers/…`.)
                    if let Some(head) = path.split('/').find(|seg| {
                        matches!(
                            seg.to_ascii_lowercase().as_str(),
                            "talk"
                                | "talks"
                                | "session"
                                | "sessions"
                                | "event"
                                | "events"
                                | "presentation"
                                | "presentations"
                                | "vortrag"
                                | "vortraege"
                                | "charla"
                                | "charlas"
                                | "contribution"
                                | "contributions"
                        )
                    }) {
                        heads.push(head);
                    }
                }
            }
        }
        let Some(common) = heads.first().copied() else {
            return Vec::new();
        };
        let same = heads.iter().filter(|&&h| h == common).count();
        if cells < 4 || same * 5 < cells * 4 {
            return Vec::new();
        }
        self.cell_entries(t, &cols)
    }
}

#[cfg(test)]
mod tests {
    use super::is_track_header;

    fn w(s: &str) -> Vec<String> {
        super::super::table_headers::header_words(s)
    }

    #[test]
    fn track_headers() {
        for h in [
            "Track1",
            "Track 2",
            "Room A",
            "Main Stage",
            "会場B",
            "トラック1",
        ] {
            assert!(is_track_header(&w(h)), "{h}");
        }
        for h in [
            "Title",
            "Speaker",
            "Trackers we like",
            "Roomba vacuum cleaner tips",
        ] {
            assert!(!is_track_header(&w(h)), "{h}");
        }
    }
}
