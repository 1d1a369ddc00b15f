//! What a link's address says it points to, for the catalogue readings:
//! one talk's page on an event's schedule, or a book's page (a reading
//! list is no list of talks).

use super::link_labels;

/// A book's page: a bookshop's, a publisher's or a book site's
/// (`amazon.com/…/dp/…`, `oreilly.com/library/view/…`,
/// `manning.com/books/…`, `…/book`), not a video or a conference's page
/// on the same sites.
pub(super) fn is_book_url(url: &str) -> bool {
    let rest = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.trim_end_matches('/');
    if path.contains("video") || host.starts_with("conferences.") {
        return false;
    }
    let book_host = ["leanpub.com", "goodreads.com", "nostarch.com"]
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
        || host.starts_with("books.google.");
    let book_path = ["/dp/", "/gp/product/", "library/view/"]
        .iter()
        .any(|p| path.contains(p) || path.starts_with(p.trim_start_matches('/')));
    // (A folder of books, not `notebooks/` or `ebook-tools/`.)
    let mut segments = path.split('/');
    let last = segments.next_back();
    let book_folder =
        segments.any(|s| matches!(s, "books" | "book" | "titles")) || last == Some("book");
    book_host || book_path || book_folder
}

/// Whether a link goes to one talk's page on an event's schedule
/// (FOSDEM's `/schedule/event/…`, sched's `/event/…`, pretalx's `/talk/…`,
/// sessionize's and other sites' `/session/…`, `/presentations/…`, `/talks/…`).
pub(super) fn is_talk_page(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    let Some(rest) = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
    else {
        return false;
    };
    let Some((host, path)) = rest.split_once('/') else {
        return false;
    };
    // (Video and slide hosts are recordings and slides, not talk pages.)
    if link_labels::is_video_url(url)
        || [
            "speakerdeck.com",
            "slideshare.net",
            "github.com",
            "twitter.com",
            "x.com",
        ]
        .iter()
        .any(|h| host.ends_with(h))
    {
        return false;
    }
    if host.ends_with(".sched.com") || host.ends_with(".sched.org") {
        return path.starts_with("event/");
    }
    if path.contains("schedule/event/")
        // (O'Reilly's conferences: `velocityconf.com/…/public/schedule/
        // detail/45820`.)
        || path.contains("schedule/detail/")
        || path.contains("speakers/talk")
        // (`connect.tech/session/?id=4244`: the talk's number in the query.)
        || path.contains("session/?id=")
        || path.contains("session?id=")
        || path.contains("talk/?id=")
        || path.contains("talk?id=")
        // (`linux.conf.au/schedule/30298/view_talk?day=monday`.)
        || path.contains("/view_talk")
        // (`defcon.org/html/defcon-20/dc-20-speakers.html#Soghoian`: the
        // speaker's entry on the page of the talks.)
        || path
            .split_once('#')
            .is_some_and(|(p, frag)| p.ends_with("speakers.html") && !frag.is_empty())
    {
        return true;
    }
    // `/talk/…`, `/presentations/…`, `/sessions/…`: with something after
    // it, the talk's own page, not the list.
    let segments: Vec<&str> = path.split(['/', '?', '#']).collect();
    // (`neurips.cc/virtual/2020/protected/poster_2f3b….html`,
    // `…/invited_16167.html`: a paper's or a talk's page on an academic
    // conference's virtual site.)
    if segments.contains(&"virtual")
        && segments.iter().any(|seg| {
            ["poster_", "oral_", "spotlight_", "invited_", "tutorial_"]
                .iter()
                .any(|p| {
                    seg.strip_prefix(p).is_some_and(|id| {
                        let id = id.trim_end_matches(".html");
                        id.len() >= 3 && id.bytes().all(|b| b.is_ascii_hexdigit())
                    })
                })
        })
    {
        return true;
    }
    segments.iter().enumerate().any(|(k, seg)| {
        [
            "presentation",
            "presentations",
            "talk",
            "talks",
            "session",
            "sessions",
            "palestra",
            "palestras",
            "charla",
            "charlas",
            "vortrag",
            "vortraege",
            // (`fortee.jp/phperkaigi-2023/proposal/<id>`: a talk proposed
            // and given.)
            "proposal",
            // (`linuxplumbersconf.org/2010/ocw/proposals/495`: the same,
            // with a number.)
            "proposals",
            // (`iclr.cc/virtual/2021/poster/3112`, `…/oral/3461`.)
            "poster",
            "oral",
        ]
        .contains(seg)
            && segments.get(k + 1).is_some_and(|next| {
                !next.is_empty()
                    // (`/poster/3112`, `/oral/3461`, `/proposals/495`: a
                    // number.)
                    && (!matches!(*seg, "poster" | "oral" | "proposals")
                        || next.bytes().all(|b| b.is_ascii_digit()))
            })
    })
}

/// `[Knowing When To Walk Away](https://www.rubyconfmini.com/program#Knowing-When-To-Walk-Away)`:
/// a link to a talk's entry on a programme's page, named in the address's
/// fragment, when the link's words are that name (letters and digits only,
/// any case, accents dropped): not `[two in-person and one
/// virtually](…/schedule/#kdigger-a-context-…)`, nor `…/schedule#day-2`.
pub(super) fn programme_entry(text: &str, url: &str) -> bool {
    let Some((page, fragment)) = url.split_once('#') else {
        return false;
    };
    let on_programme = ["program", "programme", "schedule", "agenda"]
        .iter()
        .any(|p| page.trim_end_matches('/').rsplit('/').next() == Some(*p));
    if !on_programme || fragment.split(['-', '_']).filter(|w| !w.is_empty()).count() < 3 {
        return false;
    }
    let words = super::util::folded_letters(&super::markers::plain_inline(text));
    words.len() >= 6 && super::util::folded_letters(fragment).contains(&words)
}
