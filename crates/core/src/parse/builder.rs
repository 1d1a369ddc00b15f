//! The builder: files go in one at a time, drafts come out for the linker.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Diagnostic, Library, Link, Section, SourceFile};
use crate::text::{Unicode, slugify};

use super::file::*;
use super::link::*;
use super::speakers::SpeakerRef;
use super::themes::ThemeItem;
use super::{normalise_newlines, space_headings};

/// Builds a Library file by file, so a caller can spread the work over
/// several frames; [`LibraryBuilder::finish`] links everything.
pub struct LibraryBuilder<'u> {
    pub(super) unicode: &'u dyn Unicode,
    pub(super) confs: Vec<ConfDraft>,
    pub(super) conf_ids: HashMap<String, usize>,
    pub(super) sessions: Vec<SessionDraft>,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) outlines: Vec<crate::model::FileOutline>,
}

/// A conference as the files added so far describe it.
#[derive(Debug, Default)]
pub(super) struct ConfDraft {
    pub(super) id: String,
    /// The title each file gives, with the file.
    pub(super) titles: Vec<(String, String)>,
    /// Dates given, with the file.
    pub(super) dates: Vec<(String, String)>,
    pub(super) themes: Vec<ThemeDraft>,
    pub(super) sections: Vec<Section>,
}

#[derive(Debug)]
pub(super) struct ThemeDraft {
    pub(super) item: ThemeItem,
    pub(super) markdown: String,
    pub(super) file: String,
    pub(super) line: u32,
}

#[derive(Debug, Default)]
pub(super) struct SessionDraft {
    pub(super) conf: usize,
    pub(super) title: String,
    pub(super) speakers: Vec<SpeakerRef>,
    /// Themes named by markers or front matter.
    pub(super) explicit: Vec<String>,
    pub(super) links: Vec<Link>,
    pub(super) day: Option<String>,
    pub(super) track: Option<String>,
    pub(super) language: Option<String>,
    pub(super) kind: Option<String>,
    pub(super) date: Option<String>,
    pub(super) file: String,
    pub(super) line: u32,
    pub(super) markdown: String,
}

/// One file parsed by [`LibraryBuilder::read`], waiting for
/// [`LibraryBuilder::merge`].
#[derive(Debug)]
pub struct FileRead {
    diagnostics: Vec<Diagnostic>,
    outline: crate::model::FileOutline,
    out: FileOut,
}

/// What one file contributes.
#[derive(Debug, Default)]
pub(super) struct FileOut {
    pub(super) conf_title: String,
    pub(super) conf_date: Option<String>,
    pub(super) themes: Vec<ThemeDraft>,
    pub(super) sections: Vec<Section>,
    pub(super) sessions: Vec<SessionDraft>,
}

impl<'u> LibraryBuilder<'u> {
    /// A builder that normalises text with `unicode`.
    pub fn new(unicode: &'u dyn Unicode) -> Self {
        LibraryBuilder {
            unicode,
            confs: Vec::new(),
            conf_ids: HashMap::new(),
            sessions: Vec::new(),
            diagnostics: Vec::new(),
            outlines: Vec::new(),
        }
    }

    /// Parses one file into the builder: everything that concerns this
    /// file alone happens here. The same as [`LibraryBuilder::read`] then
    /// [`LibraryBuilder::merge`].
    pub fn add(&mut self, file: &SourceFile) {
        let read = self.read(file);
        self.merge(read);
    }

    /// Parses one file on its own, touching nothing in the builder, so that
    /// files can be read in any order (a caller may read the cheapest first)
    /// and merged in the bundle's order: the Library depends only on the
    /// order of [`LibraryBuilder::merge`].
    pub fn read(&self, file: &SourceFile) -> FileRead {
        let text: Cow<str> = if file.text.starts_with('\u{feff}') || file.text.contains('\r') {
            Cow::Owned(normalise_newlines(
                file.text.trim_start_matches('\u{feff}').to_string(),
            ))
        } else {
            Cow::Borrowed(&file.text)
        };
        // The rewrites before the file is read, in order, each returning
        // `None` (no copy) when it has nothing to do: a body written in
        // HTML (`<li>…</li>` lines) as Markdown; a Slidev deck's per-slide
        // settings blanked; kramdown's attribute lists (`[Video](…){:
        // .youtube}`) dropped; `#### Session Chairs: …` under a heading
        // made a line of its part.
        let mut text = text;
        for rewrite in [
            super::html_body::markdown_from_html as fn(&str) -> Option<String>,
            super::slide_decks::blank_slide_settings,
            super::attribute_lists::drop_attribute_lists,
            super::detail_headings::detail_headings_as_lines,
        ] {
            if let Some(t) = rewrite(&text) {
                text = Cow::Owned(t);
            }
        }
        // Borrowed, not copied, when it is NFC already (the usual case).
        let text = self.unicode.nfc(&text);
        let spaced = space_headings(&text);
        let text = match &spaced {
            Some((t, _)) => t.as_str(),
            None => &text,
        };
        // `[Cody Hiar] [cody]`: a reference link with a space in it.
        let joined = super::reference_links::join_spaced_references(text);
        let text = joined.as_deref().unwrap_or(text);
        let mut fp = FileParser::new(self.unicode, &file.path, text);
        // One warning for them all, at the first: a file that writes its
        // headings so writes them all so.
        if let Some((_, lines)) = &spaced
            && let Some(&first) = lines.first()
        {
            let message = if lines.len() == 1 {
                "heading without a space after its `#`s: read as a heading".to_string()
            } else {
                let shown: Vec<String> = lines.iter().take(8).map(u32::to_string).collect();
                format!(
                    "{} headings without a space after their `#`s (lines {}{}): read as headings",
                    lines.len(),
                    shown.join(", "),
                    if lines.len() > 8 { ", …" } else { "" }
                )
            };
            fp.warn_fix(
                first,
                message,
                "Put a space after the `#`s (`## Title`), as Markdown renderers expect",
            );
        }
        let out = fp.run();
        if out.sessions.is_empty() {
            fp.warn_fix(
                0,
                "no session found: everything is read as the conference's notes; `notes-check --explain` shows why, and `<!-- confnotes: session -->` before a heading (or `<!-- confnotes: session-level 2 -->` anywhere) marks the talks".into(),
                "Put `<!-- confnotes: session -->` on the line before each talk heading, or `<!-- confnotes: session-level 2 -->` anywhere if the talks are the `##` headings",
            );
        }
        let mut items = std::mem::take(&mut fp.explain);
        crate::order::sort_by(&mut items, &|a, b| a.line.cmp(&b.line));
        FileRead {
            diagnostics: std::mem::take(&mut fp.diags),
            outline: crate::model::FileOutline {
                file: file.path.clone(),
                items,
            },
            out,
        }
    }

    /// Adds a file [`LibraryBuilder::read`] parsed: its conference,
    /// sessions, diagnostics and outline, after those merged before it.
    pub fn merge(&mut self, read: FileRead) {
        let FileRead {
            mut diagnostics,
            outline,
            out,
        } = read;
        let path = outline.file.clone();
        self.diagnostics.append(&mut diagnostics);
        self.outlines.push(outline);
        let id = slugify(self.unicode, &out.conf_title);
        let conf = *self.conf_ids.entry(id.clone()).or_insert_with(|| {
            self.confs.push(ConfDraft {
                id,
                ..ConfDraft::default()
            });
            self.confs.len() - 1
        });
        let c = &mut self.confs[conf];
        c.titles.push((path.clone(), out.conf_title));
        if let Some(d) = out.conf_date {
            c.dates.push((path, d));
        }
        c.themes.extend(out.themes);
        c.sections.extend(out.sections);
        for mut s in out.sessions {
            s.conf = conf;
            self.sessions.push(s);
        }
    }

    /// Links sessions, speakers, orgs and themes into a Library, in one go:
    /// [`LibraryBuilder::finish_in_steps`] run to the end.
    pub fn finish(self) -> Library {
        self.finish_in_steps().into_library()
    }

    /// The work of [`LibraryBuilder::finish`] in bounded steps, for callers
    /// that must yield between them (a browser's main thread): see
    /// [`Finishing`].
    pub fn finish_in_steps(self) -> Finishing<'u> {
        Finishing {
            linker: Linker::new(self),
            stage: Stage::Conferences,
        }
    }
}
