//! Layouts of real notes learnt from the misses of the held-out sets
//! (holdout100 to holdout107) in the stop that began 2026-12-05 at 03:52
//! UTC, each pinned down with Markdown in and sessions out (`title |
//! speakers (org) | recording`), with the near misses that must stay as
//! they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_speakers_label_after_the_titles_dash_or_colon() {
    // A meetup's README: each talk a link whose text names who gave it
    // after a speaker's label (`Palestrante:`), after a dash or after the
    // talk's length; `Workshop …` before the dash is no event's name.
    check(
        "# Meetup: Coders in Rio

### 1º Meetup: 08/05/2017

- [Asp.NET CORE (30 min): Palestrante: Rafael Cruz](https://github.com/codersinrio/meetups/tree/master/1-Meetup/aspnetcore) | [Slides](https://www.slideshare.net/rafaelcruz7334/aspnet-core-75826775)

- [Introdução à TypeScript & Features Ts 2.x - Palestrante: Glaucia Lemos](https://github.com/glaucia86/palestra-typescript) | [Slides](https://pt.slideshare.net/GlauciaLemos/palestra)

### 4º Meetup: (28/08/2017)

- [Workshop AngularJs 1.x - Palestrante: Rafael Cruz](https://github.com/codersinrio/meetups/tree/master/4-Meetup/AngularJs) | [Slides](https://www.slideshare.net/rafaelcruz7334/angularjs-1x-meetup-coders-in-rio)

- [NoSql Destilado - Palestrante: Leonardo Gloria] | [Slides](https://github.com/codersinrio/meetups/tree/master/5-Meetup/Palestra2)
",
        &[
            "Asp.NET CORE | Rafael Cruz | ",
            "Introdução à TypeScript & Features Ts 2.x | Glaucia Lemos | ",
            "Workshop AngularJs 1.x | Rafael Cruz | ",
            "NoSql Destilado | Leonardo Gloria | ",
        ],
    );
}

#[test]
fn talks_at_the_top_level_with_a_speaker_sub_heading() {
    // Each talk a `#` heading, who gave it in a `### Speaker - Name@Org`
    // sub-heading right under it (a key, a dash, the person glued to
    // their organisation by `@`); the notes' own sub-headings stay notes.
    check(
        "# Modular vs Monolith
### Speaker - Tim Oxley@NodeSource

- node js는 수명이 짧아 프레임워크를 만드는 것보다 라이브러리를 만드는 것이 더 도움이 된다.

### 장점

- 오버엔지니어링을 하지 말자

# npm:>=3
### Speaker - Kat Marchán@npm inc

- npm은 자바스크립트 패키지 매니저!

# Pipe: 콜백지옥의 또 다른 거짓 선지자
### Speaker - 조승연@KnowRe

- 콜백 지옥
",
        &[
            "Modular vs Monolith | Tim Oxley (NodeSource) | ",
            "npm:>=3 | Kat Marchán (npm inc) | ",
            "Pipe: 콜백지옥의 또 다른 거짓 선지자 | 조승연 (KnowRe) | ",
        ],
    );
}

#[test]
fn a_name_and_an_at_sign_before_an_organisation_but_not_a_handle() {
    // `Name @ Org` and `Name@Org` name the organisation; `Name @handle`
    // stays a handle, not an organisation.
    check(
        "# Conf

## Serverless and CatOps
Speaker: Pam Selle @pamasaur

Notes.

## Modular vs Monolith
Speaker: Tim Oxley @ NodeSource

Notes.
",
        &[
            "Serverless and CatOps | Pam Selle | ",
            "Modular vs Monolith | Tim Oxley (NodeSource) | ",
        ],
    );
}

#[test]
fn what_the_headings_share_before_their_dash_is_no_title() {
    // One talk's notes: its parts `### Pattern - Common Domain`, `###
    // Pattern - Expose Helper`… share what comes before the dash, so
    // what follows it names no speaker; the talk is the file's heading,
    // a day's numbered session before its title.
    check(
        "# Monday Session 3: Rails Engine Patterns

## Presenter: Andy Maleh

### Benefits of Engines

* shared code across controller, models and views

### Pattern - Common Domain

* models shared

### Pattern - Expose Helper

* helpers shared

### Pattern - Expose Partial

* partials shared
",
        &["Rails Engine Patterns | Andy Maleh | "],
    );
}

#[test]
fn a_slot_and_length_line_then_the_speakers_and_tags() {
    // Under each talk's heading, its start time and length, then who gave
    // it, then its product tags after a semicolon; a slot with no people
    // names nobody.
    check(
        "# HashiTalks 2023

## How Terraform Helps Us Catch Bad Guys at Sea
1:05 pm → 30 min, Jonathann Zenou; Terraform 

The company is called Windward.

## Waypoint in Practice
3:35 pm → 30 min, Bram Vogelaar, Fokke Dekker; Waypoint 

Notes.

## Some Break Talk Title
5:05 pm → 10 min

Notes.
",
        &[
            "How Terraform Helps Us Catch Bad Guys at Sea | Jonathann Zenou | ",
            "Waypoint in Practice | Bram Vogelaar; Fokke Dekker | ",
            "Some Break Talk Title |  | ",
        ],
    );
}

#[test]
fn a_speakers_label_over_people_with_their_roles() {
    // `Speaker(s):` as a line or as a sub-heading, over list items that
    // give each person, their handle in parentheses, then their role and
    // organisation after a colon.
    check(
        "# Overview

The following will serve as my personal takeaways.

## (Keynote) The Rise of Real-Time

Speaker(s):

  + Jay Kreps ([@jaykreps](https://twitter.com/jaykreps)): CEO, Co-Founder, Confluent
  + James Watters ([@wattersjames](https://twitter.com/wattersjames)): SVP, Strategy, Pivotal

### Key points:
+ transformations in many industries

## The Migration to Event-Driven Microservices

### Speaker(s):

  + Adam Bellemare ([@AdamBellemare](https://twitter.com/AdamBellemare)): Staff Data Platform Engineer, Flipp

### Key points:
+ events as the source of truth
",
        &[
            "The Rise of Real-Time | Jay Kreps (Confluent); James Watters (Pivotal) | ",
            "The Migration to Event-Driven Microservices | Adam Bellemare (Flipp) | ",
        ],
    );
}

#[test]
fn by_a_person_from_their_organisation() {
    // `Title by Name from Org`, the name one this project does not know.
    check(
        "# Kafka Summit London 2024

## Bo-stream-ian Rhapsody by Chris Egerton from Aiven OSPO

Notes.

## Kafka Tiered Storage adoption by Lixin Yao from Apple

Notes.
",
        &[
            "Bo-stream-ian Rhapsody | Chris Egerton (Aiven OSPO) | ",
            "Kafka Tiered Storage adoption | Lixin Yao (Apple) | ",
        ],
    );
}

#[test]
fn bold_titles_opening_paragraphs_about_them() {
    // A recap told in paragraphs: each opens with the talk's bold title,
    // `by` and the speaker's link, and the sentence goes on about it (or
    // a colon, the speaker's link, and a sentence).
    check(
        "# Front Trends 2017

## The talks, in order of my personal preference

**The How, What and Why of migrating to ReactJS** by [Jack Franklin](https://twitter.com/Jack_Franklin/) was not about React, but all about migrating complex software.

They did it by incremental migration.

**Field-tested interfaces for the next billion** by [Ally Long](https://twitter.com/allyelle) ([slides](https://speakerdeck.com/allyelle/field-tested)) was about regions which are not as well connected.

**Alternative Reality DevTools** by [Konrad Dzwinel](https://twitter.com/kdzwinel/) started with the history of browser dev tools.

**I'm in IoT**: [Vadim Makeev](https://twitter.com/pepelsbey_/) controlled lamps and drones on stage with his browser.
",
        &[
            "The How, What and Why of migrating to ReactJS | Jack Franklin | ",
            "Field-tested interfaces for the next billion | Ally Long | ",
            "Alternative Reality DevTools | Konrad Dzwinel | ",
            "I'm in IoT | Vadim Makeev | ",
        ],
    );
}

#[test]
fn sub_headings_that_repeat_their_talks_number_are_its_notes() {
    // Numbered talk headings, their notes' sub-headings repeating the
    // number (`### 05 Vue 3 - portals`), or the talk's words before a
    // dash, whatever follows the dash.
    check(
        "# Vueconf '20 Day 1

## 02 Vue Router - Eduardo San Martin Morote

### 02 Vue Router - Navigation Guards

Notes.

### 02 Vue Router - Scroll Behavior

Notes.

## 05 Vue 3 - Alex Kyriakidis

### 05 Vue 3 - portals

Notes.

### 05 Vue 3 - CompositionAPI

Notes.

### 05 Vue 3 - Suspense

Notes.
",
        &[
            "Vue Router | Eduardo San Martin Morote | ",
            "Vue 3 | Alex Kyriakidis | ",
        ],
    );
}

#[test]
fn by_a_person_a_slash_and_their_organisation() {
    // `Title by Name / Org (gold sponsor)`: the sponsor's note is no part
    // of the organisation.
    check(
        "# CloudNative Days Fukuoka 2019

## Kubernetesはキャズムを超えるのか by Shingo Kitayama / Red Hat (gold sponsor)

- クラウドネイティブとはマイクロサービスであるみたいな言い方をされた時にどう思いますか？？

## Kubernetes and Beyond by Yusuke Kuoka / Z Lab Corporation

- CNCFによるクラウドネイティブの定義
",
        &[
            "Kubernetesはキャズムを超えるのか | Shingo Kitayama (Red Hat) | ",
            "Kubernetes and Beyond | Yusuke Kuoka (Z Lab Corporation) | ",
        ],
    );
}

#[test]
fn addresses_and_people_met_in_a_list_are_no_talks() {
    // A list of the talks' addresses after the talks' headings, and a
    // list of the people the author met (names and their profiles).
    check(
        "# PyCon India 2017

I was also introduced to other folk who I met for the first time:

* Himanshu Awasthi [@IHackPY](https://www.twitter.com/IHackPY)
* Jaysinh Shukla [@Jaysinhp](https://www.twitter.com/Jaysinhp)
* Shivam Singhal [@championshuttler](https://github.com/championshuttler)

## Talks

### Mentoring: What, Why, How - Noufal Ibrahim

Notes.

### How import works in Python - Sasidhar Donaparthi

Notes.

### Links

- https://cfp.cfgmgmtcamp.org/ghent2026/talk/CE9YF8/
- https://cfp.cfgmgmtcamp.org/ghent2026/talk/QLFDWN/
- https://cfp.cfgmgmtcamp.org/ghent2026/talk/VM78AU/
",
        &[
            "Mentoring: What, Why, How | Noufal Ibrahim | ",
            "How import works in Python | Sasidhar Donaparthi | ",
        ],
    );
}

#[test]
fn by_a_person_then_a_dash_and_the_authors_words() {
    // A top five: the talk's recording as a link, `by` and who gave it,
    // then after a dash what the author thought of it.
    check(
        "---
title: The best of Javazone 2015
---

1. [Java 8 JVM Memory and Thread Management](https://vimeo.com/138955223) by Ken Sipe – a very good explanation of the Java memory model.
2. [Building a Carputer: Java and teh Automotive Internet of Things](https://vimeo.com/138763193) by Simon Ritter – Java, Raspberry Pi and an Audi S3 - how awesome can it be?
3. [The Rule of Three](https://vimeo.com/138863968) by Kevlin Henney - as always, a hilarious talk about everything and nothing.
",
        &[
            "Java 8 JVM Memory and Thread Management | Ken Sipe | https://vimeo.com/138955223",
            "Building a Carputer: Java and teh Automotive Internet of Things | Simon Ritter | https://vimeo.com/138763193",
            "The Rule of Three | Kevlin Henney | https://vimeo.com/138863968",
        ],
    );
}

#[test]
fn an_escaped_at_sign_is_a_handle_and_a_quotes_author_no_speaker() {
    // `([\@matlabulous](…))` after a name is the person's handle, not
    // their organisation; `> \- Name` under a quote says who said it.
    check(
        "# useR! 2019

## Tutorials

- AM2: [Automatic and Explainable Machine Learning with H2O in R](https://github.com/woobe/useR2019_h2o_tutorial)  
Jo-Fai Chow ([\\@matlabulous](https://twitter.com/matlabulous))

- AM3: [Visualising High-Dimensional Data](https://github.com/dicook/useR2019_highd_vis)  
Di Cook ([\\@visnut](https://twitter.com/visnut))

## Keynote: Serverless, Not So FaaS - Kelsey Hightower, Google

> \"That's where I come in and steal your servers\"
> \\- Kelsey Hightwoer
",
        &[
            "Automatic and Explainable Machine Learning with H2O in R | Jo-Fai Chow | ",
            "Visualising High-Dimensional Data | Di Cook | ",
            "Serverless, Not So FaaS | Kelsey Hightower (Google) | ",
        ],
    );
}

#[test]
fn a_list_of_in_page_links_under_a_heading_that_names_the_talks() {
    // `## Table of talks:` over a list linking to each talk's heading
    // further down: those headings are the talks, even with no speaker
    // line; a link to a heading inside a sentence, or a contents list of
    // the file's sections, makes no talk.
    check(
        "# Code BEAM V 2020

## Table of talks:

#### Day 1

- [Opening Keynote - The Future of Programming](#opening-keynote---the-future-of-programming)
- [Building adaptive systems](#building-adaptive-systems)
- [Elixir update](#elixir-update)

# Opening Keynote - The Future of Programming

Talk 1 ~ 15:00 CEST

Notes, see [Reading list](#reading-list).

# Building adaptive systems

Notes.

# Elixir update

Notes.

# Reading list

- a book
",
        &[
            "The Future of Programming |  | ",
            "Building adaptive systems |  | ",
            "Elixir update |  | ",
        ],
    );
}

#[test]
fn a_speakers_section_beside_the_talks_names_none_of_them() {
    // `## Speakers` at the talks' level lists the event's people: not the
    // talk before it; a speaker's key sub-heading naming no person (`###
    // Speaker - TBD`) stays a heading of the talk's notes.
    check(
        "# RubyConf

## Opening Keynote - Yukihiro Matsumoto

notes

### Speaker - TBD

more notes

## Speakers

- Jane Doe, Google
- John Smith, Shopify
",
        &["Opening Keynote | Yukihiro Matsumoto | "],
    );
}
