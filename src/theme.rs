//! Light and dark: the system preference by default, or the reader's choice,
//! remembered in localStorage (`confnotes.theme`). boot.js applies a stored
//! choice before the wasm loads, so the page never flashes the other theme.

use leptos::prelude::*;

use crate::storage::{Backend, local_storage};

const KEY: &str = "confnotes.theme";

fn stored() -> Option<String> {
    local_storage()
        .ok()
        .and_then(|s| s.get(KEY).ok().flatten())
        .filter(|v| v == "dark" || v == "light")
}

fn system_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn apply(theme: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// True when the page shows the dark theme.
fn is_dark() -> bool {
    stored().map_or_else(system_dark, |t| t == "dark")
}

/// Applies the reader's stored choice, if any.
pub fn init() {
    if let Some(t) = stored() {
        apply(&t);
    }
}

/// A toggle button for the dark theme, with `aria-pressed`.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(is_dark());
    let toggle = move |_| {
        let next = if dark.get_untracked() {
            "light"
        } else {
            "dark"
        };
        apply(next);
        if let Ok(s) = local_storage() {
            // Not being able to remember the choice is harmless.
            let _ = s.set(KEY, next);
        }
        dark.set(next == "dark");
    };
    view! {
        <button
            type="button"
            class="button"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=toggle
        >
            "Dark theme"
        </button>
    }
}
