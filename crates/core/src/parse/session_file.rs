//! A file that is one session, described by its front matter.

use crate::frontmatter::{FrontMatter, Value};
use crate::model::Link;
use crate::render::{UrlKind, classify_url};

use super::builder::*;
use super::file::*;
use super::headings::{self};
use super::markers;
use super::scan::Heading;
use super::speakers::{self, parse_one_speaker};
use super::util::*;

/// Front matter keys that a session file may carry without the parser
/// using them (no warning).
pub(super) const IGNORED_KEYS: &[&str] = &[
    "layout",
    "author",
    "authors",
    "permalink",
    "draft",
    "description",
    "summary",
    "excerpt",
    "slug",
    "id",
    "published",
    "image",
    "cover",
    "toc",
    "weight",
    "aliases",
    "lastmod",
    "type",
    "location",
    "city",
    "time",
    "room",
];

/// Front matter keys the parser uses.
pub(super) const USED_KEYS: &[&str] = &[
    "title",
    "speakers",
    "speaker",
    "presenters",
    "presenter",
    "themes",
    "tags",
    "categories",
    "topics",
    "track",
    "event",
    "conference",
    "date",
    "day",
    "language",
    "lang",
    "recording",
    "video",
    "url",
    "link",
    "slides",
];

impl<'a> FileParser<'a> {
    /// A one-session file with front matter.
    pub(super) fn session_file(
        &mut self,
        fm: &FrontMatter,
        body_start: usize,
        headings: &[Heading],
    ) -> FileOut {
        for e in &fm.entries {
            let k = e.key.to_ascii_lowercase();
            if !USED_KEYS.contains(&k.as_str()) && !IGNORED_KEYS.contains(&k.as_str()) {
                self.warn(
                    e.line,
                    format!("front matter key `{}` is not used", show_target(&e.key)),
                );
            }
        }
        let one = |keys: &[&str]| {
            fm.get(keys)
                .map(|e| e.value.items().join(", "))
                .filter(|s| !s.trim().is_empty())
        };
        let mut start = body_start;
        let mut heuristics = false;
        let title = match one(&["title"]) {
            Some(t) => {
                // A `# Title` repeating the front matter title is not notes.
                if let Some(h) = headings.first()
                    && h.level == 1
                    && h.text.eq_ignore_ascii_case(t.trim())
                    && trim_blank_lines(&self.text[body_start..h.range.start]).is_empty()
                {
                    start = h.range.end;
                    heuristics = true;
                }
                t
            }
            None => match headings.first() {
                Some(h)
                    if h.level == 1
                        && trim_blank_lines(&self.text[body_start..h.range.start]).is_empty() =>
                {
                    start = h.range.end;
                    heuristics = true;
                    h.text.clone()
                }
                _ => {
                    let stem = file_stem(self.path).to_string();
                    self.warn(1, format!("front matter has no `title`: the session is named `{stem}` after the file"));
                    stem
                }
            },
        };
        let parts = headings::parts(&title);
        let conf_title = match one(&["event", "conference"]) {
            Some(e) => e,
            None => {
                let (name, from) = match folder_name(self.path) {
                    Some(f) => (f.to_string(), "folder"),
                    None => (file_stem(self.path).to_string(), "file"),
                };
                self.warn(
                    1,
                    format!("front matter has no `event`: the session is grouped under conference `{name}`, after its {from}"),
                );
                name
            }
        };
        let mut speakers = Vec::new();
        if let Some(e) = fm.get(&["speakers", "speaker", "presenters", "presenter"]) {
            match &e.value {
                Value::Str(s) => speakers.extend(speakers::parse_speakers_plural(s)),
                Value::List(items) => {
                    speakers.extend(items.iter().filter_map(|s| parse_one_speaker(s)))
                }
                Value::Null => {}
            }
        }
        let mut explicit = Vec::new();
        for key in ["themes", "tags", "categories", "topics"] {
            if let Some(e) = fm.get(&[key]) {
                match &e.value {
                    Value::Str(s) => explicit.extend(markers::split_tags(s)),
                    Value::List(items) => explicit.extend(
                        items
                            .iter()
                            .map(|s| s.trim().trim_start_matches('#').to_string()),
                    ),
                    Value::Null => {}
                }
            }
        }
        let mut links = Vec::new();
        for (key, label) in [
            ("recording", "Recording"),
            ("video", "Video"),
            ("slides", "Slides"),
            ("url", "Link"),
            ("link", "Link"),
        ] {
            if let Some(e) = fm.get(&[key]) {
                for url in e.value.items() {
                    if classify_url(url) == UrlKind::Unsafe {
                        self.warn(
                            e.line,
                            format!(
                                "link target `{}` is not http(s), mailto, relative or a fragment; it is shown as text",
                                show_target(url)
                            ),
                        );
                    }
                    links.push(Link {
                        label: label.into(),
                        url: url.to_string(),
                    });
                }
            }
        }
        let b = self.body(start..self.text.len(), heuristics);
        speakers.extend(b.speakers);
        explicit.extend(b.explicit);
        links.extend(b.links);
        if speakers.is_empty() {
            self.warn(
                1,
                "session has no speakers (no `speakers` in the front matter, no `Speaker:` line)"
                    .into(),
            );
        }
        let language = one(&["language", "lang"])
            .map(|l| {
                if l.len() <= 5 {
                    l.to_ascii_uppercase()
                } else {
                    l
                }
            })
            .or(parts.language);
        let session = self.draft(parts.title, speakers, explicit, links, b.markdown, 1, |s| {
            s.track = one(&["track"]);
            s.day = one(&["day"]);
            s.date = one(&["date"]);
            s.language = language;
        });
        FileOut {
            conf_title,
            sessions: vec![session],
            ..FileOut::default()
        }
    }
}
