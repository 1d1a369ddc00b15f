//! The reader's own data (stars, notes, assigned themes): its versioned JSON
//! document, merging, export.
