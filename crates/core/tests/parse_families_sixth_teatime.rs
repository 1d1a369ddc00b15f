//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 13:04 UTC (the misses left in
//! holdout173 and holdout174, then holdout175 and holdout176), each
//! pinned down with Markdown in and sessions out (`title | speakers (org)
//! | recording`), with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_programme_as_paragraphs_each_a_slot_and_a_bold_title() {
    // A workshop's programme: each paragraph a slot, the title in bold
    // (linking to its slides) and who gave it after a dash. The keynote's
    // slot names only the kind and the speaker, its title on a `Title:`
    // line below; the panel's topic is on a bold `Topic:` line, with its
    // moderator and panelists. The welcome, breaks and close are no
    // talks, and `## Organizers` is no talk either.
    check(
        "# Graal Workshop 2020

The workshop was held at CGO in San Diego.

## Program
9:00 AM - **[Welcome](GraalCGO2020.pdf)**

9:15 AM - **Keynote:**  Tom Rodriguez (Oracle Labs)

Title:    **[Graal as a native JIT in GraalVM](libgraal.pdf)**
Abstract: This talk will discuss the design of libgraal.

10:15 AM - **[How to statically compile a serverless application to survive the biggest bursty
               traffic in the world](static.pdf)** - Ziyi Lin, Yifei Zhang and Sanhong Li (Alibaba Group Inc.)

10:45 AM - Break

11:00 AM - **[JRuby on Graal: Performance and AOT explorations](JRuby.pdf)** - Charles Nutter (Red Hat Inc.)

2:00 PM - **[Visualizing Graal](VisualizingGraal.pdf)** - Chris Seaton (Shopify)

4:00 PM - Panel Session

**Topic: The GraalVM Compiler: looking ahead with 2020 vision?**
Moderator: Chris Thalinger (@christhalinger)
Panelists: Christian Wimmer (Oracle Labs), Kingsum Chow (Alibaba)

5:00 PM - Close

## Organizers

Uma Srinivasan (Twitter: [@umatweep](https://twitter.com/umatweep)), Flavio Brasil (Twitter: [@flaviowbrasil](https://twitter.com/flaviowbrasil))
",
        &[
            "Graal as a native JIT in GraalVM | Tom Rodriguez (Oracle Labs) | ",
            "How to statically compile a serverless application to survive the biggest bursty traffic in the world | Ziyi Lin; Yifei Zhang; Sanhong Li (Alibaba Group Inc.) | ",
            "JRuby on Graal: Performance and AOT explorations | Charles Nutter (Red Hat Inc.) | ",
            "Visualizing Graal | Chris Seaton (Shopify) | ",
            "The GraalVM Compiler: looking ahead with 2020 vision? | Chris Thalinger; Christian Wimmer (Oracle Labs); Kingsum Chow (Alibaba) | ",
        ],
    );
    // Near miss: two such lines in a talk's notes are no schedule; the
    // heading stays one talk.
    check(
        "# Conf 2020

## Scaling Graal at Shopify

Speaker: Chris Seaton

10:15 AM - **Demo** - the compiler graph, live

10:30 AM - **Questions** - mostly about warm-up
",
        &["Scaling Graal at Shopify | Chris Seaton | "],
    );
    // Near miss: a talk with a `Title:` line under it and no slots is
    // still that heading's talk.
    check(
        "# Conf 2020

## Keynote

Title: **Graal as a native JIT in GraalVM**

Speaker: Tom Rodriguez (Oracle Labs)
",
        &["Graal as a native JIT in GraalVM | Tom Rodriguez (Oracle Labs) | "],
    );
}

#[test]
fn a_speakers_page_of_dated_bold_links_under_year_headings() {
    // "The talks I gave": one paragraph per talk, its title a bold link to
    // the slides, then the date, then the event on the next line; a year
    // with one talk is read like the others.
    check(
        "---
Title: Talks
---

The followings are talks I gave in the open source communities.

### 2022

[**Genomic Data Processing and Visualization in R**](https://blog.liang2.tw/2022Talk-genomics-heatmap/) Nov 28, 2022<br>
R Ladies Taipei

[**Snakemake—simple data processing for researchers**](https://blog.liang2.tw/2022Talk-snakemake/) Sep 25, 2022<br>
Taipei Bioinformatics Omnibus

### 2019

[**Genomics in R**](https://blog.liang2.tw/2019Talk-Genomics-in-R/) Mar 27, 2019<br>
WUSTL
",
        &[
            "Genomic Data Processing and Visualization in R |  | ",
            "Snakemake—simple data processing for researchers |  | ",
            "Genomics in R |  | ",
        ],
    );
    // Near miss: one bold link with a date in a post's paragraphs is a
    // link, not a list of talks.
    check(
        "# My week

## Monday

[**The release notes**](https://example.com/notes) Nov 28, 2022

We shipped the new parser and went for dinner.
",
        &[],
    );
}

#[test]
fn a_jbake_page_of_talks_by_linked_people_of_their_companies() {
    // JBake's header (`key=value` lines closed by tildes) is front matter,
    // not a code fence over the page; `por [Name](…) de [Org](…)` names
    // the speaker and their company.
    check(
        "title=Charlas
date=2017-06-14
type=page
~~~~~~

## Feitos

**2017 - 7 de Novembro - 19:30**

- [\"Microservices con SpringBoot\"](https://www.meetup.com/Vigo-JUG/events/244060357/) por [Vitor Fernández](https://twitter.com/vfdiaz) de [Optare Solutions](https://www.optaresolutions.com)

**2017 - 3 de Outubro - 19:30**

- [\"In-Memory Datagrid\"](https://www.youtube.com/watch?v=fX1fzZPHaVU) por [Miguel García](https://www.linkedin.com/in/miguel/) de [Oracle](https://www.oracle.com). [Slides](https://github.com/x/y).

**2017 - 4 de Xullo - 19:30**

- [\"Reactive programming con RxJava\"](https://www.youtube.com/watch?v=4yvSSZMHTZo) por  [Saúl Molinero](https://twitter.com/_saulmm) de [Popsy](https://www.mypopsy.com/)
",
        &[
            "Microservices con SpringBoot | Vitor Fernández (Optare Solutions) | ",
            "In-Memory Datagrid | Miguel García (Oracle) | https://www.youtube.com/watch?v=fX1fzZPHaVU",
            "Reactive programming con RxJava | Saúl Molinero (Popsy) | https://www.youtube.com/watch?v=4yvSSZMHTZo",
        ],
    );
    // Near miss: a name with a particle after the given name keeps it; after
    // a given name and a surname, `de` says where they work.
    check(
        "# Charlas

## Feitos

- [\"Java 9\"](https://www.youtube.com/watch?v=aaaaaaaaaaa) por Juan de Bravo
- [\"Kotlin\"](https://www.youtube.com/watch?v=bbbbbbbbbbb) por Ana García de Globant
",
        &[
            "Java 9 | Juan de Bravo | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "Kotlin | Ana García | https://www.youtube.com/watch?v=bbbbbbbbbbb",
        ],
    );
}

#[test]
fn a_japanese_programme_by_slot_and_room() {
    // Session details by slot (`#### 13:00〜17:00`) and room (`##### AB会場`),
    // each item a room's code, the title linking to its page, its format
    // in lenticular brackets and its slot after a dash; the closing is no
    // talk.
    check(
        "# XP祭り2013

### セッション詳細

#### 10:00〜12:00

- [A-1 オープニング＋アジャイルよもやま噺【トークライブ】](http://xpjug.com/xp2013-contents-a1/) – 10:00〜11:00
- [A-2 SEMATに関する講演【講演】](http://xpjug.com/xp2013-contents-a2/) – 11:00〜12:00

#### 13:00〜17:00

##### AB会場：63号館 2F 03, 04会議室

- [A-3 トヨタのかんばんに学ぶバックログ管理術【講演】](http://xpjug.com/xp2013-contents-a3/) – 13:00-13:45
- [A-4 かんばん in Wonderland【講演】](http://xpjug.com/xp2013-contents-a4/) – 14:00-14:45
- [A-6 著者パネル (仮)【パネルディスカッション】](http://xpjug.com/xp2013-contents-a6/) – 16:15-17:00

#### 17:15〜19:00

- A-8 クロージング – 18:15〜19:00
",
        &[
            "オープニング＋アジャイルよもやま噺 |  | ",
            "SEMATに関する講演 |  | ",
            "トヨタのかんばんに学ぶバックログ管理術 |  | ",
            "かんばん in Wonderland |  | ",
            "著者パネル (仮) |  | ",
        ],
    );
    // Near miss: a talk's own notes under `このセッションについて` (about
    // this session) are its points, not talks.
    check(
        "# 未経験者に贈る！Androidアプリ開発の今

これはDroidKaigi 2025で発表したスライドの文字起こしです。

### このセッションについて

- 40分でAndroidアプリ開発の今と大事なポイントを知ってもらう時間
- 紹介することがいっぱいあるので、広く浅くの説明になります
- コードはほとんど出てきません

### このセッションの対象者

- Androidアプリ開発にこれからチャレンジしたい人
- Androidアプリ開発をはじめたばかりの人
- Androidアプリ開発を再チャレンジしたい人
",
        &["未経験者に贈る！Androidアプリ開発の今 |  | "],
    );
}

#[test]
fn a_meeting_page_whose_speakers_say_what_their_talk_is() {
    // LRUG's meeting pages: `### Title` over `[Name](twitter) says:` and
    // the abstract quoted, under `## Agenda`; a struck-out talk that was
    // withdrawn names nobody.
    check(
        "---
title: February 2017 Meeting
---

The February 2017 meeting of LRUG will be on *Monday the 13th of February*.

## Agenda

As is traditional, our February meeting consists entirely of lightning talks.

### Ch-ch-ch-ch-Changes: Avoiding mutable state in Ruby

[Tom Wey](https://twitter.com/tjmwy) says:

> A few examples and techniques for avoiding mutable state in Ruby.

### A way to think about bugs

[Amy Phillips](https://twitter.com/itjustbroke) says:

> Bugs. Bugs reports. Jira. Dirty, dirty words. Or are they?

### <strike>My Live Coding Adventure</strike>

Unfortunately this talk had to be withdrawn.

## Afterwards

We'll be in the pub.
",
        &[
            "Ch-ch-ch-ch-Changes: Avoiding mutable state in Ruby | Tom Wey | ",
            "A way to think about bugs | Amy Phillips | ",
        ],
    );
    // Near miss: what a project or a crowd says is no speaker line.
    check(
        "# Conf 2017

## Why Rails

The documentation says:

> Convention over configuration.

## Ruby

Everyone says:

> Ruby is fun.
",
        &[],
    );
}

#[test]
fn a_blog_post_of_title_dash_name_lines_over_the_authors_thoughts() {
    // No headings: each talk a line of its own, `Title – Name`, over
    // paragraphs of what the author thought of it.
    check(
        "+++
title = \"Developer Developer, Developer Scotland 2011\"
+++

Yesterday I attended the Developer, Developer, Developer event in Glasgow.

I attended the following sessions at DDD:

CQRS and Friends: Possibly distributed systems, intentionally  – Andrea Magnorsky

This was an introductory session on CQRS/ES.

Caliburn.Micro: Painless MVVM apps for Silverlight and WPF – Barry Carr

This session was a good introduction to using Caliburn Micro with Silverlight.

Unit Testing, Test Driven Development and the Walking Skeleton – Seb Rose

A detailed talk explaining TDD.

It was a great developer event.
",
        &[
            "CQRS and Friends: Possibly distributed systems, intentionally | Andrea Magnorsky | ",
            "Caliburn.Micro: Painless MVVM apps for Silverlight and WPF | Barry Carr | ",
            "Unit Testing, Test Driven Development and the Walking Skeleton | Seb Rose | ",
        ],
    );
    // Near miss: people and their roles, the name first in bold, are the
    // panel's guests, not talks of their own.
    check(
        "# Technocharlas 2024

Hemos organizado unas charlas con expertos.

## Mesa redonda

Expertos:

**Jose Bort** – CEO Eventcase y presidente de Xarxatec.

**Alexis Nadal** – CEO de Nayar Systems

**Victor Rueda** – Vicedirector del grado de Ingeniería Industrial

**Javier Gasch** – Responsable de reclutamiento y selección en Torrecid
",
        &[
            "Mesa redonda | Jose Bort; Alexis Nadal; Victor Rueda (Vicedirector del grado de Ingeniería Industrial); Javier Gasch (Responsable de reclutamiento y selección en Torrecid) | ",
        ],
    );
}

#[test]
fn a_japanese_timetable_of_what_and_who() {
    // `時間 | 発表者 | 内容`: the time, who gave it, and what (`内容`) is
    // the talk's title, its last line when the cell holds the evening's
    // opening too; a role before a handle (`オーガナイザ @piacerex`) is
    // not the name. The meeting's end is no talk.
    check(
        "# LiveView JP#3 レポート

# タイムテーブル

| 時間 | 発表者 | 内容 |
|:-|:-|:-|
| 19:30-19:45  | LiveView JPオーガナイザ　@piacerex | 会の趣旨説明、カンパイ挨拶<br/>イントロ：LiveView入門ライブコーディング  |
| 19:45-19:55  | @torifukukaiou   | Nerves Livebookにデフォルトで入ったReq のデモ  |
| 19:55-20:05  | @the_haigo   | live_file_uploadで気をつけることとテストについて |
| 21:00-22:00  | （懇親したい方）  |   |

# 21:00 本会終了

https://www.youtube.com/watch?v=aaaaaaaaaaa
",
        &[
            "イントロ：LiveView入門ライブコーディング | piacerex | ",
            "Nerves Livebookにデフォルトで入ったReq のデモ | torifukukaiou | ",
            "live_file_uploadで気をつけることとテストについて | the_haigo | ",
        ],
    );
    // Near miss: a handle-like word in a title is the title's.
    check(
        "# Devoxx 2017

### Devops @Scale - Baruch Sadogursky

Great talk about Devops.
",
        &["Devops @Scale | Baruch Sadogursky | "],
    );
}

#[test]
fn a_meetup_page_whose_front_matter_lists_the_speakers_and_their_talks() {
    // `speakers:` as a list of people each with their talk's `title`: the
    // evening's talks, not the page's speakers; the schedule in an
    // indented code block is code, and the heading (the evening and its
    // host) is no talk.
    check(
        "---
title: CopenhagenJS July - Mærsk
type: meetup
speakers:
  - title: A journey => A developer
    name: Zoey Zou
  - title: Mythbusting around GraphQL
    name: Uri Goldshtein
---

# CopenhagenJS July - Mærsk

It is time for the July edition of CopenhagenJS.

## Schedule:

    17:00 Doors open
    17:45 Welcome
    18:00 A journey => A developer by Zoey Zou
    19:30 Mythbusting around GraphQL - Uri Goldshtein
    20:30 See you next time!

## About the speakers

**Zoey Zou:**

She came from a non-technical background.
",
        &[
            "A journey => A developer | Zoey Zou | ",
            "Mythbusting around GraphQL | Uri Goldshtein | ",
        ],
    );
    // Near miss: speakers with their job titles are one talk's speakers.
    check(
        "---
title: Scaling the monolith
speakers:
  - name: Zoey Zou
    title: Staff Engineer
  - name: Uri Goldshtein
    title: Senior Software Engineer
---

Notes of the talk.
",
        &["Scaling the monolith | Zoey Zou; Uri Goldshtein | "],
    );
}

#[test]
fn a_workshop_schedule_whose_panels_name_nobody() {
    // A timed table with a speaker column: a panel's row names nobody in
    // it and is still a talk; the coffee break is not.
    check(
        "# Future by the Future

## Schedule

| Time | Speaker | Title |
|-------------|-------------------------|-------------------------|
| 9:20-9:50 | Azadeh Keivani | Is multi-messenger astrophysics the best approach? |
| 9:50-10:20 | Josh Dillon | Opening the 21 cm Window on Our Cosmic Dawn |
| 10:50-11:00 |  | _Coffee break_ |
| 11:00-11:30 | Dario Carbone | Identifying EM counterparts to NS-NS mergers |
| 12:30-1:10 |  | _Panel discussion about the future_ |
| 1:10-1:50 |  | _Lunch (provided)_ |
",
        &[
            "Is multi-messenger astrophysics the best approach? | Azadeh Keivani | ",
            "Opening the 21 cm Window on Our Cosmic Dawn | Josh Dillon | ",
            "Identifying EM counterparts to NS-NS mergers | Dario Carbone | ",
            "Panel discussion about the future |  | ",
        ],
    );
}

#[test]
fn a_post_in_html_headings_with_bylines_and_a_days_keynote() {
    // `<h3>` talks over `By Name from <a href="…">Org</a>.`: the byline's
    // text names the speaker and their company; `Day 1 closing Keynote`
    // with no heading under it is that day's keynote, not a day. (Its
    // byline names someone whose given name the list does not know, not
    // read as a person without emphasis: a miss left.)
    check(
        "# PyCon Canada 2019

## Day 1

### Visualization with Altair

By Stephen Childs from <a href=\"https://www.yorku.ca/\">York University</a>.

Notes.

### Day 1 closing Keynote

By Huda Idrees from Dot Health.

Notes.

### Fun with compilers

By Jane Doe from Acme.

Notes.
",
        &[
            "Visualization with Altair | Stephen Childs (York University) | ",
            "Day 1 closing Keynote |  | ",
            "Fun with compilers | Jane Doe (Acme) | ",
        ],
    );
    // Near miss: a struck-out byline is a cancelled talk's.
    check(
        "# LRUG

## Agenda

### Fun with compilers

By Jane Doe from Acme.

### <strike>My Live Coding Adventure</strike>

<strike><a href=\"https://twitter.com/rosaemerald\">Rosa Fox</a> says:</strike>

Rosa has had to cancel due to illness.
",
        &["Fun with compilers | Jane Doe (Acme) | "],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // Times before bold topics in one talk's notes are its outline, not
    // talks.
    check(
        "# PGConf 2019

## Scaling Postgres

Speaker: John Smith

10:05 **Indexes**: btree vs gin

10:15 **Partitioning**: declarative

10:30 **Replication**: logical vs physical

## Vacuum explained

Speaker: Robert Haas
",
        &[
            "Scaling Postgres | John Smith | ",
            "Vacuum explained | Robert Haas | ",
        ],
    );
    // An evening's agenda in bold names no talk.
    check(
        "# Meetup notes

We met on Tuesday. Agenda:

6:00 PM - **Doors open**

6:30 PM - **Pizza and drinks**

7:00 PM - **Talks start**

8:30 PM - **Wrap up** - see you next month
",
        &[],
    );
    // `**Keynote:** Name - Title`: the kind, then who and what.
    check(
        "# JSConf 2019

## Schedule

9:00 - **Keynote:** Brendan Eich - The Future of JavaScript

10:00 - **Talk:** Sarah Drasner - Building Fast Websites

11:00 - **Workshop:** Kent Dodds - Testing React Apps
",
        &[
            "The Future of JavaScript | Brendan Eich | ",
            "Building Fast Websites | Sarah Drasner | ",
            "Testing React Apps | Kent Dodds | ",
        ],
    );
    // `at 10:30`, `at Room B` after a linked speaker are no company.
    check(
        "# Conf 2019

## Talks

- [Scaling Kafka](https://youtu.be/a) by [Jane Doe](https://twitter.com/jane) at 10:30
- [Rust at Dropbox](https://youtu.be/b) by [John Smith](https://twitter.com/john) at Room B
- [Serverless pitfalls](https://youtu.be/c) by [Ana Lima](https://twitter.com/ana) at the main stage
",
        &[
            "Scaling Kafka | Jane Doe | https://youtu.be/a",
            "Rust at Dropbox | John Smith | https://youtu.be/b",
            "Serverless pitfalls | Ana Lima | https://youtu.be/c",
        ],
    );
    // Speakers with honours as their `title` in front matter are one
    // talk's speakers (the body does not name those titles as talks).
    check(
        "---
title: \"Scaling Things\"
speakers:
  - name: Jane Doe
    title: Java Champion
  - name: John Smith
    title: Google Developer Expert
---

# Scaling Things

Notes.
",
        &["Scaling Things | Jane Doe; John Smith | "],
    );
    // Someone quoted further down (`writes:`, `says:`) is no speaker.
    check(
        "# RailsConf 2019

## Scaling Sidekiq

Speaker: Mike Perham

Notes on queues.

[Aaron Patterson](https://twitter.com/tenderlove) says:

> Best talk of the day.
",
        &["Scaling Sidekiq | Mike Perham | "],
    );
    // One talk given in three cities, and quotes with who said them, are
    // no list of talks.
    check(
        "# My year of conference talks

I gave talks at several events this year.

Scaling Node services – New York

The first outing of this talk, at NodeConf.

Scaling Node services – San Francisco

Updated with new benchmarks.

Scaling Node services – Buenos Aires

Last one, in Spanish.
",
        &[],
    );
    check(
        "# Notes from the DevOps Days event

## Favourite quotes

You build it, you run it – Werner Vogels

This came up in three different talks.

Hope is not a strategy – Ben Treynor Sloss

Said during the SRE panel.

Everything fails all the time – Werner Vogels

The keynote's closing line.
",
        &[],
    );
}
