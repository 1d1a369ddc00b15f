//! Layouts of real notes learnt from the misses of the newest held-out
//! sets (`tests/corpus/holdout24` and `holdout25`), each pinned down with
//! Markdown in and sessions out (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_title_in_corner_brackets_between_its_kind_and_its_speaker() {
    // The words before `「` name the kind of session; the person follows
    // the horizontal bar (`―`); a line wholly in parentheses under the
    // heading is the report writer's name, no speaker.
    check(
        "# 1日目基調講演「Argentina in Python: community, dreams」 ― Manuel Kaufmann

（陶山嶺）

1日目の基調講演は、Manuel Kaufmann氏による講演でした。

# 1日目注目セッション「Webアプリケーションの仕組み」 ― Takayuki Shimizukawa

（陶山嶺）

Takayuki Shimizukawa氏による講演です。

# 1日目ライトニングトーク

（二宮健）

## 「医学研究者が深層学習環境の立ち上げの際に苦労した話」 ― Satoshi TAKAHASHI

元々は脳外科医だという高橋氏。

## 「Why your Django account registration should use a Turing test...」 ― Marc-Andre Lemburg

EuroPython Societyの発表です。
",
        &[
            "Argentina in Python: community, dreams | Manuel Kaufmann | ",
            "Webアプリケーションの仕組み | Takayuki Shimizukawa | ",
            "医学研究者が深層学習環境の立ち上げの際に苦労した話 | Satoshi TAKAHASHI | ",
            "Why your Django account registration should use a Turing test... | Marc-Andre Lemburg | ",
        ],
    );
}

#[test]
fn a_horizontal_bar_is_a_dash_between_title_and_speaker() {
    check(
        "# Conf 2020

## Scaling the Monolith ― Jane Doe, Acme

Notes.

## Observability at Small Scale ― John Smith

More notes.
",
        &[
            "Scaling the Monolith | Jane Doe (Acme) | ",
            "Observability at Small Scale | John Smith | ",
        ],
    );
}

#[test]
fn a_list_of_title_and_summary_items_after_a_line_about_the_keynotes() {
    // The lead line speaks of talks and ends with a colon; each item is
    // `Title: summary`, the title up to the last colon of its first
    // words; the subject of a verb of speaking is who gave it. A list
    // after a line about something else (tips) names no talks.
    check(
        "# My first KubeCon

## Day 3

The keynotes were packed. Here is a very brief about the keynotes:

- 7 Years of Running Kubernetes in Mercedes-Benz: About the experiences from the team as they migrated
- THE API IS PEOPLE!: All about communities and why you should build them
- Landscape Sustainability: The Pillars of Cloud Native Growth: About the updates in the strategies of the committee
- Securing the Supply Chain: Shane discusses lessons that the company has learned
- Nurturing the whole project: An attempt to answer the question, Josh and Catherine talk about how you also need to publicize

A couple of things that came in handy while networking are:

- Reach out: try reaching out to people you want to meet in advance
- Plan early: start making your tentative schedules early on
- Stay open: you should be open to unlearning or relearning
",
        &[
            "7 Years of Running Kubernetes in Mercedes-Benz |  | ",
            "THE API IS PEOPLE! |  | ",
            "Landscape Sustainability: The Pillars of Cloud Native Growth |  | ",
            "Securing the Supply Chain | Shane | ",
            "Nurturing the whole project | Josh; Catherine | ",
        ],
    );
}

#[test]
fn slide_decks_embedded_under_headings_make_them_talks() {
    // No heading names a speaker or a recording; the slide players
    // (SlideShare's iframe with its owner, Speaker Deck's script) say the
    // headings are talks, and their siblings with them. `全体的に`
    // (overall) is the author's summary.
    check(
        "---
title: Builderscon tokyo 2017に行ってきた
---

先日Builderscon 2017に参加してきたので、レポートを残します。

## オンプレ、クラウドを組み合わせて作るビックデータ基盤

<iframe src=\"//www.slideshare.net/slideshow/embed_code/key/43Hb1aoCBP1ROM\" width=\"595\" height=\"485\" allowfullscreen> </iframe> <div style=\"margin-bottom:5px\"> <strong> <a href=\"//www.slideshare.net/yuyamada777/ss-78555123\" title=\"ビックデータ基盤\" target=\"_blank\">ビックデータ基盤</a> </strong> from <strong><a target=\"_blank\" href=\"https://www.slideshare.net/yuyamada777\">Yu Yamada</a></strong> </div>

- 自分の経験値

## OSS 開発を仕事にする技術

（スライドが見つからない）

- OSS の話

## マイクロチームでの高速な新規開発を支える開発・分析基盤

<script async class=\"speakerdeck-embed\" data-id=\"3281817cec3a4f8ca99a0158a51c5980\" data-ratio=\"1.33333333333333\" src=\"//speakerdeck.com/assets/embed.js\"></script>

- 分析基盤

## 全体的に

- 楽しかった
",
        &[
            "オンプレ、クラウドを組み合わせて作るビックデータ基盤 | Yu Yamada | ",
            "OSS 開発を仕事にする技術 |  | ",
            "マイクロチームでの高速な新規開発を支える開発・分析基盤 |  | ",
        ],
    );
}

#[test]
fn a_kind_of_talks_in_the_plural_with_its_slot_is_a_group_not_a_label() {
    // `# Ninja Talks (10:05 - 11:05)` three times: each slot's talks (the
    // times are no part of a title); a title without spaces is still
    // several words.
    check(
        "+++
title = \"大江戸Ruby会議06 資料まとめ\"
+++

# Ninja Talks (10:05 - 11:05)

### Docker時代の分散RSpec環境の作り方

<script async class=\"speakerdeck-embed\" data-id=\"aaaa\" src=\"//speakerdeck.com/assets/embed.js\"></script>

### Text Editing in Ruby

Notes.

# Ninja Talks (13:10 - 14:10)

### Rationalを（もうちょっと）最適化してみた

Notes.

# Ninja Talks (15:15 - 16:15)

### Ruby 2.4 Internals

Notes.

# Keynote (16:20 - 17:00)

<script async class=\"speakerdeck-embed\" data-id=\"bbbb\" src=\"//speakerdeck.com/assets/embed.js\"></script>
",
        &[
            "Docker時代の分散RSpec環境の作り方 |  | ",
            "Text Editing in Ruby |  | ",
            "Rationalを（もうちょっと）最適化してみた |  | ",
            "Ruby 2.4 Internals |  | ",
            "Keynote |  | ",
        ],
    );
}

#[test]
fn a_link_named_session_to_a_video_is_the_recording() {
    check(
        "# re:Invent 2024

## Technical Talks

### Failing without flailing: Lessons we learned at AWS the hard way

This [session](https://youtu.be/c2ekr1Us51s) has three speakers.

### Try again: The tools and techniques behind resilient systems

The focus in [this session](https://youtu.be/rvHd4Y76-fs) is retries. See also [the docs](https://example.com/docs).
",
        &[
            "Failing without flailing: Lessons we learned at AWS the hard way |  | https://youtu.be/c2ekr1Us51s",
            "Try again: The tools and techniques behind resilient systems |  | https://youtu.be/rvHd4Y76-fs",
        ],
    );
}

#[test]
fn a_panels_speakers_listed_before_headings_that_name_them() {
    // The title is the front matter's; `Plenary Speakers:` lists the
    // panel; the headings name only those people: parts of one panel.
    check(
        "---
title: \"The University in Theory; or, The Future of (Fugitive) Study\"
date: 2015-05-21
---

Plenary Speakers:
- Bruce Burgett, University of Washington Bothell
- Sunaina Maira, University of California Davis
- Fred Moten, University of California Riverside
- Stefano Harney, Singapore Management University

### Fred Moten & Stefano Harney

Rutgers, *Living for the City*

### Stefano & Fred

Remarks.

### Sunaina Maira

More remarks.
",
        &[
            "The University in Theory; or, The Future of (Fugitive) Study | Bruce Burgett (University of Washington Bothell); Sunaina Maira (University of California Davis); Fred Moten (University of California Riverside); Stefano Harney (Singapore Management University) | ",
        ],
    );
}

#[test]
fn a_titled_file_whose_headings_are_topics_is_one_talk() {
    // Nothing under the title is a talk and the title names no event:
    // one talk's notes (`Writing` at the end of a topic is no list of
    // articles). A person and their company's site under a setext title.
    check(
        "# Making PHP Extensions

## Resources

https://github.com/auroraeosrose/php-extensions-code

## Ease of Extension Writing

Wrapper extensions are the easiest.

## Lifecycle

Startup and shutdown.

## PHP Memory

Zend allocator.
",
        &["Making PHP Extensions |  | "],
    );
    check(
        "Modern data science - monogmay or menage a trois?
=================================================

Lara Khanafer from http://www.dataiku.com/ @larakhanafer

- Do not restrict yourself to one technology
",
        &["Modern data science - monogmay or menage a trois? | Lara Khanafer (Dataiku) | "],
    );
}

#[test]
fn a_session_code_at_the_end_of_a_title_is_dropped() {
    check(
        "---
title: \"Building SRE from Scratch at Coinbase during Hypergrowth [DEV315]\"
---

### Key Insights
1. measure everything
",
        &["Building SRE from Scratch at Coinbase during Hypergrowth |  | "],
    );
}

#[test]
fn a_list_that_puts_the_person_first_reads_every_item_so() {
    // Most items name a known person before the dash; the others' names
    // (no given name known here) are read the same way, also an item
    // without a link.
    check(
        "# GopherCon 2017

Talks:

* [Ashley McNamara - My Journey to Go](https://about.sourcegraph.com/go/my-journey-to-go)
* [Kavya Joshi - Understanding Channels](https://about.sourcegraph.com/go/understanding-channels)
* [Mitchell Hashimoto - Advanced Testing in Go](https://about.sourcegraph.com/go/advanced-testing-in-go)
* [Rhys Hiltner - Introduction to go tool trace](https://about.sourcegraph.com/go/go-tool-trace)
* Waldemar Quevedo - Design and implementation of the NATS client
* [Alan Shreve - grpc in production](/blog/grpc-in-production-alan-shreve)
",
        &[
            "My Journey to Go | Ashley McNamara | ",
            "Understanding Channels | Kavya Joshi | ",
            "Advanced Testing in Go | Mitchell Hashimoto | ",
            "Introduction to go tool trace | Rhys Hiltner | ",
            "Design and implementation of the NATS client | Waldemar Quevedo | ",
            "grpc in production | Alan Shreve | ",
        ],
    );
}

#[test]
fn questions_that_say_about_are_talks() {
    // `about` inside a question is no section word (`## About` is).
    check(
        "# OSCON 2019

## Wednesday 2019.07.17

##### **I'm a developer; should I care about a service mesh?**

Notes.

##### Writing Domain Specific Languages (DSL)

Notes.

##### About

The venue.
",
        &[
            "I'm a developer; should I care about a service mesh? |  | ",
            "Writing Domain Specific Languages (DSL) |  | ",
        ],
    );
}

#[test]
fn a_quoted_title_beside_a_name_no_given_name_list_knows() {
    // The quotes set the title apart, so two capitalised words beside it
    // are its speaker; quotes that words go on after are the title's own
    // (and the person before its dash is read as in the headings beside).
    check(
        "# CppCon 2017

### Nir Friedman - \"What C++ developers should know about globals (and the linker)\"

Notes.

### Sarah Drasner - Animating the Web Today

Notes.

### Michael Caisse - Modern C++ in Embedded Systems

Notes.

### Evadne Wu - “Not Hotdog” Revisited

Notes.
",
        &[
            "What C++ developers should know about globals (and the linker) | Nir Friedman | ",
            "Animating the Web Today | Sarah Drasner | ",
            "Modern C++ in Embedded Systems | Michael Caisse | ",
            "“Not Hotdog” Revisited | Evadne Wu | ",
        ],
    );
}

#[test]
fn names_written_small_or_as_one_word_beside_headings_that_name_people() {
    // The headings beside name people after (or before) their dash, so a
    // name written small (`chris coiyer`) or the one name a speaker goes
    // by (`Digit`) is read the same way.
    check(
        "---
title: Web Unleashed 2019
---

# oops I guess we're full stack - chris coiyer

Notes.

# Dynamic Typographic Systems, Modern CSS, and Variable Fonts - Jason Pamental

Notes.

# Slashing Bad User Experience Using DevTools - Henri Helvetica

Notes.
",
        &[
            "oops I guess we're full stack | chris coiyer | ",
            "Dynamic Typographic Systems, Modern CSS, and Variable Fonts | Jason Pamental | ",
            "Slashing Bad User Experience Using DevTools | Henri Helvetica | ",
        ],
    );
    check(
        "# EMPEX 2022

## Brooklyn Zelenka - The Escape from Flatland

Notes.

## Mat Trudel - A Funny Thing Happened On The Way To The Phoenix

Notes.

## Digit - Burrito: Wrap your app in a BEAM burrito!

Notes.

## Zack White - Getting lazy with workflow graphs in Elixir

Notes.
",
        &[
            "The Escape from Flatland | Brooklyn Zelenka | ",
            "A Funny Thing Happened On The Way To The Phoenix | Mat Trudel | ",
            "Burrito: Wrap your app in a BEAM burrito! | Digit | ",
            "Getting lazy with workflow graphs in Elixir | Zack White | ",
        ],
    );
}

#[test]
fn a_dash_before_by_on_the_line_under_a_heading() {
    check(
        "# SnowCamp 2019

## 2019-01-24 | Thursday

### Optimizing Image Delivery for the Web

-- by [Doug Sillars](https://dougsillars.com)

Doug's talk on optimising images.

### Building More Eco-Responsible Apps by Reducing The Bloating

— by [Frédéric Bordage](https://greenit.fr) -

Frédéric showcased some success stories.
",
        &[
            "Optimizing Image Delivery for the Web | Doug Sillars | ",
            "Building More Eco-Responsible Apps by Reducing The Bloating | Frédéric Bordage | ",
        ],
    );
}

#[test]
fn a_person_then_a_title_in_italic_html_after_a_comma() {
    // `<i>…</i>` is emphasis, not words; a person with a known given name
    // before the first comma, the title after it. The front matter's
    // title names the event.
    check(
        "---
title: Notes from The Lead Developer London 2019
---

Intro.

### [Lara Hogan](//twitter.com/lara_hogan), <i>Navigating team friction</i>

- notes

### [Randall Koutnik](//twitter.com/rkoutnik), <i>I can't do that for you Dave: undefined is not a function</i>

- notes
",
        &[
            "Navigating team friction | Lara Hogan | ",
            "I can't do that for you Dave: undefined is not a function | Randall Koutnik | ",
        ],
    );
}

#[test]
fn numbered_links_to_notes_files_under_topics_and_a_nested_table_of_contents() {
    // The table of contents (nested items linking to this file's headings)
    // names no talk; `Name Keynote` is a talk by that person; numbered
    // items that only link to a notes file are talks.
    check(
        "# AWS re:Invent 2018

## Table of Contents

- [Keynotes](#keynotes)
    - [Andy Jassy](#andy-jassy)
- [Breakout Sessions](#breakout-sessions)
    - [Containers](#containers)
- [Takeaways](#takeaways)

## Keynotes

### [Andy Jassy Keynote](./general/Keynote-Andy_Jassy.md)

### [Werner Vogels Keynote](./general/Keynote-Werner_Vogels.md)

## Breakout Sessions

### Containers
  1. [Breaking Containers: Chaos Engineering for Modern Applications on AWS](./11_26-mon/CON310.md)
  2. [Introducing AWS Cloud Map](./11_30-fri/CON366.md)

## Takeaways

- Fun.
",
        &[
            "Andy Jassy Keynote | Andy Jassy | ",
            "Werner Vogels Keynote | Werner Vogels | ",
            "Breaking Containers: Chaos Engineering for Modern Applications on AWS |  | ",
            "Introducing AWS Cloud Map |  | ",
        ],
    );
}

#[test]
fn links_to_recordings_named_title_and_speakers_under_a_section_about_the_talks() {
    // `Trends and session highlights` is a section word and names talks;
    // each link to a video whose text is `Title - Name, Org` is a talk
    // with its recording.
    check(
        "Intro about KubeCon.

## Trends and session highlights

🌳 [Adopting Network Policies in Highly Secure Environments - Raymond de Jong, Isovalent](https://youtu.be/yikVhGM2ye8)

🌳 This session was very interesting. [Paved Paths Leading the Way to Compliance - Kasper Borg Nissen & Brian Nielsen, Lunar](https://youtu.be/6T3Mf6pdg7E)

## Summing it up

A great week.
",
        &[
            "Adopting Network Policies in Highly Secure Environments | Raymond de Jong (Isovalent) | https://youtu.be/yikVhGM2ye8",
            "Paved Paths Leading the Way to Compliance | Kasper Borg Nissen (Lunar); Brian Nielsen (Lunar) | https://youtu.be/6T3Mf6pdg7E",
        ],
    );
}

#[test]
fn a_list_of_title_by_name_sentences_after_a_paragraph_about_the_talks() {
    // The paragraph before each list speaks of talks (it wraps: the list
    // follows its last line); each item's first sentence is `Title by
    // Name` (or `Title, by Name`), then the author's comment.
    check(
        "---
title: \"Devoxx 2011 post-mortem\"
---
So, Devoxx is over.

Here are, in chronological order, my favourite talks of this year:

* The Diabolical Developer by Martijn Verburg. Challenging the agile
  establishment.
* Above the clouds by Jonas Bonér. Excellent introduction to Scala's solution
  to handling concurrency.
* The evolution of Java: past, present and future, by Joshua Bloch. Fast-paced
  critique.

I've also heard good things about the following talks, from people who have
attended them:

* The well-grounded Java developer, by Martijn Verburg and Ben Evans.
* Java: the good, the bad and the ugly parts, by Joshua Bloch.
* Rules for good UI design, by Joe Nuxoll.

A list of things to pack:

* A charger by Anker. Useful.
* Socks by Uniqlo. Warm.
* A book by Neil Gaiman. Fun.
",
        &[
            "The Diabolical Developer | Martijn Verburg | ",
            "Above the clouds | Jonas Bonér | ",
            "The evolution of Java: past, present and future | Joshua Bloch | ",
            "The well-grounded Java developer | Martijn Verburg; Ben Evans | ",
            "Java: the good, the bad and the ugly parts | Joshua Bloch | ",
            "Rules for good UI design | Joe Nuxoll | ",
        ],
    );
}

#[test]
fn village_codes_after_titles_and_speakers_quoted_under_headings() {
    // Most headings end with a short code in parentheses (where the talk
    // ran): not part of the titles. The speaker is quoted under each
    // heading; the notes are quoted deeper.
    check(
        "# DEFCON 29

## Day 1

### OSQuery (BTV)
> Sebastiaan Provost @Stekkz
>> Presentation slides
>
>	* EDR tool

### Detection Challenges in Cloud Connected Credential Abuse Attacks (CV)
> Rod Soto
>> Presentation slides

### z/OS Container Breakout (Track2)
> Ian Coldwater
>
>	* mainframes

### Intro to ML (AI)
> Jane Smith
",
        &[
            "OSQuery | Sebastiaan Provost | ",
            "Detection Challenges in Cloud Connected Credential Abuse Attacks | Rod Soto | ",
            "z/OS Container Breakout | Ian Coldwater | ",
            "Intro to ML | Jane Smith | ",
        ],
    );
}

#[test]
fn talks_listed_under_a_break_and_whose_talk_before_the_link() {
    // `## Lunch` over the afternoon's list of `Title, by Name (Role,
    // Org)`: the talks after the break (the role is no organisation). `Name's keynote [Title](…)`: whose
    // talk it was.
    check(
        "# Lead Dev Berlin 2022

## Day 1.
- [Scaling Engineering Organizations](./x/scaling.md), by Sangeeta Handa (Engineering Director at Netflix)
- [Bridging the dev/sec divide](./x/bridging.md) by Luisa Emma. (Advisor, Futurice)

## Lunch

- [Shopify remote's working toolbox](./x/remote.md), by James Stainer (Director of Engineering, Shopify)
- Feature flag use cases you haven't heard about yet, by Joy Ebertz (Principal Software Engineer, Split.io)
- Integrating an expert solo developer into a development team, by Theresa Robinson (Technical Lead, Rolls Royce)
",
        &[
            "Scaling Engineering Organizations | Sangeeta Handa | ",
            "Bridging the dev/sec divide | Luisa Emma | ",
            "Shopify remote's working toolbox | James Stainer (Shopify) | ",
            "Feature flag use cases you haven't heard about yet | Joy Ebertz (Split.io) | ",
            "Integrating an expert solo developer into a development team | Theresa Robinson (Rolls Royce) | ",
        ],
    );
    check(
        "# EuroPython 2016

My favourite talks:

* Rachel Willmer's keynote [20 Years without a 'Proper' Job](https://ep2016.europython.eu/conference/talks/keynote-20-years) - why following your own path is the best path.
* Daniele Procida's [Mind, Machines and Python](https://ep2016.europython.eu/conference/talks/minds-machines-and-python) - an interesting chat.
* Radomir Dopieralski's [Making robots walk with Python](https://ep2016.europython.eu/conference/talks/making-robots-walk) - exactly as it sounds.
",
        &[
            "20 Years without a 'Proper' Job | Rachel Willmer | ",
            "Mind, Machines and Python | Daniele Procida | ",
            "Making robots walk with Python | Radomir Dopieralski | ",
        ],
    );
}

#[test]
fn talk_links_in_paragraphs_beside_a_list_of_talk_links() {
    // Paragraphs that start with a link to a talk's video (`"Title" by
    // Name`), and a list of more such links after a line of their own:
    // each talk once, a quoted title's dash is the title's own.
    check(
        "## StrangeLoop

### Most Fav ones:

[\"Performance Matters\" by Emery Berger](https://www.youtube.com/watch?v=r-TLSBdHe1A&t=7s) Mind blowing talk.

[\"Finding bugs without running or even looking at code\" by Jay Parlar](https://www.youtube.com/watch?v=FvNRlE4E9QQ) Check this free [alloytool source](http://alloytools.org/).

Couple of other interesting talks:
- [\"Uptime 15,364 days - The Computers of Voyager\" by Aaron Cummings](https://www.youtube.com/watch?v=H62hZJVqs2o)
- [\"ASTRIAGraph: Monitoring Global Traffic in Space!\" by Moriba Jah](https://www.youtube.com/watch?v=iVbotVEb200)
",
        &[
            "Performance Matters | Emery Berger | https://www.youtube.com/watch?v=r-TLSBdHe1A&t=7s",
            "Finding bugs without running or even looking at code | Jay Parlar | https://www.youtube.com/watch?v=FvNRlE4E9QQ",
            "Uptime 15,364 days - The Computers of Voyager | Aaron Cummings | https://www.youtube.com/watch?v=H62hZJVqs2o",
            "ASTRIAGraph: Monitoring Global Traffic in Space! | Moriba Jah | https://www.youtube.com/watch?v=iVbotVEb200",
        ],
    );
}

#[test]
fn a_speaker_line_that_is_a_sentence_about_the_speaker() {
    // The name first, then the role at an organisation, then more of the
    // speaker's story: one speaker, not five.
    check(
        "# Design for Seven Billion; Design for One

__Speaker__: Kat Holmes, Director of Inclusive Design at Microsoft, having worked on Windows, Xbox and Office, led the development of the [Microsoft Inclusive Design toolkit](https://www.microsoft.com/en-us/design/inclusive)

## Takeaways

- Increase access
",
        &["Design for Seven Billion; Design for One | Kat Holmes (Microsoft) | "],
    );
}

#[test]
fn days_numbered_in_japanese_hold_their_talks() {
    // `# 1日目` (day 1) is a day like `# Day 1`: the headings under it
    // are its talks, here listed first as links to their pages.
    check(
        "+++
title = \"YAPC::Asia 2015に参加してきた!! #yapcasia\"
+++

8月21,22日の2日間、YAPC:Asiaに参加してきた。

# 1日目

とりあえず,1日目は以下のセッションを聴いた。

- [メリークリスマス！](http://yapcasia.org/2015/talk/show/a636430c)
- [Effective ES6](http://yapcasia.org/2015/talk/show/44721562)

## メリークリスマス！
Perlのパパ、Larry Wallのお話。

## Effective ES6
ES6の話。

# 2日目

## ISUCONの勝ち方
ISUCONの話。
",
        &[
            "メリークリスマス！ |  | ",
            "Effective ES6 |  | ",
            "ISUCONの勝ち方 |  | ",
        ],
    );
}

#[test]
fn anchors_in_headings_and_open_spaces() {
    // `<a name="x"></a>` before a heading's title is markup; `Open
    // Spaces:` is a kind of session, not part of the title.
    check(
        "# DevOpsDays Toronto 2018

## Day 1

## <a name=\"pereira\"></a> DevOpsDaysTO Year 5, DevOps Year 10
**[Ana Pereira](https://twitter.com/ana)**

Notes.

## <a name=\"freeman\"></a> This IS NOT Fine: Putting Out (Code) Fires
**[Emily Freeman](https://twitter.com/editingemily)**

Notes.

## Open Spaces: Dealing With Burnout

Notes.
",
        &[
            "DevOpsDaysTO Year 5, DevOps Year 10 | Ana Pereira | ",
            "This IS NOT Fine: Putting Out (Code) Fires | Emily Freeman | ",
            "Dealing With Burnout |  | ",
        ],
    );
}

#[test]
fn swedish_days_and_bold_titles_av_speakers() {
    // `Dag 1` is a day, `Inledning` an introduction; `**Title** av
    // *Name* …` names who gave it (`av` is Swedish `by`).
    check(
        "# NordicJS 2014

## Inledning

Vi var där.

## Dag 1

 * **Five stages of Development** av *Robert Nyman* handlade om Firefox dev tools.
 * **The fourth dimension** av *Sergi Mansilla* behandlade asynkronsierad kod.
 * **Style Guide Driven UI Design** av *Jina Bolton* behandlade Style guides.

## Sammanfattning

Bra konferens.
",
        &[
            "Five stages of Development | Robert Nyman | ",
            "The fourth dimension | Sergi Mansilla | ",
            "Style Guide Driven UI Design | Jina Bolton | ",
        ],
    );
}

#[test]
fn a_table_column_of_who_mentioned_a_talk_names_no_speaker() {
    check(
        "# EuroPython 2018 Recap

## Mentioned talks

| Title | Link | Mentioned by |
| --- | --- | --- |
| Trio: A pythonic way to do async programming | [Youtube](https://youtu.be/qRqDgJLM568) | [@niklas-heer](https://github.com/niklas-heer) |
| Autism in development | [Youtube](https://youtu.be/w-XECcIWnlQ) | [@akuryou](https://github.com/akuryou) |
",
        &[
            "Trio: A pythonic way to do async programming |  | https://youtu.be/qRqDgJLM568",
            "Autism in development |  | https://youtu.be/w-XECcIWnlQ",
        ],
    );
}

#[test]
fn bare_titles_among_items_that_link_to_their_notes() {
    // A day's list cut by `<br />` lines: items link to their notes
    // files, and the others, only a title, are talks whose notes were not
    // written.
    check(
        "# Google I/O 2019 のメモ

## Sessions
### Day1 (May 7)
- [What's New in Android](Sessions/Day1/Whats%20New/Note.md)

<br />

- [Build a Modular Android App Architecture](Sessions/Day1/Modular/Note.md)

<br />

- Overview of Privacy Changes in Android Q

<br />

- Material Theming: Build Expressively with Material Components
",
        &[
            "What's New in Android |  | ",
            "Build a Modular Android App Architecture |  | ",
            "Overview of Privacy Changes in Android Q |  | ",
            "Material Theming: Build Expressively with Material Components |  | ",
        ],
    );
}

#[test]
fn a_group_of_talks_named_by_their_speakers() {
    // `## The talks` over headings that are speakers' names: each is the
    // talk that person gave.
    check(
        "# Summary of NordicJs '16

## My Take away

Prototyping is great.

## The talks

### Jeremy Keith

The resilient web.

### Ashley Williams

npm and the community.

### David Björklund

Open source.
",
        &[
            "Jeremy Keith | Jeremy Keith | ",
            "Ashley Williams | Ashley Williams | ",
            "David Björklund | David Björklund | ",
        ],
    );
}

#[test]
fn documentation_directives_and_a_speakers_handle_after_their_name() {
    // A Swift-DocC article: `@Metadata { … }` is no text of the notes, so
    // the name under it is the first line, the speaker.
    check(
        "#  SwiftUI + UIKit Interoperability - Beyond the Basics

@Metadata {
    @TitleHeading(\"Talk\")
}

John Sundell

## Abstract

In this talk, John will explore the interoperability APIs.
",
        &["SwiftUI + UIKit Interoperability - Beyond the Basics | John Sundell | "],
    );
    // `Speaker:` names one person: the handle after the name is theirs.
    check(
        "# Introduction to git (even for Non-Developers)
Speaker: John Anderson, @genehack, os101/columbia, infinity interactive

## What is git?
distributed revision control system
",
        &["Introduction to git (even for Non-Developers) | John Anderson | "],
    );
}

#[test]
fn speakers_continued_after_a_bar_and_a_linkless_list_of_name_dash_title() {
    // `| Nan Jiang (Sourced)` goes on with the speaker line above it; the
    // ignites are listed as `Name - Title`, without links.
    check(
        "# Day 1: Wednesday 2018-05-30

## Unleashing the Gorillacorn – DevOps in Very Large Enterprises

Shawn Sterling (Sourced)
| Nan Jiang (Sourced)

[video](https://youtu.be/9kWtmmt_048)

## Ignites

* Simon Woodside - Let’s Challenge Common DevOps Assumptions: Health Tech Edition
* Karen Odegaard - Ready, Set, DevOps Roadblock
* Donald Donovan - Creepy stuff with anonymous data
",
        &[
            "Unleashing the Gorillacorn – DevOps in Very Large Enterprises | Shawn Sterling (Sourced); Nan Jiang (Sourced) | https://youtu.be/9kWtmmt_048",
            "Let’s Challenge Common DevOps Assumptions: Health Tech Edition | Simon Woodside | ",
            "Ready, Set, DevOps Roadblock | Karen Odegaard | ",
            "Creepy stuff with anonymous data | Donald Donovan | ",
        ],
    );
}

#[test]
fn a_plan_of_talks_with_their_slots_under_each_title() {
    // Items without links or speakers, each over a line giving its slot
    // (`10am, Track 2`, `1000-1400 in Icon B`): the talks of a schedule.
    // A list of advice is no schedule.
    check(
        "# DEF CON 26

### Workshops
* Pentesting ICS 101
  * <b>Aug. 9, 10am - 2pm</b>
  * 1000-1400 in Icon B
* Hacking Thingz Powered By Machine Learning
  * <b>Aug. 10, 2:30pm - 6:30pm</b>
  * 1430-1830 in Icon A

### Talks
#### Aug. 10
* One-liners to Rule Them All
  * 11am, Track 2
* NSA Talks Cybersecurity
  * 11am, Track 1
* Breaking Parser Logic: Take Your Path Normalization Off and Pop 0days Out!
  * 12pm, Track 2

### What to Remember
* Don't bring any electronic device.
  * Cash only.
* Be careful to whom to talk to.
  * Really.
",
        &[
            "Pentesting ICS 101 |  | ",
            "Hacking Thingz Powered By Machine Learning |  | ",
            "One-liners to Rule Them All |  | ",
            "NSA Talks Cybersecurity |  | ",
            "Breaking Parser Logic: Take Your Path Normalization Off and Pop 0days Out! |  | ",
        ],
    );
}

#[test]
fn the_new_readings_leave_topics_and_notes_alone() {
    // A topic and a kind of session is no person's keynote; a talk named
    // `Sticky Sessions` with its speaker line is a talk; a word before a
    // title's colon is no speaker beside headings that name people first.
    check(
        "# Conf 2024

## Ray Serve Tutorial
Speaker: Jane Doe

Notes.

## Sticky Sessions
Speaker: John Smith

### Takeaways
- sticky

## Sarah Drasner - Animating the Web Today

Notes.

## Michael Caisse - Modern C++ in Embedded Systems

Notes.

## Generics: The Road Ahead

Notes.
",
        &[
            "Ray Serve Tutorial | Jane Doe | ",
            "Sticky Sessions | John Smith | ",
            "Animating the Web Today | Sarah Drasner | ",
            "Modern C++ in Embedded Systems | Michael Caisse | ",
            "Generics: The Road Ahead |  | ",
        ],
    );
    // Companies that share are no speakers; version numbers are no slots.
    check(
        "# KubeCon

The keynotes were packed. Here is a brief about the keynotes:

- Platform Engineering at Scale: Spotify and Netflix share how they build platforms
- Securing the Supply Chain: Shane discusses lessons that the company has learned
- THE API IS PEOPLE!: All about communities and why you should build them

## Upgrades

- Java 17 to Java 21
  - Version 2 adds records
- Spring Boot 3
  - Top 5 tips
",
        &[
            "Platform Engineering at Scale |  | ",
            "Securing the Supply Chain | Shane | ",
            "THE API IS PEOPLE! |  | ",
        ],
    );
}
