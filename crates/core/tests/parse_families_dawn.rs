//! Layouts of real notes learnt from the misses of the held-out sets
//! (holdout85 to holdout91) in the stop that began 2026-12-05 at 00:53
//! UTC, each pinned down with Markdown in and sessions out (`title |
//! speakers (org) | recording`), with the near misses that must stay as
//! they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn meetups_over_the_talks_given_at_them() {
    // A meetup group's page: one item per evening, most with no talk
    // named, some over the talks given, in two styles.
    check(
        "---
layout: page_full
title: Meetups
---

* [26th Meetup](https://www.meetup.com/PyData-London-Meetup/events/233441395/)
  * Pav Andriychenko on Jupyter Web Apps and other Jovian tricks: [slides](https://github.com/rs2/talk/blob/master/slides.ipynb) and [docker](https://github.com/rs2/talk/tree/master/docker)
* [25th Meetup](http://www.meetup.com/PyData-London-Meetup/events/232533453/)
  * Matt Cloke and Narendra Tumkur on [The Science and Art of Systems Engineering](https://github.com/clokey/pydata_london_meetup/)
  * Yaz Santissi on [Image Recognition with TensorFlow using Python](http://www.slideshare.net/YazSantissi/image-recognition-with-tensorflow)
* [24th Meetup](http://www.meetup.com/PyData-London-Meetup/events/231933936/)
* [19th Meetup](http://www.meetup.com/PyData-London-Meetup/events/227267769/) - Deep Learning
* [13th Meetup](http://www.meetup.com/PyData-London-Meetup/events/223254354/)
  * [James Blackburn](https://www.linkedin.com/in/jbblackburn) - *High-performance IoT and financial data storage with Python and MongoDB*
    ([slides](http://www.slideshare.net/JamesBlackburn1/iot),
    [demo](https://github.com/manahl/arctic/blob/master/howtos/demo.py),
    [GitHub](https://github.com/manahl/arctic))
  * [Moreno Bonaventura](https://www.linkedin.com/in/morenobonaventura) - *Network analysis of large time-varying graphs with [NetworkL](http://networkl.github.io)*
  * [Robert Johnson](http://sporting-advantage.co.uk) - *Modelling Tennis* ([slides](http://www.sporting-advantage.co.uk/presentations/tennis.pdf))
* [1st Meetup](http://www.meetup.com/PyData-London-Meetup/events/179396812/) - June 3 2014 - Celebratory First Meetup
  * Chipp Jansen - *Kinect and Stone: auto-sculpting using Python and a Kinect scanner*
  * [Ian Huston](https://twitter.com/ianhuston) (Pivotal Labs) - *Introducing Pivotal's open source stack*
  * Sam Colvin - [*Julia by Example*](http://nbviewer.ipython.org/github/samuelcolvin/julia-slideshow/blob/master/Lightning.ipynb)
",
        &[
            "Jupyter Web Apps and other Jovian tricks | Pav Andriychenko | ",
            "The Science and Art of Systems Engineering | Matt Cloke; Narendra Tumkur | ",
            "Image Recognition with TensorFlow using Python | Yaz Santissi | ",
            "High-performance IoT and financial data storage with Python and MongoDB | James Blackburn | ",
            "Network analysis of large time-varying graphs with NetworkL | Moreno Bonaventura | ",
            "Modelling Tennis | Robert Johnson | ",
            "Kinect and Stone: auto-sculpting using Python and a Kinect scanner | Chipp Jansen | ",
            "Introducing Pivotal's open source stack | Ian Huston (Pivotal Labs) | ",
            "Julia by Example | Sam Colvin | ",
        ],
    );
}

#[test]
fn dated_meetup_talks_led_by_the_speakers_page() {
    // Each item the evening's date, the speaker linked to a homepage or
    // profile, then the title (plain, with a link inside, or a link of
    // its own), the materials in parentheses on the next lines.
    check(
        "# HaskellerZ

## 2017 meetups

* 2017-02-08 - [Ben Lippmeier](http://benl.ouroborus.net/) - [The Disciplined Disciple Compiler (DDC)](http://disciple.ouroborus.net/)
               ([video](https://www.youtube.com/watch?v=QShfhs7nToI),
                [slides](meetups/2017-Escape.pdf))
* 2017-02-23 - [Niklas Hambüchen](https://github.com/nh2) - FRP browser programming with Reflex
               ([video](https://youtu.be/dNGClNsnn24),
                [slides](meetups/reflex-slides.pdf))
* 2017-04-06 - [Tomas Carnecky](https://github.com/wereHamster) - Writing web applications with [Nauva](https://github.com/wereHamster/nauva)
* 2017-04-27 - [Andreas Lochbihler](http://www.infsec.ethz.ch/people/andreloc.html) - Functional Programming and Proving in [Isabelle/HOL](http://isabelle.in.tum.de/)
               ([demo file](meetups/Demo.thy),
                [video](https://www.youtube.com/watch?v=cIX3WVO48RY))
* 2017-06-29 - open slot
* 2018-09-20 - [Simon Meier](https://github.com/meiersi) - Test-Driven Development of a Unification Algorithm
               (video - tbd,
                [slides](meetups/tdd_unif.md))
",
        &[
            "The Disciplined Disciple Compiler (DDC) | Ben Lippmeier | https://www.youtube.com/watch?v=QShfhs7nToI",
            "FRP browser programming with Reflex | Niklas Hambüchen | https://youtu.be/dNGClNsnn24",
            "Writing web applications with Nauva | Tomas Carnecky | ",
            "Functional Programming and Proving in Isabelle/HOL | Andreas Lochbihler | https://www.youtube.com/watch?v=cIX3WVO48RY",
            "Test-Driven Development of a Unification Algorithm | Simon Meier | ",
        ],
    );
}

#[test]
fn an_event_over_its_talks_among_dated_talks() {
    // Talks on their dates, and a weekend event over the talks given at
    // it: a dated talk is no event, and the event is no talk.
    check(
        "# HaskellerZ

## 2016 meetups

* 2016-10-27: Carl Baatz - Build yourself a Haskell web framework
  ([slides](https://cbaatz.github.io/build-a-haskell-web-framework/),
  [video](https://www.youtube.com/watch?v=etuSnom2v2M))

* 2016-07-22 - 2016-07-24: [ZuriHac 2016](https://wiki.haskell.org/ZuriHac2016)
  * 2016-07-22: *Francesco Mazzoli* - Parallelizing and distributing scientific software in Haskell
    ([video](https://www.youtube.com/watch?v=4py8BYIw1DI))
  * 2016-07-23: *Edward Kmett* - Monad Homomorphisms (keynote)
    ([video](https://www.youtube.com/watch?v=YTaNkWjd-ac))

* 2016-01-28: Simon Meier - A primer to commercial Haskell programming
  ([slides](meetups/commercial_haskell_primer.md),
  [video](https://www.youtube.com/watch?v=ywOvfjpbYR4))
",
        &[
            "Build yourself a Haskell web framework | Carl Baatz | https://www.youtube.com/watch?v=etuSnom2v2M",
            "Parallelizing and distributing scientific software in Haskell | Francesco Mazzoli | https://www.youtube.com/watch?v=4py8BYIw1DI",
            "Monad Homomorphisms | Edward Kmett | https://www.youtube.com/watch?v=YTaNkWjd-ac",
            "A primer to commercial Haskell programming | Simon Meier | https://www.youtube.com/watch?v=ywOvfjpbYR4",
        ],
    );
}

#[test]
fn near_misses_of_events_and_persons_in_lists() {
    // A title after its video (`Name, [video](…), [regIRT](…)`) is still
    // the title.
    check(
        "---
title: useR 2019 debrief
---

Here is a summary of the most interesting talks I saw:

* Michela Battauz,
  [video](https://www.youtube.com/watch?v=UsIcI3-pXiE),
  [regIRT](https://github.com/micbtz/regIRT/) for L1-regularized Item
  Response Theory models.
* Erin LeDell, [video](https://www.youtube.com/watch?v=5EHHGBYaIqE),
  [benchmarking ML
  systems](http://www.user2019.fr/static/pres/t258053.pdf).
* Michel Lang, [video](https://www.youtube.com/watch?v=wsP2hiFnDQs),
  [mlr3](http://www.user2019.fr/static/pres/t258076.pdf) machine
  learning framework.
",
        &[
            "regIRT | Michela Battauz | https://www.youtube.com/watch?v=UsIcI3-pXiE",
            "benchmarking ML systems | Erin LeDell | https://www.youtube.com/watch?v=5EHHGBYaIqE",
            "mlr3 | Michel Lang | https://www.youtube.com/watch?v=wsP2hiFnDQs",
        ],
    );
    // A talk named after the event it was given at, with notes under
    // it, is still the talk: its notes are no talks.
    check(
        "# My talks

* [Scaling Prometheus at KubeCon EU 2019](https://www.youtube.com/watch?v=abc123) - Jane Doe
  * the slides are on speakerdeck
  * we cut the memory use in half
* [Kubernetes Operators in Practice](https://www.youtube.com/watch?v=def456) - Jane Doe
  * questions about the reconcile loop
",
        &[
            "Scaling Prometheus at KubeCon EU 2019 | Jane Doe | https://www.youtube.com/watch?v=abc123",
            "Kubernetes Operators in Practice | Jane Doe | https://www.youtube.com/watch?v=def456",
        ],
    );
    // `Thoughts on [a library](…)` names nobody.
    check(
        "# PyData London 2016

* [Time Series with PyFlux](https://speakerdeck.com/rjt/pyflux) - Ross Taylor
* Thoughts on [pandas](https://pandas.pydata.org/) and why we use it
* [Softmax: the softer side of data science](https://slides.com/js/softmax) - John Sandall
",
        &[
            "Time Series with PyFlux | Ross Taylor | ",
            "Softmax: the softer side of data science | John Sandall | ",
        ],
    );
}
