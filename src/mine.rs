//! The reader's own layer on a session: star, private note, own themes.

use confnotes_core::Session;
use leptos::prelude::*;

/// The reader's star, note and themes for one session.
#[component]
pub fn MySessionLayer(session: Session) -> impl IntoView {
    let _ = session;
}
