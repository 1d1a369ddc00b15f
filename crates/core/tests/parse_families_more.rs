//! More layouts of real notes, each rule learnt from the misses of a
//! held-out set (`tests/corpus/holdout8` and `holdout9`), pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn emoji_around_titles_and_speaker_lines_are_decoration() {
    check(
        "---
title: \"Dev Fest 2023 Pune\"
tags: ai, gdg
---

Hey Dev Fest enthusiasts!

### Innovate or Stagnate: Adapting to the GenAI Era 🚀

*🎙️ Vishal Virani*

### Tea Break ☕

Time to recharge!

### Cost Optimization on Google Cloud 💸

*👨‍💼 Manik Kashikar (Cloud Solution Architect, Thoughtworks)*

### Implementing a FAQ Bot on own documents 📚

*👨‍💼 Yogesh Kulkarni (AI Coach | ML Google Developer Expert)*

### Welcome Keynote 🎤

*👨‍💼 Manoranjan Padhy (Responsible AI) and GDG Pune Team*
",
        &[
            "Innovate or Stagnate: Adapting to the GenAI Era | Vishal Virani | ",
            "Cost Optimization on Google Cloud | Manik Kashikar (Thoughtworks) | ",
            "Implementing a FAQ Bot on own documents | Yogesh Kulkarni (AI Coach | ML Google Developer Expert) | ",
            "Welcome Keynote | Manoranjan Padhy (Responsible AI); GDG Pune Team | ",
        ],
    );
}

#[test]
fn names_after_the_last_comma_or_bar_read_alike_across_headings() {
    // `Jez` and `Amjad` are no given names known here; their siblings say
    // where the name is.
    check(
        "# Craft 2019

## Talks I attended

### When the universe calls, Pamela Gay

Notes.

### Cynefin, Dave Snowden

Notes.

### Building and Scaling High Performing Technology Organizations, Jez Humble

Notes.

### A Practical Introduction to Coaching (hands-on session), Heidi Helfand

Notes.
",
        &[
            "When the universe calls | Pamela Gay | ",
            "Cynefin | Dave Snowden | ",
            "Building and Scaling High Performing Technology Organizations | Jez Humble | ",
            "A Practical Introduction to Coaching | Heidi Helfand | ",
        ],
    );
    check(
        "# EmpireJS 2014

## Node.js at Scale | Nick Haff (10:00)

Notes.

## Offline First | Alex Feyerke (10:30)

Notes.

## Lesser Known Debugging Techniques | Amjad Masad (11:00)

Notes.
",
        &[
            "Node.js at Scale | Nick Haff | ",
            "Offline First | Alex Feyerke | ",
            "Lesser Known Debugging Techniques | Amjad Masad | ",
        ],
    );
}

#[test]
fn a_bold_title_then_by_name_is_a_talk_in_a_post_of_paragraphs() {
    check(
        "---
title: \"PyData London 2025 - Day3\"
---

## PyData London 2025 - Day3

Later, I had the chance to help host some incredible sessions:

🎯 **Automating Porosity Detection with Deep Learning** by Onyekachukwu Faith Ojumah.

It's always exciting to see neural networks applied.

🧙‍♂️**One repo to rule them all**, by Tim Paine

copier is a fantastic tool.

You Came to a Python Conference. Now, Go Do a PR Review! by Samiul Huque

A must-see session on PR reviews.

I went to dinner organised by Jane Smith afterwards.
",
        &[
            "Automating Porosity Detection with Deep Learning | Onyekachukwu Faith Ojumah | ",
            "One repo to rule them all | Tim Paine | ",
            "You Came to a Python Conference. Now, Go Do a PR Review! | Samiul Huque | ",
        ],
    );
}

#[test]
fn speaker_and_title_keys_in_other_languages() {
    // Vietnamese: `Chủ đề` (topic) names the talk under a room's heading,
    // `Diễn giả` (speaker) over a list of names.
    check(
        "# AWS Community Day 2025

## Phiên 1: 09:20 – 09:40

### Tầng 26 | Enterprise Software
**Chủ đề:** Enterprise Chatbot: Unlocking Context with MCP on AWS

**Diễn giả:**
- Phạm Tiến Thuận Phát
- Lê Minh Nghĩa

**Nội dung chính:**
- Kiến trúc triển khai trên AWS

### Tầng 36 | Banking / FinTech
**Chủ đề:** Stock Trading Chatbot

**Diễn giả:** Hải Trần
",
        &[
            "Enterprise Chatbot: Unlocking Context with MCP on AWS | Phạm Tiến Thuận Phát; Lê Minh Nghĩa | ",
            "Stock Trading Chatbot | Hải Trần | ",
        ],
    );
    check(
        "# Tagung

## Funktionale Architektur

Sprecherin: Nicole Rauch

## Typen für alle

Referent: Michael Sperber
",
        &[
            "Funktionale Architektur | Nicole Rauch | ",
            "Typen für alle | Michael Sperber | ",
        ],
    );
}

#[test]
fn a_speaker_line_names_the_event_after_at() {
    check(
        "---
title: \"Presentations we love: 2017\"
---

Some notable technical presentations from 2017.

## Kubernetes Project update
Kelsey Hightower ([@kelseyhightower](https://twitter.com/kelseyhightower)) at KubeCon 2017

[![Kelsey Hightower video](http://img.youtube.com/vi/07jq-5VbBVQ/0.jpg)](http://www.youtube.com/watch?v=07jq-5VbBVQ \"Kubernetes Project update\")

## Embracing Change without breaking the world
Jim Flanagan and Kyle Thomson at AWS re:invent 2017

## Apache Struts and the Equifax Data Breach
Sean Sullivan ([@tinyrobots](https://twitter.com/tinyrobots)) at the Portland Java User Group
",
        &[
            "Kubernetes Project update | Kelsey Hightower | http://www.youtube.com/watch?v=07jq-5VbBVQ",
            "Embracing Change without breaking the world | Jim Flanagan; Kyle Thomson | ",
            "Apache Struts and the Equifax Data Breach | Sean Sullivan | ",
        ],
    );
}

#[test]
fn a_schedule_list_with_am_pm_lengths_and_nested_lightning_talks() {
    check(
        "# Big Ruby 2013

### Friday (3/1)

  * 9:45 a.m. (40m) [Treading Water in a Stream of Data](https://speakerdeck.com/x/treading) by [Jeremy Hinegardner](https://twitter.com/copiousfreetime)
  * 11:25 a.m. (40m) _Scaling with Friends_ by [Geoffrey Dagley](https://twitter.com/gdagley)
  * 1:25 p.m. (40m) Lightning Talks
    * _Hacking Rails Rendering_ by [Chris Morris](https://twitter.com/the_chrismo)
    * _You Don't Know Jack_ by [Tim Caswell](https://twitter.com/creationix)
  * 2:20 p.m. (40m) [Testing Your Automation](https://speakerdeck.com/x/testing) by [Nathen Harvey](https://twitter.com/nathenharvey)
",
        &[
            "Treading Water in a Stream of Data | Jeremy Hinegardner | ",
            "Scaling with Friends | Geoffrey Dagley | ",
            "Hacking Rails Rendering | Chris Morris | ",
            "You Don't Know Jack | Tim Caswell | ",
            "Testing Your Automation | Nathen Harvey | ",
        ],
    );
}

#[test]
fn days_of_wiki_linked_talk_pages() {
    check(
        "# Devoxx 2022

Day 1
- [[Build and deploy microservices on Kubernetes with Istio]]
- [[Let's kutomize with style]]

Day 2
- [[Istio 0 to 60]]
- [[Fuzzing in go]]

Misc
- [[Investigate]]
- [[Tools]]
",
        &[
            "Build and deploy microservices on Kubernetes with Istio |  | ",
            "Let's kutomize with style |  | ",
            "Istio 0 to 60 |  | ",
            "Fuzzing in go |  | ",
        ],
    );
}

#[test]
fn a_talk_line_names_the_talk_and_the_heading_who_gave_it() {
    check(
        "# Aug 8 2019

## Presenters

### Lightning Talk 2: Leigh-Ann Crivella, Dirt Deodara, ?
* Talk: Chatter-box
* Description: a chat app with sounds.

### Mike McNeil, @mikermcneil
* Talk: Sails and Parley
* Description: async/await.

## Reflections
* Need stickers.
",
        &[
            "Chatter-box | Leigh-Ann Crivella; Dirt Deodara | ",
            "Sails and Parley | Mike McNeil | ",
        ],
    );
}

#[test]
fn catalogue_items_in_german_von_and_people_before_a_description() {
    check(
        "# BOB 2019

Vorträge
--------

* [Checking Musical Correctness](https://bobkonf.de/2019/ford.html) Chris Ford erklärt, wie Typsystem und Regeln zusammen passen.
* [Modern SQL](https://bobkonf.de/2019/winand-talk.html) Markus Winand stellt SQL-Features vor,
die weit über SQL-92 gehen.
* [Emotional Programming](https://bobkonf.de/2019/mainusch.html) Johannes Mainusch und Michael Sperber zeigen, dass Menschen wichtig sind.

Tutorials
---------

* [Learn FP with Code Katas](https://bobkonf.de/2019/zilci.html) von İlke Zilci
* [Superficial SQL Indexing](https://bobkonf.de/2019/winand.html) von Markus Winand
",
        &[
            "Checking Musical Correctness | Chris Ford | ",
            "Modern SQL | Markus Winand | ",
            "Emotional Programming | Johannes Mainusch; Michael Sperber | ",
            "Learn FP with Code Katas | İlke Zilci | ",
            "Superficial SQL Indexing | Markus Winand | ",
        ],
    );
}

#[test]
fn numbered_sessions_keep_their_sub_headings_as_notes_and_korean_text_is_no_name() {
    check(
        "## 개요

- 세미나에 참석한 뒤 내용을 정리해 보았다.

## Session 1) Everything in Kubernetes - 모든 것을 쿠버네티스 위에 올릴 수 있다

- 코엑스 그랜드볼룸

### Virtual Machine

- Case study: [KubeVirt Deep Dive - David Vossel](https://youtu.be/Qejlyny0G58)

### Serverless

- OSS: [Knative](https://knative.dev/docs/)

## Sess 2 - 개발부터 배포까지 전반의 과정

- 이미지는 RO 레이어지만, 컨테니어가 실행되면 RW 레이어가 추가된다

## Sess 3 - 클러스터 API

- OSS: [Cluster API](https://cluster-api.sigs.k8s.io/)
",
        &[
            "Everything in Kubernetes - 모든 것을 쿠버네티스 위에 올릴 수 있다 |  | ",
            "개발부터 배포까지 전반의 과정 |  | ",
            "클러스터 API |  | ",
        ],
    );
}

#[test]
fn talks_named_between_chinese_title_marks_in_a_days_log() {
    check(
        "# PyCon LT 2025

## 依旧是流水账记录一下今天的感受

这场的主题是《Build Your Own (Simple) Static Code Analyzer》。她也是《Hands-On Data Analysis with Pandas》一书的作者。

接下来听了一场主题是《Data Warehouses Meet Data Lakes》，讲数据仓库面临的挑战。

然后又去听了《Cutting the price of Scraping Cloud Costs》。

## 启发

所有的演讲者都很棒。
",
        &[
            "Build Your Own (Simple) Static Code Analyzer |  | ",
            "Data Warehouses Meet Data Lakes |  | ",
            "Cutting the price of Scraping Cloud Costs |  | ",
        ],
    );
}

// From holdout10's misses.

#[test]
fn french_par_and_et_name_the_speakers_and_a_profile_label_is_no_name() {
    check(
        "# Velocity Europe 2012

### [OPS] Monitoring and Observability in complex architecture, par Theo Schlossnagle (OmniTI)

Notes.

### [DevOps] Escalading Scenario : a deep dive into outage falls, par John Allspaw (Etsy)
Son Twitter : [@allspaw](https://twitter.com/allspaw)

Notes.

### [WebPerf] Deep Dive into Performance analysis, par Steve Souders et Patrick Meenan (Google)

Notes.
",
        &[
            "Monitoring and Observability in complex architecture | Theo Schlossnagle (OmniTI) | ",
            "Escalading Scenario : a deep dive into outage falls | John Allspaw (Etsy) | ",
            "Deep Dive into Performance analysis | Steve Souders; Patrick Meenan (Google) | ",
        ],
    );
}

#[test]
fn reference_links_by_a_name_that_ends_with_its_sentence_or_wraps() {
    check(
        "# Trip Report - Everything Open 2025

## Red Hatters at EO2025

- [*The Storage Shift*][talk-storage] by Steve Ellis.  A
  comprehensive overview of storage technologies.

- [*Facilitation - How Might We collaborate?*][talk-facilitation] by Donna
  Benjamin.  A workshop about design thinking.

- [*Beyond TAP: polyglot testing with exeter*][talk-exeter] by David
  Gibson.  Exeter is a tool for tests.

[talk-storage]: https://2025.everythingopen.au/schedule/presentation/1/
[talk-facilitation]: https://2025.everythingopen.au/schedule/presentation/2/
[talk-exeter]: https://2025.everythingopen.au/schedule/presentation/3/
",
        &[
            "The Storage Shift | Steve Ellis | ",
            "Facilitation - How Might We collaborate? | Donna Benjamin | ",
            "Beyond TAP: polyglot testing with exeter | David Gibson | ",
        ],
    );
}

#[test]
fn portuguese_speaker_keys_jobs_at_an_org_and_bold_titles_before_names() {
    check(
        "# StatsBomb Conference 2019

#### **Como Chutar e Como Defender: Análise Futebolística**

**Palestrante**: [Łukasz Szczepański](https://twitter.com/footyquant), analista quantitativo na Smartodds

Notas.

#### **Algumas Coisas não são Chutes**

**Palestrante**: [Thom Lawrence](https://twitter.com/deepxg), CTO da StatsBomb.

Notas.

#### **Outras palestras do evento:**

-   **Como quebrar uma defesa fechada** – [David Perdomo](https://twitter.com/dperdomomeza1)
-   **Expected Threat (xT) e mais: Um guia prático** – [Karun Singh](https://twitter.com/karun1710)
",
        &[
            "Como Chutar e Como Defender: Análise Futebolística | Łukasz Szczepański (Smartodds) | ",
            "Algumas Coisas não são Chutes | Thom Lawrence (StatsBomb) | ",
            "Como quebrar uma defesa fechada | David Perdomo | ",
            "Expected Threat (xT) e mais: Um guia prático | Karun Singh | ",
        ],
    );
}

#[test]
fn spotlights_are_numbered_like_talks() {
    check(
        "# Dec 10, Tuesday

## Spotlight 1: Learning hierarchical priors in VAEs

Notes.

## SPotlight 2: Energy base models to generated high res images

Notes.
",
        &[
            "Learning hierarchical priors in VAEs |  | ",
            "Energy base models to generated high res images |  | ",
        ],
    );
}

#[test]
fn a_kind_in_parentheses_after_the_title_is_no_part_of_it() {
    check(
        "# Droidcon Berlin 2019

## Hiring from Both Sides of the Table (Panel)
* **Speakers**: Ada Lovelace, Grace Hopper

Notes.

## Kotlin Coroutines in Practice
* **Speaker**: Linus Torvalds

Notes.
",
        &[
            "Hiring from Both Sides of the Table | Ada Lovelace; Grace Hopper | ",
            "Kotlin Coroutines in Practice | Linus Torvalds | ",
        ],
    );
}

// From holdout11's misses.

#[test]
fn a_list_of_talks_told_in_sentences_with_curly_quoted_titles() {
    check(
        "# PostgreSQL Conference East 2010

A few of the talks I attended included:

- “PostgreSQL at myYearbook.com” by Gavin M. Roy. I’ve heard earlier versions of this talk before.
- Baron Schwartz spoke about “Query Analysis with mk-query-digest”. The “mk” is short for maatkit.
- Magnus Hagander gave a talk on “Secure PostgreSQL Deployment” which was interesting.
- I attended a talk on “Inside the PostgreSQL Infrastructure” by Dave Page. A lot of it I knew.

Things to improve:

- “Scheduling”. The rooms were hard to find.
",
        &[
            "PostgreSQL at myYearbook.com | Gavin M. Roy | ",
            "Query Analysis with mk-query-digest | Baron Schwartz | ",
            "Secure PostgreSQL Deployment | Magnus Hagander | ",
            "Inside the PostgreSQL Infrastructure | Dave Page | ",
        ],
    );
}

#[test]
fn a_job_after_a_dash_under_a_talk_is_its_speaker_not_a_talk() {
    check(
        "# DEV-X-CON 2017

## Reality Check - How much influence so developers really have?
### Donnie Berkholz - VP IT Service Delivery

* Devs and IT are the influencers.

## Gloriously Global!
### Grace Francisco

* Localise.

## Making SDKs: the Bespoke, the Hopeful and the Generated
### Tristan Sokol, Square

* Generated SDKs.
",
        &[
            "Reality Check - How much influence so developers really have? | Donnie Berkholz | ",
            "Gloriously Global! | Grace Francisco | ",
            "Making SDKs: the Bespoke, the Hopeful and the Generated | Tristan Sokol (Square) | ",
        ],
    );
}

#[test]
fn a_line_introducing_the_talks_makes_the_headings_after_it_talks() {
    check(
        "---
date: 2018-03-07T12:47:14-03:00
title: \"PHP Experience 2018 Dia 2: Críticas\"
---
Grades decepcionantes.

As palestras que frequentei foram:

#### Construindo aplicações PHP com Twelve-Factor App

Uma lenta peregrinação teórica.

#### Construindo uma suíte de testes para suas APIs

Palestra interessante.

#### Projetando uma arquitetura expressiva

Uma das piores.

### Happy Hour

Cerveja.
",
        &[
            "Construindo aplicações PHP com Twelve-Factor App |  | ",
            "Construindo uma suíte de testes para suas APIs |  | ",
            "Projetando uma arquitetura expressiva |  | ",
        ],
    );
}

#[test]
fn numbered_sessions_with_an_en_dash_are_read_without_fault() {
    check(
        "# Day

## Session 1 – Everything in Kubernetes

Notes.

## Session 2 – Cluster API

Notes.
",
        &["Everything in Kubernetes |  | ", "Cluster API |  | "],
    );
}

#[test]
fn a_bold_link_then_with_name_and_org_in_parentheses() {
    check(
        "# DrupalCon Seattle 2019

Sessions I liked:

**[Beyond the Screen Reader: Humanizing Accessibility](https://events.drupal.org/seattle2019/sessions/beyond) with Alanna Burke _(Kanopi Studios)_**

Great talk.

**[Ignore the Naysayers: Your RFP Can Be Brilliant!](https://events.drupal.org/seattle2019/sessions/ignore) with Joe Crespo _(Aten Design)_**

Also good.
",
        &[
            "Beyond the Screen Reader: Humanizing Accessibility | Alanna Burke (Kanopi Studios) | ",
            "Ignore the Naysayers: Your RFP Can Be Brilliant! | Joe Crespo (Aten Design) | ",
        ],
    );
}

// From holdout12's misses.

#[test]
fn bold_titles_by_people_inside_sentences_and_event_prefixed_video_titles() {
    check(
        "# GopherCon 2018: Day 2

Then the first talk was **The Scheduler Saga** by [Kavya Joshi](https://twitter.com/kavya719), it was phenomenal.

Next was **An Over-Engineering Disaster with Macaroons** by [Tess Rinearson](https://twitter.com/_tessr), I was curious.

Finally I went to the **Denver Performing Arts Complex** for the party.
",
        &[
            "The Scheduler Saga | Kavya Joshi | ",
            "An Over-Engineering Disaster with Macaroons | Tess Rinearson | ",
        ],
    );
    check(
        "# RailsConf 2019 videos

- [RailsConf 2019 - The Elusive Attribute by Jeremy Evans](https://www.youtube.com/watch?v=abc)
  - takeaways
- [RailsConf 2019 - The 30-Month Migration by Glenn Vanderburg](https://www.youtube.com/watch?v=def)
  - takeaways
",
        &[
            "The Elusive Attribute | Jeremy Evans | https://www.youtube.com/watch?v=abc",
            "The 30-Month Migration | Glenn Vanderburg | https://www.youtube.com/watch?v=def",
        ],
    );
}

#[test]
fn a_by_handle_sub_heading_names_the_talks_speaker() {
    check(
        "# RailsConf 2015 talks

## So You Want to Start Refactoring?

### by [@j3foley](https://twitter.com/j3foley)

In this talk, Jillian Foley talks about refactoring.

## Nothing is Something

### by [@sandimetz](https://twitter.com/sandimetz)

Sandi talks about null objects.
",
        &[
            "So You Want to Start Refactoring? | j3foley | ",
            "Nothing is Something | sandimetz | ",
        ],
    );
}
