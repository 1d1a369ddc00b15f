#!/usr/bin/env node
// Where the main thread's time goes during a page load (a diagnosis aid
// beside scripts/bench, not part of its figures): loads URL once in
// Chromium with the CDP sampling profiler on, from navigation until the
// first session is on screen, writes the .cpuprofile (open it in Chrome
// DevTools, Performance panel) and prints the functions with the most self
// time, wasm functions by name when the wasm carries a name section.
//
//   bench-profile.mjs (--url URL | --from FILE.cpuprofile) [--out FILE.cpuprofile] [--top 40]
//       [--interval-us 200] [--typing]
//
// --typing profiles 16 keystrokes into search and 4 facet toggles after the
// load instead of the load.
//
// scripts/bench-profile prepares a dist/ copy with a named wasm and runs this.

import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { args, arg } from "./bench-args.mjs";

const url = arg("--url");
const from = arg("--from");
const out = arg("--out");
const TOP = Number(arg("--top", "40"));
const interval = Number(arg("--interval-us", "200"));
const typing = args.includes("--typing");
if (!url && !from) {
  console.error("usage: bench-profile.mjs (--url URL | --from FILE.cpuprofile) [--out FILE.cpuprofile] [--top N] [--interval-us N]");
  process.exit(2);
}
let CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];
try {
  ({ CHROMIUM_ARGS } = await import("../tests/e2e/playwright.config.mjs"));
} catch {
  // the fallback above
}
function analyse(profile) {
  // Self time per function: samples x interval.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const dt = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map();
  for (const [id, c] of counts) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url ? f.url.replace(/^.*\//, "") : ""}`.trim();
    self.set(key, (self.get(key) ?? 0) + c * dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`self time, ms (of ${total.toFixed(0)} ms sampled every ${interval} µs):`);
  for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(9)}  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k.replace(/\[[0-9a-f]{16}\]/g, "").slice(0, 150)}`);
  // The same self time by where it is spent: the wasm by crate (first path
  // segment of the demangled name), the wasm-bindgen JS glue, the browser.
  const bucket = (key) => {
    const [name, file = ""] = key.split(/ (?=[^ ]*$)/);
    if (!file.endsWith(".wasm")) {
      if (/^\(/.test(key)) return key.replace(/ .*/, "");
      if (file.endsWith(".js") && /^confnotes-/.test(file)) return "JS glue (wasm-bindgen: strings across, normalize, DOM calls)";
      return `JS ${file || "(native)"}`;
    }
    if (/dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)|RawVec|deallocate/.test(name)) return "wasm: allocator (dlmalloc, Vec growth)";
    const t = name.replace(/^(?:[<&*\s(\[]|mut\s|const\s|dyn\s|impl\s)+/g, "");
    const m = t.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
    if (m) return `wasm: ${m[1]}`;
    if (/^<(str|char|\[.*\])>::|^mem(cpy|cmp|set|move)$/.test(name)) return "wasm: core";
    return "wasm: (other)";
  };
  const buckets = new Map();
  for (const [k, v] of self) buckets.set(bucket(k), (buckets.get(bucket(k)) ?? 0) + v);
  console.log("\nby where:");
  for (const [k, v] of [...buckets.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${v.toFixed(1).padStart(9)}  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}

if (from) {
  analyse(JSON.parse(readFileSync(from, "utf8")));
} else {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval });
    if (!typing) await cdp.send("Profiler.start");
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForSelector("a.result-link", { timeout: 120_000 });
    await page.waitForTimeout(300);
    if (typing) {
      // The interaction instead of the load: a word typed into search and
      // erased, then a theme toggled on and off, 100 ms apart.
      await page.locator('#search').click();
      await page.waitForTimeout(300);
      await cdp.send("Profiler.start");
      for (const key of [..."platform", ..."platform"].map((c, i) => (i < 8 ? c : "Backspace"))) {
        await page.keyboard.press(key);
        await page.waitForTimeout(100);
      }
      const box = page.locator("fieldset:has(> legend#facet-theme) label.facet-value input").first();
      for (let i = 0; i < 4; i++) {
        await box.click();
        await page.waitForTimeout(150);
      }
    }
    const { profile } = await cdp.send("Profiler.stop");
    if (out) writeFileSync(out, JSON.stringify(profile));
    analyse(profile);
  } finally {
    await browser.close();
  }
}
