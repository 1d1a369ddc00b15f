//! Talks named by links in running text: a link to a talk's page (`[Title
//! (Name)](…/session?id=…)`), a link to a video with who gave it before
//! it in the possessive (`Ian Cooper's talk [Title](vimeo)`, `Asher
//! Corey's [Title](video)`, `[@handle](…) and Name on [Title](video)`) or
//! after it (`[Title](…) by Name`, `by @handle`), or a line that opens
//! with a video's link and a comment. Read where a file has two or more
//! such links (see `count_talk_links`), in paragraphs that are no list's.
//! Used by [`super::prose`] and the features' catalogue readings.

use std::ops::Range;

use crate::model::Link;

use super::catalog::Entry;
use super::file::FileParser;
use super::link_labels;
use super::markers;
use super::prose_italics::possessive_before;
use super::prose_link_text;
use super::speakers::{self, SpeakerRef};
use super::talk_pages::{is_talk_page, programme_entry};

impl FileParser<'_> {
    /// The links of `range` that name a talk: a title-like text linking
    /// to a talk's page on a conference site (`/presentations/…`,
    /// `/talks/…`, `/session/…`, sched.com events), or to anything when
    /// the person who gave it follows (`[WARNING is a waste of my
    /// time](…) av Gianluca Varisco`); with the people named right
    /// after it (`, do [Ben Lesh](…)`, `by Name`).
    ///
    /// Read last, where nothing else names talks: each becomes a session
    /// whose notes are its paragraph.
    pub(super) fn talk_link_entries(&self, range: Range<usize>) -> Vec<Entry> {
        let mut out = Vec::new();
        if self.talk_links < 2 || self.links_in(range.clone()).next().is_none() {
            return out;
        }
        let Some(text) = self.text.get(range.clone()) else {
            return out;
        };
        let mut at = range.start;
        for whole in text.split("\n\n") {
            // (Up to a list that starts right under its first line: `Couple
            // of other interesting talks:` / `- […](…)`.)
            let mut para = whole;
            let mut off = 0;
            for line in whole.split_inclusive('\n') {
                let l = line.trim();
                if off > 0 && markers::strip_any_list_marker(l).len() < l.len() {
                    para = &whole[..off];
                    break;
                }
                off += line.len();
            }
            let r = at..at + para.len();
            at += whole.len() + 2;
            // (A list item's second paragraph, indented under it, is the
            // item's: the catalogue reads it.)
            let k = self
                .scan
                .list_items
                .partition_point(|i| i.range.start <= r.start);
            if k > 0 && self.scan.list_items[k - 1].range.end > r.start {
                continue;
            }
            let t = para.trim_start();
            // (Lists and tables are catalogues' to read: `-`, `*`, `+`
            // and numbered items.)
            if t.starts_with(['|', '#']) || markers::strip_any_list_marker(t).len() < t.len() {
                continue;
            }
            // (`**Slides:** [Presentation Meetup#22](…)`, `**Recording:**
            // [Title - Meet-up #22](video)`: the part's materials, a
            // label and its one link, naming nobody.)
            // (Unless its link names who gave it: `**Recording:** [Jane
            // Doe - Outside-in TDD](video)`.)
            let materials = markers::key_line(t).is_some_and(|(key, value)| {
                (link_labels::label_of_text(&key).is_some()
                    || link_labels::is_recording_label(&key))
                    && value.trim().starts_with('[')
                    && value.trim().ends_with(')')
                    && self.links_in(r.clone()).filter(|l| !l.image).count() == 1
            });
            for (title, speakers, recording) in self.talk_links_in(r.clone()) {
                if materials
                    && !speakers
                        .iter()
                        .any(|s| super::names::is_person(&s.name, false))
                {
                    continue;
                }
                // (`### 1 Title，Name，@handle` over `[![视频：Title -
                // Name](thumb)](video)`: the heading's talk and its
                // video, not one more talk; the heading reads the video
                // as its recording.)
                if recording.is_some() && self.heading_above_names(r.start, &title) {
                    continue;
                }
                out.push(Entry {
                    title,
                    speakers,
                    links: recording
                        .map(|url| Link {
                            label: "Recording".into(),
                            url,
                        })
                        .into_iter()
                        .collect(),
                    notes: para.trim().to_string(),
                    range: r.clone(),
                    what: "talk link",
                    ..Entry::default()
                });
            }
        }
        out
    }

    /// The talks named by the links of `range`: title, people, and the
    /// recording when the link goes to one.
    fn talk_links_in(&self, range: Range<usize>) -> Vec<(String, Vec<SpeakerRef>, Option<String>)> {
        let mut out = Vec::new();
        let links: Vec<_> = self.links_in(range.clone()).collect();
        let mut skip = false;
        for (i, l) in links.iter().copied().enumerate() {
            if l.range.end > range.end {
                break;
            }
            if std::mem::take(&mut skip) {
                continue;
            }
            // `[One of the World's Top Retailers is Bringing AI-Powered](…)
            // [Convenience to a Store Near You](…)`: two links to the same
            // page, side by side, are one.
            let joined;
            let l = match links.get(i + 1) {
                Some(n)
                    if n.dest == l.dest
                        && !l.image
                        && !n.image
                        && n.range.end <= range.end
                        && self
                            .text
                            .get(l.range.end..n.range.start)
                            .is_some_and(|b| b.len() <= 2 && b.trim().is_empty()) =>
                {
                    skip = true;
                    joined = super::scan_records::LinkRef {
                        range: l.range.start..n.range.end,
                        dest: l.dest.clone(),
                        text: format!("{} {}", l.text.trim_end(), n.text.trim_start()),
                        image: false,
                    };
                    &joined
                }
                _ => l,
            };
            // `Asher Corey's [Title](video)`, `[@miner](…) [Title](video)`:
            // who gave it before a video's link, on a short line.
            if let Some(people) = self.people_before_video(l) {
                let title =
                    prose_link_text::unquoted(markers::plain_inline(&l.text).trim()).to_string();
                out.push((title, people, Some(l.dest.to_string())));
                continue;
            }
            // `**Python en la Web Semántica** ([link](…/schedule/event/30/))`:
            // a bold title in the text, then a plain link to its page.
            if let Some(title) = self.bold_before_talk_link(l) {
                out.push((title, Vec::new(), None));
                continue;
            }
            // (A talk's page may have a title of more than twenty words.)
            let page = is_talk_page(&l.dest) || programme_entry(&l.text, &l.dest);
            if !prose_link_text::talk_link_text(&l.text, if page { 32 } else { 20 }) {
                continue;
            }
            if let Some((title, people)) = prose_link_text::video_link_talk(&l.text, &l.dest) {
                out.push((title, people, Some(l.dest.to_string())));
                continue;
            }
            let after = self.text.get(l.range.end..range.end).unwrap_or("");
            // `[Die EU und ihre Institutionen](https://media.ccc.de/v/…):
            // Interessante Einblicke…`: a paragraph that opens with a
            // link to a video, then what the author thought.
            if self.opens_a_line_with_video(l) {
                let title =
                    prose_link_text::unquoted(markers::plain_inline(&l.text).trim()).to_string();
                out.push((
                    title,
                    prose_link_text::people_after_link(after),
                    Some(l.dest.to_string()),
                ));
                continue;
            }
            // (`the book [Cybernetics](…) by Norbert Wiener`: a work
            // that is no talk.)
            let lead = self.text[..l.range.start].trim_end();
            // (The last word, after any space: a no-break space is two
            // bytes.)
            let lead = lead
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            if matches!(
                lead.as_str(),
                "book"
                    | "paper"
                    | "article"
                    | "post"
                    | "novel"
                    | "essay"
                    | "thesis"
                    | "library"
                    | "podcast"
            ) {
                continue;
            }
            let mut people = prose_link_text::people_after_link(after);
            // (`[Cat vs cucumber](video) by @catlover99`: handles alone
            // name a talk's people in a file about an event only.)
            if !self.event_named && !people.is_empty() && people.iter().all(|r| r.handle) {
                people.clear();
            }
            if people.is_empty() {
                people = self.possessive_people(l);
            }
            if page || !people.is_empty() {
                // (`State of RAPIDS \[A31490\]`: without the programme's
                // code.)
                let plain = markers::plain_inline(super::title_ends::strip_code_tag(&l.text));
                let mut title = prose_link_text::unquoted(plain.trim()).to_string();
                // `[AHA Programming (Kent C. Dodds)](…/session?id=4030)`:
                // the link's text names who gave it too.
                if people.is_empty() {
                    let mut parts = super::headings::parts(&title);
                    if parts.speakers.is_some() && parts.strength >= 2 && !parts.title.is_empty() {
                        people = parts.speaker_refs();
                        title = parts.title;
                    } else if let Some((head, who)) = super::util::last_parenthesis(&title)
                        // (On a talk's own page, a name of capitalised
                        // words in the last parentheses is who gave it,
                        // known or not: `(Minko Gechev)`.)
                        && (2..=4).contains(&who.split_whitespace().count())
                        && head.split_whitespace().count() >= 2
                        && matches!(
                            super::names::shape(who),
                            super::names::Shape::Person { .. } | super::names::Shape::Capitalised
                        )
                    {
                        people = speakers::parse_speakers(who);
                        title = head.trim().to_string();
                    }
                }
                let recording = link_labels::is_video_url(&l.dest).then(|| l.dest.to_string());
                out.push((title, people, recording));
            }
        }
        out
    }

    /// [`Self::prose_entries`], with the talks linked in the same text
    /// (`Ian Cooper's talk [Title](video)` beside `Philip Krenn's talk
    /// *Title*`) that it does not name, in the order of the text.
    pub(super) fn prose_with_links(&self, range: Range<usize>) -> Vec<Entry> {
        let mut c = self.prose_entries(range.clone());
        if c.is_empty() || self.talk_links == 0 {
            return c;
        }
        let named: Vec<String> = c.iter().map(|e| e.title.to_lowercase()).collect();
        let linked: Vec<Entry> = self
            .talk_link_entries(range)
            .into_iter()
            .filter(|e| !named.contains(&e.title.to_lowercase()))
            .collect();
        if !linked.is_empty() {
            c.extend(linked);
            crate::order::sort_by(&mut c, &|a, b| a.range.start.cmp(&b.range.start));
        }
        c
    }

    /// Whether the last heading before `at` names the talk `title` (or
    /// what follows a label in it: `视频回放：Title`, `Video: Title`).
    fn heading_above_names(&self, at: usize, title: &str) -> bool {
        // (The headings were taken from the scan: the text is read back
        // to the last `#` line.)
        let Some(h) = self.text.get(..at).and_then(|before| {
            before.lines().rev().map(str::trim_start).find(|l| {
                let t = l.trim_start_matches('#');
                t.len() < l.len() && l.len() - t.len() <= 6 && t.starts_with(' ')
            })
        }) else {
            return false;
        };
        let heading = markers::plain_inline(h.trim_start_matches('#')).to_lowercase();
        let title = title.to_lowercase();
        let after_label = title
            .split_once('：')
            .or_else(|| title.split_once(": "))
            .map(|(_, t)| t.trim());
        [Some(title.trim()), after_label]
            .into_iter()
            .flatten()
            // (The title without who gave it: `Title - Name`.)
            .flat_map(|t| [t, t.rsplit_once(" - ").map_or(t, |(a, _)| a.trim())])
            .any(|t| t.chars().count() >= 4 && heading.contains(t))
    }

    /// How many links of the whole text name talks (see `talk_links_in`).
    pub(super) fn count_talk_links(&self) -> usize {
        self.scan
            .links
            .iter()
            .filter(|l| {
                !l.image
                    && (self.people_before_video(l).is_some()
                        || self.bold_before_talk_link(l).is_some()
                        || prose_link_text::talk_link_text(&l.text, 20)
                            && (is_talk_page(&l.dest)
                                || programme_entry(&l.text, &l.dest)
                                || prose_link_text::video_link_talk(&l.text, &l.dest).is_some()
                                || self.opens_a_line_with_video(l)
                                || !prose_link_text::people_after_link(
                                    self.text.get(l.range.end..).unwrap_or(""),
                                )
                                .is_empty()
                                || !self.possessive_people(l).is_empty()))
            })
            .count()
    }
}

impl FileParser<'_> {
    /// The bold title right before `l` when `l` is a plain link to a
    /// talk's page in parentheses after it (`**Rich Internet Applications
    /// con Python** ([link](http://ar.pycon.org/2009/conference/schedule/event/24/))`).
    fn bold_before_talk_link(&self, l: &super::scan_records::LinkRef<'_>) -> Option<String> {
        let word = l.text.trim();
        if l.image || word.len() > 8 {
            return None;
        }
        let word = word.to_lowercase();
        if !matches!(
            word.as_str(),
            "link" | "details" | "info" | "enlace" | "página"
        ) || !is_talk_page(&l.dest)
        {
            return None;
        }
        let before = self.text.get(..l.range.start)?.trim_end();
        let before = before.strip_suffix('(')?.trim_end();
        let inner = before.strip_suffix("**")?;
        let open = inner.rfind("**")?;
        let title = inner[open + 2..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        ((2..=16).contains(&title.split_whitespace().count()) && !title.contains('['))
            .then_some(title)
    }

    /// Who gave the talk linked by `l`, named in the possessive right
    /// before it: `I also caught Mia Bajić’s [Title](…)`, `Jesús
    /// Escribano’s workshop, [Title](…)`, `Ian Cooper's talk [Twelve
    /// factor apps in .NET](https://vimeo.com/…)`. Only before a link to a
    /// talk's page or a video: not `Kelsey Hightower's [Kubernetes The
    /// Hard Way](https://github.com/…)`. Or the sentence's subject, saying
    /// they gave it (see `subject_before`).
    fn possessive_people(&self, l: &super::scan_records::LinkRef<'_>) -> Vec<SpeakerRef> {
        if l.image
            || !(is_talk_page(&l.dest)
                || programme_entry(&l.text, &l.dest)
                || link_labels::is_video_url(&l.dest))
        {
            return Vec::new();
        }
        let from = self.text[..l.range.start].rfind('\n').map_or(0, |k| k + 1);
        possessive_before(&self.text[from..l.range.start])
            .map(speakers::parse_speakers)
            .or_else(|| {
                prose_link_text::subject_before(&self.text[from..l.range.start])
                    .map(speakers::parse_speakers)
            })
            .unwrap_or_default()
    }

    /// The people named before link `l` to a video, on a short line of
    /// its own (a paragraph or a quote): `Asher Corey's [Title](video)`,
    /// `[@lucascs](…)'s talk [Title](video)`, `[@cgrand](…) and Igor Ges
    /// on [Title](video).`, `[@miner](…) [Title](video)`. Each must be a
    /// handle or a name of a person's shape, and the words between the
    /// possessive and the link few and in lowercase (`'s mind blowing`).
    fn people_before_video(&self, l: &super::scan_records::LinkRef<'_>) -> Option<Vec<SpeakerRef>> {
        // (In a file about an event only: not `Sarah's [birthday
        // video](…)` in a weekend's log.)
        if !self.event_named
            || l.image
            || !link_labels::is_video_url(&l.dest)
            || l.text.trim().is_empty()
        {
            return None;
        }
        let before = &self.text[..l.range.start];
        let line_start = before.rfind('\n').map_or(0, |k| k + 1);
        let lead = markers::plain_inline(&before[line_start..]);
        let lead = lead.trim_start_matches(['>', ' ', '\t']).trim_end();
        let after = self.text[l.range.end..].split('\n').next().unwrap_or("");
        let after = markers::plain_inline(after);
        // (What follows may run on.)
        // `Je recommande les talks d'Helena Edelson, [Title](video)`,
        // `l'excellente keynote de Vincent Saulys, [Title](video)`, `the
        // talk by Jane Doe: [Title](video)`: a word of a talk, `de`, `d'`
        // or `by`, the person, a comma or colon.
        if let Some(who) = prose_link_text::talk_of_person(lead)
            && link_labels::label_of_text(&l.text).is_none()
            && !link_labels::is_recording_label(l.text.trim())
            && let refs = speakers::parse_speakers(who)
            && prose_link_text::plausible_people(&refs)
        {
            return Some(refs);
        }
        if lead.is_empty()
            || lead.split_whitespace().count() > 10
            || after.split_whitespace().count() > 8
            || link_labels::label_of_text(&l.text).is_some()
            || link_labels::is_recording_label(l.text.trim())
        {
            return None;
        }
        let who = match lead.split_once("'s").or_else(|| lead.split_once("’s")) {
            Some((who, between)) => {
                let between = between.trim();
                let words: Vec<&str> = between.split_whitespace().collect();
                if words.len() > 3 || !words.iter().all(|w| w.starts_with(char::is_lowercase)) {
                    return None;
                }
                who
            }
            // (Without a possessive, only handles: `[@miner](…) [Title](…)`,
            // `@cgrand and Igor Ges on [Title](…)`.)
            None => {
                let who = lead.strip_suffix(" on").unwrap_or(lead);
                if !who.starts_with('@') {
                    return None;
                }
                who
            }
        };
        let refs = speakers::parse_speakers(who.trim());
        prose_link_text::plausible_people(&refs).then_some(refs)
    }

    /// Whether link `l` goes to a video and opens its line, with nothing
    /// after it or a colon and what the author thought (`[Title](video):
    /// comment`).
    fn opens_a_line_with_video(&self, l: &super::scan_records::LinkRef<'_>) -> bool {
        // (Not a thumbnail that links to the video under a talk's heading.)
        if l.image
            || self.text[l.range.start..].starts_with("[![")
            || !link_labels::is_video_url(&l.dest)
        {
            return false;
        }
        let before = &self.text[..l.range.start];
        let line_start = before.rfind('\n').map_or(0, |k| k + 1);
        let after = self.text[l.range.end..].split('\n').next().unwrap_or("");
        before[line_start..].trim().is_empty()
            && (after.trim().is_empty() || after.trim_start().starts_with(':'))
    }
}
