#!/usr/bin/env node
// Turns what scripts/bench measured into Markdown tables (stdout and --out),
// in the shape of BENCHMARKS.md's sections, with the goals of issue 7 checked
// (figures only: nothing here fails).
//
//   bench-report.mjs --meta meta.json [--criterion DIR --native-log FILE]
//       [--browser browser.json] [--plain plain.json] [--sizes sizes.json]
//       [--wasm wasm.json]
//       --out latest.md
//
// Units: ms; MB = 10^6 bytes, kB = 1000 bytes, MB/s = 10^6 bytes per second.

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const readJson = (p) => (p && existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null);
const meta = readJson(arg("--meta")) ?? {};
const browser = readJson(arg("--browser"));
const plain = readJson(arg("--plain"));
const sizes = readJson(arg("--sizes"));
const wasm = readJson(arg("--wasm"));
const criterionDir = arg("--criterion");
const nativeLog = arg("--native-log") && existsSync(arg("--native-log")) ? readFileSync(arg("--native-log"), "utf8") : null;
const out = arg("--out");

/** The longest task (ms) of a load measured by bench-plain.mjs; 0 when none was over 50 ms. */
const plainLongest = (load) => (load.tasks ?? []).reduce((a, t) => Math.max(a, t[1]), 0);

// ---- formatting ----
const f0 = (x) => (x == null || Number.isNaN(x) ? "–" : Math.round(x).toLocaleString("en-US"));
const f1 = (x) => (x == null || Number.isNaN(x) ? "–" : x.toFixed(1));
const f2 = (x) => (x == null || Number.isNaN(x) ? "–" : x.toFixed(2));
const ms = (x) => (x == null ? "–" : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : f0(x));
const kB = (b) => (b == null ? "–" : (b / 1000).toFixed(1));
const MB = (b) => (b == null ? "–" : (b / 1e6).toFixed(2));
const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `|${head.map((h, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const quantile = (xs, q) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => quantile(xs, 0.5);
const min = (xs) => (xs.filter((x) => x != null).length ? Math.min(...xs.filter((x) => x != null)) : null);
const max = (xs) => (xs.filter((x) => x != null).length ? Math.max(...xs.filter((x) => x != null)) : null);
const spread = (xs) => `${ms(median(xs))} (${ms(min(xs))}–${ms(max(xs))})`;
const label = (v) => (v === "seed" ? "seed" : `${Number(v).toLocaleString("en-US")} sessions`);

const sections = [];
const goals = [];
const goal = (name, value, met, note = "") => goals.push([name, value, met == null ? "not measured" : met ? "**met**" : "**missed**", note]);

// ---- header ----
sections.push(`# Benchmark figures, ${meta.date ?? new Date().toISOString()}

Measured by \`scripts/bench\`${meta.args ? ` (\`${meta.args}\`)` : ""}.

- Commit: \`${meta.commit ?? "?"}\`${meta.dirty ? ` with ${meta.dirty} uncommitted file(s) in the working tree` : ""}; dist/ built ${meta.distTime ?? "?"}${meta.distStale ? ` (**older than the last commit to the app's sources, ${meta.lastSourceCommit}**)` : ""}.
- Machine: ${meta.nproc ?? "?"} cores, ${meta.cpu ?? "?"}, ${meta.ramGiB ?? "?"} GiB RAM, ${meta.kernel ?? ""}; load average (1 min) ${meta.loadStart ?? "?"} at the start, ${meta.loadEnd ?? "?"} at the end${Number(meta.loadStart) > Number(meta.nproc) || Number(meta.loadEnd) > Number(meta.nproc) ? " (**other jobs were running: the timings are inflated and noisy**)" : ""}.
- ${browser ? `Chromium ${browser.chromium} (headless, Playwright ${meta.playwright ?? ""}, flags ${browser.args.join(" ")})` : "Browser: not run"}; ${meta.rustc ?? ""}; node ${meta.node ?? ""}; markdown-it ${meta.markdownIt ?? "?"}.`);

// ---- native ----
if (criterionDir && existsSync(criterionDir)) {
  const est = (group, fn, n) => {
    const dir = join(criterionDir, group, fn, String(n), "new");
    const e = readJson(join(dir, "estimates.json"));
    const b = readJson(join(dir, "benchmark.json"));
    if (!e) return null;
    return { median: e.median.point_estimate / 1e6, lo: e.median.confidence_interval.lower_bound / 1e6, hi: e.median.confidence_interval.upper_bound / 1e6, bytes: b?.throughput?.Bytes ?? null };
  };
  const ns = existsSync(join(criterionDir, "parse_index", "parse+index"))
    ? readdirSync(join(criterionDir, "parse_index", "parse+index")).filter((d) => /^\d+$/.test(d)).map(Number).sort((a, b) => a - b)
    : [];
  const queryNames = existsSync(join(criterionDir, "query")) ? readdirSync(join(criterionDir, "query")).filter((d) => d !== "report") : [];
  const order = ["none", "text", "text2", "facets", "text+facets"];
  queryNames.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const qurl = {};
  const QUERIES = { none: "(empty)", text: "q=kube", text2: "q=secur+production", facets: "theme=security&theme=observability&org=microsoft", "text+facets": "q=platform&theme=security&day=day-1" };
  const rows = ns.map((n) => {
    const pi = est("parse_index", "parse+index", n);
    const ix = est("parse_index", "index", n);
    return [
      Number(n).toLocaleString("en-US"),
      MB(pi?.bytes),
      pi ? `${ms(pi.median)} (${ms(pi.lo)}–${ms(pi.hi)})` : "–",
      pi ? f1(pi.bytes / 1e6 / (pi.median / 1000)) : "–",
      ix ? ms(ix.median) : "–",
      ...queryNames.map((q) => {
        const e = est("query", q, n);
        return e ? ms(e.median) : "–";
      }),
    ];
  });
  let memLines = [];
  let queryLines = [];
  if (nativeLog) {
    memLines = nativeLog.split("\n").filter((l) => /^memory n=/.test(l));
    queryLines = nativeLog.split("\n").filter((l) => /^query \S+ n=/.test(l));
  }
  for (const q of queryNames) qurl[q] = QUERIES[q] ?? q;
  sections.push(`## Native engine (criterion)

\`cargo bench -p confnotes-core --bench engine -- --warm-up-time 1 --measurement-time 3\` (profile \`bench\`: opt-level 3, LTO). Corpus: \`confnotes_corpus::generate(n, 1)\`. Times are criterion's median estimate in ms (95% interval in brackets); MB/s = corpus bytes / median time. Queries are \`evaluate\` with facet counts over the whole Library.

${table(["sessions", "corpus MB", "parse+index ms", "parse+index MB/s", "index only ms", ...queryNames.map((q) => `query ${q} ms`)], rows)}

Queries: ${queryNames.map((q) => `${q} = \`${qurl[q]}\``).join("; ")}.
${queryLines.length ? `\nResults of the timed queries (from the bench's output):\n\n\`\`\`\n${queryLines.join("\n")}\n\`\`\`\n` : ""}${memLines.length ? `\nMemory, counted by a wrapping global allocator (bytes allocated and not freed by parse, then by Index::new):\n\n\`\`\`\n${memLines.join("\n")}\n\`\`\`` : ""}`);
  const top = ns[ns.length - 1];
  const pi = top ? est("parse_index", "parse+index", top) : null;
  if (pi) goal(`Native parse+index ≥ 60 MB/s (${Number(top).toLocaleString("en-US")} sessions)`, `${f1(pi.bytes / 1e6 / (pi.median / 1000))} MB/s`, pi.bytes / 1e6 / (pi.median / 1000) >= 60);
  const worst = top ? queryNames.map((q) => [q, est("query", q, top)]).filter(([, e]) => e).sort((a, b) => b[1].median - a[1].median)[0] : null;
  if (worst) goal(`Native query with facet counts < 2 ms (${Number(top).toLocaleString("en-US")} sessions, slowest of the set)`, `${ms(worst[1].median)} ms (${worst[0]})`, worst[1].median < 2);
}

// ---- browser ----
if (browser) {
  const vs = Object.keys(browser.variants).sort((a, b) => (a === "seed" ? -1 : b === "seed" ? 1 : Number(a) - Number(b)));
  const V = browser.variants;
  const runs = (v) => V[v].runs;
  const col = (fn) => vs.map((v) => fn(runs(v), v));
  const all = (rs, fn) => rs.map(fn);
  const pooled = (rs, fn) => rs.flatMap(fn);
  const bytes = (v) => V[v].peer?.bytes ?? null;
  const mark = (r, n) => r.marks?.[n] ?? null;
  const phase = (r, a, b) => (mark(r, a) != null && mark(r, b) != null ? mark(r, b) - mark(r, a) : null);
  const heapMB = (r) => (r.memory?.jsHeapUsed ?? 0) / 1e6;
  const wasmMB = (r) => (r.memory?.wasm ?? []).reduce((a, b) => a + b, 0) / 1e6;
  // Parse+index minus the time yielded between slices: the main thread's time.
  const busy = (r) => (r.parseIndexNoJson == null ? null : r.parseIndexNoJson - (r.parseYielded ?? 0));
  const longestLoad = (rs) => {
    const worst = rs.map((r) => r.longestLoadTask).filter(Boolean).sort((a, b) => b.duration - a.duration)[0];
    if (!worst) return "none > 50";
    const main = [...worst.phases].sort((a, b) => b.ms - a.ms).slice(0, 2).map((p) => `${p.phase.replace(/notes-/g, "")} ${f0(p.ms)}`).join(", ");
    return `${f0(median(rs.map((r) => r.longestLoadTask?.duration ?? 0)))} (max ${f0(worst.duration)}: ${main})`;
  };
  const rows = [
    ["notes (corpus bytes)", ...col((rs, v) => (bytes(v) < 1e6 ? `${kB(bytes(v))} kB` : `${MB(bytes(v))} MB`))],
    ["sessions listed (count line)", ...col((rs) => rs[0]?.count ?? "–")],
    ["**first session on screen** (painted)", ...col((rs) => spread(all(rs, (r) => r.firstPainted)))],
    ["first session in the DOM", ...col((rs) => spread(all(rs, (r) => r.firstInserted)))],
    ["first session: paint timed by", ...col((rs) => {
      const via = rs.map((r) => r.firstPaintedVia ?? "task after frame");
      const kinds = [...new Set(via)];
      return kinds.map((k) => `${k} (${via.filter((v) => v === k).length} of ${via.length})`).join(", ");
    })],
    ["first session: the task after the next frame", ...col((rs) => ms(median(all(rs, (r) => r.firstFrameTask))))],
    ["DOMContentLoaded", ...col((rs) => ms(median(all(rs, (r) => r.domContentLoaded))))],
    ["bundle fetched (responseEnd)", ...col((rs) => ms(median(all(rs, (r) => r.bundle?.end))))],
    ["wasm fetched (responseEnd)", ...col((rs) => ms(median(all(rs, (r) => r.wasmRes?.end))))],
    ["`notes-fetched` (text in wasm)", ...col((rs) => ms(median(all(rs, (r) => mark(r, "notes-fetched")))))],
    ["`notes-parsed`", ...col((rs) => ms(median(all(rs, (r) => mark(r, "notes-parsed")))))],
    ["`first-list-render`", ...col((rs) => ms(median(all(rs, (r) => mark(r, "first-list-render")))))],
    ["**parse+index** (fetched → parsed)", ...col((rs) => spread(all(rs, (r) => r.parseIndex)))],
    ["– JSON decode (fetched → decoded)", ...col((rs) => ms(median(all(rs, (r) => phase(r, "notes-fetched", "notes-decoded")))))],
    ["– parse (decoded → library)", ...col((rs) => ms(median(all(rs, (r) => phase(r, "notes-decoded", "notes-library")))))],
    ["– index (library → parsed)", ...col((rs) => ms(median(all(rs, (r) => phase(r, "notes-library", "notes-parsed")))))],
    ["– first render (parsed → first-list-render)", ...col((rs) => ms(median(all(rs, (r) => phase(r, "notes-parsed", "first-list-render")))))],
    ["– of which yielded to the browser (between slices)", ...col((rs) => `${ms(median(all(rs, (r) => r.parseYielded)))} (${f0(median(all(rs, (r) => r.parseSlices)))} slices)`)],
    ["parse+index MB/s (decoded → parsed, less the yields)", ...col((rs, v) => f1(bytes(v) / 1e6 / (median(all(rs, busy)) / 1000)))],
    ["**longest task during load** (phases)", ...col((rs) => longestLoad(rs))],
    ["**longest task during load, no DevTools client** (bench-plain.mjs): median (max); loads with none over 50 ms", ...col((rs, v) => {
      const loads = plain?.variants?.[v];
      if (!loads?.length) return "–";
      const longest = loads.map(plainLongest);
      return `${ms(median(longest))} (${ms(max(longest))}); ${longest.filter((x) => x === 0).length} of ${longest.length}`;
    })],
    ["long tasks during load (per run)", ...col((rs) => f1(median(all(rs, (r) => r.loadLongtasks.length))))],
    ["**typing: input → paint** p50 / p95", ...col((rs) => { const xs = pooled(rs, (r) => r.typing.map((k) => k.latency)); return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} (n=${xs.length})`; })],
    ["typing: Event Timing p50 / p95", ...col((rs) => { const xs = pooled(rs, (r) => r.typing.map((k) => k.eventTiming ?? 8)); return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`; })],
    ["longest task while typing", ...col((rs) => ms(max(all(rs, (r) => r.typingLongest))))],
    ["**facet toggle: change → paint** p50 / p95", ...col((rs) => { const xs = pooled(rs, (r) => r.toggles.map((k) => k.latency)); return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} (n=${xs.length})`; })],
    ["facet toggle: Event Timing p50 / p95", ...col((rs) => { const xs = pooled(rs, (r) => r.toggles.map((k) => k.eventTiming ?? 8)); return `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`; })],
    ["longest task while toggling", ...col((rs) => ms(max(all(rs, (r) => r.toggleLongest))))],
    ["**second visit**: first session on screen", ...col((rs) => spread(all(rs, (r) => r.repeat?.firstPainted ?? null)))],
    ["second visit: parse+index (fetched → parsed)", ...col((rs) => ms(median(all(rs, (r) => r.repeat?.parseIndex ?? null))))],
    ["second visit: longest task", ...col((rs) => ms(median(all(rs, (r) => r.repeat?.longest ?? null))))],
    ["second visit: served by the service worker", ...col((rs) => `${rs.filter((r) => r.repeat?.controlled).length} of ${rs.length}`)],
    ["JS heap used after load, MB", ...col((rs) => f2(median(all(rs, heapMB))))],
    ["wasm memory after load, MB", ...col((rs) => f2(median(all(rs, wasmMB))))],
    ["**memory / corpus** ((JS heap + wasm) / notes bytes; fixed costs dominate small corpora)", ...col((rs, v) => `${f1(median(all(rs, (r) => heapMB(r) + wasmMB(r))) / (bytes(v) / 1e6))}x`)],
    ["load average during the runs", ...col((rs) => f1(median(all(rs, (r) => r.loadavg))))],
  ];
  const errors = vs.flatMap((v) => runs(v).flatMap((r) => r.errors.map((e) => `${v}: ${e}`)));
  sections.push(`## Browser

${browser.runs} fresh page loads per corpus (plus one unmeasured warm-up load), each in a new browser context (empty HTTP cache, no service worker yet, empty storage), viewport 1280×800, the release dist/ served by \`tests/e2e/static-server.mjs\` (no compression; localhost). All times are ms since navigation start (performance.now() in the page) unless stated; "a (b–c)" is the median (min–max) over the runs. Typing: ${browser.keys} keystrokes per run (words from the notes typed letter by letter, then erased), a 60 ms pause between keys; toggling: ${browser.toggles} clicks per run on the first theme's checkbox (on, off, …). Latencies are pooled over all runs (nearest-rank percentiles).

${table(["", ...vs.map(label)], rows)}

How each figure is taken:
- *first session on screen*: a MutationObserver, installed before any page script (Playwright's addInitScript), notes when the first \`a.result-link\` enters the DOM ("in the DOM"); "painted" is the Element Timing \`renderTime\` of the link's heading (the bench sets \`elementtiming\` on it before the frame that paints it); where Chromium reports no entry, the start of the next animation frame after the one that drew it (two requestAnimationFrame callbacks). The first session comes from the build's first paint (\`index.html\` holds the list's first ten sessions, \`core::first_paint\`), so it needs no wasm; the full reader follows at \`first-list-render\`. The time of the task after the next animation frame (requestAnimationFrame, then setTimeout 0), an earlier method, is given beside it.
- *marks*: User Timing marks the app records: \`notes-fetched\` (bundle text copied into wasm), \`notes-decoded\` (serde_json done), \`notes-library\` (LibraryBuilder finished), \`notes-parsed\` (Index built), \`first-list-render\` (requestAnimationFrame after the Shell is built). Fetch ends from Resource Timing.
- *long tasks*: PerformanceObserver \`longtask\` (tasks ≥ 50 ms), registered before the page runs; the longest one of the load is split into the phases between the marks it overlaps. Playwright drives Chromium through the DevTools protocol, and under it Chromium decodes the notes bundle's text on the main thread when the response ends (a trace shows \`TextResourceDecoder::Decode\` of the 11.7 MB bundle of 10,000 sessions in a 60–80 ms task before \`notes-fetched\`); Chromium on its own, with no DevTools client, runs no such task, and neither does a reader's browser. *No DevTools client*: \`scripts/bench-plain.mjs\` starts Chromium on its own (headless, a fresh profile per load, the same flags) on a copy of the page with an observer script added, which prints the load's long tasks and marks to the console once the list is drawn.
- *input → paint*: a capture-phase listener on window, armed before each key/click, takes the \`input\` / \`change\` event's timeStamp and resolves at the task after the next animation frame. *Event Timing*: the largest \`duration\` (input to next paint, in 8 ms steps) among the interaction's \`event\` entries (durationThreshold 16; none reported counts as 8).
- *second visit*: after the interactions, the same context loads the page again (about:blank in between): HTTP cache, the service worker installed by the first visit, and V8's code cache for the wasm all apply, as for a returning reader.
- *memory*: after a forced GC (CDP HeapProfiler.collectGarbage), JSHeapUsedSize from CDP Performance.getMetrics, and the byte length of every WebAssembly.Memory in the page (CDP Runtime.queryObjects on WebAssembly.Memory.prototype). Wasm memory only grows: it is the peak of the load (bundle text, decoded bundle, Library and Index at once), not what the Library holds.
${errors.length ? `\nPage errors: ${errors.slice(0, 5).join("; ")}\n` : ""}`);

  // Peer.
  const peerRows = vs.map((v) => {
    const p = V[v].peer;
    const ours = median(runs(v).map((r) => busy(r)));
    const oursJson = median(runs(v).map((r) => r.parseIndex));
    const mdMed = median(p.parse.slice(1));
    const rate = (b, t) => b / 1e6 / (t / 1000);
    return [
      label(v),
      p.bytes < 1e6 ? `${kB(p.bytes)} kB` : `${MB(p.bytes)} MB`,
      `${ms(ours)} → **${f1(rate(p.bytes, ours))}**`,
      `${ms(oursJson)} → ${f1(rate(p.bytes, oursJson))}`,
      `${ms(p.parse[0])} / ${ms(min(p.parse.slice(1)))} / ${ms(mdMed)} → **${f1(rate(p.bytes, mdMed))}**`,
      `${ms(median(p.render.slice(1)))} → ${f1(rate(p.bytes, median(p.render.slice(1))))}`,
      ms(p.json),
      `**${f2(rate(p.bytes, ours) / rate(p.bytes, mdMed))}x**`,
      `${f2(rate(p.bytes, ours) / rate(p.bytes, min(p.parse.slice(1))))}x`,
    ];
  });
  sections.push(`## Peer: markdown-it in the same browser

markdown-it ${meta.markdownIt ?? ""} (\`dist/browser/markdown-it.umd.min.js\` from npm, default preset) in a page of the same server and browser, over the same notes bundle: \`JSON.parse\` of the bundle, then \`md.parse(text, {})\` over every file, one cold run then ${browser.variants[vs[0]].peer.parse.length - 1} more (its JIT warm); the same for \`md.render\`. Ours: the cold parse+index of a real page load (median of the runs), from \`notes-decoded\` to \`notes-parsed\`, less the time the app yielded to the browser between its parse slices (timed by wrapping \`scheduler.yield\`) (LibraryBuilder over every file + Index::new: speakers, themes, ids, diagnostics and the search index, which markdown-it's token stream does not have), and, as wall time, with the JSON decode and the yields. Throughput in MB/s of notes text (UTF-8 bytes).

${table(["corpus", "size", "ours: parse+index ms → MB/s", "ours incl. JSON decode and yields", "markdown-it parse: cold / best / median ms → MB/s", "markdown-it render median → MB/s", "markdown-it JSON.parse ms", "ours ÷ markdown-it (median)", "ours ÷ markdown-it (best)"], peerRows)}`);

  // Goals.
  const seed = vs.includes("seed") ? runs("seed") : null;
  const big = vs.filter((v) => v !== "seed").sort((a, b) => Number(b) - Number(a))[0];
  if (seed) {
    const t = median(seed.map((r) => r.firstPainted));
    goal("Seed: first session on screen ≤ 150 ms (issue 7)", `${ms(t)} ms`, t <= 150);
    goal("Seed: first session on screen ≤ 200 ms, first visit (issue 15)", `${ms(t)} ms`, t <= 200);
    const second = median(seed.map((r) => r.repeat?.firstPainted).filter((x) => x != null));
    if (second != null) goal("Seed: first session on screen ≤ 100 ms, second visit (issue 15)", `${ms(second)} ms`, second <= 100);
  }
  for (const v of vs) {
    const p = V[v].peer;
    const ours = median(runs(v).map((r) => busy(r)));
    const ratio = (p.bytes / ours) / (p.bytes / median(p.parse.slice(1)));
    if (v === big || v === "seed") goal(`Parse+index ≥ 2x markdown-it (${label(v)})`, `${f2(ratio)}x`, ratio >= 2);
  }
  if (big) {
    const rs = runs(big);
    const n = label(big);
    const t = median(rs.map((r) => r.firstPainted));
    goal(`${n}: first session on screen ≤ 1 s`, `${ms(t)} ms`, t <= 1000);
    const ty = quantile(rs.flatMap((r) => r.typing.map((k) => k.latency)), 0.95);
    goal(`${n}: typing p95 ≤ 50 ms input → paint`, `${ms(ty)} ms`, ty <= 50);
    const tg = quantile(rs.flatMap((r) => r.toggles.map((k) => k.latency)), 0.95);
    goal(`${n}: facet toggle p95 ≤ 50 ms`, `${ms(tg)} ms`, tg <= 50);
    const lt = max(rs.map((r) => r.longestLoadTask?.duration ?? 0));
    goal(`${n}: no task > 100 ms during load`, `longest ${ms(lt)} ms`, lt <= 100);
    const li = max(rs.flatMap((r) => [r.typingLongest, r.toggleLongest]));
    goal(`${n}: no task > 100 ms during interaction`, `longest ${ms(li)} ms`, li <= 100);
    const m = median(rs.map((r) => heapMB(r) + wasmMB(r))) / (bytes(big) / 1e6);
    goal(`${n}: memory ≤ 6x the corpus`, `${f1(m)}x`, m <= 6);
    // Issue 15's tighter goals.
    goal(`${n}: first session on screen ≤ 600 ms (issue 15)`, `${ms(t)} ms`, t <= 600);
    goal(`${n}: typing and facet toggle p95 ≤ 35 ms (issue 15)`, `${ms(ty)} / ${ms(tg)} ms`, ty <= 35 && tg <= 35);
    goal(`${n}: no task > 50 ms during load or interaction (issue 15)`, `longest ${ms(Math.max(lt, li))} ms`, Math.max(lt, li) <= 50);
    const plainLoads = plain?.variants?.[big]?.map(plainLongest);
    if (plainLoads?.length) {
      const pl = max(plainLoads);
      goal(`${n}: no task > 50 ms during load, no DevTools client (issue 15)`, `longest ${ms(pl)} ms (median ${ms(median(plainLoads))}; ${plainLoads.filter((x) => x === 0).length} of ${plainLoads.length} loads with none)`, pl <= 50);
    }
  }
}

// ---- sizes ----
if (sizes) {
  const rows = sizes.files
    .filter((f) => f.kind !== "notes (raw .md, not fetched)")
    .sort((a, b) => b.raw - a.raw)
    .map((f) => [`\`${f.path.replace(/-[0-9a-f]{16}/, "-HASH")}\``, f.kind, kB(f.raw), kB(f.gzip), kB(f.brotli), sizes.firstLoad.paths.includes(f.path) ? "yes" : ""]);
  const a = sizes.appCode;
  const fl = sizes.firstLoad;
  sections.push(`## Sizes

Every file of the release dist/ (seed notes), in kB (1000 bytes): raw, gzip -9 (zlib level 9) and brotli (quality 11, zlib's \`brotliCompressSync\`). "First load" marks what the seed page had downloaded when its first session was on screen: the document and every resource whose response ended by then (Resource Timing's \`responseEnd\` against the first session's paint, first run).

${table(["file", "kind", "raw", "gzip", "brotli", "first load"], rows)}

${table(["total", "raw", "gzip", "brotli"], [
    ["**wasm + js + css** (the goal's sum)", kB(a.raw), `**${kB(a.gzip)}**`, kB(a.brotli)],
    ["**first-load transfer** (all of the above marked)", kB(fl.raw), `**${kB(fl.gzip)}**`, kB(fl.brotli)],
  ])}`);
  goal("Seed first load: wasm + js + css ≤ 170 kB gzip (issue 7)", `${kB(a.gzip)} kB`, a.gzip <= 170_000);
  goal("Seed: downloaded before the first session is on screen ≤ 250 kB gzip, ≤ 200 kB brotli (issue 15)", `${kB(fl.gzip)} kB gzip, ${kB(fl.brotli)} kB brotli`, fl.gzip <= 250_000 && fl.brotli <= 200_000);
}

// ---- wasm composition ----
if (wasm) {
  // std's crate disambiguators (core[c5930c85a12de822]::) are noise here.
  const short = (n) => {
    const s = n.replace(/\[[0-9a-f]{16}\]/g, "");
    return s.length > 110 ? `${s.slice(0, 107)}…` : s;
  };
  const pct = (b) => `${((100 * b) / wasm.shippedBytes).toFixed(1)}%`;
  sections.push(`## What the wasm is made of

A named copy of the same build: \`wasm-bindgen --keep-debug\` on cargo's \`confnotes.wasm\`, then \`wasm-opt -Oz -g\` (binaryen ${meta.wasmOpt ?? ""}), as Trunk does but keeping names; ${kB(wasm.shippedBytes)} kB of code and data (the shipped wasm: ${kB(meta.distWasmBytes)} kB), plus ${kB(wasm.namesBytes)} kB of names that do not ship. Sizes are twiggy's shallow sizes (\`twiggy top\`), raw bytes.

Largest items:

${table(["item", "crate", "bytes", "share"], wasm.top.map((t) => [`\`${short(t.name)}\``, t.crate, f0(t.bytes), pct(t.bytes)]))}

By crate (a function goes to the crate its demangled path starts with; \`<A as B>::f\` to A's crate unless A is core/alloc/std, then B's; \`drop_in_place<T>\` to T's crate; generic std code instantiated for an app type, e.g. \`core::slice::sort::…<T>\`, stays with core):

${table(["crate", "bytes", "share", "items"], wasm.byCrate.slice(0, 30).map((c) => [c.crate, f0(c.bytes), pct(c.bytes), f0(c.items)]))}`);
}

// ---- goals ----
if (goals.length) {
  sections.push(`## Goals (issues 3, 7 and 15)

${table(["goal", "measured", "status", ""], goals)}`);
}

const md = `${sections.join("\n\n")}\n`;
if (out) writeFileSync(out, md);
process.stdout.write(md);
