//! A panic must not leave a blank page: the hook logs it to the console and
//! shows index.html's static `#fatal` box, which offers a reload.

use wasm_bindgen::JsCast;

/// Installs the hook. Safe to call more than once.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(
            "The app stopped unexpectedly. Your notes in this browser are safe; reloading usually helps.",
        );
    }));
}

/// Shows the static error box over the app.
pub fn show_fatal(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(text) = doc.get_element_by_id("fatal-message") {
        text.set_text_content(Some(message));
    }
    for (id, hidden) in [("fatal", false), ("boot", true)] {
        if let Some(el) = doc
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.set_hidden(hidden);
        }
    }
}

/// Panics on purpose. Exported so the e2e suite can prove, on the real
/// release build, that a panic shows the message and the reload link rather
/// than a blank page. Calling it only affects the page that calls it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn confnotes_selftest_panic() {
    panic!("self-test: a deliberate panic");
}
