//! Markdown notes -> [`Library`]. See ARCHITECTURE.md and DESIGN.md for the
//! formats understood.

use crate::model::{Diagnostic, Library, SourceFile};
use crate::text::Unicode;

/// Decodes a file's bytes; invalid UTF-8 is an error naming the file.
pub fn source_from_bytes(path: &str, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    let _ = (path, bytes);
    todo!("parser helper")
}

/// Builds a Library file by file, so a caller can spread the work over
/// several frames; [`LibraryBuilder::finish`] links everything.
pub struct LibraryBuilder<'u> {
    unicode: &'u dyn Unicode,
}

impl<'u> LibraryBuilder<'u> {
    /// A builder that normalises text with `unicode`.
    pub fn new(unicode: &'u dyn Unicode) -> Self {
        LibraryBuilder { unicode }
    }

    /// Parses one file into the builder.
    pub fn add(&mut self, file: &SourceFile) {
        let _ = (file, self.unicode);
        todo!("parser helper")
    }

    /// Links sessions, speakers, orgs and themes into a Library.
    pub fn finish(self) -> Library {
        todo!("parser helper")
    }
}

/// Parses all `files` into one Library.
pub fn parse(files: &[SourceFile], unicode: &dyn Unicode) -> Library {
    let mut b = LibraryBuilder::new(unicode);
    for f in files {
        b.add(f);
    }
    b.finish()
}
