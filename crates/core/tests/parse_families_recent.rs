//! Layouts of real notes learnt from the misses of the held-out sets in
//! the stop of 2026-12-04 (after `parse_families_more.rs`), each pinned
//! down with Markdown in and sessions out (`title | speakers (org) |
//! recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn an_emoji_shortcode_link_in_a_table_cell_is_the_recording() {
    // `[Title](slides) [:movie_camera:](video)`: the camera is the
    // recording, not a word of the title.
    check(
        "# Talks

| Topic | Date | Location |
|---|---|---|
| [Zero alloc pathfinding](https://speakerdeck.com/x/zero) [:movie_camera:](https://www.youtube.com/watch?v=X8C) | September 27, 2023 | Online |
| [KPHP FFI](talks/2021-14-Nov) | Nov 14, 2021 | Innopolis |
",
        &[
            "Zero alloc pathfinding |  | https://www.youtube.com/watch?v=X8C",
            "KPHP FFI |  | ",
        ],
    );
}

#[test]
fn a_link_to_the_talks_page_after_its_title_is_no_part_of_it() {
    check(
        "# Saturday, April 22

## Python Linters at Scale ([link](https://us.pycon.org/2023/schedule/presentation/101/))

- Speaker recommends Black.

## How To Keep A Secret ([details](https://us.pycon.org/2023/schedule/presentation/7/))

Notes.
",
        &[
            "Python Linters at Scale |  | ",
            "How To Keep A Secret |  | ",
        ],
    );
}

#[test]
fn a_summary_table_of_the_talks_with_headings_of_their_own() {
    // A ranked list: `#### #1: Title: Subtitle`, a `**Speaker:**` line
    // ending in `<br>`, `**Link:** [Watch here](video)`; the summary
    // table above names the same talks (short titles, same videos): one
    // talk each. A `Keynote Speaker | Talk` table: the people's column is
    // no title column.
    check(
        "# CppCon 2020

#### Summary

||Speaker|Talk|
|:-:|:-:|:-:|
|1|David Sankel|[Monoids, Monads, and Applicative Functors](https://www.youtube.com/watch?v=giW)|
|2|Sy Brand|[Building an Intuition for Composition](https://www.youtube.com/watch?v=AGR)|

#### #1: Monoids, Monads, and Applicative Functors: Repeated Software Patterns

**Speaker:** [David Sankel](https://twitter.com/david_sankel)<br>
**Link:** [Watch here](https://www.youtube.com/watch?v=giW) <br>
**Previously presented:** [C++Now 2016](https://www.youtube.com/watch?v=Dii)

This talk is absolutely awesome.

#### #2: Building an Intuition for Composition

**Speaker:** [Sy Brand](https://twitter.com/TartanLlama)<br>
**Link:** [Watch here](https://www.youtube.com/watch?v=AGR) <br>

A fantastic introduction.

## Other Thoughts

|Keynote Speaker|Talk|Previously Presented|
|:-:|:-:|:-:|
|Bjarne Stroustrup|[The Beauty and Power of \"Primitive\" C++](https://www.youtube.com/watch?v=ERz)|-|
|Herb Sutter|[Empirically Measuring & Reducing<br> C++’s Accidental Complexity](https://www.youtube.com/watch?v=6lu)|-|
",
        &[
            "Monoids, Monads, and Applicative Functors: Repeated Software Patterns | David Sankel | https://www.youtube.com/watch?v=giW",
            "Building an Intuition for Composition | Sy Brand | https://www.youtube.com/watch?v=AGR",
            "The Beauty and Power of \"Primitive\" C++ | Bjarne Stroustrup | https://www.youtube.com/watch?v=ERz",
            "Empirically Measuring & Reducing C++’s Accidental Complexity | Herb Sutter | https://www.youtube.com/watch?v=6lu",
        ],
    );
}

#[test]
fn talks_listed_as_numbered_references_a_paragraph_each() {
    // `[1] Title — [Name (@handle)](…/speakers/#name)` under `# Links`:
    // one talk per reference, read as a list's items; the handle in the
    // speaker page's link text is no part of the name. Two references
    // are no list of talks.
    check(
        "# ReDeploy 2018 Conf

Notes about the conference.

# Links

[1] In the Center of the Cyclone: Finding Sources of Resilience — [John Allspaw (@allspaw) ](https://re-deploy.io/2018/speakers/#john-allspaw) 

[2] Availability, Latency and Cost: Withstanding Regional Outages - [Aaron Blohowiak (@aaronblohowiak)](https://re-deploy.io/2018/speakers/#aaron-blohowiak) 

[3] The Origins of Opera and the Future of Programming - [Jessica Kerr (@jessitron)](https://re-deploy.io/2018/speakers/#jessica-kerr) 
",
        &[
            "In the Center of the Cyclone: Finding Sources of Resilience | John Allspaw | ",
            "Availability, Latency and Cost: Withstanding Regional Outages | Aaron Blohowiak | ",
            "The Origins of Opera and the Future of Programming | Jessica Kerr | ",
        ],
    );
    check(
        "# Notes

Some text.

[1] The first paper - [Jane Doe](https://example.org/speakers/#jane)

[2] The second paper - [John Roe](https://example.org/speakers/#john)
",
        &[],
    );
}

#[test]
fn a_speakers_list_of_their_own_talks() {
    // The opening says the talks are the author's, and names the author:
    // by a handle on a `Twitter:` line, or in the title (`quasilyte
    // talks`). Notes on talks the author saw get no such speaker.
    check(
        "## About me

Amsterdam based developer and speaker.

Twitter: [@shershen08](https://twitter.com/shershen08)

## Talks and presentations

Listing of presentations I did on various meetups and conferences.

| Year | Topic | Event | Slides/Video |
| --- | --- | --- | --- |
| 2023, May | Using Astro with Vue to build efficient frontend apps | VUE.JS Global Summit | |
| 2022, June | **Managing state in Vue3 applications** | JSNation | [Video](https://www.youtube.com/watch?v=abc) |
",
        &[
            "Using Astro with Vue to build efficient frontend apps | shershen08 | ",
            "Managing state in Vue3 applications | shershen08 | https://www.youtube.com/watch?v=abc",
        ],
    );
    check(
        "# quasilyte talks

My slides for public talks, workshop materials plus articles.

## Meetup/Conference talks

| Topic | Date | Location |
|---|---|---|
| [Go gamedev: XM music](talks/2024-27-Feb-tbilisi) | February, 2024 | Tbilisi (Georgia) |
| [Zero alloc pathfinding](https://speakerdeck.com/quasilyte/zero-alloc-pathfinding) | September 27, 2023 | Online |
",
        &[
            "Go gamedev: XM music | quasilyte | ",
            "Zero alloc pathfinding | quasilyte | ",
        ],
    );
    check(
        "# Conference talks

Twitter: @someone

Talks I attended at JSNation.

| Topic | Date |
|---|---|
| [Go gamedev: XM music](https://example.org/a) | February, 2024 |
| [Zero alloc pathfinding](https://example.org/b) | September 27, 2023 |
",
        &["Go gamedev: XM music |  | ", "Zero alloc pathfinding |  | "],
    );
}

#[test]
fn a_person_the_names_list_does_not_know_before_at_or_from_an_org() {
    // `with Idit Levine at solo.io`: an unknown given name is a person
    // before an organisation's domain or a known organisation; `from`
    // says the same as `at`. `with Docker Compose at Scale` is a title.
    check(
        "# Velocity 2018

## Debugging microservices with Idit Levine at solo.io

Notes.

## Modern security best practices with Seth Vargo from Google

Notes.

## Deploying with Docker Compose at Scale

Notes.
",
        &[
            "Debugging microservices | Idit Levine (solo.io) | ",
            "Modern security best practices | Seth Vargo (Google) | ",
            "Deploying with Docker Compose at Scale |  | ",
        ],
    );
}

#[test]
fn a_speakers_parenthesis_wrapped_onto_the_next_line() {
    check(
        "# CSSconf EU 2017

- [CSS and the first meaningful paint](http://2017.cssconf.eu/speakers/patrick-hamann.html#talk) (Patrick
Hamann): Patrick talked about measurements that have practical impact.
- [Getting Reactive with CSS](http://2017.cssconf.eu/speakers/david-khourshid.html#talk) (David
Khourshid): David used CSS-Variables with JavaScript.
",
        &[
            "CSS and the first meaningful paint | Patrick Hamann | ",
            "Getting Reactive with CSS | David Khourshid | ",
        ],
    );
}

#[test]
fn a_caption_naming_the_speaker_with_the_verb_linked_to_the_video() {
    // `Marc Brooker [talking](video) about…`: the subject is the speaker,
    // the linked verb the recording.
    check(
        "# re:Invent 2024

## Try again: The tools and techniques behind resilient systems

Marc Brooker [talking](https://youtu.be/rvHd4Y76-fs) about how to handle failures.

## Failing without flailing

Notes without a speaker.
",
        &[
            "Try again: The tools and techniques behind resilient systems | Marc Brooker | https://youtu.be/rvHd4Y76-fs",
            "Failing without flailing |  | ",
        ],
    );
}

#[test]
fn japanese_and_korean_notes_name_the_speaker_with_an_honorific() {
    // `こちらは株式会社Xの[Name](…)さんによる発表です` and `Org 이름님의
    // 발표 입니다` under a talk's heading: who gave it, and the heading
    // is a talk (its sub-headings its notes).
    check(
        "---
title: Vue Fes Japan 2025 After Talk参加レポート
---

## SaaS内製UIライブラリ設計のコツ1選

こちらは弁護士ドットコム株式会社の[かみくず](https://x.com/p_craft)さんによる発表です。

### 発表資料

https://speakerdeck.com/p_craft/saas

## Nuxt 5

こちらはSTORES株式会社の[wattanx](https://x.com/pontaxx)さんによる発表です。

## 실리콘밸리로 떠나는 비전공자 개발자의 지난 4년 회고

체대 출신 개발자의 회고라는 글로 잘 알려진 Pixelic 한정수님의  발표 입니다.

### 1년차. 스타트업

- 좋았던 선택
",
        &[
            "SaaS内製UIライブラリ設計のコツ1選 | かみくず (弁護士ドットコム株式会社) | ",
            "Nuxt 5 | wattanx (STORES株式会社) | ",
            "실리콘밸리로 떠나는 비전공자 개발자의 지난 4년 회고 | 한정수 (Pixelic) | ",
        ],
    );
}

#[test]
fn headings_that_say_they_head_a_talk_or_a_workshop() {
    // `## TALK - Title`, `## WORKSHOP - Title` side by side: each is one
    // session, the word no part of its title; `Machine Learning In
    // Javascript` after a second dash is the title's, not a person.
    check(
        "# Liberty JS Notes

## TALK - War stories of coding standards

Twitter: [@onel0p3z](https://twitter.com/onel0p3z)

### Standards

- Guidelines

## TALK - Mastering Web Performance Beyond Milliseconds

### Speed - How fast could we possibly go?

- Notes.

## TALK - Ask What AI Can Do For You - Machine Learning In Javascript

- Notes.

## WORKSHOP - Animations in Vue.js

- Notes.
",
        &[
            "War stories of coding standards | onel0p3z | ",
            "Mastering Web Performance Beyond Milliseconds |  | ",
            "Ask What AI Can Do For You - Machine Learning In Javascript |  | ",
            "Animations in Vue.js |  | ",
        ],
    );
}

#[test]
fn the_authors_star_and_categories_around_a_linked_title() {
    // `#### * [Title](video) [Politics/Tech]`: the star marks a talk the
    // author liked, the brackets its categories; neither is the title's.
    // A session code or a part number in brackets stays as before.
    check(
        "### Day 0

#### [Keynote](https://media.ccc.de/v/32c3-7565-keynote#video) [Culture]

Notes.

#### * [PQCHacks](https://media.ccc.de/v/32c3-7210-pqchacks#video) [Tech/Science/Culture]

Notes.

#### [Hacking EU funding for a decentralizing FOSS project](https://media.ccc.de/v/32c3-7300#video) [FOSS]

Notes.

#### [Friendica](https://media.ccc.de/v/32c3-7000#video) [Workshop | Tech]

Notes.
",
        &[
            "Keynote |  | https://media.ccc.de/v/32c3-7565-keynote#video",
            "PQCHacks |  | https://media.ccc.de/v/32c3-7210-pqchacks#video",
            "Hacking EU funding for a decentralizing FOSS project |  | https://media.ccc.de/v/32c3-7300#video",
            "Friendica |  | https://media.ccc.de/v/32c3-7000#video",
        ],
    );
}

#[test]
fn headings_that_look_like_talks_in_a_file_where_nothing_else_is_one() {
    // No speaker or recording anywhere, a talk word in one of them: the
    // one group of headings with notes that look like talks is read as
    // the talks.
    check(
        "# Keynotes

The keynotes today were short.

# Big data at Netflix

Lots of interesting stuff about their tech stack and platform.

# Democratisation vs governance?

His point was mostly that it's not either/or.

# Science fiction to product: Data-driven development

Picked this session for its title. Micha's main point was that data science is research.
",
        &[
            "Big data at Netflix |  | ",
            "Democratisation vs governance? |  | ",
            "Science fiction to product: Data-driven development |  | ",
        ],
    );
    // The same under a talk's title and its speaker: one talk's notes,
    // its parts.
    check(
        "Storytelling via the psychology of professional wrestling
Rubyconf 2015
David Copeland
@davetron5000

## This is interesting

He was sitting to watch Summer Slam.

## Wrestling is fake

But the stories are real.

## There are rules

And the crowd knows them.
",
        &[],
    );
}

#[test]
fn whose_talk_it_was_then_its_title() {
    // `Greg Bell’s keynote: Title`: the person, then the title; not
    // `Let's talk: Communication…`, a title.
    check(
        "# Threat Hunting Summit 2020

## Day 1

### Greg Bell’s keynote: NDR & Community, Pendulums

Notes.

### Let's talk: Communication & Consensus Building in Open-Source

Notes.

### Ryan’s talk on hunting extortion adversaries

Notes.
",
        &[
            "NDR & Community, Pendulums | Greg Bell | ",
            "Let's talk: Communication & Consensus Building in Open-Source |  | ",
            "Ryan’s talk on hunting extortion adversaries |  | ",
        ],
    );
}

#[test]
fn a_no_break_space_before_a_talks_link_is_read_like_a_space() {
    // A real file had a no-break space right before a link in its text;
    // the word before the link was cut inside the two-byte space and the
    // parse panicked. The talks are read as with a space.
    check(
        "# UXPA 2017

Talks I saw on day two:

The talk was about accessibility in the\u{a0}focus.

![The entire slide deck can be found at [goo.gl/k9zYsA](http://goo.gl/k9zYsA)](/img/medium/slide.png)

I went to\u{a0}[Designing for everyone](http://www.mycdevents.com/UXPA/sessions/designing/) by Ann Lee, then\u{a0}[Eyegaze trackers in practice](http://www.mycdevents.com/UXPA/sessions/eyegaze/) by Bo Lind.
",
        &[
            "Designing for everyone | Ann Lee | ",
            "Eyegaze trackers in practice | Bo Lind | ",
        ],
    );
}

#[test]
fn video_links_alone_over_their_abstracts_and_speakers() {
    // `[Title (Cloud Next '19)](video)` alone on its paragraph, then the
    // abstract and a `Speaker(s):` line, between rules: one talk each;
    // the event in the title's last parentheses is no part of it (but
    // `(Miro Knejp, CppCon 2019)` names who gave it).
    check(
        "## I attended Google Next 2019 in SF!

Here are some of the sessions I attended:

---

[The Road to Intelligent Transportation (Cloud Next '19)](https://www.youtube.com/watch?v=t6Gtkssq9Wk)

Mobility is a way of life for active and thriving communities.

Speaker(s): Christopher Haas, Zef Delgadillo

---

[Medical Imaging 2.0 (Cloud Next '19)](https://www.youtube.com/watch?v=A32RFbkozFc)

Check out how to improve imaging.

Speaker(s): Ann Lee
",
        &[
            "The Road to Intelligent Transportation | Christopher Haas; Zef Delgadillo | https://www.youtube.com/watch?v=t6Gtkssq9Wk",
            "Medical Imaging 2.0 | Ann Lee | https://www.youtube.com/watch?v=A32RFbkozFc",
        ],
    );
    check(
        "# Awesome Talks

- https://youtu.be/IAdLwUXRUvg Non-conforming C++: the Secrets the Committee Is Hiding From You (Miro Knejp, CppCon 2019)
- https://youtu.be/hGY3uBHVVr4 Let's LISP like it's 1959 (Kristoffer Gronlund, LCA 2019)
",
        &[
            "Non-conforming C++: the Secrets the Committee Is Hiding From You | Miro Knejp | https://youtu.be/IAdLwUXRUvg",
            "Let's LISP like it's 1959 | Kristoffer Gronlund | https://youtu.be/hGY3uBHVVr4",
        ],
    );
}

#[test]
fn numbered_talks_under_a_front_matter_title_that_names_an_events_day() {
    // `title: GDC Day3：…` names a day of an event, not one talk: the
    // numbered headings under it are the talks; `(Presented by Google
    // Cloud)` names a company, no part of the title and no speaker.
    check(
        "---
title: GDC Day3：游戏调试及服务器技术
date: 2019-03-20 21:00:00
---

GDC第三天，今天主要集中在后端相关技术。

### 1. Procedural Generation of Cinematic Dialogues

此分享主要讲的是对话系统相关技术。

### 2. Agones: Scaling Multiplayer Game Servers with Open Source (Presented by Google Cloud)

开源的游戏服务器。

### 3. Mastering the Apex of Scaling Game Servers (Presented by Multiplay)

服务器扩展。

### 4. 小结

总结。
",
        &[
            "Procedural Generation of Cinematic Dialogues |  | ",
            "Agones: Scaling Multiplayer Game Servers with Open Source |  | ",
            "Mastering the Apex of Scaling Game Servers |  | ",
        ],
    );
}

#[test]
fn a_title_then_its_speaker_after_the_last_colon() {
    // `Title: Name` items under a day, no links: a list of talks. Not
    // `Name: Title`, nor a colon before words that name no one.
    check(
        "# All Things Open 2016

## Wednesday

- Data Engineering with Apache Solr and Spark: Grant Ingersoll
- Culture Trumps Tools: Matt Micene
- Open Source for IoT: Dave Hoover

## Thursday

### Lessons learned: scaling the team

Notes.
",
        &[
            "Data Engineering with Apache Solr and Spark | Grant Ingersoll | ",
            "Culture Trumps Tools | Matt Micene | ",
            "Open Source for IoT | Dave Hoover | ",
            "Lessons learned: scaling the team |  | ",
        ],
    );
}

#[test]
fn links_to_notes_files_after_a_line_that_names_the_talks() {
    // `#Talks Attended` (a heading without its space, so a line of text)
    // over links to the author's notes files: one talk each. The same
    // links after a line about something else are not talks.
    check(
        "# scaladays-2016-nyc

#Talks Attended

- [Lightbend Lagom: MicroServices \"Just Right\"](talks/lagom.md)
- [Principles of Elegance](talks/elegance.md)
- [The Zen of Akka](talks/zen-of-akka.md)
",
        &[
            "Lightbend Lagom: MicroServices \"Just Right\" |  | ",
            "Principles of Elegance |  | ",
            "The Zen of Akka |  | ",
        ],
    );
    check(
        "# My notes

Recipes I liked:

- [Lasagne](recipes/lasagne.md)
- [Pho](recipes/pho.md)
",
        &[],
    );
}

#[test]
fn a_latin_name_before_a_title_in_chinese() {
    // Under a title that names the event (not one talk over a heading
    // with a name's shape, `## 赞助票`): `Name: 中文标题` and `Name 中文标题`
    // give the person and the title; `Spring Boot 入门` and `Splash
    // Shuffle Manager优点` name no one.
    check(
        "# 回顾 Elixir Conf EU 2019

去年是我第一次参加这个会议。

## 赞助票

今年的票。

## 演示文稿

### Chris Keathley: 用堆叠技术构建弹性系统

笔记。

### John Mertens 从我们的第一万亿条信息中得到的教训

笔记。

### Spring Boot 入门

笔记。

### Splash Shuffle Manager优点

笔记。
",
        &[
            "用堆叠技术构建弹性系统 | Chris Keathley | ",
            "从我们的第一万亿条信息中得到的教训 | John Mertens | ",
            "Spring Boot 入门 |  | ",
            "Splash Shuffle Manager优点 |  | ",
        ],
    );
}

#[test]
fn bare_titles_listed_under_a_heading_that_names_the_talks() {
    // `## Sessions Attended` over titles alone: one talk each; not under a
    // heading about something else.
    check(
        "# ODSC Report 2019

## Sessions Attended

* Building a Natural Language Question & Answer Search Engine
* Network Analysis made simple
* Accelerate AI/ML with Kubeflow

## Things to try

* Kubeflow on a laptop
* Graph algorithms in Neo4j
",
        &[
            "Building a Natural Language Question & Answer Search Engine |  | ",
            "Network Analysis made simple |  | ",
            "Accelerate AI/ML with Kubeflow |  | ",
        ],
    );
}

#[test]
fn who_spoke_then_the_title_in_quotes() {
    // `- [Name](…), Role, Org, "Title"`: one talk per item, the speakers
    // before the quoted title; a list of quotes from the talks (no one
    // named before them) is no list of talks.
    check(
        "---
title: 'AI Engineer Summit'
---

Listing down the speakers for the summit.

- [swyx](https://www.swyx.io/), [Latent.Space](https://latent.space/), \"The 1000x AI Engineer\"
- [Flo Crivello](https://flocrivello.com/), CEO, [Lindy](https://www.lindy.ai/), \"The Age of the Agent\"
- [Harrison Chase](https://twitter.com/hwchase17), CEO, LangChain, \"Building Context-Aware Reasoning Applications\"

Quotes I liked:

- \"Ship it before it is ready\"
- \"Data beats opinions every time\"
- \"Nobody reads the docs until they do\"
",
        &[
            "The 1000x AI Engineer | swyx | ",
            "The Age of the Agent | Flo Crivello | ",
            "Building Context-Aware Reasoning Applications | Harrison Chase | ",
        ],
    );
}

#[test]
fn a_bold_title_its_abstract_then_a_byline() {
    // An agenda copied into the notes: `**Title**`, the abstract, then
    // the speaker's name over their role. A bold line over a paragraph of
    // notes and no byline is no talk.
    check(
        "---
title: LeadDev London 2023
---

## Talks

**Compassionate on-call**

In this talk, we’ll discuss how to build a compassionate on-call rota.

Lisa Karlin Curtis  
Software Engineer • incident.io

**Red 2.0: Transforming a Game Company**

A look at how the Tech Team applied the Red 2.0 Manifesto.

Colin Walder  
Engineering Director • CD Projekt Red

**Code is Poetry**

In this talk, I will talk about how to write good readable code.

Niranjan Uma Shankar  
Head of Growth Engineering • Automattic Inc
",
        &[
            "Compassionate on-call | Lisa Karlin Curtis | ",
            "Red 2.0: Transforming a Game Company | Colin Walder | ",
            "Code is Poetry | Niranjan Uma Shankar | ",
        ],
    );
}

#[test]
fn zero_padded_numbers_and_a_stray_hash_before_titles() {
    check(
        "# PyData London 2023

## 01 sktime - python toolbox for time series: how to implement your own
Speaker: Franz Kiraly

## 02 An Introduction to Polars
Speaker: Ritchie Vink

## 08✨ fastAPI facts we wish we'd known beforehand.
Speaker: Alice Lee

## # How to build stunning Data Science Web applications in Python
Speaker: Bob Ross
",
        &[
            "sktime - python toolbox for time series: how to implement your own | Franz Kiraly | ",
            "An Introduction to Polars | Ritchie Vink | ",
            "fastAPI facts we wish we'd known beforehand. | Alice Lee | ",
            "How to build stunning Data Science Web applications in Python | Bob Ross | ",
        ],
    );
}

#[test]
fn talk_titles_with_their_materials_after_a_colon() {
    // `* Title: https://…` under `# Materials from Talks and Workshops`:
    // the title before the colon is the talk.
    check(
        "# AI Engineer Summit 2023 Recap

I attended the summit.

# Materials from Talks and Workshops
* Writing Principles for Task-Tuned Prompt Engineering: https://bit.ly/principles-prompt-engineering
* Pydantic is all you need: https://tome.app/fivesixseven/pydantic-is-all-you-need
  * Pydantic Repo: [Welcome to Pydantic](https://docs.pydantic.dev/latest/)
* Building Reactive AI Apps with AI.JSX
  * slides: https://drive.google.com/file/d/1roGVio/view
",
        &[
            "Writing Principles for Task-Tuned Prompt Engineering |  | ",
            "Pydantic is all you need |  | ",
            "Building Reactive AI Apps with AI.JSX |  | ",
        ],
    );
}

#[test]
fn a_front_matter_title_that_names_the_event_is_no_talk() {
    // `title: 'Attending NeurIPS 2019'` over notes where no talk is read:
    // the event's page, with no talk (and a warning), not the whole file
    // as one talk. `title: Google I/O 2011 - 1st day Keynote` is one.
    check(
        "---
title: 'Attending NeurIPS 2019'
---

My summary of attending NeurIPS 2019.

## 1. Overview

- Location: Vancouver
",
        &[],
    );
    check(
        "---
title: 'Google I/O 2011 - 1st day Keynote'
---

The keynote was about Android.

## Android

- Ice Cream Sandwich
",
        &["1st day Keynote |  | "],
    );
}

#[test]
fn linked_titles_with_their_kind_in_parentheses_under_bold_topics() {
    // `- **Topic**` over `- [Title](…) (Workshop, Dec 13)`: the topics
    // group the talks; the kind in parentheses is evidence, no speaker.
    check(
        "# NeurIPS 2019

## 3. My Focuses

- **Bayesian Methods and Deep Learning**
  - [Deep Learning with Bayesian Principles](https://slideslive.com/38921489/deep-learning) (Tutorial, Dec 9)
  - [Bayesian Deep Learning](http://bayesiandeeplearning.org) (Workshop, Dec 13)
- **Machine Learning for Biology**
  - [Learning Meaningful Representations of Life](https://lmrl-bio.github.io/) (Workshop, Dec 13)
  - [Machine Learning in Computational Biology](https://sites.google.com/mlcb2019/) (Workshop co-located with NeurIPS, Dec 14)
",
        &[
            "Deep Learning with Bayesian Principles |  | https://slideslive.com/38921489/deep-learning",
            "Bayesian Deep Learning |  | ",
            "Learning Meaningful Representations of Life |  | ",
            "Machine Learning in Computational Biology |  | ",
        ],
    );
}

#[test]
fn a_surname_in_capitals_in_the_first_paragraph() {
    // French notes name the speaker `Marcy CHAROLLOIS` in their text; an
    // acronym or a job in capitals names no one.
    check(
        "## Pourquoi vous n'attirerez et ne retiendrez pas les femmes dans vos équipes tech !

La keynote du premier jour a été faite par Marcy CHAROLLOIS.

Marcy a fait ce talk à Devoxx FR en avril dernier.

## Le GitOps dont vous êtes le héros

Je ne vais pas pouvoir vous décrire totalement ce talk de Louis TOURNAYRE.

## Persistência Poliglota

Uma DBA palestrando é uma coisa de louco.
",
        &[
            "Pourquoi vous n'attirerez et ne retiendrez pas les femmes dans vos équipes tech ! | Marcy CHAROLLOIS | ",
            "Le GitOps dont vous êtes le héros | Louis TOURNAYRE | ",
            "Persistência Poliglota |  | ",
        ],
    );
}

#[test]
fn the_days_readings_leave_ordinary_notes_alone() {
    // A review ran realistic notes through the rules above; each misfire
    // it found is mended and pinned here.
    // Action items with their owners are no talks (`Title: Name`).
    check(
        "# Team sync 2024-03-12

## Action items

- Book the venue for the offsite: Sarah Chen
- Update the on-call runbook: Tom Baker
- Send the budget to finance: Priya Patel
",
        &[],
    );
    // The author's remark after `Name's keynote:` is no title.
    check(
        "# DevOpsDays Oslo 2023

## Kelsey's keynote: watch it later

Speaker: Kelsey Hightower

- Boring tech wins.

## Sam's talk - no slides yet

Speaker: Sam Newman

- Great demo.
",
        &[
            "Kelsey's keynote: watch it later | Kelsey Hightower | ",
            "Sam's talk - no slides yet | Sam Newman | ",
        ],
    );
    // A paper's references are no talks.
    check(
        "# Why clocks are hard

Distributed systems need some notion of time.

## References

[1] Leslie Lamport. Time, Clocks, and the Ordering of Events in a Distributed System - [PDF](https://lamport.azurewebsites.net/pubs/time-clocks.pdf)

[2] James C. Corbett et al. Spanner: Google's Globally-Distributed Database - [PDF](https://research.google/pubs/pub39966/)

[3] Kulkarni et al. Logical Physical Clocks - [PDF](https://cse.buffalo.edu/tech-reports/2014-04.pdf)
",
        &["Why clocks are hard |  | "],
    );
    // `I spoke at…`, then notes from the other talks: not the author's.
    // `# Rust talks` names a language, not a person.
    check(
        "# DevOpsDays Amsterdam 2023

Twitter: [@janedoe](https://twitter.com/janedoe)

This year I spoke at DevOpsDays Amsterdam. Below are my notes from the other talks.

## Observability for humans

The speaker showed how to write alerts people read.

## Platform teams that work

Notes on platform teams.

## Chaos engineering on a budget

Game days with a small team.
",
        &[
            "Observability for humans |  | ",
            "Platform teams that work |  | ",
            "Chaos engineering on a budget |  | ",
        ],
    );
    check(
        "# Rust talks

A curated list of Rust talks worth watching. My slides from meetups are in another repo.

| Talk | Event |
|---|---|
| [Rust in 2024](https://youtu.be/a1) | RustConf |
| [Type-driven API design](https://youtu.be/a3) | RustConf 2021 |
",
        &[
            "Rust in 2024 |  | https://youtu.be/a1",
            "Type-driven API design |  | https://youtu.be/a3",
        ],
    );
    // Sentences and to-dos under `## Keynotes` / `## Sessions` are no
    // titles; quotes are no talks; books over bylines are no talks.
    check(
        "# GTC 2024 trip report

## Keynotes

* The keynote hall was packed an hour before start
* Jensen announced Blackwell and a lot of partners
* Way too long, almost two hours

## Sessions

- Pick sessions by Friday
- Ask Tom about the workshop budget
- Share the schedule with the team
",
        &["GTC 2024 trip report |  | "],
    );
    check(
        "# Favourite quotes from Agile Testing Days

- Lisa Crispin, keynote, \"Testing is an activity, not a phase\"
- Janet Gregory, on day two, \"Quality is a team responsibility\"
- Dan North, in the hallway, \"Software is a liability\"
",
        &[],
    );
    // A Korean opening that mentions who recommended the talks names no
    // speaker; a product before a Chinese title is no person.
    check(
        "# 回顾 AI Engineer Summit 2025

今年的主题是 Agent。

## 分享

### Claude Code 实战分享

笔记。

### Jules Agent 与异步编程

笔记。

### Devin Wang 多智能体协作

笔记。
",
        &[
            "Claude Code 实战分享 |  | ",
            "Jules Agent 与异步编程 |  | ",
            "多智能体协作 | Devin Wang | ",
        ],
    );
    // A file of recipes is no list of talks.
    check(
        "# Cooking notes

# Shakshuka with feta

Eggs poached in a spiced tomato sauce.

# Miso glazed aubergine

Score the aubergine, brush with miso.

# Lemon olive oil cake

Whisk eggs and sugar until pale.
",
        &[],
    );
    // `(Presented by Person)` names the speaker; `007 - Title` keeps
    // its number.
    check(
        "# Google I/O

## Keynote (Presented by Thomas Kurian)

Notes.

## BigQuery deep dive

Speaker: Ann Lee
",
        &[
            "Keynote | Thomas Kurian | ",
            "BigQuery deep dive | Ann Lee | ",
        ],
    );
}
