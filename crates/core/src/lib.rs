//! confnotes-core: Markdown conference notes in, a searchable Library out.
//!
//! This crate is pure Rust with no web dependency. The app (`src/` at the
//! workspace root) and the `notes-check` CLI are thin drivers on top of it.
//!
//! Data flows one way:
//!
//! ```text
//! SourceFile(s) --parse--> Library --Index::new--> Index
//! URL query string --Query::from_url--> Query
//! (Index, Query, UserFacts) --evaluate--> Results
//! Markdown of a session --render--> safe HTML
//! ```
//!
//! Text that needs Unicode tables (NFC, accent folding) goes through the
//! [`text::Unicode`] trait, so the browser can lend its own
//! `String.prototype.normalize` instead of shipping the tables in the wasm.
//!
//! # Modules
//!
//! - [`model`]: the Library and what it holds (conferences, sessions,
//!   speakers, orgs, themes, diagnostics), plain data by index and slug.
//! - [`mod@parse`]: Markdown notes to a Library, by inferring each file's
//!   structure; [`frontmatter`] reads their YAML and TOML front matter.
//! - [`index`]: the search and facet index over a Library.
//! - [`query`]: the [`Query`] (the view state) to and from the URL
//!   (`query/url.rs`), its evaluation with faceted counts
//!   (`query/eval.rs`), and which of a facet's values the filter panel
//!   shows (`query/facets.rs`).
//! - [`render`]: safe HTML from untrusted Markdown (heading ids and the
//!   notes' outline, video players as links); search highlighting.
//! - [`emoji`]: GitHub's emoji shortcodes (`:joy:`), which `render` shows.
//! - [`userdata`]: the reader's versioned document (stars, notes, themes),
//!   merging, import, the trip report, a session's themes with theirs.
//! - [`suggest`]: sessions that may belong to a theme no session carries,
//!   with the words they share (`notes-check` and the parser's warning).
//! - [`text`]: folding, slugs, a small English stemmer and the
//!   [`text::Unicode`] provider.
//! - [`check`]: the notes' diagnostics grouped for the author's checker
//!   page.
//! - `order` (private): one shared sort of indices, for a smaller wasm.
//!
//! The benchmark corpora come from the dev-only crate `confnotes-corpus`
//! (`crates/corpus`), which the app does not build.

pub mod check;
pub mod emoji;
pub mod first_paint;
pub mod frontmatter;
pub mod index;
pub mod model;
pub mod opened;
pub mod order;
pub mod parse;
pub mod query;
pub mod render;
pub mod suggest;
pub mod text;
pub mod userdata;

pub use index::{Index, IndexBuilder};
pub use model::*;
pub use parse::parse;
pub use query::{Facet, Query, Results, UserFacts, evaluate};
pub use render::{RenderOptions, render_markdown};
pub use text::Unicode;
pub use userdata::UserData;
