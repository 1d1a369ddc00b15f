#!/usr/bin/env node
// The opened-notes path (issue 13): a reader opens a whole notes folder in
// the page, then reloads with it kept in IndexedDB. Run by scripts/bench
// (the largest corpus), or by hand:
//
//   bench-opened.mjs --url URL --folder DIR [--runs 3] [--picker directory|input] [--out FILE.json]
//
// URL is a served site (the seed); DIR the folder to open (a generated
// corpus). Each run, in a new browser context (empty storage): load the
// site, press "Open folder" and give it DIR (--picker directory, the
// default: through the browser's folder picker, showDirectoryPicker, made to
// return a copy of DIR in the origin private file system, written before
// the clock starts; --picker input: through the file input that browsers
// without it use, Playwright's file chooser), then measure, in ms since the
// files were handed over (performance.now() in the page):
//   - progress: when the progress bar first shows;
//   - first sessions: when the list's count first changes (the sessions of
//     the first files, shown while the rest are read);
//   - opened:   when the "Opened … (N sessions found)" message shows (all
//               read, kept, parsed and indexed; the list is redrawn);
//   - the longest main-thread task (PerformanceObserver 'longtask') and how
//     many tasks passed 100 ms in that time;
// then reload and measure the first session on screen (the build's first
// paint), the live list's first count (the first opened files, or all),
// when all of them are in the list, and the longest task until then.
// BENCH_TASKS=1 prints each run's long tasks and User Timing marks.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { chromium } from "playwright-core";
import { arg } from "./bench-args.mjs";

const url = arg("--url");
const folder = arg("--folder");
const runs = Number(arg("--runs", "3"));
const out = arg("--out");
const picker = arg("--picker", "directory");
if (!url || !folder) {
  console.error("usage: bench-opened.mjs --url URL --folder DIR [--runs N] [--out FILE.json]");
  process.exit(2);
}
const { CHROMIUM_ARGS } = await import("../tests/e2e/playwright.config.mjs");
const { folderPickerInPage } = await import("../tests/e2e/folder-picker.mjs");

function instrument() {
  const b = (window.__bench = { longtasks: [] });
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => b.longtasks.push({ start: e.startTime, duration: e.duration })))
      .observe({ type: "longtask", buffered: true });
  } catch {
    b.noLongtask = true;
  }
  b.seen = {};
  b.counts = [];
  new MutationObserver(() => {
    const now = performance.now();
    if (b.seen.progress === undefined && document.querySelector(".opened-progress")) b.seen.progress = now;
    if (b.seen.firstSession === undefined && document.querySelector("a.result-link")) b.seen.firstSession = now;
    const count = document.querySelector(".results-count")?.textContent ?? "";
    if (b.counts.length === 0 || b.counts[b.counts.length - 1].text !== count) b.counts.push({ at: now, text: count });
    const m = document.querySelector(".opened-message");
    if (b.seen.opened === undefined && m && /^Opened /.test(m.textContent)) b.seen.opened = now;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** DIR's files by their path from DIR's parent, base64. */
function folderFiles(dir) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[join(basename(dir), relative(dir, p))] = readFileSync(p).toString("base64");
    }
  };
  walk(dir);
  return files;
}

const tasks = (list, from, to) => list.filter((t) => t.start + t.duration >= from && t.start <= to);
const longest = (list) => list.reduce((a, t) => Math.max(a, t.duration), 0);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
const results = [];
let filesOfFolder;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("a.result-link", { timeout: 60_000 });
    await page.waitForTimeout(500);
    let t0;
    if (picker === "input") {
      await page.evaluate(() => Object.defineProperty(window, "showDirectoryPicker", { value: undefined, configurable: true }));
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open folder" }).first().click();
      const fc = await chooser;
      t0 = await page.evaluate(() => performance.now());
      await fc.setFiles(folder);
    } else {
      await page.evaluate(folderPickerInPage, { root: basename(folder), files: (filesOfFolder ??= folderFiles(folder)) });
      await page.waitForTimeout(500);
      t0 = await page.evaluate(() => performance.now());
      await page.getByRole("button", { name: "Open folder" }).first().click();
    }
    await page.waitForFunction(() => window.__bench.seen.opened !== undefined, null, { timeout: 300_000, polling: 100 });
    const open = await page.evaluate(() => ({ seen: window.__bench.seen, longtasks: window.__bench.longtasks, counts: window.__bench.counts, marks: performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]), message: document.querySelector(".opened-message")?.textContent ?? "" }));
    // The first opened sessions on screen: the list's count changes.
    const base = open.counts.filter((c) => c.at <= t0).pop()?.text;
    const grown = open.counts.find((c) => c.at > t0 && c.text !== base && /\d/.test(c.text));
    const during = tasks(open.longtasks, t0, open.seen.opened);
    const opened = {
      progress: open.seen.progress === undefined ? null : open.seen.progress - t0,
      firstSessions: grown ? grown.at - t0 : null,
      opened: open.seen.opened - t0,
      longestTask: longest(during),
      tasksOver100: during.filter((t) => t.duration > 100).length,
      message: open.message.replace(/Dismiss$/, "").trim(),
    };
    // Reload with the folder kept in IndexedDB.
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(
      () => /\d/.test(document.querySelector(".results-count")?.textContent ?? "") && document.querySelector("a.result-link") && window.__bench.seen.firstSession !== undefined,
      null,
      { timeout: 300_000, polling: 100 },
    );
    // All of them listed: the count is the site's and the opened ones'.
    const final = `${Number.parseInt(base, 10) + Number(/\((\d+) sessions? found\)/.exec(opened.message)?.[1])} sessions`;
    await page.waitForFunction((final) => window.__bench.counts.some((c) => c.text === final), final, { timeout: 300_000, polling: 100 });
    const re = await page.evaluate(() => ({ seen: window.__bench.seen, longtasks: window.__bench.longtasks, counts: window.__bench.counts, count: document.querySelector(".results-count")?.textContent ?? "" }));
    // (The build's first paint has a count of its own: "5 sessions · filters
    // and search are loading…".)
    const listed = re.counts.filter((c) => /\d/.test(c.text) && !/loading/.test(c.text));
    const allListed = listed.find((c) => c.text === final)?.at ?? null;
    const reload = {
      firstSession: re.seen.firstSession,
      firstListed: listed[0]?.at ?? null,
      allListed,
      longestTask: longest(tasks(re.longtasks, 0, allListed)),
      tasksOver100: tasks(re.longtasks, 0, allListed).filter((t) => t.duration > 100).length,
      count: re.count,
    };
    console.error(
      `bench-opened: run ${run + 1}/${runs}: progress after ${opened.progress?.toFixed(0) ?? "-"} ms, first sessions after ${opened.firstSessions?.toFixed(0) ?? "-"} ms, opened after ${opened.opened.toFixed(0)} ms ` +
        `(longest task ${opened.longestTask.toFixed(0)} ms, ${opened.tasksOver100} over 100 ms; "${opened.message}"); ` +
        `reload: first session ${reload.firstSession?.toFixed(0)} ms, list ${reload.firstListed?.toFixed(0)} ms, all listed ${reload.allListed?.toFixed(0)} ms, longest task ${reload.longestTask.toFixed(0)} ms (${reload.count})`,
    );
    if (process.env.BENCH_TASKS) console.error("marks:", open.marks.filter(([, t]) => t > t0).slice(0, 40).map(([n, t]) => `${n}@${(t - t0).toFixed(0)}`).join(" "));
    if (process.env.BENCH_TASKS) console.error("tasks while opening:", during.map((t) => `${(t.start - t0).toFixed(0)}+${t.duration.toFixed(0)}`).join(" "), "counts on reload:", re.counts.map((c) => `${c.text}@${c.at.toFixed(0)}`).join(" "));
    results.push({ opened, reload });
    await context.close();
  }
} finally {
  await browser.close();
}
const summary = {
  runs,
  picker,
  folder,
  progressMs: median(results.map((r) => r.opened.progress ?? Infinity)),
  firstSessionsMs: median(results.map((r) => r.opened.firstSessions ?? Infinity)),
  openedMs: median(results.map((r) => r.opened.opened)),
  longestTaskWhileOpening: Math.max(...results.map((r) => r.opened.longestTask)),
  tasksOver100WhileOpening: Math.max(...results.map((r) => r.opened.tasksOver100)),
  reloadFirstSessionMs: median(results.map((r) => r.reload.firstSession)),
  reloadFirstListedMs: median(results.map((r) => r.reload.firstListed)),
  reloadAllListedMs: median(results.map((r) => r.reload.allListed)),
  reloadLongestTask: Math.max(...results.map((r) => r.reload.longestTask)),
  results,
};
console.log(JSON.stringify({ ...summary, results: undefined }));
if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
