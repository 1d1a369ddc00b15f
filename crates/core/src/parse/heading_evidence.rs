//! The evidence in a heading's first lines that it is a talk: a recording
//! linked (or a camera before a link, a video's address alone, a video
//! shortcode), a link to the talk's page on the event's site, a speaker
//! line, a line giving the talk's title. Used by [`super::features`].

use std::ops::Range;

use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::speaker_keys;
use super::speaker_lines;

impl FileParser<'_> {
    /// Whether a recording is linked in `range`: a link labelled as one
    /// (`Recording`, `Video`, an emoji like 📹), or to a video host.
    pub(super) fn recording_near(&self, range: Range<usize>) -> bool {
        self.links_in(range.clone()).any(|l| {
            !l.image
                && (link_labels::is_recording_label(&l.text)
                    || link_labels::is_video_url(&l.dest)
                    || {
                        let before = &self.text[..l.range.start];
                        link_labels::camera_before(
                            &before[before.rfind('\n').map_or(0, |k| k + 1)..],
                        )
                    })
        }) || self.text.get(range).is_some_and(|t| {
            // A video's address alone on a line (`https://youtu.be/…`).
            (memchr::memmem::find(t.as_bytes(), b"http").is_some()
                && t.lines().any(|l| link_labels::bare_video_url(l).is_some()))
                // A video's shortcode on a line (`{{< youtube 5lPa2U239C4 >}}`).
                || (memchr::memchr(b'{', t.as_bytes()).is_some()
                    && t.lines()
                        .any(|l| super::video::shortcode_embed(l.trim_start()).is_some()))
        })
    }

    /// Whether a video player is embedded in `range` (`<iframe
    /// src=…youtube.com/embed/…>`, also inside a `<div>` wrapper).
    pub(super) fn player_near(&self, range: Range<usize>) -> bool {
        let a = self.scan.embeds.partition_point(|e| e.offset < range.start);
        self.scan
            .embeds
            .get(a)
            .is_some_and(|e| e.offset < range.end)
    }

    /// Whether a link in the heading's notes goes to a page named after
    /// the heading: the talk's page on the event's site
    /// (`### Mots à maux - comment le langage…` over `[Accéder à la
    /// présentation](https://www.paris-web.fr/2024/conference/mots-a-maux-
    /// comment-le-langage-…)`). The heading's letters, without accents,
    /// are the address's last part's, twelve or more.
    pub(super) fn page_named_like(&self, heading: &str, range: Range<usize>) -> bool {
        let key = super::util::folded_letters(&markers::plain_inline(heading));
        key.len() >= 12
            && self.links_in(range).any(|l| {
                let path = l.dest.split(['?', '#']).next().unwrap_or("");
                !l.image
                    && path.starts_with("http")
                    && !link_labels::is_video_url(&l.dest)
                    && path
                        .trim_end_matches('/')
                        .rsplit('/')
                        .next()
                        .is_some_and(|last| {
                            super::util::folded_letters(last.trim_end_matches(".html")) == key
                        })
            })
    }

    /// Whether a line among the first under the heading (past images
    /// and list items) is only a link to a talk's page (see
    /// `talk_pages::is_talk_page`), maybe as a list item or with a stop
    /// after it: `[Link to the talk](https://fosdem.org/2023/schedule/
    /// event/…).`, `- [https://2023.pycon.kr/session/47](…)`. (Not a link
    /// inside a sentence, nor one under a paragraph of its own: `**Title**`
    /// over `[Session page](…)` names the talk the heading holds.)
    pub(super) fn talk_page_under(&self, range: Range<usize>) -> bool {
        // (Most notes have no link in their first lines: one look first.)
        if self
            .links_in(range.start..range.end.min(range.start + 800))
            .next()
            .is_none()
        {
            return false;
        }
        let mut at = range.start;
        for _ in 0..5 {
            if at >= range.end {
                return false;
            }
            let end = super::util::line_end(self.text, at, range.end);
            let line = self.text.get(at..end).unwrap_or("");
            let t = line.trim();
            let item = markers::strip_any_list_marker(t);
            let is_item = item.len() < t.len();
            let indent = line.len() - line.trim_start().len();
            let start = at + indent + (t.len() - item.len());
            if let Some(l) = self.links_in(start..end).next()
                && !l.image
                && l.range.start == start
                && self
                    .text
                    .get(l.range.end..end)
                    .is_some_and(|rest| rest.trim().trim_end_matches('.').is_empty())
            {
                return super::talk_pages::is_talk_page(&l.dest);
            }
            if !(t.is_empty() || is_item || item.starts_with("![")) {
                return false;
            }
            at = end + 1;
        }
        false
    }

    /// Whether a speaker line is among the first lines in `range` (see
    /// `markers::speaker_line`).
    pub(super) fn speaker_line_follows(&self, range: Range<usize>) -> bool {
        if self.speaker_table_at(&range).is_some() {
            return true;
        }
        // (A table of talks under the heading, `Name | Title` over rows of
        // people and titles, holds talks: its rows are no speaker lines.)
        if self.talk_table_first_in(&range) {
            return false;
        }
        let Some(body) = self.text.get(range) else {
            return false;
        };
        let mut label = false;
        body.lines()
            .filter(|l| !l.trim().is_empty() && !markers::is_directive_line(l))
            .take(6)
            // (`- ~ 15:15 Title` over `    + 讲师: 胡阳`: a nested item's
            // keyed speaker line is that item's talk's. An item is nested
            // when an item before it is less indented.)
            .filter({
                let mut outer: Option<usize> = None;
                move |l: &&str| {
                    let t = l.trim_start();
                    if markers::strip_any_list_marker(t).len() == t.len() {
                        return true;
                    }
                    let indent = l.len() - t.len();
                    match outer {
                        Some(o) if indent > o => {
                            let item = markers::strip_any_list_marker(t);
                            !markers::key_line(item)
                                .is_some_and(|(k, _)| speaker_keys::is_speaker_key(&k))
                        }
                        _ => {
                            outer = Some(indent);
                            true
                        }
                    }
                }
            })
            .enumerate()
            .any(|(i, l)| {
                // `**Diễn giả:**` over `- Phạm Tiến Thuận Phát`: a speaker
                // label, then a list of people.
                if std::mem::take(&mut label) && speaker_keys::listed_people(l).is_some() {
                    return true;
                }
                if speaker_keys::speaker_label(l) {
                    label = true;
                    return false;
                }
                let at = match i {
                    0 => speaker_lines::Position::First,
                    1 | 2 => speaker_lines::Position::Near,
                    _ => speaker_lines::Position::Far,
                };
                speaker_lines::speaker_line(l, at).is_some()
            })
    }

    /// Whether a heading that names people (`### Thomas WENTZ
    /// (Speredia)`) is over their talk's title in bold, past photos:
    /// `![Photo09](…)` then `**A.I. Act : vers la régulation …**`; or
    /// over its title then its links (`The Scientist and the engineer:
    /// [slides](…)`).
    pub(super) fn people_over_bold_title(&self, heading: &str, range: Range<usize>) -> bool {
        let Some(body) = self.text.get(range) else {
            return false;
        };
        let first = body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !markers::is_photo_line(l));
        let bold = first
            .and_then(|l| {
                super::paragraph_lines::whole_bold(l)
                    .or_else(|| super::paragraph_lines::titled_links(l))
            })
            // (Not `**Community Lead**` under an organiser's name.)
            .is_some_and(|b| b.split_whitespace().count() >= 3 && !names_job(b));
        bold && heading_names_people(heading)
    }

    /// Whether one of the first four lines under a heading gives the
    /// session's title (`__Topic__: Title`, `Title: ...`): the heading
    /// names a slot (`## Talk 2`, `## Keynote-Speaker`), the line the talk.
    pub(super) fn title_line_follows(&self, range: Range<usize>) -> bool {
        let Some(body) = self.text.get(range) else {
            return false;
        };
        body.lines()
            .filter(|l| !l.trim().is_empty())
            .take(4)
            .any(|l| markers::key_line(l).is_some_and(|(k, v)| markers::is_title_line(&k, v)))
    }
}

/// Whether a bold line under a person's name is their job, not a talk.
pub(super) fn names_job(b: &str) -> bool {
    super::orgs_and_jobs::is_job_title(b) || super::orgs_and_jobs::is_role(b)
}

/// Whether a heading is only people (`Julien PERRON & Victor KLÖTZER
/// (Ouest France)`): a known given name among them, each of two words or
/// more, all capitalised.
pub(super) fn heading_names_people(heading: &str) -> bool {
    let refs = super::speakers::parse_speakers(heading.trim());
    super::speakers::convincing(&refs)
        && refs.iter().all(|r| {
            super::names::is_person(&r.name, true)
                && r.name.contains(' ')
                && !r
                    .name
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase))
        })
}
