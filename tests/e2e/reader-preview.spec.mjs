// A big notes bundle (over 1 MB, src/notes.rs PREVIEW_MIN_BYTES) shows its
// first sessions while the rest is parsed, then the full reader takes over.
// The bundle is swapped for a generated one with page.route (service workers
// blocked so the route answers). A MutationObserver installed before the
// page runs records what the preview showed, so nothing depends on how fast
// the parse is; timing itself is the benchmarks' business.
import { test, expect } from "./pages.mjs";
import { personName } from "./fixtures.mjs";

/** Sessions a preview shows (src/notes.rs, PREVIEW_SESSIONS). */
const PREVIEW = 10;
/** Sessions rendered per page (src/components/list.rs, PAGE). */
const PAGE = 30;
const CONFS = 40;
const PER_CONF = 30;
const N = CONFS * PER_CONF;
const pad = (n) => String(n).padStart(3, "0");
const confTitle = (c) => `Conf ${pad(c)}`;
const title = (c, i) => `Talk ${pad(c)}-${pad(i)} on platforms`;
// About 1 kB of notes per session: 1,200 sessions make ~1.3 MB.
const body = Array.from({ length: 12 }, (_, k) => `- point ${k}: ${"observability and delivery ".repeat(3)}`).join("\n");
const files = Array.from({ length: CONFS }, (_, c) => ({
  path: `notes/conf-${pad(c)}.md`,
  text: [
    `# ${confTitle(c)}`,
    "",
    ...Array.from({ length: PER_CONF }, (_, i) => [`### ${title(c, i)} - ${personName(c * PER_CONF + i)}, Acme`, "", body, ""]).flat(),
  ].join("\n"),
}));
const bundle = JSON.stringify({ version: 1, files, assets: [] });

test.use({ serviceWorkers: "block" });

test.beforeEach(async ({ page }) => {
  expect(bundle.length).toBeGreaterThan(1_000_000);
  await page.route("**/notes/bundle-*.json", (route) => route.fulfill({ contentType: "application/json", body: bundle }));
  // Records the preview: its session titles and status, and whether the
  // search box (the full reader) existed when it first showed.
  await page.addInitScript(() => {
    window.__preview = null;
    new MutationObserver(() => {
      const main = document.querySelector("main[aria-busy=true]");
      if (!main || window.__preview) return;
      const links = [...main.querySelectorAll("ul[aria-label=Sessions] h3 a")];
      if (links.length === 0) return;
      window.__preview = {
        titles: links.map((a) => a.textContent.trim()),
        status: main.querySelector("[role=status]")?.textContent ?? "",
        searchBox: !!document.querySelector("input[type=search], #search"),
        headings: [...main.querySelectorAll("h2")].map((h) => h.textContent.trim()),
      };
      if (window.__clickFirst) links[0].click();
    }).observe(document, { childList: true, subtree: true });
  });
});

test("the first sessions show while a big bundle loads, then the whole list", async ({ reader, page }) => {
  await reader.goto();
  await expect(reader.count).toHaveText(`${N} sessions`);
  const preview = await page.evaluate(() => window.__preview);
  expect(preview, "a preview was shown before the reader").not.toBeNull();
  expect(preview.searchBox).toBe(false);
  expect(preview.status).toContain(`${CONFS} files`);
  expect(preview.headings[0]).toBe(confTitle(0));
  // The preview is the top of the full list, in the same order.
  expect(preview.titles).toEqual(Array.from({ length: PREVIEW }, (_, i) => title(0, i)));
  await expect(reader.resultLinks).toHaveCount(PAGE);
  expect((await reader.titles()).slice(0, PREVIEW)).toEqual(preview.titles);
  // The preview is gone: one list, and the main region is no longer busy.
  await expect(page.getByRole("list", { name: "Sessions" })).toHaveCount(1);
  await expect(page.locator("main[aria-busy=true]")).toHaveCount(0);
});

test("a session clicked in the preview opens when the reader is up", async ({ reader, page }) => {
  await page.addInitScript(() => {
    window.__clickFirst = true;
  });
  await page.goto("./");
  await expect(reader.sessionHeading(title(0, 0))).toBeVisible();
  expect(await page.evaluate(() => window.__preview?.titles?.[0])).toBe(title(0, 0));
  expect(new URL(page.url()).searchParams.get("s")).toBe("conf-000/talk-000-000-on-platforms");
  // Back returns to the list the preview stood for.
  await page.goBack();
  await expect(reader.count).toHaveText(`${N} sessions`);
});

test("a filtered or session URL gets no preview: only the view it asks for", async ({ reader, page }) => {
  await reader.goto(`?q=${encodeURIComponent("Talk 039-029")}`);
  await expect(reader.count).toHaveText(`1 of ${N} sessions`);
  expect(await page.evaluate(() => window.__preview)).toBeNull();
  await expect(reader.resultLinks).toHaveText([title(39, 29)]);
});
