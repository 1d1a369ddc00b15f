//! YAML front matter of one-session-per-file notes.
