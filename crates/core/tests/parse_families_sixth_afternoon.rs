//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 09:57 UTC (the misses left in
//! holdout171, then holdout173 and holdout174), each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`),
//! with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_trip_report_of_talks_each_followed_by_its_video_thumbnail() {
    // A day's talks as one-item lists, each followed by a paragraph that
    // is only a YouTube thumbnail linking to the recording: the items are
    // one list (two of them too), each thumbnail its item's recording.
    // A job title with `Site Reliability` is no person.
    check(
        "# KubeCon trip notes

### Wednesday

- Deep dive: Kubernetes IoT Edge WG – Cindy Xing, Huawei; Dejan Bosanac, Red Hat

[![Edge WG](http://img.youtube.com/vi/nWFkxuRvZ7U/0.jpg)](http://www.youtube.com/watch?v=nWFkxuRvZ7U)

- Evolution of Integration and Microservices with Service Mesh and Ballerina - Christian Posta, Red Hat

[![Christian Posta](http://img.youtube.com/vi/rRrJKM0BAAo/0.jpg)](http://www.youtube.com/watch?v=rRrJKM0BAAo)

### Thursday

- Keynote: Smooth Operator: Large Scale Automated Storage with Kubernetes - Celina Ward, Software Engineer & Matt Schallert, Site Reliability Engineer, Uber

[![Keynote](http://img.youtube.com/vi/aDFm5KaTaOk/0.jpg)](http://www.youtube.com/watch?v=aDFm5KaTaOk)

- You Can't Have a Cluster Without a Cluster - Kris Nova, Heptio

[![Kris Nova](http://img.youtube.com/vi/CLVIbCs2VJY/0.jpg)](http://www.youtube.com/watch?v=CLVIbCs2VJY)

- The Telco Networking Journey to Cloud Native - Heather Kirksey, The Linux Foundation

[![Telco](http://img.youtube.com/vi/BkH83WuO2KQ/0.jpg)](http://www.youtube.com/watch?v=BkH83WuO2KQ)
",
        &[
            "Deep dive: Kubernetes IoT Edge WG | Cindy Xing (Huawei); Dejan Bosanac (Red Hat) | http://www.youtube.com/watch?v=nWFkxuRvZ7U",
            "Evolution of Integration and Microservices with Service Mesh and Ballerina | Christian Posta (Red Hat) | http://www.youtube.com/watch?v=rRrJKM0BAAo",
            "Keynote: Smooth Operator: Large Scale Automated Storage with Kubernetes | Celina Ward (Uber); Matt Schallert (Uber) | http://www.youtube.com/watch?v=aDFm5KaTaOk",
            "You Can't Have a Cluster Without a Cluster | Kris Nova (Heptio) | http://www.youtube.com/watch?v=CLVIbCs2VJY",
            "The Telco Networking Journey to Cloud Native | Heather Kirksey (The Linux Foundation) | http://www.youtube.com/watch?v=BkH83WuO2KQ",
        ],
    );
    // Near miss: a title linking to its video opens the next talk; it is
    // no recording of the item above (a watch list of links over comments).
    check(
        "# 33C3 watchlist

## The fun

[Where in the World Is Carmen Sandiego?](https://media.ccc.de/v/33c3-7964-carmen)
- A talk about travel booking systems and the burden of their history.

[A data point walks into a bar](https://media.ccc.de/v/33c3-7999-data)
- Short and good talk about the difference between a datum and data.

[Exploiting PHP7 unserialize](https://media.ccc.de/v/33c3-7858-php7)
- Back to basics: you are still vulnerable to low-level bugs.
",
        &[
            "Where in the World Is Carmen Sandiego? |  | https://media.ccc.de/v/33c3-7964-carmen",
            "A data point walks into a bar |  | https://media.ccc.de/v/33c3-7999-data",
            "Exploiting PHP7 unserialize |  | https://media.ccc.de/v/33c3-7858-php7",
        ],
    );
}

#[test]
fn a_kramdown_schedule_table_without_a_header_row() {
    // Jekyll front matter with tabs after its colons; an HTML day heading
    // over kramdown rows (`|---|` and `| ===` separators, no header or
    // delimiter row): time, a student mark, speaker, title. A block's
    // opening row names its chair; breaks name nobody.
    check(
        "---
layout: page
title:\tSchedule
---

<h2> Friday </h2>

|------------------------------------------|
|\t8:00\t–\t8:30\t|\t\t|\t\t\tRegistration and breakfast\t|
| ===
|\t8:30\t\t\t|\t\t|\t**Session 1: HEP**\t|\tChair: Ashmeet Singh\t|
|\t8:42\t–\t8:54\t|\t*\t|\tNico Salzetta\t|\tSpacetime from Unentanglement\t|
|\t8:54\t–\t9:06\t|\t*\t|\tPratik Rath\t|\tHolography in general spacetimes\t|
|\t9:06\t–\t9:18\t|\t\t|\tAron Wall\t|\tOperators in Spherical CFT<sub>d</sub>\t|
|\t9:18\t–\t9:30\t|\t*\t|\tTaha Ahmad Malik\t|\tA novel definition of entropy\t|
|\t9:30\t–\t9:42\t|\t*\t|\tYousef Izadi\t|\tHolographic Dual of Asymptotically Flat Spacetimes\t|
| ===
|\t10:30\t–\t11:00\t|\t\t|\tCoffee break\t|\t\t|
",
        &[
            "Spacetime from Unentanglement | Nico Salzetta | ",
            "Holography in general spacetimes | Pratik Rath | ",
            "Operators in Spherical CFTd | Aron Wall | ",
            "A novel definition of entropy | Taha Ahmad Malik | ",
            "Holographic Dual of Asymptotically Flat Spacetimes | Yousef Izadi | ",
        ],
    );
}

#[test]
fn pipe_rows_pasted_under_an_agenda_without_a_header() {
    // `|time | title | speaker |` rows with no header or delimiter row;
    // most speakers link to their page, names with particles (`Juan de
    // Bravo`), breaks with an empty speaker cell.
    check(
        "# Agenda

|10:15 - 11:00 | Designing and Building your Internal (Developer) Platform | [Rubén González Blanco](speakers/ruben_gonzalez) | 
|11:00 - 11:30 | Passkeys and DPoP - Strengthening Service Access Security | [David Lozano](speakers/david_lozano) | 
|11:30 - 12:00 | When One Door Closes, Another Opens | Mariluz Congosto | 
|12:00 - 12:30 | Coffee Break |  | 
|13:00 - 13:30 | Strengthening the Foundations of Cryptography | [Fernando de la Iglesia](speakers/fernando_de_la_iglesia) | 
|13:30 - 14:00 | Old Man Yells at the Cloud | [Javier Provecho](speakers/javier_provecho) | 
",
        &[
            "Designing and Building your Internal (Developer) Platform | Rubén González Blanco | ",
            "Passkeys and DPoP - Strengthening Service Access Security | David Lozano | ",
            "When One Door Closes, Another Opens | Mariluz Congosto | ",
            "Strengthening the Foundations of Cryptography | Fernando de la Iglesia | ",
            "Old Man Yells at the Cloud | Javier Provecho | ",
        ],
    );
    // Near misses: pipe lines inside prose are no table; an itinerary
    // names nobody beside its times.
    check(
        "# Trip

## Day one

| 9:00 | Breakfast at the hotel |
| 10:00 | Walk to the venue and pick up badges |
| 12:00 | Lunch by the harbour with the team |
| 14:00 | Afternoon sessions and hallway track |
",
        &[],
    );
    // Near miss: a schedule's note linking to a part below (`see
    // [below](#after-event)`) does not make that part a talk.
    check(
        "# FOSS4G Hub

# Schedule

|  8:30 am | Registration & Coffee |
|  9:00 am | Conference Opening |
|  5:30 pm | After Event Gathering<br><small>See [below](#after-event) for details</small> |

# After Event

Join us from 5:30pm at The Patriot.
",
        &[],
    );
}

#[test]
fn a_speakers_own_talks_each_after_its_event_and_date() {
    // Year headings over `Event [dd.mm] _Title_ [🔗](slides) [📽️](video)`
    // items: the italics are the title, whole (a dash and a year in it
    // too); the event and its date say where it was given; the page names
    // no speaker.
    check(
        "## 2022
* dev.js Summit 2022 [13.10] _Porządki w kodzie - JS Clean Architecture_ [🔗](https://mat3e.github.io/talks/js-arch/devjssummit.html#/) [📽](https://www.youtube.com/watch?v=TOVobKN_4X0)
* Ya!vaConf 2022 [28.09] _Nieoczywiste funkcje Springa_ [🔗](https://github.com/mat3e/less-popular-spring-functions)
* BB Days 4 IT 2022 [10.09] _Subiektywny przegląd front-endów (2022)_ [🔗](https://mat3e.github.io/talks/fe-overview/BBDays4IT.html)

## 2019
* DevFest Warsaw & Radzymin [08.12]: _Web Componenty jako lingua franca front-endu_ [🔗](https://mat3e.github.io/talks/components/devfest.html)
* C_tech 15 [20.11]: _Subiektywny przegląd sytuacji na froncie (prawie 2020)_ [🔗](https://mat3e.github.io/talks/fe-overview/c_tech.html)
* GSK TechFest [03.12] _A fairy tale about 3 pigs (Domain-Driven Design and Clean Architecture)_
",
        &[
            "Porządki w kodzie - JS Clean Architecture |  | https://www.youtube.com/watch?v=TOVobKN_4X0",
            "Nieoczywiste funkcje Springa |  | ",
            "Subiektywny przegląd front-endów (2022) |  | ",
            "Web Componenty jako lingua franca front-endu |  | ",
            "Subiektywny przegląd sytuacji na froncie (prawie 2020) |  | ",
            "A fairy tale about 3 pigs (Domain-Driven Design and Clean Architecture) |  | ",
        ],
    );
    // Near miss: a diary's dated items with a word in italics are no talks.
    check(
        "# Trip

## Log
* Monday [12.05] _tired_ after the flight
* Tuesday [13.05] the _best_ coffee in town
* Wednesday [14.05] walked to the old town
",
        &[],
    );
}

#[test]
fn speakers_with_handles_over_their_talk_titles_after_a_list_of_the_talks() {
    // A slotted list of `[Name - Title](…#anchor)` links to the parts
    // below; each part a `### Name [@handle](…)` heading right over `####
    // [Title](…)` (given names known or not, one speaker three times);
    // lightning talks as `#### Name [@handle](…)` over a linked title.
    check(
        "# Rails Israel 2013

## The talks I listened to
*  9:10 [Chad Fowler - Disposable Components](https://github.com/m/RailsIsrael#chad-fowler-chadfowler)
*  9:40 [Yehuda Katz - Off the Menu: Building a Client-Side With Ember](https://github.com/m/RailsIsrael#yehuda-katz-wycats)
* 13:00 [Andre Arko - Deathmatch: Bundler vs. Rubygems.org](https://github.com/m/RailsIsrael#andre-arko-indirect)

***

### Chad Fowler [@chadfowler](http://www.twitter.com/chadfowler)
#### [Disposable Components](http://railsisrael2013.events.co.il/presentations/852)

* write tiny units

***

### Yehuda Katz [@wycats](http://www.twitter.com/wycats)
#### [Off the Menu: Building a Client-Side With Ember](http://railsisrael2013.events.co.il/presentations/849)

* bootstrap a resource

***

### Andre Arko [@indirect](http://www.twitter.com/indirect)
#### [Deathmatch: Bundler vs. Rubygems.org](http://railsisrael2013.events.co.il/presentations/865)

* measure intensively

## Lightning talks

#### Andre Arko [@indirect](http://www.twitter.com/indirect)
* [You don't know bundler](http://railsisrael2013.events.co.il/presentations/1)

#### Krzysztof Knapik [@knapo](http://www.twitter.com/knapo)
* [mongodb + mail queue + rails ? Yes!](http://railsisrael2013.events.co.il/presentations/2)

## DevConTLV

### Vicent Marti [@vmg](http://www.twitter.com/vmg)
#### [My Mom Told Me That git Doesn't Scale](http://devcon-oct13.events.co.il/presentations/1042)

* how to scale git

### Andre Arko [@indirect](http://www.twitter.com/indirect)
#### [The Iceberg of Webdev](http://devcon-oct13.events.co.il/presentations/1037)

* production is different
",
        &[
            "Disposable Components | Chad Fowler | ",
            "Off the Menu: Building a Client-Side With Ember | Yehuda Katz | ",
            "Deathmatch: Bundler vs. Rubygems.org | Andre Arko | ",
            "You don't know bundler | Andre Arko | ",
            "mongodb + mail queue + rails ? Yes! | Krzysztof Knapik | ",
            "My Mom Told Me That git Doesn't Scale | Vicent Marti | ",
            "The Iceberg of Webdev | Andre Arko | ",
        ],
    );
}

#[test]
fn talks_each_over_an_embedded_player_then_line_breaks() {
    // `* [Name](twitter) - Title`, the YouTube `<iframe>` on the next
    // line, `<br><br>` between the talks: each one list item, its player
    // its recording and no words of its title.
    check(
        "# SC Turkey

## Events / Etkinlikler

* [Taha Özket](https://twitter.com/tahaozket) - Cloud Native nedir?
<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/0pAnxIXhO-w?rel=0\" frameborder=\"0\" allowfullscreen></iframe>

<br><br>

* [Hasan Ünal](https://twitter.com/hasanunalcom) - Java 9: Açık, Modüler, Küçük
<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/_2B27oTbeNs?rel=0\" frameborder=\"0\" allowfullscreen></iframe>
",
        &[
            "Cloud Native nedir? | Taha Özket | https://www.youtube.com/watch?v=0pAnxIXhO-w",
            "Java 9: Açık, Modüler, Küçük | Hasan Ünal | https://www.youtube.com/watch?v=_2B27oTbeNs",
        ],
    );
}

#[test]
fn a_meetup_archive_of_headings_over_labelled_materials() {
    // `## :emoji: date - Title` over `**Recording:** [Title - Meet-up
    // #22](video)`, `**Kata:** [Name](repo)`, `**Slides:** [Deck](…)`: a
    // label in bold is no speaker, and a label's one link is the part's
    // material, no talk of its own.
    check(
        "# Past Meet-ups

## :ambulance: 2020.10.10 - Scalable Architecture 101

Message Queues, Caches & SQL/NoSQL databases.

**Recording:** [Scalable Architecture 101 - Software Crafters Karachi, Meet-up #22](https://youtu.be/Ql9eaIM6Ss8)

**Architecture Kata:** [Scalable Chat App](https://github.com/karachi-katas/scalable-chat-app-architecture-kata)

**Slides:** [Presentation Meetup#22](https://docs.google.com/presentation/d/1ke9j0)

## :jack_o_lantern: 2020.10.03 - Code Smells

**Recording:** [Code Smells - Software Crafters Karachi, Meet-up #21](https://youtu.be/ZdJu7hWhSgs)

**Kata:** [AgileTechPraxis CodeSmells](https://github.com/karachi-katas/CodeSmells)

**Slides:** [Presentation Meetup#21](https://docs.google.com/presentation/d/1sm96V)
",
        &[
            "Scalable Architecture 101 |  | https://youtu.be/Ql9eaIM6Ss8",
            "Code Smells |  | https://youtu.be/ZdJu7hWhSgs",
        ],
    );
    // Near miss: a speaker's name in bold before the recording is who
    // gave it.
    check(
        "# Talks

## Reproducible research

**Robert Erdmann** ([video](https://youtu.be/abcdefghijk))
",
        &["Reproducible research | Robert Erdmann | https://youtu.be/abcdefghijk"],
    );
}

#[test]
fn a_meetup_archive_of_dates_over_names_then_titles_in_backticks() {
    // `#### date` headings (the same date three times is no label) over
    // `- Name `Title` [web](…)` or `- Name: `Title``: the title in
    // backticks after the person.
    check(
        "# Elixir Wroclaw

## meetups

#### 2023-10-12
- Fabian Król: `:dbg intro` [web](https://fabiankrol.github.io/dbg_intro/)
- Mateusz Tuński: `Streamlining Asynchronous Workflows with Oban` [web](https://tunski.co/decks/oban)

#### 2019-05-22
- Łukasz Niemier `Who supervises supervisors?` [web](https://speakerdeck.com/hauleth/who), [recording](https://www.youtube.com/watch?v=YQFF7y821PI)

#### 2019-05-22
- Lucjan Suski `Introducing Phoenix LiveData` [recording](https://www.youtube.com/watch?v=fvNy9bh8_vs)

#### 2019-05-22
- Robert Szczygieł `Beyond request-response cycle` [pdf](./meetups/beyond.pdf)
- Marcin Wysocki `Debugging Elixir in production` [pdf](./meetups/debugging.pdf)
",
        &[
            ":dbg intro | Fabian Król | ",
            "Streamlining Asynchronous Workflows with Oban | Mateusz Tuński | ",
            "Who supervises supervisors? | Łukasz Niemier | https://www.youtube.com/watch?v=YQFF7y821PI",
            "Introducing Phoenix LiveData | Lucjan Suski | https://www.youtube.com/watch?v=fvNy9bh8_vs",
            "Beyond request-response cycle | Robert Szczygieł | ",
            "Debugging Elixir in production | Marcin Wysocki | ",
        ],
    );
    // Near miss: a command in backticks after a verb is no talk.
    check(
        "# Setup

## Steps

- Install with `npm install confnotes` [docs](https://example.org/docs)
- Then run `npm start` [guide](https://example.org/guide)
",
        &[],
    );
}

#[test]
fn a_japanese_timetable_with_a_session_column() {
    // `| 開始時間 | 終了時間 | 時間 | セッション | 登壇者 |`: `セッション`
    // names the title column; a break (`休憩`) with no speaker is no talk.
    check(
        "# タイムテーブル

| 開始時間 | 終了時間 | 時間 | セッション | 登壇者 |
| --- | --- | --- | --- | --- |
| 13:10 | 13:30 | 0:20 | ゲストセッション | [古賀 洋平](https://twitter.com/KYhei) さん |
| 13:30 | 13:40 | 0:10 | 休憩 | |
| 13:40 | 14:00 | 0:20 | [Scala福岡](https://scala.connpass.com/) | 西立野([@shomatan](https://connpass.com/user/Shoma))さん |
| 14:20 | 14:40 | 0:20 | [GBEC Park](https://gbec.connpass.com/) | 吉野([@ayasamind](https://connpass.com/user/Yoshino/))さん |
",
        &[
            "ゲストセッション | 古賀 洋平 | ",
            "Scala福岡 | 西立野 | ",
            "GBEC Park | 吉野 | ",
        ],
    );
    // Near miss: a closing discussion with no speaker stays a session.
    check(
        "# TLA+ Conf

| Time | Talk | Speaker |
| --- | --- | --- |
| 9:00 | Model checking at scale | Ada Lovelace |
| 9:30 | Proofs in practice | Grace Hopper |
| 12:00 | Lunch | |
| 16:00 | Discussion and wrap-up | |
",
        &[
            "Model checking at scale | Ada Lovelace | ",
            "Proofs in practice | Grace Hopper | ",
            "Discussion and wrap-up |  | ",
        ],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // A speaker's name as a bold label before the talk's links is who gave it.
    check(
        "# Software Crafters Madrid

## Intro to TDD

**Jane Doe:** [slides](https://speakerdeck.com/jdoe/tdd), [video](https://www.youtube.com/watch?v=TDD1)

## Hexagonal architecture

**Carlos Ruiz:** [slides](https://speakerdeck.com/cruiz/hex)

## Legacy code katas

**Marta López:** [repo](https://github.com/mlopez/katas)
",
        &["Intro to TDD | Jane Doe | https://www.youtube.com/watch?v=TDD1", "Hexagonal architecture | Carlos Ruiz | ", "Legacy code katas | Marta López | "],
    );
    // Thumbnails before each item: none is the item above's recording.
    check(
        "# RustConf 2021 recordings

## Day 1

[![Day 1 opening](https://img.youtube.com/vi/AAA111/0.jpg)](https://www.youtube.com/watch?v=AAA111)

* Opening Keynote - Steve Klabnik

[![Async](https://img.youtube.com/vi/BBB222/0.jpg)](https://www.youtube.com/watch?v=BBB222)

* Async Rust in Practice - Jane Lusby

[![Wasm](https://img.youtube.com/vi/CCC333/0.jpg)](https://www.youtube.com/watch?v=CCC333)

* Compiling to Wasm - Lin Clark
",
        &[
            "Opening Keynote | Steve Klabnik | ",
            "Async Rust in Practice | Jane Lusby | ",
            "Compiling to Wasm | Lin Clark | ",
        ],
    );
    // An itinerary pasted as pipe rows: places are no speakers.
    check(
        "# Paris in three days

## Day 1

|09:00 | Breakfast and a walk through the gardens | Jardin des Tuileries |
|11:00 | Picnic lunch by the river with baguettes | Quai de Conti |
|14:00 | Train to Versailles for the afternoon | Gare de Lyon |
|19:00 | Dinner at a small bistro in the Marais | Rue de Turenne |
",
        &[],
    );
    // A recording label over a link that names who gave it is a talk.
    check(
        "# Software Crafters Barcelona

## Meetup #21 — March 2020

**Recording:** [Jane Doe - Outside-in TDD with Kotlin](https://www.youtube.com/watch?v=TDD21)

## Meetup #22 — April 2020

**Recording:** [Marc Puig - Mutation testing in practice](https://www.youtube.com/watch?v=MUT22)

## Meetup #23 — May 2020

**Slides:** [Laura Vidal - Event storming remotely](https://speakerdeck.com/lvidal/es)
",
        &[
            "Outside-in TDD with Kotlin | Jane Doe | https://www.youtube.com/watch?v=TDD21",
            "Mutation testing in practice | Marc Puig | https://www.youtube.com/watch?v=MUT22",
        ],
    );
}
