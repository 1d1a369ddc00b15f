// The warm-up worker that boot.js starts: it runs the app's wasm module,
// compiled by the page and handed over, on sample notes (src/warm.rs), so
// that the browser compiles the engine's functions here rather than on the
// page's main thread. It keeps nothing and says when it is done.
addEventListener(
  "message",
  async ({ data }) => {
    try {
      const { default: init } = await import(data.js);
      await init({ module_or_path: data.module });
      postMessage({ done: true });
    } catch (err) {
      postMessage({ error: String(err && err.message ? err.message : err) });
    }
    close();
  },
  { once: true },
);
