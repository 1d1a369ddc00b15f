//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-05 at 10:05 UTC (holdout120 onwards),
//! each pinned down with Markdown in and sessions out (`title | speakers
//! (org) | recording`), with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn links_to_a_catalogues_talk_pages_with_codes_long_titles_and_split_links() {
    // A list of sessions to watch: each a link to its page in the
    // programme, its code escaped in brackets after the title; a title of
    // more than twenty words; a title split into two links to one page.
    check(
        "# NVIDIA GTC Fall 2021

## Data Science

[Accelerating Data Science: State of RAPIDS \\[A31490\\]](https://reg.rainfocus.com/flow/nvidia/nvidiagtc/ap2/page/sessioncatalog/session/1630103281630001hB1u)

**Reason to watch:** A 55-minute overview of the state of RAPIDS.

## Inference

[NVIDIA Triton Inference Server on AWS: Customer success stories and AWS deployment methods to optimize inference throughput, reduce latency, and lower GPU or CPU inference costs. \\[SE31488\\]](https://reg.rainfocus.com/flow/nvidia/nvidiagtc/ap2/page/sessioncatalog/session/16301005050970010fZk)

**Reason to watch:** customer stories.

## Retail

[One of the World's Top Retailers is Bringing AI-Powered](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001ivzU) [Convenience to a Store Near You \\[A31359\\]](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001ivzU)

**Reason to watch:** retail.

[Real-time AI Processing at the Edge (ES2015)](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001xxxx)
",
        &[
            "Accelerating Data Science: State of RAPIDS |  | ",
            "NVIDIA Triton Inference Server on AWS: Customer success stories and AWS deployment methods to optimize inference throughput, reduce latency, and lower GPU or CPU inference costs. |  | ",
            "One of the World's Top Retailers is Bringing AI-Powered Convenience to a Store Near You |  | ",
            "Real-time AI Processing at the Edge (ES2015) |  | ",
        ],
    );
}

#[test]
fn a_label_recurring_under_each_event_holds_its_list_of_session_videos() {
    // `### Completed` under each year: a label, but the list under it is
    // the year's talks, each a title then the address of its video
    // (Apple's session pages are videos). A `### Notes` label over a
    // plain list stays notes.
    check(
        "# WWDC Videos watched

## WWDC 2024

### Completed

1. Platforms State of the Union: https://developer.apple.com/wwdc24/102
2. What's new in Swift: https://developer.apple.com/wwdc24/10136

## WWDC 2021

### Completed

1. Meet async/await in Swift: https://developer.apple.com/videos/play/wwdc2021/10132
2. Explore ShazamKit: https://developer.apple.com/videos/play/wwdc2021/10044/

### Notes

- the labs were full
- the videos are short
",
        &[
            "Platforms State of the Union |  | https://developer.apple.com/wwdc24/102",
            "What's new in Swift |  | https://developer.apple.com/wwdc24/10136",
            "Meet async/await in Swift |  | https://developer.apple.com/videos/play/wwdc2021/10132",
            "Explore ShazamKit |  | https://developer.apple.com/videos/play/wwdc2021/10044/",
        ],
    );
}

#[test]
fn a_track_in_bold_before_the_title_of_a_picked_schedule_goes() {
    // `10:15 **PyWeb**: Title (Name)`: the time and the track (bold, and
    // opening another item too) are no part of the title; a bold title
    // named once stays whole.
    check(
        "# PyCon Italia 2022

## 3/6/2022

- 10:15 **PyWeb**: La Continuous Delivery è una condizione mentale (Raffaele Colace)
- 11:00 **PyData II**: Generazione di file PDF con Transformers (Lorenzo Pisaneschi)
- 11:45 **PyWeb**: Addestramento d'emergenza alla fase di Discovery (Gabriele Giaccari)
- 12:30 **PyData II**: Testing ML Systems: more than just accuracy (Carlos Kidman)
",
        &[
            "La Continuous Delivery è una condizione mentale | Raffaele Colace | ",
            "Generazione di file PDF con Transformers | Lorenzo Pisaneschi | ",
            "Addestramento d'emergenza alla fase di Discovery | Gabriele Giaccari | ",
            "Testing ML Systems: more than just accuracy | Carlos Kidman | ",
        ],
    );
}

#[test]
fn headings_whose_notes_link_to_a_page_named_after_them_are_talks() {
    // A recap in French, no speaker named: each heading's notes end with
    // a link to the talk's page, whose address is the heading's words.
    // Pandoc's attributes (`{lang=en}`, on a span or the heading) go. A
    // heading whose link goes elsewhere stays notes.
    check(
        "---
title: Paris Web 2024
---

La dix-neuvième édition est terminée.

## Ce qui m'a marqué

### Mots à maux - comment le langage reflète

De nombreuses références à Foucault.

[Accéder à la présentation *Mots à maux*{ .visually-hidden }](https://www.paris-web.fr/2024/conference/mots-a-maux-comment-le-langage-reflete)

### Il n’y a pas que les [Single Page Apps]{lang=en} dans la vie

Ça m'a donné envie de revenir au rendu serveur.

[Accéder à la présentation](https://www.paris-web.fr/2024/conference/il-ny-a-pas-que-les-single-page-apps-dans-la-vie)

### Be a Dolphin not a Shark{lang=en}

J'ai aimé la manière de co-construire.

[Accéder à la présentation](https://www.paris-web.fr/2024/conference/be-a-dolphin-not-a-shark/)

",
        &[
            "Mots à maux - comment le langage reflète |  | ",
            "Il n’y a pas que les Single Page Apps dans la vie |  | ",
            "Be a Dolphin not a Shark |  | ",
        ],
    );
    // (A link to a page of another name is no such evidence.)
    check(
        "---
title: Paris Web 2024
---

La dix-neuvième édition est terminée.

## Ce qui m'a marqué

### Le lieu et les repas du vendredi

Très bien, comme toujours, voir [le site](https://www.paris-web.fr/2024/infos-pratiques).

### Les gens rencontrés pendant les pauses

Voir [les photos](https://www.flickr.com/photos/parisweb/albums/2024).
",
        &[],
    );
}

#[test]
fn a_favourite_talks_list_beside_a_list_of_links_about_talks() {
    // Under `# Talks`, the videos' list is the talks: a year after the
    // title goes, as it does after the name. The `## Links` section's
    // list (articles about giving talks) is none.
    check(
        "# Talks

I love watching interesting talks.

## Favorite

- [Growing a Language - Guy Steele (1998)](https://www.youtube.com/watch?v=_ahvzDzKdB0)
- [Malte Ubl - Designing very large JavaScript applications (2018)](https://www.youtube.com/watch?v=ZZmUwXEiPm4)
- [John Sundell - Sharing (2018)](https://www.youtube.com/watch?v=_mQNwL8HkS0)

## Links

* [How to prepare a talk](https://example.com/prepare)
* [Ask HN: What is your favorite tech talk? (2018)](https://news.ycombinator.com/item?id=1)
* [Awesome conference practices](https://github.com/example/awesome-conference-practices)
",
        &[
            "Growing a Language | Guy Steele | https://www.youtube.com/watch?v=_ahvzDzKdB0",
            "Designing very large JavaScript applications | Malte Ubl | https://www.youtube.com/watch?v=ZZmUwXEiPm4",
            "Sharing | John Sundell | https://www.youtube.com/watch?v=_mQNwL8HkS0",
        ],
    );
}

#[test]
fn a_chinese_long_dash_ends_the_people_after_by() {
    // `[Title](slides) by Name —— 中文的评论`: what follows the long dash
    // is the author's comment.
    check(
        "# CppCon 2019 导读

## 使用指导

- [C++ at 40](https://github.com/CppCon/CppCon2019/blob/master/Presentations/cpp_at_40.pdf) by Bjarne Stroustrup —— 四十岁的 C++ 发展的现状和趋势
- [Avoid Misuse of Contracts](https://github.com/CppCon/CppCon2019/blob/master/Presentations/b.pdf) by Rostislav Khlebnikov —— 如何合理使用契约
",
        &[
            "C++ at 40 | Bjarne Stroustrup | ",
            "Avoid Misuse of Contracts | Rostislav Khlebnikov | ",
        ],
    );
}

#[test]
fn list_items_and_headings_that_open_with_a_link_in_html() {
    // `2. <a href="…" target="_blank">**Name** - "Title"</a>`: the link
    // read as Markdown's, in a list of slides.
    check(
        "---
title: Gophercon India 2017 Slides
---

A small effort to aggregate all possible slides.

### Day 1

1. Opening Keynote by **Francesc Campoy Flores**

2. <a href=\"https://speakerdeck.com/tiffanyfj/how-to-raise-a-gopher\" target=\"_blank\">**Tiffany Jernigan** - \"How to Raise a Gopher in Record Time\"</a>

3. <a href=\"https://www.goinggo.net/2017/02/package-oriented-design.html\" target=\"_blank\">**William Kennedy** - \"Package Oriented Design\"</a>

4. <a href=\"https://speakerdeck.com/doctorandabox/fast-and-scalable\" target=\"_blank\">**Vidyasagar Nallapati**  - \"Fast and Scalable Machine Learning with GoLang\"</a>
",
        &[
            "Opening Keynote | Francesc Campoy Flores | ",
            "How to Raise a Gopher in Record Time | Tiffany Jernigan | ",
            "Package Oriented Design | William Kennedy | ",
            "Fast and Scalable Machine Learning with GoLang | Vidyasagar Nallapati | ",
        ],
    );
    // `### <a href="video">Name - Title <span class="visuallyhidden">(video
    // on YouTube)</span></a>`: the screen reader's words go.
    check(
        "# A11y Camp 2021

## My notes from a few of the talks

### <a href=\"https://www.youtube.com/watch?v=Ep2lRHzzZuk\">Eloise Cleary and Samuel Yu - The I in Inclusion <span class=\"visuallyhidden\">(video on YouTube)</span></a>

Notes on inclusion.

### <a href=\"https://www.youtube.com/watch?v=N3s53aYT_mM\">Josh Goldberg - Accessible Accessibility <span class=\"visuallyhidden\">(video on YouTube)</span></a>

Notes on tooling.

### <a href=\"https://www.youtube.com/watch?v=mbkhIrz0fOg\">Allison Ravenhall - Don't believe the hype <span class=\"visuallyhidden\">(video on YouTube)</span></a>

Notes on overlays.
",
        &[
            "The I in Inclusion | Eloise Cleary; Samuel Yu | https://www.youtube.com/watch?v=Ep2lRHzzZuk",
            "Accessible Accessibility | Josh Goldberg | https://www.youtube.com/watch?v=N3s53aYT_mM",
            "Don't believe the hype | Allison Ravenhall | https://www.youtube.com/watch?v=mbkhIrz0fOg",
        ],
    );
}

#[test]
fn a_meetups_archive_in_german_under_dated_headings() {
    // `## 27\. Oktober 2009` (a German month) over each meetup's talks,
    // `Title (Name und Name)`: a title of one word too; a linked title
    // with its people in the link's words, known names or not, beside two
    // items that name theirs; a dash in
    // the title before the people; the opening talk given again at each
    // meetup is a talk each time.
    check(
        "# Archiv

Hier könnt ihr euch die bisherigen Vorträge der Open-Source-Treffen herunterladen.

## 24\\. Juli 2009

*   Einführung (Florian Effenberger und Carsten Book)
*   Das Projekt OpenOffice.org (Florian Effenberger)
*   [Getting Involved with the Mozilla Project (Carsten Book)](http://www.slideshare.net/BavarianTomcat/moz-community)

## 27\\. Oktober 2009

*   Einführung (Florian Effenberger und Carsten Book)
*   Mozilla Thunderbird (Dan Mosedale)

## 26\\. März 2010

*   Einführung (Florian Effenberger und Carsten Book)
*   [Die CAcert Community - Wer, was, wo? (Bernhard Fröhlich)](http://svn.cacert.org/CAcert/Education/Struktur.pdf)
*   PHProjekt (Albrecht Günther)
",
        &[
            "Einführung | Florian Effenberger; Carsten Book | ",
            "Das Projekt OpenOffice.org | Florian Effenberger | ",
            "Getting Involved with the Mozilla Project | Carsten Book | ",
            "Einführung | Florian Effenberger; Carsten Book | ",
            "Mozilla Thunderbird | Dan Mosedale | ",
            "Einführung | Florian Effenberger; Carsten Book | ",
            "Die CAcert Community - Wer, was, wo? | Bernhard Fröhlich | ",
            "PHProjekt | Albrecht Günther | ",
        ],
    );
}

#[test]
fn a_session_notes_heading_over_its_index_and_the_talks_below() {
    // `## Session Notes` over an index of in-page links, then each talk's
    // `###` heading with notes that name no speaker: the talks.
    check(
        "# DevOps Enterprise Summit 2021

## Takeaways

## Session Notes

* [How a DevOps Mindset is Influencing Target's Culture](#how-a-devops-mindset-is-influencing-targets-culture)
* [Iterative Enterprise SRE Transformation](#iterative-enterprise-sre-transformation)

### How a DevOps Mindset is Influencing Target's Culture

Completely redid the way they deliver fresh food.

### Iterative Enterprise SRE Transformation

* Start small
",
        &[
            "How a DevOps Mindset is Influencing Target's Culture |  | ",
            "Iterative Enterprise SRE Transformation |  | ",
        ],
    );
}

#[test]
fn a_watch_list_of_titles_each_followed_by_its_address() {
    // Items in pairs: the title (a Korean name after its comma), then the
    // address of its video or page. Notes each over the documentation
    // they cite are no such list.
    check(
        "# 컨퍼런스 영상

DEVIEW 2023
- 네이버 스케일로 카프카 컨슈머 사용하기
- https://deview.kr/2023/sessions/577
- GraphQL 잘 쓰고 계신가요? (Production-ready GraphQL)
- https://deview.kr/2023/sessions/545

Pycon 2019
- 시간 복잡도로 살펴보는 파이썬 내장 자료형의 효율적인 활용
- https://youtu.be/XXGd_t6YF50
- 지금 당장 DevOps를 해야하는 이유, 김충섭
- https://youtu.be/XXGd_t6YF51
",
        &[
            "네이버 스케일로 카프카 컨슈머 사용하기 |  | ",
            "GraphQL 잘 쓰고 계신가요? (Production-ready GraphQL) |  | ",
            "시간 복잡도로 살펴보는 파이썬 내장 자료형의 효율적인 활용 |  | https://youtu.be/XXGd_t6YF50",
            "지금 당장 DevOps를 해야하는 이유 | 김충섭 | https://youtu.be/XXGd_t6YF51",
        ],
    );
    check(
        "# Android development today

## Jetpack Compose

- Declarative UI, the new way
- https://developer.android.com/compose
- The documentation is good
- https://developer.android.com/develop/ui/compose/documentation?hl=ja
",
        // (One talk's notes: the file is the talk, its items notes.)
        &["Android development today |  | "],
    );
}

#[test]
fn a_byline_under_the_talks_links_and_description() {
    // `By [Name](profile)` alone on its line, after the description and
    // the links: the talk's speaker, however far down.
    check(
        "# SymfonyCon Amsterdam 2025 talks

## 2025: Performance Milestone for the Symfony Ecosystem

<dl>
  <dt>Description</dt>
  <dd>The Symfony ecosystem is constantly evolving.</dd>
</dl>

[Slides](https://speakerdeck.com/soyuka/2025-performance-milestone)  
[Video](https://live.symfony.com/account/replay/video/1141) <sup>(not free)</sup>  
[Blog post](https://soyuka.me/2025-performance-milestone/)

By [Antoine Bluchet](https://connect.symfony.com/profile/soyuka)  
💻 on [@soyuka](https://github.com/soyuka)

---

## Strategic DDD

<dl>
  <dt>Description</dt>
  <dd>Domain-driven design, the strategic part.</dd>
</dl>

~~Slides~~  
[Video](https://live.symfony.com/account/replay/video/1150) <sup>(not free)</sup>  
~~Blog post~~

By [Jane Doe](https://connect.symfony.com/profile/janedoe)
",
        &[
            "2025: Performance Milestone for the Symfony Ecosystem | Antoine Bluchet | https://live.symfony.com/account/replay/video/1141",
            "Strategic DDD | Jane Doe | https://live.symfony.com/account/replay/video/1150",
        ],
    );
}

#[test]
fn a_talk_a_cargo_de_its_speaker_in_spanish() {
    // `Muy buena charla a cargo de Juan Hernando.`: who gave the talk, in
    // the first sentence of its notes; not a talk `de` a topic.
    check(
        "---
title: Mi retroespecter de la WordCamp Santander
---

El evento comenzó con una introducción.

## De desconocido a ponente: un año en la comunidad de WordPress

Muy buena charla a cargo de Juan Hernando. Muy recomendable.

[Video](https://www.youtube.com/watch?v=BL4yrgfs8Pg)

## Aplicación sencilla con AngularJS + REST Aplicación

Charla técnica que se agradece a cargo de Marcelo Tena.

[Video](https://www.youtube.com/watch?v=Cnc1xNXWcwI)

## Seguridad en WordPress

Una charla de Seguridad Avanzada muy completa.

[Video](https://www.youtube.com/watch?v=1lcKWSotzgk)
",
        &[
            "De desconocido a ponente: un año en la comunidad de WordPress | Juan Hernando | https://www.youtube.com/watch?v=BL4yrgfs8Pg",
            "Aplicación sencilla con AngularJS + REST Aplicación | Marcelo Tena | https://www.youtube.com/watch?v=Cnc1xNXWcwI",
            "Seguridad en WordPress |  | https://www.youtube.com/watch?v=1lcKWSotzgk",
        ],
    );
}

#[test]
fn a_related_links_column_beside_the_speakers_and_an_author_line() {
    // `Related Links | Speaker | Rating`: the links' words are the
    // titles (and a cell without a link is one too).
    check(
        "---
title: \"UXSpain 2017\"
---

##### Related Links

Related Links | Speaker | Rating
--- | --- | ---
[UX for Systems of Connected Products](http://uxspain.com/blog/wp-content/uploads/2017/05/a.pdf) | Claire Rowland | ★★★★★
[Diseñar para la incertidumbre](http://uxspain.com/blog/wp-content/uploads/2017/05/b.pdf) | Anna Vilalta | ★★★☆☆
Sistemas y ficciones | Beatriz Belmonte | ★☆☆☆☆
",
        &[
            "UX for Systems of Connected Products | Claire Rowland | ",
            "Diseñar para la incertidumbre | Anna Vilalta | ",
            "Sistemas y ficciones | Beatriz Belmonte | ",
        ],
    );
    // `**author:** Name` under each talk of a programme.
    check(
        "http://www.ansible.com/ansiblefest-san-francisco

### Developing On And Extending Ansible
**author:** Brian Coca
> How to write modules.

### Ansible Best Practices, Tips, & Tricks
**author:** James Cammarata and Toshio Kuratomi
> Tips.
",
        &[
            "Developing On And Extending Ansible | Brian Coca | ",
            "Ansible Best Practices, Tips, & Tricks | James Cammarata; Toshio Kuratomi | ",
        ],
    );
}

#[test]
fn names_of_any_origin_in_the_last_parentheses_of_most_items() {
    // `Title (Name, Name)` under a line announcing the sessions: names not
    // in the given-names list are people too when most items name theirs
    // so, one of them a known name.
    check(
        "---
title: Kata Containers featured at Open Infrastructure Summit Denver, April 2019
---

Kata sessions include:

* The story of a container runtime (Sebastien Boeuf)
* Tracing the life of a packet with Kata Containers (Purnendu Ghosh)
* Tailor-made security: Building a container specific hypervisor (Samuel Ortiz, Andreea Florescu)
* Kata Containers Project Update (Eric Ernst, Manhoar Castelino)
",
        &[
            "The story of a container runtime | Sebastien Boeuf | ",
            "Tracing the life of a packet with Kata Containers | Purnendu Ghosh | ",
            "Tailor-made security: Building a container specific hypervisor | Samuel Ortiz; Andreea Florescu | ",
            "Kata Containers Project Update | Eric Ernst; Manhoar Castelino | ",
        ],
    );
}

#[test]
fn session_numbers_before_titles_and_a_handle_after_the_name() {
    // `402 What’s New in Swift`: Apple's session numbers before most
    // titles of the list go.
    check(
        "# Advanced WWDC 2017 Guide

## Must-watch 2017

- [402 What’s New in Swift](https://developer.apple.com/videos/play/wwdc2017/402/)
- [212 What’s New in Foundation](https://developer.apple.com/videos/play/wwdc2017/212/)
- [244 Efficient Interactions with Frameworks](https://developer.apple.com/videos/play/wwdc2017/244/)
",
        &[
            "What’s New in Swift |  | https://developer.apple.com/videos/play/wwdc2017/402/",
            "What’s New in Foundation |  | https://developer.apple.com/videos/play/wwdc2017/212/",
            "Efficient Interactions with Frameworks |  | https://developer.apple.com/videos/play/wwdc2017/244/",
        ],
    );
    // `Title – Name – [@handle](twitter)`: the name is the speaker, the
    // handle theirs; not `Title - Cultures, Languages (BSL)`.
    check(
        "# Talks Archive

### Oct 15th, 2014

- iOS Accessibility – Robb Böhnke – [@ceterum_censeo](https://twitter.com/ceterum_censeo)
- BloodMagic: custom property attributes for Obj-C – Alex Denisov – [@1101_debian](https://twitter.com/1101_debian)
- Teach Me How To Run A New BarCamp - Cultures, Languages (BSL) - [@bjfletcher](https://twitter.com/bjfletcher)
",
        &[
            "iOS Accessibility | Robb Böhnke | ",
            "BloodMagic: custom property attributes for Obj-C | Alex Denisov | ",
            "Teach Me How To Run A New BarCamp - Cultures, Languages (BSL) | bjfletcher | ",
        ],
    );
}

#[test]
fn people_after_with_and_dates_before_most_titles_of_a_file() {
    // `Title with Name` in two talks or more with a known name: every
    // title ending with a name after `with` names its speaker; a date
    // before most titles goes. `with` before a word of the title stays.
    check(
        "# A11YChi transcripts

## 2018
* [2018-10-02: Accessibility 101 with Margie Chubin](https://github.com/A11YChi/transcripts/blob/master/2018-10-02-talk.md)
* [2018-12-11: Designing Accessible Sign Up Forms with Michelle Li](https://github.com/A11YChi/transcripts/blob/master/2018-12-11-talk.md)

## 2017
* [2017-03-15: United Airline's Accessibility Journey with Dennis Deacon](https://github.com/A11YChi/transcripts/blob/master/2017-03-15-talk.md)
* [2017-04-27: Building Apps with React Native](https://github.com/A11YChi/transcripts/blob/master/2017-04-27-talk.md)
",
        &[
            "Accessibility 101 | Margie Chubin | ",
            "Designing Accessible Sign Up Forms | Michelle Li | ",
            "United Airline's Accessibility Journey | Dennis Deacon | ",
            "Building Apps with React Native |  | ",
        ],
    );
}

#[test]
fn hugo_json_front_matter_and_links_to_proposals() {
    // Hugo's JSON front matter names the event; each item links to the
    // talk's proposal page (`/ocw/proposals/495`), its time after it.
    check(
        "{
\t\"Title\": \"Linux Plumbers Conf 2010\",
\t\"Pubdate\": \"2010-11-01\",
\t\"Section\": \"post\",
}

Here are some of the talks and miniconfs I am looking to attend:

### Wednesday
* [Next Steps In File Permission Models](http://www.linuxplumbersconf.org/2010/ocw/proposals/495) 11:40am - 12:25pm
* [Containers checkpoint/restart](http://www.linuxplumbersconf.org/2010/ocw/proposals/1017) 4:30pm - 5:30pm
* [Kicking the Tires of The Yocto Project](http://www.linuxplumbersconf.org/2010/ocw/proposals/1221) 5:30pm - 6:30pm
",
        &[
            "Next Steps In File Permission Models |  | ",
            "Containers checkpoint/restart |  | ",
            "Kicking the Tires of The Yocto Project |  | ",
        ],
    );
    let lib = parse_support::parse_files(&[(
        "notes/lpc.md",
        "{\n\t\"Title\": \"Linux Plumbers Conf 2010\",\n}\n\n### Wednesday\n* [Next Steps In File Permission Models](http://www.linuxplumbersconf.org/2010/ocw/proposals/495)\n* [Containers checkpoint/restart](http://www.linuxplumbersconf.org/2010/ocw/proposals/1017)\n",
    )]);
    assert_eq!(
        lib.conferences.first().map(|c| c.title.as_str()),
        Some("Linux Plumbers Conf 2010")
    );
}

#[test]
fn talks_linked_to_their_entry_on_the_programme_page() {
    // `[Title](…/program#Title-In-The-Fragment)` in running text: the
    // talk's entry on the programme's page, when the link's words are the
    // entry's name; a no-break space before `by` is a space.
    check(
        "+++
title = \"RubyConf Mini 2022 Recap\"
+++

## Day 1

Next I attended Stephanie Minn's [\"Empathetic Pair Programming with Nonviolent Communication\"](https://www.rubyconfmini.com/program#Empathetic-Pair-Programming-with-Nonviolent-Communication). I appreciated it.

I recommend [Knowing When To Walk Away](https://www.rubyconfmini.com/program#Knowing-When-To-Walk-Away)\u{a0}by\u{a0}Lindsay Kelly. Good questions.

Our [program](https://www.rubyconfmini.com/program#day-1) had two days.

Lindsay Kelly spoke next on [\"Knowing When To Walk Away\"](https://www.rubyconfmini.com/program#Knowing-When-To-Walk-Away-Again). Good.

I had three slots, [two in-person and one virtually](https://www.blackhat.com/asia-22/arsenal/schedule/#kdigger-a-context-discovery-tool-26238).
",
        &[
            "Empathetic Pair Programming with Nonviolent Communication | Stephanie Minn | ",
            "Knowing When To Walk Away | Lindsay Kelly | ",
            "Knowing When To Walk Away | Lindsay Kelly | ",
        ],
    );
}

#[test]
fn near_misses_of_this_sessions_rules() {
    // `##What's new in C#`: one `#` at the end is the title's.
    check(
        "# .NET Conf 2024

##What's new in C#

Speaker: Mads Torgersen

##What's new in F#

Speaker: Don Syme
",
        &[
            "What's new in C# | Mads Torgersen | ",
            "What's new in F# | Don Syme | ",
        ],
    );
    // Capitalised words in parentheses that no item gives as a person's
    // name are no speakers, beside items that name theirs.
    check(
        "# KubeCon EU 2024

- [Cilium in production (Liz Rice)](https://kccnceu2024.sched.com/event/1YeM1)
- [Gateway API today (Rob Scott)](https://kccnceu2024.sched.com/event/1YeM2)
- [Kubernetes Networking (Deep Dive)](https://kccnceu2024.sched.com/event/1YeM3)
",
        &[
            "Cilium in production | Liz Rice | ",
            "Gateway API today | Rob Scott | ",
            "Kubernetes Networking (Deep Dive) |  | ",
        ],
    );
    // Who recommends a video did not give it; a byline to an encyclopedia
    // under a quote is no speaker.
    check(
        "# Strange Loop 2012

## Simplicity

Kelsey Hightower recommended watching [Simple Made Easy](https://www.youtube.com/watch?v=SxdOUGdseq4) first.

> Programs must be written for people to read.
>
> By [Harold Abelson](https://en.wikipedia.org/wiki/Hal_Abelson)

## Types

Speaker: Jane Doe
",
        &[
            "Simplicity |  | ",
            "Types | Jane Doe | ",
        ],
    );
    // `une conférence de Paris Web`: a talk `de` a place or subject,
    // not a person, without a profile link.
    check(
        "# Paris Web 2024

## Accessibilité

Une conférence de Paris Web sur l'accessibilité, très riche.

## Design

Speaker: Jean Dupont
",
        &["Accessibilité |  | ", "Design | Jean Dupont | "],
    );
}
