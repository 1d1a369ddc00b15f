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

pub mod frontmatter;
pub mod index;
pub mod model;
mod order;
pub mod parse;
pub mod query;
pub mod render;
pub mod text;
pub mod userdata;

pub use index::{Index, IndexBuilder};
pub use model::*;
pub use parse::parse;
pub use query::{Facet, Query, Results, UserFacts, evaluate};
pub use render::{RenderOptions, render_markdown};
pub use text::Unicode;
pub use userdata::UserData;
