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
