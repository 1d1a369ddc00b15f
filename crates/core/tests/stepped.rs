//! The stepped builds (`LibraryBuilder::finish_in_steps`, `Index::builder`)
//! give what the one-shot ones give, in bounded steps that call the
//! Unicode provider (JavaScript, in the browser) at most once each.

use std::borrow::Cow;
use std::cell::Cell;

use confnotes_core::model::SourceFile;
use confnotes_core::parse::{LibraryBuilder, STEP_SESSIONS};
use confnotes_core::text::{NativeUnicode, Unicode};
use confnotes_core::{Index, Library, parse};
use confnotes_corpus as corpus;

/// The native provider, counting the calls made to it.
#[derive(Default)]
struct Counting {
    many: Cell<usize>,
    single: Cell<usize>,
}

impl Counting {
    /// Calls since the last time, as (strip_marks_many, other).
    fn take(&self) -> (usize, usize) {
        (self.many.replace(0), self.single.replace(0))
    }
}

impl Unicode for Counting {
    fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
        self.single.set(self.single.get() + 1);
        NativeUnicode.nfc(s)
    }
    fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
        self.single.set(self.single.get() + 1);
        NativeUnicode.strip_marks(s)
    }
    fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
        self.many.set(self.many.get() + 1);
        NativeUnicode.strip_marks_many(items)
    }
}

/// Builds the Library of `files` step by step; returns it with the number
/// of steps.
fn stepped_library(files: &[SourceFile], u: &Counting) -> (Library, usize) {
    let mut b = LibraryBuilder::new(u);
    for f in files {
        b.add(f);
    }
    u.take();
    let mut f = b.finish_in_steps();
    let mut steps = 0;
    loop {
        steps += 1;
        let done = f.step();
        let (many, single) = u.take();
        assert!(many <= 1, "step {steps}: {many} strip_marks_many calls");
        if steps > 1 {
            // Only the first step (conferences, sections, Key Themes)
            // makes single calls, a few per conference.
            assert_eq!(single, 0, "step {steps}: {single} single calls");
        }
        if done {
            break;
        }
    }
    assert!(f.step(), "a finished build stays finished");
    (f.into_library(), steps)
}

#[test]
fn stepped_builds_equal_one_shot_builds() {
    for (n, seed) in [(0, 1), (1, 1), (150, 2), (2_600, 1)] {
        let files = corpus::generate(n, seed);
        let one_shot = parse(&files, &NativeUnicode);
        let u = Counting::default();
        let (lib, steps) = stepped_library(&files, &u);
        assert_eq!(lib, one_shot, "library of corpus({n}, {seed})");
        let slices = n.div_ceil(STEP_SESSIONS);
        assert!(steps >= 2 + 3 * slices, "{steps} steps for {n} sessions");
        assert!(
            steps <= 4 + 3 * slices.max(1),
            "{steps} steps for {n} sessions"
        );

        let index = Index::new(&one_shot, &NativeUnicode);
        let mut b = Index::builder(&lib, &u);
        let mut steps = 0;
        loop {
            steps += 1;
            let done = b.step(&lib);
            let (many, single) = u.take();
            assert!(
                many <= 1 && single == 0,
                "index step {steps}: {many}, {single}"
            );
            if done {
                break;
            }
        }
        assert!(steps > n / confnotes_core::index::STEP_SESSIONS);
        assert_eq!(b.finish(&lib), index, "index of corpus({n}, {seed})");
        // Finishing early does the rest.
        let early = Index::builder(&lib, &NativeUnicode).finish(&lib);
        assert_eq!(early, index);
    }
}

#[test]
fn ids_of_repeated_titles_do_not_depend_on_the_slices() {
    let n = 2 * STEP_SESSIONS + 500;
    let mut text = String::from("# Conf\n\n");
    for i in 0..n {
        text.push_str(&format!("### Same - Ada Lovelace\n\nNotes {i}.\n\n"));
    }
    text.push_str("### Same 2 - Grace Hopper\n\nNotes.\n");
    let files = [SourceFile {
        path: "conf.md".into(),
        text,
    }];
    let one_shot = parse(&files, &NativeUnicode);
    let (lib, _) = stepped_library(&files, &Counting::default());
    assert_eq!(lib, one_shot);
    let ids: Vec<&str> = lib.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), n + 1);
    assert_eq!(ids[0], "conf/same");
    // `conf/same-2` belongs to the session titled `Same 2`.
    assert_eq!(ids[1], "conf/same-3");
    assert_eq!(ids[n - 1], format!("conf/same-{}", n + 1));
    assert_eq!(ids[n], "conf/same-2");
    let dups = lib
        .diagnostics
        .iter()
        .filter(|d| d.message.starts_with("duplicate session title `Same`"))
        .count();
    assert_eq!(dups, n - 1);
    assert!(
        lib.diagnostics
            .iter()
            .any(|d| d.line == 7 && d.message.contains("(first at conf.md:3)"))
    );
}

#[test]
fn finishing_early_does_the_rest() {
    let files = corpus::generate(1_200, 3);
    let one_shot = parse(&files, &NativeUnicode);
    let mut b = LibraryBuilder::new(&NativeUnicode);
    for f in &files {
        b.add(f);
    }
    let mut f = b.finish_in_steps();
    for _ in 0..3 {
        f.step();
    }
    assert_eq!(f.into_library(), one_shot);
}

/// Files read cheapest first (as the app reads them, so that the first
/// slices run cold code on little work), or last first, and merged in the
/// bundle's order, give the Library that adding them in order gives: real
/// notes from the corpus and generated conference and one-session files.
#[test]
fn files_read_in_any_order_and_merged_in_order_give_the_same_library() {
    let mut files = corpus::generate(600, 5);
    let real = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus/real");
    let mut paths: Vec<_> = std::fs::read_dir(real)
        .expect("the real corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md") && !p.ends_with("README.md"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 30, "the real corpus has its files");
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("a real notes file");
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        files.push(SourceFile {
            path: format!("real/{}", name.unwrap_or_default()),
            text,
        });
    }
    let in_order = parse::parse(&files, &NativeUnicode);
    assert!(in_order.sessions.len() > 600);

    let by_size = {
        let mut order: Vec<usize> = (0..files.len()).collect();
        order.sort_by_key(|&i| files[i].text.len());
        order
    };
    let reversed: Vec<usize> = (0..files.len()).rev().collect();
    for order in [by_size, reversed] {
        let mut b = LibraryBuilder::new(&NativeUnicode);
        let mut reads: Vec<_> = files.iter().map(|_| None).collect();
        for &i in &order {
            reads[i] = Some(b.read(&files[i]));
        }
        for r in reads {
            b.merge(r.expect("every file was read"));
        }
        assert!(
            b.finish() == in_order,
            "the same Library, whatever the reading order"
        );
    }
}
