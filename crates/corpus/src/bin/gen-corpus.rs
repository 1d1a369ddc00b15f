//! gen-corpus: writes a deterministic corpus of realistic conference notes
//! (see `confnotes_corpus`) for benchmarks and load tests.
//!
//! Usage: `gen-corpus --sessions N --out DIR [--seed S]`. Prints the number
//! of files and bytes written.

use std::path::Path;
use std::process::ExitCode;

use confnotes_corpus as corpus;

const USAGE: &str = "usage: gen-corpus --sessions N --out DIR [--seed S]";

fn main() -> ExitCode {
    let mut sessions: Option<usize> = None;
    let mut out: Option<String> = None;
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next();
        let ok = match (a.as_str(), value) {
            ("--sessions", Some(v)) => v.parse().map(|n| sessions = Some(n)).is_ok(),
            ("--out", Some(v)) => {
                out = Some(v);
                true
            }
            ("--seed", Some(v)) => v.parse().map(|s| seed = s).is_ok(),
            _ => false,
        };
        if !ok {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let (Some(sessions), Some(out)) = (sessions, out) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let files = corpus::generate(sessions, seed);
    for f in &files {
        // Paths are `notes/...`; they are written under DIR without the
        // leading `notes/`.
        let rel = f.path.strip_prefix("notes/").unwrap_or(&f.path);
        let path = Path::new(&out).join(rel);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &f.text));
        if let Err(e) = written {
            eprintln!("gen-corpus: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "gen-corpus: {} sessions in {} files, {} bytes, seed {seed}, in {out}",
        sessions,
        files.len(),
        corpus::total_bytes(&files)
    );
    ExitCode::SUCCESS
}
