// Issue 4, free-text search: results update as the reader types, matched
// words are highlighted with <mark> in titles and notes, accents do not
// matter, and the count says "N of 5 sessions".
import { test, expect, SEED, ALL_TITLES } from "./pages.mjs";

const S = SEED.sessions;

test.describe("search", () => {
  test("typing 'kube' finds the session about Kubernetes and marks the word", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.pressSequentially("kube");
    await expect(page).toHaveURL(/\?q=kube$/);
    await reader.expectTitles([S.insights.title]);
    await expect(reader.chip("Search: “kube”")).toBeVisible();

    // The matched word is marked in the title...
    const title = reader.resultLink(S.insights.title);
    await expect(title.locator("mark")).toHaveText(["Kubernetes"]);

    // ...and in the notes of the session, with the search kept.
    await reader.open(S.insights.title);
    await expect.poll(() => reader.params()).toEqual([["q", "kube"], ["s", S.insights.id]]);
    const notes = page.getByRole("region", { name: "Notes" });
    const marks = notes.locator("mark");
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allInnerTexts()) expect(text).toMatch(/^kube/i);
    await expect(notes.locator("mark", { hasText: /^Kubernetes$/ })).toHaveCount(4);
    // "Kubelets" begins with "kube" too.
    await expect(notes.locator("mark", { hasText: /^Kubelets$/ })).toHaveCount(1);
  });

  test("'anaïs' and 'anais' both find Anaïs Urlichs", async ({ reader }) => {
    for (const q of ["anaïs", "anais", "ANAIS"]) {
      await reader.goto();
      await reader.search.fill(q);
      await reader.expectTitles([S.k3s.title]);
      await expect(reader.resultItem(S.k3s.title)).toContainText("Anaïs Urlichs");
    }
  });

  // URLs typed or pasted by hand: form encoding, decomposed accents, a
  // straight apostrophe for the title's typographic one, inner hyphens.
  for (const [query, title] of [
    ["?q=made+easy", S.microservices.title],
    ["?q=anai%CC%88s", S.k3s.title],
    ["?q=it's+a+secret", S.secret.title],
    ["?q=jenkins-ci", S.gitops.title],
    ["?q=k3s", S.k3s.title],
  ]) {
    test(`${query} finds “${title}”`, async ({ reader }) => {
      await reader.goto(query);
      await reader.expectTitles([title]);
    });
  }

  test("a word only in the notes finds its session and is marked there", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.fill("dapr");
    await reader.expectTitles([S.microservices.title]);
    // The list shows where the notes match: an excerpt with the word marked
    // (the title has no match, so no mark there).
    const item = reader.resultItem(S.microservices.title);
    await expect(reader.resultLink(S.microservices.title).locator("mark")).toHaveCount(0);
    await expect(item.locator("mark")).toHaveText(["Dapr"]);
    await expect(item).toContainText("really cool micro services framework");
    await reader.open(S.microservices.title);
    await expect(page.getByRole("region", { name: "Notes" }).locator("mark")).toHaveText(["Dapr"]);
  });

  test("a word in two titles marks both and counts 2 of 5", async ({ reader }) => {
    await reader.goto();
    await reader.search.fill("gitops");
    await reader.expectTitles([S.gitops.title, S.secret.title]);
    await expect(reader.resultLink(S.gitops.title).locator("mark")).toHaveText(["GitOps"]);
    await expect(reader.resultLink(S.secret.title).locator("mark")).toHaveText(["GitOps"]);
  });

  test("search and facets combine", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.fill("gitops");
    await reader.expectCount("Organizations", "IBM", 1);
    await reader.expectCount("Organizations", "Weaveworks", 1);
    await reader.expectCount("Organizations", "Civo", 0);
    await reader.value("Organizations", "IBM").check();
    await expect(page).toHaveURL(/\?q=gitops&org=ibm$/);
    await reader.expectTitles([S.secret.title]);
  });

  test("no match shows the empty state, which offers to remove the search", async ({ reader, page }) => {
    await reader.goto();
    await reader.search.fill("zyxxyz");
    await expect(reader.count).toHaveText("0 of 5 sessions");
    await expect(reader.emptyState).toBeVisible();
    await page.getByRole("button", { name: "Remove the search “zyxxyz”" }).click();
    await expect(reader.search).toHaveValue("");
    await reader.expectTitles(ALL_TITLES);
  });

  test("clearing the box shows every session again", async ({ reader, page }) => {
    await reader.goto("?q=kube");
    await expect(reader.search).toHaveValue("kube");
    await reader.expectTitles([S.insights.title]);
    await reader.search.fill("");
    await expect(page).toHaveURL(/\/confnotes\/$/);
    await reader.expectTitles(ALL_TITLES);
    await expect(reader.resultLinks.locator("mark")).toHaveCount(0);
  });
});
