//! A file that is one session, described by its front matter (Jekyll,
//! Hugo, Obsidian, conference websites): the keys each kind of site uses
//! for the same thing are read alike (`speakers`, `presenters`,
//! `speaker_name_full`; `video_url`, `youtube`, `recording`), and speakers
//! come from strings, lists of strings, slugs (`damien-burks`) or lists of
//! mappings (`- name: … affiliation: …`).

use crate::frontmatter::{FrontMatter, Value};
use crate::model::{Link, Section};
use crate::render::{UrlKind, classify_url};

use super::builder::*;
use super::embeds::video_page;
use super::file::*;
use super::headings;
use super::markers;
use super::orgs_and_jobs;
use super::scan_records::Heading;
use super::speakers::{self, SpeakerRef, parse_one_speaker};
use super::util::*;

/// Keys of the session's title, best first: a talk title beats a page
/// title (`OpenSearchCon 2024 Session: …`).
const TITLE_KEYS: &[&str] = &[
    "talk_title",
    "speaker_talk_title",
    "session_title",
    "primary_title",
    "title",
    "name",
];

/// Keys of the speakers.
pub(super) const SPEAKER_KEYS: &[&str] = &[
    "speakers",
    "speaker",
    "presenters",
    "presenter",
    "speaker_name_full",
    "speaker_name",
    "speaker_names",
    "panelists",
];

/// Keys of the event.
const EVENT_KEYS: &[&str] = &["event", "conference", "conf", "event_name", "meetup"];

/// Keys of links, with their label. A YouTube or Vimeo id alone (no URL)
/// becomes the video's page.
const LINK_KEYS: &[(&str, &str)] = &[
    ("recording", "Recording"),
    ("recording_url", "Recording"),
    ("video_url", "Recording"),
    ("video", "Video"),
    ("youtube", "YouTube"),
    ("youtube_id", "YouTube"),
    ("youtube_url", "YouTube"),
    ("vimeo", "Vimeo"),
    ("vimeo_id", "Vimeo"),
    ("video_id", "YouTube"),
    ("slides", "Slides"),
    ("slides_url", "Slides"),
    ("speakerdeck", "Slides"),
    ("slideshare", "Slides"),
    ("url", "Link"),
    ("link", "Link"),
    ("source", "Link"),
];

/// Keys of themes.
const THEME_KEYS: &[&str] = &["themes", "tags", "categories", "topics", "keywords"];

/// Keys read from the front matter (any others are listed in one
/// warning, in case one of them was meant).
const USED_KEYS: &[&str] = &[
    "track",
    "session_track",
    "date",
    "talk_date",
    "day",
    "language",
    "lang",
    "resources",
    "session_level",
    "confnotes_session_level",
];

/// Keys of pages that are never about the session (no warning).
const IGNORED_KEYS: &[&str] = &[
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
    "abstract",
    "bio",
    "avatar",
    "menu",
    "sidebar",
];

/// The URL of a link value: a URL, or a bare video id for `youtube*` and
/// `vimeo*` keys.
fn link_url(key: &str, v: &str) -> Option<String> {
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    if v.contains(':') || v.starts_with('/') || v.starts_with('#') {
        return Some(v.to_string());
    }
    let id_ok = v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if id_ok && (key.starts_with("youtube") || key == "video_id") {
        return Some(format!("https://www.youtube.com/watch?v={v}"));
    }
    if id_ok && key.starts_with("vimeo") {
        return Some(format!("https://vimeo.com/{v}"));
    }
    // A relative file (slides next to the notes).
    (v.contains('.') || v.contains('/')).then(|| v.to_string())
}

/// A speaker from a list item: a string (`Name (Org)`, `Name, Org`, a
/// slug `jane-doe`) or a mapping (`name`/`full_name`, `first_name` +
/// `last_name`; org from `company`, `affiliation`, `organization`...).
pub(super) fn speaker_of(v: &Value) -> Option<SpeakerRef> {
    match v {
        Value::Str(s) => parse_one_speaker(&unslug(s)),
        Value::Map(_) => {
            let name = match v.get_str(&["name", "full_name", "fullname", "display_name", "title"])
            {
                Some(n) => n.to_string(),
                None => {
                    let first = v.get_str(&["first_name", "firstname", "given_name"])?;
                    match v.get_str(&["last_name", "lastname", "family_name", "surname"]) {
                        Some(last) => format!("{first} {last}"),
                        None => first.to_string(),
                    }
                }
            };
            let org = v
                .get_str(&[
                    "affiliation",
                    "company",
                    "organization",
                    "organisation",
                    "org",
                    "employer",
                    "company_name",
                ])
                .map(str::to_string);
            let mut r = parse_one_speaker(&name)?;
            if r.org.is_none() {
                r.org = org;
            }
            Some(r)
        }
        _ => None,
    }
}

/// `damien-burks` as `Damien Burks`: a slug of a name (lowercase words
/// joined by `-`, no spaces) is spelled out; anything else is kept.
pub(super) fn unslug(s: &str) -> String {
    let t = s.trim();
    if !t.contains(' ')
        && t.contains('-')
        && t.chars()
            .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
    {
        super::util::capitalise_words(t, |c| c == '-')
    } else {
        t.to_string()
    }
}

impl<'a> FileParser<'a> {
    /// A one-session file with front matter.
    pub(super) fn session_file(
        &mut self,
        fm: &FrontMatter,
        body_start: usize,
        headings: &[Heading],
    ) -> FileOut {
        let unused: Vec<&str> = fm
            .entries
            .iter()
            .map(|e| e.key.as_str())
            .filter(|k| {
                let k = k.to_ascii_lowercase();
                let k = k.as_str();
                !TITLE_KEYS.contains(&k)
                    && !SPEAKER_KEYS.contains(&k)
                    && !EVENT_KEYS.contains(&k)
                    && !LINK_KEYS.iter().any(|(l, _)| *l == k)
                    && !THEME_KEYS.contains(&k)
                    && !USED_KEYS.contains(&k)
                    && !IGNORED_KEYS.contains(&k)
            })
            .collect();
        if !unused.is_empty() {
            let line = fm.entries.first().map_or(1, |e| e.line);
            self.warn(
                line,
                format!(
                    "front matter key{} {} not used (the speakers are read from `speakers`, the recording from `video_url`, `youtube` or `recording`, the conference from `event`)",
                    if unused.len() == 1 { "" } else { "s" },
                    unused
                        .iter()
                        .map(|k| format!("`{}`", show_target(k)))
                        .collect::<Vec<_>>()
                        .join(", ")
                        + if unused.len() == 1 { " is" } else { " are" }
                ),
            );
        }
        let mut start = body_start;
        let mut heuristics = false;
        let title = match fm.text(TITLE_KEYS) {
            Some(t) => {
                // A `# Title` repeating the front matter title is not notes.
                if let Some(h) = headings.first()
                    && h.level == 1
                    && trim_blank_lines(&self.text[body_start..h.range.start]).is_empty()
                    && (h.text.eq_ignore_ascii_case(t.trim()) || t.contains(h.text.as_str()))
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
                    self.warn_fix(
                        1,
                        format!("front matter has no `title`: the session is named `{stem}` after the file"),
                        "Add `title: The talk's title` to the front matter",
                    );
                    stem
                }
            },
        };
        // `Notes from GTC'25: CUDA Techniques to…`: the notes' own title,
        // then the talk's after the colon.
        let title = match title.split_once(": ") {
            Some((notes, talk))
                if ["notes from ", "my notes from ", "notes on ", "notes of "]
                    .iter()
                    .any(|p| notes.to_lowercase().starts_with(p))
                    && talk.split_whitespace().count() >= 2 =>
            {
                talk.trim().to_string()
            }
            _ => title,
        };
        let mut parts = headings::parts(&title);
        let conf_title = match fm.text(EVENT_KEYS) {
            Some(e) => e,
            None => self.conference_from_path(true),
        };
        let mut speakers: Vec<SpeakerRef> = Vec::new();
        if let Some(e) = fm.get(SPEAKER_KEYS) {
            match &e.value {
                Value::Str(s) => speakers.extend(speakers::parse_speakers_plural(&unslug(s))),
                Value::List(items) => speakers.extend(items.iter().filter_map(speaker_of)),
                v @ Value::Map(_) => speakers.extend(speaker_of(v)),
                Value::Null => {}
            }
        }
        // `title: "Talk by Jane Doe"`: the title names its speakers.
        if let Some(sp) = parts.speakers.take()
            && speakers.is_empty()
        {
            speakers = speakers::parse_speakers(&sp);
        }
        speakers.retain(|r| !orgs_and_jobs::is_org(&r.name));
        let mut explicit = Vec::new();
        for key in THEME_KEYS {
            if let Some(e) = fm.get(&[key]) {
                match &e.value {
                    Value::Str(s) => explicit.extend(markers::split_tags(s)),
                    Value::List(_) => explicit.extend(
                        e.value
                            .items()
                            .iter()
                            .map(|s| s.trim().trim_start_matches('#').to_string()),
                    ),
                    _ => {}
                }
            }
        }
        let mut links = Vec::new();
        for (key, label) in LINK_KEYS {
            if let Some(e) = fm.get(&[key]) {
                for v in e.value.items() {
                    let Some(url) = link_url(key, v) else {
                        continue;
                    };
                    if classify_url(&url) == UrlKind::Unsafe {
                        self.warn_fix(
                            e.line,
                            format!(
                                "link target `{}` is not http(s), mailto, relative or a fragment; it is left out",
                                show_target(&url)
                            ),
                            "Give an http(s) address, or remove the key",
                        );
                        continue;
                    }
                    let label = match video_page(&url) {
                        Some((_, host)) if *label == "Link" || *label == "Video" => host,
                        _ => label,
                    };
                    links.push(Link {
                        label: label.into(),
                        url,
                    });
                }
            }
        }
        // `resources: internet_archive_identifier: …` (SeaGL, OSEM).
        if let Some(id) = fm.get(&["resources"]).and_then(|e| {
            e.value
                .get_str(&["internet_archive_identifier", "archive_id"])
        }) {
            links.push(Link {
                label: "Internet Archive".into(),
                url: format!("https://archive.org/details/{id}"),
            });
        }
        let b = self.body(start..self.text.len(), heuristics);
        speakers.extend(b.speakers);
        explicit.extend(b.explicit);
        links.extend(b.links);
        if speakers.is_empty() {
            self.warn_fix(
                1,
                "session has no speakers (no `speakers` in the front matter, no `Speaker:` line)"
                    .into(),
                "Add `speakers: [Name]` to the front matter",
            );
        }
        let language = fm
            .text(&["language", "lang"])
            .map(|l| {
                if l.len() <= 5 {
                    l.to_ascii_uppercase()
                } else {
                    l
                }
            })
            .or(parts.language);
        let track = fm.text(&["track", "session_track"]);
        let day = fm.text(&["day"]);
        let date = fm.text(&["date", "talk_date"]);
        let session = self.draft(parts.title, speakers, explicit, links, b.markdown, 1, |s| {
            s.track = track;
            s.day = day;
            s.date = date;
            s.language = language;
            s.kind = parts.kind;
        });
        self.explain.push(crate::model::OutlineItem {
            line: 1,
            depth: 0,
            what: "front matter",
            text: session.title.clone(),
            role: "session",
            why: "the front matter describes one talk (a title, and speakers or no talk headings below)".into(),
        });
        FileOut {
            conf_title,
            sessions: vec![session],
            sections: Vec::<Section>::new(),
            ..FileOut::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_ids() {
        assert_eq!(unslug("damien-burks"), "Damien Burks");
        assert_eq!(unslug("Jane Doe"), "Jane Doe");
        assert_eq!(
            link_url("youtube", "xPvfD-gsuo4").as_deref(),
            Some("https://www.youtube.com/watch?v=xPvfD-gsuo4")
        );
        assert_eq!(link_url("vimeo", ""), None);
        assert_eq!(
            link_url("vimeo_id", "123").as_deref(),
            Some("https://vimeo.com/123")
        );
        assert_eq!(link_url("slides", "deck.pdf").as_deref(), Some("deck.pdf"));
    }

    #[test]
    fn speakers_from_mappings() {
        let m = Value::Map(vec![
            ("name".into(), Value::Str("Aaron Wolf".into())),
            ("affiliation".into(), Value::Str("Snowdrift.coop".into())),
        ]);
        let r = speaker_of(&m).unwrap();
        assert_eq!(
            (r.name.as_str(), r.org.as_deref()),
            ("Aaron Wolf", Some("Snowdrift.coop"))
        );
        let m = Value::Map(vec![
            ("first_name".into(), Value::Str("Ada".into())),
            ("last_name".into(), Value::Str("Lovelace".into())),
        ]);
        assert_eq!(speaker_of(&m).unwrap().name, "Ada Lovelace");
    }
}
