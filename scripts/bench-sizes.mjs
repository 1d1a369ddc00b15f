#!/usr/bin/env node
// Sizes of what ships (scripts/bench, step "sizes"): every file of a dist/,
// raw, gzip -9 (zlib level 9) and brotli (quality 11, text mode for text),
// and the total of the files a first load requests (the list the browser
// run recorded: the page's requests until the first session was on screen).
//
//   bench-sizes.mjs --dist DIR [--first-load FILE.json] --out FILE.json
//
// FILE.json for --first-load: a JSON array of paths relative to DIR. Without
// it, the first load is taken as index.html, boot.js, the js, the wasm, the
// css files, the notes bundle, the manifest and icon.svg.

import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { arg } from "./bench-args.mjs";

const dist = arg("--dist");
const out = arg("--out");
const firstLoadFile = arg("--first-load");
if (!dist || !out) {
  console.error("usage: bench-sizes.mjs --dist DIR [--first-load FILE.json] --out FILE.json");
  process.exit(2);
}

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    // The build's precompressed copies are other encodings of the same
    // files, measured here as the gzip and brotli columns.
    else if (!/\.(?:br|gz)$/.test(name)) files.push(relative(dist, p).split(sep).join("/"));
  }
};
walk(dist);

const TEXT = /\.(html|js|mjs|css|json|svg|webmanifest|md|txt)$/;
function sizes(path) {
  const data = readFileSync(join(dist, path));
  return {
    path,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: TEXT.test(path) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

const kind = (p) =>
  p.endsWith(".wasm") ? "wasm"
  : /^notes\/bundle-.*\.json$/.test(p) ? "notes bundle"
  : p.endsWith(".js") ? (p === "boot.js" ? "boot.js" : p === "sw.js" ? "service worker" : "js")
  : p.endsWith(".css") ? "css"
  : p === "index.html" ? "html"
  : /^notes\//.test(p) ? "notes (raw .md, not fetched)"
  : "other";

const all = files.filter((p) => !/^bench-peer\.html$|markdown-it/.test(p)).map((p) => ({ ...sizes(p), kind: kind(p) }));
let firstLoad;
if (firstLoadFile) {
  firstLoad = [...new Set(JSON.parse(readFileSync(firstLoadFile, "utf8")))];
} else {
  firstLoad = all
    .filter((f) => ["html", "boot.js", "js", "wasm", "css", "notes bundle"].includes(f.kind) || /manifest|icon\.svg/.test(f.path))
    .map((f) => f.path);
}
const pick = (paths) => all.filter((f) => paths.includes(f.path));
const sum = (list) => list.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const app = all.filter((f) => ["wasm", "js", "css"].includes(f.kind));
const result = {
  dist,
  files: all,
  appCode: { paths: app.map((f) => f.path), ...sum(app) },
  firstLoad: { paths: firstLoad, missing: firstLoad.filter((p) => !all.some((f) => f.path === p)), ...sum(pick(firstLoad)) },
};
writeFileSync(out, JSON.stringify(result, null, 1));
console.error(`bench-sizes: wasm+js+css ${(result.appCode.gzip / 1024).toFixed(1)} KiB gzip; first load ${(result.firstLoad.gzip / 1024).toFixed(1)} KiB gzip; wrote ${out}`);
