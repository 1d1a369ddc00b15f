// Loads the app under a strict Content-Security-Policy (no inline script):
// Trunk writes the hashed names of the wasm-bindgen glue and the wasm into
// this script tag's data attributes (see Trunk.toml, pattern_script).
const tag = document.querySelector("script[data-wasm]");

// The reader's light/dark choice, before anything paints (see src/theme.rs).
try {
  const theme = localStorage.getItem("confnotes.theme");
  if (theme === "dark" || theme === "light") document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: follow the system preference.
}

// The list's first sessions, written into the page by the build
// (scripts/post-build.mjs), stand for the unfiltered list until the app is
// up and replaces them. Another view (a query in the address) waits for
// the app instead. A session clicked meanwhile goes into the address bar,
// where the app finds it when it starts: no reload.
const firstPaint = document.getElementById("first-paint");
if (firstPaint && location.search.length > 1) {
  firstPaint.remove();
} else if (firstPaint) {
  const status = firstPaint.querySelector("[role=status]");
  const waiting = status ? status.textContent : "";
  firstPaint.addEventListener("click", (ev) => {
    const link = ev.target instanceof Element ? ev.target.closest("a.result-link") : null;
    if (!link || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    history.pushState(null, "", link.getAttribute("href"));
    if (status) status.textContent = `Opening “${link.textContent}”…`;
  });
  // Back to the list before the app is up.
  addEventListener("popstate", () => {
    if (status && location.search.length <= 1) status.textContent = waiting;
  });
}

function fatal(message) {
  const box = document.getElementById("fatal");
  const text = document.getElementById("fatal-message");
  const boot = document.getElementById("boot");
  if (text) text.textContent = message;
  if (box) box.hidden = false;
  if (boot) boot.hidden = true;
}

// The first paint comes first: the wasm (the build's biggest file) is asked
// for once the page has painted its first sessions, so they never wait for
// it. A hidden tab paints no frames: the timeout starts the app there.
await new Promise((resolve) => {
  const timer = setTimeout(resolve, 100);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }, 0),
  );
});

// Compiles the wasm as it downloads (the glue's own fallback when the
// server does not say application/wasm: compile the bytes).
async function compile(url) {
  if (typeof WebAssembly.compileStreaming === "function") {
    const response = await fetch(url);
    if ((response.headers.get("Content-Type") || "").startsWith("application/wasm")) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  }
  return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
}

// The browser compiles each wasm function when it is first called, on the
// thread that calls it: the page's first parse slices would compile the
// parser. A worker runs the engine once on sample notes with the same
// module (warm.js, src/warm.rs), so that compiling happens off the main
// thread; the module's code is shared, and the page finds it ready. Only a
// speed-up: nothing waits for it, and a browser without module workers
// goes without.
function warmUp(module) {
  try {
    const worker = new Worker(new URL("warm.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", ({ data }) => {
      worker.terminate();
      if (data && data.error) console.warn("confnotes: the engine's warm-up failed:", data.error);
    });
    worker.addEventListener("error", (ev) => {
      worker.terminate();
      console.warn("confnotes: the engine's warm-up failed:", ev.message || "the worker could not start");
    });
    worker.postMessage({ js: new URL(tag.dataset.js, document.baseURI).href, module });
  } catch (err) {
    console.warn("confnotes: no warm-up worker:", err);
  }
}

try {
  const { default: init } = await import(tag.dataset.js);
  const module = await compile(tag.dataset.wasm);
  warmUp(module);
  await init({ module_or_path: module });
} catch (err) {
  console.error(err);
  fatal(
    typeof WebAssembly === "object"
      ? "The app could not start: " + (err && err.message ? err.message : err)
      : "This browser cannot run WebAssembly, which confnotes needs.",
  );
}

