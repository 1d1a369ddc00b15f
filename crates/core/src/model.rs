//! The Library: everything the notes say, as plain data.
//!
//! Cross-references are indices into the `Library`'s vectors (`conference`,
//! `speaker`, `theme`, ...), never pointers, so a Library is cheap to build,
//! to clone and to compare. Every entity also has a stable string `id` (a
//! slug) that the URL and the reader's data use; indices are not stable
//! across builds, ids are.

/// Where notes files opened in the reader's browser live, as paths: the
/// app names each such file `opened/<its name>`, bundled ones live under
/// `notes/`. The Source facet and the "opened here" marks read it.
pub const OPENED_DIR: &str = "opened/";

/// True when the file at `path` was opened in this browser (not shipped
/// with the site); see [`OPENED_DIR`].
pub fn is_opened_path(path: &str) -> bool {
    path.starts_with(OPENED_DIR)
}

/// One Markdown file handed to the parser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path as the author sees it, e.g. `notes/kubecon-2021.md`. Used in
    /// diagnostics and to resolve relative image and link targets.
    pub path: String,
    /// The file's text. The caller decodes it (invalid UTF-8 is the caller's
    /// error to report, naming the file).
    pub text: String,
}

/// Everything parsed from a set of notes files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    /// Sorted by title (case-insensitive), ids unique.
    pub conferences: Vec<Conference>,
    /// Grouped by conference (in `conferences` order), then in the order the
    /// notes give them (file path, then line). `Conference::sessions` holds
    /// the same indices.
    pub sessions: Vec<Session>,
    /// Sorted by name (case-insensitive), ids unique.
    pub speakers: Vec<Speaker>,
    /// Sorted by name (case-insensitive), ids unique.
    pub orgs: Vec<Org>,
    /// Sorted by name (case-insensitive), ids unique. Themes of the same name
    /// in several conferences are one theme.
    pub themes: Vec<Theme>,
    /// Sorted by file, then line.
    pub diagnostics: Vec<Diagnostic>,
    /// What the parser made of each file's headings, table rows and list
    /// items, with the evidence (`notes-check --explain`), in file order.
    pub outlines: Vec<FileOutline>,
}

impl Library {
    /// A session's speakers as one line of text, each with the org they
    /// spoke for: `Jane Doe (Acme), John Roe`.
    pub fn speakers_line(&self, s: &Session) -> String {
        s.speakers
            .iter()
            .filter_map(|sp| {
                let name = &self.speakers.get(sp.speaker)?.name;
                Some(match sp.org.and_then(|o| self.orgs.get(o)) {
                    Some(org) => format!("{name} ({})", org.name),
                    None => name.clone(),
                })
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `sessions` (indices into `sessions`, in list order; unknown ones
    /// skipped), each with the heading of its group when it starts one: a
    /// new conference, or a new day within it.
    pub fn with_group_headings(
        &self,
        sessions: impl IntoIterator<Item = usize>,
    ) -> Vec<(usize, Option<String>)> {
        let mut last: Option<(usize, Option<&str>)> = None;
        sessions
            .into_iter()
            .filter_map(|i| {
                let s = self.sessions.get(i)?;
                let group = (s.conference, s.day.as_deref());
                let heading = (last != Some(group)).then(|| self.group_heading(s));
                last = Some(group);
                Some((i, heading))
            })
            .collect()
    }

    /// The heading of a session's group in a list: its conference, and its
    /// day where the notes give one (`KubeCon 2021 · Day 1`).
    pub fn group_heading(&self, s: &Session) -> String {
        let conf = self
            .conferences
            .get(s.conference)
            .map_or("", |c| c.title.as_str());
        match s.day.as_deref() {
            Some(day) => format!("{conf} · {day}"),
            None => conf.to_string(),
        }
    }
}

/// A conference: one `#` notes file, or the front-matter files of one event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conference {
    /// Slug of the title, e.g. `kubecon-2021`.
    pub id: String,
    pub title: String,
    /// The files it came from, in path order; the first is its main source.
    pub sources: Vec<String>,
    /// Date as the notes give it, when they do.
    pub date: Option<String>,
    /// Key Themes this conference names (indices into `Library::themes`), in
    /// the order the notes list them.
    pub themes: Vec<usize>,
    /// Everything that is not a session (preamble, Learning, Swag, ...), in
    /// order. Nothing from the notes is dropped.
    pub sections: Vec<Section>,
    /// Indices into `Library::sessions`, in order.
    pub sessions: Vec<usize>,
}

/// A part of a conference's notes that is not a session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// Heading text; empty for the preamble before the first `##`.
    pub title: String,
    /// Slug of the title, unique within the conference.
    pub id: String,
    pub file: String,
    /// 1-based line of the heading (or of the first line of the preamble).
    pub line: u32,
    /// The section's Markdown body, unrendered. Render with `render_markdown`.
    pub markdown: String,
}

/// One talk, keynote, workshop: the unit a reader filters, stars, annotates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Session {
    /// `conference-id/session-slug`, stable when sessions are reordered or
    /// their notes edited; duplicates get a deterministic `-2`, `-3` suffix.
    pub id: String,
    /// Index into `Library::conferences`.
    pub conference: usize,
    /// Title with ordinal prefixes (`3. `, `A. `) and language markers
    /// (`(EN)`) removed; commas, colons, inner hyphens, quotes kept.
    pub title: String,
    pub speakers: Vec<SessionSpeaker>,
    /// Themes from the notes, each with where it came from. Themes the reader
    /// assigns live in the reader's data, not here.
    pub themes: Vec<SessionTheme>,
    /// Recording, video, slides... in the order the notes give them.
    pub links: Vec<Link>,
    pub day: Option<String>,
    pub track: Option<String>,
    /// Language marker, e.g. `EN`, when the notes give one.
    pub language: Option<String>,
    /// The kind of session the notes name besides its title (`Keynote`,
    /// `Lightning talk`, `Workshop`), when they do.
    pub kind: Option<String>,
    pub date: Option<String>,
    pub file: String,
    /// 1-based line of the session's heading (or of the front matter).
    pub line: u32,
    /// The session's notes as Markdown: the body under the heading, with the
    /// lines the parser consumed as structure (speaker lines, front matter)
    /// removed. Render with `render_markdown`; the index searches it.
    pub markdown: String,
}

/// A speaker of one session, with the org they spoke for there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionSpeaker {
    /// Index into `Library::speakers`.
    pub speaker: usize,
    /// Index into `Library::orgs`.
    pub org: Option<usize>,
}

/// A theme linked to a session by the notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionTheme {
    /// Index into `Library::themes`.
    pub theme: usize,
    pub source: ThemeSource,
}

/// Why a theme is on a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThemeSource {
    /// The notes say so: a `Themes:`/`Tags:` line, a `#hashtag`, or front
    /// matter (`themes`, `tags`, `categories`). A `[[wiki link]]` is not a
    /// theme: it names a person or another note.
    Explicit,
    /// A Key Theme's name or alias occurs in the session's text.
    Matched,
    /// The reader assigned it (only ever produced from user data).
    Reader,
}

impl ThemeSource {
    /// The JSON/URL spelling: `explicit`, `matched`, `reader`.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeSource::Explicit => "explicit",
            ThemeSource::Matched => "matched",
            ThemeSource::Reader => "reader",
        }
    }
}

/// A labelled link of a session, e.g. `Recording`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A person who spoke, once however many sessions or files name them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speaker {
    /// Slug of the NFC-normalised name.
    pub id: String,
    pub name: String,
    /// Every org they spoke for (indices into `Library::orgs`), sorted.
    pub orgs: Vec<usize>,
    /// Indices into `Library::sessions`, in library order.
    pub sessions: Vec<usize>,
}

/// A company or organisation named after speakers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Org {
    pub id: String,
    pub name: String,
    /// Indices into `Library::speakers`, sorted.
    pub speakers: Vec<usize>,
    /// Indices into `Library::sessions`, in library order.
    pub sessions: Vec<usize>,
}

/// A theme: a Key Theme of some conference, or a tag some session carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    pub name: String,
    /// From `(DevX/devex)` in the Key Themes item.
    pub aliases: Vec<String>,
    /// The Key Themes description; empty for plain tags.
    pub description: String,
    /// Nested items under the Key Themes entry (links...), as Markdown.
    pub markdown: String,
    /// Conferences whose Key Themes name it (indices), sorted.
    pub conferences: Vec<usize>,
    /// Sessions linked to it by the notes (indices), in library order.
    pub sessions: Vec<usize>,
}

/// One heading, table row or list item of a file and what it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineItem {
    /// 1-based line.
    pub line: u32,
    /// The heading's level (1-6); 0 for table rows and list items.
    pub depth: u8,
    /// `heading`, `table row`, `list item`, `front matter`.
    pub what: &'static str,
    /// Its text.
    pub text: String,
    /// What it became: `conference`, `session`, `group`, `section`,
    /// `notes`, `key themes`, `ignored`...
    pub role: &'static str,
    /// Why.
    pub why: String,
}

impl OutlineItem {
    /// How the item starts in Markdown, to show beside its text: `##` for
    /// a heading of level 2, `|` for a table row, `-` for a list item, `“`
    /// for a title found in the text, `*` for anything else.
    pub fn marker(&self) -> String {
        match self.what {
            "heading" => "#".repeat(usize::from(self.depth.max(1))),
            "table row" => "|".to_string(),
            "list item" => "-".to_string(),
            "title in the text" => "“".to_string(),
            _ => "*".to_string(),
        }
    }
}

/// A file's outline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileOutline {
    pub file: String,
    pub items: Vec<OutlineItem>,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The notes parsed, but maybe not the way the author meant.
    Warning,
    /// Part of the input could not be used at all (e.g. invalid UTF-8).
    Error,
}

impl Severity {
    /// `warning` or `error`, as compilers print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Something the author should know about their notes, with file and line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based; 0 when the diagnostic is about the whole file.
    pub line: u32,
    pub severity: Severity,
    pub message: String,
    /// What the author can do about it, in one line, when there is an
    /// obvious fix (`Write it as Markdown, or put it in a code span`).
    /// Not part of [`Display`](std::fmt::Display).
    pub fix: Option<String>,
}

/// Like a compiler: `warning: notes/x.md:12: message`, and
/// `warning: notes/x.md: message` for a diagnostic about the whole file
/// (line 0).
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.severity.as_str(), self.file)?;
        if self.line != 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What a diagnostic is about, for the author's checker to link to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A session, by its id.
    Session(String),
    /// A conference, by its id, and the id of the section of its notes the
    /// diagnostic's line falls in, if any (the preamble has none).
    Conference {
        /// The conference's id.
        id: String,
        /// The section's id.
        section: Option<String>,
    },
}

/// Which session or conference (and section) `d` is about, from its file
/// and line.
///
/// Sessions and sections record the line of their heading (or table row,
/// list item, front matter); the outline records the file's other
/// headings. A line belongs to the last of these at or before it: a
/// session or a section, or the conference itself after its title, Key
/// Themes or a group heading (`## Day 1`), which end the session or section
/// before them. A heading that became a session's notes ends nothing. A
/// diagnostic about the whole file (line 0), or above every heading, is
/// about the file's conference. None when no conference comes from the
/// file.
pub fn diagnostic_target(lib: &Library, d: &Diagnostic) -> Option<Target> {
    let conf = lib
        .conferences
        .iter()
        .find(|c| c.sources.contains(&d.file))
        .or_else(|| {
            let s = lib.sessions.iter().find(|s| s.file == d.file)?;
            lib.conferences.get(s.conference)
        });
    let whole = |c: &Conference| Target::Conference {
        id: c.id.clone(),
        section: None,
    };
    // The last start at or before the line: (line, target). Later kinds
    // win a tie: sections over other headings, sessions over both.
    let mut best: Option<(u32, Target)> = None;
    let mut consider = |line: u32, target: &dyn Fn() -> Target| {
        if d.line != 0 && line <= d.line && best.as_ref().is_none_or(|(l, _)| line >= *l) {
            best = Some((line, target()));
        }
    };
    if let Some(c) = conf {
        let ends = lib
            .outlines
            .iter()
            .filter(|o| o.file == d.file)
            .flat_map(|o| &o.items)
            .filter(|i| {
                i.what == "heading" && matches!(i.role, "conference" | "key themes" | "group")
            });
        for item in ends {
            consider(item.line, &|| whole(c));
        }
    }
    for c in &lib.conferences {
        for sec in c.sections.iter().filter(|sec| sec.file == d.file) {
            consider(sec.line, &|| Target::Conference {
                id: c.id.clone(),
                section: (!sec.id.is_empty()).then(|| sec.id.clone()),
            });
        }
    }
    for s in lib.sessions.iter().filter(|s| s.file == d.file) {
        consider(s.line, &|| Target::Session(s.id.clone()));
    }
    match best {
        Some((_, t)) => Some(t),
        None => conf.map(whole),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostics_print_like_a_compiler() {
        let mut d = Diagnostic {
            file: "notes/x.md".into(),
            line: 12,
            severity: Severity::Warning,
            message: "no sessions".into(),
            fix: Some("add a session".into()),
        };
        assert_eq!(d.to_string(), "warning: notes/x.md:12: no sessions");
        d.line = 0;
        d.severity = Severity::Error;
        assert_eq!(d.to_string(), "error: notes/x.md: no sessions");
    }

    #[test]
    fn speakers_line_and_group_heading() {
        let lib = Library {
            conferences: vec![Conference {
                title: "KubeCon 2021".into(),
                ..Conference::default()
            }],
            speakers: ["Jane Doe", "John Roe"]
                .map(|n| Speaker {
                    name: n.into(),
                    ..Speaker::default()
                })
                .to_vec(),
            orgs: vec![Org {
                name: "Acme".into(),
                ..Org::default()
            }],
            ..Library::default()
        };
        let mut s = Session {
            speakers: vec![
                SessionSpeaker {
                    speaker: 0,
                    org: Some(0),
                },
                SessionSpeaker {
                    speaker: 1,
                    org: None,
                },
                // An index past the end (a damaged Library) is skipped.
                SessionSpeaker {
                    speaker: 9,
                    org: None,
                },
            ],
            ..Session::default()
        };
        assert_eq!(lib.speakers_line(&s), "Jane Doe (Acme), John Roe");
        assert_eq!(lib.group_heading(&s), "KubeCon 2021");
        s.day = Some("Day 1".into());
        assert_eq!(lib.group_heading(&s), "KubeCon 2021 · Day 1");
        s.conference = 5;
        assert!(lib.group_heading(&s).ends_with("Day 1"));
        assert_eq!(Library::default().speakers_line(&Session::default()), "");
    }

    #[test]
    fn group_headings_start_each_conference_and_day() {
        let conf = |title: &str| Conference {
            title: title.into(),
            ..Conference::default()
        };
        let session = |conference, day: Option<&str>| Session {
            conference,
            day: day.map(Into::into),
            ..Session::default()
        };
        let lib = Library {
            conferences: vec![conf("A"), conf("B")],
            sessions: vec![
                session(0, Some("Day 1")),
                session(0, Some("Day 1")),
                session(0, Some("Day 2")),
                session(1, None),
                session(1, None),
            ],
            ..Library::default()
        };
        assert_eq!(
            lib.with_group_headings([0, 1, 2, 3, 99, 4]),
            vec![
                (0, Some("A · Day 1".to_string())),
                (1, None),
                (2, Some("A · Day 2".to_string())),
                (3, Some("B".to_string())),
                (4, None),
            ]
        );
        // A filtered list starts a group wherever it starts.
        assert_eq!(
            lib.with_group_headings([1, 4]),
            vec![
                (1, Some("A · Day 1".to_string())),
                (4, Some("B".to_string()))
            ]
        );
    }
}
