//! The author's checker page (`?view=check`): what the parser did not
//! understand in the notes, grouped by file, each remark with its line and
//! severity. Linked discreetly from the footer; readers never see a wall
//! of remarks. The grouping is core's (`confnotes_core::check`).

use confnotes_core::Query;
use confnotes_core::check::remarks_by_file;
use confnotes_core::model::{Diagnostic, FileOutline, Severity, Target, diagnostic_target};
use confnotes_core::query::Facet;
use leptos::prelude::*;

use super::QLink;
use crate::app::ctx;
use crate::url::{self, Nav};

/// A remark and what it is about.
type Remarked = (Diagnostic, Option<Target>);

/// The checker page.
#[component]
pub fn CheckerView() -> impl IntoView {
    let c = ctx();
    let groups: Vec<(String, usize, Vec<Remarked>)> = c.with_notes(|n| {
        remarks_by_file(&n.library)
            .into_iter()
            .map(|g| {
                let remarks = g
                    .remarks
                    .iter()
                    .filter_map(|&i| n.library.diagnostics.get(i))
                    .map(|d| (d.clone(), diagnostic_target(&n.library, d)))
                    .collect();
                (g.file, g.errors, remarks)
            })
            .collect()
    });
    // How the parser read each file (`notes-check --explain`), by file.
    let outlines: Vec<FileOutline> = c.with_notes(|n| n.library.outlines.clone());
    let outline_of = {
        let outlines = outlines.clone();
        move |file: &str| outlines.iter().find(|o| o.file == file).cloned()
    };
    let quiet: Vec<FileOutline> = outlines
        .iter()
        .filter(|o| !groups.iter().any(|g| g.0 == o.file))
        .cloned()
        .collect();
    let total: usize = groups.iter().map(|g| g.2.len()).sum();
    let summary = match total {
        0 => "The parser understood everything in these notes.".to_string(),
        1 => "One remark on these notes.".to_string(),
        n => match groups.len() {
            1 => format!("{n} remarks on one file."),
            files => format!("{n} remarks on {files} files."),
        },
    };
    super::focus_heading_after_render("view-title");
    view! {
        <section class="checker" aria-labelledby="view-title">
            <super::PageHead kicker="For the author" title="Notes checker"/>
            <p>{summary}</p>
            <p class="checker-help">
                "Each remark names the file and line. Run "
                <code>"notes-check --explain FILE"</code>
                " (or open “How the parser read it” under a file) to see what each heading, row and item became and why, and see README, “Adding notes”, for the overrides."
            </p>
            {groups
                .into_iter()
                .map(|(file, errors, remarks)| {
                    let count = remarks.len();
                    let what = match (errors, count) {
                        (0, 1) => "1 warning".to_string(),
                        (0, n) => format!("{n} warnings"),
                        (e, n) => format!("{e} of {n} are errors"),
                    };
                    let how = outline_of(&file).map(|o| view! { <HowRead outline=o/> });
                    view! {
                        <section class="checker-file">
                            <h2><code>{file}</code><span class="checker-count">{format!(" — {what}")}</span></h2>
                            <ul>{remarks.into_iter().map(|(d, target)| view! { <Remark d=d target=target/> }).collect_view()}</ul>
                            {how}
                        </section>
                    }
                })
                .collect_view()}
            {(!quiet.is_empty()).then(|| view! {
                <section class="checker-file">
                    <h2>"Files read without remarks"</h2>
                    {quiet
                        .into_iter()
                        .map(|o| view! {
                            <h3><code>{o.file.clone()}</code></h3>
                            <HowRead outline=o/>
                        })
                        .collect_view()}
                </section>
            })}
            <p><QLink to=Query::default()>"Back to the sessions"</QLink></p>
        </section>
    }
}

/// How the parser read a file, folded: each heading, table row and list
/// item with what it became and why (`notes-check --explain`).
#[component]
fn HowRead(outline: FileOutline) -> impl IntoView {
    let sessions = outline
        .items
        .iter()
        .filter(|i| i.role.starts_with("session"))
        .count();
    let summary = format!(
        "How the parser read it: {} session{}",
        sessions,
        if sessions == 1 { "" } else { "s" }
    );
    view! {
        <details class="checker-outline">
            <summary>{summary}</summary>
            <ol>
                {outline
                    .items
                    .into_iter()
                    .map(|i| {
                        let marker = i.marker();
                        // (A class, not a style attribute: the CSP allows no inline style.)
                        let indent = format!("depth-{}", i.depth.saturating_sub(1).min(5));
                        view! {
                            <li class=indent>
                                <span class="remark-line">{format!("line {} ", i.line)}</span>
                                <code>{marker}</code>
                                " "
                                {i.text}
                                " → "
                                <strong>{i.role}</strong>
                                {(!i.why.is_empty()).then(|| view! { <span class="outline-why">{i.why}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </details>
    }
}

/// One remark: severity, line, message, the fix when there is one, and a
/// link to the session or conference notes it is about.
#[component]
fn Remark(d: Diagnostic, target: Option<Target>) -> impl IntoView {
    let c = ctx();
    let (class, label) = match d.severity {
        Severity::Error => ("severity error", "Error"),
        Severity::Warning => ("severity warning", "Warning"),
    };
    let line = if d.line == 0 {
        "whole file".to_string()
    } else {
        format!("line {}", d.line)
    };
    let link = target.map(|t| {
        let (to, scroll, text) = match t {
            Target::Session(id) => (
                Query::default().with_session(Some(id)),
                None,
                "Open the session",
            ),
            Target::Conference { id, section } => (
                Query::default().toggled(Facet::Conf, &id),
                section.map(|s| super::cards::section_anchor(&s)),
                "Open the conference notes",
            ),
        };
        let href = to.href();
        view! {
            " "
            <a
                class="remark-target"
                href=href
                on:click=move |ev| {
                    if !url::is_modified_click(&ev) {
                        ev.prevent_default();
                        super::cards::scroll_after_render(scroll.clone());
                        c.url.go(to.clone(), Nav::Push);
                    }
                }
            >
                {text}
            </a>
        }
    });
    view! {
        <li class="remark">
            <span class=class>{label}</span>
            " "
            <span class="remark-line">{line}</span>
            ": "
            <span class="remark-message">{d.message}</span>
            {link}
            {d.fix.map(|f| view! { <p class="remark-fix">{f}</p> })}
        </li>
    }
}
