// Issue 4 on more notes than the seed: the list renders a page of results
// at a time ("Show N more", and more on scrolling), long facets fold behind
// "Show all", and the count stays right. The notes bundle is swapped for a
// generated one with page.route (service workers blocked so the route
// answers); speed itself is the benchmarks' business, not this test's.
import { test, expect } from "./pages.mjs";
import { personName } from "./fixtures.mjs";

const N = 130;
/** Sessions rendered per page (src/components/list.rs, PAGE). */
const PAGE = 30;
const ORGS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne"];
const title = (i) => `Generated Talk ${String(i).padStart(3, "0")}`;
const notes = [
  "# BigConf 2030",
  "",
  "## Sessions",
  "",
  ...Array.from({ length: N }, (_, i) => [
    `### ${title(i)} - ${personName(i)}, ${ORGS[i % ORGS.length]}`,
    "",
    `- notes for talk ${i}${i % 10 === 0 ? " about zebras" : ""}`,
    "",
  ]).flat(),
].join("\n");

test.use({ serviceWorkers: "block" });

test.beforeEach(async ({ page }) => {
  await page.route("**/notes/bundle-*.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ version: 1, files: [{ path: "notes/bigconf.md", text: notes }], assets: [] }),
    }),
  );
});

/**
 * Activates "Show PAGE more" without scrolling to it. A real click scrolls
 * the button into view, and scrolling near the end of the list loads the
 * next page by itself, which replaces the button under the pointer: the
 * click would race the scroll loading. The scroll loading has its own test
 * step below.
 */
async function showMore(page) {
  await page.getByRole("button", { name: `Show ${PAGE} more` }).evaluate((button) => button.click());
}

/** The "Show N more" button agrees with what is rendered. */
async function expectConsistentPaging(reader) {
  const rendered = await reader.resultLinks.count();
  const rest = N - rendered;
  const more = reader.page.getByRole("button", { name: /^Show \d+ more$/ });
  if (rest === 0) await expect(more).toHaveCount(0);
  else await expect(more).toHaveText(`Show ${Math.min(PAGE, rest)} more`);
}

test("the list shows a page at a time; Show more and scrolling bring the rest, in order", async ({ reader, page }) => {
  await reader.goto();
  await expect(reader.count).toHaveText(`${N} sessions`);
  await expect(reader.resultLinks).toHaveCount(PAGE);
  await expect(reader.resultLinks.first()).toHaveText(title(0));
  await expectConsistentPaging(reader);

  await showMore(page);
  await expect(reader.resultLinks).toHaveCount(2 * PAGE);
  await expectConsistentPaging(reader);

  // Scrolling to the end loads the last ones, and the button goes.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      return reader.resultLinks.count();
    })
    .toBe(N);
  await expectConsistentPaging(reader);
  expect(await reader.titles()).toEqual(Array.from({ length: N }, (_, i) => title(i)));
});

test("a new search starts from the top, with the right count", async ({ reader, page }) => {
  await reader.goto();
  await showMore(page);
  await expect(reader.resultLinks).toHaveCount(2 * PAGE);
  await reader.search.fill("zebras");
  await expect(reader.count).toHaveText(`13 of ${N} sessions`);
  await expect(reader.resultLinks).toHaveCount(13);
  await expect(reader.resultLinks.first()).toHaveText(title(0));
  await expect(reader.resultLinks.last()).toHaveText(title(120));
  await expect(page.getByRole("button", { name: /^Show \d+ more$/ })).toHaveCount(0);
  await reader.search.fill("");
  await expect(reader.count).toHaveText(`${N} sessions`);
  await expect(reader.resultLinks.first()).toHaveText(title(0));
  await expectConsistentPaging(reader);
});

test("a change that leaves the same results keeps the whole page, and Show more still adds one", async ({ reader, page }) => {
  await reader.goto("?q=talk");
  await expect(reader.count).toHaveText(`${N} sessions`);
  await expect(reader.resultLinks).toHaveCount(PAGE);
  // A trailing space is another query (the URL changes) with the same results.
  await reader.search.press("End");
  await reader.search.press("Space");
  await expect(page).toHaveURL(/q=talk(\+|%20)/);
  await expect(reader.resultLinks).toHaveCount(PAGE);
  await showMore(page);
  await expect(reader.resultLinks).toHaveCount(2 * PAGE);
  await expectConsistentPaging(reader);
});

test("long facets fold behind Show all, selected values always shown", async ({ reader, page }) => {
  await reader.goto();
  const speakers = reader.facet("Speakers");
  await expect(speakers.getByRole("checkbox")).toHaveCount(8);
  const more = speakers.getByRole("button", { name: `Show all ${N} speakers` });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(speakers.getByRole("checkbox")).toHaveCount(N);
  // Seven orgs fit without folding.
  await expect(reader.facet("Organizations").getByRole("checkbox")).toHaveCount(ORGS.length);
  await reader.expectCount("Organizations", "Acme", Math.ceil(N / ORGS.length));

  await reader.value("Speakers", personName(129)).check();
  await reader.expectCount("Speakers", personName(129), 1);
  await speakers.getByRole("button", { name: "Show fewer" }).click();
  // Folded again, the selected speaker stays visible and checked.
  await expect(reader.value("Speakers", personName(129))).toBeChecked();
  await expect(reader.resultLinks).toHaveText([title(129)]);
  // Under that speaker, only his org counts.
  await reader.expectCount("Organizations", ORGS[129 % ORGS.length], 1);
  await reader.expectCount("Organizations", "Acme", 0);
});

test("j walks past the first page: the next page loads as the cursor gets there", async ({ reader, page }) => {
  await reader.goto();
  // (The first page drawn: on a loaded machine the list shows its first
  // cards a while longer.)
  await expect(reader.resultLinks).toHaveCount(PAGE);
  for (let i = 0; i < 70; i++) await page.keyboard.press("j");
  await expect(reader.resultLink(title(69))).toBeFocused();
});
