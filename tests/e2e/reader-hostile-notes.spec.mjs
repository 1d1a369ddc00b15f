// docs/DESIGN.md "Safety", through the reader's views: notes come from anyone
// who can open a pull request, so hostile Markdown in titles, speakers,
// Key Themes and notes must show as text in every view that draws it: the
// list (with the search excerpt), the session, speaker, theme and
// conference views, the facets and chips. The notes bundle is swapped for
// a hostile one with page.route, so the release build is tested as shipped.
import { test, expect, Reader } from "./pages.mjs";

const HOSTILE = `# Evil <img src=x onerror=window.__pwned=1> Con

## Key Themes

- Security <script>window.__pwned=2</script> - About <b onmouseover=window.__pwned=3>bold</b> things

## Sessions

### <img src=x onerror=window.__pwned=4> Payload Talk - Mallory <svg onload=window.__pwned=5>, Evil<script>x</script>Corp

[Recording](javascript:window.__pwned=6)

- [click me](javascript:window.__pwned=7) and [data](data:text/html,<script>parent.__pwned=8</script>)
- <iframe src="javascript:window.__pwned=9"></iframe> payload in an iframe
- ![pic](javascript:window.__pwned=10)
- Security matters: payload <img src=x onerror=window.__pwned=11> here
- <a href="javascript:window.__pwned=12">raw anchor</a>
`;

const FRONT_MATTER = `---
title: Front Matter Talk
speakers: [Eve Example]
event: Evil <img src=x onerror=window.__pwned=13> Con
recording: "javascript:window.__pwned=14"
---

Body of the front matter talk.
`;

// Served instead of the notes bundle; service workers are blocked so that
// the route, not a cached copy, answers.
test.use({ serviceWorkers: "block" });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__pwned = 0;
  });
  await page.route("**/notes/bundle-*.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        version: 1,
        files: [
          { path: "notes/evil.md", text: HOSTILE },
          { path: "notes/front-matter.md", text: FRONT_MATTER },
        ],
        assets: [],
      }),
    }),
  );
});

/** The hrefs on the page with a scheme the design forbids. */
const badHrefs = (page) =>
  page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")).filter((h) => /^\s*(javascript|data|vbscript|file):/i.test(h)));

/** Nothing ran, nothing was embedded, no dialog opened, no unsafe link. */
async function expectInert(page, dialogs) {
  expect(await page.evaluate(() => window.__pwned)).toBe(0);
  expect(await badHrefs(page)).toEqual([]);
  await expect(page.locator("body img[src='x'], body iframe, body svg[onload], main script, [onerror], [onload], [onmouseover]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

test("hostile notes render as text in every view", async ({ page }) => {
  const reader = new Reader(page);
  const dialogs = [];
  page.on("dialog", (d) => dialogs.push(d.message()) && d.dismiss());

  await reader.goto();
  const link = reader.resultLinks.filter({ hasText: "Payload Talk" });
  await expect(link).toContainText("<img src=x onerror=window.__pwned=4> Payload Talk");
  await expect(reader.resultLinks.filter({ hasText: "Front Matter Talk" })).toBeVisible();
  await expect(reader.facet("Speakers").getByRole("checkbox")).not.toHaveCount(0);
  await expectInert(page, dialogs);

  // Search: the excerpt under the result is built from the hostile notes.
  await reader.search.fill("payload");
  await expect(reader.resultLinks).toHaveCount(1);
  await expect(reader.results.locator("mark").first()).toBeVisible();
  await expectInert(page, dialogs);

  // The session view renders the notes: their javascript:/data: links are
  // text.
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Payload Talk");
  const notes = page.getByRole("region", { name: "Notes" });
  await expect(notes).toContainText("raw anchor");
  await expect(notes).toContainText("click me");
  expect(await badHrefs(notes)).toEqual([]);
  await expectInert(page, dialogs);

  // Speaker, theme and conference views of whatever the parser made of them.
  for (const facet of ["Speakers", "Themes", "Conferences"]) {
    await reader.goto();
    // Values no session carries (a theme named only in Key Themes) fold
    // away behind Show all: list them all.
    const all = reader.facet(facet).getByRole("button", { name: /^Show all/ });
    if ((await all.count()) > 0) await all.click();
    const first = reader.facet(facet).getByRole("checkbox").first();
    await first.check();
    await expect(reader.chips).toBeVisible();
    await expectInert(page, dialogs);
  }
});

// Regression test for BUG-4 (found by this suite, fixed in 527adbb): the
// Recording link the parser lifts out of a session (and front matter's
// recording:) kept any scheme, so "javascript:…" became a live <a href> in
// the list and in the session's Links; only the page's CSP stopped it.
test("a session's javascript:/data: links are never live links", async ({ page }) => {
  const reader = new Reader(page);
  await reader.goto();
  await expect(reader.resultLinks).toHaveCount(2);
  expect(await badHrefs(page)).toEqual([]);
  for (const title of ["Payload Talk", "Front Matter Talk"]) {
    await reader.goto();
    await reader.resultLinks.filter({ hasText: title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    expect(await badHrefs(page)).toEqual([]);
  }
});
