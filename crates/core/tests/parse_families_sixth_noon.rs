//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 06:54 UTC (holdout171 and
//! holdout172), each pinned down with Markdown in and sessions out
//! (`title | speakers (org) | recording`), with the near misses that must
//! stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_club_page_of_speakers_each_over_a_list_of_their_talks() {
    // A Jekyll page in Russian: a heading per speaker (surname first,
    // linking to its own anchor, kramdown attribute lists after the links
    // and under the heading), then `Title. [Слайды](…) [Видео](…)` items;
    // an `#### Статьи` (articles) list is no talks.
    check(
        "# Докладчики

### [Иванов Павел](#ivanov)
{: id=\"ivanov\"}
*Разработчик, преподаватель*

* Магистратура или второе высшее? [Видео](https://youtu.be/_9ANSi31ZHc){: .youtube}
* Laravel и шаблоны проектирования. [Слайды](https://example.org/laravel.pdf){: .pdf}

### [Пакшина Нина](#pakshina)
{: id=\"pakshina\"}

* Публичные выступления. [Видео](https://youtu.be/abcdefghijk){: .youtube}
* Новый контроллер CPM723. [Слайды](https://example.org/cpm.pdf){: .pdf}

#### Статьи

* Встраиваемые системы. [Статья](https://habr.com/ru/articles/1/){: .article}
* Безопасность. [Статья](https://habr.com/ru/articles/2/){: .article}
",
        &[
            "Магистратура или второе высшее? | Иванов Павел | https://youtu.be/_9ANSi31ZHc",
            "Laravel и шаблоны проектирования | Иванов Павел | ",
            "Публичные выступления | Пакшина Нина | https://youtu.be/abcdefghijk",
            "Новый контроллер CPM723 | Пакшина Нина | ",
        ],
    );
    // The same in English, a person's name as the heading.
    check(
        "# Speakers

### Jane Doe

* Sports programming. [Slides](https://example.org/acm.pdf)
* Genetic algorithms. [Video](https://youtu.be/89Wk0kNnbJQ)
",
        &[
            "Sports programming | Jane Doe | ",
            "Genetic algorithms | Jane Doe | https://youtu.be/89Wk0kNnbJQ",
        ],
    );
}

#[test]
fn headings_that_are_no_person_over_talk_lists_stay_groups() {
    // Near misses: a day, a topic in Russian (not capitalised word by
    // word), and an author's picks told in sentences under their name
    // name nobody.
    check(
        "# Notes

## Sunday

* Hacking Hotel Keys. [Video](https://youtu.be/aaaaaaaaaaa)
* Loading Code with a Copier. [Video](https://youtu.be/bbbbbbbbbbb)

## Функциональное программирование

* Архитектура приложений на Elm. [Видео](https://youtu.be/ccccccccccc)
* Скриптуем безопасно с Haskell. [Видео](https://youtu.be/ddddddddddd)

## Katie Schick

* Diversity in engineering is a common topic of debate, and Kate
  Heddleston's well-researched and powerful talk on [How our engineering
  environments are killing diversity](https://youtu.be/eeeeeeeeeee)
  accomplished just that, with actionable solutions to the problems.
* Sarah Bird's talk on [Interactive data for the web](https://youtu.be/fffffffffff)
  walked us through a pretty complex Bokeh visualization and explained
  what was going on under the hood.
",
        &[
            "Hacking Hotel Keys |  | https://youtu.be/aaaaaaaaaaa",
            "Loading Code with a Copier |  | https://youtu.be/bbbbbbbbbbb",
            "Архитектура приложений на Elm |  | https://youtu.be/ccccccccccc",
            "Скриптуем безопасно с Haskell |  | https://youtu.be/ddddddddddd",
            "How our engineering environments are killing diversity |  | https://youtu.be/eeeeeeeeeee",
            "Interactive data for the web |  | https://youtu.be/fffffffffff",
        ],
    );
}

#[test]
fn a_talk_heading_over_one_link_that_restates_it_keeps_the_link_as_its_recording() {
    // A list of one's lectures: a heading per talk, details in bold
    // labels, and one link `👉 Ver “Title” en YouTube` (with kramdown's
    // `{:target="_blank"}`), which is the heading's recording.
    check(
        "# Conferencias

### Reflexiones de las mujeres científicas de América Latina sobre los ODS
**Organiza:** OWSD, Colombia
**Fecha:** 28 de septiembre de 2023

[👉 Ver “Reflexiones de las mujeres científicas de América Latina sobre los ODS” en YouTube](https://www.youtube.com/watch?v=suJ3ostHD40){:target=\"_blank\" rel=\"noopener\"}

### Tendencias recientes de la comunicación científica
**Organiza:** UNAM

[👉 Ver “Tendencias recientes de la comunicación científica” en YouTube](https://www.youtube.com/watch?v=9U6YZlvKZk4){:target=\"_blank\" rel=\"noopener\"}
",
        &[
            "Reflexiones de las mujeres científicas de América Latina sobre los ODS |  | https://www.youtube.com/watch?v=suJ3ostHD40",
            "Tendencias recientes de la comunicación científica |  | https://www.youtube.com/watch?v=9U6YZlvKZk4",
        ],
    );
}

#[test]
fn where_and_when_half_of_a_speakers_talks_were_given_is_read_off_them() {
    // A page of speakers, one of whom gives talks at conferences: their
    // titles end with `, Event Year` (fewer than half the page's talks,
    // all of theirs).
    check(
        "# Speakers

### Jane Doe

* Functional design and patterns, FPURE 2019. [Video](https://youtu.be/aaaaaaaaaaa)
* Scripting safely with Haskell, FP Conf 2016. [Video](https://youtu.be/bbbbbbbbbbb)
* Lightweight dependency injection, PiterPy 2015. [Video](https://youtu.be/ccccccccccc)

### John Roe

* Domain-driven design is hard. [Video](https://youtu.be/ddddddddddd)
* Smoothing GPS tracks in F#. [Video](https://youtu.be/eeeeeeeeeee)
* Startups: myths and reality. [Video](https://youtu.be/fffffffffff)
* Building a community yourself. [Video](https://youtu.be/ggggggggggg)

### Ann Poe

* Team building. [Video](https://youtu.be/hhhhhhhhhhh)
* Microservices in Azure. [Video](https://youtu.be/iiiiiiiiiii)
* Public speaking. [Video](https://youtu.be/jjjjjjjjjjj)
",
        &[
            "Functional design and patterns | Jane Doe | https://youtu.be/aaaaaaaaaaa",
            "Scripting safely with Haskell | Jane Doe | https://youtu.be/bbbbbbbbbbb",
            "Lightweight dependency injection | Jane Doe | https://youtu.be/ccccccccccc",
            "Domain-driven design is hard | John Roe | https://youtu.be/ddddddddddd",
            "Smoothing GPS tracks in F# | John Roe | https://youtu.be/eeeeeeeeeee",
            "Startups: myths and reality | John Roe | https://youtu.be/fffffffffff",
            "Building a community yourself | John Roe | https://youtu.be/ggggggggggg",
            "Team building | Ann Poe | https://youtu.be/hhhhhhhhhhh",
            "Microservices in Azure | Ann Poe | https://youtu.be/iiiiiiiiiii",
            "Public speaking | Ann Poe | https://youtu.be/jjjjjjjjjjj",
        ],
    );
    // Near miss: two such titles among many are left as they are.
    check(
        "# Talks

* Functional design and patterns, FPURE 2019. [Video](https://youtu.be/aaaaaaaaaaa)
* Scripting safely with Haskell, FP Conf 2016. [Video](https://youtu.be/bbbbbbbbbbb)
* Domain-driven design is hard. [Video](https://youtu.be/ddddddddddd)
* Smoothing GPS tracks in F#. [Video](https://youtu.be/eeeeeeeeeee)
* Startups: myths and reality. [Video](https://youtu.be/fffffffffff)
* Building a community yourself. [Video](https://youtu.be/ggggggggggg)
",
        &[
            "Functional design and patterns, FPURE 2019 |  | https://youtu.be/aaaaaaaaaaa",
            "Scripting safely with Haskell, FP Conf 2016 |  | https://youtu.be/bbbbbbbbbbb",
            "Domain-driven design is hard |  | https://youtu.be/ddddddddddd",
            "Smoothing GPS tracks in F# |  | https://youtu.be/eeeeeeeeeee",
            "Startups: myths and reality |  | https://youtu.be/fffffffffff",
            "Building a community yourself |  | https://youtu.be/ggggggggggg",
        ],
    );
}

#[test]
fn a_meetup_archive_of_dated_items_naming_the_speakers_before_a_colon() {
    // A chapter's meeting archive: the date as one number linking to the
    // meeting's page, the people and a colon, the title (with colons of
    // its own), then its materials (some still to come).
    check(
        "# Meetings

## Meeting archive

* [20250625](https://www.meetup.com/owasp-msp-meetup/events/307827448): Chris Lindsey: The Dark side of AI: Developing unsecure applications in minutes! - Video TBU - Slides TBU
* [20241203](https://www.meetup.com/owasp-msp-meetup/events/304671791): Dimitry Shvartsman: The new age of Product Security - [Video](https://youtu.be/nwOlY2wIEUg)
* [20240417](https://www.meetup.com/owasp-msp-meetup/events/300170456/): Girish Nair: GitHub Actions Security Landscape - [Video](https://youtu.be/kRbiPb2nm5o) - [Slides](download/gh.pdf) - [BleepingComputer Article](https://www.bleepingcomputer.com/news/x/)
* [20231213](https://www.meetup.com/owasp-msp-meetup/events/297608399/): Zoa Buske and Nathan Larson: Software Composition Analysis - [Video](https://youtu.be/hdEDgRvQuMY)
* [20210211](https://www.meetup.com/owasp-msp-meetup/events/275615353/): Alex Bauert, Zoa Buske, and Nathan Larson: The state of IoT security - [Slides](download/iot.pdf)
* 20111107: Gene Kim - InfoSec in the New World Order: Rugged DevOps and More - [Video](https://youtu.be/p-t8xnuv_ow)
",
        &[
            "The Dark side of AI: Developing unsecure applications in minutes! | Chris Lindsey | ",
            "The new age of Product Security | Dimitry Shvartsman | https://youtu.be/nwOlY2wIEUg",
            "GitHub Actions Security Landscape | Girish Nair | https://youtu.be/kRbiPb2nm5o",
            "Software Composition Analysis | Zoa Buske; Nathan Larson | https://youtu.be/hdEDgRvQuMY",
            "The state of IoT security | Alex Bauert; Zoa Buske; Nathan Larson | ",
            "InfoSec in the New World Order: Rugged DevOps and More | Gene Kim | https://youtu.be/p-t8xnuv_ow",
        ],
    );
    // Near misses: a kind before the colon (read as the session's kind)
    // and a colon inside a link's text, among items that put the person
    // first, name nobody.
    check(
        "# Summit

* Gene Kim: The Phoenix Project revisited - [Video](https://youtu.be/aaaaaaaaaaa)
* Girish Nair: GitHub Actions Security Landscape - [Video](https://youtu.be/eeeeeeeeeee)
* Matt Rose: The Monsters in your Software Supply Chain - [Video](https://youtu.be/fffffffffff)
* Dimitry Shvartsman: The new age of Product Security - [Video](https://youtu.be/bbbbbbbbbbb)
* Panel Discussion: Ask an Auditor Anything - [Video](https://youtu.be/ccccccccccc)
* Me - [Generator X: The State of Rust Static Site Generators](https://youtu.be/ddddddddddd)
",
        &[
            "The Phoenix Project revisited | Gene Kim | https://youtu.be/aaaaaaaaaaa",
            "GitHub Actions Security Landscape | Girish Nair | https://youtu.be/eeeeeeeeeee",
            "The Monsters in your Software Supply Chain | Matt Rose | https://youtu.be/fffffffffff",
            "The new age of Product Security | Dimitry Shvartsman | https://youtu.be/bbbbbbbbbbb",
            "Ask an Auditor Anything |  | https://youtu.be/ccccccccccc",
            "Generator X: The State of Rust Static Site Generators |  | https://youtu.be/ddddddddddd",
        ],
    );
}

#[test]
fn a_workshop_programme_of_numbered_blocks_with_chairs_over_timed_tables() {
    // `### Session N: Track` blocks, a `#### Session Chairs:` line under
    // each, then a `Time | Speaker | Title` table whose invited talks wrap
    // both cells in `<span>`; rows naming nobody are the programme's
    // registration, breaks and posters.
    check(
        "# Conference Schedule

## Day 1

### Session 1: Advanced Sampling and Algorithmic Innovations
#### Session Chairs: Anna H Herz, Carolina Estarellas

| Time | Speaker | Title |
|------|---------|-------|
| 8:30 | | Attendee registration |
| 9:15 | <span class=\"invited-name\">Francesco Luigi Gervasio</span> | <span class=\"invited-name\">When Collective Variables Fail</span> |
| 10:05 | Avi Robinson-Mosher | Times Square sampling: a guided tour |
| 10:30 | | *Break (30 min)* |

### Session 2: Advanced Sampling and Algorithmic Innovations
#### Session Chairs: Aleix Quintana, Carolina Estarellas

| Time | Speaker | Title |
|------|---------|-------|
| 11:00 | Justina Ratkeviciute | Improving Alchemical Binding Free Energy Calculations |
| 11:25 | Adam Baskerville | Binding Free Energies from Following Ligands on the Way Out |
| 12:15 | | FLASH POSTER PRESENTATIONS |
| 17:30 | | Discussion and wrap-up |
",
        &[
            "When Collective Variables Fail | Francesco Luigi Gervasio | ",
            "Times Square sampling: a guided tour | Avi Robinson-Mosher | ",
            "Improving Alchemical Binding Free Energy Calculations | Justina Ratkeviciute | ",
            "Binding Free Energies from Following Ligands on the Way Out | Adam Baskerville | ",
            "Discussion and wrap-up |  | ",
        ],
    );
    // Near miss: numbered session headings over notes and a list of
    // videos that name nobody stay sessions.
    check(
        "# Unconference notes

# Session: Proconcloud method
**Notes by Peter Stuifzand**

- Proconcloud method is a decision making method.

Youtube videos explaining the steps:

- [Evolution of ProConCloud from Franklin's ProConList](https://www.youtube.com/watch?v=ORojFlF7VDU)
- [How the ProConCloud method can help anyone decide](https://www.youtube.com/watch?v=qZVgtIATINY)

# Session: Offsite Experiences

- Teams meet twice a year.
",
        &[
            "Proconcloud method |  | https://www.youtube.com/watch?v=ORojFlF7VDU",
            "Offsite Experiences |  | ",
        ],
    );
}

#[test]
fn lightning_talk_sessions_each_a_table_of_names_and_titles() {
    // A results page: a heading per session, its hours on a line, then a
    // `Name | Title` table without outer pipes.
    check(
        "# GopherCon 2015 lightning talk results

## Speakers

### Session One
11:00 - 12:30

Name | Title (please pick one)
--------------|-------------------
Larry Clapp | Never Type \"ls\" Again: A web-based shell & editor
Ian Eyberg | Compile-Time Code Weaving with Go
Nathan Davies | Pgbouncer pain, a true story, *or* Reduce the moving parts

Break for lunch

### Session Two
13:30 - 15:00

Name | Title
--------------|-------------------
James Bardin | Go Executing Tracing via Source Annotation
Zac Shenker | Config Management in S3
",
        &[
            "Never Type \"ls\" Again: A web-based shell & editor | Larry Clapp | ",
            "Compile-Time Code Weaving with Go | Ian Eyberg | ",
            "Pgbouncer pain, a true story, or Reduce the moving parts | Nathan Davies | ",
            "Go Executing Tracing via Source Annotation | James Bardin | ",
            "Config Management in S3 | Zac Shenker | ",
        ],
    );
    // Near miss: `Name | Title | Company` over people's jobs is the
    // keynote's table of speakers, no talks.
    check(
        "# JavaOne 2017: Java Keynote

In this keynote, Oracle executives highlight ongoing Java technology
enhancements.

## Speaker(s)

|Name|Title|Company|
|:---|:---|:---|
|Mark Cavage|Vice President| Software Development Oracle|
|Mark Reinhold|Chief Architect| Java Platform Group Oracle|
|Georges Saab|Vice President of Development|Oracle|
",
        &["JavaOne 2017: Java Keynote |  | "],
    );
}

#[test]
fn a_page_of_ones_own_talks_bold_titles_over_where_and_when() {
    // A researcher's talks page: groups by kind, each item a title in
    // bold with its materials in brackets, maybe `*with Co-speaker*`,
    // then where and when (`ACT (2019)`) after `<br>`.
    check(
        "# Talks

## Invited lectures

* **Categories for Linguistics** [[notes](https://docs.discopy.org/en/main/notebooks/21-05-03-tallcat.html)] <br>
  *with Giovanni de Felice* <br>
  TallCat, Estonia (2021)

* **Categories for Quantum** [[notes](https://docs.discopy.org/en/main/notebooks/21-05-05-tallcat.html)] <br>
  TallCat, Estonia (2021)

## Software demonstrations

* **Language Processing on Quantum Hardware** [[video](https://www.youtube.com/watch?v=5jK8qEQvR-o)] <br>
  PyData Berlin (2020)

## Seminars

* **Learning functors for quantum structured prediction** [[slides](../slides/functors.html)] <br>
  LORIA, Nancy (2023)

* **Functorial translation from natural language to database queries** <br>
  Samson Abramsky's Sheaf Lunch, Oxford (2018)
",
        &[
            "Categories for Linguistics | Giovanni de Felice | ",
            "Categories for Quantum |  | ",
            "Language Processing on Quantum Hardware |  | https://www.youtube.com/watch?v=5jK8qEQvR-o",
            "Learning functors for quantum structured prediction |  | ",
            "Functorial translation from natural language to database queries |  | ",
        ],
    );
    // Near miss: bold words over a line that is no place and year are
    // notes, not talks.
    check(
        "# Trip report

## What I learnt

* **Lunch was great** <br>
  The food at the venue was much better than last year, and cheap.

* **Hallway track** <br>
  I met many people from the community and talked about Rust.
",
        &["Trip report |  | "],
    );
}

#[test]
fn a_list_of_ones_slides_each_at_a_linked_event() {
    // A Japanese slides repository's README: `[Title](slides) @[Event
    // (2020/10)](event page)`; the speaker is the author, never named.
    check(
        "# このリポジトリについて
GitPitchで作成したスライドの公開用リポジトリです。

# スライド一覧

- [Stay home, but connect global Python users!](https://ftnext.github.io/2020_slides/connect/slide.html) @[PyCon mini Hiroshima 2020 (2020/10)](https://hiroshima.pycon.jp/2020/)
- [PyCon JP スタッフ活動の紹介](https://ftnext.github.io/2020_slides/staff/slide.html) @[Python Charity Talks in Japan (2020/07)](https://pyconjp.connpass.com/event/177586/)
- [PythonでWeb開発を始めてみよう、Django入門](https://gitpitch.com/ftnext/2020_slides/master?p=django) @[サポーターズ勉強会 (2020/01)](https://supporterzcolab.com/event/1032/)
",
        &[
            "Stay home, but connect global Python users! |  | ",
            "PyCon JP スタッフ活動の紹介 |  | ",
            "PythonでWeb開発を始めてみよう、Django入門 |  | ",
        ],
    );
    // Near miss: links to pages with an `@handle` after them are no
    // talks.
    check(
        "# Reading list

- [Some article](https://example.org/a) @alice
- [Another article](https://example.org/b) @bob
",
        &[],
    );
}

#[test]
fn a_meetup_page_whose_front_matter_lists_the_evenings_talks() {
    // The page is only front matter: `schedule:` items with a title and
    // speakers (mappings with a company) are the talks; the doors, the
    // welcome and the MC's introduction name nobody.
    check(
        "---
date: 2016-05-24 19:00
title: Lightning Talks
schedule:
  - duration: 15
    type: social
    title: Doors Open
  - duration: 5
    type: mc
    title: Welcome and Introductions
  - duration: 5
    type: lightning talk
    speakers:
      - name: Craig Merry
        company: Beacon Safety
    title: Cavalcade, an attempt to incorporate network effects
    description: >
      I'll go over Cavalcade.
  - duration: 5
    type: lightning talk
    speakers:
      - name: Rizwan Javaid
    title: The F Word (Fear)
---
",
        &[
            "Cavalcade, an attempt to incorporate network effects | Craig Merry (Beacon Safety) | ",
            "The F Word (Fear) | Rizwan Javaid | ",
        ],
    );
    // Near miss: one talk's page whose front matter names its speaker and
    // lists a one-item agenda stays that talk.
    check(
        "---
title: Scaling Postgres
speakers:
  - name: Craig Kerstiens
agenda:
  - title: Indexes
    speakers: [Craig Kerstiens]
---

Notes on the talk.
",
        &["Scaling Postgres | Craig Kerstiens | "],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // A talk table whose titles read as jobs (`Becoming a Staff
    // Engineer`) under a `Speaker` column stays a table of talks; a
    // `Speaker:` line before a table of papers keeps the talk.
    check(
        "# LeadDev Berlin 2019

## Talks

| Speaker | Title | Company |
|---|---|---|
| Tanya Reilly | Becoming a Staff Engineer | Squarespace |
| Lara Hogan | From Engineer to Manager | Wherewithall |
| Kim Park | Developer Advocate 101 | Netlify |

## A Critique of the CAP Theorem
Speaker: Martin Kleppmann

| Title | Authors | Year |
|---|---|---|
| Brewer's conjecture and the feasibility of consistent services | Gilbert, Lynch | 2002 |
| CAP twelve years later | Eric Brewer | 2012 |
",
        &[
            "Becoming a Staff Engineer | Tanya Reilly | ",
            "From Engineer to Manager | Lara Hogan | ",
            "Developer Advocate 101 | Kim Park | ",
            "A Critique of the CAP Theorem | Martin Kleppmann | ",
        ],
    );
    // Speakerless rows that are sessions of their own (a fireside chat,
    // an AMA, a demo) stay; registration and lunch go.
    check(
        "# WebConf Vienna 2023

## Schedule

| Time  | Speaker        | Title                                   |
|-------|----------------|-----------------------------------------|
| 09:00 |                | Registration and coffee                 |
| 09:30 | Jane Doe       | The web in 2030                         |
| 11:30 |                | Fireside chat with the Chrome team      |
| 12:00 |                | Lunch                                   |
| 14:00 |                | AMA: Ask the browser vendors anything   |
| 14:30 | Tom Berg       | Edge rendering                          |
| 15:30 | Kim Park       | Web GPU for mortals                     |
| 16:30 | Lena Fischer   | Closing the accessibility gap           |
",
        &[
            "The web in 2030 | Jane Doe | ",
            "Fireside chat with the Chrome team |  | ",
            "AMA: Ask the browser vendors anything |  | ",
            "Edge rendering | Tom Berg | ",
            "Web GPU for mortals | Kim Park | ",
            "Closing the accessibility gap | Lena Fischer | ",
        ],
    );
    // Labels before a colon among items that name people so are no
    // people; a city or a topic in Russian over talks is no speaker.
    check(
        "# Vienna.js meetup archive

## 2025

- 20250625: Jane Doe: Signals in Angular ([video](https://youtu.be/1))
- 20250528: Sam Lee: Bun vs Node ([video](https://youtu.be/2))
- 20250226: State Management: Redux is not dead ([video](https://youtu.be/5))

## Нижний Новгород

* Реактивное программирование на Kotlin. [Слайды](https://example.com/1.pdf)
* Корутины изнутри. [Видео](https://youtu.be/2222)
",
        &[
            "Signals in Angular | Jane Doe | https://youtu.be/1",
            "Bun vs Node | Sam Lee | https://youtu.be/2",
            "State Management: Redux is not dead |  | https://youtu.be/5",
            "Реактивное программирование на Kotlin |  | ",
            "Корутины изнутри |  | https://youtu.be/2222",
        ],
    );
    // Code keeps its braces; a year in a title's own words stays; bold
    // places over a city and a year in a trip report are no talks; a tool
    // after `with` is no co-speaker.
    check(
        "# Notes from RustConf 2019

## Talks

- **Formatting numbers with `{:x}` and `{:08b}`** [[slides](https://example.com/fmt.pdf)]
- **The State of JavaScript, 2019 edition** [[video](https://youtu.be/sojs)]
- **Data cleaning in Python** [[slides](https://example.com/dc.pdf)] <br>
  *with Jupyter Notebooks*

## Places

- **Fushimi Inari**
  Kyoto (2019)
- **Dotonbori**
  Osaka (2018)
",
        &[
            "Formatting numbers with {:x} and {:08b} |  | ",
            "The State of JavaScript, 2019 edition |  | https://youtu.be/sojs",
            "Data cleaning in Python |  | ",
        ],
    );
}
