//! What one heading of a sibling group is, for [`super::outline`]: the
//! chain of decisions from an author's mark down to "no evidence", each
//! with its reason. The facts about the group as a whole (how many
//! siblings have evidence, whether they are a flat day of talks) come in
//! [`Group`].

use super::heading_features::{Directive, Features};
use super::headings::Container;
use super::outline::Ctx;
use super::outline_classes::Kind;

/// Why a heading that is only a person's name is a talk: the group's
/// talks are named by their speakers (the file parser then makes the name
/// its speaker).
pub(super) const NAMED_BY_SPEAKER: &str =
    "a person's name in a group of talks named by their speakers";

/// What a sibling group says about each of its headings.
pub(super) struct Group {
    /// Headings that number a session (`Session 1)`).
    pub numbered: usize,
    /// Candidates with evidence of their own (speakers, a recording...).
    pub with_evidence: usize,
    /// Enough siblings are talks that a heading which looks like a title
    /// is one too.
    pub siblings_say_talks: bool,
    /// Three or more leaves, every one of which may be a talk.
    pub flat_talks: bool,
    /// Three or more headings right under a title that names the event,
    /// each of which may be a talk, and none with evidence (see
    /// `outline.rs`).
    pub event_topics: bool,
    /// A heading of the group catalogues talks in a table or list.
    pub beside_catalog: bool,
    /// Headings that name their speakers (`Title by Name`).
    pub named_heads: usize,
    /// Leaves with notes whose heading is only a person's name.
    pub people: usize,
    /// ... of those, the names of two words or more in spaced letters.
    pub spaced_people: usize,
    /// The headings of the group.
    pub size: usize,
}

/// What heading `f` is: its kind, the reason, and whether it looks like an
/// unrecognised talk (for the warning about groups of such headings).
/// `leaf`: no heading under it; `below`: talks by their own evidence
/// under it; `holds_talks`: its notes speak of talks over three or more
/// headings with notes; `decided`: an author's mark.
#[allow(clippy::too_many_arguments)]
pub(super) fn decide(
    f: &Features,
    leaf: bool,
    below: usize,
    holds_talks: bool,
    decided: Option<(Kind, &'static str)>,
    ctx: &Ctx,
    g: &Group,
) -> (Kind, &'static str, bool) {
    if let Some((kind, why)) = decided {
        return (kind, why, false);
    }
    // `## The talks` over `### Jeremy Keith`, `### Evan You`…: each talk
    // known by its speaker (see below).
    let named_by_speaker = f.person_only
        && f.has_body
        && leaf
        && ((ctx.in_container && g.people >= 2 && g.people * 3 >= g.size)
            || (!ctx.in_section
                && f.spaced_name
                && g.spaced_people >= 3
                && g.spaced_people * 2 >= g.size));
    // (Not one over a table or list of talks with their speakers:
    // `### Session 1: Advanced Sampling` over `| 9:15 | Name | Title |`
    // rows, a block of talks.)
    let (kind, why) = if f.numbered
        && g.numbered >= 2
        && f.container.is_none()
        && !f.not_a_talk()
        && f.catalog_named < 2
    {
        (
            Kind::Session,
            "it numbers a session (`Session 1)`), as the headings beside it do",
        )
    } else if ctx.in_media {
        (
            Kind::Absorbed,
            "under a list of podcasts, articles or interviews",
        )
    } else if f.media && !f.speakers_in_heading && !f.speaker_line {
        (
            Kind::Section,
            "a list of podcasts, articles or interviews, not talks",
        )
    } else if f.written && !f.recording {
        (Kind::Section, "a blog post or an article, not a talk")
    } else if f.key_themes && !ctx.in_section {
        (Kind::KeyThemes, "a Key Themes heading")
    } else if f.label && !f.speakers_in_heading {
        if ctx.in_section {
            (Kind::Absorbed, "under a section")
        } else {
            (
                Kind::Section,
                "the same heading text recurs through the file: a label",
            )
        }
    } else if let Some(cont) = &f.container
        && !f.speakers_in_heading
        && match cont {
            Container::Plain => !leaf || f.catalog > 0,
            Container::Event => below > 0 || f.catalog > 0,
            // `Lightning Talks Day 1` with no headings under it:
            // one session on that day.
            Container::Day(_) => !leaf || f.catalog > 0 || !f.kind,
            _ => true,
        }
    {
        (Kind::Container, "a day, track or group heading")
    } else if f.container == Some(Container::Plain) && leaf && !f.kind && !f.strong() && !f.anchored
    {
        // `### Papers` told in prose, beside `### Keynotes`.
        if ctx.in_section {
            (Kind::Absorbed, "under a section")
        } else {
            (Kind::Section, "a group heading with no talk under it")
        }
    } else if f.vocab
        && (f.names_talks || (f.container.is_some() && f.catalog >= 2))
        && f.catalog > 0
        && !f.label
        && !f.key_themes
    {
        // (Or a group of talks by its words, `## My Notes on other talks /
        // Tutorials I attended:`, over two or more of them.)
        // `## Trends and session highlights` over links to the talks'
        // recordings: a section word, and talks named in its part.
        (
            Kind::Container,
            "its words name talks, and its part lists them",
        )
    } else if f.vocab && f.break_time && f.catalog >= 2 && !f.label && !f.key_themes {
        // `## Lunch` over the list of the afternoon's talks.
        (
            Kind::Container,
            "a break in the day, over a list of the talks after it",
        )
    } else if f.not_a_talk() && (f.label || f.key_themes || !(f.speakers_in_heading || f.anchored))
    {
        if ctx.in_section {
            (Kind::Absorbed, "under a section")
        } else if f.label {
            (
                Kind::Section,
                "the same heading text recurs through the file: a label",
            )
        } else if f.index {
            (Kind::Section, "it holds the index of the talks below")
        } else {
            (Kind::Section, "a section word (summary, lunch, notes...)")
        }
    } else if f.catalog > 0
        && !f.speakers_in_heading
        && !f.speaker_line
        && !f.anchored
        && !f.title_line
    {
        (Kind::Container, "its table or list catalogues talks")
    } else if f.strong() {
        if below >= 2 && !f.speakers_in_heading && !f.anchored {
            (
                Kind::Container,
                "two or more headings under it name speakers or recordings",
            )
        } else if named_by_speaker && !f.speaker_line {
            // `### Irina Shestak` over her talk's video.
            (Kind::Session, NAMED_BY_SPEAKER)
        } else {
            (Kind::Session, evidence_reason(f))
        }
    } else if below >= 1 {
        (
            Kind::Container,
            "headings under it name speakers or recordings",
        )
    } else if holds_talks {
        // `## De charla en charla`, whose notes say `I went to 13
        // talks; here are some`, over three or more headings with
        // notes of their own.
        (
            Kind::Container,
            "its notes speak of talks, over three or more headings with notes",
        )
    } else if named_by_speaker {
        // `## The talks` over `### Jeremy Keith`, `### Evan You`…: each
        // talk known by its speaker. Without such a heading above, when
        // half the group and three or more are people (a name of two
        // words or more in spaced letters: a short heading in Chinese or
        // Korean has a name's shape).
        (Kind::Session, NAMED_BY_SPEAKER)
    } else if ctx.in_section {
        (
            Kind::Absorbed,
            "under a section, with no evidence of a talk",
        )
    } else if g.event_topics
        && !f.deck
        && !ctx.in_container
        && !f.story
        && (f.has_body || !leaf)
        && !f.media
        && !f.person_only
        && !holds_talks
    {
        (
            Kind::Session,
            "under a title that names the event, every heading beside it has notes and may be a talk",
        )
    } else if g.flat_talks && !ctx.in_container && !odd_one_out(f, g) && !f.deck {
        if g.with_evidence >= 1 {
            (
                Kind::Session,
                "every heading beside it is a leaf that may be a talk, and one names its speaker or recording",
            )
        } else {
            (
                Kind::Session,
                "every heading beside it is a leaf that may be a talk, under a title whose notes talk about talks",
            )
        }
    } else if (ctx.in_container || (g.siblings_say_talks && !odd_one_out(f, g) && !f.deck))
        && (looks_like_title(f)
            // `### FOAM` under `## Lightning talks`, beside talks
            // that name their speakers: one word is a talk there.
            || (ctx.in_container
                && (g.with_evidence >= 1 || ctx.in_kinds)
                && leaf
                && f.has_body
                && !f.links_only
                && !f.person_only))
    {
        if ctx.in_container {
            (Kind::Session, "a heading directly in a day, track or group")
        } else if f.event_title {
            (
                Kind::Title,
                "the file's first heading names the event and its year or day, not a talk",
            )
        } else {
            (Kind::Session, "its sibling headings are talks")
        }
    } else {
        let unsure = f.has_body && !f.person_only && f.multi_word && !g.beside_catalog;
        return (
            Kind::Section,
            "no speaker, recording or talk words, and no sibling talk",
            unsure,
        );
    };
    (kind, why, false)
}

/// `### City Museum`, `### Karaoke` among `### Title by Name`: where three
/// headings or more, at least half the group, name their speakers, a
/// short heading (four words at most) that names none and no kind of
/// session, and whose notes do not talk about a talk, breaks the pattern:
/// the trip around the talks. (Not one numbered like a list's item:
/// `4. Fast, Cheap, Good`.)
fn odd_one_out(f: &Features, g: &Group) -> bool {
    g.named_heads >= 3
        && g.named_heads * 2 >= g.size
        && f.short
        && !f.kind
        && !f.talk_words
        && !f.list_number
}

/// Whether a heading without evidence of its own reads as a talk's title
/// among talks: not a person's name alone, and more than one word unless
/// it names a kind of session or its notes talk about a talk.
fn looks_like_title(f: &Features) -> bool {
    !f.person_only && (f.multi_word || f.kind || f.talk_words || f.title_line)
}

fn evidence_reason(f: &Features) -> &'static str {
    if f.directive == Some(Directive::Session) {
        "marked `confnotes: session`"
    } else if f.title_heading {
        "a speaker's name right over the talk's title, as in other headings of the file"
    } else if f.speakers_in_heading {
        "the heading names its speakers"
    } else if f.org_in_heading {
        "the heading names the organisation that gave it"
    } else if f.speaker_line {
        "a speaker line follows the heading"
    } else if f.anchored {
        "a session index links to it"
    } else if f.slides && !f.recording {
        "a slide deck is embedded under the heading"
    } else if f.talk_page && !f.recording {
        "a link to the talk's page on the event's site under the heading"
    } else if f.title_line && !f.recording {
        "a line under the heading names the talk (`Title:`, or `Title - Name` under a slot)"
    } else {
        "a recording link under the heading"
    }
}
