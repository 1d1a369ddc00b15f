#!/usr/bin/env node
// The load's long tasks, one by one, with what ran in each (a diagnosis aid
// beside scripts/bench-profile): loads URL in Chromium with a trace
// (devtools.timeline) and the CPU sampling profiler on, until the full
// reader is drawn (`first-list-render`) and WAIT ms more; then prints each
// task of the page's main thread over 50 ms: its start (from the first
// event of the trace), its length, the User Timing marks before its end,
// the browser's own work inside it (layout, style, compile, GC, parsing
// HTML, ... from the trace), and the functions with the most self time
// (from the profile, wasm functions by name when the wasm has a name
// section). Under a DevTools client the page does a little more work than
// a reader's browser does (see scripts/bench-plain.mjs).
//
//   bench-profile-tasks.mjs --url URL [--wait 800] [--top 10] [--interval-us 200]

import { chromium } from "playwright-core";
import { arg } from "./bench-args.mjs";

const url = arg("--url");
const WAIT = Number(arg("--wait", "800"));
const TOP = Number(arg("--top", "10"));
const interval = Number(arg("--interval-us", "200"));
// Every trace event in a task, not only the browser's known kinds of work.
const ALL = process.argv.includes("--all-events");
if (!url) {
  console.error("usage: bench-profile-tasks.mjs --url URL [--wait MS] [--top N] [--interval-us N]");
  process.exit(2);
}
const { CHROMIUM_ARGS } = await import("../tests/e2e/playwright.config.mjs");
const MARKS = ["notes-fetched", "notes-decoded", "notes-library", "notes-parsed", "first-list-render"];
// Trace events that are the browser's own work, worth naming inside a task.
const WORK = /^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit|ParseHTML|EvaluateScript|v8\.compile|v8\.wasm\.\w+|MajorGC|MinorGC|V8\.GC\w*|ScheduleStyleRecalculation|HitTest|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|XHRLoad|ResourceReceivedData|v8\.callFunction|V8\.DeserializeContext|LocalWindowProxy::Initialize|BlinkGC\.\w+)$/;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
let trace, profile;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval });
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8", "v8.wasm", "toplevel"],
  });
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName("first-list-render").length > 0, null, { timeout: 120_000, polling: 50 });
  await page.waitForTimeout(WAIT);
  ({ profile } = await cdp.send("Profiler.stop"));
  trace = JSON.parse((await browser.stopTracing()).toString());
} finally {
  await browser.close();
}

const ev = trace.traceEvents;
// The page's main thread: the renderer thread that sent the page's requests.
const senders = new Set(ev.filter((e) => e.name === "ResourceSendRequest").map((e) => `${e.pid}:${e.tid}`));
const main = ev.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && senders.has(`${e.pid}:${e.tid}`));
if (!main) {
  console.error("bench-profile-tasks: the page's main thread is not in the trace");
  process.exit(1);
}
const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && typeof e.dur === "number");
const t0 = Math.min(...onMain.map((e) => e.ts));
const at = (ts) => ((ts - t0) / 1000).toFixed(0);
const marks = ev
  .filter((e) => e.pid === main.pid && MARKS.includes(e.name) && (e.cat ?? "").includes("user_timing"))
  .map((e) => [e.name, e.ts])
  .sort((a, b) => a[1] - b[1]);
console.log(`marks (ms from the trace's first event): ${marks.map(([n, ts]) => `${n} ${at(ts)}`).join(", ")}`);

// Top-level tasks: RunTask events not inside another one.
const runs = onMain.filter((e) => e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask").sort((a, b) => a.ts - b.ts);
const tasks = [];
for (const r of runs) {
  const last = tasks[tasks.length - 1];
  if (last && r.ts < last.ts + last.dur) continue;
  tasks.push(r);
}
// Profile samples with their times (the profiler's clock is the trace's).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
let t = profile.startTime;
const samples = profile.samples.map((id, i) => {
  t += profile.timeDeltas[i];
  return [t, id];
});
const fname = (id) => {
  const f = byId.get(id).callFrame;
  return `${f.functionName || "(anonymous)"} ${f.url ? f.url.replace(/^.*\//, "") : ""}`.trim().replace(/\[[0-9a-f]{16}\]/g, "");
};

for (const task of tasks.filter((x) => x.dur > 50_000)) {
  const end = task.ts + task.dur;
  const before = marks.filter(([, ts]) => ts <= end).map(([n]) => n).pop() ?? "(none)";
  console.log(`\ntask at ${at(task.ts)} ms: ${(task.dur / 1000).toFixed(0)} ms (last mark by its end: ${before})`);
  const work = new Map();
  for (const e of onMain) {
    if (e === task || e.ts < task.ts || e.ts + e.dur > end || !(ALL || WORK.test(e.name)) || e.dur < 1000) continue;
    const w = work.get(e.name) ?? [0, 0];
    w[0] += e.dur / 1000;
    w[1]++;
    work.set(e.name, w);
  }
  const rows = [...work.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 8);
  console.log(`  browser: ${rows.map(([n, [d, c]]) => `${n} ${d.toFixed(0)} ms${c > 1 ? ` (x${c})` : ""}`).join(", ") || "(nothing over 1 ms)"}`);
  const self = new Map();
  let n = 0;
  for (const [st, id] of samples) {
    if (st < task.ts || st > end) continue;
    n++;
    self.set(fname(id), (self.get(fname(id)) ?? 0) + 1);
  }
  for (const [k, c] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${((100 * c) / Math.max(n, 1)).toFixed(0).padStart(4)}%  ${k.slice(0, 130)}`);
  }
}
