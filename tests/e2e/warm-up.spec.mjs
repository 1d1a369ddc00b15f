// The engine's warm-up (issue 15): boot.js hands the compiled wasm module to
// a worker (warm.js) that runs the engine on sample notes, so that the page's
// own parse finds the code compiled. The worker must start from the site's
// folder, finish and be closed, also offline (it is in the service worker's
// precache); and when it cannot run, the app works without it.
import { test, expect } from "./fixtures.mjs";

/** Resolves to the warm-up worker once it has been closed. */
function warmUpWorker(page) {
  return new Promise((resolve) => {
    page.on("worker", (worker) => {
      if (new URL(worker.url()).pathname.endsWith("/warm.js")) worker.on("close", () => resolve(worker.url()));
    });
  });
}

/** The page's console warnings. */
function warnings(page) {
  const seen = [];
  page.on("console", (m) => {
    if (m.type() === "warning") seen.push(m.text());
  });
  return seen;
}

test("the warm-up worker runs from the site's folder, finishes and is closed, online and offline", async ({ page, context, problems }) => {
  const warned = warnings(page);
  let closed = warmUpWorker(page);
  await page.goto("./");
  const list = page.getByRole("list", { name: "Sessions", exact: true });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  expect(new URL(await closed).pathname).toBe("/confnotes/warm.js");

  // Offline, from the service worker's precache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  closed = warmUpWorker(page);
  await page.reload();
  await expect(list.getByRole("listitem")).toHaveCount(5);
  await closed;
  await context.setOffline(false);

  expect(warned.filter((w) => /warm-up/.test(w))).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe("without the warm-up", () => {
  test.use({ serviceWorkers: "block" });

  test("the app works and says why in the console", async ({ page, problems }) => {
    const warned = warnings(page);
    await page.route("**/warm.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto("./");
    const list = page.getByRole("list", { name: "Sessions", exact: true });
    await expect(list.getByRole("listitem")).toHaveCount(5);
    await page.getByRole("searchbox", { name: "Search", exact: true }).fill("secrets gitops");
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list.getByRole("listitem")).toContainText("Managing Your Secrets");
    await expect.poll(() => warned.filter((w) => /warm-up failed/.test(w)).length).toBe(1);
    // The 404 of warm.js is the browser's own console error; nothing else.
    expect(problems.filter((p) => !/404|Not Found/i.test(p))).toEqual([]);
    problems.length = 0;
  });
});
