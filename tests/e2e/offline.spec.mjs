// Issue 6, offline: after a first visit the app works with the network gone
// (every view, a filter, search, the reader's notes), and a new build
// deployed at the same address shows "A new version is available", which
// reloads into the new build only when the reader presses Reload.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { DIST, ROOT, buildWithNotes, deploy } from "./deploy.mjs";

const MICROSERVICES = "Microservices Made Easy!";
const INSIGHTS = "Insights into Unsecured Kubernetes in the Wild";
const INSIGHTS_ID = "kubecon-2021/insights-into-unsecured-kubernetes-in-the-wild";
const NEW_TITLE = "Offline First Is a Feature";

const sessions = (page) => page.getByRole("list", { name: "Sessions", exact: true }).getByRole("listitem");
const prompt = (page) => page.getByRole("status").filter({ hasText: "A new version is available" });

/** Waits until a service worker controls the page (the first one claims it). */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** The names of this origin's confnotes caches. */
const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("confnotes ")));

test("after a first visit, every view works offline", async ({ page, context, problems }) => {
  await page.goto("./");
  await expect(sessions(page)).toHaveCount(5);
  await controlled(page);
  expect(await cacheNames(page)).toHaveLength(1);

  await context.setOffline(true);

  // The sessions list.
  const reload = await page.reload();
  expect(reload.fromServiceWorker(), "the shell comes from the service worker").toBe(true);
  await expect(sessions(page)).toHaveCount(5);

  // A session view, opened by its shared link.
  await page.goto(`./?s=${INSIGHTS_ID}`);
  await expect(page.getByRole("heading", { level: 1, name: INSIGHTS })).toBeVisible();
  await expect(page.getByText("Identified 2,100 unsecured Kubernetes clusters")).toBeVisible();

  // The reader's notes: written offline, there after an offline reload.
  const note = page.getByRole("textbox", { name: "My notes", exact: true });
  await note.fill("Written on the plane: check kubelet exposure.");
  await expect(page.getByText("Saved in this browser")).toBeVisible();
  await page.reload();
  await expect(note).toHaveValue("Written on the plane: check kubelet exposure.");

  // A filter, from a link and by clicking a facet value.
  await page.goto("./?org=microsoft");
  await expect(sessions(page)).toHaveCount(1);
  await expect(sessions(page).first()).toContainText(MICROSERVICES);
  await page.goto("./");
  await page
    .getByRole("group", { name: "Organizations", exact: true })
    .getByRole("checkbox", { name: /^Palo Alto Networks(\s|$)/ })
    .check();
  await expect(sessions(page)).toHaveCount(1);
  await expect(sessions(page).first()).toContainText(INSIGHTS);
  await expect(page).toHaveURL(/[?&]org=palo-alto-networks/);

  // Search.
  await page.goto("./");
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("kubelet");
  await expect(sessions(page)).toHaveCount(1);
  await expect(sessions(page).first()).toContainText(INSIGHTS);

  // The "With my notes" filter finds the note written offline.
  await page.goto("./?mine=1");
  await expect(sessions(page)).toHaveCount(1);
  await expect(sessions(page).first()).toContainText(INSIGHTS);

  // index.html by name, with a query, is the same shell.
  await page.goto("./index.html?q=dapr");
  await expect(sessions(page)).toHaveCount(1);
  expect(problems).toEqual([]);
});

test.describe("a new build at the same address", () => {
  let v2;

  test.beforeAll(() => {
    // The release dist/ with one more session: another precache version.
    v2 = mkdtempSync(join(tmpdir(), "confnotes-v2-"));
    const notes = join(v2, "notes-src");
    cpSync(join(ROOT, "notes"), notes, { recursive: true });
    writeFileSync(
      join(notes, "offline-first.md"),
      [
        "---",
        `title: ${NEW_TITLE}`,
        "speakers: [Ada Example]",
        "event: Offline Summit 2026",
        "themes: [Offline]",
        "---",
        "",
        "- A service worker keeps the app usable on a plane.",
        "",
        "![The offline diagram](offline-diagram.png)",
        "",
      ].join("\n"),
    );
    // A note image: precached with the build, shown offline.
    cpSync(join(ROOT, "public/icon-192.png"), join(notes, "offline-diagram.png"));
    buildWithNotes(v2, notes);
  });

  test.afterAll(() => {
    if (v2) rmSync(v2, { recursive: true, force: true });
  });

  test("shows the update prompt, and Reload brings the new build", async ({ page, request, problems }) => {
    try {
      await page.goto("./");
      await expect(sessions(page)).toHaveCount(5);
      await controlled(page);
      const [oldCache] = await cacheNames(page);

      // The reader is mid-sentence when the new build lands.
      await page.goto(`./?s=${INSIGHTS_ID}`);
      const note = page.getByRole("textbox", { name: "My notes", exact: true });
      await note.fill("half a thought");
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      await deploy(request, join(v2, "dist"));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

      await expect(prompt(page)).toBeVisible();
      await expect(prompt(page).getByRole("button", { name: "Reload" })).toBeVisible();
      // Nothing reloaded under the reader's hands.
      expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
      await expect(note).toHaveValue("half a thought");
      await expect(page.getByText("Saved in this browser")).toBeVisible();

      // A plain reload still opens the build this page's worker has: one
      // whole build, never a mix; the prompt comes back.
      await page.goto("./");
      await expect(sessions(page)).toHaveCount(5);
      await expect(prompt(page)).toBeVisible();

      await Promise.all([page.waitForEvent("load"), prompt(page).getByRole("button", { name: "Reload" }).click()]);
      await expect(sessions(page)).toHaveCount(6);
      await expect(sessions(page).filter({ hasText: NEW_TITLE })).toHaveCount(1);
      await expect(prompt(page)).toHaveCount(0);

      // The old build's cache is gone; the new one works offline.
      const caches = await cacheNames(page);
      expect(caches).toHaveLength(1);
      expect(caches[0]).not.toBe(oldCache);
      await page.context().setOffline(true);
      await page.reload();
      await expect(sessions(page).filter({ hasText: NEW_TITLE })).toHaveCount(1);
      await sessions(page).filter({ hasText: NEW_TITLE }).getByRole("link", { name: NEW_TITLE }).click();
      const image = page.getByRole("img", { name: "The offline diagram" });
      await expect(image).toBeVisible();
      await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth)).toBe(192);
      await page.goto(`./?s=${INSIGHTS_ID}`);
      await expect(note).toHaveValue("half a thought");
    } finally {
      await page.context().setOffline(false);
      await deploy(request, DIST);
    }
    expect(problems).toEqual([]);
  });
});
