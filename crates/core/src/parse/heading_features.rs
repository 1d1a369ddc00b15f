//! What the parser knows about one heading, for the outline: the flags
//! and counts of [`Features`] (what its text is, the evidence under it),
//! the author's [`Directive`], and the two readings every decision starts
//! from (evidence of its own, text that is never a talk). Filled in by
//! [`super::features`].

use super::headings::Container;

/// What the author wrote before a heading to override the inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Directive {
    Session,
    NotSession,
    Group,
}

/// What the parser knows about one heading.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {
    pub level: u8,
    pub key_themes: bool,
    /// A section word (`Lunch`, `Summary`, `Takeaways`...), alone or as a
    /// word of the heading (`Some great notes`).
    pub vocab: bool,
    pub container: Option<Container>,
    /// The same text heads three or more parts of the file (`Impression`,
    /// `Keynotes` under every talk): a label, never a talk or a group.
    pub label: bool,
    /// The heading names a kind of session (`Lightning talks`, `Keynote`).
    pub kind: bool,
    /// The heading names a kind of session in the plural (`Keynotes`,
    /// `Workshops`): as a group, each heading under it is one.
    pub kinds: bool,
    /// Speakers split off the heading's text (`Title - Name`).
    pub speakers_in_heading: bool,
    /// ... and they read as people, not as one capitalised word.
    pub people_in_heading: bool,
    /// ... and one of them has a known given name (`Simon Knox`, not
    /// `Color Issues`).
    pub named_in_heading: bool,
    /// An organisation split off the heading (`Title - Google`): who gave
    /// the talk, when the notes name no person.
    pub org_in_heading: bool,
    /// A speaker line among the first lines under the heading.
    pub speaker_line: bool,
    /// A line giving the session's title (`Topic: ...`) among the first
    /// lines under the heading.
    pub title_line: bool,
    /// A recording link in the heading or its first lines.
    pub recording: bool,
    /// That recording is only a video player embedded there (no link).
    pub player_only: bool,
    /// A slide deck's player embedded in its first lines (SlideShare,
    /// Speaker Deck).
    pub slides: bool,
    /// The heading, or the first lines under it, link to the talk's page
    /// on the event's site (`[Link to the talk](https://fosdem.org/2023/
    /// schedule/event/…)`).
    pub talk_page: bool,
    /// A session index (a table or list of in-page links) points here.
    pub anchored: bool,
    /// The first words under the heading talk about a talk (`speaker`,
    /// `slides`, `talk`, `demo`...).
    pub talk_words: bool,
    /// The first line of its notes names a talk in Chinese, Japanese or
    /// Korean (`此分享主要讲的是…`).
    pub cjk_talk_words: bool,
    /// The first words under the heading are the author's own story (`I`,
    /// `we`, `my`) or speak of talks in the plural (`several talks
    /// covered…`): a part of a trip report or a theme, not one talk's
    /// notes.
    pub story: bool,
    /// The first words under the heading speak of it as one talk (`In this
    /// session, …`, `This talk …`): an abstract, not notes about talks.
    pub self_talk: bool,
    /// Something under the heading before the next heading.
    pub has_body: bool,
    /// The heading is a person's name and nothing else.
    pub person_only: bool,
    /// ... of two words or more in Latin (or other spaced) letters: a
    /// name's shape that Chinese, Japanese and Korean headings of a few
    /// characters have too is left out.
    pub spaced_name: bool,
    /// More than one word.
    pub multi_word: bool,
    /// Four words or fewer (`City Museum`, not `Make Ruby Write Your Code
    /// for You`).
    pub short: bool,
    /// The heading starts with a list number (`4. Fast, Cheap, Good`):
    /// one of a numbered run, not an aside.
    pub list_number: bool,
    /// The whole heading names people (`## Jane Doe @jdoe Acme`): under a
    /// talk's title, its speaker. Only the second heading's is asked (the
    /// one right under the title), so only it is read; `false` for others.
    pub people_heading: bool,
    /// A label naming the speakers (`Presenters:`, `**Speakers**`) among
    /// the first lines under the heading.
    pub speaker_label: bool,
    /// The heading names the section about a talk's speaker (`## The
    /// speaker`, `## About the speakers`): the heading above is a talk.
    pub speaker_section: bool,
    /// Its own text holds a session index: a table linking to two
    /// headings of the page or more (`## Attended sessions list`).
    pub index: bool,
    /// The file's first heading names the event and its year or day
    /// (`FOSDEM 2019, Saturday`): the file's title, not a talk, though
    /// the headings beside it are talks.
    pub event_title: bool,
    /// The file is a slide deck (see `FileParser::deck`).
    pub deck: bool,
    /// Talks catalogued in its own text (table rows, list items).
    pub catalog: usize,
    /// ... of those, the ones that name who gave them.
    pub catalog_named: usize,
    /// The heading names podcasts, articles or interviews (and no talks).
    pub media: bool,
    /// The heading says it is a written piece (`"Title" (Blog post July
    /// 2024)`, `(Article)`): no talk, whoever wrote it.
    pub written: bool,
    /// The heading comes right under the one before it (nothing between),
    /// one level deeper or more, and names only people (`#### Matz` under
    /// `## Keynote: Good Change, Bad Change`): the talk's speakers.
    pub speaker_heading: bool,
    /// Its notes are only links and images (a list of other people's
    /// write-ups, photos): references, not a talk's notes.
    pub links_only: bool,
    /// The heading numbers a session (`Session 1) …`, `Sess 2 - …`,
    /// `Talk 3: …`): with siblings numbered so, each is one talk, and the
    /// headings under it are its notes.
    pub numbered: bool,
    /// The heading is a person's name and the heading right under it
    /// (nothing between, deeper) is a title: `# Todd Parker` over `##
    /// jQuery Mobile` is one talk, its title below its speaker.
    pub title_heading: bool,
    /// The heading's words name talks (`Trends and session highlights`,
    /// `Talks`), whatever else they say.
    pub names_talks: bool,
    /// The heading names a break in the day (`Lunch`, `Refreshments.
    /// Coffee break`): talks listed under it are those after the break.
    pub break_time: bool,
    pub directive: Option<Directive>,
}

impl Features {
    /// Evidence of its own that the heading is a talk.
    pub(crate) fn strong(&self) -> bool {
        self.speakers_in_heading
            || self.org_in_heading
            || self.speaker_line
            || self.recording
            || self.slides
            || self.talk_page
            || self.anchored
            || self.directive == Some(Directive::Session)
            // `* Talk: Chatter-box` under `### Lightning Talk 2: …`.
            || self.title_line
    }

    /// Text that is never a talk by itself.
    pub(super) fn not_a_talk(&self) -> bool {
        self.key_themes || self.vocab || self.label || self.index
    }
}
