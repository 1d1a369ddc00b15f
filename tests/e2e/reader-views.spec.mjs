// Issue 4, "Views": the session view (rendered notes, links, speakers as
// links to their sessions, previous/next within the current results) and
// the document title of each view.
import { test, expect, SEED, ALL_TITLES } from "./pages.mjs";

const S = SEED.sessions;
const at = (session) => `?s=${encodeURIComponent(session.id)}`;

test.describe("session view", () => {
  test("shows the title, conference, speakers with orgs, recording and rendered notes", async ({ reader, page }) => {
    await reader.goto(at(S.microservices));
    await expect(reader.sessionHeading(S.microservices.title)).toBeVisible();
    await expect(page).toHaveTitle(`${S.microservices.title} · confnotes`);
    const article = page.getByRole("article", { name: S.microservices.title });
    await expect(article.getByRole("link", { name: SEED.conference })).toHaveAttribute("href", `?conf=${SEED.confId}`);
    await expect(article.getByRole("link", { name: "Donovan Brown" })).toBeVisible();
    await expect(article).toContainText("Jessica Deen (Microsoft)");

    const recording = article.getByRole("list", { name: "Links" }).getByRole("link", { name: "Recording ↗" });
    await expect(recording).toHaveAttribute("href", /^https:\/\/kubecon-cloudnativecon-na\.com\/session-virtual\//);
    await expect(recording).toHaveAttribute("target", "_blank");
    await expect(recording).toHaveAttribute("rel", "noopener noreferrer");

    // The notes' Markdown is rendered: a list, with its link.
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes.getByRole("listitem")).toHaveCount(3);
    const dapr = notes.getByRole("link", { name: "Dapr" });
    await expect(dapr).toHaveAttribute("href", "https://dapr.io/");
    await expect(dapr).toHaveAttribute("rel", /noopener/);
  });

  test("a speaker link opens the speaker's view", async ({ reader, page }) => {
    await reader.goto(at(S.insights));
    await page.getByRole("article").getByRole("link", { name: "Aviv Sasson" }).click();
    await expect(page).toHaveURL(/\?speaker=aviv-sasson$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aviv Sasson" })).toBeVisible();
    await expect(page).toHaveTitle("Aviv Sasson · confnotes");
    await reader.expectTitles([S.insights.title]);
  });

  test("previous and next stay within the current results", async ({ reader, page }) => {
    await reader.goto("?q=gitops");
    await reader.open(S.gitops.title);
    const pager = page.getByRole("navigation", { name: "Session navigation" });
    await expect(pager.getByRole("link", { name: /^Previous:/ })).toHaveCount(0);
    const next = pager.getByRole("link", { name: `Next: ${S.secret.title} ›` });
    await next.click();
    await expect(reader.sessionHeading(S.secret.title)).toBeVisible();
    await expect.poll(() => reader.params()).toEqual([["q", "gitops"], ["s", S.secret.id]]);
    await expect(pager.getByRole("link", { name: /^Next:/ })).toHaveCount(0);
    await pager.getByRole("link", { name: `Previous: ‹ ${S.gitops.title}` }).click();
    await expect(reader.sessionHeading(S.gitops.title)).toBeVisible();

    await reader.backToList.click();
    await expect(page).toHaveURL(/\?q=gitops$/);
    await reader.expectTitles([S.gitops.title, S.secret.title]);
  });

});

test.describe("every view", () => {
  test("each view names itself in the document title", async ({ reader, page }) => {
    for (const [query, title] of [
      ["", "Sessions · confnotes"],
      ["?theme=maturity", "Maturity · confnotes"],
      [`?conf=${SEED.confId}`, `${SEED.conference} · confnotes`],
      ["?view=notes", "My notes · confnotes"],
    ]) {
      await reader.goto(query);
      await expect(page).toHaveTitle(title);
    }
  });

  test("the Notes checker is the author's own page, grouped by file, with severity and line", async ({ reader, page }) => {
    await reader.goto();
    // Readers see one discreet link, not the remarks.
    const footer = page.getByRole("contentinfo");
    await expect(footer).not.toContainText("Key Theme");
    await footer.getByRole("link", { name: /^For the author: notes checker \(\d+ remarks?\)$/ }).click();
    await expect(page).toHaveURL(/\?view=check$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notes checker" })).toBeFocused();
    await expect(page).toHaveTitle("Notes checker · confnotes");
    const file = reader.main.locator(".checker-file").filter({ has: page.getByRole("heading", { name: /notes\/kubecon-2021\.md/ }) });
    const remark = file.getByRole("listitem").filter({ hasText: "Key Theme `Maturity`" });
    await expect(remark).toContainText(/^Warning line 7: Key Theme `Maturity`/);
    // How the parser read the file (`notes-check --explain`), folded.
    const how = file.locator("details.checker-outline");
    await expect(how.locator("summary")).toHaveText("How the parser read it: 5 sessions");
    const heading = how.getByRole("listitem").filter({ hasText: "Microservices Made Easy!" });
    await expect(heading).toBeHidden();
    await how.locator("summary").click();
    await expect(heading).toContainText(/^line 19 ### Microservices Made Easy! .* → session/);
    await expect(heading).toContainText("people's names after the last spaced dash");
    await expect(how.getByRole("listitem").filter({ hasText: "Key Themes" })).toContainText("→ key themes");
    await page.goBack();
    await reader.expectTitles(ALL_TITLES);
  });
});
