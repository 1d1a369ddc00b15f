//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-05 at 07:06 UTC (earlier sets' misses,
//! then holdout108 onwards), each pinned down with Markdown in and
//! sessions out (`title | speakers (org) | recording`), with the near
//! misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn talks_known_by_their_speakers_with_the_title_in_bold_in_the_prose() {
    // A blog post: each talk under its speaker's name, linked, written
    // with no space after the `#`s; the talk's title is the bold words of
    // the first paragraph. A name with no bold under it stays the title.
    check(
        "---
title: \"Laracon NYC: Day Two\"
---

In part two of the series, I'm going to cover the second day.

###[Dayle Rees](https://twitter.com/daylerees/)

<img src=\"https://pbs.twimg.com/media/a.jpg:large\" alt=\"Dayle Rees\" />

Dayle started out day two with his talk **Breaking the Mold**. He talked about structure.

###[Chris Fidao](https://twitter.com/fideloper/)

Chris presented a high-level talk. This presentation covered **Hexagonal Architecture** as a concept.

###[John Resig](https://twitter.com/jeresig)

John (a fellow alum of RIT) gave a talk that was not technical, but still very important.

###[Igor Wiedler](https://twitter.com/igorwhiletrue)

Igor's talk goes into the theoretical aspects with his presentation on [**Abstract Machines**](https://example.com/am).
",
        &[
            "Breaking the Mold | Dayle Rees | ",
            "Hexagonal Architecture | Chris Fidao | ",
            "John Resig | John Resig | ",
            "Abstract Machines | Igor Wiedler | ",
        ],
    );
}

#[test]
fn short_headings_in_chinese_and_bold_labels_are_no_speakers_talks() {
    // Two-character headings have a Chinese name's shape: they are the
    // notes' parts, not talks known by their speakers.
    check(
        "---
title: 珠三角技术沙龙珠海场2011年12月移动专题-小结
---

## 结语

岁未沙龙, 依旧潘达; 专注移动, 同学不多.

## 资料

- [Slides](http://example.com/a.pdf)

## 记要

讲了很多, 关于 Android 开发.

## 参考

更多的链接.
",
        &[],
    );
    // A bold label or a list item's bold lead under a person's heading is
    // no title of theirs.
    check(
        "# DevDay

## Talks

### Jane Smith

**Speaker**: Jane Smith, ACME

Notes about the talk.

### Ravi Kumar

- **Notes**
- a point

### Lena Berg

Lena spoke.
",
        &[
            "Jane Smith | Jane Smith (ACME) | ",
            "Ravi Kumar | Ravi Kumar | ",
            "Lena Berg | Lena Berg | ",
        ],
    );
}

#[test]
fn a_person_then_a_quoted_title_in_paragraphs_or_list_items() {
    // A meetup's archive: under each month, one paragraph per talk, who
    // gave it, a comma (or none) and the title in quotes, then the slides.
    check(
        "Archive of talks given on our meetups:
----

# 2021.01
Maciej Zieliński, \"Casper Smart Contracts\", [casper-smart-contracts.pdf](2021-01-casper.pdf)

# 2020.02
Rafał Chabowski, \"Make yourself a new Lint\", [make-yourself-a-new-lint.pdf](2020-02-lint.pdf)

Patryk Wychowaniec, \"Fantastic Actors and Where to Find Them\", [fantastic-actors](2020-02-actors.pdf) [Sources](https://github.com/x/y)

# 2018.10
Tomasz Barański \"No matter how far I go, I always go back to native\"
",
        &[
            "Casper Smart Contracts | Maciej Zieliński | ",
            "Make yourself a new Lint | Rafał Chabowski | ",
            "Fantastic Actors and Where to Find Them | Patryk Wychowaniec | ",
            "No matter how far I go, I always go back to native | Tomasz Barański | ",
        ],
    );
    // The same as list items: the quoted words are the title, not the
    // slides' file name.
    check(
        "# Rust meetups

## 2021.01
- Maciej Zieliński, \"Casper Smart Contracts\", [casper-smart-contracts.pdf](2021-01-casper.pdf)

## 2020.05
- Patryk Wychowaniec, \"Scary Acronyms (and Super Creeps)\", [scary-acronyms.pdf](2020-05-scary.pdf)
",
        &[
            "Casper Smart Contracts | Maciej Zieliński | ",
            "Scary Acronyms (and Super Creeps) | Patryk Wychowaniec | ",
        ],
    );
    // A quote in a sentence is no talk.
    check(
        "# Meetup notes

## Evening

We met at the office. Anna Nowak said, \"this is the best meetup\" and we all agreed with her.

Then we had pizza.
",
        &[],
    );
}

#[test]
fn a_table_of_speakers_and_their_slides_titled_by_the_links() {
    // No title column: beside the speaker column, the slides' links name
    // the talks; two people parted by a slash are two speakers.
    check(
        "# SatRdays Neuchatel 2020

- [Schedule](https://neuchatel2020.satrdays.org/#schedule)

## Slides

|Speaker   | Slides  | Code | Recording |
|---|---|---|---|
| Stella Bollmann  | [Making R accessible for skeptics](https://drive.google.com/file/d/1/view)  |  | [Recording](https://www.youtube.com/watch?v=5NW6Zjafodc)|
| Kirill Müller |  [Relational Data Models with the dm Package](https://krlmlr.github.io/dm-slides/) | [Demo](https://github.com/krlmlr/dm) | [Recording](https://www.youtube.com/watch?v=X5Z-pUc96Nw) |
| Marco Wirthlin / Linda Maria de Cave  | [Topological data analysis](https://drive.google.com/file/d/2/view)| [Tutorial](https://seneketh.github.io/satRdays_TDA/)  |[Recording](https://www.youtube.com/watch?v=mIub79xhWmY) |
",
        &[
            "Making R accessible for skeptics | Stella Bollmann | https://www.youtube.com/watch?v=5NW6Zjafodc",
            "Relational Data Models with the dm Package | Kirill Müller | https://www.youtube.com/watch?v=X5Z-pUc96Nw",
            "Topological data analysis | Marco Wirthlin; Linda Maria de Cave | https://www.youtube.com/watch?v=mIub79xhWmY",
        ],
    );
    // A slides column of labels only is no title column; a person and
    // their organisation after a slash stay one speaker.
    check(
        "# Meetup

| Speaker | Slides |
|---|---|
| Jane Smith / ACME Corp | [Slides](https://example.com/a.pdf) |
| John Brown / Initech | [Slides](https://example.com/b.pdf) |
",
        &[],
    );
    check(
        "# Meetup

| Talk | Speaker |
|---|---|
| Scaling Rust | Jane Smith / ACME Corp |
| Fearless Tests | John Brown / Initech |
",
        &[
            "Scaling Rust | Jane Smith (ACME Corp) | ",
            "Fearless Tests | John Brown (Initech) | ",
        ],
    );
}

#[test]
fn bold_kind_and_title_lines_and_schedule_detail_links() {
    // Under each day, a bold line giving the kind of session, a colon and
    // its title, over the author's notes: each a talk by itself.
    check(
        "# Introduction

Some notes on my NeurIPS experience.

# December 6

**[Tutorial : Pay Attention to What You Need](https://neurips.cc/virtual/2021/tutorial/21891)**

The recent empirical success of graph learning.

**Social : BigScience**

A year-long collaborative experiment.

# December 9

**Keynote : Optimal Transport: Past, Present, and Future**

Optimal transport is one of those topics.
",
        &[
            "Pay Attention to What You Need |  | ",
            "Optimal Transport: Past, Present, and Future |  | ",
        ],
    );
    // O'Reilly's schedule pages (`/public/schedule/detail/…`) are the
    // talks' own pages: a list of links to them lists talks.
    check(
        "# VelocityConf2015
Notes and code from the VelocityConf 2015 session in Amsterdam
### October 28 Tutorial Sessions
* [Building real-time metrics pipelines](http://velocityconf.com/devops-web-performance-eu-2015/public/schedule/detail/45820)
* [An introduction to testing infrastructure](http://velocityconf.com/devops-web-performance-eu-2015/public/schedule/detail/45385)

### Link to slides
* [All slides made available by speakers](http://velocityconf.com/devops-web-performance-eu-2015/public/schedule/proceedings)
",
        &[
            "Building real-time metrics pipelines |  | ",
            "An introduction to testing infrastructure |  | ",
        ],
    );
}

#[test]
fn a_planned_schedules_times_and_a_programmes_codes_are_no_words_of_titles() {
    check(
        "---
title: \"Rust Nation UK 2024 Schedule\"
---
I figured I should plan my schedule.

# Wednesday, 27th March 2024

* 09:45: The path to stable ABI for Rust, by Amanieu D'Antras
* 11:15: Typed for Safety, by Lachezar Lechev
* 13:30: Porting Turborepo From Go To Rust, by Nicholas Yang
",
        &[
            "The path to stable ABI for Rust | Amanieu D'Antras | ",
            "Typed for Safety | Lachezar Lechev | ",
            "Porting Turborepo From Go To Rust | Nicholas Yang | ",
        ],
    );
    check(
        "# JavaOne 2016

He gave six sessions this year:

* [Core Software Design Principles [CON1061]](https://youtu.be/XgoldEoK-Rw)
* [Refactoring to Functional Style with Java 8 [CON1057]](https://youtu.be/wjF1WqGhoQI)
* [A Few Hidden Treasures in Java 8 (DEV315)](https://youtu.be/GphO9fWhlAg)
",
        &[
            "Core Software Design Principles |  | https://youtu.be/XgoldEoK-Rw",
            "Refactoring to Functional Style with Java 8 |  | https://youtu.be/wjF1WqGhoQI",
            "A Few Hidden Treasures in Java 8 |  | https://youtu.be/GphO9fWhlAg",
        ],
    );
}

#[test]
fn bold_linked_titles_with_their_byline_under_a_blog_posts_front_matter() {
    // A blog post with no headings: each talk a bold link to its video,
    // who gave it on the line under it, then the author's thoughts.
    check(
        "---
layout: post
title: \"Videos from PyData NYC are up!\"
date: 2013-11-30 10:50
---

The [videos from PyData NYC](http://vimeo.com/pydata/videos) are now up.

Some talks I enjoyed at PyData NYC:

**[Probabilistic Data Structures for Realtime Analytics](http://vimeo.com/79500848)**
  by [Martin Laprise](https://github.com/mlaprise)

I didn't know too much about probabilistic data structures.

**[IPython - The Attributes of Software and How They Affect Our Work](http://vimeo.com/79832657)**
  by [Brian Granger](https://github.com/ellisonbg)

I wasn't able to make it to this talk.
",
        &[
            "Probabilistic Data Structures for Realtime Analytics | Martin Laprise | http://vimeo.com/79500848",
            "IPython - The Attributes of Software and How They Affect Our Work | Brian Granger | http://vimeo.com/79832657",
        ],
    );
}

#[test]
fn a_bold_speaker_then_the_title_and_tables_headed_in_portuguese() {
    check(
        "# [PWLConf](https://pwlconf.org) Archive

Every PWLConf talk is recorded and captioned.

## 2019

### Speakers / Talks

- [**Shriram Krishnamurthi** / On the Expressive Power of Programming Languages ](https://github.com/papers-we-love/pwlconf-info/tree/master/2019/shriram-krishnamurthi)
- [**Giulia Fanti** / Privacy Vulnerabilities in the Peer-to-Peer Network of Cryptocurrencies ](https://github.com/papers-we-love/pwlconf-info/tree/master/2019/giulia-fanti)
",
        &[
            "On the Expressive Power of Programming Languages | Shriram Krishnamurthi | ",
            "Privacy Vulnerabilities in the Peer-to-Peer Network of Cryptocurrencies | Giulia Fanti | ",
        ],
    );
    // A bold key and its value after a colon is no person and their talk.
    check(
        "# NeurIPS 2025

## Sessions

### Tyler on RL

Notes.

## Themes

- **Evaluation Crisis**: Moving beyond accuracy to robustness
- **Research Integrity**: Ethics in data collection
",
        &["Tyler on RL |  | "],
    );
    check(
        "# Review da BrazilJS 2013

### Links dos palestrantes e apresentações

**Primeiro dia**

|Palestrante|Apresentação|
|:----------|:-----------|
|[Mauricio Wolff (Dell)](https://twitter.com/bitbonsai)|[Utilizando node.js para automação de build e deploy](http://bitbonsai.com/braziljs2013/)|
|[Angus Croll](https://twitter.com/angustweets)|[Learning to fly - Twitter Flight and mixin](https://speakerdeck.com/anguscroll/learning-to-fly)|
|[Angelina Fabbro](https://twitter.com/angelinamagnum)|How to make mobile apps: Web developer REMIX|
",
        &[
            "Utilizando node.js para automação de build e deploy | Mauricio Wolff (Dell) | ",
            "Learning to fly - Twitter Flight and mixin | Angus Croll | ",
            "How to make mobile apps: Web developer REMIX | Angelina Fabbro | ",
        ],
    );
}

#[test]
fn a_title_line_over_the_bare_address_of_its_video() {
    // A plain text list of a conference's videos: each paragraph the
    // title and who gave it, maybe the channel's name, then the video.
    check(
        "Autoscaling Containers... with Math by Allan Espinosa, Engine Yard, Inc.
https://www.youtube.com/watch?v=uJT9otr0SCY&index=3

How to Monitor Application Performance in a Container-Based World
https://www.youtube.com/watch?v=PHRLSIyvWXo&index=5

Monitoring MySQL and MongoDB with Prometheus by Vadim Tkachenko, Percona
Cloud Native Computing Foundation
https://www.youtube.com/watch?v=19c_gNQT2dM&index=58
",
        &[
            "Autoscaling Containers... with Math | Allan Espinosa (Engine Yard, Inc.) | https://www.youtube.com/watch?v=uJT9otr0SCY&index=3",
            "How to Monitor Application Performance in a Container-Based World |  | https://www.youtube.com/watch?v=PHRLSIyvWXo&index=5",
            "Monitoring MySQL and MongoDB with Prometheus | Vadim Tkachenko (Percona) | https://www.youtube.com/watch?v=19c_gNQT2dM&index=58",
        ],
    );
    // Sentences over videos are no list of talks: the post stays one
    // talk's notes, its video the first.
    check(
        "# My week

I watched this great video last night.
https://www.youtube.com/watch?v=abc

And this one was even better, I think.
https://www.youtube.com/watch?v=def
",
        &["My week |  | https://www.youtube.com/watch?v=abc"],
    );
}

#[test]
fn a_person_their_organisation_and_the_title_between_dashes() {
    // A list of a summit's videos: `Name - Org - Title` in most items;
    // the words between the dashes are where the speaker works.
    check(
        "# DevOps Enterprise Summit sessions list
* [Scott Prugh - CSG - DevOps and Lean in Legacy Environments](https://youtu.be/f4et0EGvKXA)
* [Courtney Kissler - Nordstrom - Transforming to a Culture of Continuous Improvement](https://youtu.be/0ZAcsrZBSlo)
* [Dominica Degrandis - How we used Kanban in Operations to Get Things Done](https://youtu.be/coRx-onQ09Y)
* [Justin Arbuckle - CHEF - Hunting the DevOps Whale](https://youtu.be/6s15qh16IPE)
",
        &[
            "DevOps and Lean in Legacy Environments | Scott Prugh (CSG) | https://youtu.be/f4et0EGvKXA",
            "Transforming to a Culture of Continuous Improvement | Courtney Kissler (Nordstrom) | https://youtu.be/0ZAcsrZBSlo",
            "How we used Kanban in Operations to Get Things Done | Dominica Degrandis | https://youtu.be/coRx-onQ09Y",
            "Hunting the DevOps Whale | Justin Arbuckle (CHEF) | https://youtu.be/6s15qh16IPE",
        ],
    );
    // A title and its subtitle after the person, here and there in a
    // list, stay the title.
    check(
        "# Talks I liked
* [Sean Brady - Drop Your Tools - Does Expertise have a Dark Side?](https://youtu.be/a)
* [Troy Magennis - Agile Metrics - Beyond Burn Ups onto Metric Driven Coaching](https://youtu.be/b)
* [Jane Smith - Testing in Production](https://youtu.be/c)
* [Mark Brown - Fast Feedback for Teams](https://youtu.be/d)
* [Anna Green - Legacy Code Rescue](https://youtu.be/e)
* [Ravi Kumar - Portfolio Thinking at Scale](https://youtu.be/f)
* [Lena Berg - Coaching Without Titles](https://youtu.be/g)
",
        &[
            "Drop Your Tools - Does Expertise have a Dark Side? | Sean Brady | https://youtu.be/a",
            "Agile Metrics - Beyond Burn Ups onto Metric Driven Coaching | Troy Magennis | https://youtu.be/b",
            "Testing in Production | Jane Smith | https://youtu.be/c",
            "Fast Feedback for Teams | Mark Brown | https://youtu.be/d",
            "Legacy Code Rescue | Anna Green | https://youtu.be/e",
            "Portfolio Thinking at Scale | Ravi Kumar | https://youtu.be/f",
            "Coaching Without Titles | Lena Berg | https://youtu.be/g",
        ],
    );
}

#[test]
fn paper_abstracts_hold_talks_and_a_titles_translation_goes() {
    // A reader's notes on a conference's papers, each a heading under
    // `## Paper abstract`, some with the author's Korean translation.
    check(
        "# sosp2017

SOSP2017 은 50년 역사상 최초 기록을 몇개 세움.

## Paper abstract

### Canopy: An End-to-End Performance Tracing And Analysis System

캐노피는 페이스 북에서 개발한 성능 분석 도구이다.

### DeepXplore: Automated Whitebox Testing of Deep Learning Systems (딥 러닝 시스템을 위한 화이트 박스 테스팅의 자동화)

딥 러닝.

### WatchIT: Who Watches Your IT Guys? (누가 IT 직원을 감시할것인가?)

감시.
",
        &[
            "Canopy: An End-to-End Performance Tracing And Analysis System |  | ",
            "DeepXplore: Automated Whitebox Testing of Deep Learning Systems |  | ",
            "WatchIT: Who Watches Your IT Guys? |  | ",
        ],
    );
    // A speaker's name or label in parentheses stays for the speakers.
    check(
        "# VueConf 2018

* [how CRDT improves Vue apps(演讲者：Andrey Sitnik)](http://slides.com/ai/crdt-vue-cn#/)
* [Vue in practice(演讲者：Evan You)](http://slides.com/evan/vue)
",
        &[
            "how CRDT improves Vue apps | Andrey Sitnik | ",
            "Vue in practice | Evan You | ",
        ],
    );
}

#[test]
fn bare_titles_after_a_line_that_counts_them() {
    // A volunteer's report: under the day, a paragraph counting the
    // workshops and announcing their list, then the titles alone.
    check(
        "# ReactiveConf 2018

## Day 3

The last day was dedicated to workshops. There were 14 workshops available in total ranging from 2 to 6 hours. Here is the list:

- Introduction to Elm
- GraphQL with React vs. Angular vs. Vue
- Codelab: Build your first Flutter app
- Service Workers at Your Service

## Conclusion

It was great.
",
        &[
            "Introduction to Elm |  | ",
            "GraphQL with React vs. Angular vs. Vue |  | ",
            "Codelab: Build your first Flutter app |  | ",
            "Service Workers at Your Service |  | ",
        ],
    );
    // A list after a line that neither counts nor announces talks stays
    // notes.
    check(
        "# ReactiveConf 2018

## Day 3

I was initially interested in these things:

- Introduction to Elm
- GraphQL with React vs. Angular vs. Vue
- Service Workers at Your Service

## Conclusion

It was great.
",
        &[],
    );
}

#[test]
fn title_name_and_organisation_parted_by_full_width_commas() {
    // A Chinese reader's notes: under each session, the papers as list
    // items `Title，Name，Org`, some with the reader's notes under them.
    check(
        "CV三大顶会：CVPR、ECCV、ICCV

### Session1：Detection and Tracking

- Semantic-Aware Fine-Grained Correspondence，胡英东，清华大学

- Towards Grand Unification of Object Tracking，严彬，大连理工大学

- AcroFOD:An Adaptive Method for Cross-domain Few-shot Object Detection，高义朋，中山大学

  > 由于跨域检测性能差，考虑跨域后小样本

- Out of Distribution Detection with Semantic Mismatch under Masking，杨一君，香港中文大学
",
        &[
            "Semantic-Aware Fine-Grained Correspondence | 胡英东 (清华大学) | ",
            "Towards Grand Unification of Object Tracking | 严彬 (大连理工大学) | ",
            "AcroFOD:An Adaptive Method for Cross-domain Few-shot Object Detection | 高义朋 (中山大学) | ",
            "Out of Distribution Detection with Semantic Mismatch under Masking | 杨一君 (香港中文大学) | ",
        ],
    );
}

#[test]
fn people_a_slash_and_the_title_under_topics_and_the_attended_list_named_again() {
    // A meetup's README in Korean: the programme by topic, each talk
    // `Name(Org) / Title`, two under a topic; then the talks the author
    // attended, named again.
    check(
        "# I/O Extended 2019 Seoul

## 발표 주제
**Android**
- 양찬석(Google Korea) / 모두를 위한 안드로이드 새소식
- 노현석(Naver Clova) / What's New in Android Studio

**Cloud**
- 진겸(Festa) & 김지훈(Festa) / AWS 에서 GCP 옮겨가기 : A to Z 말고 A to G
- 김석용(Rootone / GDG Songdo) / Flutter를 소개 합니다!

## 참석한 세션
- 양찬석(Google Korea) / 모두를 위한 안드로이드 새소식
- 노현석(Naver Clova) / What's New in Android Studio
",
        &[
            "모두를 위한 안드로이드 새소식 | 양찬석 (Google Korea) | ",
            "What's New in Android Studio | 노현석 (Naver Clova) | ",
            "AWS 에서 GCP 옮겨가기 : A to Z 말고 A to G | 진겸 (Festa); 김지훈 (Festa) | ",
            "Flutter를 소개 합니다! | 김석용 (Rootone / GDG Songdo) | ",
        ],
    );
}

#[test]
fn a_slides_file_name_is_no_talks_title() {
    check(
        "---
title: Lightning Talks at UQAM
---

The second meeting of the community.

### Slides

  - [0_kickoff.pdf](/slides/2019-06-06/0_kickoff.pdf)
  - [1_1_TeachingIsland.pdf](/slides/2019-06-06/1_1_TeachingIsland.pdf)
  - [1_2_SAWADOGO.pdf](/slides/2019-06-06/1_2_SAWADOGO.pdf)
",
        &["Lightning Talks at UQAM |  | "],
    );
}

#[test]
fn handles_and_names_of_any_shape_after_by_as_in_the_headings_beside_them() {
    check(
        "---
title: 'iOSDC Japan 2023 day0 感想メモ'
---

### タクシーアプリの多言語対応・ローカライズにおける課題と解決策 by h1d3mun3

https://fortee.jp/iosdc-japan-2023/proposal/b7f56538

眺めた程度。

### モーダルの遷移を理解する by 八十嶋祐樹

モーダルの遷移、ややこし過ぎでは……？

### Swift Packageを使った巨大な依存グラフのキャッシュ戦略 by giginet

やはり標準。

### watchOS開発最前線 by 蔀

面白い。
",
        &[
            "タクシーアプリの多言語対応・ローカライズにおける課題と解決策 | h1d3mun3 | ",
            "モーダルの遷移を理解する | 八十嶋祐樹 | ",
            "Swift Packageを使った巨大な依存グラフのキャッシュ戦略 | giginet | ",
            "watchOS開発最前線 | 蔀 | ",
        ],
    );
    // Two such headings among six are no pattern: a handle after `by`
    // alone is no speaker.
    check(
        "# Trip

## Intro to Rust by ferris1

Notes.

## Async in depth by tokio_dev

Notes.

## The Venue

Notes.

## Food and drinks

Notes.

## Party time

Notes.

## Travel home

Notes.
",
        &[],
    );
}

#[test]
fn a_sub_heading_that_is_only_the_videos_address_is_the_recording() {
    check(
        "# <https://2016.jsconf.asia/>

# Nov 25 Friday

## How To Talk To Hardware
### Kelsey Breseman
#### <https://www.youtube.com/watch?v=H52HezWtmm4>
- How to talk to hardware

---
## Maze of the rats
### Simon Swain
#### https://www.youtube.com/watch?v=-IvDnvtJ93s
- a game
",
        &[
            "How To Talk To Hardware | Kelsey Breseman | https://www.youtube.com/watch?v=H52HezWtmm4",
            "Maze of the rats | Simon Swain | https://www.youtube.com/watch?v=-IvDnvtJ93s",
        ],
    );
}

#[test]
fn a_talk_of_a_person_then_its_video_in_french_prose() {
    check(
        "---
title: \"Spark Summit, le retour\"
---
Le Spark Summit se tenait à Amsterdam.

# Les tendances

## Streaming

Je recommande les talks d'Helena Edelson, [Lambda Architecture with Spark Streaming](https://www.youtube.com/watch?v=buszgwRc8hQ), dans lequel elle présente une architecture complète et très actuelle.

## Clusters

Je recommande d'ailleurs l'excellente keynote de Vincent Saulys, [How Spark is Making an Impact at Goldman Sachs](https://www.youtube.com/watch?v=HWwAoTK2YrQ), dans laquelle il explique beaucoup de choses.
",
        &[
            "Lambda Architecture with Spark Streaming | Helena Edelson | https://www.youtube.com/watch?v=buszgwRc8hQ",
            "How Spark is Making an Impact at Goldman Sachs | Vincent Saulys | https://www.youtube.com/watch?v=HWwAoTK2YrQ",
        ],
    );
}

#[test]
fn tracks_over_bare_titles_and_headings_that_link_to_the_schedule() {
    check(
        "---
title: \"Black Hat USA in Review\"
---

# Problem Statement

Compile a list of the more interesting Black Hat presentations.

# [2024](https://www.blackhat.com/us-24/briefings/schedule/)

* AppSec
    * Listen to the Whispers: Web Timing Attacks that Actually Work
    * Secure Shells in Shambles
* CloudSec
    * Breaching AWS Accounts Through Shadow Resources
    * Are Your Backups Still Immutable, Even Though You Can't Access Them?

# [2022](https://www.blackhat.com/us-22/briefings/schedule/)

* Browser-Powered Desync Attacks: A New Frontier in HTTP Request Smuggling
* Trace Me if You Can: Bypassing Linux Syscall Tracing
",
        &[
            "Listen to the Whispers: Web Timing Attacks that Actually Work |  | ",
            "Secure Shells in Shambles |  | ",
            "Breaching AWS Accounts Through Shadow Resources |  | ",
            "Are Your Backups Still Immutable, Even Though You Can't Access Them? |  | ",
            "Browser-Powered Desync Attacks: A New Frontier in HTTP Request Smuggling |  | ",
            "Trace Me if You Can: Bypassing Linux Syscall Tracing |  | ",
        ],
    );
    // An outline of one talk's notes, topics over sentences, stays notes.
    check(
        "# Containing the Container

Speaker: Jane Doe

## Tools

* Kaniko
    * Builds images in environments that can't run a Docker daemon
    * Runs within a Kubernetes cluster in an unprivileged state
* Jib
    * Builds optimized images for Java without a Docker daemon
    * Splits dependencies from classes into layers
",
        &["Containing the Container | Jane Doe | "],
    );
}

#[test]
fn a_table_whose_speaker_column_is_headed_talker() {
    check(
        "# talks-worth-a-listen

| Title | Talker | Event | Description |
| --- | --- | --- | --- |
| Stop using Entity Framework as a DTO provider! | Chris Klug | NDC Oslo 2023 | <https://www.youtube.com/watch?v=ZYfdjszs8sU> |
| C4 models as code | Simon Brown | NDC Oslo 2023 | <https://www.youtube.com/watch?v=4HEd1EEQLR0> |
",
        &[
            "Stop using Entity Framework as a DTO provider! | Chris Klug | https://www.youtube.com/watch?v=ZYfdjszs8sU",
            "C4 models as code | Simon Brown | https://www.youtube.com/watch?v=4HEd1EEQLR0",
        ],
    );
}

#[test]
fn a_meetup_archive_with_spaced_reference_links_and_the_months_news() {
    // A Python meetup's archive: each month the news, then the talks,
    // `Title by [Name] [ref]` (a reference link written with a space, as
    // the first Markdown allowed), their materials nested under them.
    check(
        "## Meetup Presentations

### November 2016

* [News](2016-11/News.md)
* Testing in Django by [Aaron Fay] [aaron]
    * [Code and Slides] [75]

### January 2014

* Python & Blender: Designing for 3D Printing by [Chris Want] [chris].
    * [Video] [59]
* Introduction to South by [Gezim Hoxha] [gezim].
    * [Video] [60]

[aaron]: https://example.com/aaron
[chris]: https://example.com/chris
[gezim]: https://example.com/gezim
[59]: https://vimeo.com/12345
[60]: https://vimeo.com/12346
[75]: https://example.com/slides
",
        &[
            "Testing in Django | Aaron Fay | ",
            "Python & Blender: Designing for 3D Printing | Chris Want | https://vimeo.com/12345",
            "Introduction to South | Gezim Hoxha | https://vimeo.com/12346",
        ],
    );
}

#[test]
fn talks_labelled_so_in_a_diarys_list() {
    // A conference diary: meals and walks, and the talks, each `Talk:`
    // and a link to its page on the schedule.
    check(
        "---
title: PyCon Au 2017 Schedule
---

## Friday
 * Talk: [Tuning In with SDR & Python](http://2017.pycon-au.org/schedule/presentation/66/)
 * **morning tea**
 * Talk: [Using MicroPython in the wild](http://2017.pycon-au.org/schedule/presentation/68/)
 * went back to Pensione for an hour to recharge (myself and my phone)
 * walked to The Meatball & Wine Bar for dinner, was full
",
        &[
            "Tuning In with SDR & Python |  | ",
            "Using MicroPython in the wild |  | ",
        ],
    );
    // One such item in a diary is not enough.
    check(
        "# Trip

## Friday
 * Talk: [Tuning In with SDR & Python](http://2017.pycon-au.org/schedule/presentation/66/)
 * walked to The Meatball & Wine Bar for dinner, was full
 * caught the bus back into the city
",
        &[],
    );
}

#[test]
fn near_misses_of_this_sessions_readings() {
    // Two people before the slash are two speakers.
    check(
        "# Meetup

## Talks

- Alice Smith & Bob Jones / Scaling Rust Services
- Carla Diaz / Fearless Concurrency
",
        &[
            "Scaling Rust Services | Alice Smith; Bob Jones | ",
            "Fearless Concurrency | Carla Diaz | ",
        ],
    );
    // A person and who they spoke for after the slash are no talk (no
    // `Nulab` session; the page stays one page of notes).
    check(
        "# Sponsors' people

## Thanks

- Kohei Kimura / Nulab
- Shingo Kitayama / Red Hat
",
        &["Sponsors' people |  | "],
    );
    // A year in parentheses is no programme code; a code in brackets is.
    check(
        "# Talks I liked

- [Modules in JavaScript (ES2015)](https://youtu.be/a)
- [Core Software Design Principles [CON1061]](https://youtu.be/b)
",
        &[
            "Modules in JavaScript (ES2015) |  | https://youtu.be/a",
            "Core Software Design Principles |  | https://youtu.be/b",
        ],
    );
}

#[test]
fn a_breakout_sessions_number_is_no_word_of_its_title() {
    check(
        "# Agile Tour Vienna 2016

## Breakout Session 1: Does Agile mean we have less time for Testing?
*By Alex Schwartz*

Notes.

## Breakout Session 4: Impact Mapping with Innovation Games (TM)
*By Gojko Adzic and Christian Hassa*

Notes.
",
        &[
            "Does Agile mean we have less time for Testing? | Alex Schwartz | ",
            "Impact Mapping with Innovation Games (TM) | Gojko Adzic; Christian Hassa | ",
        ],
    );
}

#[test]
fn a_title_then_a_name_and_organisation_with_no_separator() {
    // The second day of a Hugo post: `Title Name (Org)` headings, three
    // alike (`Independent` is no organisation).
    check(
        "# Velocity Berlin 2019

## Conference day 2 keynotes

### How to deploy infrastructure in just 13.8 billion years Ingrid Burrington (Independent)

Notes.

### The ultimate guide to complicated systems Jennifer Davis (Microsoft)

Notes.

### 5 things Go taught me about open source? Dave Cheney (VMWare)

Notes.
",
        &[
            "How to deploy infrastructure in just 13.8 billion years | Ingrid Burrington | ",
            "The ultimate guide to complicated systems | Jennifer Davis (Microsoft) | ",
            "5 things Go taught me about open source? | Dave Cheney (VMWare) | ",
        ],
    );
}
