//! The confnotes app: a thin Leptos driver over `confnotes-core`.
//!
//! - `notes`: fetches the notes bundle that the build made and parses it.
//! - `unicode`: lends the browser's `String.prototype.normalize` to core.
//! - `opened`: the IndexedDB store of the notes files opened in the browser.
//! - `storage`: the localStorage adapter for the reader's data.
//! - `mine`: the reader's stars, notes and themes, and the My notes tools.
//! - `url`: the URL adapter (the query string owns the view state).
//! - `panic`: turns a panic into a visible message with a way to reload.
//! - `sw`: registers the service worker; the "new version" prompt.
//! - `app`: the components.
//! - `warm`: the warm-up run in a worker, so the page finds the engine
//!   compiled.

mod app;
mod components;
mod mine;
mod notes;
mod opened;
mod panic;
pub mod storage;
mod sw;
mod theme;
mod unicode;
mod url;
mod warm;

pub use app::{App, mount_to};
pub use notes::{LoadError, Notes};
pub use warm::{in_page, run as warm_up};

/// Installs the panic hook and mounts the app into the page.
pub fn start() {
    panic::install();
    app::mount();
}
