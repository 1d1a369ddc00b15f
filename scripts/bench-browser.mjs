#!/usr/bin/env node
// The browser half of scripts/bench: drives Debian's Chromium (headless,
// through playwright-core, with the e2e suite's flags) against copies of the
// release dist/ that scripts/bench serves, one folder per corpus, and writes
// what it measured as JSON. It prints progress only; scripts/bench-report.mjs
// turns the JSON into tables.
//
//   bench-browser.mjs --base http://127.0.0.1:PORT/confnotes/ --root WWW
//       --variants seed,100,1000,10000 [--runs 5] [--keys 30] [--toggles 20]
//       [--peer-runs 5] --out FILE.json
//
// BENCH_CHROMIUM_FLAGS adds Chromium flags for an experiment (they are
// recorded in the JSON's `args`).
//
// WWW/VARIANT/ is a dist/ copy (index.html, the notes bundle) served at
// BASE/VARIANT/; WWW/VARIANT/bench-peer.html loads markdown-it for the peer.
//
// Per variant, --runs fresh page loads (a new browser context each: no HTTP
// cache, no service worker, no storage), each measuring:
//   - first session on screen: a MutationObserver (installed before any page
//     script) notes when the first `a.result-link` enters the DOM, then a
//     requestAnimationFrame followed by a setTimeout(0) stands for "painted"
//     (the task after the frame that rendered it). Times are performance.now(),
//     i.e. milliseconds since navigation start;
//   - the app's User Timing marks (notes-fetched, notes-decoded, notes-library,
//     notes-parsed, first-list-render) and Resource Timing of the bundle/wasm;
//   - long tasks (PerformanceObserver 'longtask', registered before the page
//     runs), attributed to the phases between the marks;
//   - memory after load, after a forced GC (CDP HeapProfiler.collectGarbage):
//     JSHeapUsedSize (CDP Performance.getMetrics) and the byte length of every
//     WebAssembly.Memory in the page (CDP Runtime.queryObjects);
//   - typing into search (--keys keystrokes per run, real key events through
//     CDP) and toggling a theme checkbox (--toggles clicks per run): the time
//     from the `input` / `change` event's timeStamp to the task after the next
//     animation frame (rAF + setTimeout 0), and, as a cross-check, the Event
//     Timing API (PerformanceObserver 'event', durationThreshold 16: the
//     largest duration among the interaction's entries; below 16 ms the browser
//     reports none);
//   - long tasks during the typing and the toggling;
//   - then a second visit in the same context (HTTP cache, the service worker
//     the first visit installed, V8's code cache): first session on screen,
//     parse+index, longest task.
// Then markdown-it in the same browser on the same bundle: JSON.parse, then
// md.parse() of every file (1 cold run + --peer-runs), and md.render() (same).

import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { arg } from "./bench-args.mjs";

const base = arg("--base");
const root = arg("--root");
const out = arg("--out");
const variants = (arg("--variants", "seed") ?? "").split(",").filter(Boolean);
const RUNS = Number(arg("--runs", "5"));
const KEYS = Number(arg("--keys", "30"));
const TOGGLES = Number(arg("--toggles", "20"));
const PEER_RUNS = Number(arg("--peer-runs", "5"));
if (!base || !root || !out) {
  console.error("usage: bench-browser.mjs --base URL --root DIR --variants a,b --out FILE [--runs N] [--keys N] [--toggles N] [--peer-runs N]");
  process.exit(2);
}

// The e2e suite's Chromium flags, so both drive the same browser the same way.
let CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
try {
  ({ CHROMIUM_ARGS } = await import("../tests/e2e/playwright.config.mjs"));
} catch {
  // The config could not be loaded (e.g. @playwright/test missing): the copy above.
}
// Extra flags for an experiment (BENCH_CHROMIUM_FLAGS="--js-flags=…"),
// recorded with the results.
if (process.env.BENCH_CHROMIUM_FLAGS) CHROMIUM_ARGS = [...CHROMIUM_ARGS, ...process.env.BENCH_CHROMIUM_FLAGS.split(/\s+/).filter(Boolean)];
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const log = (...a) => console.error("bench-browser:", ...a);

/** Installed before any page script runs (Page.addScriptToEvaluateOnNewDocument). */
function instrument() {
  const b = (window.__bench = { longtasks: [], events: [], first: null });
  const po = (type, opts, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...opts });
    } catch {
      b[`no_${type}`] = true;
    }
  };
  po("longtask", {}, (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  po("event", { durationThreshold: 16 }, (e) =>
    b.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId ?? 0 }),
  );
  // The app parses in slices and yields between them (scheduler.yield(), or
  // setTimeout 0): the gaps are noted so parse+index can be reported as busy
  // time as well as wall time.
  b.yields = [];
  try {
    const s = window.scheduler;
    if (s && typeof s.yield === "function") {
      const original = s.yield.bind(s);
      s.yield = () => {
        const t = performance.now();
        return original().then((v) => {
          b.yields.push([t, performance.now()]);
          return v;
        });
      };
    }
  } catch {
    // No scheduler: the gaps stay unknown (counted as busy).
  }
  // Next paint: the task after the next animation frame.
  b.afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  // The first session's paint: Element Timing's renderTime for the first
  // result link (the attribute is set before the frame that paints it);
  // the task after the next animation frame where the browser reports no
  // entry. (That task can wait long after the paint while the app's parse
  // slices, which yield through scheduler.yield, run ahead of it.)
  b.elementPaint = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === "first-session" && b.elementPaint === null) b.elementPaint = e.renderTime || e.loadTime;
      }
    }).observe({ type: "element", buffered: true });
  } catch {
    // No Element Timing: the fallback below stands.
  }
  const mo = new MutationObserver(() => {
    const link = document.querySelector("a.result-link");
    if (b.first || !link) return;
    mo.disconnect();
    // Text paints are reported for their block (the title heading), not for an inline link.
    (link.closest("h3") ?? link).setAttribute("elementtiming", "first-session");
    b.first = { inserted: performance.now() };
    // The frame after the one that drew the link starts after that paint:
    // the second animation frame from now.
    requestAnimationFrame(() => requestAnimationFrame(() => (b.first.nextFrame = performance.now())));
    b.afterPaint().then((t) => {
      b.first.paintedFallback = t;
      b.first.painted = t;
    });
  });
  // The first session's figures as the harness reads them, a while after
  // the load: performance observers report in a later task than the frame.
  b.firstResult = () =>
    b.first && {
      ...b.first,
      painted: b.elementPaint ?? b.first.nextFrame ?? b.first.paintedFallback,
      paintedVia: b.elementPaint !== null ? "element timing" : b.first.nextFrame != null ? "next frame" : "task after frame",
    };
  mo.observe(document, { childList: true, subtree: true });
  // Arms a one-shot measurement of the next `type` event (capture phase, on
  // window, so it runs before the app's own handlers).
  // The harness awaits the armed promise after sending the input; an input
  // that never fires an event resolves as null after 10 s.
  b.arm = (type) => {
    b.pending = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), 10_000);
      window.addEventListener(
        type,
        (ev) => {
          clearTimeout(timer);
          const stamp = ev.timeStamp;
          b.afterPaint().then((t) => resolve({ stamp, latency: t - stamp }));
        },
        { capture: true, once: true },
      );
    });
  };
}

const quantile = (xs, q) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);

/** Largest Event Timing duration among entries of the interaction that started near `stamp`. */
function eventTimingFor(events, stamp, names) {
  const near = events.filter((e) => names.includes(e.name) && Math.abs(e.start - stamp) < 50);
  return near.length ? Math.max(...near.map((e) => e.duration)) : null;
}

/** Long tasks overlapping [from, to]. */
const tasksIn = (tasks, from, to) => tasks.filter((t) => t.start < to && t.start + t.duration > from);

/** How much of `task` each phase between consecutive marks covers. */
function attribute(task, marks) {
  const names = ["navigationStart", ...marks.map((m) => m.name)];
  const times = [0, ...marks.map((m) => m.startTime)];
  const parts = [];
  for (let i = 0; i < names.length; i++) {
    const from = times[i];
    const to = i + 1 < times.length ? times[i + 1] : Infinity;
    const overlap = Math.min(to, task.start + task.duration) - Math.max(from, task.start);
    if (overlap > 0.5) parts.push({ phase: `${names[i]} → ${names[i + 1] ?? "end"}`, ms: overlap });
  }
  return parts;
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (n) => metrics.find((m) => m.name === n)?.value ?? null;
  let wasm = [];
  try {
    const proto = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
    const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
    const r = await cdp.send("Runtime.callFunctionOn", {
      objectId: objects.objectId,
      functionDeclaration: "function () { return this.map((m) => m.buffer.byteLength); }",
      returnByValue: true,
    });
    wasm = r.result.value ?? [];
  } catch (e) {
    log("wasm memory not found:", e.message);
  }
  await cdp.detach();
  return { jsHeapUsed: metric("JSHeapUsedSize"), jsHeapTotal: metric("JSHeapTotalSize"), wasm };
}

/** Keystrokes: a word typed, erased, another typed; real CDP key events. */
function keystrokes(n) {
  const seq = [];
  const words = ["kubernetes", "security", "platform", "observability", "cloud"];
  let w = 0;
  while (seq.length < n) {
    const word = words[w++ % words.length];
    for (const ch of word) seq.push(ch);
    for (let i = 0; i < word.length; i++) seq.push("Backspace");
  }
  return seq.slice(0, n);
}

async function loadRun(browser, url, run, opts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const requests = [];
  page.on("requestfinished", (r) => requests.push(r.url()));
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.first?.painted, null, { timeout: 120_000, polling: 50 });
  // Let pending work (service worker install, idle tasks) finish.
  await page.waitForTimeout(1000);
  const load = await page.evaluate(() => {
    const marks = performance.getEntriesByType("mark").map((m) => ({ name: m.name, startTime: m.startTime }));
    const res = performance.getEntriesByType("resource").map((r) => ({
      name: r.name, start: r.startTime, end: r.responseEnd, size: r.encodedBodySize,
    }));
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      first: window.__bench.firstResult(),
      marks,
      resources: res,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      loadEvent: nav?.loadEventEnd,
      longtasks: window.__bench.longtasks.slice(),
      yields: window.__bench.yields.slice(),
      noLongtask: !!window.__bench.no_longtask,
      sessionsShown: document.querySelectorAll("a.result-link").length,
      count: document.querySelector("#main .list-view .results-count")?.textContent ?? null,
    };
  });
  // What the page had downloaded when its first session was on screen:
  // the document, and each resource whose response ended by then
  // (Resource Timing); the rest of the load came after it.
  const painted = load.first?.painted ?? Infinity;
  const beforePaint = new Set(load.resources.filter((r) => r.end > 0 && r.end <= painted).map((r) => r.name));
  const isDocument = (u) => new URL(u).pathname === new URL(url).pathname;
  const firstLoadRequests = requests.filter((u) => isDocument(u) || beforePaint.has(u));
  const loadRequests = requests.slice();
  const mem = await memory(page);

  // Typing into search.
  const typing = [];
  let typingTasks = [];
  if (opts.keys > 0) {
    const box = page.locator('#search');
    await box.click();
    await page.waitForTimeout(200);
    const t0 = await page.evaluate(() => performance.now());
    for (const key of keystrokes(opts.keys)) {
      await page.evaluate(() => window.__bench.arm("input"));
      await page.keyboard.press(key);
      const m = await page.evaluate(() => window.__bench.pending);
      if (m) typing.push({ key, ...m });
      else log(`no input event for key ${key}`);
      await page.waitForTimeout(60);
    }
    const t1 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const { events, longtasks } = await page.evaluate(() => ({ events: window.__bench.events.slice(), longtasks: window.__bench.longtasks.slice() }));
    for (const k of typing) k.eventTiming = eventTimingFor(events, k.stamp, ["keydown", "keypress", "input", "keyup"]);
    typingTasks = tasksIn(longtasks, t0, t1 + 300);
    await box.fill("");
    await page.waitForTimeout(300);
  }

  // Toggling a theme.
  const toggles = [];
  let toggleTasks = [];
  let toggleLabel = null;
  if (opts.toggles > 0) {
    const group = page.locator("fieldset:has(> legend#facet-theme)");
    // Values no session carries are folded away (the seed's Key Themes):
    // unfold them first.
    if ((await group.locator("label.facet-value").count()) === 0) {
      await group.getByRole("button", { name: /^Show all/ }).click();
    }
    const first = group.locator("label.facet-value").first();
    toggleLabel = (await first.locator(".facet-label").textContent())?.trim() ?? null;
    const box = page.locator('fieldset:has(> legend#facet-theme) label.facet-value', { hasText: toggleLabel }).first().locator("input");
    const t0 = await page.evaluate(() => performance.now());
    for (let i = 0; i < opts.toggles; i++) {
      await page.evaluate(() => window.__bench.arm("change"));
      await box.click();
      const m = await page.evaluate(() => window.__bench.pending);
      if (m) toggles.push(m);
      else log("no change event for a toggle");
      await page.waitForTimeout(60);
    }
    const t1 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const { events, longtasks } = await page.evaluate(() => ({ events: window.__bench.events.slice(), longtasks: window.__bench.longtasks.slice() }));
    for (const t of toggles) t.eventTiming = eventTimingFor(events, t.stamp, ["pointerdown", "pointerup", "mousedown", "mouseup", "click", "change", "input"]);
    toggleTasks = tasksIn(longtasks, t0, t1 + 300);
  }

  // A second visit in the same context: HTTP cache, the service worker
  // installed by the first visit, V8's code cache for the wasm.
  let repeat = null;
  if (opts.repeat) {
    await page.goto("about:blank");
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForFunction(() => window.__bench.first?.painted, null, { timeout: 120_000, polling: 50 });
    await page.waitForTimeout(500);
    repeat = await page.evaluate(() => {
      const m = Object.fromEntries(performance.getEntriesByType("mark").map((x) => [x.name, x.startTime]));
      return {
        firstPainted: window.__bench.firstResult().painted,
        parseIndex: m["notes-parsed"] - m["notes-fetched"],
        marks: m,
        longest: window.__bench.longtasks.reduce((a, t) => Math.max(a, t.duration), 0),
        controlled: !!navigator.serviceWorker?.controller,
      };
    });
  }
  await context.close();
  const markAt = (n) => load.marks.find((m) => m.name === n)?.startTime ?? null;
  // Long tasks of the load: everything up to the first paint of the list plus the settle time.
  const loadTasks = load.longtasks.filter((t) => t.start < (load.first?.painted ?? 0) + 1000);
  const longest = loadTasks.reduce((a, t) => (a && a.duration >= t.duration ? a : t), null);
  const r = {
    run,
    loadavg: loadavg()[0],
    errors,
    firstLoadRequests,
    laterRequests: requests.slice(loadRequests.length),
    loadRequests,
    firstInserted: load.first?.inserted ?? null,
    firstPainted: load.first?.painted ?? null,
    firstPaintedVia: load.first?.paintedVia ?? null,
    firstFrameTask: load.first?.paintedFallback ?? null,
    marks: Object.fromEntries(load.marks.map((m) => [m.name, m.startTime])),
    bundle: load.resources.find((x) => /notes\/bundle-[0-9a-f]+\.json/.test(x.name)) ?? null,
    wasmRes: load.resources.find((x) => x.name.endsWith(".wasm")) ?? null,
    domContentLoaded: load.domContentLoaded,
    loadEvent: load.loadEvent,
    sessionsShown: load.sessionsShown,
    count: load.count,
    parseIndex: markAt("notes-parsed") != null && markAt("notes-fetched") != null ? markAt("notes-parsed") - markAt("notes-fetched") : null,
    // Time spent yielded (not parsing) between notes-decoded and notes-parsed.
    parseYielded: (() => {
      const a = markAt("notes-decoded");
      const z = markAt("notes-parsed");
      if (a == null || z == null) return null;
      return load.yields.filter(([t0, t1]) => t0 >= a && t1 <= z).reduce((sum, [t0, t1]) => sum + (t1 - t0), 0);
    })(),
    parseSlices: load.yields.length + 1,
    parseIndexNoJson: markAt("notes-parsed") != null && markAt("notes-decoded") != null ? markAt("notes-parsed") - markAt("notes-decoded") : null,
    loadLongtasks: loadTasks,
    longestLoadTask: longest ? { ...longest, phases: attribute(longest, load.marks) } : null,
    noLongtaskApi: load.noLongtask,
    memory: mem,
    typing,
    typingLongest: typingTasks.reduce((a, t) => Math.max(a, t.duration), 0),
    typingLongtasks: typingTasks.length,
    toggleLabel,
    toggles,
    toggleLongest: toggleTasks.reduce((a, t) => Math.max(a, t.duration), 0),
    toggleLongtasks: toggleTasks.length,
    repeat,
  };
  return r;
}

/** markdown-it over the same bundle, in the same browser. */
async function peer(browser, variant) {
  const html = readFileSync(join(root, variant, "index.html"), "utf8");
  const bundle = html.match(/id="notes-bundle" href="([^"]+)"/)?.[1];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${variant}/bench-peer.html`, { waitUntil: "load" });
  const r = await page.evaluate(
    async ({ bundle, runs }) => {
      const text = await (await fetch(bundle)).text();
      const t0 = performance.now();
      const b = JSON.parse(text);
      const json = performance.now() - t0;
      const bytes = b.files.reduce((n, f) => n + new TextEncoder().encode(f.text).length, 0);
      // eslint-disable-next-line no-undef
      const md = window.markdownit();
      const time = (fn) => {
        const t = performance.now();
        for (const f of b.files) fn(f.text);
        return performance.now() - t;
      };
      const parse = [];
      const render = [];
      for (let i = 0; i <= runs; i++) parse.push(time((s) => md.parse(s, {})));
      for (let i = 0; i <= runs; i++) render.push(time((s) => md.render(s)));
      // eslint-disable-next-line no-undef
      return { bytes, files: b.files.length, json, parse, render, version: window.markdownit.version ?? null };
    },
    { bundle, runs: PEER_RUNS },
  );
  await context.close();
  return r;
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const result = { chromium: browser.version(), args: CHROMIUM_ARGS, runs: RUNS, keys: KEYS, toggles: TOGGLES, variants: {} };
try {
  for (const variant of variants) {
    const url = `${base}${variant}/`;
    const runs = [];
    // One unmeasured load first: the OS file cache and the browser's own
    // start-up costs then fall outside the figures.
    log(`${variant}: warm-up load`);
    await loadRun(browser, url, -1, { keys: 0, toggles: 0 });
    for (let i = 0; i < RUNS; i++) {
      const r = await loadRun(browser, url, i, { keys: KEYS, toggles: TOGGLES, repeat: true });
      log(
        `${variant} run ${i + 1}/${RUNS}: first session painted ${r.firstPainted?.toFixed(0)} ms, parse+index ${r.parseIndex?.toFixed(0)} ms, ` +
          `longest load task ${r.longestLoadTask?.duration?.toFixed(0) ?? "-"} ms, typing p95 ${quantile(r.typing.map((k) => k.latency), 0.95)?.toFixed(1)} ms` +
          (r.repeat ? `; second visit ${r.repeat.firstPainted.toFixed(0)} ms` : "") +
          (r.errors.length ? `, page errors: ${r.errors.join(" | ")}` : ""),
      );
      runs.push(r);
    }
    log(`${variant}: markdown-it`);
    const p = await peer(browser, variant);
    log(`${variant}: markdown-it parse ${p.parse.map((x) => x.toFixed(0)).join(", ")} ms over ${p.bytes} bytes`);
    result.variants[variant] = { runs, peer: p };
  }
} finally {
  await browser.close();
}
writeFileSync(out, JSON.stringify(result, null, 1));
log(`wrote ${out}`);
