// Issue 4, "Polish a reader expects": light and dark (system preference,
// and a remembered toggle), layout down to a 360 px phone, a print
// stylesheet; and the screenshots of the main views the README shows
// (docs/screenshots/).
import { fileURLToPath } from "node:url";
import { test, expect, SEED, ALL_TITLES, luminance, screenshot } from "./pages.mjs";

const S = SEED.sessions;
const shots = (name) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

/** The page background's relative luminance. */
const background = async (page) =>
  luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
const theme = (page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);

test.describe("dark theme", () => {
  test("the Dark theme toggle switches html[data-theme] and is remembered", async ({ reader, page }) => {
    await reader.goto();
    await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "false");
    expect(await background(page)).toBeGreaterThan(0.5);

    await reader.darkToggle.click();
    await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect.poll(() => background(page)).toBeLessThan(0.1);

    await page.reload();
    await reader.ready();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "true");
    expect(await background(page)).toBeLessThan(0.1);

    await reader.darkToggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "false");
    await page.reload();
    await reader.ready();
    await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "false");
    expect(await background(page)).toBeGreaterThan(0.5);
  });

  test.describe("with a dark system preference", () => {
    test.use({ colorScheme: "dark" });

    test("the page is dark by default, and the toggle says so", async ({ reader, page }) => {
      await reader.goto();
      expect(await theme(page)).toBeNull();
      await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "true");
      expect(await background(page)).toBeLessThan(0.1);

      // The reader's choice beats the system's, and is remembered.
      await reader.darkToggle.click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      await expect.poll(() => background(page)).toBeGreaterThan(0.5);
      await page.reload();
      await reader.ready();
      await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "false");
      expect(await background(page)).toBeGreaterThan(0.5);
    });
  });
});

test.describe("phone width (360 x 740)", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  const noSideScroll = async (page, what) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what}: page wider than the phone`).toBeLessThanOrEqual(360);
  };

  test("no view scrolls sideways, and the results can be reached and opened", async ({ reader, page }) => {
    await reader.goto();
    await noSideScroll(page, "list");

    const first = reader.resultLink(ALL_TITLES[0]);
    await first.scrollIntoViewIfNeeded();
    await expect(first).toBeInViewport();
    await first.tap();
    await expect(reader.sessionHeading(ALL_TITLES[0])).toBeVisible();
    await noSideScroll(page, "session");

    for (const [what, query] of [
      ["long session title", `?s=${encodeURIComponent(S.k3s.id)}`],
      ["theme with a long name", "?theme=decision-criteria-for-platform-build-vs-buy-will-get-more-attention-over-the-next-year"],
      ["conference", `?conf=${SEED.confId}`],
      ["speaker", "?speaker=anais-urlichs"],
      ["My notes", "?view=notes"],
      ["chips and empty state", "?q=zyxxyz&org=ibm&theme=nope&foo=bar"],
      ["long search of many words", `?q=${encodeURIComponent("kubernetes ".repeat(200))}`],
    ]) {
      await reader.goto(query);
      await noSideScroll(page, what);
    }
  });

  // Regression test for BUG-2 (found by this suite, fixed in 4f41957): a
  // long unbroken word from the URL made the chip and the empty state's
  // "Remove the search" button one line as wide as the text (scrollWidth
  // 2967 at 360 px).
  test("a long unbroken word in the URL does not widen the page", async ({ reader, page }) => {
    const word = "supercalifragilistic".repeat(20);
    for (const query of [`?q=${word}`, `?theme=${word}`]) {
      await reader.goto(query);
      await expect(reader.chips).toBeVisible();
      await noSideScroll(page, query.slice(0, 8));
    }
  });

  test("the filters start folded on a phone, the list right below; they unfold on a tap", async ({ reader, page }) => {
    await reader.goto();
    await expect(reader.facet("Organizations")).toBeHidden();
    await expect(reader.resultLink(ALL_TITLES[0])).toBeInViewport();
    await page.getByText("Filters", { exact: true }).tap();
    await expect(reader.facet("Organizations")).toBeVisible();
    await reader.value("Organizations", "Civo").tap();
    await reader.expectTitles([S.k3s.title]);
    await noSideScroll(page, "filters open");
  });

  test("screenshot: phone", async ({ reader, page }) => {
    await reader.goto();
    await expect(reader.resultLink(ALL_TITLES[0])).toBeInViewport();
    await screenshot(page, shots("phone.png"));
  });
});

test.describe("WCAG 1.4.10 reflow: 320 CSS px (a desktop at 400 % zoom)", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no view scrolls sideways", async ({ reader, page }) => {
    for (const query of [
      "",
      `?s=${encodeURIComponent(S.k3s.id)}`,
      "?theme=decision-criteria-for-platform-build-vs-buy-will-get-more-attention-over-the-next-year",
      "?view=notes",
      "?q=zyxxyz&org=ibm&theme=nope",
    ]) {
      await reader.goto(query);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${query || "./"} is wider than 320 px`).toBeLessThanOrEqual(320);
    }
    await page.keyboard.press("?");
    await expect(reader.shortcuts).toBeVisible();
    const box = await reader.shortcuts.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});

test.describe("print", () => {
  test("a session prints without the controls", async ({ reader, page }) => {
    await reader.goto(`?s=${encodeURIComponent(S.insights.id)}`);
    await page.emulateMedia({ media: "print" });
    await expect(reader.sessionHeading(S.insights.title)).toBeVisible();
    await expect(page.getByRole("region", { name: "Notes" })).toBeVisible();
    await expect(reader.search).toBeHidden();
    await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Session navigation" })).toBeHidden();
  });
});

test.describe("screenshots of the main views", () => {
  test("list, light", async ({ reader, page }) => {
    await reader.goto();
    await reader.expectTitles(ALL_TITLES);
    await screenshot(page, shots("list-light.png"));
  });

  test("filtered list with a search, light", async ({ reader, page }) => {
    await reader.goto("?q=gitops&org=ibm&org=weaveworks");
    await reader.expectTitles([S.gitops.title, S.secret.title]);
    await screenshot(page, shots("search-light.png"));
  });

  test("session, dark", async ({ reader, page }) => {
    await reader.goto(`?q=kubernetes&s=${encodeURIComponent(S.insights.id)}`);
    await reader.darkToggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(reader.sessionHeading(S.insights.title)).toBeVisible();
    await screenshot(page, shots("session-dark.png"));
  });

  test("theme view, dark", async ({ reader, page }) => {
    await reader.goto("?theme=developer-experience");
    await reader.darkToggle.click();
    await expect(page.getByRole("heading", { level: 1, name: "Developer experience" })).toBeVisible();
    await screenshot(page, shots("theme-dark.png"));
  });
});
