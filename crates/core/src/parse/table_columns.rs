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
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
                && !p.contains(|c: char| c.is_ascii_digit())
                && (n == 1 || super::names::is_person(p.trim(), true))
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
        let cells: Vec<_> = t.rows.iter().filter_map(|r| r.cells.get(c)).collect();
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
    let people = (0..width).find(|&c| {
        Some(c) != time
            && share(c, &person, 3)
            && (!linked(c) || (share(c, &known, 3) && speaker_pages(c)))
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
