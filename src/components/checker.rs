//! The author's checker page (`?view=check`): what the parser did not
//! understand in the notes, grouped by file, each remark with its line and
//! severity. Linked discreetly from the footer; readers never see a wall
//! of remarks. The grouping is core's (`confnotes_core::check`).

use confnotes_core::Query;
use confnotes_core::check::remarks_by_file;
use confnotes_core::model::{Diagnostic, Severity};
use leptos::prelude::*;

use super::QLink;
use crate::app::ctx;

/// The checker page.
#[component]
pub fn CheckerView() -> impl IntoView {
    let c = ctx();
    let groups: Vec<(String, usize, Vec<Diagnostic>)> = c.with_notes(|n| {
        remarks_by_file(&n.library)
            .into_iter()
            .map(|g| {
                let remarks = g
                    .remarks
                    .iter()
                    .filter_map(|&i| n.library.diagnostics.get(i).cloned())
                    .collect();
                (g.file, g.errors, remarks)
            })
            .collect()
    });
    let total: usize = groups.iter().map(|g| g.2.len()).sum();
    let summary = match total {
        0 => "The parser understood everything in these notes.".to_string(),
        1 => "One remark on these notes.".to_string(),
        n => match groups.len() {
            1 => format!("{n} remarks on one file."),
            files => format!("{n} remarks on {files} files."),
        },
    };
    request_animation_frame(|| {
        if let Some(h) = document().get_element_by_id("view-title") {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
    view! {
        <section class="checker" aria-labelledby="view-title">
            <div class="view-head">
                <p class="kicker">"For the author"</p>
                <h1 id="view-title" tabindex="-1">"Notes checker"</h1>
            </div>
            <p>{summary}</p>
            <p class="checker-help">
                "Each remark names the file and line. Run "
                <code>"notes-check --explain FILE"</code>
                " to see how the parser read a file, and see README, “Adding notes”, for the overrides."
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
                    view! {
                        <section class="checker-file">
                            <h2><code>{file}</code><span class="checker-count">{format!(" — {what}")}</span></h2>
                            <ul>{remarks.into_iter().map(|d| view! { <Remark d=d/> }).collect_view()}</ul>
                        </section>
                    }
                })
                .collect_view()}
            <p><QLink to=Query::default()>"Back to the sessions"</QLink></p>
        </section>
    }
}

/// One remark: severity, line, message.
#[component]
fn Remark(d: Diagnostic) -> impl IntoView {
    let (class, label) = match d.severity {
        Severity::Error => ("severity error", "Error"),
        Severity::Warning => ("severity warning", "Warning"),
    };
    let line = if d.line == 0 {
        "whole file".to_string()
    } else {
        format!("line {}", d.line)
    };
    view! {
        <li class="remark">
            <span class=class>{label}</span>
            " "
            <span class="remark-line">{line}</span>
            ": "
            <span class="remark-message">{d.message}</span>
        </li>
    }
}
