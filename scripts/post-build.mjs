#!/usr/bin/env node
// Trunk post_build hook (also run by hand by scripts/bench to swap in a
// generated corpus). Works on Trunk's staging dir, or on --dist DIR:
//
//   1. bundles notes/*.md (NFC-normalised, checked to be UTF-8) into one
//      hashed JSON file that the app fetches, preloaded from index.html;
//      and writes the list's first sessions into index.html (#first-paint),
//      made from that bundle by the same parser, natively (`notes-check
//      --first-paint`, built with cargo), so the first paint needs no wasm;
//   2. lists every file of the build into the service worker's precache,
//      with a version derived from their contents;
//   3. adds the sha256 of any inline <script> to the CSP (release builds have
//      none; `trunk serve` injects its live-reload script);
//   4. fails the build if index.html, the CSS, the manifest or the service
//      worker refers to an absolute path (dist/ must work under any sub-path)
//      or the JS glue uses eval / new Function;
//   5. drops Trunk's preload of the wasm: boot.js asks for the wasm once the
//      first paint is on screen, so the page's first sessions never wait
//      behind (or share the network with) the biggest file of the build;
//   6. in debug builds (`trunk serve`), turns the service worker off: the page
//      is marked so the app does not register it, and sw.js becomes a worker
//      that removes itself, so a release build tried earlier on the same
//      address cannot serve stale files under live reload;
//   7. in release builds, writes a brotli (.br) and a gzip (.gz) copy beside
//      each text or wasm file, for hosts that serve precompressed files
//      (docs/DEPLOY.md says which do and how); the copies are not precached.
//
// Usage: post-build.mjs [--dist DIR] [--notes DIR] [--no-precompress]
//   --notes DIR        replace dist/notes with the .md files and images of DIR.
//   --no-precompress   leave step 7 out (the benchmarks' corpus copies).

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = arg("--dist") ?? process.env.TRUNK_STAGING_DIR;
if (!dist || !existsSync(join(dist, "index.html"))) {
  console.error("post-build: no build to work on: pass --dist DIR or run as a Trunk hook");
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE ? process.env.TRUNK_PROFILE === "release" : true;

function fail(message) {
  console.error(`post-build: error: ${message}`);
  process.exit(1);
}

const sha = (data, enc = "hex") => createHash("sha256").update(data).digest(enc);

/** Every file under dir, as sorted forward-slash paths relative to dist. */
function walk(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  const visit = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out.push(relative(dist, p).split(sep).join("/"));
    }
  };
  visit(dir);
  return out;
}

// Precompressed copies of an earlier run (step 7) go first: they may belong
// to files this run replaces.
const COMPRESSED = /\.(?:br|gz)$/;
for (const old of walk(dist).filter((p) => COMPRESSED.test(p))) rmSync(join(dist, old));

// 1. The notes bundle.
const notesDir = join(dist, "notes");
const replacement = arg("--notes");
if (replacement) {
  rmSync(notesDir, { recursive: true, force: true });
  mkdirSync(notesDir, { recursive: true });
  cpSync(replacement, notesDir, { recursive: true });
}
for (const old of walk(notesDir).filter((p) => /^notes\/bundle-[0-9a-f]+\.json$/.test(p))) {
  rmSync(join(dist, old));
}
const decoder = new TextDecoder("utf-8", { fatal: true });
const noteFiles = walk(notesDir).filter((p) => p.toLowerCase().endsWith(".md"));
const files = noteFiles.map((path) => {
  let text;
  try {
    text = decoder.decode(readFileSync(join(dist, path)));
  } catch {
    fail(`${path} is not valid UTF-8; save it as UTF-8 (notes-check names the first bad line)`);
  }
  // The app's parser expects NFC; doing it here keeps the Unicode tables out
  // of the wasm and off the reader's main thread.
  return { path, text: text.replace(/^\uFEFF/, "").normalize("NFC") };
});
const assets = walk(notesDir).filter((p) => !p.toLowerCase().endsWith(".md"));
const bundle = JSON.stringify({ version: 1, files, assets });
const bundlePath = `notes/bundle-${sha(bundle).slice(0, 16)}.json`;
writeFileSync(join(dist, bundlePath), bundle);

let html = readFileSync(join(dist, "index.html"), "utf8");
const preload = `<link rel="preload" id="notes-bundle" href="${bundlePath}" as="fetch" type="application/json" crossorigin>`;
html = /<link rel="preload" id="notes-bundle"[^>]*>/.test(html)
  ? html.replace(/<link rel="preload" id="notes-bundle"[^>]*>/, preload)
  : html.replace("</head>", `${preload}</head>`);

// The first paint: the list's first sessions, as the app will list them.
// The element is replaced whole, so a dist/ whose notes are swapped (the
// benchmarks) gets the new notes' sessions.
const firstPaintHtml = (() => {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
  const run = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "-p", "confnotes-core", "--bin", "notes-check", "--", "--first-paint", join(dist, bundlePath)],
    { cwd: repo, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (run.status !== 0) fail(`notes-check --first-paint failed (${run.error?.message ?? `exit ${run.status}`})`);
  return run.stdout;
})();
const firstPaint = firstPaintHtml
  ? `<div id="first-paint" class="first-paint">${firstPaintHtml}</div><!--/first-paint-->`
  : `<div id="first-paint" hidden></div><!--/first-paint-->`;
const filled = /<div id="first-paint"[\s\S]*?<!--\/first-paint-->/;
const empty = /<div[^>]*\bid=["']?first-paint(?=["'\s>])[^>]*>\s*<\/div>/;
if (filled.test(html)) html = html.replace(filled, () => firstPaint);
else if (empty.test(html)) html = html.replace(empty, () => firstPaint);
else fail("index.html has no <div id=\"first-paint\"> for the first sessions");

// 5. No wasm preload (boot.js fetches it after the first paint). The js
// glue's modulepreload stays: it is small and boot.js imports it next.
html = html.replace(/<link\b[^>]*>/g, (tag) => (/\brel=["']?preload\b/.test(tag) && /\.wasm\b/.test(tag) ? "" : tag));

// 6. Debug builds: no service worker.
if (!release && !html.includes('name="confnotes-sw"')) {
  html = html.replace("</head>", '<meta name="confnotes-sw" content="off"></head>');
}

// 3. Inline scripts into the CSP. `trunk serve` fills the placeholders of
// its live-reload script when it serves the page, after this hook, which
// would change the script under its hash; fill them here from the page's
// own address instead, so the served script is the hashed one.
html = html
  .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
  .replace("'{{__TRUNK_WS_BASE__}}'", "window.location.pathname.replace(/[^/]*$/, '')");
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length > 0) {
  if (release) fail(`index.html has ${inline.length} inline script(s); the CSP of a release build allows none`);
  const hashes = inline.map((s) => `'sha256-${sha(s, "base64")}'`).join(" ");
  html = html.replace(/script-src 'self' 'wasm-unsafe-eval'[^;"]*/, `script-src 'self' 'wasm-unsafe-eval' ${hashes}`);
  // trunk serve's live reload talks to its own websocket.
  html = html.replace(/connect-src 'self'[^;"]*/, "connect-src 'self' ws: wss:");
}

// 4. Checks on what ships.
// Attribute values, quoted or (minified) not.
const absolute = [...html.matchAll(/\s(?:href|src|content|data-js|data-wasm)=["']?(\/[^/"'\s>][^"'\s>]*)/g)].map((m) => m[1]);
if (absolute.length > 0) fail(`index.html refers to absolute path(s) ${absolute.join(", ")}; dist/ must work under any sub-path`);
for (const css of walk(dist).filter((p) => p.endsWith(".css"))) {
  const urls = [...readFileSync(join(dist, css), "utf8").matchAll(/url\(\s*["']?(\/[^/][^)"']*)/g)].map((m) => m[1]);
  if (urls.length > 0) fail(`${css} refers to absolute path(s) ${urls.join(", ")}`);
}
const manifestPath = join(dist, "manifest.webmanifest");
if (existsSync(manifestPath)) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (e) {
    fail(`manifest.webmanifest is not JSON: ${e.message}`);
  }
  const found = [];
  const visit = (v, at) => {
    if (typeof v === "string" && /^\/(?!\/)/.test(v)) found.push(`${at}=${v}`);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, at ? `${at}.${k}` : k);
  };
  visit(manifest, "");
  if (found.length > 0) fail(`manifest.webmanifest has absolute URL(s) ${found.join(", ")}; make them relative to the manifest`);
}
for (const js of walk(dist).filter((p) => p.endsWith(".js") && !p.startsWith("notes/"))) {
  const code = readFileSync(join(dist, js), "utf8");
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) fail(`${js} uses eval or new Function, which the CSP forbids`);
}
writeFileSync(join(dist, "index.html"), html);

// 2. The service worker's precache: everything but itself, index.html (it is
// the shell, "./") and the raw .md files (the app reads the bundle).
const swPath = join(dist, "sw.js");
if (existsSync(swPath) && !release) {
  writeFileSync(
    swPath,
    `// Debug build (trunk serve): no offline copy. This worker replaces one that a
// release build installed at this address, deletes its caches and unregisters.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const prefix = "confnotes " + self.registration.scope + " ";
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: "window" })) client.navigate(client.url);
  })());
});
`,
  );
} else if (existsSync(swPath)) {
  const precache = walk(dist).filter(
    (p) => p !== "sw.js" && p !== "index.html" && !COMPRESSED.test(p) && !(p.startsWith("notes/") && p.toLowerCase().endsWith(".md")),
  );
  let sw = readFileSync(swPath, "utf8");
  // The worker's own code counts too: new logic gets a fresh cache.
  const version = sha(
    [`sw.js:${sha(sw.replace(/\/\*PRECACHE\*\/[\s\S]*?\/\*END\*\//, ""))}`, ...precache.concat("index.html").map((p) => `${p}:${sha(readFileSync(join(dist, p)))}`)].join("\n"),
  ).slice(0, 16);
  if (!/\/\*PRECACHE\*\/[\s\S]*?\/\*END\*\//.test(sw)) fail("sw.js has no /*PRECACHE*/ … /*END*/ markers for the precache list");
  sw = sw.replace(/\/\*PRECACHE\*\/[\s\S]*?\/\*END\*\//, `/*PRECACHE*/${JSON.stringify({ version, files: ["./", ...precache] })}/*END*/`);
  // Quoted strings that start with one slash: a path from the domain root.
  const rooted = [...sw.matchAll(/(["'`])(\/(?![/*])[^"'`\n]*)\1/g)].map((m) => m[2]);
  if (rooted.length > 0) fail(`sw.js refers to absolute path(s) ${rooted.join(", ")}; resolve against self.registration.scope`);
  writeFileSync(swPath, sw);
}

// 7. Precompressed copies. Brotli at its best quality up to 4 MB (the wasm:
// a few seconds), a faster quality beyond (a big notes bundle).
let precompressed = 0;
if (release && !args.includes("--no-precompress")) {
  for (const p of walk(dist)) {
    if (!/\.(?:wasm|js|mjs|css|json|html|svg|webmanifest|md|txt)$/i.test(p)) continue;
    const data = readFileSync(join(dist, p));
    if (data.length < 1024) continue;
    const quality = data.length > 4 * 1024 * 1024 ? 9 : 11;
    writeFileSync(
      join(dist, `${p}.br`),
      brotliCompressSync(data, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
    writeFileSync(join(dist, `${p}.gz`), gzipSync(data, { level: 9 }));
    precompressed++;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `post-build: ${files.length} notes file(s) (${kb(Buffer.byteLength(bundle))}) -> ${bundlePath}; ${assets.length} asset(s)` +
    `; first paint ${firstPaintHtml ? `${(firstPaintHtml.match(/class="session-item"/g) ?? []).length} session(s), ${kb(Buffer.byteLength(firstPaintHtml))}` : "none (no sessions)"}` +
    (inline.length ? `; ${inline.length} inline script(s) hashed into the CSP (dev build)` : "") +
    (precompressed ? `; ${precompressed} file(s) precompressed (.br, .gz)` : ""),
);
