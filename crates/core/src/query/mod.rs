//! The Query (view state, from and to the URL) and its evaluation.
//!
//! The URL query string is the only home of the reader's view
//! (docs/DESIGN.md, "URL contract"):
//!
//! ```text
//! ?q=text&theme=slug&speaker=slug&org=slug&conf=slug&day=slug/slug&track=slug
//!  &lang=slug&source=site|opened&starred=1&mine=1&view=notes&s=conference-slug/session-slug
//! ```
//!
//! Keys are written in that order (the canonical order); a key may repeat to
//! select several values: any of them within one facet, all facets together.
//! [`Query::from_url`] never fails: whatever it does not understand becomes a
//! [`Leftover`] that the app shows as a removable chip, and [`Query::to_url`]
//! writes leftovers back (last), so nothing the reader typed is lost until
//! they remove it.
//!
//! Decisions on the ambiguous cases:
//!
//! - A facet value repeated within its facet (`theme=a&theme=a`) is merged
//!   silently: selecting a value twice means selecting it.
//! - Values keep the order the reader selected them in; [`Query::toggled`]
//!   appends.
//! - `q` given twice: the first non-empty text wins, a different later text
//!   is a [`LeftoverReason::Repeated`] leftover. The same goes for `s`. An
//!   empty `q=` is no text, and no leftover.
//! - `starred` and `mine` accept only `1`; `view` only `notes` or `check`. Anything else
//!   is [`LeftoverReason::Malformed`].
//! - Facet values must have the shape of a slug (lowercase letters and
//!   digits in runs joined by single `-`), `s` that of `slug/slug`, and a
//!   day either (`kubecon-2021/day-1`, its conference's day; a bare
//!   `day-1` from older links is that day in every conference); other
//!   values are Malformed. A well-formed value the notes do not have is kept
//!   in the Query and reported by [`evaluate`] in [`Results::unknown`]; it is
//!   ignored when filtering, so an old link never blanks the page.
//! - `/` is written as it is (it is legal in a query), so session links read
//!   `s=kubecon-2021/microservices-made-easy`.
//!
//! [`evaluate`] turns a Query, the [`Index`](crate::Index) and the
//! reader's [`UserFacts`] into [`Results`]: the matching sessions, ranked,
//! the conference notes the search text finds ([`SectionHit`]), and facet
//! counts ([`blocking_filters`] says which filters empty them);
//! [`facet_view`] picks which of a facet's values the filter panel shows.

mod eval;
mod facets;
mod url;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::model::Library;
use crate::render;

pub use eval::{BlockingFilter, blocking_filters, evaluate, search_terms};
pub use facets::{FacetView, facet_view};
pub use url::{is_session_id, is_slug};

/// A dimension the reader filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Themes: Key Themes, tags, and themes the reader assigned.
    Theme,
    /// Speakers.
    Speaker,
    /// Companies and organisations of speakers.
    Org,
    /// Conferences.
    Conf,
    /// Conference days (`Day 1`).
    Day,
    /// Tracks.
    Track,
    /// Session languages (`EN`).
    Lang,
    /// Where the notes come from: this site (`site`) or opened in this
    /// browser (`opened`).
    Source,
}

impl Facet {
    /// Every facet, in canonical URL order.
    pub const ALL: [Facet; 8] = [
        Facet::Theme,
        Facet::Speaker,
        Facet::Org,
        Facet::Conf,
        Facet::Day,
        Facet::Track,
        Facet::Lang,
        Facet::Source,
    ];

    /// The URL key: `theme`, `speaker`, `org`, `conf`, `day`, `track`,
    /// `lang`, `source`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Speaker => "speaker",
            Facet::Org => "org",
            Facet::Conf => "conf",
            Facet::Day => "day",
            Facet::Track => "track",
            Facet::Lang => "lang",
            Facet::Source => "source",
        }
    }

    /// The heading the reader sees: `Themes`, `Speakers`, `Organizations`,
    /// `Conferences`, `Days`, `Tracks`, `Languages`, `Source`.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Theme => "Themes",
            Facet::Speaker => "Speakers",
            Facet::Org => "Organizations",
            Facet::Conf => "Conferences",
            Facet::Day => "Days",
            Facet::Track => "Tracks",
            Facet::Lang => "Languages",
            Facet::Source => "Source",
        }
    }

    /// The facet whose URL key is `key`.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// A view other than the session list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// "My notes": the sessions the reader starred, annotated or assigned
    /// themes to. It filters like `starred`/`mine` do.
    Notes,
    /// The author's checker: what the parser did not understand, by file.
    /// A page of its own, not a filter of the sessions.
    Check,
    /// The notes files opened in this browser, with Remove and Replace.
    /// A page of its own.
    Opened,
}

impl View {
    /// The URL value: `notes`, `check`, `opened`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Notes => "notes",
            View::Check => "check",
            View::Opened => "opened",
        }
    }

    /// The view whose URL value is `s`.
    pub fn from_value(s: &str) -> Option<View> {
        match s {
            "notes" => Some(View::Notes),
            "check" => Some(View::Check),
            "opened" => Some(View::Opened),
            _ => None,
        }
    }

    /// True for a view that narrows the session list (My notes).
    pub fn filters_sessions(self) -> bool {
        self == View::Notes
    }
}

/// Why a `key=value` pair of the URL is not part of the Query proper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LeftoverReason {
    /// The key means nothing here (`?foo=bar`).
    UnknownKey,
    /// The value has the wrong shape for its key: `starred=yes`, an empty
    /// or non-slug facet value (`theme=Not A Slug`), `s=no-slash`.
    Malformed,
    /// A key that takes one value (`q`, `s`) given again with another value.
    Repeated,
}

/// A `key=value` pair of the URL that the Query could not use, kept as the
/// reader typed it (decoded).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Leftover {
    /// The key, decoded.
    pub key: String,
    /// The value, decoded.
    pub value: String,
    /// Why it was left over.
    pub reason: LeftoverReason,
}

/// The reader's view: filters, search text, the open session.
///
/// Build one with [`Query::from_url`] or from `Query::default()` and the
/// `with_*`/`toggled` helpers, which return a new Query (the app navigates to
/// its [`Query::to_url`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Free search text, as typed (`q`).
    pub text: String,
    /// Selected theme ids (`theme`).
    pub themes: Vec<String>,
    /// Selected speaker ids (`speaker`).
    pub speakers: Vec<String>,
    /// Selected org ids (`org`).
    pub orgs: Vec<String>,
    /// Selected conference ids (`conf`).
    pub confs: Vec<String>,
    /// Selected day ids (`day`): `conference/day-slug`, or a bare day slug
    /// (every conference's day of that name).
    pub days: Vec<String>,
    /// Selected track ids, slugs of track labels (`track`).
    pub tracks: Vec<String>,
    /// Selected language ids, slugs of language labels (`lang`).
    pub langs: Vec<String>,
    /// Selected sources (`source`): `site`, `opened`.
    pub sources: Vec<String>,
    /// Only sessions the reader starred (`starred=1`).
    pub starred: bool,
    /// Only sessions the reader wrote a note on (`mine=1`).
    pub mine: bool,
    /// The view (`view=notes`); `None` is the session list.
    pub view: Option<View>,
    /// The open session's id (`s`).
    pub session: Option<String>,
    /// URL pairs not understood, in the order given.
    pub leftovers: Vec<Leftover>,
}

impl Query {
    /// The selected ids of `facet`.
    pub fn values(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Theme => &self.themes,
            Facet::Speaker => &self.speakers,
            Facet::Org => &self.orgs,
            Facet::Conf => &self.confs,
            Facet::Day => &self.days,
            Facet::Track => &self.tracks,
            Facet::Lang => &self.langs,
            Facet::Source => &self.sources,
        }
    }

    fn values_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Theme => &mut self.themes,
            Facet::Speaker => &mut self.speakers,
            Facet::Org => &mut self.orgs,
            Facet::Conf => &mut self.confs,
            Facet::Day => &mut self.days,
            Facet::Track => &mut self.tracks,
            Facet::Lang => &mut self.langs,
            Facet::Source => &mut self.sources,
        }
    }

    /// True when `value` is selected in `facet`.
    pub fn has(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    /// This Query with `value` selected in `facet` if it was not, deselected
    /// if it was. `value` is an id from [`Results::facets`] (a slug).
    pub fn toggled(&self, facet: Facet, value: &str) -> Query {
        let mut q = self.clone();
        let values = q.values_mut(facet);
        if values.iter().any(|v| v == value) {
            values.retain(|v| v != value);
        } else {
            values.push(value.to_string());
        }
        q
    }

    /// This Query with `value` not selected in `facet`.
    pub fn without(&self, facet: Facet, value: &str) -> Query {
        let mut q = self.clone();
        q.values_mut(facet).retain(|v| v != value);
        q
    }

    /// This Query with only `value` selected in `facet` (e.g. following a
    /// speaker's name).
    pub fn with_only(&self, facet: Facet, value: &str) -> Query {
        let mut q = self.clone();
        let values = q.values_mut(facet);
        values.clear();
        values.push(value.to_string());
        q
    }

    /// "Clear all": no text, no facet selection, no `starred`/`mine`, no
    /// leftovers. Where the reader is stays: the open session (`s`) and the
    /// view (`view`).
    pub fn cleared(&self) -> Query {
        Query {
            session: self.session.clone(),
            view: self.view,
            ..Query::default()
        }
    }

    /// This Query with search text `text`.
    pub fn with_text(&self, text: &str) -> Query {
        Query {
            text: text.to_string(),
            ..self.clone()
        }
    }

    /// This Query with `session` open (or none).
    pub fn with_session(&self, session: Option<String>) -> Query {
        Query {
            session,
            ..self.clone()
        }
    }

    /// This Query with the `starred` filter on or off.
    pub fn with_starred(&self, starred: bool) -> Query {
        Query {
            starred,
            ..self.clone()
        }
    }

    /// This Query with the `mine` filter on or off.
    pub fn with_mine(&self, mine: bool) -> Query {
        Query {
            mine,
            ..self.clone()
        }
    }

    /// This Query showing `view` (`None`: the session list).
    pub fn with_view(&self, view: Option<View>) -> Query {
        Query {
            view,
            ..self.clone()
        }
    }

    /// This Query without its `i`th leftover (the reader removed the chip).
    pub fn without_leftover(&self, i: usize) -> Query {
        let mut q = self.clone();
        if i < q.leftovers.len() {
            q.leftovers.remove(i);
        }
        q
    }

    /// True when anything narrows the session list: text, a facet value,
    /// `starred`, `mine` or a view.
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || Facet::ALL.iter().any(|&f| !self.values(f).is_empty())
            || self.starred
            || self.mine
            || self.view.is_some_and(View::filters_sessions)
    }

    /// Everything that narrows the session list, one [`Filter`] each, in
    /// URL order: the text (when not blank), the facet values (facets in
    /// [`Facet::ALL`] order, values in selection order, also those the
    /// notes do not have), `starred`, `mine`, the view. Empty exactly when
    /// [`Query::is_filtered`] is false.
    pub fn filters(&self) -> Vec<Filter> {
        let mut out = Vec::new();
        if !self.text.trim().is_empty() {
            out.push(Filter::Text);
        }
        for f in Facet::ALL {
            out.extend(self.values(f).iter().map(|v| Filter::Value(f, v.clone())));
        }
        if self.starred {
            out.push(Filter::Starred);
        }
        if self.mine {
            out.push(Filter::Mine);
        }
        if let Some(v) = self.view.filter(|v| v.filters_sessions()) {
            out.push(Filter::View(v));
        }
        out
    }

    /// This Query without `filter` (the reader removed it).
    pub fn without_filter(&self, filter: &Filter) -> Query {
        match filter {
            Filter::Text => self.with_text(""),
            Filter::Value(f, v) => self.without(*f, v),
            Filter::Starred => self.with_starred(false),
            Filter::Mine => self.with_mine(false),
            Filter::View(_) => self.with_view(None),
        }
    }
}

/// One thing in a [`Query`] that narrows the session list
/// ([`Query::filters`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    /// The search text (`q`).
    Text,
    /// A selected facet value (`theme=security`), by id.
    Value(Facet, String),
    /// `starred=1`.
    Starred,
    /// `mine=1`.
    Mine,
    /// A view (`view=notes`).
    View(View),
}

/// What the reader's own data says about sessions, as [`evaluate`] needs it.
/// `userdata::UserData::facts` makes one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFacts {
    /// Ids of starred sessions.
    pub starred: HashSet<String>,
    /// Ids of sessions with a (non-blank) note.
    pub noted: HashSet<String>,
    /// Session id -> theme slugs the reader assigned.
    pub themes: HashMap<String, Vec<String>>,
    /// Reader theme slug -> name, for themes the notes may not have.
    pub theme_names: HashMap<String, String>,
}

/// Matching sessions and facet counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Indices into `Library::sessions` of the matching sessions, ranked:
    /// with search text, sessions with every word in the title first, then
    /// those with every word in title or speakers, then the rest; library
    /// order otherwise and within a rank.
    pub sessions: Vec<usize>,
    /// Number of sessions in the Library.
    pub total: usize,
    /// One entry per facet that has values (in the notes, the reader's data
    /// or the Query), in [`Facet::ALL`] order.
    pub facets: Vec<FacetCounts>,
    /// Well-formed facet values of the Query that neither the notes nor the
    /// reader's data have ("no theme 'foo' in these notes"), in Query order.
    /// They are ignored when filtering.
    pub unknown: Vec<(Facet, String)>,
    /// The `s` of the Query when no session has that id.
    pub unknown_session: Option<String>,
    /// The folded search words, for highlighting (`RenderOptions::highlight`).
    pub terms: Vec<String>,
    /// Index of the open session, when `s` names one.
    pub session: Option<usize>,
    /// The session before the open one in `sessions` (None when the open
    /// session is first, or is not among `sessions`).
    pub prev: Option<usize>,
    /// The session after the open one in `sessions`.
    pub next: Option<usize>,
    /// With search text, the parts of the conferences' own notes that
    /// match it (sections such as `## Learning`, and Key Themes), ranked:
    /// every word in the title first, then library order. Empty without
    /// search text, and when a filter other than `conf` narrows the list
    /// (themes, speakers, orgs, days, tracks and languages are about
    /// sessions; so are `starred`, `mine` and `view`); with `conf`, only
    /// those conferences'. Not counted in `total` or the facets.
    pub sections: Vec<SectionHit>,
}

/// A part of a conference's own notes that matches the search text (see
/// [`Results::sections`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionHit {
    /// Index into `Library::conferences`: whose notes these are.
    pub conference: usize,
    /// Which part of them.
    pub part: SectionPart,
    /// Its id within the conference: the section's `id` (`learning`,
    /// `preamble`) or the Key Theme's id (`multi-cloud`, also its URL
    /// value `theme=multi-cloud`).
    pub id: String,
    /// Its title: the section's heading (empty for the preamble before the
    /// first heading), or the Key Theme's name.
    pub title: String,
    /// Every search word is in the title (for a Key Theme, its name or an
    /// alias); otherwise some are only in the body.
    pub in_title: bool,
}

/// Which part of a conference's notes a [`SectionHit`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionPart {
    /// The section `Conference::sections[i]` of the hit's conference.
    Section(usize),
    /// The Key Theme `Library::themes[i]`, which the hit's conference
    /// names: its description and nested items are the body.
    KeyTheme(usize),
}

impl SectionHit {
    /// The hit's Markdown: the section's body, or the Key Theme's
    /// description and nested items; empty when `lib` does not have it
    /// (`lib` must be the Library evaluated). For an excerpt with the
    /// search words marked, see [`SectionHit::snippet`].
    pub fn markdown<'a>(&self, lib: &'a Library) -> Cow<'a, str> {
        match self.part {
            SectionPart::Section(i) => Cow::Borrowed(
                lib.conferences
                    .get(self.conference)
                    .and_then(|c| c.sections.get(i))
                    .map_or("", |s| s.markdown.as_str()),
            ),
            SectionPart::KeyTheme(t) => match lib.themes.get(t) {
                Some(t) if t.markdown.is_empty() => Cow::Borrowed(t.description.as_str()),
                Some(t) => Cow::Owned(format!("{}\n\n{}", t.description, t.markdown)),
                None => Cow::Borrowed(""),
            },
        }
    }

    /// The excerpt of the hit's body around the first search word, as
    /// escaped HTML with the words in `<mark>`: [`render::snippet`] of
    /// [`SectionHit::markdown`], as session results use it. `terms` are
    /// [`Results::terms`]. None when the words are only in the title.
    pub fn snippet(
        &self,
        lib: &Library,
        terms: &[String],
        unicode: &dyn crate::text::Unicode,
    ) -> Option<String> {
        render::snippet(&self.markdown(lib), terms, unicode)
    }
}

/// The values of one facet with their counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// The facet.
    pub facet: Facet,
    /// Every value, also those with count 0. Order: themes, speakers, orgs,
    /// tracks and languages by label (case-insensitive); conferences in
    /// library order; days by conference, in date order (the conference's
    /// date, else the year in its title), then by date or as they come.
    pub values: Vec<FacetValue>,
}

/// One value of a facet, e.g. the theme `Security`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// Id for the URL (a slug).
    pub id: Arc<str>,
    /// Name as the notes (or the reader) spell it.
    pub label: Arc<str>,
    /// Sessions that match the text, the reader predicates and every OTHER
    /// facet's selection, and have this value: what the list would grow to
    /// (or shrink to) if this value were also selected.
    pub count: usize,
    /// Selected in the Query.
    pub selected: bool,
    /// A theme only the reader's data puts on sessions: none of the notes
    /// uses it, or the notes name it (a Key Theme) but no session of theirs
    /// carries it.
    pub reader_only: bool,
}
