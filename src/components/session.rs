//! The session view: title, speakers, themes with where each came from,
//! links, the notes (rendered by core's safe renderer), and previous/next
//! within the current results.

use confnotes_core::query::Facet;
use confnotes_core::render::{RenderOptions, highlight_text, render_markdown};
use confnotes_core::userdata::{self, ThemeChip};
use confnotes_core::{Query, Session, ThemeSource};
use leptos::prelude::*;

use super::QLink;
use crate::app::{Ctx, ctx};
use crate::unicode::BrowserUnicode;
use crate::url::{self, Nav};

/// The folder of a notes file, which its relative links resolve against.
pub fn base_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// Links to each speaker's view, with their org.
pub fn speaker_links(c: &Ctx, s: &Session, with_orgs: bool) -> Vec<AnyView> {
    let people: Vec<(String, String, Option<String>)> = c.with_notes(|n| {
        s.speakers
            .iter()
            .filter_map(|sp| {
                let p = n.library.speakers.get(sp.speaker)?;
                let org = sp
                    .org
                    .and_then(|o| n.library.orgs.get(o))
                    .map(|o| o.name.clone());
                Some((p.id.clone(), p.name.clone(), org))
            })
            .collect()
    });
    let last = people.len().saturating_sub(1);
    people
        .into_iter()
        .enumerate()
        .map(|(i, (id, name, org))| {
            let to = Query::default().toggled(Facet::Speaker, &id);
            // Names that match the search are marked, so the reader sees
            // why a result matched.
            let terms = c.terms;
            let name_html = move || terms.with(|t| highlight_text(&name, t, &BrowserUnicode));
            let org_html = org.filter(|_| with_orgs).map(|org| {
                move || terms.with(|t| format!(" ({})", highlight_text(&org, t, &BrowserUnicode)))
            });
            view! {
                <span class="person">
                    <QLink to=to class="speaker"><span inner_html=name_html></span></QLink>
                    {org_html.map(|html| view! { <span class="org" inner_html=html></span> })}
                    {(i < last).then_some(", ")}
                </span>
            }
            .into_any()
        })
        .collect()
}

/// A session's themes (from the notes and the reader) as links to each
/// theme's view.
pub fn theme_chips(c: &Ctx, s: &Session) -> Option<AnyView> {
    let themes = session_themes(c, s);
    if themes.is_empty() {
        return None;
    }
    Some(
        view! {
            <p class="theme-chips">
                <span class="visually-hidden">"Themes: "</span>
                {themes
                    .into_iter()
                    .map(|ThemeChip { id, name, source }| {
                        let to = Query::default().toggled(Facet::Theme, &id);
                        let class = if source == ThemeSource::Reader { "chip theme mine" } else { "chip theme" };
                        view! { <QLink to=to class=class>{name}</QLink> }
                    })
                    .collect_view()}
            </p>
        }
        .into_any(),
    )
}

/// Every theme on `s`, each once with its strongest provenance: the notes'
/// first, then the reader's (`userdata::session_themes`).
pub fn session_themes(c: &Ctx, s: &Session) -> Vec<ThemeChip> {
    crate::mine::mine().data.with(|d| {
        c.with_notes(|n| {
            n.index
                .session_index(&n.library, &s.id)
                .map(|i| userdata::session_themes(&n.library, i, d))
                .unwrap_or_default()
        })
    })
}

/// How a theme got onto a session, in the reader's words.
fn source_text(source: ThemeSource) -> &'static str {
    match source {
        ThemeSource::Explicit => "tagged in the notes",
        ThemeSource::Matched => "its name occurs in the notes",
        ThemeSource::Reader => "added by you",
    }
}

/// A link to a session that keeps the current filters (so previous/next and
/// "back" stay within them).
#[component]
pub fn SessionLink(
    id: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let c = ctx();
    let query = c.url.query();
    let target = {
        let id = id.clone();
        move || query.with(|q| q.with_session(Some(id.clone())))
    };
    let href = {
        let target = target.clone();
        move || target().href()
    };
    view! {
        <a
            href=href
            class=class
            data-session=id
            on:click=move |ev| {
                if !url::is_modified_click(&ev) {
                    ev.prevent_default();
                    c.url.go(target(), Nav::Push);
                }
            }
        >
            {children()}
        </a>
    }
}

/// One session, whole.
#[component]
pub fn SessionView(index: usize) -> impl IntoView {
    let c = ctx();
    let Some(s) = c.with_notes(|n| n.library.sessions.get(index).cloned()) else {
        return ().into_any();
    };
    let (conf_id, conf_title) = c.with_notes(|n| {
        n.library
            .conferences
            .get(s.conference)
            .map(|cf| (cf.id.clone(), cf.title.clone()))
            .unwrap_or_default()
    });
    let html = {
        let md = s.markdown.clone();
        let base = base_of(&s.file).to_string();
        move || {
            c.terms.with(|terms| {
                c.with_notes(|n| {
                    render_markdown(
                        &md,
                        &RenderOptions {
                            base: &base,
                            highlight: terms,
                            assets: Some(&n.assets),
                            local_images: Some(&n.local_images),
                            unicode: &BrowserUnicode,
                        },
                    )
                    .html
                })
            })
        }
    };
    let details: Vec<String> = [
        s.day.clone(),
        s.track.clone().map(|t| format!("Track: {t}")),
        s.language.clone().map(|l| format!("Language: {l}")),
        s.date.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let people = speaker_links(&c, &s, true);
    let has_people = !people.is_empty();
    let session = s.clone();
    let themes = move || session_themes(&c, &session);
    let links = s.links.clone();
    let back = move || c.url.query().get().with_session(None);
    let neighbours = move || c.results.with(|r| (r.prev, r.next));
    let title_of = move |i: usize| {
        c.with_notes(|n| {
            n.library
                .sessions
                .get(i)
                .map(|s| (s.id.clone(), s.title.clone()))
        })
    };
    // Move focus to the heading, so keyboard and screen-reader users land
    // on what they opened.
    super::focus_heading_after_render("session-title");
    request_animation_frame(|| window().scroll_to_with_x_and_y(0.0, 0.0));
    let source = format!("{}, line {}", s.file, s.line);
    let outline = outline_nav(&s.markdown);
    let opened_here = confnotes_core::is_opened_path(&s.file)
        .then_some(" (opened in this browser, not part of this site)");
    view! {
        <article class="session-view" aria-labelledby="session-title">
            <p class="kicker">
                <QLink to=Query::default().toggled(Facet::Conf, &conf_id)>{conf_title}</QLink>
                {details.into_iter().map(|d| view! { <span>{" · "}{d}</span> }).collect_view()}
            </p>
            <h1 id="session-title" tabindex="-1">{s.title.clone()}</h1>
            {has_people.then(|| view! { <p class="people">{people}</p> })}
            {move || {
                let t = themes();
                (!t.is_empty())
                    .then(|| {
                        view! {
                            <section class="session-themes" aria-labelledby="themes-heading">
                                <h2 id="themes-heading">"Themes"</h2>
                                <ul>
                                    {t
                                        .into_iter()
                                        .map(|ThemeChip { id, name, source }| {
                                            let to = Query::default().toggled(Facet::Theme, &id);
                                            view! {
                                                <li>
                                                    <QLink to=to class="chip theme">{name}</QLink>
                                                    <span class="theme-source">{format!(" — {}", source_text(source))}</span>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
            }}
            {(!links.is_empty())
                .then(|| {
                    view! {
                        <ul class="session-links" aria-label="Links">
                            {links
                                .into_iter()
                                .map(|l| {
                                    view! {
                                        <li>
                                            <a href=l.url target="_blank" rel="noopener noreferrer">
                                                {format!("{} ↗", l.label)}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {outline}
            <section class="notes" aria-label="Notes">
                <div inner_html=html></div>
            </section>
            <crate::mine::MySessionLayer session=s.clone()/>
            <p class="file-source">"Source: "<code>{source}</code>{opened_here}</p>
            <nav class="pager" aria-label="Session navigation">
                <a
                    class="button"
                    href=move || back().href()
                    on:click=move |ev| {
                        if !url::is_modified_click(&ev) {
                            ev.prevent_default();
                            c.url.go(back(), Nav::Push);
                        }
                    }
                >
                    "← Back to sessions"
                </a>
                {move || {
                    let (prev, next) = neighbours();
                    view! {
                        {prev.and_then(title_of).map(|(id, t)| view! {
                            <SessionLink id=id class="button prev">
                                <span class="visually-hidden">"Previous: "</span>{format!("‹ {t}")}
                            </SessionLink>
                        })}
                        {next.and_then(title_of).map(|(id, t)| view! {
                            <SessionLink id=id class="button next">
                                <span class="visually-hidden">"Next: "</span>{format!("{t} ›")}
                            </SessionLink>
                        })}
                    }
                }}
            </nav>
        </article>
    }
    .into_any()
}

/// Notes with at least this many headings get an outline above them.
const OUTLINE_MIN: usize = 4;

/// "On this page": links to the headings of long notes (core's
/// `render::outline`, the ids the rendered notes carry), indented by level.
fn outline_nav(markdown: &str) -> Option<AnyView> {
    let entries = confnotes_core::render::outline(markdown);
    if entries.len() < OUTLINE_MIN {
        return None;
    }
    let top = entries.iter().map(|e| e.level).min().unwrap_or(1);
    Some(
        view! {
            <nav class="outline" aria-labelledby="outline-heading">
                <h2 id="outline-heading">"On this page"</h2>
                <ul>
                    {entries
                        .into_iter()
                        .map(|e| {
                            let depth = format!("depth-{}", (e.level - top).min(2));
                            view! { <li class=depth><a href=format!("#{}", e.id)>{e.text}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
        .into_any(),
    )
}
