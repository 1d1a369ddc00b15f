//! A talk named twice in one file: listed in a catalogue or an itinerary,
//! and again under a heading of its own with its notes or its speakers.
//! The heading's session is kept, with what the other knew; the other is
//! left out, and the outline says why.

use super::builder::SessionDraft;
use super::catalog::is_recording_link;
use super::file::FileParser;
use super::headings::{self};

impl FileParser<'_> {
    /// A talk listed in a catalogue (a summary table, a list of the
    /// author's picks) that also has a heading of its own with its notes:
    /// one talk, the heading's. It is the same talk when both give the
    /// same recording, or the same title, or the heading's title is the
    /// listed one with a subtitle after it (`Monoids, Monads, and
    /// Applicative Functors: Repeated Software Patterns`). What the
    /// listing knew and the heading did not (speakers, the recording)
    /// moves to the heading's session.
    pub(super) fn drop_listed_with_own_heading(
        &mut self,
        sessions: &mut Vec<SessionDraft>,
        listed: &[bool],
    ) {
        if listed.len() != sessions.len() || !listed.iter().any(|&l| l) || listed.iter().all(|&l| l)
        {
            return;
        }
        let u = self.unicode;
        let folded: Vec<String> = sessions
            .iter()
            .map(|s| crate::text::fold(u, &s.title))
            .collect();
        let recording = |s: &SessionDraft| {
            s.links
                .iter()
                .find(|l| is_recording_link(l))
                .map(|l| l.url.trim_end_matches('/').to_string())
        };
        let mut drop = vec![false; sessions.len()];
        // (Not two talks of one kind, `Keynote` on two days, nor talks by
        // different people.)
        let same_people = |a: &SessionDraft, b: &SessionDraft| {
            a.speakers.is_empty()
                || b.speakers.is_empty()
                || a.speakers.iter().any(|x| {
                    b.speakers
                        .iter()
                        .any(|y| crate::text::fold(u, &x.name) == crate::text::fold(u, &y.name))
                })
        };
        for e in (0..sessions.len()).filter(|&e| listed[e]) {
            let fe = &folded[e];
            let rec_e = recording(&sessions[e]);
            // (A kind of session, `Keynote`, is the same talk only by the
            // same people, named on both.)
            let kind = headings::is_kind(&sessions[e].title);
            let same = (0..sessions.len()).filter(|&h| !listed[h]).find(|&h| {
                let fh = &folded[h];
                if !same_people(&sessions[e], &sessions[h])
                    || (kind
                        && (sessions[e].speakers.is_empty() || sessions[h].speakers.is_empty()))
                {
                    return false;
                }
                (!fe.is_empty() && fh == fe)
                    || (rec_e.is_some() && recording(&sessions[h]) == rec_e)
                    || (fe.split(' ').count() >= 2
                        && fh.len() > fe.len()
                        && fh.starts_with(fe.as_str())
                        && fh.as_bytes().get(fe.len()) == Some(&b' ')
                        && subtitle_follows(&sessions[h].title, &sessions[e].title))
                    || shortened(fh, fe)
                    // (Listed bare or linking to the heading's anchor: not
                    // the same title by the same person in another year,
                    // with its own recording.)
                    || ((sessions[e].links.is_empty()
                        || sessions[e].links.iter().any(|l| l.url.contains('#')))
                        && named_then(fe, fh, &sessions[h], u))
            });
            if let Some(h) = same {
                drop[e] = true;
                // (`### How we broke the tube` for `How we broke the tube
                // with Facebook (Steve Emslie)`: the listed title is the
                // talk's whole one.)
                if shortened(&folded[h], fe) {
                    sessions[h].title = std::mem::take(&mut sessions[e].title);
                }
                if sessions[h].speakers.is_empty() && !sessions[e].speakers.is_empty() {
                    sessions[h].speakers = std::mem::take(&mut sessions[e].speakers);
                }
                if recording(&sessions[h]).is_none()
                    && let Some(l) = sessions[e]
                        .links
                        .iter()
                        .find(|l| is_recording_link(l))
                        .cloned()
                {
                    sessions[h].links.push(l);
                }
            }
        }
        let lines: Vec<u32> = (0..sessions.len())
            .filter(|&i| drop[i])
            .map(|i| sessions[i].line)
            .collect();
        if lines.is_empty() {
            return;
        }
        let mut k = 0;
        sessions.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        for item in self
            .explain
            .iter_mut()
            .filter(|i| i.role == "session" && i.depth == 0 && lines.contains(&i.line))
        {
            item.role = "ignored";
            item.why = "the same talk has its own heading, with its notes".into();
        }
    }

    /// A talk named twice in a file, first without who gave it (in an
    /// itinerary or a schedule told in the text), then with its speakers
    /// (its own heading): one talk, the one with the speakers. Or named
    /// again by the same people with nothing of its own (no notes, no
    /// recording): one talk, the first. The other is left out, and the
    /// outline says why.
    pub(super) fn drop_talks_named_again(&mut self, sessions: &mut Vec<SessionDraft>) {
        let u = self.unicode;
        let named: std::collections::HashSet<String> = sessions
            .iter()
            .filter(|s| !s.speakers.is_empty())
            .map(|s| crate::text::fold(u, &s.title))
            .collect();
        if named.is_empty() {
            return;
        }
        let mut dropped: Vec<u32> = Vec::new();
        // (Title and speakers of the talks met so far: `## 참석한 세션`, the
        // talks the author attended, names again talks of the programme
        // above it, by the same people, with nothing of their own.)
        // (On another day it is the talk given again: `Einführung (Florian
        // Effenberger und Carsten Book)` opening each meetup of an
        // archive.)
        // (Days known on both sides only, and dated: not `## 참석한 세션`,
        // the talks attended, beside `## 발표 주제`, the programme.)
        let mut seen: std::collections::HashMap<(String, Vec<String>), Vec<Option<String>>> =
            std::collections::HashMap::new();
        let dated = |d: &Option<String>| {
            d.as_deref()
                .is_some_and(|d| d.contains(|c: char| c.is_ascii_digit()))
        };
        let same_day = |a: &Option<String>, b: &Option<String>| !dated(a) || !dated(b) || a == b;
        sessions.retain(|s| {
            let key = (
                crate::text::fold(u, &s.title),
                s.speakers
                    .iter()
                    .map(|r| crate::text::fold(u, &r.name))
                    .collect::<Vec<_>>(),
            );
            let bare = s.markdown.trim().is_empty() && !s.links.iter().any(is_recording_link);
            // (Not `### Keynote` on another day.)
            let again = (s.speakers.is_empty()
                && !headings::is_kind(&s.title)
                && !s.links.iter().any(is_recording_link)
                && named.contains(&key.0))
                || (bare
                    && !s.speakers.is_empty()
                    && seen
                        .get(&key)
                        .is_some_and(|days| days.iter().any(|d| same_day(d, &s.day))));
            if again {
                dropped.push(s.line);
            } else {
                seen.entry(key).or_default().push(s.day.clone());
            }
            !again
        });
        for item in self
            .explain
            .iter_mut()
            .filter(|i| i.role == "session" && dropped.contains(&i.line))
        {
            item.role = "ignored";
            item.why = "the same talk is named elsewhere in the file, with its speakers".into();
        }
    }
}

/// Whether `long` is `short` with a subtitle after a colon or a dash
/// (`Title: Subtitle`, `Title - Subtitle`).
fn subtitle_follows(long: &str, short: &str) -> bool {
    let short = short.trim();
    long.len() > short.len()
        && long
            .get(..short.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(short))
        && long[short.len()..]
            .trim_start()
            .starts_with([':', '-', '–', '—'])
}

/// Whether heading title `h` (folded) is the listed title `e` cut short:
/// its first words, two or more and at least half of the listed ones
/// (`How we broke the tube` for `How we broke the tube with Facebook`).
fn shortened(h: &str, e: &str) -> bool {
    let hw = h.split(' ').filter(|w| !w.is_empty()).count();
    let ew = e.split(' ').filter(|w| !w.is_empty()).count();
    hw >= 2
        && hw * 2 >= ew
        && e.len() > h.len()
        && e.starts_with(h)
        && e.as_bytes().get(h.len()) == Some(&b' ')
}

/// `Yehuda Katz - Off the Menu` listed (folded `listed`) for the heading's
/// `Off the Menu` (folded `heading`), whose session names Yehuda Katz:
/// the listing put the speaker before the title.
fn named_then(listed: &str, heading: &str, h: &SessionDraft, u: &dyn crate::text::Unicode) -> bool {
    heading.split(' ').count() >= 2
        && listed.len() > heading.len()
        && listed.ends_with(heading)
        && {
            let who =
                listed[..listed.len() - heading.len()].trim_end_matches([' ', '-', '–', ':', '|']);
            !who.is_empty()
                && h.speakers
                    .iter()
                    .any(|x| crate::text::fold(u, &x.name) == who)
        }
}
