//! The Query (view state, from and to the URL) and its evaluation.
//!
//! The URL query string is the only home of the reader's view (DESIGN, "URL
//! contract"):
//!
//! ```text
//! ?q=text&theme=slug&speaker=slug&org=slug&conf=slug&day=slug&track=slug
//!  &lang=slug&starred=1&mine=1&view=notes&s=conference-slug/session-slug
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
//! - `starred` and `mine` accept only `1`; `view` only `notes`. Anything else
//!   is [`LeftoverReason::Malformed`].
//! - Facet values must have the shape of a slug (lowercase letters and
//!   digits in runs joined by single `-`), `s` that of `slug/slug`; other
//!   values are Malformed. A well-formed value the notes do not have is kept
//!   in the Query and reported by [`evaluate`] in [`Results::unknown`]; it is
//!   ignored when filtering, so an old link never blanks the page.
//! - `/` is written as it is (it is legal in a query), so session links read
//!   `s=kubecon-2021/microservices-made-easy`.
//!
//! [`evaluate`] turns a Query, the [`Index`] and the reader's [`UserFacts`]
//! into [`Results`]: the matching sessions, ranked, and facet counts.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::index::{Index, TIER_NONE};
use crate::model::Library;
use crate::order;
use crate::text::{self, Unicode};

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
}

impl Facet {
    /// Every facet, in canonical URL order.
    pub const ALL: [Facet; 7] = [
        Facet::Theme,
        Facet::Speaker,
        Facet::Org,
        Facet::Conf,
        Facet::Day,
        Facet::Track,
        Facet::Lang,
    ];

    /// The URL key: `theme`, `speaker`, `org`, `conf`, `day`, `track`,
    /// `lang`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Theme => "theme",
            Facet::Speaker => "speaker",
            Facet::Org => "org",
            Facet::Conf => "conf",
            Facet::Day => "day",
            Facet::Track => "track",
            Facet::Lang => "lang",
        }
    }

    /// The heading the reader sees: `Themes`, `Speakers`, `Organizations`,
    /// `Conferences`, `Days`, `Tracks`, `Languages`.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Theme => "Themes",
            Facet::Speaker => "Speakers",
            Facet::Org => "Organizations",
            Facet::Conf => "Conferences",
            Facet::Day => "Days",
            Facet::Track => "Tracks",
            Facet::Lang => "Languages",
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
}

impl View {
    /// The URL value: `notes`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Notes => "notes",
        }
    }

    /// The view whose URL value is `s`.
    pub fn from_value(s: &str) -> Option<View> {
        match s {
            "notes" => Some(View::Notes),
            _ => None,
        }
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
    /// Selected day ids, slugs of day labels (`day`).
    pub days: Vec<String>,
    /// Selected track ids, slugs of track labels (`track`).
    pub tracks: Vec<String>,
    /// Selected language ids, slugs of language labels (`lang`).
    pub langs: Vec<String>,
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
    /// Reads a URL query string, with or without its leading `?`. Never
    /// fails; see the module documentation for what becomes a leftover.
    pub fn from_url(s: &str) -> Query {
        let s = s.strip_prefix('?').unwrap_or(s);
        let mut q = Query::default();
        for (key, value) in form_urlencoded::parse(s.as_bytes()) {
            let reason = q.take(&key, &value);
            if let Some(reason) = reason {
                q.leftovers.push(Leftover {
                    key: key.into_owned(),
                    value: value.into_owned(),
                    reason,
                });
            }
        }
        q
    }

    /// Applies one URL pair; returns why it is a leftover, if it is.
    fn take(&mut self, key: &str, value: &str) -> Option<LeftoverReason> {
        match key {
            "q" => {
                if self.text.is_empty() {
                    self.text = value.to_string();
                } else if !value.is_empty() && value != self.text {
                    return Some(LeftoverReason::Repeated);
                }
            }
            "starred" | "mine" => {
                if value != "1" {
                    return Some(LeftoverReason::Malformed);
                }
                if key == "starred" {
                    self.starred = true;
                } else {
                    self.mine = true;
                }
            }
            "view" => match View::from_value(value) {
                Some(v) => self.view = Some(v),
                None => return Some(LeftoverReason::Malformed),
            },
            "s" => {
                if !is_session_id(value) {
                    return Some(LeftoverReason::Malformed);
                }
                match &self.session {
                    None => self.session = Some(value.to_string()),
                    Some(s) if s == value => {}
                    Some(_) => return Some(LeftoverReason::Repeated),
                }
            }
            _ => {
                let Some(facet) = Facet::from_key(key) else {
                    return Some(LeftoverReason::UnknownKey);
                };
                // Slugs are lowercase; a hand-typed `org=IBM` means `ibm`.
                let value = value.to_ascii_lowercase();
                if !is_slug(&value) {
                    return Some(LeftoverReason::Malformed);
                }
                let values = self.values_mut(facet);
                if !values.contains(&value) {
                    values.push(value);
                }
                return None;
            }
        }
        None
    }

    /// The canonical query string, without a leading `?`; `""` for the
    /// default Query. Keys in canonical order, values in selection order,
    /// leftovers last, in order.
    pub fn to_url(&self) -> String {
        let mut out = String::new();
        if !self.text.is_empty() {
            push_pair(&mut out, "q", &self.text);
        }
        for f in Facet::ALL {
            for v in self.values(f) {
                push_pair(&mut out, f.key(), v);
            }
        }
        if self.starred {
            push_pair(&mut out, "starred", "1");
        }
        if self.mine {
            push_pair(&mut out, "mine", "1");
        }
        if let Some(v) = self.view {
            push_pair(&mut out, "view", v.as_str());
        }
        if let Some(s) = &self.session {
            push_pair(&mut out, "s", s);
        }
        for l in &self.leftovers {
            push_pair(&mut out, &l.key, &l.value);
        }
        out
    }

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
            || self.view.is_some()
    }
}

/// Appends `key=value`, form-encoded, to `out`.
fn push_pair(out: &mut String, key: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    push_encoded(out, key);
    out.push('=');
    push_encoded(out, value);
}

/// Form-encodes `s` (spaces as `+`), leaving `/` as it is.
fn push_encoded(out: &mut String, s: &str) {
    for chunk in form_urlencoded::byte_serialize(s.as_bytes()) {
        out.push_str(if chunk == "%2F" { "/" } else { chunk });
    }
}

/// True when `s` has the shape of an id made by `text::slugify`: runs of
/// lowercase letters and digits (ASCII lowercase, or any non-ASCII letter or
/// digit) joined by single `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part.chars().all(|c| {
                    c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || (!c.is_ascii() && c.is_alphanumeric())
                })
        })
}

/// True when `s` has the shape of a session id: `slug/slug`.
pub fn is_session_id(s: &str) -> bool {
    s.split_once('/')
        .is_some_and(|(c, t)| is_slug(c) && is_slug(t))
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
}

/// The values of one facet with their counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// The facet.
    pub facet: Facet,
    /// Every value, also those with count 0. Order: themes, speakers, orgs,
    /// tracks and languages by label (case-insensitive); conferences in
    /// library order; days in order of first appearance.
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
    /// A theme only the reader's data has (none of the notes uses it).
    pub reader_only: bool,
}

/// A set of session indices, one bit each.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn empty(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn full(n: usize) -> Bits {
        let mut b = Bits(vec![u64::MAX; n.div_ceil(64)]);
        if let (false, Some(last)) = (n.is_multiple_of(64), b.0.last_mut()) {
            *last = (1u64 << (n % 64)) - 1;
        }
        b
    }

    fn set(&mut self, i: u32) {
        if let Some(w) = self.0.get_mut(i as usize / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn get(&self, i: u32) -> bool {
        self.0
            .get(i as usize / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn and(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(i * 64 + b)
            })
        })
    }

    /// Number of `sessions` in the set.
    fn count_of(&self, sessions: &[u32]) -> usize {
        sessions.iter().filter(|&&s| self.get(s)).count()
    }
}

/// Themes from the reader's data: extra sessions for themes the notes have,
/// and themes only the reader has.
struct ReaderThemes {
    /// Library theme value -> sessions the reader added that the notes do
    /// not already give it, ascending.
    extra: HashMap<u32, Vec<u32>>,
    /// Reader-only themes: (slug, label, sessions ascending), by slug.
    only: Vec<(Arc<str>, Arc<str>, Vec<u32>)>,
}

impl ReaderThemes {
    fn build(lib: &Library, index: &Index, user: &UserFacts) -> ReaderThemes {
        let postings = index.postings(Facet::Theme);
        let mut extra: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut only: HashMap<&str, Vec<u32>> = HashMap::new();
        for slug in user.theme_names.keys() {
            if postings.lookup(slug).is_none() {
                only.entry(slug).or_default();
            }
        }
        for (id, slugs) in &user.themes {
            let session = index.session_index(lib, id).map(|s| s as u32);
            for slug in slugs {
                match postings.lookup(slug) {
                    Some(v) => {
                        if let Some(s) = session
                            && postings.sessions(v).binary_search(&s).is_err()
                        {
                            extra.entry(v).or_default().push(s);
                        }
                    }
                    None => {
                        let e = only.entry(slug).or_default();
                        e.extend(session);
                    }
                }
            }
        }
        for v in extra.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        let mut only: Vec<(Arc<str>, Arc<str>, Vec<u32>)> = only
            .into_iter()
            .filter(|(slug, _)| is_slug(slug))
            .map(|(slug, mut sessions)| {
                sessions.sort_unstable();
                sessions.dedup();
                let label = user.theme_names.get(slug).map_or(slug, String::as_str);
                (Arc::from(slug), Arc::from(label), sessions)
            })
            .collect();
        order::sort_by(&mut only, &|a, b| a.0.cmp(&b.0));
        ReaderThemes { extra, only }
    }

    fn only(&self, slug: &str) -> Option<&(Arc<str>, Arc<str>, Vec<u32>)> {
        self.only
            .binary_search_by(|t| (*t.0).cmp(slug))
            .ok()
            .map(|i| &self.only[i])
    }
}

/// Splits search text into folded words: runs of letters and digits. Each
/// word is kept once, in order.
pub fn search_terms(unicode: &dyn Unicode, text: &str) -> Vec<String> {
    let folded = text::fold(unicode, text);
    let mut terms: Vec<String> = Vec::new();
    for w in folded.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() && !terms.iter().any(|t| t == w) {
            terms.push(w.to_string());
        }
    }
    terms
}

/// Evaluates `q` over the sessions of `lib` (indexed as `index`) and the
/// reader's `user` data.
///
/// - Text: every word must begin a word somewhere in the session's title,
///   speakers and orgs, or notes (`kube` finds `Kubernetes`); accents and
///   case do not matter.
/// - Facets: any selected value within a facet, all facets together.
///   Selected values the notes do not have are reported in
///   [`Results::unknown`] and ignored.
/// - `starred`: starred by the reader; `mine`: the reader has a note;
///   `view=notes`: starred, noted or given a theme by the reader.
/// - Facet counts are standard faceted-search counts: a value's count is
///   the number of sessions matching everything except its own facet's
///   selection, and having the value.
pub fn evaluate(
    lib: &Library,
    index: &Index,
    q: &Query,
    user: &UserFacts,
    unicode: &dyn Unicode,
) -> Results {
    let n = index.len().min(lib.sessions.len());
    let reader = ReaderThemes::build(lib, index, user);
    let mut unknown = Vec::new();

    // One bitset per facet with known selections.
    let mut filters: Vec<Option<Bits>> = vec![None; Facet::ALL.len()];
    for f in Facet::ALL {
        let selected = q.values(f);
        if selected.is_empty() {
            continue;
        }
        let postings = index.postings(f);
        let mut bits = Bits::empty(n);
        let mut known = false;
        for v in selected {
            let sessions: Option<(&[u32], &[u32])> = match postings.lookup(v) {
                Some(vi) => Some((
                    postings.sessions(vi),
                    match f {
                        Facet::Theme => reader.extra.get(&vi).map_or(&[], Vec::as_slice),
                        _ => &[],
                    },
                )),
                None if f == Facet::Theme => reader.only(v).map(|t| (t.2.as_slice(), &[][..])),
                None => None,
            };
            match sessions {
                Some((a, b)) => {
                    known = true;
                    for &s in a.iter().chain(b) {
                        bits.set(s);
                    }
                }
                None => unknown.push((f, v.clone())),
            }
        }
        if known {
            filters[f as usize] = Some(bits);
        }
    }

    // Text and the reader predicates.
    let mut base = Bits::full(n);
    let mut base_is_full = true;
    let terms = search_terms(unicode, &q.text);
    let mut tiers: Vec<u8> = Vec::new();
    if !terms.is_empty() {
        tiers = vec![TIER_NONE; n];
        let mut order: Vec<&String> = terms.iter().collect();
        // The longest word first: it is the rarest and the fastest to scan
        // for, and later words only look at the sessions it matched.
        order::sort_by(&mut order, &|a, b| b.len().cmp(&a.len()));
        for (k, t) in order.iter().enumerate() {
            index.search(t, k == 0, &mut tiers);
        }
        let mut bits = Bits::empty(n);
        for (s, &t) in tiers.iter().enumerate() {
            if t != TIER_NONE {
                bits.set(s as u32);
            }
        }
        base = bits;
        base_is_full = false;
    }
    let ids_to_bits = |ids: &mut dyn Iterator<Item = &String>| {
        let mut bits = Bits::empty(n);
        for id in ids {
            if let Some(s) = index.session_index(lib, id) {
                bits.set(s as u32);
            }
        }
        bits
    };
    if q.starred {
        base.and(&ids_to_bits(&mut user.starred.iter()));
        base_is_full = false;
    }
    if q.mine {
        base.and(&ids_to_bits(&mut user.noted.iter()));
        base_is_full = false;
    }
    if q.view == Some(View::Notes) {
        let mut ids = user.starred.iter().chain(&user.noted).chain(
            user.themes
                .iter()
                .filter(|(_, t)| !t.is_empty())
                .map(|(id, _)| id),
        );
        base.and(&ids_to_bits(&mut ids));
        base_is_full = false;
    }

    // The matching sessions, ranked.
    let mut all = base.clone();
    for b in filters.iter().flatten() {
        all.and(b);
    }
    let mut sessions: Vec<usize> = all.ones().collect();
    if !tiers.is_empty() {
        // Stable by tier: title hits, then people, then notes (a counting
        // sort: four tiers, no comparison sort needed).
        let tier = |s: usize| tiers.get(s).copied().unwrap_or(TIER_NONE);
        let mut ranked = Vec::with_capacity(sessions.len());
        for t in 0..=TIER_NONE {
            ranked.extend(sessions.iter().copied().filter(|&s| tier(s) == t));
        }
        ranked.extend(sessions.iter().copied().filter(|&s| tier(s) > TIER_NONE));
        sessions = ranked;
    }

    // Facet counts.
    let mut facets = Vec::new();
    for f in Facet::ALL {
        let postings = index.postings(f);
        let reader_only = if f == Facet::Theme {
            reader.only.len()
        } else {
            0
        };
        if postings.len() == 0 && reader_only == 0 && q.values(f).is_empty() {
            continue;
        }
        let others_active = filters
            .iter()
            .enumerate()
            .any(|(g, b)| g != f as usize && b.is_some());
        let others: Option<Bits> = if base_is_full && !others_active {
            None
        } else {
            let mut o = base.clone();
            for (g, b) in filters.iter().enumerate() {
                if let (true, Some(b)) = (g != f as usize, b) {
                    o.and(b);
                }
            }
            Some(o)
        };
        let count = |s: &[u32]| match &others {
            None => s.len(),
            Some(o) => o.count_of(s),
        };
        let selected = q.values(f);
        let mut values: Vec<FacetValue> = Vec::with_capacity(postings.len() + reader_only);
        for &v in &postings.order {
            let id = &postings.ids[v as usize];
            let extra = if f == Facet::Theme {
                reader.extra.get(&v).map_or(&[][..], Vec::as_slice)
            } else {
                &[]
            };
            values.push(FacetValue {
                id: id.clone(),
                label: postings.labels[v as usize].clone(),
                count: count(postings.sessions(v)) + count(extra),
                selected: selected.iter().any(|s| **s == **id),
                reader_only: false,
            });
        }
        if f == Facet::Theme && reader_only > 0 {
            for (slug, label, sessions) in &reader.only {
                values.push(FacetValue {
                    id: slug.clone(),
                    label: label.clone(),
                    count: count(sessions),
                    selected: selected.iter().any(|s| **s == **slug),
                    reader_only: true,
                });
            }
            let keys: Vec<String> = values.iter().map(|v| v.label.to_lowercase()).collect();
            let by_label = order::sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
            order::apply(&mut values, &by_label);
        }
        facets.push(FacetCounts { facet: f, values });
    }

    // The open session and its neighbours.
    let mut session = None;
    let mut unknown_session = None;
    let (mut prev, mut next) = (None, None);
    if let Some(id) = &q.session {
        match index.session_index(lib, id).filter(|&s| s < n) {
            Some(s) => {
                session = Some(s);
                if let Some(pos) = sessions.iter().position(|&x| x == s) {
                    prev = pos.checked_sub(1).map(|p| sessions[p]);
                    next = sessions.get(pos + 1).copied();
                }
            }
            None => unknown_session = Some(id.clone()),
        }
    }

    debug_assert_eq!(all.count(), sessions.len());
    Results {
        sessions,
        total: n,
        facets,
        unknown,
        unknown_session,
        terms,
        session,
        prev,
        next,
    }
}
