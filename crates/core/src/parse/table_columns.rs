//! The columns of a table pasted without its header, for
//! [`super::catalog_tables`]: which column holds times, which people and
//! which titles, inferred from the cells themselves.

use super::scan_records::Table;

/// The header words a table with an empty header would have, read from
/// its cells (`| 9:00 am | Collaborative Webmaking using TogetherJS |
/// Santosh |`, a schedule pasted without its header): `time` for a column
/// of times of day, `speaker` for one of people's names, `title` for the
/// column of the longest texts beside them. Nothing unless there are three
/// rows or more, a title column, and people beside it.
pub(super) fn headerless_columns(t: &Table, text: &str) -> Vec<Vec<String>> {
    let width = t.header.len();
    let mut words = vec![Vec::new(); width];
    if t.rows.len() < 3 {
        return words;
    }
    let cells = |c: usize| {
        t.rows
            .iter()
            .filter_map(move |r| r.cells.get(c))
            .map(|x| x.text.trim())
            .filter(|x| !x.is_empty())
    };
    // (Most of a column's cells, the empty ones aside: a cell spanning
    // two rows leaves the second row without it.)
    let share = |c: usize, f: &dyn Fn(&str) -> bool, fifths: usize| {
        let all = cells(c).count();
        let yes = cells(c).filter(|x| f(x)).count();
        all >= 3 && yes * 5 >= all * fifths
    };
    let time = (0..width).find(|&c| share(c, &|x| super::numbering::starts_with_time(x), 4));
    // (`Raj and Biraj`: each person; `Name<br>role, Org`: the first line.)
    let person = |x: &str| {
        let x = x
            .split("<br")
            .next()
            .unwrap_or(x)
            .lines()
            .next()
            .unwrap_or(x)
            .trim();
        x.split(" and ").flat_map(|p| p.split(" & ")).all(|p| {
            let n = p.split_whitespace().count();
            (1..=4).contains(&n)
                // (`Juan de Bravo`: a particle between.)
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || super::names::is_particle(w))
                && !p.contains(|c: char| c.is_ascii_digit())
                // (In pipe rows pasted with no header, one word only in a
                // script without capitals, `西立野`: `Janson`, `Hall` are
                // rooms as often.)
                && (n == 1 && (!t.pasted || p.chars().any(super::speakers::is_cjk))
                    || super::names::is_person(p.trim(), true))
        })
    };
    // (Not a column of tools each linked, `[NodeEra]`, `[Arrows]`.)
    let linked = |c: usize| {
        let all = cells(c).count();
        let n = t
            .rows
            .iter()
            .filter_map(|r| r.cells.get(c))
            .filter(|x| {
                text.get(x.range.clone())
                    .is_some_and(|s| s.trim().starts_with('['))
            })
            .count();
        n * 2 > all
    };
    // (But a linked column of people whose given names are known, each
    // linking to their speaker's page: `[Андрей Сумин](speakers/…)`; not
    // a maintainers' or a book's table linking to profiles.)
    let known = |x: &str| {
        let plain = super::markers::plain_inline(x);
        let plain = plain.trim();
        !plain.is_empty()
            && matches!(
                super::names::shape(plain),
                super::names::Shape::Person { given: true }
            )
    };
    let speaker_pages = |c: usize| {
        // (A break's row names nobody: its empty cell says nothing.)
        let cells: Vec<_> = t
            .rows
            .iter()
            .filter_map(|r| r.cells.get(c))
            .filter(|x| !x.text.trim().is_empty())
            .collect();
        let to_pages = cells
            .iter()
            .filter(|x| {
                text.get(x.range.clone()).is_some_and(|s| {
                    let lower = s.to_lowercase();
                    lower.contains("](speakers/")
                        || lower.contains("/speakers/")
                        || lower.contains("/speaker/")
                })
            })
            .count();
        to_pages * 5 >= cells.len() * 4
    };
    // (Pipe rows pasted with no header: known given names in two cells of
    // five at least, not a trip's `Jardin des Tuileries`, `Gare de Lyon`.)
    let people = (0..width).find(|&c| {
        Some(c) != time
            && share(c, &person, 3)
            && (!linked(c) || (share(c, &known, 3) && speaker_pages(c)))
            && (!t.pasted || share(c, &known, 2))
    });
    let mean_words = |c: usize| {
        let n = cells(c).count().max(1);
        cells(c)
            .map(|x| x.split_whitespace().count())
            .sum::<usize>() as f32
            / n as f32
    };
    let title = (0..width)
        .filter(|&c| Some(c) != time && Some(c) != people && cells(c).count() >= 3)
        .max_by(|&a, &b| mean_words(a).total_cmp(&mean_words(b)))
        .filter(|&c| mean_words(c) >= 2.5);
    // (Not an itinerary's `| 9:00 | Breakfast at the hotel |`: people
    // beside the titles.)
    if let Some(c) = title
        && people.is_some()
    {
        words[c] = vec!["title".to_string()];
        if let Some(p) = people {
            words[p] = vec!["speaker".to_string()];
        }
        if let Some(tc) = time {
            words[tc] = vec!["time".to_string()];
        }
    }
    words
}

/// The column of a talks' table whose cells are each one `@handle`
/// (`**[@Kubuxu](https://github.com/Kubuxu)**` under an empty or an
/// `Owner` header): who led each, where no header names the speakers.
/// Three rows or more, four in five of them with a handle, two handles
/// or more; not the title's column, nor one whose header says something
/// else of the talks (`Mentioned by`: who in the notes' team spoke of
/// it).
pub(super) fn handle_column(t: &Table, text: &str, title_col: usize) -> Option<usize> {
    if t.rows.len() < 3 {
        return None;
    }
    let header_fits = |c: usize| {
        let h = super::table_headers::header_words(t.header.get(c).map_or("", |h| h.as_str()));
        h.is_empty()
            || (h.len() == 1
                && matches!(
                    h[0].as_str(),
                    "owner"
                        | "owners"
                        | "lead"
                        | "leads"
                        | "facilitator"
                        | "facilitators"
                        | "moderator"
                        | "moderators"
                        | "github"
                        | "handle"
                ))
    };
    let header_empty = |c: usize| t.header.get(c).is_none_or(|h| h.trim().is_empty());
    // (Under an empty header, each handle links to its profile:
    // `**[@Kubuxu](https://github.com/Kubuxu)**`, not a picker's `@alice`.)
    let profile_linked = |x: &str| {
        x.split("](")
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .is_some_and(super::names::is_profile_url)
    };
    let handle = |x: &str| {
        let plain = super::markers::plain_inline(x);
        plain.trim().strip_prefix('@').is_some_and(|h| {
            (2..=39).contains(&h.len())
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
    };
    (0..t.header.len()).find(|&c| {
        let with = t
            .rows
            .iter()
            .filter(|r| {
                r.cells.get(c).is_some_and(|x| {
                    handle(&x.text)
                        && (!header_empty(c)
                            || text.get(x.range.clone()).is_some_and(profile_linked))
                })
            })
            .count();
        let mut handles: Vec<String> = t
            .rows
            .iter()
            .filter_map(|r| r.cells.get(c))
            .map(|x| super::markers::plain_inline(&x.text).trim().to_lowercase())
            .collect();
        handles.sort_unstable();
        handles.dedup();
        c != title_col
            && header_fits(c)
            && with >= 3
            && with * 5 >= t.rows.len() * 4
            && handles.len() >= 2
    })
}

/// A table cell that is a divider's label, between rules of dashes or
/// equals signs: `---休憩1---`, `=== Lunch ===`.
pub(super) fn is_divider(cell: &str) -> bool {
    let c = cell.trim();
    ["---", "==="].iter().any(|m| {
        c.len() > 2 * m.len()
            && c.starts_with(m)
            && c.ends_with(m)
            && c[m.len()..c.len() - m.len()]
                .trim_matches(['-', '='])
                .chars()
                .any(char::is_alphanumeric)
    })
}
