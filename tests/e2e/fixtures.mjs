// Shared e2e fixtures: every test's page fails on a console error, an
// uncaught exception, or a Content-Security-Policy violation.
import { test as base, expect } from "@playwright/test";

/** Collects problems a reader would never see but must not happen. */
export function watchPage(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  // Await `problems.ready` before the page navigates: until the script is
  // registered, a new document would load without the listener.
  // (Not enumerable, so `expect(problems).toEqual([])` still compares the
  // messages only.)
  const ready = page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  Object.defineProperty(problems, "ready", { value: ready, enumerable: false });
  return problems;
}

export const test = base.extend({
  problems: async ({ page }, use) => {
    const problems = watchPage(page);
    await problems.ready;
    await use(problems);
    expect(problems, "the page logged errors").toEqual([]);
  },
});

export { expect };
