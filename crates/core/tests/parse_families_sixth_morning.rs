//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 03:44 UTC (holdout169 and
//! holdout170), each pinned down with Markdown in and sessions out
//! (`title | speakers (org) | recording`), with the near misses that must
//! stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_speaker_a_colon_a_bold_title_and_the_event_in_parentheses() {
    // A curated list of recorded talks: `Name: **Title** (Event)`, the
    // video in a nested item.
    check(
        "# Must-watch videos about Python

## 2007
* Alex Martelli: **Python Design Patterns** (Google Developers Day US)
    * Video: [youtube](https://www.youtube.com/watch?v=0vJJlVBVTFg) [00:44:02]
    * [Slides](http://www.aleax.it/gdd_pydp.pdf)

* Thomas Wouters: **Advanced Python (or understanding Python)** (Google)
    * Video: [youtube](https://www.youtube.com/watch?v=uOzdG3lwcB4) [01:15:43]

## 2009
* David Beazley: **Inside the Python GIL**
    * Video: [youtube](https://www.youtube.com/watch?v=ph374fJqFPE) [01:01:03]
",
        &[
            "Python Design Patterns | Alex Martelli | https://www.youtube.com/watch?v=0vJJlVBVTFg",
            "Advanced Python (or understanding Python) | Thomas Wouters | https://www.youtube.com/watch?v=uOzdG3lwcB4",
            "Inside the Python GIL | David Beazley | https://www.youtube.com/watch?v=ph374fJqFPE",
        ],
    );
    // Near miss: after a colon, words in italics are a note's emphasis,
    // not the title alone, and text after the bold that is more than one
    // parenthesis stays with the item as before.
    check(
        "# Talks

* Alex Martelli: **Python Design Patterns** and more, at GDD
    * Video: [youtube](https://www.youtube.com/watch?v=0vJJlVBVTFg)
* David Beazley: **Inside the Python GIL** explained again
    * Video: [youtube](https://www.youtube.com/watch?v=ph374fJqFPE)
",
        &[
            "Python Design Patterns and more, at GDD | Alex Martelli | https://www.youtube.com/watch?v=0vJJlVBVTFg",
            "Inside the Python GIL explained again | David Beazley | https://www.youtube.com/watch?v=ph374fJqFPE",
        ],
    );
}
