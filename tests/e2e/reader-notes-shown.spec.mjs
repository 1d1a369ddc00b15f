// Everything the notes say, shown and findable (issue 12), in the release
// build: the conferences' own notes in search, Key Theme suggestions the
// reader can adopt, the checker's fixes and links, in-note anchors and the
// outline, line breaks, video players as recordings, emoji; hostile input
// stays inert.
import { test, expect, Reader, SEED } from "./pages.mjs";

test.describe("the seed", () => {
  test("a word only the conference's notes have is found there, and opens them scrolled to it", async ({ reader, page }) => {
    await reader.goto("?q=kasten");
    await expect(reader.count).toHaveText(`0 of 5 sessions`);
    const hits = page.getByRole("region", { name: "Also in conference notes" });
    const learning = hits.getByRole("link", { name: "Learning" });
    await expect(learning).toBeVisible();
    await expect(hits.getByRole("listitem").first()).toContainText(`Conference notes, ${SEED.conference}`);
    // The excerpt marks the word.
    await expect(hits.locator("mark").first()).toHaveText(/kasten/i);
    await learning.click();
    await expect(page).toHaveURL(new RegExp(`\\?q=kasten&conf=${SEED.confId}$`));
    const section = page.locator("section.conf-section#section-learning");
    await expect(section).toBeFocused();
    const mark = section.locator("mark").first();
    await expect(mark).toHaveText(/kasten/i);
    await expect(mark).toBeInViewport();
    // Counts stay about sessions.
    await expect(reader.count).toHaveText("0 of 5 sessions");
  });

  test("a Key Theme no session carries lists the sessions its words suggest, and the reader can adopt one", async ({ reader, page }) => {
    await reader.goto("?theme=multi-cloud");
    const card = page.locator(".context-card");
    await expect(card).toContainText("The author's observation about:");
    const suggestions = page.getByRole("region", { name: "Sessions that may belong here" });
    const row = suggestions.getByRole("listitem").filter({ hasText: "How We Built a Cloud On K3s" });
    await expect(row).toContainText("shares: multi, Cloud, cluster");
    // Not the author's link: the theme facet still counts no session.
    await expect(reader.count).toHaveText("0 of 5 sessions");
    await row.getByRole("button", { name: /^Add to this theme/ }).click();
    await expect(row).toContainText("Added (yours)");
    await expect(reader.count).toHaveText("1 of 5 sessions");
    await expect(reader.results).toContainText("How We Built a Cloud On K3s");
    // The facet shows it as the reader's.
    await expect(reader.valueLabel("Themes", "Multi-cloud")).toContainText("(yours)");
    // It survives a reload, and can be undone.
    await reader.goto("?theme=multi-cloud");
    const again = page
      .getByRole("region", { name: "Sessions that may belong here" })
      .getByRole("listitem")
      .filter({ hasText: "How We Built a Cloud On K3s" });
    await expect(again).toContainText("Added (yours)");
    await expect(reader.valueLabel("Themes", "Multi-cloud")).toContainText("(yours)");
    await again.getByRole("button", { name: /^Undo/ }).click();
    await expect(again.getByRole("button", { name: /^Add to this theme/ })).toBeVisible();
    await expect(reader.count).toHaveText("0 of 5 sessions");
  });

  test("the checker gives each remark its fix and a way to what it is about", async ({ reader, page }) => {
    await reader.goto("?view=check");
    const multi = reader.main.getByRole("listitem").filter({ hasText: "Key Theme `Multi-cloud`" }).last();
    await expect(multi.locator(".remark-fix")).toHaveText(
      "To link it, add `Tags: Multi-cloud` under “How We Built a Cloud On K3s: The Learnings Of Growing Up Fast” (line 55; shares: multi, Cloud, cluster)",
    );
    await multi.getByRole("link", { name: "Open the conference notes" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?conf=${SEED.confId}$`));
    await expect(page.getByRole("heading", { level: 1, name: SEED.conference })).toBeVisible();
  });
});

const LONG_NOTES = `# Anchor Con 2024

## Sessions

### Anchored Talk - Ada Lovelace, Analytical

Contents: [Setup](#setup) · [Results](#results) · [The end](#the-end)

Line one<br>line two<br/>line three

<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0" allowfullscreen></iframe>

It was fun :joy: and the demo :video_camera: worked.

#### Setup

${"Long setup paragraph. ".repeat(200)}

#### Results

${"Long results paragraph. ".repeat(200)}

#### The end

Bye.

#### <img src=x onerror=window.__pwned=1> "Quoted" & hostile

<iframe src="javascript:window.__pwned=2"></iframe>

[<iframe src="https://www.youtube.com/embed/abc"></iframe>](https://example.com/)
`;

test.describe("notes with anchors, players and emoji", () => {
  test.use({ serviceWorkers: "block" });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__pwned = 0;
    });
    await page.route("**/notes/bundle-*.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ version: 1, files: [{ path: "notes/anchors.md", text: LONG_NOTES }], assets: [] }),
      }),
    );
  });

  test("in-note links and the outline scroll to the heading without changing the view", async ({ page }) => {
    const reader = new Reader(page);
    const dialogs = [];
    page.on("dialog", (d) => dialogs.push(d.message()) && d.dismiss());
    await reader.goto();
    await reader.results.getByRole("link", { name: "Anchored Talk", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Anchored Talk" })).toBeVisible();
    const url = page.url();
    const notes = page.getByRole("region", { name: "Notes" });

    // The table of contents in the notes.
    await notes.getByRole("link", { name: "Results" }).click();
    const results = notes.getByRole("heading", { name: "Results" });
    await expect(results).toHaveAttribute("id", "h-results");
    await expect(results).toBeInViewport();
    await expect(results).toBeFocused();
    expect(page.url()).toBe(url);

    // The outline of long notes.
    const outline = page.getByRole("navigation", { name: "On this page" });
    await expect(outline.getByRole("link")).toHaveText(["Setup", "Results", "The end", /"Quoted" & hostile/]);
    await outline.getByRole("link", { name: "The end" }).click();
    await expect(notes.getByRole("heading", { name: "The end" })).toBeInViewport();
    expect(page.url()).toBe(url);

    // <br> is a line break; the player is the session's recording; emoji show.
    await expect(notes.locator("br")).toHaveCount(2);
    await expect(notes).toContainText("Line one");
    await expect(notes).not.toContainText("<br");
    await expect(page.getByRole("list", { name: "Links" }).getByRole("link", { name: /YouTube/ }).first()).toHaveAttribute(
      "href",
      /^https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ/,
    );
    await expect(notes.locator("a.video").first()).toHaveText(/Video on YouTube/);
    // A player inside a link gives no link inside a link.
    await expect(notes.locator("a a")).toHaveCount(0);
    await expect(notes).toContainText("It was fun 😂 and the demo 📹 worked.");

    // Hostile: a heading's id is only letters, digits, - and _; nothing ran.
    const ids = await notes.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => h.id));
    for (const id of ids) expect(id).toMatch(/^h-[\p{L}\p{N}_-]+$/u);
    expect(await page.evaluate(() => window.__pwned)).toBe(0);
    await expect(page.locator("main iframe, main img[src='x'], [onerror]")).toHaveCount(0);
    expect(await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")).filter((h) => /^\s*javascript:/i.test(h)))).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
