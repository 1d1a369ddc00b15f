// Issue 6, any static host and the CSP: the same dist/ works from the domain
// root and from sub-paths on a plain static server (and with the response
// headers docs/DEPLOY.md recommends: immutable hashed files, the CSP also as
// a header, the build's precompressed .br copies), asks for nothing outside its folder, installs its service worker
// there and opens offline; and the
// suite's fixture really turns a Content-Security-Policy violation into a
// failure (so "zero violations" across the suite means something).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test, expect, watchPage } from "./fixtures.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HOSTS = [
  { prefix: "/", headers: "plain" },
  { prefix: "/confnotes/", headers: "deploy" },
  { prefix: "/a/b/", headers: "plain" },
];

/** Starts tests/e2e/static-server.mjs on a free port; resolves to it and its address. */
function serve(prefix, headers) {
  const args = ["tests/e2e/static-server.mjs", "--root", "dist", "--prefix", prefix, "--port", "0", "--headers", headers];
  return new Promise((resolve, reject) => {
    const child = spawn("node", args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`static server for ${prefix} exited with ${code}`)));
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
  });
}

for (const { prefix, headers } of HOSTS) {
  test.describe(`dist/ served at ${prefix} (${headers} headers)`, () => {
    let server;
    test.beforeAll(async () => {
      server = await serve(prefix, headers);
    });
    test.afterAll(() => server?.child.kill());

    test("shows the notes, stays in its folder, and opens offline", async ({ page, context, problems }) => {
      const origin = new URL(server.url).origin;
      const outside = [];
      context.on("request", (r) => {
        const url = new URL(r.url());
        if (url.origin === origin && !url.pathname.startsWith(prefix)) outside.push(url.pathname);
      });

      // What came over the wire compressed, by file kind.
      const encodings = {};
      page.on("response", (r) => {
        const kind = /\.(wasm|js|css|json)$/.exec(new URL(r.url()).pathname)?.[1];
        if (kind) encodings[kind] = r.headers()["content-encoding"] ?? "none";
      });
      const first = await page.goto(server.url);
      if (headers === "deploy") expect(first.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      const list = page.getByRole("list", { name: "Sessions", exact: true });
      await expect(list.getByRole("listitem")).toHaveCount(5);
      const scope = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        }
        return reg.scope;
      });
      expect(scope).toBe(server.url);
      // The manifest's start_url and scope resolve into the folder too.
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel="manifest"]').href;
        const m = await (await fetch(href)).json();
        return { start: new URL(m.start_url, href).href, scope: new URL(m.scope, href).href };
      });
      expect(manifest).toEqual({ start: server.url, scope: server.url });
      // A host that serves the build's precompressed copies sends brotli
      // (the copies decode to the app that just ran); a plain one sends
      // the files as they are.
      const expected = headers === "deploy" ? "br" : "none";
      expect(encodings).toEqual({ wasm: expected, js: expected, css: expected, json: expected });

      await context.setOffline(true);
      await page.goto(`${server.url}?s=kubecon-2021/microservices-made-easy`);
      await expect(page.getByRole("heading", { level: 1, name: "Microservices Made Easy!" })).toBeVisible();
      await context.setOffline(false);

      expect(outside, "requests outside the folder").toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test("the fixture reports a Content-Security-Policy violation", async ({ page }) => {
  // Not the `problems` fixture: this test breaks the policy on purpose.
  const problems = watchPage(page);
  await problems.ready;
  await page.goto("./");
  await expect(page.getByRole("list", { name: "Sessions", exact: true })).toBeVisible();
  expect(problems).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inline = true;";
    document.body.append(script);
  });
  await expect.poll(() => problems.join("\n")).toContain("CSP violation: script-src-elem");
  expect(await page.evaluate(() => window.__inline)).toBeUndefined();
});

test("loads without a console warning, first visit and under the service worker", async ({ page, problems }) => {
  // Chromium warns about an ignored integrity attribute on a preload at
  // once, and about a preload nobody used about 3 s after the load event.
  const warnings = [];
  page.on("console", (msg) => {
    if (msg.type() === "warning") warnings.push(msg.text());
  });
  for (const visit of ["first visit", "under the service worker"]) {
    if (visit === "first visit") await page.goto("./");
    else await page.reload();
    await expect(page.getByRole("list", { name: "Sessions", exact: true }).getByRole("listitem")).toHaveCount(5);
    if (visit === "first visit") {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
        }
      });
    }
    await page.waitForTimeout(3_500);
    expect(warnings, visit).toEqual([]);
  }
  expect(problems).toEqual([]);
});
