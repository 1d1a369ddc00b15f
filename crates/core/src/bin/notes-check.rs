//! notes-check: parse notes like the app does and report problems.
fn main() {}
