//! The tree of a file's headings for [`super::outline`]: the children
//! of each heading, the top-level ones, and the evidence below each; with
//! the evidence moved where a reader puts it first (a speaker's heading
//! under a talk's is that talk's speaker line, a name over a title is the
//! talk, a speaker line in a talk's `## Abstract` is the talk's).

use super::heading_features::Features;
use super::headings::Container;

/// A file's headings as a tree.
pub(super) struct Tree {
    /// The headings' features, with evidence moved (see the module
    /// documentation).
    pub feats: Vec<Features>,
    /// The headings right under each heading, in file order.
    pub children: Vec<Vec<usize>>,
    /// The top-level headings, in file order.
    pub roots: Vec<usize>,
    /// The number of headings below each that are talks by their own
    /// evidence.
    pub below: Vec<usize>,
}

/// `### Day 1` over `## Keynote`, `## Scala at Twitter`, then `### Day
/// 2`: day headings written deeper than the headings that follow them,
/// two or more, head those headings all the same. Each is read one level
/// above the shallowest heading up to the next day.
fn lift_days(feats: &mut [Features]) {
    let days: Vec<usize> = (0..feats.len())
        .filter(|&i| matches!(feats[i].container, Some(Container::Day(_))))
        .collect();
    if days.len() < 2 {
        return;
    }
    let mut lifted = Vec::with_capacity(days.len());
    for (k, &d) in days.iter().enumerate() {
        let end = days.get(k + 1).copied().unwrap_or(feats.len());
        let Some(min) = feats[d + 1..end].iter().map(|f| f.level).min() else {
            // (The last day may have no headings; days one after the
            // other are a list of days, `### Day 0`, `### Day 1`, in
            // the notes of the heading above.)
            if k + 1 < days.len() {
                return;
            }
            lifted.push(None);
            continue;
        };
        if feats[d + 1].level >= feats[d].level {
            return;
        }
        lifted.push(Some(min.saturating_sub(1)));
    }
    for (&d, level) in days.iter().zip(lifted) {
        if let Some(l) = level {
            feats[d].level = l;
        }
    }
}

/// Builds the tree of `feats` (one entry per heading, in file order).
pub(super) fn build(feats: &[Features]) -> Tree {
    let n = feats.len();
    let mut feats: Vec<Features> = feats.to_vec();
    lift_days(&mut feats);
    // The tree: children of each heading, and the top-level ones.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for (i, f) in feats.iter().enumerate() {
        while stack.last().is_some_and(|&j| feats[j].level >= f.level) {
            stack.pop();
        }
        match stack.last() {
            Some(&p) => children[p].push(i),
            None => roots.push(i),
        }
        stack.push(i);
    }
    // A speaker line or a recording under a section heading of a talk's
    // notes (`## Abstract`, `## Details`) is the talk's: it moves up to
    // the heading above (bottom-up, so through nested sections too).
    let mut parent = vec![usize::MAX; n];
    for (p, kids) in children.iter().enumerate() {
        for &c in kids {
            parent[c] = p;
        }
    }
    // `# Serverless Java` over its abstract and `## The speaker`: a
    // section about who gave it makes the heading above a talk.
    for c in 0..n {
        let p = parent[c];
        // (With its own text before it, an abstract or a date: not `#
        // Kitchen` over `## Speakers` and its products.)
        if p != usize::MAX
            && feats[c].speaker_section
            && feats[p].container.is_none()
            && feats[p].has_body
        {
            feats[p].speaker_line = true;
        }
    }
    // `## Human Errors` then `#### Olivier Lacan`: a heading right under
    // a talk's that names only people gives that talk its speakers; it is
    // no talk itself, nor evidence of talks below.
    for i in 0..n {
        // (One that holds talks of its own, `#### 大数据` over bold titles
        // and their speakers, is a track, whatever its words look like.)
        if feats[i].speaker_heading
            && feats[i].catalog == 0
            && parent[i] == i.wrapping_sub(1)
            && i > 0
        {
            let f = &mut feats[i];
            f.speakers_in_heading = false;
            f.people_in_heading = false;
            f.org_in_heading = false;
            feats[i - 1].speaker_line = true;
        }
    }
    // `# Todd Parker` over `## jQuery Mobile`: the name heading is the
    // talk, the title heading and what it holds its notes.
    for i in 0..n.saturating_sub(1) {
        if feats[i].title_heading && parent[i + 1] == i {
            let t = std::mem::take(&mut feats[i + 1]);
            let f = &mut feats[i];
            f.title_line = true;
            f.person_only = false;
            f.multi_word = true;
            f.recording |= t.recording;
            f.talk_words |= t.talk_words;
            f.has_body |= t.has_body;
            feats[i + 1] = Features {
                level: t.level,
                has_body: t.has_body,
                multi_word: t.multi_word,
                ..Features::default()
            };
        }
    }
    for i in (0..n).rev() {
        let f = &feats[i];
        let section = (f.vocab || f.label) && !f.key_themes;
        let own_people = f.speakers_in_heading || f.anchored || f.directive.is_some();
        if section && !own_people && (f.speaker_line || f.recording) && parent[i] != usize::MAX {
            let (line, rec) = (f.speaker_line, f.recording);
            feats[i].speaker_line = false;
            feats[i].recording = false;
            let p = &mut feats[parent[i]];
            p.speaker_line |= line;
            p.recording |= rec;
        }
    }
    // Evidence below each heading (children come after their parent, so a
    // reverse walk sums them bottom-up).
    let mut below = vec![0usize; n];
    for i in (0..n).rev() {
        // (A label that recurs under each part, `### Completed` over a
        // list of talks, counts by the talks it lists: `## WWDC 2025` over
        // it groups them.)
        let own: usize = children[i]
            .iter()
            .map(|&c| {
                // (A video embedded under a part of one talk's notes, `##
                // The live demo`, makes no talk of its own below a title.)
                below[c]
                    + usize::from(
                        feats[c].strong()
                            && !feats[c].not_a_talk()
                            && !(feats[c].player_only && own_evidence_is_player(&feats[c])),
                    )
                    + usize::from(feats[c].label && !feats[c].vocab && feats[c].catalog >= 2)
            })
            .sum();
        below[i] = own;
    }
    Tree {
        feats,
        children,
        roots,
        below,
    }
}

/// Whether a heading's only evidence of a talk is a video player
/// embedded under it.
fn own_evidence_is_player(f: &Features) -> bool {
    !(f.speakers_in_heading
        || f.org_in_heading
        || f.speaker_line
        || f.slides
        || f.talk_page
        || f.anchored
        || f.title_line
        || f.directive.is_some())
}
