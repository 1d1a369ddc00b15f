//! Layouts of real notes learnt from the misses of the held-out sets
//! (`tests/corpus/holdout30` and later) in the stop after
//! `parse_families_fresh.rs`, each pinned down with Markdown in and
//! sessions out (`title | speakers (org) | recording`).

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn day_headings_written_deeper_than_the_talks_they_head() {
    // `### Day 1` over `## Keynote`: the author picked the day's level
    // for its size. The days still head the talks after them; a long
    // title with a section word in its middle is a title.
    check(
        "### Day 1
## Keynote
The roadmap for the next release.

## Type-Safe Off-heap memory for Scala
Notes on the talk.

### Day 2
## Scala at Twitter
Notes.

## Paypal's reflections on four years of Scala in practice
Notes.
",
        &[
            "Keynote |  | ",
            "Type-Safe Off-heap memory for Scala |  | ",
            "Scala at Twitter |  | ",
            "Paypal's reflections on four years of Scala in practice |  | ",
        ],
    );
}

#[test]
fn a_list_of_days_in_a_section_is_no_day_of_talks() {
    // `### Day 0`, `### Day 1` one after the other under `## The Food`
    // are the days of the food, not days over the talks further on; and
    // a short heading with a section word stays a section.
    check(
        "# PyTennessee 2015

## Opening Keynote
Notes on the keynote.

## The Glorious Food
### Day 0
Pizza.
### Day 1
Tacos.

## Talks I attended
### Cutting Off the Internet: Testing Applications that Use Requests
Notes.
### Why Your Next API Should Be Designed By A Linguist
Notes.

## Closing up
Thanks to the organisers.
",
        &[
            "Cutting Off the Internet: Testing Applications that Use Requests |  | ",
            "Why Your Next API Should Be Designed By A Linguist |  | ",
        ],
    );
}

#[test]
fn a_list_of_days_over_titles_each_with_what_the_author_thought() {
    // After a line about the talks (in French), a list of weekdays, each
    // over the titles seen that day, each over a comment: the titles
    // are the talks, the comments their notes.
    check(
        "# Mes notes DevoxxFR 2022

Conférences auxquelles j'ai participé avec un bref retour :
* Mercredi
  * Gradle : donner de l'amour à votre build, il vous le rendra!
    * Une bonne remise au clair sur certains concepts de Gradle.
  * Oubliez Docker, appelez moi Compose
    * Un retour sur l'histoire de docker-compose.
* Jeudi
  * Exploration de Java 17
    * Le TP était sur les Records.
  * The unknowns of JUnit5
    * Présentation focalisée sur quelques fonctionnalités de JUnit5.
",
        &[
            "Gradle : donner de l'amour à votre build, il vous le rendra! |  | ",
            "Oubliez Docker, appelez moi Compose |  | ",
            "Exploration de Java 17 |  | ",
            "The unknowns of JUnit5 |  | ",
        ],
    );
}

#[test]
fn a_list_of_chores_by_day_is_no_list_of_talks() {
    // The same shape without a line about talks: a packing list.
    check(
        "# Trip

What to bring:
* Monday
  * Laptop and charger
    * The small one.
  * Badge for the venue
    * Printed.
* Tuesday
  * Umbrella for the walk
    * It rains.
",
        &[],
    );
}

#[test]
fn items_led_by_a_speakers_profile_link_then_the_title() {
    // `[Name](linkedin) - Title`: the profile's text is who gave it, all
    // of the rest the title, dashes and colons included.
    check(
        "# DevOpsDays Zürich 2023

## Ignite talks

- [Matthias Fritschi](https://www.linkedin.com/in/matthias-fritschi/) - 6 years and 15 meetups later - how to organize a (DevOps) meetup
- [Iris Hunkeler](https://www.linkedin.com/in/iris-hunkeler) - DevOps, ClickOps, GitOps… making sense of the Buzzword-Bingo in 5 Minutes
- [Daiany Palacios](https://ch.linkedin.com/in/daiany-palacios/) - Full-stack DevOps engineers: a myth?
",
        &[
            "6 years and 15 meetups later - how to organize a (DevOps) meetup | Matthias Fritschi | ",
            "DevOps, ClickOps, GitOps… making sense of the Buzzword-Bingo in 5 Minutes | Iris Hunkeler | ",
            "Full-stack DevOps engineers: a myth? | Daiany Palacios | ",
        ],
    );
}

#[test]
fn numbered_workshops_and_speakers_named_in_a_summary() {
    // `Workshop 2:` numbers the session as `Talk 2:` does; the people
    // the summary's first sentence is about gave it, two of them with a
    // plural verb, a particle in a name, a comma before the verb.
    check(
        "# DevOpsDays

## Day 1

### Talk 1: Building High-Performing Teams
#### Summary
[Laurence Kozera](https://www.linkedin.com/in/lk/) and [Arjanna van der Plas](https://www.linkedin.com/in/avdp/), led a hands-on session on safety.

### Talk 2: Development process of Cloud native applications
#### Summary
[Thomas Stein](https://www.linkedin.com/in/ts/) and [Timon Schuele](https://www.linkedin.com/in/tsc/) present the cloud native journey of a SaaS.

### Workshops
#### Workshop 1: Engineering Lead Masterclass
##### Summary
Notes.
#### Workshop 2: How to deal with resistance from your team members
##### Summary
Notes.
",
        &[
            "Building High-Performing Teams | Laurence Kozera; Arjanna van der Plas | ",
            "Development process of Cloud native applications | Thomas Stein; Timon Schuele | ",
            "Engineering Lead Masterclass |  | ",
            "How to deal with resistance from your team members |  | ",
        ],
    );
}

#[test]
fn titles_before_a_colon_under_a_heading_that_names_talks() {
    // `### Talks:` then `- Title: what the author thought`: the heading
    // leads the list as a line about talks does; two items are enough
    // there, and one word is a title.
    check(
        "# PyConDe 2019

## First Day

### Talks:

- Keynote: Ethics with coding: A very interesting talk about decision making systems.
- Developers vs Enterprise: Nice overview about what roles are really involved,
  how they affect the project goal.
- Running an Open source project: Nice experience overview for a young maintainer.

### Tutorials:

- Pandas: little nice intro to [pandas](https://pandas.pydata.org/), nothing new for me.
- Decorators: also the basics about writing decorators.
",
        &[
            "Keynote: Ethics with coding |  | ",
            "Developers vs Enterprise |  | ",
            "Running an Open source project |  | ",
            "Pandas |  | ",
            "Decorators |  | ",
        ],
    );
}

#[test]
fn a_talks_notes_link_after_its_speaker_and_a_session_prefix() {
    // `Title - Name - [Notes](…)`: the link is the author's notes, not a
    // speaker; `Session:` before a title, as `Talk:`, is no word of it;
    // a slides link alone under a talk is its media, no talk.
    check(
        "# React Rally 2017

## Day 1

#### 9:00 AM - Unpkg - Michael Jackson - [Notes](notes/day1/unpkg.md)

#### 9:30 AM - D3 and React - Shirley Wu - [Notes](notes/day1/d3.md)

## Sessions

### Session: AI discussion panel
- [Slides](https://example.org/panel.pdf)
",
        &[
            "Unpkg | Michael Jackson | ",
            "D3 and React | Shirley Wu | ",
            "AI discussion panel |  | ",
        ],
    );
}

#[test]
fn a_heading_over_talks_to_watch_later_groups_them() {
    // `## Cool talks to check out later` names talks in the plural: the
    // headings under it are talks, each with its link.
    check(
        "# EuroPython 2025

## Cool talks to check out later: 🌟
### Let's talk: Communication & Consensus Building in Open-Source
- [Slides](https://example.org/a.pdf)

### Fearless Automation that Runs Anywhere with Python
- [Slides](https://example.org/b.pdf)

### A tour of the module itertools
- [Slides](https://example.org/c.pdf)
",
        &[
            "Let's talk: Communication & Consensus Building in Open-Source |  | ",
            "Fearless Automation that Runs Anywhere with Python |  | ",
            "A tour of the module itertools |  | ",
        ],
    );
}

#[test]
fn bold_titles_after_a_possessive_in_a_recap() {
    // `Melissa Perri's **The Build Trap**`, `Frank Wang's talk **…**`,
    // `Theo Schlossnagle's evening keynote **…**`: whose talk it was.
    check(
        "# Craft Conf 2017

## Day 1

Frank Wang's talk **Building Cryptographically Secure Web Application Systems** highlighted research topics.

Another talk I really liked on the first day was Melissa Perri's **The Build Trap**. Great food for thought.

The end of the conference was marked by Theo Schlossnagle's evening keynote **Better engineering via better discourse** where he called upon developers to improve.
",
        &[
            "Building Cryptographically Secure Web Application Systems | Frank Wang | ",
            "The Build Trap | Melissa Perri | ",
            "Better engineering via better discourse | Theo Schlossnagle | ",
        ],
    );
}

#[test]
fn the_subject_after_an_opening_clause_or_with_a_role() {
    // `In this first keynote, [Name](…){:target}, role, presented…` and
    // `Name, role at Org, gave…`, wrapped over lines.
    check(
        "# Devoxx Belgium 2017

## Keynote: Moving Java Forward Faster

In this first keynote, [Mark Reinhold](https://twitter.com/mreinhold){:target=\"_blank\"}, Chief Architect of the Java Platform Group,
presented an outlook to the future release process of Java.

## Modular Development with JDK 9

Alex Buckley, specification lead for Java at Oracle, gave a really thorough overview on the new module system.

## Plain Functional Programming

The talk was about functions, and Java, and more.
",
        &[
            "Moving Java Forward Faster | Mark Reinhold | ",
            "Modular Development with JDK 9 | Alex Buckley | ",
            "Plain Functional Programming |  | ",
        ],
    );
}

#[test]
fn presented_by_after_a_linked_title_and_an_events_year_before_a_number() {
    // `[Title](…), presented by [Name](…).`; `RailsConf 2018: 6 degrees…`
    // drops the event before a title that starts with a digit.
    check(
        "# An Event Apart DC 2014

Talks I sketched:

- [#RWD is Still Hard/Easy](http://sketchnotes.example.org/rwd/), presented by [Dan Mall](http://danielmall.com/).
- [The Art of Anticipation](http://sketchnotes.example.org/art/), presented by [Derek Featherstone](http://simplyaccessible.com/).

Good talks:

- [RailsConf 2018: 6 degrees of JavaScript on Rails by Michael Crismali](https://www.youtube.com/watch?v=hXdJU2lpfsE)
- [RailsConf 2018: Beyond the Sandbox by Aaron Patterson](https://www.youtube.com/watch?v=abc)
",
        &[
            "#RWD is Still Hard/Easy | Dan Mall | ",
            "The Art of Anticipation | Derek Featherstone | ",
            "6 degrees of JavaScript on Rails | Michael Crismali | https://www.youtube.com/watch?v=hXdJU2lpfsE",
            "Beyond the Sandbox | Aaron Patterson | https://www.youtube.com/watch?v=abc",
        ],
    );
}

#[test]
fn name_on_title_and_the_sessions_number_after_a_comma() {
    // `Jeffrey Zeldman on Redesign, session 1`: the person, `on`, the
    // title; the session’s number is no word of it. (`Building Kotlin on Android`
    // names no one.)
    check(
        "# An Event Apart Boston 2009

## Jeffrey Zeldman on Redesign, session 1
Notes.

## Ethan Marcotte - Comps vs. Code, session 3
Notes.

## Building Kotlin on Android
Notes.
",
        &[
            "Redesign | Jeffrey Zeldman | ",
            "Comps vs. Code | Ethan Marcotte | ",
            "Building Kotlin on Android |  | ",
        ],
    );
}

#[test]
fn quoted_link_titles_by_a_name_inside_a_sentence_and_no_books() {
    // `['If Ethics is not None'](…/talks/…) by Katharine Jarmul with a
    // lot of food for thought`: the quotes are no part of the title, the
    // names end at the sentence's lowercase words; `Lee Sheng's talk on
    // [Title](…)`; `the book [Title](…) by Name` is a book.
    check(
        "# EuroPython 2017

## Day three

We kicked off with the keynote ['If Ethics is not None'](https://ep2017.europython.eu/conference/talks/if-ethics-is-not-none) by Katharine Jarmul with a lot of food for thought.

The book [Cybernetics or Control and Communication](https://books.example.org/cyber) by Norbert Wiener seems like a good read.

Lee Sheng's talk on ['Teeing up Python: Code Golf'](https://ep2017.europython.eu/conference/talks/teeing-up-python-code-golf) had good points.
",
        &[
            "If Ethics is not None | Katharine Jarmul | ",
            "Teeing up Python: Code Golf | Lee Sheng | ",
        ],
    );
}

#[test]
fn a_name_line_with_an_org_of_several_words_or_several_orgs() {
    // Under each title, a plain line names the speaker and where they
    // work: `University of Tartu` has a lowercase word; `Neuromation,
    // PDMI RAS` are two organisations of one person. (`Less Hype, More
    // Media, Please` after a dash is the title's.)
    check(
        "# Synthetic Data and Generative Models in Deep Learning

Sergey Nikolenko, Neuromation, PDMI RAS

- notes

# Analysing Microscopy Images with Deep Learning

Dmytro Fishman, University of Tartu

- notes

# Hypermedia APIs - Less Hype, More Media, Please

- notes
",
        &[
            "Synthetic Data and Generative Models in Deep Learning | Sergey Nikolenko (Neuromation, PDMI RAS) | ",
            "Analysing Microscopy Images with Deep Learning | Dmytro Fishman (University of Tartu) | ",
            "Hypermedia APIs - Less Hype, More Media, Please |  | ",
        ],
    );
}

#[test]
fn an_italic_speaker_line_with_a_handle_link_and_an_org_after_a_dash() {
    // `*Laura Bell [@lady_nerd](…) - SafeStack*`: the handle's `_` is no
    // emphasis; after the person and their handle, the org.
    check(
        "# Velocity 2015

## DAY 1

### Securing organizations through bad behavior
*Laura Bell [@lady_nerd](https://twitter.com/lady_nerd) - SafeStack*

- security

### Lessons learned for large-scale apps
*Dana Quinn [@dquinn_devops](https://twitter.com/dquinn_devops) - Intuit*

- notes
",
        &[
            "Securing organizations through bad behavior | Laura Bell (SafeStack) | ",
            "Lessons learned for large-scale apps | Dana Quinn (Intuit) | ",
        ],
    );
}

#[test]
fn a_plan_of_timed_talks_under_weekdays_and_a_half_day_before_a_title() {
    // `### Monday morning : Title`: the half-day is the slot. Under
    // `* Wednesday`, `09h30 - Title` items, struck through when missed, a
    // kind in brackets; then `Friday:` over more timed items.
    check(
        "# EuroPython 2025

## Tutorials

### Monday morning : Rambo Python

Notes.

### Tuesday afternoon : Packaging Summit

Notes.

## Conferences

Planning :

* Wednesday
  * 09h30 - You don’t have to be a compiler engineer to work on Python
    * interesting
  * 10h45 - ~~Teamwork makes the dream work~~
  * 12h50 - [poster] Exploring LLM latency
* Thursday
  * 09h20 - Why it took 4 years to get a lock files specification
    * very interesting

Friday:

* 09h10 - The Boom of Generative AI: realities, promises and awkward situations
* 10h30 - Your Cookiecutter Is Wrong
* 11h00 - Django and HTMX: Patterns to Success
",
        &[
            "Rambo Python |  | ",
            "Packaging Summit |  | ",
            "You don’t have to be a compiler engineer to work on Python |  | ",
            "Teamwork makes the dream work |  | ",
            "Exploring LLM latency |  | ",
            "Why it took 4 years to get a lock files specification |  | ",
            "The Boom of Generative AI: realities, promises and awkward situations |  | ",
            "Your Cookiecutter Is Wrong |  | ",
            "Django and HTMX: Patterns to Success |  | ",
        ],
    );
}

#[test]
fn the_day_of_the_month_alone_heads_a_day() {
    // `# 17th`, `# 18th`: the days of the event, each over its talks.
    check(
        "# 17th

## Google Keynote

Notes on the keynote.

## Assisting the Driver: From Android Phones to Android Cars

Notes.

# 18th

## Architecture Components - Introduction

Notes.
",
        &[
            "Google Keynote |  | ",
            "Assisting the Driver: From Android Phones to Android Cars |  | ",
            "Architecture Components - Introduction |  | ",
        ],
    );
}

#[test]
fn the_new_readings_leave_ordinary_notes_alone() {
    // A review of this stop's rules found these misreadings; each is
    // pinned here.
    // A day's timed plan that is no conference's (the file, with no
    // talks in it, is read as one under its title, as before), and
    // breaks in one.
    check(
        "# Wedding weekend

Friday:

* 09h00 - Pick up the suits
* 12h30 - Lunch with the families
* 18h00 - Rehearsal dinner
",
        &["Wedding weekend |  | "],
    );
    check(
        "# EuroPython

## Conferences

Friday:

* 09h10 - The Boom of Generative AI
* 10h30 - Coffee break
* 11h00 - Your Cookiecutter Is Wrong
* 12h30 - Lunch
* 14h00 - Django and HTMX: Patterns to Success
",
        &[
            "The Boom of Generative AI |  | ",
            "Your Cookiecutter Is Wrong |  | ",
            "Django and HTMX: Patterns to Success |  | ",
        ],
    );
    // A lab notebook.
    check(
        "# Chemistry lab notebook

## Lab 1: Titration of acetic acid
Endpoint at 24.3 mL.

## Lab 2: Melting point
Sample melted at 121 C.
",
        // (No talks in it: the file is one, under its title, as before.)
        &["Chemistry lab notebook |  | "],
    );
    // Cited people are no speakers; a film after a
    // possessive is no talk; a talk titled with `talks` is a talk.
    check(
        "# Conf 2024

## Day 1

### Refactoring in practice
Kent Beck and Martin Fowler describe refactoring as small steps.

### Giving talks as an introvert
Notes on the talk.

## Saturday

We watched Christopher Nolan's **Oppenheimer** at the cinema.
",
        &[
            "Refactoring in practice |  | ",
            "Giving talks as an introvert |  | ",
        ],
    );
    // A checklist under `### Talks:` is no list of talks; a long heading
    // of the author's own thoughts is a section.
    check(
        "# Meetup

### Talks:

- Length: 30 minutes including questions
- Deadline: February 15, via the CFP site
- Format: slides as PDF, uploaded before the day

## Day 1

### Kubernetes at scale
Speaker: Jane Doe

### Some final thoughts and reflections on the first day
It was good.
",
        &["Kubernetes at scale | Jane Doe | "],
    );
}

#[test]
fn html_list_items_whose_closing_tags_are_left_out() {
    // A blog post exported as HTML: `<ul><li><p><strong>Name - title:</strong>
    // comment` lines with no `</li>`, as HTML allows, and `</ul><p>…</p>`.
    check(
        "# Smashing conference

<p>All the talks were excellent; here&rsquo;s a round up of my highlights.</p>

<ul><li><p><strong>Jeremy Keith - the spirit of the web:</strong> This talk gave a brief history of the web.
<li><p><strong>Oliver Reichenstein - is time standing still?:</strong> I was looking forward to it.
<li><p><strong>Jake Archibald - application cache, douchebag:</strong> Riveting.
</ul><p>So that&rsquo;s my mini roundup.</p>
",
        &[
            "the spirit of the web | Jeremy Keith | ",
            "is time standing still? | Oliver Reichenstein | ",
            "application cache, douchebag | Jake Archibald | ",
        ],
    );
}

#[test]
fn html_bold_titles_by_a_linked_handle_in_paragraphs() {
    // `<strong>Title by Name([@handle](…))</strong> - comment` under a
    // day: bold written in HTML, a link inside it.
    check(
        "# GOTO Chicago 2015

## Monday

<strong>Curiosity’s Entry Descent and Landing on Mars by Anita Sengupta([@Doctor_Astro](https://twitter.com/Doctor_Astro))</strong> - Who doesn't love space.

<strong>Jepsen IV: Hope Springs Eternal by Kyle Kingsbury([@aphyr](https://twitter.com/aphyr)) </strong> - Kyle is a very good speaker.

**Faster Java Objects by Simon Ritter** - A good one.
",
        &[
            "Curiosity’s Entry Descent and Landing on Mars | Anita Sengupta | ",
            "Jepsen IV: Hope Springs Eternal | Kyle Kingsbury | ",
            "Faster Java Objects | Simon Ritter | ",
        ],
    );
}

#[test]
fn a_person_and_their_handle_after_the_titles_comma() {
    // `Title, Name, @handle` and `Title, Name @handle`: the person is the
    // speaker, the handle theirs, beside `Title, Name` headings.
    check(
        "# Codemotion Madrid 2014

## Notas sobre las charlas

### Scaling Teams, Jane Doe
Opinión: bien.

### The Google Glass revolution, Alain Regnier, @altolabs
Opinión: bien.

### Testing Legacy Code, John Smith @jsmith
Opinión: bien.
",
        &[
            "Scaling Teams | Jane Doe | ",
            "The Google Glass revolution | Alain Regnier | ",
            "Testing Legacy Code | John Smith | ",
        ],
    );
}
