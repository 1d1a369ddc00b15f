//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 00:15 UTC (holdout167 and
//! holdout168), each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`),
//! with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_japanese_presenters_column_with_a_remark_and_divider_rows() {
    // A lightning-talk night's table: `発表者（敬称略）` (presenter,
    // honorifics omitted) over `タイトル`, and break rows between rules of
    // dashes.
    check(
        "# VRC-LT #7

| 発表者（敬称略）| タイトル　|
| ------------- |:-------------:|
| しげき | 筋トレで痩せるためには |
| BOXP | Hito Hub 2.0 |
| ---休憩1--- | 22:35まで, 押してたらスキップ |
| kisugi | 仮想サーバのすすめ |
| テッド | ”命名規則” を決めよう！ |
",
        &[
            "筋トレで痩せるためには | しげき | ",
            "Hito Hub 2.0 | BOXP | ",
            "仮想サーバのすすめ | kisugi | ",
            "”命名規則” を決めよう！ | テッド | ",
        ],
    );
    // A row that only starts with dashes is a talk like any other.
    check(
        "# Meetup

| Speaker | Title |
| --- | --- |
| Ana Lima | --- Why dashes matter |
| Jan Kowalski | Parsers in Rust |
| Eva Novak | Testing in production |
",
        &[
            "--- Why dashes matter | Ana Lima | ",
            "Parsers in Rust | Jan Kowalski | ",
            "Testing in production | Eva Novak | ",
        ],
    );
}

#[test]
fn a_column_of_handles_beside_the_topics_names_who_led_each() {
    // A camp's design sessions: the topic, an avatar, the owner's handle
    // under an empty header, a description.
    check(
        "# Deep Dives

### Topics

| Topic | Owner | | Description |
| :--- | :---: | :---: | :--- |
| [Scaling up the DHT](./02-dht.md) | <a href=\"https://github.com/Kubuxu\"><img src=\"https://github.com/Kubuxu.png\" alt=\"Kubuxu\" /></a> | **[@Kubuxu](https://github.com/Kubuxu)** | What can we do? |
| [IPFS on Mobile](./10-mobile.md) | <a href=\"https://github.com/carsonfarmer\"><img src=\"https://github.com/carsonfarmer.png\" alt=\"carsonfarmer\" /></a> | **[@carsonfarmer](https://github.com/carsonfarmer)** | Everyday computing. |
| [Fast IPNS](./20-ipns.md) | <a href=\"https://github.com/hugomrdias\"><img src=\"https://github.com/hugomrdias.png\" alt=\"hugomrdias\" /></a> | **[@hugomrdias](https://github.com/hugomrdias)** | Faster names. |
",
        &[
            "Scaling up the DHT | Kubuxu | ",
            "IPFS on Mobile | carsonfarmer | ",
            "Fast IPNS | hugomrdias | ",
        ],
    );
    // Near miss: `Mentioned by` and one person's handle in every row say
    // who in the notes' team spoke of each talk, not who gave it.
    check(
        "# Dev night

| Title | Link | Mentioned by |
| --- | --- | --- |
| How to write Rust instead of C | [Youtube](https://youtu.be/qRqDgJLM568) | [@niklas-heer](https://github.com/niklas-heer) |
| Trio: async done right | [Youtube](https://youtu.be/qRqDgJLM569) | [@niklas-heer](https://github.com/niklas-heer) |
| Autism in development | [Youtube](https://youtu.be/w-XECcIWnlQ) | [@niklas-heer](https://github.com/niklas-heer) |
",
        &[
            "How to write Rust instead of C |  | https://youtu.be/qRqDgJLM568",
            "Trio: async done right |  | https://youtu.be/qRqDgJLM569",
            "Autism in development |  | https://youtu.be/w-XECcIWnlQ",
        ],
    );
}

#[test]
fn a_speakers_name_in_parentheses_as_a_sub_heading() {
    // A meetup archive: `###` the talk, `####` its speaker in
    // parentheses, the slides and video as a list.
    check(
        "# July 19th, 2018 - Machine Learning & Postgres

## Presentation Slides and resources

### Multi-tenancy Postgres schemas and Django

#### (Piotr Hankiewicz)

- [Slides](https://example.org/a.pdf)

### Demystifying Machine Learning

#### (Simon Agius Muscat)

- [Slides](https://example.org/b.pdf)

### Redis - more than a key-value store

#### (Lukasz Dziedzia)

- [Slides](https://example.org/c.pdf)
",
        &[
            "Multi-tenancy Postgres schemas and Django | Piotr Hankiewicz | ",
            "Demystifying Machine Learning | Simon Agius Muscat | ",
            "Redis - more than a key-value store | Lukasz Dziedzia | ",
        ],
    );
}

#[test]
fn topics_as_bare_list_items_over_the_talks_that_name_who_gave_them() {
    // A user group's recap: each topic a bare item, its talks nested
    // under it as `Name, [Title](video)`.
    check(
        "Discussing CppCon
=================

The talks that were mentioned:

 * An alternative to exception handling

   * Herb Sutter, [De-fragmenting C++: Making Exceptions More Affordable](https://www.youtube.com/watch?v=ARYP83yNAWk).
   * Phil Nash, [The Dawn of a New Error](https://www.youtube.com/watch?v=ZUH8p1EQswA)

 * Practical usage of C++ today

   * Conor Hoekstra, [Algorithm Intuition](https://www.youtube.com/watch?v=pUEnO6SvAMo).
   * Jason Turner, [C++ Code Smells](https://youtu.be/A48OYUX7_N8).
",
        &[
            "De-fragmenting C++: Making Exceptions More Affordable | Herb Sutter | https://www.youtube.com/watch?v=ARYP83yNAWk",
            "The Dawn of a New Error | Phil Nash | https://www.youtube.com/watch?v=ZUH8p1EQswA",
            "Algorithm Intuition | Conor Hoekstra | https://www.youtube.com/watch?v=pUEnO6SvAMo",
            "C++ Code Smells | Jason Turner | https://youtu.be/A48OYUX7_N8",
        ],
    );
}

#[test]
fn a_person_after_a_spaced_at_sign_in_japanese_headings() {
    // A trip report: `## 参加セッション(午後)` (the sessions attended,
    // afternoon) over `### Title @ 姓 名(Company)`; the date and place
    // section is none.
    check(
        "# GDG DevFest Tokyo 2019に参加してきました

## 日時・場所

- 日時: 2019/09/14

## 参加セッション(午後)

### TensorFlow の使い方 〜 TF2.x とエコシステム 〜 @ 太田 満久(Google)

メモ。

### Goの10年の道のりとその変遷 @ 山口 能迪(Google)

メモ。

### BigQueryの今年の多すぎるアップデートを振り返ってみる @ なかむら さとる

メモ。
",
        &[
            "TensorFlow の使い方 〜 TF2.x とエコシステム 〜 | 太田 満久 (Google) | ",
            "Goの10年の道のりとその変遷 | 山口 能迪 (Google) | ",
            "BigQueryの今年の多すぎるアップデートを振り返ってみる | なかむら さとる | ",
        ],
    );
    // Near miss: a team or company after the `@` is no speaker.
    check(
        "# EMOCON 2016 F/W

### 엔지니어링 @ 텀블벅

[영상](https://www.youtube.com/watch?v=abcdefghijk)

### Design systems @ Acme Corp

[Video](https://www.youtube.com/watch?v=bcdefghijkl)
",
        &[
            "엔지니어링 @ 텀블벅 |  | https://www.youtube.com/watch?v=abcdefghijk",
            "Design systems @ Acme Corp |  | https://www.youtube.com/watch?v=bcdefghijkl",
        ],
    );
}

#[test]
fn a_speakers_link_to_their_own_page_then_the_title() {
    // A conference agenda: each item the speaker's name linking to their
    // page on the site (its address spells the name), a colon, the
    // title; the names need not be known given names.
    check(
        "# Cascadia R Conf 2023

#### 10:45 - 11:35 AM: Stats and my story

* [Dror Berel](/2023/regular/dror_berel): Tidy everything in Time series
* [Kangjie Zhang](/2023/regular/kangjie_zhang): Beyond the Comfort Zone: Statistical Programmers Embrace R
* [Isabella Velásquez](/2023/keynote/isabella-velasquez/): The medium is the message
",
        &[
            "Tidy everything in Time series | Dror Berel | ",
            "Beyond the Comfort Zone: Statistical Programmers Embrace R | Kangjie Zhang | ",
            "The medium is the message | Isabella Velásquez | ",
        ],
    );
    // Near miss: links whose addresses do not spell the text are no
    // people's pages; a list of projects stays none.
    check(
        "# Our tools

* [Blue Heron](/tools/scheduler): Runs the nightly jobs for the team
* [Grey Wolf](/tools/monitor): Watches the servers all night long
* [Red Fox](/tools/alerts): Sends the alerts to whoever is on call
",
        &["Our tools |  | "],
    );
}

#[test]
fn a_section_about_the_speaker_makes_the_heading_above_a_talk() {
    // A user group's past talks: `#` the title, the date, the abstract,
    // then `## The speaker` with a bio.
    check(
        "# Site Reliability Engineering (SRE) – What is that?

November 16 @ 18:00 - 19:00

Reliability is usually not the highest priority when it comes to software.

## The speaker

In his professional life, Florian Kammermann has worked in many areas.

# Serverless Java #slideless

September 14 @ 18:00 - 19:30

What is serverless? Can we use Java for serverless?

## Speaker

Adam Bien is a consultant and author.

# GraalVM

May 4 @ 18:00 - 19:00

A polyglot virtual machine.

## The speakers

Two engineers of the railways.
",
        &[
            "Site Reliability Engineering (SRE) – What is that? |  | ",
            "Serverless Java #slideless | Adam Bien | ",
            "GraalVM |  | ",
        ],
    );
    // Near miss: a `Speakers:` heading over a list of talks is no bio:
    // its talks are read.
    check(
        "# Monthly meetups 2017

## January

### Speakers:

* [Designing for accessibility](https://example.org/talks/a11y) by Jane Smith
* [Writing CSS that lasts](https://example.org/talks/css) by Maria Garcia
",
        &[
            "Designing for accessibility | Jane Smith | ",
            "Writing CSS that lasts | Maria Garcia | ",
        ],
    );
}

#[test]
fn a_quoted_title_then_where_it_was_given() {
    // A project's presentations page: the quoted title, then the event
    // in parentheses or after `at`; the speaker on a keyed line.
    check(
        "# Presentations

## \"Eclipse Hono: Command and Control\" (Talk at eclipsecon Europe October 2018)

* Speaker : Karsten Frank (Bosch Software Innovations)
* [Slides](https://www.slideshare.net/KarstenFrank1/eclipse-hono)

## \"Eclipse Hono: Connect. Command. Control.\" at Eclipse Day Milan 2017

* Speaker : [Paolo Patierno](https://twitter.com/ppatierno) (Red Hat)
* [Video](https://www.youtube.com/watch?v=VEXuz2bFSrE)
",
        &[
            "Eclipse Hono: Command and Control | Karsten Frank (Bosch Software Innovations) | ",
            "Eclipse Hono: Connect. Command. Control. | Paolo Patierno (Red Hat) | https://www.youtube.com/watch?v=VEXuz2bFSrE",
        ],
    );
    // Near miss: a quoted title with its speaker after it keeps him.
    check(
        "# Talks

## \"What C++ developers should know about globals\" - Nir Friedman

Notes.
",
        &["What C++ developers should know about globals | Nir Friedman | "],
    );
}

#[test]
fn list_items_wrapped_in_divs_are_read_as_markdown() {
    // A blog post exported from WordPress: each item's text in a `<div>`,
    // which hides its Markdown from a Markdown reader.
    check(
        "# Lightning night

The agenda:

1.  <div>[Parsers in Rust](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Jane Smith</div>
2.  <div>[Testing in production](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Maria Garcia</div>
3.  <div>[Static sites with nanoc](https://www.youtube.com/watch?v=ccccccccccc) - Peter Brown</div>
",
        &[
            "Parsers in Rust | Jane Smith | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "Testing in production | Maria Garcia | https://www.youtube.com/watch?v=bbbbbbbbbbb",
            "Static sites with nanoc | Peter Brown | https://www.youtube.com/watch?v=ccccccccccc",
        ],
    );
}

#[test]
fn a_heading_that_says_it_is_a_blog_post_is_no_talk() {
    // A project's page of presentations and posts: the posts say so in
    // parentheses and name their authors.
    check(
        "# Presentations

## \"X.509 based device authentication in Eclipse Hono\" (Blog post February 2019)

* Author: Kai Hudalla (Bosch Software Innovations)
* [Article](https://blog.bosch-si.com/developer/x-509/)

## \"Eclipse Hono: Command and Control\" (Talk at eclipsecon Europe October 2018)

* Speaker : Karsten Frank (Bosch Software Innovations)
* [Slides](https://www.slideshare.net/KarstenFrank1/eclipse-hono)

## \"Using multi-tenancy in Eclipse Hono\" (Article, April 2018)

* Author : Kai Hudalla (Bosch Software Innovations)
",
        &["Eclipse Hono: Command and Control | Karsten Frank (Bosch Software Innovations) | "],
    );
    // Near miss: a talk whose title speaks of articles stays a talk.
    check(
        "# DevConf 2019

## How we write articles (Jane Smith)

Notes.

## Testing at scale (Maria Garcia)

Notes.
",
        &[
            "How we write articles | Jane Smith | ",
            "Testing at scale | Maria Garcia | ",
        ],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // A quoted title `at` an event with who gave it after keeps them; a
    // title going on after `at` is the title's.
    check(
        "# Talks 2019

## \"Fearless Concurrency\" at RustConf 2019 - Jane Doe

Notes.

## \"Zero to Production\" at Rust London

Notes.
",
        &[
            "\"Fearless Concurrency\" at RustConf 2019 | Jane Doe | ",
            "Zero to Production |  | ",
        ],
    );
    // Slugs of products under a tools path are no people's pages.
    check(
        "# Our tools

* [Blue Heron](/tools/blue-heron): Runs the nightly jobs for the team
* [Grey Wolf](/tools/grey-wolf): Watches the servers all night long
* [Red Fox](/tools/red-fox): Sends the alerts to whoever is on call
",
        &["Our tools |  | "],
    );
    // A picker's handles under an empty header are no speakers.
    check(
        "# Talks we want to watch

| Talk | Video | |
| --- | --- | --- |
| Simple Made Easy | [video](https://www.youtube.com/watch?v=SxdOUGdseq4) | @alice |
| The Mess We're In | [video](https://www.youtube.com/watch?v=lKXe3HUG2l4) | @bob |
| Hammock Driven Development | [video](https://www.youtube.com/watch?v=f84n5oFoZBc) | @carol |
",
        &[
            "Simple Made Easy |  | https://www.youtube.com/watch?v=SxdOUGdseq4",
            "The Mess We're In |  | https://www.youtube.com/watch?v=lKXe3HUG2l4",
            "Hammock Driven Development |  | https://www.youtube.com/watch?v=f84n5oFoZBc",
        ],
    );
    // A note column's dashes do not drop the talk beside them.
    check(
        "# Frontend Meetup #12

| Time | Talk | Speaker | Notes |
| --- | --- | --- | --- |
| 19:00 | Signals in Angular | Jana Horváth | |
| 19:30 | Web components at scale | Petra Kos | --- slides missing --- |
| 20:00 | Astro islands | Ivan Maric | |
",
        &[
            "Signals in Angular | Jana Horváth | ",
            "Web components at scale | Petra Kos | ",
            "Astro islands | Ivan Maric | ",
        ],
    );
    // Companies, places and events after a spaced `@` are no people.
    check(
        "# DEVIEW 2019 참관기

## 대규모 트래픽 처리 @ 카카오

[영상](https://www.youtube.com/watch?v=aaaaaaaaaaa)

## 쿠버네티스 운영 @ 우아한 형제들

[영상](https://www.youtube.com/watch?v=bbbbbbbbbbb)

## Rust in the browser @ Ada Lovelace Day

[Video](https://www.youtube.com/watch?v=ccccccccccc)
",
        &[
            "대규모 트래픽 처리 @ 카카오 |  | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "쿠버네티스 운영 @ 우아한 형제들 |  | https://www.youtube.com/watch?v=bbbbbbbbbbb",
            "Rust in the browser @ Ada Lovelace Day |  | https://www.youtube.com/watch?v=ccccccccccc",
        ],
    );
    // A talk of its own over the talks it mentions stays one talk.
    check(
        "# CppCon 2019 recap

* Floating point demystified by Peter Sommerlad

  * Conor Hoekstra, [Algorithm Intuition](https://www.youtube.com/watch?v=pUEnO6SvAMo)
  * Jason Turner, [C++ Code Smells](https://youtu.be/A48OYUX7_N8)

* Back to Basics: RAII by Arthur O'Dwyer
",
        &[
            "Floating point demystified | Peter Sommerlad | https://www.youtube.com/watch?v=pUEnO6SvAMo",
            "Back to Basics: RAII | Arthur O'Dwyer | ",
        ],
    );
    // `## Speaker` over a bare name gives the talk above its speaker; a
    // room's `## Speakers` over its hi-fi makes no talk.
    check(
        "# Serverless Java

A talk about functions on the JVM.

## Speaker

John Smith

# GraalVM in practice

Native images in production.

## Speaker

[Maria Garcia](https://twitter.com/mgarcia)
",
        &[
            "Serverless Java | John Smith | ",
            "GraalVM in practice | Maria Garcia | ",
        ],
    );
    check(
        "# Living room

Sonos Arc on the TV.

## Speakers

- Sonos Arc

# Kitchen

Echo Dot for timers.

## Speakers

- IKEA Symfonisk bookshelf
",
        &["Living room | Sonos Arc | "],
    );
}

#[test]
fn a_heading_that_names_only_its_speaker_over_a_one_item_title() {
    // A conference agenda: each keynote's slot heading names only the
    // speaker (linking to their page), and one bullet under it the title.
    check(
        "# Cascadia R Conf 2023

## August 19, 2023

#### 9:15 - 9:45 AM: [Isabella Velásquez](/2023/keynote/isabella_velasquez)

* The medium is the message: R programmers as content creators

#### 9:45 - 10:35 AM: [David Keyes](/2023/keynote/david_keyes)

* How to Convince Your Teammates to Learn R
",
        &[
            "The medium is the message: R programmers as content creators | Isabella Velásquez | ",
            "How to Convince Your Teammates to Learn R | David Keyes | ",
        ],
    );
    // Near miss: a talk whose title has a name's shape over one field
    // of its notes keeps its title.
    check(
        "# Talks

## Historical Revisionism

* Where: Hack && Tell New York Round 39

## Type Systems for Everyone

* Where: Compose Conference 2019
",
        &[
            "Historical Revisionism |  | ",
            "Type Systems for Everyone |  | ",
        ],
    );
}
