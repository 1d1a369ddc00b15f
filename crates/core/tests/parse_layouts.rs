//! The layouts people really write notes in: Markdown in, the extracted
//! Library out (see `parse_support::summary` for the format).

mod parse_support;

use parse_support::{check, check_files};

#[test]
fn sessions_under_day_headings_get_their_day() {
    check(
        "# DevOpsDays Amsterdam 2023

## Day 1

### Opening Keynote - Ada Lovelace, Analytical Engines

- Started late

### Platform Teams - Grace Hopper

## Thursday 11th May

### Observability 101
Speaker: Linus Torvalds

Notes here.
",
        r#"
        conference devopsdays-amsterdam-2023 "DevOpsDays Amsterdam 2023" from notes/test.md
          session devopsdays-amsterdam-2023/opening-keynote "Opening Keynote" at notes/test.md:5
            speakers Ada Lovelace @ Analytical Engines
            day Day 1
            | - Started late
          session devopsdays-amsterdam-2023/platform-teams "Platform Teams" at notes/test.md:9
            speakers Grace Hopper
            day Day 1
          session devopsdays-amsterdam-2023/observability-101 "Observability 101" at notes/test.md:13
            speakers Linus Torvalds
            day Thursday 11th May
            | Notes here.
        speakers: ada-lovelace, grace-hopper, linus-torvalds
        orgs: analytical-engines
        themes: 
        "#,
    );
}

#[test]
fn h2_sessions_with_speaker_lines_and_meals_in_between() {
    check(
        "# SREcon

## Chaos Engineering at Scale
**Speakers:** Ada Lovelace & Grace Hopper, Navy

- fault injection

## lunch

Pizza again.

## Incident Reviews
* speaker(s): Alan Turing (Bletchley), Joan Clarke

## Hallway track
",
        r#"
        conference srecon "SREcon" from notes/test.md
          section lunch "lunch" at notes/test.md:8
            | Pizza again.
          session srecon/chaos-engineering-at-scale "Chaos Engineering at Scale" at notes/test.md:3
            speakers Ada Lovelace @ Navy; Grace Hopper @ Navy
            | - fault injection
          session srecon/incident-reviews "Incident Reviews" at notes/test.md:12
            speakers Alan Turing @ Bletchley; Joan Clarke
          session srecon/hallway-track "Hallway track" at notes/test.md:15
        speakers: ada-lovelace, alan-turing, grace-hopper, joan-clarke
        orgs: bletchley, navy
        themes: 
        warning: notes/test.md:15: session heading has no speakers
        "#,
    );
}

#[test]
fn guessed_speaker_lines_right_under_the_heading() {
    check(
        "# Conf

## Talks

### Rust in Production
_Ada Lovelace and Grace Hopper_

### Serverless Pitfalls
By Alan Turing & Joan Clarke | Conf 2023

### Kubernetes the Hard Way
Kelsey Hightower @kelseyhightower

### Great Ideas
*really great talk*
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/rust-in-production "Rust in Production" at notes/test.md:5
            speakers Ada Lovelace; Grace Hopper
          session conf/serverless-pitfalls "Serverless Pitfalls" at notes/test.md:8
            speakers Alan Turing; Joan Clarke
          session conf/kubernetes-the-hard-way "Kubernetes the Hard Way" at notes/test.md:11
            speakers Kelsey Hightower
          session conf/great-ideas "Great Ideas" at notes/test.md:14
            | *really great talk*
        speakers: ada-lovelace, alan-turing, grace-hopper, joan-clarke, kelsey-hightower
        orgs: 
        themes: 
        warning: notes/test.md:14: session heading has no speakers
        "#,
    );
}

#[test]
fn ordinals_languages_and_tracks() {
    check(
        "# FOSDEM

## Track: Security

### 1. Threat Modelling (EN) - Ada Lovelace
### B. [DE] Sichere Lieferketten - Bernd Bauer

## Track B

### 3. Supply Chains - Carol Chen [fr]
",
        r#"
        conference fosdem "FOSDEM" from notes/test.md
          session fosdem/threat-modelling "Threat Modelling" at notes/test.md:5
            speakers Ada Lovelace
            track Security
            language EN
          session fosdem/sichere-lieferketten "Sichere Lieferketten" at notes/test.md:6
            speakers Bernd Bauer
            track Security
            language DE
          session fosdem/supply-chains "Supply Chains" at notes/test.md:10
            speakers Carol Chen
            track Track B
            language FR
        speakers: ada-lovelace, bernd-bauer, carol-chen
        orgs: 
        themes: 
        "#,
    );
}

#[test]
fn a_heading_is_a_session_when_a_sibling_is() {
    check(
        "# Conf

## Talk One - Ada Lovelace

Notes.

### Details

Sub-heading notes stay in the session.

## Talk Two

No speaker here.

## Swag

Stickers.
",
        r#"
        conference conf "Conf" from notes/test.md
          section swag "Swag" at notes/test.md:15
            | Stickers.
          session conf/talk-one "Talk One" at notes/test.md:3
            speakers Ada Lovelace
            | Notes.
            | 
            | ### Details
            | 
            | Sub-heading notes stay in the session.
          session conf/talk-two "Talk Two" at notes/test.md:11
            | No speaker here.
        speakers: ada-lovelace
        orgs: 
        themes: 
        warning: notes/test.md:11: session heading has no speakers
        "#,
    );
}

#[test]
fn markers_tags_hashtags_wiki_links_and_matching() {
    check(
        "# Conf

## Key Themes

- Multi-cloud - clusters everywhere
- Developer experience (DevX) - tools
- Security
- Résilience - staying up

This paragraph is about the themes.

## Sessions

### One Cloud Is Not Enough - Ada Lovelace

Tags: observability, **Security**

- we run multicloud since 2020
- #finops and [[Platform Engineering]]
- `#notatag` and https://example.com/#fragment and issue #1

### Better Tools - Grace Hopper

- **Themes:** devx
- a Multi Cloud story about RESILIENCE, and devex
",
        r#"
        conference conf "Conf" from notes/test.md
          key theme multi-cloud "Multi-cloud"
            description "clusters everywhere"
          key theme developer-experience "Developer experience" aliases DevX
            description "tools"
          key theme security "Security"
          key theme resilience "Résilience"
            description "staying up"
          section key-themes "Key Themes" at notes/test.md:3
            | This paragraph is about the themes.
          session conf/one-cloud-is-not-enough "One Cloud Is Not Enough" at notes/test.md:14
            speakers Ada Lovelace
            theme observability (explicit)
            theme security (explicit)
            theme finops (explicit)
            theme multi-cloud (matched)
            | - we run multicloud since 2020
            | - #finops and [[Platform Engineering]]
            | - `#notatag` and https://example.com/#fragment and issue #1
          session conf/better-tools "Better Tools" at notes/test.md:22
            speakers Grace Hopper
            theme developer-experience (explicit)
            theme multi-cloud (matched)
            theme resilience (matched)
            | - a Multi Cloud story about RESILIENCE, and devex
        speakers: ada-lovelace, grace-hopper
        orgs: 
        themes: developer-experience, finops, multi-cloud, observability, resilience, security
        "#,
    );
}

#[test]
fn links_labelled_by_text_or_lead_word() {
    check(
        "# Conf

### Talk - Ada Lovelace

[Recording](https://youtu.be/x)
- Slides: [deck](https://example.com/deck.pdf)
Repo: https://github.com/ada/engine
- see [the blog](https://blog.example.com) for more
- [Video](https://v.example.com) was great, and so was the [Demo](https://d.example.com)
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/talk "Talk" at notes/test.md:3
            speakers Ada Lovelace
            link Recording https://youtu.be/x
            link Slides https://example.com/deck.pdf
            link Repo https://github.com/ada/engine
            link Video https://v.example.com
            link Demo https://d.example.com
            | - see [the blog](https://blog.example.com) for more
            | - [Video](https://v.example.com) was great, and so was the [Demo](https://d.example.com)
        speakers: ada-lovelace
        orgs: 
        themes: 
        "#,
    );
}

#[test]
fn duplicate_titles_get_suffixes_and_a_warning() {
    check(
        "# Conf

### Keynote - Ada Lovelace
### Keynote - Grace Hopper
### Keynote 2 - Alan Turing
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/keynote "Keynote" at notes/test.md:3
            speakers Ada Lovelace
          session conf/keynote-3 "Keynote" at notes/test.md:4
            speakers Grace Hopper
          session conf/keynote-2 "Keynote 2" at notes/test.md:5
            speakers Alan Turing
        speakers: ada-lovelace, alan-turing, grace-hopper
        orgs: 
        themes: 
        warning: notes/test.md:4: duplicate session title `Keynote` in conference `conf` (first at notes/test.md:3); its id gets a suffix
        "#,
    );
}

#[test]
fn unsafe_links_and_raw_html_are_reported() {
    check(
        "# Conf

### Talk - Ada Lovelace

- [click](javascript:alert(1)) and ![x](data:image/png;base64,AAAA)
- inline <b>bold</b> html

<div class=\"x\">
block
</div>
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/talk "Talk" at notes/test.md:3
            speakers Ada Lovelace
            | - [click](javascript:alert(1)) and ![x](data:image/png;base64,AAAA)
            | - inline <b>bold</b> html
            | 
            | <div class="x">
            | block
            | </div>
        speakers: ada-lovelace
        orgs: 
        themes: 
        warning: notes/test.md:5: link target `javascript:alert(1)` is not http(s), mailto, relative or a fragment; it is shown as text
        warning: notes/test.md:5: image target `data:image/png;base64,AAAA` is not http(s), mailto, relative or a fragment; it is shown as text
        warning: notes/test.md:6: raw HTML shown as text in 2 places, the first at line 6: `<b>`
        "#,
    );
}

#[test]
fn a_file_without_title_is_named_after_the_file() {
    check_files(
        &[(
            "notes/devopsdays-2023.md",
            "## Talk - Ada Lovelace\n\nNotes.\n",
        )],
        r#"
        conference devopsdays-2023 "devopsdays-2023" from notes/devopsdays-2023.md
          session devopsdays-2023/talk "Talk" at notes/devopsdays-2023.md:1
            speakers Ada Lovelace
            | Notes.
        speakers: ada-lovelace
        orgs: 
        themes: 
        warning: notes/devopsdays-2023.md:0: no `# Title` heading: the conference is named `devopsdays-2023` after the file
        "#,
    );
}

#[test]
fn front_matter_sessions_group_by_event() {
    check_files(
        &[
            (
                "notes/kubecon/secrets.md",
                "---
title: \"Shh, It’s a Secret: Managing Your Secrets\"
speakers:
  - Jake Wernette (IBM)
  - Josh Kayani, IBM
tags: [security, gitops]
event: KubeCon 2021
track: Security
date: 2021-10-14
lang: en
recording: https://example.com/rec
layout: post
colour: blue
---

- Argo CD centric
",
            ),
            (
                "notes/kubecon/dapr.md",
                "---
title: Microservices Made Easy!
speakers: Donovan Brown & Jessica Deen, Microsoft
categories: microservices, Security
event: KubeCon 2021
---

Notes about #dapr.
",
            ),
            (
                "notes/other/orphan.md",
                "---\ntitle: Lonely Talk\n---\n\nSpeaker: Ada Lovelace\n",
            ),
        ],
        r#"
        conference kubecon-2021 "KubeCon 2021" from notes/kubecon/dapr.md, notes/kubecon/secrets.md
          session kubecon-2021/microservices-made-easy "Microservices Made Easy!" at notes/kubecon/dapr.md:1
            speakers Donovan Brown @ Microsoft; Jessica Deen @ Microsoft
            theme microservices (explicit)
            theme security (explicit)
            theme dapr (explicit)
            | Notes about #dapr.
          session kubecon-2021/shh-it-s-a-secret-managing-your-secrets "Shh, It’s a Secret: Managing Your Secrets" at notes/kubecon/secrets.md:1
            speakers Jake Wernette @ IBM; Josh Kayani @ IBM
            track Security
            language EN
            date 2021-10-14
            link Recording https://example.com/rec
            theme security (explicit)
            theme gitops (explicit)
            | - Argo CD centric
        conference other "other" from notes/other/orphan.md
          session other/lonely-talk "Lonely Talk" at notes/other/orphan.md:1
            speakers Ada Lovelace
        speakers: ada-lovelace, donovan-brown, jake-wernette, jessica-deen, josh-kayani
        orgs: ibm, microsoft
        themes: dapr, gitops, microservices, security
        warning: notes/kubecon/secrets.md:2: front matter key `colour` is not used (the speakers are read from `speakers`, the recording from `video_url`, `youtube` or `recording`, the conference from `event`)
        warning: notes/other/orphan.md:1: front matter has no `event`: the session is grouped under conference `other`, after its folder
        "#,
    );
}

#[test]
fn broken_front_matter_is_reported_and_kept_visible() {
    check_files(
        &[(
            "notes/broken.md",
            "---
title: Shh: a secret
speakers: [Ada
---

# Conf

### Talk - Ada Lovelace
",
        )],
        r#"
        conference conf "Conf" from notes/broken.md
          section preamble "" at notes/broken.md:1
            | ---
            | title: Shh: a secret
            | speakers: [Ada
            | ---
          session conf/talk "Talk" at notes/broken.md:8
            speakers Ada Lovelace
        speakers: ada-lovelace
        orgs: 
        themes: 
        warning: notes/broken.md:2: front matter not understood: mapping values are not allowed in this context (a `: ` inside an unquoted value? put the value in quotes); the file is read as Markdown and the front matter stays in its notes
        "#,
    );
}

#[test]
fn conferences_with_the_same_title_merge_and_speakers_are_shared() {
    check_files(
        &[
            (
                "notes/a.md",
                "# KubeCon 2021\n\n### Talk A - Ada Lovelace, Acme\n",
            ),
            (
                "notes/b.md",
                "# KubeCon 2021\n\n## Notes\n\nMore.\n\n### Talk B - Ada  Lovelace & Grace Hopper, Navy\n",
            ),
        ],
        r#"
        conference kubecon-2021 "KubeCon 2021" from notes/a.md, notes/b.md
          section notes "Notes" at notes/b.md:3
            | More.
          session kubecon-2021/talk-a "Talk A" at notes/a.md:3
            speakers Ada Lovelace @ Acme
          session kubecon-2021/talk-b "Talk B" at notes/b.md:7
            speakers Ada Lovelace @ Navy; Grace Hopper @ Navy
        speakers: ada-lovelace, grace-hopper
        orgs: acme, navy
        themes: 
        "#,
    );
}

#[test]
fn containers_with_text_keep_it_as_a_section() {
    check(
        "# Conf

## Day 2 - Friday

We arrived late.

### Closing Keynote - Ada Lovelace
",
        r#"
        conference conf "Conf" from notes/test.md
          section day-2-friday "Day 2 - Friday" at notes/test.md:3
            | We arrived late.
          session conf/closing-keynote "Closing Keynote" at notes/test.md:7
            speakers Ada Lovelace
            day Day 2 - Friday
        speakers: ada-lovelace
        orgs: 
        themes: 
        "#,
    );
}

#[test]
fn front_matter_on_top_of_a_conference_file_names_the_conference() {
    check(
        "---
title: KubeCon EU 2022
date: 2022-05-18
---

# My notes

### Talk - Ada Lovelace
",
        r#"
        conference kubecon-eu-2022 "KubeCon EU 2022" from notes/test.md
          date 2022-05-18
          session kubecon-eu-2022/talk "Talk" at notes/test.md:8
            speakers Ada Lovelace
        speakers: ada-lovelace
        orgs:
        themes:
        "#,
    );
}

#[test]
fn children_of_a_talks_container_are_sessions_even_without_speakers() {
    check(
        "# Conf\r\n\r\n## Talks\r\n\r\n### Keynote\r\n\r\n> ## A quoted heading is notes\r\n\r\nSetext heading in notes?\r\n\r\n### Closing\r\n**Speakers:** Ada Lovelace, Grace Hopper\r\n",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/keynote "Keynote" at notes/test.md:5
            | > ## A quoted heading is notes
            |
            | Setext heading in notes?
          session conf/closing "Closing" at notes/test.md:11
            speakers Ada Lovelace; Grace Hopper
        speakers: ada-lovelace, grace-hopper
        orgs:
        themes:
        warning: notes/test.md:5: session heading has no speakers
        "#,
    );
}

#[test]
fn setext_headings_and_hashtag_only_lines() {
    check(
        "Conf
====

Talk - Ada Lovelace
-------------------

#kubernetes #security

Not a heading: #hashtag
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/talk "Talk" at notes/test.md:4
            speakers Ada Lovelace
            theme kubernetes (explicit)
            theme security (explicit)
            theme hashtag (explicit)
            | #kubernetes #security
            |
            | Not a heading: #hashtag
        speakers: ada-lovelace
        orgs:
        themes: hashtag, kubernetes, security
        "#,
    );
}

#[test]
fn a_theme_named_by_two_conferences_is_one_theme() {
    let lib = parse_support::parse_files(&[
        (
            "notes/a.md",
            "# A\n\n## Key Themes\n\n- Security - locks\n\n### T - Ada\n\nsecurity\n",
        ),
        (
            "notes/b.md",
            "# B\n\n## Key Themes\n\n- security - keys\n\n### U - Bob\n\n#Security\n",
        ),
    ]);
    assert_eq!(lib.themes.len(), 1);
    let t = &lib.themes[0];
    assert_eq!(
        (t.name.as_str(), t.description.as_str()),
        ("Security", "locks")
    );
    assert_eq!(t.conferences, [0, 1]);
    assert_eq!(t.sessions, [0, 1]);
    assert!(lib.diagnostics.is_empty(), "{:?}", lib.diagnostics);
}

#[test]
fn front_matter_edge_cases() {
    check_files(
        &[
            (
                "notes/conf/h1-title.md",
                "---\nevent: DevConf\nspeakers: Ada Lovelace, Grace Hopper\ntags: rust\n---\n\n# Safe Systems\n\n_Alan Turing_\n\nNotes with a [Video](https://v.example.com).\n",
            ),
            (
                "notes/conf/unclosed.md",
                "---\ntitle: Oops\n\n# Unclosed Conf\n\n### Talk - Ada Lovelace\n",
            ),
            (
                "notes/conf/empty.md",
                "---\n---\n# Empty Front Matter Conf\n\n### Talk - Ada Lovelace\n",
            ),
        ],
        r#"
        conference devconf "DevConf" from notes/conf/h1-title.md
          session devconf/safe-systems "Safe Systems" at notes/conf/h1-title.md:1
            speakers Ada Lovelace; Grace Hopper; Alan Turing
            link Video https://v.example.com
            theme rust (explicit)
            | Notes with a [Video](https://v.example.com).
        conference empty-front-matter-conf "Empty Front Matter Conf" from notes/conf/empty.md
          session empty-front-matter-conf/talk "Talk" at notes/conf/empty.md:5
            speakers Ada Lovelace
        conference unclosed-conf "Unclosed Conf" from notes/conf/unclosed.md
          section preamble "" at notes/conf/unclosed.md:1
            | ---
            | title: Oops
          session unclosed-conf/talk "Talk" at notes/conf/unclosed.md:6
            speakers Ada Lovelace
        speakers: ada-lovelace, alan-turing, grace-hopper
        orgs:
        themes: rust
        warning: notes/conf/unclosed.md:1: front matter has no closing `---` line; the file is read as Markdown
        "#,
    );
}

#[test]
fn session_links_keep_only_targets_a_page_may_link_to() {
    check(
        "# Hostile Conf

### Payload Talk - Eve Mallory

[Recording](javascript:alert(1))

[Slides](slides/deck.pdf) and [Video](https://example.com/v)
",
        r#"
        conference hostile-conf "Hostile Conf" from notes/test.md
          session hostile-conf/payload-talk "Payload Talk" at notes/test.md:3
            speakers Eve Mallory
            link Slides notes/slides/deck.pdf
            link Video https://example.com/v
            | [Recording](javascript:alert(1))
            |
            | [Slides](slides/deck.pdf) and [Video](https://example.com/v)
        speakers: eve-mallory
        orgs: 
        themes: 
        warning: notes/test.md:5: link target `javascript:alert(1)` is not http(s), mailto, relative or a fragment; it is shown as text
        "#,
    );
}

#[test]
fn front_matter_links_with_unsafe_schemes_are_dropped_and_reported() {
    check_files(
        &[(
            "notes/talk.md",
            "---\ntitle: Payload\nspeakers: Eve Mallory\nevent: Hostile Conf\nrecording: \"javascript:alert(1)\"\nslides: https://example.com/s\n---\nBody.\n",
        )],
        r#"
        conference hostile-conf "Hostile Conf" from notes/talk.md
          session hostile-conf/payload "Payload" at notes/talk.md:1
            speakers Eve Mallory
            link Slides https://example.com/s
            | Body.
        speakers: eve-mallory
        orgs: 
        themes: 
        warning: notes/talk.md:5: link target `javascript:alert(1)` is not http(s), mailto, relative or a fragment; it is left out
        "#,
    );
}

#[test]
fn video_players_are_recordings_and_br_is_no_raw_html() {
    check(
        "# Conf

### Players - Ada Lovelace

<div class=\"video\">
  <iframe width=\"560\" src=\"https://www.youtube-nocookie.com/embed/abc_D-1?si=x&amp;t=3\"
    allowfullscreen></iframe>
</div>

Line one<br>line two<BR/>line three

### Shortcodes - Grace Hopper

{% vimeo 146022717 %}

| Talk | Notes |
|---|---|
| A | one<br />two |

### Include - Alan Turing

{% include youtube.html id=\"xyz_1\" %}

### Hostile - Joan Clarke

{% youtube \"><script> %} and <iframe src=\"javascript:alert(1)\"></iframe>

<iframe src=\"https://open.spotify.com/embed/episode/x\"></iframe>
",
        r#"
        conference conf "Conf" from notes/test.md
          session conf/players "Players" at notes/test.md:3
            speakers Ada Lovelace
            link YouTube https://www.youtube.com/watch?v=abc_D-1
            | <div class="video">
            |   <iframe width="560" src="https://www.youtube-nocookie.com/embed/abc_D-1?si=x&amp;t=3"
            |     allowfullscreen></iframe>
            | </div>
            | 
            | Line one<br>line two<BR/>line three
          session conf/shortcodes "Shortcodes" at notes/test.md:12
            speakers Grace Hopper
            link Vimeo https://vimeo.com/146022717
            | {% vimeo 146022717 %}
            | 
            | | Talk | Notes |
            | |---|---|
            | | A | one<br />two |
          session conf/include "Include" at notes/test.md:20
            speakers Alan Turing
            link YouTube https://www.youtube.com/watch?v=xyz_1
            | {% include youtube.html id="xyz_1" %}
          session conf/hostile "Hostile" at notes/test.md:24
            speakers Joan Clarke
            | {% youtube "><script> %} and <iframe src="javascript:alert(1)"></iframe>
            | 
            | <iframe src="https://open.spotify.com/embed/episode/x"></iframe>
        speakers: ada-lovelace, alan-turing, grace-hopper, joan-clarke
        orgs: 
        themes: 
        warning: notes/test.md:26: raw HTML shown as text in 2 places, the first at line 26: `<script>`
        "#,
    );
}
