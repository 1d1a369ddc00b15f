//! Layouts of real notes learnt from the misses of the held-out sets
//! collected in the stop that began 2026-12-04 at 19:09 UTC (holdout79 to
//! holdout81), each pinned down with Markdown in and sessions out
//! (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn marks_as_link_labels_and_the_event_in_brackets_are_no_part_of_a_listed_title() {
    // A README of talks watched, by topic: the event in brackets, the
    // title, a dash and the speaker, then a film mark for the video and a
    // scroll for the author's notes.
    check(
        "# Notes of online talks

## Basics

- [CppCon 2022] Back to Basics: C++ Smart Pointers - David Olsen [:cinema:](https://youtu.be/YokY6HzLkXs) [:scroll:](cppcon-2022/smart_pointers.md)
- [MUC++] \"Embrace No Paradigm Programming!\" - Klaus Iglberger [:cinema:](https://youtu.be/fwXaRH5ffJM) [:scroll:](misc/embrace.md)

## Ranges

- [Meeting C++ 2022] Belle Views on C++ Ranges, their Details and the Devil - Nico Josuttis [🎬](https://youtu.be/O8HndvYNvQ4) [📜](misc/belle_views.md)
",
        &[
            "Back to Basics: C++ Smart Pointers | David Olsen | https://youtu.be/YokY6HzLkXs",
            "Embrace No Paradigm Programming! | Klaus Iglberger | https://youtu.be/fwXaRH5ffJM",
            "Belle Views on C++ Ranges, their Details and the Devil | Nico Josuttis | https://youtu.be/O8HndvYNvQ4",
        ],
    );
}

#[test]
fn a_talk_counted_in_words_and_a_byline_heading_with_the_company() {
    // A blog post on the talks the author saw: `First talk:` before each
    // title, and a small heading `By *Name* from Company` under it, the
    // name not always one a list of given names knows.
    check(
        "---
title: \"Short visit at React Amsterdam\"
---

## First talk: React State Management in a GraphQL Era
###### By *Kristijan Ristovski* from ReactAcademy

The day started great with Kristijan giving a great talk.

## Third talk: Rethinking With React 16
###### By *Manjula Dube* from Bookmyshow

Manjula talked about what React 16 brings to the world.
",
        &[
            "React State Management in a GraphQL Era | Kristijan Ristovski (ReactAcademy) | ",
            "Rethinking With React 16 | Manjula Dube (Bookmyshow) | ",
        ],
    );
}

#[test]
fn a_byline_with_an_unknown_given_name_in_a_paragraph() {
    check(
        "# Conf 2018

## Rethinking With React 16

By *Manjula Dube* from Bookmyshow

Text here.

## GraphQL at scale with AWS

By *Richard Threlkeld* from Amazon

Text.
",
        &[
            "Rethinking With React 16 | Manjula Dube (Bookmyshow) | ",
            "GraphQL at scale with AWS | Richard Threlkeld (Amazon) | ",
        ],
    );
}

#[test]
fn a_speaker_heading_over_the_title_then_its_slides() {
    // Keynotes in Spanish: each heading names the speaker and their
    // handle, the next line gives the title, a colon and the slides.
    check(
        "---
title: PyCon Colombia 2020 - Keynotes
---

Resumen de las charlas principales.

## Andrew Godwin [@andrewgodwin](https://twitter.com/andrewgodwin)
The Scientist and the engineer: [slides original](https://speakerdeck.com/andrewgodwin/the-scientist) / [slides respaldo](https://drive.google.com/file/d/1b/view)

* Los sistemas actuales son demasiado grandes para una sola persona.

## Wes McKinney [@wesmckinn](https://twitter.com/wesmckinn)
Python for Data Analysis: Past, Present, and Future: [slides original](https://www.slideshare.net/wesm/pycon-colombia-2020)

* Arrow.
",
        &[
            "The Scientist and the engineer | Andrew Godwin | ",
            "Python for Data Analysis: Past, Present, and Future | Wes McKinney | ",
        ],
    );
}

#[test]
fn a_days_schedule_of_time_slots_and_events_without_a_room() {
    // A trip report with a `Time | Event` table per day: the talks the
    // author saw, between the opening and the party.
    check(
        "---
title: WeAreDevelopers World Congress 2024
---

## Thursday

| Time          | Event                                               |
| ------------- | --------------------------------------------------- |
| 09:30 — 10:00 | Opening Keynote: Civic Coding, A Framework for Democratic Tech |
| 10:10 — 10:40 | What's New and What's Next in Web UI                |
| 10:50 — 11:20 | Using LLMs in your Product                          |
| 20:00 — 23:59 | Official Congress Party powered by WeAreDevelopers  |

The opening keynote set the tone.
",
        &[
            "Opening Keynote: Civic Coding, A Framework for Democratic Tech |  | ",
            "What's New and What's Next in Web UI |  | ",
            "Using LLMs in your Product |  | ",
        ],
    );
}

#[test]
fn near_misses_of_this_stops_rules_stay_as_they_were() {
    // An itinerary with times but single times, not slots: no talks.
    check(
        "# Trip to Berlin 2024

| Time  | Event                    |
| ----- | ------------------------ |
| 08:00 | Flight to Berlin         |
| 12:00 | Check in at the hotel    |
| 19:00 | Dinner with the team     |
",
        &[],
    );
    // A list item whose link is a title, after a short lead: the link is
    // still the title.
    check(
        "# Talks I liked

- Watched: [Designing Data-Intensive Applications in Practice](https://youtu.be/abc) - Ada Lovelace
- Watched: [The Art of Profiling Rust Services](https://youtu.be/def) - Grace Hopper
",
        &[
            "Designing Data-Intensive Applications in Practice | Ada Lovelace | https://youtu.be/abc",
            "The Art of Profiling Rust Services | Grace Hopper | https://youtu.be/def",
        ],
    );
    // `First impressions: …` is no count of talks.
    check(
        "# RustConf 2023

## First impressions: the hallway track

Lots of people.

## Async Rust in Practice - Jane Doe

Notes.
",
        &["Async Rust in Practice | Jane Doe | "],
    );
}

#[test]
fn a_link_to_whose_abstract_it_is_is_the_headings_page_not_a_talk() {
    // A draft post: each talk's heading, then a link to its abstract on
    // the schedule, named by whose talk it is, then the video.
    check(
        "---
title: BSides SF 2015 talks
---

Two data-driven presentations from BSides SF 2015 are up on YouTube.

#### How to Lie with Statistics, Information Security Edition

[BSides Abstract for Tony's talk](https://bsidessf2015.sched.org/event/2111124302d7368414eaff6e4e4ddf50)

<iframe width=\"640\" height=\"360\" src=\"https://www.youtube-nocookie.com/embed/Zd1Br8TW1mk\" frameborder=\"0\" allowfullscreen></iframe>

#### Lessons Learned from Building and Running MHN

[BSides Abstract for Jason's Talk](https://bsidessf2015.sched.org/event/d67eb601f2047dbec37f7de91c5e18a9)

<iframe width=\"640\" height=\"360\" src=\"https://www.youtube-nocookie.com/embed/vHXKqpBqjAo\" frameborder=\"0\" allowfullscreen></iframe>
",
        &[
            "How to Lie with Statistics, Information Security Edition |  | https://www.youtube.com/watch?v=Zd1Br8TW1mk",
            "Lessons Learned from Building and Running MHN |  | https://www.youtube.com/watch?v=vHXKqpBqjAo",
        ],
    );
}

#[test]
fn the_first_sentence_says_whose_talk_it_was() {
    // A day's write-up, one heading per talk: the notes open by saying who
    // gave it, in the author's words.
    check(
        "# Monitorama PDX 2014, day one

## Please, no More Minutes, Milliseconds, Monoliths... or Monitoring Tools!

The first talk from Adrian Crockford was about monitoring by the second.

## Computers are a Sadness, I am the Cure

Jason Mickens provided the funnest talk of the day. In short Bane == NoSql.

## Metrics 2.0

This was a strange, yet insightful talk about metrics.
",
        &[
            "Please, no More Minutes, Milliseconds, Monoliths... or Monitoring Tools! | Adrian Crockford | ",
            "Computers are a Sadness, I am the Cure | Jason Mickens | ",
            "Metrics 2.0 |  | ",
        ],
    );
    // Not a person: `The first talk from the morning track…`, `The Team
    // presented a talk…` (a sentence's words).
    check(
        "# Monitorama PDX 2014, day one

## Alerting at scale

The first talk from the morning track was about alerts.

## Dashboards

The Team presented a talk on dashboards.

## Logs at scale

Lots of logs.
",
        &[
            "Alerting at scale |  | ",
            "Dashboards |  | ",
            "Logs at scale |  | ",
        ],
    );
}

#[test]
fn a_meetups_schedule_list_with_the_talks_titles_in_quotes() {
    // A meetup's recap: the evening's schedule as a list of time slots;
    // the talks are the quoted titles, linked to their slides, with who
    // gave them and their company.
    check(
        "---
title: \"Watch the video! 15th August 2024 - Meet Up @ Kandji\"
---

Our August meet of 2024 was hosted by the great folks at [Kandji](https://www.kandji.io/).

The schedule was as follows
* 18:30 - 19:00: Arrive and mingle
* 19:10 - 19:40: \"What's New for IT - WWDC 2024\" (not streamed/recorded)
* 19:45 - 19:55: Break and Refreshments
* 20:00 - 20:15: [\"A MacAdmins guide to Security\" - Jack Hollister](/presentations/security.pdf), [Kandji](https://www.kandji.io/)
* 20:20 - 20:35: [\"Monitor24: we watch so you don't have to\"](/presentations/esf.pdf) - Bob Bryden & Craig Hopkins, [Jigsaw24](https://www.jigsaw24.com)
* 21:00 - ?: Open discussion - To the pub!
",
        &[
            "What's New for IT - WWDC 2024 |  | ",
            "A MacAdmins guide to Security | Jack Hollister (Kandji) | ",
            "Monitor24: we watch so you don't have to | Bob Bryden (Jigsaw24); Craig Hopkins (Jigsaw24) | ",
        ],
    );
    // A day's plan of the author's own, times and no quoted titles: no
    // talks.
    check(
        "# Berlin 2024

* 09:00 - 10:00: Breakfast at the hotel
* 10:00 - 12:00: Walk to the museum
* 12:00 - 13:00: Lunch with Ann
",
        &[],
    );
}

#[test]
fn a_keynote_heading_whose_first_sentence_says_who_gave_it() {
    // A team's recap: the first heading is the keynote, its notes open by
    // naming the two people who gave it, linked to their profiles.
    check(
        "---
title: \"EmberConf Recap -- Day 1\"
---

This short blog post highlights some of today's presentations:

### Keynote
This was a really great keynote by [Yehuda Katz](https://twitter.com/wycats) & [Tom Dale](https://twitter.com/tomdale) who highlight where Ember is headed.

- The core team's focus is shifting towards performance

### Service Workers
Service workers are a new browser feature.
",
        &[
            "Keynote | Yehuda Katz; Tom Dale | ",
            "Service Workers |  | ",
        ],
    );
}

#[test]
fn a_speakers_possessive_is_not_part_of_their_name() {
    // A keynote told by the speaker's profile link with a possessive, then
    // the talk's page.
    check(
        "# OSCON Europe 2015

## Sonic Pi

The keynotes were generally really good, but one was in a class of its
own: [Sam Aaron's](https://twitter.com/samaaron)
[live coding with Sonic Pi](http://conferences.oreilly.com/oscon/detail/46068)

<iframe src=\"https://www.youtube.com/embed/TK1mBqKvIyU\" frameborder=\"0\" allowfullscreen></iframe>

## Communicating your ideas

Speaker: Tom Greever

Design is a conversation.
",
        &[
            "Sonic Pi | Sam Aaron | https://www.youtube.com/watch?v=TK1mBqKvIyU",
            "Communicating your ideas | Tom Greever | ",
        ],
    );
}

#[test]
fn near_misses_found_in_review_stay_as_they_were() {
    // A holiday's `Time | Event` table: sights, not talks.
    check(
        "# Rome 2024

## Day 2

| Time          | Event                        |
| ------------- | ---------------------------- |
| 08:00 - 09:00 | Breakfast at the hotel       |
| 09:30 - 12:00 | Guided tour of the Colosseum |
| 15:00 - 18:00 | Vatican Museums              |
| 20:00 - 22:00 | Dinner in Trastevere         |
",
        &[],
    );
    // A day's plan as a slot list with quoted places: nobody gave them
    // (the file stays one page of notes, as before).
    check(
        "# Saturday in Lisbon

* 10:00 - 11:30: \"LX Factory\" - walk and coffee
* 12:00 - 13:30: \"Time Out Market\" - lunch with Pedro Santos
* 14:00 - 17:00: \"Museu do Azulejo\" - with Ana and the kids
",
        &["Saturday in Lisbon |  | "],
    );
    // A talk's video chapters: times alone, not slots; the talk is the
    // file's.
    check(
        "# Notes on \"Simple Made Easy\" (Rich Hickey, Strange Loop 2011)

* 0:00 - opening
* 5:40 - \"Simple vs Easy\" - Hickey's definitions
* 31:10 - \"Guardrail programming\" - his famous joke
",
        &["Notes on \"Simple Made Easy\" | Rich Hickey | "],
    );
    // Organisations, events and places after `talk by` / `from`, or
    // before `presented`, are no speakers.
    check(
        "# DevConf 2024

## Operators

The talk by Red Hat Developer Advocates was mostly a product pitch.

## Migrations

Deutsche Telekom presented a talk about migrating to the cloud.

## Generics

The talk from GopherCon Europe was recorded, see the video.
",
        &["Operators |  | ", "Migrations |  | ", "Generics |  | "],
    );
    // A traveller's `By Night Train from Vienna.` names no speaker.
    check(
        "# RustFest 2024

## Getting there

By Night Train from Vienna.

## Async all the way down

Speaker: Jane Doe (Acme)
",
        // (`Getting there` was a session before these rules too: what is
        // pinned is that the train is nobody.)
        &[
            "Getting there |  | ",
            "Async all the way down | Jane Doe (Acme) | ",
        ],
    );
    // A link named for an abstract, but not for whose talk it is, is a
    // talk's title.
    check(
        "# Talks I want to watch

- [Writing a Great Abstract for Your First Talk](https://example.com/talks/abstracts) by Jane Doe
- [Developer Communities: Let's Talk](https://example.com/talks/communities) by Maria Lopez
",
        &[
            "Writing a Great Abstract for Your First Talk | Jane Doe | ",
            "Developer Communities: Let's Talk | Maria Lopez | ",
        ],
    );
}

#[test]
fn a_schedule_list_in_twelve_hour_time() {
    check(
        "# PyBay meetup, May 2024

* 6:00pm - 6:30pm: Doors open, pizza
* 6:30pm - 7:00pm: “Type Hints at Scale” – Łukasz Langa
* 7:00 PM - 7:30 PM: “Packaging Python in 2024” – Pradyun Gedam
* 7:30pm - 8:00pm: Networking
",
        &[
            "Type Hints at Scale | Łukasz Langa | ",
            "Packaging Python in 2024 | Pradyun Gedam | ",
        ],
    );
}

#[test]
fn a_schedule_table_in_indonesian_with_a_speaker_column() {
    // A meetup's recap: `WAKTU | PEMBICARA | AGENDA` (time, speaker,
    // agenda); the breaks are everyone's (`Peserta`), not talks.
    check(
        "---
title: \"Lombok Dev Meetup #6\"
---

## Kronologi

|WAKTU        |PEMBICARA               |AGENDA                             |
|:-----------:|:----------------------:|:---------------------------------:|
|08.30 - 09.30|Peserta                 |Registrasi Ulang - Sarapan         |
|09.35 - 09.50|Darmawan Zulkifli       |Getting started with docker        |
|09.55 - 10.10|Dian A. Rahman          |Player Controller 2D               |
|11.55 - 13.00|Peserta                 |Coffe Break, Networking, Ishoma    |
|13.00 - 13.15|Pahrizal Ma'rup         |Intro to LumPy!                    |
",
        &[
            "Getting started with docker | Darmawan Zulkifli | ",
            "Player Controller 2D | Dian A. Rahman | ",
            "Intro to LumPy! | Pahrizal Ma'rup | ",
        ],
    );
    // A day's plan with the same columns but nobody named: no talks
    // from the table.
    check(
        "# Liburan ke Bali

|WAKTU        |AGENDA                    |
|-------------|--------------------------|
|08.00 - 09.00|Sarapan di hotel          |
|09.30 - 12.00|Pantai Kuta               |
|13.00 - 14.00|Makan siang               |
",
        // (The file stays one page of notes, as before.)
        &["Liburan ke Bali |  | "],
    );
}

#[test]
fn a_table_with_no_title_header_whose_cells_read_title_by_name() {
    // A meetup group's page: `| Date | Info |`, each meetup's recording on
    // its date's row, then its talks on rows of their own, `Title by Name`
    // with the slides' link and asides in parentheses.
    check(
        "# Rust Malaysia

## Previous Meetups

| Date | Info |
|----|----|
| 2019-11-13 | Recording [Rust Lang Meetup - November 2019](https://www.youtube.com/watch?v=mgmq3YnfWxs) |
|            | Contributing to Rust by Ivan Tham ([Slides](/assets/2019/11/13/1-contrib/slide.txt)) |
|            | Rust 101 Struct, Enum, Pattern Matching (Easy) by Ivan Tham ([Slides](/assets/2019/11/13/2-struct/slide.txt)) |
| 2019-01-09 | Recording [Rust Lang Meetup - January 2019](https://youtu.be/yfQB2O5X6tQ) |
|            | Closures in Rust ([Slides](https://slides.com/shulhisapli/deck)) by Shulhi Sapli |
|            | DOM vs VDOM vs Rust-Dominator by Chong Tien Pow (remote from Penang) |
",
        &[
            "Contributing to Rust | Ivan Tham | ",
            "Rust 101 Struct, Enum, Pattern Matching | Ivan Tham | ",
            "Closures in Rust | Shulhi Sapli | ",
            "DOM vs VDOM vs Rust-Dominator | Chong Tien Pow | ",
        ],
    );
    // A reading list with `by` in two of its rows only: no talks.
    check(
        "# Books 2024

| Month | Book |
|----|----|
| Jan | Dune by Frank Herbert |
| Feb | Some essays I liked |
| Mar | Notes on the garden |
| Apr | Walking in the Alps |
",
        &[],
    );
}
