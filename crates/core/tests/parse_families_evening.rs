//! Layouts of real notes learnt from the misses of the held-out sets
//! collected in the stop that began 2026-12-04 at 16:00 UTC (holdout75 to
//! holdout78), each pinned down with Markdown in and sessions out
//! (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_language_named_in_full_and_a_link_named_by_its_video_host_are_no_part_of_the_title() {
    // A German watch list: each talk a heading linking its page, the
    // language in brackets before the title, a mirror of the video after.
    check(
        "---
title: 36C3 Watchlist
---

Eine kurze Liste der für mich sehenswerten Talks.

## [Verkehrswende selber hacken](https://media.ccc.de/v/36c3-10881) ([Piped-Link](https://piped.video/watch?v=Whg))

Wer das Zukleistern von Innenstädten nicht als Ideallösung betrachtet.

## [[Englisch] Cryptography demystified - An introduction without maths](https://media.ccc.de/v/36c3-10627) ([Piped-Link](https://piped.video/watch?v=t4B))

Exzellent geeignet, um in die Thematik einzusteigen.
",
        &[
            "Verkehrswende selber hacken |  | https://media.ccc.de/v/36c3-10881",
            "Cryptography demystified - An introduction without maths |  | https://media.ccc.de/v/36c3-10627",
        ],
    );
}

#[test]
fn the_slot_and_room_after_a_title_and_who_presented_it_after_a_bar() {
    // A conference write-up by day: each talk's heading gives its time and
    // room in parentheses, then a bar and the company; the author's own
    // talk is marked `My talk:`.
    check(
        "# ODSC East 2017

## Thursday

### Challenges and practical solutions in delivery of data science applications (11:00 AM in Room 309) | [R-Brain](https://r-brain.io/en/)

- **Five steps in building a model**: prep, model development, validation

### Corporate Data Science (9:45 AM in Room Ballroom A)

- https://twitter.com/jasdumas/status/860499500032561152

### :beers: _My talk_: Open Government Data and Beer Analytics (12:30 PM in Room Ballroom A) | [Slides](https://jasdumas.github.io/talks/odsc.html)

- Beer data from open government portals
",
        &[
            "Challenges and practical solutions in delivery of data science applications |  | ",
            "Corporate Data Science |  | ",
            "Open Government Data and Beer Analytics |  | ",
        ],
    );
}

#[test]
fn a_time_or_a_host_in_parentheses_stays_when_it_is_the_title_s_own() {
    // `(1984)`, `(The Missing Link)`, `(Part 2)`: words of the title.
    check(
        "# Conf 2020

## Orwell Was Right (1984)

Speaker: Ann Lee

- surveillance then and now

## Evolution (The Missing Link)

Speaker: Bo Chen

- fossils and gaps

## Vimeo Links Considered Harmful (Part 2)

Speaker: Cy Diaz

- link rot
",
        &[
            "Orwell Was Right (1984) | Ann Lee | ",
            "Evolution (The Missing Link) | Bo Chen | ",
            "Vimeo Links Considered Harmful (Part 2) | Cy Diaz | ",
        ],
    );
}

#[test]
fn a_one_row_table_under_a_heading_names_its_speaker_and_the_slot_code_goes() {
    // A Japanese round-up of a conference's decks: each talk's heading
    // opens with its slot code in escaped brackets, then a one-row table
    // of language, speaker and session type (a column about the talks,
    // not their titles).
    check(
        "---
title: \"Go Conference 2018 Autumn資料まとめ\"
---

11月25日に行われた、「Go Conference 2018 Autumn」の発表資料をまとめました。

## \\[A2(S)\\] Profiling Go Application

| Language | Speaker | Session Type |
| --- | --- | --- |
| Japanese | orisano | Short Session |

[Profiling Go Application](https://speakerdeck.com/orisano/profiling-go-application)

## \\[A3(L)\\] Reading Source code of Biscuit (GO OS)

| Language | Speaker | Session Type |
| --- | --- | --- |
| Japanese | Yoshiki Shibukawa | Long Session |

## \\[LT1\\] gorealizeで始めるDocker開発環境

| Language | Speaker | Session Type |
| --- | --- | --- |
| Japanese | @creasty, @izumin5210 | Lightning Talk |
",
        &[
            "Profiling Go Application | orisano | ",
            "Reading Source code of Biscuit (GO OS) | Yoshiki Shibukawa | ",
            "gorealizeで始めるDocker開発環境 | creasty; izumin5210 | ",
        ],
    );
}

#[test]
fn a_table_of_talks_with_a_session_type_column_still_reads_its_title_column() {
    check(
        "# DevConf 2019

| Talk | Speaker | Session Type |
| --- | --- | --- |
| Scaling Postgres | Ann Lee | Long Session |
| Fuzzing in CI | Bo Chen | Short Session |
",
        &[
            "Scaling Postgres | Ann Lee | ",
            "Fuzzing in CI | Bo Chen | ",
        ],
    );
}

#[test]
fn a_panel_in_bold_names_each_with_a_dash_and_who_they_are() {
    // A Zola post (TOML front matter): each talk a `#` heading linking its
    // agenda page, the people under it one a paragraph, in bold italics,
    // then after a dash their job and organisation; one heading ends with
    // the name of its one speaker.
    check(
        "+++
title=\"Consensus 2019 - Conference Notes\"
+++
These are my notes from attending the Consensus 2019 conference.

# [From Digital Gold to Contract Theory](https://events.example.com/session/76619)

***Joshua Gans*** *- Professor of Strategic Management, Rotman School of Management*

***Oliver Hart*** *- Professor of Economics, Harvard University*

***Nadav Zafrir*** *- Co-founder and CEO, Team8*

***Cathy Barrera*** *- Founding Economist, Prysm Group (Moderator)*

- Bitcoin is not a currency on all accounts

# [Polkadot: Bjorn Wagner](https://events.example.com/session/91323)

***Bjorn Wagner*** *- Founder & CCO, Parity Technologies*

- Two main streams
",
        &[
            "From Digital Gold to Contract Theory | Joshua Gans (Rotman School of Management); Oliver Hart (Harvard University); Nadav Zafrir (Team8); Cathy Barrera (Prysm Group) | ",
            "Polkadot | Bjorn Wagner (Parity Technologies) | ",
        ],
    );
}

#[test]
fn bold_words_and_a_dash_in_the_notes_are_no_speaker() {
    check(
        "# Conf 2020

## Scaling the Monolith

Speaker: Ann Lee

**Key Takeaways** - caching matters more than you think

**Next Steps** - try it at work

## Queues Everywhere

**Key Takeaways** - Caching, Queues

- more notes
",
        &[
            "Scaling the Monolith | Ann Lee | ",
            "Queues Everywhere |  | ",
        ],
    );
}

#[test]
fn the_first_sentence_says_in_the_passive_who_hosted_the_session() {
    // A trip report: each session a heading over prose that opens by
    // saying who hosted or moderated it (a panel's members after a colon).
    check(
        "---
title: Web Summit 2023
---

I first heard about Web Summit through a work colleague.

## Pro tips for pitching
This session was hosted by Cristina Fonseca of [Indico Capital](https://www.indicocapital.com/). Each startup that presented gave me insight.

## What it takes to be a technical leader
This session was moderated by Bobby Allyn of NPR hosting the following panelists: Christine Spang of Nylas, Simon Wistow of Fastly, and Emil Eifrem of Neo4j.

## Lunch with the team
The session was hosted by a colleague of mine, so I went.
",
        &[
            "Pro tips for pitching | Cristina Fonseca (Indico Capital) | ",
            "What it takes to be a technical leader | Bobby Allyn (NPR); Christine Spang (Nylas); Simon Wistow (Fastly); Emil Eifrem (Neo4j) | ",
        ],
    );
}

#[test]
fn a_meetup_page_of_past_talks_lists_months_then_people_then_their_talks() {
    // TOML front matter titled `Talks`; a list by month, each month's
    // speakers as raw HTML links to their profiles, each speaker's talks
    // nested under them.
    check(
        "+++
title = \"Talks\"
+++

The topics and speakers in past meetups:

- February 2026
    - <a href=\"https://www.linkedin.com/in/adrienhaxaire/\">Adrien Haxaire</a>
      - Lightning talk: Book presentation of Enshittification by Cory Doctorow
    - <a href=\"https://www.linkedin.com/in/pjullrich/\">Peter Ullrich</a>
      - What is an MCP and why would you need it?
- January 2026
    - <a href=\"https://www.linkedin.com/in/kradalby/\">Kristoffer Dalby</a>
        - Headscale & Tailscale: The complementary open source clone
",
        &[
            "Book presentation of Enshittification by Cory Doctorow | Adrien Haxaire | ",
            "What is an MCP and why would you need it? | Peter Ullrich | ",
            "Headscale & Tailscale: The complementary open source clone | Kristoffer Dalby | ",
        ],
    );
}

#[test]
fn a_list_of_chores_under_people_is_no_list_of_talks() {
    // Capitalised lines under names, unlinked, beside a talk: who does
    // what, not who spoke.
    check(
        "# DevConf 2024

## Scaling Postgres

Speaker: Ann Lee

- vacuum often

## Volunteers

Who does what before we leave:

- Cy Diaz
  - Order lunch for everyone
- Dee Ell
  - Book the bus
- Eve Fox
  - Print the badges
",
        &["Scaling Postgres | Ann Lee | "],
    );
}

#[test]
fn a_heading_naming_the_speakers_over_a_photo_and_the_talk_s_title_in_bold() {
    // An organisers' photo recap in French: each talk's heading names its
    // speakers in capitals with their organisation, then a photo, then the
    // title in bold (French spacing before its colon).
    check(
        "## Breizh Data Day 2024 - Photos souvenirs

### Julien PERRON & Victor KLÖTZER (Ouest France)
![Photo05](../illustrim/Photos/08_Amphi_Conf_Ouest-France-01.png)
**Ouest-France, de l'I.A. dans le quotidien : traitements de données multimodales**
>

### Thomas WENTZ (Speredia)
![Photo09](../illustrim/Photos/07_Amphi_Conf_Speredia-01.png)  ![Photo10](../illustrim/Photos/07b.png)
**A.I. Act : vers la régulation des Intelligences Artificielles dans l’U.E.**
>
",
        &[
            "Ouest-France, de l'I.A. dans le quotidien : traitements de données multimodales | Julien PERRON; Victor KLÖTZER (Ouest France) | ",
            "A.I. Act : vers la régulation des Intelligences Artificielles dans l’U.E. | Thomas WENTZ (Speredia) | ",
        ],
    );
}

#[test]
fn a_list_of_who_spoke_on_what_after_a_sentence_about_the_talks() {
    // A Jekyll post titled by the event: the talks as `Name on [topic](talk
    // page)` items, the topic the author's words for the talk.
    check(
        "---
layout: post
title:  \"Strange Loop\"
date:   2018-09-15
---

This weekend I went to [Strange Loop](https://www.thestrangeloop.com/2018/sessions.html) in St. Louis. I went to some great talks:

* Simon Peyton Jones on [computing education](https://www.thestrangeloop.com/2018/shaping-our-childrens-education-in-computing.html). Simon gives a talk every year.
* Philip Wadler on [category theory](https://www.thestrangeloop.com/2018/categories-for-the-working-hacker.html).
* Scott Fradkin on [musical steganography](https://www.thestrangeloop.com/2018/musical-steganography-hiding-things-in-music.html).
",
        &[
            "computing education | Simon Peyton Jones | ",
            "category theory | Philip Wadler | ",
            "musical steganography | Scott Fradkin | ",
        ],
    );
}

#[test]
fn lines_that_each_link_a_talk_s_video_in_one_paragraph_are_talks() {
    // A slide deck's README: the talks it mentions as one paragraph of
    // video links broken by two trailing spaces, each `Title by Name -
    // Event`.
    check(
        "# React Europe 2018 Summary

## Mentioned talks
[Immutable Application Architecture by Lee Byron - React Europe 2018](https://www.youtube.com/watch?v=oTcDmnAXZ4E)  
[Replicated Redux by Jim Purbrick - React Europe 2018](https://www.youtube.com/watch?v=Fr3vp0C22H0)  
[Keynote by Ken Wheeler - React Europe 2018](https://www.youtube.com/watch?v=QFk6YwMz8nc)  

## Setup

    yarn install
",
        &[
            "Immutable Application Architecture | Lee Byron | https://www.youtube.com/watch?v=oTcDmnAXZ4E",
            "Replicated Redux | Jim Purbrick | https://www.youtube.com/watch?v=Fr3vp0C22H0",
            "Keynote | Ken Wheeler | https://www.youtube.com/watch?v=QFk6YwMz8nc",
        ],
    );
}

#[test]
fn who_gave_it_after_the_title_s_link_and_a_colon_is_no_subtitle() {
    // A catalogue of talk videos from many events: `[year, event]
    // [Title](video): Name, Name (Org)`, panels marked `(Panel)`.
    check(
        "# Game design talks

- [2015, GDC] [Designing Monument Valley: Less Game, More Experience](https://www.youtube.com/watch?v=RO22-O4WGaw): Ken Wong (UsTwo Games)
- [2013, GDC] [Designing Journey](https://www.youtube.com/watch?v=jour): Jenova Chen (thatgamecompany)
- [2012, GDC] [Creating a Sequel to a Game That Doesn't Need One](https://www.youtube.com/watch?v=OLqk4aqpXlQ): Chet Faliszek, Erik Wolpaw (Valve)
- [2013, GDC] [AI Postmortems: Assassin's Creed III and Warframe](http://www.gdcvault.com/play/1018058/): Daniel Brewer, Alex Cheng (Panel)
",
        &[
            "Designing Monument Valley: Less Game, More Experience | Ken Wong (UsTwo Games) | https://www.youtube.com/watch?v=RO22-O4WGaw",
            "Designing Journey | Jenova Chen (thatgamecompany) | https://www.youtube.com/watch?v=jour",
            "Creating a Sequel to a Game That Doesn't Need One | Chet Faliszek; Erik Wolpaw (Valve) | https://www.youtube.com/watch?v=OLqk4aqpXlQ",
            "AI Postmortems: Assassin's Creed III and Warframe | Daniel Brewer; Alex Cheng | ",
        ],
    );
}

#[test]
fn items_linking_papers_on_an_academic_conference_s_virtual_site_are_talks() {
    // NeurIPS notes by topic: each item links the paper's or talk's page
    // on the virtual site (`poster_…`, `invited_…`), notes nested below.
    check(
        "NeurIPS 2020 is virtual this year.

## Meta learning
* [Continual Deep learning](https://neurips.cc/virtual/2020/protected/poster_2f3bbb9730639e9ea48f309d9a79ff01.html)
    - Catastrophic forgetting as new data arrived
    - Function regularization
* [Online continual learning](https://neurips.cc/virtual/2020/protected/poster_85b9a5ac91cd629bd3afe396ec07270a.html)
    - reservoir sampling

## Reinforcement learning
* [Off-policy Reinforcement learning](https://neurips.cc/virtual/2020/protected/tutorial_8155bc545f84d9652f1012ef2bdfb6eb.html)
    - Data driven RL
* [Model-based RL](https://neurips.cc/virtual/2020/protected/poster_1a2b3c4d5e6f.html)
    - planning
",
        &[
            "Continual Deep learning |  | ",
            "Online continual learning |  | ",
            "Off-policy Reinforcement learning |  | ",
            "Model-based RL |  | ",
        ],
    );
}

#[test]
fn the_review_s_near_misses_keep_their_old_reading() {
    // A video host in parentheses after a speaker is where they work.
    check(
        "# Strange Loop 2023

## Talks

### Building a Recommendation Engine - Priya Patel (YouTube)

- two-tower models, candidate generation then ranking

### Serving Video at the Edge - Marco Rossi (Vimeo)

- cache hit ratio is everything
",
        &[
            "Building a Recommendation Engine | Priya Patel (YouTube) | ",
            "Serving Video at the Edge | Marco Rossi (Vimeo) | ",
        ],
    );
    // A conference's pages of guidelines are no talks' pages.
    check(
        "# ICML 2020 notes

Before the conference I bookmarked:

- [Poster session guidelines](https://icml.cc/Conferences/2020/poster_guidelines.html)
- [Invited speakers](https://icml.cc/Conferences/2020/invited_speakers.html)
- [Tutorial schedule](https://icml.cc/Conferences/2020/tutorial_schedule.html)

## Day 1

### Causal inference tutorial

Speaker: Susan Athey

- double machine learning
",
        &["Causal inference tutorial | Susan Athey | "],
    );
    // A subtitle that names a person is the title's.
    check(
        "# History of computing talks

- [Learning From Failure](https://www.youtube.com/watch?v=aaaaaaaaaa1): Alan Turing and the Enigma
- [The Woman Who Taught Machines](https://www.youtube.com/watch?v=aaaaaaaaaa2): Grace Hopper and the First Compiler
- [Inventing the Future](https://www.youtube.com/watch?v=aaaaaaaaaa3): Alan Kay at Xerox PARC
",
        &[
            "Learning From Failure: Alan Turing and the Enigma |  | https://www.youtube.com/watch?v=aaaaaaaaaa1",
            "The Woman Who Taught Machines: Grace Hopper and the First Compiler |  | https://www.youtube.com/watch?v=aaaaaaaaaa2",
            "Inventing the Future: Alan Kay at Xerox PARC |  | https://www.youtube.com/watch?v=aaaaaaaaaa3",
        ],
    );
}

#[test]
fn a_japanese_company_in_parentheses_after_a_handle_is_its_org() {
    check(
        "# Go Conference 2018 Autumn

## Microservices実装ガイド in Go at Mercari

| Language | Speaker | Session Type |
| --- | --- | --- |
| Japanese | @yagi5（株式会社メルカリ） | Sponsor Session |

## Pains and gains of microservices on local dev

| Language | Speaker | Session Type |
| --- | --- | --- |
| Japanese | @creasty, @izumin5210（ウォンテッドリー株式会社） | Sponsor Session |
",
        &[
            "Microservices実装ガイド in Go at Mercari | yagi5 (株式会社メルカリ) | ",
            "Pains and gains of microservices on local dev | creasty; izumin5210 (ウォンテッドリー株式会社) | ",
        ],
    );
}

#[test]
fn a_numbered_keynote_before_its_title_is_no_part_of_it() {
    check(
        "# ACL 2016

## Day 1

### Keynote Talk 3: Formal and distributional semantics

- vectors meet logic

### Keynote Talk 4: Tensor decompositions to learn sentence embeddings

- tensors
",
        &[
            "Formal and distributional semantics |  | ",
            "Tensor decompositions to learn sentence embeddings |  | ",
        ],
    );
}
