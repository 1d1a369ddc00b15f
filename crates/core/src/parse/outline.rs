//! Which headings of a notes file are sessions: the file's structure
//! inferred from the evidence a careful reader uses, per part of the file.
//!
//! Each heading comes with its [`Features`]: what its text is (a day, a
//! track, a group word like `Keynotes`, a section word like `Lunch` or
//! `Takeaways`, a label repeated through the file like `Impression`), and
//! the evidence that it is a talk: speakers in the heading or on a line
//! under it, a recording link, a link to it from a session index, talk
//! words in its notes. The headings form a tree by level; the decisions
//! are made top-down, one sibling group at a time:
//!
//! 1. The first heading is the conference title when it is alone at the
//!    top level (or the other top-level headings are days, tracks or
//!    sections). A file whose title heading itself has a speaker line or
//!    a recording and nothing under it does is one session.
//! 2. Key Themes, section words and repeated labels are sections of
//!    conference notes; days, tracks and group words (`Keynotes`, `Talks`)
//!    are containers: their children are looked at as a group of their
//!    own, and give their sessions a day or a track.
//! 3. In a sibling group, a heading with evidence of its own is a session
//!    (or, when two or more headings under it have evidence and it names
//!    no speaker itself, a group of sessions). A heading without evidence
//!    is a session when its siblings have evidence or its parent is a
//!    container, and it looks like a title: not a person's name alone, not
//!    a section word, and more than one word unless its notes talk about a
//!    talk. Otherwise it is a section, and a warning says so when a group
//!    of such headings looks like talks.
//! 4. Everything under a session is its notes.
//! 5. A file whose only top heading names no event, and in which nothing
//!    is a talk, is that one talk's notes; in a group whose headings are
//!    mostly speakers' names, each such heading is the talk that person
//!    gave.
//!
//! An author overrides any of it with a comment before a heading:
//! `<!-- confnotes: session -->`, `<!-- confnotes: not-session -->` (or
//! `section`), `<!-- confnotes: group -->`.
//!
//! Every decision carries its reason, for `notes-check --explain`. Linear
//! in the number of headings: each heading is visited once top-down, and
//! the counts of evidence below each heading are summed bottom-up once.

pub(crate) use super::heading_features::{Directive, Features};
use super::headings::Container;
use super::outline_classes::{Class, Kind, Outline, Unsure};
use super::outline_decide::{Group, decide};
use super::outline_tree::{self, Tree};

/// Context handed down to a sibling group.
#[derive(Clone, Default)]
pub(super) struct Ctx {
    pub(super) day: Option<String>,
    pub(super) track: Option<String>,
    /// The parent is a container (or a title naming a list of talks):
    /// its children are sessions unless they say otherwise.
    pub(super) in_container: bool,
    /// The parent is a section: only headings with evidence of their own
    /// are sessions.
    pub(super) in_section: bool,
    /// Under a list of podcasts, articles or interviews: nothing below is
    /// a talk, not even its list items.
    pub(super) in_media: bool,
    /// Right under the file's title, whose own notes talk about talks
    /// (`Every presentation gave me lots to consider`).
    pub(super) under_talky_title: bool,
    /// Right under the file's title, which names the event (`# KotlinConf
    /// 2018`).
    pub(super) under_event_title: bool,
    /// The parent names a kind of session in the plural (`## Keynotes`):
    /// each heading with notes under it is one, one-word titles included.
    pub(super) in_kinds: bool,
}

/// Classifies a file's headings (see the module documentation).
/// `talk_list_title`: the title heading names a list of talks (or, with
/// no title, the text before the first heading introduces them)
/// (`Presentations`, `Talks`), so its children are sessions.
pub(crate) fn classify(feats: &[Features], talk_list_title: bool) -> Outline {
    let n = feats.len();
    let mut classes: Vec<Class> = vec![
        Class {
            kind: Kind::Absorbed,
            day: None,
            track: None,
            why: "",
        };
        n
    ];
    let mut out = Outline::default();
    if n == 0 {
        return out;
    }
    let Tree {
        feats,
        children,
        roots,
        below,
    } = outline_tree::build(feats);
    let feats = &feats[..];

    // `# Talk title`, then `# Details` naming its `Presenters:`, `# Lab`,
    // `# Links`: one talk told in sections at the top level, when no
    // heading holds talks of its own.
    let first = roots[0];
    {
        let f = &feats[first];
        let sections_after = roots[1..]
            .iter()
            .all(|&r| feats[r].not_a_talk() || !feats[r].strong());
        let label = f.speaker_label
            || roots
                .get(1)
                .is_some_and(|&r| feats[r].speaker_label && feats[r].not_a_talk());
        if first == 0
            && roots.len() > 1
            && f.multi_word
            && f.container.is_none()
            && !f.not_a_talk()
            && !f.strong()
            && label
            && sections_after
            && !talk_list_title
            && below.iter().all(|&b| b == 0)
            // (The `# Details` naming the presenters is strong by them.)
            && !feats.iter().any(|g| {
                g.catalog > 0 || (g.strong() && !(g.speaker_label && g.not_a_talk()))
            })
        {
            return whole_file_session(
                classes,
                first,
                "the first heading is a talk's title, and the section after it names its presenters",
            );
        }
    }

    // 1. The title.
    let top = feats[first].level;
    let others_at_top = roots[1..]
        .iter()
        .filter(|&&r| feats[r].container.is_none() && !feats[r].not_a_talk())
        .count();
    let any_catalog = feats.iter().any(|f| f.catalog > 0);
    // `## The Tutorials` beside `## The Main Conference` in a post: the
    // first of the post's groups, not its title.
    let first_of_groups = feats[first].level > 1
        && feats[first].container == Some(Container::Plain)
        && roots.len() > 1;
    let title = (!matches!(
        feats[first].container,
        Some(Container::Day(_) | Container::Track(_))
    ) && !feats[first].key_themes
        && !first_of_groups
        && (feats[first].level == 1 || !feats[first].strong())
        && first == 0
        && (others_at_top == 0 || feats.iter().filter(|f| f.level == top).count() == 1))
        .then_some(first);
    if let Some(t) = title {
        let f = &feats[t];
        let own_evidence = f.speaker_line
            || f.speaker_label
            || f.recording
            || f.people_in_heading
            || f.self_talk
            || f.directive == Some(Directive::Session);
        // `# Code Quality, By The Numbers` over `**by Anthony Ferrara
        // @ircmaxell**`: one talk's notes, even where a section of them
        // credits the authors of tools (`### PDepend` / `by Manuel
        // Pichler`), as long as no heading below names speakers or a
        // recording of its own.
        // (One heading that seems to name an organisation, `### How did
        // they differ: (IBM Cloud)`, is no talk of its own among them.)
        let byline_over_notes = f.speaker_line
            && f.has_body
            && feats
                .iter()
                .skip(t + 1)
                .all(|g| !g.speakers_in_heading && !g.recording && !g.anchored && g.catalog == 0)
            && feats
                .iter()
                .skip(t + 1)
                .filter(|g| g.org_in_heading)
                .count()
                <= 1;
        if own_evidence
            && f.level == 1
            && (below[t] == 0 || byline_over_notes)
            && !any_catalog
            && !talk_list_title
            && f.directive != Some(Directive::Group)
        {
            return whole_file_session(
                classes,
                t,
                "the first heading names its speakers, or has a speaker line, a list of speakers, a recording or an abstract (`In this session, …`), and no heading under it does",
            );
        }
        // `# Title` then `## Jane Doe @jdoe`: one talk and its speaker.
        // Only headings beside the speaker's count, not those in the notes
        // under it (which may cite people).
        let others_strong = feats
            .iter()
            .enumerate()
            .any(|(i, g)| i > 1 && g.level <= feats[1].level && (g.strong() || g.catalog > 0));
        // (Not under a title that names the event: `# 回顾 Elixir Conf EU
        // 2019` over `## 赞助票`, three characters with a name's shape.)
        if f.level == 1
            && n > 1
            && feats[1].people_heading
            && f.container != Some(Container::Event)
            && children[t].first() == Some(&1)
            && !others_strong
            && !any_catalog
        {
            return whole_file_session(
                classes,
                t,
                "the first heading is a talk's title and the next names its speaker",
            );
        }
        classes[t] = class(
            Kind::Title,
            &Ctx::default(),
            "the first heading, alone at the top level",
        );
    }

    // 2-4. Top-down, one sibling group at a time, with an explicit queue.
    let mut queue: Vec<(Vec<usize>, Ctx)> = Vec::new();
    match title {
        Some(t) => {
            let ctx = Ctx {
                in_container: talk_list_title,
                // `In this session, …` under the title: the title is one
                // talk's, its notes an abstract, not notes about talks.
                under_talky_title: feats[t].talk_words && !feats[t].self_talk,
                under_event_title: feats[t].container == Some(Container::Event),
                ..Ctx::default()
            };
            queue.push((children[t].clone(), ctx.clone()));
            let rest: Vec<usize> = roots[1..].to_vec();
            if !rest.is_empty() {
                queue.push((rest, Ctx::default()));
            }
        }
        // No title: the text before the first heading may introduce the
        // talks (`As palestras que frequentei foram:`).
        None => queue.push((
            roots.clone(),
            Ctx {
                under_talky_title: talk_list_title,
                ..Ctx::default()
            },
        )),
    }
    // The members of each group in `out.unsure`.
    let mut unsure_groups: Vec<Vec<usize>> = Vec::new();
    while let Some((group, ctx)) = queue.pop() {
        let with_evidence = group
            .iter()
            .filter(|&&c| {
                let f = &feats[c];
                // An author's mark is about that heading only.
                let own = f.speakers_in_heading
                    || f.org_in_heading
                    || f.speaker_line
                    || (f.recording && !f.player_only)
                    || f.slides
                    || f.talk_page
                    || f.anchored;
                own && !f.not_a_talk() && f.container.is_none() && f.catalog == 0
            })
            .count();
        // `## De charla en charla`, whose notes say `I went to 13 talks;
        // here are some`, over three or more headings with notes.
        let holds_talks = |c: usize| {
            let kids = &children[c];
            let f = &feats[c];
            !ctx.in_container
                && with_evidence == 0
                && f.talk_words
                && !f.self_talk
                && kids.iter().all(|&k| children[k].is_empty())
                && {
                    let talk_like = kids
                        .iter()
                        .filter(|&&k| {
                            let g = &feats[k];
                            g.has_body && g.multi_word && !g.not_a_talk() && g.container.is_none()
                        })
                        .count();
                    talk_like >= 3 && talk_like * 3 >= kids.len() * 2
                }
        };
        // Headings that may be talks (not groups: those hold talks).
        let candidates = group
            .iter()
            .filter(|&&c| {
                !holds_talks(c)
                    && feats[c].container.is_none()
                    && !feats[c].not_a_talk()
                    && below[c] == 0
                    && feats[c].catalog == 0
            })
            .count();
        let talky = group
            .iter()
            .filter(|&&c| {
                feats[c].talk_words && !feats[c].not_a_talk() && below[c] == 0 && !holds_talks(c)
            })
            .count();
        // A third of the candidates with evidence make their siblings talks
        // too (one talk among many topical headings does not); talk words
        // alone only when most siblings have them.
        // Beside a table or list of talks, the other headings are about
        // the event (its page, its licence), not more talks: each needs
        // its own evidence.
        let beside_catalog = group.iter().any(|&c| {
            let f = &feats[c];
            f.catalog > 0 && !f.speakers_in_heading && !f.speaker_line && !f.anchored
        });
        let siblings_say_talks = !beside_catalog
            && ((with_evidence >= 1 && with_evidence * 3 >= candidates)
                // (Beside a heading that holds the talks, the others are
                // about the event, whatever words their notes use.)
                || (candidates >= 3
                    && talky * 3 >= candidates * 2
                    && !group.iter().any(|&c| holds_talks(c))));
        // A day of talks told flat: three or more headings, every one a
        // leaf that may be a talk (no section word, no group, no list of
        // talks), and one of them a talk by its own evidence or the
        // title's notes talking about talks. Then each heading is a talk,
        // even one word long (`## vctrs`): a human reads the file so.
        // (A section word among them, `### Happy Hour`, stays a section.)
        let members: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&c| !(feats[c].vocab && children[c].is_empty()))
            .collect();
        let flat_talks = !beside_catalog
            && members.len() >= 3
            && (with_evidence >= 1 || ctx.under_talky_title)
            && members.iter().all(|&c| {
                let f = &feats[c];
                children[c].is_empty()
                    && f.container.is_none()
                    && !f.not_a_talk()
                    && !f.media
                    && f.catalog == 0
                    && !f.person_only
            })
            && members.iter().filter(|&&c| feats[c].has_body).count() * 3 >= members.len() * 2;
        // `# KotlinConf 2018` over `## Keynote`, `## Komparing Kotlin
        // Server Frameworks`, `## GraphQL powered by Kotlin`…: headings
        // right under a title that names the event, three or more, each
        // with notes and none a section word, a group or a person, and
        // nothing in the group naming a speaker: the talks the author
        // saw, named by their titles alone. (Their sub-headings are
        // their notes.)
        // (Most of them: one misread as a talk, `## Code Lab - Kotlin
        // Interop`, or a topic over a heading misread as a speaker line,
        // is no reason to drop the rest.)
        let topical = members
            .iter()
            .filter(|&&c| {
                let f = &feats[c];
                (f.has_body || !children[c].is_empty())
                    && !f.story
                    && f.container.is_none()
                    && !f.not_a_talk()
                    && !f.media
                    && f.catalog == 0
                    && !f.person_only
                    && below[c] == 0
                    && !holds_talks(c)
            })
            .count();
        let event_topics = ctx.under_event_title
            && with_evidence * 4 <= members.len()
            && !beside_catalog
            && topical >= 3
            && topical * 4 >= members.len() * 3;
        let facts = Group {
            event_topics,
            named_heads: group
                .iter()
                .filter(|&&c| feats[c].speakers_in_heading && !feats[c].not_a_talk())
                .count(),
            numbered: group.iter().filter(|&&c| feats[c].numbered).count(),
            with_evidence,
            siblings_say_talks,
            flat_talks,
            beside_catalog,
            people: group
                .iter()
                .filter(|&&c| feats[c].person_only && feats[c].has_body && children[c].is_empty())
                .count(),
            spaced_people: group
                .iter()
                .filter(|&&c| feats[c].spaced_name && feats[c].has_body && children[c].is_empty())
                .count(),
            size: group.len(),
        };
        let mut unsure = Vec::new();
        for &c in &group {
            let f = &feats[c];
            let kids = &children[c];
            let decided = match f.directive {
                Some(Directive::Session) => Some((Kind::Session, "marked `confnotes: session`")),
                Some(Directive::NotSession) => {
                    Some((Kind::Section, "marked `confnotes: not-session`"))
                }
                Some(Directive::Group) => Some((Kind::Container, "marked `confnotes: group`")),
                None => None,
            };
            let (kind, why, is_unsure) = decide(
                f,
                kids.is_empty(),
                below[c],
                holds_talks(c),
                decided,
                &ctx,
                &facts,
            );
            if is_unsure {
                unsure.push(c);
            }
            classes[c] = class(kind, &ctx, why);
            match kind {
                Kind::Container => {
                    let mut inner = ctx.clone();
                    inner.in_container = true;
                    inner.in_section = false;
                    inner.in_kinds = f.kinds;
                    match &f.container {
                        Some(Container::Day(d)) => inner.day = Some(d.clone()),
                        Some(Container::Track(t)) => inner.track = Some(t.clone()),
                        _ => {}
                    }
                    queue.push((kids.clone(), inner));
                }
                Kind::Section | Kind::KeyThemes => {
                    let inner = Ctx {
                        in_section: true,
                        in_container: false,
                        in_media: ctx.in_media || (f.media && decided.is_none()),
                        ..ctx.clone()
                    };
                    queue.push((kids.clone(), inner));
                }
                Kind::Absorbed if ctx.in_section || ctx.in_media => {
                    queue.push((kids.clone(), ctx.clone()));
                }
                // A talk heading a level too high (`## Title - Name` among
                // `### Title - Name`): two or more headings under it that
                // name people are talks beside it, not its notes.
                Kind::Session
                    if kids
                        .iter()
                        .filter(|&&k| feats[k].named_in_heading && !feats[k].speaker_heading)
                        .count()
                        >= 2 =>
                {
                    let mut inner = ctx.clone();
                    inner.in_container = true;
                    inner.in_section = false;
                    queue.push((kids.clone(), inner));
                }
                _ => {}
            }
        }
        if unsure.len() >= 2
            && let Some(&first) = unsure.first()
        {
            out.unsure.push(Unsure {
                first,
                count: unsure.len(),
            });
            unsure_groups.push(unsure);
        }
    }
    // `# Making PHP Extensions` over `## Resources` and topics, and
    // nothing in the file a talk: the title names no event, so the file is
    // one talk's notes, not an empty conference.
    if let Some(t) = title
        && t == 0
        && roots.len() == 1
        && feats[t].level == 1
        && feats[t].container.is_none()
        && !feats[t].not_a_talk()
        && feats[t].multi_word
        && !feats[t].person_only
        && !any_catalog
        && !talk_list_title
        && !classes
            .iter()
            .any(|c| matches!(c.kind, Kind::Session | Kind::Container))
    {
        // (The author is still told of headings that look like talks.)
        let unsure = std::mem::take(&mut out.unsure);
        let mut out = whole_file_session(
            classes,
            t,
            "the only top heading names no event, and nothing under it is a talk: one talk's notes",
        );
        out.unsure = unsure;
        crate::order::sort_by(&mut out.unsure, &|a, b| a.first.cmp(&b.first));
        return out;
    }
    // (The file decides, knowing what its opening says: see
    // `Outline::read_lone_group_as_talks`.)
    // (Not a trip report's story: `Arriving in Berlin` / `Landed
    // Saturday…`, `What I would do differently` / `My advice…`.)
    if let [group] = unsure_groups.as_slice()
        && group.len() >= 3
        && group.iter().filter(|&&c| feats[c].story).count() * 3 < group.len()
        // (One of them at least speaks of a talk: not a book's chapters,
        // recipes, study topics.)
        && group
            .iter()
            .any(|&c| feats[c].talk_words || feats[c].cjk_talk_words)
        && !any_catalog
        && !classes
            .iter()
            .any(|c| matches!(c.kind, Kind::Session | Kind::Container | Kind::FileSession))
    {
        out.lone_group = group.clone();
    }
    out.classes = classes;
    crate::order::sort_by(&mut out.unsure, &|a, b| a.first.cmp(&b.first));
    out
}

/// The outline of a file that is one talk, titled by heading `at`.
fn whole_file_session(mut classes: Vec<Class>, at: usize, why: &'static str) -> Outline {
    classes[at] = class(Kind::FileSession, &Ctx::default(), why);
    for c in classes.iter_mut().skip(at + 1) {
        c.why = "in the talk's notes";
    }
    Outline {
        classes,
        ..Outline::default()
    }
}

fn class(kind: Kind, ctx: &Ctx, why: &'static str) -> Class {
    Class {
        kind,
        day: ctx.day.clone(),
        track: ctx.track.clone(),
        why,
    }
}
