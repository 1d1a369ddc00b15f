//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 13:04 UTC (the misses left in
//! holdout173 and holdout174, then holdout175 and holdout176), each
//! pinned down with Markdown in and sessions out (`title | speakers (org)
//! | recording`), with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_programme_as_paragraphs_each_a_slot_and_a_bold_title() {
    // A workshop's programme: each paragraph a slot, the title in bold
    // (linking to its slides) and who gave it after a dash. The keynote's
    // slot names only the kind and the speaker, its title on a `Title:`
    // line below; the panel's topic is on a bold `Topic:` line, with its
    // moderator and panelists. The welcome, breaks and close are no
    // talks, and `## Organizers` is no talk either.
    check(
        "# Graal Workshop 2020

The workshop was held at CGO in San Diego.

## Program
9:00 AM - **[Welcome](GraalCGO2020.pdf)**

9:15 AM - **Keynote:**  Tom Rodriguez (Oracle Labs)

Title:    **[Graal as a native JIT in GraalVM](libgraal.pdf)**
Abstract: This talk will discuss the design of libgraal.

10:15 AM - **[How to statically compile a serverless application to survive the biggest bursty
               traffic in the world](static.pdf)** - Ziyi Lin, Yifei Zhang and Sanhong Li (Alibaba Group Inc.)

10:45 AM - Break

11:00 AM - **[JRuby on Graal: Performance and AOT explorations](JRuby.pdf)** - Charles Nutter (Red Hat Inc.)

2:00 PM - **[Visualizing Graal](VisualizingGraal.pdf)** - Chris Seaton (Shopify)

4:00 PM - Panel Session

**Topic: The GraalVM Compiler: looking ahead with 2020 vision?**
Moderator: Chris Thalinger (@christhalinger)
Panelists: Christian Wimmer (Oracle Labs), Kingsum Chow (Alibaba)

5:00 PM - Close

## Organizers

Uma Srinivasan (Twitter: [@umatweep](https://twitter.com/umatweep)), Flavio Brasil (Twitter: [@flaviowbrasil](https://twitter.com/flaviowbrasil))
",
        &[
            "Graal as a native JIT in GraalVM | Tom Rodriguez (Oracle Labs) | ",
            "How to statically compile a serverless application to survive the biggest bursty traffic in the world | Ziyi Lin; Yifei Zhang; Sanhong Li (Alibaba Group Inc.) | ",
            "JRuby on Graal: Performance and AOT explorations | Charles Nutter (Red Hat Inc.) | ",
            "Visualizing Graal | Chris Seaton (Shopify) | ",
            "The GraalVM Compiler: looking ahead with 2020 vision? | Chris Thalinger; Christian Wimmer (Oracle Labs); Kingsum Chow (Alibaba) | ",
        ],
    );
    // Near miss: two such lines in a talk's notes are no schedule; the
    // heading stays one talk.
    check(
        "# Conf 2020

## Scaling Graal at Shopify

Speaker: Chris Seaton

10:15 AM - **Demo** - the compiler graph, live

10:30 AM - **Questions** - mostly about warm-up
",
        &["Scaling Graal at Shopify | Chris Seaton | "],
    );
    // Near miss: a talk with a `Title:` line under it and no slots is
    // still that heading's talk.
    check(
        "# Conf 2020

## Keynote

Title: **Graal as a native JIT in GraalVM**

Speaker: Tom Rodriguez (Oracle Labs)
",
        &["Graal as a native JIT in GraalVM | Tom Rodriguez (Oracle Labs) | "],
    );
}
