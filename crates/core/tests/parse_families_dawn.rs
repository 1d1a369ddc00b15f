//! Layouts of real notes learnt from the misses of the held-out sets
//! (holdout85 to holdout91) in the stop that began 2026-12-05 at 00:53
//! UTC, each pinned down with Markdown in and sessions out (`title |
//! speakers (org) | recording`), with the near misses that must stay as
//! they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn meetups_over_the_talks_given_at_them() {
    // A meetup group's page: one item per evening, most with no talk
    // named, some over the talks given, in two styles.
    check(
        "---
layout: page_full
title: Meetups
---

* [26th Meetup](https://www.meetup.com/PyData-London-Meetup/events/233441395/)
  * Pav Andriychenko on Jupyter Web Apps and other Jovian tricks: [slides](https://github.com/rs2/talk/blob/master/slides.ipynb) and [docker](https://github.com/rs2/talk/tree/master/docker)
* [25th Meetup](http://www.meetup.com/PyData-London-Meetup/events/232533453/)
  * Matt Cloke and Narendra Tumkur on [The Science and Art of Systems Engineering](https://github.com/clokey/pydata_london_meetup/)
  * Yaz Santissi on [Image Recognition with TensorFlow using Python](http://www.slideshare.net/YazSantissi/image-recognition-with-tensorflow)
* [24th Meetup](http://www.meetup.com/PyData-London-Meetup/events/231933936/)
* [19th Meetup](http://www.meetup.com/PyData-London-Meetup/events/227267769/) - Deep Learning
* [13th Meetup](http://www.meetup.com/PyData-London-Meetup/events/223254354/)
  * [James Blackburn](https://www.linkedin.com/in/jbblackburn) - *High-performance IoT and financial data storage with Python and MongoDB*
    ([slides](http://www.slideshare.net/JamesBlackburn1/iot),
    [demo](https://github.com/manahl/arctic/blob/master/howtos/demo.py),
    [GitHub](https://github.com/manahl/arctic))
  * [Moreno Bonaventura](https://www.linkedin.com/in/morenobonaventura) - *Network analysis of large time-varying graphs with [NetworkL](http://networkl.github.io)*
  * [Robert Johnson](http://sporting-advantage.co.uk) - *Modelling Tennis* ([slides](http://www.sporting-advantage.co.uk/presentations/tennis.pdf))
* [1st Meetup](http://www.meetup.com/PyData-London-Meetup/events/179396812/) - June 3 2014 - Celebratory First Meetup
  * Chipp Jansen - *Kinect and Stone: auto-sculpting using Python and a Kinect scanner*
  * [Ian Huston](https://twitter.com/ianhuston) (Pivotal Labs) - *Introducing Pivotal's open source stack*
  * Sam Colvin - [*Julia by Example*](http://nbviewer.ipython.org/github/samuelcolvin/julia-slideshow/blob/master/Lightning.ipynb)
",
        &[
            "Jupyter Web Apps and other Jovian tricks | Pav Andriychenko | ",
            "The Science and Art of Systems Engineering | Matt Cloke; Narendra Tumkur | ",
            "Image Recognition with TensorFlow using Python | Yaz Santissi | ",
            "High-performance IoT and financial data storage with Python and MongoDB | James Blackburn | ",
            "Network analysis of large time-varying graphs with NetworkL | Moreno Bonaventura | ",
            "Modelling Tennis | Robert Johnson | ",
            "Kinect and Stone: auto-sculpting using Python and a Kinect scanner | Chipp Jansen | ",
            "Introducing Pivotal's open source stack | Ian Huston (Pivotal Labs) | ",
            "Julia by Example | Sam Colvin | ",
        ],
    );
}

#[test]
fn dated_meetup_talks_led_by_the_speakers_page() {
    // Each item the evening's date, the speaker linked to a homepage or
    // profile, then the title (plain, with a link inside, or a link of
    // its own), the materials in parentheses on the next lines.
    check(
        "# HaskellerZ

## 2017 meetups

* 2017-02-08 - [Ben Lippmeier](http://benl.ouroborus.net/) - [The Disciplined Disciple Compiler (DDC)](http://disciple.ouroborus.net/)
               ([video](https://www.youtube.com/watch?v=QShfhs7nToI),
                [slides](meetups/2017-Escape.pdf))
* 2017-02-23 - [Niklas Hambüchen](https://github.com/nh2) - FRP browser programming with Reflex
               ([video](https://youtu.be/dNGClNsnn24),
                [slides](meetups/reflex-slides.pdf))
* 2017-04-06 - [Tomas Carnecky](https://github.com/wereHamster) - Writing web applications with [Nauva](https://github.com/wereHamster/nauva)
* 2017-04-27 - [Andreas Lochbihler](http://www.infsec.ethz.ch/people/andreloc.html) - Functional Programming and Proving in [Isabelle/HOL](http://isabelle.in.tum.de/)
               ([demo file](meetups/Demo.thy),
                [video](https://www.youtube.com/watch?v=cIX3WVO48RY))
* 2017-06-29 - open slot
* 2018-09-20 - [Simon Meier](https://github.com/meiersi) - Test-Driven Development of a Unification Algorithm
               (video - tbd,
                [slides](meetups/tdd_unif.md))
",
        &[
            "The Disciplined Disciple Compiler (DDC) | Ben Lippmeier | https://www.youtube.com/watch?v=QShfhs7nToI",
            "FRP browser programming with Reflex | Niklas Hambüchen | https://youtu.be/dNGClNsnn24",
            "Writing web applications with Nauva | Tomas Carnecky | ",
            "Functional Programming and Proving in Isabelle/HOL | Andreas Lochbihler | https://www.youtube.com/watch?v=cIX3WVO48RY",
            "Test-Driven Development of a Unification Algorithm | Simon Meier | ",
        ],
    );
}

#[test]
fn an_event_over_its_talks_among_dated_talks() {
    // Talks on their dates, and a weekend event over the talks given at
    // it: a dated talk is no event, and the event is no talk.
    check(
        "# HaskellerZ

## 2016 meetups

* 2016-10-27: Carl Baatz - Build yourself a Haskell web framework
  ([slides](https://cbaatz.github.io/build-a-haskell-web-framework/),
  [video](https://www.youtube.com/watch?v=etuSnom2v2M))

* 2016-07-22 - 2016-07-24: [ZuriHac 2016](https://wiki.haskell.org/ZuriHac2016)
  * 2016-07-22: *Francesco Mazzoli* - Parallelizing and distributing scientific software in Haskell
    ([video](https://www.youtube.com/watch?v=4py8BYIw1DI))
  * 2016-07-23: *Edward Kmett* - Monad Homomorphisms (keynote)
    ([video](https://www.youtube.com/watch?v=YTaNkWjd-ac))

* 2016-01-28: Simon Meier - A primer to commercial Haskell programming
  ([slides](meetups/commercial_haskell_primer.md),
  [video](https://www.youtube.com/watch?v=ywOvfjpbYR4))
",
        &[
            "Build yourself a Haskell web framework | Carl Baatz | https://www.youtube.com/watch?v=etuSnom2v2M",
            "Parallelizing and distributing scientific software in Haskell | Francesco Mazzoli | https://www.youtube.com/watch?v=4py8BYIw1DI",
            "Monad Homomorphisms | Edward Kmett | https://www.youtube.com/watch?v=YTaNkWjd-ac",
            "A primer to commercial Haskell programming | Simon Meier | https://www.youtube.com/watch?v=ywOvfjpbYR4",
        ],
    );
}

#[test]
fn near_misses_of_events_and_persons_in_lists() {
    // A title after its video (`Name, [video](…), [regIRT](…)`) is still
    // the title.
    check(
        "---
title: useR 2019 debrief
---

Here is a summary of the most interesting talks I saw:

* Michela Battauz,
  [video](https://www.youtube.com/watch?v=UsIcI3-pXiE),
  [regIRT](https://github.com/micbtz/regIRT/) for L1-regularized Item
  Response Theory models.
* Erin LeDell, [video](https://www.youtube.com/watch?v=5EHHGBYaIqE),
  [benchmarking ML
  systems](http://www.user2019.fr/static/pres/t258053.pdf).
* Michel Lang, [video](https://www.youtube.com/watch?v=wsP2hiFnDQs),
  [mlr3](http://www.user2019.fr/static/pres/t258076.pdf) machine
  learning framework.
",
        &[
            "regIRT | Michela Battauz | https://www.youtube.com/watch?v=UsIcI3-pXiE",
            "benchmarking ML systems | Erin LeDell | https://www.youtube.com/watch?v=5EHHGBYaIqE",
            "mlr3 | Michel Lang | https://www.youtube.com/watch?v=wsP2hiFnDQs",
        ],
    );
    // A talk named after the event it was given at, with notes under
    // it, is still the talk: its notes are no talks.
    check(
        "# My talks

* [Scaling Prometheus at KubeCon EU 2019](https://www.youtube.com/watch?v=abc123) - Jane Doe
  * the slides are on speakerdeck
  * we cut the memory use in half
* [Kubernetes Operators in Practice](https://www.youtube.com/watch?v=def456) - Jane Doe
  * questions about the reconcile loop
",
        &[
            "Scaling Prometheus at KubeCon EU 2019 | Jane Doe | https://www.youtube.com/watch?v=abc123",
            "Kubernetes Operators in Practice | Jane Doe | https://www.youtube.com/watch?v=def456",
        ],
    );
    // `Thoughts on [a library](…)` names nobody.
    check(
        "# PyData London 2016

* [Time Series with PyFlux](https://speakerdeck.com/rjt/pyflux) - Ross Taylor
* Thoughts on [pandas](https://pandas.pydata.org/) and why we use it
* [Softmax: the softer side of data science](https://slides.com/js/softmax) - John Sandall
",
        &[
            "Time Series with PyFlux | Ross Taylor | ",
            "Softmax: the softer side of data science | John Sandall | ",
        ],
    );
}

#[test]
fn numbered_headings_with_name_and_handle_after_full_width_commas() {
    // A meetup's minutes: each talk a heading numbered on, its title,
    // then who gave it and their handle after full-width commas, and the
    // video's thumbnail linked under it.
    check(
        "# Bot Friday 2020 Episode 07

## Talk Videos

### 1 Just 0.1% of the Python Wechaty，吴京京，@wj-Mcat

[![视频回放：Just 0.1% of the Python Wechaty - 吴京京](/assets/talk-1.jpg)](https://youtu.be/ZX_Pb9fRwS4?t=1073)

### 2 Go Wechaty 开发分享，丁超飞 @dchaofei

[![视频：Go Wechaty 开发分享 - 丁超飞](/assets/talk-2.jpg)](https://youtu.be/ZX_Pb9fRwS4?t=1723)

### 3 Golang里的EventEmitter，李博杰，@SilkageNet

[![视频：Golang里的EventEmitter - 李博杰](/assets/talk-3.jpg)](https://youtu.be/ZX_Pb9fRwS4?t=5272)

### 4 Call for Alpha Testers: Wechaty PC Windows Protocol, Jiarui Li, @lijiarui

[![Video: Call for Alpha Testers - Jiarui Li](/assets/talk-4.jpg)](https://youtu.be/ZX_Pb9fRwS4?t=6000)
",
        &[
            "Just 0.1% of the Python Wechaty | 吴京京 | https://youtu.be/ZX_Pb9fRwS4?t=1073",
            "Go Wechaty 开发分享 | 丁超飞 | https://youtu.be/ZX_Pb9fRwS4?t=1723",
            "Golang里的EventEmitter | 李博杰 | https://youtu.be/ZX_Pb9fRwS4?t=5272",
            "Call for Alpha Testers: Wechaty PC Windows Protocol | Jiarui Li | https://youtu.be/ZX_Pb9fRwS4?t=6000",
        ],
    );
    // A number that does not count on is the title's own.
    check(
        "# RubyConf 2019

## 99 Bottles of OOP - Sandi Metz

Notes.

## 10 Things I Hate About Rails - Jane Doe

Notes.

## 3 Ways to Test - John Smith

Notes.
",
        &[
            "99 Bottles of OOP | Sandi Metz | ",
            "10 Things I Hate About Rails | Jane Doe | ",
            "3 Ways to Test | John Smith | ",
        ],
    );
}

#[test]
fn an_afternoon_agenda_with_about_times_breaks_and_keyed_speakers() {
    // A DevFest's agenda in Chinese: `~ 15:15 Title` items, the video,
    // audio and slides nested, who gave it under a speaker's key after
    // them, what they do after their name; a break between two talks.
    check(
        "# DevFest 2018 珠海站

## 议程+记要:

- ~ 15:15 \"Django企业开发实战\"成书的故事
    + 视频: https://youtu.be/tj0-ezRjmPI
    + 录音: [django.MP3](http://example.org/a/django.MP3)
    + 幻灯: [django.pdf](http://example.org/django.pdf)
    + 讲师: 胡阳

![photo](http://example.org/f/3.JPG)

- ~ 16:25 休息/礼物
- ~ 16:30 OpenResty 新生态
    + 视频: https://youtu.be/ldSOnHSXqS4
    + 幻灯: [openresty.pdf](http://example.org/openresty.pdf)
    + 录音: [openresty.MP3](http://example.org/a/openresty.MP3)
    + 讲师: 温铭, OpenResty软件基金会主席

![photo](http://example.org/f/9.JPG)

- ~ 16:55 Flutter 简介
    + 视频: https://youtu.be/VIU7s_tSTHc
    + 幻灯: [flutter.pdf](http://example.org/flutter.pdf)
    + 录音: [flutter.MP3](http://example.org/a/flutter.MP3)
    + 讲师: 老高, `不甘社` 创始人, 腾讯高级开发工程师...
",
        &[
            "\"Django企业开发实战\"成书的故事 | 胡阳 | https://youtu.be/tj0-ezRjmPI",
            "OpenResty 新生态 | 温铭 | https://youtu.be/ldSOnHSXqS4",
            "Flutter 简介 | 老高 | https://youtu.be/VIU7s_tSTHc",
        ],
    );
}

#[test]
fn a_heading_about_the_talk_and_its_title_quoted_in_the_notes() {
    // `Name on Topic` headings, the talk's real title quoted in the first
    // sentence under each.
    check(
        "---
title: YOW! 2019 Notes
---

## Gene Kim on the Ideals of DevOps

In his talk \"The Unicorn Project and the 5 Ideals\", [Gene Kim](http://www.realgenekim.me/) talked about the business value of DevOps.

## Aino Corry on Retrospective Antipatterns

Antipatterns are as useful as patterns if we learn from them.

## Todd Montgomery on Pride and Quality

In his talk \"Level Up: Quality, Security, and Safety\", Todd Montgomery took a stance for taking pride in our work.
",
        &[
            "The Unicorn Project and the 5 Ideals | Gene Kim | ",
            "Retrospective Antipatterns | Aino Corry | ",
            "Level Up: Quality, Security, and Safety | Todd Montgomery | ",
        ],
    );
}

#[test]
fn notes_from_one_talk_whose_headings_are_its_parts() {
    // A post of notes from one talk: its recording linked above the
    // notes, whose headings are the talk's topics (some with a dash that
    // reads like a name).
    check(
        "---
title: \"Notes from GTC'25: CUDA Techniques to Maximize Compute and Instruction Throughput\"
description: \"My notes from the talk on maximizing compute and instruction throughput at NVIDIA GTC 2025.\"
---

You can watch the talk here - [link](https://register.nvidia.com/flow/nvidia/gtcs25/session/1727709629316001myds)

# GPU Basics

Notes.

# Warp Divergence

Notes.

## Occupancy Limiters - Registers

Notes.

## Occupancy Limiters - Thread Block size

Notes.
",
        &["CUDA Techniques to Maximize Compute and Instruction Throughput |  | "],
    );
    // `my notes from the talks`: many talks, each a heading.
    check(
        "---
title: DevOpsDays Berlin 2018
---

The talks were not recorded, so I've refined my notes from the talks on Day 2.

### Trust in Teams - Dirk Lehmann

Notes.

### Mentoring Juniors - Yuwei Chen

Notes.

### DevOps Transformations - Ken Mugrage

Notes.
",
        &[
            "Trust in Teams | Dirk Lehmann | ",
            "Mentoring Juniors | Yuwei Chen | ",
            "DevOps Transformations | Ken Mugrage | ",
        ],
    );
}

#[test]
fn a_days_slots_each_a_heading_with_the_talks_title() {
    // `Day Two, Session One - Grand Opening`: the day and the slot, then
    // the talk, over its notes.
    check(
        "# Rust Nation 2023

## Day One - Delivering a Foundational Workshop

Notes.

## Day Two, Session One - Grand Opening

Notes.

## Day Two, Session Two - TockOS Tutorial

Notes.

## Day Two, Session Three - Meeting the Game Developers

Notes.

## Conclusion

Thoughts.
",
        &[
            "Delivering a Foundational Workshop |  | ",
            "Grand Opening |  | ",
            "TockOS Tutorial |  | ",
            "Meeting the Game Developers |  | ",
        ],
    );
    // A day with its own name over the day's talks stays a day; a date
    // and the evening's host is no talk.
    check(
        "# Craft Conf 2017

## Day 2 - The Conference

### Scaling Teams - Jane Doe

Notes.

### Testing in Production - John Smith

Notes.

## Day 3 - The Hike after

We walked up the hill.
",
        &[
            "Scaling Teams | Jane Doe | ",
            "Testing in Production | John Smith | ",
        ],
    );
}

#[test]
fn bold_titles_with_their_recordings_and_without() {
    // A recap told in paragraphs: each talk a bold title over what the
    // author thought, most with a `[+]` link to the recording; the others
    // are talks too.
    check(
        "---
title: \"RailsConf 2014 Recap\"
---

Rails is ten years old! I learned so much from all the talks I attended.

**Opening Keynote**  
To kick off the event, DHH took the stage.

**Domain Driven Design Hexagonal Architecture Rails** [+](http://www.confreaks.com/videos/3316-railsconf-ddd)  
[Coming soon]

**Make an Event of it!**  
[Coming soon]

**Advanced Arel. When Activerecord just isn't enough** [+](http://www.confreaks.com/videos/3332-railsconf-arel)  
[Coming soon]

**Web applications with Ruby (not Rails)** [+](http://www.confreaks.com/videos/3348-railsconf-web)  
This was one of the few talks I went to that mostly involved live coding.
",
        &[
            "Opening Keynote |  | ",
            "Domain Driven Design Hexagonal Architecture Rails |  | http://www.confreaks.com/videos/3316-railsconf-ddd",
            "Make an Event of it! |  | ",
            "Advanced Arel. When Activerecord just isn't enough |  | http://www.confreaks.com/videos/3332-railsconf-arel",
            "Web applications with Ruby (not Rails) |  | http://www.confreaks.com/videos/3348-railsconf-web",
        ],
    );
    // Bold words in a recipe post are no talks of their own.
    check(
        "---
title: Weekend baking
---

**Chocolate Lava Cake** [recipe](https://example.org/cake)  
Rich and gooey.

**Lemon Tart** [recipe](https://example.org/tart)  
Sharp and sweet.

**Banana Bread**  
The easy one.
",
        // (The page itself, read as one talk's notes, as before.)
        &["Weekend baking |  | "],
    );
}

#[test]
fn a_days_list_then_a_heading_per_talk_cut_short() {
    // A BarCamp's day listed with who gave each talk and the author's
    // remarks, then a heading per talk with the notes, its title cut
    // short: one talk each, with the list's whole title; the track after
    // a title is no word of it.
    check(
        "# BarCamp London 7

## My experiences

### Saturday

* How we broke the tube with Facebook (Steve Emslie)
* Google Street View + Virtual Reality Goggles (Tom Scott) (Regrettably missed)
* Mobile Stats 2008-2009 ([Adam Cohen-Rose](http://www.twitter.com/adamcohenrose))
* Don't break my stuff! A guide to writing CSS for widgets ([Mark Stickley](http://www.twitter.com/markstickley)) (My session!)

### How we broke the tube

Notes on the tube talk.

### Mobile stats

Notes on the stats.
",
        // (The talks with a heading of their own come at their headings.)
        &[
            "Google Street View + Virtual Reality Goggles | Tom Scott | ",
            "Don't break my stuff! A guide to writing CSS for widgets | Mark Stickley | ",
            "How we broke the tube with Facebook | Steve Emslie | ",
            "Mobile Stats 2008-2009 | Adam Cohen-Rose | ",
        ],
    );
    check(
        "# NICAR 2018

### Thursday

#### [Investigating hate when the data isn’t there (Diversity Track)](01-05-investigating-hate.md)

_Duaa Eldeib, Melissa Lewis, Ken Schwencke_

Notes.

#### [Building happy cross-functional teams](01-04-cross-functional-teams.md)

_Becca Aaronson, Joe Germuska, Emily Ingram_

Notes.
",
        &[
            "Investigating hate when the data isn’t there | Duaa Eldeib; Melissa Lewis; Ken Schwencke | ",
            "Building happy cross-functional teams | Becca Aaronson; Joe Germuska; Emily Ingram | ",
        ],
    );
}

#[test]
fn an_item_that_introduces_the_talks_nested_under_it() {
    // `* Again all the talks are on YouTube… Some that I attended:` over
    // the talks, indented by a tab.
    check(
        "# PyCon 2017

* Again [all the talks are on YouTube](https://www.youtube.com/channel/UCrJ/videos) and they are packed with good info. Some that I attended and enjoyed:

\t* [Amjith Ramanujam - Awesome Command Line Tools](https://www.youtube.com/watch?v=hJhZhLg3obk): this was a great talk
\t* [Dave Forgac - Share Your Code! Python Packaging Without Complication](https://www.youtube.com/watch?v=qOH-h-EKKac) - useful / practical talk
\t* [Sep Dehpour - Magic Method, on the wall](https://www.youtube.com/watch?v=9TfDYds8WPg) - this was a fun talk
",
        &[
            "Awesome Command Line Tools | Amjith Ramanujam | https://www.youtube.com/watch?v=hJhZhLg3obk",
            "Share Your Code! Python Packaging Without Complication | Dave Forgac | https://www.youtube.com/watch?v=qOH-h-EKKac",
            "Magic Method, on the wall | Sep Dehpour | https://www.youtube.com/watch?v=9TfDYds8WPg",
        ],
    );
    // A talk over where it was given and its recording: the lines under
    // it are its own.
    check(
        "# Talks

## 2026
- **Tips for better (Python) tests**
  - Presented at [Ostrava Python Pizza](https://ostrava.python.pizza/) 2026.
  - [Recording](https://youtu.be/5AFVEZ9TZUs?t=5967), [slides](2026/tests/slides.pdf)
- **Tips for better (Rust) tests**
  - Presented at [MeetUpdate Ostrava](https://www.meetup.com/meetupdate-ostrava/events/312747904) 2026.
  - [Recording](https://www.youtube.com/watch?v=hq3TzJZ8Nks), [slides](2026/meetupdate/slides.pdf)
",
        &[
            "Tips for better (Python) tests |  | https://youtu.be/5AFVEZ9TZUs?t=5967",
            "Tips for better (Rust) tests |  | https://www.youtube.com/watch?v=hq3TzJZ8Nks",
        ],
    );
}

#[test]
fn slots_over_a_quoted_title_and_its_people() {
    // `# Session 2` over `>Title` and `>>Name(Role, Org)`.
    check(
        "# Session 1
>[패널토크] Google AI: 누구나 사용할 수 있는 AI의 미래
>>장혜덕(Google Cloud 한국 사업 총괄), 성원용(서울대학교 전기전자공학부 교수)

### 성원용 교수의 구글 Cloud 사용 경험
notes

# Session 2
>Google Assistant, 내 비즈니스에 어떻게 활용해야 할까
>>이주연(Strategic Partnership Development Manager, Google)

notes

# Session 4
>Kotlin으로 코딩 시작하기
>>Hadi Hariri(VP of Developer Advocacy, Jetbrains)
",
        &[
            "Google AI: 누구나 사용할 수 있는 AI의 미래 | 장혜덕 (Google Cloud 한국 사업 총괄); 성원용 (서울대학교 전기전자공학부 교수) | ",
            "Google Assistant, 내 비즈니스에 어떻게 활용해야 할까 | 이주연 (Strategic Partnership Development Manager, Google) | ",
            "Kotlin으로 코딩 시작하기 | Hadi Hariri (Jetbrains) | ",
        ],
    );
    // A sentence quoted from the keynote is no title.
    check(
        "# JavaDays 2022

## Keynote

> \"The Oracle Java is again available free of charge for production as of Java 17.\"
- Jiří Pinkas

## Records in Java 17 - Jane Doe

notes
",
        &[
            "Keynote | Jiří Pinkas | ",
            "Records in Java 17 | Jane Doe | ",
        ],
    );
}

#[test]
fn html_links_each_on_a_line_of_their_own() {
    // A post of the most viewed videos of a meetup: each an HTML link,
    // `Name - Title` or `Name talks about Topic`, the evening under it.
    check(
        "---
layout: post
title: Vintage Techmeetup
---

Below is just a list of the most viewed.

<a href=\"https://vimeo.com/96474917\">Adrian Mouat - Intro to Docker</a>
Techmeetup Edinburgh  14 May 2014

<a href=\"https://vimeo.com/12724267\">James Baster talks about Elastik</a>
Techmeetup ~June 2010

<a href=\"https://vimeo.com/17675268\">James Baster and Thomas Figg talk about Why you should or shouldn’t use PHP</a>
Techmeetup Edinburgh ~Dec 2010

<a href=\"https://vimeo.com/89083982\">Henry Coles - Mutation Testing</a>
Techmeetup Edinburgh March 2014
",
        &[
            "Intro to Docker | Adrian Mouat | https://vimeo.com/96474917",
            "Elastik | James Baster | https://vimeo.com/12724267",
            "Why you should or shouldn’t use PHP | James Baster; Thomas Figg | https://vimeo.com/17675268",
            "Mutation Testing | Henry Coles | https://vimeo.com/89083982",
        ],
    );
}

#[test]
fn a_slot_in_bold_before_the_talks_bold_link() {
    // `**3:00pm CET** - **[Title](video)**` over `*Speaker:* Name`.
    check(
        "## Thursday, January 23, 2025

- **3:00pm CET** - **[Java's Concurrency Journey Continues! Exploring Structured Concurrency and Scoped Values](https://www.youtube.com/watch?v=w2COJX-1mgU)**  
  *Speaker:* Hanno Embregts

- **4:00pm CET** - **[Serverless Java in Action: Cloud Agnostic Design Patterns and Tips](https://www.youtube.com/watch?v=r-vHAjHx4Gw)**  
  *Speakers:* Kevin Dubois, Daniel Oh  

- **6:00pm CET** -  **[Six Jewels from Six Javas](https://www.youtube.com/watch?v=rh7HyTVGw8M)**  
  *Speaker:* Ian Darwin  
",
        &[
            "Java's Concurrency Journey Continues! Exploring Structured Concurrency and Scoped Values | Hanno Embregts | https://www.youtube.com/watch?v=w2COJX-1mgU",
            "Serverless Java in Action: Cloud Agnostic Design Patterns and Tips | Kevin Dubois; Daniel Oh | https://www.youtube.com/watch?v=r-vHAjHx4Gw",
            "Six Jewels from Six Javas | Ian Darwin | https://www.youtube.com/watch?v=rh7HyTVGw8M",
        ],
    );
}

#[test]
fn lines_of_video_links_some_left_empty() {
    // A day's talks, one link per line in one paragraph, `[Title
    // (Name)](video)`, some links left without their address: the videos
    // are read all the same (the empty links, with no evidence of a
    // talk of their own, are not).
    check(
        "# ReactEurope 2019

### DAY TWO (May 24th)

[FBT: An i18n Framework for Supporting Complex Grammar and UI (John Watson)](https://www.youtube.com/watch?v=aaaa)
[Building Sandboxes (Richard Feldman)](https://www.youtube.com/watch?v=8Zi6UxKFu2o)  
[Security and Data in React (Richard Threlkeld)]()
[Scheduling is the Future (Brandon Dail)](https://www.youtube.com/watch?v=Iyrf52cwxQI)  
[The Future of The Web (Lee Byron)]()
",
        &[
            "FBT: An i18n Framework for Supporting Complex Grammar and UI | John Watson | https://www.youtube.com/watch?v=aaaa",
            "Building Sandboxes | Richard Feldman | https://www.youtube.com/watch?v=8Zi6UxKFu2o",
            "Scheduling is the Future | Brandon Dail | https://www.youtube.com/watch?v=Iyrf52cwxQI",
        ],
    );
}

#[test]
fn a_quoted_title_after_letters_that_change_length_in_lower_case() {
    // `İ` lower-cased is longer than itself: the quote is still found
    // where it is.
    check(
        "# DevFest İstanbul 2019

## Ayşe Yılmaz on Kotlin

İSTANBUL'da, in her talk \"Coroutines in Practice\", Ayşe Yılmaz showed flows.

## Mehmet Demir on Testing

İİİ: in his talk \"Testing Android Apps\", Mehmet Demir showed Espresso.
",
        &[
            "Coroutines in Practice | Ayşe Yılmaz | ",
            "Testing Android Apps | Mehmet Demir | ",
        ],
    );
}
