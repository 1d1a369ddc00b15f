//! The search and facet index over a Library.
//!
//! [`Index::new`] does the per-session work once, so that evaluating a query
//! (`query::evaluate`) is a scan of prepared data:
//!
//! - Search text. Every session contributes three fields, folded with
//!   [`text::fold`] (accent- and case-insensitive): its title, its people
//!   (speakers with their orgs) and its notes. All fields of all sessions
//!   live in ONE `String`, each followed by a `\n`, with a table of `u32`
//!   offsets; there are no per-session strings. A search word is found
//!   with memchr's substring search over that string (see `Index::search`).
//! - Conference notes. The sections of every conference (`## Learning`, a
//!   summary, the preamble) and the Key Themes they name (name and
//!   aliases; description and nested items) are searched like sessions, in
//!   a second, small text of two fields per entry (title, body) with its
//!   own offsets (see [`SectionRef`]). There are few of them, so they need
//!   no signatures.
//! - Signatures. Per session, 512 bits: one per hashed first three letters
//!   of each word in it. A search word of three letters or more only scans
//!   the sessions whose bit is set (about a quarter of them, plus those
//!   that match).
//! - Facet postings. For every value of every [`Facet`] (a theme, a speaker,
//!   an org, a conference, a day, a track, a language), the sorted indices of
//!   its sessions, as `u32`, all values of a facet sharing one flat `Vec`.
//!   Track and language values are identified by [`text::slugify`] of
//!   their labels (`Day 1` is `day-1`); a day by its conference's id and
//!   that slug (`kubecon-2021/day-1`), since two conferences' `Day 1` are
//!   not one day.
//!
//! Architecture invariant: the Index holds no reference to the Library it was
//! built from. Methods that need the Library (e.g. [`Index::session_index`])
//! take it as an argument, and the caller passes the same Library.
//!
//! Memory: the folded text is about the size of the notes; the rest is a few
//! `u32` per session and per (session, value) pair, and 64 bytes of
//! signature per session. See
//! [`Index::heap_bytes`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use crate::model::{Library, Session};
use crate::order;
use crate::query::Facet;
use crate::text::{self, Unicode};

/// Where a search word matched in a session: the best field wins.
pub(crate) const TIER_TITLE: u8 = 0;
/// A match in the speakers or their orgs.
pub(crate) const TIER_PEOPLE: u8 = 1;
/// A match in the notes.
pub(crate) const TIER_NOTES: u8 = 2;
/// No match.
pub(crate) const TIER_NONE: u8 = 3;

/// Precomputed search text and facet postings for fast queries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Number of sessions indexed.
    len: usize,
    /// Folded title, people and notes of every session, each followed by
    /// `\n`, in library order.
    text: String,
    /// `3 * len + 1` offsets into `text`: session `i`'s title starts at
    /// `bounds[3i]`, its people at `bounds[3i + 1]`, its notes at
    /// `bounds[3i + 2]`, and the next session at `bounds[3i + 3]`.
    bounds: Vec<u32>,
    /// One entry per [`Facet`], in [`Facet::ALL`] order.
    facets: Vec<Postings>,
    /// Session indices sorted by session id, to find a session by its id.
    by_id: Vec<u32>,
    /// [`SIG_WORDS`] words per session: one bit per (hashed) first three
    /// letters of the words in the session, so a search word skips the
    /// sessions that cannot contain it without scanning them.
    sigs: Vec<u64>,
    /// Folded title and body of every conference section and Key Theme
    /// (one entry each, see [`SectionRef`]), each followed by `\n`.
    sec_text: String,
    /// `2 * entries + 1` offsets into `sec_text`: entry `k`'s title starts
    /// at `sec_bounds[2k]`, its body at `sec_bounds[2k + 1]`, the next
    /// entry at `sec_bounds[2k + 2]`.
    sec_bounds: Vec<u32>,
    /// What each entry of `sec_text` is, in library order: per conference,
    /// its sections, then the Key Themes it is the first to name.
    sec_refs: Vec<SectionRef>,
}

/// A part of a conference's own notes in the Index's section text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SectionRef {
    /// `Library::conferences[conference].sections[section]`: title and
    /// Markdown body.
    Section { conference: u32, section: u32 },
    /// `Library::themes[theme]`, a Key Theme of the conferences in its
    /// `conferences`: name and aliases as the title, description and
    /// nested items as the body.
    KeyTheme { theme: u32 },
}

/// Words of 64 bits in a session's signature (512 bits: with ~150
/// distinct word beginnings in 1 KB of notes, about a quarter of them set).
const SIG_WORDS: usize = 8;

/// The values of one facet and their sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Postings {
    /// Value ids (slugs), by value number.
    pub(crate) ids: Vec<Arc<str>>,
    /// Value labels as the notes spell them, by value number.
    pub(crate) labels: Vec<Arc<str>>,
    /// `ids.len() + 1` offsets into `sessions`.
    starts: Vec<u32>,
    /// The sessions of value `v` are `sessions[starts[v]..starts[v + 1]]`,
    /// ascending.
    sessions: Vec<u32>,
    /// Value numbers in display order.
    pub(crate) order: Vec<u32>,
    /// Value numbers sorted by id, for [`Postings::lookup`].
    by_id: Vec<u32>,
}

impl Postings {
    /// Builds postings from `(id, label)` per value and `(session, value)`
    /// pairs in ascending session order (repeats allowed; values out of
    /// range ignored).
    fn build(values: Vec<(Arc<str>, Arc<str>)>, pairs: &[(u32, u32)], order: Order) -> Self {
        let count = values.len();
        let mut lens = vec![0u32; count];
        for &(_, v) in pairs {
            if let Some(l) = lens.get_mut(v as usize) {
                *l += 1;
            }
        }
        // Prefix sums give each value's start; repeats are skipped below,
        // so the counts are upper bounds.
        let mut starts = Vec::with_capacity(count + 1);
        let mut acc = 0u32;
        for l in &lens {
            starts.push(acc);
            acc += l;
        }
        starts.push(acc);
        let mut fill = starts.clone();
        let mut sessions = vec![0u32; acc as usize];
        for &(s, v) in pairs {
            let v = v as usize;
            if v >= count {
                continue;
            }
            // Sessions arrive in order, so a repeat is the value's last entry.
            if fill[v] > starts[v] && sessions[fill[v] as usize - 1] == s {
                continue;
            }
            sessions[fill[v] as usize] = s;
            fill[v] += 1;
        }
        // Compact away the slots that repeats left empty.
        let mut compact = Vec::with_capacity(sessions.len());
        let mut new_starts = Vec::with_capacity(count + 1);
        for v in 0..count {
            new_starts.push(to_u32(compact.len()));
            compact.extend_from_slice(&sessions[starts[v] as usize..fill[v] as usize]);
        }
        new_starts.push(to_u32(compact.len()));

        let order_v: Vec<u32> = match order {
            Order::AsGiven => (0..to_u32(count)).collect(),
            Order::ByLabel => {
                let keys: Vec<String> = values.iter().map(|v| v.1.to_lowercase()).collect();
                order::sorted_indices(count, &|a, b| keys[a].cmp(&keys[b]))
                    .into_iter()
                    .map(to_u32)
                    .collect()
            }
        };
        let by_id: Vec<u32> = order::sorted_indices(count, &|a, b| values[a].0.cmp(&values[b].0))
            .into_iter()
            .map(to_u32)
            .collect();
        let (ids, labels) = values.into_iter().unzip();
        Postings {
            ids,
            labels,
            starts: new_starts,
            sessions: compact,
            order: order_v,
            by_id,
        }
    }

    /// The value number of `id`, if the facet has it.
    pub(crate) fn lookup(&self, id: &str) -> Option<u32> {
        let i = self
            .by_id
            .binary_search_by(|&v| (*self.ids[v as usize]).cmp(id))
            .ok()?;
        Some(self.by_id[i])
    }

    /// The values whose id ends with `suffix`, in id order.
    pub(crate) fn with_suffix(&self, suffix: &str) -> Vec<u32> {
        self.by_id
            .iter()
            .copied()
            .filter(|&v| self.ids[v as usize].ends_with(suffix))
            .collect()
    }

    /// The sessions of value `v`, ascending.
    pub(crate) fn sessions(&self, v: u32) -> &[u32] {
        let v = v as usize;
        match (self.starts.get(v), self.starts.get(v + 1)) {
            (Some(&a), Some(&b)) => &self.sessions[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Number of values.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    fn heap_bytes(&self) -> usize {
        let strings: usize = self
            .ids
            .iter()
            .chain(&self.labels)
            .map(|s| s.len() + 16)
            .sum();
        strings
            + (self.ids.capacity() + self.labels.capacity()) * 16
            + (self.starts.capacity()
                + self.sessions.capacity()
                + self.order.capacity()
                + self.by_id.capacity())
                * 4
    }
}

/// How a facet's values are ordered for display.
#[derive(Clone, Copy)]
enum Order {
    /// As the values were numbered (library order, first appearance).
    AsGiven,
    /// By label, case-insensitively.
    ByLabel,
}

/// Converts an offset or index to `u32`. Notes larger than 4 GiB cannot be
/// indexed faithfully (nor loaded in a browser); they saturate rather than
/// panic.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Index {
    /// Indexes `lib` in one go: [`Index::builder`] run to the end. Calls
    /// `unicode.strip_marks_many` once per [`STEP_SESSIONS`] sessions with
    /// non-ASCII text and once per facet with non-ASCII day, track or
    /// language labels, since a browser provider crosses an FFI boundary
    /// per call.
    pub fn new(lib: &Library, unicode: &dyn Unicode) -> Index {
        Index::builder(lib, unicode).finish(lib)
    }

    /// An [`IndexBuilder`] for `lib`, to build the Index in bounded steps
    /// (a browser's main thread can yield between them).
    pub fn builder<'u>(lib: &Library, unicode: &'u dyn Unicode) -> IndexBuilder<'u> {
        let n = lib.sessions.len();
        // The exact length of the text before folding (folding keeps ASCII
        // lengths), so it is allocated once.
        let capacity: usize = lib
            .sessions
            .iter()
            .map(|s| s.title.len() + people_len(lib, s) + s.markdown.len() + 3)
            .sum();
        let mut bounds = Vec::with_capacity(3 * n + 1);
        bounds.push(0);
        IndexBuilder {
            unicode,
            len: n,
            text: String::with_capacity(capacity),
            bounds,
            sigs: Vec::with_capacity(n * SIG_WORDS),
            facets: Vec::with_capacity(Facet::ALL.len()),
            by_id: Vec::new(),
            sec_text: String::new(),
            sec_bounds: Vec::new(),
            sec_refs: Vec::new(),
            done: 0,
            stage: BuildStage::Text,
        }
    }

    /// Number of sessions indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the Library had no sessions.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The index in `lib.sessions` of the session with id `id`. `lib` must
    /// be the Library this Index was built from.
    pub fn session_index(&self, lib: &Library, id: &str) -> Option<usize> {
        let i = self
            .by_id
            .binary_search_by(|&s| {
                lib.sessions
                    .get(s as usize)
                    .map_or("", |s| s.id.as_str())
                    .cmp(id)
            })
            .ok()?;
        Some(self.by_id[i] as usize)
    }

    /// The label of facet value `id` (e.g. `Day 1` for day `day-1`), if the
    /// notes have that value.
    pub fn label(&self, facet: Facet, id: &str) -> Option<&str> {
        let p = self.postings(facet);
        p.lookup(id).map(|v| &*p.labels[v as usize])
    }

    /// The `(id, label)` of every value of `facet` in the notes, in display
    /// order (see `query::evaluate`).
    pub fn values(&self, facet: Facet) -> impl Iterator<Item = (&str, &str)> {
        let p = self.postings(facet);
        p.order
            .iter()
            .map(move |&v| (&*p.ids[v as usize], &*p.labels[v as usize]))
    }

    /// Approximate heap memory the Index holds, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.bounds.capacity() * 4
            + self.by_id.capacity() * 4
            + self.sigs.capacity() * 8
            + self.facets.iter().map(Postings::heap_bytes).sum::<usize>()
            + self.sec_text.capacity()
            + self.sec_bounds.capacity() * 4
            + self.sec_refs.capacity() * std::mem::size_of::<SectionRef>()
    }

    /// The conference sections and Key Themes indexed, in library order
    /// (see [`SectionRef`]).
    pub(crate) fn section_refs(&self) -> &[SectionRef] {
        &self.sec_refs
    }

    /// Like [`Index::search`], for the conference sections and Key Themes:
    /// `tiers` has one entry per [`Index::section_refs`], and a match is in
    /// the title ([`TIER_TITLE`]) or the body ([`TIER_NOTES`]).
    pub(crate) fn search_sections(&self, word: &str, first: bool, tiers: &mut [u8]) {
        if word.is_empty() {
            return;
        }
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        let bytes = self.sec_text.as_bytes();
        let step = word.chars().next().map_or(1, char::len_utf8);
        for (k, tier) in tiers.iter_mut().enumerate().take(self.sec_refs.len()) {
            if !first && *tier == TIER_NONE {
                continue;
            }
            let (Some(&start), Some(&body), Some(&end)) = (
                self.sec_bounds.get(2 * k),
                self.sec_bounds.get(2 * k + 1),
                self.sec_bounds.get(2 * k + 2),
            ) else {
                *tier = TIER_NONE;
                continue;
            };
            let mut found = TIER_NONE;
            let mut pos = start as usize;
            while let Some(off) = bytes.get(pos..end as usize).and_then(|t| finder.find(t)) {
                let p = pos + off;
                if is_word_start(&self.sec_text, p, word) {
                    found = if p < body as usize {
                        TIER_TITLE
                    } else {
                        TIER_NOTES
                    };
                    break;
                }
                pos = p + step;
            }
            *tier = if found == TIER_NONE || first {
                found
            } else {
                (*tier).max(found)
            };
        }
    }

    /// The postings of `facet`.
    pub(crate) fn postings(&self, facet: Facet) -> &Postings {
        // `facets` has one entry per Facet::ALL; the fallback only guards an
        // Index built by `Default`.
        static EMPTY: Postings = Postings {
            ids: Vec::new(),
            labels: Vec::new(),
            starts: Vec::new(),
            sessions: Vec::new(),
            order: Vec::new(),
            by_id: Vec::new(),
        };
        self.facets.get(facet as usize).unwrap_or(&EMPTY)
    }

    /// Matches one folded search word against every session for which
    /// `tiers[s] != TIER_NONE` (all sessions when `first`), and updates
    /// `tiers[s]` to the worse of its current tier and the best field where
    /// the word occurs at a word start; sessions without a match become
    /// `TIER_NONE`. `tiers` has one entry per session.
    ///
    /// A word matches where it begins a word of the text: `kube` matches
    /// `Kubernetes` and `kube-proxy`, not `minikube` (except in scripts
    /// written without spaces, such as Chinese, where any position counts).
    pub(crate) fn search(&self, word: &str, first: bool, tiers: &mut [u8]) {
        if word.is_empty() {
            return;
        }
        let n = self.len.min(tiers.len());
        // memchr's substring search uses SIMD where the target has it; the
        // text is scanned once per word, so this is the hot loop of a query.
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        let bytes = self.text.as_bytes();
        let step = word.chars().next().map_or(1, char::len_utf8);
        // The signature bit a session must have to contain the word, when
        // the word is long enough to have one.
        let bit = match word.chars().next() {
            Some(c) if !is_unspaced(c) => prefix3(word).map(|p| prefix_bit(p.as_bytes())),
            _ => None,
        };
        let may_have = |s: usize| {
            bit.is_none_or(|b| {
                self.sigs
                    .get(s * SIG_WORDS + b / 64)
                    .is_some_and(|w| w & (1 << (b % 64)) != 0)
            })
        };
        if first && bit.is_none() {
            // One forward scan of the whole text. The first word-start hit
            // in a session is in its best field (fields are laid out title,
            // people, notes), so the scan then jumps to the next session.
            tiers[..n].fill(TIER_NONE);
            let mut pos = 0usize;
            let mut s = 0usize;
            while s < n {
                let Some(off) = bytes.get(pos..).and_then(|t| finder.find(t)) else {
                    break;
                };
                let p = pos + off;
                while s < n && self.end(s) <= p {
                    s += 1;
                }
                if s >= n {
                    break;
                }
                if is_word_start(&self.text, p, word) {
                    tiers[s] = self.field_of(s, p);
                    pos = self.end(s);
                    s += 1;
                } else {
                    pos = p + step;
                }
            }
            return;
        }
        for (s, tier) in tiers[..n].iter_mut().enumerate() {
            if !first && *tier == TIER_NONE {
                continue;
            }
            let mut found = TIER_NONE;
            if may_have(s) {
                // The first word-start hit is in the session's best field.
                let end = self.end(s);
                let mut pos = self.bounds[3 * s] as usize;
                while let Some(off) = bytes.get(pos..end).and_then(|t| finder.find(t)) {
                    let p = pos + off;
                    if is_word_start(&self.text, p, word) {
                        found = self.field_of(s, p);
                        break;
                    }
                    pos = p + step;
                }
            }
            *tier = if found == TIER_NONE || first {
                found
            } else {
                (*tier).max(found)
            };
        }
    }

    /// Offset just past session `s` (after its notes' `\n`).
    fn end(&self, s: usize) -> usize {
        self.bounds[3 * s + 3] as usize
    }

    /// The tier of offset `p` within session `s`.
    fn field_of(&self, s: usize, p: usize) -> u8 {
        if p < self.bounds[3 * s + 1] as usize {
            TIER_TITLE
        } else if p < self.bounds[3 * s + 2] as usize {
            TIER_PEOPLE
        } else {
            TIER_NOTES
        }
    }
}

/// Sessions indexed per [`IndexBuilder::step`].
pub const STEP_SESSIONS: usize = 1000;

/// An [`Index`] being built in bounded steps: from [`Index::builder`], call
/// [`IndexBuilder::step`] until it returns `true`, then
/// [`IndexBuilder::finish`]. The Index is the same as [`Index::new`] gives.
///
/// A step folds and signs the text of at most [`STEP_SESSIONS`] sessions
/// (one `strip_marks_many` call for those with non-ASCII text), or folds
/// the conferences' sections and Key Themes (one call), or builds the
/// postings of one facet, or sorts the sessions by id. Every call must
/// pass the Library the builder was made for.
pub struct IndexBuilder<'u> {
    unicode: &'u dyn Unicode,
    len: usize,
    text: String,
    bounds: Vec<u32>,
    sigs: Vec<u64>,
    facets: Vec<Postings>,
    by_id: Vec<u32>,
    sec_text: String,
    sec_bounds: Vec<u32>,
    sec_refs: Vec<SectionRef>,
    /// Sessions whose text is done.
    done: usize,
    stage: BuildStage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BuildStage {
    /// Folded text and signatures, [`STEP_SESSIONS`] at a time.
    Text,
    /// The folded text of the conferences' sections and Key Themes.
    Sections,
    /// The postings of `Facet::ALL[i]`.
    Facet(usize),
    /// Sessions sorted by id.
    ById,
    Done,
}

impl IndexBuilder<'_> {
    /// Does one bounded slice of the work; `true` when all of it is done
    /// (further calls do nothing and return `true`). `lib` must be the
    /// Library given to [`Index::builder`].
    pub fn step(&mut self, lib: &Library) -> bool {
        self.stage = match self.stage {
            BuildStage::Text => {
                self.text_step(lib);
                if self.done < self.len {
                    BuildStage::Text
                } else {
                    self.text.shrink_to_fit();
                    BuildStage::Sections
                }
            }
            BuildStage::Sections => {
                self.sections_step(lib);
                BuildStage::Facet(0)
            }
            BuildStage::Facet(i) => {
                if let Some(&f) = Facet::ALL.get(i) {
                    self.facets.push(facet_postings(lib, f, self.unicode));
                }
                if i + 1 < Facet::ALL.len() {
                    BuildStage::Facet(i + 1)
                } else {
                    BuildStage::ById
                }
            }
            BuildStage::ById => {
                let id = |s: usize| lib.sessions.get(s).map_or("", |s| s.id.as_str());
                self.by_id = order::sorted_indices(self.len, &|a, b| id(a).cmp(id(b)))
                    .into_iter()
                    .map(to_u32)
                    .collect();
                BuildStage::Done
            }
            BuildStage::Done => BuildStage::Done,
        };
        self.stage == BuildStage::Done
    }

    /// The Index: the work not done yet by [`IndexBuilder::step`] is done
    /// first. `lib` must be the Library given to [`Index::builder`].
    pub fn finish(mut self, lib: &Library) -> Index {
        while !self.step(lib) {}
        Index {
            len: self.len,
            text: self.text,
            bounds: self.bounds,
            facets: self.facets,
            by_id: self.by_id,
            sigs: self.sigs,
            sec_text: self.sec_text,
            sec_bounds: self.sec_bounds,
            sec_refs: self.sec_refs,
        }
    }

    /// Folds the title and body of every conference section and Key Theme
    /// into the section text (one `strip_marks_many` call for the
    /// non-ASCII ones). A Key Theme named by several conferences is one
    /// entry, under the first.
    fn sections_step(&mut self, lib: &Library) {
        let mut refs: Vec<SectionRef> = Vec::new();
        let mut seen = vec![false; lib.themes.len()];
        for (ci, c) in lib.conferences.iter().enumerate() {
            for si in 0..c.sections.len() {
                refs.push(SectionRef::Section {
                    conference: to_u32(ci),
                    section: to_u32(si),
                });
            }
            for &t in &c.themes {
                if let Some(s) = seen.get_mut(t)
                    && !*s
                {
                    *s = true;
                    refs.push(SectionRef::KeyTheme { theme: to_u32(t) });
                }
            }
        }
        // Title and body of each entry: a theme's title is its name and
        // aliases, its body its description and nested items.
        let mut fields: Vec<Cow<'_, str>> = Vec::with_capacity(2 * refs.len());
        for r in &refs {
            match *r {
                SectionRef::Section {
                    conference,
                    section,
                } => {
                    let s = lib
                        .conferences
                        .get(conference as usize)
                        .and_then(|c| c.sections.get(section as usize));
                    fields.push(Cow::Borrowed(s.map_or("", |s| s.title.as_str())));
                    fields.push(Cow::Borrowed(s.map_or("", |s| s.markdown.as_str())));
                }
                SectionRef::KeyTheme { theme } => {
                    let t = lib.themes.get(theme as usize);
                    fields.push(Cow::Owned(t.map_or_else(String::new, |t| {
                        let mut title = t.name.clone();
                        for a in &t.aliases {
                            title.push_str("; ");
                            title.push_str(a);
                        }
                        title
                    })));
                    fields.push(Cow::Owned(t.map_or_else(String::new, |t| {
                        format!("{}\n{}", t.description, t.markdown)
                    })));
                }
            }
        }
        let non_ascii: Vec<&str> = fields
            .iter()
            .map(|f| &**f)
            .filter(|f| !f.is_ascii())
            .collect();
        let stripped = strip_all(self.unicode, &non_ascii);
        drop(non_ascii);
        let mut next_stripped = stripped.iter();
        let text = &mut self.sec_text;
        text.reserve(fields.iter().map(|f| f.len() + 1).sum());
        self.sec_bounds = Vec::with_capacity(fields.len() + 1);
        self.sec_bounds.push(0);
        for f in &fields {
            if f.is_ascii() {
                let start = text.len();
                text.push_str(f);
                text[start..].make_ascii_lowercase();
            } else {
                let src = next_stripped.next().map_or(&**f, String::as_str);
                text::fold_stripped_into(src, text);
            }
            text.push('\n');
            self.sec_bounds.push(to_u32(text.len()));
        }
        text.shrink_to_fit();
        self.sec_refs = refs;
    }

    /// Folds the title, people and notes of the next sessions into the
    /// text, and signs them.
    fn text_step(&mut self, lib: &Library) {
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.len);
        let sessions = lib.sessions.get(start..end).unwrap_or(&[]);
        // People text: "Name, Org; Name, Org", for the slice in one buffer.
        let mut people = String::new();
        let mut people_ends = Vec::with_capacity(sessions.len());
        for s in sessions {
            push_people(lib, s, &mut people);
            people_ends.push(people.len());
        }
        let person = |k: usize| {
            let a = if k == 0 { 0 } else { people_ends[k - 1] };
            &people[a..people_ends[k]]
        };
        let field = |k: usize, f: usize| -> &str {
            match f {
                0 => &sessions[k].title,
                1 => person(k),
                _ => &sessions[k].markdown,
            }
        };
        // Strip marks from the slice's non-ASCII fields in one call.
        let mut non_ascii: Vec<&str> = Vec::new();
        for k in 0..sessions.len() {
            for f in 0..3 {
                let s = field(k, f);
                if !s.is_ascii() {
                    non_ascii.push(s);
                }
            }
        }
        let stripped = strip_all(self.unicode, &non_ascii);
        drop(non_ascii);
        let mut next_stripped = stripped.iter();
        let text = &mut self.text;
        for k in 0..end - start {
            let from = text.len();
            for f in 0..3 {
                let s = if k < sessions.len() { field(k, f) } else { "" };
                if s.is_ascii() {
                    let start = text.len();
                    text.push_str(s);
                    text[start..].make_ascii_lowercase();
                } else {
                    let src = next_stripped.next().map_or(s, String::as_str);
                    text::fold_stripped_into(src, text);
                }
                text.push('\n');
                self.bounds.push(to_u32(text.len()));
            }
            let mut sig = [0u64; SIG_WORDS];
            sign(&text[from..], &mut sig);
            self.sigs.extend_from_slice(&sig);
        }
        self.done = end;
    }
}

/// The length of the people text of `s` (see [`push_people`]).
fn people_len(lib: &Library, s: &Session) -> usize {
    let mut len = 0;
    for sp in &s.speakers {
        if let Some(speaker) = lib.speakers.get(sp.speaker) {
            if len > 0 {
                len += 2;
            }
            len += speaker.name.len();
        }
        if let Some(org) = sp.org.and_then(|o| lib.orgs.get(o)) {
            len += 2 + org.name.len();
        }
    }
    len
}

/// Appends the people of `s` to `out`: "Name, Org; Name, Org".
fn push_people(lib: &Library, s: &Session, out: &mut String) {
    let start = out.len();
    for sp in &s.speakers {
        if let Some(speaker) = lib.speakers.get(sp.speaker) {
            if out.len() > start {
                out.push_str("; ");
            }
            out.push_str(&speaker.name);
        }
        if let Some(org) = sp.org.and_then(|o| lib.orgs.get(o)) {
            out.push_str(", ");
            out.push_str(&org.name);
        }
    }
}

/// True when the match of `word` at `p` begins a word of `text`. `p` is a
/// char boundary: a match of UTF-8 in UTF-8 starts on one.
fn is_word_start(text: &str, p: usize, word: &str) -> bool {
    match text.get(..p).and_then(|t| t.chars().next_back()) {
        None => true,
        Some(prev) => {
            !prev.is_alphanumeric()
                || is_unspaced(prev)
                || word.chars().next().is_some_and(is_unspaced)
        }
    }
}

/// Sets in `sig` the bit of every word beginning in `t` (see
/// [`prefix_bit`]). Word beginnings follow the rule of `is_word_start`. A
/// byte loop with a fast path for ASCII: this runs over all the notes.
fn sign(t: &str, sig: &mut [u64]) {
    let b = t.as_bytes();
    let mut set = |p3: &[u8]| {
        let bit = prefix_bit(p3);
        if let Some(w) = sig.get_mut(bit / 64) {
            *w |= 1 << (bit % 64);
        }
    };
    let alnum = |x: u8| text::ASCII_CLASS[usize::from(x)] == text::ASCII_ALNUM;
    text::scan_words(t, |i, c, in_word| match c {
        None => {
            // An ASCII word start.
            match b.get(i..i + 3) {
                Some(p @ &[x, y, z]) if alnum(x) && alnum(y) && alnum(z) => set(p),
                // ASCII, and not three letters or digits: no prefix.
                Some(&[_, y, z]) if y.is_ascii() && z.is_ascii() => {}
                _ => {
                    if let Some(p3) = t.get(i..).and_then(prefix3) {
                        set(p3.as_bytes());
                    }
                }
            }
            true
        }
        Some(ch) => {
            let alnum = ch.is_alphanumeric();
            if alnum
                && !in_word
                && let Some(p3) = t.get(i..).and_then(prefix3)
            {
                set(p3.as_bytes());
            }
            alnum && !is_unspaced(ch)
        }
    });
}

/// The first three chars of `s`, when all three are letters or digits.
fn prefix3(s: &str) -> Option<&str> {
    let mut chars = s.char_indices();
    for _ in 0..3 {
        let (_, c) = chars.next()?;
        if !c.is_alphanumeric() {
            return None;
        }
    }
    let end = chars.next().map_or(s.len(), |(i, _)| i);
    s.get(..end)
}

/// The signature bit of a word beginning (FNV-1a of its bytes).
fn prefix_bit(p3: &[u8]) -> usize {
    let h = p3.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    });
    h as usize % (SIG_WORDS * 64)
}

/// Letters of scripts written without spaces between words, where any
/// position may begin a word: CJK ideographs, kana, Thai, Lao, Khmer,
/// Myanmar.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x20000..=0x3134F // CJK Extensions B-G
    )
}

/// `(id, name)` of each of a facet's entities, as its values.
fn named<'a>(entities: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(Arc<str>, Arc<str>)> {
    entities
        .map(|(id, name)| (Arc::from(id), Arc::from(name)))
        .collect()
}

/// `strip_marks_many` of `texts`; no call at all when there are none (in
/// the browser each call crosses to JavaScript).
fn strip_all(unicode: &dyn Unicode, texts: &[&str]) -> Vec<String> {
    if texts.is_empty() {
        Vec::new()
    } else {
        unicode.strip_marks_many(texts)
    }
}

/// Builds the postings of one facet from the Library.
fn facet_postings(lib: &Library, facet: Facet, unicode: &dyn Unicode) -> Postings {
    let arc = |s: &str| -> Arc<str> { Arc::from(s) };
    let n = lib.sessions.len();
    // A facet whose values are the Library's own records: each session
    // names the values it has by their index.
    let of_records = |values: Vec<(Arc<str>, Arc<str>)>,
                      has: &dyn Fn(&crate::model::Session, &mut Vec<u32>),
                      order: Order| {
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut own = Vec::new();
        for (i, s) in lib.sessions.iter().enumerate() {
            own.clear();
            has(s, &mut own);
            pairs.extend(own.iter().map(|&v| (to_u32(i), v)));
        }
        Postings::build(values, &pairs, order)
    };
    match facet {
        Facet::Theme => of_records(
            named(lib.themes.iter().map(|t| (&*t.id, &*t.name))),
            &|s, out| out.extend(s.themes.iter().map(|t| to_u32(t.theme))),
            Order::ByLabel,
        ),
        Facet::Speaker => of_records(
            named(lib.speakers.iter().map(|p| (&*p.id, &*p.name))),
            &|s, out| out.extend(s.speakers.iter().map(|p| to_u32(p.speaker))),
            Order::ByLabel,
        ),
        Facet::Org => of_records(
            named(lib.orgs.iter().map(|o| (&*o.id, &*o.name))),
            &|s, out| out.extend(s.speakers.iter().filter_map(|p| p.org.map(to_u32))),
            Order::ByLabel,
        ),
        Facet::Conf => of_records(
            named(lib.conferences.iter().map(|c| (&*c.id, &*c.title))),
            &|s, out| out.push(to_u32(s.conference)),
            Order::AsGiven,
        ),
        Facet::Source => {
            // Two values at most, those present: this site, then opened.
            let opened: Vec<bool> = lib
                .sessions
                .iter()
                .map(|s| crate::model::is_opened_path(&s.file))
                .collect();
            let mut values = Vec::new();
            let mut value_of = [None; 2];
            for (k, (id, label)) in [("site", "This site"), ("opened", "Opened in this browser")]
                .into_iter()
                .enumerate()
            {
                if opened.contains(&(k == 1)) {
                    value_of[k] = Some(to_u32(values.len()));
                    values.push((arc(id), arc(label)));
                }
            }
            let pairs: Vec<(u32, u32)> = opened
                .iter()
                .enumerate()
                .filter_map(|(i, &o)| value_of[usize::from(o)].map(|v| (to_u32(i), v)))
                .collect();
            Postings::build(values, &pairs, Order::AsGiven)
        }
        Facet::Day | Facet::Track | Facet::Lang => {
            let label_of = |i: usize| -> Option<&str> {
                let s = &lib.sessions[i];
                match facet {
                    Facet::Day => s.day.as_deref(),
                    Facet::Track => s.track.as_deref(),
                    _ => s.language.as_deref(),
                }
            };
            // Distinct labels in order of first appearance, slugged with
            // one strip_marks_many call.
            let mut distinct: HashMap<&str, u32> = HashMap::new();
            let mut labels: Vec<&str> = Vec::new();
            for i in 0..n {
                if let Some(l) = label_of(i) {
                    distinct.entry(l).or_insert_with(|| {
                        labels.push(l);
                        to_u32(labels.len() - 1)
                    });
                }
            }
            let stripped = if labels.iter().all(|l| l.is_ascii()) {
                labels.iter().map(|l| l.to_string()).collect()
            } else {
                unicode.strip_marks_many(&labels)
            };
            // Labels with one slug (`Day 1`, `day 1`) are one value, shown
            // with the first spelling.
            let mut by_slug: HashMap<String, u32> = HashMap::new();
            let mut values: Vec<(Arc<str>, Arc<str>)> = Vec::new();
            let mut value_of_label: Vec<u32> = Vec::with_capacity(labels.len());
            for (l, st) in labels.iter().zip(&stripped) {
                let slug = text::slug_of_folded(&text::fold_stripped(st));
                let v = *by_slug.entry(slug.clone()).or_insert_with(|| {
                    values.push((arc(&slug), arc(l.trim())));
                    to_u32(values.len() - 1)
                });
                value_of_label.push(v);
            }
            let pairs: Vec<(u32, u32)> = (0..n)
                .filter_map(|i| {
                    let &li = distinct.get(label_of(i)?)?;
                    Some((to_u32(i), value_of_label[li as usize]))
                })
                .collect();
            if facet != Facet::Day {
                return Postings::build(values, &pairs, Order::ByLabel);
            }
            // A day belongs to its conference (`Day 1` of two conferences
            // are two days): one value per (conference, day), id
            // `conference/day`.
            let mut per_conf: HashMap<(u32, u32), u32> = HashMap::new();
            let mut keys: Vec<(u32, u32)> = Vec::new();
            let pairs: Vec<(u32, u32)> = pairs
                .into_iter()
                .map(|(i, v)| {
                    let key = (to_u32(lib.sessions[i as usize].conference), v);
                    let dv = *per_conf.entry(key).or_insert_with(|| {
                        keys.push(key);
                        to_u32(keys.len() - 1)
                    });
                    (i, dv)
                })
                .collect();
            let mut days: Vec<(Arc<str>, Arc<str>)> = keys
                .iter()
                .map(|&(conf, v)| {
                    let conf = lib.conferences.get(conf as usize).map_or("", |c| &*c.id);
                    let (slug, label) = &values[v as usize];
                    (arc(&format!("{conf}/{slug}")), label.clone())
                })
                .collect();
            // Conferences in date order (by their date, else the year in
            // their title; undated ones last, by title), then their days
            // by date where the label is one, else by first appearance: a
            // stable sort of the value numbers, renumbering the pairs.
            let conf_key: Vec<(bool, Option<text::DateKey>)> = lib
                .conferences
                .iter()
                .map(|c| {
                    let k = c
                        .date
                        .as_deref()
                        .and_then(text::date_key)
                        .or_else(|| text::date_key(&c.title));
                    (k.is_none(), k)
                })
                .collect();
            let day_key: Vec<text::DateKey> = keys
                .iter()
                .map(|&(_, v)| text::date_key(&values[v as usize].1).unwrap_or((u16::MAX, 0, 0)))
                .collect();
            let sort_key = |i: usize| {
                let conf = keys[i].0 as usize;
                (
                    conf_key.get(conf).copied().unwrap_or((true, None)),
                    conf,
                    day_key[i],
                )
            };
            let order = order::sorted_indices(keys.len(), &|a, b| sort_key(a).cmp(&sort_key(b)));
            let mut renumber = vec![0u32; keys.len()];
            for (new, &old) in order.iter().enumerate() {
                renumber[old] = to_u32(new);
            }
            order::apply(&mut days, &order);
            let pairs: Vec<(u32, u32)> = pairs
                .into_iter()
                .map(|(i, v)| (i, renumber[v as usize]))
                .collect();
            Postings::build(days, &pairs, Order::AsGiven)
        }
    }
}
