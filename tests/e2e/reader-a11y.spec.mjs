// Issue 4, "Accessible to WCAG 2.2 AA": axe-core finds zero violations
// (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) on every view, in
// light and dark, on a desktop and on a phone; plus the landmarks and the
// visible focus axe cannot judge.
import { test, expect, SEED, axeViolations, COLOUR_RULES } from "./pages.mjs";

const S = SEED.sessions;

/** Every view of the reader, and what proves it is showing. */
const VIEWS = [
  ["list", "", (r) => r.resultLink(S.insights.title)],
  ["session", `?s=${encodeURIComponent(S.insights.id)}`, (r) => r.sessionHeading(S.insights.title)],
  ["session with a search", `?q=kubernetes&s=${encodeURIComponent(S.insights.id)}`, (r) => r.sessionHeading(S.insights.title)],
  ["speaker", "?speaker=anais-urlichs", (r) => r.page.getByRole("heading", { level: 1, name: "Anaïs Urlichs" })],
  ["theme", "?theme=developer-experience", (r) => r.page.getByRole("heading", { level: 1, name: "Developer experience" })],
  ["conference", `?conf=${SEED.confId}`, (r) => r.page.getByRole("heading", { name: "Key Themes", exact: true })],
  ["search with highlights", "?q=gitops", (r) => r.resultLink(S.gitops.title).locator("mark")],
  ["My notes", "?view=notes", (r) => r.exportButton],
  ["empty state", "?q=zyxxyz&org=ibm", (r) => r.emptyState],
  ["malformed URL chips", "?theme=nope&foo=bar&starred=yes", (r) => r.chip("No theme 'nope' in these notes")],
  ["a session not in these notes", "?s=kubecon-2021/nope", (r) => r.page.getByRole("button", { name: "Show the list of sessions" })],
  ["theme card under a speaker", "?theme=developer-experience&speaker=jay-chen", (r) => r.page.getByRole("heading", { level: 2, name: "Theme: Developer experience" })],
  ["Show all themes", "?speaker=jay-chen", async (r) => {
    await r.facet("Themes").getByRole("button", { name: /^Show all/ }).click();
    return r.facet("Themes").getByRole("button", { name: "Show fewer" });
  }],
  ["notes checker", "?view=check", (r) => r.page.getByRole("heading", { level: 1, name: "Notes checker" })],
];

// One test walks every view in light with all the WCAG tags' rules; a soft
// assertion per view reports every view with violations, not just the
// first. The dark pass re-runs the rules that depend on colours (the DOM is
// the same); "the list with the dark toggle on" below runs them all in dark.
test.describe("axe-core, light", () => {
  test.use({ colorScheme: "light" });
  test("every view has no WCAG 2.2 AA violations (light)", async ({ reader }) => {
    // Fourteen views, each loaded and analysed (axe takes 1-2 s a view).
    test.setTimeout(120_000);
    for (const [name, query, shown] of VIEWS) {
      await reader.goto(query);
      await expect(await shown(reader), name).toBeVisible();
      expect.soft(await axeViolations(reader.page), `${name} (${query || "./"})`).toEqual([]);
    }
  });
});

test.describe("axe-core, dark", () => {
  test.use({ colorScheme: "dark" });
  test("every view has no contrast violations (dark)", async ({ reader, page }) => {
    test.setTimeout(90_000);
    for (const [name, query, shown] of VIEWS) {
      await reader.goto(query);
      await expect(await shown(reader), name).toBeVisible();
      await expect(reader.darkToggle).toHaveAttribute("aria-pressed", "true");
      expect.soft(await axeViolations(page, { rules: COLOUR_RULES }), `${name} (${query || "./"})`).toEqual([]);
    }
  });
});

test.describe("axe-core, other states", () => {
  test("the shortcuts dialog, open", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("?");
    await expect(reader.shortcuts).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a session with the reader's star, note and own theme", async ({ reader, page }) => {
    await reader.goto(`?s=${encodeURIComponent(S.k3s.id)}`);
    await reader.toggleStar();
    await reader.writeNote("**Great** talk. See <https://civo.com>.");
    await page.getByRole("combobox", { name: "Add a theme" }).fill("Edge");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("button", { name: "Remove theme Edge" })).toBeVisible();
    await page.getByText("Preview", { exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the storage warning", async ({ reader, page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("confnotes.v1", "{not json");
      }
    });
    await reader.goto();
    await expect(reader.alerts.first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the list with the dark toggle on", async ({ reader, page }) => {
    await reader.goto("?org=ibm&org=civo");
    await reader.darkToggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await axeViolations(page)).toEqual([]);
  });

  // Every view at 375 px (the filter panel's own states are the desktop
  // pass's business), in light with all rules and in dark for colours.
  const PHONE_VIEWS = VIEWS.filter(([name]) => name !== "Show all themes");
  for (const scheme of ["light", "dark"]) {
    test.describe(`phone, ${scheme}`, () => {
      test.use({ viewport: { width: 375, height: 740 }, isMobile: true, colorScheme: scheme });
      test(`every view on a 375 px phone (${scheme})`, async ({ reader }) => {
        test.setTimeout(120_000);
        for (const [name, query, shown] of PHONE_VIEWS) {
          await reader.goto(query);
          await expect(await shown(reader), name).toBeVisible();
          const rules = scheme === "dark" ? { rules: COLOUR_RULES } : {};
          expect.soft(await axeViolations(reader.page, rules), `${name} (${query || "./"})`).toEqual([]);
        }
      });
    });
  }
});

test("the axe checks are not vacuous: they report planted violations", async ({ reader, page }) => {
  await reader.goto();
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "icon.svg";
    const faint = document.createElement("p");
    faint.textContent = "Faint text";
    faint.style.color = "#777";
    faint.style.background = "#888";
    document.querySelector("main").append(img, faint);
  });
  const all = (await axeViolations(page, { include: "main" })).map((v) => v.id);
  expect(all).toEqual(expect.arrayContaining(["image-alt", "color-contrast"]));
  const colours = (await axeViolations(page, { include: "main", rules: COLOUR_RULES })).map((v) => v.id);
  expect(colours).toEqual(["color-contrast"]);
});

test.describe("what axe does not check", () => {
  test("landmarks: banner, search, filters, main, footer; one h1 per view", async ({ reader, page }) => {
    await reader.goto();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("search")).toHaveCount(1);
    await expect(page.getByRole("complementary", { name: "Filters" })).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await reader.open(S.gitops.title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  });

  test("the skip link leads to the main content", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the sessions" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("keyboard focus is visible on links, buttons, checkboxes and the search box", async ({ reader, page }) => {
    await reader.goto();
    const targets = [
      reader.search,
      reader.copyLink,
      reader.value("Organizations", "IBM"),
      reader.resultLink(S.insights.title),
    ];
    for (const target of targets) {
      await target.focus();
      await expect(target).toBeFocused();
      const ring = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        return { outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== "none" };
      });
      expect(ring.outline || ring.shadow, `focus ring on ${target}`).toBe(true);
    }
  });
});
