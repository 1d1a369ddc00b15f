//! Fuzz target: any bytes, decoded as a notes file, parsed, and every
//! session and section rendered. Panics, hangs and runaway memory are bugs.

#![no_main]

use confnotes_core::parse::{LibraryBuilder, source_from_bytes};
use confnotes_core::render::{RenderOptions, render_markdown};
use confnotes_core::text::NativeUnicode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(file) = source_from_bytes("notes/fuzz.md", data.to_vec()) else {
        return;
    };
    let mut builder = LibraryBuilder::new(&NativeUnicode);
    builder.add(&file);
    let lib = builder.finish();
    let opts = RenderOptions { base: "notes/", highlight: &[], assets: None, unicode: &NativeUnicode };
    for s in &lib.sessions {
        let _ = render_markdown(&s.markdown, &opts);
    }
    for c in &lib.conferences {
        for s in &c.sections {
            let _ = render_markdown(&s.markdown, &opts);
        }
    }
});
