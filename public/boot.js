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

function fatal(message) {
  const box = document.getElementById("fatal");
  const text = document.getElementById("fatal-message");
  const boot = document.getElementById("boot");
  if (text) text.textContent = message;
  if (box) box.hidden = false;
  if (boot) boot.hidden = true;
}

try {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (err) {
  console.error(err);
  fatal(
    typeof WebAssembly === "object"
      ? "The app could not start: " + (err && err.message ? err.message : err)
      : "This browser cannot run WebAssembly, which confnotes needs.",
  );
}

