#!/usr/bin/env node
// Long tasks of a page load with no DevTools client attached: part of
// scripts/bench. Playwright drives Chromium through the DevTools protocol,
// and with its Network domain on, Chromium also decodes every text response
// for the inspector on the main thread (an 11.7 MB notes bundle: a 60-80 ms
// task that a reader's browser never runs). Here Chromium is started on its
// own, headless, once per load with a fresh profile; a script added to a
// copy of the page (bench-longtasks.js, allowed by the CSP as a file of the
// site) observes the long tasks from the start and prints them with the
// app's User Timing marks to the console, which Chromium logs on stderr.
//
//   bench-plain.mjs --base http://127.0.0.1:PORT/confnotes/ --root WWW
//       --variants seed,10000 [--runs 5] --out FILE.json
//
// WWW/VARIANT/ is a dist/ copy as scripts/bench makes it; this makes
// WWW/VARIANT-plain/ beside it and loads BASE/VARIANT-plain/.

import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { arg } from "./bench-args.mjs";

const base = arg("--base");
const root = arg("--root");
const out = arg("--out");
const variants = (arg("--variants", "seed") ?? "").split(",").filter(Boolean);
const RUNS = Number(arg("--runs", "5"));
if (!base || !root || !out) {
  console.error("usage: bench-plain.mjs --base URL --root DIR --variants a,b --out FILE [--runs N]");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// The e2e suite's and bench-browser.mjs's flags (and BENCH_CHROMIUM_FLAGS,
// as there), plus what a browser started on its own needs: headless, the
// same viewport, the console on stderr.
const { CHROMIUM_ARGS } = await import("../tests/e2e/playwright.config.mjs");
const FLAGS = ["--headless", ...CHROMIUM_ARGS, "--window-size=1280,800", "--enable-logging=stderr", "--v=0",
  ...(process.env.BENCH_CHROMIUM_FLAGS ?? "").split(/\s+/).filter(Boolean)];

// Observes from the first script of the page; reports once the app has drawn
// its list (first-list-render) and a second has passed, or after 20 s.
const OBSERVER = `const tasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true });
const report = () => {
  const marks = Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]));
  console.log("BENCH-LONGTASKS " + JSON.stringify({ tasks, marks }));
};
const started = performance.now();
const wait = () => {
  const drawn = performance.getEntriesByName("first-list-render")[0];
  if (drawn && performance.now() - drawn.startTime > 1000) report();
  else if (performance.now() - started > 20000) report();
  else setTimeout(wait, 100);
};
wait();
`;

function prepare(variant) {
  const dir = join(root, `${variant}-plain`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, variant), dir, { recursive: true });
  writeFileSync(join(dir, "bench-longtasks.js"), OBSERVER);
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const tagged = html.replace(/<meta charset="?utf-8"?\s*\/?>/i, (m) => `${m}<script src="bench-longtasks.js"></script>`);
  if (tagged === html) throw new Error(`${variant}: no <meta charset> to put the observer after`);
  writeFileSync(join(dir, "index.html"), tagged);
}

function load(url) {
  const profile = mkdtempSync(join(tmpdir(), "bench-plain-"));
  return new Promise((resolve) => {
    const chromium = spawn(executablePath, [...FLAGS, `--user-data-dir=${profile}`, url], {
      stdio: ["ignore", "ignore", "pipe"],
      detached: true, // its own process group, so that its helpers go with it
    });
    let err = "";
    let result = null;
    const done = () => {
      clearTimeout(timer);
      try {
        process.kill(-chromium.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(done, 30000);
    chromium.stderr.on("data", (d) => {
      err += d;
      const m = /BENCH-LONGTASKS (\{.*?\})", source/.exec(err);
      if (m && !result) {
        try {
          result = JSON.parse(m[1].replace(/\\"/g, '"'));
        } catch {
          result = { error: "unreadable report" };
        }
        done();
      }
    });
    chromium.on("exit", () => {
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // A helper still writing: the temporary folder stays.
      }
      resolve(result ?? { error: "no report within 30 s" });
    });
  });
}

const results = {};
for (const v of variants) {
  prepare(v);
  results[v] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await load(`${base}${v}-plain/`);
    const longest = (r.tasks ?? []).reduce((a, t) => Math.max(a, t[1]), 0);
    console.error(`bench-plain: ${v} load ${i + 1}/${RUNS}: ${r.error ?? `longest task ${longest.toFixed(0)} ms, ${(r.tasks ?? []).length} long tasks`}`);
    results[v].push(r);
  }
  rmSync(join(root, `${v}-plain`), { recursive: true, force: true });
}
writeFileSync(out, JSON.stringify({ chromium: executablePath, flags: FLAGS, runs: RUNS, variants: results }, null, 1));
console.error(`bench-plain: wrote ${out}`);
