// Issue 4, keyboard: `/` focuses search, j/k or the arrows move through
// results, Enter opens, Esc closes the session (focus back on the list) or
// clears the search, `?` shows the shortcuts.
import { test, expect, SEED, ALL_TITLES } from "./pages.mjs";

const S = SEED.sessions;

test.describe("keyboard", () => {
  test("/ focuses the search box", async ({ reader, page }) => {
    await reader.goto();
    await expect(reader.search).not.toBeFocused();
    await page.keyboard.press("/");
    await expect(reader.search).toBeFocused();
    // The slash is a shortcut, not a character typed into the box.
    await expect(reader.search).toHaveValue("");
    await page.keyboard.type("dapr");
    await reader.expectTitles([S.microservices.title]);
  });

  test("j and k move focus through the result links", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("j");
    await expect(reader.resultLink(ALL_TITLES[0])).toBeFocused();
    await page.keyboard.press("j");
    await expect(reader.resultLink(ALL_TITLES[1])).toBeFocused();
    await page.keyboard.press("j");
    await expect(reader.resultLink(ALL_TITLES[2])).toBeFocused();
    await page.keyboard.press("k");
    await expect(reader.resultLink(ALL_TITLES[1])).toBeFocused();
    // j/k never leave the page's URL.
    await expect(page).toHaveURL(/\/confnotes\/$/);
  });

  test("ArrowDown and ArrowUp do the same, and stop at the ends", async ({ reader, page }) => {
    await reader.goto();
    for (let i = 0; i < ALL_TITLES.length + 2; i++) await page.keyboard.press("ArrowDown");
    await expect(reader.resultLink(ALL_TITLES.at(-1))).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(reader.resultLink(ALL_TITLES.at(-2))).toBeFocused();
    for (let i = 0; i < ALL_TITLES.length + 2; i++) await page.keyboard.press("ArrowUp");
    await expect(reader.resultLink(ALL_TITLES[0])).toBeFocused();
  });

  test("Enter opens the session and focuses its heading; Esc closes it", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(reader.resultLink(S.insights.title)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(reader.sessionHeading(S.insights.title)).toBeVisible();
    await expect(reader.sessionHeading(S.insights.title)).toBeFocused();
    await expect.poll(() => reader.params()).toEqual([["s", S.insights.id]]);

    await page.keyboard.press("Escape");
    await expect(reader.results).toBeVisible();
    await expect(page).toHaveURL(/\/confnotes\/$/);
    await reader.expectTitles(ALL_TITLES);
  });

  // Regression test for BUG-1 (found by this suite, fixed in 4f41957):
  // focus stayed on <body> because focus_result() looked for the id
  // percent-encoded ("s=kubecon-2021%2F…") in hrefs that keep the slash.
  test("after Esc closes a session, focus returns to its link in the list", async ({ reader, page }) => {
    await reader.goto();
    await reader.resultLink(S.insights.title).focus();
    await page.keyboard.press("Enter");
    await expect(reader.sessionHeading(S.insights.title)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(reader.resultLink(S.insights.title)).toBeFocused();
    // And the cursor carries on from there.
    await page.keyboard.press("j");
    await expect(reader.resultLink(S.secret.title)).toBeFocused();
  });

  test("in an open session, j and k go to the next and previous result", async ({ reader, page }) => {
    await reader.goto("?org=ibm&org=civo&org=weaveworks");
    await reader.open(S.secret.title);
    await page.keyboard.press("j");
    await expect(reader.sessionHeading(S.k3s.title)).toBeVisible();
    await page.keyboard.press("k");
    await page.keyboard.press("k");
    await expect(reader.sessionHeading(S.gitops.title)).toBeVisible();
    // The filters stay.
    await expect.poll(() => reader.params()).toEqual([
      ["org", "ibm"],
      ["org", "civo"],
      ["org", "weaveworks"],
      ["s", S.gitops.id],
    ]);
  });

  test("Esc closes the session first, then a second Esc clears the search", async ({ reader, page }) => {
    await reader.goto(`?q=gitops&s=${encodeURIComponent(S.secret.id)}`);
    await expect(reader.sessionHeading(S.secret.title)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\?q=gitops$/);
    await reader.expectTitles([S.gitops.title, S.secret.title]);
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/confnotes\/$/);
    await reader.expectTitles(ALL_TITLES);
  });

  test("typing a search from an open session goes back to the list", async ({ reader, page }) => {
    await reader.goto(`?s=${encodeURIComponent(S.secret.id)}`);
    await expect(reader.sessionHeading(S.secret.title)).toBeVisible();
    await page.keyboard.press("/");
    await page.keyboard.type("dapr");
    await expect(page).toHaveURL(/\?q=dapr$/);
    await reader.expectTitles([S.microservices.title]);
  });

  test("Esc in the search box clears the search", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("/");
    await page.keyboard.type("kube");
    await reader.expectTitles([S.insights.title]);
    await page.keyboard.press("Escape");
    await expect(reader.search).toHaveValue("");
    await expect(page).toHaveURL(/\/confnotes\/$/);
    await reader.expectTitles(ALL_TITLES);
  });

  test("ArrowDown in the search box moves to the first result; Enter there opens it", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.fill("gitops");
    await reader.search.press("ArrowDown");
    await expect(reader.resultLink(S.gitops.title)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(reader.sessionHeading(S.gitops.title)).toBeVisible();
    // Enter in the search box opens the first result at once.
    await reader.goto();
    await reader.search.fill("gitops");
    await reader.search.press("Enter");
    await expect(reader.sessionHeading(S.gitops.title)).toBeVisible();
  });

  test("? opens the shortcuts dialog, Esc closes it", async ({ reader, page }) => {
    await reader.goto();
    await page.keyboard.press("?");
    await expect(reader.shortcuts).toBeVisible();
    for (const key of ["/", "j or ↓", "k or ↑", "Enter", "Esc", "?"]) {
      await expect(reader.shortcuts.getByRole("rowheader", { name: key, exact: true })).toBeVisible();
    }
    await expect(reader.shortcuts.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(reader.shortcuts).toBeHidden();

    // The header's "?" button opens it too, and Close closes it.
    await reader.shortcutsButton.click();
    await expect(reader.shortcuts).toBeVisible();
    await reader.shortcuts.getByRole("button", { name: "Close" }).click();
    await expect(reader.shortcuts).toBeHidden();
  });

  test("shortcut letters typed into a field are text, not shortcuts", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.click();
    await page.keyboard.type("j/k?");
    await expect(reader.search).toHaveValue("j/k?");
    await expect(reader.shortcuts).toBeHidden();
  });
});
