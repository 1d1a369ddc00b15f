//! The service worker's registration and the "new version" prompt.
//!
//! `public/sw.js` serves one build from its cache; a new deploy installs a
//! new worker that waits (the comment at the top of sw.js says why). This
//! module registers the worker (`sw.js`, scope `./`, both relative to the
//! page, so any sub-path works), notices a new worker waiting and shows
//! [`UpdatePrompt`]. Nothing reloads unless the reader presses Reload: the
//! waiting worker is then asked to take over (`{type: "SKIP_WAITING"}`) and
//! the page reloads on `controllerchange`.
//!
//! Debug builds (`trunk serve`) carry `<meta name="confnotes-sw"
//! content="off">` (scripts/post-build.mjs): they register nothing, so live
//! reload always shows the newest build.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How often an open page asks the host whether a new build is out (the
/// browser also checks at every navigation).
const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// How long Reload waits for the new worker before reloading anyway.
const TAKEOVER_TIMEOUT: Duration = Duration::from_secs(5);

/// What the prompt shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Update {
    /// Nothing: this page runs the newest build the browser knows of, or the
    /// reader said "Later".
    None,
    /// A new build is installed and waits for the reader's Reload.
    Waiting,
    /// Another tab took the new build; this page still runs the old one.
    Taken,
}

/// The registration, once `register` has resolved.
type Slot = StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>;

/// The page's service worker container; `None` where there is none (plain
/// http on an address other than localhost, some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into()
        .ok()
}

/// False when the build turned the service worker off (debug builds).
fn enabled() -> bool {
    document()
        .query_selector(r#"meta[name="confnotes-sw"][content="off"]"#)
        .ok()
        .flatten()
        .is_none()
}

fn reload() {
    crate::url::flush_pending();
    let _ = window().location().reload();
}

fn warn(what: &str, err: &JsValue) {
    let detail = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_default();
    web_sys::console::warn_1(&format!("confnotes: {what}: {detail}").into());
}

/// Asks the host for a newer sw.js; failing (offline) is normal and quiet.
fn check(registration: &ServiceWorkerRegistration) {
    if let Ok(promise) = registration.update() {
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Shows the prompt once `worker` has installed, if it is an update (a page
/// under no worker is seeing the first install, not a new version).
fn watch_install(
    container: &ServiceWorkerContainer,
    worker: web_sys::ServiceWorker,
    update: RwSignal<Update>,
) {
    let container = container.clone();
    let w = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if w.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            update.set(Update::Waiting);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    // Lives as long as the worker object: one small closure per new build.
    on_state.forget();
}

/// Registers sw.js and wires the events that drive the prompt.
fn start(
    container: ServiceWorkerContainer,
    update: RwSignal<Update>,
    slot: Slot,
    asked: StoredValue<bool>,
) {
    // The page reloads on `controllerchange` only when the reader asked for
    // it. Otherwise the change is either the first worker claiming this page
    // (nothing to say) or another tab's Reload (this page is now behind).
    let had_controller = Cell::new(container.controller().is_some());
    let on_change = Closure::<dyn Fn()>::new(move || {
        if asked.get_value() {
            reload();
        } else if had_controller.replace(true) {
            update.set(Update::Taken);
        }
    });
    let _ = container
        .add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    // For the page's lifetime, like the component that owns it.
    on_change.forget();

    spawn_local(async move {
        let options = RegistrationOptions::new();
        options.set_scope("./");
        let registration = match JsFuture::from(container.register_with_options("sw.js", &options))
            .await
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>())
        {
            Ok(r) => r,
            Err(e) => {
                warn(
                    "the offline copy is not available (service worker registration failed)",
                    &e,
                );
                return;
            }
        };
        if registration.waiting().is_some() && container.controller().is_some() {
            update.set(Update::Waiting);
        }
        if let Some(installing) = registration.installing() {
            watch_install(&container, installing, update);
        }
        let r = registration.clone();
        let c = container.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = r.installing() {
                watch_install(&c, installing, update);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();

        let r = registration.clone();
        set_interval(move || check(&r), CHECK_EVERY);
        slot.set_value(Some(registration));
    });
}

/// "A new version is available" with a Reload button, in a `role="status"`
/// region that is always in the page (so screen readers announce it) and
/// empty until a new build waits. Also registers the service worker.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let update = RwSignal::new(Update::None);
    let slot: Slot = StoredValue::new_local(None);
    let asked = StoredValue::new(false);
    if enabled()
        && let Some(c) = container()
    {
        start(c, update, slot, asked);
    }

    let on_reload = move |_| {
        let waiting = slot.with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) if update.get_untracked() == Update::Waiting => {
                asked.set_value(true);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                if worker.post_message(&message).is_err() {
                    reload();
                }
                // `controllerchange` reloads the page; if the worker never
                // takes over, reload anyway rather than leave the button dead.
                set_timeout(reload, TAKEOVER_TIMEOUT);
            }
            _ => reload(),
        }
    };

    view! {
        <div class="update-prompt" role="status">
            {move || {
                (update.get() != Update::None)
                    .then(|| {
                        view! {
                            <div class="update-box">
                                <p>"A new version is available."</p>
                                <button type="button" class="button" on:click=on_reload>
                                    "Reload"
                                </button>
                                <button
                                    type="button"
                                    class="link-button"
                                    on:click=move |_| update.set(Update::None)
                                >
                                    "Later"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
