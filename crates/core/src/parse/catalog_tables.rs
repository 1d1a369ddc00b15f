//! Catalogue tables, for [`super::catalog`]: a table whose rows are talks,
//! found by a header that names its title column (`Talk`, `Title`,
//! `Thema`, `講演`) and read with its speaker column (`Speaker`,
//! `Referent`, `登壇者`). (Tables that open a heading's part, and the
//! reading of a speaker cell, are in `table_openings.rs`.)

use crate::model::Link;
use crate::render::{UrlKind, classify_url};

use super::catalog::{Entry, link_label};
use super::file::FileParser;
use super::headings;
use super::link_labels;
use super::markers;
use super::orgs_and_jobs;
use super::scan_records::Table;
use super::speakers::parse_speakers;
use super::table_columns;
use super::table_headers::{
    header_words, is_doings_header, is_speaker_header, is_time_header, is_title_header,
};
use super::table_openings::{and_in_other_languages, side_by_side_links, without_parens};

impl FileParser<'_> {
    /// Whether a table is a day's schedule with a `Time` column of slots
    /// (a start and an end in every row: `09:30 — 10:00`, `18:00-20:00`)
    /// and an `Event` column, one row of which (in it or in a table of the
    /// file with the same header) names a kind of session.
    fn event_schedule(&self, t: &Table, words: &[Vec<String>]) -> bool {
        let Some(time_col) = words
            .iter()
            .position(|w| w.len() == 1 && is_time_header(&w[0]))
        else {
            return false;
        };
        let slot = |c: &str| {
            let times = c
                .split(|ch: char| !(ch.is_ascii_digit() || ch == ':' || ch == '.'))
                .filter(|w| {
                    w.split_once([':', '.']).is_some_and(|(h, m)| {
                        (1..=2).contains(&h.len())
                            && m.len() == 2
                            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                    })
                })
                .count();
            times == 2
        };
        // (Not an itinerary's `| 09:30 - 12:00 | Guided tour of the
        // Colosseum |`: one row at least names a kind of session.)
        let event_col = words
            .iter()
            .position(|w| w.len() == 1 && is_doings_header(&w[0]));
        // (Or a column of who spoke: `| WAKTU | PEMBICARA | AGENDA |`.)
        let of_people = words.iter().any(|w| w.iter().any(|x| is_speaker_header(x)));
        let talkish = |c: &str| {
            let lower = c.to_lowercase();
            lower.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
                matches!(
                    w,
                    "keynote"
                        | "talk"
                        | "panel"
                        | "workshop"
                        | "session"
                        | "lightning"
                        | "fireside"
                )
            })
        };
        // (In this table or another of the file with the same header: a
        // day's table may list only titles.)
        let says_talk = |t: &Table| {
            event_col.is_some_and(|e| {
                t.rows
                    .iter()
                    .any(|r| r.cells.get(e).is_some_and(|c| talkish(&c.text)))
            })
        };
        let same_header = |o: &Table| {
            o.header.len() == t.header.len()
                && o.header
                    .iter()
                    .map(|h| header_words(h))
                    .eq(words.iter().cloned())
        };
        t.rows.len() >= 3
            && t.rows
                .iter()
                .all(|r| r.cells.get(time_col).is_some_and(|c| slot(c.text.trim())))
            && (of_people
                || says_talk(t)
                || self
                    .scan
                    .tables
                    .iter()
                    .any(|o| same_header(o) && says_talk(o)))
    }

    /// The sessions of a catalogue table (none if it is not one).
    pub(super) fn table_entries(&self, t: &Table) -> Vec<Entry> {
        // (Pipe rows with no header, in a file about an event, or under
        // words that name the programme, only: not a trip's itinerary or
        // an on-call rota.)
        if t.pasted && !self.event_named {
            let before = self.text.get(..t.range.start).unwrap_or("").to_lowercase();
            if !super::section_words::mentions_programme(&before) {
                return Vec::new();
            }
        }
        // (A header that is only a label in its first cell, `| talks: |
        // |`, `| Giorno uno | |`, names no column: read as none, when the
        // cells show the columns.)
        let labelled = t.header.len() >= 2
            && t.header.iter().skip(1).all(|h| h.trim().is_empty())
            && !t.header[0].trim().is_empty();
        // (A table so read is one of talks only with more to show it: a
        // time column, a label naming talks or a day, `| talks: | |`, or
        // the talks' slides or videos linked in most rows; not a reading
        // log, `| The Left Hand of Darkness | Ursula Le Guin |`.)
        let talks_shown = |inferred: &[Vec<String>]| {
            let label = headings::norm(&markers::plain_inline(t.header[0].trim()));
            let label = label.trim_end_matches(':').trim();
            // (Links beside the titles, `[слайды](…)`, `[видео](…)`.)
            let materials = t
                .rows
                .iter()
                .filter(|r| {
                    // (Its slides or recording beside the title, or the
                    // title linking to the talk's page.)
                    r.cells.iter().enumerate().any(|(c, x)| {
                        inferred.get(c).is_some_and(|w| {
                            w.is_empty() || w.first().is_some_and(|x| x == "title")
                        }) && self.links_in(x.range.clone()).next().is_some()
                    })
                })
                .count();
            // (`Giorno uno`, `Día 2`: a day in the languages of notes.)
            let day_word = label.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "day" | "giorno" | "día" | "dia" | "jour" | "tag" | "dzień" | "день" | "dag"
                )
            });
            inferred
                .iter()
                .any(|w| w.first().is_some_and(|x| x == "time"))
                || headings::names_talk_list(label)
                || super::days::is_day(label)
                || day_word
                || materials * 2 >= t.rows.len()
        };
        let words: Vec<Vec<String>> = if t.header.iter().all(|h| h.trim().is_empty())
            && let inferred = table_columns::headerless_columns(t, self.text)
            && talks_shown(&inferred)
        {
            inferred
        } else if labelled
            && let inferred = table_columns::headerless_columns(t, self.text)
            && inferred.iter().any(|w| !w.is_empty())
            && talks_shown(&inferred)
        {
            inferred
        } else {
            t.header.iter().map(|h| header_words(h)).collect()
        };
        // (Or, in a schedule with a time column, `Description` or `What`:
        // `| 9:45am | 10:30am | Theater | [Hanselman on Careers] |`.)
        // (And a room column: not an itinerary's `| Time | What |`.)
        let timed = words.iter().any(|w| w.iter().any(|x| is_time_header(x)))
            && words.iter().any(|w| {
                w.iter().any(|x| {
                    matches!(
                        x.as_str(),
                        "location" | "room" | "track" | "stage" | "where" | "venue" | "hall"
                    )
                })
            });
        // (`Keynote Speaker | Talk`: the column of the people is no
        // title column, though it names the kind of talk.)
        // (Or no room, when the times are slots, `09:30 — 10:00`, and the
        // column is `Event`: `| 09:30 — 10:00 | Opening Keynote: Civic
        // Coding |`.)
        let timed = timed || self.event_schedule(t, &words);
        let has_time_col = words.iter().any(|w| w.iter().any(|x| is_time_header(x)));
        let titled = |w: &Vec<String>| is_title_header(w);
        let of_people = |w: &Vec<String>| w.iter().any(|x| is_speaker_header(x));
        let title_col = words
            .iter()
            .position(|w| titled(w) && !of_people(w))
            .or_else(|| words.iter().position(titled))
            .or_else(|| {
                timed
                    .then(|| {
                        words.iter().position(|w| {
                            w.len() == 1
                                && (matches!(w[0].as_str(), "description" | "what")
                                    || is_doings_header(&w[0]))
                        })
                    })
                    .flatten()
            });
        // (Or, with no such header, the column whose cells mostly read
        // `Title by Name`: `| | Contributing to Rust by Ivan Tham
        // ([Slides](…)) |` under `| Date | Info |`; then only the rows
        // that do are talks.)
        let by_name = |c: &str| {
            // (Most cells have no `by`: one search rejects them.)
            if super::util::find_str(c, " by ").is_none() {
                return false;
            }
            let line = without_parens(&markers::plain_inline(c));
            super::util::find_str(&line, " by ").is_some() && {
                let p = headings::parts(&line);
                p.speakers.is_some() && p.strength >= 3
            }
        };
        let mut by_name_only = false;
        let title_col = title_col.or_else(|| {
            (t.rows.len() >= 3)
                .then(|| {
                    (0..t.header.len()).find(|&c| {
                        let n = t
                            .rows
                            .iter()
                            .filter(|r| r.cells.get(c).is_some_and(|x| by_name(&x.text)))
                            .count();
                        n >= 3 && n * 2 >= t.rows.len()
                    })
                })
                .flatten()
                .inspect(|_| by_name_only = true)
        });
        // (Or, beside a speaker column, a column of the talks' materials
        // whose links' texts are the titles: `| Speaker | Slides |
        // Recording |` over `| Stella Bollmann | [Making R accessible for
        // skeptics](…) | | [Recording](…) |`.)
        let title_col = title_col.or_else(|| {
            let people = words.iter().position(of_people)?;
            (0..t.header.len()).find(|&c| {
                // (`Related Links`, `Links` too.)
                let materials = (words[c].len() == 1
                    && matches!(
                        words[c][0].as_str(),
                        "slides" | "slide" | "deck" | "video" | "videos" | "recording" | "link"
                    ))
                    || (words[c].len() <= 2 && words[c].last().is_some_and(|w| w == "links"));
                let titled_links = t
                    .rows
                    .iter()
                    .filter(|r| {
                        r.cells.get(c).is_some_and(|x| {
                            let mut links = self.links_in(x.range.clone());
                            links.next().is_some_and(|l| {
                                l.text.split_whitespace().count() >= 2
                                    && link_labels::label_of_text(&l.text).is_none()
                                    && !link_labels::is_recording_label(&l.text)
                            })
                        })
                    })
                    .count();
                c != people && materials && titled_links >= 2 && titled_links * 2 >= t.rows.len()
            })
        });
        // (Or a timetable: a time column, then tracks.)
        let Some(title_col) = title_col else {
            return self.grid_entries(t, &words);
        };
        // (`Name | Title | Company` over `Vice President`, `Chief
        // Architect`: a table of people and their jobs, no talks.)
        let jobs = t
            .rows
            .iter()
            .filter(|r| {
                r.cells.get(title_col).is_some_and(|c| {
                    super::orgs_and_jobs::is_job_title(markers::plain_inline(&c.text).trim())
                })
            })
            .count();
        let people_named = words
            .iter()
            .any(|w| matches!(w.as_slice(), [x] if x == "name" || x == "names"));
        let org_col = words.iter().any(|w| {
            w.iter().any(|x| {
                matches!(
                    x.as_str(),
                    "company" | "organization" | "organisation" | "affiliation" | "employer"
                )
            })
        });
        if people_named && org_col && jobs * 2 > t.rows.len() {
            return Vec::new();
        }
        // (`Mentioned by`, `Recommended by`: who in the notes' own team
        // spoke of the talk, not who gave it.)
        let speaker_col = words
            .iter()
            .position(|w| {
                w.iter().any(|x| is_speaker_header(x))
                    && !w.first().is_some_and(|x| {
                        w.len() >= 2
                            && matches!(
                                x.as_str(),
                                "mentioned"
                                    | "recommended"
                                    | "suggested"
                                    | "noted"
                                    | "watched"
                                    | "reviewed"
                            )
                    })
            })
            .filter(|&c| c != title_col)
            .or_else(|| table_columns::handle_column(t, self.text, title_col))
            // (`Name | Title`: beside a title column, a `Name` column of
            // people's names is who gave them.)
            .or_else(|| {
                words
                    .iter()
                    .position(|w| matches!(w.as_slice(), [x] if x == "name" || x == "names"))
                    .filter(|&c| {
                        let people = t
                            .rows
                            .iter()
                            .filter(|r| {
                                r.cells.get(c).is_some_and(|x| {
                                    super::names::is_person(
                                        markers::plain_inline(&x.text).trim(),
                                        true,
                                    )
                                })
                            })
                            .count();
                        c != title_col && people * 3 >= t.rows.len() * 2
                    })
            });
        // A session index: its titles link into the page.
        let anchored = t
            .rows
            .iter()
            .filter(|r| {
                r.cells.get(title_col).is_some_and(|c| {
                    self.links_in(c.range.clone())
                        .any(|l| l.dest.starts_with('#'))
                })
            })
            .count();
        if anchored * 2 >= t.rows.len().max(1) {
            return Vec::new();
        }
        let full_names = speaker_col.map_or(0, |c| {
            t.rows
                .iter()
                .filter(|r| {
                    r.cells
                        .get(c)
                        .is_some_and(|x| x.text.split_whitespace().count() >= 2)
                })
                .count()
        });
        let mut out = Vec::new();
        for row in &t.rows {
            let Some(cell) = row.cells.get(title_col) else {
                continue;
            };
            if by_name_only && !by_name(&cell.text) {
                continue;
            }
            // (A divider row of a programme, `| ---休憩1--- | 22:35まで |`,
            // `| === Lunch === | |`: a label between its talks.)
            // (Its first cell or the title's: not a note column's `---
            // slides missing ---` beside a talk.)
            if row
                .cells
                .first()
                .into_iter()
                .chain(Some(cell))
                .any(|c| table_columns::is_divider(&c.text))
            {
                continue;
            }
            // (A block's opening row, `| 8:30 | | **Session 1: HEP** |
            // Chair: Ashmeet Singh |`: who chairs it is no talk.)
            if super::detail_headings::is_detail(&cell.text) {
                continue;
            }
            // Bilingual cells (`中文<br>English - Name`): the last line;
            // but a break inside a link's text only wraps the title
            // (`[Empirically Measuring<br> C++’s Complexity](…)`).
            let wrapped = self.links_in(cell.range.clone()).any(|l| {
                let t = l.text.to_ascii_lowercase();
                t.contains("<br") || t.contains('\n')
            });
            let joined;
            let line = if wrapped {
                joined = cell.text.split_whitespace().collect::<Vec<_>>().join(" ");
                joined.as_str()
            } else {
                // (Not a line of marks only: `[Title](talk/…)<br/>🎥 🖥`.)
                cell.text
                    .lines()
                    .map(str::trim)
                    .rfind(|l| l.chars().any(char::is_alphanumeric))
                    .unwrap_or("")
            };
            // (A schedule's breaks and parties, where no one is named:
            // `[Thursday Lunch]`, `Strange Loop Party`.)
            if line.is_empty()
                || (timed && speaker_col.is_none() && headings::is_vocab(&headings::norm(line)))
                // (Or a break whose speaker cell is empty: `| 13:30 |
                // 休憩 | |`.)
                || (speaker_col.is_some_and(|c| {
                    row.cells.get(c).is_none_or(|x| x.text.trim().is_empty())
                }) && has_time_col
                    && super::section_words::names_a_break(&headings::norm(line)))
            {
                continue;
            }
            // `Máquina de Anticítera [slides (pdf)](…)`: the links of the
            // title cell labelled as slides, a video or a file are links,
            // not words of the title.
            let mut line = line.to_string();
            for l in self.links_in(cell.range.clone()) {
                let t = markers::plain_inline(&l.text);
                let t = t.trim();
                let file_note = t
                    .strip_suffix(')')
                    .and_then(|x| x.rsplit_once('('))
                    .is_some_and(|(_, inner)| {
                        matches!(
                            inner.trim().to_lowercase().as_str(),
                            "pdf"
                                | "png"
                                | "pptx"
                                | "ppt"
                                | "key"
                                | "youtube"
                                | "vimeo"
                                | "google drive"
                                | "html"
                        )
                    });
                if !t.is_empty()
                    && (link_labels::label_of_text(t).is_some()
                        || link_labels::is_recording_label(t)
                        || file_note)
                    && let Some(at) = line.rfind(t)
                    && at > 0
                {
                    line.replace_range(at..at + t.len(), "");
                }
            }
            // (`Closures in Rust ([Slides](…))`: the parentheses the
            // slides' link leaves.)
            let line = line.replace("()", "");
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            // (A row read for its `Title by Name`: its asides in
            // parentheses go, `(Easy)`, `(remote from Penang)`.)
            let line = if by_name_only {
                without_parens(&line)
            } else {
                line
            };
            let mut parts = headings::parts(&line);
            let mut speakers: Vec<_> = match speaker_col.and_then(|c| row.cells.get(c)) {
                Some(sc) => {
                    // (`[Фёдор Голубев](…)  [Леонид Шныр](…)`: each link a
                    // person, with nothing but spaces between them.)
                    let cell = self
                        .text
                        .get(sc.range.clone())
                        .and_then(side_by_side_links)
                        .unwrap_or_else(|| sc.text.replace('\n', ", "));
                    let text = and_in_other_languages(&cell);
                    parse_speakers(&text)
                        .into_iter()
                        .filter(|r| !orgs_and_jobs::is_org(&r.name))
                        .collect()
                }
                None => Vec::new(),
            };
            // (A schedule's break, its speaker cell one word for everyone:
            // `| 11:55 - 13:00 | Peserta | Coffe Break, Networking |`.)
            // (Where most rows name people in full: not a column of first
            // names.)
            // (Or its speaker cell empty, in a programme whose rows are
            // timed and mostly name people: `| 8:30 | | Attendee
            // registration |`, `| 12:15 | | FLASH POSTER PRESENTATIONS |`;
            // not `| 16:00 | | Lightning talks |`, `| 17:30 | | Discussion
            // and wrap-up |`.)
            if has_time_col
                && full_names * 2 >= t.rows.len()
                && speakers.is_empty()
                && parts.speakers.is_none()
                && speaker_col
                    .and_then(|c| row.cells.get(c))
                    .is_some_and(|sc| sc.text.trim().is_empty())
                && !headings::norm(&line).split_whitespace().any(|w| {
                    matches!(
                        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'),
                        "talk"
                            | "talks"
                            | "keynote"
                            | "panel"
                            | "discussion"
                            | "lightning"
                            | "workshop"
                            | "tutorial"
                            | "fireside"
                            | "ama"
                            | "q&a"
                            | "demo"
                            | "bof"
                            | "birds"
                            | "unconference"
                            | "chat"
                            | "interview"
                            | "hackathon"
                    )
                })
            {
                continue;
            }
            if timed
                && full_names * 2 >= t.rows.len()
                && let Some(sc) = speaker_col.and_then(|c| row.cells.get(c))
                // (An empty cell is read above: `| 12:30 | | _Panel
                // discussion about the future_ |` is a talk.)
                && sc.text.split_whitespace().count() == 1
                && !speakers.iter().any(|r| r.handle)
                && !sc.text.contains('@')
            {
                continue;
            }
            if speakers.is_empty()
                && let Some(sp) = parts.speakers.take()
            {
                speakers = parse_speakers(&sp);
            } else if !speakers.is_empty() && parts.org.is_some() {
                // `24 passos para uma startup de sucesso - MIT GSL` beside
                // its speaker's column: the title's own words.
                parts.title = line.clone();
            }
            let mut links = Vec::new();
            let mut notes = String::new();
            for (c, cell) in row.cells.iter().enumerate() {
                let header = t.header.get(c).map(String::as_str).unwrap_or("");
                for l in self.links_in(cell.range.clone()) {
                    if l.image || classify_url(&l.dest) == UrlKind::Unsafe {
                        continue;
                    }
                    links.push(Link {
                        label: link_label(&l.text, &l.dest, header, c == title_col).into(),
                        url: l.dest.to_string(),
                    });
                }
                if c != title_col && Some(c) != speaker_col {
                    let text = cell.text.replace('\n', " ");
                    let text = text.trim();
                    if !text.is_empty() && !header.trim().is_empty() {
                        notes.push_str(&format!(
                            "- {}: {}\n",
                            markers::plain_inline(header).trim(),
                            text
                        ));
                    }
                }
            }
            out.push(Entry {
                title: parts.title,
                speakers,
                links,
                notes,
                range: row.range.clone(),
                kind: parts.kind,
                language: parts.language,
                what: "table row",
            });
        }
        out
    }
}
