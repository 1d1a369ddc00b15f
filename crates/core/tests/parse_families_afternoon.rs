//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-05 at 12:56 UTC, each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`),
//! with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_video_player_embedded_under_a_heading_makes_it_a_talk() {
    // A page of talks given, with no `#` title: each `###` holds its
    // organiser's lines and the talk's video in a `<div>` wrapper, the
    // `src` on a line of its own. A heading that is a speaker's name over
    // a video is her talk, named by her.
    check(
        "---
title: Talks
---

Some lectures I have given.

---
### De la imprenta al algoritmo: ciencia y autoevaluación algorítmica  
**Organiza:** Seminario Internacional  
**Fecha:** 28 de marzo de 2026  

<div style=\"position: relative; padding-bottom: 56.25%;\">
  <iframe
    src=\"https://www.youtube.com/embed/LwpeT6AOd1w\"
    frameborder=\"0\"
    allowfullscreen
  ></iframe>
</div>

---
### PREreview: Comunidades de revisiones en abierto  
**Organiza:** OpenLab, Ecuador  

<div style=\"position: relative;\">
  <iframe src=\"https://www.youtube.com/embed/GqRMyilQhQA\" frameborder=\"0\"></iframe>
</div>
",
        &[
            "De la imprenta al algoritmo: ciencia y autoevaluación algorítmica |  | https://www.youtube.com/watch?v=LwpeT6AOd1w",
            "PREreview: Comunidades de revisiones en abierto |  | https://www.youtube.com/watch?v=GqRMyilQhQA",
        ],
    );
    check(
        "# Nordic.js 2016

## The talks

### Jeremy Keith

Resilience: building things that last.

### Ashley Williams

A talk about npm and the community.

### David Björklund

Modules all the way down.

### Irina Shestak
TL;DW Visual patterns from mathematical rules

<iframe width=\"560\" src=\"https://www.youtube.com/embed/VvON2C-Hfo8\" allowfullscreen></iframe>

A week after the event they made a Cellular Automata together.
",
        &[
            "Jeremy Keith | Jeremy Keith | ",
            "Ashley Williams | Ashley Williams | ",
            "David Björklund | David Björklund | ",
            "Irina Shestak | Irina Shestak | https://www.youtube.com/watch?v=VvON2C-Hfo8",
        ],
    );
}

#[test]
fn a_video_in_one_section_of_a_blog_post_does_not_make_its_siblings_talks() {
    // A trip report's sections, one of which shows the keynote's video:
    // that section may be read as a talk, but not the others beside it.
    let lib = parse_support::parse_files(&[(
        "notes/rsac.md",
        "---
title: My week at RSA Conference 2020
---

Intro paragraph about the week.

### What is a Security Scholar?

Security Scholars are students nominated by their school.

### Building Bikes for Charity

Building bikes for charity was one of the events for scholars.

### Attending the Opening Keynote as VIP

This year's theme was the Human Element.

<iframe width=\"560\" src=\"https://www.youtube.com/embed/MWkSJxHUWxU\" allowfullscreen></iframe>

### Networking Dinner

We had dinner with experts.
",
    )]);
    let titles: Vec<&str> = lib.sessions.iter().map(|s| s.title.as_str()).collect();
    for section in [
        "What is a Security Scholar?",
        "Building Bikes for Charity",
        "Networking Dinner",
    ] {
        assert!(
            !titles.contains(&section),
            "{section} read as a talk: {titles:?}"
        );
    }
}

#[test]
fn a_time_between_dashes_and_who_the_speaker_is_after_their_name() {
    // A day's talks as `Title - 10:10 - Name`, some with the speaker's
    // handle, organisation or job after a third dash. A title whose dash
    // is its own, or a remark after the name, keeps today's reading.
    check(
        "# The Lead Developer London 2019

## Welcome - 09:30 - Meri Williams

Notes.

## Navigating team friction - 10:10 - Lara Hogan

Notes.

## Bottoms up with OKRs - 11:00 - Whitney O'Banner - Braintree

Notes.

## Inclusion stats with an I - 9:40 - Dora Mulitaru - @doramilitaru

Notes.

## Building security culture - 11:40 - Franklin Hu - Infrastructure lead at Stripe

Notes.

## Give 10%, get 110% - 16:45 - Kate Beard - Jr dev from FT

Notes.

## Scaling teams - Part 2 - Lara Hogan

Notes.
",
        &[
            "Welcome | Meri Williams | ",
            "Navigating team friction | Lara Hogan | ",
            "Bottoms up with OKRs | Whitney O'Banner (Braintree) | ",
            "Inclusion stats with an I | Dora Mulitaru | ",
            "Building security culture | Franklin Hu (Stripe) | ",
            "Give 10%, get 110% | Kate Beard (FT) | ",
            "Scaling teams - Part 2 | Lara Hogan | ",
        ],
    );
}

#[test]
fn words_before_a_video_link_are_the_title_and_later_links_its_materials() {
    // A list of a day's talks: the title in words, then `[Youtube](…)`
    // and the event's page labelled `[Foundation](…)`. A person's name
    // before the video keeps the title in the link after it.
    check(
        "---
title: Devcon 3 Talks
---

## Day One

- Regulatory Update and Look Ahead [Youtube](https://youtu.be/Yo9o5nDTAAQ?t=30m21s), [Foundation](https://ethereumfoundation.org/devcon3/sessions/regulatory/)
- Presenting Parity: A Light Client for a Heavy Chain [Youtube](https://youtu.be/Yo9o5nDTAAQ?t=1h56m56s), [Foundation](https://ethereumfoundation.org/devcon3/sessions/parity/)
- Swarm Development Update [Youtube](https://youtu.be/Yo9o5nDTAAQ?t=3h5m), [Foundation](https://ethereumfoundation.org/devcon3/sessions/swarm/)
- Jeff Dean, [video](https://youtu.be/abcdefghijk), [Large-Scale Deep Learning](https://research.google/pubs/large-scale/)
",
        &[
            "Regulatory Update and Look Ahead |  | https://youtu.be/Yo9o5nDTAAQ?t=30m21s",
            "Presenting Parity: A Light Client for a Heavy Chain |  | https://youtu.be/Yo9o5nDTAAQ?t=1h56m56s",
            "Swarm Development Update |  | https://youtu.be/Yo9o5nDTAAQ?t=3h5m",
            "Large-Scale Deep Learning | Jeff Dean | https://youtu.be/abcdefghijk",
        ],
    );
}

#[test]
fn a_days_talks_as_items_between_comments_with_the_room_in_brackets() {
    // Each talk an item `[Room] Title, by Name (Org)`, the author's
    // comment after it; two items run together once. The room's tag is
    // no word of the title.
    check(
        "# ContainerDays 2025

### Day 1

This first day, I attended the following talks:

- [K6] Breaking Free with Open Standards, by Kasper Borg Nissen (Dash0)

Nice intro.

- [K2] Dynamic OCI Registry, by Alvaro Hernandez (OnGres)

Interesting.

- [K1] Shrinking Container Images, by Thomas Fricke
- [K6] Why are we still talking about containers?, by Kelsey Hightower

Best.

- [K2] Hijacking DNS Port 53, by Misha Bragin (Netbird)
",
        &[
            "Breaking Free with Open Standards | Kasper Borg Nissen (Dash0) | ",
            "Dynamic OCI Registry | Alvaro Hernandez (OnGres) | ",
            "Shrinking Container Images | Thomas Fricke | ",
            "Why are we still talking about containers? | Kelsey Hightower | ",
            "Hijacking DNS Port 53 | Misha Bragin (Netbird) | ",
        ],
    );
}

#[test]
fn an_html_table_of_talks_without_a_header_is_read_as_a_table() {
    // A track's schedule pasted from a spreadsheet: a time, the title and
    // who gave it in each row (a title spanning two rows leaves the
    // second with its time only), and a Markdown table with an empty
    // header row read the same way. An itinerary (times and places, no
    // people) is no list of talks.
    check(
        "# FOSS Asia 2015

## Saturday

On Saturday we had our own Mozilla track.

<table width=\"552\">
<tbody>
<tr>
<td width=\"104\">9:00 am</td>
<td rowspan=\"2\" data-sheets-value=\"[null,2,&quot;x&quot;]\">Collaborative Webmaking using TogetherJS</td>
<td rowspan=\"2\">Santosh</td>
</tr>
<tr>
<td>9:30 am</td>
</tr>
<tr>
<td>10:00 am</td>
<td>Offline Communications in Firefox OS</td>
<td>Priyanka Nag</td>
</tr>
<tr>
<td>10:30 am</td>
<td>Webmaking with <b>Mobile</b></td>
<td>Raj Singh and Biraj Karmakar</td>
</tr>
</tbody>
</table>

## Sunday

|  |  |  |
| --- | --- | --- |
| 9:00 | Building an Open Source Community | Kaustav Das Modak |
| 9:30 | Firefox OS for Developers | Bob Reyes |
| 10:00 | Rust for the Web | Diane Hosfelt |

## Monday

|  |  |
| --- | --- |
| 9:00 | Breakfast at the hotel by the river |
| 10:00 | Walk to the Gardens by the Bay |
| 12:00 | Lunch at the hawker centre |
",
        &[
            "Collaborative Webmaking using TogetherJS | Santosh | ",
            "Offline Communications in Firefox OS | Priyanka Nag | ",
            "Webmaking with Mobile | Raj Singh; Biraj Karmakar | ",
            "Building an Open Source Community | Kaustav Das Modak | ",
            "Firefox OS for Developers | Bob Reyes | ",
            "Rust for the Web | Diane Hosfelt | ",
        ],
    );
}

#[test]
fn a_tables_header_that_is_only_a_label_names_no_column() {
    // `| talks: | |` and `| Giorno uno | |` over rows of a speaker and
    // a title: the columns are read from the cells. A table of tools,
    // each a link, with descriptions beside them, stays notes.
    check(
        "# Resoconto delle conferenze di ottobre 2025

## Modena: GDG DevFest 2025

|talks:                |                                            |
|----------------------|--------------------------------------------|
| Gabriele Santomaggio | Creare un Linux container da zero          |
| Andrea Carratta      | Infrastructure as Code                     |
| Soumaya Erradi       | Mastering Git                              |

## Firenze: GoLab

| Giorno uno          |                                                                 |
| ------------------- | --------------------------------------------------------------- |
| **Raphael Amorim**  | *Unchaining Charm: Making Developer Tools Speak Every Language* |
| **Alex Rios**       | *Tug-of-Code: The battle for efficient iteration in Go*         |
| **Jesús Espino**    | *Deep dive into the select statement*                           |

## Tools

| Name / Details       |                                                        |
| -------------------- | ------------------------------------------------------ |
| [NodeEra]            | Neo4j property graph design and data management system |
| [Graph Apps Gallery] | One-Click Install of Curated Graph Developer Tools     |
| [Arrows]             | Simple tool for modeling data                          |

[NodeEra]: https://example.com/nodeera
[Graph Apps Gallery]: https://example.com/gallery
[Arrows]: https://example.com/arrows
",
        &[
            "Creare un Linux container da zero | Gabriele Santomaggio | ",
            "Infrastructure as Code | Andrea Carratta | ",
            "Mastering Git | Soumaya Erradi | ",
            "Unchaining Charm: Making Developer Tools Speak Every Language | Raphael Amorim | ",
            "Tug-of-Code: The battle for efficient iteration in Go | Alex Rios | ",
            "Deep dive into the select statement | Jesús Espino | ",
        ],
    );
}

#[test]
fn a_chinese_speaker_word_before_a_linked_name_and_section_words_in_chinese() {
    // `講者 [Name](…) 介紹了…`: the speaker's word, no colon, the person
    // linked, the sentence going on; `Anderson Chen 陳柏安` is one person
    // named twice (a known given name), `eBay 汪兴朗` a company and its
    // engineer. `前言`,
    // `參與心得`, `相關資料` are the post's own sections.
    check(
        "---
title: JSDC 2021 開發者年會 參與心得
---

## 前言

很高興能獲得 Alpha Camp 全額贊助 JSDC 門票。

## 參與心得

很慶幸能來得及報名這個年會。

## 跨平台整合

### The Future of React: 18 and Beyond

講者 [C.T Lin](https://www.facebook.com/chentsulin) 介紹了未來 React 18.X 新增的功能

### It’s a good idea to learn JS from LINE Bot

講者 [Anderson Chen 陳柏安](https://www.line-community.me/x) 介紹了聊天機器人是趨勢

### 大数据实时处理

讲者 [eBay 汪兴朗](https://example.com/x) 介绍了实时处理系统

## 相關資料

- [共同筆記](https://hackmd.io/@JSDC-tw/2021conference)
",
        &[
            "The Future of React: 18 and Beyond | C.T Lin | ",
            "It’s a good idea to learn JS from LINE Bot | Anderson Chen 陳柏安 | ",
            "大数据实时处理 | 汪兴朗 (eBay) | ",
        ],
    );
}

#[test]
fn russian_speakers_before_a_dash_are_known_by_their_given_names() {
    // `[Имя Фамилия — Title](video)`: a list of a conference's videos in
    // Russian, the speaker first. The given names are known through their
    // Latin spelling (`Сергей` → sergey).
    check(
        "---
title: \"Joker 2018\"
---

* ⭐️ [Никита Коваль — Как устроены каналы в корутинах в Kotlin](https://www.youtube.com/watch?v=eZshP8zPSFo) - Никита сравнил каналы
* [Сергей Мельников — Профилируем черного лебедя с помощью Intel Processor Trace](https://www.youtube.com/watch?v=Cn4bw7cE68w) - интересный доклад
* [Дмитрий Александров — Microprofile io - не Спрингом единым](https://www.youtube.com/watch?v=iW_W1sKNjMs) - рассказ
",
        &[
            "Как устроены каналы в корутинах в Kotlin | Никита Коваль | https://www.youtube.com/watch?v=eZshP8zPSFo",
            "Профилируем черного лебедя с помощью Intel Processor Trace | Сергей Мельников | https://www.youtube.com/watch?v=Cn4bw7cE68w",
            "Microprofile io - не Спрингом единым | Дмитрий Александров | https://www.youtube.com/watch?v=iW_W1sKNjMs",
        ],
    );
}

#[test]
fn links_to_notes_files_with_their_slides_after_them_and_a_comment_below() {
    // A day's talks as paragraphs, each a link to its notes file, then its
    // slides in parentheses, sometimes a line of comment under it.
    check(
        "# Gophercon 2020

## Wednesday, November 11, 2020

[**Typing Generic Go**](generics.md) ([slides](slides/generics.pdf))
Excellent summary of the current status of the generics proposal.

[The Quest for the Fastest Deployment Time](fastest-deployment-time.md)
([slides](slides/fastest-deployment-time.pdf))

[Build and Test Caching in Go](cache.md)

[**Implementing faster defers**](defer.md) ([slides](slides/defer.pdf))
",
        &[
            "Typing Generic Go |  | ",
            "The Quest for the Fastest Deployment Time |  | ",
            "Build and Test Caching in Go |  | ",
            "Implementing faster defers |  | ",
        ],
    );
}

#[test]
fn links_to_video_files_are_recordings() {
    // A list of the talks attended, each a link to its video file on the
    // event's archive (`.webm`); a link to a PDF is no recording.
    check(
        "---
title: \"Debconf21\"
---

Talks I've attended (with hyperlinks to the video of the talk) are:

- [DebConf21 Opening](https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-177-debconf21-opening.webm)
- [Linux's 30th Anniversary](https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-80-linuxs-30th-anniversary.webm)
- [GUI vs CLI in Debian](https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-74-gui-vs-cli-in-debian.webm)
",
        &[
            "DebConf21 Opening |  | https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-177-debconf21-opening.webm",
            "Linux's 30th Anniversary |  | https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-80-linuxs-30th-anniversary.webm",
            "GUI vs CLI in Debian |  | https://meetings-archive.debian.net/pub/debian-meetings/2021/DebConf21/debconf21-74-gui-vs-cli-in-debian.webm",
        ],
    );
}

#[test]
fn a_paragraphs_lines_each_a_person_then_a_title_after_a_lead_in() {
    // A day's picks written as lines of one paragraph, no list markers,
    // after a line leading into them; a paragraph of prose that names a
    // person before a dash once is no list.
    check(
        "# GeeCON 2015

## Day 1

We split our ways and ran to the five parallel talks. My selection was:
Nicolas Fränkel - _Cargo Culting and Memes in Java_
Adam Warski - _Implementing the Reactive Manifesto with Akka_
Heiko Seeberger - _Reactive Apps with Akka and AngularJS_

With a full head we set off to the apartment.

## Day 2

This time we arrived for the first coffee break. And now for some talks.
Fred George - _Challenges in Implementing MicroServices_
Sam Newman - _Principles Of Microservices_
Grant Ingersoll - _Understanding what's important_

Sam Newman - who wrote the book - was excellent.
It inspired me a lot.
I bought the book.
",
        &[
            "Cargo Culting and Memes in Java | Nicolas Fränkel | ",
            "Implementing the Reactive Manifesto with Akka | Adam Warski | ",
            "Reactive Apps with Akka and AngularJS | Heiko Seeberger | ",
            "Challenges in Implementing MicroServices | Fred George | ",
            "Principles Of Microservices | Sam Newman | ",
            "Understanding what's important | Grant Ingersoll | ",
        ],
    );
}

#[test]
fn the_wwdc_apps_share_links_are_session_videos() {
    // A topic's list of WWDC sessions, some linked through the WWDC app's
    // share address, a disclosure of the author's mind map under one.
    check(
        "# WWDC20 观影记录

## SwiftUI

- [Introduction to SwiftUI](https://developer.apple.com/videos/play/wwdc2020/10119/)

- [Stacks, Grids, and Outlines in SwiftUI](https://wwdc.io/share/wwdc20/10031)

  <details><summary>点击展开思维导图</summary>
    <a href=\"https://share.mubu.com/doc/x\">mind map</a>
  </details>

- [Data Essentials in SwiftUI](https://wwdc.io/share/wwdc20/10040)
",
        &[
            "Introduction to SwiftUI |  | https://developer.apple.com/videos/play/wwdc2020/10119/",
            "Stacks, Grids, and Outlines in SwiftUI |  | https://wwdc.io/share/wwdc20/10031",
            "Data Essentials in SwiftUI |  | https://wwdc.io/share/wwdc20/10040",
        ],
    );
}

#[test]
fn a_label_in_brackets_after_the_title_is_no_title() {
    // `Title [[PDF]](…)`: the author's label for the link set in
    // brackets; the words before it are the title.
    check(
        "# SIGGRAPH 2019

## Technical Papers

1. Hierarchical Russian Roulette for Vertex Connections [[PDF]](http://www.jp.square-enix.com/tech/library/pdf/hrr.pdf)
2. A Monte-Carlo Framework for Rendering Speckle Statistics [[PDF]](https://arxiv.org/pdf/1901.06931.pdf)
3. Rodent: Generating Renderers Without Writing a Generator [[PDF]](https://graphics.cg.uni-saarland.de/papers/rodent.pdf)
",
        &[
            "Hierarchical Russian Roulette for Vertex Connections |  | ",
            "A Monte-Carlo Framework for Rendering Speckle Statistics |  | ",
            "Rodent: Generating Renderers Without Writing a Generator |  | ",
        ],
    );
}

#[test]
fn a_timetable_heading_over_talks_numbered_by_slot() {
    // `## 2024 INFCON 인프콘 시간표` (timetable) over the talks one picked,
    // each numbered by its slot and its place in it (`1-2.`). A heading
    // titled with such numbers elsewhere keeps its reading.
    check(
        "## 2024 INFCON 🎉

드디어 인프콘이 오픈되었다.

## 2024 INFCON 인프콘 시간표

내가 들을 세션에 대해 간략하게 정리해보았다.

### 1-1. React Native와 함께 인프런 앱 새로 만들기

앱개발에 있어서.

### 1-2. 지속 성장 가능한 설계를 만들어가는 방법

설계.

### 3. Next.js 블로그 모범 사례 탐구

블로그.
",
        &[
            "React Native와 함께 인프런 앱 새로 만들기 |  | ",
            "지속 성장 가능한 설계를 만들어가는 방법 |  | ",
            "Next.js 블로그 모범 사례 탐구 |  | ",
        ],
    );
}

#[test]
fn a_comment_after_a_linked_title_wrapped_onto_the_next_lines_is_no_subtitle() {
    // `[Title](…): I'm really` / `excited about…`: the comment goes on
    // below, so the words after the colon are no subtitle; a subtitle
    // over the talk's materials on the next line stays one.
    check(
        "---
title: \"WWDC 2021: Session Notes\"
---

The sessions below are listed in the order I have watched them:

- [What’s New in SwiftUI](https://developer.apple.com/wwdc21/10192): I'm really
  excited about the new modifiers for list.

- [What’s new in Foundation](https://developer.apple.com/wwdc21/10109): The new
  attributed string and formatter APIs are simply brilliant.

- [hatrace](https://github.com/nh2/hatrace): A syscall tracing library in Haskell
  ([video](https://www.youtube.com/watch?v=CZJghAptsEI))
",
        &[
            "What’s New in SwiftUI |  | https://developer.apple.com/wwdc21/10192",
            "What’s new in Foundation |  | https://developer.apple.com/wwdc21/10109",
            "hatrace: A syscall tracing library in Haskell |  | https://www.youtube.com/watch?v=CZJghAptsEI",
        ],
    );
}

#[test]
fn a_timetable_grid_of_tracks_holds_a_talk_per_cell() {
    // `|時刻|Track1|Track2|Track3|`: each cell under a track is a talk at
    // that time, its slides linked by a mark (`[📄](…)`); rows written
    // short, a break passed over.
    check(
        "# TSKaigi 2024

## スライドまとめ

|時刻|Track1|Track2|Track3
|---|---|---|---|
|10:30 ~ 11:15|Keynote: What's New in TypeScript [📄(未)]()
|11:30 ~ 12:00|全てをTypeScriptで統一したらこうなった！[📄](https://speakerdeck.com/a/one)|TypeScript ASTを利用したコードジェネレーション[📄](https://speakerdeck.com/b/two)|型安全なルーティング
|12:00 ~ 13:00|Lunch
",
        &[
            "What's New in TypeScript |  | ",
            "全てをTypeScriptで統一したらこうなった！ |  | ",
            "TypeScript ASTを利用したコードジェネレーション |  | ",
            "型安全なルーティング |  | ",
        ],
    );
}

#[test]
fn a_person_after_a_spaced_slash_in_a_heading() {
    // `### Title / Name`: the talk, then its speaker after a slash;
    // `Input / Output` names no one, and `by A / B` under a heading is
    // its two speakers.
    check(
        "# DevConf 2024

## Talks

### Scaling engineering teams / Jane Doe

Notes.

### Input / Output

Speaker: Ada Lovelace

### The Future of Web Apps

by Malte Ubl / Nicole Sullivan
",
        &[
            "Scaling engineering teams | Jane Doe | ",
            "Input / Output | Ada Lovelace | ",
            "The Future of Web Apps | Malte Ubl; Nicole Sullivan | ",
        ],
    );
}

#[test]
fn a_person_then_what_they_do_after_a_dash_following_a_bold_title() {
    // `* **Title** - *Name - Role na Org*`: the speaker, then their job
    // and where; `**Title** - DevOpsDays, Boston MA` names a place.
    check(
        "# PYTHON BRASIL 14

## DIA 18 TUTORIAIS

* **Pandas sem bruxaria** - *Fernando Masanori - Docente da FATEC*

* **Database as a Service** - *Mauro Murari - Desenvolvedor na Globo*

* **Python packaging sem complicação!** - *Jane Doe - Engineer at Acme*
",
        &[
            "Pandas sem bruxaria | Fernando Masanori (FATEC) | ",
            "Database as a Service | Mauro Murari (Globo) | ",
            "Python packaging sem complicação! | Jane Doe (Acme) | ",
        ],
    );
}

#[test]
fn near_misses_of_this_sessions_rules() {
    // A video under a part of one talk's notes takes no talk over.
    check(
        "# Rust in production - Jane Doe

Intro notes.

## Key takeaways

- one

## The live demo

<iframe width=\"560\" src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>
",
        &["Rust in production | Jane Doe | https://www.youtube.com/watch?v=abcdefghijk"],
    );
    // A tag in brackets that is also the title's first word stays in it.
    check(
        "# KubeCon

## Day 1

- [Kubernetes] Kubernetes at scale - Jane Doe
- [Security] Supply chain security - John Smith
",
        &[
            "Kubernetes at scale | Jane Doe | ",
            "Supply chain security | John Smith | ",
        ],
    );
    // Two people around a slash after `by`.
    check(
        "# DevConf

## Talks

### Async at scale by Sarah Connor / Paul Allen

Notes.
",
        &["Async at scale | Sarah Connor; Paul Allen | "],
    );
    // A festival's line-up, a reading log without a header, a playlist of
    // `Artist - Song` lines and release notes linking demo videos hold
    // no talks (a file with one top heading and nothing read as a talk
    // under it stays one talk's notes, as before).
    check(
        "# Summer festival\n\n| Time | Main Stage | Second Stage |\n| --- | --- | --- |\n| 18:00 | Arctic Monkeys | The Lumineers |\n| 19:30 | Florence Welch | Bon Iver |\n",
        &[],
    );
    for (md, whole) in [
        (
            "# My year\n\n|  |  |  |\n| --- | --- | --- |\n| The Left Hand of Darkness | Ursula Le Guin | 4/5 |\n| The Dispossessed of Anarres | Ursula Le Guin | 5/5 |\n| Kindred and Other Stories | Octavia Butler | 5/5 |\n",
            "My year |  | ",
        ),
        (
            "# Road trip\n\nSongs on the playlist:\nBob Dylan - Like a Rolling Stone\nJoni Mitchell - Big Yellow Taxi\nPaul Simon - Graceland Again\n",
            "Road trip |  | ",
        ),
        (
            "# Release 2.0\n\n## Dark mode\n\nThe app has a dark mode, see it [here](https://cdn.acme.com/videos/dark-mode.mp4).\n\n## Faster sync\n\nSync is faster, see [this clip](https://cdn.acme.com/videos/sync.mp4).\n",
            "Release 2.0 |  | ",
        ),
    ] {
        check(md, &[whole]);
    }
}
