//! The cards above the list when the filters name exactly one speaker,
//! theme or conference: the Speaker, Theme and Conference views.

use confnotes_core::Query;
use confnotes_core::query::Facet;
use confnotes_core::render::{RenderOptions, render_markdown};
use confnotes_core::suggest::suggest_sessions;
use leptos::prelude::*;

use super::QLink;
use super::session::{SessionLink, base_of};
use crate::app::{Ctx, ctx};
use crate::unicode::BrowserUnicode;

thread_local! {
    /// The element to scroll to once the next view is drawn (a search hit
    /// in a conference's notes was opened).
    static SCROLL_TO: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The id of the element that holds a conference's section `id`.
pub fn section_anchor(id: &str) -> String {
    format!("section-{id}")
}

/// Asks the next view to scroll to the element `id` (and its first marked
/// search word) once drawn; None forgets an earlier request.
pub fn scroll_after_render(id: Option<String>) {
    SCROLL_TO.with(|s| *s.borrow_mut() = id);
}

/// Scrolls to what [`scroll_after_render`] asked for, if it is on the page:
/// the first marked word in it, else the element; focus moves to the
/// element, so keyboard and screen-reader users land there too.
fn scroll_if_asked() {
    use wasm_bindgen::JsCast;
    let Some(id) = SCROLL_TO.with(|s| s.borrow_mut().take()) else {
        return;
    };
    let Some(el) = document().get_element_by_id(&id) else {
        return;
    };
    let target = el
        .query_selector("mark")
        .ok()
        .flatten()
        .unwrap_or_else(|| el.clone());
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        super::focus_without_scroll(&el);
    }
}

/// Safe HTML of some notes Markdown from `file`.
fn render(c: &Ctx, markdown: &str, file: &str) -> String {
    render_marked(c, markdown, file, &[])
}

/// Safe HTML of some notes Markdown from `file`, the search words `terms`
/// marked.
fn render_marked(c: &Ctx, markdown: &str, file: &str, terms: &[String]) -> String {
    c.with_notes(|n| {
        render_markdown(
            markdown,
            &RenderOptions {
                base: base_of(file),
                highlight: terms,
                assets: Some(&n.assets),
                local_images: Some(&n.local_images),
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
                    <strong>{if linked == 0 { "The author's observation about: " } else { "Key theme of: " }}</strong>
                    {confs.iter().enumerate().map(|(i, (id, t, _))| view! {
                        {(i > 0).then_some(", ")}{conf_link(id, t)}
                    }).collect_view()}
                </p>
            })}
            {(linked == 0).then(|| view! { <ThemeSuggestions id=id.clone()/> })}
            {(linked == 0).then(|| view! {
                <div class="hint">
                    <p>{format!("No session in the notes is linked to {name}. A session gets a theme when:")}</p>
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
        let sections: Vec<(String, String, String, String)> = cf
            .sections
            .iter()
            .filter(|s| !s.markdown.trim().is_empty())
            .map(|s| {
                (
                    s.id.clone(),
                    s.title.clone(),
                    s.markdown.clone(),
                    s.file.clone(),
                )
            })
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
        .map(|(id, title, md, file)| {
            // The search words marked, as in the sessions' notes.
            let html = move || c.terms.with(|t| render_marked(&c, &md, &file, t));
            view! {
                <section class="conf-section" id=section_anchor(&id) tabindex="-1">
                    {(!title.is_empty()).then(|| view! { <h2>{title}</h2> })}
                    <div class="notes" inner_html=html></div>
                </section>
            }
        })
        .collect_view();
    request_animation_frame(scroll_if_asked);
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

/// The sessions whose words suggest they belong to theme `id`, which no
/// session of the notes carries (core's `suggest_sessions`, per conference
/// that names it), each with the words it shares and a button that adds
/// the theme to it as the reader's own (undoable). Suggestions are never
/// the author's links: only what the reader adds counts, as theirs.
#[component]
fn ThemeSuggestions(id: String) -> impl IntoView {
    let c = ctx();
    let list: Vec<(usize, String, String, Vec<String>)> = c.with_notes(|n| {
        let lib = &n.library;
        let Some(ti) = lib.themes.iter().position(|t| t.id == id) else {
            return Vec::new();
        };
        lib.themes[ti]
            .conferences
            .iter()
            .flat_map(|&ci| suggest_sessions(lib, ti, ci, &BrowserUnicode))
            .filter_map(|sg| {
                let s = lib.sessions.get(sg.session)?;
                Some((sg.session, s.id.clone(), s.title.clone(), sg.words))
            })
            .collect()
    });
    if list.is_empty() {
        return ().into_any();
    }
    let error = RwSignal::new(None::<String>);
    let slug = StoredValue::new(id);
    let rows = list
        .into_iter()
        .map(|(index, session, title, words)| {
            let added = {
                let session = session.clone();
                move || {
                    crate::mine::mine().data.with(|d| {
                        d.sessions.get(&session).is_some_and(|e| {
                            slug.with_value(|slug| e.themes.iter().any(|t| t == slug))
                        })
                    })
                }
            };
            let set = move |on: bool| {
                let r = slug.with_value(|slug| crate::mine::set_reader_theme(index, slug, on));
                error.set(r.err().map(|e| e.to_string()));
            };
            let label = format!("Add to this theme: {title}");
            let undo = format!("Undo adding {title} to this theme");
            view! {
                <li>
                    <SessionLink id=session>{title}</SessionLink>
                    <span class="evidence">{format!(" — shares: {}", words.join(", "))}</span>
                    " "
                    {move || if added() {
                        view! {
                            <span class="added">"Added (yours)"</span>
                            " "
                            <button type="button" class="button small" aria-label=undo.clone() on:click=move |_| set(false)>"Undo"</button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="button small" aria-label=label.clone() on:click=move |_| set(true)>"Add to this theme"</button>
                        }
                        .into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">"Sessions that may belong here"</h2>
            <p>"They share words with this theme. Adding one makes it your theme on that session: only you see it, and the notes are not changed."</p>
            <ul>{rows}</ul>
            {move || error.get().map(|e| view! { <p class="save-state" role="alert">{e}</p> })}
        </section>
    }
    .into_any()
}
