//! The linker's entities: a name becomes one speaker, one org, one theme
//! however many sessions and files name it (by slug), sorted by name
//! with every index between them rewritten; and Key Themes no session
//! carries are reported.

use std::collections::HashMap;

use crate::model::{Diagnostic, Library, Org, Severity, Speaker, Theme};
use crate::suggest::{self, Suggestion};
use crate::text::{self, slugify};

use super::ids::*;
use super::link::{Linker, STEP_SESSIONS};
use super::themes::{Matcher, key_of, key_of_folded};
use super::util::*;

impl Linker<'_> {
    /// Warnings for the Key Themes no session links to, each with the
    /// sessions its words suggest (see `suggest`) and the line to add.
    pub(super) fn unlinked_key_themes(&mut self) {
        let lines = std::mem::take(&mut self.key_theme_lines);
        let mut suggested: HashMap<(usize, usize), Vec<Suggestion>> = HashMap::new();
        for s in self.scorers.take().unwrap_or_default() {
            let ci = s.conference();
            for (t, list) in s.finish(&self.lib) {
                suggested.insert((ci, t), list);
            }
        }
        for (ci, lines) in lines.into_iter().enumerate() {
            for (t, file, line) in lines {
                if !self.linked[ci].contains(&t) {
                    // The sessions its words suggest are the fix, when there
                    // are any; otherwise the general advice.
                    let fix = suggested
                        .get(&(ci, t))
                        .and_then(|list| advice(&self.lib, t, list, &file))
                        .unwrap_or_else(|| {
                            "Tag a session with it (`Themes: Name`), name it in a session's notes, or remove it from Key Themes"
                                .into()
                        });
                    self.diags.push(Diagnostic {
                        file,
                        line,
                        severity: Severity::Warning,
                        message: format!(
                            "Key Theme `{}` is not linked to any session (no session names it or is tagged with it)",
                            show_target(&self.lib.themes[t].name)
                        ),
                        fix: Some(fix),
                    });
                }
            }
        }
        self.linked = Vec::new();
        self.matchers = Vec::new();
    }

    /// The theme named `name`: a Key Theme of the session's conference by
    /// name or alias, else any theme of that name, else a new one. `None`
    /// for names with no letters or digits. `stripped` may hold the name's
    /// stripped form (see [`Stripped`]).
    pub(super) fn theme_for(
        &mut self,
        name: &str,
        stripped: Option<&Stripped>,
        conf: Option<&Matcher>,
    ) -> Option<usize> {
        let u = self.unicode;
        // The key in a reused buffer: most names are ASCII and known.
        let mut key = std::mem::take(&mut self.key_buf);
        key.clear();
        if name.is_ascii() {
            key.extend(
                name.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            match stripped {
                Some(st) => key.push_str(&key_of_folded(&text::fold_stripped(st.get(name)))),
                None => key.push_str(&key_of(u, name)),
            }
        }
        let found = if key.is_empty() {
            Err(None)
        } else if let Some(t) = conf.and_then(|m| m.get(&key)) {
            Err(Some(t))
        } else if let Some(&t) = self.theme_keys.get(key.as_str()) {
            Err(Some(t))
        } else {
            Ok(key.clone())
        };
        self.key_buf = key;
        let key = match found {
            Err(t) => return t,
            Ok(key) => key,
        };
        let t = self.lib.themes.len();
        let id = match stripped {
            Some(st) => st.slug(name),
            None => slugify(u, name),
        };
        self.lib.themes.push(Theme {
            id,
            name: name.trim().to_string(),
            ..Theme::default()
        });
        self.theme_keys.insert(key, t);
        Some(t)
    }

    /// The speaker named `name` (see [`intern`]).
    pub(super) fn speaker(&mut self, name: &str, stripped: &Stripped) -> usize {
        intern(
            &mut self.speaker_names,
            &mut self.speaker_ids,
            &mut self.lib.speakers,
            name,
            stripped,
            |id, name| Speaker {
                id,
                name,
                ..Speaker::default()
            },
        )
    }

    /// The org named `name` (see [`intern`]).
    pub(super) fn org(&mut self, name: &str, stripped: &Stripped) -> usize {
        intern(
            &mut self.org_names,
            &mut self.org_ids,
            &mut self.lib.orgs,
            name,
            stripped,
            |id, name| Org {
                id,
                name,
                ..Org::default()
            },
        )
    }
}

/// The index in `list` of the entity called `name`: the one known by that
/// exact name (`names`), else the one with its slug (`ids`: `Jiří Novák`
/// and `Jiri Novak` are one person), else a new one, `make(slug, name)`.
fn intern<T>(
    names: &mut HashMap<String, usize>,
    ids: &mut HashMap<String, usize>,
    list: &mut Vec<T>,
    name: &str,
    stripped: &Stripped,
    make: fn(String, String) -> T,
) -> usize {
    if let Some(&i) = names.get(name) {
        return i;
    }
    let id = stripped.slug(name);
    let n = list.len();
    let i = *ids.entry(id.clone()).or_insert(n);
    if i == n {
        list.push(make(id, name.to_string()));
    }
    names.insert(name.to_string(), i);
    i
}

/// Suggestions named in a sentence for the author, after the warning that
/// `theme` is not linked: ``add `Tags: Multi-cloud` under “How We Built a
/// Cloud On K3s” (line 55; shares: multi, Cloud, cluster)``, the first
/// three of `suggestions` joined by "or", and how many more there are.
/// `file` is the file of the warning: a session in another file is named
/// with its file. None without suggestions.
fn advice(lib: &Library, theme: usize, suggestions: &[Suggestion], file: &str) -> Option<String> {
    const SHOWN: usize = 3;
    let theme = lib.themes.get(theme)?;
    let places: Vec<String> = suggestions
        .iter()
        .take(SHOWN)
        .filter_map(|sg| {
            let s = lib.sessions.get(sg.session)?;
            let at = if s.file == file {
                format!("line {}", s.line)
            } else {
                format!("{}:{}", s.file, s.line)
            };
            Some(format!(
                "under “{}” ({at}; shares: {})",
                show_target(&s.title),
                sg.words.join(", ")
            ))
        })
        .collect();
    if places.is_empty() {
        return None;
    }
    let mut out = format!(
        "To link it, add `{}` {}",
        suggest::tag_line(theme),
        places.join(" or ")
    );
    let more = suggestions.len().saturating_sub(SHOWN);
    if more > 0 {
        out.push_str(&format!(
            " ({more} more related session{} in `notes-check --json`)",
            if more == 1 { "" } else { "s" }
        ));
    }
    Some(out)
}

impl Linker<'_> {
    /// Sorts speakers, orgs and themes by name and rewrites the indices
    /// between them; the sessions' indices are rewritten by
    /// [`Linker::remap_sessions`].
    pub(super) fn sort_entities(&mut self) {
        let u = self.unicode;
        let lib = &mut self.lib;
        let names = lib
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .chain(lib.orgs.iter().map(|o| o.name.as_str()))
            .chain(lib.themes.iter().map(|t| t.name.as_str()));
        let stripped = Stripped::new(u, names);
        let key = |name: &str, id: &str| {
            let folded = if name.is_ascii() {
                name.to_ascii_lowercase()
            } else {
                text::fold_stripped(stripped.get(name))
            };
            (folded, id.to_string())
        };
        let sp = permutation(lib.speakers.iter().map(|s| key(&s.name, &s.id)).collect());
        let og = permutation(lib.orgs.iter().map(|s| key(&s.name, &s.id)).collect());
        let th = permutation(lib.themes.iter().map(|s| key(&s.name, &s.id)).collect());
        lib.speakers = apply(std::mem::take(&mut lib.speakers), &sp);
        lib.orgs = apply(std::mem::take(&mut lib.orgs), &og);
        lib.themes = apply(std::mem::take(&mut lib.themes), &th);
        for s in &mut lib.speakers {
            for o in &mut s.orgs {
                *o = og.new_of[*o];
            }
            s.orgs.sort_unstable();
            s.orgs.dedup();
        }
        for o in &mut lib.orgs {
            for s in &mut o.speakers {
                *s = sp.new_of[*s];
            }
            o.speakers.sort_unstable();
            o.speakers.dedup();
        }
        for c in &mut lib.conferences {
            for t in &mut c.themes {
                *t = th.new_of[*t];
            }
        }
        for t in &mut lib.themes {
            t.sessions.sort_unstable();
            t.sessions.dedup();
        }
        self.perms = Some([sp, og, th]);
    }

    /// Rewrites the speaker, org and theme indices of the next slice of
    /// sessions to the sorted order; `true` when all are rewritten.
    pub(super) fn remap_sessions(&mut self) -> bool {
        let Some([sp, og, th]) = &self.perms else {
            return true;
        };
        let start = self.done;
        let end = (start + STEP_SESSIONS).min(self.lib.sessions.len());
        for s in &mut self.lib.sessions[start..end] {
            for x in &mut s.speakers {
                x.speaker = sp.new_of[x.speaker];
                x.org = x.org.map(|o| og.new_of[o]);
            }
            for t in &mut s.themes {
                t.theme = th.new_of[t.theme];
            }
        }
        self.done = end;
        end >= self.lib.sessions.len()
    }
}
