//! `notes-check --score DIR`: how well the parser reads a corpus of real
//! notes files, each `NAME.md` beside a hand-made `NAME.expect` (the format
//! is in `tests/corpus/real/README.md`).
//!
//! Per file and in total: recall (expected sessions found), speakers
//! (found sessions whose speaker-name set is the expected one), precision
//! (found sessions that are expected), recordings (expected recording URLs
//! found on their session), and orgs apart. Titles and names are compared
//! by their slugs (case, accents, punctuation, emoji and Markdown folded).

use std::collections::BTreeSet;
use std::path::Path;

use confnotes_core::parse::source_from_bytes;
use confnotes_core::text::{NativeUnicode, slugify};
use confnotes_core::{Library, parse};

/// One expected session.
#[derive(Debug, Default, Clone)]
pub struct Expected {
    pub title: String,
    /// `None`: not stated (not scored); `Some(empty)`: nobody named.
    pub speakers: Option<Vec<(String, Option<String>)>>,
    pub recording: Option<String>,
}

/// A file's expectation.
#[derive(Debug, Default)]
pub struct Expectation {
    pub sessions: Vec<Expected>,
    pub not: Vec<String>,
}

/// Reads the `.expect` format; errors name the line.
pub fn parse_expect(text: &str) -> Result<Expectation, String> {
    let mut out = Expectation::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(format!("line {}: expected `key: value`", i + 1));
        };
        let value = value.trim();
        match key.trim() {
            "session" => out.sessions.push(Expected {
                title: value.to_string(),
                ..Expected::default()
            }),
            "speakers" | "recording" => {
                let Some(s) = out.sessions.last_mut() else {
                    return Err(format!("line {}: `{key}` before any `session:`", i + 1));
                };
                if key.trim() == "recording" {
                    s.recording = Some(value.to_string());
                } else if value == "-" {
                    s.speakers = Some(Vec::new());
                } else {
                    s.speakers = Some(value.split(';').filter_map(expected_speaker).collect());
                }
            }
            "not" => out.not.push(value.to_string()),
            other => return Err(format!("line {}: unknown key `{other}`", i + 1)),
        }
    }
    Ok(out)
}

/// `Name (Org)` or `Name`.
fn expected_speaker(s: &str) -> Option<(String, Option<String>)> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.ends_with(')')
        && let Some(open) = s.rfind('(')
        && open > 0
    {
        return Some((
            s[..open].trim().to_string(),
            Some(s[open + 1..s.len() - 1].trim().to_string()),
        ));
    }
    Some((s.to_string(), None))
}

/// The comparison form of a name.
fn key(s: &str) -> String {
    slugify(&NativeUnicode, s)
}

/// The comparison form of a title: [`key`], without a leading kind of
/// session (`Keynote: `, `Lightning Talk - `), which some authors write
/// into the title and others not.
fn title_key(s: &str) -> String {
    let k = key(s);
    for kind in [
        "opening-keynote-",
        "closing-keynote-",
        "keynote-",
        "lightning-talk-",
        "panel-discussion-",
        "workshop-",
        "panel-",
        "tutorial-",
    ] {
        if let Some(rest) = k.strip_prefix(kind)
            && !rest.is_empty()
        {
            return rest.to_string();
        }
    }
    k
}

/// A recording URL in a comparable form: YouTube links as their video
/// id, other URLs without scheme, `www.` and trailing `/`.
fn url_key(u: &str) -> String {
    let u = u.trim().replace("&amp;", "&");
    let rest = u
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_start_matches("m.");
    let yt_id = if let Some(r) = rest.strip_prefix("youtu.be/") {
        Some(r)
    } else if let Some(r) = rest.strip_prefix("youtube.com/embed/") {
        Some(r)
    } else if let Some(r) = rest.strip_prefix("youtube-nocookie.com/embed/") {
        Some(r)
    } else if rest.starts_with("youtube.com/watch") {
        rest.split(['?', '&']).find_map(|p| p.strip_prefix("v="))
    } else {
        None
    };
    if let Some(id) = yt_id {
        let id: String = id
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        return format!("youtube:{id}");
    }
    // The same Vimeo video as a player or a page.
    if let Some(id) = rest
        .strip_prefix("player.vimeo.com/video/")
        .or_else(|| rest.strip_prefix("vimeo.com/"))
        .map(|r| r.split(['?', '#', '/']).next().unwrap_or(""))
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
    {
        return format!("vimeo:{id}");
    }
    rest.trim_end_matches('/').to_string()
}

/// The figures of one file (or of the total).
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub expected: usize,
    pub found: usize,
    pub matched: usize,
    /// Matched sessions whose expected speakers are stated.
    pub speakers_stated: usize,
    pub speakers_ok: usize,
    /// Matched sessions with stated speakers that name some org.
    pub orgs_stated: usize,
    pub orgs_ok: usize,
    pub recordings: usize,
    pub recordings_ok: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.expected += o.expected;
        self.found += o.found;
        self.matched += o.matched;
        self.speakers_stated += o.speakers_stated;
        self.speakers_ok += o.speakers_ok;
        self.orgs_stated += o.orgs_stated;
        self.orgs_ok += o.orgs_ok;
        self.recordings += o.recordings;
        self.recordings_ok += o.recordings_ok;
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    pub fn speakers(&self) -> f64 {
        ratio(self.speakers_ok, self.speakers_stated)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recordings(&self) -> f64 {
        ratio(self.recordings_ok, self.recordings)
    }
    pub fn orgs(&self) -> f64 {
        ratio(self.orgs_ok, self.orgs_stated)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// One file's result: figures and what went wrong, for `--verbose`.
#[derive(Debug, Default)]
pub struct FileScore {
    pub name: String,
    pub tally: Tally,
    pub problems: Vec<String>,
}

/// Scores one parsed file against its expectation.
pub fn score_file(name: &str, lib: &Library, exp: &Expectation) -> FileScore {
    let mut t = Tally {
        expected: exp.sessions.len(),
        found: lib.sessions.len(),
        ..Tally::default()
    };
    let mut problems = Vec::new();
    let found_keys: Vec<String> = lib.sessions.iter().map(|s| title_key(&s.title)).collect();
    let mut used = vec![false; lib.sessions.len()];
    for e in &exp.sessions {
        let k = title_key(&e.title);
        let Some(i) = (0..found_keys.len()).find(|&i| !used[i] && found_keys[i] == k) else {
            problems.push(format!("missed: {}", e.title));
            continue;
        };
        used[i] = true;
        t.matched += 1;
        let s = &lib.sessions[i];
        if let Some(want) = &e.speakers {
            t.speakers_stated += 1;
            let got: BTreeSet<String> = s
                .speakers
                .iter()
                .filter_map(|x| lib.speakers.get(x.speaker))
                .map(|sp| key(&sp.name))
                .collect();
            let want_set: BTreeSet<String> = want.iter().map(|(n, _)| key(n)).collect();
            if got == want_set {
                t.speakers_ok += 1;
            } else {
                problems.push(format!(
                    "speakers of `{}`: got [{}], expected [{}]",
                    e.title,
                    lib.speakers_line(s),
                    want.iter()
                        .map(|(n, o)| match o {
                            Some(o) => format!("{n} ({o})"),
                            None => n.clone(),
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if want.iter().any(|(_, o)| o.is_some()) {
                t.orgs_stated += 1;
                let got_pairs: BTreeSet<(String, String)> = s
                    .speakers
                    .iter()
                    .filter_map(|x| {
                        let sp = lib.speakers.get(x.speaker)?;
                        let org = x.org.and_then(|o| lib.orgs.get(o)).map(|o| key(&o.name));
                        Some((key(&sp.name), org.unwrap_or_default()))
                    })
                    .collect();
                let want_pairs: BTreeSet<(String, String)> = want
                    .iter()
                    .map(|(n, o)| (key(n), o.as_deref().map(key).unwrap_or_default()))
                    .collect();
                if got_pairs == want_pairs {
                    t.orgs_ok += 1;
                }
            }
        }
        if let Some(r) = &e.recording {
            t.recordings += 1;
            let want = url_key(r);
            if s.links.iter().any(|l| url_key(&l.url) == want) {
                t.recordings_ok += 1;
            } else {
                problems.push(format!("recording of `{}` not found: {r}", e.title));
            }
        }
    }
    for (i, s) in lib.sessions.iter().enumerate() {
        if !used[i] {
            let is_not = exp.not.iter().any(|n| title_key(n) == found_keys[i]);
            problems.push(format!(
                "extra{}: {} (line {})",
                if is_not {
                    " (listed as not a session)"
                } else {
                    ""
                },
                s.title,
                s.line
            ));
        }
    }
    FileScore {
        name: name.to_string(),
        tally: t,
        problems,
    }
}

/// Scores every `NAME.md` with a `NAME.expect` in `dir`, each file parsed
/// on its own as the app would.
pub fn score_dir(dir: &Path) -> Result<Vec<FileScore>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".expect"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("{}: no .expect files", dir.display()));
    }
    let mut out = Vec::new();
    for n in names {
        let stem = n.trim_end_matches(".expect");
        let md = dir.join(format!("{stem}.md"));
        let exp_text = std::fs::read_to_string(dir.join(&n))
            .map_err(|e| format!("{}: {e}", dir.join(&n).display()))?;
        let exp = parse_expect(&exp_text).map_err(|e| format!("{n}: {e}"))?;
        let bytes = std::fs::read(&md).map_err(|e| format!("{}: {e}", md.display()))?;
        let file = source_from_bytes(&format!("{stem}.md"), bytes)
            .map_err(|d| format!("{}: {}", md.display(), d.message))?;
        let lib = parse(std::slice::from_ref(&file), &NativeUnicode);
        out.push(score_file(&format!("{stem}.md"), &lib, &exp));
    }
    Ok(out)
}

/// The totals over files (sessions counted, not files averaged).
pub fn total(scores: &[FileScore]) -> Tally {
    let mut t = Tally::default();
    for s in scores {
        t.add(&s.tally);
    }
    t
}

fn pct(x: f64) -> String {
    format!("{:.2}", x)
}

/// The per-file table and the totals, as Markdown.
pub fn report(scores: &[FileScore], verbose: bool) -> String {
    let mut out = String::from(
        "| file | expected | found | recall | speakers | precision | recordings | orgs |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let cell = |ok: usize, of: usize, x: f64| {
        if of == 0 {
            "–".to_string()
        } else {
            format!("{} ({ok}/{of})", pct(x))
        }
    };
    let row = |name: &str, t: &Tally| {
        format!(
            "| {name} | {} | {} | {} | {} | {} | {} | {} |\n",
            t.expected,
            t.found,
            cell(t.matched, t.expected, t.recall()),
            cell(t.speakers_ok, t.speakers_stated, t.speakers()),
            cell(t.matched, t.found, t.precision()),
            cell(t.recordings_ok, t.recordings, t.recordings()),
            cell(t.orgs_ok, t.orgs_stated, t.orgs()),
        )
    };
    for s in scores {
        out.push_str(&row(&s.name, &s.tally));
    }
    let t = total(scores);
    out.push_str(&row(&format!("**total ({} files)**", scores.len()), &t));
    if verbose {
        for s in scores.iter().filter(|s| !s.problems.is_empty()) {
            out.push_str(&format!("\n{}\n", s.name));
            for p in &s.problems {
                out.push_str(&format!("  {p}\n"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations_read() {
        let e = parse_expect(
            "# c\nsession: A talk\nspeakers: Ada (X); Bob\nrecording: https://youtu.be/abc\n\nsession: B\nspeakers: -\nnot: Lunch\n",
        )
        .unwrap();
        assert_eq!(e.sessions.len(), 2);
        assert_eq!(
            e.sessions[0].speakers,
            Some(vec![("Ada".into(), Some("X".into())), ("Bob".into(), None)])
        );
        assert_eq!(e.sessions[1].speakers, Some(vec![]));
        assert_eq!(e.not, ["Lunch"]);
        assert!(parse_expect("speakers: A").is_err());
        assert!(parse_expect("nonsense").is_err());
    }

    #[test]
    fn urls_compare_by_video() {
        assert_eq!(
            url_key("https://www.youtube.com/watch?v=abc_1&t=3"),
            url_key("https://youtu.be/abc_1")
        );
        assert_eq!(
            url_key("https://www.youtube.com/embed/abc_1?rel=0"),
            "youtube:abc_1"
        );
        assert_eq!(
            url_key("http://vimeo.com/1/"),
            url_key("https://vimeo.com/1")
        );
        assert_eq!(
            url_key("https://player.vimeo.com/video/134728681"),
            url_key("https://vimeo.com/134728681")
        );
        assert_ne!(
            url_key("https://vimeo.com/1"),
            url_key("https://vimeo.com/2")
        );
    }
}
