//! The cards above the list when the filters name exactly one speaker,
//! theme or conference: the Speaker, Theme and Conference views.

use confnotes_core::Query;
use confnotes_core::query::Facet;
use confnotes_core::render::{RenderOptions, render_markdown};
use leptos::prelude::*;

use super::QLink;
use super::session::base_of;
use crate::app::{Ctx, ctx};
use crate::unicode::BrowserUnicode;

/// Safe HTML of some notes Markdown from `file`.
fn render(c: &Ctx, markdown: &str, file: &str) -> String {
    c.with_notes(|n| {
        render_markdown(
            markdown,
            &RenderOptions {
                base: base_of(file),
                highlight: &[],
                assets: Some(&n.assets),
                unicode: &BrowserUnicode,
            },
        )
        .html
    })
}

fn conf_link(id: &str, title: &str) -> impl IntoView {
    let to = Query::default().toggled(Facet::Conf, id);
    let title = title.to_string();
    view! { <QLink to=to>{title}</QLink> }
}

/// A speaker: their orgs and conferences.
#[component]
pub fn SpeakerCard(id: String) -> impl IntoView {
    let c = ctx();
    let info = c.with_notes(|n| {
        let lib = &n.library;
        let sp = lib.speakers.iter().find(|s| s.id == id)?;
        let orgs: Vec<String> = sp
            .orgs
            .iter()
            .filter_map(|&o| lib.orgs.get(o))
            .map(|o| o.name.clone())
            .collect();
        let mut confs: Vec<(String, String)> = Vec::new();
        for &s in &sp.sessions {
            if let Some(cf) = lib
                .sessions
                .get(s)
                .and_then(|s| lib.conferences.get(s.conference))
                && !confs.iter().any(|(id, _)| *id == cf.id)
            {
                confs.push((cf.id.clone(), cf.title.clone()));
            }
        }
        Some((orgs, confs, sp.sessions.len()))
    });
    let Some((orgs, confs, n)) = info else {
        return ().into_any();
    };
    view! {
        <div class="card context-card">
            {(!orgs.is_empty()).then(|| view! { <p><strong>"Organization: "</strong>{orgs.join(", ")}</p> })}
            <p>
                {format!("{n} {} at ", if n == 1 { "session" } else { "sessions" })}
                {confs.iter().enumerate().map(|(i, (id, t))| view! {
                    {(i > 0).then_some(", ")}{conf_link(id, t)}
                }).collect_view()}
            </p>
        </div>
    }
    .into_any()
}

/// What the theme card shows of theme `id`: name, description, aliases,
/// its notes, (id, title, main file) of the conferences that name it, and
/// how many sessions carry it.
type ThemeInfo = (
    String,
    String,
    Vec<String>,
    String,
    Vec<(String, String, String)>,
    usize,
);

fn theme_info(lib: &confnotes_core::Library, id: &str) -> Option<ThemeInfo> {
    let t = lib.themes.iter().find(|t| t.id == id)?;
    let conf = |cf: &confnotes_core::Conference| {
        let file = cf.sources.first().cloned().unwrap_or_default();
        (cf.id.clone(), cf.title.clone(), file)
    };
    let confs = t
        .conferences
        .iter()
        .filter_map(|&i| lib.conferences.get(i))
        .map(conf)
        .collect();
    Some((
        t.name.clone(),
        t.description.clone(),
        t.aliases.clone(),
        t.markdown.clone(),
        confs,
        t.sessions.len(),
    ))
}

/// A theme: description, aliases, the conferences that name it, and how
/// sessions get linked to it.
#[component]
pub fn ThemeCard(
    id: String,
    /// Another filter (a speaker) names the view: the card names its theme.
    #[prop(optional)]
    titled: bool,
) -> impl IntoView {
    let c = ctx();
    let info = c.with_notes(|n| theme_info(&n.library, &id));
    let Some((name, description, aliases, markdown, confs, linked)) = info else {
        // A theme only the reader uses.
        let title = titled.then(|| {
            let name = c
                .facts
                .with_untracked(|f| f.theme_names.get(&id).cloned())
                .unwrap_or_else(|| id.clone());
            view! { <h2>{format!("Theme: {name}")}</h2> }
        });
        return view! {
            <div class="card context-card">
                {title}
                <p>"A theme you created. Add it to sessions from a session's page."</p>
            </div>
        }
        .into_any();
    };
    let file = confs.first().map(|c| c.2.clone()).unwrap_or_default();
    let extra = (!markdown.trim().is_empty()).then(|| render(&c, &markdown, &file));
    view! {
        <div class="card context-card">
            {titled.then(|| view! { <h2>{format!("Theme: {name}")}</h2> })}
            {(!description.is_empty()).then(|| view! { <p class="description">{description}</p> })}
            {(!aliases.is_empty()).then(|| view! { <p><strong>"Also called: "</strong>{aliases.join(", ")}</p> })}
            {extra.map(|html| view! { <div class="notes" inner_html=html></div> })}
            {(!confs.is_empty()).then(|| view! {
                <p>
                    <strong>"Key theme of: "</strong>
                    {confs.iter().enumerate().map(|(i, (id, t, _))| view! {
                        {(i > 0).then_some(", ")}{conf_link(id, t)}
                    }).collect_view()}
                </p>
            })}
            {(linked == 0).then(|| view! {
                <div class="hint">
                    <p>{format!("No session is linked to {name} yet. A session gets a theme when:")}</p>
                    <ul>
                        <li>"its notes say so, in a line such as " <code>{format!("Themes: {name}")}</code> ", a " <code>"#hashtag"</code> " or a " <code>"[[wiki link]]"</code> ";"</li>
                        <li>"its title or notes mention the theme's name or an alias (whole words, any case);"</li>
                        <li>"you add it yourself, on the session's page (only you see it)."</li>
                    </ul>
                </div>
            })}
        </div>
    }
    .into_any()
}

/// A conference: its Key Themes and the sections of its notes that are not
/// sessions (such as Learning).
#[component]
pub fn ConferenceCard(
    id: String,
    /// Another filter names the view: the card names its conference.
    #[prop(optional)]
    titled: bool,
) -> impl IntoView {
    let c = ctx();
    let info = c.with_notes(|n| {
        let lib = &n.library;
        let cf = lib.conferences.iter().find(|c| c.id == id)?;
        let themes: Vec<(String, String, String)> = cf
            .themes
            .iter()
            .filter_map(|&t| lib.themes.get(t))
            .map(|t| (t.id.clone(), t.name.clone(), t.description.clone()))
            .collect();
        let sections: Vec<(String, String, String)> = cf
            .sections
            .iter()
            .filter(|s| !s.markdown.trim().is_empty())
            .map(|s| (s.title.clone(), s.markdown.clone(), s.file.clone()))
            .collect();
        Some((
            themes,
            sections,
            cf.sources.clone(),
            cf.date.clone(),
            cf.title.clone(),
        ))
    });
    let Some((themes, sections, sources, date, title)) = info else {
        return ().into_any();
    };
    let sections = sections
        .into_iter()
        .map(|(title, md, file)| {
            let html = render(&c, &md, &file);
            view! {
                <section class="conf-section">
                    {(!title.is_empty()).then(|| view! { <h2>{title}</h2> })}
                    <div class="notes" inner_html=html></div>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="card context-card">
            {titled.then(|| view! { <h2>{format!("Conference: {title}")}</h2> })}
            {date.map(|d| view! { <p>{d}</p> })}
            {(!themes.is_empty()).then(|| view! {
                <section class="conf-section">
                    <h2>"Key Themes"</h2>
                    <dl class="key-themes">
                        {themes.into_iter().map(|(id, name, description)| {
                            let to = Query::default().toggled(Facet::Theme, &id);
                            view! {
                                <dt><QLink to=to>{name}</QLink></dt>
                                <dd>{description}</dd>
                            }
                        }).collect_view()}
                    </dl>
                </section>
            })}
            {sections}
            <p class="file-source">"Source: "{sources.into_iter().map(|s| view! { <code>{s}</code>" " }).collect_view()}</p>
        </div>
    }
    .into_any()
}
