// The first paint (issue 15): the build writes the list's first sessions
// into index.html (scripts/post-build.mjs, `notes-check --first-paint`, the
// same parser natively), so a reader sees sessions before the app's wasm
// has arrived; the app replaces them with the live list when it is up.
// These tests hold the wasm back (page.route) to look at the page before
// the app, and compare the static list with the live one, on the seed and
// on a generated corpus of 40 files whose order matters.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, SEED, ALL_TITLES, axeViolations } from "./pages.mjs";
import { personName } from "./fixtures.mjs";
import { DIST, buildWithNotes, deploy } from "./deploy.mjs";

test.use({ serviceWorkers: "block" });

/** Holds every wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

const firstPaint = (page) => page.locator("#first-paint");
const staticLinks = (page) => firstPaint(page).getByRole("list", { name: "Sessions" }).getByRole("heading", { level: 3 }).getByRole("link");

/** What a list shows of each session: title, link and speakers line. */
async function rows(list) {
  return list.locator("li.session-item").evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector("h3 a");
      return {
        title: a?.textContent.trim(),
        href: a?.getAttribute("href"),
        people: li.querySelector("p.people")?.textContent.replace(/\s+/g, " ").trim(),
        heading: li.querySelector("h2.group-heading")?.textContent.trim() ?? null,
      };
    }),
  );
}

test("the first sessions are on screen before the app's wasm arrives", async ({ page, reader, problems }) => {
  const release = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await expect(staticLinks(page)).toHaveText(ALL_TITLES);
  await expect(firstPaint(page).getByRole("status")).toHaveText(`${SEED.total} sessions · filters and search are loading…`);
  await expect(firstPaint(page).getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
  await expect(page.getByText("Loading the notes…")).toBeHidden();
  await expect(reader.search).toHaveCount(0);
  expect(await axeViolations(page), "axe on the first paint").toEqual([]);
  const before = await rows(firstPaint(page));
  release();
  await reader.ready();
  // One list: the live one, which shows what the first paint showed.
  await expect(firstPaint(page)).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Sessions" })).toHaveCount(1);
  const live = await rows(reader.results);
  expect(live.slice(0, before.length)).toEqual(before);
  expect(problems).toEqual([]);
});

test("a session clicked before the app is up opens when it is, without a reload", async ({ page, reader }) => {
  const release = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await page.evaluate(() => (window.__samePage = true));
  await staticLinks(page).filter({ hasText: SEED.sessions.gitops.title }).click();
  expect(new URL(page.url()).searchParams.get("s")).toBe(SEED.sessions.gitops.id);
  await expect(firstPaint(page).getByRole("status")).toHaveText(`Opening “${SEED.sessions.gitops.title}”…`);
  release();
  await expect(reader.sessionHeading(SEED.sessions.gitops.title)).toBeVisible();
  expect(await page.evaluate(() => window.__samePage), "no reload").toBe(true);
  // Back returns to the list.
  await page.goBack();
  await expect(reader.count).toHaveText(`${SEED.total} sessions`);
});

test("a link to another view shows no first paint, only the view it asks for", async ({ page, reader }) => {
  const release = await holdWasm(page);
  await page.goto(`./?q=${encodeURIComponent("secrets")}`, { waitUntil: "domcontentloaded" });
  await expect(page.getByText("Loading the notes…")).toBeVisible();
  await expect(staticLinks(page)).toHaveCount(0);
  release();
  await reader.ready();
  await expect(reader.resultLinks).toHaveText([SEED.sessions.secret.title]);
});

test("without JavaScript the first sessions still show, each a link to its session", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  try {
    const page = await context.newPage();
    await page.goto("./");
    await expect(staticLinks(page)).toHaveText(ALL_TITLES);
    await expect(staticLinks(page).first()).toHaveAttribute("href", `?s=${encodeURIComponent(SEED.sessions.microservices.id).replace(/%2F/g, "/")}`);
    await expect(page.getByText("Loading the notes…")).toBeHidden();
    // (Playwright turns scripts off without telling the HTML parser, so the
    // <noscript> line, which a browser without JavaScript shows above the
    // list, stays text here.)
  } finally {
    await context.close();
  }
});

test.describe("a site with many notes files", () => {
  const CONFS = 40;
  const PER_CONF = 30;
  const pad = (n) => String(n).padStart(3, "0");
  let dir;

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "confnotes-first-paint-"));
    const notes = join(dir, "notes");
    mkdirSync(notes);
    // Written in reverse, and named so that file order, not writing order,
    // decides the list: conf-000 comes first.
    for (let c = CONFS - 1; c >= 0; c--) {
      const lines = [`# Conf ${pad(c)}`, ""];
      for (let i = 0; i < PER_CONF; i++) {
        lines.push(`### Talk ${pad(c)}-${pad(i)} on platforms - ${personName(c * PER_CONF + i)}, Acme`, "", "- a point", "");
      }
      writeFileSync(join(notes, `conf-${pad(c)}.md`), lines.join("\n"));
    }
    buildWithNotes(dir, notes, { precompress: false });
  });
  test.afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the first paint is the top of the live list", async ({ page, reader, request }) => {
    try {
      await deploy(request, join(dir, "dist"));
      const release = await holdWasm(page);
      await page.goto("./", { waitUntil: "domcontentloaded" });
      await expect(staticLinks(page)).toHaveCount(10);
      await expect(firstPaint(page).getByRole("status")).toContainText(`${CONFS * PER_CONF} sessions`);
      const before = await rows(firstPaint(page));
      expect(before[0]).toMatchObject({ title: "Talk 000-000 on platforms", heading: "Conf 000" });
      release();
      await reader.ready();
      await expect(reader.count).toHaveText(`${CONFS * PER_CONF} sessions`);
      expect((await rows(reader.results)).slice(0, 10)).toEqual(before);
    } finally {
      await deploy(request, DIST);
    }
  });
});
