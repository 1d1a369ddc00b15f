//! Entry point: mounts the app in a page; in the warm-up worker
//! (`public/warm.js`) it warms the engine instead. Everything else lives in
//! the library.

fn main() {
    if confnotes::in_page() {
        confnotes::start();
    } else {
        confnotes::warm_up();
    }
}
