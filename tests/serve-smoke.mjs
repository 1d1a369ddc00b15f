// The README's first command, checked: `scripts/serve` builds and serves the
// app (a debug build with live reload) on 127.0.0.1, and the page lists the
// seed's sessions with their speakers in Chromium, with no console error or
// CSP violation, and its live-reload script connects. Run by scripts/test;
// the build goes to target/serve-smoke, not dist/.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./e2e/playwright.config.mjs";

const port = await new Promise((resolve) => {
  const srv = createServer().listen(0, "127.0.0.1", () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});
const url = `http://127.0.0.1:${port}/`;
const serve = spawn("scripts/serve", ["--dist", "target/serve-smoke"], {
  env: { ...process.env, CONFNOTES_PORT: String(port) },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-serve.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
let exited = null;
serve.on("exit", (code) => (exited = code));

function fail(message) {
  console.error(`serve-smoke: ${message}`);
  stop();
  process.exit(1);
}

// Up to 15 minutes: a cold debug build on a fresh machine.
const deadline = Date.now() + 15 * 60_000;
for (;;) {
  if (exited !== null) fail(`scripts/serve exited (code ${exited}) before serving ${url}`);
  if (Date.now() > deadline) fail(`nothing served at ${url} after 15 minutes`);
  const ok = await fetch(url).then((r) => r.ok && r.text(), () => false);
  if (ok && ok.includes('id="boot"')) break;
  await new Promise((r) => setTimeout(r, 1000));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
const problems = [];
let liveReload = false;
try {
  const page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("websocket", (ws) => {
    if (ws.url().endsWith("/.well-known/trunk/ws")) liveReload = true;
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`)),
  );
  await page.goto(url);
  const items = page.getByRole("list", { name: "Sessions" }).getByRole("listitem");
  await items.first().waitFor({ timeout: 60_000 });
  const shown = await items.evaluateAll((ls) =>
    ls.map((l) => `${l.querySelector("h3")?.textContent?.trim()} | ${l.querySelector(".people")?.textContent?.trim()}`),
  );
  await page.waitForTimeout(500);
  console.log(shown.join("\n"));
  const expected = [
    "Microservices Made Easy! | Donovan Brown (Microsoft), Jessica Deen (Microsoft)",
    "How We Built a Cloud On K3s: The Learnings Of Growing Up Fast | Alex Jones (Civo), Anaïs Urlichs (Civo)",
  ];
  if (shown.length !== 5) problems.push(`expected the 5 seed sessions, saw ${shown.length}`);
  for (const e of expected) if (!shown.includes(e)) problems.push(`missing: ${e}`);
  if (!liveReload) problems.push("the live-reload script did not connect to trunk's websocket");
} finally {
  await browser.close();
  stop();
}
if (problems.length) fail(problems.join("\n"));
console.log(`serve-smoke: ok (${url}: 5 sessions with speakers, live reload connected, no console error)`);
