//! A small driver for profiling parse+index natively, e.g. under callgrind:
//!
//! ```text
//! cargo build --profile bench -p confnotes-core --example parse_profile
//! valgrind --tool=callgrind --toggle-collect=parse_profile::run \
//!     $CARGO_TARGET_DIR/release/examples/parse_profile 10000
//! ```
//!
//! (`--toggle-collect` counts parse+index only, not the corpus generation;
//! the bench profile builds into `release/`.)
//!
//! Arguments: `[sessions (10000)] [iterations (1)] [--digest] [--steps]`.
//! Prints the fastest iteration's time and throughput; `--digest` also
//! prints a hash of the whole Library and Index (their `Debug` text), to
//! check that an optimisation changed nothing; `--steps` times the stepped
//! builds (`LibraryBuilder::finish_in_steps`, `Index::builder`) and prints
//! their number of steps and longest step (best of the iterations), the
//! figure that bounds a browser's main-thread task between yields.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use confnotes_core::model::{Library, SourceFile};
use confnotes_core::parse::LibraryBuilder;
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, parse};
use confnotes_corpus as corpus;

/// The number of steps `step` takes to return `true`, and the longest.
fn time_steps(mut step: impl FnMut() -> bool) -> (usize, f64) {
    let (mut n, mut longest) = (0, 0f64);
    loop {
        let t = Instant::now();
        let done = step();
        longest = longest.max(t.elapsed().as_secs_f64());
        n += 1;
        if done {
            return (n, longest);
        }
    }
}

/// Parse + index, out of line so callgrind can count it alone.
#[inline(never)]
fn run(files: &[SourceFile]) -> (Library, Index) {
    let lib = parse(files, &NativeUnicode);
    let index = Index::new(&lib, &NativeUnicode);
    (lib, index)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let digest = args.iter().any(|a| a == "--digest");
    let steps = args.iter().any(|a| a == "--steps");
    let nums: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sessions = nums.first().copied().unwrap_or(10_000);
    let iterations = nums.get(1).copied().unwrap_or(1).max(1);
    let files = corpus::generate(sessions, 1);
    let bytes = corpus::total_bytes(&files);
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..iterations {
        let t = Instant::now();
        let out = run(&files);
        best = best.min(t.elapsed().as_secs_f64());
        last = Some(out);
    }
    // Parse and index alone, for where the time goes.
    let (mut best_parse, mut best_index) = (f64::INFINITY, f64::INFINITY);
    if iterations > 1 {
        for _ in 0..iterations {
            let t = Instant::now();
            let lib = parse(&files, &NativeUnicode);
            best_parse = best_parse.min(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let index = Index::new(&lib, &NativeUnicode);
            best_index = best_index.min(t.elapsed().as_secs_f64());
            drop((lib, index));
        }
    }
    println!(
        "{sessions} sessions, {:.2} MB: best {:.1} ms, {:.1} MB/s (parse {:.1} ms, index {:.1} ms)",
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / 1e6 / best,
        best_parse * 1e3,
        best_index * 1e3,
    );
    if steps {
        let (mut finish, mut index) = ((0, f64::INFINITY), (0, f64::INFINITY));
        for _ in 0..iterations {
            let mut b = LibraryBuilder::new(&NativeUnicode);
            for f in &files {
                b.add(f);
            }
            let mut fin = b.finish_in_steps();
            let (n, longest) = time_steps(|| fin.step());
            finish = (n, finish.1.min(longest));
            let lib = fin.into_library();
            let mut ib = Index::builder(&lib, &NativeUnicode);
            let (n, longest) = time_steps(|| ib.step(&lib));
            index = (n, index.1.min(longest));
            drop(ib.finish(&lib));
        }
        println!(
            "stepped: finish {} steps, longest {:.1} ms; index {} steps, longest {:.1} ms",
            finish.0,
            finish.1 * 1e3,
            index.0,
            index.1 * 1e3,
        );
    }
    if digest && let Some((lib, index)) = last {
        let mut h = DefaultHasher::new();
        format!("{lib:?}").hash(&mut h);
        format!("{index:?}").hash(&mut h);
        println!("digest {:016x}", h.finish());
    }
}
