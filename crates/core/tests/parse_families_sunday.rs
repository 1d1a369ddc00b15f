//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-05 at 10:05 UTC (holdout120 onwards),
//! each pinned down with Markdown in and sessions out (`title | speakers
//! (org) | recording`), with the near misses that must stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn links_to_a_catalogues_talk_pages_with_codes_long_titles_and_split_links() {
    // A list of sessions to watch: each a link to its page in the
    // programme, its code escaped in brackets after the title; a title of
    // more than twenty words; a title split into two links to one page.
    check(
        "# NVIDIA GTC Fall 2021

## Data Science

[Accelerating Data Science: State of RAPIDS \\[A31490\\]](https://reg.rainfocus.com/flow/nvidia/nvidiagtc/ap2/page/sessioncatalog/session/1630103281630001hB1u)

**Reason to watch:** A 55-minute overview of the state of RAPIDS.

## Inference

[NVIDIA Triton Inference Server on AWS: Customer success stories and AWS deployment methods to optimize inference throughput, reduce latency, and lower GPU or CPU inference costs. \\[SE31488\\]](https://reg.rainfocus.com/flow/nvidia/nvidiagtc/ap2/page/sessioncatalog/session/16301005050970010fZk)

**Reason to watch:** customer stories.

## Retail

[One of the World's Top Retailers is Bringing AI-Powered](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001ivzU) [Convenience to a Store Near You \\[A31359\\]](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001ivzU)

**Reason to watch:** retail.

[Real-time AI Processing at the Edge (ES2015)](https://events.rainfocus.com/widget/nvidia/nvidiagtc/sessioncatalog/session/1629756171973001xxxx)
",
        &[
            "Accelerating Data Science: State of RAPIDS |  | ",
            "NVIDIA Triton Inference Server on AWS: Customer success stories and AWS deployment methods to optimize inference throughput, reduce latency, and lower GPU or CPU inference costs. |  | ",
            "One of the World's Top Retailers is Bringing AI-Powered Convenience to a Store Near You |  | ",
            "Real-time AI Processing at the Edge (ES2015) |  | ",
        ],
    );
}
