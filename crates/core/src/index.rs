//! The search and facet index over a Library.

use crate::model::Library;
use crate::text::Unicode;

/// Precomputed search text and facet postings for fast queries.
pub struct Index {}

impl Index {
    /// Indexes `lib`.
    pub fn new(lib: &Library, unicode: &dyn Unicode) -> Index {
        let _ = (lib, unicode);
        todo!("query helper")
    }
}
