//! The `notes-check` CLI as an author uses it: human output, `--json`,
//! `--strict`, and exit status 2 for input it cannot read.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SEED: &str = include_str!("../../../notes/kubecon-2021.md");

/// A fresh folder with `files` (path, bytes) under it.
fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("notes-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, bytes) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_notes-check"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn human_output_lists_warnings_like_a_compiler_then_a_summary() {
    let dir = folder("human", &[("notes/kubecon-2021.md", SEED.as_bytes())]);
    let o = run(&dir, &["notes"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "warning: notes/kubecon-2021.md:3: image not found: ./kubecon.jpeg"
    );
    // A diagnostic with a fix gets it on the next line, indented.
    assert_eq!(
        lines[1],
        "  fix: Add the image to the notes' folder, or correct its path"
    );
    assert!(
        lines[2]
            .starts_with("warning: notes/kubecon-2021.md:7: Key Theme `Maturity` is not linked")
    );
    assert!(
        lines[3].starts_with("  fix: Tag a session with it"),
        "{}",
        lines[3]
    );
    // An unlinked Key Theme's fix names the sessions its words suggest.
    let multi = lines
        .iter()
        .position(|l| {
            l.starts_with(
                "warning: notes/kubecon-2021.md:11: Key Theme `Multi-cloud` is not linked",
            )
        })
        .expect("the Multi-cloud warning");
    assert_eq!(
        lines[multi + 1],
        "  fix: To link it, add `Tags: Multi-cloud` under “How We Built a Cloud On K3s: The \
         Learnings Of Growing Up Fast” (line 55; shares: multi, Cloud, cluster)"
    );
    assert_eq!(
        lines.last(),
        Some(&"1 conference, 5 sessions, 9 speakers, 4 themes, 6 warnings")
    );
}

#[test]
fn strict_fails_on_warnings_only() {
    let dir = folder(
        "strict",
        &[
            ("notes/kubecon-2021.md", SEED.as_bytes()),
            (
                "clean/talk.md",
                b"# Conf\n\n### Talk - Ada Lovelace\n\nNotes.\n",
            ),
        ],
    );
    assert_eq!(run(&dir, &["--strict", "notes"]).status.code(), Some(1));
    let clean = run(&dir, &["--strict", "clean/talk.md"]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        stdout(&clean),
        "1 conference, 1 session, 1 speaker, 0 themes, 0 warnings\n"
    );
}

#[test]
fn json_has_the_documented_shape() {
    let dir = folder("json", &[("notes/kubecon-2021.md", SEED.as_bytes())]);
    let o = run(&dir, &["--json", "notes/"]);
    assert_eq!(o.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap();
    let c = &doc["conferences"][0];
    assert_eq!(c["id"], "kubecon-2021");
    assert_eq!(c["title"], "KubeCon 2021");
    assert_eq!(c["source"], "notes/kubecon-2021.md");
    assert_eq!(c["themes"][1]["id"], "developer-experience");
    assert_eq!(c["themes"][1]["name"], "Developer experience");
    assert_eq!(
        c["themes"][1]["aliases"],
        serde_json::json!(["DevX", "devex"])
    );
    // Key Themes no session carries, with the sessions their words
    // suggest (never links).
    assert_eq!(c["themes"][1]["linked"], false);
    assert_eq!(c["themes"][1]["suggestions"], serde_json::json!([]));
    assert_eq!(
        c["themes"][3]["suggestions"],
        serde_json::json!([{
            "session": "kubecon-2021/how-we-built-a-cloud-on-k3s-the-learnings-of-growing-up-fast",
            "title": "How We Built a Cloud On K3s: The Learnings Of Growing Up Fast",
            "file": "notes/kubecon-2021.md",
            "line": 55,
            "score": 11,
            "words": ["multi", "Cloud", "cluster"],
            "add": "Tags: Multi-cloud",
        }])
    );
    let s = &c["sessions"][0];
    assert_eq!(s["id"], "kubecon-2021/microservices-made-easy");
    assert_eq!(s["title"], "Microservices Made Easy!");
    assert_eq!(s["speakers"][0]["name"], "Donovan Brown");
    assert_eq!(s["speakers"][0]["org"], "Microsoft");
    assert_eq!(s["links"][0]["label"], "Recording");
    assert!(
        s["links"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert_eq!(s["themes"], serde_json::json!([]));
    assert_eq!(s["line"], 19);
    assert!(s.get("html").is_none());
    let d = &doc["diagnostics"][0];
    assert_eq!(d["file"], "notes/kubecon-2021.md");
    assert_eq!(d["line"], 3);
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["message"], "image not found: ./kubecon.jpeg");
    assert_eq!(
        d["fix"],
        "Add the image to the notes' folder, or correct its path"
    );
}

#[test]
fn json_with_html_renders_each_session() {
    let dir = folder(
        "html",
        &[(
            "notes/a.md",
            b"# C\n\n### T - Ada\n\n- <b>x</b> [y](javascript:z)\n",
        )],
    );
    let o = run(&dir, &["--json", "--html", "notes"]);
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap();
    let html = doc["conferences"][0]["sessions"][0]["html"]
        .as_str()
        .unwrap();
    assert!(html.starts_with("<ul>"), "{html}");
    assert!(
        !html.contains("<b>") && !html.contains("javascript:z\""),
        "{html}"
    );
    let org = &doc["conferences"][0]["sessions"][0]["speakers"][0]["org"];
    assert!(org.is_null());
}

#[test]
fn unreadable_input_exits_2_with_a_message() {
    let dir = folder("bad", &[("notes/bad.md", b"# Title\n\nbad \xff byte\n")]);
    let o = run(&dir, &["notes"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("notes/bad.md:3: invalid UTF-8 at byte 13"),
        "{err}"
    );
    let o = run(&dir, &["missing"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing"));
    let o = run(&dir, &["--bogus", "notes"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_explains_usage() {
    let o = run(Path::new("."), &["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("usage: notes-check"));
}
