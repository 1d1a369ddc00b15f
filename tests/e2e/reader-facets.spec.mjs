// Issue 4, "Filters and search": each facet narrows the seed's sessions
// correctly, several values of one facet are OR, facets together are AND,
// every value shows its live count under the other filters, and values with
// no match stay visible, dimmed.
import { test, expect, SEED, ALL_TITLES } from "./pages.mjs";

const S = SEED.sessions;

test.describe("facets on the seed", () => {
  test("every facet lists the seed's values with their counts", async ({ reader }) => {
    await reader.goto();
    await reader.expectTitles(ALL_TITLES);

    // The seed's Key Themes carry no session yet: folded away (their own
    // test below), the other facets list every value.
    await expect(reader.facet("Themes").getByRole("checkbox")).toHaveCount(0);
    for (const [facet, labels, n] of [
      ["Speakers", SEED.speakers, 1],
      ["Organizations", SEED.orgs, 1],
      ["Conferences", [SEED.conference], SEED.total],
    ]) {
      await expect(reader.facet(facet).getByRole("checkbox"), facet).toHaveCount(labels.length);
      for (const label of labels) {
        await reader.expectCount(facet, label, n);
        await expect(reader.value(facet, label)).not.toBeChecked();
      }
    }
  });

  test("Key Themes no session carries are not dead filter values: folded, shown dimmed on Show all", async ({ reader }) => {
    await reader.goto();
    const themes = reader.facet("Themes");
    for (const theme of SEED.themes) await expect(reader.value("Themes", theme)).toHaveCount(0);
    await themes.getByRole("button", { name: /^Show all/ }).click();
    for (const theme of SEED.themes) {
      await expect(reader.value("Themes", theme)).toBeVisible();
      await expect(reader.valueLabel("Themes", theme)).toHaveClass(/\bzero\b/);
    }
    // A value with matches is not dimmed.
    await expect(reader.valueLabel("Organizations", "IBM")).not.toHaveClass(/\bzero\b/);
  });

  test("org IBM narrows to its one session, and the other facets' counts follow", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Organizations", "IBM").check();

    await expect(page).toHaveURL(/\?org=ibm$/);
    await reader.expectTitles([S.secret.title]);
    await expect(reader.chip("Organization: IBM")).toBeVisible();
    await expect(reader.value("Organizations", "IBM")).toBeChecked();

    // Speakers: IBM's two count 1; everyone else 0, folded away until
    // "Show all", then listed but dimmed.
    for (const name of S.secret.speakers) await reader.expectCount("Speakers", name, 1);
    await expect(reader.facet("Speakers").getByRole("checkbox")).toHaveCount(S.secret.speakers.length);
    await reader.facet("Speakers").getByRole("button", { name: /^Show all/ }).click();
    for (const name of SEED.speakers) {
      const n = S.secret.speakers.includes(name) ? 1 : 0;
      await reader.expectCount("Speakers", name, n);
      await expect(reader.value("Speakers", name)).toBeVisible();
      if (n === 0) await expect(reader.valueLabel("Speakers", name)).toHaveClass(/\bzero\b/);
      else await expect(reader.valueLabel("Speakers", name)).not.toHaveClass(/\bzero\b/);
    }
    await reader.expectCount("Conferences", SEED.conference, 1);
    // A facet's own counts are under the *other* filters: every org still
    // shows what choosing it (too) would add.
    for (const org of SEED.orgs) await reader.expectCount("Organizations", org, 1);
  });

  test("speaker Jay Chen shows his session and his speaker card", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Speakers", "Jay Chen").check();

    await expect(page).toHaveURL(/\?speaker=jay-chen$/);
    await reader.expectTitles([S.insights.title]);
    // One speaker selected: the speaker view (heading = name, with org).
    await expect(page.getByRole("heading", { level: 1, name: "Jay Chen" })).toBeVisible();
    await expect(reader.main).toContainText("Organization: Palo Alto Networks");
    await reader.expectCount("Organizations", "Palo Alto Networks", 1);
    await reader.expectCount("Organizations", "IBM", 0);
  });

  test("two orgs are OR: IBM or Civo", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Organizations", "IBM").check();
    await reader.value("Organizations", "Civo").check();

    await expect(page).toHaveURL(/\?org=ibm&org=civo$/);
    await reader.expectTitles([S.secret.title, S.k3s.title]);
    for (const name of SEED.speakers) {
      const n = [...S.secret.speakers, ...S.k3s.speakers].includes(name) ? 1 : 0;
      await reader.expectCount("Speakers", name, n);
    }
    await reader.expectCount("Conferences", SEED.conference, 2);
  });

  test("org and speaker are AND", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Organizations", "Palo Alto Networks").check();
    await reader.value("Speakers", "Aviv Sasson").check();
    await reader.expectTitles([S.insights.title]);

    // A speaker of another org: nothing matches both.
    await reader.value("Organizations", "Palo Alto Networks").uncheck();
    // IBM has no session of Aviv Sasson's: folded until Show all.
    await expect(reader.value("Organizations", "IBM")).toHaveCount(0);
    await reader.facet("Organizations").getByRole("button", { name: /^Show all/ }).click();
    await reader.value("Organizations", "IBM").check();
    await expect(page).toHaveURL(/\?speaker=aviv-sasson&org=ibm$/);
    await expect(reader.resultLinks).toHaveCount(0);
    await expect(reader.count).toHaveText("0 of 5 sessions");
    await expect(reader.emptyState).toBeVisible();
    // Under speaker Aviv Sasson, IBM has no session: its count says so.
    await reader.expectCount("Organizations", "IBM", 0);
    await reader.expectCount("Organizations", "Palo Alto Networks", 1);
  });

  test("the empty state names each filter and what removing it brings back", async ({ reader, page }) => {
    await reader.goto("?speaker=jay-chen&org=ibm&org=civo");
    await expect(reader.emptyState).toBeVisible();
    const options = reader.main.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Remove / }) });
    await expect(options).toHaveText([
      "Remove speaker Jay Chen (2 sessions)",
      "Remove organization IBM (0 sessions)",
      "Remove organization Civo (0 sessions)",
    ]);
    await page.getByRole("button", { name: "Remove speaker Jay Chen" }).click();
    await expect(page).toHaveURL(/\?org=ibm&org=civo$/);
    await reader.expectTitles([S.secret.title, S.k3s.title]);
  });

  test("the conference facet shows the conference view with its Key Themes", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Conferences", SEED.conference).check();
    await expect(page).toHaveURL(/\?conf=kubecon-2021$/);
    await reader.expectTitles(ALL_TITLES);
    await expect(page.getByRole("heading", { level: 1, name: SEED.conference })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Key Themes", exact: true })).toBeVisible();
    for (const theme of ["Maturity", "Developer experience", "Multi-cloud"]) {
      await expect(reader.main.getByRole("link", { name: theme, exact: true })).toBeVisible();
    }
    // Other sections of the conference's notes, such as Learning.
    await expect(page.getByRole("heading", { name: "Learning", exact: true })).toBeVisible();
    await expect(reader.main.getByRole("link", { name: "https://learning.kasten.io/" })).toBeVisible();
  });

  test("a theme with no sessions still explains itself and how sessions get linked", async ({ reader, page }) => {
    await reader.goto();
    // A theme no session carries is folded away; Show all lists it.
    await reader.facet("Themes").getByRole("button", { name: /^Show all/ }).click();
    await reader.value("Themes", "Developer experience").check();
    await expect(page).toHaveURL(/\?theme=developer-experience$/);
    await expect(page.getByRole("heading", { level: 1, name: "Developer experience" })).toBeVisible();
    await expect(reader.count).toHaveText("0 of 5 sessions");
    // Description, aliases, the conference that names it, and the hint.
    await expect(reader.main).toContainText("is now a top priority");
    await expect(reader.main).toContainText("Also called: DevX, devex");
    await expect(reader.main.getByRole("link", { name: SEED.conference })).toBeVisible();
    await expect(reader.main).toContainText("No session in the notes is linked to Developer experience");
    await expect(reader.main).toContainText("Themes: Developer experience");
    // Its values stay discoverable: the other themes are still listed, dimmed.
    await expect(reader.value("Themes", "Maturity")).toBeVisible();
    await expect(reader.valueLabel("Themes", "Maturity")).toHaveClass(/\bzero\b/);
  });

  test("chips remove one filter; Clear all removes them all", async ({ reader, page }) => {
    await reader.goto();
    await reader.value("Organizations", "IBM").check();
    await reader.value("Organizations", "Civo").check();
    await reader.value("Speakers", "Alex Jones").check();
    await reader.expectTitles([S.k3s.title]);

    await reader.removeChip("Speaker: Alex Jones").click();
    await expect(page).toHaveURL(/\?org=ibm&org=civo$/);
    await expect(reader.value("Speakers", "Alex Jones")).not.toBeChecked();
    await reader.expectTitles([S.secret.title, S.k3s.title]);

    await reader.clearAll.click();
    await expect(page).toHaveURL(/\/confnotes\/$/);
    await expect(reader.chips).toHaveCount(0);
    await reader.expectTitles(ALL_TITLES);
    for (const org of SEED.orgs) await expect(reader.value("Organizations", org)).not.toBeChecked();
  });

  test("a speaker's name in the list opens that speaker's view", async ({ reader, page }) => {
    await reader.goto();
    await reader.resultItem(S.k3s.title).getByRole("link", { name: "Anaïs Urlichs" }).click();
    await expect(page).toHaveURL(/\?speaker=anais-urlichs$/);
    await expect(page.getByRole("heading", { level: 1, name: "Anaïs Urlichs" })).toBeVisible();
    await expect(reader.value("Speakers", "Anaïs Urlichs")).toBeChecked();
    await reader.expectTitles([S.k3s.title]);
  });
});
