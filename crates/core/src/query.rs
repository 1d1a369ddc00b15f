//! The Query (view state, from and to the URL) and its evaluation.

/// The reader's view: filters, search text, the open session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {}

/// Matching sessions and facet counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {}
