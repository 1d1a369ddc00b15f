//! A Library built by hand, for tests of the index, queries and user data
//! that must not depend on the parser.
//!
//! ```ignore
//! let lib = Lib::new()
//!     .conf("KubeCon 2021")
//!     .session("Microservices Made Easy!")
//!     .by("Donovan Brown", Some("Microsoft"))
//!     .themes(&["Developer experience"])
//!     .notes("Dapr is a really cool framework")
//!     .build();
//! ```

#![allow(dead_code)]

use std::collections::BTreeMap;

use confnotes_core::model::*;
use confnotes_core::text::{NativeUnicode, slugify};

/// A session as written in a test.
#[derive(Default)]
struct S {
    title: String,
    speakers: Vec<(String, Option<String>)>,
    themes: Vec<(String, ThemeSource)>,
    notes: String,
    day: Option<String>,
    track: Option<String>,
    lang: Option<String>,
    links: Vec<Link>,
}

/// A Library under construction: conferences in the order given, sessions
/// under the last conference given.
#[derive(Default)]
pub struct Lib {
    confs: Vec<(String, Vec<String>, Vec<S>)>,
}

impl Lib {
    pub fn new() -> Lib {
        Lib::default()
    }

    /// Starts a conference.
    pub fn conf(mut self, title: &str) -> Lib {
        self.confs.push((title.to_string(), Vec::new(), Vec::new()));
        self
    }

    /// Key Themes of the current conference.
    pub fn key_themes(mut self, names: &[&str]) -> Lib {
        if let Some(c) = self.confs.last_mut() {
            c.1.extend(names.iter().map(|s| s.to_string()));
        }
        self
    }

    /// Starts a session in the current conference.
    pub fn session(mut self, title: &str) -> Lib {
        if self.confs.is_empty() {
            self = self.conf("Conf");
        }
        if let Some(c) = self.confs.last_mut() {
            c.2.push(S {
                title: title.to_string(),
                ..S::default()
            });
        }
        self
    }

    fn last(&mut self) -> &mut S {
        self.confs
            .last_mut()
            .and_then(|c| c.2.last_mut())
            .expect("a session was started")
    }

    /// A speaker of the current session.
    pub fn by(mut self, name: &str, org: Option<&str>) -> Lib {
        self.last()
            .speakers
            .push((name.to_string(), org.map(str::to_string)));
        self
    }

    /// Explicit themes of the current session.
    pub fn themes(mut self, names: &[&str]) -> Lib {
        for n in names {
            self.last()
                .themes
                .push((n.to_string(), ThemeSource::Explicit));
        }
        self
    }

    /// The notes (Markdown) of the current session.
    pub fn notes(mut self, text: &str) -> Lib {
        self.last().notes = text.to_string();
        self
    }

    pub fn day(mut self, d: &str) -> Lib {
        self.last().day = Some(d.to_string());
        self
    }

    pub fn track(mut self, t: &str) -> Lib {
        self.last().track = Some(t.to_string());
        self
    }

    pub fn lang(mut self, l: &str) -> Lib {
        self.last().lang = Some(l.to_string());
        self
    }

    pub fn link(mut self, label: &str, url: &str) -> Lib {
        self.last().links.push(Link {
            label: label.to_string(),
            url: url.to_string(),
        });
        self
    }

    /// Links everything into a Library as the parser would: ids are slugs,
    /// speakers, orgs and themes sorted by name.
    pub fn build(self) -> Library {
        let u = &NativeUnicode;
        let sorted = |names: Vec<String>| -> Vec<String> {
            let mut v = names;
            v.sort_by_key(|s| s.to_lowercase());
            v.dedup();
            v
        };
        let all_s = || self.confs.iter().flat_map(|c| c.2.iter());
        let speakers = sorted(
            all_s()
                .flat_map(|s| s.speakers.iter().map(|p| p.0.clone()))
                .collect(),
        );
        let orgs = sorted(
            all_s()
                .flat_map(|s| s.speakers.iter().filter_map(|p| p.1.clone()))
                .collect(),
        );
        let themes = sorted(
            all_s()
                .flat_map(|s| s.themes.iter().map(|t| t.0.clone()))
                .chain(self.confs.iter().flat_map(|c| c.1.iter().cloned()))
                .collect(),
        );
        let pos = |v: &Vec<String>, n: &str| v.iter().position(|x| x == n).expect("known name");

        let mut lib = Library {
            speakers: speakers
                .iter()
                .map(|n| Speaker {
                    id: slugify(u, n),
                    name: n.clone(),
                    ..Speaker::default()
                })
                .collect(),
            orgs: orgs
                .iter()
                .map(|n| Org {
                    id: slugify(u, n),
                    name: n.clone(),
                    ..Org::default()
                })
                .collect(),
            themes: themes
                .iter()
                .map(|n| Theme {
                    id: slugify(u, n),
                    name: n.clone(),
                    ..Theme::default()
                })
                .collect(),
            ..Library::default()
        };
        let mut ids: BTreeMap<String, usize> = BTreeMap::new();
        for (ci, (title, key, sessions)) in self.confs.iter().enumerate() {
            let cid = slugify(u, title);
            let mut conf = Conference {
                id: cid.clone(),
                title: title.clone(),
                sources: vec![format!("notes/{cid}.md")],
                themes: key.iter().map(|k| pos(&themes, k)).collect(),
                ..Conference::default()
            };
            for (li, s) in sessions.iter().enumerate() {
                let si = lib.sessions.len();
                let mut id = format!("{cid}/{}", slugify(u, &s.title));
                let n = ids.entry(id.clone()).or_insert(0);
                *n += 1;
                if *n > 1 {
                    id = format!("{id}-{n}");
                }
                let sp: Vec<SessionSpeaker> = s
                    .speakers
                    .iter()
                    .map(|(name, org)| SessionSpeaker {
                        speaker: pos(&speakers, name),
                        org: org.as_deref().map(|o| pos(&orgs, o)),
                    })
                    .collect();
                for p in &sp {
                    lib.speakers[p.speaker].sessions.push(si);
                    if let Some(o) = p.org {
                        lib.orgs[o].sessions.push(si);
                    }
                }
                let th: Vec<SessionTheme> = s
                    .themes
                    .iter()
                    .map(|(name, source)| SessionTheme {
                        theme: pos(&themes, name),
                        source: *source,
                    })
                    .collect();
                for t in &th {
                    lib.themes[t.theme].sessions.push(si);
                }
                lib.sessions.push(Session {
                    id,
                    conference: ci,
                    title: s.title.clone(),
                    speakers: sp,
                    themes: th,
                    links: s.links.clone(),
                    day: s.day.clone(),
                    track: s.track.clone(),
                    language: s.lang.clone(),
                    kind: None,
                    date: None,
                    file: conf.sources[0].clone(),
                    line: 10 + li as u32,
                    markdown: s.notes.clone(),
                });
                conf.sessions.push(si);
            }
            lib.conferences.push(conf);
        }
        lib
    }
}
