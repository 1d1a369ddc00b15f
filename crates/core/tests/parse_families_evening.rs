//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-05 at 21:31 UTC, each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`),
//! with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn an_html_link_wrapped_over_two_lines_over_an_italic_byline() {
    // A blog post exported from Medium: each talk an HTML link whose
    // bold text wraps onto the next line, then `_By Name_` on the line
    // under it, then the author's paragraphs about it.
    check(
        "# PyCon India 2018

### Day 1

There were many excellent talks to choose from.

<a href=\"https://in.pycon.org/2018/#\" title=\"Keynote 1\" target=\"_blank\"><strong>Keynote
1</strong></a>  
_By Armin Ronacher_

The conference was kicked off by the creator of flask.

<a href=\"https://in.pycon.org/cfp/2018/proposals/python-project-workflows/\" target=\"_blank\"><strong>Python
Project Workflows — Continuous Deployment Friendly</strong></a>  
_By Abhijit Gadgil_

This talk illustrated how Pipenv is a natural evolution over pip.

<a href=\"https://in.pycon.org/cfp/2018/proposals/metaclasses/\" target=\"_blank\"><strong>Metaclasses
and decorators: a match made in space</strong></a>  
_By Ishan Srivastava_

A tour of metaclasses.
",
        &[
            "Keynote 1 | Armin Ronacher | ",
            "Python Project Workflows — Continuous Deployment Friendly | Abhijit Gadgil | ",
            "Metaclasses and decorators: a match made in space | Ishan Srivastava | ",
        ],
    );
    // The same in Markdown: a link around a bold title, the byline in
    // italics; the byline says who, not the dash in the title.
    check(
        "# PyCon India 2018

## Day 1

[**Testing micro-services made easy**](https://in.pycon.org/cfp/2018/proposals/testing/)
_By Devi Sridhar_

Notes on contract tests.

[**Cleaning data with Python — Continuous Deployment Friendly**](https://in.pycon.org/cfp/2018/proposals/cleaning/)
_By Anand Subramanian_

Notes on pandas.
",
        &[
            "Testing micro-services made easy | Devi Sridhar | ",
            "Cleaning data with Python — Continuous Deployment Friendly | Anand Subramanian | ",
        ],
    );
}

#[test]
fn an_html_link_over_an_image_is_no_title() {
    // A link wrapped around a picture, over several lines, stays what it
    // was: no talk named `<img …>`.
    check(
        "# WWDC 2020

<details><summary>Mind map</summary>
<a href=\"https://share.example.com/doc/3PiE\">
<img src=\"./MindMaps/Stacks.png\" alt=\"Stacks, Grids, and Outlines in SwiftUI\">
</a></details>

- [Data Essentials in SwiftUI](https://developer.apple.com/videos/play/wwdc2020/10040/)
- [Build complications in SwiftUI](https://developer.apple.com/videos/play/wwdc2020/10048/)
",
        &[
            "Data Essentials in SwiftUI |  | https://developer.apple.com/videos/play/wwdc2020/10040/",
            "Build complications in SwiftUI |  | https://developer.apple.com/videos/play/wwdc2020/10048/",
        ],
    );
}

#[test]
fn titles_as_paragraphs_each_over_a_paragraph_of_its_speakers_name() {
    // A blog post that pastes a write-up's talks: each title a paragraph
    // of its own (in capitals, wrapped over two lines), the speaker's
    // name the next paragraph, the author's comments after; a name whose
    // given name is unknown (`Anup Mahurkar`) counts beside known ones.
    check(
        "---
title: Bioinformatics Open Source Conference (#BOSC2013) at Berlin
---
Those not at the conference can follow the write-ups linked below.

NETWORK READY RESEARCH: THE ROLE OF OPEN SOURCE AND OPEN THINKING

Cameron Neylon

OPEN SCIENCE DATA FRAMEWORK: A CLOUD ENABLED SYSTEM TO STORE, ACCESS, AND
ANALYZE SCIENTIFIC DATA

Anup Mahurkar

EMPOWERING CANCER RESEARCH THROUGH OPEN DEVELOPMENT

Juli Klemm

JUG: REPRODUCIBLE RESEARCH IN PYTHON

Luis Pedro Coelho

A very good talk, with a demo.
",
        &[
            "NETWORK READY RESEARCH: THE ROLE OF OPEN SOURCE AND OPEN THINKING | Cameron Neylon | ",
            "OPEN SCIENCE DATA FRAMEWORK: A CLOUD ENABLED SYSTEM TO STORE, ACCESS, AND ANALYZE SCIENTIFIC DATA | Anup Mahurkar | ",
            "EMPOWERING CANCER RESEARCH THROUGH OPEN DEVELOPMENT | Juli Klemm | ",
            "JUG: REPRODUCIBLE RESEARCH IN PYTHON | Luis Pedro Coelho | ",
        ],
    );
}

#[test]
fn near_misses_of_this_sessions_rules() {
    // Two titles over names are as likely captions or a dedication: no
    // talks.
    check(
        "---
title: Berlin in July
---
We flew in on Monday.

The view from the hotel

Maria Schmidt

Dinner on the river

Thomas Weber

Then we went home.
",
        // (A file with front matter and no talks in it: one talk's.)
        &["Berlin in July |  | "],
    );
    // A paragraph of prose before a name is no title (a sentence, not a
    // line of a title's length).
    check(
        "---
title: Conference notes
---
The keynote was given by someone I had long wanted to hear speak, and it did not disappoint.

Cameron Neylon

The second talk was about open data, and it was a good one to end on.

Juli Klemm

The third talk came after lunch, and I missed the start of it sadly.

Luis Pedro Coelho
",
        // (`Conference notes`: the conference's notes, no talk.)
        &[],
    );
}

#[test]
fn a_headerless_table_whose_speakers_link_to_their_pages() {
    // An events archive: a `##` per evening, each over a table with an
    // empty header; titles (linked to the talk's page or not), speakers
    // linked to their pages (two side by side in one cell), slides.
    check(
        "# Events 2009

## WSD 2009 - Минск - Nov 28
| | | |
| --- | :---: | --- |
| Переверстать всё и в срок  |  [Андрей Сумин](speakers/Андрей%20Сумин.md)  | [:notebook:](https://wsd.events/2009/11/28/pres/recode.pdf)   |
| Веб-шрифты vs. Шрифты для веба  |  [Вадим Макеев](speakers/Вадим%20Макеев.md)  | [:notebook:](https://wsd.events/2009/11/28/pres/web-fonts/)   |
| HTML5. Будем знакомы!  |  [Павел Ловцевич](speakers/Павел%20Ловцевич.md)  | [:notebook:](https://wsd.events/2009/11/28/pres/html5.pdf)   |
## Я.Субботник - Oct 15
| | | |
| --- | :---: | --- |
| [Яндекс.Почта](https://events.yandex.ru/lib/talks/765/)  |  [Антон Забанных](speakers/Антон%20Забанных.md)  |    |
| [Новости: как и зачем](https://events.yandex.ru/lib/talks/769/)  |  [Татьяна Исаева](speakers/Татьяна%20Исаева.md)  |    |
| [Яндекс.Карты: между пользователем и разработчиком](https://events.yandex.ru/lib/talks/771/)  |  [Фёдор Голубев](speakers/Фёдор%20Голубев.md)  [Леонид Шныр](speakers/Леонид%20Шныр.md)  |    |
",
        &[
            "Переверстать всё и в срок | Андрей Сумин | ",
            "Веб-шрифты vs. Шрифты для веба | Вадим Макеев | ",
            "HTML5. Будем знакомы! | Павел Ловцевич | ",
            "Яндекс.Почта | Антон Забанных | ",
            "Новости: как и зачем | Татьяна Исаева | ",
            "Яндекс.Карты: между пользователем и разработчиком | Фёдор Голубев; Леонид Шныр | ",
        ],
    );
    // A headerless table of linked tools beside their descriptions names
    // no talks.
    check(
        "# Graph tools

## The ones I use
| | |
| --- | --- |
| [Arrows](https://arrows.app) | Draw graph models in the browser quickly |
| [NodeEra](https://nodeera.com) | Model graph databases with a desktop tool |
| [Bloom](https://neo4j.com/bloom) | Explore a graph without writing any queries |
",
        // (The file is one talk's notes, as before: no talk per row.)
        &["Graph tools |  | "],
    );
}

#[test]
fn a_programme_with_a_column_per_track_each_cell_a_linked_talk() {
    // A conference site's programme exported to Markdown: a table per
    // slot, a track per column, each cell one link to the talk's page,
    // then marks for a recording and slides after a line break; and a
    // one-column table whose cells are such links.
    check(
        "# Programm

# 4 June 2019

|                 Opening session                 |
|-------------------------------------------------|
| [Welcome to deRSE19](talk/BUKLJF/)              |
| [Keynote: Building a Future with AI](talk/PCQSRY/)<br/>🎥 |

| Testing Research Software | Sustainable long-living Software I | Community Building |
|---|---|---|
| [Challenges for Verifying Scientific Software](talk/VYX8TW/) | [Lebensverlängernde Maßnahmen für Fortran-Codes](talk/VPPA77/)<br/>🎥 | [Building research software communities](talk/KWUFQW/)<br/>🎥 |
| [The Quest For Better Tests](talk/MNQFUV/)<br/>🎥 | [Entwicklung der Forschungssoftware RCE im DLR](talk/GXSUFU/)<br/>🎥 🖥 | |
",
        &[
            "Welcome to deRSE19 |  | ",
            // (`Keynote:` is the kind of talk, no words of its title.)
            "Building a Future with AI |  | ",
            "Challenges for Verifying Scientific Software |  | ",
            "Lebensverlängernde Maßnahmen für Fortran-Codes |  | ",
            "Building research software communities |  | ",
            "The Quest For Better Tests |  | ",
            "Entwicklung der Forschungssoftware RCE im DLR |  | ",
        ],
    );
    // A comparison of tools, a column per kind, each cell a link to a
    // project on another site: no talks.
    check(
        "# Tools we tried

| Static site generators | Search engines | Comment systems |
|---|---|---|
| [Hugo static site](https://github.com/gohugoio/hugo) | [Lunr search engine](https://lunrjs.com/docs/index.html) | [Isso comment server](https://posativ.org/isso/) |
| [Jekyll static site](https://jekyllrb.com/docs/home) | [Pagefind search index](https://pagefind.app/docs/) | [Utterances comments widget](https://utteranc.es/) |
",
        &["Tools we tried |  | "],
    );
}

#[test]
fn links_that_say_link_to_the_slides_or_recording_are_labels() {
    // A meetup archive: each meetup a heading with its title after the
    // date, over `Link to powerpoint slides` and `Link to youtube
    // recording`: the heading is the talk, the links its materials.
    check(
        "# Virtual Meetups

## Past Meetups

### Thursday, Aug 16th 2018 at 13:00 EDT: Prepping for the Anniversary
- [Link to powerpoint slides](https://docs.google.com/presentation/d/1bNy/edit)
- [Link to youtube recording](https://www.youtube.com/watch?v=kAKrnfCKnyg)

### Thursday, July 12th 2018 at 13:00 EDT: World Tour Recap
- [Link to powerpoint slides](https://docs.google.com/presentation/d/1cNr/edit)
- [Link to youtube recording](https://www.youtube.com/watch?v=RuyR_Pj3Nqs)
",
        &[
            "Prepping for the Anniversary |  | https://www.youtube.com/watch?v=kAKrnfCKnyg",
            "World Tour Recap |  | https://www.youtube.com/watch?v=RuyR_Pj3Nqs",
        ],
    );
}

#[test]
fn a_line_over_an_embedded_player_names_its_talk() {
    // A year's recap of a meetup: a heading per evening, each talk a
    // one-line sentence right over its YouTube player.
    check(
        "---
title: \"Eventos de Pereira Tech Talks: balance 2019\"
---

Durante el año 2019 se realizaron los siguientes eventos en la comunidad:

### 14 de febrero — Noche de React

Introducción al frontend moderno, fundamentos y conceptos 2019.

<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/wtv_toHoxec\" frameborder=\"0\"></iframe>

Introducción a React y el uso de los Hooks.

<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/jyQUwuS6x9Y\" frameborder=\"0\"></iframe>
",
        &[
            "Introducción al frontend moderno, fundamentos y conceptos 2019 |  | https://www.youtube.com/watch?v=wtv_toHoxec",
            "Introducción a React y el uso de los Hooks |  | https://www.youtube.com/watch?v=jyQUwuS6x9Y",
        ],
    );
    // One line over one player in a post is its caption: the post stays
    // one talk's notes.
    check(
        "---
title: My week
---

We went to the lake and filmed the ducks.

<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>

Then it rained for the rest of the week, and we stayed in.
",
        &["My week |  | https://www.youtube.com/watch?v=abcdefghijk"],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // An anchor with no close over a code block: the block stays code and
    // the HTML headings under it are read as before.
    check(
        "# JSConf EU 2019 notes\n\nMy notes from the talks. Install first:\n\n<a id=\"install\"/>\n```sh\nnpm install\nnpm run build\n```\n\n<h2>Day 1</h2>\n<h3>Building a compiler in JavaScript, Jane Doe</h3>\n<p>Great talk about parsers.</p>\n<h3>The state of WebAssembly, Robert Brown</h3>\n<p>Lots of demos.</p>\n<h3>CSS Houdini explained, Anna Lee</h3>\n<p>Paint worklets.</p>\n",
        &[
            "Building a compiler in JavaScript | Jane Doe | ",
            "The state of WebAssembly | Robert Brown | ",
            "CSS Houdini explained | Anna Lee | ",
        ],
    );
    // One link over a byline is a post's announcement, not a talk: the
    // post stays one talk's notes.
    check(
        "---\ntitle: Understanding async Rust\ndate: 2021-03-04\n---\n\n[**Announcement**](https://blog.acme.com/a)\nBy The Acme Team\n\nAsync Rust is confusing at first. In this post I explain futures.\n\n## Futures\n\nA future is a value that may not be ready yet.\n",
        &["Understanding async Rust |  | "],
    );
    // Names first, then titles: another layout, not read as titles over
    // names (each title would get the next talk's speaker).
    check(
        "---\ntitle: Conference notes\n---\n\nHere are the talks I saw on the first day.\n\nCameron Neylon\n\nNetwork ready research: the role of open source\n\nMaria Schmidt\n\nOpen science data framework for the cloud\n\nJuli Klemm\n\nEmpowering cancer research through open development\n\nLuis Pedro Coelho\n\nJug: reproducible research in Python\n\nPeter Jones\n\nGalaxy workflows at scale\n\nThat was all for day one.\n",
        &[],
    );
    // A maintainers' table linking to profiles names no talks.
    check(
        "# Maintainers\n\n| | | |\n| --- | --- | --- |\n| [Alice Smith](https://github.com/alice) | Core team, release manager | [Website](https://alice.dev) |\n| [Peter Jones](https://github.com/pjones) | Documentation and tutorials | [Website](https://pjones.dev) |\n| [Maria Garcia](https://github.com/mgarcia) | Windows support and packaging | [Website](https://mgarcia.dev) |\n",
        &[],
    );
    // A documentation index, a column per kind of page: no talks.
    check(
        "# Widgets documentation\n\n| Getting started | Guides | Reference |\n|---|---|---|\n| [Install the CLI](docs/install.md) | [Deploying to production](docs/deploy.md) | [Configuration file format](docs/config.md) |\n| [Your first widget](docs/first-widget.md) | [Writing custom plugins](docs/plugins.md) | [Command line flags](docs/cli.md) |\n",
        &["Widgets documentation |  | "],
    );
    // A programme's cells with the speaker after a line break.
    check(
        "# deRSE 2019 programme\n\n| Room A | Room B |\n|---|---|\n| [Challenges for Verifying Scientific Software](talk/VYX8TW/)<br/>Jane Doe | [Building research software communities](talk/KWUFQW/)<br/>Robert Brown, DLR |\n| [The Quest For Better Tests](talk/MNQFUV/) by Anna Lee | [Fortran forever](talk/GXSUFU/) (Peter Jones) |\n",
        &[
            "Challenges for Verifying Scientific Software | Jane Doe | ",
            "Building research software communities | Robert Brown (DLR) | ",
            "The Quest For Better Tests | Anna Lee | ",
            "Fortran forever | Peter Jones | ",
        ],
    );
    // A reading list's books over their authors, in a file that is not
    // about an event: no talks.
    check(
        "---\ntitle: Books I read in 2021\n---\n\nA short list of the books that stuck with me this year.\n\nThe Pragmatic Programmer\n\nAndrew Hunt\n\nDesigning Data-Intensive Applications\n\nMartin Kleppmann\n\nThinking, Fast and Slow\n\nDaniel Kahneman\n\nThe Mythical Man-Month\n\nFred Brooks\n",
        &[],
    );
    // A date with no year before a colon is part of the title.
    check(
        "# Rust meetup talks\n\n## Friday 13th: The Horror of Legacy Code\n\nby Jane Doe\n\n## Jan 2020 RFC: Async traits in stable Rust\n\nby Robert Brown\n",
        &[
            "Friday 13th: The Horror of Legacy Code | Jane Doe | ",
            "Jan 2020 RFC: Async traits in stable Rust | Robert Brown | ",
        ],
    );
}
