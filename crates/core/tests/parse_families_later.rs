//! Layouts of real notes learnt from the misses of the later held-out sets
//! (`tests/corpus/holdout12` to `holdout14`), each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;
use parse_support::{parse_files, session_lines};

#[test]
fn group_words_with_an_article_hold_the_talks_of_a_post() {
    // `## The Tutorials` is the first of the post's groups, not its title;
    // `### Papers` told in prose is no talk, nor is `## Wrap Up`.
    check(
        "---
title: \"Trip Report: ICML 2015\"
---

Some words about the conference.

## The Tutorials
The tutorials were my favourite part.

### Natural Language Understanding: Foundations and State-of-the-Art
This was my favourite tutorial, given by a professor.

### Advances in Structured Prediction
A two-parter.

## The Main Conference
Each day had a keynote address.

### Keynotes

#### Two High-Stakes Challenges in Machine Learning
Leon Bottou's talk.

### Papers
The paper sessions were hit-or-miss.

## Wrap Up
A great conference.
",
        &[
            "Natural Language Understanding: Foundations and State-of-the-Art |  | ",
            "Advances in Structured Prediction |  | ",
            "Two High-Stakes Challenges in Machine Learning |  | ",
        ],
    );
}

#[test]
fn a_video_channels_titles_name_the_category_the_speakers_and_the_title() {
    check(
        "# PyCon US 2024 recordings

- ★★★★★ [Talks - Brandt Bucher: Building a JIT compiler for CPython](https://www.youtube.com/watch?v=wr0fVU3Ajwc)
- [Talks -Toby Ho: Rewind: Python Time-Travel Debugger](https://www.youtube.com/watch?v=aaaaaaaaaaa)
- [Tutorials - Gil, Jim, Naty, Phillip: Introduction to Ibis](https://www.youtube.com/watch?v=bbbbbbbbbbb) with 808 views
- [Keynote Speaker - Simon Willison](https://www.youtube.com/watch?v=ccccccccccc)
- [Sponsor Presentations - Introducing Pydantic's new platform (Sponsor: Pydantic)](https://www.youtube.com/watch?v=ddddddddddd)
- [Lightning Talks - May 17, 6pm](https://www.youtube.com/watch?v=eeeeeeeeeee)
",
        &[
            "Building a JIT compiler for CPython | Brandt Bucher | https://www.youtube.com/watch?v=wr0fVU3Ajwc",
            "Rewind: Python Time-Travel Debugger | Toby Ho | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "Introduction to Ibis | Gil; Jim; Naty; Phillip | https://www.youtube.com/watch?v=bbbbbbbbbbb",
            "Keynote | Simon Willison | https://www.youtube.com/watch?v=ccccccccccc",
            "Introducing Pydantic's new platform |  | https://www.youtube.com/watch?v=ddddddddddd",
            "Lightning Talks - May 17, 6pm |  | https://www.youtube.com/watch?v=eeeeeeeeeee",
        ],
    );
}

#[test]
fn an_event_and_a_name_as_sentences_before_the_titles_link() {
    check(
        "# Проектирование высоконагруженных систем

### talks
0. Highload++ 2014. Андрей Аксёнов.
[Выбираем поиск умом головы](
https://www.youtube.com/watch?v=gJXWqkf6CX8).
1. SREcon 2019. Simon Eskildsen.
[Advanced Napkin Math](
https://www.youtube.com/watch?v=IxkSlnrRFqc).
",
        &[
            "Выбираем поиск умом головы | Андрей Аксёнов | https://www.youtube.com/watch?v=gJXWqkf6CX8",
            "Advanced Napkin Math | Simon Eskildsen | https://www.youtube.com/watch?v=IxkSlnrRFqc",
        ],
    );
}

#[test]
fn links_to_notes_files_on_a_forge_are_talks() {
    check(
        "# DEFCON 24

## The Talks
### Thursday
* [Cyber Grand Challenge](https://github.com/someone/defcon24/blob/master/talks/CGC.md)
* [Feds and 0Days](https://github.com/someone/defcon24/blob/master/talks/FedsAnd0Days.md)

### Friday
* [Compelled Decryption](https://github.com/someone/defcon24/blob/master/talks/CompelledDecryption.md)
* [Honey Onions](https://github.com/someone/defcon24/blob/master/talks/HoneyOnions.md)
",
        &[
            "Cyber Grand Challenge |  | ",
            "Feds and 0Days |  | ",
            "Compelled Decryption |  | ",
            "Honey Onions |  | ",
        ],
    );
}

#[test]
fn a_table_with_headers_in_german_catalogues_talks() {
    check(
        "# Lightning Talks

| Thema | Vortragender | Start-Zeit im Video |
| ----- | ------------ | ------------------- |
| Negative Wahrscheinlichkeiten | Henning | 00:03:46 |
| Browser Tracking | Björn | 00:40:35 |
",
        &[
            "Negative Wahrscheinlichkeiten | Henning | ",
            "Browser Tracking | Björn | ",
        ],
    );
}

#[test]
fn a_section_whose_notes_speak_of_talks_holds_the_headings_under_it() {
    // `De charla en charla` (from talk to talk) says the author went to
    // 13 talks; the headings under it are talks, each naming its speaker
    // by the one profile its first paragraph links to. The sections
    // beside it are about the event.
    check(
        "---
title: Codemotion 2015
---

Fui a 13 charlas.

## Organización del evento

Muchas de las salas tenían una capacidad insuficiente para ver la charla.

## De charla en charla

Asistí a 13 charlas. Haré un resumen de algunas de ellas.

### La arquitectura fluida

[@pinchito](https://twitter.com/pinchito) nunca defrauda.

### Del cielo al infierno

Los generadores son una nueva característica. En esta charla, [@rrequero](https://twitter.com/rrequero) nos explicó cómo usarlos.

### Todo lo que siempre quisiste saber sobre bases de datos

Vi la de [@supercoco9](https://twitter.com/supercoco9), con [@otra](https://twitter.com/otra).

## Los entretiempos por los pasillos

Me mostraron una demo del nuevo teléfono.
",
        &[
            "La arquitectura fluida | pinchito | ",
            "Del cielo al infierno | rrequero | ",
            "Todo lo que siempre quisiste saber sobre bases de datos |  | ",
        ],
    );
}

#[test]
fn a_bold_title_then_a_paragraph_naming_who_gave_it() {
    // A WordPress import: each talk a bold line, its speakers with their
    // companies in the next paragraph, then when and where; an HTML
    // entity in a title is the character it stands for.
    check(
        "---
title: Tools Related GDC10 Sessions
author: Geoff Evans
---

First off, our gathering is on Thursday.

**Data is a Four-Letter Word**
  
Paul Du Bois (Double Fine) and Henry Goffin (Double Fine)
  
Thursday 10:30-11:30 Room 131, North Hall

**Collada &#8211; Featuring WebGL**
  
Mark Barnes (Khronos Group)
  
Friday 1:30- 2:30 Room 123, North Hall
",
        &[
            "Data is a Four-Letter Word | Paul Du Bois (Double Fine); Henry Goffin (Double Fine) | ",
            "Collada – Featuring WebGL | Mark Barnes (Khronos Group) | ",
        ],
    );
}

#[test]
fn a_persons_heading_over_the_title_of_their_talk() {
    check(
        "# Robot Software

## Wed 13 Nov 2019

### Davide Brugali
Managing software variability for dynamic reconfiguration of robot control systems
Slides: https://example.org/slides/Brugali.pdf

Robotic variability, and more notes.

### Christian Schlegel
Composition, Separation of Roles and Model-Driven Approaches 
as Enabler of a Robotics Software Ecosystem 
Slides: https://example.org/slides/Schlegel.pdf

### Arnaud Gotlieb
Testing Robotic Systems: A New Battlefield!   
Slides:  https://example.org/slides/Gotlieb.pdf

### Michael Fisher  
Verifiable Autonomy and Responsible Robotics   
Slides: https://example.org/slides/Fisher.pdf
",
        &[
            "Managing software variability for dynamic reconfiguration of robot control systems | Davide Brugali | ",
            "Composition, Separation of Roles and Model-Driven Approaches as Enabler of a Robotics Software Ecosystem | Christian Schlegel | ",
            "Testing Robotic Systems: A New Battlefield! | Arnaud Gotlieb | ",
            "Verifiable Autonomy and Responsible Robotics | Michael Fisher | ",
        ],
    );
}

#[test]
fn chapters_of_a_story_number_nothing_and_a_summary_in_french_is_no_talk() {
    check(
        "# DevFest Nantes 2025

## Jeudi 16 octobre : premier jour

### Chapitre 1 : Keynote - Advice Well Taken - Dasha Ilina

Dasha est une artiste.

### Chapitre 2 : Charmer les dragons : pitcher son produit comme un héros - Montaine Marteau et Rachel Dubois

Notes.

### Chapitre 3 : Bilan de la première journée

Une belle journée.
",
        &[
            "Advice Well Taken | Dasha Ilina | ",
            "Charmer les dragons : pitcher son produit comme un héros | Montaine Marteau; Rachel Dubois | ",
        ],
    );
}

#[test]
fn a_paper_session_s_titles_with_a_prize_and_gerunds_are_no_names() {
    // `by Interpolating Hidden States` is part of the title; `Best
    // Paper:` is the kind of session; a keynote followed by a known name
    // is that person's keynote.
    check(
        "# ICML 2019

## Monday

### Manifold Mixup: Better Representations by Interpolating Hidden States
_Vikas Verma, Alex Lamb, Yoshua Bengio_

### Best Paper: \"Challenging Common Assumptions in the Unsupervised Learning of Disentangled Representations\"
_Francesco Locatello, Stefan Bauer, Olivier Bachem_

### Keynote: Gil Broza
Notes on the keynote.
",
        &[
            "Manifold Mixup: Better Representations by Interpolating Hidden States | Vikas Verma; Alex Lamb; Yoshua Bengio | ",
            "Challenging Common Assumptions in the Unsupervised Learning of Disentangled Representations | Francesco Locatello; Stefan Bauer; Olivier Bachem | ",
            "Keynote | Gil Broza | ",
        ],
    );
}

#[test]
fn bold_titles_wrapped_over_lines_with_the_speakers_profile_after_a_comma() {
    check(
        "Title: Insights from PyData Florence 16
Date: 2016-04-20 06:05

I have just joined PyData in Florence.

**Time Travel and Time Series Analysis with Pandas and Statsmodels,
[@hendorf.](http://twitter.com/hendorf)** The focus of the talk was time
series analysis.

**Building Data Pipelines in Python,
[@marcobonzanini](http://twitter.com/marcobonzanini).** Luigi is an
awesome tool.
",
        &[
            "Time Travel and Time Series Analysis with Pandas and Statsmodels | hendorf | ",
            "Building Data Pipelines in Python | marcobonzanini | ",
        ],
    );
}

#[test]
fn titles_in_title_marks_then_who_gave_them_and_one_talk_named_twice() {
    // The itinerary names the talks in bold quotes first; their headings
    // below name the speakers: each talk once, with its speakers.
    check(
        "# ArchSummit 2018

## 简单行程

上午听了 **“把内容交付这件事做好”** 和 **“机器学习在多源传感器数据上的应用”**。

## 上午场

### 《把内容交付这件事做好》-郭蕾

笔记。

### 《机器学习在多源传感器数据上的应用》-刘磊，Google 机器学习专家

笔记。

### 午餐

好吃。
",
        &[
            "把内容交付这件事做好 | 郭蕾 | ",
            "机器学习在多源传感器数据上的应用 | 刘磊 (Google 机器学习专家) | ",
        ],
    );
}

#[test]
fn a_meetup_archive_of_speaker_and_title_links_after_an_emoji() {
    // `📔 … - Slides` is the evening's slides, and `(to follow)` a note.
    check(
        "## Meet-ups

### October 16 2019 - [Monzo](https://monzo.com/)

📔 [London Gophers - Slides](https://docs.google.com/presentation/d/e/2PACX/pub)

🗣 [Suhail Patel - Learning to Reflect](https://github.com/suhailpatel/talks/blob/master/Learning%20to%20Reflect%20(London%20Gophers).pdf)

🗣 [Gargi Sharma - Is random random enough?](https://docs.google.com/presentation/d/e/2PACX-1/pub)

🗣 [Kat Zien - Pacman from scratch (to follow)](https://docs.google.com/presentation/d/e/2PACX-2/pub)
",
        &[
            "Learning to Reflect | Suhail Patel | ",
            "Is random random enough? | Gargi Sharma | ",
            "Pacman from scratch | Kat Zien | ",
        ],
    );
}

#[test]
fn a_table_whose_title_cells_carry_slides_links() {
    check(
        "# MiniLappisConf 2018

| Palestrante     | Tema                                   | Duração |
| --------------- | -------------------------------------- | ------- |
| Ricardo Poppi   | Máquina de Anticítera [slides (pdf)](slides/anticitera.pdf) | 20 min  |
| Naiara Andrade  | 24 passos para uma startup de sucesso - MIT GSL | 30 min  |
| Carla e Joenio  | Arte + Tecnologia | 30 min  |
",
        &[
            "Máquina de Anticítera | Ricardo Poppi | ",
            "24 passos para uma startup de sucesso - MIT GSL | Naiara Andrade | ",
            "Arte + Tecnologia | Carla | ",
        ],
    );
}

#[test]
fn one_talk_by_its_front_matter_or_the_byline_under_its_title() {
    let lib = parse_support::parse_files(&[
        (
            "notes/lingo.md",
            "---
title: Kubernetes Storage Lingo 101 (Kubernetes Storage Lingo 101)
speaker: Saad Ali
source: https://www.youtube.com/watch?v=uSxlgK1bCuA
---

## The Goal: Workload Portability
- Write your app once.
",
        ),
        (
            "notes/quality.md",
            "# Code Quality, By The Numbers
**by Anthony Ferrara @ircmaxell**

Even the best code still has some question marks in it.

## Tools

### PDepend
by Manuel Pichler

Notes.

### PHPMD (Mess Detector)
by Manuel Pichler

Notes.
",
        ),
    ]);
    let mut lines = session_lines(&lib);
    lines.sort();
    assert_eq!(
        lines,
        [
            "Code Quality, By The Numbers | Anthony Ferrara | ",
            "Kubernetes Storage Lingo 101 | Saad Ali | https://www.youtube.com/watch?v=uSxlgK1bCuA",
        ]
    );
}

#[test]
fn a_lightning_talks_page_with_every_speaker_in_its_front_matter() {
    check(
        "---
layout: meetup
title: Lightning Talks! (First Edition)
speaker:
  name: Eun Young Cho (@eunEsPlata), Andrés Velasco (@avc_conti) y Antonio Crespo (@antoniocrevel)
---

## Charlas

### 👨‍💻Comunidad diversa e inclusiva, ¿es realmente necesario?

***Eun Young Cho (@eunEsPlata)***
En la sesión de este lightning talk vamos a debatir.

### Getting Things Done: acoso y derribo al procrastinador

***Antonio Crespo (@antoniocrevel)***
Una charla sobre GTD.
",
        &[
            "Comunidad diversa e inclusiva, ¿es realmente necesario? | Eun Young Cho | ",
            "Getting Things Done: acoso y derribo al procrastinador | Antonio Crespo | ",
        ],
    );
}

#[test]
fn a_title_key_in_the_heading_and_by_as_a_key_in_spanish() {
    check(
        "# Charlas y presentaciones

## Tema: EOSCR Pre-practica UI/UX
**Por:** Jorge Murillo.

### Grabación de la charla:
**[EOS Pre-Practica UI/UX](https://us02web.zoom.us/rec/share/WWDqs5rB2r5rEdul)**

## Tema: Mob Programming - Sesion 1 - Repaso de Agilidad Moderna
**Por:** Teto Gómez.
",
        &[
            "EOSCR Pre-practica UI/UX | Jorge Murillo | https://us02web.zoom.us/rec/share/WWDqs5rB2r5rEdul",
            "Mob Programming - Sesion 1 - Repaso de Agilidad Moderna | Teto Gómez | ",
        ],
    );
}

#[test]
fn par_with_a_capital_before_the_speaker_in_french_headings() {
    check(
        "# Devoxx France 2022

## Futurospective digitale : le futur est-il encore ce qu’il était ? Par Ludovic Cinquin

Notes.

## La quête d’une gouvernance collaborative du web Par Lê Nguyên Hoang

Notes.
",
        &[
            "Futurospective digitale : le futur est-il encore ce qu’il était ? | Ludovic Cinquin | ",
            "La quête d’une gouvernance collaborative du web | Lê Nguyên Hoang | ",
        ],
    );
}

#[test]
fn paragraphs_opening_with_a_recordings_link_then_por_name_and_a_colon() {
    check(
        "Entre las charlas introductorias destacaremos:

[Introducción a Numpy](http://vimeo.com/63253083) por _Bryan Van De Ven_: si no conoces nada de Numpy esta es tu charla.

[Pandas](http://vimeo.com/63255854) por _Wes McKinney_: Es una charla introductoria.
",
        &[
            "Introducción a Numpy | Bryan Van De Ven | http://vimeo.com/63253083",
            "Pandas | Wes McKinney | http://vimeo.com/63255854",
        ],
    );
}

#[test]
fn a_list_of_links_to_the_talks_pages_on_the_schedule() {
    check(
        "# FOSDEM 2023 Highlights

## Talks

Here’s my bookmarked talks for this 2023 edition :

- [Bizarre and Unusual Uses of DNS](https://fosdem.org/2023/schedule/event/dns_bizarre/)
- [Rust in the Kernel (via eBPF)](https://fosdem.org/2023/schedule/event/rust_ebpf/)
",
        &[
            "Bizarre and Unusual Uses of DNS |  | ",
            "Rust in the Kernel (via eBPF) |  | ",
        ],
    );
}

#[test]
fn time_slot_headings_over_a_bold_title_and_a_name_bar_org_line() {
    check(
        "# 한빛+ 데브그라운드 2025 with Upstage

## 컨퍼런스 개요
AI와 개발의 미래를 함께 탐구합니다.

## 세션 요약

### 09:20 ~ 09:30
**2030년에는 우리는 어떻게 일하고 있을까?**  
박태웅 | 녹서포럼 의장  
- 기술·AI 발전이 일과 조직 문화에 미칠 장기적 변화 전망  

### 09:30 ~ 10:10
**AI 시대 개발자가 반드시 알아야 할 속도 향상 비법**  
하용호 | 데이터오븐 CEO  
- 개발 생산성을 극대화하는 AI 기반 툴과 워크플로우  
",
        &[
            "2030년에는 우리는 어떻게 일하고 있을까? | 박태웅 (녹서포럼 의장) | ",
            "AI 시대 개발자가 반드시 알아야 할 속도 향상 비법 | 하용호 (데이터오븐 CEO) | ",
        ],
    );
}

#[test]
fn tracks_of_bold_titles_each_over_a_speaker_line_in_chinese() {
    // `演讲人：` (speaker) with a full-width colon; the organisation
    // first, then the names.
    check(
        "Title: QCon上海2014大会见闻录
Date: 2014-10-21

## 技术

#### 大数据

**eBay用户行为数据流实时处理系统**

演讲人：eBay 汪兴朗

笔记。

**京东基于大数据技术的个性化电商搜索引擎**

演讲人： 京东 刘尚堃

笔记。

#### 移动与Web

**跨平台移动应用的自动化验收测试**

演讲人：平安科技 柴锋、高云

**乐逗游戏发行平台**

演讲人：余中强
",
        &[
            "eBay用户行为数据流实时处理系统 | 汪兴朗 (eBay) | ",
            "京东基于大数据技术的个性化电商搜索引擎 | 刘尚堃 (京东) | ",
            "跨平台移动应用的自动化验收测试 | 柴锋 (平安科技); 高云 (平安科技) | ",
            "乐逗游戏发行平台 | 余中强 | ",
        ],
    );
}

#[test]
fn a_heading_that_is_a_speaker_line_under_the_title_of_one_talk() {
    let lib = parse_files(&[
        (
            "notes/grpc.md",
            "# gRPC Go

### Presenter: Sameer Ajmani ([@sajma](https://twitter.com/@sajma))
----

- Open-source version of Stubby
",
        ),
        (
            "notes/ssql.md",
            "# Schemaless SQL

## Speaker: Will Leinweber - [@leinweber](http://twitter.com/lienweber)
## [Slides](http://ssql-railsconf.herokuapp.com/)

* Discovered ActiveRecord
",
        ),
    ]);
    let mut lines = session_lines(&lib);
    lines.sort();
    assert_eq!(
        lines,
        [
            "Schemaless SQL | Will Leinweber | ",
            "gRPC Go | Sameer Ajmani | ",
        ]
    );
}

#[test]
fn a_byline_sub_heading_below_the_talks_thumbnail_and_slides() {
    check(
        "# JSCONF EU 2013

### Ask not what JavaScript can do for you

[![Ask not what JavaScript can do for you](https://img.youtube.com/vi/Pl8ei4cug8k/0.jpg)](https://www.youtube.com/embed/Pl8ei4cug8k)

**Slides : **
https://speakerdeck.com/jonbretman/ask-not

##### by Jon Bretman
[Twitter](https://twitter.com/jonbretman)

---

### Getting to know your users

[![Getting to know your users](https://img.youtube.com/vi/YTlgMXqsuhM/0.jpg)](https://www.youtube.com/embed/YTlgMXqsuhM)

##### by Tim Messerschmidt
",
        &[
            "Ask not what JavaScript can do for you | Jon Bretman | https://www.youtube.com/embed/Pl8ei4cug8k",
            "Getting to know your users | Tim Messerschmidt | https://www.youtube.com/embed/YTlgMXqsuhM",
        ],
    );
}

#[test]
fn headings_without_a_space_after_the_hashes_at_every_level() {
    let lib = parse_files(&[(
        "notes/jquk.md",
        "#jQuery UK 2012

##jQuery Mobile
Speaker: Todd Parker

##Web vs Apps
Speaker: Dion Almaer

#jquk is the hashtag
",
    )]);
    assert_eq!(
        session_lines(&lib),
        [
            "jQuery Mobile | Todd Parker | ",
            "Web vs Apps | Dion Almaer | "
        ]
    );
    assert_eq!(lib.conferences[0].title, "jQuery UK 2012");
}

#[test]
fn bold_titles_over_who_and_what_labels() {
    check(
        "+++
title = \"SRE[in]con 2020\"
+++

The Fireside Chats stood out to me in particular.

**Fireside Chat #1**

**Who:**[ David Henke](https://www.linkedin.com/in/drhenke/), former SVP of Engineering at LinkedIn.

**What:** A trip down memory lane.

**Fireside Chat #2**

**Who:** [Erica Joy Baker](https://www.linkedin.com/in/ericajoy/)

**What:** A broad swath.
",
        &[
            "Fireside Chat #1 | David Henke | ",
            "Fireside Chat #2 | Erica Joy Baker | ",
        ],
    );
}

#[test]
fn a_speakers_name_right_over_the_talks_title() {
    // As in holdout20's jQuery UK notes: `#Name` over `##Title`, beside
    // `#Title` over `##Name`, the notes under them, `---` between talks.
    // (`#QUnit` is one word right over a deeper heading: a heading.)
    check(
        "#Todd Parker
##jQuery Mobile

@toddmparker

###Quick Start Guide
1. Make a proper website

---

#Web vs Apps
##Dion Almaer and Ben Galbraith
@dalmaer & @bgalbs

Some notes.

---

#QUnit
##Laurent Delcambre
@tquila_laurent

###Why use Unit tests
- check business logic

---

#Christian Heilmann
##Embracing & Celebrating Redundancy
@codepo8

###Bad browsers gave us a few options
- notes

---

#Haymo Meran
##Aloha Editor
@draftkraft
",
        &[
            "jQuery Mobile | Todd Parker | ",
            "Web vs Apps | Dion Almaer; Ben Galbraith | ",
            "QUnit | Laurent Delcambre | ",
            "Embracing & Celebrating Redundancy | Christian Heilmann | ",
            "Aloha Editor | Haymo Meran | ",
        ],
    );
    // One name over one heading is a section and its part, not a talk.
    let lib = parse_files(&[(
        "notes/trip.md",
        "# Trip\n\n## Paul Irish\n### Getting there\n\nTrains.\n",
    )]);
    assert!(
        session_lines(&lib)
            .iter()
            .all(|l| !l.starts_with("Getting there"))
    );
}

#[test]
fn a_blog_post_written_in_html_with_a_list_of_title_comma_speaker() {
    // As in holdout20's PyConES 2015 post: a Hugo page whose body is raw
    // HTML with character entities.
    check(
        "---
title: \"PyConES 2015\"
tags: [ \"python\" ]
---

<p>El pasado fin de semana se celebr&oacute; en Valencia la <a href=\"http://2015.es.pycon.org/es/\">PyConES 2015</a>.</p>
<p>Las charlas como siempre, sublimes.</p>
<ul>
<li>Better async code with Python 3, Anton Caceres</li>
<li>Charla plenaria, Yamila Moreno</li>
<li>Implantaci&oacute;n de ElasticSearch: problemas y soluciones, Miguel S&aacute;nchez Rodr&iacute;guez y Miguel Gonz&aacute;lez Nieto</li>
<li>Hacking the Taiga, David Barrag&aacute;n Merino</li>
</ul>
<p>Y con un mont&oacute;n de conocimientos volvimos.</p>
",
        &[
            "Better async code with Python 3 | Anton Caceres | ",
            "Charla plenaria | Yamila Moreno | ",
            "Implantación de ElasticSearch: problemas y soluciones | Miguel Sánchez Rodríguez; Miguel González Nieto | ",
            "Hacking the Taiga | David Barragán Merino | ",
        ],
    );
    // The same list in Markdown; a list of phrases with commas is none.
    check(
        "# PyConES 2015\n\nLas charlas:\n\n- Better async code with Python 3, Anton Caceres\n- Let's Twisted again!, Israel D. Aguilar\n- Comparing Python ORM, José Manuel Ortega\n\n## Notes\n\n- fast, cheap and good\n- red, green, refactor\n- small steps, often\n",
        &[
            "Better async code with Python 3 | Anton Caceres | ",
            "Let's Twisted again! | Israel D. Aguilar | ",
            "Comparing Python ORM | José Manuel Ortega | ",
        ],
    );
}

#[test]
fn links_to_talks_pages_in_a_posts_prose() {
    // As in holdout19's RubyKaigi post and holdout20's QCon SP post: the
    // headings are the author's topics, the talks are links to their pages
    // on the conference's site, with the speaker after `do`/`by` if any.
    check(
        "---
title: RubyKaigi2023 に参加した
---

## セッションを聞いて
### 最新のバージョンが最高ってこと
TypeProf v2に関する発表「[Revisiting TypeProf - IDE support as a primary feature](https://rubykaigi.org/2023/presentations/mametter.html#day2)」の中で、デモを見ました。

### VSCodeの拡張機能を使いこなしていきたい
[Introduction of new features for VS Code debugging](https://rubykaigi.org/2023/presentations/ono-max.html#day2)でTrace Inspectorを初めて知りました。
[Session page](https://rubykaigi.org/2023/presentations/ono-max.html)

### Sobre as palestras
Gostei da [Adding Reactivity to your Web Apps using RxJS](https://qconsp.com/sp2018/presentation/adding-reactivity), do [Ben Lesh](https://twitter.com/BenLesh), a melhor palestra.
",
        &[
            "Revisiting TypeProf - IDE support as a primary feature |  | ",
            "Introduction of new features for VS Code debugging |  | ",
            "Adding Reactivity to your Web Apps using RxJS | Ben Lesh | ",
        ],
    );
    // One link to a talk's page is a reference, not a list of talks.
    let lib = parse_files(&[(
        "notes/one.md",
        "# My week\n\n## Monday\n\nI watched [Building Things Fast](https://conf.example.org/talks/building-things-fast) again.\n",
    )]);
    assert!(session_lines(&lib).is_empty(), "{:?}", session_lines(&lib));
}

#[test]
fn several_people_after_a_headings_commas() {
    // As in holdout21's KubeCon EU 2023 post.
    check(
        "# KubeCon EU 2023

### 1. Enabling Real-Time Media in Kubernetes, Giles Heron
Notes.

### 2. Back to the Future: Next-Generation Cloud Native Security, Andrew Martin & Matt Jarvis
Notes.

### 3. Malicious Compliance: Reflections on Trusting Container Scanners, Ian Coldwater, Duffie Cooley, Brad Geesaman, Rory McCune, Datadog
Notes.

### 4. Fast, Cheap, Good
Notes.
",
        &[
            "Enabling Real-Time Media in Kubernetes | Giles Heron | ",
            "Back to the Future: Next-Generation Cloud Native Security | Andrew Martin; Matt Jarvis | ",
            // (The organisation after the last name is not kept yet.)
            "Malicious Compliance: Reflections on Trusting Container Scanners | Ian Coldwater; Duffie Cooley; Brad Geesaman; Rory McCune | ",
            "Fast, Cheap, Good |  | ",
        ],
    );
}

#[test]
fn session_codes_and_repeat_marks_in_a_list_of_notes_files() {
    // As in holdout22's re:Invent 2018 README.
    check(
        "# re-invent2018

### Thursday
- [SRV372-R1 - [REPEAT 1] Build Web Apps with GraphQL, AWS AppSync, and AWS Lambda](./thr/svr372.md)
- [GPSCT313 - Applying Digital Innovation to Rapid Prototyping](./thr/gpsct313.md)
- [ARC335-R2 - [REPEAT 2] Failing Successfully in the Cloud: AWS Approach to Resilient Design](./thr/arc335.md)
",
        &[
            "Build Web Apps with GraphQL, AWS AppSync, and AWS Lambda |  | ",
            "Applying Digital Innovation to Rapid Prototyping |  | ",
            "Failing Successfully in the Cloud: AWS Approach to Resilient Design |  | ",
        ],
    );
}

#[test]
fn a_person_their_organisation_and_the_title_between_dashes() {
    // As in holdout22's Monitorama 2018 notes.
    check(
        "# Monitorama 2018

## Day 1

### Logan McDonald @loganmeetsworld - BuzzFeed - Optimizing for Learning
Notes.

### Pam Selle @pamasaur - IOPipe - Serverless and CatOps
Notes.

### Ian Bennett - @enbnt - Monitory Report: I Have Seen Your Observability Future
Notes.

### Megan Kanne (Twitter) Automating Canary Analysis
Notes.

### Beth Cornils - How to include Whistler, Kate Libby, and appreciate that our differences make our teams better.
Notes.
",
        &[
            "Optimizing for Learning | Logan McDonald (BuzzFeed) | ",
            "Serverless and CatOps | Pam Selle (IOPipe) | ",
            "Monitory Report: I Have Seen Your Observability Future | Ian Bennett | ",
            "Automating Canary Analysis | Megan Kanne (Twitter) | ",
            "How to include Whistler, Kate Libby, and appreciate that our differences make our teams better. | Beth Cornils | ",
        ],
    );
}

#[test]
fn a_speakers_label_in_parentheses_and_a_name_before_the_items_comma() {
    // As in holdout22's VueConf 2018 page and useR! 2019 post.
    check(
        "# VueConf

## 会议日程

* [主题演讲（演讲者：尤雨溪）](./VueConfDetail/top-1.md)
* [挖掘Vue的声明式交互能力（演讲者：Winter）](./VueConfDetail/top-2.md)
* [应用多端统一的实践(演讲者：卓凌)](https://img.w3ctech.com/x.pdf)
",
        &[
            "主题演讲 | 尤雨溪 | ",
            "挖掘Vue的声明式交互能力 | Winter | ",
            "应用多端统一的实践 | 卓凌 | ",
        ],
    );
    check(
        "# useR! 2019

Here is a summary of the most interesting talks I saw:

* Michela Battauz,
  [video](https://www.youtube.com/watch?v=UsIcI3-pXiE),
  [regIRT](https://github.com/micbtz/regIRT/) for L1-regularized models.
* Erin LeDell, [video](https://www.youtube.com/watch?v=5EHHGBYaIqE),
  [benchmarking ML
  systems](http://www.user2019.fr/static/pres/t258053.pdf).
",
        &[
            "regIRT | Michela Battauz | https://www.youtube.com/watch?v=UsIcI3-pXiE",
            "benchmarking ML systems | Erin LeDell | https://www.youtube.com/watch?v=5EHHGBYaIqE",
        ],
    );
}

#[test]
fn a_days_list_of_speakers_profiles_and_takeaways() {
    // As in holdout21's React Rally 2017 post: each talk is known by its
    // speaker's handle; a list of links to follow is none.
    check(
        "# React Rally 2017

## Day 1

- [mjackson](https://twitter.com/mjackson) - [unpkg](https://unpkg.com) is a cdn capable of serving modules natively
- [sxywu](https://twitter.com/sxywu) - there is no *best* approach to d3 in react so far
- [chantastic](https://twitter.com/chantastic) - the simplicity of react is why you love it

## Links

- [mjackson](https://twitter.com/mjackson)
- [sxywu](https://twitter.com/sxywu)
- [chantastic](https://twitter.com/chantastic)
",
        &["mjackson | mjackson | ", "sxywu | sxywu | ", "chantastic | chantastic | "],
    );
}

#[test]
fn attribute_lists_after_a_headings_link_are_markup() {
    // As in holdout23's CppCon 2017 post (kramdown), and Pandoc's `{#id}`.
    check(
        "# CppCon 2017

# The talks I went to

### Jason Turner - [\"Practical C++17\"](https://cppcon2017.sched.com/event/Bgu8/practical-c17){:target=\"_blank\"}
Notes.

### Chandler Carruth - [\"Going Nowhere Faster\"](https://cppcon2017.sched.com/event/Bgu7/going-nowhere-faster){:target=\"_blank\"}
Notes.

### Matt Godbolt - Unbolting the Compiler's Lid {#lid}
Notes.
",
        &[
            "Practical C++17 | Jason Turner | ",
            "Going Nowhere Faster | Chandler Carruth | ",
            "Unbolting the Compiler's Lid | Matt Godbolt | ",
        ],
    );
}

#[test]
fn who_spoke_for_whom_and_descriptions_after_a_talks_link() {
    // As in holdout23's PyGotham, FOSDEM and CppCon posts, and holdout17's
    // Chemnitz notes (`von Name` before the title's link).
    check(
        "# PyGotham 2019

## Archiving the Internet Before it All Rots Away

**Speaker**: [Nick Sweeting](https://nicksweeting.com/) from Monadical

Notes.

## Optimizing Code Speed and Space with Build Time Switches

Speakers: Panel with Chandler Carruth, Matt Godbolt, Jim Radigan

Notes.
",
        &[
            "Archiving the Internet Before it All Rots Away | Nick Sweeting (Monadical) | ",
            "Optimizing Code Speed and Space with Build Time Switches | Chandler Carruth; Matt Godbolt; Jim Radigan | ",
        ],
    );
    check(
        "# FOSDEM 2018

# Highlights

+ [Python 3: 10 years later](https://fosdem.org/2018/schedule/event/python3/) to get a history of Python.
+ [GStreamer for tiny devices](https://fosdem.org/2018/schedule/event/gstreamer_for_tiny_devices/): to discover some tools to optimize the size.
+ [Speech-to-Text in Jitsi Meet](https://fosdem.org/2018/schedule/event/jitsi/): I'm a little bit disappointed by this talk, because they use a proprietary API.
+ 4. Vortrag: Von H. Uhlig [Dem Hack keine Chance: LAMP sicher betreiben](https://fosdem.org/2018/schedule/event/lamp/): hilfreich.
",
        &[
            "Python 3: 10 years later |  | ",
            "GStreamer for tiny devices |  | ",
            "Speech-to-Text in Jitsi Meet |  | ",
            "Dem Hack keine Chance: LAMP sicher betreiben | H. Uhlig | ",
        ],
    );
}

#[test]
fn a_noun_after_a_headings_dash_names_nobody() {
    // As in holdout23's DEF CON notes: `Preparation` is no speaker and no
    // organisation, so the heading is the author's section.
    let lib = parse_files(&[(
        "notes/defcon.md",
        "# DEF CON 26\n\n## Before DEF CON - Preparation\n\nWhat to pack.\n\n## Day 1\n\n### Weaponizing Unicode - Andrew Smith\n\nNotes.\n",
    )]);
    assert_eq!(
        session_lines(&lib),
        ["Weaponizing Unicode | Andrew Smith | "]
    );
}
