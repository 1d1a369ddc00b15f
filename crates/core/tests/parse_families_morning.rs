//! Layouts of real notes learnt from the misses of the held-out sets in
//! the stop that began 2026-12-04 at 04:00 UTC (after the other
//! `parse_families_*.rs`), each pinned down with Markdown in and sessions
//! out (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn who_gave_it_before_a_link_to_its_video_on_a_line_of_its_own() {
    // Sketchnotes posted one per talk, each under a quoted line naming
    // the people (in the possessive, or handles alone) and linking the
    // video; front matter titles the page, which is no talk.
    check(
        "---
title: Clojure Conj Sketchnotes
tags: ['clojure']
---

I attended the conference, sketchnoting all of the talks I saw.

> Asher Corey's [40K LOCs to Build 1st Web Sonogram](https://www.youtube.com/watch?v=K6Z)

![40klocs](/img/40klocs.jpeg)

> [@lucascs](https://twitter.com/lucascs)'s talk [Building a Powerful Accounting System](https://www.youtube.com/watch?v=aw6)

> [@cgrand](https://twitter.com/cgrand) and Igor Ges on [Powderkeg: Teaching Clojure to Spark](https://www.youtube.com/watch?v=Ox5).

> [@webyrd](https://twitter.com/webyrd) and Gregory L Rosenblatt's mind blowing [Barliman](https://www.youtube.com/watch?v=er_)!

> [Composing Music w/ closure.spec](https://www.youtube.com/watch?v=404) by [@apogsasis](https://twitter.com/apogsasis)
",
        &[
            "40K LOCs to Build 1st Web Sonogram | Asher Corey | https://www.youtube.com/watch?v=K6Z",
            "Building a Powerful Accounting System | lucascs | https://www.youtube.com/watch?v=aw6",
            "Powderkeg: Teaching Clojure to Spark | cgrand; Igor Ges | https://www.youtube.com/watch?v=Ox5",
            "Barliman | webyrd; Gregory L Rosenblatt | https://www.youtube.com/watch?v=er_",
            "Composing Music w/ closure.spec | apogsasis | https://www.youtube.com/watch?v=404",
        ],
    );
}

#[test]
fn the_new_readings_leave_ordinary_notes_alone() {
    // A video linked in a sentence, by a friend, or as a label: no talk.
    check(
        "# Notes from the week

We watched [the keynote recording](https://www.youtube.com/watch?v=a1) twice.

My colleague's [holiday video](https://www.youtube.com/watch?v=a2) was better.

Our team's [slides](https://www.youtube.com/watch?v=a3)
",
        &["Notes from the week |  | "],
    );
}

#[test]
fn plain_text_notes_with_no_heading_name_talks_by_lines_over_their_lists() {
    // Notes pasted as plain text: each talk a line of its own over its
    // bullet points; a keynote named by whose it was.
    check(
        "Notes from Django-con europe

Jessica McKellar's Keynote
 * \"Make me make good choices\"
 * Go check out her talk

Using CSS Preprocessors effectively - Jonas Wagner
 * Worth watching for front-end devs

It's about time - Aymeric Augustin
 * Django core dev
 * Learn to use pytz

Healthy web apps through continuous introspection
 * Lessons from BitBucket
",
        &[
            "Jessica McKellar's Keynote | Jessica McKellar | ",
            "Using CSS Preprocessors effectively | Jonas Wagner | ",
            "It's about time | Aymeric Augustin | ",
            "Healthy web apps through continuous introspection |  | ",
        ],
    );
}

#[test]
fn plain_text_notes_of_one_talk_with_two_topics_stay_one_file_of_notes() {
    // Two labels over lists are topics of the notes, not talks.
    check(
        "Notes on the new build system

Things that worked
 * caching
 * remote execution

Open questions
 * cost
",
        &[],
    );
}

#[test]
fn two_hyphens_set_the_speaker_apart_and_a_trailing_slides_link_is_no_name() {
    // `Title -- Name` (two hyphens for a dash, also inside the title);
    // `Title - Name [SLIDES](…)`: the link is the talk's, not a word of
    // the speaker's name.
    check(
        "# Topconf Linz 2016

## JSON API -- The ultimate anti-bikeshedding weapon -- Henning Glatter-Götz

Notes.

## Punishment Driven Development -- Louise Elliot

Notes.

## Future CSS - Rachel Andrew [SLIDES](http://www.slideshare.net/rachelandrew/css)

Notes.
",
        &[
            "JSON API -- The ultimate anti-bikeshedding weapon | Henning Glatter-Götz | ",
            "Punishment Driven Development | Louise Elliot | ",
            "Future CSS | Rachel Andrew | ",
        ],
    );
}

#[test]
fn a_link_to_the_talks_page_or_a_video_shortcode_under_a_heading_makes_it_a_talk() {
    // Days of one event and a second event, each `###` a talk: its first
    // line links the talk's page on the schedule (`[Link to the talk]`
    // is no title), or a video shortcode follows a line of notes.
    check(
        "# My Notes from Fosdem & Config Management Camp

Here I share notes from the talks I attended.

## Fosdem 2023 [Saturday 4th of Feb]

### Debugging concurrency programs in Go

[Link to the talk](https://fosdem.org/2023/schedule/event/godebugconcurrency/).

To be honest, I am not that experienced.

#### Key points:

- Use a debugger.

### Kubernetes and Checkpoint/Restore

[Link to the talk](https://fosdem.org/2023/schedule/event/container_checkpoint/)

Nice one.

## Configuration Management Camp 2023 [Mon-Wed 6-8 Feb]

So, this will be a short list with some of my impressions.

### What if Infrastructure as Code never existed?

A keynote by Adam Jacob. He's a charismatic speaker.

{{< youtube 5lPa2U239C4 >}}

### Choosing an Infrastructure as Code Solution

A fun comparison.

{{< youtube Wd3PJmB0aZc >}}
",
        &[
            "Debugging concurrency programs in Go |  | ",
            "Kubernetes and Checkpoint/Restore |  | ",
            "What if Infrastructure as Code never existed? |  | ",
            "Choosing an Infrastructure as Code Solution |  | ",
        ],
    );
}

#[test]
fn a_talks_page_linked_inside_a_sentence_or_under_a_bold_title_is_no_evidence() {
    // A theme whose first sentence links a keynote's page is no talk; a
    // heading over a bold title and its page names the talk it holds.
    check(
        "# PyData Amsterdam 2019

## Ethics and inclusion awareness is rising

The first [keynote](https://pydata.org/amsterdam2019/schedule/presentation/37/), an excellent presentation, was about empathy.

## Data is not oil

More thoughts.
",
        &[],
    );
}

#[test]
fn speaker_lines_in_parentheses_with_an_address_or_one_word_of_org() {
    check(
        "# AFPY meetup

## Diecutter
Olivier Hervieu, novapost (http://tech.novapost.fr/)

* Templates as a service

## modoboa
Antoine Nguyen (http://modoboa.org )

* mail

## Chut
Gael Pasgrimaud (https://github.com/gawel/chut)

* le pipe du shell

## confman
Laurent Bachelier https://github.com/laurentb/confman

aucun intérêt

## AdminKit: Manage system configurations easily
Frederic Lepied, eNovance

* outil

## Sqlite: Gotchas and Gimmes

(by Dave Sawyer)

Notes.
",
        &[
            "Diecutter | Olivier Hervieu (novapost) | ",
            "modoboa | Antoine Nguyen | ",
            "Chut | Gael Pasgrimaud | ",
            "confman | Laurent Bachelier | ",
            "AdminKit: Manage system configurations easily | Frederic Lepied (eNovance) | ",
            "Sqlite: Gotchas and Gimmes | Dave Sawyer | ",
        ],
    );
}

#[test]
fn a_place_or_an_aside_under_a_heading_is_no_speaker_line() {
    check(
        "# Trip

## Hotel
(see https://example.com/hotel)

* fine
",
        &[],
    );
}

#[test]
fn a_speakers_heading_in_a_quote_under_the_title_makes_the_file_one_talk() {
    // The talk's title, then its speaker as a quoted heading (with an
    // honorific), then headings of the talk's points; one of them a
    // command and what it does (`Cat - "Contatenate"`), no speaker.
    check(
        "# Expecto Patronum: Harry Potter and the Linux Command Line

> ## Professor Charles Jackson
>
> - Headmaster of Kerninghan House
> - Senior Web Manager @ Fujifilm

## Expelliarmus

- Strange sounding words

## Cat - \"Contatenate\"

- Display contents of files
",
        &["Expecto Patronum: Harry Potter and the Linux Command Line | Charles Jackson | "],
    );
}

#[test]
fn a_video_named_as_its_channel_names_it_event_person_and_quoted_title() {
    check(
        "# Good C++ talks

- [CppCon 2014: Chandler Carruth \"Efficiency with Algorithms, Performance with Data Structures\"](https://www.youtube.com/watch?v=fHNmRkzxHWs)
- [CppCon 2017: Matt Godbolt “What Has My Compiler Done for Me Lately? Unbolting the Compiler's Lid”](https://www.youtube.com/watch?v=bSkpMdDe4g4)
",
        &[
            "Efficiency with Algorithms, Performance with Data Structures | Chandler Carruth | https://www.youtube.com/watch?v=fHNmRkzxHWs",
            "What Has My Compiler Done for Me Lately? Unbolting the Compiler's Lid | Matt Godbolt | https://www.youtube.com/watch?v=bSkpMdDe4g4",
        ],
    );
}

#[test]
fn a_papers_first_author_et_al_and_a_watch_label_in_parentheses() {
    check(
        "# NeurIPS 2020

## Learning Physical Graph Representations of Visual Scenes
- Daniel Bear et al.
- CNNs can make non-sensical predictions

## Multi-label Contrastive Predictive Coding
- Jiaming Song
- Self-supervised representation learning

## Category Theory for the Working Hacker

A great introduction to category theory.

-- Philip Wadler at Lambda World 2016 [(Watch)](https://www.youtube.com/watch?v=V10hzjgoklA){:target=\"_blank\"}
",
        &[
            "Learning Physical Graph Representations of Visual Scenes | Daniel Bear | ",
            "Multi-label Contrastive Predictive Coding |  | ",
            "Category Theory for the Working Hacker |  | https://www.youtube.com/watch?v=V10hzjgoklA",
        ],
    );
}

#[test]
fn a_numbered_pin_before_the_title_and_an_attendees_list_under_it() {
    // Team notes: `[01 🧷] - Title - Name`, then who of the team went
    // (`#### Asistentes`), then each one's notes.
    check(
        "# Codemotion 2019 Notes

## September 24 - Tuesday

### [01 🧷] - Thinking like a Founder - Chad Arimura

#### Asistentes

- Jorge Mora - **Quiero hablar de esta presentación**
- Victor Ibañez

#### Jorge's notes

- Founders think differently.

### Speeding up Innovation - Arun Gupta

#### Asistentes

- Jorge Mora

#### Jorge's notes

- Fast.
",
        &[
            "Thinking like a Founder | Chad Arimura | ",
            "Speeding up Innovation | Arun Gupta | ",
        ],
    );
}

#[test]
fn one_item_lists_between_paragraphs_name_a_talk_each_with_people_in_parentheses() {
    check(
        "---
title: Conferencia Rails 2011 (2/2)
---
Al segundo día nos esperaba lo siguiente:

  * Rails for mobile devices (Alberto Perdomo)

**Sesión analizando las posibilidades de Rails**, muy recomendable.

  * A SaaS startup: lessons learned (Pablo Villalba)

Lecciones desde la experiencia.

  * Travis CI &#8211; Distributed, Continous Integration (Sven Fuchs and Josh Kalderimis)

Sesión contando las características.
",
        &[
            "Rails for mobile devices | Alberto Perdomo | ",
            "A SaaS startup: lessons learned | Pablo Villalba | ",
            "Travis CI – Distributed, Continous Integration | Sven Fuchs; Josh Kalderimis | ",
        ],
    );
}

#[test]
fn a_list_of_topics_with_asides_in_parentheses_is_no_catalogue() {
    check(
        "# Retro

- Deploy pipeline (slow again)
- Standup time (too early)
- Pairing rota (see Jenny Brown)
",
        &[],
    );
}

#[test]
fn a_videos_length_in_brackets_a_confreaks_video_and_keynote_then_name() {
    check(
        "# ElixirConf 2015 notes

## What's next for Phoenix by Chris McCord [33 min]

http://confreaks.tv/videos/elixirconf2015-what-s-next-for-phoenix

- Channels.

## Keynote Jose Valim

- Elixir 1.3.
",
        &[
            "What's next for Phoenix | Chris McCord | http://confreaks.tv/videos/elixirconf2015-what-s-next-for-phoenix",
            "Keynote | Jose Valim | ",
        ],
    );
}

#[test]
fn a_french_schedule_table_whose_column_of_talks_is_conference() {
    check(
        "# Notes de la XebiCon'18

## Mon programme

| Heure         | Conférence           |
| ------------- | -------------------- |
|  9h20 -  9h50   | Keynote d'ouverture |
| 10h00 - 10h45   | [Ce que l'histoire du métro Parisien m'a enseigné](notes/metro.md) |
| 11h10 - 11h30 | [Deno, le nouveau NodeJS qui inverse la tendance ?](notes/deno.md) |
",
        &[
            "Keynote d'ouverture |  | ",
            "Ce que l'histoire du métro Parisien m'a enseigné |  | ",
            "Deno, le nouveau NodeJS qui inverse la tendance ? |  | ",
        ],
    );
}

#[test]
fn talks_named_in_a_recap_by_the_speakers_possessive_before_a_video_link_or_italics() {
    check(
        "---
title: \"NDC conference London 2017\"
---

In January I visited NDC London.

**Wednesday**

Ian Cooper's talk [Twelve factor apps in .NET](https://vimeo.com/204428794) about the [12-factor methodology](https://12factor.net/) was a great talk. Itamar Syn-Hershko's talk [Elasticsearch - Do’s, Don’ts and Pro-Tips](https://vimeo.com/204085393) taught me a lot.

**Thursday**

Analyzing performance issues is not easy, Tess Ferrandes' talk *Deep .NET debugging with WinDBG* gave you great tips. Philip Krenn's talk *Monitor your containers* showed you how.

I re-read Kelsey Hightower's [Kubernetes The Hard Way](https://github.com/kelseyhightower/kubernetes-the-hard-way) on the way home.
",
        &[
            "Twelve factor apps in .NET | Ian Cooper | https://vimeo.com/204428794",
            "Elasticsearch - Do’s, Don’ts and Pro-Tips | Itamar Syn-Hershko | https://vimeo.com/204085393",
            "Deep .NET debugging with WinDBG | Tess Ferrandes | ",
            "Monitor your containers | Philip Krenn | ",
        ],
    );
}

#[test]
fn an_acronym_before_a_colon_is_no_first_name() {
    // `FOSS Governance: The good…` is a title with a colon; a setext
    // heading per talk with an italic `Name, Room` line.
    check(
        "FOSDEM 2019, Saturday
=====================

Leela Chess Zero
================
*Folkert Huizinga, H.2215*

FOSS Governance: The good, the bad and the ugly
===============================================
*Deb Nicholson, UA2.220*
",
        &[
            "Leela Chess Zero | Folkert Huizinga (H.2215) | ",
            "FOSS Governance: The good, the bad and the ugly | Deb Nicholson (UA2.220) | ",
        ],
    );
}

#[test]
fn an_agenda_of_links_to_the_talks_pages_with_the_speakers_in_parentheses() {
    check(
        "# Agenda

## 10/17/19

07:30 - Registration

09:00 - [AHA Programming (Kent C. Dodds)](http://connect.tech/session?id=4030)

10:20 - [Vue.js for Regular People (Raymond Camden)](http://connect.tech/session/?id=4244) **OR** [JavaScript Objects (Hunter Loftis)](http://connect.tech/session?id=4057)

12:20 - Lunch Break

15:30 - [Keynote: The Future of Frameworks (Minko Gechev)](http://connect.tech/session?id=4126)
",
        &[
            "AHA Programming | Kent C. Dodds | ",
            "Vue.js for Regular People | Raymond Camden | ",
            "JavaScript Objects | Hunter Loftis | ",
            "Keynote: The Future of Frameworks | Minko Gechev | ",
        ],
    );
}

#[test]
fn who_gave_it_in_parentheses_under_the_title() {
    // A German recap: `(Name)`, `(Name [@handle](…))`, `(A und B)` right
    // under each talk's heading; `von` in a title is German's `of`.
    check(
        "# Continuous Lifecycle 2015

### The Rationale for Continuous Delivery

(Dave Farley)

Mich muss man nicht überzeugen.

### Die Transformation Richtung DevOps von Microsofts Developer Division

(Christian Binder)

Als wir Git entdeckten.

### Operation am offenen Herzen

(Dirk Ehms [@d_ehms](https://twitter.com/d_ehms))

Ziel war eine große Migration.

### Sqlite: Gotchas and Gimmes

(by Dave Sawyer)
",
        &[
            "The Rationale for Continuous Delivery | Dave Farley | ",
            "Die Transformation Richtung DevOps von Microsofts Developer Division | Christian Binder | ",
            "Operation am offenen Herzen | Dirk Ehms | ",
            "Sqlite: Gotchas and Gimmes | Dave Sawyer | ",
        ],
    );
}

#[test]
fn a_catalogue_code_in_brackets_inside_the_heading() {
    check(
        "# posit::conf 2023

## dbtplyr: Bringing Column-Name Contracts from R to dbt [TALK-1098] - Emily Rieder, Capital one

Notes.

## HTML and CSS for R Users [TALK-1105] - Albert Rapp

Notes.
",
        &[
            "dbtplyr: Bringing Column-Name Contracts from R to dbt | Emily Rieder (Capital one) | ",
            "HTML and CSS for R Users | Albert Rapp | ",
        ],
    );
}

#[test]
fn a_presenter_sub_heading_over_the_speakers_bio() {
    check(
        "SREcon19 Americas
=================

# Presentations

## What Breaks Our Systems: A Taxonomy of Black Swans

Black swan events: unforeseen and catastrophic issues.

### Presenter

[Laura Nolan](https://twitter.com/lauralifts)'s background is in Site Reliability Engineering.

### Notes

I enjoyed this presentation. Ben Treynor's book is good.

## What I Wish I Knew before Going On-call

### Presenters

Chie Shu is a software engineer at Yelp.

Dorothy Jung, an engineer at Yelp, works on search.
",
        &[
            "What Breaks Our Systems: A Taxonomy of Black Swans | Laura Nolan | ",
            "What I Wish I Knew before Going On-call | Chie Shu; Dorothy Jung | ",
        ],
    );
}

#[test]
fn a_shortcode_around_the_speakers_and_two_people_after_a_comma() {
    // Hugo's `{{< span >}}` around the names; the bullet points below a
    // heading that names its people name no more speakers.
    check(
        "EmberConf 2016
========

Opening Keynote {{< span class=\"u-small\" >}}&ndash; Yehuda Katz, Tom Dale{{< /span >}}
--------

  + Community momentum
    + Zoey Tomster
    + Huge ember-cli adoption

Using Service Workers in Ember {{< span class=\"u-small\" >}}&ndash; John Kleinschmidt{{< /span >}}
--------

  + Offline first
",
        &[
            "Opening Keynote | Yehuda Katz; Tom Dale | ",
            "Using Service Workers in Ember | John Kleinschmidt | ",
        ],
    );
}

#[test]
fn a_schedules_view_talk_page_linked_in_quotes_in_a_days_recap() {
    check(
        "Title: linux.conf.au - Day 1

Today was day 1 of the conference.

After afternoon tea, I went over to the bio MiniConf for \"[Building and deploying the Genomics Virtual Laboratory on the cloud(s)](https://linux.conf.au/schedule/30309/view_talk?day=monday)\", not really sure what to expect. Then \"[Sequencing your poo with a USB stick](https://linux.conf.au/schedule/30310/view_talk?day=monday)\" was fun.
",
        &[
            "Building and deploying the Genomics Virtual Laboratory on the cloud(s) |  | ",
            "Sequencing your poo with a USB stick |  | ",
        ],
    );
}

#[test]
fn an_html_list_of_links_to_the_speakers_entries_on_the_talks_page() {
    check(
        "## Vegas Vacation

Saturday was another full day of DefCon and evening shows:
<ul>
  <li><a href=\"http://defcon.org/html/defcon-20/dc-20-speakers.html#Marlinspike\">Defeating PPTP VPNs and WPA Enterprise</a></li>
  <li><a href=\"http://defcon.org/html/defcon-20/dc-20-speakers.html#Alonso\">Javascript Botnets</a></li>
  <li><a href=\"http://defcon.org/html/defcon-20/dc-20-speakers.html#Cannon\">Into the Droid</a></li>
</ul>

We watched <a href=\"http://www.excalibur.com/shows\">a show</a>.
",
        &[
            "Defeating PPTP VPNs and WPA Enterprise |  | ",
            "Javascript Botnets |  | ",
            "Into the Droid |  | ",
        ],
    );
}

#[test]
fn headings_linking_to_talks_pages_japanese_honorifics_and_a_kind_in_lenticular_brackets() {
    check(
        "Devoxx France 2014
==================

Commençons par ces quelques sessions.

# Conférences

## [Créons un web component avec Polymer](http://cfp.devoxx.fr/devoxxfr2014/talk/HXP-745/Polymer)

Forcément, en tant que co-présentateur.

## [Au secours, mon code AngularJS est pourri !](http://cfp.devoxx.fr/devoxxfr2014/talk/VAR-813/AngularJS)

Une très bonne session.
",
        &[
            "Créons un web component avec Polymer |  | ",
            "Au secours, mon code AngularJS est pourri ! |  | ",
        ],
    );
    check(
        "# HTML5オールスターズ

### 『ついに来たぞ！Polymer1.0!!!』 小松 健作氏

メモ。

### 【招待セッション】Kotlinを支える技術：言語設計と縁の下の力持ち

- Speaker: 山田 太郎さん
",
        &[
            "ついに来たぞ！Polymer1.0!!! | 小松 健作 | ",
            "Kotlinを支える技術：言語設計と縁の下の力持ち | 山田 太郎 | ",
        ],
    );
}

#[test]
fn bold_titles_opening_list_items_under_days_named_in_spanish() {
    check(
        "# RubyConf Argentina 2014

## Charlas

### Primer día

* **Microservicios en la práctica**. [Jano][jano] nos contó cómo integraban microservicios.
* **Derailing Irrationality**. [Paul][paul] expuso diferentes conceptos.
* **Concurrency for Rubyists**. [Federico][federico] nos habló sobre plataformas Ruby.

### Segundo día

* **Data analysis for startups**. Muy buena.
* **Practical EventMachine**. [Lucía][lucia] mostró ejemplos.
* **Solving the Rubik’s Cube Blindfolded**. Increíble.

[jano]: https://twitter.com/jano
[paul]: https://twitter.com/paul
[federico]: https://twitter.com/federico
[lucia]: https://twitter.com/lucia
",
        &[
            "Microservicios en la práctica | Jano | ",
            "Derailing Irrationality | Paul | ",
            "Concurrency for Rubyists | Federico | ",
            "Data analysis for startups |  | ",
            "Practical EventMachine | Lucía | ",
            "Solving the Rubik’s Cube Blindfolded |  | ",
        ],
    );
}

#[test]
fn bold_words_opening_a_packing_list_under_a_day_are_no_talks() {
    // Two bold items are no list of talks.
    check(
        "# Trip

## Day 1

* **Passport**. Do not forget it.
* **Charger**: the long cable.
",
        &[],
    );
}

#[test]
fn title_colon_then_the_speaker_and_who_they_are_with() {
    check(
        "# Write the Docs Portland 2021

## Writing a Perfect Technical Tutorial: Jessica Garson (Developer Advocate @ Twitter)

Notes.

## Beyond Metrics: Using Maturity Models to Develop a Docs Strategy: Sarah R. Rodlund

Notes.
",
        &[
            "Writing a Perfect Technical Tutorial | Jessica Garson (Twitter) | ",
            "Beyond Metrics: Using Maturity Models to Develop a Docs Strategy | Sarah R. Rodlund | ",
        ],
    );
}

#[test]
fn notes_on_talks_headings_over_numbered_links_to_notes_files() {
    check(
        "# Pycon and Pydata Germany 2022

## My Notes on Talks I like:

**1. [Flexible ML Experiment Tracking with DVC](./dvc.md):** Talks about versioning models.

**2. [Speed up python on single core](./speed.md)**: A basic recap.

## My Notes on other talks / Tutorials I attended:

1. [MLflow tutorial](./MLFlow_tutorial.md)
3. [Data unit tests](./data_unit_tests.md)
",
        &[
            "Flexible ML Experiment Tracking with DVC |  | ",
            "Speed up python on single core |  | ",
            "MLflow tutorial |  | ",
            "Data unit tests |  | ",
        ],
    );
}

#[test]
fn a_sessions_group_in_japanese_over_topics_listing_their_talks() {
    check(
        "# Snowflake Summit 2026

## セッション

### What’s New in Snowflake

- What’s New: Smart Pipeline Development For AI-Ready Data

https://zenn.dev/finatext/articles/6c5f6a7f7862e4

- What’s New: Zero to a Trusted Semantic Layer in Snowflake

https://zenn.dev/finatext/articles/semantic

- What’s New: Optimize, Govern and Scale Your Snowflake Environment

https://zenn.dev/finatext/articles/optimize

### Generative AI & Agents

- Building Real-Time, Multimodal AI Agents with the SNACK Stack
- Context Layer in Practice: How Workday Builds Trustworthy AI Agents
- Best Practices for Snowflake-Managed MCP Setup and Integration

## その他

- 食事がおいしかった
- ホテルが遠かった
",
        &[
            "What’s New: Smart Pipeline Development For AI-Ready Data |  | ",
            "What’s New: Zero to a Trusted Semantic Layer in Snowflake |  | ",
            "What’s New: Optimize, Govern and Scale Your Snowflake Environment |  | ",
            "Building Real-Time, Multimodal AI Agents with the SNACK Stack |  | ",
            "Context Layer in Practice: How Workday Builds Trustworthy AI Agents |  | ",
            "Best Practices for Snowflake-Managed MCP Setup and Integration |  | ",
        ],
    );
}

#[test]
fn links_to_proposals_on_a_timetable_site_and_a_slide_deck_whose_slides_are_no_talks() {
    check(
        "### 聞いた発表

今日聞いた発表はこちら。

- [実例から学ぶ変化に強いテーブル設計](https://fortee.jp/phperkaigi-2023/proposal/98ad84b9)
- [PsySHを使った効率的なデバッグ方法について](https://fortee.jp/phperkaigi-2023/proposal/4f172d63)
",
        &[
            "実例から学ぶ変化に強いテーブル設計 |  | ",
            "PsySHを使った効率的なデバッグ方法について |  | ",
        ],
    );
    check(
        "---
marp: true
title: PHPerKaigi2019 参加レポ
---

## 今日帰ってやること

---

## [15分で分かった気になるGraphQL](https://fortee.jp/phperkaigi-2019/proposal/0c922d17)

- わかった気になった

---

## [PHP でも Raspberry Pi がしたい！](https://fortee.jp/phperkaigi-2019/proposal/6ff7c81a)

- したい

---

## これ見る

- あとで
",
        &[
            "15分で分かった気になるGraphQL |  | ",
            "PHP でも Raspberry Pi がしたい！ |  | ",
        ],
    );
}

#[test]
fn a_camera_before_the_link_under_the_title_is_the_talks_recording() {
    check(
        "# Platforms \"State of the Union\"

- 🎥 [State of the Union](https://developer.apple.com/wwdc24/102)

# Notes

## Apple Intelligence

- AppIntents
",
        &["Platforms \"State of the Union\" |  | https://developer.apple.com/wwdc24/102"],
    );
}

#[test]
fn the_new_readings_stay_out_of_files_that_name_no_event() {
    // A review's probes: a weekend's videos, cat videos by handles, a
    // plain-text trip and shopping list, to-dos in one-item lists, a
    // trip's days with bold sights, a standup's `Yesterday Mike's talk`,
    // `Part 1 -- Timeouts` in one talk's notes.
    for md in [
        "# Weekend\n\nSarah's [birthday video](https://www.youtube.com/watch?v=a)\n\nTom's [drone footage of the lake](https://vimeo.com/1)\n",
        "# Cat videos of the week\n\n[Cat vs cucumber](https://www.youtube.com/watch?v=c) by @catlover99\n\n[Kitten learns to jump](https://www.youtube.com/watch?v=k) by @meowmeow\n",
        "Trip to Rome, May 2023\n\nDay 1 - Colosseum\n * booked the 9am slot\n\nDay 2 - Vatican Museums\n * Sistine Chapel\n\nDay 3 - Trastevere\n * dinner\n",
        "Shopping for the week\n\nGroceries\n * milk\n\nHardware store\n * screws\n\nPharmacy\n * plasters\n",
        "# Weekend plan\n\n  * Pick up the car (Tom Dale)\n\nBefore ten.\n\n  * Buy a present for Mum (Jenny Brown)\n\nSomething nice.\n\n  * Cinema tickets (Mark Chen)\n\nFor Sunday.\n",
        "# Viaje a Lisboa\n\n## Primer día\n\n* **Belém**. Pasteles.\n* **Alfama**. Paseo con [Carlos](https://example.com/carlos).\n* **Miradouro da Graça**. Vistas.\n",
        "---\ntitle: \"Standup notes\"\n---\n\nYesterday Mike's talk *Deploy Friday* at the team lunch was funny.\n",
    ] {
        let titles =
            parse_support::session_lines(&parse_support::parse_files(&[("notes/talks.md", md)]));
        assert!(
            titles.len() <= 1,
            "no talks expected (at most the file as one), got {titles:?} for:\n{md}"
        );
    }
    check(
        "# Building resilient systems -- Jane Smith\n\nNotes from Jane's talk at work.\n\n## Part 1 -- Timeouts\n\n- always set them\n\n## Part 2 -- Retries\n\n- with jitter\n",
        &["Building resilient systems | Jane Smith | "],
    );
}
