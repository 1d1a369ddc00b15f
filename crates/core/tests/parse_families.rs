//! The layouts real notes are written in (the families of issue 11), each
//! construct with Markdown in and sessions out. The corpus of real files
//! (`tests/corpus/real`, scored by `corpus_score.rs`) proves them on whole
//! files; these pin each rule down on its own.

mod parse_support;

use confnotes_core::Library;
use parse_support::session_lines as sessions;

fn parse(md: &str) -> Library {
    parse_support::parse_files(&[("notes/talks.md", md)])
}

fn check(md: &str, expected: &[&str]) {
    let lib = parse(md);
    assert_eq!(sessions(&lib), expected, "parsing:\n{md}");
}

#[test]
fn family_1_sessions_at_h2_under_the_title_with_speaker_lines_and_recordings() {
    check(
        "# normConf 2022

## How small can I get that Docker container?
_Matthijs Brouns and Ada Lovelace_

[:video_camera:](https://www.youtube.com/watch?v=abc)

Notes.

## Lunch

Pizza.

## Spark horror stories
Guenia Izquierdo

Notes.
",
        &[
            "How small can I get that Docker container? | Matthijs Brouns; Ada Lovelace | https://www.youtube.com/watch?v=abc",
            "Spark horror stories | Guenia Izquierdo | ",
        ],
    );
}

#[test]
fn family_2_several_h1_days_groups_and_sibling_sessions() {
    check(
        "# KubeCon Day 1

## Keynotes

### Opening Keynote - Priyanka Sharma, CNCF

### State of the Union - Liz Rice

## Ingress v2 and Multicluster Services - Google

Notes.

# Day 3

## Platform teams
Speaker: Grace Hopper
",
        &[
            "Opening Keynote | Priyanka Sharma (CNCF) | ",
            "State of the Union | Liz Rice | ",
            "Ingress v2 and Multicluster Services |  | ",
            "Platform teams | Grace Hopper | ",
        ],
    );
}

#[test]
fn family_3_a_session_index_table_and_a_metadata_table() {
    check(
        "# [JavaDays 2022](https://www.javadays.cz/)

|          |               |
|----------|---------------|
| Location | Prague        |
| Date     | November 2022 |

| Session | Tags | Length |
|---|---|---|
| [Scalable backend](#scalable-backend) | #architecture | 1:00:39 |
| [Project Loom](#project-loom) | #java | 43:11 |

## Scalable backend
- Roman Bouchner

### Keynotes
- the author's key notes

### Impression ⭐⭐⭐⭐☆

## Project Loom
- Miroslav Sevelda

### Keynotes
- more notes

### Impression ⭐⭐⭐⭐⭐
",
        &[
            "Scalable backend | Roman Bouchner | ",
            "Project Loom | Miroslav Sevelda | ",
        ],
    );
}

#[test]
fn family_3_a_table_of_talks_with_speaker_and_video_columns() {
    check(
        "# JSConf EU 2019

| Title | Speaker | Video |
| --- | --- | --- |
| The economics of open source | C J Silverio | [:arrow_forward:](https://youtu.be/MO8hZlgK5zc) |
| 快闪演讲<br>Who is Envoy - Harvey Tuch, Google | | [Video](https://youtu.be/otP) |
",
        &[
            "The economics of open source | C J Silverio | https://youtu.be/MO8hZlgK5zc",
            "Who is Envoy | Harvey Tuch (Google) | https://youtu.be/otP",
        ],
    );
}

#[test]
fn family_3_headings_beside_a_table_of_talks_are_about_the_event() {
    // tests/corpus/validation/netgroup-netdev-0x1a-srv6-workshop.md: a
    // workshop's README, its programme a table.
    check(
        "# SRv6 Workshop — Netdev 0x1A (Rome, 2026)

## Live page

- Workshop Introduction — interactive: <https://example.org/intro/presentation.html>
- Workshop Introduction — PDF: <https://example.org/intro.pdf>

## The workshop

**Chair:** Stefano Salsano (University of Rome Tor Vergata)

## Programme

| Time | Talk | Speaker |
| --- | --- | --- |
| 10:00 | SRv6 Introduction | Andrea Mayer |
| 10:20 | SRv6 for the AI Backend | Ahmed Abdelsalam |

## Repository layout

- `slides/`: one folder per deck

## License

CC BY 4.0
",
        &[
            "SRv6 Introduction | Andrea Mayer | ",
            "SRv6 for the AI Backend | Ahmed Abdelsalam | ",
        ],
    );
}

#[test]
fn family_4_list_catalogues_grouped_under_year_headings() {
    check(
        "# Talks

## 2026
- **Rewriting bors: how hard can it be?**
  - Presented at [RustWeek](https://rustweek.org) 2026.
  - [Slides](slides.pdf)
- **Tips for better tests**
  - [Recording](https://youtu.be/5AFVEZ9TZUs), [slides](tests.pdf)

## 2019
- https://youtu.be/QyJZzq0v7Z4 Why Isn't Functional Programming the Norm? (Richard Feldman, Clojutre 2019)
- [Deep Dive into Minikube - YouTube](https://youtu.be/Iyq) (38:37)
  * Medya Ghazizadeh & Sharif Elgamal, Google
",
        &[
            "Rewriting bors: how hard can it be? |  | ",
            "Tips for better tests |  | https://youtu.be/5AFVEZ9TZUs",
            "Why Isn't Functional Programming the Norm? | Richard Feldman | https://youtu.be/QyJZzq0v7Z4",
            "Deep Dive into Minikube | Medya Ghazizadeh (Google); Sharif Elgamal (Google) | https://youtu.be/Iyq",
        ],
    );
}

#[test]
fn family_4_a_list_of_talks_without_links_names_their_speakers() {
    // tests/corpus/validation/jguegant-meetingcpp-2019.md
    check(
        "# Meeting C++ 2019

### [Other]:

There are a lot of other talks worth finding:

- Using C++20's Three-way Comparison <=> - Jonathan Müller
- Oh No! More Modern CMake - Deniz Bahadir
- C++20 Coroutines - Milosz Warzecha
- And many more...

### Thoughts

- Rust - nice but hard
- Go - simple
",
        &[
            "Using C++20's Three-way Comparison <=> | Jonathan Müller | ",
            "Oh No! More Modern CMake | Deniz Bahadir | ",
            "C++20 Coroutines | Milosz Warzecha | ",
        ],
    );
}

#[test]
fn a_recap_in_prose_names_its_talks_as_bold_quoted_titles() {
    // tests/corpus/validation/sigute-droidcon-berlin-2018.md
    check(
        "---
title: \"Things I learned at droidcon Berlin 2018\"
---

## Day 1

The first session I attended was **“Sketchnoting”** workshop.

It was interesting hearing the **“Rx must DIE!?”** panel.

We also shared our thoughts about the **droidcon developer community**.

## Day 3

One of the most memorable talks was **“The Authentic Developer”** by Anastasia Lopez. Soft skills matter.

Next talk was **\"Common poor programming practices\"**. Things to avoid.

## Overall

Great conference, a **“must go”** for everyone.
",
        &[
            "Sketchnoting |  | ",
            "Rx must DIE!? |  | ",
            "The Authentic Developer | Anastasia Lopez | ",
            "Common poor programming practices |  | ",
        ],
    );
}

#[test]
fn family_5_one_session_per_file_without_front_matter() {
    check(
        "# Cardinality Disasters

https://kccncna19.sched.com/event/UaZt

Speaker: [Ada Lovelace](https://twitter.com/ada)

## What happened

Notes.
",
        &["Cardinality Disasters | Ada Lovelace | "],
    );
    // The speaker named by the heading under the title.
    check(
        "# Sustainable Styles\n## Nathan Rambeck @nrambeck Sparkbox\n\n### Why CSS Architecture?\n\nNotes.\n",
        &["Sustainable Styles | Nathan Rambeck Sparkbox | "],
    );
    // Sections at the title's level, the presenters in the first
    // (tests/corpus/real/lastcoolnameleft-oscon-2016-cli-in-go.md).
    check(
        "# Building amazing cross-platform command-line apps in Go

# Details:
* http://conferences.oreilly.com/oscon/detail/49186
* Presenters:
  * Steve Francia (spf13-labs)
  * Ashley McNamara (Rackspace)

Notes:
* commands are verbs

# Lab

* install go

# Links:
* https://github.com/spf13/cobra
",
        &[
            "Building amazing cross-platform command-line apps in Go | Steve Francia (spf13-labs); Ashley McNamara (Rackspace) | ",
        ],
    );
}

#[test]
fn family_6_front_matter_yaml_with_speaker_mappings_and_toml() {
    check(
        "---
title: FLOSS daily
event: SeaGL 2021
# a comment
presenters:
- name: Aaron Wolf
  affiliation: Snowdrift.coop
  biography: |-
    Aaron teaches music.

    He co-founded Snowdrift.coop.
- name: Athan Spathas
video_url: https://youtu.be/NT7Gg6MEbZk
abstract: >
  folded
  text
---

Notes.
",
        &[
            "FLOSS daily | Aaron Wolf (Snowdrift.coop); Athan Spathas | https://youtu.be/NT7Gg6MEbZk",
        ],
    );
    check(
        "+++\nTitle = \"Automated S3 Blocking\"\nSpeakers = [\"damien-burks\"]\nYoutube = \"xPvfD\"\n+++\n\n##### TALK ABSTRACT\n\nText.\n",
        &["Automated S3 Blocking | Damien Burks | https://www.youtube.com/watch?v=xPvfD"],
    );
}

#[test]
fn family_7_speaker_forms_in_headings() {
    check(
        "# Conf

## GitOps: Ubie Inc by @sakajunquality

## Labels in Prometheus Alerts - Elena Morozova, Weaveworks @lelenanam

## Running Kubernetes in the Federal Government - John Osborne, `Red Hat`

## CoreDNS Over gRPC - Yong Tang, MobileIron, Inc.

## Let's write RBS! (EN) Masataka Kuwabara @p_ck_

## Keynote - Mapping to Fight FGM
Neema Meremo

## CRDs aren't just for Addons: by Tim (Principle eng in Google)

## Glenn Sarti - Sharing: What's in it for me?

## Julia Evans | @bork | Stripe | \"Impossible Program\"
",
        &[
            "GitOps: Ubie Inc | sakajunquality | ",
            "Labels in Prometheus Alerts | Elena Morozova (Weaveworks) | ",
            "Running Kubernetes in the Federal Government | John Osborne (Red Hat) | ",
            "CoreDNS Over gRPC | Yong Tang (MobileIron, Inc.) | ",
            "Let's write RBS! | Masataka Kuwabara | ",
            "Mapping to Fight FGM | Neema Meremo | ",
            "CRDs aren't just for Addons | Tim (Google) | ",
            "Sharing: What's in it for me? | Glenn Sarti | ",
            "Impossible Program | Julia Evans (Stripe) | ",
        ],
    );
    let lib = parse("# Conf\n\n## Keynote - Mapping to Fight FGM\nNeema Meremo\n");
    assert_eq!(lib.sessions[0].kind.as_deref(), Some("Keynote"));
}

#[test]
fn family_8_headings_that_are_not_sessions() {
    check(
        "# RubyKaigi 2023

## Wednesday 10th May

### RuboCop's baddest cop (EN)
Koichi ITO - @koic

#### Setup in detail

### Lightning talks

- Customize your Vim with Ruby

### some great notes
- https://blog.example.com/field-reports

## Takeaways

- Ruby is fun

## Travel and hotel

Okinawa next year.
",
        &[
            "RuboCop's baddest cop | Koichi ITO | ",
            "Lightning talks |  | ",
        ],
    );
}

#[test]
fn slots_titled_below_long_titles_with_section_words_and_headings_without_a_space() {
    // Forms from tests/corpus/real (DevOpsDays Zurich, PyTexas, SotM US).
    check(
        "# Day 1

## Keynote-Speaker

__Topic__: Building High-Performing Teams: The crucial Role of Psychological Safety

## Ignite Talks (each 5 minutes)

- one idea

## Python Code vs. Pythonic Code: What Experienced Developers Find Challenging About Learning Python

**Speaker: Heather Crawford**

## Lightning Talks Day 2

Speakers:

* David Newman

##Discover Rural America

[Clifford Snow](https://twitter.com/csnow), [OSM Seattle](https://osm.example.org/)
",
        &[
            "Building High-Performing Teams: The crucial Role of Psychological Safety |  | ",
            "Ignite Talks |  | ",
            "Python Code vs. Pythonic Code: What Experienced Developers Find Challenging About Learning Python | Heather Crawford | ",
            "Lightning Talks Day 2 | David Newman | ",
            "Discover Rural America | Clifford Snow (OSM Seattle) | ",
        ],
    );
}

#[test]
fn family_7_the_line_below_says_who_gave_a_keynote() {
    // tests/corpus/real/failure-driven-rubykaigi-2023.md: `X - Keynote`
    // is the keynote given by X, or the keynote titled X.
    check(
        "# RubyKaigi 2023

## Thursday 11th May

### Yukihiro \"Matz\" Matsumoto (JA) - Keynote
Yukihiro \"Matz\" Matsumoto - @yukihiro_matz

A history of Ruby.

### Parsing RBS (EN) - Keynote
Soutaro Matsumoto - @soutaro

- slides

### Ed Anderson - I AM DEVOPS AND I LIKE FUNCTIONS
 **SKIPPED**
",
        &[
            "Keynote | Yukihiro \"Matz\" Matsumoto | ",
            "Parsing RBS | Soutaro Matsumoto | ",
            "I AM DEVOPS AND I LIKE FUNCTIONS | Ed Anderson | ",
        ],
    );
}

#[test]
fn family_8_podcasts_and_articles_on_a_page_of_talks_are_not_talks() {
    // tests/corpus/real/priyankasaggu11929-talks-and-media.md
    check(
        "# Talks and media

## Talks

#### 2023

- Efficient Kubernetes E2E Testing: Unleash the Power of Prow
  - [Recording](https://www.youtube.com/watch?v=abc)

## Podcasts

#### 2023

- An Overview of Prow
  - [Recording](https://www.youtube.com/watch?v=def)

## Interviews

- Discussing Outreachy & Open Source
  - [Recording](https://www.youtube.com/watch?v=ghi)
- Dive inside SIG-Contribex
  - [Recording](https://www.youtube.com/watch?v=jkl)
",
        &[
            "Efficient Kubernetes E2E Testing: Unleash the Power of Prow |  | https://www.youtube.com/watch?v=abc",
        ],
    );
}

#[test]
fn family_7_organisations_in_parentheses_read_alike_across_siblings() {
    // tests/corpus/real/scheuchzer-hadoop-summit-2014.md
    check(
        "# Hadoop Summit 2014 Amsterdam

## Key Notes (Gartner, Hortonworks, Teradata)

- data lakes

## Putting wings on the elephant (Facebook)

- notes

## Storm (Yahoo, Thaiwan)

- notes

## Hadoop Operations (Spotify)

- notes

## Big Data History (Teradata)

- notes
",
        &[
            "Key Notes |  | ",
            "Putting wings on the elephant |  | ",
            "Storm |  | ",
            "Hadoop Operations |  | ",
            "Big Data History |  | ",
        ],
    );
    // tests/corpus/real/jameskieltyka-kubecon-day1.md
    check(
        "# Kubecon Day one

## Ingress v2 and Multicluster Services - Google

- notes

## Unit testing your k8s configuration using OPA - Snyk

- notes

## Istio Multi-cluster Service Mesh Patterns IBM

- notes
",
        &[
            "Ingress v2 and Multicluster Services |  | ",
            "Unit testing your k8s configuration using OPA |  | ",
            "Istio Multi-cluster Service Mesh Patterns |  | ",
        ],
    );
}

#[test]
fn held_out_forms_bold_names_with_links_handles_idioms_and_bare_videos() {
    // tests/corpus/holdout (jhrcook, gadenbuie, vaibhavsagar).
    check(
        "# PyCon 2021 Notes

## Keynote - Imaging Rembrandt's *The Night Watch* with Python

**Robert Erdmann** ([video](https://youtu.be/z_hm5oX7ZlE))

Notes.

## Explicit Direct Instruction in Programming Education @felienne

- vocalize syntax

## Binary Trees To Hash Array Mapped Tries, Step by Step

Speaker: Vaibhav Sagar
",
        &[
            "Imaging Rembrandt's The Night Watch with Python | Robert Erdmann | https://youtu.be/z_hm5oX7ZlE",
            "Explicit Direct Instruction in Programming Education | felienne | ",
            "Binary Trees To Hash Array Mapped Tries, Step by Step | Vaibhav Sagar | ",
        ],
    );
    // One talk: its title, the video's bare address, notes
    // (tests/corpus/holdout/underyx-craft-2016-systems-working-well.md).
    check(
        "# How do we know IT systems are working well?

https://www.youtube.com/watch?v=gSjkvKdaKTQ

Presenter is the founder of CFEngine

- notes
",
        &[
            "How do we know IT systems are working well? |  | https://www.youtube.com/watch?v=gSjkvKdaKTQ",
        ],
    );
}

#[test]
fn family_9_recordings_as_labels_emoji_embeds_and_shortcodes() {
    check(
        "# PyTexas 2024

## 20 GOTO 10
<iframe width=\"560\" src=\"https://www.youtube.com/embed/SyKUBXJLL50?si=x\"></iframe>

**Speaker: Al Sweigart**

## Always Use Sets!
Speaker: Ada Lovelace

{% youtube S7tLhIJZKxA %}

## Third
Speaker: Grace Hopper

📹 [recording](https://vimeo.com/12345)
",
        &[
            "20 GOTO 10 | Al Sweigart | https://www.youtube.com/watch?v=SyKUBXJLL50",
            "Always Use Sets! | Ada Lovelace | https://www.youtube.com/watch?v=S7tLhIJZKxA",
            "Third | Grace Hopper | https://vimeo.com/12345",
        ],
    );
}

#[test]
fn family_10_wiki_links_are_links_and_hashtags_are_themes() {
    let lib = parse(
        "# I Annotate 2021

## [[Speculative annotation]] - Courtney McClellan

Notes on [[people/Dan Whaley|Dan]] and #annotation.
",
    );
    assert_eq!(
        sessions(&lib),
        ["Speculative annotation | Courtney McClellan | "]
    );
    let themes: Vec<&str> = lib.themes.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(themes, ["annotation"], "a wiki link is no theme");
}

#[test]
fn the_author_overrides_the_inference() {
    // Headings with no evidence are notes, unless marked.
    check(
        "# Conf\n\n## First thing\n\nNotes.\n\n## Second thing\n\nNotes.\n",
        &[],
    );
    check(
        "# Conf\n\n<!-- confnotes: session -->\n## First thing\n\nNotes.\n\n## Second thing\n\nNotes.\n",
        &["First thing |  | "],
    );
    check(
        "<!-- confnotes: session-level 2 -->\n# Conf\n\n## First thing\n\n## Second thing\n",
        &["First thing |  | ", "Second thing |  | "],
    );
    check(
        "---\nevent: Conf\nsession_level: 3\n---\n# Conf\n\n## Day\n\n### Alpha\n\n### Beta\n",
        &["Alpha |  | ", "Beta |  | "],
    );
    check(
        "# Conf\n\n## Alpha - Ada Lovelace\n\n<!-- confnotes: not-session -->\n## Beta - Grace Hopper\n",
        &["Alpha | Ada Lovelace | "],
    );
}

#[test]
fn silent_losses_are_reported() {
    let lib = parse("# Conf\n\n## First thing\n\nNotes.\n\n## Second thing\n\nNotes.\n");
    let messages: Vec<&str> = lib.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("look like talks")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("no session found")),
        "{messages:?}"
    );
    let lib = parse("# Conf\n\n## Talk - Ada Lovelace\nSpeaker: Senior Software Engineer\n");
    assert!(
        lib.diagnostics
            .iter()
            .any(|d| d.message.contains("looks like a job title")),
        "{:?}",
        lib.diagnostics
    );
}

#[test]
fn every_heading_row_and_item_is_explained() {
    let lib = parse(
        "# Conf\n\n## Talk - Ada Lovelace\n\n## Lunch\n\n## Talks\n\n| Title | Speaker |\n|---|---|\n| A | Grace Hopper |\n",
    );
    let o = &lib.outlines[0];
    let roles: Vec<(u32, &str, &str)> = o.items.iter().map(|i| (i.line, i.what, i.role)).collect();
    assert_eq!(
        roles,
        [
            (1, "heading", "conference"),
            (3, "heading", "session"),
            (5, "heading", "section"),
            (7, "heading", "group"),
            (11, "table row", "session"),
        ]
    );
    assert!(o.items.iter().all(|i| !i.why.is_empty()));
}

#[test]
fn a_flat_day_of_talks_is_read_as_talks() {
    // From gadenbuie's rstudio::conf 2019 day 2 notes (tests/corpus/
    // holdout): one heading names its speaker, the others are short
    // topics, every one a leaf with notes. A human reads each as a talk.
    check(
        "# rstudio::conf(notes, day = 2)

## Keynote - Explicit Direct Instruction in Programming Education @felienne

- How to teach programming

## Dependencies

- itdepends: weigh the cost of each package

## vctrs

- prototypes and sizes

## Magical code

- tricks that look like magic
",
        &[
            "Explicit Direct Instruction in Programming Education | felienne | ",
            "Dependencies |  | ",
            "vctrs |  | ",
            "Magical code |  | ",
        ],
    );
    // With a section word beside them, topical headings stay notes: the
    // file is not a flat list of talks.
    check(
        "# KubeCon 2023

## Keynote - Platforms for Everyone - Jane Doe

- notes

## Food

- tacos

## Travel

- a long flight

## Dependencies

- a topic I kept thinking about
",
        &["Platforms for Everyone | Jane Doe | "],
    );
}

#[test]
fn talks_under_a_title_whose_notes_talk_about_them() {
    // From kimeraroyal's Hypertext 2024 report (tests/corpus/holdout):
    // front matter with a generic title, a paper session's heading whose
    // notes speak of its presentations, then one heading per paper.
    check(
        "---
layout: report
title: Report
---

# Authoring Tools
This session was a great way to kick off the conference! Every presentation gave me lots to consider.

## A New View
An exciting way to start.

## Beyond The Page-Break
This gave me a lot to consider.

## Experiencing The Authorial Burden
What an interesting study.
",
        &[
            "A New View |  | ",
            "Beyond The Page-Break |  | ",
            "Experiencing The Authorial Burden |  | ",
        ],
    );
}

#[test]
fn a_speaker_heading_may_carry_a_handle_and_a_date() {
    // From hpoom's apidays 2015 notes (tests/corpus/holdout).
    check(
        "# A Community Driven API Lifecycle

## Kin Lane - @kinlane - 6 May 2015

Has spent the last 5 years studying APIs.
",
        &["A Community Driven API Lifecycle | Kin Lane | "],
    );
}

#[test]
fn lightning_talks_of_one_word_and_title_name_org_headings() {
    // From worace's State of the Map US 2018 notes (tests/corpus/real).
    check(
        "# State of the Map US 2018

## Lightning talks

### FOAM
* Built on Ethereum
* Static proof of location

### Transit Coverage, Simon Shapiro (Microsoft)
* Weight each stop by the number of passenger trips

### HOT Data, [Dale Kunce](https://twitter.com/calimapnerd), American Red Cross
* Where does the data go after we've mapped something?
",
        &[
            "FOAM |  | ",
            "Transit Coverage | Simon Shapiro (Microsoft) | ",
            "HOT Data | Dale Kunce (American Red Cross) | ",
        ],
    );
}

#[test]
fn speakers_named_before_the_dash_read_alike_across_headings() {
    // From morszczuk's EURUKO 2023 notes (tests/corpus/holdout2): two
    // headings name a known first name before the dash, so the others'
    // capitalised words there are names too; `-Keynote` glued to the end
    // is the kind; a handle under `# Carla - …` is Carla's.
    check(
        "# Steven Baker - Reflections on a Reluctant Revolution -Keynote

- notes

# Carla - No passwords no problems.

@CarlaStabile

- passkeys

# Chikahiro Tokoro - Generate anonymised database with MasKING

- notes
",
        &[
            "Reflections on a Reluctant Revolution | Steven Baker | ",
            "No passwords no problems. | Carla | ",
            "Generate anonymised database with MasKING | Chikahiro Tokoro | ",
        ],
    );
}

#[test]
fn a_title_heading_with_a_person_and_an_org_after_dashes_is_one_talk() {
    // From rboulton's Berlin Buzzwords 2015 notes (tests/corpus/holdout2).
    check(
        "# t-digest - Ted Dunning - MapR technologies

https://github.com/tdunning/t-digest

## Why quantiles

- tails matter
",
        &["t-digest | Ted Dunning (MapR technologies) | "],
    );
}

#[test]
fn a_speaker_wrapped_onto_the_next_line_of_a_list_item() {
    // From the Go blog's GothamGo 2014 recap (tests/corpus/holdout2).
    check(
        "# GothamGo 2014

  - [7 common mistakes in Go and how to avoid them](http://vimeo.com/115776445) _by_
    [_Steve Francia_](https://twitter.com/spf13) - the author of some popular
    Go libraries shares his experience.
  - [Error Handling](http://vimeo.com/115782573) _by_ [_Bill Kennedy_](https://twitter.com/goinggodotnet) -
    ideas on how to use the Go error interface.
",
        &[
            "7 common mistakes in Go and how to avoid them | Steve Francia | http://vimeo.com/115776445",
            "Error Handling | Bill Kennedy | http://vimeo.com/115782573",
        ],
    );
}

#[test]
fn talks_told_as_lines_over_their_notes() {
    // From compwron's Madison+ Ruby 2015 post (tests/corpus/holdout2): a
    // `# Talks` part whose talks are lines of their own, each with a
    // rating word and its list of notes.
    check(
        "# Talks

What is life? [@nusco](https://twitter.com/nusco) *bike

- generated petri dish

The Bronx (Stephanie Morillo, DigitalOcean) *bike

- the demographics of train cars

Backstage tour!

Tiny supercomputer (Ray Hightower) *walk

- a cluster of small boards
",
        &[
            "What is life? | nusco | ",
            "The Bronx | Stephanie Morillo (DigitalOcean) | ",
            "Tiny supercomputer | Ray Hightower | ",
        ],
    );
    // From failure-driven's RubyKaigi 2023 notes (tests/corpus/real): a
    // line with a speaker line under it is a talk by itself.
    check(
        "# RubyKaigi 2023

## Friday 12th May

On Ruby and Trojan Source Attacks (EN)
Martin J. Dürst - @duerst

- special characters that break your code

### Build a mini Ruby debugger (EN)
Tomoya Ishida - @tompng

- notes
",
        &[
            "On Ruby and Trojan Source Attacks | Martin J. Dürst | ",
            "Build a mini Ruby debugger | Tomoya Ishida | ",
        ],
    );
    // One label over a list is a note's topic, not a talk.
    check(
        "# DevConf 2031

## Talks

Things to try

- the new scheduler

### Rust in the Browser - Ada Lovelace

- wasm
",
        &["Rust in the Browser | Ada Lovelace | "],
    );
}

#[test]
fn a_name_right_under_a_talk_heading_is_its_speaker() {
    // From ghalley's RubyConf 2017 notes (tests/corpus/holdout3): known
    // names right under each talk's heading, so other capitalised pairs
    // there are names too (`Nate Berkopec`, `Megan Tiu!`).
    check(
        "# Day 01

## Keynote: Good Change, Bad Change
#### Matz

Ruby's birthday

## Human Errors
#### Olivier Lacan

What is an error?

## Orbital Rocket Guidance with Ruby
#### Nate Berkopec

rockets

## Finding Beauty in the Mundane
#### Megan Tiu!

notes
",
        &[
            "Keynote: Good Change, Bad Change | Matz | ",
            "Human Errors | Olivier Lacan | ",
            "Orbital Rocket Guidance with Ruby | Nate Berkopec | ",
            "Finding Beauty in the Mundane | Megan Tiu | ",
        ],
    );
    // A topic right under a talk's heading is no speaker.
    check(
        "# KubeCon 2023

## Securing Pods - Jane Doe

### Pod Policies

- notes

## Scaling Out - John Smith

- notes
",
        &["Securing Pods | Jane Doe | ", "Scaling Out | John Smith | "],
    );
}

#[test]
fn a_video_link_over_a_speaker_line_is_a_talk() {
    // From greh's PyCon 2016 post (tests/corpus/holdout3): no headings,
    // each talk a paragraph: the title linked to its video, the speaker,
    // then the notes.
    check(
        "---
layout: post
title: Post Pycon
---

Highlights reel:

[Teaching Python: The Hard Parts](https://www.youtube.com/watch?v=CjYEpVNbM-s)
Elana Hashman
I am just in love with this talk.

[Removing Pythons Gil: The Gilectomy](https://www.youtube.com/watch?v=P3AyI_u66Bw)
Larry Hastings
I hope it works.
",
        &[
            "Teaching Python: The Hard Parts | Elana Hashman | https://www.youtube.com/watch?v=CjYEpVNbM-s",
            "Removing Pythons Gil: The Gilectomy | Larry Hastings | https://www.youtube.com/watch?v=P3AyI_u66Bw",
        ],
    );
}

#[test]
fn talks_whose_notes_are_files_of_their_own() {
    // From kristianlee's devopsdays Amsterdam 2016 report
    // (tests/corpus/holdout3): under a day, links to one notes file per
    // talk; link text on two lines is the speaker, then the title.
    check(
        "# devopsdays16

## Day 1

I chose:

- [Docker from Scratch](workshops/dockerfromscratch.md)
- [Going Elastic](workshops/goingelastic.md)

## Day 2

[Daniël van Gils (Cloud66)
How the hell do I run my microservices in production?](talks/microservices.md)

**[Ken Mugrage (Thoughtworks)
What we are learning about burnout](talks/burnout.md)**
",
        &[
            "Docker from Scratch |  | ",
            "Going Elastic |  | ",
            "How the hell do I run my microservices in production? | Daniël van Gils (Cloud66) | ",
            "What we are learning about burnout | Ken Mugrage (Thoughtworks) | ",
        ],
    );
    // Links to other notes under a section stay notes.
    check(
        "# DevConf 2031

## Rust in the Browser - Ada Lovelace

- wasm

## See also

- [Day one](day1.md)
- [Day two](day2.md)
",
        &["Rust in the Browser | Ada Lovelace | "],
    );
}

/// A time slot before the title (`Saturday 10:00 Title - Name`), and the
/// file's table of contents, a list of links to its own headings, which
/// is not a list of talks (lucas-c, FOSDEM 2020, `tests/corpus/holdout4`).
#[test]
fn time_slots_and_a_table_of_contents() {
    check(
        "# FOSDEM 2020

- [Saturday 10:00 How FOSS could revolutionize municipal government - Danese Cooper](page.html#saturday-1000-how-foss)
- [Sunday 11:00 Is the web rea11y for all? - Ioana Chiorean](page.html#sunday-1100-is-the-web-rea11y-for-all---ioana-chiorean)
- [Conclusive notes](page.html#conclusive-notes)

## Saturday 10:00 How FOSS could revolutionize municipal government - Danese Cooper

- cities share code

## Sunday 11:00 Is the web rea11y for all? - Ioana Chiorean

- contrast

## Conclusive notes

- good year
",
        &[
            "How FOSS could revolutionize municipal government | Danese Cooper | ",
            "Is the web rea11y for all? | Ioana Chiorean | ",
        ],
    );
    // Other slot forms: a range, am/pm, a day abbreviation, and `Talk N:`.
    check(
        "# DevConf

## 9:30am - 10:15am: Rust in the Browser - Ada Lovelace

- wasm

## Fri 14h30 | Fast Builds - Grace Hopper

- caching

## Talk 3: Kubernetes - Don't Stop Believin' - Alan Turing

- pods
",
        &[
            "Rust in the Browser | Ada Lovelace | ",
            "Fast Builds | Grace Hopper | ",
            "Kubernetes - Don't Stop Believin' | Alan Turing | ",
        ],
    );
}

/// `Title (Name): [Slides](…), [Video](…)`: the links at the end of an item
/// say what they are, and are not the title (cargomedia, QCon London 2013,
/// `tests/corpus/holdout4`).
#[test]
fn list_items_ending_in_slides_and_video_links() {
    check(
        "# QCon London 2013

- Developing the FT web app (Robert Shilston): [Slides](http://example.com/ft.pdf), [Video](http://www.infoq.com/presentations/FT-html5)
- Inside Lanyrd's Architecture (Andrew Godwin): [Slides](http://example.com/lanyrd.pdf), [Video](http://www.infoq.com/presentations/lanyrd)
- Scaling with MongoDB (Alvin Richards): [Slides](http://example.com/mongo.pdf)
",
        &[
            "Developing the FT web app | Robert Shilston | http://www.infoq.com/presentations/FT-html5",
            "Inside Lanyrd's Architecture | Andrew Godwin | http://www.infoq.com/presentations/lanyrd",
            "Scaling with MongoDB | Alvin Richards | ",
        ],
    );
}

/// `**"Title" by Name**` lines over their notes and an embedded player,
/// without headings (jeenalee, Strange Loop 2016, `tests/corpus/holdout4`).
/// One bold line alone, with no player, stays text.
#[test]
fn bold_title_lines_over_their_notes_and_player() {
    check(
        "---
title: \"Strange Loop 2016!\"
---

Here are the talks I enjoyed:

**\"African Polyphony & Polyrhythm\" by Chris Ford**
<br>
Chris wrote the algorithm in Clojure.
<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/EK4qctJOMaU\" frameborder=\"0\" allowfullscreen></iframe>

**\"Languages for 3D Industrial Knitting\" by Lea Albaugh**
<br>
A compiler for a knitting machine.
<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/02h74L1PmaU\" frameborder=\"0\" allowfullscreen></iframe>
",
        &[
            "African Polyphony & Polyrhythm | Chris Ford | https://www.youtube.com/watch?v=EK4qctJOMaU",
            "Languages for 3D Industrial Knitting | Lea Albaugh | https://www.youtube.com/watch?v=02h74L1PmaU",
        ],
    );
}

/// A title whose notes are one talk's abstract (`In this session, …`),
/// with a catalogue code before it (`DOP328 - `): the file is that talk,
/// its `##` headings its notes (zmaybury, re:Invent 2019,
/// `tests/corpus/holdout4`). `This session was a great start` under a
/// title is a report on a block of talks, which stay talks.
#[test]
fn an_abstract_under_the_title_makes_the_file_one_talk() {
    check(
        "# DOP328 - Five lessons from principal engineers

In this session, five Amazon principal engineers share hard-learned lessons.

## Monitoring with percentiles

- p99.99

## Static stability

- no dependencies in the data plane

## Shuffle sharding

- isolate customers
",
        &["Five lessons from principal engineers |  | "],
    );
    check(
        "# Authoring Tools

This session was a great way to start. Every presentation gave me lots to consider.

## A New View

Exciting developments.

## Beyond The Page-Break

A lot to consider.

## Experiencing The Authorial Burden

An interesting study.
",
        &[
            "A New View |  | ",
            "Beyond The Page-Break |  | ",
            "Experiencing The Authorial Burden |  | ",
        ],
    );
}

/// `Title - the rest of it! (Name)`: the dash belongs to the title when
/// what follows it starts in lowercase and the people are in parentheses
/// (kvalle, Strange Loop 2012, `tests/corpus/holdout4`).
#[test]
fn a_dash_inside_the_title_before_the_speakers_in_parentheses() {
    check(
        "# Strange Loop 2012

## In-memory Databases - the Future is now! (Michael Stonebraker)

- notes

## Software Architecture using ZeroMQ (Pieter Hintjens)

- notes
",
        &[
            "In-memory Databases - the Future is now! | Michael Stonebraker | ",
            "Software Architecture using ZeroMQ | Pieter Hintjens | ",
        ],
    );
}

/// `N. Name - Title (duration: 25:00)` under stages of a day: the
/// running time is not the title, `Main Stage` and `Discovery Stage` are
/// where talks ran, and when most headings put the person first, one read
/// the other way round (`Uri Goldshtein - GraphQL Subscriptions`) or naming
/// two people (`Sean Larkin & Tobias Koppers - …`) is turned to match
/// (fortechromania, ReactiveConf 2017, `tests/corpus/holdout5`).
#[test]
fn name_first_headings_under_stages_with_running_times() {
    check(
        "# Reactive Conf 2017

## Day 1

### Main Stage

#### 1. David Nolen - Out of the Tarpit, revisited (duration: 25:00)

- notes

#### 2. Uri Goldshtein - GraphQL Subscriptions (duration: 34:00)

- notes

#### 3. Igor Minar - Let's Tree-shake it... (32:00)

- notes

#### 4. Rogelio Guzman - Jest as a Platform (duration: 26:00)

- notes

### Discovery Stage

#### 1. Sean Larkin & Tobias Koppers - Understanding Webpack from inside out

- notes
",
        &[
            "Out of the Tarpit, revisited | David Nolen | ",
            "GraphQL Subscriptions | Uri Goldshtein | ",
            "Let's Tree-shake it... | Igor Minar | ",
            "Jest as a Platform | Rogelio Guzman | ",
            "Understanding Webpack from inside out | Sean Larkin; Tobias Koppers | ",
        ],
    );
}

/// No headings: the speaker's name on a line (maybe in lowercase), the
/// title on the next, the notes as a list under them; three or more such
/// make the talks (anyong, React Rally 2017, `tests/corpus/holdout5`).
/// Two label lines over a list are not enough.
#[test]
fn speaker_then_title_lines_over_their_notes() {
    check(
        "shirley wu
d3 & react
- react renders, d3 calculates

Devon Lindsey
A hand wave of React for all your Internet of Thangs
- johnny-five.io

Lin Clark
What WebAssembly means for React
- fiber and wasm
",
        &[
            "d3 & react | shirley wu | ",
            "A hand wave of React for all your Internet of Thangs | Devon Lindsey | ",
            "What WebAssembly means for React | Lin Clark | ",
        ],
    );
    check(
        "Grace Hopper
Monday errands
- milk

Ada Lovelace
Tuesday errands
- bread
",
        &[],
    );
}

/// Under `## Keynotes`, each heading with notes is a keynote, a one-word
/// title included, speaker or not (steliospaps, Devoxx UK 2025,
/// `tests/corpus/holdout5`).
#[test]
fn each_heading_under_a_group_of_keynotes_is_one() {
    check(
        "# Devoxx UK 2025

## Keynotes

### Communitaction

Communicating to business should start from why.

### Experimental sprints

Short sprints to try ideas.

## Top REST API Design Pitfalls - Victor Rentea

- notes
",
        &[
            "Communitaction |  | ",
            "Experimental sprints |  | ",
            "Top REST API Design Pitfalls | Victor Rentea | ",
        ],
    );
}

#[test]
fn a_link_naming_speaker_and_title_under_a_rating_heading_is_a_talk() {
    check(
        "# EuroPython 2024

## Talks

### Best

[Pablo Galindo Salgado - Tales from the abyss: obscure CPython bugs](https://ep2024.europython.eu/session/tales)

Room full. Funny but informative.

### Good

[Miriam Forner: Why communication is the best skill](https://ep2024.europython.eu/session/why)

Some quotes:
* Write code so your past you would understand it

--

[Anna-Lena Popkes: When and how to start coding with kids](https://ep2024.europython.eu/session/kids)

Remote speaker.
",
        &[
            "Tales from the abyss: obscure CPython bugs | Pablo Galindo Salgado | ",
            "Why communication is the best skill | Miriam Forner | ",
            "When and how to start coding with kids | Anna-Lena Popkes | ",
        ],
    );
}

#[test]
fn a_colon_after_one_persons_name_splits_name_and_title() {
    check(
        "# Conf 2024

## Miriam Forner: Why communication matters

- notes

## Unite and Prosper: How communities grew

- notes
",
        &[
            "Why communication matters | Miriam Forner | ",
            "Unite and Prosper: How communities grew |  | ",
        ],
    );
}

#[test]
fn a_wiki_list_of_talks_with_italic_speakers_group_labels_and_editor_notes() {
    check(
        "## Talks

* [[Deployment: the first month]] - _Dr. Nic_
    * [[Español|Deployment ES]]
* (TODO Needs notes, links) [[Hexagonal Rails]] - _Matt Wynne_
* **Micro Talks:**
    * (TODO Needs notes, links) [[High Performance Caching with Rails]] - _Matt Duncan_
    * [[Why Hashes Will Be Faster in Ruby 2.0]] - _Pat Shaughnessy_
* [[Power Rake]] - _Jim Weirich_

## External Links

* [Schedule](http://goruco.com/schedule/)
",
        &[
            "Deployment: the first month | Dr. Nic | ",
            "Hexagonal Rails | Matt Wynne | ",
            "High Performance Caching with Rails | Matt Duncan | ",
            "Why Hashes Will Be Faster in Ruby 2.0 | Pat Shaughnessy | ",
            "Power Rake | Jim Weirich | ",
        ],
    );
}

#[test]
fn an_index_list_of_the_talks_below_leaves_them_to_their_headings() {
    check(
        "# Top Sessions at KubeCon EU

1. [Tower of Babel: Making Spark Play Nice - Holden Karau, Netflix](https://example.hashnode.dev/top#SESSION)
2. [Spark on Kubernetes: The Elastic Story - Bowen Li & Huichao Zhao, Apple](https://example.hashnode.dev/top#SESSION)

## 1. Tower of Babel: Making Spark Play Nice - Holden Karau, Netflix - SESSION

Notes.

{% embed https://www.youtube.com/watch?v=6eLkjPvzKRs %}

## 2. Spark on Kubernetes: The Elastic Story - Bowen Li & Huichao Zhao, Apple - SESSION

Notes.

## 3. Keynote: 7 Years of Running Kubernetes - Jens Erat, Mercedes-Benz - KEYNOTE

Notes.
",
        &[
            "Tower of Babel: Making Spark Play Nice | Holden Karau (Netflix) | https://www.youtube.com/watch?v=6eLkjPvzKRs",
            "Spark on Kubernetes: The Elastic Story | Bowen Li (Apple); Huichao Zhao (Apple) | ",
            "7 Years of Running Kubernetes | Jens Erat (Mercedes-Benz) | ",
        ],
    );
}

#[test]
fn names_in_parentheses_like_the_sibling_headings() {
    check(
        "# QCon London 2016

## Continuous Delivery at LMAX (Sam Adams)

![sketch](a.jpg)

## Unevenly Distributed (Adrian Colyer)

![sketch](b.jpg)

## Microservice Anti-Patterns (Tammer Saleh)

![sketch](c.jpg)

## Immutable Infrastructure - The Rise of Machine Images (Axel Fontaine)

![sketch](d.jpg)
",
        &[
            "Continuous Delivery at LMAX | Sam Adams | ",
            "Unevenly Distributed | Adrian Colyer | ",
            "Microservice Anti-Patterns | Tammer Saleh | ",
            "Immutable Infrastructure - The Rise of Machine Images | Axel Fontaine | ",
        ],
    );
}

#[test]
fn names_after_with_like_the_sibling_headings_and_a_break_is_no_talk() {
    check(
        "# AWS re:Invent 2024 Day 1

## Sessions

### COP405 - Coding for account customizations with AWS Control Tower with Welly Siauw and Justin P.

Insightful.

### COP318 - Streamlining incident response with AWS Systems manager with Jean Velez Torres and Raviteja Sunkavalli

Live demo.

### Taking a short break

At the Community Hub.

### A Deep Dives Conversation with Cory Doctorow and Ed Zitron

Speakers: Cory Doctorow, Ed Zitron
",
        &[
            "Coding for account customizations with AWS Control Tower | Welly Siauw; Justin P. | ",
            "Streamlining incident response with AWS Systems manager | Jean Velez Torres; Raviteja Sunkavalli | ",
            "A Deep Dives Conversation with Cory Doctorow and Ed Zitron | Cory Doctorow; Ed Zitron | ",
        ],
    );
}

#[test]
fn bullet_separated_headings_and_a_url_line_with_the_recording() {
    check(
        "# Conference Talks

## 1. How JavaScript Happened - Mark Rendle - NDC London 2024

### Metadata
- Speaker: Mark Rendle
- URL: https://www.youtube.com/watch?v=lWeLaEo4pn0

## 2. What Every Programmer Should Know about How CPUs Work • Matt Godbolt • GOTO 2024

### Metadata
- Duration: 00:43:27
- URL: https://www.youtube.com/watch?v=-HNpim5x-IE
",
        &[
            "How JavaScript Happened | Mark Rendle | https://www.youtube.com/watch?v=lWeLaEo4pn0",
            "What Every Programmer Should Know about How CPUs Work | Matt Godbolt | https://www.youtube.com/watch?v=-HNpim5x-IE",
        ],
    );
}

#[test]
fn a_list_of_more_talks_by_name_first_with_handles_and_filler_items() {
    check(
        "# JSConf EU 2017

## Day one

#### Ashley Williams - A Brief History of Modularity

Notes.

#### Anjana Vakil: Immutable data structures for functional JS

Notes.

#### Dr. Franziska Hinkelmann - JavaScript Engines - how do they even?

Notes.

#### So many others...

- Maggie Pint ([@maggiepint](https://twitter.com/maggiepint)) - Patterns for JavaScript Library Design
  - She's a maintainer of moment.js
- Chris Pojer ([@cpojer](cpojer)) - Building High-Quality JavaScript Tools
- Emil Bay ([@emilbayes](https://twitter.com/emilbayes)) - Keeping passwords safe in 2017
- Zachary Johnson & Andrew Reitano - [NESpectre](https://twitter.com/thenespectre): The Massively Multi-Haunted NES
- Lin Clark - [A Cartoon Intro to WebAssembly](https://www.youtube.com/watch?v=HktWin_LPf4)
- ...
- many many many more!
",
        &[
            "A Brief History of Modularity | Ashley Williams | ",
            "Immutable data structures for functional JS | Anjana Vakil | ",
            "JavaScript Engines - how do they even? | Franziska Hinkelmann | ",
            "Patterns for JavaScript Library Design | Maggie Pint | ",
            "Building High-Quality JavaScript Tools | Chris Pojer | ",
            "Keeping passwords safe in 2017 | Emil Bay | ",
            "NESpectre: The Massively Multi-Haunted NES | Zachary Johnson; Andrew Reitano | ",
            "A Cartoon Intro to WebAssembly | Lin Clark | https://www.youtube.com/watch?v=HktWin_LPf4",
        ],
    );
}

#[test]
fn a_first_line_naming_the_speaker_then_who_they_are() {
    check(
        "# GopherCon 2025

## Talks

### [**Analysis and Transformation Tools for Go Codebase Modernization**](https://www.gophercon.com/agenda/session/1557387)

Alan Donovan, a co-author of [the blue book](https://www.gopl.io/).

> Alan is a member of Google's Go team.

### Kubernetes, the hard way

Kubernetes, the container orchestrator, was the topic.
",
        &[
            "Analysis and Transformation Tools for Go Codebase Modernization | Alan Donovan | ",
            "Kubernetes, the hard way |  | ",
        ],
    );
}

#[test]
fn front_matter_over_lists_of_talks_with_kramdown_attributes() {
    check(
        "---
layout: post
title: \"SREcon Europe 2017: impressions\"
date: 2017-09-28
---

Some of my favourite talks:

* [Anycast Is Not Load Balancing](https://www.usenix.org/a){:target=\"_blank\"} by Murali Suriar
* [The Dangers of Being Overly-Paranoid](https://www.usenix.org/b){:target=\"_blank\"} by Ingrid Epure
",
        &[
            "Anycast Is Not Load Balancing | Murali Suriar | ",
            "The Dangers of Being Overly-Paranoid | Ingrid Epure | ",
        ],
    );
}

#[test]
fn topics_whose_parts_are_links_to_notes_files_of_their_own() {
    check(
        "# CSUN Assistive Technology Conference

## Accessibility Testing

* [Automatica11y: Past, Present and Future of Automated Tooling](automatica11y.md)
* [Scaling Manual Accessibility Testing](scaling_manual.md)

## Media Accessibility

* [Closed Captions and Subtitles at YouTube](youtube.md)
* [The State of Captioning](yahoo.md)

## See also

* [Day one](day1.md)
* [Day two](day2.md)
",
        &[
            "Automatica11y: Past, Present and Future of Automated Tooling |  | ",
            "Scaling Manual Accessibility Testing |  | ",
            "Closed Captions and Subtitles at YouTube |  | ",
            "The State of Captioning |  | ",
        ],
    );
}

#[test]
fn a_talk_heading_a_level_too_high_keeps_the_talks_under_it() {
    check(
        "## Respond 2016 - Day One

### Laziness in the Time of Responsive Design\u{a0}-\u{a0}Ethan Marcotte, Web Designer

notes

## Incremental responsive redesign at Kogan.com - Simon Knox, Front-end Developer at Kogan.com.au

notes

### SVG + CSS: A designer's delight - Sara Soueidan, Freelance Front-end Web Developer

notes

### Designing secure experiences - Rachel Simpson, UX Designer at Google Chrome

notes
",
        &[
            "Laziness in the Time of Responsive Design | Ethan Marcotte | ",
            "Incremental responsive redesign at Kogan.com | Simon Knox (Kogan.com.au) | ",
            "SVG + CSS: A designer's delight | Sara Soueidan | ",
            "Designing secure experiences | Rachel Simpson (Google Chrome) | ",
        ],
    );
}

#[test]
fn cjk_names_with_their_aliases_and_japanese_sentences_are_no_names() {
    check(
        "# Observability Day 2026

- [讓 AI 的 Observability 與不確定性共舞 - 李智樺 (Ruddy 老師)](./ai.md)
- [從被動監控到主動維運 - 史甫仁 (Jeff Shih)](./ops.md)

# DAY 02

## Bring the best of Google Photos to your app

モバイルフレンドリー

- notes

## What's new in web accessibility

Recipi は便利そう

- notes
",
        &[
            "讓 AI 的 Observability 與不確定性共舞 | 李智樺 | ",
            "從被動監控到主動維運 | 史甫仁 | ",
            "Bring the best of Google Photos to your app |  | ",
            "What's new in web accessibility |  | ",
        ],
    );
}

/// Lowercasing may change a title's length (`İ`): the split after `with`
/// is found in the title itself.
#[test]
fn names_after_with_in_titles_whose_lowercase_is_longer() {
    check(
        "# Konferans 2024

## Sessions

### İİİ İstanbul Kubernetes with Jane Doe and John Smith

Notes.

### İzmir Observability with Mary Major and Peter Parker

Notes.
",
        &[
            "İİİ İstanbul Kubernetes | Jane Doe; John Smith | ",
            "İzmir Observability | Mary Major; Peter Parker | ",
        ],
    );
}
