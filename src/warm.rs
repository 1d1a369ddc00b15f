//! Warms the engine off the main thread.
//!
//! Browsers compile a wasm function the first time it is called (lazy
//! compilation), on the thread that calls it. The first notes file the app
//! parses would compile most of the parser, in one task that no slicing
//! can split (a 65 kB file: 50–95 ms cold, 25–60 ms after the warm-up; see
//! BENCHMARKS.md, "Warm-up in a worker"). `public/boot.js` hands the compiled
//! module to a worker (`public/warm.js`) while the page starts it; there
//! `main` finds no window and runs [`run`] instead of the app, which takes
//! a small bundle through the same path as the site's notes: decode, parse,
//! link, index, a query and a rendered session. The code it compiles is
//! the module's, shared with the page, so the page finds it compiled.
//! Nothing the worker makes is kept: it is closed when this returns.

use std::collections::HashSet;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use confnotes_core::Query;
use confnotes_core::query::{UserFacts, evaluate};
use confnotes_core::render::{RenderOptions, render_markdown};

use crate::unicode::BrowserUnicode;

/// Notes in the layouts the parser meets most: a conference with its
/// sessions and speaker lines, and a one-session file with front matter.
const SAMPLE: &str = include_str!("warm-sample.md");
const SAMPLE_ONE: &str = include_str!("warm-sample-one.md");

/// True when this instance runs in a page (and so is the app).
pub fn in_page() -> bool {
    web_sys::window().is_some()
}

/// Runs the load path once on the sample notes. (Once is enough to
/// compile. More rounds, which also have the browser optimise the hot
/// functions, made the first files of a big bundle faster only when the
/// page waited for them, and on two cores took CPU from the page: see
/// BENCHMARKS.md, "Warm-up in a worker".)
pub fn run() {
    // The bundle as post-build.mjs writes it (its texts escaped by
    // serde_json; `json!` would bring `Value`'s writer into the wasm).
    let (Ok(sample), Ok(sample_one)) = (
        serde_json::to_string(SAMPLE),
        serde_json::to_string(SAMPLE_ONE),
    ) else {
        return;
    };
    let json = format!(
        r#"{{"version":1,"files":[{{"path":"notes/warm.md","text":{sample}}},{{"path":"notes/warm/one-session.md","text":{sample_one}}}],"assets":[]}}"#
    );
    // Outside a page neither the decode nor the parse yields
    // (`notes::now` is 0 there, so no slice ever runs out): one poll runs
    // each to the end.
    let mut decode = pin!(crate::notes::decode(json.as_bytes()));
    let Poll::Ready(Ok(fetched)) = decode
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    else {
        return;
    };
    let mut parse = pin!(crate::notes::parse(
        fetched.site,
        &[],
        fetched.assets,
        Default::default(),
        None,
    ));
    let Poll::Ready(notes) = parse.as_mut().poll(&mut Context::from_waker(Waker::noop())) else {
        return;
    };
    let facts = Arc::new(UserFacts::default());
    let unicode = BrowserUnicode;
    let mut results = evaluate(
        &notes.library,
        &notes.index,
        &Query::default(),
        &facts,
        &unicode,
    );
    for text in ["k", "kubernetes secur"] {
        let q = Query::from_url(&format!("q={text}"));
        results = evaluate(&notes.library, &notes.index, &q, &facts, &unicode);
    }
    let assets = HashSet::new();
    let local_images = Default::default();
    if let Some(s) = notes.library.sessions.first() {
        let opts = RenderOptions {
            base: "notes",
            highlight: &results.terms,
            assets: Some(&assets),
            local_images: Some(&local_images),
            unicode: &unicode,
        };
        let _ = render_markdown(&s.markdown, &opts);
    }
}
