//! What the outline decides for a file's headings, for
//! [`super::outline`]: each heading's [`Kind`] (title, session, section,
//! group, notes...) with the day and track around it and the reason
//! ([`Class`]), the groups of headings it was unsure of, and the one group
//! that may be the file's talks ([`Outline`]).

/// What a heading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Title,
    /// The whole file is one session, titled by this heading.
    FileSession,
    KeyThemes,
    Section,
    /// A day, a track or a group of sessions.
    Container,
    Session,
    /// Part of the session or section above it.
    Absorbed,
}

impl Kind {
    /// How `--explain` names it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Title => "conference",
            Kind::FileSession => "session (the whole file)",
            Kind::KeyThemes => "key themes",
            Kind::Section => "section",
            Kind::Container => "group",
            Kind::Session => "session",
            Kind::Absorbed => "notes",
        }
    }
}

/// A classified heading, with the day and track of the containers around
/// it, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Class {
    pub kind: Kind,
    pub day: Option<String>,
    pub track: Option<String>,
    pub why: &'static str,
}

/// A group of sibling headings that looks like talks but became sections
/// (for the author's warning): the first heading's index and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unsure {
    pub first: usize,
    pub count: usize,
}

/// The decisions for a file's headings, in order.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub classes: Vec<Class>,
    pub unsure: Vec<Unsure>,
    /// The one group of headings that look like talks, in a file where
    /// nothing is read as a talk (empty otherwise).
    pub lone_group: Vec<usize>,
}

impl Outline {
    /// `# Big data at Netflix`, `# Democratisation vs governance?`… with
    /// notes under each, and nothing else in the file a talk: the group
    /// of headings that look like talks is read as the talks (a file of
    /// conference notes with no talk helps no reader). The file calls
    /// this when its opening does not make it one talk's notes.
    pub(crate) fn read_lone_group_as_talks(&mut self) {
        for &c in &self.lone_group {
            if let Some(class) = self.classes.get_mut(c) {
                class.kind = Kind::Session;
                class.why =
                    "the headings that look like talks, in a file where nothing else is one";
            }
        }
        if !self.lone_group.is_empty() {
            self.unsure.clear();
        }
    }
}
