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
