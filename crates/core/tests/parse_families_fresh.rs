//! Layouts of real notes learnt from the misses of the held-out sets
//! `tests/corpus/holdout29` to `holdout31` and later, each pinned down
//! with Markdown in and sessions out (`title | speakers (org) |
//! recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_workshop_code_in_parentheses_before_name_comma_title() {
    // The code of the workshop the talk ran in comes first; then the
    // speaker and, after a comma, the title. Two headings name a known
    // person before the comma, so the others (`Chenyan Xiong`, no given
    // name known here) are read the same way.
    check(
        "# Workshops

## (SciNLP) Ryan McDonald, End-to-end Neural Models for Evidence Retrieval

covid-19 explorer.

## (KBMM) Chenyan Xiong, Representation Learning over Free-Text Knowledge Graphs

Notes.

## (USKB) Fabio Petroni, How can we compare structured knowledge representations?

Notes.

## (USKB) Panel Discussion

Notes on the panel.
",
        &[
            "End-to-end Neural Models for Evidence Retrieval | Ryan McDonald | ",
            "Representation Learning over Free-Text Knowledge Graphs | Chenyan Xiong | ",
            "How can we compare structured knowledge representations? | Fabio Petroni | ",
            "Panel Discussion |  | ",
        ],
    );
}

#[test]
fn names_joined_in_portuguese_and_a_title_with_its_own_dash() {
    // `e` joins two speakers; where every heading puts the person before
    // the first dash, a second dash belongs to the title; lunch, in
    // Portuguese, is no talk.
    check(
        "# Dev In Sampa

#### José Valim - Tópicos de machine learning
Notas.

#### Rodrigo Yoshima - Design de Software
Notas.

#### Intervalo para almoço
O almoço foi corrido.

#### Guilherme Silveira e Adriano Almeida - Do REST ao RESTFul
Notas.

#### Radamés Ajna - Arduino - Computação Física
Notas.
",
        &[
            "Tópicos de machine learning | José Valim | ",
            "Design de Software | Rodrigo Yoshima | ",
            "Do REST ao RESTFul | Guilherme Silveira; Adriano Almeida | ",
            "Arduino - Computação Física | Radamés Ajna | ",
        ],
    );
}

#[test]
fn a_role_joined_by_e_is_not_two_people() {
    // `co-fundador e CEO`: `e` between words that are no names.
    check(
        "# StatsBomb Conference

## Abertura da Conferência

**Palestrante:** Ted Knutson, co-fundador e CEO da StatsBomb.

Notas.

## Podcast ao vivo

**Palestrante:** James Yorke, StatsBomb.

Notas.
",
        &[
            "Abertura da Conferência | Ted Knutson (StatsBomb) | ",
            "Podcast ao vivo | James Yorke (StatsBomb) | ",
        ],
    );
}

#[test]
fn a_numbered_list_of_talks_broken_by_paragraphs_under_a_titled_post() {
    // A blog post's front matter gives its title; the talks are a
    // numbered list whose items are each followed by a paragraph (and
    // once a bulleted list) about the talk: one list, ten talks, not a
    // post about one talk.
    check(
        "---
title: 'rstudio::conf 2020 Review: Part 1'
author: Misha Balyasin
---

All talks can be found online.

1. [Object of type closure is not subsettable by Jenny Bryan](https://resources.rstudio.com/rstudio-conf-2020/object-of-type-closure-jenny-bryan)

This talk is a gentle introduction to debugging:

- Restart.
- Create a reprex.

I am fond of the second step.

2. [Styling Shiny apps with SASS by Joe Cheng](https://resources.rstudio.com/rstudio-conf-2020/styling-shiny-apps-joe-cheng)

Very useful.

3. [Total tidy tuning techniques by Max Kuhn](https://resources.rstudio.com/rstudio-conf-2020/total-tidy-tuning-max-kuhn)

Another useful one.
",
        &[
            "Object of type closure is not subsettable | Jenny Bryan | ",
            "Styling Shiny apps with SASS | Joe Cheng | ",
            "Total tidy tuning techniques | Max Kuhn | ",
        ],
    );
}

#[test]
fn numbered_steps_in_one_talk_are_not_joined_into_a_catalogue() {
    // Two numbered lists whose numbers do not follow each other stay two
    // lists of notes.
    check(
        "# Conf 2020

## Debugging Without Fear - Jenny Bryan

1. Restart.
2. Create a reprex.

Then:

1. Debug.
2. Add a test.
",
        &["Debugging Without Fear | Jenny Bryan | "],
    );
}

#[test]
fn media_links_and_a_kind_in_brackets_after_name_comma_title() {
    // `Name, Title [Kind] - [Video](…), [Slides](…)`: the links are the
    // talk's media, the bracket its kind; an initial stays with the name.
    check(
        "# Clojure eXchange 2015

## Day 1

#### Chris Ford, Dueling keyboards [Keynote] - [Video](https://skillsmatter.com/skillscasts/7240-keynote-dueling-keyboards), [Slides](https://example.com/slides)

Notes.

#### J. Pablo Fernández, What is a Macro? [Talk] - [Video](https://skillsmatter.com/skillscasts/7245-what-is-a-macro), Slides

Notes.

#### Bozhidar Batsov, CIDER: The journey so far and the road ahead [Talk] - [Video](https://skillsmatter.com/skillscasts/7225-cider), [Slides](https://speakerdeck.com/bbatsov/cider)

Notes.
",
        &[
            "Dueling keyboards | Chris Ford | https://skillsmatter.com/skillscasts/7240-keynote-dueling-keyboards",
            "What is a Macro? | J. Pablo Fernández | https://skillsmatter.com/skillscasts/7245-what-is-a-macro",
            "CIDER: The journey so far and the road ahead | Bozhidar Batsov | https://skillsmatter.com/skillscasts/7225-cider",
        ],
    );
}

#[test]
fn a_lettered_heading_is_not_an_initial() {
    // `K. Ethan Rosenthal and the M1 misadventure`: the letter numbers
    // the heading; the name goes on into the title.
    check(
        "# normconf 2022

## J. Opening remarks
Speaker: Vicki Boykis

## K. Ethan Rosenthal and the M1 misadventure
Speaker: Ethan Rosenthal
",
        &[
            "Opening remarks | Vicki Boykis | ",
            "Ethan Rosenthal and the M1 misadventure | Ethan Rosenthal | ",
        ],
    );
}

#[test]
fn a_list_of_name_handle_title_and_slides() {
    // `Name - @handle - Title - URL`, a dash left where no slides were
    // given, and the handle after the title once.
    check(
        "# Talks

### First Day

* Guillermo Rauch - @rauchg - IO Insights  - https://speakerdeck.com/rauchg/io-insights
* Solomon Hykes - @solomonstre - ZeroRPC - 
* Spike Brehms - Building Single-Page Apps - @spikebrehm - http://nerds.airbnb.com/slides
* Luigi Montanez - @LuigiMontanez - Server Sent Events - https://speakerdeck.com/luigi/sse
* Bob Weiman - Prospective Search
",
        &[
            "IO Insights | Guillermo Rauch | ",
            "ZeroRPC | Solomon Hykes | ",
            "Building Single-Page Apps | Spike Brehms | ",
            "Server Sent Events | Luigi Montanez | ",
            "Prospective Search | Bob Weiman | ",
        ],
    );
}

#[test]
fn topic_headings_under_a_title_that_names_the_event_are_talks() {
    // No speaker anywhere: the headings right under `# KotlinConf 2018`
    // are the talks the author saw, named by their titles; a sub-heading
    // is a talk's notes; a list of resources is not a talk.
    check(
        "# [KotlinConf 2018](https://kotlinconf.com/)
Notes from KotlinConf 2018

## Keynote
Kotlin 1.3, coroutines.

## Komparing Kotlin Server Frameworks
Ktor, Spring, http4k.

## GraphQL powered by Kotlin
Schema first.

##### Kotlin hour
A meetup idea.

## Exploring Coroutines in Kotlin
Suspend functions.

## Resources where to learn more
- Kotlin Koans
",
        &[
            "Keynote |  | ",
            "Komparing Kotlin Server Frameworks |  | ",
            "GraphQL powered by Kotlin |  | ",
            "Exploring Coroutines in Kotlin |  | ",
        ],
    );
}

#[test]
fn topic_headings_under_a_title_that_names_no_event_stay_notes() {
    // The same headings under a title that is a topic, not an event: one
    // talk's notes in sections.
    check(
        "# Making PHP Extensions

## Why write one
Speed.

## The build system
phpize.

## Testing them
phpt files.
",
        &["Making PHP Extensions |  | "],
    );
}

#[test]
fn a_slot_heading_over_the_line_that_names_the_talk() {
    // `## Session 1` names a slot; the first line under it names the
    // talk and who gave it. Other people's write-ups are not talks.
    check(
        "# DunDDD

## Session 1

[Data Mining The Social Web](http://dddscotland.co.uk/lineup/speaker/11) – Gary Short ([@garyshort](http://twitter.com/garyshort))

First up, I went to Gary's session.

## Session 2

[The Philosophy of Unix](http://dddscotland.co.uk/lineup/speaker/4) – Craig Nicol ([@craignicol](http://twitter.com/craignicol))

A well put together presentation.

## Other Bloggers

- [Dundee DDD Conference](http://example.com/a) – Craig Murphy
- [Quick write up of DunDDD](http://example.com/b) – Andy Gibson
",
        &[
            "Data Mining The Social Web | Gary Short | ",
            "The Philosophy of Unix | Craig Nicol | ",
        ],
    );
}

#[test]
fn a_keynote_slot_over_a_list_of_its_speakers_is_not_retitled() {
    // Under `### Keynote`, a list of who spoke and what they said: the
    // first item names no talk of the slot, so the slot keeps its name.
    check(
        "# Velocity 2019

### Keynote
- James Mickens: pointless bashing various things at random
- Heidi Waterhouse: very good talk about error budgets

### A beginner's guide to eBPF
Speaker: Jane Doe
",
        &["Keynote |  | ", "A beginner's guide to eBPF | Jane Doe | "],
    );
}

#[test]
fn the_subject_of_the_first_sentence_gave_the_talk() {
    // A heading that is the talk's title (a link to its video); the
    // notes start with who gave it doing what a speaker does. A person
    // named later in the sentence is not its speaker.
    check(
        "# RubyConf 2015

### [The not-so-rational programmer](http://confreaks.tv/videos/rubyconf2015-the-not-so-rational-programmer)

Laura Eck does a good job discussing the cognitive biases that can ruin a team.

### [Twitter Network Analysis with NetworkX](https://www.pytennessee.org/schedule/presentation/52/)

Sarah and Celia guided students through network analysis.

### [Inside Ruby's VM](http://confreaks.tv/videos/rubyconf2015-inside-ruby-s-vm)

There is almost no way this is of practical use, but Aaron Patterson is fun to watch.
",
        &[
            // (Confreaks' videos are recordings.)
            "The not-so-rational programmer | Laura Eck | http://confreaks.tv/videos/rubyconf2015-the-not-so-rational-programmer",
            "Twitter Network Analysis with NetworkX | Sarah; Celia | ",
            "Inside Ruby's VM |  | http://confreaks.tv/videos/rubyconf2015-inside-ruby-s-vm",
        ],
    );
}

#[test]
fn talks_linked_in_a_sentence_after_their_speakers_possessive() {
    // `Jesús Escribano’s workshop, [Title](…)`, `Mia Bajić’s [Title](…)`.
    check(
        "# DjangoCon Europe 2025

## The talks

I only caught one talk from start to finish: [Europe, Django and two-factor authentication](https://pretalx.evolutio.pt/djangocon-europe-2025/talk/GABN73/) by Agnès Haasser. I also attended Jesús Escribano’s workshop, [Building an unique voting system in Django: is possible?](https://pretalx.evolutio.pt/djangocon-europe-2025/talk/PBXJHB/). I also caught almost all of Mia Bajić’s [The Most Bizarre Software Bugs in History](https://pretalx.evolutio.pt/djangocon-europe-2025/talk/W3BQVT/).
",
        &[
            "Europe, Django and two-factor authentication | Agnès Haasser | ",
            "Building an unique voting system in Django: is possible? | Jesús Escribano | ",
            "The Most Bizarre Software Bugs in History | Mia Bajić | ",
        ],
    );
}

#[test]
fn the_trip_between_talks_that_name_their_speakers_is_not_a_talk() {
    // Most headings are `Title by Name`; the short headings that name no
    // one and no kind of session are the trip (a museum, a booth,
    // karaoke); a long one is a talk whose speaker the notes leave out.
    check(
        "# Strange Loop 2019

### City Museum

A private party at the museum, just the best thing ever.

### How to teach programming (and other things)? by Felienne Hermans

Great keynote.

### Recreating forgotten programming languages, for art! by Sher Minn Chong

Fun.

### The Elastic Booth

I spent the afternoon at our booth.

### Observability: Superpowers for Developers by Christine Yen

Good.

### Make Ruby Write Your Code for You

Code generation from templates.

### Beyond Alt-Text: Trends in Online Accessibility by Ian Forrest

Useful.

### Karaoke

Sang a lot.
",
        &[
            "How to teach programming (and other things)? | Felienne Hermans | ",
            "Recreating forgotten programming languages, for art! | Sher Minn Chong | ",
            "Observability: Superpowers for Developers | Christine Yen | ",
            "Make Ruby Write Your Code for You |  | ",
            "Beyond Alt-Text: Trends in Online Accessibility | Ian Forrest | ",
        ],
    );
}

#[test]
fn an_event_before_a_videos_title_is_no_part_of_it() {
    // Links to recordings named as their host shows them: `AWS re:Invent
    // 2019: Title`.
    check(
        "# re:Invent 2019

Sessions I watched:

- [Best practices for Amazon S3](https://www.youtube.com/watch?v=aaaaaaaaaaa)
- [AWS re:Invent 2019: Performing chaos engineering in a serverless world](https://www.youtube.com/watch?v=bbbbbbbbbbb)
",
        &[
            "Best practices for Amazon S3 |  | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "Performing chaos engineering in a serverless world |  | https://www.youtube.com/watch?v=bbbbbbbbbbb",
        ],
    );
}

#[test]
fn talks_under_the_times_they_started() {
    // A schedule copied into the notes: a time alone on its line, then
    // the title and the speaker (bold or plain, either order), then notes;
    // a kind of session first names no title.
    check(
        "# 2019 csvconf Notes

### schedule

10:30a
**The Time is now**
**Afua Bruce**
Director of engineering, public interest technology

tech innovation notes

11:00a

**Alexander Morley**
**What's Next after Notebooks?**

notes

11:30a
**Bash <3's CSVs: Data Analysis on the cmdline**
**Nicholas Canzoneri**  Github

4:00pm

How to Feed Your Robot: Building Open Machine Learning Datasets
Evan Tachovsky - rockefeller foundation

4:30pm
**KEYNOTE**

Alix Dunn
",
        &[
            "The Time is now | Afua Bruce | ",
            "What's Next after Notebooks? | Alexander Morley | ",
            "Bash <3's CSVs: Data Analysis on the cmdline | Nicholas Canzoneri | ",
            "How to Feed Your Robot: Building Open Machine Learning Datasets | Evan Tachovsky (rockefeller foundation) | ",
            "KEYNOTE | Alix Dunn | ",
        ],
    );
}

#[test]
fn a_talks_title_with_its_speaker_line_over_sections_one_of_which_seems_to_name_an_org() {
    // `### How did they differ: (IBM Cloud)` is a section of the one
    // talk's notes, not a talk by IBM Cloud.
    check(
        "# How to Make Your First Open Source Contribution
Speaker: Rizchel Dayao, IBM

### Open source Technology:
* Operating Systems

### How did they differ: (IBM Cloud)
* One person controlled all the code

### Carbon Components:
* Contribution from anyone
",
        &["How to Make Your First Open Source Contribution | Rizchel Dayao (IBM) | "],
    );
}

#[test]
fn paragraphs_that_open_with_a_link_to_a_talks_video() {
    // `[Title](video): what I thought`, one paragraph per talk under a
    // heading; a thumbnail that links to a talk's video under its own
    // heading is no talk of its own.
    check(
        "# 35C3

## Watchlist

Meine Watchlist für den 35C3:

[Die EU und ihre Institutionen](https://media.ccc.de/v/35c3-10010-die_eu_und_ihre_institutionen): Interessante Einblicke.

[Die verborgene Seite des Mobilfunks](https://media.ccc.de/v/35c3-9407-die_verborgene_seite_des_mobilfunks):
Ein spannender Einblick.

[Chaos im Fernsehrat](https://media.ccc.de/v/35c3-9358-chaos_im_fernsehrat):
Der Fernsehrat war mir gänzlich neu.

## Promises and Generators

[![Promises and Generators](https://img.youtube.com/vi/qbKWsbJ76-s/0.jpg)](https://www.youtube.com/embed/qbKWsbJ76-s)

Speaker: Forbes Lindesay
",
        &[
            "Die EU und ihre Institutionen |  | https://media.ccc.de/v/35c3-10010-die_eu_und_ihre_institutionen",
            "Die verborgene Seite des Mobilfunks |  | https://media.ccc.de/v/35c3-9407-die_verborgene_seite_des_mobilfunks",
            "Chaos im Fernsehrat |  | https://media.ccc.de/v/35c3-9358-chaos_im_fernsehrat",
            "Promises and Generators | Forbes Lindesay | https://www.youtube.com/embed/qbKWsbJ76-s",
        ],
    );
}

#[test]
fn a_planned_schedule_table_with_a_description_column() {
    // Start, end, room and `Description`: each row a talk, except meals,
    // snacks and parties, where no one is named.
    check(
        "Strange Loop 2023
===================

### Thursday
| Start   | End     | Location          | Description                |
| ------- | ------- | ----------------  | -------------------------- |
|  9:30am |  9:45am | Theater           | [Welcome]                  |
|  9:45am | 10:30am | Theater           | [Hanselman on Careers]     |
| 11:45am |  1:15pm | Union Station     | [Thursday Lunch]           |
|  2:30pm |  3:10pm | US Regency **AB** | [Babashka]                 |
|  3:10pm |  3:45pm | US Regency **AB** | [Thursday Snack]           |
|  7:00pm |  9:30pm | City Museum       | [Strange Loop Party]       |

[Welcome]: https://www.thestrangeloop.com/2023/welcome.html
[Hanselman on Careers]: https://www.thestrangeloop.com/2023/how-to-build-a-meaningful-career.html
[Babashka]: https://www.thestrangeloop.com/2023/babashka.html
",
        &[
            "Welcome |  | ",
            "Hanselman on Careers |  | ",
            "Babashka |  | ",
        ],
    );
}

#[test]
fn days_written_as_one_number_and_hashtags_ending_a_heading() {
    // `# 20201013`: a day; `#slideless` after a title is a theme.
    check(
        "# 20201013

## Adapting to change with automation

Notes.

## Roland Huss: Shell Ninja: Mastering the Art of Shell Scripting #slideless

Notes.

# 20201014

## The future of Red Hat Ansible Automation Platform

Notes.

## How to get DevSecOps right, the Ansible way

Notes.
",
        &[
            "Adapting to change with automation |  | ",
            "Shell Ninja: Mastering the Art of Shell Scripting | Roland Huss | ",
            "The future of Red Hat Ansible Automation Platform |  | ",
            "How to get DevSecOps right, the Ansible way |  | ",
        ],
    );
    let lib = parse_support::parse_files(&[(
        "notes/test.md",
        "# Conf\n\n## Roland Huss: Shell Ninja #slideless\n\nNotes.\n",
    )]);
    let themes: Vec<&str> = lib.sessions[0]
        .themes
        .iter()
        .map(|t| lib.themes[t.theme].name.as_str())
        .collect();
    assert_eq!(themes, ["slideless"]);
}

#[test]
fn titles_in_italics_inside_sentences_with_who_gave_them() {
    // A trip report told in prose: `*Title* by Name`, `*Title* delivered
    // by Org's Name`, `[Name](profile)'s session, entitled *Title*`; an
    // italic phrase that no one gave is no talk.
    check(
        "---
title: 4 Days of Dockercon – Day 2
---

I started the day with a *\"beginner session\"* called *Learning Docker from Square One* delivered by Chloe Condon. I enjoyed it.

Next up, I checked out *Navigating the Docker Toolset in Visual Studio and Azure* delivered by Microsoft's Shayne Boyer. I'll be honest.

After lunch I went to [Tim Gaunt](http://www.twitter.com/timgaunt)'s session, entitled *Taking it from Side Line to Full Time*, figuring it would be useful.

It was *really* warm in the room.
",
        &[
            "Learning Docker from Square One | Chloe Condon | ",
            "Navigating the Docker Toolset in Visual Studio and Azure | Shayne Boyer (Microsoft) | ",
            "Taking it from Side Line to Full Time | Tim Gaunt | ",
        ],
    );
}

#[test]
fn list_items_with_a_tab_before_the_dash_and_a_photo_under_them() {
    // `Title\t- Name\t`, then `![Photo talk](…)` on the next line: the
    // tab is a space, the photo no word of the title.
    check(
        "## Talks 6 - 16h00-16h45
* Fast Cars, Big Data - Tugdual Grall
\t* [Les slides](https://speakerdeck.com/tgrall/fast-cars)
* Data science in space\t- Cédric Cormont\t
![Photo talk](/images/posts/2016-11/6.3.jpg)
* De Java à Swift - Didier Plaindoux
\t* [Les slides](https://t.co/2N4eQ9Gw2V)
",
        &[
            "Fast Cars, Big Data | Tugdual Grall | ",
            "Data science in space | Cédric Cormont | ",
            "De Java à Swift | Didier Plaindoux | ",
        ],
    );
}

#[test]
fn an_attribution_line_under_the_title_names_the_speaker() {
    // `— Sandi Metz` right under the only `#` heading: one talk's notes,
    // its sections no talks.
    check(
        "# Tricks of Testing - Tests are making people unhappy; how to fix that
— Sandi Metz

Unit Tests: Goals
- Thorough

## Messages

Message Origins
- incoming

## Covering all types of messages

notes
",
        &["Tricks of Testing - Tests are making people unhappy; how to fix that | Sandi Metz | "],
    );
}

#[test]
fn raw_notes_where_each_talk_starts_with_its_slot() {
    // No heading per talk: `09:00 -> 09:45 : Title`, then its notes, under
    // each day; a room and the times in parentheses after a heading's
    // title are no part of it.
    check(
        "# Devoxx France 2025

## Mercredi

09:00 -> 09:45 : l'intelligence artificienne n'existe pas
des notes

13:30 -> 17h Full stack Java, du dev à la prod en passant par l'infra :
- des notes

17:00 -> 17:30 ça marche dans mon .devcontainer
des notes
",
        &[
            "l'intelligence artificienne n'existe pas |  | ",
            "Full stack Java, du dev à la prod en passant par l'infra |  | ",
            "ça marche dans mon .devcontainer |  | ",
        ],
    );
    check(
        "# FOSDEM 2026

## Saturday

### GNU Algol 68 on baremetal (UD6.215 12:35 - 13:00)

notes

### Libreboot: Free Your BIOS Today! (K.1.105 14:00 - 14:50)

notes
",
        &[
            "GNU Algol 68 on baremetal |  | ",
            "Libreboot: Free Your BIOS Today! |  | ",
        ],
    );
}

#[test]
fn a_list_of_talks_linked_to_their_speakers_pages_and_named_after() {
    // `[Title](…/speakers/name.html) (Name): comment`; `Title with Name
    // at Org` in a heading.
    check(
        "# JSConf EU 2017

## Day 2

- [The Browser Hackers Guide To Instantly Loading Everything](http://2017.jsconf.eu/speakers/addy-osmani.html) (Addy Osmani): always great.

- [Immutable data structures for functional JS](http://2017.jsconf.eu/speakers/anjana-vakil.html) (Anjana Vakil): a great job.

# Velocity 2018

## Site Reliability Engineering with Dave Rensin at Google

notes

## Risk management with Kris Beevers, NS1

notes
",
        &[
            "The Browser Hackers Guide To Instantly Loading Everything | Addy Osmani | ",
            "Immutable data structures for functional JS | Anjana Vakil | ",
            "Site Reliability Engineering | Dave Rensin (Google) | ",
            "Risk management | Kris Beevers (NS1) | ",
        ],
    );
}

#[test]
fn a_name_written_small_under_a_talks_title() {
    // `bernd ruecker` alone under the title names its speaker; `green
    // pipelines` and four capitalised words of a phrase do not.
    check(
        "# Cloud Native 2020

## Process automation in cloud native architectures

bernd ruecker

notes

## Taming Dependabot: Keeping Microservices Up to Date

green pipelines

notes

## Event-Driven Autoscaling on Kubernetes with KEDA

Kubernetes Event Driven Autoscaling

notes
",
        &[
            "Process automation in cloud native architectures | Bernd Ruecker | ",
            "Taming Dependabot: Keeping Microservices Up to Date |  | ",
            "Event-Driven Autoscaling on Kubernetes with KEDA |  | ",
        ],
    );
}

#[test]
fn a_length_and_kind_after_a_title_are_not_part_of_it() {
    // `Title, 3-h workshop`, `Title 2-h workshop`; not `Learn Go in 30min`.
    check(
        "# Talks

| Year | Topic | Event |
| --- | --- | --- |
| 2023 | Building a full eCommerce UI in Vue3, 3-h workshop | Vue.js London |
| 2022 | Vue3: Practical frontend development 2-h workshop | JSNation |
| 2021 | Learn Go in 30min | GopherCon |
",
        &[
            "Building a full eCommerce UI in Vue3 |  | ",
            "Vue3: Practical frontend development |  | ",
            "Learn Go in 30min |  | ",
        ],
    );
}

#[test]
fn name_organisation_then_the_title_in_italics() {
    // `Name, Org, *Title*`; not `Name, Volunteers, not conscripts: …`,
    // whose title goes on after its own comma.
    check(
        "# ProbGen 2018

### David McCandish, Cold Spring Harbor, *Modeling higher-order genetic interactions*

notes

### Sam Smith, Brown, *Hierarchical clustering reveals differential genetic architecture*

notes

### Lara Hogan, Volunteers, not conscripts: fixing out-of-hours on-call

notes
",
        &[
            "Modeling higher-order genetic interactions | David McCandish (Cold Spring Harbor) | ",
            "Hierarchical clustering reveals differential genetic architecture | Sam Smith (Brown) | ",
            "Volunteers, not conscripts: fixing out-of-hours on-call | Lara Hogan | ",
        ],
    );
}

#[test]
fn a_schedule_copied_with_slot_ranges_names_in_capitals_and_breaks() {
    // `10:00 - 10:40` / `TIM HOLMAN` / `FUN.CSS` / blurb, under a title
    // that is only the event's address; `LUNCH` is no talk; `*London*`
    // under a title is a place, not its speaker.
    check(
        "# <https://2015.cssconf.com/>
*London*

10:00 - 10:40  
TIM HOLMAN  
FUN.CSS  
Tim Holman will remind us that CSS can be fun.

10:45 - 11:25  
ANDREY SITNIK  
POSTCSS: THE FUTURE AFTER SASS AND LESS  
We're living in a post-preprocessing world.

- notes

12:15 - 1:15  
LUNCH

1:15 - 1:55  
LEA VEROU  
THE MISSING SLICE  
Lea Verou will show us modern CSS.
",
        &[
            "FUN.CSS | TIM HOLMAN | ",
            "POSTCSS: THE FUTURE AFTER SASS AND LESS | ANDREY SITNIK | ",
            "THE MISSING SLICE | LEA VEROU | ",
        ],
    );
}

#[test]
fn hair_spaces_around_a_dash_are_spaces() {
    // `Name\u{200a}—\u{200a}Title` in a link to the recording.
    check(
        "# UIKonf 2018\n\nMy list:\n\n- [**Peter Steinberger**\u{200a}—\u{200a}Building Personal Brands for Introverts](https://www.youtube.com/watch?v=0c6izSzP-KQ)\n- [**Dave DeLong** —\u{200a}The Laws of Magic](https://www.youtube.com/watch?v=gx9ywSNm1jM)\n",
        &[
            "Building Personal Brands for Introverts | Peter Steinberger | https://www.youtube.com/watch?v=0c6izSzP-KQ",
            "The Laws of Magic | Dave DeLong | https://www.youtube.com/watch?v=gx9ywSNm1jM",
        ],
    );
}

#[test]
fn short_comments_about_talks_after_a_line_that_introduces_them() {
    // `Title - comment` items after `Some short comments about talks:`;
    // an item that is a sentence of its own is no talk.
    check(
        "+++
title = \"PolyConf 17 recap\"
+++

Some short comments about talks:

  * Ada 99 - very entertaining, and I can relate to this exercise
  * Going Serverless - interesting, but I still need the right problem
  * Lua/LuaJIT - sadly hardly anything new for me
  * Prometheus - awesome presentation, interesting topic
  * I would've expected at least one or two talks mostly from academia
",
        &[
            "Ada 99 |  | ",
            "Going Serverless |  | ",
            "Lua/LuaJIT |  | ",
            "Prometheus |  | ",
        ],
    );
}

#[test]
fn the_night_readings_leave_ordinary_notes_alone() {
    // A `Title - Name` list after a line about talks keeps its speakers,
    // and its lunch is no talk.
    check(
        "# AWS Summit London 2024

Talks I went to on day one:

- Serverless at scale - Anna Berg
- Observability on a budget - Tom Jones
- Packaging Lambda functions - Jane Smith
- Lunch - the tacos were great
",
        &[
            "Serverless at scale | Anna Berg | ",
            "Observability on a budget | Tom Jones | ",
            "Packaging Lambda functions | Jane Smith | ",
        ],
    );
    // A name with a year before a colon is no event: the title stays whole.
    check(
        "# PyCon 2024

- Python 2024: What Is New in the Language - Tom Jones
- Rewriting our build system in Rust - Anna Berg
",
        &[
            "Python 2024: What Is New in the Language | Tom Jones | ",
            "Rewriting our build system in Rust | Anna Berg | ",
        ],
    );
    // A trip report under the event's title: its story is no talk.
    check(
        "# JSConf EU 2019

## Arriving in Berlin

Landed Saturday evening and walked around Kreuzberg.

## Hallway conversations

I talked to a lot of people about bundlers.

## What I would do differently

My advice: book the hotel earlier.
",
        &[],
    );
    // An itinerary table, a diary with times, a book read, a person the
    // notes talk about, a length in a title, a hashtag that is the
    // title's word, tools after `with`.
    check(
        "# DevOpsDays Amsterdam 2022

| Time  | What                          |
|-------|-------------------------------|
| 07:00 | Flight from Seattle to Vegas  |
| 11:00 | Check in at the Venetian      |
| 13:00 | Pick up badge and hoodie      |

## Day 1

08:30 Arrived at the venue, registration queue was short
09:15 Grabbed coffee with Tom and Anna from the platform team
12:30 Lunch was excellent
17:45 Headed to the boat for the evening social

## Talks I saw

### The History of JavaScript

Brendan Eich made the first version in ten days, and the speaker walked us through it.

### How to Run a 90-minute Workshop by Jane Smith

I finally read *The Phoenix Project* by Gene Kim after it.

### Beyond #NoEstimates by Woody Zuill

notes

### AI pair programming with Claude Code, Copilot and Cursor

notes
",
        &[
            "The History of JavaScript |  | ",
            "How to Run a 90-minute Workshop | Jane Smith | ",
            "Beyond #NoEstimates | Woody Zuill | ",
            "AI pair programming with Claude Code, Copilot and Cursor |  | ",
        ],
    );
}
