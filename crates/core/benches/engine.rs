//! Engine benchmarks: parse + index a generated corpus (`confnotes_corpus::generate`)
//! of 100, 1,000 and 10,000 sessions (~1 KB of notes each, ~10 MB at 10k),
//! and evaluate queries with facet counts over them.
//!
//! Run: `cargo bench -p confnotes-core --bench engine -- --warm-up-time 1
//! --measurement-time 3`. Throughput is reported against the corpus size,
//! so parse+index reads as MB/s of notes. Before the timings, the run prints
//! the memory the Library and Index hold, counted by a wrapping allocator,
//! against the corpus size (the goal: at most 6x at 10 MB).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use confnotes_core::model::{Library, SourceFile};
use confnotes_core::query::{Query, UserFacts, evaluate};
use confnotes_core::text::NativeUnicode;
use confnotes_core::{Index, parse};
use confnotes_corpus as corpus;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const SIZES: [usize; 3] = [100, 1_000, 10_000];
const SEED: u64 = 1;

/// The corpus of `n` sessions, its size, and its parsed Library and Index.
fn setup(n: usize) -> (Vec<SourceFile>, u64, Library, Index) {
    let files = corpus::generate(n, SEED);
    let bytes = corpus::total_bytes(&files) as u64;
    let before = ALLOCATED.load(Ordering::Relaxed);
    let lib = parse(&files, &NativeUnicode);
    let after_lib = ALLOCATED.load(Ordering::Relaxed);
    let index = Index::new(&lib, &NativeUnicode);
    let after_index = ALLOCATED.load(Ordering::Relaxed);
    let mb = |b: usize| b as f64 / 1e6;
    let lib_b = after_lib.saturating_sub(before);
    let idx_b = after_index.saturating_sub(after_lib);
    println!(
        "memory n={n}: corpus {:.2} MB, library {:.2} MB, index {:.2} MB \
         (heap_bytes {:.2} MB); library+index = {:.2}x corpus, with the sources {:.2}x; \
         {} sessions, {} speakers, {} orgs, {} themes",
        mb(bytes as usize),
        mb(lib_b),
        mb(idx_b),
        mb(index.heap_bytes()),
        (lib_b + idx_b) as f64 / bytes as f64,
        (lib_b + idx_b + bytes as usize) as f64 / bytes as f64,
        lib.sessions.len(),
        lib.speakers.len(),
        lib.orgs.len(),
        lib.themes.len(),
    );
    (files, bytes, lib, index)
}

fn parse_and_index(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_index");
    group.sample_size(10);
    for n in SIZES {
        let files = corpus::generate(n, SEED);
        group.throughput(Throughput::Bytes(corpus::total_bytes(&files) as u64));
        group.bench_with_input(BenchmarkId::new("parse+index", n), &files, |b, files| {
            b.iter(|| {
                let lib = parse(black_box(files), &NativeUnicode);
                Index::new(&lib, &NativeUnicode)
            })
        });
        let lib = parse(&files, &NativeUnicode);
        group.bench_with_input(BenchmarkId::new("index", n), &lib, |b, lib| {
            b.iter(|| Index::new(black_box(lib), &NativeUnicode))
        });
    }
    group.finish();
}

/// Query strings benchmarked: ids exist in every generated corpus.
const QUERIES: [(&str, &str); 5] = [
    ("none", ""),
    ("text", "q=kube"),
    ("text2", "q=secur+production"),
    ("facets", "theme=security&theme=observability&org=microsoft"),
    ("text+facets", "q=platform&theme=security&day=day-1"),
];

fn queries(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    for n in SIZES {
        let (_files, bytes, lib, index) = setup(n);
        let user = UserFacts::default();
        group.throughput(Throughput::Bytes(bytes));
        for (name, url) in QUERIES {
            let q = Query::from_url(url);
            let r = evaluate(&lib, &index, &q, &user, &NativeUnicode);
            println!(
                "query {name} n={n}: {} of {} sessions, {} facet values",
                r.sessions.len(),
                r.total,
                r.facets.iter().map(|f| f.values.len()).sum::<usize>()
            );
            group.bench_with_input(BenchmarkId::new(name, n), &q, |b, q| {
                b.iter(|| evaluate(&lib, &index, black_box(q), &user, &NativeUnicode))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, parse_and_index, queries);
criterion_main!(benches);
