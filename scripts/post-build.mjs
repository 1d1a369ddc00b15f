#!/usr/bin/env node
// Trunk post_build hook (also run by hand by scripts/bench to swap in a
// generated corpus). Works on Trunk's staging dir, or on --dist DIR:
//
//   1. bundles notes/*.md (NFC-normalised, checked to be UTF-8) into one
//      hashed JSON file that the app fetches, preloaded from index.html;
//   2. lists every file of the build into the service worker's precache,
//      with a version derived from their contents;
//   3. adds the sha256 of any inline <script> to the CSP (release builds have
//      none; `trunk serve` injects its live-reload script);
//   4. fails the build if index.html refers to an absolute path (dist/ must
//      work under any sub-path) or the JS glue uses eval / new Function.
//
// Usage: post-build.mjs [--dist DIR] [--notes DIR]
//   --notes DIR  replace dist/notes with the .md files and images of DIR.

import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

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

// 3. Inline scripts into the CSP.
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length > 0) {
  if (release) fail(`index.html has ${inline.length} inline script(s); the CSP of a release build allows none`);
  const hashes = inline.map((s) => `'sha256-${sha(s, "base64")}'`).join(" ");
  html = html.replace(/script-src 'self' 'wasm-unsafe-eval'[^;"]*/, `script-src 'self' 'wasm-unsafe-eval' ${hashes}`);
  // trunk serve's live reload talks to its own websocket.
  html = html.replace(/connect-src 'self'[^;"]*/, "connect-src 'self' ws: wss:");
}

// 4. Checks on what ships.
const absolute = [...html.matchAll(/\s(?:href|src|content|data-js|data-wasm)="(\/[^/"][^"]*)"/g)].map((m) => m[1]);
if (absolute.length > 0) fail(`index.html refers to absolute path(s) ${absolute.join(", ")}; dist/ must work under any sub-path`);
for (const js of walk(dist).filter((p) => p.endsWith(".js") && !p.startsWith("notes/"))) {
  const code = readFileSync(join(dist, js), "utf8");
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) fail(`${js} uses eval or new Function, which the CSP forbids`);
}
writeFileSync(join(dist, "index.html"), html);

// 2. The service worker's precache: everything but itself and the raw .md
// files (the app reads the bundle).
const swPath = join(dist, "sw.js");
if (existsSync(swPath)) {
  const precache = walk(dist).filter((p) => p !== "sw.js" && !(p.startsWith("notes/") && p.toLowerCase().endsWith(".md")));
  const version = sha(precache.map((p) => `${p}:${sha(readFileSync(join(dist, p)))}`).join("\n")).slice(0, 16);
  const sw = readFileSync(swPath, "utf8").replace(
    /\/\*PRECACHE\*\/[\s\S]*?\/\*END\*\//,
    `/*PRECACHE*/${JSON.stringify({ version, files: ["./", ...precache] })}/*END*/`,
  );
  writeFileSync(swPath, sw);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `post-build: ${files.length} notes file(s) (${kb(Buffer.byteLength(bundle))}) -> ${bundlePath}; ${assets.length} asset(s)` +
    (inline.length ? `; ${inline.length} inline script(s) hashed into the CSP (dev build)` : ""),
);
