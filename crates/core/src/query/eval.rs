//! The engine: [`evaluate`] turns a [`Query`], the [`Index`] and the
//! reader's [`UserFacts`] into [`Results`], in named steps:
//!
//! 1. [`ReaderThemes::build`]: the reader's themes, joined to the index's.
//! 2. [`facet_filters`]: per facet, the sessions having a selected value.
//! 3. [`text_tiers`]: how well each session matches the search words.
//! 4. [`candidates`]: the sessions the text and the reader predicates allow.
//! 5. [`FacetFilters::narrow`] then [`rank`]: the matching sessions, ranked.
//! 6. [`facet_counts`]: every facet value's faceted count.
//! 7. [`open_session`]: the open session and its neighbours.
//! 8. [`section_hits`]: with search text, the conferences' own notes that
//!    match it.
//!
//! [`blocking_filters`] reuses steps 1 to 5 to count what each filter of a
//! Query leaves out.

use std::collections::HashMap;
use std::sync::Arc;

use super::{
    Facet, FacetCounts, FacetValue, Filter, Query, Results, SectionHit, SectionPart, UserFacts,
    View, is_slug,
};
use crate::index::{Index, SectionRef, TIER_NONE, TIER_TITLE};
use crate::model::Library;
use crate::order;
use crate::text::{self, Unicode};

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

    /// The sessions the reader added to value `v` of `facet` that the notes
    /// do not give it (only themes have any), ascending.
    fn extra(&self, facet: Facet, v: u32) -> &[u32] {
        match facet {
            Facet::Theme => self.extra.get(&v).map_or(&[], Vec::as_slice),
            _ => &[],
        }
    }

    /// The reader-only theme `slug`: (slug, label, sessions ascending).
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
    let (filters, unknown) = facet_filters(index, &reader, q, n);
    let terms = search_terms(unicode, &q.text);
    let tiers = text_tiers(index, &terms, n);
    let base = candidates(lib, index, q, user, tiers.as_deref(), n);
    let matching = filters
        .narrow(base.as_ref(), None, n)
        .unwrap_or_else(|| Bits::full(n));
    let sessions = rank(&matching, tiers.as_deref());
    debug_assert_eq!(matching.count(), sessions.len());
    let facets = facet_counts(index, &reader, q, base.as_ref(), &filters, n);
    let open = open_session(lib, index, q, &sessions, n);
    let sections = section_hits(lib, index, q, &filters, &terms);
    Results {
        sessions,
        total: n,
        facets,
        unknown,
        unknown_session: open.unknown,
        terms,
        session: open.session,
        prev: open.prev,
        next: open.next,
        sections,
    }
}

/// One filter of a Query and what removing it alone would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockingFilter {
    /// The filter.
    pub filter: Filter,
    /// The Query without it: where "Remove ..." navigates.
    pub without: Query,
    /// The number of sessions `without` matches (`evaluate(..).sessions.len()`).
    pub count: usize,
}

/// For an empty result ("No sessions match"): every filter of `q`
/// ([`Query::filters`], in that order) with the Query without it and the
/// number of sessions that Query matches, so the reader sees which filter
/// excludes everything. Filters whose removal alone brings nothing back
/// are listed too, with count 0. Cheaper than one [`evaluate`] per filter:
/// the reader's themes and the text search are worked out once, and no
/// facet is counted.
pub fn blocking_filters(
    lib: &Library,
    index: &Index,
    q: &Query,
    user: &UserFacts,
    unicode: &dyn Unicode,
) -> Vec<BlockingFilter> {
    let n = index.len().min(lib.sessions.len());
    let reader = ReaderThemes::build(lib, index, user);
    let tiers = text_tiers(index, &search_terms(unicode, &q.text), n);
    q.filters()
        .into_iter()
        .map(|filter| {
            let without = q.without_filter(&filter);
            let own;
            let tiers = if without.text == q.text {
                tiers.as_deref()
            } else {
                own = text_tiers(index, &search_terms(unicode, &without.text), n);
                own.as_deref()
            };
            let (filters, _) = facet_filters(index, &reader, &without, n);
            let base = candidates(lib, index, &without, user, tiers, n);
            let count = filters
                .narrow(base.as_ref(), None, n)
                .map_or(n, |b| b.count());
            BlockingFilter {
                filter,
                without,
                count,
            }
        })
        .collect()
}

/// Per facet (at `Facet as usize`), the sessions that have any of the
/// Query's selected values of that facet; None for a facet with no
/// selected value that the notes or the reader have.
struct FacetFilters(Vec<Option<Bits>>);

impl FacetFilters {
    /// `base` (None: every session) narrowed by every facet's filter but
    /// `except`'s; None when nothing narrows it, i.e. every session.
    fn narrow(&self, base: Option<&Bits>, except: Option<Facet>, n: usize) -> Option<Bits> {
        let except = except.map(|f| f as usize);
        let mut out = base.cloned();
        for (g, b) in self.0.iter().enumerate() {
            if let (true, Some(b)) = (Some(g) != except, b) {
                out.get_or_insert_with(|| Bits::full(n)).and(b);
            }
        }
        out
    }
}

/// Step 2: the Query's facet selections as one set of sessions per facet
/// (any selected value within a facet: the notes' sessions of the value
/// plus those the reader gave it), and the selected values neither the
/// notes nor the reader have, in Query order (they are ignored).
fn facet_filters(
    index: &Index,
    reader: &ReaderThemes,
    q: &Query,
    n: usize,
) -> (FacetFilters, Vec<(Facet, String)>) {
    let mut filters: Vec<Option<Bits>> = vec![None; Facet::ALL.len()];
    let mut unknown = Vec::new();
    for f in Facet::ALL {
        let selected = q.values(f);
        if selected.is_empty() {
            continue;
        }
        let postings = index.postings(f);
        let mut bits = Bits::empty(n);
        let mut known = false;
        for v in selected {
            if f == Facet::Day && !v.contains('/') {
                // A bare day (`day=day-1`, from before days belonged to
                // their conference): that day in every conference.
                let days = postings.with_suffix(&format!("/{v}"));
                for &vi in &days {
                    for &s in postings.sessions(vi) {
                        bits.set(s);
                    }
                }
                if days.is_empty() {
                    unknown.push((f, v.clone()));
                } else {
                    known = true;
                }
                continue;
            }
            let sessions: Option<(&[u32], &[u32])> = match postings.lookup(v) {
                Some(vi) => Some((postings.sessions(vi), reader.extra(f, vi))),
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
    (FacetFilters(filters), unknown)
}

/// Step 3: how each of the `n` sessions matches the search `terms`, as a
/// tier (title, people, notes; `TIER_NONE`: no match); None without terms.
fn text_tiers(index: &Index, terms: &[String], n: usize) -> Option<Vec<u8>> {
    if terms.is_empty() {
        return None;
    }
    let mut tiers = vec![TIER_NONE; n];
    let mut longest_first: Vec<&String> = terms.iter().collect();
    // The longest word first: it is the rarest and the fastest to scan for,
    // and later words only look at the sessions it matched.
    order::sort_by(&mut longest_first, &|a, b| b.len().cmp(&a.len()));
    for (k, t) in longest_first.iter().enumerate() {
        index.search(t, k == 0, &mut tiers);
    }
    Some(tiers)
}

/// Step 4: the sessions the search text (its `tiers`) and the reader
/// predicates (`starred`, `mine`, `view=notes`) allow; None when none of
/// them narrows, i.e. every session.
fn candidates(
    lib: &Library,
    index: &Index,
    q: &Query,
    user: &UserFacts,
    tiers: Option<&[u8]>,
    n: usize,
) -> Option<Bits> {
    let mut base = tiers.map(|tiers| {
        let mut bits = Bits::empty(n);
        for (s, &t) in tiers.iter().enumerate() {
            if t != TIER_NONE {
                bits.set(s as u32);
            }
        }
        bits
    });
    let mut only = |ids: &mut dyn Iterator<Item = &String>| {
        let mut bits = Bits::empty(n);
        for id in ids {
            if let Some(s) = index.session_index(lib, id) {
                bits.set(s as u32);
            }
        }
        base.get_or_insert_with(|| Bits::full(n)).and(&bits);
    };
    if q.starred {
        only(&mut user.starred.iter());
    }
    if q.mine {
        only(&mut user.noted.iter());
    }
    if q.view == Some(View::Notes) {
        only(
            &mut user.starred.iter().chain(&user.noted).chain(
                user.themes
                    .iter()
                    .filter(|(_, t)| !t.is_empty())
                    .map(|(id, _)| id),
            ),
        );
    }
    base
}

/// Step 5: the `matching` sessions in library order or, with search text,
/// stable by tier: title hits, then people, then notes.
fn rank(matching: &Bits, tiers: Option<&[u8]>) -> Vec<usize> {
    let sessions: Vec<usize> = matching.ones().collect();
    let Some(tiers) = tiers else {
        return sessions;
    };
    // A counting sort: four tiers, no comparison sort needed.
    let tier = |s: usize| tiers.get(s).copied().unwrap_or(TIER_NONE);
    let mut ranked = Vec::with_capacity(sessions.len());
    for t in 0..=TIER_NONE {
        ranked.extend(sessions.iter().copied().filter(|&s| tier(s) == t));
    }
    ranked.extend(sessions.iter().copied().filter(|&s| tier(s) > TIER_NONE));
    ranked
}

/// Step 6: the values of every facet that has any (in the notes, the
/// reader's data or the Query; Source only with notes of both sources),
/// in [`Facet::ALL`] order, each counted
/// among the sessions that `base` and every OTHER facet's filter allow.
fn facet_counts(
    index: &Index,
    reader: &ReaderThemes,
    q: &Query,
    base: Option<&Bits>,
    filters: &FacetFilters,
    n: usize,
) -> Vec<FacetCounts> {
    let mut facets = Vec::new();
    for f in Facet::ALL {
        let postings = index.postings(f);
        let reader_only = match f {
            Facet::Theme => reader.only.len(),
            _ => 0,
        };
        // The Source facet only when there is a choice: with no notes
        // opened in this browser, every session is the site's.
        let nothing_to_choose = postings.len() == 0 || (f == Facet::Source && postings.len() < 2);
        if nothing_to_choose && reader_only == 0 && q.values(f).is_empty() {
            continue;
        }
        let others = filters.narrow(base, Some(f), n);
        let count = |s: &[u32]| match &others {
            None => s.len(),
            Some(o) => o.count_of(s),
        };
        let selected = q.values(f);
        let mut values: Vec<FacetValue> = Vec::with_capacity(postings.len() + reader_only);
        for &v in &postings.order {
            let id = &postings.ids[v as usize];
            values.push(FacetValue {
                id: id.clone(),
                label: postings.labels[v as usize].clone(),
                count: count(postings.sessions(v)) + count(reader.extra(f, v)),
                selected: selected.iter().any(|s| **s == **id),
                // A theme of the notes (a Key Theme) that only the reader
                // put on sessions is theirs on every one of them.
                reader_only: postings.sessions(v).is_empty() && !reader.extra(f, v).is_empty(),
            });
        }
        if reader_only > 0 {
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
    facets
}

/// Step 8: the conference sections and Key Themes that every search word
/// begins a word of (title or body), as [`Results::sections`] says: none
/// without `terms` or when a filter other than `conf` narrows (`filters`
/// holds the facets with known selected values); with `conf`, only those
/// conferences' (a Key Theme of several conferences is reported under the
/// first one allowed). Title hits first, then library order.
fn section_hits(
    lib: &Library,
    index: &Index,
    q: &Query,
    filters: &FacetFilters,
    terms: &[String],
) -> Vec<SectionHit> {
    let refs = index.section_refs();
    if terms.is_empty() || refs.is_empty() {
        return Vec::new();
    }
    let narrowed = |f: Facet| filters.0.get(f as usize).is_some_and(Option::is_some);
    if q.starred
        || q.mine
        || q.view.is_some()
        || Facet::ALL.iter().any(|&f| f != Facet::Conf && narrowed(f))
    {
        return Vec::new();
    }
    // The conferences `conf` selects: its values are the conferences, in
    // library order, so a value number is a conference index.
    let confs: Option<Vec<usize>> = narrowed(Facet::Conf).then(|| {
        let postings = index.postings(Facet::Conf);
        q.confs
            .iter()
            .filter_map(|c| postings.lookup(c))
            .map(|v| v as usize)
            .collect()
    });
    let allowed = |c: usize| confs.as_ref().is_none_or(|cs| cs.contains(&c));
    let mut tiers = vec![TIER_NONE; refs.len()];
    let mut longest_first: Vec<&String> = terms.iter().collect();
    order::sort_by(&mut longest_first, &|a, b| b.len().cmp(&a.len()));
    for (k, t) in longest_first.iter().enumerate() {
        index.search_sections(t, k == 0, &mut tiers);
    }
    let mut hits: Vec<(u8, SectionHit)> = Vec::new();
    for (r, &tier) in refs.iter().zip(&tiers) {
        if tier == TIER_NONE {
            continue;
        }
        let hit = match *r {
            SectionRef::Section {
                conference,
                section,
            } => {
                let c = conference as usize;
                let Some(s) = lib
                    .conferences
                    .get(c)
                    .and_then(|x| x.sections.get(section as usize))
                else {
                    continue;
                };
                if !allowed(c) {
                    continue;
                }
                SectionHit {
                    conference: c,
                    part: SectionPart::Section(section as usize),
                    id: s.id.clone(),
                    title: s.title.clone(),
                    in_title: tier == TIER_TITLE,
                }
            }
            SectionRef::KeyTheme { theme } => {
                let Some(t) = lib.themes.get(theme as usize) else {
                    continue;
                };
                let Some(&c) = t.conferences.iter().find(|&&c| allowed(c)) else {
                    continue;
                };
                SectionHit {
                    conference: c,
                    part: SectionPart::KeyTheme(theme as usize),
                    id: t.id.clone(),
                    title: t.name.clone(),
                    in_title: tier == TIER_TITLE,
                }
            }
        };
        hits.push((tier, hit));
    }
    // Stable: title hits first, each group in library order.
    order::sort_by(&mut hits, &|a, b| a.0.cmp(&b.0));
    hits.into_iter().map(|(_, h)| h).collect()
}

/// The open session of a Query, as [`Results`] reports it.
struct Open {
    /// Its index, when `s` names a session.
    session: Option<usize>,
    /// The `s` that names no session.
    unknown: Option<String>,
    /// The sessions before and after it in the list.
    prev: Option<usize>,
    next: Option<usize>,
}

/// Step 7: the session `s` names (among the first `n`), and its neighbours
/// in the ranked `sessions` when it is among them.
fn open_session(lib: &Library, index: &Index, q: &Query, sessions: &[usize], n: usize) -> Open {
    let mut open = Open {
        session: None,
        unknown: None,
        prev: None,
        next: None,
    };
    let Some(id) = &q.session else {
        return open;
    };
    match index.session_index(lib, id).filter(|&s| s < n) {
        Some(s) => {
            open.session = Some(s);
            if let Some(pos) = sessions.iter().position(|&x| x == s) {
                open.prev = pos.checked_sub(1).map(|p| sessions[p]);
                open.next = sessions.get(pos + 1).copied();
            }
        }
        None => open.unknown = Some(id.clone()),
    }
    open
}
