//! The main view: the session list (with the speaker, theme or conference
//! card when the filters name exactly one), or the open session.

use confnotes_core::Query;
use confnotes_core::query::{BlockingFilter, Facet, Filter, SectionPart, View};
use confnotes_core::render::{highlight_text, snippet};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

use super::cards::{ConferenceCard, SpeakerCard, ThemeCard};
use super::session::SessionView;
use crate::app::{Ctx, ctx};
use crate::unicode::BrowserUnicode;
use crate::url::Nav;

/// Sessions rendered at first; more as the reader scrolls.
const PAGE: usize = crate::url::LIST_PAGE;
/// Of a new result set, the cards rendered before the next paint (more than
/// a screen holds); the rest of the page follows in the task after it, so
/// each keystroke and toggle paints what is in view sooner.
const FIRST: usize = 10;

/// The session view when `s` names a session, else the list.
#[component]
pub fn MainView() -> impl IntoView {
    let c = ctx();
    let open = Memo::new(move |_| c.results.with(|r| r.session));
    let page = Memo::new(move |_| {
        c.url
            .query()
            .with(|q| q.view.filter(|v| matches!(v, View::Check | View::Opened)))
    });
    // Drawn again with the notes (the Shell redraws this view then).
    let nothing = super::opener::nothing_to_read(&c);
    move || match (page.get(), open.get()) {
        (Some(View::Opened), _) => view! { <super::opener::OpenedView/> }.into_any(),
        (Some(_), _) => view! { <super::CheckerView/> }.into_any(),
        (None, _) if nothing => view! { <super::opener::Welcome/> }.into_any(),
        (None, Some(i)) => view! { <SessionView index=i/> }.into_any(),
        (None, None) => view! { <ListView/> }.into_any(),
    }
}

/// The kicker ("Speaker", "Theme"...) and heading of the list view.
pub fn view_heading(c: &Ctx) -> (&'static str, String) {
    let q = c.url.query().get();
    match q.view {
        Some(View::Notes) => return ("", "My notes".into()),
        Some(View::Check) => return ("For the author", "Notes checker".into()),
        Some(View::Opened) => return ("In this browser", "Opened notes".into()),
        None => {}
    }
    for (facet, kicker) in [
        (Facet::Speaker, "Speaker"),
        (Facet::Theme, "Theme"),
        (Facet::Conf, "Conference"),
    ] {
        if let [one] = q.values(facet) {
            let known = c
                .results
                .with(|r| !r.unknown.iter().any(|(f, v)| *f == facet && v == one));
            if known {
                return (kicker, super::facet_label(c, facet, one));
            }
        }
    }
    ("", "Sessions".into())
}

/// Heading, cards, count, and the matching sessions.
#[component]
fn ListView() -> impl IntoView {
    let c = ctx();
    let query = c.url.query();
    let heading = Memo::new(move |_| view_heading(&c));
    let one = move |facet: Facet| {
        query.with(|q| match q.values(facet) {
            [one] => Some(one.clone()),
            _ => None,
        })
    };
    let count = move || {
        c.results.with(|r| {
            let n = r.sessions.len();
            let noun = if r.total == 1 { "session" } else { "sessions" };
            if n == r.total {
                format!("{n} {noun}")
            } else {
                format!("{n} of {} {noun}", r.total)
            }
        })
    };
    // Memos, so that a keystroke re-renders only what it changes: the list
    // is not rebuilt while it stays non-empty, nor the cards while the
    // facet they show stays the same.
    let empty = Memo::new(move |_| c.results.with(|r| r.sessions.is_empty()));
    let notes_view = Memo::new(move |_| query.with(|q| q.view == Some(View::Notes)));
    let speaker = Memo::new(move |_| one(Facet::Speaker));
    let theme = Memo::new(move |_| one(Facet::Theme));
    let conf = Memo::new(move |_| one(Facet::Conf));
    view! {
        <section class="list-view" aria-labelledby="view-title">
            <div class="view-head">
                {move || {
                    let (kicker, _) = heading.get();
                    (!kicker.is_empty()).then(|| view! { <p class="kicker">{kicker}</p> })
                }}
                <h1 id="view-title" tabindex="-1">{move || heading.get().1}</h1>
            </div>
            {move || notes_view.get().then(|| view! { <crate::mine::MyNotesPanel/> })}
            {move || speaker.get().map(|id| view! { <SpeakerCard id=id/> })}
            {move || theme.get().map(|id| view! { <ThemeCard id=id titled=speaker.get().is_some()/> })}
            {move || conf.get().map(|id| view! { <ConferenceCard id=id titled=speaker.get().is_some() || theme.get().is_some()/> })}
            {move || c.results.with(|r| r.unknown_session.clone()).map(|id| view! {
                <div class="notice" role="status">
                    <p>
                        "The session “"{id}"” is not in these notes: it may have been renamed or removed, or the link was made from notes opened in another browser."
                    </p>
                    <p>
                        <button type="button" class="button" on:click=move |_| c.url.go(c.url.get_untracked().with_session(None), Nav::Push)>
                            "Show the list of sessions"
                        </button>
                    </p>
                </div>
            })}
            <p class="results-count" role="status" aria-live="polite">{count}</p>
            {move || {
                if empty.get() {
                    // Says which of the current filters to remove: follows them.
                    (move || {
                        c.results.track();
                        view! { <EmptyState/> }
                    })
                        .into_any()
                } else {
                    view! { <SessionList/> }.into_any()
                }
            }}
            {move || {
                // Search hits in the conferences' own notes: apart from the
                // sessions, after them; first when no session matches.
                (!empty.get()).then(|| view! { <ConferenceNotesHits/> })
            }}
        </section>
    }
}

/// Says which filters exclude everything, and offers to remove each.
#[component]
fn EmptyState() -> impl IntoView {
    let c = ctx();
    // Rebuilt by its parent whenever the results change: read, not followed.
    let q = c.url.get_untracked();
    let facts = c.facts.get_untracked();
    // For each active filter, how many sessions its removal would bring back.
    let blocking = c.with_notes(|notes| {
        confnotes_core::query::blocking_filters(
            &notes.library,
            &notes.index,
            &q,
            &facts,
            &BrowserUnicode,
        )
    });
    let rows = blocking
        .into_iter()
        .map(|BlockingFilter { filter, without, count: n }| {
            let what = match &filter {
                Filter::Text => format!("the search “{}”", q.text),
                Filter::Value(f, v) => {
                    format!("{} {}", super::facet_noun(*f), super::facet_label(&c, *f, v))
                }
                Filter::Starred => "“Starred”".into(),
                Filter::Mine => "“With my notes”".into(),
                Filter::View(_) => "“My notes”".into(),
            };
            let label = format!("Remove {what}");
            view! {
                <li>
                    <button type="button" class="button" on:click=move |_| c.url.go(without.clone(), Nav::Push)>
                        {label}
                    </button>
                    {format!(" ({n} {})", if n == 1 { "session" } else { "sessions" })}
                </li>
            }
        })
        .collect_view();
    let is_notes = q.view == Some(View::Notes) && !q.with_view(None).is_filtered();
    view! {
        <ConferenceNotesHits/>
        <div class="empty">
            <h2>"No sessions match"</h2>
            {if is_notes {
                view! { <p>"Star a session or write a note on it, and it shows up here."</p> }.into_any()
            } else {
                view! {
                    <p>"Together, these filters exclude every session:"</p>
                    <ul>{rows}</ul>
                }
                .into_any()
            }}
        </div>
    }
}

/// The matching sessions, grouped by conference and day, rendered a page at
/// a time as the reader scrolls.
#[component]
fn SessionList() -> impl IntoView {
    let c = ctx();
    // Coming back (Back) to a list restores its length, scroll and focus.
    let recalled = StoredValue::new(crate::url::recalled_place());
    let limit =
        RwSignal::new(recalled.with_value(|p| p.as_ref().map_or(PAGE, |p| p.limit.max(PAGE))));
    Effect::new(move |_| crate::url::set_list_limit(limit.get()));
    on_cleanup(|| crate::url::set_list_limit(0));
    // The session list whose whole page has been painted; another one shows
    // its first FIRST cards until the browser has painted them. Compared by
    // value: a results memo that recomputes to equal results keeps its
    // subscribers quiet, so its identity is no sign of a change.
    let settled = StoredValue::new(Vec::<usize>::new());
    let settle = RwSignal::new(0u64);
    // A new result set starts at the first page again.
    Effect::new(move |prev: Option<()>| {
        let sessions = c.results.with(|r| r.sessions.clone());
        if prev.is_some() {
            limit.set(PAGE);
        }
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if settled.try_update_value(|s| *s = sessions).is_some() {
                        settle.update(|n| *n += 1);
                        // Once the whole page is on screen: the place to
                        // come back to.
                        if let Some(Some(place)) = recalled.try_update_value(Option::take) {
                            request_animation_frame(move || restore_place(&place));
                        }
                    }
                },
                Duration::ZERO,
            );
        });
    });
    let rows = Memo::new(move |_| {
        settle.track();
        let painted = c.results.with(|r| settled.with_value(|s| *s == r.sessions));
        let limit = if painted {
            limit.get()
        } else {
            limit.get().min(FIRST)
        };
        c.results.with(|r| {
            c.with_notes(|n| {
                n.library
                    .with_group_headings(r.sessions.iter().take(limit).copied())
            })
        })
    });
    let more = move || {
        c.results
            .with(|r| r.sessions.len().saturating_sub(limit.get()))
    };
    let handle = window_event_listener(leptos::ev::scroll, move |_| {
        // (Not while the list shows only its first cards: the page is
        // short then, and a scroll, the restored one of Back among them,
        // would load a page the reader never reached.)
        let painted = c
            .results
            .with_untracked(|r| settled.try_with_value(|s| *s == r.sessions))
            .unwrap_or(false);
        if more() == 0 || !painted {
            return;
        }
        let w = window();
        let bottom = w
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0)
            + w.scroll_y().unwrap_or(0.0);
        let height = document()
            .body()
            .map_or(0.0, |b| f64::from(b.scroll_height()));
        if bottom > height - 1200.0 {
            limit.update(|l| *l += PAGE);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <ul class="sessions" aria-label="Sessions">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <SessionItem index=row.0 heading=row.1/>
            </For>
        </ul>
        {move || {
            let n = more();
            (n > 0)
                .then(|| {
                    view! {
                        <button type="button" class="button more" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {format!("Show {} more", n.min(PAGE))}
                        </button>
                    }
                })
        }}
    }
}

/// Scrolls back to where the reader was and puts the focus on the link of
/// the session they had opened.
fn restore_place(place: &crate::url::Place) {
    window().scroll_to_with_x_and_y(0.0, place.scroll);
    if let Some(id) = &place.focus
        && let Ok(Some(link)) = document().query_selector(&format!(
            "a.result-link[data-session=\"{}\"]",
            id.replace(['"', '\\'], "")
        ))
        && let Ok(link) = link.dyn_into::<web_sys::HtmlElement>()
    {
        super::focus_without_scroll(&link);
    }
}

/// One session in the list: title (a link to it), speakers with orgs,
/// themes, recording.
#[component]
fn SessionItem(index: usize, heading: Option<String>) -> impl IntoView {
    let c = ctx();
    let Some(s) = c.with_notes(|n| n.library.sessions.get(index).cloned()) else {
        return ().into_any();
    };
    let title = s.title.clone();
    let highlighted = move || c.terms.with(|t| highlight_text(&title, t, &BrowserUnicode));
    // Where the notes match the search, a line of them with the words marked.
    let markdown = s.markdown.clone();
    let excerpt = move || {
        c.terms
            .with(|t| snippet(&markdown, t, &BrowserUnicode))
            .map(|html| view! { <p class="snippet" inner_html=html></p> })
    };
    let people = super::session::speaker_links(&c, &s, true);
    let starred = {
        let id = s.id.clone();
        move || c.facts.with(|f| f.starred.contains(&id))
    };
    let noted = {
        let id = s.id.clone();
        move || c.facts.with(|f| f.noted.contains(&id))
    };
    // The reader's own themes may change (here or in another tab).
    let themes = {
        let s = s.clone();
        move || super::session::theme_chips(&c, &s)
    };
    // In My notes, the reader's note itself (rendered; folded when long).
    let my_note = {
        let id = s.id.clone();
        move || {
            let in_notes = c.url.query().with(|q| q.view == Some(View::Notes));
            if !in_notes {
                return None;
            }
            let note = crate::mine::mine()
                .data
                .with(|d| d.sessions.get(&id).map(|e| e.note.clone()))
                .filter(|n| !n.trim().is_empty())?;
            Some(view! { <MyNote markdown=note/> })
        }
    };
    let recording = s.links.first().map(|l| {
        let label = format!("{} ↗", l.label);
        let aria = format!("{}: {} (opens in a new tab)", l.label, s.title);
        view! {
            <a class="recording" href=l.url.clone() target="_blank" rel="noopener noreferrer" aria-label=aria>
                {label}
            </a>
        }
    });
    view! {
        <li class="session-item">
            {heading.map(|h| view! { <h2 class="group-heading">{h}</h2> })}
            <article class="card">
                <h3 class="title">
                    <super::session::SessionLink id=s.id.clone() class="result-link">
                        <span inner_html=highlighted></span>
                    </super::session::SessionLink>
                    {move || starred().then(|| view! { <span class="star-mark" title="Starred">" ★"<span class="visually-hidden">" (starred)"</span></span> })}
                    {move || noted().then(|| view! { <span class="note-mark" title="You wrote a note">" ✎"<span class="visually-hidden">" (has your note)"</span></span> })}
                </h3>
                <p class="people">{people}</p>
                {excerpt}
                {my_note}
                {themes}
                {recording}
            </article>
        </li>
    }
    .into_any()
}

/// Notes longer than this (in characters or lines) are shown folded.
const LONG_NOTE_CHARS: usize = 400;
const LONG_NOTE_LINES: usize = 8;

/// The reader's note on a session in My notes: rendered, folded to a few
/// lines when long, with a button to unfold it (printed whole).
#[component]
fn MyNote(markdown: String) -> impl IntoView {
    let long =
        markdown.chars().count() > LONG_NOTE_CHARS || markdown.lines().count() > LONG_NOTE_LINES;
    let open = RwSignal::new(!long);
    let html = crate::mine::render_note(&markdown);
    view! {
        <section class="my-note" class:collapsed=move || !open.get() aria-label="Your note">
            <div class="notes rendered" inner_html=html></div>
            {long.then(|| view! {
                <button
                    type="button"
                    class="link-button note-toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || if open.get() { "Show less" } else { "Show the whole note" }}
                </button>
            })}
        </section>
    }
}

/// Conference-notes hits listed; the rest are counted.
const HITS_SHOWN: usize = 5;

/// With search text, the conference notes (sections such as Learning, and
/// Key Themes) that match it, apart from the sessions: "Also in conference
/// notes". A section opens its conference's page with the words marked,
/// scrolled to it; a Key Theme opens its theme's page.
#[component]
fn ConferenceNotesHits() -> impl IntoView {
    let c = ctx();
    // The first few only: a short word can match hundreds of sections in
    // a big library, and each hit draws an excerpt.
    let hits = Memo::new(move |_| {
        c.results.with(|r| {
            let shown: Vec<_> = r.sections.iter().take(HITS_SHOWN).cloned().collect();
            (shown, r.sections.len())
        })
    });
    move || {
        let (hits, total) = hits.get();
        if hits.is_empty() {
            return ().into_any();
        }
        let more = total - hits.len();
        let text = c.url.query().with_untracked(|q| q.text.clone());
        let rows = hits
            .into_iter()
            .map(|hit| {
                let (conf_id, conf_title, excerpt, title) = c.terms.with_untracked(|terms| {
                    c.with_notes(|n| {
                        let (id, t) = n
                            .library
                            .conferences
                            .get(hit.conference)
                            .map(|cf| (cf.id.clone(), cf.title.clone()))
                            .unwrap_or_default();
                        let title = if hit.title.is_empty() {
                            "Introduction".to_string()
                        } else {
                            hit.title.clone()
                        };
                        let title = highlight_text(&title, terms, &BrowserUnicode);
                        (
                            id,
                            t,
                            hit.snippet(&n.library, terms, &BrowserUnicode),
                            title,
                        )
                    })
                });
                let (to, kind, scroll) = match hit.part {
                    SectionPart::Section(_) => (
                        Query::default()
                            .toggled(Facet::Conf, &conf_id)
                            .with_text(&text),
                        "Conference notes",
                        Some(super::cards::section_anchor(&hit.id)),
                    ),
                    SectionPart::KeyTheme(_) => (
                        Query::default().toggled(Facet::Theme, &hit.id),
                        "Key Theme",
                        None,
                    ),
                };
                let href = to.href();
                view! {
                    <li>
                        <a
                            class="section-link"
                            href=href
                            on:click=move |ev| {
                                if !crate::url::is_modified_click(&ev) {
                                    ev.prevent_default();
                                    super::cards::scroll_after_render(scroll.clone());
                                    c.url.go(to.clone(), Nav::Push);
                                }
                            }
                        >
                            <span inner_html=title></span>
                        </a>
                        <span class="section-where">{format!(" — {kind}, {conf_title}")}</span>
                        {excerpt.map(|html| view! { <p class="snippet" inner_html=html></p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="conference-hits" aria-labelledby="conference-hits-heading">
                <h2 id="conference-hits-heading">"Also in conference notes"</h2>
                <ul>{rows}</ul>
                {(more > 0).then(|| view! {
                    <p class="section-more">
                        {format!("and {more} more {}: add a word to narrow them.", if more == 1 { "section" } else { "sections" })}
                    </p>
                })}
            </section>
        }
        .into_any()
    }
}
