// Loads the app under a strict Content-Security-Policy (no inline script):
// Trunk writes the hashed names of the wasm-bindgen glue and the wasm into
// this script tag's data attributes (see Trunk.toml, pattern_script).
const tag = document.querySelector("script[data-wasm]");

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

