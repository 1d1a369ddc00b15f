//! The app's components in a real browser: mounted into the test page with
//! the seed notes as their bundle, driven through the DOM as a reader would.

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../notes/kubecon-2021.md");

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(d: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, d.as_millis() as i32)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits (up to 5 s) until `check` holds, then returns; panics with `what`.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..100 {
        if check() {
            return;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting until {what}");
}

fn container() -> HtmlElement {
    let div: HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

fn session_items(root: &Element) -> Vec<String> {
    all(root, "ul[aria-label='Sessions'] > li")
        .iter()
        .map(text)
        .collect()
}

/// The checkbox of a facet value whose label starts with `label`.
fn facet_checkbox(root: &Element, group: &str, label: &str) -> HtmlInputElement {
    let fieldset = all(root, "fieldset")
        .into_iter()
        .find(|f| {
            f.query_selector("legend")
                .unwrap()
                .is_some_and(|l| text(&l) == group)
        })
        .unwrap_or_else(|| panic!("no group {group}"));
    all(&fieldset, "label")
        .into_iter()
        .find(|l| text(l).starts_with(label))
        .and_then(|l| l.query_selector("input").unwrap())
        .unwrap_or_else(|| panic!("no value {label} in {group}"))
        .dyn_into()
        .unwrap()
}

fn bundle_url() -> String {
    let bundle = serde_json::json!({
        "version": 1,
        "files": [{ "path": "notes/kubecon-2021.md", "text": SEED }],
        "assets": [],
    });
    format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&bundle.to_string()))
    )
}

#[wasm_bindgen_test]
async fn the_reader_sees_filters_searches_and_is_told_what_the_url_asks_for_that_is_not_there() {
    // Without a notes bundle the page says so instead of staying blank.
    let first = container();
    confnotes::mount_to(first.clone());
    until("the load error shows", || {
        all(&first, "[role='alert']")
            .iter()
            .any(|e| text(e).contains("could not be shown"))
    })
    .await;
    first.remove();

    // A bundle whose second file is damaged: the page names that file.
    let bad = serde_json::json!({
        "version": 1,
        "files": [
            { "path": "notes/kubecon-2021.md", "text": SEED },
            { "path": "notes/broken.md", "text": 42 },
        ],
    });
    let link = document().create_element("link").unwrap();
    link.set_id("notes-bundle");
    let href = format!(
        "data:application/json;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&bad.to_string()))
    );
    link.set_attribute("href", &href).unwrap();
    document().head().unwrap().append_child(&link).unwrap();
    let damaged = container();
    confnotes::mount_to(damaged.clone());
    until("the damaged bundle is named", || {
        all(&damaged, "[role='alert']").iter().any(|e| {
            let t = text(e);
            t.contains("The notes bundle is damaged") && t.contains("file 2 of the bundle")
        })
    })
    .await;
    damaged.remove();
    link.remove();

    // With the seed notes, and a URL asking for a theme the notes lack.
    let link = document().create_element("link").unwrap();
    link.set_id("notes-bundle");
    link.set_attribute("href", &bundle_url()).unwrap();
    document().head().unwrap().append_child(&link).unwrap();
    let history = web_sys::window().unwrap().history().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}?theme=nope")),
        )
        .unwrap();

    let root = container();
    confnotes::mount_to(root.clone());
    until("five sessions show", || session_items(&root).len() == 5).await;
    let items = session_items(&root);
    assert!(items[0].contains("Microservices Made Easy!"), "{items:?}");
    assert!(
        items[0].contains("Donovan Brown")
            && items[0].contains("Jessica Deen")
            && items[0].contains("Microsoft")
    );
    assert!(
        items
            .iter()
            .any(|i| i.contains("Anaïs Urlichs") && i.contains("Civo"))
    );

    // The unknown theme is a removable chip, not an error page.
    let chip = all(&root, ".chip.problem")
        .into_iter()
        .next()
        .expect("a chip for theme=nope");
    assert!(
        text(&chip).contains("No theme 'nope' in these notes"),
        "{}",
        text(&chip)
    );
    chip.query_selector("button")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    until("the chip goes", || all(&root, ".chip.problem").is_empty()).await;
    assert!(
        !web_sys::window()
            .unwrap()
            .location()
            .search()
            .unwrap()
            .contains("theme")
    );

    // A facet narrows the list, and the URL records it.
    facet_checkbox(&root, "Organizations", "IBM").click();
    until("one session is left", || session_items(&root).len() == 1).await;
    assert!(session_items(&root)[0].contains("Shh, It’s a Secret"));
    assert!(
        web_sys::window()
            .unwrap()
            .location()
            .search()
            .unwrap()
            .contains("org=ibm")
    );
    assert!(
        text(&root.query_selector("p.results-count").unwrap().unwrap()).contains("1 of 5 sessions")
    );

    // A second org is an OR within the facet.
    facet_checkbox(&root, "Organizations", "Civo").click();
    until("two sessions", || session_items(&root).len() == 2).await;

    // Search narrows further and highlights the matched word.
    facet_checkbox(&root, "Organizations", "IBM").click();
    facet_checkbox(&root, "Organizations", "Civo").click();
    until("all five again", || session_items(&root).len() == 5).await;
    let search: HtmlInputElement = document()
        .get_element_by_id("search")
        .unwrap()
        .dyn_into()
        .unwrap();
    search.set_value("secret");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    until("one match for 'secret'", || session_items(&root).len() == 1).await;
    let mark = root
        .query_selector("ul[aria-label='Sessions'] mark")
        .unwrap()
        .expect("a highlight");
    assert_eq!(text(&mark), "Secret");
}
