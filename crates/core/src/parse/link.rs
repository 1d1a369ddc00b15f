//! Linking the drafts of all files into a Library, in bounded steps.

use std::collections::{HashMap, HashSet};

use crate::model::{
    Conference, Diagnostic, Library, Link, Session, SessionSpeaker, SessionTheme, Severity,
    ThemeSource,
};
use crate::order;
use crate::render::safe_link;
use crate::suggest::{self, Scorer};
use crate::text::{self, Unicode, fold, slugify};

use super::builder::*;
use super::ids::*;
use super::themes::Matcher;
use super::util::*;

/// Sessions linked per [`Finishing::step`]: a bounded slice of work (a few
/// milliseconds natively, well under 100 ms in a browser).
pub const STEP_SESSIONS: usize = 1000;

/// A [`LibraryBuilder::finish`] that runs in bounded steps, so a caller on
/// a browser's main thread can yield between them. Get one from
/// [`LibraryBuilder::finish_in_steps`], call [`Finishing::step`] until it
/// returns `true`, then take the Library with [`Finishing::into_library`].
/// The result is the same Library as [`LibraryBuilder::finish`] gives.
///
/// Each step does the work of at most [`STEP_SESSIONS`] sessions (or the
/// per-conference and per-name work, which is proportional to the number
/// of conferences, themes, speakers and orgs), and calls the [`Unicode`]
/// provider's `strip_marks_many` at most once or twice.
pub struct Finishing<'u> {
    pub(super) linker: Linker<'u>,
    pub(super) stage: Stage,
}

/// Where a [`Finishing`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    /// Conferences, sections, Key Themes; sessions put in order.
    Conferences,
    /// Sessions' natural ids, a slice per step.
    Ids,
    /// Sessions linked to speakers, orgs and themes, a slice per step.
    Sessions,
    /// The Key Themes no session carries, and the sessions their words
    /// suggest (`suggest`), a slice of those conferences' sessions per step.
    Suggest,
    /// Speakers, orgs and themes sorted by name.
    Entities,
    /// Sessions' references rewritten to the sorted order, a slice per step.
    Remap,
    Done,
}

impl<'u> Finishing<'u> {
    /// Does one bounded slice of the work; `true` when all of it is done
    /// (further calls do nothing and return `true`).
    pub fn step(&mut self) -> bool {
        let l = &mut self.linker;
        self.stage = match self.stage {
            Stage::Conferences => {
                l.conferences();
                Stage::Ids
            }
            Stage::Ids => {
                if l.natural_ids() {
                    Stage::Sessions
                } else {
                    Stage::Ids
                }
            }
            Stage::Sessions => {
                if l.sessions() {
                    Stage::Suggest
                } else {
                    Stage::Sessions
                }
            }
            Stage::Suggest => {
                if l.suggestions() {
                    l.unlinked_key_themes();
                    Stage::Entities
                } else {
                    Stage::Suggest
                }
            }
            Stage::Entities => {
                l.sort_entities();
                Stage::Remap
            }
            Stage::Remap => {
                if l.remap_sessions() {
                    l.finish_diagnostics();
                    Stage::Done
                } else {
                    Stage::Remap
                }
            }
            Stage::Done => Stage::Done,
        };
        self.stage == Stage::Done
    }

    /// The Library: the work not done yet by [`Finishing::step`] is done
    /// first.
    pub fn into_library(mut self) -> Library {
        while !self.step() {}
        self.linker.lib
    }
}

/// Links the drafts of a builder into a Library (see [`Finishing`] for the
/// stages).
pub(super) struct Linker<'u> {
    pub(super) unicode: &'u dyn Unicode,
    pub(super) lib: Library,
    pub(super) diags: Vec<Diagnostic>,
    pub(super) confs: Vec<ConfDraft>,
    /// Sessions in library order (conference, file, line); a slice of them
    /// at a time moves to `lib.sessions`.
    pub(super) drafts: Vec<SessionDraft>,
    /// How many sessions the current stage has done.
    pub(super) done: usize,
    /// Per session, `conference-id/slug(title)`, until it becomes its id.
    pub(super) natural: Vec<String>,
    /// Per session, the first session with the same natural id.
    pub(super) first_of: Vec<u32>,
    /// Natural ids and the first session that has each: no suffixed id
    /// may take one.
    pub(super) naturals: HashMap<String, u32>,
    /// Suffixed ids handed out, and per base the next suffix to try, so n
    /// copies of one title cost O(n), not O(n²).
    pub(super) suffixed: HashSet<String>,
    pub(super) next_suffix: HashMap<String, usize>,
    /// Per conference (in library order): its Key Theme matcher, its Key
    /// Themes with their file and line, and the themes sessions link to.
    pub(super) matchers: Vec<Matcher>,
    pub(super) key_theme_lines: Vec<Vec<(usize, String, u32)>>,
    pub(super) linked: Vec<HashSet<usize>>,
    /// The scorers of the conferences with unlinked Key Themes, once the
    /// Suggest stage has begun, and the sessions it reads.
    pub(super) scorers: Option<Vec<Scorer>>,
    pub(super) to_scan: Vec<usize>,
    pub(super) speaker_ids: HashMap<String, usize>,
    pub(super) org_ids: HashMap<String, usize>,
    pub(super) theme_keys: HashMap<String, usize>,
    /// Speakers and orgs by name as written: a name seen before costs one
    /// lookup, not a slug.
    pub(super) speaker_names: HashMap<String, usize>,
    pub(super) org_names: HashMap<String, usize>,
    /// The sorted orders of speakers, orgs and themes.
    pub(super) perms: Option<[Perm; 3]>,
    /// A theme name's key, reused.
    pub(super) key_buf: String,
}

impl<'u> Linker<'u> {
    pub(super) fn new(b: LibraryBuilder<'u>) -> Self {
        Linker {
            unicode: b.unicode,
            lib: Library {
                outlines: {
                    let mut o = b.outlines;
                    order::sort_by(&mut o, &|a, b| a.file.cmp(&b.file));
                    o
                },
                ..Library::default()
            },
            diags: b.diagnostics,
            confs: b.confs,
            drafts: b.sessions,
            done: 0,
            natural: Vec::new(),
            first_of: Vec::new(),
            naturals: HashMap::new(),
            suffixed: HashSet::new(),
            next_suffix: HashMap::new(),
            matchers: Vec::new(),
            key_theme_lines: Vec::new(),
            linked: Vec::new(),
            scorers: None,
            to_scan: Vec::new(),
            speaker_ids: HashMap::new(),
            org_ids: HashMap::new(),
            theme_keys: HashMap::new(),
            speaker_names: HashMap::new(),
            org_names: HashMap::new(),
            perms: None,
            key_buf: String::new(),
        }
    }

    /// Conferences sorted by title, their sections and Key Themes; the
    /// sessions put in library order.
    pub(super) fn conferences(&mut self) {
        let u = self.unicode;
        let mut confs = std::mem::take(&mut self.confs);
        for c in &mut confs {
            order::sort_by(&mut c.titles, &Ord::cmp);
            order::sort_by(&mut c.dates, &Ord::cmp);
        }
        let title_of = |c: &ConfDraft| c.titles.first().map(|t| t.1.clone()).unwrap_or_default();
        let sort_keys: Vec<(String, String)> = confs
            .iter()
            .map(|c| (fold(u, &title_of(c)), c.id.clone()))
            .collect();
        let order = order::sorted_indices(confs.len(), &|a, b| sort_keys[a].cmp(&sort_keys[b]));
        let mut conf_new = vec![0; confs.len()];
        for (new, &old) in order.iter().enumerate() {
            conf_new[old] = new;
        }
        self.matchers.reserve(confs.len());
        self.key_theme_lines.reserve(confs.len());
        for &old in &order {
            let c = &mut confs[old];
            let ci = self.lib.conferences.len();
            let mut sources: Vec<String> = c.titles.iter().map(|t| t.0.clone()).collect();
            sources.dedup();
            let mut sections = std::mem::take(&mut c.sections);
            order::sort_by(&mut sections, &|a, b| {
                (&a.file, a.line).cmp(&(&b.file, b.line))
            });
            let mut ids = Ids::default();
            for s in &mut sections {
                let base = if s.title.is_empty() {
                    "preamble".to_string()
                } else {
                    slugify(u, &s.title)
                };
                s.id = ids.claim(&base, &HashSet::new());
            }
            let mut matcher = Matcher::default();
            let mut conf_themes = Vec::new();
            let mut conf_theme_set = HashSet::new();
            let mut lines = Vec::new();
            let mut drafts = std::mem::take(&mut c.themes);
            order::sort_by(&mut drafts, &|a, b| {
                (&a.file, a.line).cmp(&(&b.file, b.line))
            });
            for d in drafts {
                let Some(t) = self.theme_for(&d.item.name, None, None) else {
                    continue;
                };
                let theme = &mut self.lib.themes[t];
                for a in &d.item.aliases {
                    if !theme.aliases.contains(a) {
                        theme.aliases.push(a.clone());
                    }
                }
                if theme.description.is_empty() {
                    theme.description.clone_from(&d.item.description);
                }
                if theme.markdown.is_empty() {
                    theme.markdown.clone_from(&d.markdown);
                }
                if theme.conferences.last() != Some(&ci) {
                    theme.conferences.push(ci);
                }
                if conf_theme_set.insert(t) {
                    conf_themes.push(t);
                }
                matcher.add(u, &d.item.name, t);
                for a in &d.item.aliases {
                    matcher.add(u, a, t);
                }
                lines.push((t, d.file, d.line));
            }
            self.matchers.push(matcher);
            self.key_theme_lines.push(lines);
            self.lib.conferences.push(Conference {
                id: c.id.clone(),
                title: title_of(c),
                sources,
                date: c.dates.first().map(|d| d.1.clone()),
                themes: conf_themes,
                sections,
                sessions: Vec::new(),
            });
        }
        self.linked = vec![HashSet::new(); self.lib.conferences.len()];
        // Sessions, in conference order, then file, then line.
        for d in &mut self.drafts {
            d.conf = conf_new[d.conf];
        }
        order::sort_by(&mut self.drafts, &|a, b| {
            (a.conf, &a.file, a.line).cmp(&(b.conf, &b.file, b.line))
        });
        self.natural.reserve_exact(self.drafts.len());
        self.first_of.reserve_exact(self.drafts.len());
        self.lib.sessions.reserve_exact(self.drafts.len());
    }

    /// The natural ids of the next slice of sessions; `true` when all have
    /// one.
    pub(super) fn natural_ids(&mut self) -> bool {
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.drafts.len());
        let slice = &self.drafts[start..end];
        let stripped = Stripped::new(self.unicode, slice.iter().map(|d| d.title.as_str()));
        for (si, d) in (start..end).zip(slice) {
            let conf = &self.lib.conferences[d.conf].id;
            let slug = stripped.slug(&d.title);
            let mut id = String::with_capacity(conf.len() + 1 + slug.len());
            id.push_str(conf);
            id.push('/');
            id.push_str(&slug);
            let si = u32::try_from(si).unwrap_or(u32::MAX);
            let first = match self.naturals.get(id.as_str()) {
                Some(&f) => f,
                None => {
                    self.naturals.insert(id.clone(), si);
                    si
                }
            };
            self.first_of.push(first);
            self.natural.push(id);
        }
        self.done = end;
        if end < self.drafts.len() {
            return false;
        }
        self.done = 0;
        true
    }

    /// Links the next slice of sessions; `true` when all are linked.
    pub(super) fn sessions(&mut self) -> bool {
        let u = self.unicode;
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.drafts.len());
        // Taken out so the maps of names can borrow them while `self`
        // changes.
        let slice: Vec<SessionDraft> = self.drafts[start..end]
            .iter_mut()
            .map(std::mem::take)
            .collect();
        let matchers = std::mem::take(&mut self.matchers);
        let mut linked: Vec<(Vec<SessionSpeaker>, Vec<SessionTheme>)> =
            Vec::with_capacity(slice.len());
        {
            // One strip_marks_many call for the slice: new speaker and org
            // names (for their slugs), theme names, and the text of
            // sessions whose conference has Key Themes to match.
            let names = slice.iter().flat_map(|d| &d.speakers).flat_map(|r| {
                let name = (!self.speaker_names.contains_key(&r.name)).then_some(r.name.as_str());
                let org = r
                    .org
                    .as_deref()
                    .filter(|o| !self.org_names.contains_key(*o));
                name.into_iter().chain(org)
            });
            let themes = slice
                .iter()
                .flat_map(|d| d.explicit.iter().map(String::as_str));
            let texts = slice
                .iter()
                .filter(|d| !matchers[d.conf].is_empty())
                .flat_map(|d| [d.title.as_str(), d.markdown.as_str()]);
            let stripped = Stripped::new(u, names.chain(themes).chain(texts));
            let mut seen: HashSet<usize> = HashSet::new();
            let mut found_seen: HashSet<usize> = HashSet::new();
            let mut found: Vec<usize> = Vec::new();
            let mut folded = String::new();
            for (si, d) in (start..end).zip(&slice) {
                // Speakers and orgs.
                let mut speakers = Vec::with_capacity(d.speakers.len());
                seen.clear();
                for r in &d.speakers {
                    let sp = self.speaker(&r.name, &stripped);
                    if !seen.insert(sp) {
                        continue;
                    }
                    let org = r.org.as_deref().map(|o| self.org(o, &stripped));
                    let s = &mut self.lib.speakers[sp];
                    if s.sessions.last() != Some(&si) {
                        s.sessions.push(si);
                    }
                    if let Some(o) = org {
                        s.orgs.push(o);
                        let org = &mut self.lib.orgs[o];
                        org.speakers.push(sp);
                        if org.sessions.last() != Some(&si) {
                            org.sessions.push(si);
                        }
                    }
                    speakers.push(SessionSpeaker { speaker: sp, org });
                }
                // Themes: explicit markers, then Key Themes found in the
                // title and notes.
                let matcher = &matchers[d.conf];
                let mut themes: Vec<SessionTheme> = Vec::new();
                seen.clear();
                for name in &d.explicit {
                    if let Some(t) = self.theme_for(name, Some(&stripped), Some(matcher))
                        && seen.insert(t)
                    {
                        themes.push(SessionTheme {
                            theme: t,
                            source: ThemeSource::Explicit,
                        });
                    }
                }
                if !matcher.is_empty() {
                    found.clear();
                    found_seen.clear();
                    for t in [&d.title, &d.markdown] {
                        if t.is_ascii() {
                            matcher.find(t, &mut found_seen, &mut found);
                        } else {
                            folded.clear();
                            text::fold_stripped_into(stripped.get(t), &mut folded);
                            matcher.find(&folded, &mut found_seen, &mut found);
                        }
                    }
                    for &t in &found {
                        if seen.insert(t) {
                            themes.push(SessionTheme {
                                theme: t,
                                source: ThemeSource::Matched,
                            });
                        }
                    }
                }
                for st in &themes {
                    self.lib.themes[st.theme].sessions.push(si);
                    self.linked[d.conf].insert(st.theme);
                }
                self.lib.conferences[d.conf].sessions.push(si);
                linked.push((speakers, themes));
            }
        }
        self.matchers = matchers;
        for ((si, d), (speakers, themes)) in (start..end).zip(slice).zip(linked) {
            let nat = std::mem::take(&mut self.natural[si]);
            let first = self.first_of[si] as usize;
            let id = if first == si {
                nat
            } else {
                let f = &self.lib.sessions[first];
                let message = format!(
                    "duplicate session title `{}` in conference `{}` (first at {}:{}); its id gets a suffix",
                    show_target(&d.title),
                    self.lib.conferences[d.conf].id,
                    f.file,
                    f.line
                );
                self.diags.push(Diagnostic {
                    file: d.file.clone(),
                    line: d.line,
                    severity: Severity::Warning,
                    message,
                    fix: Some("Give the session a title of its own, or merge the two".into()),
                });
                self.claim_suffix(&nat)
            };
            // Only targets a page may link to, written as the renderer
            // writes them (relative ones resolved against the file's
            // folder); the parser has already warned about the others.
            let folder = d.file.rfind('/').map_or("", |i| &d.file[..i]);
            let links = d
                .links
                .into_iter()
                .filter_map(|l| {
                    let (url, _) = safe_link(&l.url, folder)?;
                    Some(Link {
                        label: l.label,
                        url,
                    })
                })
                .collect();
            self.lib.sessions.push(Session {
                id,
                conference: d.conf,
                title: d.title,
                speakers,
                themes,
                links,
                day: d.day,
                track: d.track,
                language: d.language,
                kind: d.kind,
                date: d.date,
                file: d.file,
                line: d.line,
                markdown: d.markdown,
            });
        }
        self.done = end;
        if end < self.drafts.len() {
            return false;
        }
        self.done = 0;
        self.drafts = Vec::new();
        self.natural = Vec::new();
        self.first_of = Vec::new();
        self.naturals = HashMap::new();
        self.suffixed = HashSet::new();
        self.next_suffix = HashMap::new();
        true
    }

    /// The Suggest stage: first the words of the Key Themes no session of
    /// their conference carries, then the sessions of those conferences, a
    /// slice per step; `true` when done (at once when every Key Theme is
    /// linked).
    pub(super) fn suggestions(&mut self) -> bool {
        let Some(scorers) = &mut self.scorers else {
            let mut wanted: Vec<(usize, Vec<usize>)> = Vec::new();
            for (ci, lines) in self.key_theme_lines.iter().enumerate() {
                let mut themes: Vec<usize> = Vec::new();
                for &(t, _, _) in lines {
                    if !self.linked[ci].contains(&t) && !themes.contains(&t) {
                        themes.push(t);
                    }
                }
                if !themes.is_empty() {
                    self.to_scan
                        .extend_from_slice(&self.lib.conferences[ci].sessions);
                    wanted.push((ci, themes));
                }
            }
            let scorers = Scorer::for_themes(&self.lib, &wanted, self.unicode);
            let done = scorers.is_empty();
            self.scorers = Some(scorers);
            self.done = 0;
            return done;
        };
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.to_scan.len());
        let slice = self.to_scan.get(start..end).unwrap_or(&[]);
        suggest::scan(scorers, &self.lib, slice.iter().copied(), self.unicode);
        self.done = end;
        if end < self.to_scan.len() {
            return false;
        }
        self.done = 0;
        self.to_scan = Vec::new();
        true
    }

    /// `base-2`, `base-3`...: the first that is no session's natural id and
    /// was not handed out yet.
    pub(super) fn claim_suffix(&mut self, base: &str) -> String {
        let n = self.next_suffix.entry(base.to_string()).or_insert(2);
        loop {
            let cand = format!("{base}-{n}");
            *n += 1;
            if !self.naturals.contains_key(&cand) && self.suffixed.insert(cand.clone()) {
                return cand;
            }
        }
    }

    /// Diagnostics sorted by file and line, into the Library.
    pub(super) fn finish_diagnostics(&mut self) {
        let mut diags = std::mem::take(&mut self.diags);
        order::sort_by(&mut diags, &|a, b| {
            (&a.file, a.line).cmp(&(&b.file, b.line))
        });
        self.lib.diagnostics = diags;
    }
}
