//! What a file's opening says it is about: an event (its front matter
//! title, first heading or first line names one: `PyCon 2019`, `GDC
//! Day3`, `Notes from Django-con europe`), or one talk (a title naming a
//! keynote, a speaker line before the first heading, a talk's front
//! matter keys). Used by the file parser and the features.

use crate::frontmatter::{self, Block};

use super::days;
use super::file::FileParser;
use super::headings::{self};
use super::scan_records::Heading;

impl FileParser<'_> {
    /// Whether the file's opening makes it one talk's notes: a front
    /// matter title that names no event (`Google I/O 2011 - 1st day
    /// Keynote` names a keynote), or a speaker line before the first
    /// heading (`David Copeland` / `@davetron5000` under the talk's title).
    pub(super) fn opening_names_one_talk(
        &self,
        start: usize,
        headings: &[Heading],
        title: Option<&str>,
    ) -> bool {
        if let Some(t) = title
            && !title_names_event(t)
        {
            return true;
        }
        // (Past front matter the file could not read: `Title:` and
        // `Tags:` are no speaker lines.)
        let start = match frontmatter::find(self.text) {
            Block::Found { body, .. } => start.max(body),
            _ => start,
        };
        let end = headings.first().map_or(self.text.len(), |h| h.range.start);
        self.text
            .get(start..end.max(start))
            .unwrap_or("")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(12)
            // (A short line: not a sentence of the author's, `GDC第三天，
            // 今天主要集中在后端相关技术。`)
            .any(|l| {
                l.starts_with('@')
                    || (l.chars().count() <= 60
                        && !l.ends_with(['.', '。', '!', '?', '！', '？'])
                        && super::speaker_lines::speaker_line(
                            l,
                            super::speaker_lines::Position::First,
                        )
                        .is_some())
            })
    }
}

/// Whether front matter describes one talk by itself: a recording or a
/// talk title key (`video_url`, `youtube`, `talk_title`...).
pub(super) fn fm_names_one_talk(fm: &frontmatter::FrontMatter) -> bool {
    fm.text(&[
        "video_url",
        "youtube",
        "youtube_id",
        "recording",
        "talk_title",
        "speaker_talk_title",
        "session_title",
    ])
    .is_some()
}

/// Whether a title or a first line names an event: a year or an event's
/// name (see [`headings::is_event`]), a day of one, or a word events are
/// named with (`conf`, `summit`, `meetup`, `talks`, `-con`, `Con'18`).
pub(super) fn names_event_loosely(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    headings::is_event(t)
        || title_names_event(t)
        || t.split([':', '|', '-', '–', '—', '(', ','])
            .any(|p| headings::is_event(p.trim()))
        || [
            "conf",
            "summit",
            "meetup",
            "talks",
            "sessions",
            "camp",
            "kaigi",
            "devfest",
            "fosdem",
            "con'",
            "con ",
            "-con",
            "symposium",
            "workshop",
            "convention",
            "勉強会",
            "カンファレンス",
            "대회",
            "컨퍼런스",
            "大会",
            "峰会",
            "konferenz",
            "lightning demos",
            "lt会",
            "jornadas",
            "congreso",
        ]
        .iter()
        .any(|w| lower.contains(w))
        || lower.ends_with("con")
        // (`UNTIL. LT #0x05`: a lightning-talk night.)
        || lower.split_whitespace().any(|w| w == "lt")
}

/// Whether a front matter title names an event, or a day of one, and no
/// single talk: a year (`Attending NeurIPS 2019`), an event's name, a day
/// (`GDC Day3：游戏调试及服务器技术`), and no `keynote`, `talk`, `session`
/// or `workshop` (`Google I/O 2011 - 1st day Keynote` is one keynote).
pub(super) fn title_names_event(t: &str) -> bool {
    let year = super::util::has_year(t);
    let lower = t.to_lowercase();
    let eventish = headings::is_event(t)
        || year
        // (`Day3`, `day 2`: a day of an event.)
        || lower
            .match_indices("day")
            .any(|(k, _)| lower[k + 3..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
        || t.split([':', '：', '|', '-', '–'])
            .any(|p| headings::is_event(p.trim()) || days::is_day(&headings::norm(p)))
        // (`第十届中国R会议（兰州）`: a conference, in Chinese or Japanese.)
        || ["会议", "大会", "峰会", "カンファレンス", "컨퍼런스"]
            .iter()
            .any(|w| t.contains(w));
    eventish
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "keynote" | "talk" | "session" | "workshop"))
}

/// Whether the file says it is about an event: its front matter title or
/// first heading names one (`PyTennessee 2015`), or a heading names the
/// talks (`# Keynotes`).
pub(super) fn names_the_event(title: Option<&str>, headings: &[Heading]) -> bool {
    title.is_some_and(title_names_event)
        || headings.first().is_some_and(|h| title_names_event(&h.text))
        || headings.iter().any(|h| headings::names_talk_list(&h.norm))
}
