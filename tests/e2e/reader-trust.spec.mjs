// Issue 14: the reader as its users try it. Nothing lost on import, the
// real cause when storage is full, paper that shows the reader's notes,
// My notes with the notes themselves, facets that stay usable with
// hundreds of values, Back that returns to the same place, links from
// marketing tools that do not look broken, the keyboard from the search
// box, a phone header on one row, and the smaller corners.
import { test, expect, SEED, STORAGE_KEY, screenshot } from "./pages.mjs";
import { personName } from "./fixtures.mjs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { gitops, k3s, microservices } = SEED.sessions;

/** A notes bundle swapped in for the seed's (service workers blocked). */
async function serveNotes(page, files) {
  await page.route("**/notes/bundle-*.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ version: 1, files, assets: [] }),
    }),
  );
}

test.describe("import never loses text", () => {
  test("a second export brings the new line to a copy that merged the first, and says what happened", async ({
    browser,
    watch,
  }) => {
    const a = await browser.newContext();
    const b = await browser.newContext();
    const pa = await a.newPage();
    const pb = await b.newPage();
    await watch(pa);
    await watch(pb);
    const { Reader } = await import("./pages.mjs");
    const A = new Reader(pa);
    const B = new Reader(pb);

    // Device A writes a note and exports.
    await A.goto(`?s=${gitops.id}`);
    await A.writeNote("A's first line");
    await A.goto("?view=notes");
    const file1 = await A.download(A.exportButton);
    // ...then adds a line.
    await A.goto(`?s=${gitops.id}`);
    await A.writeNote("A's first line\nA's second line");

    // Device B writes its own note and imports file 1: both texts kept.
    await B.goto(`?s=${gitops.id}`);
    await B.writeNote("B's own note");
    await B.goto("?view=notes");
    await B.importInput.setInputFiles(file1.path);
    const status = pb.getByRole("status").filter({ hasText: /^Imported/ });
    await expect(status).toContainText("1 session with both notes kept");
    await expect(status).toContainText(`${gitops.title}: both notes kept`);

    // A exports again; B imports it: A's new line arrives, nothing is lost.
    await A.goto("?view=notes");
    const file2 = await A.download(A.exportButton);
    await B.importInput.setInputFiles(file2.path);
    await expect(status).toContainText(`${gitops.title}: both notes kept`);
    const note = (await B.stored()).sessions[gitops.id].note;
    for (const line of ["A's first line", "A's second line", "B's own note"]) {
      expect(note).toContain(line);
    }
    // The same file again changes nothing, and says so.
    await B.importInput.setInputFiles(file2.path);
    await expect(status).toContainText(`${gitops.title}: already here`);
    await a.close();
    await b.close();
  });

  test("a hand-made file with an old timestamp is kept, not dropped", async ({ reader, page }) => {
    await reader.goto(`?s=${gitops.id}`);
    await reader.writeNote("Mine, written now");
    const old = {
      app: "confnotes",
      version: 1,
      sessions: { [gitops.id]: { note: "From a file made long ago", note_at: 1000 } },
    };
    const path = join(tmpdir(), `old-${Date.now()}.json`);
    await writeFile(path, JSON.stringify(old));
    await reader.goto("?view=notes");
    await reader.importInput.setInputFiles(path);
    await expect(page.getByRole("status").filter({ hasText: /^Imported/ })).toContainText("both notes kept");
    const note = (await reader.stored()).sessions[gitops.id].note;
    expect(note).toContain("Mine, written now");
    expect(note).toContain("From a file made long ago");
  });
});

test("a full storage says storage is full, not that another tab changed the note", async ({ reader, page }) => {
  await reader.goto(`?s=${gitops.id}`);
  // From now on, every write of the reader's data fails as a full storage.
  await page.evaluate((key) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException("full", "QuotaExceededError");
      return set.call(this, k, v);
    };
  }, STORAGE_KEY);
  await reader.myNotes.fill("A note that cannot be saved");
  await reader.myNotes.blur();
  await expect(reader.noteStatus).toContainText("storage is full");
  await expect(page.getByText("changed in another tab")).toHaveCount(0);
  // Typing on: still no talk of another tab.
  await reader.myNotes.fill("A note that cannot be saved, longer");
  await reader.myNotes.blur();
  await expect(reader.noteStatus).toContainText("storage is full");
  await expect(page.getByText("changed in another tab")).toHaveCount(0);
});

test.describe("print", () => {
  test("a session prints with the reader's note and star, without controls", async ({ reader, page }) => {
    await reader.goto(`?s=${gitops.id}`);
    await reader.toggleStar();
    await reader.writeNote("## Verdict\n\nWorth **watching** again.");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Verdict" })).toBeVisible();
    // Once on paper: the rendered note, not also the editor's text.
    await expect(page.getByText("Worth watching again.").filter({ visible: true })).toHaveCount(1);
    await expect(page.getByText("★ Starred").filter({ visible: true })).toHaveCount(1);
    await expect(page.getByText("Add a theme")).toBeHidden();
    await expect(reader.myNotes).toBeHidden();
    await expect(page.getByText("Saved in this browser")).toBeHidden();
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("button").filter({ visible: true })).toHaveCount(0);
  });

  test("My notes prints every note's text and no buttons", async ({ reader, page }) => {
    const long = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long note.`).join("\n\n");
    await reader.goto(`?s=${gitops.id}`);
    await reader.writeNote(long);
    await reader.goto(`?s=${k3s.id}`);
    await reader.writeNote("Short one.");
    await reader.goto("?view=notes");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText("Line 20 of a long note.")).toBeVisible();
    await expect(page.getByText("Short one.")).toBeVisible();
    await expect(page.getByRole("button").filter({ visible: true })).toHaveCount(0);
  });
});

test("My notes shows each note's text, a long one folded", async ({ reader, page }) => {
  const long = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long note.`).join("\n\n");
  await reader.goto(`?s=${gitops.id}`);
  await reader.writeNote(long);
  await reader.goto(`?s=${k3s.id}`);
  await reader.writeNote("A *short* note.");
  await reader.goto("?view=notes");
  const shortItem = reader.resultItem(k3s.title);
  await expect(shortItem.getByRole("region", { name: "Your note" })).toHaveText("A short note.");
  await expect(shortItem.locator("em")).toHaveText("short");
  const longItem = reader.resultItem(gitops.title);
  const unfold = longItem.getByRole("button", { name: "Show the whole note" });
  await expect(unfold).toBeVisible();
  await expect(longItem.getByText("Line 20 of a long note.")).not.toBeInViewport();
  await unfold.click();
  await expect(longItem.getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
  await longItem.getByText("Line 20 of a long note.").scrollIntoViewIfNeeded();
  await expect(longItem.getByText("Line 20 of a long note.")).toBeInViewport();
});

test.describe("a facet with hundreds of values", () => {
  test.use({ serviceWorkers: "block" });
  const N = 400;
  const text = [
    "# Huge 2030",
    "",
    "## Sessions",
    "",
    ...Array.from({ length: N }, (_, i) => [
      `### Talk ${i} - ${i === 7 ? "Anaïs Zylberstein" : personName(i)}`,
      "",
      "notes",
      "",
    ]).flat(),
  ].join("\n");
  const small = ["# Tiny 2031", "", "## Sessions", "", "### Alone - Margaret Hamilton", ""].join("\n");

  test("gets a filter box, shows the busiest values, stays within the panel, and folds zero counts", async ({
    reader,
    page,
  }) => {
    await serveNotes(page, [
      { path: "notes/huge.md", text },
      { path: "notes/tiny.md", text: small },
    ]);
    await reader.goto();
    const speakers = reader.facet("Speakers");
    const boxes = speakers.getByRole("checkbox");
    await expect(boxes).toHaveCount(8);
    const filter = speakers.getByRole("searchbox", { name: "Filter speakers" });
    await filter.fill("anais");
    await expect(boxes).toHaveCount(1);
    await expect(boxes.first()).toHaveAccessibleName(/^Anaïs Zylberstein/);
    await filter.fill("");
    await speakers.getByRole("button", { name: /^Show all/ }).click();
    const list = speakers.getByRole("list");
    const box = await list.boundingBox();
    expect(box.height).toBeLessThanOrEqual(360);
    // One small conference: its one speaker, not 401 speakers at 0.
    await reader.value("Conferences", "Tiny 2031").check();
    await expect(speakers.getByRole("checkbox")).toHaveCount(1);
  });
});

test("facet rows are as tall as a line, not the count line's margins", async ({ reader, page }) => {
  await reader.goto();
  const row = reader.valueLabel("Speakers", "Kingdon Barrett");
  const box = await row.boundingBox();
  expect(box.height).toBeLessThanOrEqual(34);
});

test.describe("Back returns to the same place", () => {
  test.use({ serviceWorkers: "block" });
  const N = 90;
  const text = [
    "# Long 2030",
    "",
    "## Sessions",
    "",
    ...Array.from({ length: N }, (_, i) => [`### Talk ${String(i).padStart(2, "0")} - ${personName(i)}`, "", "notes", ""]).flat(),
  ].join("\n");

  test("after Show more and opening result 46, Back shows the same length, scroll and focus", async ({ reader, page }) => {
    await serveNotes(page, [{ path: "notes/long.md", text }]);
    await reader.goto();
    await page.getByRole("button", { name: "Show 30 more" }).evaluate((b) => b.click());
    await expect(reader.resultLinks).toHaveCount(60);
    const link = reader.resultLink("Talk 45");
    await link.scrollIntoViewIfNeeded();
    // Near the list's end the next page may load as the reader scrolls:
    // Back must show the list as long as it was when the reader left it,
    // whatever that length was. (On a loaded machine the scroll handler
    // may run late: the length is read once it has stayed the same for
    // a few frames, not after a fixed two.)
    let shown = await reader.resultLinks.count();
    for (let settled = 0; settled < 5; ) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await reader.resultLinks.count();
      settled = now === shown ? settled + 1 : 0;
      shown = now;
    }
    expect(shown).toBeGreaterThanOrEqual(60);
    const before = await page.evaluate(() => window.scrollY);
    // (Clicked as a reader's click does, where it is: Playwright's own
    // click may scroll first, and that scroll may load the next page.)
    await link.evaluate((a) => a.click());
    await expect(reader.sessionHeading("Talk 45")).toBeVisible();
    await page.goBack();
    await expect(reader.resultLinks).toHaveCount(shown);
    await expect(reader.resultLink("Talk 45")).toBeFocused();
    const after = await page.evaluate(() => window.scrollY);
    expect(Math.abs(after - before)).toBeLessThan(40);
  });
});

test.describe("links from elsewhere", () => {
  test("tracking parameters are dropped without a word, from the address bar and Copy link", async ({
    reader,
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await reader.goto(`?utm_source=newsletter&fbclid=abc&speaker=kingdon-barrett&utm_campaign=x`);
    await expect(reader.chips.getByRole("listitem")).toHaveCount(1);
    await expect(reader.chip("Speaker: Kingdon Barrett")).toBeVisible();
    await expect.poll(() => reader.params()).toEqual([["speaker", "kingdon-barrett"]]);
    await reader.copyLink.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toContain("utm_");
    expect(copied).not.toContain("fbclid");
  });

  test("another unknown parameter is a quiet notice, removable", async ({ reader, page }) => {
    await reader.goto("?foo=bar");
    const chip = reader.chip("'foo' is not a filter here");
    await expect(chip).toBeVisible();
    await expect(chip).not.toHaveClass(/problem/);
    await reader.removeChip("'foo' is not a filter here").click();
    await expect.poll(() => reader.params()).toEqual([]);
  });

  test("a session that is not in these notes is said in words, with the way to the list", async ({ reader, page }) => {
    await reader.goto("?s=kubecon-2021/nonexistent");
    await expect(page.getByText(/The session “kubecon-2021\/nonexistent” is not in these notes/)).toBeVisible();
    await page.getByRole("button", { name: "Show the list of sessions" }).click();
    await expect(reader.count).toHaveText(`${SEED.total} sessions`);
    await expect.poll(() => reader.params()).toEqual([]);
  });
});

test.describe("keyboard from the search box", () => {
  test("ArrowDown goes to the first result, Enter opens it", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.fill("kubernetes");
    await reader.search.press("ArrowDown");
    const first = reader.resultLinks.first();
    await expect(first).toBeFocused();
    await reader.search.focus();
    const title = (await first.innerText()).trim();
    await reader.search.press("Enter");
    await expect(reader.sessionHeading(title)).toBeVisible();
  });

  test("speaker and org names that match the search are marked in the cards", async ({ reader }) => {
    await reader.goto("?q=kingdon");
    const item = reader.resultItem(gitops.title);
    await expect(item.locator(".people mark")).toHaveText("Kingdon");
    await reader.goto("?q=weaveworks");
    await expect(reader.resultItem(gitops.title).locator(".people mark")).toHaveText("Weaveworks");
  });
});

test.describe("a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the header is one compact row and the search box; the rest is in a menu", async ({ reader, page }) => {
    await reader.goto();
    const header = page.getByRole("banner");
    const box = await header.boundingBox();
    expect(box.height).toBeLessThanOrEqual(112);
    await expect(reader.copyLink).toBeHidden();
    await page.getByRole("button", { name: "More actions" }).click();
    await expect(reader.copyLink).toBeVisible();
    await expect(reader.darkToggle).toBeVisible();
    await screenshot(page, "test-results/phone-menu.png");
  });

  test("wide tables scroll in their box and keep words whole", async ({ reader, page }) => {
    await serveNotes(page, [
      {
        path: "notes/t.md",
        text: [
          "# Conf",
          "",
          "| | | Remark |",
          "|---|---|---|",
          "| Location | Czech Republic, Prague, CineStar Černý Most | |",
          "| Conference availability | Onsite and online | Only for the registered users of the conference |",
          "",
          "### Talk - Ada Lovelace",
        ].join("\n"),
      },
    ]);
    await reader.goto("?conf=conf");
    const cell = page.getByRole("cell", { name: "Location", exact: true });
    await expect(cell).toBeVisible();
    // One line: the word is not broken in two ("Locatio / n").
    const lines = await cell.evaluate((c) => {
      const r = document.createRange();
      r.selectNodeContents(c);
      return r.getClientRects().length;
    });
    expect(lines).toBe(1);
    const table = page.getByRole("table");
    const scrolls = await table.evaluate((t) => t.scrollWidth > t.clientWidth);
    expect(scrolls).toBe(true);
  });
});

test.describe("smaller corners", () => {
  test("the star button says Starred once starred", async ({ reader }) => {
    await reader.goto(`?s=${microservices.id}`);
    await expect(reader.star).toHaveText(/☆\s*Star$/);
    await reader.toggleStar();
    await expect(reader.star).toHaveText(/★\s*Starred$/);
  });

  test("a long search is cut short in its chip, whole on hover", async ({ reader }) => {
    const long = "a very long search that someone pasted from a document about platform engineering";
    await reader.goto(`?q=${encodeURIComponent(long)}`);
    const text = reader.chips.locator(".chip-text").first();
    await expect(text).toHaveAttribute("title", `Search: “${long}”`);
    const shown = await text.innerText();
    expect(shown.length).toBeLessThan(long.length);
    expect(shown.endsWith("…")).toBe(true);
  });

  test("a theme named by a sentence is shortened in its chip, whole in its title", async ({ reader }) => {
    const slug = "decision-criteria-for-platform-build-vs-buy-will-get-more-attention-over-the-next-year";
    await reader.goto(`?theme=${slug}`);
    const text = reader.chips.locator(".chip-text").first();
    await expect(text).toHaveAttribute("title", new RegExp(`^Theme: ${SEED.themes[0]}$`));
    expect((await text.innerText()).endsWith("…")).toBe(true);
  });

  test.describe("with two conferences that have days", () => {
    test.use({ serviceWorkers: "block" });
    const summit = [
      "# Summit 2030",
      "",
      "## Day 1",
      "",
      "### Opening the summit - Margaret Hamilton, Apollo",
      "",
      "### Platforms at scale - Ada Lovelace, Analytical",
      "",
      "## Day 2",
      "",
      "### Closing the summit - Margaret Hamilton, Apollo",
      "",
    ].join("\n");
    const meetup = ["# Meetup 2029", "", "## Day 1", "", "### Small talk - Alan Turing, Bletchley", ""].join("\n");

    test("the Days facet lists each conference's days under its name, in date order", async ({ reader, page }) => {
      await serveNotes(page, [
        { path: "notes/summit.md", text: summit },
        { path: "notes/meetup.md", text: meetup },
      ]);
      await reader.goto();
      const days = reader.facet("Days");
      // 2029 before 2030, each with its own days.
      await expect(days.locator(".facet-subhead")).toHaveText(["Meetup 2029", "Summit 2030"]);
      const summitDays = days.getByRole("list", { name: "Summit 2030" });
      await expect(summitDays.getByRole("checkbox")).toHaveCount(2);
      await expect(days.getByRole("list", { name: "Meetup 2029" }).getByRole("checkbox")).toHaveCount(1);
      // The summit's Day 1 is not the meetup's.
      await summitDays.getByRole("checkbox", { name: /^Day 1/ }).check();
      await expect(page).toHaveURL(/\?day=summit-2030\/day-1$/);
      await expect(reader.resultLinks).toHaveText(["Opening the summit", "Platforms at scale"]);
      await expect(reader.count).toHaveText("2 of 4 sessions");
      await expect(reader.chip("Day: Summit 2030 · Day 1")).toBeVisible();
    });

    test("a theme or conference card under a speaker's view names what it is about", async ({ reader, page }) => {
      await serveNotes(page, [
        { path: "notes/summit.md", text: summit },
        { path: "notes/meetup.md", text: meetup },
      ]);
      await reader.goto("?speaker=margaret-hamilton&conf=summit-2030");
      await expect(page.getByRole("heading", { level: 1, name: "Margaret Hamilton" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "Conference: Summit 2030" })).toBeVisible();
    });
  });

  test("a theme card shown with a speaker filter has its title", async ({ reader, page }) => {
    await reader.goto("?theme=developer-experience&speaker=jay-chen");
    await expect(page.getByRole("heading", { level: 1, name: "Jay Chen" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Theme: Developer experience" })).toBeVisible();
    await expect(reader.main).toContainText("Also called: DevX, devex");
  });
});
