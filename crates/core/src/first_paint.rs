//! The first sessions of the unfiltered list as static HTML, so a reader sees
//! sessions before the app is up: the build writes it into `index.html`
//! (`notes-check --first-paint`, called by `scripts/post-build.mjs`), so the
//! first paint needs no wasm, and the app replaces it with the live list.
//!
//! The sessions are the list's first ones, in the list's order (the order
//! of [`Library::sessions`], which the unfiltered query keeps), with the
//! same group headings, titles and speaker lines as the live list's cards,
//! and each title links to its session (`?s=<id>`), so the links work
//! before the app is up and without it.

use crate::model::Library;
use crate::query::{Facet, Query};
use crate::render::push_escaped;
use crate::userdata::{UserData, session_themes};

/// Sessions the first paint shows: more than a screen holds, few enough to
/// lay out quickly (the live list's first paint shows as many).
pub const FIRST_PAINT_SESSIONS: usize = 10;

/// The link to session `id`, relative to the page (as the app makes it).
pub fn session_href(id: &str) -> String {
    Query::default().with_session(Some(id.to_string())).href()
}

/// The page's first paint: the masthead (the search box's place held by a
/// look-alike that does nothing, so the list does not move when the app's
/// masthead replaces it), then the first `n` sessions of
/// `lib` under `status` (a line that says what is still loading). Empty when
/// `lib` has no session: the page then keeps its plain loading message.
pub fn first_paint_html(lib: &Library, n: usize, status: &str) -> String {
    if lib.sessions.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(512 + n * 256);
    out.push_str(
        "<header class=\"masthead\"><span class=\"brand\">\
         <img src=\"icon.svg\" alt=\"\" width=\"28\" height=\"28\"><span>confnotes</span></span>\
         <div class=\"search\" aria-hidden=\"true\">\
         <div class=\"search-placeholder\">Search titles, speakers, notes…</div></div>\
         </header>\
         <div class=\"layout preview\"><div class=\"preview-aside\"></div>\
         <main aria-busy=\"true\"><section class=\"list-view\">\
         <div class=\"view-head\"><h1>Sessions</h1></div>\
         <p class=\"results-count\" role=\"status\">",
    );
    push_escaped(&mut out, status);
    out.push_str("</p><ul class=\"sessions\" aria-label=\"Sessions\">");
    for (i, heading) in lib.with_group_headings(0..n.min(lib.sessions.len())) {
        out.push_str("<li class=\"session-item\">");
        if let Some(h) = heading {
            out.push_str("<h2 class=\"group-heading\">");
            push_escaped(&mut out, &h);
            out.push_str("</h2>");
        }
        card(&mut out, lib, i);
        out.push_str("</li>");
    }
    out.push_str("</ul></section></main></div>");
    out
}

/// One session's card, as the live list draws it (`SessionItem` in the
/// app): the title linked to the session, the speakers (each linked to
/// their view) with their orgs, the notes' themes, the first recording.
fn card(out: &mut String, lib: &Library, i: usize) {
    let Some(s) = lib.sessions.get(i) else {
        return;
    };
    let link = |out: &mut String, class: &str, q: Query, text: &str| {
        out.push_str("<a class=\"");
        out.push_str(class);
        out.push_str("\" href=\"");
        push_escaped(out, &q.href());
        out.push_str("\">");
        push_escaped(out, text);
        out.push_str("</a>");
    };
    out.push_str("<article class=\"card\"><h3 class=\"title\"><a class=\"result-link\" href=\"");
    push_escaped(out, &session_href(&s.id));
    out.push_str("\" data-session=\"");
    push_escaped(out, &s.id);
    out.push_str("\">");
    push_escaped(out, &s.title);
    out.push_str("</a></h3><p class=\"people\">");
    let people: Vec<_> = s
        .speakers
        .iter()
        .filter_map(|sp| {
            Some((
                lib.speakers.get(sp.speaker)?,
                sp.org.and_then(|o| lib.orgs.get(o)),
            ))
        })
        .collect();
    for (n, (person, org)) in people.iter().enumerate() {
        out.push_str("<span class=\"person\">");
        let to = Query::default().toggled(Facet::Speaker, &person.id);
        link(out, "speaker", to, &person.name);
        if let Some(org) = org {
            out.push_str("<span class=\"org\"> (");
            push_escaped(out, &org.name);
            out.push_str(")</span>");
        }
        if n + 1 < people.len() {
            out.push_str(", ");
        }
        out.push_str("</span>");
    }
    out.push_str("</p>");
    let themes = session_themes(lib, i, &UserData::default());
    if !themes.is_empty() {
        out.push_str("<p class=\"theme-chips\"><span class=\"visually-hidden\">Themes: </span>");
        for t in themes {
            link(
                out,
                "chip theme",
                Query::default().toggled(Facet::Theme, &t.id),
                &t.name,
            );
        }
        out.push_str("</p>");
    }
    if let Some(l) = s.links.first() {
        out.push_str("<a class=\"recording\" href=\"");
        push_escaped(out, &l.url);
        out.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\" aria-label=\"");
        push_escaped(
            out,
            &format!("{}: {} (opens in a new tab)", l.label, s.title),
        );
        out.push_str("\">");
        push_escaped(out, &format!("{} ↗", l.label));
        out.push_str("</a>");
    }
    out.push_str("</article>");
}

/// What the status line of the build's first paint says: how many sessions
/// there are, and that filters and search follow.
pub fn first_paint_status(lib: &Library) -> String {
    let n = lib.sessions.len();
    format!(
        "{n} {} · filters and search are loading…",
        if n == 1 { "session" } else { "sessions" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceFile;
    use crate::parse::LibraryBuilder;
    use crate::text::NativeUnicode;

    fn library(text: &str) -> Library {
        let mut b = LibraryBuilder::new(&NativeUnicode);
        b.add(&SourceFile {
            path: "conf.md".into(),
            text: text.into(),
        });
        b.finish()
    }

    #[test]
    fn lists_the_first_sessions_with_links_headings_and_speakers() {
        let lib = library(
            "# DevConf 2024\n\n## Day 1\n\n### Fast <things> - Ada Lovelace, Acme\n\nNotes.\n\n\
             ### Slow things - Grace Hopper\n\nMore.\n\n### Third - Alan Turing\n\nx\n",
        );
        assert_eq!(lib.sessions.len(), 3);
        let html = first_paint_html(&lib, 2, "3 sessions · loading");
        // Two sessions, the first under its conference heading.
        assert_eq!(html.matches("<li class=\"session-item\">").count(), 2);
        assert_eq!(html.matches("<h2 class=\"group-heading\">").count(), 1);
        assert!(html.contains("DevConf 2024"), "{html}");
        // Titles escaped, linked to their session as the app links them.
        assert!(html.contains("Fast &lt;things&gt;"), "{html}");
        let first = &lib.sessions[0];
        assert!(
            html.contains(&format!("href=\"{}\"", session_href(&first.id))),
            "{html}"
        );
        assert!(session_href(&first.id).starts_with("?s="));
        // Speakers linked to their view, with their org.
        assert!(
            html.contains("<a class=\"speaker\" href=\"?speaker=ada-lovelace\">Ada Lovelace</a><span class=\"org\"> (Acme)</span>"),
            "{html}"
        );
        assert!(!html.contains("Alan Turing"), "only the first two: {html}");
        assert!(html.contains("3 sessions · loading"));
    }

    #[test]
    fn cards_carry_the_notes_themes_and_first_recording() {
        let lib = library(
            "# DevConf 2024\n\n## Key Themes\n\n- **Security**: keeping things safe\n\n\
             ## Talks\n\n### Locking doors - Ada Lovelace\n\n\
             [Video](https://example.com/v?a=1&b=2)\n\n- Security matters #security\n",
        );
        let html = first_paint_html(&lib, 10, "s");
        assert!(html.contains("class=\"theme-chips\""), "{html}");
        assert!(
            html.contains("<a class=\"chip theme\" href=\"?theme=security\">"),
            "{html}"
        );
        assert!(
            html.contains("<a class=\"recording\" href=\"https://example.com/v?a=1&amp;b=2\""),
            "{html}"
        );
    }

    #[test]
    fn no_sessions_no_first_paint() {
        let lib = library("Just some text, no talks.\n");
        assert!(lib.sessions.is_empty());
        assert_eq!(first_paint_html(&lib, 10, "x"), "");
    }

    #[test]
    fn status_counts_sessions() {
        let lib = library("# C\n\n## Talk one - Ada Lovelace\n\nx\n");
        assert_eq!(lib.sessions.len(), 1);
        assert!(first_paint_status(&lib).starts_with("1 session ·"));
    }
}
