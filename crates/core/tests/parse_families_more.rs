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
