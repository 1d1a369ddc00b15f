//! A conference file's drafts: its title, Key Themes, sections and
//! sessions as the outline decided them, with the talks its catalogues
//! list, and its preamble (before the first heading and under the title)
//! kept as conference notes, less what the catalogues took.

use std::ops::Range;

use crate::model::Section;

use super::builder::*;
use super::event_names::names_the_event;
use super::file::FileParser;
use super::headings::{self};
use super::outline::{self, Features};
use super::outline_classes::{Class, Kind};
use super::overrides::session_level_in;
use super::scan_records::Heading;
use super::speakers::{SpeakerRef, parse_speakers};
use super::util::*;

impl FileParser<'_> {
    /// A conference file: `# Title`, Key Themes, sections, sessions.
    pub(super) fn conference_file(
        &mut self,
        start: usize,
        title: Option<String>,
        headings: &[Heading],
        feats: Vec<Features>,
    ) -> FileOut {
        let talk_list = self.preamble_lists_talks
            || headings
                .first()
                .is_some_and(|h| headings::names_talk_list(&h.norm));
        let mut feats = feats;
        if let Some(level) = self.session_level.or_else(|| session_level_in(self.text)) {
            // The author says where the talks are: every heading at that
            // level is one (unless marked otherwise), those above group them.
            for (k, f) in feats.iter_mut().enumerate() {
                if f.directive.is_some() || f.key_themes {
                    continue;
                }
                if f.level == level {
                    f.directive = Some(outline::Directive::Session);
                } else if f.level < level && k > 0 && !f.vocab {
                    f.directive = Some(outline::Directive::Group);
                }
            }
        }
        let mut outline = outline::classify(&feats, talk_list);
        if !outline.lone_group.is_empty()
            && names_the_event(title.as_deref(), headings)
            && !self.opening_names_one_talk(start, headings, title.as_deref())
        {
            outline.read_lone_group_as_talks();
        }
        let classes = outline.classes;
        for u in &outline.unsure {
            if let Some(h) = headings.get(u.first) {
                let line = self.lines.line_of(h.range.start);
                self.warn_fix(
                    line,
                    format!(
                        "{} headings from here look like talks but none names a speaker or a recording, so they are read as notes; add a `Speaker:` line, or put `<!-- confnotes: session -->` before each talk heading",
                        u.count
                    ),
                    "Add a `Speaker: Name` line under each talk heading, or put `<!-- confnotes: session -->` on the line before it",
                );
            }
        }
        self.explain_headings(headings, &classes);
        let mut out = FileOut::default();
        if let Some(first) = classes.first()
            && first.kind == Kind::FileSession
            && let Some(h) = headings.first()
        {
            let body = h.range.end..self.text.len();
            let mut s = self.session(0, h, body, None, None);
            // The speaker named by the heading under the title.
            // (Over a handle the notes give for the same person: `###
            // Presenter: Sameer Ajmani ([@sajma](…))`.)
            if let (Some(f), Some(h1)) = (feats.get(1), headings.get(1))
                && f.people_heading
                && s.speakers.iter().all(|r| r.handle)
            {
                s.speakers.clear();
                let named = headings::people_named(&h1.text).unwrap_or_default();
                self.speakers_from_heading(&mut s, h, &named);
            }
            out.sessions.push(s);
            let pre = trim_blank_lines(
                self.text
                    .get(start..line_start(self.text, h.range.start))
                    .unwrap_or(""),
            );
            if !pre.is_empty() {
                out.sections.push(Section {
                    title: String::new(),
                    id: String::new(),
                    file: self.path.into(),
                    line: 1,
                    markdown: pre.to_string(),
                });
            }
            out.conf_title = match title {
                Some(t) if !t.trim().is_empty() => t,
                _ => self.conference_from_path(false),
            };
            return out;
        }
        // Each heading that is not absorbed starts a segment that runs to
        // the next such heading.
        let tops: Vec<usize> = (0..headings.len())
            .filter(|&i| classes[i].kind != Kind::Absorbed)
            .collect();
        let seg_end = |k: usize| {
            tops.get(k + 1).map_or(self.text.len(), |&j| {
                line_start(self.text, headings[j].range.start)
            })
        };
        let first_heading = tops.first().map_or(self.text.len(), |&j| {
            line_start(self.text, headings[j].range.start)
        });
        let mut preamble: Vec<Range<usize>> = Vec::with_capacity(2);
        preamble.push(start..first_heading);
        let mut conf_title = title;
        let pre = std::mem::take(&mut self.preamble_catalog);
        // What catalogues took is not also kept as conference notes.
        let mut taken: Vec<Range<usize>> = pre.iter().map(|e| e.range.clone()).collect();
        // Which sessions come from catalogues (rows, items, links in the
        // text) rather than from headings.
        let mut listed: Vec<bool> = Vec::new();
        self.catalog_sessions(pre, None, None, &mut out);
        listed.resize(out.sessions.len(), true);
        for (k, &i) in tops.iter().enumerate() {
            let h = &headings[i];
            let body = h.range.end.min(seg_end(k))..seg_end(k);
            let Class {
                kind, day, track, ..
            } = classes[i].clone();
            if matches!(kind, Kind::Title | Kind::Container | Kind::Section) {
                let entries = self
                    .catalogs
                    .get_mut(i)
                    .map(std::mem::take)
                    .unwrap_or_default();
                if !entries.is_empty() {
                    taken.extend(entries.iter().map(|e| e.range.clone()));
                    // `### Jane Doe` over a list of her talks: she gave
                    // those that name nobody, and her name is no group.
                    // (Items of a title and its materials, not notes that
                    // name the talks they liked: `## Katie Schick` over
                    // paragraphs of her picks.)
                    // (Their own talks, titled in words, not links to
                    // others' talks they picked: `### Anna Schmidt` over
                    // `- [Simple Made Easy](…)`; and a person, not a day
                    // named after one, `### Ada Lovelace Day`.)
                    // (A name with its handle, `#### Andre Arko
                    // [@indirect](…)`, over its own linked talks.)
                    let handled = super::util::name_then_handle(&h.text)
                        .is_some_and(|name| super::names::is_person(name, true));
                    let person = kind == Kind::Container
                        && h.text.split_whitespace().nth(1).is_some()
                        && !headings::is_event(&h.text)
                        && !super::days::is_day(&h.norm)
                        && !h.norm.split_whitespace().any(|w| w == "day")
                        && entries.iter().all(|e| {
                            let words = |t: &str| {
                                super::markers::plain_inline(t).split_whitespace().count()
                            };
                            e.speakers.is_empty()
                                && self.text.get(e.range.clone()).is_some_and(|t| {
                                    let item = super::markers::strip_list_marker(t.trim_start());
                                    (!item.starts_with('[') || handled)
                                        && words(t) <= words(&e.title) + 12
                                })
                        })
                        && (handled
                            || super::names::is_person(&h.text, false)
                            || (super::names::is_person(&h.text, true)
                                && russian_surname_first(&h.text)));
                    let mut entries = entries;
                    if person {
                        for e in &mut entries {
                            e.speakers = parse_speakers(&h.text);
                        }
                    }
                    // The heading of a catalogue groups its talks (a year,
                    // an event): it is their day unless a day is set.
                    let group =
                        (kind != Kind::Title && day.is_none() && !person).then(|| h.text.clone());
                    self.catalog_sessions(entries, group.or(day.clone()), track.clone(), &mut out);
                    listed.resize(out.sessions.len(), true);
                }
            }
            match kind {
                Kind::Title => {
                    // Front matter's title, when given, wins over `# ...`.
                    conf_title.get_or_insert_with(|| h.text.clone());
                    preamble.push(body);
                }
                Kind::KeyThemes => self.key_themes(h, body, &mut out),
                Kind::Section => {
                    let mut sec = self.section(h, body.clone());
                    sec.markdown = without(self.text, body, &taken);
                    out.sections.push(sec);
                }
                Kind::Container => {
                    let md = without(self.text, body.clone(), &taken);
                    if !md.is_empty() {
                        let mut sec = self.section(h, body);
                        sec.markdown = md;
                        out.sections.push(sec);
                    }
                }
                Kind::Session => {
                    let mut s = self.session(i, h, body, day, track);
                    // `# Todd Parker` over `## jQuery Mobile`.
                    if let (Some(f), Some(h1)) = (feats.get(i), headings.get(i + 1))
                        && f.title_heading
                    {
                        self.title_from_heading_below(&mut s, h, h1);
                    }
                    // `#### 9:15 AM: [Isabella Velásquez](…/keynote/…)` over
                    // `* The medium is the message`: a heading that names
                    // only its speaker over a list of one item, the title.
                    // (Or its name and handle, `#### Krzysztof Knapik
                    // [@knapo](…)` over `* [Title](…)`.)
                    let handled = super::util::name_then_handle(&s.title)
                        .is_some_and(|n| super::names::is_person(n, true));
                    if s.speakers.is_empty()
                        && (super::names::is_person(&s.title, false) || handled)
                        && (2..=4).contains(&s.title.split_whitespace().count())
                        && let Some(title) = one_item_title(&s.markdown, handled)
                    {
                        let who = std::mem::replace(&mut s.title, title);
                        s.markdown.clear();
                        self.speakers_from_heading(&mut s, h, &who);
                    }
                    // `### Jeremy Keith` among talks named by their
                    // speakers: the heading is who gave it.
                    // (A name of two words or more: a short title in
                    // Chinese has a name's shape.)
                    if s.speakers.is_empty()
                        && h.text.trim().contains(' ')
                        && classes
                            .get(i)
                            .is_some_and(|c| c.why == super::outline_decide::NAMED_BY_SPEAKER)
                    {
                        self.speakers_from_heading(&mut s, h, &h.text.clone());
                    }
                    // The speakers a heading right under it names.
                    if s.speakers.is_empty()
                        && let (Some(f), Some(h1)) = (feats.get(i + 1), headings.get(i + 1))
                        && f.speaker_heading
                    {
                        let named = headings::people_named(&h1.text).unwrap_or_else(|| {
                            let t = h1.text.trim().trim_end_matches(['!', '.', ':']);
                            // (`#### (Lukasz Dziedzia)`.)
                            unparenthesised(t).to_string()
                        });
                        self.speakers_from_heading(&mut s, h, &named);
                    }
                    // `## The speaker` over `John Smith` or `Adem Bilican,
                    // CTO @Relai_ch`: the section's first line names who
                    // gave it.
                    if s.speakers.is_empty()
                        && let (Some(f), Some(h1)) = (feats.get(i + 1), headings.get(i + 1))
                        && f.speaker_section
                        && let Some(refs) = self.section_first_people(h1, headings.get(i + 2))
                    {
                        self.credit_speakers(&mut s, h, refs);
                    }
                    out.sessions.push(s);
                    listed.push(false);
                }
                Kind::Absorbed | Kind::FileSession => {}
            }
        }
        self.drop_listed_with_own_heading(&mut out.sessions, &listed);
        self.drop_talks_named_again(&mut out.sessions);
        self.tidy_shared_titles(&mut out.sessions);
        // A speaker's list of their own talks: the author gave each.
        if out.sessions.len() >= 2
            && out.sessions.iter().all(|s| s.speakers.is_empty())
            && let Some(who) = super::own_talks::author(
                self.text.get(start..).unwrap_or(""),
                headings.first().map(|h| h.text.as_str()),
            )
        {
            for s in &mut out.sessions {
                s.speakers.push(SpeakerRef {
                    name: who.clone(),
                    org: None,
                    handle: false,
                });
            }
        }
        // The preamble: before the first heading, and under the title.
        let mut md = String::new();
        let mut line = 0;
        for r in preamble {
            let kept = without(self.text, r.clone(), &taken);
            let part = kept.as_str();
            if part.is_empty() {
                continue;
            }
            if md.is_empty() {
                line = self.lines.line_of(
                    r.start + self.text[r.clone()].len() - self.text[r].trim_start().len(),
                );
            } else {
                md.push_str("\n\n");
            }
            md.push_str(part);
        }
        if !md.is_empty() {
            out.sections.insert(
                0,
                Section {
                    title: String::new(),
                    id: String::new(),
                    file: self.path.into(),
                    line,
                    markdown: md,
                },
            );
        }
        out.conf_title = match conf_title {
            Some(t) if !t.trim().is_empty() => t,
            _ => {
                let stem = file_stem(self.path).to_string();
                self.warn_fix(
                    0,
                    format!(
                        "no `# Title` heading: the conference is named `{stem}` after the file"
                    ),
                    "Start the file with a `# Conference name` heading",
                );
                stem
            }
        };
        out
    }

    /// A talk whose heading names its speaker and whose title is the
    /// heading right under it: the title moves up, and leaves the notes.
    fn title_from_heading_below(&mut self, s: &mut SessionDraft, h: &Heading, h1: &Heading) {
        let title = headings::parts(&h1.text).title;
        if title.is_empty() {
            return;
        }
        if let Some(rest) = s.markdown.trim_start().strip_prefix('#') {
            let line_end = rest.find('\n').unwrap_or(rest.len());
            if rest[..line_end].trim_start_matches('#').trim() == h1.text.trim() {
                s.markdown = rest[line_end..].trim_start().to_string();
            }
        }
        s.title = title;
        self.speakers_from_heading(s, h, &h.text.clone());
        // (The title's own link, `#### [Title](…/slides)`, is the talk's;
        // the name's, `[@handle](twitter)`, is a profile, no material.)
        let own: Vec<crate::model::Link> = self
            .links_in(h1.range.clone())
            .filter(|l| !l.image)
            .map(|l| crate::model::Link {
                label: super::catalog::link_label(&l.text, &l.dest, "", false).into(),
                url: l.dest.to_string(),
            })
            .collect();
        if !own.is_empty() {
            s.links.retain(|l| !super::names::is_profile_url(&l.url));
            for (k, l) in own.into_iter().enumerate() {
                if !s.links.iter().any(|x| x.url == l.url) {
                    s.links.insert(k.min(s.links.len()), l);
                }
            }
        }
    }

    /// The people the first line under a speaker's section heading `h`
    /// names (up to the heading `next`): a speaker line, a name alone, or
    /// a name before its role (`Adem Bilican, CTO @Relai_ch`).
    fn section_first_people(&self, h: &Heading, next: Option<&Heading>) -> Option<Vec<SpeakerRef>> {
        let end = next.map_or(self.text.len(), |n| n.range.start);
        let body = self.text.get(h.range.end..end)?;
        let line = body.lines().map(str::trim).find(|l| !l.is_empty())?;
        if let Some(refs) =
            super::speaker_lines::speaker_line(line, super::speaker_lines::Position::First)
            && !refs.is_empty()
        {
            return Some(refs);
        }
        let plain = super::markers::plain_inline(line);
        let lead = plain.split(',').next().unwrap_or("").trim();
        let refs = parse_speakers(lead);
        (super::names::whole_name(lead) && !refs.is_empty()).then_some(refs)
    }

    /// Gives session `s` (under heading `h`) the speakers a heading below
    /// it names (`named`), and takes back the warning that it had none.
    fn speakers_from_heading(&mut self, s: &mut SessionDraft, h: &Heading, named: &str) {
        self.credit_speakers(s, h, parse_speakers(named));
    }

    /// Gives session `s` (under heading `h`) the speakers `refs`, and takes
    /// back the warning that it had none.
    fn credit_speakers(&mut self, s: &mut SessionDraft, h: &Heading, refs: Vec<SpeakerRef>) {
        s.speakers = refs;
        if !s.speakers.is_empty() {
            let line = self.lines.line_of(h.range.start);
            self.diags
                .retain(|d| !(d.line == line && d.message == "session heading has no speakers"));
        }
    }
}

/// The title a session's notes hold when they are one list item of one
/// line and nothing else (`* The medium is the message: R programmers as
/// content creators`): two words or more, no person's name, no link alone.
fn one_item_title(markdown: &str, linked: bool) -> Option<String> {
    let md = markdown.trim();
    if md.contains('\n') {
        return None;
    }
    let item = super::markers::strip_any_list_marker(md);
    // (A link only under a name with its handle: `* [Title](…)`.)
    if item.len() == md.len() || (!linked && item.trim_start().starts_with('[')) {
        return None;
    }
    let title = super::markers::plain_inline(item).trim().to_string();
    // (Not a field, `* Where: Hack && Tell New York`.)
    let field = title
        .split_once(':')
        .is_some_and(|(k, _)| k.split_whitespace().count() <= 1);
    (title.split_whitespace().count() >= 2 && !field && !super::names::is_person(&title, true))
        .then_some(title)
}

/// The text of `range` without the `taken` ranges (sorted or not), blank
/// lines trimmed.
pub(super) fn without(text: &str, range: Range<usize>, taken: &[Range<usize>]) -> String {
    let mut cuts: Vec<&Range<usize>> = taken
        .iter()
        .filter(|t| t.start < range.end && t.end > range.start)
        .collect();
    if cuts.is_empty() {
        return trim_blank_lines(text.get(range).unwrap_or("")).to_string();
    }
    crate::order::sort_by(&mut cuts, &|a, b| a.start.cmp(&b.start));
    let mut out = String::new();
    let mut pos = range.start;
    for c in cuts {
        if c.start > pos {
            out.push_str(text.get(pos..c.start).unwrap_or(""));
        }
        pos = pos.max(c.end);
    }
    if pos < range.end {
        out.push_str(text.get(pos..range.end).unwrap_or(""));
    }
    trim_blank_lines(&out).to_string()
}

/// Whether a text is a Russian name, surname first (`Агибалов Евгений`,
/// `Сыровецкий Юрий`): Cyrillic words, the first with a surname's ending;
/// not a city (`Нижний Новгород`) or a topic (`Машинное Обучение`).
fn russian_surname_first(t: &str) -> bool {
    let cyrillic = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| ('\u{400}'..='\u{52f}').contains(&c));
    let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
    cyrillic
        && [
            "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий",
            "ская", "цкая", "ко", "ук", "юк", "ич",
        ]
        .iter()
        .any(|s| first.ends_with(s))
}
