// Page objects for the reader (issue 4) and the reader's own layer (issue 5).
//
// Every locator goes through the accessible names the issues promise the e2e
// suite ("Names the e2e suite relies on"): the search box labelled "Search",
// one group per facet ("Themes", "Speakers", "Organizations",
// "Conferences") whose values are checkboxes named starting with the value's
// label, the list "Sessions" whose items hold a link named by the session
// title, the session heading, "Copy link", the "Star" toggle with
// aria-pressed, the "My notes" textbox, and storage warnings in
// role="alert". CSS is used only where the issue names a class ("zero") or
// for <mark>, which has no role.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, watchPage } from "./fixtures.mjs";

export { expect };

/** The seed notes (notes/kubecon-2021.md), as a reader sees them. */
export const SEED = {
  conference: "KubeCon 2021",
  confId: "kubecon-2021",
  total: 5,
  sessions: {
    microservices: {
      id: "kubecon-2021/microservices-made-easy",
      title: "Microservices Made Easy!",
      speakers: ["Donovan Brown", "Jessica Deen"],
      org: "Microsoft",
    },
    gitops: {
      id: "kubecon-2021/gitops-jenkins-ci-with-declarative-everything",
      title: "GitOps+Jenkins-CI With Declarative Everything",
      speakers: ["Kingdon Barrett"],
      org: "Weaveworks",
    },
    insights: {
      id: "kubecon-2021/insights-into-unsecured-kubernetes-in-the-wild",
      title: "Insights into Unsecured Kubernetes in the Wild",
      speakers: ["Jay Chen", "Aviv Sasson"],
      org: "Palo Alto Networks",
    },
    secret: {
      id: "kubecon-2021/shh-it-s-a-secret-managing-your-secrets-in-a-gitops-way",
      title: "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way",
      speakers: ["Jake Wernette", "Josh Kayani"],
      org: "IBM",
    },
    k3s: {
      id: "kubecon-2021/how-we-built-a-cloud-on-k3s-the-learnings-of-growing-up-fast",
      title: "How We Built a Cloud On K3s: The Learnings Of Growing Up Fast",
      speakers: ["Alex Jones", "Anaïs Urlichs"],
      org: "Civo",
    },
  },
  /** The Key Themes; no session of the seed is linked to any of them. */
  themes: [
    "Decision criteria for platform build vs buy will get more attention over the next year",
    "Developer experience",
    "Maturity",
    "Multi-cloud",
  ],
  speakers: [
    "Alex Jones",
    "Anaïs Urlichs",
    "Aviv Sasson",
    "Donovan Brown",
    "Jake Wernette",
    "Jay Chen",
    "Jessica Deen",
    "Josh Kayani",
    "Kingdon Barrett",
  ],
  orgs: ["Civo", "IBM", "Microsoft", "Palo Alto Networks", "Weaveworks"],
};

/** The seed's session titles in notes order. */
export const ALL_TITLES = Object.values(SEED.sessions).map((s) => s.title);

/** The localStorage key of the reader's document (docs/DESIGN.md, "User data"). */
export const STORAGE_KEY = "confnotes.v1";

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name that starts with `label` (the facet values' contract). */
export const startsWith = (label) => new RegExp(`^${escapeRe(label)}(\\s|$)`);

/** The reader's view of one page. */
export class Reader {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.search = page.getByRole("searchbox", { name: "Search", exact: true });
    this.results = page.getByRole("list", { name: "Sessions", exact: true });
    this.chips = page.getByRole("region", { name: "Active filters" });
    this.clearAll = this.chips.getByRole("button", { name: "Clear all" });
    this.copyLink = page.getByRole("button", { name: "Copy link", exact: true });
    this.darkToggle = page.getByRole("button", { name: "Dark theme", exact: true });
    this.shortcutsButton = page.getByRole("button", { name: "Keyboard shortcuts" });
    this.shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    this.myNotesLink = page.getByRole("link", { name: "My notes", exact: true });
    this.main = page.getByRole("main");
    // The result count ("3 of 5 sessions") is the list's live status line.
    this.count = this.main.getByRole("status").filter({ hasText: /\bsessions?$/ });
    this.emptyState = page.getByRole("heading", { name: "No sessions match" });
    this.alerts = page.getByRole("alert");
    // The reader's own filters.
    this.yours = page.getByRole("group", { name: "Yours", exact: true });
    this.starredFilter = this.yours.getByRole("checkbox", { name: "Starred" });
    this.mineFilter = this.yours.getByRole("checkbox", { name: "With my notes" });
    // The session view.
    this.star = page.getByRole("button", { name: /^Star/ });
    this.myNotes = page.getByRole("textbox", { name: "My notes", exact: true });
    this.backToList = page.getByRole("link", { name: "← Back to sessions" });
  }

  /** Opens the app at `query` ("?theme=x", or "" for the start) under the sub-path. */
  async goto(query = "") {
    const response = await this.page.goto(query ? `./${query}` : "./");
    await this.ready();
    return response;
  }

  /** Waits until the app has replaced the boot message with the reader. */
  async ready() {
    await expect(this.search).toBeVisible();
  }

  /** The group of one facet: "Themes", "Speakers", "Organizations", "Conferences". */
  facet(name) {
    return this.page.getByRole("group", { name, exact: true });
  }

  /** A facet value's checkbox, by the label it starts with. */
  value(facetName, label) {
    return this.facet(facetName).getByRole("checkbox", { name: startsWith(label) });
  }

  /** The <label> of a facet value (it carries the class "zero" when dimmed). */
  valueLabel(facetName, label) {
    const box = this.page.getByRole("checkbox", { name: startsWith(label) });
    return this.facet(facetName).locator("label").filter({ has: box });
  }

  /**
   * Expects the count shown beside a facet value (part of its checkbox's
   * name). A value no session would keep (0) is folded away unless it is
   * selected: then it must be absent, and "Show all" must list it, dimmed,
   * with its 0 (the group is folded again afterwards).
   */
  async expectCount(facetName, label, n) {
    const box = this.value(facetName, label);
    const group = this.facet(facetName);
    const selected = group.getByRole("checkbox", { name: startsWith(label), checked: true });
    const expanded = group.getByRole("button", { name: "Show fewer" });
    if (n !== 0 || (await selected.count()) > 0 || (await expanded.count()) > 0) {
      await expect(box).toHaveAccessibleName(`${label} ${n}`);
      if (n === 0) await expect(this.valueLabel(facetName, label)).toHaveClass(/\bzero\b/);
      return;
    }
    await expect(box, `${label} (0) is folded away`).toHaveCount(0);
    await group.getByRole("button", { name: /^Show all/ }).click();
    await expect(box).toHaveAccessibleName(`${label} 0`);
    await expect(this.valueLabel(facetName, label)).toHaveClass(/\bzero\b/);
    await group.getByRole("button", { name: "Show fewer" }).click();
  }

  /** The links named by session titles, in list order. */
  get resultLinks() {
    return this.results.getByRole("heading", { level: 3 }).getByRole("link");
  }

  /** One session's link in the list. */
  resultLink(title) {
    return this.results.getByRole("link", { name: title, exact: true });
  }

  /** The list item of a session. */
  resultItem(title) {
    const link = this.page.getByRole("link", { name: title, exact: true });
    return this.results.getByRole("listitem").filter({ has: link });
  }

  /** The titles in the list, in order. */
  async titles() {
    return (await this.resultLinks.allInnerTexts()).map((t) => t.trim());
  }

  /** Expects exactly these titles, in this order. */
  async expectTitles(titles) {
    await expect(this.resultLinks).toHaveText(titles);
    await expect(this.count).toHaveText(
      titles.length === SEED.total ? `${SEED.total} sessions` : `${titles.length} of ${SEED.total} sessions`,
    );
  }

  /** The open session's heading (the session title). */
  sessionHeading(title) {
    return this.page.getByRole("heading", { level: 1, name: title, exact: true });
  }

  /** A chip, by its text. */
  chip(text) {
    const items = this.chips.getByRole("listitem");
    // A long chip is cut short on screen; its remove button names it whole.
    const whole = items.filter({ has: this.page.getByRole("button", { name: `Remove: ${text}`, exact: true }) });
    return items.filter({ hasText: text }).or(whole);
  }

  /** The remove button of a chip. */
  removeChip(text) {
    return this.chip(text).getByRole("button", { name: /^Remove:/ });
  }

  /** The URL's query as key/value pairs. */
  params() {
    return [...new URL(this.page.url()).searchParams];
  }

  /** Opens a session from the list and waits for its heading. */
  async open(title) {
    await this.resultLink(title).click();
    await expect(this.sessionHeading(title)).toBeVisible();
  }

  /** Stars the open session (or unstars it). */
  async toggleStar(expected = "true") {
    await this.star.click();
    await expect(this.star).toHaveAttribute("aria-pressed", expected);
  }

  /** Writes `text` as the open session's note and waits for it to be saved. */
  async writeNote(text) {
    await this.myNotes.fill(text);
    await this.myNotes.blur();
    await expect(this.noteStatus).toHaveText("Saved in this browser");
  }

  /** The note's saved/unsaved status line. */
  get noteStatus() {
    return this.page.getByRole("region", { name: "Yours" }).getByRole("status");
  }

  /** The stored document, parsed (null when none). */
  async stored() {
    const text = await this.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    return text === null ? null : JSON.parse(text);
  }

  /** Clicks `button` and returns the downloaded file's name and text. */
  async download(button) {
    const [dl] = await Promise.all([this.page.waitForEvent("download"), button.click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), text: await readFile(path, "utf8"), path };
  }

  // The "My notes" view's tools.
  get exportButton() {
    return this.page.getByRole("button", { name: "Export my data (JSON)" });
  }
  get importInput() {
    return this.page.getByLabel("Import a JSON export");
  }
  get tripReportButton() {
    return this.page.getByRole("button", { name: "Download trip report (Markdown)" });
  }
}

/** Saves a screenshot once the page's images and fonts have arrived. */
export async function screenshot(page, path) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      [...document.images]
        .filter((img) => !img.complete)
        .map((img) => new Promise((done) => (img.onload = img.onerror = done))),
    );
  });
  await page.screenshot({ path, animations: "disabled" });
}

/** The WCAG tags issue 4 asks the suite to check. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The axe rules of those tags that depend on colours (all the rest see the
 * same DOM in light and dark). */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe-core on the page and returns its violations, summarised.
 * `rules` narrows the run to some rules; `include` to part of the page.
 */
export async function axeViolations(page, { rules, include } = {}) {
  // (withRules and withTags both set axe's runOnly: use one.)
  let builder = new AxeBuilder({ page });
  builder = rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ")}`),
  }));
}

/** The relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
export function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The suite's `test`: fixtures.mjs's `test` (the page fails the test on a
 * console error, an uncaught exception or a CSP violation), with:
 * - that check on for every test, whether or not it names `problems`;
 * - `reader`: the page object of `page`;
 * - `watch(page)`: the same check for any other page the test opens (a
 *   second tab, a page in a new browser context); await it before goto.
 */
export const test = base.extend({
  alwaysWatch: [async ({ problems }, use) => use(problems), { auto: true }],
  reader: async ({ page }, use) => use(new Reader(page)),
  watch: async ({}, use) => {
    const all = [];
    await use(async (page) => {
      const problems = watchPage(page);
      all.push(problems);
      await problems.ready;
      return problems;
    });
    expect(all.flat(), "another page logged errors").toEqual([]);
  },
});
